// The box office's reservations (issue 15): who may book what, the limits
// (max_per_order, one live reservation per buyer email and tier), reservations
// that expire (RESERVATION_MINUTES, the minute job, lazily on the next booking
// and on read), cancellation and refunds that return stock once, and the
// stock invariant under real concurrent transactions: buyers, the expiry job
// and payment events racing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingMessages } from "./helpers/booking-mail.ts";
import {
  APPLY_WOMPI,
  BOOK,
  type Booking,
  boxOffice,
  checksumOf,
  expectRefused,
  transactionFor,
  unique,
} from "./helpers/box-office.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type Entrant, race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let otherOrg: string;
let producer: string;
let admin: string;
let viewer: string;
let outsider: string;
let publicEvent: string;
let draftEvent: string;
let privateEvent: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  org = await bo.newOrganization("pasarela");
  otherOrg = await bo.newOrganization("otra");
  producer = await bo.addMember(org, "producer");
  admin = await bo.addMember(org, "admin");
  viewer = await bo.addMember(org, "viewer");
  outsider = await bo.addMember(otherOrg, "owner", "outsider");
  publicEvent = await bo.newEvent(org);
  draftEvent = await bo.newEvent(org, { status: "draft" });
  privateEvent = await bo.newEvent(org, { isPublic: false });
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

async function bookingsOf(tierId: string): Promise<{ count: number; tickets: number }> {
  const { rows } = await db.owner.query(
    `select count(*)::int as count, coalesce(sum(quantity), 0)::int as tickets
       from app_public.bookings where tier_id = $1 and status in ('pending', 'paid')`,
    [tierId],
  );
  return rows[0];
}

/** A race entrant acting as the profile (a fresh session). */
const asProfile = async (profile: string, sql: string, params: unknown[]): Promise<Entrant> => ({
  role: "member",
  claims: { session_id: await db.sessionFor(profile) },
  sql,
  params,
});

describe("book_tickets: reservations", () => {
  it("gives an anonymous visitor a pending reservation of a priced tier, held for 15 minutes", async () => {
    const tier = await bo.newTier(publicEvent, { price: 45_000, quantity: 10 });
    const result = await bo.book(tier, 3, { name: "  Camila Ortiz  ", email: "Camila@Example.com" });
    expect(result.ok, result.message).toBe(true);
    const booking = result.value as Booking;
    expect(booking).toMatchObject({
      organization_id: org,
      event_id: publicEvent,
      tier_id: tier,
      profile_id: null,
      buyer_name: "Camila Ortiz",
      quantity: 3,
      status: "pending",
      payment_provider: null,
    });
    expect(Number(booking.total_cop)).toBe(135_000);
    expect(booking.reference).toMatch(/^FOS-[0-9A-HJKMNP-TV-Z]{13}$/);
    const minutes = ((booking.expires_at as Date).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.5);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await bo.soldCount(tier)).toBe(3);
    expect(await bookingsOf(tier)).toEqual({ count: 1, tickets: 3 });
    // One ticket per seat, none valid until paid.
    const { rows } = await db.owner.query("select seat from app_public.tickets where booking_id = $1 order by seat", [
      booking.id,
    ]);
    expect(rows.map((r) => r.seat)).toEqual([1, 2, 3]);
  });

  it("hands the access token to the caller who booked, and nobody else", async () => {
    const tier = await bo.newTier(publicEvent);
    const booking = await bo.reserve(tier, 1);
    expect(booking.access_token).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    // It opens the booking page...
    const page = await db.asAnonymous(async (client) => {
      const { rows } = await client.query("select * from app_public.booking_by_access_token($1)", [
        booking.access_token,
      ]);
      return rows[0];
    });
    expect(page).toMatchObject({
      booking_id: booking.id,
      status: "pending",
      quantity: 1,
      reference: booking.reference,
    });
    // ...and nothing else hands it out: no column of the booking holds it, not even hashed with its own bytes.
    const staffView = await db.asProfile(producer, async (client) => {
      const { rows } = await client.query("select to_jsonb(b)::text as row from app_public.bookings b where id = $1", [
        booking.id,
      ]);
      return rows[0].row as string;
    });
    expect(staffView).not.toContain(booking.access_token);
    const { rows } = await db.owner.query("select access_hash from app_public.bookings where id = $1", [booking.id]);
    expect(Buffer.from(rows[0].access_hash).toString("hex")).not.toContain(booking.access_token.toLowerCase());
  });

  it("answers null for a token that opens nothing, and for one a character off", async () => {
    const tier = await bo.newTier(publicEvent);
    const booking = await bo.reserve(tier, 1);
    const flipped = `${booking.access_token.slice(0, -1)}${booking.access_token.endsWith("0") ? "1" : "0"}`;
    for (const token of [flipped, "", "not a token", "0".repeat(32)]) {
      const page = await db.asAnonymous(
        async (client) => (await client.query("select * from app_public.booking_by_access_token($1)", [token])).rows[0],
      );
      expect(page?.booking_id ?? null, token).toBeNull();
    }
  });

  it("confirms a free tier at once (paid, provider free) and queues the tickets mail", async () => {
    const tier = await bo.newTier(publicEvent, { price: 0, quantity: 50 });
    const booking = await bo.reserve(tier, 2);
    expect(booking).toMatchObject({ status: "paid", payment_provider: "free", quantity: 2, expires_at: null });
    expect(Number(booking.total_cop)).toBe(0);
    expect(await bo.soldCount(tier)).toBe(2);
    // The tickets mail is one outbox message with its job, enqueued in the booking's transaction.
    expect(await bookingMessages(db, booking.id)).toEqual([
      expect.objectContaining({
        cause_kind: "booking_paid",
        template_key: "booking_paid",
        status: "queued",
        queued_job: true,
      }),
    ]);
    expect(await bo.jobs("send_booking_email")).toEqual([]);
  });

  it("queues no mail for a reservation that is not paid", async () => {
    const tier = await bo.newTier(publicEvent);
    const booking = await bo.reserve(tier, 1);
    expect(await bookingMessages(db, booking.id)).toEqual([]);
  });

  it("lets staff of the organization book a tier of its private event", async () => {
    const tier = await bo.newTier(privateEvent, { price: 0, quantity: 5 });
    const booking = await bo.reserve(tier, 1, { profile: producer });
    expect(booking.profile_id).toBe(producer);
  });

  it("holds a reservation for RESERVATION_MINUTES (the request setting), clamped to 1..60", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 20 });
    const cases: [string, number][] = [
      ["1", 1],
      ["5", 5],
      ["0", 1],
      ["600", 60],
      ["many", 15],
    ];
    for (const [setting, minutes] of cases) {
      const booking = await bo.reserve(tier, 1, { settings: { "fashionos.reservation_minutes": setting } });
      const held = ((booking.expires_at as Date).getTime() - Date.now()) / 60_000;
      expect(held, setting).toBeGreaterThan(minutes - 0.5);
      expect(held, setting).toBeLessThanOrEqual(minutes);
    }
  });
});

describe("book_tickets: limits and refusals write nothing", () => {
  it("refuses more than the tier's max_per_order (default 10) with MAXPO", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 100 });
    expectRefused(await bo.book(tier, 11), "MAXPO");
    expect((await bo.book(tier, 10)).ok).toBe(true);
    const small = await bo.newTier(publicEvent, { quantity: 100, maxPerOrder: 2 });
    const refused = await bo.book(small, 3);
    expectRefused(refused, "MAXPO");
    expect(refused.message).toContain("at most 2");
    expect(await bo.soldCount(small)).toBe(0);
  });

  it("refuses fewer than one ticket with INVAL", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 100 });
    for (const quantity of [0, -1, null]) expectRefused(await bo.book(tier, quantity), "INVAL");
    expect(await bo.soldCount(tier)).toBe(0);
  });

  it("refuses an invalid or overlong email (EMAIL) and a blank or overlong name (INVAL)", async () => {
    const tier = await bo.newTier(publicEvent);
    for (const email of ["camila", "camila@example", "camila @example.com", "", `${"a".repeat(320)}@example.com`]) {
      expectRefused(await bo.book(tier, 1, { email }), "EMAIL");
    }
    for (const name of ["", "   ", "N".repeat(201)]) expectRefused(await bo.book(tier, 1, { name }), "INVAL");
    expect(await bookingsOf(tier)).toEqual({ count: 0, tickets: 0 });
  });

  it("allows one live reservation per buyer email and tier (RSVEX), whatever the case of the address", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 20 });
    const other = await bo.newTier(publicEvent, { quantity: 20 });
    const email = `hoarder-${unique()}@example.com`;
    const first = await bo.reserve(tier, 2, { email });
    const again = await bo.book(tier, 1, { email: email.toUpperCase() });
    expectRefused(again, "RSVEX");
    expect(again.message).toContain("held until");
    // Another tier, or another address, is another reservation.
    expect((await bo.book(other, 1, { email })).ok).toBe(true);
    expect((await bo.book(tier, 1)).ok).toBe(true);
    // Once the first is paid or gone, the address may reserve again.
    await bo.lapse(first.id);
    expect((await bo.book(tier, 1, { email })).ok).toBe(true);
    await bo.expectStockConsistent(tier);
  });

  it("refuses a tier whose sales window has closed or not yet opened, or whose event started (CLOSD)", async () => {
    const closed = await bo.newTier(publicEvent, { salesStart: "-10 days", salesEnd: "-1 day" });
    const notYet = await bo.newTier(publicEvent, { salesStart: "1 day", salesEnd: "2 days" });
    const started = await bo.newTier(await bo.newEvent(org, { startsIn: "-1 hour" }));
    for (const tier of [closed, notYet, started]) expectRefused(await bo.book(tier, 1), "CLOSD");
    expect(await bookingsOf(closed)).toEqual({ count: 0, tickets: 0 });
  });

  it("hides draft and private events' tiers from the public and other people (NTFND); staff learn CLOSD", async () => {
    const draft = await bo.newTier(draftEvent, { price: 0 });
    const hidden = await bo.newTier(privateEvent);
    for (const tier of [draft, hidden]) {
      expectRefused(await bo.book(tier, 1), "NTFND");
      expectRefused(await bo.book(tier, 1, { profile: outsider }), "NTFND");
    }
    expectRefused(await bo.book(draft, 1, { profile: producer }), "CLOSD");
    expectRefused(await bo.book("00000000-0000-4000-8000-000000000000", 1), "NTFND");
  });

  it("refuses more tickets than are left with SOLDO, saying how many are left", async () => {
    const tier = await bo.newTier(publicEvent, { price: 30_000, quantity: 4 });
    await bo.reserve(tier, 3);
    const tooMany = await bo.book(tier, 2);
    expectRefused(tooMany, "SOLDO");
    expect(tooMany.message).toContain("1 available");
    await bo.reserve(tier, 1);
    expectRefused(await bo.book(tier, 1), "SOLDO");
    expect(await bo.expectStockConsistent(tier)).toBe(4);
  });
});

describe("expiry", () => {
  it("the minute job expires lapsed reservations and returns their tickets in the same transaction", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 5 });
    const lapsed = await bo.reserve(tier, 2);
    const live = await bo.reserve(tier, 1);
    const paidTier = await bo.newTier(publicEvent, { price: 0, quantity: 5 });
    const free = await bo.reserve(paidTier, 1);
    await bo.lapse(lapsed.id);
    const { rows } = await db.owner.query("select app_private.expire_reservations() as n");
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
    expect(await bo.statusOf(lapsed.id)).toBe("expired");
    expect(await bo.statusOf(live.id)).toBe("pending");
    expect(await bo.statusOf(free.id)).toBe("paid");
    expect(await bo.expectStockConsistent(tier)).toBe(1);
    // Running again changes nothing: tickets return once.
    await db.owner.query("select app_private.expire_reservations()");
    expect(await bo.expectStockConsistent(tier)).toBe(1);
    const closed = await bo.bookingRow(lapsed.id);
    expect(closed).toMatchObject({ status: "expired" });
  });

  it("lazily: a buyer gets the tickets of a lapsed reservation before the job has run", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 3 });
    const holder = await bo.reserve(tier, 3);
    expectRefused(await bo.book(tier, 1), "SOLDO");
    await bo.lapse(holder.id);
    const buyer = await bo.reserve(tier, 3);
    expect(buyer.status).toBe("pending");
    expect(await bo.statusOf(holder.id)).toBe("expired");
    expect(await bo.expectStockConsistent(tier)).toBe(3);
  });

  it("on read: a lapsed reservation reads expired and its tickets available before anything wrote", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 4 });
    const holder = await bo.reserve(tier, 3);
    const before = await db.asAnonymous(async (client) => {
      const { rows } = await client.query(
        "select app_public.ticket_tiers_available_count(t) as available from app_public.ticket_tiers t where id = $1",
        [tier],
      );
      return rows[0].available;
    });
    expect(before).toBe(1);
    await bo.lapse(holder.id);
    const after = await db.asAnonymous(async (client) => {
      const { rows } = await client.query(
        "select app_public.ticket_tiers_available_count(t) as available from app_public.ticket_tiers t where id = $1",
        [tier],
      );
      const page = await client.query("select status from app_public.booking_by_access_token($1)", [
        holder.access_token,
      ]);
      return { available: rows[0].available, status: page.rows[0].status };
    });
    expect(after).toEqual({ available: 4, status: "expired" });
    const staff = await db.asProfile(producer, async (client) => {
      const { rows } = await client.query(
        `select app_public.bookings_current_status(b) as status,
                app_public.ticket_tiers_reserved_count(t) as reserved, app_public.ticket_tiers_paid_count(t) as paid
           from app_public.bookings b join app_public.ticket_tiers t on t.id = b.tier_id where b.id = $1`,
        [holder.id],
      );
      return rows[0];
    });
    expect(staff).toEqual({ status: "expired", reserved: 0, paid: 0 });
    // Nothing was written by reading.
    expect(await bo.statusOf(holder.id)).toBe("pending");
  });
});

describe("never oversold: real concurrent transactions", () => {
  const bookAs = (tierId: string, quantity: number, i: number): Entrant => ({
    role: "anonymous",
    sql: BOOK,
    params: [tierId, quantity, `Buyer ${i}`, `buyer-${i}-${unique()}@example.com`],
  });

  it("30 buyers of 1 ticket against 10 tickets: exactly 10 succeed, 20 get SOLDO", async () => {
    const tier = await bo.newTier(publicEvent, { price: 80_000, quantity: 10 });
    const results = await race(
      db,
      Array.from({ length: 30 }, (_, i) => bookAs(tier, 1, i)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(["SOLDO"]));
    expect(await bo.expectStockConsistent(tier)).toBe(10);
  });

  it("30 buyers of 1 to 3 tickets: no oversell, and nobody refused while enough was left", async () => {
    const tier = await bo.newTier(publicEvent, { price: 80_000, quantity: 10 });
    const quantities = Array.from({ length: 30 }, (_, i) => (i % 3) + 1);
    const results = await race(
      db,
      quantities.map((q, i) => bookAs(tier, q, i)),
    );
    const sold = await bo.expectStockConsistent(tier);
    const soldByBuyers = results.reduce((sum, r, i) => sum + (r.ok ? (quantities[i] as number) : 0), 0);
    expect(sold).toBe(soldByBuyers);
    results.forEach((r, i) => {
      if (!r.ok) {
        expect(r.code).toBe("SOLDO");
        expect(10 - sold).toBeLessThan(quantities[i] as number);
      }
    });
  });

  it("buyers racing the expiry job for tickets held by lapsed reservations: exactly the stock is sold", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    for (let i = 0; i < 5; i++) await bo.lapse((await bo.reserve(tier, 2)).id);
    const results = await race(db, [
      { role: "owner", sql: "select app_private.expire_reservations()" },
      ...Array.from({ length: 15 }, (_, i) => bookAs(tier, 1, i)),
      { role: "owner", sql: "select app_private.expire_reservations()" },
    ]);
    const buyers = results.slice(1, -1);
    expect(results[0]?.ok, results[0]?.message).toBe(true);
    expect(buyers.filter((r) => r.ok)).toHaveLength(10);
    expect(new Set(buyers.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(["SOLDO"]));
    expect(await bo.expectStockConsistent(tier)).toBe(10);
  });

  it("a payment event racing the expiry job for the same lapsed reservation: paid, counted once", async () => {
    for (let round = 0; round < 3; round++) {
      const tier = await bo.newTier(publicEvent, { quantity: 4 });
      const booking = await bo.reserve(tier, 2);
      await bo.lapse(booking.id);
      const results = await race(db, [
        { role: "owner", sql: "select app_private.expire_reservations()" },
        { role: "owner", sql: APPLY_WOMPI, params: [checksumOf(), transactionFor(booking, "APPROVED")] },
      ]);
      expect(
        results.every((r) => r.ok),
        JSON.stringify(results),
      ).toBe(true);
      expect(["confirmed", "confirmed_after_expiry"]).toContain(
        (results[1]?.rows[0]?.result as { outcome: string }).outcome,
      );
      expect(await bo.statusOf(booking.id)).toBe("paid");
      expect(await bo.expectStockConsistent(tier)).toBe(2);
    }
  });

  it("a late payment racing buyers for the last tickets: either it gets them or a refund is owed, never both", async () => {
    for (let round = 0; round < 3; round++) {
      const tier = await bo.newTier(publicEvent, { quantity: 3 });
      const late = await bo.reserve(tier, 3);
      await bo.lapse(late.id);
      await db.owner.query("select app_private.expire_reservations()");
      const results = await race(db, [
        bookAs(tier, 2, 1),
        { role: "owner", sql: APPLY_WOMPI, params: [checksumOf(), transactionFor(late, "APPROVED")] },
        bookAs(tier, 2, 2),
      ]);
      const sold = await bo.expectStockConsistent(tier);
      const outcome = (results[1]?.rows[0]?.result as { outcome: string }).outcome;
      const refunds = await db.owner.query(
        "select reason from app_public.payments where booking_id = $1 and kind = 'refund'",
        [late.id],
      );
      if (outcome === "confirmed_after_expiry") {
        expect(await bo.statusOf(late.id)).toBe("paid");
        expect(refunds.rows).toEqual([]);
        expect(sold).toBe(3);
      } else {
        expect(outcome).toBe("refund_due_sold_out_after_expiry");
        expect(await bo.statusOf(late.id)).toBe("expired");
        expect(refunds.rows).toEqual([{ reason: "sold_out_after_expiry" }]);
      }
      expect(results.filter((r, i) => i !== 1 && r.ok).length).toBeLessThanOrEqual(1);
    }
  });

  it("two refunds of one booking at once return its tickets once and owe one refund", async () => {
    const tier = await bo.newTier(publicEvent, { price: 0, quantity: 5 });
    const booking = await bo.reserve(tier, 2);
    const refund = "select status from app_public.refund_booking($1, 'duplicate')";
    const results = await race(db, [
      await asProfile(producer, refund, [booking.id]),
      await asProfile(admin, refund, [booking.id]),
    ]);
    expect(results.map((r) => r.rows[0]?.status)).toEqual(["refunded", "refunded"]);
    expect(await bo.expectStockConsistent(tier)).toBe(0);
  });
});

describe("cancelling and refunding", () => {
  it("cancels a reservation: stock returns once, the reason and who are recorded; a second call changes nothing", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    const keep = await bo.reserve(tier, 2);
    const cancel = await bo.reserve(tier, 3);
    for (let i = 0; i < 2; i++) {
      const result = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (client) => {
        const { rows } = await client.query("select * from app_public.cancel_booking($1, 'Pidió cambiar de fecha')", [
          cancel.id,
        ]);
        return rows[0];
      });
      expect(result.ok, result.message).toBe(true);
      expect(result.value).toMatchObject({
        status: "cancelled",
        closed_by: producer,
        close_reason: "Pidió cambiar de fecha",
      });
    }
    expect(await bo.statusOf(keep.id)).toBe("pending");
    expect(await bo.expectStockConsistent(tier)).toBe(2);
  });

  it("refunds a paid booking: its tickets stop admitting and return once, and the refund is owed until paid out", async () => {
    const tier = await bo.newTier(publicEvent, { price: 50_000, quantity: 10 });
    const booking = await bo.reserve(tier, 2);
    await db.owner.query(APPLY_WOMPI, [checksumOf(), transactionFor(booking, "APPROVED", `txn-${booking.id}`)]);
    expect(await bo.statusOf(booking.id)).toBe("paid");
    const session = { session_id: await db.sessionFor(producer) };
    // Paid bookings are refunded, not cancelled.
    const cancel = await db.committed("member", session, (c) =>
      c.query("select * from app_public.cancel_booking($1)", [booking.id]),
    );
    expectRefused(cancel, "CONFL");
    for (let i = 0; i < 2; i++) {
      const refund = await db.committed("member", session, (c) =>
        c.query("select * from app_public.refund_booking($1, 'Evento aplazado')", [booking.id]),
      );
      expect(refund.ok, refund.message).toBe(true);
    }
    expect(await bo.statusOf(booking.id)).toBe("refunded");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
    const { rows: refunds } = await db.owner.query(
      `select r.status, r.reason, r.amount_in_cents::int as cents, r.refund_of = c.id as of_charge, r.recorded_by
         from app_public.payments r join app_public.payments c on c.provider_transaction_id = $2
        where r.booking_id = $1 and r.kind = 'refund'`,
      [booking.id, `txn-${booking.id}`],
    );
    expect(refunds).toEqual([
      { status: "PENDING", reason: "booking_refunded", cents: 10_000_000, of_charge: true, recorded_by: producer },
    ]);
    // Paid out: recorded, never deleted; the charge stays APPROVED.
    const refundId = (
      await db.owner.query("select id from app_public.payments where booking_id = $1 and kind = 'refund'", [booking.id])
    ).rows[0].id;
    const done = await db.committed("member", session, (c) =>
      c.query("select status, settled_at is not null as settled from app_public.complete_refund($1)", [refundId]),
    );
    expect(done.ok, done.message).toBe(true);
    const { rows: movements } = await db.owner.query(
      "select kind, status from app_public.payments where booking_id = $1 order by kind",
      [booking.id],
    );
    expect(movements).toEqual([
      { kind: "charge", status: "APPROVED" },
      { kind: "refund", status: "APPROVED" },
    ]);
  });

  it("refuses to refund what was never paid (CONFL), and lets only producers, admins and owners act (NTFND)", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    const booking = await bo.reserve(tier, 1);
    const asWho = async (profile: string, sql: string) =>
      db.committed("member", { session_id: await db.sessionFor(profile) }, (c) => c.query(sql, [booking.id]));
    expectRefused(await asWho(producer, "select * from app_public.refund_booking($1)"), "CONFL");
    for (const profile of [viewer, outsider]) {
      expectRefused(await asWho(profile, "select * from app_public.cancel_booking($1)"), "NTFND");
      expectRefused(await asWho(profile, "select * from app_public.refund_booking($1)"), "NTFND");
    }
    const anonymous = await db.committed("anonymous", {}, (c) =>
      c.query("select * from app_public.cancel_booking($1)", [booking.id]),
    );
    expect(anonymous.code).toBe("42501");
    expect(await bo.statusOf(booking.id)).toBe("pending");
    await bo.expectStockConsistent(tier);
  });

  it("refuses transitions that would reopen or skip states, even to the owner role (CONFL)", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    const booking = await bo.reserve(tier, 1);
    await bo.lapse(booking.id);
    await db.owner.query("select app_private.expire_reservations()");
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      for (const status of ["pending", "refunded"]) {
        const r = await attempt(client, "update app_public.bookings set status = $2 where id = $1", [
          booking.id,
          status,
        ]);
        expect(r.code, status).toBe("CONFL");
      }
    } finally {
      await client.query("rollback");
      client.release();
    }
    await bo.expectStockConsistent(tier);
  });

  it("gives no request role a direct write on bookings: changes go through the functions", async () => {
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    const booking = await bo.reserve(tier, 1);
    await db.asProfile(admin, async (client) => {
      const r = await attempt(client, "update app_public.bookings set status = 'cancelled' where id = $1", [
        booking.id,
      ]);
      expect(r.code).toBe("42501");
    });
  });
});

describe("a signed-in buyer without any membership", () => {
  it("gets the booking under their profile and sees it and its payments, nobody else's", async () => {
    const buyer = await bo.newProfile("buyer");
    const tier = await bo.newTier(publicEvent, { quantity: 10 });
    const mine = await bo.reserve(tier, 2, { profile: buyer });
    const theirs = await bo.reserve(tier, 1, { profile: await bo.newProfile("stranger") });
    await bo.reserve(tier, 1);
    await db.owner.query(APPLY_WOMPI, [checksumOf(), transactionFor(mine, "DECLINED")]);
    await db.owner.query(APPLY_WOMPI, [checksumOf(), transactionFor(theirs, "DECLINED")]);
    await db.asProfile(buyer, async (client) => {
      const { rows } = await client.query("select id, profile_id from app_public.bookings");
      expect(rows).toEqual([{ id: mine.id, profile_id: buyer }]);
      const payments = await client.query("select booking_id, status from app_public.payments");
      expect(payments.rows).toEqual([{ booking_id: mine.id, status: "DECLINED" }]);
    });
  });

  it("anonymous visitors cannot read bookings or payments at all", async () => {
    await db.asAnonymous(async (client) => {
      expect((await attempt(client, "select id from app_public.bookings")).code).toBe("42501");
      expect((await attempt(client, "select id from app_public.payments")).code).toBe("42501");
    });
  });
});

describe("the stock invariant", () => {
  it("holds for every tier after everything above (sold_count = pending + paid tickets)", async () => {
    const { rows } = await db.owner.query("select id from app_public.ticket_tiers");
    expect(rows.length).toBeGreaterThan(20);
    for (const { id } of rows) await bo.expectStockConsistent(id);
  });
});
