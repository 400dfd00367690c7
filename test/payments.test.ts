// What Wompi's payment events do to bookings (issue 15), in SQL: the HTTP
// handler verifies the signature (test/api-wompi.test.ts), then
// app_private.apply_wompi_event decides, once per event, in any order and any
// number of times. Every money movement is a payments row, never deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingMessages } from "./helpers/booking-mail.ts";
import {
  APPLY_WOMPI,
  type Booking,
  boxOffice,
  checksumOf,
  transactionFor,
  type WompiTransaction,
} from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let event: string;
let producer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  org = await bo.newOrganization("pagos");
  producer = await bo.addMember(org, "producer");
  event = await bo.newEvent(org);
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

async function apply(txn: WompiTransaction, checksum = checksumOf()): Promise<string> {
  const { rows } = await db.owner.query(APPLY_WOMPI, [checksum, txn]);
  return rows[0].result.outcome;
}

async function movements(bookingId: string) {
  const { rows } = await db.owner.query(
    `select kind, status, reason, amount_in_cents::text as cents from app_public.payments
      where booking_id = $1 order by kind, created_at, id`,
    [bookingId],
  );
  return rows;
}

async function reservation(quantity = 2, price = 45_000): Promise<{ booking: Booking; tier: string }> {
  const tier = await bo.newTier(event, { price, quantity: 10 });
  return { booking: await bo.reserve(tier, quantity), tier };
}

describe("an approved payment", () => {
  it("confirms the reservation, makes its tickets valid and queues the mail", async () => {
    const { booking, tier } = await reservation();
    expect(await apply(transactionFor(booking, "APPROVED", "1234-1610641025-49201"))).toBe("confirmed");
    expect(await bo.bookingRow(booking.id)).toMatchObject({
      status: "paid",
      payment_provider: "wompi",
      payment_reference: "1234-1610641025-49201",
    });
    expect(await bo.expectStockConsistent(tier)).toBe(2);
    expect(await movements(booking.id)).toEqual([
      { kind: "charge", status: "APPROVED", reason: null, cents: "9000000" },
    ]);
    expect(await bookingMessages(db, booking.id)).toEqual([
      expect.objectContaining({ cause_kind: "booking_paid", status: "queued", queued_job: true }),
    ]);
    const passes = await db.asAnonymous(
      async (c) => (await c.query("select status from app_public.booking_passes($1)", [booking.access_token])).rows,
    );
    expect(passes).toEqual([{ status: "valid" }, { status: "valid" }]);
  });

  it("confirms a lapsed reservation the job has not expired yet (its tickets are still held)", async () => {
    const { booking, tier } = await reservation();
    await bo.lapse(booking.id);
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("confirmed");
    expect(await bo.expectStockConsistent(tier)).toBe(2);
  });

  it("confirms an expired reservation while its tier still has the tickets", async () => {
    const { booking, tier } = await reservation();
    await bo.lapse(booking.id);
    await db.owner.query("select app_private.expire_reservations()");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("confirmed_after_expiry");
    expect(await bo.statusOf(booking.id)).toBe("paid");
    expect(await bo.expectStockConsistent(tier)).toBe(2);
  });

  it("for an expired reservation whose tickets were sold meanwhile: a refund is owed and the producer sees it", async () => {
    const tier = await bo.newTier(event, { price: 45_000, quantity: 2 });
    const late = await bo.reserve(tier, 2);
    await bo.lapse(late.id);
    await bo.reserve(tier, 2); // expires the first lazily and takes its tickets
    expect(await apply(transactionFor(late, "APPROVED"))).toBe("refund_due_sold_out_after_expiry");
    expect(await bo.statusOf(late.id)).toBe("expired");
    expect(await bo.expectStockConsistent(tier)).toBe(2);
    const owed = await db.asProfile(producer, async (c) => {
      const { rows } = await c.query(
        `select r.reason, r.status, r.amount_in_cents::text as cents, b.reference
           from app_public.payments r join app_public.bookings b on b.id = r.booking_id
          where r.kind = 'refund' and r.status = 'PENDING' and r.booking_id = $1`,
        [late.id],
      );
      return rows;
    });
    expect(owed).toEqual([
      { reason: "sold_out_after_expiry", status: "PENDING", cents: "9000000", reference: late.reference },
    ]);
    const page = await db.asAnonymous(
      async (c) =>
        (await c.query("select status, refund_due from app_public.booking_by_access_token($1)", [late.access_token]))
          .rows[0],
    );
    expect(page).toEqual({ status: "expired", refund_due: true });
  });

  it("a second approved transaction for a paid booking owes a refund (paid twice)", async () => {
    const { booking } = await reservation();
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("confirmed");
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("refund_due_duplicate_payment");
    expect((await movements(booking.id)).map((m) => [m.kind, m.status, m.reason])).toEqual([
      ["charge", "APPROVED", null],
      ["charge", "APPROVED", null],
      ["refund", "PENDING", "duplicate_payment"],
    ]);
  });

  it("of an amount other than the booking's total confirms nothing and owes the money back", async () => {
    const { booking } = await reservation();
    const txn = { ...transactionFor(booking, "APPROVED"), amount_in_cents: 100 };
    expect(await apply(txn)).toBe("refund_due_amount_mismatch");
    expect(await bo.statusOf(booking.id)).toBe("pending");
  });

  it("for a booking the producer cancelled owes the money back", async () => {
    const { booking } = await reservation();
    await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select app_public.cancel_booking($1)", [booking.id]),
    );
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("refund_due_booking_cancelled");
    expect(await bo.statusOf(booking.id)).toBe("cancelled");
  });
});

describe("declined, failed, voided and unknown", () => {
  it("records a declined or failed attempt and leaves the reservation waiting for another", async () => {
    const { booking } = await reservation();
    expect(await apply(transactionFor(booking, "DECLINED"))).toBe("recorded_declined");
    expect(await apply(transactionFor(booking, "ERROR"))).toBe("recorded_error");
    expect(await bo.statusOf(booking.id)).toBe("pending");
    expect(await apply(transactionFor(booking, "APPROVED"))).toBe("confirmed");
    expect((await movements(booking.id)).map((m) => m.status)).toEqual(["DECLINED", "ERROR", "APPROVED"]);
  });

  it("a voided payment cancels the booking it paid and returns its tickets once", async () => {
    const { booking, tier } = await reservation();
    const txn = transactionFor(booking, "APPROVED");
    await apply(txn);
    expect(await apply({ ...txn, status: "VOIDED" })).toBe("cancelled_voided");
    expect(await bo.statusOf(booking.id)).toBe("cancelled");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
    expect(await movements(booking.id)).toEqual([{ kind: "charge", status: "VOIDED", reason: null, cents: "9000000" }]);
  });

  it("a void settles the refund owed for that charge", async () => {
    const { booking } = await reservation();
    const first = transactionFor(booking, "APPROVED");
    const second = transactionFor(booking, "APPROVED");
    await apply(first);
    await apply(second);
    expect(await apply({ ...second, status: "VOIDED" })).toBe("voided");
    expect(await bo.statusOf(booking.id)).toBe("paid");
    expect((await movements(booking.id)).map((m) => [m.kind, m.status])).toEqual([
      ["charge", "APPROVED"],
      ["charge", "VOIDED"],
      ["refund", "APPROVED"],
    ]);
  });

  it("an unknown reference or status changes nothing and is remembered", async () => {
    const checksum = checksumOf();
    expect(
      await apply({ id: "1-2-3", status: "APPROVED", reference: "FOS-NOPE", amount_in_cents: 100 }, checksum),
    ).toBe("unknown_reference");
    expect(
      await apply({ id: "1-2-3", status: "APPROVED", reference: "FOS-NOPE", amount_in_cents: 100 }, checksum),
    ).toBe("duplicate");
    const { booking } = await reservation();
    expect(await apply({ ...transactionFor(booking, "APPROVED"), status: "REFUNDED" as "APPROVED" })).toBe(
      "ignored_unknown_status",
    );
    expect(await bo.statusOf(booking.id)).toBe("pending");
  });

  it("a transaction id never moves to another booking", async () => {
    const a = await reservation();
    const b = await reservation();
    const txn = transactionFor(a.booking, "PENDING", "shared-txn-id");
    await apply(txn);
    expect(await apply({ ...transactionFor(b.booking, "APPROVED"), id: "shared-txn-id" })).toBe("reference_mismatch");
    expect(await bo.statusOf(b.booking.id)).toBe("pending");
  });
});

describe("any order, any number of times", () => {
  it("the same event applied again is a duplicate and changes nothing", async () => {
    const { booking, tier } = await reservation();
    const checksum = checksumOf();
    const txn = transactionFor(booking, "APPROVED");
    expect(await apply(txn, checksum)).toBe("confirmed");
    for (let i = 0; i < 3; i++) expect(await apply(txn, checksum)).toBe("duplicate");
    expect(await bo.expectStockConsistent(tier)).toBe(2);
    expect(await movements(booking.id)).toHaveLength(1);
  });

  it("an older status arriving late is stale: PENDING after APPROVED, APPROVED after VOIDED", async () => {
    const { booking, tier } = await reservation();
    const txn = transactionFor(booking, "VOIDED");
    expect(await apply(txn)).toBe("cancelled_voided");
    expect(await apply({ ...txn, status: "APPROVED" })).toBe("stale");
    expect(await apply({ ...txn, status: "PENDING" })).toBe("stale");
    expect(await bo.statusOf(booking.id)).toBe("cancelled");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
  });

  /** Every permutation of a list. */
  function permutations<T>(items: T[]): T[][] {
    if (items.length <= 1) return [items];
    return items.flatMap((item, i) =>
      permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
    );
  }

  /** The booking, its tier and its payments, without ids and times. */
  async function finalState(booking: Booking) {
    const row = await bo.bookingRow(booking.id);
    return {
      status: row.status,
      sold: await bo.soldCount(booking.tier_id),
      payments: (await movements(booking.id)).map((m) => `${m.kind}:${m.status}:${m.reason ?? ""}`).sort(),
    };
  }

  const scenarios: [string, (b: Booking) => WompiTransaction[]][] = [
    [
      "declined, then approved on a second try",
      (b) => {
        const first = transactionFor(b, "PENDING");
        const second = transactionFor(b, "PENDING");
        return [first, { ...first, status: "DECLINED" }, second, { ...second, status: "APPROVED" }];
      },
    ],
    [
      "approved, then voided",
      (b) => {
        const txn = transactionFor(b, "PENDING");
        return [txn, { ...txn, status: "APPROVED" }, { ...txn, status: "VOIDED" }];
      },
    ],
    [
      "an error, a decline and an approval",
      (b) => [transactionFor(b, "ERROR"), transactionFor(b, "DECLINED"), transactionFor(b, "APPROVED")],
    ],
  ];

  it.each(scenarios)(
    "%s: every delivery order, each event twice, ends where in-order delivery ends",
    async (_, make) => {
      const { booking: reference } = await reservation();
      const inOrder = make(reference);
      for (const event of inOrder) await apply(event);
      const expected = await finalState(reference);

      for (const order of permutations(inOrder.map((_, i) => i))) {
        const { booking } = await reservation();
        const events = make(booking);
        const checksums = events.map(() => checksumOf());
        // Each event delivered twice (Wompi retries), interleaved.
        for (const i of [...order, ...order.slice().reverse()]) {
          await apply(events[i] as WompiTransaction, checksums[i]);
        }
        expect(await finalState(booking), `order ${order.join(",")}`).toEqual(expected);
        await bo.expectStockConsistent(booking.tier_id);
      }
    },
  );
});
