// The intended permission model as data: for every app_public table, every
// actor and every command, what should happen to organization A's rows.
// test/permissions.test.ts turns each cell into a case against the real
// roles; test/print-permissions.ts prints the Markdown summary for the README;
// the dashboard's team page shows each role what it can do from the same data
// (web/src/pages/TeamPage.tsx), so there is no second hand-written copy.

/** Who acts. The six roles are members of organization A; the outsider owns organization B. */
export const ACTORS = ["anonymous", "owner", "admin", "producer", "casting", "viewer", "door", "outsider"] as const;
export type Actor = (typeof ACTORS)[number];

/** Membership roles, least privileged last (door staff only scan tickets). */
export const ROLES = ["owner", "admin", "producer", "casting", "viewer", "door"] as const;
export type Role = (typeof ROLES)[number];

export const COMMANDS = ["select", "insert", "update", "delete"] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * - allow:  the command works on A's rows (select: every row of A is visible).
 * - deny:   the command fails with 42501, or touches / shows none of A's rows.
 * - public: select only; the published public rows of A are visible, the private ones are not.
 * - own:    only the actor's own row (their profile, their membership); the same command on a
 *           teammate's row is denied (select: only the own row is visible).
 */
export type Outcome = "allow" | "deny" | "public" | "own";

/** Every table in app_public, in the order of the data model. */
export const TABLES = [
  "profiles",
  "organizations",
  "memberships",
  "organization_invitations",
  "venues",
  "events",
  "event_budgets",
  "designers",
  "event_designers",
  "looks",
  "talent",
  "talent_contacts",
  "talent_availability",
  "files",
  "talent_photos",
  "casting_briefs",
  "agent_runs",
  "model_castings",
  "ai_agent_logs",
  "runway_schedules",
  "runway_slots",
  "vendors",
  "vendor_recommendations",
  "vendor_availability",
  "sponsors",
  "ticket_tiers",
  "bookings",
  "tickets",
  "ticket_check_ins",
  "payments",
  "guests",
  "guest_contacts",
  "guest_invitations",
  "venue_layouts",
  "seats",
  "seat_assignments",
  "event_health_reports",
  "notifications",
  "whatsapp_templates",
  "inbox_messages",
  "outbound_messages",
  "communication_opt_outs",
  "email_drafts",
] as const;
export type Table = (typeof TABLES)[number];

/** One command of one table: the actors it is not denied to. Anyone missing is denied. */
type Grants = Partial<Record<Actor, Outcome>>;
type TableRules = Record<Command, Grants>;

/** Every role that reads the organization's content: all but door. */
const MEMBERS: readonly Role[] = ["owner", "admin", "producer", "casting", "viewer"];
const STAFF: readonly Role[] = ["owner", "admin", "producer", "casting"];
const PRODUCERS: readonly Role[] = ["owner", "admin", "producer"];
const CASTING: readonly Role[] = ["owner", "admin", "casting"];
const ADMINS: readonly Role[] = ["owner", "admin"];
const OWNERS: readonly Role[] = ["owner"];
const NOBODY: Grants = {};

const grant = (roles: readonly Role[], outcome: Outcome = "allow"): Grants =>
  Object.fromEntries(roles.map((role) => [role, outcome]));

/**
 * Money (COP: budgets, sponsors' deals, vendors' prices): only the roles that handle the organization's money read
 * it (owners, admins, producers: the producer runs the budget and the suppliers), and they write it. Casting staff,
 * viewers and door staff read none of it; test/money-visibility.test.ts finds every money column in the catalogue.
 */
const money = (): TableRules => ({
  select: grant(PRODUCERS),
  insert: grant(PRODUCERS),
  update: grant(PRODUCERS),
  delete: grant(PRODUCERS),
});

/** Every member reads, anonymous visitors see the public rows, these roles write. */
const eventContent = (writers: readonly Role[], anonymous: "public" | "deny"): TableRules => ({
  select: { ...grant(MEMBERS), ...(anonymous === "public" ? { anonymous: "public" as const } : {}) },
  insert: grant(writers),
  update: grant(writers),
  delete: grant(writers),
});

/** Personal data of talent: these roles read, these write. Viewers and outsiders get nothing. */
const talentData = (readers: readonly Role[], writers: readonly Role[]): TableRules => ({
  select: grant(readers),
  insert: grant(writers),
  update: grant(writers),
  delete: grant(writers),
});

const RULES: Record<Table, TableRules> = {
  // Profiles are global; A's rows are its members' profiles. Members see their
  // teammates; each person edits only their own profile; register() creates them.
  // Door staff see only their own profile.
  profiles: {
    select: { ...grant(MEMBERS), door: "own" },
    insert: NOBODY,
    update: grant([...MEMBERS, "door"], "own"),
    delete: NOBODY,
  },
  // Created only by create_organization(); admins edit; owners delete. Door staff see their organization.
  organizations: { select: grant([...MEMBERS, "door"]), insert: NOBODY, update: grant(ADMINS), delete: grant(OWNERS) },
  // Created only by create_organization() / accept_invitation(); admins change
  // roles and remove people; anyone may leave (delete their own membership).
  // Door staff see their own membership only.
  memberships: {
    select: { ...grant(MEMBERS), door: "own" },
    insert: NOBODY,
    update: grant(ADMINS),
    delete: { ...grant([...MEMBERS, "door"], "own"), ...grant(ADMINS) },
  },
  // Created only by invite_to_organization() and ended only by revoke_invitation(), which keeps the row as
  // history: admins read them, nobody deletes one (an admin could otherwise erase an owner invitation).
  organization_invitations: { select: grant(ADMINS), insert: NOBODY, update: NOBODY, delete: NOBODY },

  venues: eventContent(PRODUCERS, "public"),
  // Door staff see the events, to pick the one they work at, and nothing under them.
  events: {
    ...eventContent(PRODUCERS, "public"),
    select: { ...eventContent(PRODUCERS, "public").select, door: "allow" },
  },
  // Money: the event's planned budget, apart from the events row so door staff never read it.
  event_budgets: money(),
  designers: eventContent(PRODUCERS, "public"),
  event_designers: eventContent(PRODUCERS, "public"),
  looks: eventContent(PRODUCERS, "deny"),

  talent: talentData(STAFF, CASTING),
  talent_contacts: talentData(CASTING, CASTING),
  talent_availability: talentData(STAFF, CASTING),
  // Uploaded images: readable through the row each is attached to (a comp card
  // photo like the comp card, an event cover like the event, so visitors see a
  // public event's cover); uploaded by whoever writes that row (POST /uploads
  // inserts as the caller; the fixture's upload is a comp card photo);
  // changed and deleted only through the rows that hold them. Door staff see
  // the events, so their covers too, and nothing else.
  files: {
    select: { ...grant(STAFF), viewer: "public", door: "public", anonymous: "public" },
    insert: grant(CASTING),
    update: NOBODY,
    delete: NOBODY,
  },
  talent_photos: talentData(STAFF, CASTING),
  casting_briefs: talentData(STAFF, STAFF),
  // Casting staff add and remove people; producers also move them along
  // (invite, confirm, decline, backup): the producer runs the show and, on the
  // night, confirms the backup who replaces a model who did not come.
  // updateCastingStatus follows the same rule (test/permissions.test.ts).
  model_castings: { ...talentData(STAFF, CASTING), update: grant(STAFF) },

  // Written only by request functions and the worker. The runs of the agents that work with money (Vendor
  // Coordination, Event Health) only for owners, admins and producers (db/rls/agents.sql).
  agent_runs: { select: grant(MEMBERS), insert: NOBODY, update: NOBODY, delete: NOBODY },
  // The worker's alone: no request role touches it.
  ai_agent_logs: { select: NOBODY, insert: NOBODY, update: NOBODY, delete: NOBODY },

  runway_schedules: eventContent(PRODUCERS, "deny"),
  runway_slots: eventContent(PRODUCERS, "deny"),
  vendors: money(),
  vendor_recommendations: money(),
  vendor_availability: eventContent(PRODUCERS, "deny"),
  sponsors: money(),
  ticket_tiers: eventContent(PRODUCERS, "public"),

  // Money and tickets: made and changed only by the box office functions (book_tickets,
  // cancel_booking, refund_booking, the Wompi events, check-in), read by producers, never deleted.
  // Door staff scan through check_in_ticket and read none of these tables.
  bookings: { select: grant(PRODUCERS), insert: NOBODY, update: NOBODY, delete: NOBODY },
  tickets: { select: grant(PRODUCERS), insert: NOBODY, update: NOBODY, delete: NOBODY },
  ticket_check_ins: { select: grant(PRODUCERS), insert: NOBODY, update: NOBODY, delete: NOBODY },
  payments: { select: grant(PRODUCERS), insert: NOBODY, update: NOBODY, delete: NOBODY },

  // Guests (issue 16): members read the list, who is coming and where they sit;
  // producers keep it. Contact data is for producers only. Guests answer
  // through their RSVP link, never through these tables; door staff check
  // them in through check_in_ticket and read none of them.
  guests: eventContent(PRODUCERS, "deny"),
  guest_contacts: talentData(PRODUCERS, PRODUCERS),
  guest_invitations: eventContent(PRODUCERS, "deny"),
  venue_layouts: eventContent(PRODUCERS, "deny"),
  seats: eventContent(PRODUCERS, "deny"),
  seat_assignments: eventContent(PRODUCERS, "deny"),
  // Written only by the daily Event Health run and requestEventHealth; every member reads them.
  event_health_reports: { select: grant(MEMBERS), insert: NOBODY, update: NOBODY, delete: NOBODY },
  // Made only by the health run, for owners and producers; each person reads and marks read their own.
  notifications: { select: grant(MEMBERS, "own"), insert: NOBODY, update: grant(MEMBERS, "own"), delete: NOBODY },
  // WhatsApp (issue 19): the templates Meta approved, kept by owners and admins, read by every member.
  whatsapp_templates: { select: grant(MEMBERS), insert: grant(ADMINS), update: grant(ADMINS), delete: grant(ADMINS) },
  // Replies written only by the webhook; staff read them and mark them read.
  inbox_messages: { select: grant(STAFF), insert: NOBODY, update: grant(STAFF), delete: NOBODY },
  // The outbox (issue 19): a message and an opt-out hold the person's address, so they are read by the
  // roles that read that person's contact data (the fixture's rows are a talent's: casting staff, admins,
  // owners; a guest's or a buyer's go to producers, admins, owners). Written only by SQL functions and the worker.
  outbound_messages: { select: grant(CASTING), insert: NOBODY, update: NOBODY, delete: NOBODY },
  communication_opt_outs: { select: grant(CASTING), insert: NOBODY, update: NOBODY, delete: NOBODY },
  // The Email Generation agent's drafts: producers read and edit them while they are drafts; requested,
  // approved and discarded through request_email_draft / approve_email_draft / discard_email_draft.
  email_drafts: { select: grant(PRODUCERS), insert: NOBODY, update: grant(PRODUCERS), delete: NOBODY },
};

export type PermissionMatrix = Record<Table, Record<Actor, Record<Command, Outcome>>>;

/** The full matrix, every cell spelled out (tables × actors × commands). */
export const PERMISSIONS: PermissionMatrix = Object.fromEntries(
  TABLES.map((table) => [
    table,
    Object.fromEntries(
      ACTORS.map((actor) => [
        actor,
        Object.fromEntries(COMMANDS.map((command) => [command, RULES[table][command][actor] ?? "deny"])),
      ]),
    ),
  ]),
) as PermissionMatrix;

export function expectedOutcome(table: Table, actor: Actor, command: Command): Outcome {
  return PERMISSIONS[table][actor][command];
}

const WRITE_LETTERS: Record<Exclude<Command, "select">, string> = { insert: "I", update: "U", delete: "D" };

/** One cell: "R W", "R", "R U D", "R D(own)", "R (public)" or "—". */
export function describeCell(cell: Record<Command, Outcome>): string {
  const parts: string[] = [];
  if (cell.select !== "deny") parts.push(cell.select === "allow" ? "R" : `R (${cell.select})`);
  const writes = (["insert", "update", "delete"] as const).filter((command) => cell[command] !== "deny");
  if (writes.length === 3 && writes.every((command) => cell[command] === "allow")) {
    parts.push("W");
  } else {
    for (const command of writes) {
      parts.push(WRITE_LETTERS[command] + (cell[command] === "own" ? "(own)" : ""));
    }
  }
  return parts.length > 0 ? parts.join(" ") : "—";
}

/** The matrix as a compact Markdown table: rows are tables, columns are actors. */
export function renderPermissionMatrix(matrix: PermissionMatrix = PERMISSIONS): string {
  const header = `| Table | ${ACTORS.join(" | ")} |`;
  const rule = `|${" --- |".repeat(ACTORS.length + 1)}`;
  const rows = TABLES.map(
    (table) => `| ${table} | ${ACTORS.map((actor) => describeCell(matrix[table][actor])).join(" | ")} |`,
  );
  const legend = [
    "",
    "R: select · W: insert, update and delete · I / U / D: only insert / update / delete · —: nothing.",
    "(public): only rows of published public events (files: a published public event's cover; a viewer or door staff: the files of rows they read) · (own): only the actor's own row.",
    "door: door staff, who only check tickets in (see Box office).",
    "Roles are members of the organization whose rows are acted on; outsider: an owner of another organization.",
  ];
  return [header, rule, ...rows, ...legend].join("\n");
}
