// The permission matrix (shared/permissions.ts), checked cell by cell
// against the real request roles. Two organizations get one of everything;
// every case acts on organization A's rows as one actor, inside a transaction
// that is rolled back, so the cases are independent.
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTORS,
  type Actor,
  COMMANDS,
  type Command,
  expectedOutcome,
  type Outcome,
  ROLES,
  type Role,
  TABLES,
  type Table,
} from "../shared/permissions.ts";
import { type Attempt, attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

/*==========================================================================
 * Fixtures
 *==========================================================================*/

interface Member {
  profile: string;
  membership: string;
}

/** The ids of one organization's rows. "public" rows belong to the published public event. */
interface OrgFixture {
  organization: string;
  /** A has every role plus a teammate (a viewer) whose rows the cases target; B has only its owner. */
  members: Partial<Record<Role | "teammate", Member>>;
  invitation: string;
  publicVenue: string;
  privateVenue: string;
  publicEvent: string;
  draftEvent: string;
  publicDesigner: string;
  privateDesigner: string;
  publicLineup: string;
  privateLineup: string;
  look: string;
  talent: string;
  /** A person with no contact row and no casting, for inserts. */
  spareTalent: string;
  availability: string;
  /** A comp card photo (attached to talent), an upload not attached yet, and the public event's cover. */
  photoFile: string;
  spareFile: string;
  coverFile: string;
  photo: string;
  brief: string;
  agentRun: string;
  casting: string;
  schedule: string;
  slot: string;
  vendor: string;
  recommendation: string;
  vendorBusy: string;
  sponsor: string;
  budget: string;
  publicTier: string;
  privateTier: string;
  booking: string;
  /** The booking's ticket, a door-log entry for it, and a payment of the booking. */
  ticket: string;
  checkIn: string;
  payment: string;
  aiLog: string;
  /** A guest with contact data, invited to the public event (accepted) and seated. */
  guest: string;
  /** A guest with no contact row, invited (accepted) but not seated. */
  spareGuest: string;
  guestInvitation: string;
  spareInvitation: string;
  layout: string;
  seat: string;
  /** A free seat. */
  spareSeat: string;
  seatAssignment: string;
  healthReport: string;
  /** One notification per member of the fixture (each role and the teammate). */
  notifications: Partial<Record<Role | "teammate", string>>;
  whatsappTemplate: string;
  /** A WhatsApp reply of the casting's model. */
  inboxMessage: string;
  outboundMessage: string;
  optOut: string;
  emailDraft: string;
}

interface World {
  a: OrgFixture;
  b: OrgFixture;
  /** A profile without any membership. */
  stranger: string;
}

type Row = Record<string, unknown>;

async function insertRow(client: pg.PoolClient, table: string, values: Row, key = "id"): Promise<string> {
  const columns = Object.keys(values);
  const { rows } = await client.query(
    `insert into app_public.${table} (${columns.join(", ")})
     values (${columns.map((_, i) => `$${i + 1}`).join(", ")}) returning ${key}::text as id`,
    Object.values(values),
  );
  return rows[0].id;
}

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

async function buildOrganization(
  client: pg.PoolClient,
  label: string,
  roles: readonly (Role | "teammate")[],
): Promise<OrgFixture> {
  const organization = await insertRow(client, "organizations", { name: `Casa ${label}`, slug: `casa-${label}` });
  const members: OrgFixture["members"] = {};
  for (const role of roles) {
    const profile = await insertRow(client, "profiles", {
      email: `${role}-${label}@example.com`,
      full_name: `${role} ${label}`,
    });
    const membership = await insertRow(client, "memberships", {
      organization_id: organization,
      profile_id: profile,
      role: role === "teammate" ? "viewer" : role,
    });
    members[role] = { profile, membership };
  }
  const org = { organization_id: organization };
  const event = (status: string, isPublic: boolean, venue: string, slug: string) => ({
    ...org,
    venue_id: venue,
    title: `Show ${slug} ${label}`,
    slug,
    starts_at: inDays(30),
    ends_at: inDays(30.2),
    status,
    is_public: isPublic,
  });

  const invitation = await insertRow(client, "organization_invitations", {
    ...org,
    email: `invitee-${label}@example.com`,
    role: "producer",
    invited_by: members.owner?.profile,
  });
  const publicVenue = await insertRow(client, "venues", { ...org, name: `Ágora ${label}`, city: "Bogotá" });
  const privateVenue = await insertRow(client, "venues", { ...org, name: `Bodega ${label}`, city: "Medellín" });
  const publicEvent = await insertRow(client, "events", event("published", true, publicVenue, "public-show"));
  const draftEvent = await insertRow(client, "events", event("draft", false, privateVenue, "draft-show"));
  const publicDesigner = await insertRow(client, "designers", { ...org, name: `Shown ${label}` });
  const privateDesigner = await insertRow(client, "designers", { ...org, name: `Unannounced ${label}` });
  const publicLineup = await insertRow(client, "event_designers", {
    event_id: publicEvent,
    designer_id: publicDesigner,
    show_order: 1,
  });
  const privateLineup = await insertRow(client, "event_designers", {
    event_id: draftEvent,
    designer_id: privateDesigner,
    show_order: 1,
  });
  const look = await insertRow(client, "looks", {
    event_id: publicEvent,
    designer_id: publicDesigner,
    sequence: 1,
    title: "Opening look",
  });
  const person = { ...org, division: "women", birth_date: "1996-04-12", height_cm: 178 };
  const talent = await insertRow(client, "talent", { ...person, full_name: `Model ${label}` });
  const spareTalent = await insertRow(client, "talent", { ...person, full_name: `Spare model ${label}` });
  await insertRow(
    client,
    "talent_contacts",
    { talent_id: talent, email: `model-${label}@example.com`, phone: "+57 300 123 4567" },
    "talent_id",
  );
  const availability = await insertRow(client, "talent_availability", {
    talent_id: talent,
    period: "[2030-03-01 00:00+00,2030-03-05 00:00+00)",
    kind: "unavailable",
  });
  const image = { ...org, content_type: "image/webp", byte_size: 1000, width: 800, height: 1200 };
  const thumbnail = { thumbnail_width: 320, thumbnail_height: 480 };
  const photoFile = await insertRow(client, "files", { ...image, ...thumbnail, purpose: "talent_photo" });
  const spareFile = await insertRow(client, "files", { ...image, ...thumbnail, purpose: "talent_photo" });
  const coverFile = await insertRow(client, "files", { ...image, ...thumbnail, purpose: "event_cover" });
  const photo = await insertRow(client, "talent_photos", { talent_id: talent, file_id: photoFile });
  await client.query("update app_public.events set cover_file_id = $1 where id = $2", [coverFile, publicEvent]);
  const brief = await insertRow(client, "casting_briefs", { event_id: publicEvent, models_needed: 12 });
  const agentRun = await insertRow(client, "agent_runs", {
    ...org,
    event_id: publicEvent,
    agent_type: "model_casting",
    requested_by: members.owner?.profile,
  });
  const casting = await insertRow(client, "model_castings", {
    event_id: publicEvent,
    talent_id: talent,
    brief_id: brief,
    agent_run_id: agentRun,
    ai_match_score: 80,
  });
  const schedule = await insertRow(client, "runway_schedules", { event_id: publicEvent, version: 1 });
  const slot = await insertRow(client, "runway_slots", {
    schedule_id: schedule,
    sequence: 1,
    look_id: look,
    talent_id: talent,
    walk_starts_at: "0 seconds",
  });
  const vendor = await insertRow(client, "vendors", {
    ...org,
    name: `Luces ${label}`,
    category: "lighting",
    city: "Bogotá",
  });
  const recommendation = await insertRow(client, "vendor_recommendations", {
    event_id: publicEvent,
    vendor_id: vendor,
    category: "lighting",
    score: 70,
  });
  const vendorBusy = await insertRow(client, "vendor_availability", {
    vendor_id: vendor,
    period: "[2030-03-01 00:00+00,2030-03-02 00:00+00)",
    kind: "unavailable",
  });
  const sponsor = await insertRow(client, "sponsors", { event_id: publicEvent, name: `Marca ${label}` });
  const budget = await insertRow(client, "event_budgets", { event_id: publicEvent, budget_cop: 40_000_000 });
  const publicTier = await insertRow(client, "ticket_tiers", {
    event_id: publicEvent,
    name: "General",
    price_cop: 50_000,
    quantity: 100,
    sold_count: 1,
  });
  const privateTier = await insertRow(client, "ticket_tiers", {
    event_id: draftEvent,
    name: "Preventa",
    price_cop: 0,
    quantity: 50,
  });
  const booking = await insertRow(client, "bookings", {
    ...org,
    event_id: publicEvent,
    tier_id: publicTier,
    buyer_name: "Compradora",
    buyer_email: `buyer-${label}@example.com`,
    quantity: 1,
    total_cop: 50_000,
    status: "paid",
    payment_provider: "cash",
  });
  const ticket = (
    await client.query("select id::text as id from app_public.tickets where booking_id = $1 and seat = 1", [booking])
  ).rows[0].id as string;
  const checkIn = await insertRow(client, "ticket_check_ins", {
    ...org,
    event_id: publicEvent,
    ticket_id: ticket,
    action: "duplicate",
    method: "scan",
    gate: "Puerta 1",
    scanned_at: new Date(),
  });
  const payment = await insertRow(client, "payments", {
    ...org,
    booking_id: booking,
    provider: "wompi",
    provider_transaction_id: `txn-${label}`,
    reference: `REF-${label}`,
    amount_in_cents: 5_000_000,
    status: "APPROVED",
  });
  const aiLog = await insertRow(client, "ai_agent_logs", {
    ...org,
    agent_run_id: agentRun,
    agent_type: "model_casting",
    event_id: publicEvent,
    operation: "rank_candidates",
    model: "local",
    success: true,
  });
  const guest = await insertRow(client, "guests", {
    ...org,
    full_name: `Periodista ${label}`,
    category: "press",
    tier: "A",
  });
  const spareGuest = await insertRow(client, "guests", { ...org, full_name: `Compradora ${label}`, category: "buyer" });
  await insertRow(client, "guest_contacts", { guest_id: guest, email: `press-${label}@example.com` }, "guest_id");
  const layout = await insertRow(client, "venue_layouts", { venue_id: publicVenue, name: "Pasarela" });
  await client.query("update app_public.events set venue_layout_id = $2 where id = $1", [publicEvent, layout]);
  const seat = await insertRow(client, "seats", {
    layout_id: layout,
    section: "Pasarela",
    row_label: "A",
    seat_number: 1,
  });
  const spareSeat = await insertRow(client, "seats", {
    layout_id: layout,
    section: "Pasarela",
    row_label: "A",
    seat_number: 2,
  });
  const guestInvitation = await insertRow(client, "guest_invitations", {
    event_id: publicEvent,
    guest_id: guest,
    status: "accepted",
  });
  const spareInvitation = await insertRow(client, "guest_invitations", {
    event_id: publicEvent,
    guest_id: spareGuest,
    status: "accepted",
  });
  const seatAssignment = await insertRow(client, "seat_assignments", {
    event_id: publicEvent,
    seat_id: seat,
    invitation_id: guestInvitation,
  });
  const healthReport = await insertRow(client, "event_health_reports", {
    ...org,
    event_id: publicEvent,
    report_date: "2030-01-01",
    status: "amber",
    checks: "[]",
  });
  const notifications: OrgFixture["notifications"] = {};
  for (const role of roles) {
    notifications[role] = await insertRow(client, "notifications", {
      ...org,
      profile_id: members[role]?.profile,
      kind: "event_health_red",
      event_id: publicEvent,
      report_id: healthReport,
      title: `Aviso para ${role}`,
    });
  }
  const whatsappTemplate = await insertRow(client, "whatsapp_templates", {
    ...org,
    purpose: "casting_invitation",
    name: "invitacion_casting",
  });
  const inboxMessage = await insertRow(client, "inbox_messages", {
    ...org,
    provider_message_id: `wamid.${randomBytes(8).toString("hex")}`,
    event_id: publicEvent,
    talent_id: talent,
    model_casting_id: casting,
    message_type: "text",
    body: "¿A qué hora es el fitting?",
    sent_at: new Date(),
  });
  const outboundMessage = await insertRow(client, "outbound_messages", {
    ...org,
    channel: "email",
    purpose: "casting",
    recipient_kind: "talent",
    talent_id: talent,
    recipient_address: `model-${label}@example.com`,
    template_key: "casting_invitation",
    cause_kind: "test",
    cause_id: randomUUID(),
  });
  const optOut = await insertRow(client, "communication_opt_outs", {
    ...org,
    channel: "whatsapp",
    recipient_kind: "talent",
    recipient_id: talent,
    talent_id: talent,
    address: "+57 300 123 4567",
    source: "producer",
  });
  const emailDraft = await insertRow(client, "email_drafts", {
    ...org,
    event_id: publicEvent,
    kind: "reminder",
    audience: "confirmed_talent",
    status: "draft",
    subject: "Recordatorio",
    sections: JSON.stringify([{ paragraphs: ["Hola"] }]),
  });
  return {
    whatsappTemplate,
    inboxMessage,
    emailDraft,
    outboundMessage,
    optOut,
    guest,
    spareGuest,
    guestInvitation,
    spareInvitation,
    layout,
    seat,
    spareSeat,
    seatAssignment,
    organization,
    members,
    invitation,
    publicVenue,
    privateVenue,
    publicEvent,
    draftEvent,
    publicDesigner,
    privateDesigner,
    publicLineup,
    privateLineup,
    look,
    talent,
    spareTalent,
    availability,
    photoFile,
    spareFile,
    coverFile,
    photo,
    brief,
    agentRun,
    casting,
    schedule,
    slot,
    vendor,
    recommendation,
    vendorBusy,
    sponsor,
    budget,
    publicTier,
    privateTier,
    booking,
    ticket,
    checkIn,
    payment,
    aiLog,
    healthReport,
    notifications,
  };
}

function member(org: OrgFixture, role: Role | "teammate"): Member {
  const found = org.members[role];
  if (!found) throw new Error(`The fixture has no ${role}.`);
  return found;
}

/*==========================================================================
 * How each table is exercised
 *==========================================================================*/

interface TableSpec {
  /** Primary key column. */
  key: string;
  /** Organization A's rows, and those of them an anonymous visitor may see. */
  rows(a: OrgFixture): { all: string[]; public?: string[] };
  /** The row of A that update and delete cases aim at (deletable without breaking a restrict foreign key). */
  target(a: OrgFixture): string;
  /** For "own" cells: the acting member's own row. */
  own?(a: OrgFixture, role: Role): string;
  /** A row for organization A, valid but for permissions; `u` makes unique values fresh. */
  insert(world: World, u: string): Row;
  /** A harmless change, on a column the member role may update when anyone may. */
  update: { column: string; value: unknown };
  /**
   * Deleting the target cascades into the on-delete-restrict foreign keys of
   * bookings (never deleted), so an allowed delete ends in 23503 from bookings
   * once the privilege and the policy have let the row through.
   */
  deleteHitsRestrict?: true;
}

const SPECS: Record<Table, TableSpec> = {
  profiles: {
    key: "id",
    rows: (a) => ({ all: Object.values(a.members).map((m) => m.profile) }),
    target: (a) => member(a, "teammate").profile,
    own: (a, role) => member(a, role).profile,
    insert: (_w, u) => ({ email: `new-${u}@example.com`, full_name: "Nueva Persona" }),
    update: { column: "full_name", value: "Renamed by the permission tests" },
  },
  organizations: {
    key: "id",
    rows: (a) => ({ all: [a.organization] }),
    target: (a) => a.organization,
    insert: (_w, u) => ({ name: `Casa ${u}`, slug: `casa-${u}` }),
    update: { column: "name", value: "Casa renombrada" },
    deleteHitsRestrict: true,
  },
  memberships: {
    key: "id",
    rows: (a) => ({ all: Object.values(a.members).map((m) => m.membership) }),
    target: (a) => member(a, "teammate").membership,
    own: (a, role) => member(a, role).membership,
    insert: (w) => ({ organization_id: w.a.organization, profile_id: w.stranger, role: "viewer" }),
    update: { column: "role", value: "producer" },
  },
  organization_invitations: {
    key: "id",
    rows: (a) => ({ all: [a.invitation] }),
    target: (a) => a.invitation,
    insert: (w, u) => ({ organization_id: w.a.organization, email: `invitee-${u}@example.com`, role: "viewer" }),
    update: { column: "role", value: "casting" },
  },
  venues: {
    key: "id",
    rows: (a) => ({ all: [a.publicVenue, a.privateVenue], public: [a.publicVenue] }),
    target: (a) => a.privateVenue,
    insert: (w, u) => ({ organization_id: w.a.organization, name: `Venue ${u}`, city: "Cali" }),
    update: { column: "capacity", value: 350 },
  },
  events: {
    key: "id",
    rows: (a) => ({ all: [a.publicEvent, a.draftEvent], public: [a.publicEvent] }),
    target: (a) => a.draftEvent,
    insert: (w, u) => ({
      organization_id: w.a.organization,
      title: `Event ${u}`,
      slug: `event-${u}`,
      starts_at: inDays(60),
      ends_at: inDays(60.2),
    }),
    update: { column: "description", value: "Changed by the permission tests" },
  },
  designers: {
    key: "id",
    rows: (a) => ({ all: [a.publicDesigner, a.privateDesigner], public: [a.publicDesigner] }),
    target: (a) => a.privateDesigner,
    insert: (w, u) => ({ organization_id: w.a.organization, name: `Designer ${u}` }),
    update: { column: "bio", value: "Changed by the permission tests" },
  },
  event_designers: {
    key: "id",
    rows: (a) => ({ all: [a.publicLineup, a.privateLineup], public: [a.publicLineup] }),
    target: (a) => a.privateLineup,
    insert: (w) => ({ event_id: w.a.draftEvent, designer_id: w.a.publicDesigner, show_order: 2 }),
    update: { column: "collection_name", value: "Resort" },
  },
  looks: {
    key: "id",
    rows: (a) => ({ all: [a.look] }),
    target: (a) => a.look,
    insert: (w, u) => ({ event_id: w.a.publicEvent, designer_id: w.a.publicDesigner, sequence: 2, title: `Look ${u}` }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  talent: {
    key: "id",
    rows: (a) => ({ all: [a.talent, a.spareTalent] }),
    target: (a) => a.spareTalent,
    insert: (w, u) => ({ organization_id: w.a.organization, full_name: `Talent ${u}`, division: "men" }),
    update: { column: "agency", value: "Changed by the permission tests" },
  },
  talent_contacts: {
    key: "talent_id",
    rows: (a) => ({ all: [a.talent] }),
    target: (a) => a.talent,
    insert: (w, u) => ({ talent_id: w.a.spareTalent, email: `talent-${u}@example.com` }),
    update: { column: "whatsapp_opt_in", value: true },
  },
  talent_availability: {
    key: "id",
    rows: (a) => ({ all: [a.availability] }),
    target: (a) => a.availability,
    insert: (w) => ({ talent_id: w.a.talent, period: "[2031-01-01 00:00+00,2031-01-02 00:00+00)", kind: "hold" }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  files: {
    key: "id",
    rows: (a) => ({ all: [a.photoFile, a.coverFile], public: [a.coverFile] }),
    target: (a) => a.photoFile,
    insert: (w) => ({
      organization_id: w.a.organization,
      purpose: "talent_photo",
      content_type: "image/webp",
      byte_size: 500,
      width: 400,
      height: 600,
      thumbnail_width: 320,
      thumbnail_height: 480,
    }),
    update: { column: "width", value: 10 },
  },
  talent_photos: {
    key: "id",
    rows: (a) => ({ all: [a.photo] }),
    target: (a) => a.photo,
    insert: (w) => ({ talent_id: w.a.spareTalent, file_id: w.a.spareFile }),
    update: { column: "position", value: 3 },
  },
  casting_briefs: {
    key: "id",
    rows: (a) => ({ all: [a.brief] }),
    target: (a) => a.brief,
    insert: (w, u) => ({ event_id: w.a.draftEvent, title: `Brief ${u}`, models_needed: 3 }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  agent_runs: {
    key: "id",
    rows: (a) => ({ all: [a.agentRun] }),
    target: (a) => a.agentRun,
    insert: (w) => ({ organization_id: w.a.organization, event_id: w.a.publicEvent, agent_type: "event_health" }),
    update: { column: "status", value: "cancelled" },
  },
  model_castings: {
    key: "id",
    rows: (a) => ({ all: [a.casting] }),
    target: (a) => a.casting,
    insert: (w) => ({ event_id: w.a.publicEvent, talent_id: w.a.spareTalent, status: "suggested" }),
    update: { column: "contact_priority", value: "high" },
  },
  ai_agent_logs: {
    key: "id",
    rows: (a) => ({ all: [a.aiLog] }),
    target: (a) => a.aiLog,
    insert: (w) => ({
      organization_id: w.a.organization,
      agent_type: "event_health",
      operation: "summarise",
      model: "local",
      success: true,
    }),
    update: { column: "error_message", value: "Changed by the permission tests" },
  },
  runway_schedules: {
    key: "id",
    rows: (a) => ({ all: [a.schedule] }),
    target: (a) => a.schedule,
    insert: (w) => ({ event_id: w.a.publicEvent, version: 2 }),
    update: { column: "starts_at", value: inDays(30) },
  },
  runway_slots: {
    key: "id",
    rows: (a) => ({ all: [a.slot] }),
    target: (a) => a.slot,
    insert: (w) => ({ schedule_id: w.a.schedule, sequence: 2, walk_starts_at: "1 minute" }),
    update: { column: "walk_seconds", value: 60 },
  },
  vendors: {
    key: "id",
    rows: (a) => ({ all: [a.vendor] }),
    target: (a) => a.vendor,
    insert: (w, u) => ({ organization_id: w.a.organization, name: `Vendor ${u}`, category: "catering", city: "Cali" }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  vendor_recommendations: {
    key: "id",
    rows: (a) => ({ all: [a.recommendation] }),
    target: (a) => a.recommendation,
    insert: (w) => ({ event_id: w.a.draftEvent, vendor_id: w.a.vendor, category: "lighting" }),
    update: { column: "status", value: "contacted" },
  },
  vendor_availability: {
    key: "id",
    rows: (a) => ({ all: [a.vendorBusy] }),
    target: (a) => a.vendorBusy,
    insert: (w) => ({
      vendor_id: w.a.vendor,
      period: "[2031-01-01 00:00+00,2031-01-02 00:00+00)",
      kind: "unavailable",
    }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  event_budgets: {
    key: "id",
    rows: (a) => ({ all: [a.budget] }),
    target: (a) => a.budget,
    insert: (w) => ({ event_id: w.a.draftEvent, budget_cop: 1_000 }),
    update: { column: "budget_cop", value: 2_000 },
  },
  sponsors: {
    key: "id",
    rows: (a) => ({ all: [a.sponsor] }),
    target: (a) => a.sponsor,
    insert: (w, u) => ({ event_id: w.a.publicEvent, name: `Sponsor ${u}` }),
    update: { column: "contact_name", value: "Changed by the permission tests" },
  },
  ticket_tiers: {
    key: "id",
    rows: (a) => ({ all: [a.publicTier, a.privateTier], public: [a.publicTier] }),
    target: (a) => a.privateTier,
    insert: (w, u) => ({ event_id: w.a.publicEvent, name: `Tier ${u}`, price_cop: 10_000, quantity: 10 }),
    update: { column: "description", value: "Changed by the permission tests" },
  },
  bookings: {
    key: "id",
    rows: (a) => ({ all: [a.booking] }),
    target: (a) => a.booking,
    insert: (w, u) => ({
      organization_id: w.a.organization,
      event_id: w.a.publicEvent,
      tier_id: w.a.publicTier,
      buyer_name: "Comprador",
      buyer_email: `buyer-${u}@example.com`,
      quantity: 1,
      total_cop: 50_000,
    }),
    update: { column: "payment_reference", value: "REF-PERMISSIONS" },
  },
  tickets: {
    key: "id",
    rows: (a) => ({ all: [a.ticket] }),
    target: (a) => a.ticket,
    insert: (w, u) => ({
      id: `00000000-0000-4000-8000-${u.padStart(12, "0")}`,
      organization_id: w.a.organization,
      event_id: w.a.publicEvent,
      booking_id: w.a.booking,
      seat: 2,
      code_hash: Buffer.alloc(32, 7),
    }),
    update: { column: "checked_in_gate", value: null },
  },
  ticket_check_ins: {
    key: "id",
    rows: (a) => ({ all: [a.checkIn] }),
    target: (a) => a.checkIn,
    insert: (w) => ({
      organization_id: w.a.organization,
      event_id: w.a.publicEvent,
      ticket_id: w.a.ticket,
      action: "check_in",
      method: "manual",
      gate: "Puerta 9",
      scanned_at: new Date(),
    }),
    update: { column: "note", value: "Changed by the permission tests" },
  },
  payments: {
    key: "id",
    rows: (a) => ({ all: [a.payment] }),
    target: (a) => a.payment,
    insert: (w, u) => ({
      organization_id: w.a.organization,
      booking_id: w.a.booking,
      provider: "wompi",
      provider_transaction_id: `txn-${u}`,
      reference: "REF",
      amount_in_cents: 100,
      status: "APPROVED",
    }),
    update: { column: "status_message", value: "Changed by the permission tests" },
  },
  guests: {
    key: "id",
    rows: (a) => ({ all: [a.guest, a.spareGuest] }),
    target: (a) => a.spareGuest,
    insert: (w, u) => ({ organization_id: w.a.organization, full_name: `Guest ${u}`, category: "stylist" }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  guest_contacts: {
    key: "guest_id",
    rows: (a) => ({ all: [a.guest] }),
    target: (a) => a.guest,
    insert: (w, u) => ({ guest_id: w.a.spareGuest, email: `guest-${u}@example.com` }),
    update: { column: "whatsapp_opt_in", value: true },
  },
  guest_invitations: {
    key: "id",
    rows: (a) => ({ all: [a.guestInvitation, a.spareInvitation] }),
    target: (a) => a.spareInvitation,
    insert: (w) => ({ event_id: w.a.draftEvent, guest_id: w.a.guest }),
    update: { column: "notes", value: "Changed by the permission tests" },
  },
  venue_layouts: {
    key: "id",
    rows: (a) => ({ all: [a.layout] }),
    target: (a) => a.layout,
    insert: (w, u) => ({ venue_id: w.a.privateVenue, name: `Layout ${u}` }),
    update: { column: "name", value: "Changed by the permission tests" },
  },
  seats: {
    key: "id",
    rows: (a) => ({ all: [a.seat, a.spareSeat] }),
    target: (a) => a.spareSeat,
    insert: (w) => ({ layout_id: w.a.layout, section: "Pasarela", row_label: "B", seat_number: 9 }),
    update: { column: "front_row", value: true },
  },
  seat_assignments: {
    key: "id",
    rows: (a) => ({ all: [a.seatAssignment] }),
    target: (a) => a.seatAssignment,
    insert: (w) => ({ event_id: w.a.publicEvent, seat_id: w.a.spareSeat, invitation_id: w.a.spareInvitation }),
    update: { column: "plus_one", value: false },
  },
  event_health_reports: {
    key: "id",
    rows: (a) => ({ all: [a.healthReport] }),
    target: (a) => a.healthReport,
    insert: (w) => ({
      organization_id: w.a.organization,
      event_id: w.a.draftEvent,
      report_date: "2031-01-01",
      status: "green",
      checks: "[]",
    }),
    update: { column: "summary", value: "Changed by the permission tests" },
  },
  notifications: {
    key: "id",
    rows: (a) => ({ all: Object.values(a.notifications) }),
    target: (a) => notificationOf(a, "teammate"),
    own: (a, role) => notificationOf(a, role),
    insert: (w, u) => ({
      organization_id: w.a.organization,
      profile_id: member(w.a, "teammate").profile,
      kind: "event_health_red",
      title: `Aviso ${u}`,
    }),
    update: { column: "read_at", value: new Date() },
  },
  whatsapp_templates: {
    key: "id",
    rows: (a) => ({ all: [a.whatsappTemplate] }),
    target: (a) => a.whatsappTemplate,
    insert: (w) => ({ organization_id: w.a.organization, purpose: "call_sheet", name: "hoja_de_llamado" }),
    update: { column: "language_code", value: "es" },
  },
  inbox_messages: {
    key: "id",
    rows: (a) => ({ all: [a.inboxMessage] }),
    target: (a) => a.inboxMessage,
    insert: (w, u) => ({
      organization_id: w.a.organization,
      provider_message_id: `wamid.${u}`,
      message_type: "text",
      sent_at: new Date(),
    }),
    update: { column: "read_at", value: new Date() },
  },
  outbound_messages: {
    key: "id",
    rows: (a) => ({ all: [a.outboundMessage] }),
    target: (a) => a.outboundMessage,
    insert: (w) => ({
      organization_id: w.a.organization,
      channel: "email",
      purpose: "casting",
      recipient_kind: "talent",
      talent_id: w.a.spareTalent,
      template_key: "casting_invitation",
      cause_kind: "test",
      cause_id: randomUUID(),
    }),
    update: { column: "status", value: "sent" },
  },
  communication_opt_outs: {
    key: "id",
    rows: (a) => ({ all: [a.optOut] }),
    target: (a) => a.optOut,
    insert: (w) => ({
      organization_id: w.a.organization,
      channel: "email",
      recipient_kind: "talent",
      recipient_id: w.a.spareTalent,
      talent_id: w.a.spareTalent,
      source: "producer",
    }),
    update: { column: "source", value: "complaint" },
  },
  email_drafts: {
    key: "id",
    rows: (a) => ({ all: [a.emailDraft] }),
    target: (a) => a.emailDraft,
    insert: (w) => ({
      organization_id: w.a.organization,
      event_id: w.a.publicEvent,
      kind: "reminder",
      audience: "confirmed_talent",
    }),
    update: { column: "subject", value: "Changed by the permission tests" },
  },
};

function notificationOf(org: OrgFixture, role: Role | "teammate"): string {
  const found = org.notifications[role];
  if (!found) throw new Error(`The fixture has no notification for ${role}.`);
  return found;
}

function rowsOf(table: Table, a: OrgFixture): { all: string[]; public: string[] } {
  const rows = SPECS[table].rows(a);
  return { all: rows.all, public: rows.public ?? [] };
}

/*==========================================================================
 * Statements and verdicts
 *==========================================================================*/

const fresh = () => randomBytes(5).toString("hex");

function insertStatement(table: Table, values: Row): [string, unknown[]] {
  const columns = Object.keys(values);
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(", ");
  return [`insert into app_public.${table} (${columns.join(", ")}) values (${placeholders})`, Object.values(values)];
}

const updateStatement = (table: Table, id: string): [string, unknown[]] => {
  const { key, update } = SPECS[table];
  return [`update app_public.${table} set ${update.column} = $1 where ${key} = $2`, [update.value, id]];
};

const deleteStatement = (table: Table, id: string): [string, unknown[]] => [
  `delete from app_public.${table} where ${SPECS[table].key} = $1`,
  [id],
];

/** "rows=N" or "error CODE: message", so a failing case says what really happened. */
const summary = (r: Attempt) => (r.ok ? `rows=${r.rowCount}` : `error ${r.code}: ${r.message}`);

const ALLOWED_WRITE = /^rows=1$/;
const DENIED_WRITE = /^(rows=0|error 42501:)/;
// An insert under another organization's parent is answered as if the parent
// did not exist (NTFND), so a foreign id is never confirmed; anything else
// refused is a privilege or RLS error (42501).
const DENIED_INSERT = /^error (42501|NTFND):/;
const ALLOWED_RESTRICTED_DELETE = /^(rows=1|error 23503: .* on table "bookings")$/;

const sorted = (ids: readonly string[]) => [...ids].sort();

/*==========================================================================
 * The cases
 *==========================================================================*/

let db: TestDatabase;
let world: World;
let fingerprint: string;

/** A digest of every row of every app_public table, to show that the cases leave no trace. */
async function takeFingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await db.owner.query(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from app_public.${table} t`,
    );
    parts.push(`${table}:${rows[0].digest}`);
  }
  return parts.join("\n");
}

beforeAll(async () => {
  db = await createTestDatabase();
  const client = await db.owner.connect();
  try {
    await client.query("begin");
    const label = fresh();
    const a = await buildOrganization(client, `a-${label}`, [...ROLES, "teammate"]);
    const b = await buildOrganization(client, `b-${label}`, ["owner"]);
    const stranger = await insertRow(client, "profiles", {
      email: `stranger-${label}@example.com`,
      full_name: "Stranger",
    });
    await client.query("commit");
    world = { a, b, stranger };
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
  fingerprint = await takeFingerprint();
});

afterAll(() => db?.drop());

function actAs<T>(actor: Actor, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  if (actor === "anonymous") return db.asAnonymous(fn);
  const profile = actor === "outsider" ? member(world.b, "owner").profile : member(world.a, actor).profile;
  return db.asProfile(profile, fn);
}

async function checkSelect(client: pg.PoolClient, table: Table, actor: Actor, outcome: Outcome) {
  const { key } = SPECS[table];
  const mine = rowsOf(table, world.a);
  const r = await attempt(client, `select ${key}::text as id from app_public.${table} where ${key} = any($1::uuid[])`, [
    mine.all,
  ]);
  const visible = r.ok ? sorted(r.rows.map((row) => String(row.id))) : summary(r);
  switch (outcome) {
    case "allow":
      expect(visible).toEqual(sorted(mine.all));
      break;
    case "public":
      expect(visible).toEqual(sorted(mine.public));
      break;
    case "deny":
      if (r.ok) expect(visible).toEqual([]);
      else expect(summary(r)).toMatch(/^error 42501:/);
      break;
    case "own": {
      // Only the actor's own row of A is visible.
      const own = SPECS[table].own;
      if (!own || actor === "anonymous" || actor === "outsider") {
        throw new Error(`"own" needs a member and an own row (${table}, ${actor}).`);
      }
      expect(visible).toEqual([own(world.a, actor)]);
      break;
    }
  }
}

async function checkInsert(client: pg.PoolClient, table: Table, outcome: Outcome) {
  const r = await attempt(client, ...insertStatement(table, SPECS[table].insert(world, fresh())));
  if (outcome === "allow") expect(summary(r)).toMatch(ALLOWED_WRITE);
  else if (outcome === "deny") expect(summary(r)).toMatch(DENIED_INSERT);
  else throw new Error(`"${outcome}" is not an insert outcome (${table}).`);
}

async function checkWrite(
  client: pg.PoolClient,
  table: Table,
  actor: Actor,
  command: "update" | "delete",
  outcome: Outcome,
) {
  const spec = SPECS[table];
  const statement = command === "update" ? updateStatement : deleteStatement;
  const onTarget = await attempt(client, ...statement(table, spec.target(world.a)));
  const allowed = command === "delete" && spec.deleteHitsRestrict ? ALLOWED_RESTRICTED_DELETE : ALLOWED_WRITE;
  switch (outcome) {
    case "allow":
      expect(summary(onTarget)).toMatch(allowed);
      break;
    case "deny":
      expect(summary(onTarget)).toMatch(DENIED_WRITE);
      break;
    case "own": {
      // A teammate's row is out of reach; the actor's own row is not.
      expect(summary(onTarget)).toMatch(DENIED_WRITE);
      if (!spec.own || actor === "anonymous" || actor === "outsider") {
        throw new Error(`"own" needs a member and an own row (${table}, ${actor}).`);
      }
      const onOwn = await attempt(client, ...statement(table, spec.own(world.a, actor)));
      expect(summary(onOwn)).toMatch(allowed);
      break;
    }
    case "public":
      throw new Error(`"public" is not a ${command} outcome (${table}).`);
  }
}

describe("fixtures", () => {
  it("cover every table in app_public", async () => {
    const { rows } = await db.owner.query(
      `select relname from pg_class where relnamespace = 'app_public'::regnamespace and relkind in ('r', 'p') order by 1`,
    );
    expect(rows.map((r) => r.relname)).toEqual(sorted(TABLES));
  });

  it.each(TABLES)("put rows of %s in both organizations, some private where some are public", async (table) => {
    for (const org of [world.a, world.b]) {
      const { key } = SPECS[table];
      const mine = rowsOf(table, org);
      const { rows } = await db.owner.query(
        `select count(*)::int as n from app_public.${table} where ${key} = any($1::uuid[])`,
        [mine.all],
      );
      expect(rows[0].n).toBe(mine.all.length);
      expect(mine.all.length).toBeGreaterThan(0);
      if (mine.public.length > 0) expect(mine.public.length).toBeLessThan(mine.all.length);
    }
  });
});

describe.each(TABLES)("%s", (table) => {
  describe.each(ACTORS)("as %s", (actor) => {
    it.each(COMMANDS.map((command) => [command, expectedOutcome(table, actor, command)] as const))(
      "%s: %s",
      async (command: Command, outcome: Outcome) => {
        await actAs(actor, async (client) => {
          // Deferred checks (deferrable uniques, constraint triggers) run with
          // each statement, as they would at commit: an allowed write must be
          // one that could be committed.
          await client.query("set constraints all immediate");
          if (command === "select") await checkSelect(client, table, actor, outcome);
          else if (command === "insert") await checkInsert(client, table, outcome);
          else await checkWrite(client, table, actor, command, outcome);
        });
      },
    );
  });
});

describe("the outsider (an owner of B)", () => {
  // Rows of B's own making that point at A's event, schedule or people.
  const intoA: [Table, (w: World, u: string) => Row][] = [
    ["looks", (w, u) => ({ event_id: w.a.publicEvent, designer_id: w.b.publicDesigner, sequence: 9, title: u })],
    ["event_designers", (w) => ({ event_id: w.a.publicEvent, designer_id: w.b.publicDesigner, show_order: 9 })],
    ["casting_briefs", (w) => ({ event_id: w.a.publicEvent, models_needed: 1 })],
    ["model_castings", (w) => ({ event_id: w.a.publicEvent, talent_id: w.b.spareTalent })],
    ["runway_schedules", (w) => ({ event_id: w.a.publicEvent, version: 9 })],
    ["vendor_recommendations", (w) => ({ event_id: w.a.publicEvent, vendor_id: w.b.vendor, category: "other" })],
    ["sponsors", (w, u) => ({ event_id: w.a.publicEvent, name: `Sponsor ${u}` })],
    ["ticket_tiers", (w, u) => ({ event_id: w.a.publicEvent, name: `Tier ${u}`, price_cop: 0, quantity: 1 })],
    ["runway_slots", (w) => ({ schedule_id: w.a.schedule, sequence: 9, walk_starts_at: "0 seconds" })],
    ["talent_contacts", (w, u) => ({ talent_id: w.a.spareTalent, email: `x-${u}@example.com` })],
    ["talent_availability", (w) => ({ talent_id: w.a.talent, period: "[2032-01-01,2032-01-02)", kind: "hold" })],
  ];

  it.each(intoA)("cannot add %s rows under A's parents (NTFND: the parent is not theirs)", async (table, make) => {
    await actAs("outsider", async (client) => {
      const r = await attempt(client, ...insertStatement(table, make(world, fresh())));
      expect(summary(r)).toMatch(/^error NTFND:/);
    });
  });

  it.each(TABLES)("updates of every row of %s touch only its own", async (table) => {
    const { key, update } = SPECS[table];
    const aRows = new Set(rowsOf(table, world.a).all);
    await actAs("outsider", async (client) => {
      const r = await attempt(
        client,
        `update app_public.${table} set ${update.column} = ${update.column} returning ${key}::text as id`,
      );
      if (!r.ok) return expect(summary(r)).toMatch(/^error 42501:/);
      expect(r.rows.filter((row) => aRows.has(String(row.id)))).toEqual([]);
      // Not vacuous: where an owner may update, B's own rows were updated.
      if (expectedOutcome(table, "owner", "update") !== "deny") expect(r.rowCount).toBeGreaterThan(0);
    });
  });

  it.each(TABLES)("deletes of every row of %s touch only its own", async (table) => {
    const { key } = SPECS[table];
    const aRows = new Set(rowsOf(table, world.a).all);
    await actAs("outsider", async (client) => {
      const r = await attempt(client, `delete from app_public.${table} returning ${key}::text as id`);
      // 42501: no privilege; 23503 or HASBK: B's own bookings keep its events and tiers; HASLK: B's line-up
      // keeps designers with looks; OWNER: B keeps its owner.
      if (!r.ok) return expect(r.code).toMatch(/^(42501|23503|HASBK|HASLK|OWNER)$/);
      expect(r.rows.filter((row) => aRows.has(String(row.id)))).toEqual([]);
    });
  });
});

describe("bookings", () => {
  it("are made by anonymous visitors through book_tickets() on a public tier, not on a draft one", async () => {
    await actAs("anonymous", async (client) => {
      const booked = await attempt(
        client,
        "select (booking).organization_id::text as org from app_public.book_tickets($1, 2, $2, $3)",
        [world.a.publicTier, "Visitante", "visitor@example.com"],
      );
      expect(summary(booked)).toBe("rows=1");
      expect(booked.rows[0]?.org).toBe(world.a.organization);
      const hidden = await attempt(client, "select 1 from app_public.book_tickets($1, 1, $2, $3)", [
        world.a.privateTier,
        "Visitante",
        "visitor@example.com",
      ]);
      expect(hidden.code).toBe("NTFND");
    });
  });
});

describe("afterwards", () => {
  it("leaves both organizations exactly as the fixtures made them", async () => {
    expect(await takeFingerprint()).toBe(fingerprint);
  });
});

describe("functions that write a table follow the table's row of the matrix", () => {
  // update_casting_status is how the dashboard moves a casting: whoever may
  // update model_castings may call it, and nobody else.
  it.each(ACTORS.filter((actor) => actor !== "anonymous"))("update_casting_status as %s", async (actor) => {
    const expected = expectedOutcome("model_castings", actor, "update");
    await actAs(actor, async (client) => {
      const r = await attempt(client, "select status from app_public.update_casting_status($1, 'confirmed')", [
        world.a.casting,
      ]);
      if (expected === "allow") expect(summary(r)).toBe("rows=1");
      else expect(summary(r)).toMatch(/^error (DNIED|NTFND):/);
    });
  });

  it("update_casting_status is refused to anonymous visitors", async () => {
    await actAs("anonymous", async (client) => {
      const r = await attempt(client, "select app_public.update_casting_status($1, 'confirmed')", [world.a.casting]);
      expect(r.code).toBe("42501");
    });
  });
});
