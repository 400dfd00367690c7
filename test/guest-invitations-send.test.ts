// Sending guests their invitations through the outbox (issue 16's last flow,
// issue 19): app_public.send_guest_invitations and invite_guests(…,
// send_channels) against the real database. Consent per channel (Ley 1581:
// the others are reported suppressed with the reason, never dropped), one
// message per link (sending twice sends once; a reissued link is a new cause
// and the queued old link is cancelled), another agency's ids refused like
// missing ones, and two producers sending at once in real concurrent
// transactions enqueue one message and one job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boxOffice, expectRefused } from "./helpers/box-office.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { agencyWithStaff, insertGuest } from "./helpers/guests.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;
let producer2: string;
let viewer: string;
let otherOrg: string;
let outsider: string;

beforeAll(async () => {
  ({
    db,
    bo,
    org,
    otherOrg,
    outsider,
    members: { producer, producer2, viewer },
  } = await agencyWithStaff("envios", ["producer", "producer2", "viewer"], "otra-agencia"));
});
afterAll(async () => {
  await db?.drop();
});

interface GuestOptions {
  consent?: boolean;
  email?: string | null;
  phone?: string | null;
  whatsapp?: boolean;
  category?: string;
  tier?: string;
  orgId?: string;
}

async function newGuest(options: GuestOptions = {}): Promise<string> {
  const consent = options.consent ?? true;
  return insertGuest(db, { ...options, orgId: options.orgId ?? org, consent, consentSource: consent ? "form" : null });
}

async function invitation(event: string, guest: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed) values ($1, $2, true) returning id",
    [event, guest],
  );
  return rows[0].id;
}

const SEND = "select * from app_public.send_guest_invitations($1, $2, $3, $4, $5, $6)";

interface SendRow {
  invitation_id: string;
  channel: string;
  message_id: string | null;
  outcome: string;
  reason: string | null;
}

async function send(
  profile: string,
  event: string,
  options: {
    ids?: string[] | null;
    categories?: string[];
    tiers?: string[];
    channels?: string[];
    locale?: string;
  } = {},
) {
  return db.committed("member", { session_id: await db.sessionFor(profile) }, async (c) => {
    const { rows } = await c.query(SEND, [
      event,
      options.ids ?? null,
      options.categories ?? null,
      options.tiers ?? null,
      options.channels ?? ["email"],
      options.locale ?? "es-CO",
    ]);
    return rows as SendRow[];
  });
}

async function sent(profile: string, event: string, options: Parameters<typeof send>[2] = {}): Promise<SendRow[]> {
  const outcome = await send(profile, event, options);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value ?? [];
}

async function messagesOf(guest: string) {
  const { rows } = await db.owner.query(
    `select id, channel, status, last_error_code, template_key, purpose, cause_kind, cause_id, variables, recipient_address, locale
       from app_public.outbound_messages where guest_id = $1 and cause_kind = 'guest_invitation' order by created_at, channel`,
    [guest],
  );
  return rows;
}

async function jobsOf(messageIds: string[]) {
  const { rows } = await db.owner.query(
    "select key from graphile_worker.jobs where task_identifier = 'send_outbound_message' and key = any($1)",
    [messageIds.map((id) => `outbound_message:${id}`)],
  );
  return rows;
}

describe("sending invitations", () => {
  it("enqueues each invitation with its own RSVP link, once, with a job, in the producer's transaction", async () => {
    const event = await bo.newEvent(org);
    const guest = await newGuest();
    const id = await invitation(event, guest);
    const rows = await sent(producer, event, { ids: [id], locale: "en" });
    expect(rows).toEqual([
      expect.objectContaining({ invitation_id: id, channel: "email", outcome: "queued", reason: null }),
    ]);
    const [message] = await messagesOf(guest);
    expect(message).toMatchObject({
      id: rows[0]?.message_id,
      status: "queued",
      template_key: "guest_invitation",
      purpose: "invitation",
      cause_kind: "guest_invitation",
      locale: "en",
    });
    const token = (
      await db.owner.query(
        "select app_private.rsvp_token(id, rsvp_version) as token from app_public.guest_invitations where id = $1",
        [id],
      )
    ).rows[0].token;
    expect(message.variables).toMatchObject({
      rsvpToken: token,
      plusOneAllowed: true,
      eventTitle: "Bogotá Fashion Night",
    });
    expect(await jobsOf([message.id])).toHaveLength(1);

    // The producer reads where it is on the invitation (the list's state).
    const state = await db.asProfile(
      producer,
      async (c) =>
        (
          await c.query(
            "select m.status, m.channel from app_public.guest_invitations i, app_public.guest_invitations_invitation_messages(i) m where i.id = $1",
            [id],
          )
        ).rows,
    );
    expect(state).toEqual([{ status: "queued", channel: "email" }]);
    // A viewer of the organization reads the invitation but not its messages (contact data).
    const seenByViewer = await db.asProfile(
      viewer,
      async (c) =>
        (
          await c.query(
            "select m.id from app_public.guest_invitations i, app_public.guest_invitations_invitation_messages(i) m where i.id = $1",
            [id],
          )
        ).rows,
    );
    expect(seenByViewer).toEqual([]);
  });

  it("sends twice, enqueues once: the second send says already_sent and adds no message and no job", async () => {
    const event = await bo.newEvent(org);
    const guest = await newGuest();
    const id = await invitation(event, guest);
    await sent(producer, event, { ids: [id] });
    const again = await sent(producer2, event, { ids: [id] });
    expect(again.map((r) => r.outcome)).toEqual(["already_sent"]);
    const messages = await messagesOf(guest);
    expect(messages).toHaveLength(1);
    expect(await jobsOf(messages.map((m) => m.id))).toHaveLength(1);
  });

  it("sends only with consent for invitations on that channel and reports the others with their reason", async () => {
    const event = await bo.newEvent(org);
    const ok = await invitation(event, await newGuest({ whatsapp: true }));
    const noConsentGuest = await newGuest({ consent: false });
    const noConsent = await invitation(event, noConsentGuest);
    const noWhatsapp = await invitation(event, await newGuest({ whatsapp: false }));
    const noEmail = await invitation(event, await newGuest({ email: null }));
    const optedOutGuest = await newGuest();
    const optedOut = await invitation(event, optedOutGuest);
    await db.owner.query(
      `insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, address, source)
       values ($1, 'email', 'invitation', 'guest', $2, null, 'producer')`,
      [org, optedOutGuest],
    );
    const rows = await sent(producer, event, {
      ids: [ok, noConsent, noWhatsapp, noEmail, optedOut],
      channels: ["email", "whatsapp"],
    });
    const outcome = (id: string, channel: string) =>
      rows.find((r) => r.invitation_id === id && r.channel === channel) &&
      (({ outcome, reason }) => ({ outcome, reason }))(
        rows.find((r) => r.invitation_id === id && r.channel === channel) as SendRow,
      );
    expect(rows).toHaveLength(10);
    expect(outcome(ok, "email")).toEqual({ outcome: "queued", reason: null });
    expect(outcome(ok, "whatsapp")).toEqual({ outcome: "queued", reason: null });
    expect(outcome(noConsent, "email")).toEqual({ outcome: "suppressed", reason: "NO_CONSENT" });
    expect(outcome(noConsent, "whatsapp")).toEqual({ outcome: "suppressed", reason: "NO_CONSENT" });
    expect(outcome(noWhatsapp, "email")).toEqual({ outcome: "queued", reason: null });
    expect(outcome(noWhatsapp, "whatsapp")).toEqual({ outcome: "suppressed", reason: "NO_CONSENT" });
    expect(outcome(noEmail, "email")).toEqual({ outcome: "suppressed", reason: "NO_ADDRESS" });
    expect(outcome(optedOut, "email")).toEqual({ outcome: "suppressed", reason: "NO_CONSENT" });
    // Suppressed rows exist (the list shows them) but have no job: nothing reaches the guest.
    const suppressed = await messagesOf(noConsentGuest);
    expect(suppressed.map((m) => m.status)).toEqual(["suppressed", "suppressed"]);
    expect(await jobsOf(suppressed.map((m) => m.id))).toEqual([]);
    // WhatsApp carries the organization's approved template for invitations.
    const whatsapp = rows.find((r) => r.invitation_id === ok && r.channel === "whatsapp") as SendRow;
    const { rows: wa } = await db.owner.query("select variables from app_public.outbound_messages where id = $1", [
      whatsapp.message_id,
    ]);
    expect(wa[0].variables.whatsapp).toEqual({ template: "invitacion_evento", language: "es_CO" });
  });

  it("skips answered and cancelled invitations with the reason, and a filtered send takes only those waiting", async () => {
    const event = await bo.newEvent(org);
    const waiting = await invitation(event, await newGuest({ category: "buyer", tier: "B" }));
    const otherTier = await invitation(event, await newGuest({ category: "buyer", tier: "C" }));
    const cancelled = await invitation(event, await newGuest({ category: "buyer", tier: "B" }));
    await db.owner.query("update app_public.guest_invitations set status = 'cancelled' where id = $1", [cancelled]);
    const declined = await invitation(event, await newGuest({ category: "buyer", tier: "B" }));
    await db.owner.query("update app_public.guest_invitations set status = 'declined' where id = $1", [declined]);

    const chosen = await sent(producer, event, { ids: [cancelled, declined] });
    expect(chosen.map((r) => [r.invitation_id, r.outcome, r.reason]).sort()).toEqual(
      [
        [cancelled, "skipped", "CANCELLED"],
        [declined, "skipped", "ANSWERED"],
      ].sort(),
    );
    const filtered = await sent(producer, event, { categories: ["buyer"], tiers: ["B"] });
    expect(filtered.map((r) => [r.invitation_id, r.outcome])).toEqual([[waiting, "queued"]]);
    expect(filtered.map((r) => r.invitation_id)).not.toContain(otherTier);
  });

  it("sends a reissued link once more and cancels the queued message with the dead link", async () => {
    const event = await bo.newEvent(org);
    const guest = await newGuest();
    const id = await invitation(event, guest);
    const [first] = await sent(producer, event, { ids: [id] });
    const reissued = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select * from app_public.reissue_rsvp_link($1)", [id]),
    );
    expect(reissued.ok).toBe(true);
    const [second] = await sent(producer, event, { ids: [id] });
    expect(second?.outcome).toBe("queued");
    expect(second?.message_id).not.toBe(first?.message_id);
    const messages = await messagesOf(guest);
    expect(messages.map((m) => m.status)).toEqual(["cancelled", "queued"]);
    expect(messages[0].variables.rsvpToken).not.toBe(messages[1].variables.rsvpToken);
    // The list shows the current message.
    const state = await db.asProfile(
      producer,
      async (c) =>
        (
          await c.query(
            "select m.id from app_public.guest_invitations i, app_public.guest_invitations_invitation_messages(i) m where i.id = $1",
            [id],
          )
        ).rows,
    );
    expect(state).toEqual([{ id: second?.message_id }]);
  });

  it("invites a filtered list and sends it at once in one transaction", async () => {
    const event = await bo.newEvent(org);
    const category = "sponsor";
    const a = await newGuest({ category, tier: "A" });
    const b = await newGuest({ category, tier: "A", consent: false });
    const outcome = await db.committed(
      "member",
      { session_id: await db.sessionFor(producer) },
      async (c) =>
        (
          await c.query("select id, guest_id from app_public.invite_guests($1, $2, $3, false, $4, 'es-CO')", [
            event,
            [category],
            ["A"],
            ["email"],
          ])
        ).rows,
    );
    expect(outcome.ok, outcome.message).toBe(true);
    expect((outcome.value ?? []).map((r) => r.guest_id).sort()).toEqual([a, b].sort());
    expect((await messagesOf(a)).map((m) => m.status)).toEqual(["queued"]);
    expect((await messagesOf(b)).map((m) => [m.status, m.last_error_code])).toEqual([["suppressed", "NO_CONSENT"]]);
  });
});

describe("who may send", () => {
  it("refuses another agency's invitation ids like missing ones, and members who are not producers", async () => {
    const event = await bo.newEvent(org);
    const guest = await newGuest();
    const ours = await invitation(event, guest);
    const theirEvent = await bo.newEvent(otherOrg);
    // The outsider, with their own event, names our invitation: refused like a missing id.
    expectRefused(await send(outsider, theirEvent, { ids: [ours] }), "NTFND");
    // …and our event: refused like a missing event.
    expectRefused(await send(outsider, event, { ids: [ours] }), "NTFND");
    expectRefused(await send(outsider, event), "NTFND");
    // Our producer naming an invitation of another event is refused too; nothing is half-sent.
    const otherEvent = await bo.newEvent(org);
    const elsewhere = await invitation(otherEvent, await newGuest());
    expectRefused(await send(producer, event, { ids: [ours, elsewhere] }), "NTFND");
    expectRefused(await send(viewer, event, { ids: [ours] }), "NTFND");
    const anonymous = await db.committed("anonymous", {}, (c) =>
      c.query(SEND, [event, [ours], null, null, ["email"], "es-CO"]),
    );
    // A visitor may not even call it (members only, like inviteGuests).
    expectRefused(anonymous, "42501");
    expectRefused(await send(producer, event, { ids: [ours], channels: ["sms"] }), "INVAL");
    expectRefused(await send(producer, event, { ids: [ours], locale: "fr" }), "INVAL");
    expect(await messagesOf(guest)).toEqual([]);
  });
});

describe("two producers at once", () => {
  it("sending the same invitations concurrently enqueues each message and job once", async () => {
    const event = await bo.newEvent(org);
    const guests = await Promise.all([newGuest(), newGuest(), newGuest()]);
    const ids = await Promise.all(guests.map((g) => invitation(event, g)));
    const results = await race(db, [
      {
        role: "member",
        claims: { session_id: await db.sessionFor(producer) },
        sql: SEND,
        params: [event, ids, null, null, ["email"], "es-CO"],
      },
      {
        role: "member",
        claims: { session_id: await db.sessionFor(producer2) },
        sql: SEND,
        params: [event, null, ["press"], null, ["email"], "es-CO"],
      },
    ]);
    expect(
      results.every((r) => r.ok),
      JSON.stringify(results),
    ).toBe(true);
    const mine = (r: (typeof results)[number]) =>
      r.rows.filter((row) => ids.includes(row.invitation_id as string)).map((row) => row.outcome);
    // Each invitation is queued by exactly one of them; the other found it.
    const outcomes = [...mine(results[0] as (typeof results)[number]), ...mine(results[1] as (typeof results)[number])];
    expect(outcomes.filter((o) => o === "queued")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "already_sent")).toHaveLength(3);
    for (const guest of guests) {
      const messages = await messagesOf(guest);
      expect(messages).toHaveLength(1);
      expect(await jobsOf(messages.map((m) => m.id))).toHaveLength(1);
    }
  });
});
