// The casting card's messages (issue 19, Screens: "casting cards show the
// WhatsApp/email state of each invitation"): ModelCasting.invitationMessage
// (the invitation on a channel, with status, reason and when) and
// ModelCasting.whatsappAnswer (SÍ/NO on WhatsApp), over real HTTP as the demo
// roles. Both run as the caller: whoever may read the model's contact data
// (owner, admin, casting) sees the messages; a producer, who reads the
// castings but not the contacts, sees no message and no state, never an
// error. And the whole card, for every casting of the event, is read in a
// constant number of SQL statements (no query per card).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { unique } from "./helpers/organizations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let org: string;
const tokens: Record<string, string> = {};

const CARD = `query Card($eventId: UUID!) {
  event(rowId: $eventId) {
    modelCastings(orderBy: [ROW_ID_ASC]) {
      nodes {
        rowId
        status
        whatsappStatus
        whatsappAnswer
        email: invitationMessage(channel: "email") {
          channel
          status
          lastErrorCode
          updatedAt
        }
        whatsapp: invitationMessage(channel: "whatsapp") {
          channel
          status
          lastErrorCode
          updatedAt
        }
      }
    }
  }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { GRAPHQL_EXPLAIN: "on" });
  org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  for (const role of ["owner", "casting", "producer", "viewer"]) {
    tokens[role] = await api.login(account("moda-bogota", role).email, DEMO_PASSWORD);
  }
}, 60_000);
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function newEvent(): Promise<string> {
  return (
    await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
       values ($1, 'Colección Niebla', $2, now() + interval '30 days', now() + interval '30 days 3 hours', 'published')
       returning id`,
      [org, `niebla-${unique()}`],
    )
  ).rows[0].id;
}

/** A model with consent for castings, an email and a WhatsApp number (opted in or not), invited to the event. */
async function invitedModel(event: string, options: { whatsappOptIn?: boolean; email?: boolean } = {}) {
  const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const talent = (
    await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, $2, 'women', now(), '{casting,contact}', 'signed_form') returning id`,
      [org, `Mariana Lozano ${unique()}`],
    )
  ).rows[0].id as string;
  await db.owner.query(
    "insert into app_public.talent_contacts (talent_id, email, phone, whatsapp_opt_in) values ($1, $2, $3, $4)",
    [talent, options.email === false ? null : `mariana-${unique()}@example.com`, digits, options.whatsappOptIn ?? true],
  );
  const casting = (
    await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited') returning id",
      [event, talent],
    )
  ).rows[0].id as string;
  return { talent, casting, number: `57${digits}` };
}

type Message = { channel: string; status: string; lastErrorCode: string | null; updatedAt: string };
type Card = {
  rowId: string;
  status: string;
  whatsappStatus: string | null;
  whatsappAnswer: string | null;
  email: Message | null;
  whatsapp: Message | null;
};

async function cards(role: string, event: string) {
  const { status, body } = await api.graphql(CARD, { eventId: event }, { token: tokens[role] });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.errors).toBeUndefined();
  const nodes = body.data?.event.modelCastings.nodes as Card[];
  const sql = (
    (body as { extensions?: { explain?: { operations?: { type: string; query?: string }[] } } }).extensions?.explain
      ?.operations ?? []
  ).filter((o) => o.type === "sql");
  return { nodes, sql };
}

describe("the casting card's messages", () => {
  it("show each invitation's state per channel, the reason and the WhatsApp answer to casting staff", async () => {
    const event = await newEvent();
    const answered = await invitedModel(event);
    const noWhatsApp = await invitedModel(event, { whatsappOptIn: false, email: false });
    // The model answers "SÍ" on WhatsApp (the webhook's function, as the signed POST would call it).
    const reply = await db.owner.query(
      "select app_private.apply_whatsapp_message($1, $2, 'phone-1', 'text', 'Sí', null, null, now(), 'Mariana') as r",
      [`wamid.${unique()}`, answered.number],
    );
    expect(reply.rows[0].r).toMatchObject({ outcome: "casting_confirmed", castingId: answered.casting });

    const { nodes } = await cards("casting", event);
    const first = nodes.find((n) => n.rowId === answered.casting);
    expect(first?.status).toBe("confirmed");
    expect(first?.whatsappAnswer).toBe("yes");
    expect(first?.whatsappStatus).toBe("queued");
    // The invitation by email and by WhatsApp (queued: no worker here).
    expect(first?.email).toMatchObject({ channel: "email", status: "queued", lastErrorCode: null });
    expect(first?.whatsapp).toMatchObject({ channel: "whatsapp", status: "queued", lastErrorCode: null });
    const second = nodes.find((n) => n.rowId === noWhatsApp.casting);
    expect(second?.whatsappAnswer).toBeNull();
    expect(second?.email).toMatchObject({ status: "suppressed", lastErrorCode: "NO_ADDRESS" });
    expect(second?.whatsapp).toMatchObject({ status: "suppressed", lastErrorCode: "NO_CONSENT" });
  });

  it("are empty, with no state, for roles that may not read the model's contact data — never an error", async () => {
    const event = await newEvent();
    const model = await invitedModel(event);
    await db.owner.query(
      "select app_private.apply_whatsapp_message($1, $2, 'phone-1', 'text', 'NO', null, null, now(), 'Mariana')",
      [`wamid.${unique()}`, model.number],
    );
    const owner = (await cards("owner", event)).nodes[0];
    expect(owner?.email?.status).toBe("queued");
    expect(owner?.whatsapp?.status).toBe("queued");
    expect(owner?.whatsappStatus).toBe("queued");
    expect(owner?.whatsappAnswer).toBe("no");
    // A producer reads the castings and the inbox (the answer) but not the model's contact data.
    const producer = (await cards("producer", event)).nodes[0];
    expect(producer?.status).toBe("declined");
    expect(producer?.email).toBeNull();
    expect(producer?.whatsapp).toBeNull();
    expect(producer?.whatsappStatus).toBeNull();
    expect(producer?.whatsappAnswer).toBe("no");
    // A viewer reads no castings at all; asking still answers, with nothing.
    expect((await cards("viewer", event)).nodes).toEqual([]);
  });

  it("are read in the same statements for one casting as for twelve (no query per card)", async () => {
    const one = await newEvent();
    await invitedModel(one);
    const twelve = await newEvent();
    for (let i = 0; i < 12; i++) await invitedModel(twelve);
    const small = await cards("casting", one);
    const large = await cards("casting", twelve);
    expect(large.nodes).toHaveLength(12);
    expect(large.nodes.every((n) => n.email?.status === "queued" && n.whatsapp?.status === "queued")).toBe(true);
    expect(small.sql.length).toBeGreaterThan(0);
    expect(large.sql.length).toBe(small.sql.length);
    // The messages are read by the statement that reads the castings.
    const castingsStatement = large.sql.filter((o) => /model_castings_invitation_message/.test(o.query ?? ""));
    expect(castingsStatement).toHaveLength(1);
    expect(castingsStatement[0]?.query).toMatch(/"model_castings"/);
  });
});
