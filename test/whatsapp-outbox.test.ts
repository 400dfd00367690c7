// A casting invitation sent by WhatsApp and answered "SÍ", end to end
// (issue 19): the casting moves to invited → the outbox row and its job in
// the same transaction → the real worker → the WhatsApp channel → a local
// Graph API server (bench/lib/fake-whatsapp.ts) that answers a wamid →
// Meta's signed status webhooks move the row (out of order, too) → the
// model's "SÍ" (typed, or the template's quick-reply button) comes back
// signed to POST /webhooks/whatsapp and confirms the casting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeWhatsApp, startFakeWhatsApp } from "../bench/lib/fake-whatsapp.ts";
import type { Worker } from "../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startMailWorker } from "./helpers/mail-stack.ts";
import { newMember, newOrganization, unique } from "./helpers/organizations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let wa: FakeWhatsApp;
let worker: Worker;
let org: string;
let event: string;

beforeAll(async () => {
  db = await createTestDatabase();
  wa = await startFakeWhatsApp();
  api = await startTestServer(db, wa.env());
  wa.webhookUrl = `${api.url}/webhooks/whatsapp`;
  org = await newOrganization(db, "wa-outbox");
  // No quiet hours for this organization: the suite runs at any hour.
  await db.owner.query(
    "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')",
    [org],
  );
  await db.owner.query(
    "insert into app_public.whatsapp_templates (organization_id, purpose, name, language_code) values ($1, 'casting_invitation', 'convocatoria_pasarela', 'es')",
    [org],
  );
  event = (
    await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
       values ($1, 'Colección Orquídea', $2, '2030-03-14 00:00Z', '2030-03-14 03:00Z', 'published') returning id`,
      [org, `orquidea-${unique()}`],
    )
  ).rows[0].id;
  worker = await startMailWorker(db, { smtpUrl: null, appUrl: api.url, whatsappEnv: wa.env(), concurrency: 4 });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await wa?.close();
  await db?.drop();
});

/** A model with consent for castings and WhatsApp, and a casting suggested for the event. */
async function suggestedModel(options: { whatsappOptIn?: boolean } = {}) {
  const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const talent = (
    await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, stage_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, $2, 'Valentina', 'women', now(), '{casting,contact}', 'whatsapp') returning id`,
      [org, `Valentina Ríos ${unique()}`],
    )
  ).rows[0].id as string;
  await db.owner.query(
    "insert into app_public.talent_contacts (talent_id, phone, whatsapp_opt_in) values ($1, $2, $3)",
    [talent, `${digits.slice(0, 3)} ${digits.slice(3)}`, options.whatsappOptIn ?? true],
  );
  const casting = (
    await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'suggested') returning id",
      [event, talent],
    )
  ).rows[0].id as string;
  return { talent, casting, number: `57${digits}` };
}

async function invite(casting: string): Promise<void> {
  await db.owner.query("update app_public.model_castings set status = 'invited' where id = $1", [casting]);
}

async function whatsappRow(casting: string) {
  const { rows } = await db.owner.query(
    `select id, status, provider_message_id, sent_at, delivered_at, read_at, last_error_code
       from app_public.outbound_messages where cause_kind = 'casting_invitation' and cause_id = $1 and channel = 'whatsapp'`,
    [casting],
  );
  return rows[0] as
    | {
        id: string;
        status: string;
        provider_message_id: string | null;
        sent_at: Date | null;
        delivered_at: Date | null;
        read_at: Date | null;
        last_error_code: string | null;
      }
    | undefined;
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

const castingStatus = async (id: string) =>
  (await db.owner.query("select status, responded_at from app_public.model_castings where id = $1", [id])).rows[0] as {
    status: string;
    responded_at: Date | null;
  };

describe("a casting invitation by WhatsApp, answered SÍ", () => {
  it("is sent once as the organization's approved template and confirmed by the model's signed reply", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation to be sent",
    );
    const sent = wa.sent.filter((s) => s.to === model.number);
    expect(sent).toHaveLength(1);
    expect(row?.provider_message_id).toBe(sent[0]?.id);
    expect(sent[0]?.body).toMatchObject({
      messaging_product: "whatsapp",
      to: model.number,
      type: "template",
      template: { name: "convocatoria_pasarela", language: { code: "es" } },
    });
    const components = sent[0]?.body.template.components;
    expect(components[0]).toEqual({
      type: "body",
      parameters: [
        { type: "text", text: "Valentina" },
        { type: "text", text: "Colección Orquídea" },
        // 2030-03-14 00:00 UTC is the 13th at 19:00 in Bogotá.
        { type: "text", text: expect.stringMatching(/miércoles, 13 de marzo.*7:00/) },
        { type: "text", text: "Por confirmar" },
      ],
    });
    expect(components.slice(1)).toEqual([
      {
        type: "button",
        sub_type: "quick_reply",
        index: "0",
        parameters: [{ type: "payload", payload: `casting:${model.casting}:si` }],
      },
      {
        type: "button",
        sub_type: "quick_reply",
        index: "1",
        parameters: [{ type: "payload", payload: `casting:${model.casting}:no` }],
      },
    ]);

    // Meta reports delivery, and the model reads it and answers "SÍ".
    const wamid = sent[0]?.id as string;
    expect((await wa.deliver(wa.status(wamid, "delivered"))).status).toBe(200);
    expect((await wa.deliver(wa.status(wamid, "read"))).status).toBe(200);
    const reply = await wa.deliver(wa.inboundText(model.number, "SÍ", { contextId: wamid }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).messages[0]).toMatchObject({ outcome: "casting_confirmed" });

    const casting = await castingStatus(model.casting);
    expect(casting.status).toBe("confirmed");
    expect(casting.responded_at).toBeInstanceOf(Date);
    expect(await whatsappRow(model.casting)).toMatchObject({ status: "read" });

    // The casting card's state: casting staff (who read the model's contact) see it; a producer, who reads
    // castings but never the model's contact data, sees no state and no outbox row (test/casting-messages.test.ts).
    const seenBy = (role: string) =>
      newMember(db, org, role).then((member) =>
        db.asProfile(member, async (client) => {
          const state = await client.query(
            "select app_public.model_castings_whatsapp_status(c) as s from app_public.model_castings c where c.id = $1",
            [model.casting],
          );
          const outbox = await client.query(
            "select count(*)::int as n from app_public.outbound_messages where cause_id = $1",
            [model.casting],
          );
          return { state: state.rows[0]?.s, outboxRows: outbox.rows[0].n };
        }),
      );
    // The invitation by WhatsApp and by email (suppressed: no address), and the confirmation email.
    expect(await seenBy("casting")).toEqual({ state: "read", outboxRows: 3 });
    expect(await seenBy("producer")).toEqual({ state: null, outboxRows: 0 });
    const outsider = await newMember(db, await newOrganization(db, "other"), "owner");
    const hidden = await db.asProfile(outsider, (client) =>
      client.query(
        "select app_public.model_castings_whatsapp_status(c) as s from app_public.model_castings c where c.id = $1",
        [model.casting],
      ),
    );
    expect(hidden.rows).toEqual([]);
  });

  it("the template's quick-reply button declines", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation",
    );
    const tapped = await wa.deliver(
      wa.inboundButton(model.number, `casting:${model.casting}:no`, "No", row?.provider_message_id as string),
    );
    expect(JSON.parse(tapped.body).messages[0].outcome).toBe("casting_declined");
    expect((await castingStatus(model.casting)).status).toBe("declined");
  });
});

describe("statuses", () => {
  it("out of order never move a row backwards; failed after delivered changes nothing; unknown wamids are answered 200", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation",
    );
    const wamid = row?.provider_message_id as string;
    const t = Math.floor(Date.now() / 1000) - 100;
    // read arrives before delivered and sent (Meta does not promise order).
    const read = await wa.deliver(wa.status(wamid, "read", { timestamp: t + 20 }));
    expect(JSON.parse(read.body).statuses[0].outcome).toBe("applied");
    await wa.deliver(wa.status(wamid, "delivered", { timestamp: t + 10 }));
    await wa.deliver(wa.status(wamid, "sent", { timestamp: t + 5 }));
    await wa.deliver(wa.status(wamid, "failed", { timestamp: t + 30 }));
    const after = await whatsappRow(model.casting);
    expect(after?.status).toBe("read");
    expect(after?.read_at?.getTime()).toBe((t + 20) * 1000);
    expect(after?.delivered_at).toBeInstanceOf(Date);
    // A replayed status changes nothing either.
    await wa.deliver(wa.status(wamid, "delivered", { timestamp: t + 40 }));
    expect((await whatsappRow(model.casting))?.status).toBe("read");
    const unknown = await wa.deliver(wa.status("wamid.unknown", "delivered"));
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body).statuses[0].outcome).toBe("unknown_message");
  });

  it("a failed status before delivery ends the message with Meta's error", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation",
    );
    await wa.deliver(
      wa.status(row?.provider_message_id as string, "failed", {
        errors: [{ code: 131026, title: "Message undeliverable" }],
      }),
    );
    const { rows } = await db.owner.query("select status, last_error from app_public.outbound_messages where id = $1", [
      row?.id,
    ]);
    expect(rows[0]).toEqual({ status: "failed", last_error: "GRAPH_131026: Message undeliverable" });
  });
});

describe("the outbox's rules on WhatsApp", () => {
  it("without WhatsApp opt-in nothing reaches the Graph API", async () => {
    const model = await suggestedModel({ whatsappOptIn: false });
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r !== undefined,
      "the row",
    );
    expect(row).toMatchObject({ status: "suppressed", last_error_code: "NO_CONSENT" });
    expect(wa.sent.filter((s) => s.to === model.number)).toHaveLength(0);
  });

  it("a template Meta has not approved fails for good (132001); throttling is retried", async () => {
    const rejected = await suggestedModel();
    wa.failNext(132001, 404, "Template name does not exist in the translation");
    await invite(rejected.casting);
    const failed = await until(
      () => whatsappRow(rejected.casting),
      (r) => r?.status === "failed",
      "the failure",
    );
    expect(failed?.last_error_code).toBe("TEMPLATE_NOT_APPROVED");

    const throttled = await suggestedModel();
    wa.failNext(130429, 400, "Rate limit hit");
    await invite(throttled.casting);
    // graphile-worker's back-off after the first attempt is about 2 s.
    const sent = await until(
      () => whatsappRow(throttled.casting),
      (r) => r?.status === "sent",
      "the retry",
      30_000,
    );
    expect(sent?.provider_message_id).toMatch(/^wamid\./);
    expect(wa.sent.filter((s) => s.to === throttled.number)).toHaveLength(1);
  });

  it("PARAR records the opt-out at once: the next invitation is suppressed", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation",
    );
    const stop = await wa.deliver(wa.inboundText(model.number, "PARAR"));
    expect(JSON.parse(stop.body).messages[0].outcome).toBe("opt_out");
    const { rows } = await db.owner.query(
      "select source, channel from app_public.communication_opt_outs where talent_id = $1",
      [model.talent],
    );
    expect(rows).toEqual([{ source: "whatsapp_reply", channel: "whatsapp" }]);
    const otherEvent = (
      await db.owner.query(
        `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
         values ($1, 'Otra pasarela', $2, now() + interval '40 days', now() + interval '40 days 2 hours') returning id`,
        [org, `otra-${unique()}`],
      )
    ).rows[0].id;
    const second = (
      await db.owner.query(
        "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited') returning id",
        [otherEvent, model.talent],
      )
    ).rows[0].id;
    const row = await until(
      () => whatsappRow(second),
      (r) => r !== undefined,
      "the second invitation",
    );
    expect(row?.status).toBe("suppressed");
    expect(wa.sent.filter((s) => s.to === model.number)).toHaveLength(1);
  });
});

describe("the 24-hour rule: free text only inside the customer-service window", () => {
  /** A message with no approved WhatsApp template (a producer's own words): free text or nothing. */
  async function freeText(talent: string): Promise<string> {
    const { rows } = await db.owner.query(
      `select app_private.enqueue_outbound_message($1, 'whatsapp', 'talent', $2, 'structured', $3, 'casting', 'manual', gen_random_uuid()) as id`,
      [
        org,
        talent,
        JSON.stringify({
          subject: "Prueba de vestuario",
          preheader: "",
          sections: [{ paragraphs: ["Te esperamos a las 3."] }],
        }),
      ],
    );
    return rows[0].id;
  }
  const messageRow = async (id: string) =>
    (
      await db.owner.query(
        "select status, last_error_code, last_error from app_public.outbound_messages where id = $1",
        [id],
      )
    ).rows[0] as { status: string; last_error_code: string | null; last_error: string | null };
  const secondsAgo = (seconds: number) => Math.floor(Date.now() / 1000) - seconds;

  it("inside the window (the model wrote 23 h 59 min ago) the text is sent as free text", async () => {
    const model = await suggestedModel();
    const wrote = await wa.deliver(
      wa.inboundText(model.number, "¿A qué hora es la prueba?", { timestamp: secondsAgo(23 * 3600 + 59 * 60) }),
    );
    expect(wrote.status).toBe(200);
    const id = await freeText(model.talent);
    const row = await until(
      () => messageRow(id),
      (r) => r.status !== "queued" && r.status !== "sending",
      "the send",
    );
    expect(row.status).toBe("sent");
    const sent = wa.sent.filter((s) => s.to === model.number);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe("text");
    expect(sent[0]?.body.text.body).toContain("Te esperamos a las 3.");
  });

  it("outside it (24 h 1 min ago, or never) nothing reaches the Graph API and the message fails with its reason", async () => {
    const late = await suggestedModel();
    await wa.deliver(wa.inboundText(late.number, "Hola", { timestamp: secondsAgo(24 * 3600 + 60) }));
    const never = await suggestedModel();
    for (const model of [late, never]) {
      const id = await freeText(model.talent);
      const row = await until(
        () => messageRow(id),
        (r) => r.status === "failed",
        "the refusal",
      );
      expect(row.last_error_code).toBe("OUTSIDE_SERVICE_WINDOW");
      // Refused before calling Meta (not Meta's 131047 after the call: "Graph error 131047 …").
      expect(row.last_error).toMatch(/^Free text is allowed only within 24 hours/);
      expect(wa.sent.filter((s) => s.to === model.number)).toHaveLength(0);
    }
  });

  it("a message with an approved template goes at any time, window or not", async () => {
    const model = await suggestedModel();
    await invite(model.casting);
    const row = await until(
      () => whatsappRow(model.casting),
      (r) => r?.status === "sent",
      "the invitation",
    );
    expect(row?.provider_message_id).toMatch(/^wamid\./);
    expect(wa.sent.filter((s) => s.to === model.number).map((s) => s.type)).toEqual(["template"]);
  });

  it("the window closes exactly 24 hours after the person's last message", async () => {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const number = `57${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
      const open = async () =>
        (await client.query("select app_private.whatsapp_window_open($1) as open", [number])).rows[0].open as boolean;
      expect(await open()).toBe(false);
      // now() is the transaction's start: both rows are measured against the same instant.
      await client.query(
        `insert into app_private.whatsapp_inbound (provider_message_id, from_number, message_type, sent_at, outcome)
         values ($1, $2, 'text', now() - interval '24 hours', 'inbox')`,
        [`wamid.${unique()}`, number],
      );
      expect(await open()).toBe(false);
      await client.query(
        `insert into app_private.whatsapp_inbound (provider_message_id, from_number, message_type, sent_at, outcome)
         values ($1, $2, 'text', now() - interval '24 hours' + interval '1 millisecond', 'inbox')`,
        [`wamid.${unique()}`, number],
      );
      expect(await open()).toBe(true);
      // Written nationally, the same number: the window is the person's, however the contact holds it.
      expect(
        (await client.query("select app_private.whatsapp_window_open($1) as open", [`+${number}`])).rows[0].open,
      ).toBe(true);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
});
