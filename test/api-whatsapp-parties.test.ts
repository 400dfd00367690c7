// Every party the outbox can write to on WhatsApp is a party the inbox
// matches (the fault: a vendor's messages reached nobody's inbox, because the
// webhook's router listed the roster and the guests by hand). Driven by the
// outbox's own catalogue: for each recipient kind in outbound_messages'
// check constraint a fixture makes such a party with every phone it can hold;
// when the outbox copies a WhatsApp address for it, then end to end — the
// message sent through the real worker and the local Graph API server
// (bench/lib/fake-whatsapp.ts), the person's messages signed like Meta's and
// posted to POST /webhooks/whatsapp — what they write lands in their
// organization's inbox linked to them, never in another agency's that typed
// the same number, and their PARAR stops them. A kind the outbox can address
// on WhatsApp that the inbox cannot match fails here; so does a new kind with
// no fixture.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeWhatsApp, startFakeWhatsApp } from "../bench/lib/fake-whatsapp.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { Worker } from "../tasks/runner.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startMailWorker } from "./helpers/mail-stack.ts";
import { newOrganization, unique } from "./helpers/organizations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let wa: FakeWhatsApp;
let worker: Worker;
let org: string;
let producerToken: string;

/** A party of one recipient kind, made with this phone in every phone column it has; null: it holds no phone. */
type Fixture = (organizationId: string, phone: string) => Promise<{ id: string; column: string | null } | null>;

const fixtures: Record<string, Fixture> = {
  async talent(organizationId, phone) {
    const { rows } = await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, $2, 'women', now(), '{casting,contact}', 'signed_form') returning id`,
      [organizationId, `Valentina ${unique()}`],
    );
    await db.owner.query(
      "insert into app_public.talent_contacts (talent_id, phone, whatsapp_opt_in) values ($1, $2, true)",
      [rows[0].id, phone],
    );
    return { id: rows[0].id, column: "talent_id" };
  },
  async guest(organizationId, phone) {
    const { rows } = await db.owner.query(
      `insert into app_public.guests (organization_id, full_name, category, consent_granted_at, consent_source)
       values ($1, $2, 'press', now(), 'web_form') returning id`,
      [organizationId, `Invitada ${unique()}`],
    );
    await db.owner.query(
      "insert into app_public.guest_contacts (guest_id, phone, whatsapp_opt_in) values ($1, $2, true)",
      [rows[0].id, phone],
    );
    return { id: rows[0].id, column: "guest_id" };
  },
  async vendor(organizationId, phone) {
    const { rows } = await db.owner.query(
      `insert into app_public.vendors (organization_id, name, category, city, contact_name, contact_phone)
       values ($1, $2, 'lighting', 'Bogotá', 'Jorge Luz', $3) returning id`,
      [organizationId, `Luces Andinas ${unique()}`, phone],
    );
    return { id: rows[0].id, column: "vendor_id" };
  },
  // A buyer is a booking: it holds a name and an email, no phone (checked below).
  async buyer() {
    return null;
  },
  // An account (a profile) may hold a phone, but the outbox writes to accounts by email only.
  async account(organizationId, phone) {
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, phone) values ($1, 'Equipo', $2) returning id",
      [`team-${unique()}@example.com`, phone],
    );
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'producer')",
      [organizationId, rows[0].id],
    );
    return { id: rows[0].id, column: null };
  },
};
function fixture(kind: string): Fixture {
  const make = fixtures[kind];
  if (!make) throw new Error(`add a fixture for the outbox's recipient kind "${kind}"`);
  return make;
}
/** Tables of kinds whose fixture holds no phone: they must have no phone column. */
const noPhone: Record<string, string> = { buyer: "bookings" };

beforeAll(async () => {
  db = await createTestDatabase();
  wa = await startFakeWhatsApp();
  api = await startTestServer(db, wa.env());
  wa.webhookUrl = `${api.url}/webhooks/whatsapp`;
  org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  producerToken = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
  worker = await startMailWorker(db, { smtpUrl: null, appUrl: api.url, whatsappEnv: wa.env() });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await wa?.close();
  await db?.drop();
});

/** An organization with no quiet hours (the suite runs at any hour). */
async function organization(label: string): Promise<string> {
  const id = await newOrganization(db, label);
  await quietHoursOff(id);
  return id;
}
async function quietHoursOff(organizationId: string) {
  await db.owner.query(
    `insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')
     on conflict (organization_id) do update set quiet_hours_start = '00:00', quiet_hours_end = '00:00'`,
    [organizationId],
  );
}

/** A Colombian mobile nobody else in this database has, as WhatsApp writes it and as a person might type it. */
function newNumber(): { wa: string; written: string } {
  const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  return { wa: `57${digits}`, written: `+57 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` };
}

/** The outbox's recipient kinds, from its own check constraint. */
async function outboxRecipientKinds(): Promise<string[]> {
  const { rows } = await db.owner.query(
    `select pg_get_constraintdef(c.oid) as def from pg_constraint c
      where c.conrelid = 'app_public.outbound_messages'::regclass and c.conname = 'outbound_messages_recipient_kind_check'`,
  );
  const kinds = [...String(rows[0].def).matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1] as string);
  expect(kinds.length).toBeGreaterThan(0);
  return kinds;
}

type Queryable = { query: TestDatabase["owner"]["query"] };

/** The organization writes to the party on WhatsApp through the outbox (free text, a producer's message). */
async function enqueueWhatsApp(
  organizationId: string,
  kind: string,
  id: string,
  paragraph: string,
  client: Queryable = db.owner,
) {
  const enqueued = await client.query(
    `select app_private.enqueue_outbound_message($1, 'whatsapp', $2, $3, 'structured', $4, 'coordination', 'manual', gen_random_uuid()) as id`,
    [
      organizationId,
      kind,
      id,
      JSON.stringify({ subject: "Producción", preheader: "", sections: [{ paragraphs: [paragraph] }] }),
    ],
  );
  const { rows } = await client.query(
    "select m.id, m.status, m.recipient_address, m.last_error_code from app_public.outbound_messages m where m.id = $1",
    [enqueued.rows[0].id],
  );
  return rows[0] as { id: string; status: string; recipient_address: string | null; last_error_code: string | null };
}

/** What the outbox would do with a WhatsApp message to the party, in a transaction rolled back (no job survives). */
async function probeWhatsApp(organizationId: string, kind: string, id: string) {
  const client = await db.owner.connect();
  try {
    await client.query("begin");
    return await enqueueWhatsApp(organizationId, kind, id, "¿Confirmas?", client);
  } finally {
    await client.query("rollback");
    client.release();
  }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function writes(number: string, text: string, contextId?: string) {
  const answer = await wa.deliver(wa.inboundText(number, text, contextId ? { contextId } : {}));
  expect(answer.status).toBe(200);
  const outcome = JSON.parse(answer.body).messages[0] as { id: string; outcome: string };
  // The whole row as JSON: the party columns it has (a kind's column missing reads as undefined).
  const { rows } = await db.owner.query(
    "select to_jsonb(i) as row from app_public.inbox_messages i where i.provider_message_id = $1",
    [outcome.id],
  );
  const row = (rows[0]?.row as Record<string, unknown> | undefined) ?? null;
  return { outcome: outcome.outcome, row };
}

describe("the outbox's recipient kinds on WhatsApp", () => {
  it("every kind has a fixture, and a kind with no phone has no phone column", async () => {
    for (const kind of await outboxRecipientKinds()) {
      expect(fixtures[kind], `add a fixture for the outbox's recipient kind "${kind}"`).toBeDefined();
    }
    for (const [kind, table] of Object.entries(noPhone)) {
      const { rows } = await db.owner.query(
        `select column_name from information_schema.columns
          where table_schema = 'app_public' and table_name = $1 and column_name ~ 'phone|whatsapp'`,
        [table],
      );
      expect(rows, `${table} (recipient kind ${kind}) now holds a phone: give it a fixture that sets it`).toEqual([]);
    }
  });

  it("the outbox copies a WhatsApp address only for parties in app_private.whatsapp_contacts", async () => {
    const a = await organization("wa-parties");
    for (const kind of await outboxRecipientKinds()) {
      const number = newNumber();
      const party = await fixture(kind)(a, number.written);
      if (!party) continue;
      const message = await enqueueWhatsApp(a, kind, party.id, "Hola");
      const listed = await db.owner.query(
        "select 1 from app_private.whatsapp_contacts where organization_id = $1 and recipient_kind = $2 and recipient_id = $3 and number = $4",
        [a, kind, party.id, number.wa],
      );
      expect(message.recipient_address !== null, `${kind}: outbox address vs the inbox's list`).toBe(
        listed.rows.length > 0,
      );
      if (message.recipient_address === null) expect(message.last_error_code).toBe("NO_ADDRESS");
    }
  });

  it("what each party the outbox can reach on WhatsApp writes lands in its organization's inbox, linked to it; another agency that typed the number never gets it", async () => {
    const reachable: string[] = [];
    for (const kind of await outboxRecipientKinds()) {
      const a = await organization(`wa-${kind}`);
      const number = newNumber();
      const party = await fixture(kind)(a, number.written);
      if (!party) continue;
      const probe = await probeWhatsApp(a, kind, party.id);
      if (probe.recipient_address === null) {
        // Not reachable on WhatsApp: nothing the outbox sends can be answered.
        continue;
      }
      reachable.push(kind);
      const column = party.column as string;

      // Unprompted, from the one organization's contact: its inbox, linked to the party.
      const first = await writes(number.wa, `Hola, soy ${kind}`);
      expect(first.outcome, kind).toBe("inbox");
      expect(first.row, kind).toMatchObject({ organization_id: a, [column]: party.id });

      // Another agency types the same number as a party of the same kind: neither has written to it on WhatsApp,
      // so a message that replies to nothing cannot say whose it is.
      const b = await organization(`wa-${kind}-other`);
      await fixture(kind)(b, number.wa);
      const unclear = await writes(number.wa, "¿A qué hora es el montaje?");
      expect([unclear.outcome, kind]).toEqual(["unmatched", kind]);

      if (probe.status === "queued") {
        // The first organization writes to it (sent by the worker: the 24-hour window is open): its conversation.
        const message = await enqueueWhatsApp(a, kind, party.id, "Te esperamos a las 2 p. m.");
        const sent = await until(
          async () =>
            (
              await db.owner.query(
                "select status, provider_message_id from app_public.outbound_messages where id = $1",
                [message.id],
              )
            ).rows[0],
          (row) => row.status === "sent",
          `${kind}: the message sent`,
        );
        expect(wa.sent.some((s) => s.id === sent.provider_message_id && s.to === number.wa)).toBe(true);
        const after = await writes(number.wa, "Sí, allá estaré");
        expect(after.row, kind).toMatchObject({ organization_id: a, [column]: party.id });
        const reply = await writes(number.wa, "Perfecto", sent.provider_message_id);
        expect(reply.row, kind).toMatchObject({ organization_id: a, [column]: party.id });
      } else {
        // The outbox addresses the party on WhatsApp but sends it nothing without consent for the purpose.
        expect(probe.last_error_code, kind).toBe("NO_CONSENT");
      }
      const other = await db.owner.query(
        `select count(*)::int as n from app_public.inbox_messages i
           join app_private.whatsapp_inbound w on w.provider_message_id = i.provider_message_id
          where w.from_number = $1 and i.organization_id = $2`,
        [number.wa, b],
      );
      expect(other.rows[0].n, `${kind}: another agency got the messages`).toBe(0);
    }
    // The kinds the product reaches on WhatsApp today; a new one joins this list by itself.
    expect(reachable).toEqual(expect.arrayContaining(["talent", "guest", "vendor"]));
  });

  it("PARAR from a number stops every party that has it, whatever its kind, in every organization", async () => {
    const number = newNumber();
    const a = await organization("wa-stop");
    const b = await organization("wa-stop-other");
    const parties: { organizationId: string; kind: string; id: string }[] = [];
    for (const kind of await outboxRecipientKinds()) {
      for (const organizationId of [a, b]) {
        const party = await fixture(kind)(organizationId, number.written);
        if (party) parties.push({ organizationId, kind, id: party.id });
      }
    }
    // Something still queued to each (quiet hours all day hold it).
    await db.owner.query(
      "update app_private.outbox_settings set quiet_hours_start = '00:00', quiet_hours_end = '23:59:59.999999' where organization_id = any($1)",
      [[a, b]],
    );
    const queued = [];
    for (const p of parties) {
      const m = await enqueueWhatsApp(p.organizationId, p.kind, p.id, "Recordatorio");
      if (m.recipient_address !== null) queued.push({ ...p, message: m });
    }
    await quietHoursOff(a);
    await quietHoursOff(b);

    const stop = await writes(number.wa, "PARAR");
    expect(["opt_out"]).toContain(stop.outcome);
    for (const p of queued) {
      const { rows } = await db.owner.query(
        `select (select count(*)::int from app_public.communication_opt_outs o
                  where o.organization_id = $1 and o.channel = 'whatsapp' and o.recipient_kind = $2
                    and o.recipient_id = $3 and o.purpose is null) as opt_outs,
                (select status from app_public.outbound_messages where id = $4) as status,
                app_private.outbox_has_consent($1, 'whatsapp', 'coordination', $2, $3, $5) as consent`,
        [p.organizationId, p.kind, p.id, p.message.id, p.message.recipient_address],
      );
      expect(rows[0], `${p.kind}`).toEqual({
        opt_outs: 1,
        status: p.message.status === "queued" ? "suppressed" : p.message.status,
        consent: false,
      });
    }
    expect(queued.map((p) => p.kind)).toEqual(expect.arrayContaining(["talent", "guest", "vendor"]));
    const optIns = await db.owner.query(
      `select (select bool_or(whatsapp_opt_in) from app_public.talent_contacts where talent_id = any($1)) as talent,
              (select bool_or(whatsapp_opt_in) from app_public.guest_contacts where guest_id = any($1)) as guest`,
      [parties.map((p) => p.id)],
    );
    expect(optIns.rows[0]).toEqual({ talent: false, guest: false });
  });
});

describe("a guest's erasure (Ley 1581: suppression)", () => {
  it("takes the guest's WhatsApp messages out of the inbox with them", async () => {
    const a = await organization("wa-erase");
    const number = newNumber();
    const guest = await fixture("guest")(a, number.written);
    const sent = await writes(number.wa, "Mi número de cédula es 1020304050");
    expect(sent.row).toMatchObject({ organization_id: a, guest_id: guest?.id });
    const producer = (
      await db.owner.query(
        `insert into app_public.profiles (email, full_name) values ($1, 'Productora') returning id`,
        [`producer-${unique()}@example.com`],
      )
    ).rows[0].id as string;
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'producer')",
      [a, producer],
    );
    const outcome = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select (app_public.erase_guest($1)).id", [guest?.id]),
    );
    expect(outcome).toMatchObject({ ok: true });
    const { rows } = await db.owner.query(
      `select count(*)::int as n from app_public.inbox_messages i
         join app_private.whatsapp_inbound w on w.provider_message_id = i.provider_message_id
        where w.from_number = $1`,
      [number.wa],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe("the producer's inbox", () => {
  it("shows a vendor's message with the vendor (name, id to link to), under the event the vendor is booked for", async () => {
    const number = newNumber();
    const vendor = await fixture("vendor")(org, number.written);
    const event = (
      await db.owner.query(
        `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
         values ($1, 'Colección Orquídea', $2, now() + interval '20 days', now() + interval '20 days 3 hours', 'published')
         returning id`,
        [org, `orquidea-${unique()}`],
      )
    ).rows[0].id;
    await db.owner.query(
      `insert into app_public.vendor_recommendations (organization_id, event_id, vendor_id, category, status)
       values ($1, $2, $3, 'lighting', 'booked')`,
      [org, event, vendor?.id],
    );
    const sent = await writes(number.wa, "Llegamos a las 2 p. m. con las luces");
    expect(sent.outcome).toBe("inbox");
    const { status, body } = await api.graphql(
      `query ($eventId: UUID!) { event(rowId: $eventId) { inboxMessages(orderBy: [SENT_AT_DESC]) { nodes {
          body senderNumberMasked talent { rowId } guest { rowId } vendor { rowId name contactName } } } } }`,
      { eventId: event },
      { token: producerToken },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const name = (await db.owner.query("select name from app_public.vendors where id = $1", [vendor?.id])).rows[0].name;
    expect(body.data?.event.inboxMessages.nodes).toEqual([
      {
        body: "Llegamos a las 2 p. m. con las luces",
        senderNumberMasked: expect.stringMatching(/^\+57 .*\d{4}$/),
        talent: null,
        guest: null,
        vendor: { rowId: vendor?.id, name, contactName: "Jorge Luz" },
      },
    ]);
  });
});
