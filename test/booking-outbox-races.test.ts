// Attack on booking confirmations through the outbox (migration 000032): Wompi
// retries and duplicates its events, and a buyer may pay the same reference
// twice (two transactions). However many approved events arrive at once, in
// real concurrent transactions, the buyer gets exactly one confirmation
// message (the outbox's idempotency key, under the booking's lock).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingMessages } from "./helpers/booking-mail.ts";
import { APPLY_WOMPI, boxOffice, checksumOf, transactionFor } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let event: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  const org = await bo.newOrganization("pagos-dobles");
  event = await bo.newEvent(org);
});
afterAll(async () => {
  await db?.drop();
});

describe("a booking paid by concurrent Wompi webhooks", () => {
  it("gets exactly one confirmation message, whether the events repeat one transaction or are two payments", async () => {
    for (const twoPayments of [false, true]) {
      const tier = await bo.newTier(event, { price: 45_000, quantity: 10 });
      const booking = await bo.reserve(tier, 2);
      const first = transactionFor(booking, "APPROVED");
      const second = twoPayments ? transactionFor(booking, "APPROVED") : first;
      const results = await race(
        db,
        [first, second, first, second].map((txn) => ({
          role: "owner" as const,
          sql: APPLY_WOMPI,
          params: [checksumOf(), txn],
        })),
      );
      for (const result of results) expect(result.ok, result.message).toBe(true);
      expect(await bo.statusOf(booking.id)).toBe("paid");
      const messages = (await bookingMessages(db, booking.id)).filter((m) => m.template_key === "booking_paid");
      expect(messages, twoPayments ? "two payments" : "one transaction, four deliveries").toHaveLength(1);
      expect(messages[0]?.queued_job).toBe(true);
    }
  });
});
