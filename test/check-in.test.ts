// E-tickets and the door (issue 15): one ticket per seat with a 128-bit code
// stored only as a hash, the public ticket page, check-in once (two doors
// scanning at once: one wins, the other is told when it entered), offline
// scans that sync later (the first scan by time wins), the door role that only
// scans, and supervisors who search, check in by hand and revoke.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APPLY_WOMPI,
  type Booking,
  boxOffice,
  checksumOf,
  expectRefused,
  transactionFor,
} from "./helpers/box-office.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type Entrant, race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let event: string;
let otherEvent: string;
let door: string;
let producer: string;
let viewer: string;
let outsider: string;
let otherDoor: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  org = await bo.newOrganization("puerta");
  door = await bo.addMember(org, "door");
  producer = await bo.addMember(org, "producer");
  viewer = await bo.addMember(org, "viewer");
  const other = await bo.newOrganization("ajena");
  outsider = await bo.addMember(other, "owner", "outsider");
  otherDoor = await bo.addMember(other, "door", "other-door");
  event = await bo.newEvent(org);
  otherEvent = await bo.newEvent(org);
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

interface Pass {
  code: string;
  seat: number;
  seats: number;
  status: string;
  holder_name: string;
  tier_name: string;
}

/** A paid booking of the event and its passes (codes), as the buyer's page gets them. */
async function paidBooking(quantity = 2, eventId = event): Promise<{ booking: Booking; passes: Pass[] }> {
  const tier = await bo.newTier(eventId, { price: 60_000, quantity: 20 });
  const booking = await bo.reserve(tier, quantity, { name: "Valentina Ríos" });
  await db.owner.query(APPLY_WOMPI, [checksumOf(), transactionFor(booking, "APPROVED")]);
  return { booking, passes: await passesOf(booking) };
}

async function passesOf(booking: Booking): Promise<Pass[]> {
  return db.asAnonymous(
    async (c) => (await c.query("select * from app_public.booking_passes($1)", [booking.access_token])).rows,
  );
}

const CHECK_IN = "select * from app_public.check_in_ticket($1, $2, $3, $4, $5)";

async function checkIn(
  profile: string,
  code: string,
  options: { gate?: string; event?: string | null; scannedAt?: Date; device?: string } = {},
) {
  const outcome = await db.committed("member", { session_id: await db.sessionFor(profile) }, async (c) => {
    const { rows } = await c.query(CHECK_IN, [
      code,
      options.gate ?? "Puerta 1",
      options.event === undefined ? event : options.event,
      options.scannedAt ?? null,
      options.device ?? "device-a",
    ]);
    return rows[0];
  });
  return outcome;
}

async function ticketRow(code: string) {
  const { rows } = await db.owner.query(
    "select * from app_public.tickets where code_hash = app_private.ticket_code_hash($1)",
    [code],
  );
  return rows[0];
}

describe("codes", () => {
  it("gives each seat its own 26-character code (128 bits) that the tables never hold", async () => {
    const { booking, passes } = await paidBooking(3);
    expect(passes.map((p) => p.seat)).toEqual([1, 2, 3]);
    expect(passes.every((p) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(p.code))).toBe(true);
    expect(new Set(passes.map((p) => p.code)).size).toBe(3);
    // No column anywhere holds a code; only its SHA-256.
    const { rows } = await db.owner.query(
      `select string_agg(to_jsonb(t)::text, '') as everything from app_public.tickets t where t.booking_id = $1`,
      [booking.id],
    );
    for (const pass of passes) expect(rows[0].everything).not.toContain(pass.code);
    const hashes = await db.owner.query(
      "select encode(code_hash, 'hex') as hash from app_public.tickets where booking_id = $1 order by seat",
      [booking.id],
    );
    const { createHash } = await import("node:crypto");
    const decoded = await db.owner.query("select encode(app_private.base32_decode($1, 16), 'hex') as raw", [
      passes[0]?.code,
    ]);
    expect(hashes.rows[0].hash).toBe(
      createHash("sha256").update(Buffer.from(decoded.rows[0].raw, "hex")).digest("hex"),
    );
  });

  it("shows no codes while the booking is not paid", async () => {
    const tier = await bo.newTier(event, { quantity: 5 });
    const booking = await bo.reserve(tier, 2);
    expect(await passesOf(booking)).toEqual([]);
  });

  it("opens the public ticket page with the code, forgiving case, spaces and dashes, and nothing else", async () => {
    const { passes } = await paidBooking(1);
    const code = passes[0]?.code as string;
    const spelled = `${code.slice(0, 5).toLowerCase()}-${code.slice(5, 13)} ${code.slice(13)}`.replace(/0/g, "o");
    for (const text of [code, spelled]) {
      const page = await db.asAnonymous(
        async (c) => (await c.query("select * from app_public.ticket_by_code($1)", [text])).rows[0],
      );
      expect(page, text).toMatchObject({ code, status: "valid", holder_name: "Valentina Ríos", seat: 1, seats: 1 });
    }
    const flipped = `${code.slice(0, -1)}${code.endsWith("0") ? "2" : "0"}`;
    for (const text of [flipped, "", "x".repeat(26), "0".repeat(26)]) {
      const page = await db.asAnonymous(
        async (c) => (await c.query("select code from app_public.ticket_by_code($1)", [text])).rows[0],
      );
      expect(page?.code ?? null, text).toBeNull();
    }
  });
});

describe("check-in", () => {
  it("lets a ticket in once: green with tier and name, then red with when and where it entered", async () => {
    const { passes } = await paidBooking(2);
    const code = passes[0]?.code as string;
    const first = await checkIn(door, code, { gate: "Puerta norte" });
    expect(first.ok, first.message).toBe(true);
    expect(first.value).toMatchObject({
      outcome: "checked_in",
      holder_name: "Valentina Ríos",
      seat: 1,
      seats: 2,
      checked_in_gate: "Puerta norte",
      booking_status: "paid",
    });
    const second = await checkIn(producer, code, { gate: "Puerta sur" });
    expect(second.value).toMatchObject({
      outcome: "already_checked_in",
      checked_in_gate: "Puerta norte",
      checked_in_at: first.value.checked_in_at,
    });
    // The other seat is its own ticket.
    expect((await checkIn(door, passes[1]?.code as string)).value.outcome).toBe("checked_in");
    const log = await db.owner.query(
      "select action, method, gate from app_public.ticket_check_ins where ticket_id = $1 order by recorded_at, id",
      [(await ticketRow(code)).id],
    );
    expect(log.rows).toEqual([
      { action: "check_in", method: "scan", gate: "Puerta norte" },
      { action: "duplicate", method: "scan", gate: "Puerta sur" },
    ]);
  });

  it("two doors scanning the same ticket at once: one wins, the other sees the winner's time and gate", async () => {
    for (let round = 0; round < 3; round++) {
      const { passes } = await paidBooking(1);
      const code = passes[0]?.code as string;
      const at = async (gate: string, profile: string): Promise<Entrant> => ({
        role: "member",
        claims: { session_id: await db.sessionFor(profile) },
        sql: CHECK_IN,
        params: [code, gate, event, null, gate],
      });
      const results = await race(db, [await at("Puerta norte", door), await at("Puerta sur", producer)]);
      const outcomes = results.map((r) => r.rows[0]?.outcome).sort();
      expect(outcomes).toEqual(["already_checked_in", "checked_in"]);
      const winner = results.find((r) => r.rows[0]?.outcome === "checked_in")?.rows[0];
      const loser = results.find((r) => r.rows[0]?.outcome === "already_checked_in")?.rows[0];
      expect(loser?.checked_in_at).toEqual(winner?.checked_in_at);
      expect(loser?.checked_in_gate).toBe(winner?.checked_in_gate);
      const row = await ticketRow(code);
      expect(row.checked_in_gate).toBe(winner?.checked_in_gate);
    }
  });

  it("refuses tickets that do not admit: unpaid, refunded, another event's (red, logged)", async () => {
    const tier = await bo.newTier(event, { quantity: 5, price: 0 });
    const free = await bo.reserve(tier, 1);
    const [freePass] = await passesOf(free);
    await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select app_public.refund_booking($1)", [free.id]),
    );
    const refunded = await checkIn(door, freePass?.code as string);
    expect(refunded.value).toMatchObject({ outcome: "not_valid", booking_status: "refunded" });

    const { passes } = await paidBooking(1, otherEvent);
    const wrong = await checkIn(door, passes[0]?.code as string, { event });
    expect(wrong.value).toMatchObject({ outcome: "wrong_event", event_id: otherEvent });
    expect((await ticketRow(passes[0]?.code as string)).checked_in_at).toBeNull();
    // Without an event to check against, the door takes any event of its organization.
    expect((await checkIn(door, passes[0]?.code as string, { event: null })).value.outcome).toBe("checked_in");
  });

  it("answers not_found for a code that opens nothing, or another organization's ticket", async () => {
    const { passes } = await paidBooking(1);
    const code = passes[0]?.code as string;
    expect((await checkIn(otherDoor, code, { event: null })).value.outcome).toBe("not_found");
    expect((await checkIn(outsider, code, { event: null })).value.outcome).toBe("not_found");
    expect((await checkIn(door, "0".repeat(26))).value.outcome).toBe("not_found");
    expect((await ticketRow(code)).checked_in_at).toBeNull();
  });

  it("lets only door staff, producers, admins and owners scan; viewers are FORBIDDEN, visitors must sign in", async () => {
    const { passes } = await paidBooking(1);
    expectRefused(await checkIn(viewer, passes[0]?.code as string), "DNIED");
    const anonymous = await db.committed("anonymous", {}, (c) =>
      c.query(CHECK_IN, [passes[0]?.code, "Puerta 1", event, null, null]),
    );
    expect(anonymous.code).toBe("42501");
  });

  it("needs a gate name of 1 to 60 characters and a sensible scan time (INVAL)", async () => {
    const { passes } = await paidBooking(1);
    const code = passes[0]?.code as string;
    for (const gate of ["", "   ", "G".repeat(61)]) expectRefused(await checkIn(door, code, { gate }), "INVAL");
    expectRefused(await checkIn(door, code, { scannedAt: new Date(Date.now() + 3_600_000) }), "INVAL");
    expectRefused(await checkIn(door, code, { scannedAt: new Date(Date.now() - 8 * 86_400_000) }), "INVAL");
    expectRefused(await checkIn(door, code, { device: "d".repeat(101) }), "INVAL");
    expect((await ticketRow(code)).checked_in_at).toBeNull();
  });
});

describe("offline scans synced later", () => {
  it("the first scan by time is the check-in of record, whichever reaches the server first", async () => {
    const { passes } = await paidBooking(1);
    const code = passes[0]?.code as string;
    const early = new Date(Date.now() - 10 * 60_000);
    const late = new Date(Date.now() - 2 * 60_000);
    // The later scan syncs first...
    const later = await checkIn(door, code, { gate: "Puerta sur", scannedAt: late, device: "tablet-sur" });
    expect(later.value).toMatchObject({ outcome: "checked_in", checked_in_gate: "Puerta sur" });
    // ...then the earlier one: it takes precedence.
    const earlier = await checkIn(door, code, { gate: "Puerta norte", scannedAt: early, device: "phone-norte" });
    expect(earlier.value).toMatchObject({ outcome: "checked_in", checked_in_gate: "Puerta norte" });
    expect(new Date(earlier.value.checked_in_at).getTime()).toBe(early.getTime());
    // An even later scan (online now) is a duplicate of the earliest.
    const now = await checkIn(door, code, { gate: "Puerta este" });
    expect(now.value).toMatchObject({ outcome: "already_checked_in", checked_in_gate: "Puerta norte" });
    const row = await ticketRow(code);
    expect(new Date(row.checked_in_at).getTime()).toBe(early.getTime());
    const log = await db.owner.query(
      "select action, method, gate from app_public.ticket_check_ins where ticket_id = $1 order by recorded_at, id",
      [row.id],
    );
    expect(log.rows).toEqual([
      { action: "check_in", method: "offline_sync", gate: "Puerta sur" },
      { action: "check_in", method: "offline_sync", gate: "Puerta norte" },
      { action: "duplicate", method: "scan", gate: "Puerta este" },
    ]);
  });

  it("two offline devices syncing the same ticket at once end on the earlier scan", async () => {
    for (let round = 0; round < 3; round++) {
      const { passes } = await paidBooking(1);
      const code = passes[0]?.code as string;
      const early = new Date(Date.now() - 5 * 60_000);
      const late = new Date(Date.now() - 60_000);
      const sync = async (gate: string, at: Date): Promise<Entrant> => ({
        role: "member",
        claims: { session_id: await db.sessionFor(door) },
        sql: CHECK_IN,
        params: [code, gate, event, at, gate],
      });
      const results = await race(db, [await sync("Puerta sur", late), await sync("Puerta norte", early)]);
      expect(results.every((r) => r.ok)).toBe(true);
      const row = await ticketRow(code);
      expect(row.checked_in_gate).toBe("Puerta norte");
      expect(new Date(row.checked_in_at).getTime()).toBe(early.getTime());
    }
  });
});

describe("supervisors", () => {
  it("search by name and check in by hand; the door role cannot read tickets, bookings or the log", async () => {
    const { booking } = await paidBooking(1);
    const found = await db.asProfile(producer, async (c) => {
      const { rows } = await c.query(
        `select t.id from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
          where t.event_id = $1 and b.buyer_name ilike '%valentina%' and b.id = $2`,
        [event, booking.id],
      );
      return rows;
    });
    expect(found).toHaveLength(1);
    const byHand = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) => {
      const { rows } = await c.query("select * from app_public.check_in_ticket_by_hand($1, 'Taquilla')", [
        found[0]?.id,
      ]);
      return rows[0];
    });
    expect(byHand.value).toMatchObject({ outcome: "checked_in", checked_in_gate: "Taquilla" });
    await db.asProfile(door, async (c) => {
      for (const table of ["tickets", "bookings", "ticket_check_ins", "payments"]) {
        const { rows } = await c.query(`select count(*)::int as n from app_public.${table}`);
        expect(rows[0].n, table).toBe(0);
      }
    });
    const doorByHand = await db.committed("member", { session_id: await db.sessionFor(door) }, (c) =>
      c.query("select * from app_public.check_in_ticket_by_hand($1, 'Taquilla')", [found[0]?.id]),
    );
    expectRefused(doorByHand, "NTFND");
  });

  it("revoke a check-in, recorded with who, when and why; the ticket may enter again", async () => {
    const { passes } = await paidBooking(1);
    const code = passes[0]?.code as string;
    await checkIn(door, code, { gate: "Puerta 1" });
    const ticket = await ticketRow(code);
    const revoke = async (profile: string) =>
      db.committed("member", { session_id: await db.sessionFor(profile) }, async (c) => {
        const { rows } = await c.query("select * from app_public.revoke_check_in($1, 'Escaneada por error')", [
          ticket.id,
        ]);
        return rows[0];
      });
    expectRefused(await revoke(door), "NTFND");
    const undone = await revoke(producer);
    expect(undone.ok, undone.message).toBe(true);
    expect(undone.value).toMatchObject({ checked_in_at: null, checked_in_gate: null });
    const log = await db.owner.query(
      "select action, actor_id, note from app_public.ticket_check_ins where ticket_id = $1 order by recorded_at, id",
      [ticket.id],
    );
    expect(log.rows.map((r) => r.action)).toEqual(["check_in", "revoke"]);
    expect(log.rows[1]).toMatchObject({ actor_id: producer, note: "Escaneada por error" });
    expect((await checkIn(door, code, { gate: "Puerta 2" })).value.outcome).toBe("checked_in");
  });

  it("count entries per gate and in total, for the door and producers; nothing for others", async () => {
    const countsEvent = await bo.newEvent(org);
    const { passes } = await paidBooking(3, countsEvent);
    await checkIn(door, passes[0]?.code as string, { gate: "Norte", event: countsEvent });
    await checkIn(door, passes[1]?.code as string, { gate: "Norte", event: countsEvent });
    await checkIn(door, passes[2]?.code as string, { gate: "Sur", event: countsEvent });
    const counts = (profile: string) =>
      db.asProfile(profile, async (c) => {
        const { rows } = await c.query("select gate, entries from app_public.check_in_counts($1)", [countsEvent]);
        return rows;
      });
    const expected = [
      { gate: null, entries: 3 },
      { gate: "Norte", entries: 2 },
      { gate: "Sur", entries: 1 },
    ];
    expect(await counts(door)).toEqual(expected);
    expect(await counts(producer)).toEqual(expected);
    expect(await counts(viewer)).toEqual([]);
    expect(await counts(outsider)).toEqual([]);
    const valid = await db.asProfile(door, async (c) => {
      const { rows } = await c.query(
        "select app_public.events_valid_ticket_count(e) as n from app_public.events e where id = $1",
        [countsEvent],
      );
      return rows[0]?.n;
    });
    expect(valid).toBe(3);
  });

  it("an owner or admin may invite someone as door staff, who then holds the door role", async () => {
    const owner = await bo.addMember(org, "owner", "door-owner");
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Portera', now()) returning id, email",
      [`portera-${Date.now()}@example.com`],
    );
    const invited = rows[0] as { id: string; email: string };
    const token = await db.committed("member", { session_id: await db.sessionFor(owner) }, async (c) => {
      const result = await c.query("select app_public.invite_to_organization($1, $2, 'door') as token", [
        org,
        invited.email,
      ]);
      return result.rows[0].token as string;
    });
    expect(token.ok, token.message).toBe(true);
    const accepted = await db.committed("member", { session_id: await db.sessionFor(invited.id) }, async (c) => {
      return (await c.query("select role from app_public.accept_invitation($1)", [token.value])).rows[0];
    });
    expect(accepted.ok, accepted.message).toBe(true);
    expect(accepted.value).toEqual({ role: "door" });
    const refused = await db.committed("member", { session_id: await db.sessionFor(owner) }, (c) =>
      c.query("select app_public.invite_to_organization($1, 'x@example.com', 'bouncer')", [org]),
    );
    expectRefused(refused, "INVAL");
  });

  it("the door role sees its organization and events, its own membership, and nothing of the content", async () => {
    await db.asProfile(door, async (c) => {
      const events = await c.query("select id from app_public.events where organization_id = $1", [org]);
      expect(events.rows.length).toBeGreaterThanOrEqual(2);
      const memberships = await c.query("select profile_id from app_public.memberships");
      expect(memberships.rows).toEqual([{ profile_id: door }]);
      const tiers = await c.query("select count(*)::int as n from app_public.ticket_tiers");
      expect(tiers.rows[0].n).toBe(0);
      const update = await attempt(c, "update app_public.events set title = 'x' where id = $1", [event]);
      expect(update.rowCount).toBe(0);
    });
  });
});
