// References to people (foreign keys to profiles) in tenant tables accept
// only members of the row's organization, and answer anyone else exactly as
// an id that does not exist, so they are no oracle for which profile ids
// exist (issue 11, item 8). The columns come from the catalog: a new one is
// checked without anyone listing it, and a new exception must say why.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;

/** Columns that name a person without being limited to the row's organization, and why. */
const EXCEPTIONS: Record<string, string> = {
  "memberships.profile_id": "defines who is a member; written only by create_organization() and accept_invitation()",
  "bookings.profile_id":
    "the buyer, who is anyone signed in (not a member); set by book_tickets() to the caller, never by the client",
  "payments.profile_id": "the buyer of the booking, copied from bookings.profile_id by the Wompi event handler",
  "outbound_messages.profile_id":
    "the recipient of account mail (recipient_kind account), set only by app_private.enqueue_outbound_message and app_private.enqueue_account_email (no request role inserts messages)",
  "notifications.profile_id":
    "the recipient, chosen only by the Event Health run among the organization's owners and producers (no request role inserts notices)",
};

interface PersonColumn {
  table_name: string;
  column_name: string;
  constraint_name: string;
  guarded: boolean;
}

/** Every single-column foreign key to profiles from an app_public table that carries organization_id. */
async function personColumns(): Promise<PersonColumn[]> {
  const { rows } = await db.owner.query<PersonColumn>(`
    select c.conrelid::regclass::text as table_name, a.attname as column_name, c.conname as constraint_name,
           exists (
             select 1 from pg_trigger t
              where t.tgrelid = c.conrelid and not t.tgisinternal
                and t.tgfoid = 'app_private.tg__person_is_member'::regproc
                and (t.tgtype & 2) <> 0                          -- BEFORE
                and (t.tgtype & 4) <> 0 and (t.tgtype & 16) <> 0  -- INSERT and UPDATE
                and encode(t.tgargs, 'escape') = a.attname || '\\000'
           ) as guarded
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = 'app_public.profiles'::regclass
       and c.connamespace = 'app_public'::regnamespace
       and exists (select 1 from pg_attribute o where o.attrelid = c.conrelid and o.attname = 'organization_id')
     order by 1, 2`);
  return rows.map((r) => ({ ...r, table_name: r.table_name.replace(/^app_public\./, "") }));
}

interface Fixture {
  orgA: string;
  orgB: string;
  /** A member of A (a producer). */
  memberA: string;
  /** A member of B only. */
  outsider: string;
  /** A profile with no membership. */
  stranger: string;
  /** One row of A in each table whose person column is guarded. */
  rows: Record<string, string>;
}
let fx: Fixture;

const unique = () => randomUUID().slice(0, 8);

async function newProfile(label: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, $2) returning id",
    [`${label}-${unique()}@example.com`, `Persona ${label}`],
  );
  return rows[0].id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const orgs = await db.owner.query(
    "insert into app_public.organizations (name, slug) values ('Casa A', $1), ('Casa B', $2) returning id",
    [`casa-a-${unique()}`, `casa-b-${unique()}`],
  );
  const orgA = orgs.rows[0].id as string;
  const orgB = orgs.rows[1].id as string;
  const memberA = await newProfile("member-a");
  const ownerA = await newProfile("owner-a");
  const outsider = await newProfile("outsider");
  const stranger = await newProfile("stranger");
  await db.owner.query(
    `insert into app_public.memberships (organization_id, profile_id, role)
     values ($1, $2, 'producer'), ($1, $3, 'owner'), ($4, $5, 'owner')`,
    [orgA, memberA, ownerA, orgB, outsider],
  );
  const event = await db.owner.query(
    `insert into app_public.events (organization_id, organizer_id, title, slug, starts_at, ends_at)
     values ($1, $2, 'Noche de Moda', $3, now() + interval '30 days', now() + interval '30 days 3 hours') returning id`,
    [orgA, ownerA, `noche-${unique()}`],
  );
  const invitation = await db.owner.query(
    `insert into app_public.organization_invitations (organization_id, email, role, invited_by)
     values ($1, $2, 'viewer', $3) returning id`,
    [orgA, `invitee-${unique()}@example.com`, ownerA],
  );
  const run = await db.owner.query(
    `insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by)
     values ($1, $2, 'event_health', $3) returning id`,
    [orgA, event.rows[0].id, ownerA],
  );
  // The box office: a booking, its ticket, a door-log entry and a payment.
  const tier = await db.owner.query(
    "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'General', 1000, 10) returning id",
    [event.rows[0].id],
  );
  const booking = await db.owner.query(
    `insert into app_public.bookings (organization_id, event_id, tier_id, buyer_name, buyer_email, quantity, total_cop, status)
     values ($1, $2, $3, 'Compradora', 'compradora@example.com', 1, 1000, 'paid') returning id, reference`,
    [orgA, event.rows[0].id, tier.rows[0].id],
  );
  const ticket = await db.owner.query("select id from app_public.tickets where booking_id = $1", [booking.rows[0].id]);
  const checkIn = await db.owner.query(
    `insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, scanned_at)
     values ($1, $2, $3, 'duplicate', 'scan', 'Puerta 1', now()) returning id`,
    [orgA, event.rows[0].id, ticket.rows[0].id],
  );
  const payment = await db.owner.query(
    `insert into app_public.payments (organization_id, booking_id, provider, provider_transaction_id, reference, amount_in_cents, status)
     values ($1, $2, 'wompi', $3, $4, 100000, 'APPROVED') returning id`,
    [orgA, booking.rows[0].id, `txn-${unique()}`, booking.rows[0].reference],
  );
  // Guests: an accepted invitation, seated on the event's layout.
  const guest = await db.owner.query(
    "insert into app_public.guests (organization_id, full_name) values ($1, 'Periodista') returning id",
    [orgA],
  );
  const guestInvitation = await db.owner.query(
    "insert into app_public.guest_invitations (event_id, guest_id, status) values ($1, $2, 'accepted') returning id",
    [event.rows[0].id, guest.rows[0].id],
  );
  const venue = await db.owner.query(
    "insert into app_public.venues (organization_id, name, city) values ($1, 'Ágora', 'Bogotá') returning id",
    [orgA],
  );
  const layout = await db.owner.query(
    "insert into app_public.venue_layouts (venue_id, name) values ($1, 'Pasarela') returning id",
    [venue.rows[0].id],
  );
  await db.owner.query("update app_public.events set venue_layout_id = $2 where id = $1", [
    event.rows[0].id,
    layout.rows[0].id,
  ]);
  const seat = await db.owner.query(
    "insert into app_public.seats (layout_id, section, row_label, seat_number) values ($1, 'Pasarela', 'A', 1) returning id",
    [layout.rows[0].id],
  );
  const seatAssignment = await db.owner.query(
    "insert into app_public.seat_assignments (event_id, seat_id, invitation_id) values ($1, $2, $3) returning id",
    [event.rows[0].id, seat.rows[0].id, guestInvitation.rows[0].id],
  );
  const emailDraft = await db.owner.query(
    "insert into app_public.email_drafts (organization_id, event_id, kind, audience) values ($1, $2, 'reminder', 'confirmed_talent') returning id",
    [orgA, event.rows[0].id],
  );
  fx = {
    orgA,
    orgB,
    memberA,
    outsider,
    stranger,
    rows: {
      events: event.rows[0].id,
      organization_invitations: invitation.rows[0].id,
      agent_runs: run.rows[0].id,
      bookings: booking.rows[0].id,
      tickets: ticket.rows[0].id,
      ticket_check_ins: checkIn.rows[0].id,
      payments: payment.rows[0].id,
      guest_invitations: guestInvitation.rows[0].id,
      email_drafts: emailDraft.rows[0].id,
      seat_assignments: seatAssignment.rows[0].id,
    },
  };
});
afterAll(async () => {
  await db?.drop();
});

/** What an error says, with the id it was about replaced, so two answers can be compared. */
function answer(r: { ok: boolean; code?: string; message?: string }, error: unknown, id: string) {
  const e = (error ?? {}) as Record<string, unknown>;
  const scrub = (value: unknown) => (typeof value === "string" ? value.replaceAll(id, "<id>") : value);
  return {
    ok: r.ok,
    code: r.code,
    message: scrub(r.message),
    detail: scrub(e.detail),
    constraint: e.constraint,
    table: e.table,
    schema: e.schema,
  };
}

/** Runs one statement in a savepoint and keeps the whole error (attempt() keeps only code and message). */
async function tryStatement(client: pg.PoolClient, sql: string, params: unknown[]) {
  await client.query("savepoint probe");
  try {
    const result = await client.query(sql, params);
    await client.query("release savepoint probe");
    return { r: { ok: true, rowCount: result.rowCount ?? 0 }, error: null };
  } catch (error) {
    await client.query("rollback to savepoint probe");
    const e = error as { code?: string; message: string };
    return { r: { ok: false, rowCount: 0, code: e.code, message: e.message }, error };
  }
}

describe("the catalog of references to people", () => {
  it("finds the person columns of tenant tables (not vacuous)", async () => {
    const names = (await personColumns()).map((c) => `${c.table_name}.${c.column_name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "events.organizer_id",
        "organization_invitations.invited_by",
        "agent_runs.requested_by",
        "memberships.profile_id",
        "bookings.profile_id",
      ]),
    );
  });

  it("limits every one of them to members of the row's organization, or names the reason it may not", async () => {
    const unguarded = (await personColumns())
      .filter((c) => !c.guarded)
      .map((c) => `${c.table_name}.${c.column_name}`)
      .filter((name) => !EXCEPTIONS[name]);
    expect(unguarded).toEqual([]);
    // An exception that is guarded after all, or no longer exists, is stale.
    const guarded = new Set(
      (await personColumns()).filter((c) => c.guarded).map((c) => `${c.table_name}.${c.column_name}`),
    );
    const all = new Set((await personColumns()).map((c) => `${c.table_name}.${c.column_name}`));
    for (const name of Object.keys(EXCEPTIONS)) {
      expect(all.has(name), name).toBe(true);
      expect(guarded.has(name), name).toBe(false);
    }
  });
});

describe("each guarded column answers an outsider's id exactly like a random id", () => {
  it("has a fixture row for every guarded column", async () => {
    const guarded = (await personColumns()).filter((c) => c.guarded);
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map((c) => c.table_name).filter((t) => !fx.rows[t])).toEqual([]);
  });

  it("as the owner role (the worker, functions): foreign ids refused as missing ones, members accepted", async () => {
    for (const column of (await personColumns()).filter((c) => c.guarded)) {
      const client = await db.owner.connect();
      try {
        await client.query("begin");
        const sql = `update app_public.${column.table_name} set ${column.column_name} = $1 where id = $2`;
        const row = fx.rows[column.table_name];
        const random = randomUUID();
        const probes = {
          random: await tryStatement(client, sql, [random, row]),
          outsider: await tryStatement(client, sql, [fx.outsider, row]),
          stranger: await tryStatement(client, sql, [fx.stranger, row]),
        };
        const reference = answer(probes.random.r, probes.random.error, random);
        expect(reference, column.column_name).toMatchObject({
          ok: false,
          code: "23503",
          constraint: column.constraint_name,
          table: column.table_name,
          schema: "app_public",
        });
        expect(answer(probes.outsider.r, probes.outsider.error, fx.outsider), column.column_name).toEqual(reference);
        expect(answer(probes.stranger.r, probes.stranger.error, fx.stranger), column.column_name).toEqual(reference);
        const member = await tryStatement(client, sql, [fx.memberA, row]);
        expect(member.r, `${column.column_name}: a member of the organization`).toMatchObject({
          ok: true,
          rowCount: 1,
        });
        // Inserting works the same way as updating (the trigger covers both).
      } finally {
        await client.query("rollback");
        client.release();
      }
    }
  });

  it("as a producer of the organization: events.organizer_id on insert and update", async () => {
    await db.asProfile(fx.memberA, async (client) => {
      const insert = `insert into app_public.events (organization_id, organizer_id, title, slug, starts_at, ends_at)
                      values ($2, $1, 'Show', $3, now() + interval '1 day', now() + interval '1 day 2 hours')`;
      const update = "update app_public.events set organizer_id = $1 where id = $2";
      for (const [sql, extra] of [
        [insert, () => [fx.orgA, `show-${unique()}`]],
        [update, () => [fx.rows.events]],
      ] as const) {
        const random = randomUUID();
        const byRandom = await tryStatement(client, sql, [random, ...extra()]);
        const byOutsider = await tryStatement(client, sql, [fx.outsider, ...extra()]);
        const reference = answer(byRandom.r, byRandom.error, random);
        expect(reference).toMatchObject({ ok: false, code: "23503", constraint: "events_organizer_id_fkey" });
        expect(answer(byOutsider.r, byOutsider.error, fx.outsider)).toEqual(reference);
        const ok = await tryStatement(client, sql, [fx.memberA, ...extra()]);
        expect(ok.r).toMatchObject({ ok: true, rowCount: 1 });
      }
    });
  });

  it("does not let a caller probe another organization's members: RLS refuses first", async () => {
    // A producer of A inserting into B (which RLS refuses) learns nothing about who is in B.
    await db.asProfile(fx.memberA, async (client) => {
      const sql = `insert into app_public.events (organization_id, organizer_id, title, slug, starts_at, ends_at)
                   values ($1, $2, 'Intruso', $3, now() + interval '1 day', now() + interval '1 day 2 hours')`;
      const memberOfB = await attempt(client, sql, [fx.orgB, fx.outsider, `x-${unique()}`]);
      const random = await attempt(client, sql, [fx.orgB, randomUUID(), `y-${unique()}`]);
      expect(memberOfB.code).toBe("42501");
      expect(random.code).toBe("42501");
    });
  });
});

describe("over the API: updateEvent and createEvent with someone else's organizerId", () => {
  let api: TestServer;
  let token: string;
  let bogota: { org: string; event: string; owner: string };
  let medellinOwner: string;

  beforeAll(async () => {
    api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1000" });
    token = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
    const { rows } = await db.owner.query(`
      select o.id as org, (select e.id from app_public.events e where e.organization_id = o.id order by e.id limit 1) as event,
             (select p.id from app_public.profiles p where p.email = 'owner@bogota.fashionos.test') as owner,
             (select p.id from app_public.profiles p where p.email = 'owner@medellin.fashionos.test') as medellin
        from app_public.organizations o where o.slug = 'moda-bogota'`);
    bogota = { org: rows[0].org, event: rows[0].event, owner: rows[0].owner };
    medellinOwner = rows[0].medellin;
  });
  afterAll(() => api?.close());

  const UPDATE = `mutation($id: UUID!, $organizer: UUID) {
    updateEvent(input: { rowId: $id, patch: { organizerId: $organizer } }) { event { rowId organizerId } }
  }`;
  const CREATE = `mutation($org: UUID!, $organizer: UUID, $slug: String!) {
    createEvent(input: { event: { organizationId: $org, organizerId: $organizer, title: "Desfile", slug: $slug,
      startsAt: "2031-03-01T00:00:00Z", endsAt: "2031-03-01T03:00:00Z" } }) { event { rowId } }
  }`;

  /** The error answer with the id replaced: what a caller can learn. */
  const seen = (body: { data?: unknown; errors?: { message: string; extensions?: unknown }[] }, id: string) =>
    JSON.parse(JSON.stringify({ data: body.data ?? null, errors: body.errors }).replaceAll(id, "<id>"));

  it("updateEvent: another organization's owner and a random id get the same REFERENCE_INVALID; nothing stored", async () => {
    const random = randomUUID();
    const byRandom = await api.graphql(UPDATE, { id: bogota.event, organizer: random }, { token });
    const byOutsider = await api.graphql(UPDATE, { id: bogota.event, organizer: medellinOwner }, { token });
    expect(byRandom.body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      reason: "REFERENCE_INVALID",
    });
    expect(byOutsider.status).toBe(byRandom.status);
    expect(seen(byOutsider.body, medellinOwner)).toEqual(seen(byRandom.body, random));
    const { rows } = await db.owner.query("select organizer_id from app_public.events where id = $1", [bogota.event]);
    expect(rows[0].organizer_id).not.toBe(medellinOwner);

    const teammate = await api.graphql(UPDATE, { id: bogota.event, organizer: bogota.owner }, { token });
    expect(teammate.body.errors).toBeUndefined();
    expect(teammate.body.data?.updateEvent?.event).toEqual({ rowId: bogota.event, organizerId: bogota.owner });
  });

  it("createEvent: the same answer for another organization's owner and a random id; nothing created", async () => {
    const random = randomUUID();
    const count = async () =>
      (
        await db.owner.query("select count(*)::int as n from app_public.events where organization_id = $1", [
          bogota.org,
        ])
      ).rows[0].n;
    const before = await count();
    const byRandom = await api.graphql(CREATE, { org: bogota.org, organizer: random, slug: "desfile-x" }, { token });
    const byOutsider = await api.graphql(
      CREATE,
      { org: bogota.org, organizer: medellinOwner, slug: "desfile-x" },
      { token },
    );
    expect(byRandom.body.errors?.[0]?.extensions).toMatchObject({ reason: "REFERENCE_INVALID" });
    expect(seen(byOutsider.body, medellinOwner)).toEqual(seen(byRandom.body, random));
    expect(await count()).toBe(before);
  });
});
