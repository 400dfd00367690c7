// book_tickets(): who may book what, validation, stock that never oversells
// (also under real concurrent, committed transactions), cancellation, and
// what a signed-in buyer may see.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type Outcome, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
const unique = () => randomBytes(4).toString("hex");

interface Booking {
  id: string;
  organization_id: string;
  event_id: string;
  tier_id: string;
  profile_id: string | null;
  buyer_name: string;
  buyer_email: string;
  quantity: number;
  total_cop: string;
  status: string;
  payment_provider: string | null;
  check_in_code: string;
}

const BOOK = "select * from app_public.book_tickets($1, $2, $3, $4)";

/** book_tickets in its own committed transaction, as anonymous or as a signed-in profile. */
async function book(
  tierId: string,
  quantity: number | null,
  options: { name?: string; email?: string; session?: string } = {},
): Promise<Outcome<Booking>> {
  const role = options.session ? "member" : "anonymous";
  const claims: Record<string, string> = options.session ? { session_id: options.session } : {};
  return db.committed(role, claims, async (client) => {
    const { rows } = await client.query(BOOK, [
      tierId,
      quantity,
      options.name ?? "Camila Ortiz",
      options.email ?? "camila@example.com",
    ]);
    return rows[0] as Booking;
  });
}

async function newProfile(label: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, $2) returning id",
    [`${label}-${unique()}@example.com`, `Test ${label}`],
  );
  return rows[0].id;
}

async function newEvent(
  organizationId: string,
  options: { status?: string; isPublic?: boolean; startsIn?: string } = {},
): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public)
     values ($1, 'Bogotá Fashion Night', $2, now() + $3::interval, now() + $3::interval + interval '4 hours', $4, $5)
     returning id`,
    [
      organizationId,
      `show-${unique()}`,
      options.startsIn ?? "30 days",
      options.status ?? "published",
      options.isPublic ?? true,
    ],
  );
  return rows[0].id;
}

async function newTier(
  eventId: string,
  options: { price?: number; quantity?: number; soldCount?: number; salesStart?: string; salesEnd?: string } = {},
): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.ticket_tiers (event_id, name, price_cop, quantity, sold_count, sales_start_at, sales_end_at)
     values ($1, $2, $3, $4, $5, now() + $6::interval, now() + $7::interval) returning id`,
    [
      eventId,
      `Tier ${unique()}`,
      options.price ?? 120_000,
      options.quantity ?? 10,
      options.soldCount ?? 0,
      options.salesStart ?? null,
      options.salesEnd ?? null,
    ],
  );
  return rows[0].id;
}

async function soldCount(tierId: string): Promise<number> {
  const { rows } = await db.owner.query("select sold_count from app_public.ticket_tiers where id = $1", [tierId]);
  return rows[0].sold_count;
}

async function bookingsOf(tierId: string): Promise<{ count: number; tickets: number }> {
  const { rows } = await db.owner.query(
    "select count(*)::int as count, coalesce(sum(quantity), 0)::int as tickets from app_public.bookings where tier_id = $1",
    [tierId],
  );
  return rows[0];
}

/** Asserts the attempt failed with the code (callers then check that nothing was written). */
function expectRefused(outcome: Outcome<unknown>, code: string) {
  expect(outcome.ok, `expected ${code}`).toBe(false);
  expect(outcome.code, outcome.message).toBe(code);
}

let org: string;
let otherOrg: string;
let producer: string;
let publicEvent: string;
let draftEvent: string;
let privateEvent: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const orgs = await db.owner.query(
    "insert into app_public.organizations (name, slug) values ('Pasarela SAS', $1), ('Otra SAS', $2) returning id",
    [`pasarela-${unique()}`, `otra-${unique()}`],
  );
  org = orgs.rows[0].id;
  otherOrg = orgs.rows[1].id;
  producer = await newProfile("producer");
  await db.owner.query(
    "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'producer')",
    [org, producer],
  );
  publicEvent = await newEvent(org);
  draftEvent = await newEvent(org, { status: "draft" });
  privateEvent = await newEvent(org, { isPublic: false });
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

describe("book_tickets: successful bookings", () => {
  it("lets an anonymous visitor book a priced tier of a public event: pending, total = price × quantity", async () => {
    const tier = await newTier(publicEvent, { price: 45_000, quantity: 10 });
    const result = await book(tier, 3, { name: "  Camila Ortiz  ", email: "Camila@Example.com" });
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
    expect(booking.check_in_code).toMatch(/^[0-9A-F]{10}$/);
    expect(await soldCount(tier)).toBe(3);
    expect(await bookingsOf(tier)).toEqual({ count: 1, tickets: 3 });
  });

  it("books up to 20 tickets at once", async () => {
    const tier = await newTier(publicEvent, { price: 10_000, quantity: 20 });
    const result = await book(tier, 20);
    expect(result.ok, result.message).toBe(true);
    expect(Number(result.value?.total_cop)).toBe(200_000);
    expect(await soldCount(tier)).toBe(20);
  });

  it("marks a booking of a free tier as paid, provider free", async () => {
    const tier = await newTier(publicEvent, { price: 0, quantity: 50 });
    const result = await book(tier, 2);
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toMatchObject({ status: "paid", payment_provider: "free", quantity: 2 });
    expect(Number(result.value?.total_cop)).toBe(0);
    expect(await soldCount(tier)).toBe(2);
  });

  it("lets staff of the organization book a tier of its private event", async () => {
    const tier = await newTier(privateEvent, { price: 0, quantity: 5 });
    const result = await book(tier, 1, { session: await db.sessionFor(producer) });
    expect(result.ok, result.message).toBe(true);
    expect(result.value?.profile_id).toBe(producer);
    expect(await soldCount(tier)).toBe(1);
  });
});

describe("book_tickets: refusals write nothing", () => {
  it("refuses a quantity outside 1 to 20 with INVAL", async () => {
    const tier = await newTier(publicEvent, { quantity: 100 });
    for (const quantity of [0, -1, 21, null]) {
      const outcome = await book(tier, quantity);
      expectRefused(outcome, "INVAL");
    }
    expect(await soldCount(tier)).toBe(0);
    expect(await bookingsOf(tier)).toEqual({ count: 0, tickets: 0 });
  });

  it("refuses an invalid email with EMAIL and a blank name with INVAL", async () => {
    const tier = await newTier(publicEvent);
    for (const email of ["camila", "camila@example", "camila @example.com", ""]) {
      expectRefused(await book(tier, 1, { email }), "EMAIL");
    }
    for (const name of ["", "   "]) {
      expectRefused(await book(tier, 1, { name }), "INVAL");
    }
    expect(await soldCount(tier)).toBe(0);
    expect(await bookingsOf(tier)).toEqual({ count: 0, tickets: 0 });
  });

  it("refuses a tier whose sales window has closed or not yet opened with CLOSD", async () => {
    const closed = await newTier(publicEvent, { salesStart: "-10 days", salesEnd: "-1 day" });
    const notYet = await newTier(publicEvent, { salesStart: "1 day", salesEnd: "2 days" });
    expectRefused(await book(closed, 1), "CLOSD");
    expectRefused(await book(notYet, 1), "CLOSD");
    expect(await soldCount(closed)).toBe(0);
    expect(await bookingsOf(closed)).toEqual({ count: 0, tickets: 0 });
    expect(await bookingsOf(notYet)).toEqual({ count: 0, tickets: 0 });
  });

  it("refuses a tier of an event that already started (default window ends at the start) with CLOSD", async () => {
    const started = await newEvent(org, { startsIn: "-1 hour" });
    const tier = await newTier(started);
    expectRefused(await book(tier, 1), "CLOSD");
  });

  it("hides a draft event's tier from the public (NTFND); staff learn it is not on sale (CLOSD)", async () => {
    const tier = await newTier(draftEvent, { price: 0 });
    expectRefused(await book(tier, 1), "NTFND");
    const outsider = await newProfile("outsider");
    expectRefused(await book(tier, 1, { session: await db.sessionFor(outsider) }), "NTFND");
    expectRefused(await book(tier, 1, { session: await db.sessionFor(producer) }), "CLOSD");
    expect(await soldCount(tier)).toBe(0);
    expect(await bookingsOf(tier)).toEqual({ count: 0, tickets: 0 });
  });

  it("hides a private event's tier from the public and from other signed-in people (NTFND)", async () => {
    const tier = await newTier(privateEvent);
    expectRefused(await book(tier, 1), "NTFND");
    const outsider = await newProfile("curious");
    expectRefused(await book(tier, 1, { session: await db.sessionFor(outsider) }), "NTFND");
    expect(await bookingsOf(tier)).toEqual({ count: 0, tickets: 0 });
  });

  it("gives an unknown tier NTFND", async () => {
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, BOOK, [
        "00000000-0000-4000-8000-000000000000",
        1,
        "Camila",
        "camila@example.com",
      ]);
      expect(result.code).toBe("NTFND");
    });
  });

  it("refuses more tickets than are left with SOLDO", async () => {
    const soldOut = await newTier(publicEvent, { quantity: 3, soldCount: 3 });
    const outcome = await book(soldOut, 1);
    expectRefused(outcome, "SOLDO");
    expect(outcome.message).toContain("0 available");

    const almost = await newTier(publicEvent, { quantity: 3, soldCount: 1 });
    const tooMany = await book(almost, 3);
    expectRefused(tooMany, "SOLDO");
    expect(tooMany.message).toContain("2 available");

    expect(await soldCount(soldOut)).toBe(3);
    expect(await soldCount(almost)).toBe(1);
    expect(await bookingsOf(soldOut)).toEqual({ count: 0, tickets: 0 });
    expect(await bookingsOf(almost)).toEqual({ count: 0, tickets: 0 });
  });

  it("sells out through book_tickets itself and then refuses with SOLDO", async () => {
    const tier = await newTier(publicEvent, { price: 30_000, quantity: 4 });
    expect((await book(tier, 3)).ok).toBe(true);
    expect((await book(tier, 1)).ok).toBe(true);
    expectRefused(await book(tier, 1), "SOLDO");
    expect(await soldCount(tier)).toBe(4);
    expect(await bookingsOf(tier)).toEqual({ count: 2, tickets: 4 });
  });
});

describe("book_tickets under concurrency (real committed transactions)", () => {
  /** Each buyer: its own connection as the anonymous role, begin; book; commit. All start together. */
  async function concurrentBuyers(tierId: string, quantities: number[]) {
    const anonymous = pg.escapeIdentifier(db.settings.roles.anonymous);
    const clients = await Promise.all(quantities.map(() => db.authenticator.connect()));
    try {
      await Promise.all(
        clients.map(async (client) => {
          await client.query("begin");
          await client.query(`set local role ${anonymous}`);
        }),
      );
      return await Promise.all(
        clients.map(async (client, i) => {
          const quantity = quantities[i] as number;
          try {
            await client.query(BOOK, [tierId, quantity, `Buyer ${i}`, `buyer${i}@example.com`]);
            await client.query("commit");
            return { quantity, ok: true as const };
          } catch (error) {
            await client.query("rollback").catch(() => {});
            return { quantity, ok: false as const, code: (error as { code?: string }).code };
          }
        }),
      );
    } finally {
      for (const client of clients) client.release();
    }
  }

  it("30 buyers of 1 ticket against 10 tickets: exactly 10 succeed, 20 get SOLDO", async () => {
    const tier = await newTier(publicEvent, { price: 80_000, quantity: 10 });
    const results = await concurrentBuyers(tier, Array(30).fill(1));
    const succeeded = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    expect(succeeded).toHaveLength(10);
    expect(failed).toHaveLength(20);
    expect(new Set(failed.map((r) => r.code))).toEqual(new Set(["SOLDO"]));
    expect(await soldCount(tier)).toBe(10);
    expect(await bookingsOf(tier)).toEqual({ count: 10, tickets: 10 });
  });

  it("30 buyers of 1 to 3 tickets never oversell, and nobody is refused while enough tickets were left", async () => {
    const tier = await newTier(publicEvent, { price: 80_000, quantity: 10 });
    const quantities = Array.from({ length: 30 }, (_, i) => (i % 3) + 1);
    const results = await concurrentBuyers(tier, quantities);
    const succeeded = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    const soldByBuyers = succeeded.reduce((sum, r) => sum + r.quantity, 0);

    expect(new Set(failed.map((r) => r.code))).toEqual(new Set(["SOLDO"]));
    expect(succeeded.length).toBeGreaterThan(0);
    expect(soldByBuyers).toBeLessThanOrEqual(10);
    const sold = await soldCount(tier);
    expect(sold).toBe(soldByBuyers);
    expect(await bookingsOf(tier)).toEqual({ count: succeeded.length, tickets: soldByBuyers });
    // Stock only goes down, so a refused buyer asked for more than what is left even now.
    for (const refused of failed) {
      expect(10 - sold).toBeLessThan(refused.quantity);
    }
  });
});

describe("cancelling bookings", () => {
  /** A pending booking of the tier, written as the owner, holding its tickets. */
  async function bookingFixture(tierId: string, quantity: number, profileId: string | null = null): Promise<string> {
    const { rows } = await db.owner.query(
      `insert into app_public.bookings (organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email, quantity, total_cop)
       select t.organization_id, t.event_id, t.id, $3::uuid, 'Fixture Buyer', 'fixture@example.com', $2::int, t.price_cop * $2::int
         from app_public.ticket_tiers t where t.id = $1
       returning id`,
      [tierId, quantity, profileId],
    );
    await db.owner.query("update app_public.ticket_tiers set sold_count = sold_count + $2::int where id = $1", [
      tierId,
      quantity,
    ]);
    return rows[0].id;
  }

  it("releases the tickets of a cancelled booking, once, and refuses to reopen it (INVAL)", async () => {
    const tier = await newTier(publicEvent, { quantity: 10 });
    const keep = await bookingFixture(tier, 2);
    const cancel = await bookingFixture(tier, 3);
    expect(await soldCount(tier)).toBe(5);

    await db.owner.query("update app_public.bookings set status = 'cancelled' where id = $1", [cancel]);
    expect(await soldCount(tier)).toBe(2);

    // Refunding the cancelled booking does not release its tickets a second time.
    await db.owner.query("update app_public.bookings set status = 'refunded' where id = $1", [cancel]);
    expect(await soldCount(tier)).toBe(2);

    for (const status of ["pending", "paid"]) {
      const client = await db.owner.connect();
      try {
        await client.query("begin");
        const reopen = await attempt(client, "update app_public.bookings set status = $2 where id = $1", [
          cancel,
          status,
        ]);
        expect(reopen.code, status).toBe("INVAL");
      } finally {
        await client.query("rollback");
        client.release();
      }
    }
    const { rows } = await db.owner.query("select id, status from app_public.bookings where tier_id = $1 order by id", [
      tier,
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [keep]: "pending", [cancel]: "refunded" });
    expect(await soldCount(tier)).toBe(2);
  });

  it("releases tickets when an admin of the organization cancels through the API role", async () => {
    const admin = await newProfile("tickets-admin");
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'admin')",
      [org, admin],
    );
    const tier = await newTier(publicEvent, { quantity: 10 });
    const booking = await bookingFixture(tier, 4);
    const result = await db.committed("member", { session_id: await db.sessionFor(admin) }, async (client) => {
      return (await client.query("update app_public.bookings set status = 'cancelled' where id = $1", [booking]))
        .rowCount;
    });
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toBe(1);
    expect(await soldCount(tier)).toBe(0);
  });

  describe("a signed-in buyer without any membership", () => {
    it("gets bookings recorded under their profile", async () => {
      const buyer = await newProfile("buyer");
      const tier = await newTier(publicEvent, { quantity: 10 });
      const result = await book(tier, 2, { session: await db.sessionFor(buyer) });
      expect(result.ok, result.message).toBe(true);
      expect(result.value?.profile_id).toBe(buyer);
      const { rows } = await db.owner.query("select profile_id from app_public.bookings where id = $1", [
        result.value?.id,
      ]);
      expect(rows).toEqual([{ profile_id: buyer }]);
    });

    it("sees their own bookings and nobody else's, and cannot change them", async () => {
      const buyer = await newProfile("reader");
      const other = await newProfile("stranger");
      const tier = await newTier(publicEvent, { quantity: 10 });
      const mine = await bookingFixture(tier, 1, buyer);
      await bookingFixture(tier, 1, other);
      await bookingFixture(tier, 1, null);
      const otherOrgEvent = await newEvent(otherOrg);
      await bookingFixture(await newTier(otherOrgEvent), 1, other);

      await db.asProfile(buyer, async (client) => {
        const { rows } = await client.query("select id, profile_id from app_public.bookings");
        expect(rows).toEqual([{ id: mine, profile_id: buyer }]);
        const update = await attempt(client, "update app_public.bookings set status = 'cancelled' where id = $1", [
          mine,
        ]);
        expect(update.ok, update.message).toBe(true);
        expect(update.rowCount).toBe(0);
      });
      expect(await soldCount(tier)).toBe(3);
    });

    it("anonymous visitors cannot read bookings at all", async () => {
      await db.asAnonymous(async (client) => {
        const result = await attempt(client, "select id from app_public.bookings");
        expect(result.code).toBe("42501");
      });
    });
  });
});
