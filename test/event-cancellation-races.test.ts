// Cancelling an event while a buyer's payment lands (migration 000037), in real concurrent transactions
// (test/helpers/race.ts): whichever commits first, a buyer whose money the organization now owes back is
// told the event was cancelled — paid first: the cancellation refunds the booking and tells them; the
// cancellation first: the late payment leaves a refund owed (booking_cancelled) and tells them about that
// booking. Never a refund owed to someone who was not told, never a second message for the same booking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLY_WOMPI, boxOffice, checksumOf, transactionFor, unique } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  org = await bo.newOrganization("cancela-pago");
  producer = await bo.addMember(org, "producer");
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

describe("a cancellation next to a payment", () => {
  it("tells every buyer whose money is owed back, once, whichever commits first", { timeout: 120_000 }, async () => {
    const orders = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const event = await bo.newEvent(org);
      const tier = await bo.newTier(event, { price: 95_000, quantity: 10 });
      const email = `pago-${unique()}@example.com`;
      const booking = await bo.reserve(tier, 2, { email });
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select status from app_public.cancel_event($1)",
          params: [event],
        },
        { role: "owner", sql: APPLY_WOMPI, params: [checksumOf(), transactionFor(booking, "APPROVED")] },
      ]);
      for (const result of results) expect(result.ok, result.message).toBe(true);
      const status = await bo.statusOf(booking.id);
      orders.add(status);
      const { rows: owed } = await db.owner.query(
        "select amount_in_cents::int as cents, reason from app_public.payments where booking_id = $1 and kind = 'refund' and status = 'PENDING'",
        [booking.id],
      );
      // The money is owed back either way: refunded by the cancellation, or paid into a cancelled reservation.
      expect(owed, `round ${round}: ${status}`).toEqual([
        { cents: 190_000_00, reason: status === "refunded" ? "booking_refunded" : "booking_cancelled" },
      ]);
      const { rows: told } = await db.owner.query(
        `select recipient_address, purpose, urgent, variables->'refundCop' as refund from app_public.outbound_messages
          where cause_kind = 'event_cancelled' and cause_id = $1`,
        [event],
      );
      expect(told, `round ${round}: ${status}`).toEqual([
        { recipient_address: email, purpose: "transactional", urgent: true, refund: 190_000 },
      ]);
    }
    // Both orders are decided by the database, not the test; at least one of them happened.
    expect([...orders].every((s) => s === "refunded" || s === "cancelled")).toBe(true);
  });

  it("a reservation that had expired before the cancellation and is paid late is never confirmed: owed back and told", async () => {
    const event = await bo.newEvent(org);
    const tier = await bo.newTier(event, { price: 60_000, quantity: 10 });
    const email = `tarde-${unique()}@example.com`;
    const booking = await bo.reserve(tier, 1, { email });
    await bo.lapse(booking.id);
    await db.owner.query("select app_private.expire_reservations()");
    expect(await bo.statusOf(booking.id)).toBe("expired");
    const cancelled = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select status from app_public.cancel_event($1)", [event]),
    );
    expect(cancelled.ok, cancelled.message).toBe(true);
    // Before: confirmed after expiry, paid tickets for a cancelled show, and nobody told.
    const { rows } = await db.owner.query(APPLY_WOMPI, [checksumOf(), transactionFor(booking, "APPROVED")]);
    expect(rows[0].result).toMatchObject({ outcome: "refund_due_booking_cancelled" });
    expect(await bo.statusOf(booking.id)).toBe("expired");
    const { rows: told } = await db.owner.query(
      `select recipient_address, variables->'refundCop' as refund from app_public.outbound_messages
        where cause_kind = 'event_cancelled' and cause_id = $1`,
      [event],
    );
    expect(told).toEqual([{ recipient_address: email, refund: 60_000 }]);
  });
});
