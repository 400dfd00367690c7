// Cancelling an event tells the people who believe the show is on (migration 000037), end to end: a
// producer signed in to the real API reads who will be told (Event.cancellationNotices), cancels
// (cancelEvent), and the real worker sends one event_cancelled message per person and channel — email
// through nodemailer to a local SMTP server (smtp-server + mailparser), WhatsApp to a local Graph API
// server (bench/lib/fake-whatsapp.ts) with the approved template evento_cancelado — in each person's
// language: guests who accepted or were sent their invitation (not one only listed, never sent; not one
// who declined), buyers of paid tickets once per address with every booking of theirs and the refund
// recorded as owed (paid out by the organization, never promised as automatic), a free booking's buyer
// with nothing to refund, nobody for an unpaid reservation. Cancelling again, or the job running again,
// sends nothing more; the producer then reads who was told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeWhatsApp, startFakeWhatsApp } from "../bench/lib/fake-whatsapp.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { Worker } from "../tasks/runner.ts";
import { account } from "./helpers/accounts.ts";
import { APPLY_WOMPI, boxOffice, checksumOf, transactionFor, unique } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { insertGuest } from "./helpers/guests.ts";
import { MAIL_FROM, noQuietHours, startMailWorker } from "./helpers/mail-stack.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";
import { type ReceivedMail, startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
let smtp: TestSmtp;
let wa: FakeWhatsApp;
let server: TestServer;
let worker: Worker;
let org: string;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp();
  wa = await startFakeWhatsApp();
  server = await startTestServer(db, {
    ...wa.env(),
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  worker = await startMailWorker(db, { smtpUrl: smtp.url, appUrl: server.url, whatsappEnv: wa.env() });
  org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  await noQuietHours(db, org);
  token = await server.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await wa?.close();
  await smtp?.close();
  await db?.drop();
});

const NOTICES = `query ($id: UUID!) {
  event(rowId: $id) { status cancellationNotices { people guests buyers sent waiting notSent } }
}`;
const CANCEL = `mutation ($id: UUID!) { cancelEvent(input: { eventId: $id }) { result { status } } }`;
const SEND = `mutation ($eventId: UUID!, $ids: [UUID]) {
  sendGuestInvitations(input: { eventId: $eventId, invitationIds: $ids, channels: ["email"], locale: "en" }) {
    result { messageId outcome }
  }
}`;

/** The first mail to `address` whose subject starts with `subject`, waiting (bounded) for it. */
async function mailTo(address: string, subject: string): Promise<ReceivedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = smtp.to(address).find((m) => m.subject?.startsWith(subject));
    if (mail) return mail;
    if (Date.now() > deadline) {
      throw new Error(`no "${subject}" mail to ${address}: ${smtp.to(address).map((m) => m.subject)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function cancellationMessages(event: string) {
  const { rows } = await db.owner.query(
    `select id, channel, recipient_kind, purpose, urgent, locale, status, recipient_address
       from app_public.outbound_messages where cause_kind = 'event_cancelled' and cause_id = $1
      order by recipient_kind, channel, recipient_address`,
    [event],
  );
  return rows;
}

describe("cancelling an event", () => {
  it("tells its guests and buyers, once, in their language, with the truth about their money", {
    timeout: 90_000,
  }, async () => {
    const bo = boxOffice(db);
    const event = (
      await db.owner.query(
        `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public, venue_id)
         values ($1, 'Noche Guadua', $2, '2030-03-13T00:30:00Z', '2030-03-13T03:00:00Z', 'published', true,
                 (select id from app_public.venues where organization_id = $1 order by name limit 1))
         returning id`,
        [org, `noche-guadua-${unique()}`],
      )
    ).rows[0].id as string;

    // Guests: Ana accepted (email and WhatsApp, opted in); Beto was sent his invitation in English; Carla
    // is only on the list (never sent); Darío declined.
    const ana = { email: `ana-${unique()}@example.com`, phone: "+57 300 555 0142" };
    const beto = `beto-${unique()}@example.com`;
    const carla = `carla-${unique()}@example.com`;
    const dario = `dario-${unique()}@example.com`;
    const anaId = await insertGuest(db, { orgId: org, name: "Ana Restrepo", ...ana, whatsapp: true });
    const betoId = await insertGuest(db, { orgId: org, name: "Beto Gómez", email: beto, phone: null });
    const carlaId = await insertGuest(db, { orgId: org, name: "Carla Díaz", email: carla, phone: null });
    const darioId = await insertGuest(db, { orgId: org, name: "Darío Mejía", email: dario, phone: null });
    const invitations = (
      await db.owner.query(
        `insert into app_public.guest_invitations (event_id, guest_id, status)
         select $1, g, s from unnest($2::uuid[], $3::text[]) as x(g, s) returning id, guest_id`,
        [event, [anaId, betoId, carlaId, darioId], ["accepted", "invited", "invited", "declined"]],
      )
    ).rows as { id: string; guest_id: string }[];
    const betoInvitation = invitations.find((i) => i.guest_id === betoId)?.id;
    const sent = await server.graphql(SEND, { eventId: event, ids: [betoInvitation] }, { token });
    expect(sent.body.errors).toBeUndefined();
    await mailTo(beto, "Invitation: Noche Guadua");

    // Buyers: Sofía paid two bookings (1 + 2 tickets at $ 120.000); Tomás (his account in English) holds a
    // free ticket; Uriel only reserved and never paid.
    const paidTier = await bo.newTier(event, { price: 120_000, quantity: 50 });
    const freeTier = await bo.newTier(event, { price: 0, quantity: 50 });
    const sofia = `sofia-${unique()}@example.com`;
    for (const quantity of [1, 2]) {
      const booking = await bo.reserve(paidTier, quantity, { email: sofia, name: "Sofía Vargas" });
      await db.owner.query(APPLY_WOMPI, [checksumOf(), JSON.stringify(transactionFor(booking, "APPROVED"))]);
      expect(await bo.statusOf(booking.id)).toBe("paid");
    }
    const tomasProfile = (
      await db.owner.query(
        "insert into app_public.profiles (email, full_name, email_verified_at, locale) values ($1, 'Tomás Ríos', now(), 'en') returning id",
        [`tomas-account-${unique()}@example.com`],
      )
    ).rows[0].id as string;
    const tomas = `tomas-${unique()}@example.com`;
    await bo.reserve(freeTier, 1, { email: tomas, name: "Tomás Ríos", profile: tomasProfile });
    const uriel = `uriel-${unique()}@example.com`;
    await bo.reserve(paidTier, 1, { email: uriel, name: "Uriel Mora" });

    // Before: the producer's screen can say who will be told.
    const before = await server.graphql(NOTICES, { id: event }, { token });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.event).toEqual({
      status: "published",
      cancellationNotices: { people: 4, guests: 2, buyers: 2, sent: 0, waiting: 0, notSent: 0 },
    });

    const cancelled = await server.graphql(CANCEL, { id: event }, { token });
    expect(cancelled.body.errors).toBeUndefined();
    expect(cancelled.body.data?.cancelEvent.result.status).toBe("cancelled");
    // Enqueued in the cancellation's transaction: guests by their consent's purpose, buyers as their purchase.
    const enqueued = await cancellationMessages(event);
    expect(enqueued.map((m) => [m.recipient_kind, m.channel, m.purpose, m.urgent, m.locale])).toEqual([
      ["buyer", "email", "transactional", true, "es-CO"],
      ["buyer", "email", "transactional", true, "en"],
      ["guest", "email", "invitation", false, "es-CO"],
      ["guest", "email", "invitation", false, "en"],
      ["guest", "whatsapp", "invitation", false, "es-CO"],
    ]);

    const toAna = await mailTo(ana.email, "Cancelado: Noche Guadua");
    expect(toAna.text).toContain("Hola, Ana Restrepo:");
    expect(toAna.text).toContain("canceló Noche Guadua, programado para el martes, 12 de marzo de 2030, 7:30");
    expect(toAna.text).toContain("Tu invitación queda anulada");
    expect(toAna.text).toContain("Para no recibir más");
    const toBeto = await mailTo(beto, "Cancelled: Noche Guadua");
    expect(toBeto.text).toContain("Hi Beto Gómez,");
    expect(toBeto.text).toContain("The event will not take place.");

    const toSofia = await mailTo(sofia, "Cancelado: Noche Guadua — tu compra");
    expect(smtp.to(sofia).filter((m) => m.subject?.startsWith("Cancelado"))).toHaveLength(1);
    expect(toSofia.text).toMatch(
      /Compra \S+: 1 boleta Tier \S+, \$\s?120\.000\. Compra \S+: 2 boletas Tier \S+, \$\s?240\.000\./,
    );
    expect(toSofia.text).toMatch(/registró un reembolso de \$\s?360\.000 a tu favor/);
    expect(toSofia.text).toContain("El reembolso no es automático");
    expect(toSofia.text).toContain("Tus boletas ya no son válidas en la puerta.");
    // Her own purchase: no unsubscribe link, as her booking confirmation.
    expect(toSofia.text).not.toContain("Para no recibir más");
    const toTomas = await mailTo(tomas, "Cancelled: Noche Guadua — your booking");
    expect(toTomas.text).toContain("Your tickets were free: there is nothing to refund.");
    expect(toTomas.text).not.toMatch(/refund of/);

    // WhatsApp: Ana, by the approved template, with the event and its date.
    await until(async () => wa.sent.some((s) => s.body.template?.name === "evento_cancelado"), "the WhatsApp template");
    const whatsapp = wa.sent.filter((s) => s.body.template?.name === "evento_cancelado");
    expect(whatsapp.map((s) => s.to)).toEqual(["573005550142"]);
    expect(JSON.stringify(whatsapp[0]?.body)).toContain("Noche Guadua");

    // Nobody else: not Carla (never sent), not Darío (declined), not Uriel (never paid).
    for (const address of [carla, dario, uriel]) {
      expect(smtp.to(address).filter((m) => /Cancel/.test(m.subject ?? ""))).toEqual([]);
    }

    // Cancelling again, and each job running again, send nothing more.
    const again = await server.graphql(CANCEL, { id: event }, { token });
    expect(again.body.errors).toBeUndefined();
    await until(
      async () => (await cancellationMessages(event)).every((m) => m.status === "sent"),
      "every message sent",
    );
    const keys = (await cancellationMessages(event)).map((m) => `outbound_message:${m.id}`);
    for (const key of keys) {
      await db.owner.query(
        "select graphile_worker.add_job('send_outbound_message', json_build_object('id', substr($1, 18)::uuid), job_key => $1)",
        [key],
      );
    }
    await until(
      async () =>
        (
          await db.owner.query(
            "select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_outbound_message' and key = any($1)",
            [keys],
          )
        ).rows[0].n === 0,
      "the retried jobs to run",
    );
    expect(await cancellationMessages(event)).toHaveLength(5);
    for (const address of [ana.email, beto, sofia, tomas]) {
      expect(smtp.to(address).filter((m) => /^Cancel/.test(m.subject ?? ""))).toHaveLength(1);
    }
    expect(wa.sent.filter((s) => s.body.template?.name === "evento_cancelado")).toHaveLength(1);

    // After: who was told.
    const after = await server.graphql(NOTICES, { id: event }, { token });
    expect(after.body.data?.event).toEqual({
      status: "cancelled",
      cancellationNotices: { people: 4, guests: 2, buyers: 2, sent: 5, waiting: 0, notSent: 0 },
    });
  });
});
