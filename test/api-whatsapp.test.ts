// The WhatsApp webhook over real HTTP (issue 19): Meta's verification
// handshake, every POST's X-Hub-Signature-256 checked on the raw bytes before
// anything is read (tampered, wrong secret, missing), replies applied once per
// wamid, "SÍ"/"NO" (typed or the invitation's button) moving an invited casting
// to confirmed/declined, "PARAR" recorded at once, anything else in the
// organization's inbox, and a number that matches no one in nobody's inbox.
// Meta is a local double that signs like Meta (bench/lib/fake-whatsapp.ts).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeWhatsApp, startFakeWhatsApp } from "../bench/lib/fake-whatsapp.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember, newOrganization, unique } from "./helpers/organizations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let wa: FakeWhatsApp;
let org: string;
let event: string;

beforeAll(async () => {
  db = await createTestDatabase();
  wa = await startFakeWhatsApp();
  api = await startTestServer(db, wa.env());
  wa.webhookUrl = `${api.url}/webhooks/whatsapp`;
  org = await newOrganization(db, "wa");
  event = await newEvent(org);
}, 60_000);
afterAll(async () => {
  await api?.close();
  await wa?.close();
  await db?.drop();
});

async function newEvent(organizationId: string): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     values ($1, 'Bogotá Fashion Night', $2, now() + interval '30 days', now() + interval '30 days 4 hours', 'published')
     returning id`,
    [organizationId, `show-${unique()}`],
  );
  return rows[0].id;
}

/** A Colombian mobile nobody else in this database has, as WhatsApp writes it and as a roster might. */
function newNumber(): { wa: string; written: string } {
  const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  return { wa: `57${digits}`, written: `+57 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` };
}

/** A model with consent and a WhatsApp number, invited to the event; ids and the number. */
async function invitedModel(organizationId = org, eventId = event, status = "invited") {
  const number = newNumber();
  const { rows } = await db.owner.query(
    `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
     values ($1, $2, 'women', now(), '{casting,contact}', 'signed_form') returning id`,
    [organizationId, `Valentina ${unique()}`],
  );
  const talent = rows[0].id as string;
  await db.owner.query(
    "insert into app_public.talent_contacts (talent_id, phone, whatsapp_opt_in) values ($1, $2, true)",
    [talent, number.written],
  );
  const casting = await db.owner.query(
    "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, $3) returning id",
    [eventId, talent, status],
  );
  return { talent, casting: casting.rows[0].id as string, number: number.wa };
}

async function castingRow(id: string) {
  const { rows } = await db.owner.query("select status, responded_at from app_public.model_castings where id = $1", [
    id,
  ]);
  return rows[0] as { status: string; responded_at: Date | null };
}

describe("GET /webhooks/whatsapp (Meta's verification)", () => {
  it("answers the challenge, as plain text, when the verify token matches", async () => {
    const answer = await wa.verify({ challenge: "1158201444" });
    expect(answer).toEqual({ status: 200, body: "1158201444" });
  });

  it("refuses a wrong token or mode with a coded 403", async () => {
    for (const options of [{ token: "not-the-token" }, { mode: "unsubscribe" }, { token: "" }]) {
      const answer = await wa.verify(options);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("FORBIDDEN");
    }
  });
});

describe("POST /webhooks/whatsapp: the signature", () => {
  it("refuses a tampered body, a wrong secret and a missing signature, and writes nothing", async () => {
    const model = await invitedModel();
    const body = wa.inboundText(model.number, "SÍ");
    const tampered = await wa.deliver(body, { tamper: (raw) => raw.replace('"SÍ"', '"NO"') });
    const wrongSecret = await wa.deliver(body, { secret: "another-app-secret-entirely" });
    const missing = await wa.deliver(body, { signature: null });
    const malformed = await wa.deliver(body, { signature: "sha256=zz" });
    for (const answer of [tampered, wrongSecret, missing, malformed]) {
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect((await castingRow(model.casting)).status).toBe("invited");
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_private.whatsapp_inbound where from_number = $1",
      [model.number],
    );
    expect(rows[0].n).toBe(0);
  });

  it("checks the bytes as sent: a body with accents signed as UTF-8 verifies, the same text re-encoded does not", async () => {
    const model = await invitedModel();
    const raw = JSON.stringify(wa.inboundText(model.number, "¿Dónde es el fitting? Gracias 🙏"));
    expect((await wa.deliver(raw)).status).toBe(200);
    // Meta escapes non-ASCII as \uXXXX; the same JSON value with other bytes has another signature.
    const escaped = raw.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const answer = await wa.deliver(raw, { tamper: () => escaped });
    expect(answer.status).toBe(401);
  });
});

describe("POST /webhooks/whatsapp: replies", () => {
  it("a typed SÍ confirms the invitation awaiting that number, with responded_at, and lands in the inbox as done", async () => {
    const model = await invitedModel();
    const answer = await wa.deliver(wa.inboundText(model.number, "Sí!"));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("casting_confirmed");
    const casting = await castingRow(model.casting);
    expect(casting.status).toBe("confirmed");
    expect(casting.responded_at).toBeInstanceOf(Date);
    const { rows } = await db.owner.query(
      "select action, event_id, talent_id, sender_number_masked, body from app_public.inbox_messages where model_casting_id = $1",
      [model.casting],
    );
    expect(rows).toEqual([
      {
        action: "casting_confirmed",
        event_id: event,
        talent_id: model.talent,
        sender_number_masked: `+57 ••• ••• ${model.number.slice(-4)}`,
        body: "Sí!",
      },
    ]);
  });

  it("NO declines; SI without accent and in capitals confirms", async () => {
    const declining = await invitedModel();
    await wa.deliver(wa.inboundText(declining.number, "NO"));
    expect((await castingRow(declining.casting)).status).toBe("declined");
    const confirming = await invitedModel();
    await wa.deliver(wa.inboundText(confirming.number, "  SI. "));
    expect((await castingRow(confirming.casting)).status).toBe("confirmed");
  });

  it("the invitation's quick-reply button names its casting, even with two invitations open", async () => {
    const model = await invitedModel();
    const otherEvent = await newEvent(org);
    const second = await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited') returning id",
      [otherEvent, model.talent],
    );
    // Typed, "SÍ" does not say which of the two: a person decides.
    const typed = await wa.deliver(wa.inboundText(model.number, "SÍ"));
    expect(JSON.parse(typed.body).messages[0].outcome).toBe("inbox");
    expect((await castingRow(model.casting)).status).toBe("invited");
    expect((await castingRow(second.rows[0].id)).status).toBe("invited");
    // The button does.
    const tapped = await wa.deliver(
      wa.inboundButton(model.number, `casting:${second.rows[0].id}:no`, "No", "wamid.template"),
    );
    expect(JSON.parse(tapped.body).messages[0].outcome).toBe("casting_declined");
    expect((await castingRow(second.rows[0].id)).status).toBe("declined");
    expect((await castingRow(model.casting)).status).toBe("invited");
  });

  it("a button naming someone else's casting changes nothing", async () => {
    const model = await invitedModel();
    const stranger = await invitedModel();
    await wa.deliver(wa.inboundButton(stranger.number, `casting:${model.casting}:si`, "Sí", "wamid.template"));
    expect((await castingRow(model.casting)).status).toBe("invited");
  });

  it("a replayed message id is applied once", async () => {
    const model = await invitedModel();
    const id = `wamid.${randomBytes(12).toString("hex")}`;
    const first = await wa.deliver(wa.inboundText(model.number, "SÍ", { id }));
    expect(JSON.parse(first.body).messages[0].outcome).toBe("casting_confirmed");
    // The producer puts the casting back to invited; Meta redelivers the same message.
    await db.owner.query("update app_public.model_castings set status = 'invited' where id = $1", [model.casting]);
    const again = await wa.deliver(wa.inboundText(model.number, "SÍ", { id }));
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body).messages[0].outcome).toBe("duplicate");
    expect((await castingRow(model.casting)).status).toBe("invited");
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_public.inbox_messages where provider_message_id = $1",
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it("the same message delivered twice at once is applied once", async () => {
    const model = await invitedModel();
    const body = wa.inboundText(model.number, "NO");
    const answers = await Promise.all([wa.deliver(body), wa.deliver(body), wa.deliver(body)]);
    const outcomes = answers.map((a) => JSON.parse(a.body).messages[0].outcome).sort();
    expect(outcomes).toEqual(["casting_declined", "duplicate", "duplicate"]);
  });

  it("an answer after the casting was decided is left for a person, not applied", async () => {
    const model = await invitedModel(org, event, "declined");
    const answer = await wa.deliver(wa.inboundText(model.number, "SÍ"));
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("inbox");
    expect((await castingRow(model.casting)).status).toBe("declined");
  });

  it("anything else lands in the organization's inbox with no action", async () => {
    const model = await invitedModel();
    const answer = await wa.deliver(wa.inboundText(model.number, "¿A qué hora es el fitting?", { name: "Vale" }));
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("inbox");
    expect((await castingRow(model.casting)).status).toBe("invited");
    const { rows } = await db.owner.query(
      "select organization_id, event_id, talent_id, action, sender_name, body from app_public.inbox_messages where talent_id = $1",
      [model.talent],
    );
    // The question belongs to the conversation of the upcoming event the model is invited to.
    expect(rows).toEqual([
      {
        organization_id: org,
        event_id: event,
        talent_id: model.talent,
        action: null,
        sender_name: "Vale",
        body: "¿A qué hora es el fitting?",
      },
    ]);
  });

  it("PARAR records the opt-out at once", async () => {
    const model = await invitedModel();
    const answer = await wa.deliver(wa.inboundText(model.number, "PARAR"));
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("opt_out");
    const { rows } = await db.owner.query(
      `select c.whatsapp_opt_in, exists (select 1 from app_private.whatsapp_opt_outs o where o.number = $2) as recorded
         from app_public.talent_contacts c where c.talent_id = $1`,
      [model.talent, model.number],
    );
    expect(rows[0]).toEqual({ whatsapp_opt_in: false, recorded: true });
    expect((await castingRow(model.casting)).status).toBe("invited");
  });

  it("a number that matches no one reaches no organization's inbox", async () => {
    const nobody = newNumber().wa;
    const before = await db.owner.query("select count(*)::int as n from app_public.inbox_messages");
    const answer = await wa.deliver(wa.inboundText(nobody, "SÍ"));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("unmatched");
    const after = await db.owner.query("select count(*)::int as n from app_public.inbox_messages");
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const { rows } = await db.owner.query(
      "select outcome, organization_id from app_private.whatsapp_inbound where from_number = $1",
      [nobody],
    );
    expect(rows).toEqual([{ outcome: "unmatched", organization_id: null }]);
  });

  /** A guest of the organization with this WhatsApp number. */
  async function guestWith(organizationId: string, written: string): Promise<string> {
    const { rows } = await db.owner.query(
      `insert into app_public.guests (organization_id, full_name, category, consent_granted_at, consent_source)
       values ($1, $2, 'press', now(), 'web_form') returning id`,
      [organizationId, `Invitada ${unique()}`],
    );
    await db.owner.query(
      "insert into app_public.guest_contacts (guest_id, phone, whatsapp_opt_in) values ($1, $2, true)",
      [rows[0].id, written],
    );
    return rows[0].id;
  }
  /** The organization wrote to its guest on WhatsApp about the event (as the worker records a sent message); the message's wamid. */
  async function wroteOnWhatsApp(organizationId: string, guest: string, paragraph: string): Promise<string> {
    const { rows } = await db.owner.query(
      `select app_private.enqueue_outbound_message($1, 'whatsapp', 'guest', $2, 'structured', $3, 'invitation', 'manual', gen_random_uuid(), $4) as id`,
      [
        organizationId,
        guest,
        JSON.stringify({ subject: "Invitación", preheader: "", sections: [{ paragraphs: [paragraph] }] }),
        event,
      ],
    );
    const wamid = `wamid.${unique()}`;
    await db.owner.query(
      "update app_public.outbound_messages set status = 'sent', provider_message_id = $2, sent_at = now() where id = $1",
      [rows[0].id, wamid],
    );
    return wamid;
  }
  const inboxOf = async (number: string) =>
    (
      await db.owner.query(
        `select i.organization_id, i.event_id from app_public.inbox_messages i
           join app_private.whatsapp_inbound w on w.provider_message_id = i.provider_message_id
          where w.from_number = $1`,
        [number],
      )
    ).rows;

  it("a guest's message reaches the one organization that has the number; a guest of two, neither", async () => {
    const mine = newNumber();
    await guestWith(org, mine.written);
    const answer = await wa.deliver(wa.inboundText(mine.wa, "¿Puedo llevar acompañante?"));
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("inbox");
    expect(await inboxOf(mine.wa)).toEqual([{ organization_id: org, event_id: null }]);

    // The same person on two agencies' guest lists: a message that replies to nothing cannot say whose it is.
    const shared = newNumber();
    const otherOrg = await newOrganization(db, "wa-other");
    await guestWith(org, shared.written);
    await guestWith(otherOrg, shared.wa);
    const unclear = await wa.deliver(wa.inboundText(shared.wa, "Hola, ¿a qué hora es?"));
    expect(JSON.parse(unclear.body).messages[0].outcome).toBe("unmatched");
    expect(await inboxOf(shared.wa)).toEqual([]);
  });

  it("another agency that puts a guest's number in its roster does not get the guest's messages; the agency that last wrote to the number does", async () => {
    const number = newNumber();
    const guest = await guestWith(org, number.written);
    // Another agency types the number into its roster (no message, no consent needed to do so).
    const otherOrg = await newOrganization(db, "wa-roster");
    const { rows } = await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, $2, 'women', now(), '{casting,contact}', 'signed_form') returning id`,
      [otherOrg, `Copia ${unique()}`],
    );
    await db.owner.query("insert into app_public.talent_contacts (talent_id, phone) values ($1, $2)", [
      rows[0].id,
      number.written,
    ]);
    const unclear = await wa.deliver(wa.inboundText(number.wa, "¿A qué hora es el desfile? Mi código es 4821"));
    expect(JSON.parse(unclear.body).messages[0].outcome).toBe("unmatched");
    expect(await inboxOf(number.wa)).toEqual([]);

    // The organization then wrote to its guest on WhatsApp: what the number writes next is its conversation.
    await wroteOnWhatsApp(org, guest, "Te esperamos.");
    const answer = await wa.deliver(wa.inboundText(number.wa, "Gracias, allá estaré"));
    expect(JSON.parse(answer.body).messages[0].outcome).toBe("inbox");
    expect(await inboxOf(number.wa)).toEqual([{ organization_id: org, event_id: null }]);
  });

  it("a reply to an organization's message reaches that organization only (context.id, sent to that number)", async () => {
    const shared = newNumber();
    const otherOrg = await newOrganization(db, "wa-other");
    const guest = await guestWith(org, shared.written);
    await guestWith(otherOrg, shared.wa);
    const wamid = await wroteOnWhatsApp(org, guest, "Te esperamos.");
    const reply = await wa.deliver(wa.inboundText(shared.wa, "¡Allá estaré!", { contextId: wamid }));
    expect(JSON.parse(reply.body).messages[0].outcome).toBe("inbox");
    expect(await inboxOf(shared.wa)).toEqual([{ organization_id: org, event_id: event }]);

    // A context naming a message sent to someone else routes nothing.
    const stranger = newNumber().wa;
    const forged = await wa.deliver(wa.inboundText(stranger, "Hola", { contextId: wamid }));
    expect(JSON.parse(forged.body).messages[0].outcome).toBe("unmatched");
    expect(await inboxOf(stranger)).toEqual([]);
  });

  it("another agency that types a number into its roster and marks a casting invited does not take the person's typed SÍ (attack)", async () => {
    // The organization has the person (a guest) and wrote to them last on WhatsApp.
    const number = newNumber();
    const guest = await guestWith(org, number.written);
    await wroteOnWhatsApp(org, guest, "¿Confirmas?");
    // Another agency types the number into its roster and sets a casting of its own to invited
    // (updateCastingStatus: no message is sent, no consent is needed).
    const otherOrg = await newOrganization(db, "wa-squat");
    const otherEvent = await newEvent(otherOrg);
    const { rows: talent } = await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, division) values ($1, $2, 'women') returning id`,
      [otherOrg, `Copia ${unique()}`],
    );
    await db.owner.query("insert into app_public.talent_contacts (talent_id, phone) values ($1, $2)", [
      talent[0].id,
      number.written,
    ]);
    const { rows: squat } = await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited') returning id",
      [otherEvent, talent[0].id],
    );

    // The person answers the organization that wrote to them, typing (no button, no quoted reply).
    const answer = await wa.deliver(wa.inboundText(number.wa, "Sí"));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).messages[0].outcome).not.toBe("casting_confirmed");
    expect((await castingRow(squat[0].id)).status).toBe("invited");
    expect(await inboxOf(number.wa)).toEqual([{ organization_id: org, event_id: null }]);
  });

  it("opens the 24-hour window for free text", async () => {
    const model = await invitedModel();
    const closed = await db.owner.query("select app_private.whatsapp_window_open($1) as open", [model.number]);
    expect(closed.rows[0].open).toBe(false);
    await wa.deliver(wa.inboundText(model.number, "Hola"));
    const open = await db.owner.query("select app_private.whatsapp_window_open($1) as open", [model.number]);
    expect(open.rows[0].open).toBe(true);
  });
});

describe("the inbox's readers", () => {
  it("owners, admins, producers and casting staff of the organization read it; others do not", async () => {
    const model = await invitedModel();
    await wa.deliver(wa.inboundText(model.number, "Tengo una pregunta"));
    const other = await newOrganization(db, "other");
    const readers = await Promise.all(
      ["owner", "admin", "producer", "casting"].map((role) => newMember(db, org, role)),
    );
    const outsiders = [await newMember(db, org, "viewer"), await newMember(db, other, "owner")];
    const count = (profile: string) =>
      db.asProfile(profile, async (client) => {
        const { rows } = await client.query(
          "select count(*)::int as n from app_public.inbox_messages where talent_id = $1",
          [model.talent],
        );
        return rows[0].n as number;
      });
    for (const profile of readers) expect(await count(profile)).toBe(1);
    for (const profile of outsiders) expect(await count(profile)).toBe(0);
  });
});
