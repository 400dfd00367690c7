// Three kinds of fault around sending guests their invitations (migration 000037), each against the real
// database, and the send task run by hand to a local SMTP server (smtp-server + mailparser):
//  * no invitation link goes out once the event's RSVPs are closed (the link would only say "closed"):
//    sendGuestInvitations and inviteGuests(sendChannels) refuse with CONFLICT / INVITATIONS_CLOSED, and a
//    link queued before the closing but held by quiet hours past it is cancelled, not sent;
//  * a message held by quiet hours carries the event's details of when it is SENT (date, venue), for the
//    invitation and for its siblings that show the event (a casting call, an RSVP confirmation);
//  * malformed lists are VALIDATION_FAILED (a null id, an empty choice, a null or unknown category or
//    tier, sendChannels: []), never NOT_FOUND nor a silent "nothing".
import type { JobHelpers } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SQLSTATES } from "../shared/errors.ts";
import { makeEmailChannel } from "../tasks/outbox/channels/email.ts";
import { makeSendOutboundMessage } from "../tasks/outbox/send.ts";
import { boxOffice, expectRefused, unique } from "./helpers/box-office.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { agencyWithStaff, insertGuest } from "./helpers/guests.ts";
import { handJobHelpers } from "./helpers/job-helpers.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const APP_URL = "https://app.fashionos.test";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let smtp: TestSmtp;
let org: string;
let producer: string;

beforeAll(async () => {
  ({
    db,
    bo,
    org,
    members: { producer },
  } = await agencyWithStaff("reglas", ["producer"], "otra-reglas"));
  smtp = await startTestSmtp();
}, 60_000);
afterAll(async () => {
  await smtp?.close();
  await db?.drop();
});

async function invitation(event: string, guest: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2) returning id",
    [event, guest],
  );
  return rows[0].id;
}

const SEND = "select * from app_public.send_guest_invitations($1, $2, $3, $4, $5, $6)";
const INVITE = "select * from app_public.invite_guests($1, $2, $3, false, $4, 'es-CO')";

async function asProducer<T>(fn: (c: import("pg").PoolClient) => Promise<T>) {
  return db.committed("member", { session_id: await db.sessionFor(producer) }, fn);
}

function send(
  event: string,
  options: { ids?: (string | null)[] | null; categories?: (string | null)[]; tiers?: (string | null)[] } = {},
) {
  return asProducer((c) =>
    c.query(SEND, [event, options.ids ?? null, options.categories ?? null, options.tiers ?? null, ["email"], "es-CO"]),
  );
}

function invite(event: string, options: { categories?: string[]; sendChannels?: string[] | null } = {}) {
  return asProducer((c) => c.query(INVITE, [event, options.categories ?? null, null, options.sendChannels ?? null]));
}

/** The organization's quiet hours: all day (held to 23:59:59 local), or none. */
async function quietHours(allDay: boolean) {
  await db.owner.query(
    `insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end)
     values ($1, '00:00', $2) on conflict (organization_id) do update set quiet_hours_start = '00:00', quiet_hours_end = $2`,
    [org, allDay ? "23:59:59.999999" : "00:00"],
  );
}

function sendTask() {
  const task = makeSendOutboundMessage({
    channels: {
      email: makeEmailChannel({
        smtpUrl: smtp.url,
        from: "FashionOS <invitaciones@fashionos.test>",
        appUrl: APP_URL,
        logWhenNoSmtp: false,
      }),
    },
    appUrl: APP_URL,
  });
  return (id: string) => task({ id }, handJobHelpers(db) as JobHelpers);
}

async function statusOf(messageId: string): Promise<string> {
  return (await db.owner.query("select status from app_public.outbound_messages where id = $1", [messageId])).rows[0]
    .status;
}

describe("no invitation link after the RSVPs close", () => {
  it("refuses sendGuestInvitations and inviteGuests(sendChannels) with INVITATIONS_CLOSED, and loses nothing", async () => {
    expect(SQLSTATES.INVCL?.reason).toBe("INVITATIONS_CLOSED");
    const event = await bo.newEvent(org);
    await db.owner.query("update app_public.events set rsvp_closes_at = now() - interval '1 minute' where id = $1", [
      event,
    ]);
    const guest = await insertGuest(db, { orgId: org, category: "buyer" });
    const id = await invitation(event, guest);
    expectRefused(await send(event, { ids: [id] }), "INVCL");
    expectRefused(await send(event), "INVCL");
    // Inviting and sending at once is refused whole: no invitation is left behind half-done.
    const other = await insertGuest(db, { orgId: org, category: "stylist" });
    expectRefused(await invite(event, { categories: ["stylist"], sendChannels: ["email"] }), "INVCL");
    const { rows } = await db.owner.query("select 1 from app_public.guest_invitations where guest_id = $1", [other]);
    expect(rows).toEqual([]);
    const { rows: messages } = await db.owner.query("select 1 from app_public.outbound_messages where event_id = $1", [
      event,
    ]);
    expect(messages).toEqual([]);
    // Adding to the list without sending stays possible (a door list).
    const listed = await invite(event, { categories: ["stylist"] });
    expect(listed.ok, listed.message).toBe(true);
  });

  it("also after the event has started when there is no closing date", async () => {
    const event = await bo.newEvent(org, { startsIn: "-1 hour" });
    const id = await invitation(event, await insertGuest(db, { orgId: org }));
    expectRefused(await send(event, { ids: [id] }), "INVCL");
  });

  it("cancels a link held by quiet hours past the closing instead of sending it", async () => {
    await quietHours(true);
    try {
      const event = await bo.newEvent(org);
      const email = `cerrada-${unique()}@example.com`;
      const id = await invitation(event, await insertGuest(db, { orgId: org, email }));
      const sent = await send(event, { ids: [id] });
      expect(sent.ok, sent.message).toBe(true);
      const messageId = (sent.value?.rows[0] as { message_id: string }).message_id;
      // The night passes; the producer closed RSVPs meanwhile.
      await quietHours(false);
      await db.owner.query("update app_public.events set rsvp_closes_at = now() - interval '1 second' where id = $1", [
        event,
      ]);
      await sendTask()(messageId);
      expect(await statusOf(messageId)).toBe("cancelled");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(smtp.to(email)).toEqual([]);
    } finally {
      await quietHours(false);
    }
  });
});

describe("a message held by quiet hours carries the event as it is when sent", () => {
  it("an invitation queued at night, the show moved and its venue changed before morning: the new date and venue", async () => {
    await quietHours(true);
    try {
      const venues = (
        await db.owner.query(
          `insert into app_public.venues (organization_id, name, city, address)
           values ($1, 'Ágora Bogotá', 'Bogotá', 'Calle 24 # 38-47'), ($1, 'Club El Nogal', 'Bogotá', 'Carrera 7 # 78-96')
           returning id`,
          [org],
        )
      ).rows.map((r) => r.id as string);
      const event = (
        await db.owner.query(
          `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, venue_id)
           values ($1, 'Colección Guadua', $2, '2030-03-13T00:30:00Z', '2030-03-13T03:00:00Z', 'published', $3) returning id`,
          [org, `guadua-${unique()}`, venues[0]],
        )
      ).rows[0].id as string;
      const email = `movida-${unique()}@example.com`;
      const guest = await insertGuest(db, { orgId: org, email, name: "Mariana Ospina" });
      const id = await invitation(event, guest);
      const sent = await send(event, { ids: [id] });
      expect(sent.ok, sent.message).toBe(true);
      const messageId = (sent.value?.rows[0] as { message_id: string }).message_id;
      // Held: quiet hours all day.
      await sendTask()(messageId);
      expect(await statusOf(messageId)).toBe("queued");

      // Before morning the producer moves the show a week later, an hour earlier, to another venue.
      await db.owner.query("update app_public.events set starts_at = $2, ends_at = $3, venue_id = $4 where id = $1", [
        event,
        "2030-03-19T23:30:00Z",
        "2030-03-20T02:00:00Z",
        venues[1],
      ]);
      await quietHours(false);
      await sendTask()(messageId);
      expect(await statusOf(messageId)).toBe("sent");
      const mail = await smtp.next(email);
      expect(mail.text).toContain("martes, 19 de marzo de 2030, 6:30");
      expect(mail.text).toContain("Dónde: Club El Nogal (Carrera 7 # 78-96, Bogotá).");
      expect(mail.text).not.toContain("Ágora");
      expect(mail.text).not.toContain("12 de marzo");
      // What the producer reads on Comunicaciones is what was sent.
      const stored = (
        await db.owner.query("select rendered_body, variables from app_public.outbound_messages where id = $1", [
          messageId,
        ])
      ).rows[0];
      expect(stored.rendered_body).toContain("Club El Nogal");
      expect(stored.variables).toMatchObject({ venue: "Club El Nogal", startsAt: "2030-03-19T23:30:00Z" });
    } finally {
      await quietHours(false);
    }
  });

  it("the same for its siblings that show the event: a model's casting call and a guest's RSVP confirmation", async () => {
    await quietHours(true);
    try {
      const event = await bo.newEvent(org);
      const talentEmail = `modelo-${unique()}@example.com`;
      const talent = (
        await db.owner.query(
          `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
           values ($1, 'Valentina Ríos', 'women', now() - interval '1 day', '{casting,contact}', 'whatsapp') returning id`,
          [org],
        )
      ).rows[0].id as string;
      await db.owner.query("insert into app_public.talent_contacts (talent_id, email) values ($1, $2)", [
        talent,
        talentEmail,
      ]);
      await db.owner.query(
        "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited')",
        [event, talent],
      );
      const guestEmail = `acepto-${unique()}@example.com`;
      const guest = await insertGuest(db, { orgId: org, email: guestEmail });
      await db.owner.query(
        "insert into app_public.guest_invitations (event_id, guest_id, status) values ($1, $2, 'accepted')",
        [event, guest],
      );
      const { rows: held } = await db.owner.query(
        "select id, template_key from app_public.outbound_messages where event_id = $1 and channel = 'email' order by template_key",
        [event],
      );
      expect(held.map((m) => m.template_key)).toEqual(["casting_invitation", "rsvp_accepted"]);
      await db.owner.query(
        "update app_public.events set title = 'Noche Pacífico', starts_at = starts_at + interval '2 days', ends_at = ends_at + interval '2 days' where id = $1",
        [event],
      );
      await quietHours(false);
      for (const m of held) await sendTask()(m.id);
      const call = await smtp.next(talentEmail);
      const confirmation = await smtp.next(guestEmail);
      for (const mail of [call, confirmation]) {
        expect(mail.subject).toContain("Noche Pacífico");
        expect(mail.text).not.toContain("Bogotá Fashion Night");
      }
    } finally {
      await quietHours(false);
    }
  });
});

describe("malformed lists are validation errors", () => {
  it("a null among the ids, an empty choice, a null or unknown category or tier: VALIDATION_FAILED, nothing sent", async () => {
    expect(SQLSTATES.INVAL?.reason).toBe("INVALID_INPUT");
    const event = await bo.newEvent(org);
    const id = await invitation(event, await insertGuest(db, { orgId: org }));
    expectRefused(await send(event, { ids: [id, null] }), "INVAL");
    expectRefused(await send(event, { ids: [null] }), "INVAL");
    expectRefused(await send(event, { ids: [] }), "INVAL");
    expectRefused(await send(event, { categories: [null] }), "INVAL");
    expectRefused(await send(event, { categories: ["prensa"] }), "INVAL");
    expectRefused(await send(event, { tiers: ["Z"] }), "INVAL");
    expectRefused(await send(event, { tiers: [null] }), "INVAL");
    const { rows } = await db.owner.query("select 1 from app_public.outbound_messages where event_id = $1", [event]);
    expect(rows).toEqual([]);
    // A real choice still sends.
    const ok = await send(event, { ids: [id] });
    expect(ok.ok, ok.message).toBe(true);
  });

  it("inviteGuests with sendChannels: [] is refused instead of inviting and sending nothing", async () => {
    const event = await bo.newEvent(org);
    const guest = await insertGuest(db, { orgId: org, category: "influencer" });
    expectRefused(await invite(event, { categories: ["influencer"], sendChannels: [] }), "INVAL");
    expectRefused(await invite(event, { categories: ["influencer", null as unknown as string] }), "INVAL");
    const { rows } = await db.owner.query("select 1 from app_public.guest_invitations where guest_id = $1", [guest]);
    expect(rows).toEqual([]);
  });
});
