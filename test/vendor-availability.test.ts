// Marking a vendor unavailable and rating a vendor after an event (issue 18),
// as the request role under real claims: markVendorUnavailable's days in the
// organization's time zone, its coded errors, the shortlist leaving the
// vendor out on those days, roles and organizations (RLS); and the rating
// rule (only a booked vendor, only after its event) enforced by a trigger, so
// updateVendorRecommendation obeys it too. Two overlapping marks at once:
// one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember, newOrganization } from "./helpers/organizations.ts";

let db: TestDatabase;
let org: string;
let other: string;
let producer: string;
let viewer: string;
let casting: string;
let outsider: string;
let vendorId: string;

const bogotaToday = async () =>
  (await db.owner.query("select (now() at time zone 'America/Bogota')::date::text as d")).rows[0].d as string;
const plusDays = async (days: number) =>
  (await db.owner.query("select ((now() at time zone 'America/Bogota')::date + $1::int)::text as d", [days])).rows[0]
    .d as string;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await newOrganization(db, "proveedores");
  other = await newOrganization(db, "otra");
  producer = await newMember(db, org, "producer");
  viewer = await newMember(db, org, "viewer");
  casting = await newMember(db, org, "casting");
  outsider = await newMember(db, other, "owner");
  const { rows } = await db.owner.query(
    `insert into app_public.vendors (organization_id, name, category, city, price_min_cop)
     values ($1, 'Sonido Andino', 'sound', 'Bogotá', 1000000) returning id`,
    [org],
  );
  vendorId = rows[0].id;
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

const MARK = "select * from app_public.mark_vendor_unavailable($1, $2::date, $3::date, $4)";

describe("markVendorUnavailable", () => {
  it("stores whole Bogotá days and the shortlist leaves the vendor out of an event on them", async () => {
    const first = await plusDays(20);
    const last = await plusDays(22);
    const stored = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (client) => {
      const { rows } = await client.query(MARK, [vendorId, first, last, "  Gira en Medellín "]);
      return rows[0].id as string;
    });
    if (!stored.ok) throw new Error(stored.message);
    const { rows } = await db.owner.query(
      `select kind, notes, lower(period) = ($1::date::timestamp at time zone 'America/Bogota') as starts_at_midnight,
              upper(period) = (($2::date + 1)::timestamp at time zone 'America/Bogota') as ends_after_last_day,
              app_public.vendor_availability_first_day(a)::text as first_day,
              app_public.vendor_availability_last_day(a)::text as last_day
         from app_public.vendor_availability a where id = $3`,
      [first, last, stored.value],
    );
    expect(rows[0]).toEqual({
      kind: "unavailable",
      notes: "Gira en Medellín",
      starts_at_midnight: true,
      ends_after_last_day: true,
      first_day: first,
      last_day: last,
    });
    // An event at 20:00 Bogotá on the last day: the vendor is busy; the day after, free.
    const event = async (day: string) =>
      (
        await db.owner.query(
          `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
           values ($1, 'Noche', 'noche-' || md5(random()::text), ($2::date + time '20:00') at time zone 'America/Bogota',
                   ($2::date + time '23:00') at time zone 'America/Bogota') returning id`,
          [org, day],
        )
      ).rows[0].id as string;
    const listed = async (eventId: string) =>
      (
        await db.owner.query("select count(*)::int as n from app_private.vendor_shortlist($1, 'sound', 5000000)", [
          eventId,
        ])
      ).rows[0].n;
    expect(await listed(await event(last))).toBe(0);
    expect(await listed(await event(await plusDays(23)))).toBe(1);
    await db.owner.query("delete from app_public.vendor_availability where id = $1", [stored.value]);
  });

  it("answers coded errors: reversed days, past days, an overlap, another organization's vendor, a role without it", async () => {
    const today = await bogotaToday();
    await db.asProfile(producer, async (client) => {
      const reversed = await attempt(client, MARK, [vendorId, await plusDays(5), await plusDays(4), null]);
      expect(reversed.code).toBe("VDATE");
      const past = await attempt(client, MARK, [vendorId, await plusDays(-3), await plusDays(-1), null]);
      expect(past.code).toBe("VPAST");
      // Today still counts (the period may have started earlier).
      expect((await attempt(client, MARK, [vendorId, await plusDays(-1), today, null])).ok).toBe(true);
      await client.query(MARK, [vendorId, await plusDays(40), await plusDays(41), null]);
      const overlap = await attempt(client, MARK, [vendorId, await plusDays(41), await plusDays(45), null]);
      expect(overlap.code).toBe("VOVLP");
      // The day after a period is free.
      expect((await attempt(client, MARK, [vendorId, await plusDays(42), await plusDays(42), null])).ok).toBe(true);
    });
    for (const profile of [viewer, casting]) {
      await db.asProfile(profile, async (client) => {
        // Vendors carry prices, so viewers and casting staff do not read them (money is for owners, admins and
        // producers): to them the vendor does not exist.
        const refused = await attempt(client, MARK, [vendorId, await plusDays(60), await plusDays(61), null]);
        expect(refused.code).toBe("NTFND");
      });
    }
    await db.asProfile(outsider, async (client) => {
      const hidden = await attempt(client, MARK, [vendorId, await plusDays(60), await plusDays(61), null]);
      expect(hidden.code).toBe("NTFND");
    });
  });

  it("two overlapping marks at the same time: one is stored, the other is told", async () => {
    const first = await plusDays(80);
    const claims = async (profile: string) => {
      const client = await db.authenticator.connect();
      const session = await db.sessionFor(profile);
      await client.query("begin");
      await client.query(`set local role "${db.settings.roles.member}"`);
      await client.query("select set_config('jwt.claims.session_id', $1, true)", [session]);
      return client;
    };
    const a = await claims(producer);
    const b = await claims(producer);
    try {
      await a.query(MARK, [vendorId, first, await plusDays(82), null]);
      // b waits for a's lock, then sees a's committed period.
      const second = b.query(MARK, [vendorId, await plusDays(81), await plusDays(83), null]).then(
        () => "stored",
        (error: { code?: string }) => error.code,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("commit");
      expect(await second).toBe("VOVLP");
      await b.query("rollback");
    } finally {
      a.release();
      b.release();
    }
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_public.vendor_availability where vendor_id = $1 and period && tstzrange(($2::date)::timestamp at time zone 'America/Bogota', null)",
      [vendorId, first],
    );
    expect(rows[0].n).toBe(1);
    await db.owner.query("delete from app_public.vendor_availability where vendor_id = $1 and kind = 'unavailable'", [
      vendorId,
    ]);
  });
});

describe("rating a vendor after an event", () => {
  async function recommendation(endedHoursAgo: number, status: string): Promise<string> {
    const { rows: events } = await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
       values ($1, 'Show', 'show-' || md5(random()::text), now() - make_interval(hours => $2 + 4), now() - make_interval(hours => $2))
       returning id`,
      [org, endedHoursAgo],
    );
    const { rows } = await db.owner.query(
      `insert into app_public.vendor_recommendations (event_id, vendor_id, category, status)
       values ($1, $2, 'sound', $3) returning id`,
      [events[0].id, vendorId, status],
    );
    return rows[0].id;
  }
  const RATE =
    "update app_public.vendor_recommendations set rating = $2, rating_note = $3 where id = $1 returning rating";

  it("a producer rates a booked vendor once the event is over; the vendor's past rating follows", async () => {
    const done = await recommendation(2, "booked");
    await db.asProfile(producer, async (client) => {
      const rated = await attempt(client, RATE, [done, 4, "Puntual"]);
      expect(rated.ok, rated.message).toBe(true);
      expect(rated.rowCount).toBe(1);
      const { rows } = await client.query(
        "select app_public.vendors_past_rating(v)::float as r from app_public.vendors v where id = $1",
        [vendorId],
      );
      expect(rows[0].r).toBe(4);
    });
  });

  it("refuses a rating before the event ends, or for a vendor not booked, with codes; viewers cannot rate", async () => {
    const upcoming = await recommendation(-24, "booked");
    const declined = await recommendation(2, "rejected");
    const done = await recommendation(2, "booked");
    await db.asProfile(producer, async (client) => {
      expect((await attempt(client, RATE, [upcoming, 5, null])).code).toBe("VNOVR");
      expect((await attempt(client, RATE, [declined, 5, null])).code).toBe("VNBKD");
      expect((await attempt(client, RATE, [done, 6, null])).code).toBe("23514");
    });
    await db.asProfile(viewer, async (client) => {
      // RLS: a viewer's update matches no row.
      expect((await attempt(client, RATE, [done, 5, null])).rowCount).toBe(0);
    });
    await db.asProfile(outsider, async (client) => {
      expect((await attempt(client, RATE, [done, 5, null])).rowCount).toBe(0);
    });
    const { rows } = await db.owner.query("select rating from app_public.vendor_recommendations where id = $1", [done]);
    expect(rows[0].rating).toBeNull();
  });
});
