// The demo data set loaded into the template database: what it contains, that
// it respects the rules the schema cannot check on its own, and that seeding is
// deterministic and refuses to touch a database that already has data.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { demoUuid, seedDemoData } from "../db/seed/demo.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const rowsOf = async (sql: string, params: unknown[] = []) => (await db.owner.query(sql, params)).rows;
const valueOf = async (sql: string, params: unknown[] = []) => {
  const rows = await rowsOf(sql, params);
  return Object.values(rows[0] ?? {})[0];
};

/** Every app_public table the seed writes. */
const SEEDED_TABLES = [
  "organizations",
  "profiles",
  "memberships",
  "venues",
  "events",
  "designers",
  "event_designers",
  "looks",
  "talent",
  "talent_contacts",
  "talent_availability",
  "casting_briefs",
  "model_castings",
  "runway_schedules",
  "runway_slots",
  "vendors",
  "vendor_recommendations",
  "sponsors",
  "ticket_tiers",
  "bookings",
  "tickets",
  "guests",
  "guest_contacts",
  "venue_layouts",
  "seats",
  "guest_invitations",
  "seat_assignments",
];

/** Per table: row count and an md5 of every row without its timestamps, in a stable order. */
async function fingerprint(
  options: { without?: readonly string[] } = {},
): Promise<Record<string, { n: number; hash: string }>> {
  const result: Record<string, { n: number; hash: string }> = {};
  const without = ["created_at", "updated_at", ...(options.without ?? [])].map((c) => ` - '${c}'`).join("");
  for (const table of SEEDED_TABLES) {
    const rows = await rowsOf(`
      select count(*)::int as n, md5(coalesce(string_agg(j::text, '|' order by j::text), '')) as hash
        from (select to_jsonb(x)${without} as j from app_public.${table} x) s`);
    result[table] = rows[0] as { n: number; hash: string };
  }
  return result;
}

/** The ids and names the brief asked for, as one md5. */
async function namesFingerprint(): Promise<string> {
  return (await valueOf(`
    select md5(string_agg(line, '|' order by line)) from (
      select 'talent:' || id || ':' || full_name as line from app_public.talent
      union all select 'vendor:' || id || ':' || name from app_public.vendors
      union all select 'event:' || id || ':' || title from app_public.events
    ) s`)) as string;
}

async function withOwnerClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: db.settings.ownerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("demo data", () => {
  it("has the two organizations and the twelve demo accounts with their roles", async () => {
    expect(await rowsOf("select slug::text, name from app_public.organizations order by slug")).toEqual([
      { slug: "medellin-fashion", name: "Medellín Fashion Group" },
      { slug: "moda-bogota", name: "Moda Bogotá Producciones" },
    ]);
    expect(DEMO_ACCOUNTS).toHaveLength(12);
    const members = await rowsOf(`
      select p.email::text, p.full_name, o.slug::text as slug, m.role
        from app_public.memberships m
        join app_public.profiles p on p.id = m.profile_id
        join app_public.organizations o on o.id = m.organization_id
       order by p.email`);
    expect(members).toEqual(
      [...DEMO_ACCOUNTS]
        .sort((a, b) => (a.email < b.email ? -1 : 1))
        .map((a) => ({ email: a.email, full_name: a.fullName, slug: a.organizationSlug, role: a.role })),
    );
    for (const slug of ["moda-bogota", "medellin-fashion"]) {
      const roles = DEMO_ACCOUNTS.filter((a) => a.organizationSlug === slug).map((a) => a.role);
      expect(roles.sort()).toEqual(["admin", "casting", "door", "owner", "producer", "viewer"]);
    }
  });

  it("lets every demo account sign in with the demo password, and no one with a wrong one", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const good = await rowsOf("select t.profile_id, t.session_id from app_public.authenticate($1, $2) t", [
        account.email,
        DEMO_PASSWORD,
      ]);
      expect(good[0]?.session_id, account.email).toBeTruthy();
      expect(good[0]?.profile_id).toBe(demoUuid(`profile:${account.email}`));
      const bad = await rowsOf("select t.profile_id, t.session_id from app_public.authenticate($1, $2) t", [
        account.email,
        `${DEMO_PASSWORD}x`,
      ]);
      expect(bad[0]?.session_id, account.email).toBeNull();
    }
    const hashes = await rowsOf("select password_hash from app_private.profile_secrets");
    expect(hashes).toHaveLength(12);
    for (const { password_hash } of hashes) expect(password_hash).toMatch(/^\$2a\$/);
  });

  it("has at least 120 talent with plausible comp cards in every division", async () => {
    expect(await valueOf("select count(*)::int from app_public.talent")).toBeGreaterThanOrEqual(120);
    const divisions = await rowsOf(`
      select division, count(*)::int as n, min(height_cm) as min_height, max(height_cm) as max_height
        from app_public.talent group by division order by division`);
    expect(divisions.map((d) => d.division)).toEqual([
      "curve",
      "kids",
      "mature",
      "men",
      "non_binary",
      "petite",
      "women",
    ]);
    const byDivision = Object.fromEntries(divisions.map((d) => [d.division, d]));
    expect(byDivision.women.n).toBeGreaterThan(byDivision.curve.n);
    expect(byDivision.women.min_height).toBeGreaterThanOrEqual(168);
    expect(byDivision.women.max_height).toBeLessThanOrEqual(182);
    expect(byDivision.men.min_height).toBeGreaterThanOrEqual(180);
    expect(byDivision.men.max_height).toBeLessThanOrEqual(192);
    expect(byDivision.kids.min_height).toBeGreaterThanOrEqual(110);
    expect(byDivision.kids.max_height).toBeLessThanOrEqual(160);
    const incomplete = await valueOf(`
      select count(*)::int from app_public.talent
       where city is null or height_cm is null or bust_cm is null or waist_cm is null or hips_cm is null
          or shoe_eu is null or hair_color is null or eye_color is null or birth_date is null
          or measurements_taken_on is null`);
    expect(incomplete).toBe(0);
    const cities = (await rowsOf("select distinct city from app_public.talent order by city")).map((r) => r.city);
    expect(cities).toEqual(expect.arrayContaining(["Bogotá", "Medellín", "Cali"]));
  });

  it("mixes consent: most may be processed by AI, some never consented, some withheld AI or withdrew", async () => {
    const [counts] = await rowsOf(`
      select count(*) filter (where app_public.talent_has_ai_consent(t))::int as ai,
             count(*) filter (where not app_public.talent_has_ai_consent(t))::int as no_ai,
             count(*) filter (where consent_granted_at is null)::int as never,
             count(*) filter (where consent_granted_at is not null and not ('ai_processing' = any(consent_purposes)))::int as without_ai,
             count(*) filter (where consent_revoked_at is not null)::int as revoked,
             count(*)::int as total
        from app_public.talent t`);
    expect(counts.ai).toBeGreaterThan(counts.total * 0.7);
    expect(counts.no_ai).toBeGreaterThan(0);
    expect(counts.never).toBeGreaterThanOrEqual(Math.floor(counts.total * 0.08));
    expect(counts.without_ai).toBeGreaterThan(0);
    expect(counts.revoked).toBeGreaterThan(0);
    expect(await valueOf("select count(*)::int from app_private.ai_talent_candidates")).toBe(counts.ai);
  });

  it("gives every minor a guardian contact", async () => {
    const minors = await rowsOf(`
      select t.full_name, c.guardian_name, c.guardian_phone, c.guardian_email
        from app_public.talent t
        left join app_public.talent_contacts c on c.talent_id = t.id
       where app_public.talent_is_minor(t)`);
    expect(minors.length).toBeGreaterThanOrEqual(5);
    for (const minor of minors) {
      expect(minor.guardian_name, minor.full_name).toBeTruthy();
      expect(minor.guardian_phone ?? minor.guardian_email, minor.full_name).toBeTruthy();
    }
    expect(
      await valueOf(
        "select count(*)::int from app_public.talent t where t.division = 'kids' and not app_public.talent_is_minor(t)",
      ),
    ).toBe(0);
    expect(
      await valueOf("select count(*)::int from app_public.talent_contacts where email is not null"),
    ).toBeGreaterThan(90);
  });

  it("has at least 40 vendors covering every category in both organizations", async () => {
    expect(await valueOf("select count(*)::int from app_public.vendors")).toBeGreaterThanOrEqual(40);
    const categories = await rowsOf(`
      select o.slug::text as slug, count(distinct v.category)::int as categories
        from app_public.vendors v join app_public.organizations o on o.id = v.organization_id
       group by o.slug order by o.slug`);
    expect(categories).toEqual([
      { slug: "medellin-fashion", categories: 12 },
      { slug: "moda-bogota", categories: 12 },
    ]);
    const cities = (await rowsOf("select distinct city from app_public.vendors order by city")).map((r) => r.city);
    expect(cities).toEqual(["Bogotá", "Cali", "Medellín"]);
    expect(
      await valueOf(`select count(*)::int from app_public.vendors
                      where rating not between 3.5 and 5 or price_min_cop is null or price_max_cop < price_min_cop`),
    ).toBe(0);
  });

  it("has three or four events, with ticket tiers, upcoming published shows and one finished show", async () => {
    const events = await rowsOf(`
      select e.slug::text as slug, e.status, e.starts_at,
             (select count(*)::int from app_public.ticket_tiers t where t.event_id = e.id) as tiers,
             (select count(*)::int from app_public.looks l where l.event_id = e.id) as looks
        from app_public.events e order by e.starts_at`);
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.length).toBeLessThanOrEqual(4);
    for (const e of events) {
      expect(e.tiers, e.slug).toBeGreaterThan(0);
      expect(e.looks, e.slug).toBeGreaterThanOrEqual(8);
      expect(e.looks, e.slug).toBeLessThanOrEqual(15);
    }
    const now = Date.now();
    expect(events.filter((e) => e.status === "published" && e.starts_at.getTime() > now).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.status === "completed" && e.starts_at.getTime() < now)).toHaveLength(1);
    // Shows start at 19:00 in Bogotá.
    const hours = await rowsOf(
      "select distinct extract(hour from starts_at at time zone 'America/Bogota')::int as h from app_public.events",
    );
    expect(hours).toEqual([{ h: 19 }]);
    // Tickets of upcoming published shows are on sale now.
    const onSale = await valueOf(`
      select count(*)::int from app_public.ticket_tiers t join app_public.events e on e.id = t.event_id
       where e.status = 'published' and e.starts_at > now()
         and coalesce(t.sales_start_at, '-infinity') <= now() and now() < coalesce(t.sales_end_at, e.starts_at)`);
    expect(onSale).toBeGreaterThan(0);
  });

  it("has a casting brief per upcoming event, castings and a draft run of show", async () => {
    const missing = await valueOf(`
      select count(*)::int from app_public.events e
       where e.starts_at > now() and not exists (select 1 from app_public.casting_briefs b where b.event_id = e.id)`);
    expect(missing).toBe(0);
    const castings = await rowsOf(
      "select status, count(*)::int as n from app_public.model_castings group by status order by status",
    );
    expect(castings.map((c) => c.status)).toEqual(["confirmed", "invited"]);
    const slots = await rowsOf(`
      select s.status, count(l.*)::int as slots
        from app_public.runway_schedules s join app_public.runway_slots l on l.schedule_id = s.id
       group by s.id, s.status`);
    expect(slots).toHaveLength(1);
    expect(slots[0]?.status).toBe("draft");
    expect(slots[0]?.slots).toBeGreaterThan(3);
  });

  it("makes some matching talent unavailable during an upcoming event, and never casts them", async () => {
    const busy = await rowsOf(`
      select a.kind, count(*)::int as n
        from app_public.talent_availability a
        join app_public.talent t on t.id = a.talent_id
        join app_public.events e on e.organization_id = t.organization_id
       where e.starts_at > now() and a.period && tstzrange(e.starts_at, e.ends_at)
       group by a.kind order by a.kind`);
    expect(busy.map((b) => b.kind)).toEqual(["hold", "unavailable"]);
    expect(await valueOf("select count(*)::int from app_public.talent_availability")).toBeGreaterThan(
      busy.reduce((sum, b) => sum + b.n, 0),
    );
    const castWhileBusy = await valueOf(`
      select count(*)::int from app_public.model_castings c
        join app_public.events e on e.id = c.event_id
        join app_public.talent_availability a on a.talent_id = c.talent_id and a.period && tstzrange(e.starts_at, e.ends_at)`);
    expect(castWhileBusy).toBe(0);
  });

  it("gives every booking one ticket per seat, and checked in the buyers of the finished show", async () => {
    const mismatched = await rowsOf(`
      select b.id from app_public.bookings b
       where b.quantity <> (select count(*) from app_public.tickets t where t.booking_id = b.id)`);
    expect(mismatched).toEqual([]);
    const pastEntries = await valueOf(`
      select count(*)::int from app_public.tickets t join app_public.events e on e.id = t.event_id
       where e.ends_at < now() and t.checked_in_at is not null`);
    expect(pastEntries).toBeGreaterThan(0);
    expect(
      await valueOf(`select count(*)::int from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
                      where t.checked_in_at is not null and b.status <> 'paid'`),
    ).toBe(0);
  });

  it("keeps each tier's sold_count equal to its pending and paid bookings", async () => {
    const inconsistent = await rowsOf(`
      select t.name, t.sold_count,
             (select coalesce(sum(b.quantity), 0)::int from app_public.bookings b
               where b.tier_id = t.id and b.status in ('pending', 'paid')) as booked
        from app_public.ticket_tiers t`);
    expect(inconsistent.filter((t) => t.sold_count !== t.booked)).toEqual([]);
    expect(inconsistent.some((t) => t.sold_count > 0)).toBe(true);
    expect(await valueOf("select count(distinct status)::int from app_public.bookings")).toBeGreaterThanOrEqual(2);
    expect(
      await valueOf(`select count(*)::int from app_public.bookings b join app_public.ticket_tiers t on t.id = b.tier_id
                      where b.total_cop <> t.price_cop * b.quantity`),
    ).toBe(0);
  });

  it("changes nothing and says so when the database already has data", async () => {
    const before = await fingerprint();
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await withOwnerClient((client) => seedDemoData(client));
      expect(spy).toHaveBeenCalledWith("[db] the database already has data; demo data not loaded");
    } finally {
      spy.mockRestore();
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("loads identical rows into an emptied database", async () => {
    const before = await fingerprint();
    const names = await namesFingerprint();
    expect(before.talent?.n).toBeGreaterThanOrEqual(120);
    expect(await valueOf("select id from app_public.organizations where slug = 'moda-bogota'")).toBe(
      demoUuid("organization:moda-bogota"),
    );
    // The seed day of the template, so a run across midnight still compares like with like.
    const seededAt = (await valueOf("select min(created_at) from app_public.organizations")) as Date;

    // Bookings, their tickets and payments are financial records that block deleting their event; the rest cascades.
    await db.owner.query("delete from app_public.tickets");
    await db.owner.query("delete from app_public.bookings");
    await db.owner.query("delete from app_public.organizations");
    await db.owner.query("delete from app_public.profiles");
    for (const table of SEEDED_TABLES) {
      expect(await valueOf(`select count(*)::int from app_public.${table}`), table).toBe(0);
    }
    expect(await valueOf("select count(*)::int from app_private.profile_secrets")).toBe(0);
    expect(await valueOf("select count(*)::int from app_private.sessions")).toBe(0);

    await withOwnerClient((client) => seedDemoData(client, { today: seededAt }));
    expect(await fingerprint()).toEqual(before);
    expect(await namesFingerprint()).toBe(names);
  });

  it("loads exactly the recorded rows for a fixed seed day (regenerate with `npx vitest run test/seed.test.ts -u`)", async () => {
    // The rows of every table, recorded in test/__snapshots__/seed-rows.json: a change to the data
    // catalogue or a loader (db/seed/) that changes any row shows here, and a refactor that must not
    // (splitting the seed into topics did not) proves it.
    await db.owner.query("delete from app_public.tickets");
    await db.owner.query("delete from app_public.bookings");
    await db.owner.query("delete from app_public.organizations");
    await db.owner.query("delete from app_public.profiles");
    await withOwnerClient((client) => seedDemoData(client, { today: new Date("2026-03-01T17:00:00Z") }));
    // The hashes of each booking's access token, each ticket's code and each invitation's RSVP link and door
    // code are of random secrets, new on every load.
    const recorded = await fingerprint({ without: ["access_hash", "code_hash", "rsvp_hash", "door_code_hash"] });
    await expect(`${JSON.stringify(recorded, null, 2)}\n`).toMatchFileSnapshot("./__snapshots__/seed-rows.json");
  });
});
