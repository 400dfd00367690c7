// Races an outsider can provoke around guest invitations (found by session 6's
// attack on guest invitations through the outbox and cancelled events'
// guest lists), each with real concurrent transactions (test/helpers/race.ts):
//
// - inviting guests (and sending them at once) while the event is cancelled:
//   the cancellation closes the guest list, so no invitation of a cancelled
//   event may stay open and no message with its RSVP link may stay queued;
// - sending invitations while the event is cancelled, while the guest answers
//   (this deadlocked: the guest's answer was refused) or while the producer
//   reissues the link: nobody is refused and no queued message carries a link
//   that no longer opens, or an answered or cancelled invitation;
// - a guest answering with a link while the producer reissues it: the old
//   link opens nothing from the reissue on, so an answer through it is
//   refused, never applied to the invitation under its new link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boxOffice } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { unique } from "./helpers/organizations.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;
let producer2: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  org = await bo.newOrganization("carreras-invitados");
  producer = await bo.addMember(org, "producer");
  producer2 = await bo.addMember(org, "producer", "producer2");
});
afterAll(async () => {
  await db?.drop();
});

async function newGuest(category = "press"): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.guests (organization_id, full_name, category, tier, consent_granted_at, consent_source)
     values ($1, $2, $3, 'A', now() - interval '1 day', 'form') returning id`,
    [org, `Invitada ${unique()}`, category],
  );
  const id = rows[0].id as string;
  await db.owner.query("insert into app_public.guest_contacts (guest_id, email) values ($1, $2)", [
    id,
    `guest-${unique()}@example.com`,
  ]);
  return id;
}

describe("inviting while the event is cancelled", () => {
  it("leaves no open invitation and no queued invitation message of the cancelled event, whichever commits first", async () => {
    for (let round = 0; round < 3; round++) {
      const event = await bo.newEvent(org);
      await Promise.all([newGuest(), newGuest()]);
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select id from app_public.invite_guests($1, null, null, false, '{email}', 'es-CO')",
          params: [event],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer2) },
          sql: "select status from app_public.cancel_event($1)",
          params: [event],
        },
      ]);
      expect(results[1], JSON.stringify(results)).toMatchObject({ ok: true, rows: [{ status: "cancelled" }] });
      // Inviting may be refused (EVENT_CANCELLED), or its invitations cancelled by the cancellation.
      if (!results[0]?.ok) expect(results[0]?.code).toBe("EVCAN");
      const open = await db.owner.query(
        `select count(*)::int as n from app_public.guest_invitations
          where event_id = $1 and status in ('invited', 'accepted', 'waitlist')`,
        [event],
      );
      expect(open.rows[0].n, `round ${round}: ${JSON.stringify(results)}`).toBe(0);
      const queued = await db.owner.query(
        `select count(*)::int as n from app_public.outbound_messages
          where event_id = $1 and cause_kind = 'guest_invitation' and status = 'queued'`,
        [event],
      );
      expect(queued.rows[0].n).toBe(0);
    }
  });
});

describe("sending while the event is cancelled or the guest answers", () => {
  it("sending next to cancel_event leaves no queued invitation message of the cancelled event", async () => {
    for (let round = 0; round < 10; round++) {
      const event = await bo.newEvent(org);
      const guests = await Promise.all([newGuest(), newGuest()]);
      for (const guest of guests) {
        await db.owner.query("insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2)", [
          event,
          guest,
        ]);
      }
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select outcome, reason from app_public.send_guest_invitations($1, null, null, null, '{email}', 'es-CO')",
          params: [event],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer2) },
          sql: "select status from app_public.cancel_event($1)",
          params: [event],
        },
      ]);
      expect(
        results.every((r) => r.ok),
        JSON.stringify(results),
      ).toBe(true);
      const queued = await db.owner.query(
        `select count(*)::int as n from app_public.outbound_messages
          where event_id = $1 and cause_kind = 'guest_invitation' and status = 'queued'`,
        [event],
      );
      expect(queued.rows[0].n, `round ${round}: ${JSON.stringify(results)}`).toBe(0);
    }
  });

  it("sending next to the guest's own answer: the answered invitation's message is never left queued", async () => {
    for (let round = 0; round < 3; round++) {
      const event = await bo.newEvent(org);
      const guest = await newGuest();
      const { rows } = await db.owner.query(
        `insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2)
         returning id, app_private.rsvp_token(id, rsvp_version) as token`,
        [event, guest],
      );
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select outcome, reason from app_public.send_guest_invitations($1, $2, null, null, '{email}', 'es-CO')",
          params: [event, [rows[0].id]],
        },
        {
          role: "anonymous",
          sql: "select status from app_public.respond_to_invitation($1, false)",
          params: [rows[0].token],
        },
      ]);
      expect(
        results.every((r) => r.ok),
        JSON.stringify(results),
      ).toBe(true);
      const queued = await db.owner.query(
        "select count(*)::int as n from app_public.outbound_messages where guest_id = $1 and status = 'queued'",
        [guest],
      );
      expect(queued.rows[0].n, `round ${round}: ${JSON.stringify(results)}`).toBe(0);
    }
  });
});

describe("sending while the producer reissues the link", () => {
  it("never leaves a queued message with a dead link, and neither is refused", async () => {
    for (let round = 0; round < 3; round++) {
      const event = await bo.newEvent(org);
      const guest = await newGuest();
      const { rows } = await db.owner.query(
        "insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2) returning id",
        [event, guest],
      );
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select outcome from app_public.send_guest_invitations($1, $2, null, null, '{email}', 'es-CO')",
          params: [event, [rows[0].id]],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer2) },
          sql: "select rsvp_version from app_public.reissue_rsvp_link($1)",
          params: [rows[0].id],
        },
      ]);
      expect(
        results.every((r) => r.ok),
        JSON.stringify(results),
      ).toBe(true);
      const dead = await db.owner.query(
        `select count(*)::int as n from app_public.outbound_messages m join app_public.guest_invitations i on i.guest_id = m.guest_id
          where i.id = $1 and m.status = 'queued' and m.cause_id <> app_private.guest_invitation_cause(i.id, i.rsvp_version)`,
        [rows[0].id],
      );
      expect(dead.rows[0].n, `round ${round}: ${JSON.stringify(results)}`).toBe(0);
    }
  });
});

describe("answering with a link while it is reissued", () => {
  it("refuses an answer through the old link that waited for the reissue; the invitation keeps waiting under its new link", async () => {
    const event = await bo.newEvent(org);
    const guest = await newGuest();
    const { rows } = await db.owner.query(
      `insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2)
       returning id, app_private.rsvp_token(id, rsvp_version) as token`,
      [event, guest],
    );
    const { id, token } = rows[0] as { id: string; token: string };
    // The producer reissues first and holds the locks; the guest answers with
    // the old link meanwhile (it finds the invitation under the link that was
    // still valid when it looked) and waits; then the reissue commits.
    const answered = await afterCommitOf(
      { role: "member", claims: { session_id: await db.sessionFor(producer) } },
      "select app_public.reissue_rsvp_link($1)",
      [id],
      { role: "anonymous" },
      "select status from app_public.respond_to_invitation($1, true)",
      [token],
    );
    expect(answered).toMatchObject({ ok: false, code: "NTFND" });
    const after = await db.owner.query("select status, rsvp_version from app_public.guest_invitations where id = $1", [
      id,
    ]);
    expect(after.rows[0]).toMatchObject({ status: "invited", rsvp_version: 2 });
  });
});

interface Caller {
  role: "anonymous" | "member";
  claims?: Record<string, string>;
}

/**
 * Runs `firstSql` in an open transaction, then `secondSql` in another one,
 * waits until the second waits for a lock the first holds, commits the first
 * and returns what the second did (committed if it succeeded). A fixed order
 * of two real concurrent transactions: the second decides after the first's
 * commit, on rows it may have found before it.
 */
async function afterCommitOf(
  first: Caller,
  firstSql: string,
  firstParams: unknown[],
  second: Caller,
  secondSql: string,
  secondParams: unknown[],
): Promise<{ ok: boolean; code?: string; rows: Record<string, unknown>[] }> {
  const [a, b] = await Promise.all([db.authenticator.connect(), db.authenticator.connect()]);
  try {
    const open = async (client: typeof a, caller: Caller) => {
      await client.query("begin");
      await client.query(`set local role ${db.settings.roles[caller.role]}`);
      for (const [key, value] of Object.entries(caller.claims ?? {})) {
        await client.query("select set_config($1, $2, true)", [`jwt.claims.${key}`, value]);
      }
      return (await client.query("select pg_backend_pid() as pid")).rows[0].pid as number;
    };
    await open(a, first);
    const pid = await open(b, second);
    await a.query(firstSql, firstParams);
    const acting = b.query(secondSql, secondParams).then(
      (result) => ({ ok: true, rows: result.rows as Record<string, unknown>[] }),
      (error: { code?: string }) => ({ ok: false, code: error.code, rows: [] }),
    );
    for (let attempt = 0; ; attempt++) {
      const { rows } = await db.owner.query("select 1 from pg_locks where not granted and pid = $1", [pid]);
      if (rows.length > 0) break;
      if (attempt > 1000) throw new Error("the second transaction never waited for the first");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await a.query("commit");
    const outcome = await acting;
    await b.query(outcome.ok ? "commit" : "rollback");
    return outcome;
  } finally {
    a.release(true);
    b.release(true);
  }
}
