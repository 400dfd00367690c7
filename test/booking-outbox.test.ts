// Booking confirmations through the outbox (issue 19): a paid booking's mail
// with its e-tickets is one outbound_messages row (cause and template
// booking_paid) enqueued in the transaction that confirms the booking, sent
// by send_outbound_message to a local SMTP server with the QR codes inline,
// once, at any hour (quiet hours, the daily cap and opt-outs do not hold a
// buyer's own purchase), never for a booking refunded or cancelled before it
// went out, and stored for producers with the ticket codes and the booking
// link redacted. Real Postgres as the API's roles; the task runs by hand so
// each step is deterministic, and the jobs of the previous version drain
// into the outbox.
import type { JobHelpers } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupedCode } from "../tasks/mail/booking-email.ts";
import type { MailConfig } from "../tasks/mail/config.ts";
import { makeDrainBookingEmail } from "../tasks/mail/send-booking-email.ts";
import { REDACTED_TOKEN } from "../tasks/outbox/account.ts";
import { makeEmailChannel } from "../tasks/outbox/channels/email.ts";
import { makeSendOutboundMessage } from "../tasks/outbox/send.ts";
import { bookingMessages } from "./helpers/booking-mail.ts";
import { boxOffice, unique } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { handJobHelpers } from "./helpers/job-helpers.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const APP_URL = "https://app.fashionos.test";

let db: TestDatabase;
let smtp: TestSmtp;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;
let event: string;
let freeTier: string;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp();
  bo = boxOffice(db);
  org = await bo.newOrganization("boletas");
  producer = await bo.addMember(org, "producer");
  event = await bo.newEvent(org);
  freeTier = await bo.newTier(event, { price: 0, quantity: 200 });
  // The worst hour for a message: quiet hours all day, the daily cap already
  // spent, and an opt-out from everything by email for every address below
  // (by address, recorded from an earlier message of this organization).
  await db.owner.query(
    `insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end, daily_cap)
     values ($1, '00:00', '23:59:59.999999', 1)`,
    [org],
  );
  await db.owner.query(
    `insert into app_private.outbox_daily_counts (organization_id, day, claimed)
     values ($1, (now() at time zone 'America/Bogota')::date, 1), ($1, (now() at time zone 'America/Bogota')::date + 1, 1)`,
    [org],
  );
}, 60_000);
afterAll(async () => {
  await smtp?.close();
  await db?.drop();
});

function mailConfig(smtpUrl: string | null = smtp.url): MailConfig {
  return { smtpUrl, from: "FashionOS <boletas@fashionos.test>", appUrl: APP_URL, logWhenNoSmtp: false };
}

function jobHelpers(lines: string[] = []): JobHelpers {
  return handJobHelpers(db, (_level, message) => lines.push(message));
}

/** send_outbound_message, run by hand as the worker would run one job. */
function sendTask(smtpUrl: string | null = smtp.url) {
  const task = makeSendOutboundMessage({ channels: { email: makeEmailChannel(mailConfig(smtpUrl)) }, appUrl: APP_URL });
  return (id: string) => task({ id }, jobHelpers());
}

/** The codes and the access token of a booking, as only app_private knows them. */
async function secretsOf(bookingId: string): Promise<string[]> {
  const { rows } = await db.owner.query<{ code: string }>("select code from app_private.ticket_passes($1)", [
    bookingId,
  ]);
  const token = (await db.owner.query("select app_private.booking_access_token($1) as t", [bookingId])).rows[0].t;
  return [...rows.flatMap((r) => [r.code, groupedCode(r.code)]), token];
}

/** Opts the address out of everything by email for the organization (as a complaint would). */
async function optOut(address: string) {
  await db.owner.query(
    `insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, address, source)
     values ($1, 'email', null, 'guest', gen_random_uuid(), $2, 'complaint')`,
    [org, address],
  );
}

async function freeBooking(quantity = 2, options: { profile?: string } = {}) {
  const email = `comprador-${unique()}@example.com`;
  await optOut(email);
  const booking = await bo.reserve(freeTier, quantity, { email, ...options });
  expect(booking.status).toBe("paid");
  return { booking, email };
}

describe("a paid booking's confirmation", () => {
  it("is one outbox message enqueued in the booking's transaction, with no ticket code or link in it", async () => {
    const { booking, email } = await freeBooking(2);
    const messages = await bookingMessages(db, booking.id);
    expect(messages).toEqual([
      expect.objectContaining({
        cause_kind: "booking_paid",
        cause_id: booking.id,
        template_key: "booking_paid",
        purpose: "transactional",
        recipient_kind: "buyer",
        recipient_address: email,
        locale: "es-CO",
        urgent: true,
        status: "queued",
        queued_job: true,
        rendered_body: null,
      }),
    ]);
    expect(messages[0]?.variables).toMatchObject({ reference: booking.reference, quantity: 2, name: "Camila Ortiz" });
    const stored = JSON.stringify(messages[0]);
    for (const secret of await secretsOf(booking.id)) expect(stored).not.toContain(secret);
    expect(await bo.jobs("send_booking_email")).toEqual([]);

    // Confirming it again (a retried transaction, a drained old job) adds nothing.
    await db.owner.query("select app_private.booking_confirmed($1)", [booking.id]);
    expect(await bookingMessages(db, booking.id)).toHaveLength(1);
  });

  it("is sent once at any hour, with the QR codes inline; the stored copy, which producers read, has no code", async () => {
    const { booking, email } = await freeBooking(2);
    // Quiet hours now, the cap spent, the address opted out: none holds a buyer's purchase.
    const quiet = await db.owner.query("select app_private.outbox_quiet_until($1, now()) as until", [org]);
    expect(quiet.rows[0].until).not.toBeNull();
    const [message] = await bookingMessages(db, booking.id);
    const send = sendTask();
    await send(message?.id as string);

    const mails = smtp.to(email);
    expect(mails).toHaveLength(1);
    const mail = mails[0] as (typeof mails)[number];
    expect(mail.subject).toBe("Tus boletas para Bogotá Fashion Night");
    const { rows: passes } = await db.owner.query<{ code: string; seat: number }>(
      "select code, seat from app_private.ticket_passes($1)",
      [booking.id],
    );
    for (const pass of passes) expect(mail.text).toContain(`${APP_URL}/t/${pass.code}`);
    expect(mail.text).toContain(`${APP_URL}/reserva?clave=${booking.access_token}`);
    const images = mail.parsed.attachments.filter((a) => a.contentType === "image/png");
    expect(images.map((image) => image.cid).sort()).toEqual(["ticket-1@fashionos", "ticket-2@fashionos"]);
    expect(images.every((image) => image.content.subarray(1, 4).toString() === "PNG")).toBe(true);
    expect(mail.html).toContain("data:image/png;base64"); // mailparser inlines the cid: images
    expect(mail.parsed.messageId).toBe(`<outbox.${message?.id}@fashionos.test>`);
    // The buyer's own purchase is no subscription.
    expect(mail.parsed.headers.get("list-unsubscribe")).toBeUndefined();

    const [sent] = await bookingMessages(db, booking.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, rendered_subject: mail.subject });
    expect(sent?.rendered_body).toContain(`${APP_URL}/t/${REDACTED_TOKEN}`);
    expect(sent?.rendered_body).toContain(`${APP_URL}/reserva?clave=${REDACTED_TOKEN}`);
    const secrets = await secretsOf(booking.id);
    for (const secret of secrets) {
      expect(sent?.rendered_body).not.toContain(secret);
      expect(sent?.rendered_html).not.toContain(secret);
    }

    // The producer reads it on Comunicaciones (the event's messages), codes redacted.
    const seen = await db.asProfile(producer, async (c) => {
      const { rows } = await c.query(
        "select template_key, status, rendered_body, rendered_html, variables from app_public.outbound_messages where event_id = $1 and booking_id = $2",
        [event, booking.id],
      );
      return rows;
    });
    expect(seen).toEqual([expect.objectContaining({ template_key: "booking_paid", status: "sent" })]);
    for (const secret of secrets) expect(JSON.stringify(seen)).not.toContain(secret);

    // A retried job (the same job key added again) sends nothing more.
    await send(message?.id as string);
    expect(smtp.to(email)).toHaveLength(1);
    expect((await bookingMessages(db, booking.id))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("is retried after the SMTP server was unreachable, and still arrives once", async () => {
    const { booking, email } = await freeBooking(1);
    const [message] = await bookingMessages(db, booking.id);
    await expect(sendTask("smtp://127.0.0.1:1")(message?.id as string)).rejects.toThrow();
    expect((await bookingMessages(db, booking.id))[0]).toMatchObject({ status: "queued", attempts: 1 });
    await sendTask()(message?.id as string);
    await sendTask()(message?.id as string);
    expect(smtp.to(email)).toHaveLength(1);
    expect((await bookingMessages(db, booking.id))[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("keeps the buyer's language", async () => {
    const buyer = await bo.newProfile("buyer-en");
    await db.owner.query("update app_public.profiles set locale = 'en' where id = $1", [buyer]);
    const { booking, email } = await freeBooking(1, { profile: buyer });
    const [message] = await bookingMessages(db, booking.id);
    expect(message?.locale).toBe("en");
    await sendTask()(message?.id as string);
    const [mail] = smtp.to(email);
    expect(mail?.subject).toBe("Your tickets for Bogotá Fashion Night");
    expect(mail?.text).toContain("Show each ticket's QR code at the door");
  });

  it("is never sent for a booking refunded or cancelled before it went out", async () => {
    const session = { session_id: await db.sessionFor(producer) };
    for (const close of ["refund_booking", "cancel_booking"]) {
      const { booking, email } = await freeBooking(1);
      const outcome = await db.committed("member", session, (c) =>
        c.query(`select app_public.${close}($1, 'Cambio de planes')`, [booking.id]),
      );
      expect(outcome.ok, outcome.message).toBe(true);
      const [message] = await bookingMessages(db, booking.id);
      await sendTask()(message?.id as string);
      expect(smtp.to(email), close).toEqual([]);
      expect((await bookingMessages(db, booking.id))[0], close).toMatchObject({
        status: "cancelled",
        rendered_body: null,
      });
    }
  });
});

describe("send_booking_email jobs of the previous version", () => {
  it("drain into the outbox: one message for a paid booking, none for a closed one, nothing twice", async () => {
    const { booking } = await freeBooking(1);
    // As if the previous version had queued its job and no outbox message existed.
    await db.owner.query("delete from app_public.outbound_messages where booking_id = $1", [booking.id]);
    const drain = makeDrainBookingEmail();
    await drain({ bookingId: booking.id }, jobHelpers());
    await drain({ bookingId: booking.id }, jobHelpers());
    expect(await bookingMessages(db, booking.id)).toEqual([
      expect.objectContaining({ cause_kind: "booking_paid", status: "queued", queued_job: true }),
    ]);

    const closed = await freeBooking(1);
    await db.owner.query("delete from app_public.outbound_messages where booking_id = $1", [closed.booking.id]);
    await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select app_public.cancel_booking($1)", [closed.booking.id]),
    );
    await drain({ bookingId: closed.booking.id }, jobHelpers());
    expect(await bookingMessages(db, closed.booking.id)).toEqual([]);

    const lines: string[] = [];
    await drain({ bookingId: "not-a-uuid" }, jobHelpers(lines));
    expect(lines.join("\n")).toContain("dropped a payload");
  });
});
