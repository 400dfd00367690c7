// Fixtures and checks shared by the box office tests: organizations with
// staff, events, tiers, bookings made as the API makes them, and the stock
// invariant every test ends on.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { Outcome, TestDatabase } from "./db.ts";

export const unique = () => randomBytes(4).toString("hex");

export interface Booking {
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
  reference: string;
  expires_at: Date | null;
  confirmed_at: Date | null;
  /** What bookTickets { result { accessToken } } answers. */
  access_token: string | null;
}

export const BOOK = "select (r.booking).*, r.access_token from app_public.book_tickets($1, $2, $3, $4) r";

export function boxOffice(db: TestDatabase) {
  async function newProfile(label: string): Promise<string> {
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, $2, now()) returning id",
      [`${label}-${unique()}@example.com`, `Test ${label}`],
    );
    return rows[0].id;
  }

  async function newOrganization(label: string): Promise<string> {
    const { rows } = await db.owner.query(
      "insert into app_public.organizations (name, slug) values ($1, $2) returning id",
      [`Org ${label}`, `${label}-${unique()}`],
    );
    return rows[0].id;
  }

  async function addMember(organizationId: string, role: string, label = role): Promise<string> {
    const profile = await newProfile(label);
    await db.owner.query("insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, $3)", [
      organizationId,
      profile,
      role,
    ]);
    return profile;
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
    options: {
      price?: number;
      quantity?: number;
      soldCount?: number;
      maxPerOrder?: number;
      salesStart?: string;
      salesEnd?: string;
    } = {},
  ): Promise<string> {
    const { rows } = await db.owner.query(
      `insert into app_public.ticket_tiers (event_id, name, price_cop, quantity, sold_count, max_per_order, sales_start_at, sales_end_at)
       values ($1, $2, $3, $4, $5, $6, now() + $7::interval, now() + $8::interval) returning id`,
      [
        eventId,
        `Tier ${unique()}`,
        options.price ?? 120_000,
        options.quantity ?? 10,
        options.soldCount ?? 0,
        options.maxPerOrder ?? 10,
        options.salesStart ?? null,
        options.salesEnd ?? null,
      ],
    );
    return rows[0].id;
  }

  /** book_tickets in its own committed transaction, as anonymous or as a signed-in profile. */
  async function book(
    tierId: string,
    quantity: number | null,
    options: { name?: string; email?: string; profile?: string; settings?: Record<string, string> } = {},
  ): Promise<Outcome<Booking>> {
    const role = options.profile ? "member" : "anonymous";
    const claims: Record<string, string> = options.profile ? { session_id: await db.sessionFor(options.profile) } : {};
    return db.committed(role, claims, async (client) => {
      for (const [name, value] of Object.entries(options.settings ?? {})) {
        await client.query("select set_config($1, $2, true)", [name, value]);
      }
      const { rows } = await client.query(BOOK, [
        tierId,
        quantity,
        options.name ?? "Camila Ortiz",
        options.email ?? `camila-${unique()}@example.com`,
      ]);
      return rows[0] as Booking;
    });
  }

  /** A booking that must succeed. */
  async function reserve(
    tierId: string,
    quantity = 1,
    options: Parameters<typeof book>[2] = {},
  ): Promise<Booking & { access_token: string }> {
    const outcome = await book(tierId, quantity, options);
    expect(outcome.ok, outcome.message).toBe(true);
    return outcome.value as Booking & { access_token: string };
  }

  /** Moves a reservation's expiry into the past, as if its minutes had run out. */
  async function lapse(bookingId: string, ago = "1 second") {
    await db.owner.query("update app_public.bookings set expires_at = now() - $2::interval where id = $1", [
      bookingId,
      ago,
    ]);
  }

  async function bookingRow(bookingId: string): Promise<Booking> {
    const { rows } = await db.owner.query("select *, null as access_token from app_public.bookings where id = $1", [
      bookingId,
    ]);
    return rows[0] as Booking;
  }

  async function statusOf(bookingId: string): Promise<string> {
    return (await bookingRow(bookingId)).status;
  }

  async function soldCount(tierId: string): Promise<number> {
    const { rows } = await db.owner.query("select sold_count from app_public.ticket_tiers where id = $1", [tierId]);
    return rows[0].sold_count;
  }

  /**
   * The stock invariant: sold_count is exactly the tickets of the tier's
   * pending and paid bookings, and never above the tier's quantity.
   * Returns sold_count.
   */
  async function expectStockConsistent(tierId: string): Promise<number> {
    const { rows } = await db.owner.query(
      `select t.quantity, t.sold_count,
              (select coalesce(sum(b.quantity), 0)::int from app_public.bookings b
                where b.tier_id = t.id and b.status in ('pending', 'paid')) as held
         from app_public.ticket_tiers t where t.id = $1`,
      [tierId],
    );
    const { quantity, sold_count, held } = rows[0];
    expect(sold_count, "sold_count = tickets of pending and paid bookings").toBe(held);
    expect(sold_count, "never oversold").toBeLessThanOrEqual(quantity);
    return sold_count;
  }

  /** Payloads of queued jobs of a task. */
  async function jobs(task: string): Promise<Record<string, unknown>[]> {
    const { rows } = await db.owner.query(
      `select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        where t.identifier = $1 order by j.id`,
      [task],
    );
    return rows.map((r) => r.payload);
  }

  return {
    newProfile,
    newOrganization,
    addMember,
    newEvent,
    newTier,
    book,
    reserve,
    lapse,
    bookingRow,
    statusOf,
    soldCount,
    expectStockConsistent,
    jobs,
  };
}

/** Asserts the attempt failed with the SQLSTATE. */
export function expectRefused(outcome: { ok: boolean; code?: string; message?: string }, code: string) {
  expect(outcome.ok, `expected ${code}`).toBe(false);
  expect(outcome.code, outcome.message).toBe(code);
}

export interface WompiTransaction {
  id: string;
  status: "PENDING" | "APPROVED" | "DECLINED" | "VOIDED" | "ERROR";
  reference: string;
  amount_in_cents: number;
  currency?: string;
  payment_method_type?: string;
}

/** A Wompi transaction for a booking, in Wompi's field names. */
export function transactionFor(
  booking: { reference: string; total_cop: string | number },
  status: WompiTransaction["status"],
  id = `${Math.floor(Math.random() * 1e6)}-${Date.now()}-${unique()}`,
): WompiTransaction {
  return {
    id,
    status,
    reference: booking.reference,
    amount_in_cents: Number(booking.total_cop) * 100,
    currency: "COP",
    payment_method_type: "NEQUI",
  };
}

/** SQL that applies one verified event (what POST /webhooks/wompi runs after checking the signature). */
export const APPLY_WOMPI = "select app_private.apply_wompi_event($1, $2::jsonb, now()) as result";

/** A checksum for an event (any 64 hex digits: the SQL trusts its caller verified it). */
export const checksumOf = () => randomBytes(32).toString("hex");
