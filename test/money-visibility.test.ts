// Money is not for door staff (issue 18). Door staff only check guests in:
// they read their organization's events to pick the one they work at, and
// nothing under them. events.budget_cop sat on that row, so they read every
// event's budget. The kind of fault: any money column a door-staff member can
// read that is not public anyway. This test finds every money column in
// app_public by name and type (COP, cents, USD, prices, amounts, budgets,
// fees, payouts, costs) and, in real transactions under `set local role` with
// the claims of a door-staff member, reads each one: every row with money that
// door staff see must be one that anonymous visitors see too (a published
// tier's price). The same for every role next to it, against what that role
// is meant to read (shared/permissions.ts).
//
// Money is not for casting staff or viewers either: only owners, admins and
// producers handle the organization's money (the producer runs the budget and
// the suppliers). The same walk runs as a casting member and as a viewer: no
// money column shows them a row beyond what visitors see, except the ticket
// prices of tiers not yet on public sale (a price list, which the public page
// shows once published). Money also travels inside JSON (a health report's
// budget check, an agent run's input and output): every JSON value those roles
// can read through the API, columns and computed columns alike, is searched for
// money keys (…Cop, …Cents, budget, price, amount).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember } from "./helpers/organizations.ts";

let db: TestDatabase;
let bogota: string;
let door: string;
let producer: string;
let casting: string;
let viewer: string;
let moneyColumns: { table: string; column: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  bogota = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  door = await newMember(db, bogota, "door");
  producer = await newMember(db, bogota, "producer");
  casting = await newMember(db, bogota, "casting");
  viewer = await newMember(db, bogota, "viewer");
  // A planned budget on every Bogotá event, published or draft (the demo data plans none).
  await db.owner.query(
    "insert into app_public.event_budgets (event_id, budget_cop) select id, 30000000 from app_public.events where organization_id = $1",
    [bogota],
  );
  // An agreed price on the agency's vendor recommendations (the demo data agrees none).
  await db.owner.query(
    "update app_public.vendor_recommendations set agreed_price_cop = 4500000 where organization_id = $1",
    [bogota],
  );
  // A health report with its budget check and a summary, and the runs of the agents that work with money.
  const event = (
    await db.owner.query(
      "select id from app_public.events where organization_id = $1 and status = 'published' order by starts_at limit 1",
      [bogota],
    )
  ).rows[0].id;
  await db.owner.query("select app_private.refresh_event_health($1, (now() at time zone 'America/Bogota')::date)", [
    event,
  ]);
  await db.owner.query(
    "update app_public.event_health_reports set summary = 'Comprometido $ 31.000.000 de $ 30.000.000.' where event_id = $1",
    [event],
  );
  await db.owner.query(
    `insert into app_public.agent_runs (organization_id, event_id, agent_type, status, input, output)
     values ($1, $2, 'vendor_coordination', 'succeeded', '{"eventId": "x", "category": "sound", "budgetCop": 5000000}',
             '{"budgetCop": 5000000, "recommendations": []}')`,
    [bogota, event],
  );
  moneyColumns = (
    await db.owner.query<{ table: string; column: string }>(
      `select c.table_name as table, c.column_name as column
         from information_schema.columns c join information_schema.tables t
           on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = 'app_public'
          and c.data_type in ('bigint', 'integer', 'numeric', 'smallint', 'double precision', 'real', 'money')
          and (c.column_name ~ '(_cop|_cents|_usd)$' or c.column_name ~ '(price|amount|budget|fee|payout|cost)')
        order by 1, 2`,
    )
  ).rows;
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

/** The ids of the rows with money in this column that the caller sees (none when the column is refused). */
async function visible(
  run: <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => Promise<T>,
  table: string,
  column: string,
) {
  return run(async (client) => {
    const result = await attempt(client, `select id::text from app_public.${table} where ${column} is not null`);
    return result.ok ? result.rows.map((r) => r.id as string) : [];
  });
}

describe("money columns", () => {
  it("are found: budgets, prices, amounts, fees and costs", () => {
    const names = moneyColumns.map((c) => `${c.table}.${c.column}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "event_budgets.budget_cop",
        "bookings.total_cop",
        "ticket_tiers.price_cop",
        "vendors.price_min_cop",
        "vendor_recommendations.agreed_price_cop",
        "sponsors.amount_cop",
        "payments.amount_in_cents",
      ]),
    );
    // The budget lives apart from the event: the row door staff read holds no money.
    expect(names.filter((name) => name.startsWith("events."))).toEqual([]);
  });

  it("door staff read no money that is not public", async () => {
    const asDoor = async <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => db.asProfile(door, fn);
    const asAnonymous = async <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => db.asAnonymous(fn);
    const leaks: string[] = [];
    for (const { table, column } of moneyColumns) {
      const seen = await visible(asDoor, table, column);
      const open = new Set(await visible(asAnonymous, table, column));
      const hidden = seen.filter((id) => !open.has(id));
      if (hidden.length > 0) leaks.push(`${table}.${column}: ${hidden.length} rows`);
    }
    expect(leaks).toEqual([]);
    // They still see the events (to pick the one they work at) and still check tickets in.
    const events = await db.asProfile(door, (client) =>
      client.query("select count(*)::int as n from app_public.events where organization_id = $1", [bogota]),
    );
    expect(events.rows[0].n).toBeGreaterThan(0);
  });

  it("producers read the budget and set it; door staff can neither read nor set it", async () => {
    const event = (
      await db.owner.query("select id from app_public.events where organization_id = $1 order by id limit 1", [bogota])
    ).rows[0].id;
    await db.asProfile(producer, async (client) => {
      const set = await attempt(client, "select budget_cop::int from app_public.set_event_budget($1, 12345678)", [
        event,
      ]);
      expect(set.message).toBeUndefined();
      expect(set.rows).toEqual([{ budget_cop: 12_345_678 }]);
      const { rows } = await client.query(
        "select b.budget_cop::int from app_public.events e join app_public.event_budgets b on b.event_id = e.id where e.id = $1",
        [event],
      );
      expect(rows).toEqual([{ budget_cop: 12_345_678 }]);
      expect((await attempt(client, "select app_public.set_event_budget($1, -1)", [event])).code).toBe("23514");
    });
    await db.asProfile(door, async (client) => {
      expect((await attempt(client, "select app_public.set_event_budget($1, 1)", [event])).code).toBe("DNIED");
      const { rows } = await client.query("select count(*)::int as n from app_public.event_budgets");
      expect(rows[0].n).toBe(0);
    });
  });
});

/** Ticket prices a role may see although the tier is not on public sale yet: a price list, not the organization's money. */
const PRICE_LIST = new Set(["ticket_tiers.price_cop"]);

describe("money is for owners, admins and producers", () => {
  for (const role of ["casting", "viewer"] as const) {
    it(`${role} members read no money that is not public, table by table`, async () => {
      const profile = role === "casting" ? casting : viewer;
      const asRole = async <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => db.asProfile(profile, fn);
      const asProducer = async <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => db.asProfile(producer, fn);
      const asAnonymous = async <T>(fn: (client: import("pg").PoolClient) => Promise<T>) => db.asAnonymous(fn);
      const leaks: string[] = [];
      const producerSees: string[] = [];
      for (const { table, column } of moneyColumns) {
        if ((await visible(asProducer, table, column)).length > 0) producerSees.push(`${table}.${column}`);
        if (PRICE_LIST.has(`${table}.${column}`)) continue;
        const seen = await visible(asRole, table, column);
        const open = new Set(await visible(asAnonymous, table, column));
        const hidden = seen.filter((id) => !open.has(id));
        if (hidden.length > 0) leaks.push(`${table}.${column}: ${hidden.length} rows`);
      }
      expect(leaks).toEqual([]);
      // Not vacuous: the producer reads money in each of these tables (the demo data has rows there).
      expect(producerSees).toEqual(
        expect.arrayContaining([
          "event_budgets.budget_cop",
          "bookings.total_cop",
          "sponsors.amount_cop",
          "vendors.price_min_cop",
          "vendor_recommendations.agreed_price_cop",
        ]),
      );
      // They still read the event's content: its looks, castings (casting staff) and health report.
      await asRole(async (client) => {
        const { rows } = await client.query(
          "select count(*)::int as n from app_public.event_health_reports where organization_id = $1",
          [bogota],
        );
        expect(rows[0].n).toBeGreaterThan(0);
      });
    });

    it(`${role} members find no money inside the JSON they read (health checks, agent runs)`, async () => {
      const profile = role === "casting" ? casting : viewer;
      // Every JSON the API shows: jsonb columns (not hidden with @behavior -*) and computed columns returning jsonb.
      const sources = (
        await db.owner.query<{ source: string }>(
          `select format('select %I::text as value from app_public.%I', a.attname, c.relname) as source
             from pg_attribute a join pg_class c on c.oid = a.attrelid
            where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
              and a.atttypid in ('jsonb'::regtype, 'json'::regtype)
              and coalesce(col_description(c.oid, a.attnum), '') not like '@behavior -*%'
           union all
           select format('select app_public.%I(t)::text as value from app_public.%I t', p.proname, c.relname)
             from pg_proc p join pg_type ty on ty.oid = p.proargtypes[0] join pg_class c on c.oid = ty.typrelid
            where p.pronamespace = 'app_public'::regnamespace and p.pronargs = 1 and c.relkind = 'r'
              and c.relnamespace = 'app_public'::regnamespace and p.prorettype in ('jsonb'::regtype, 'json'::regtype)
              and has_function_privilege($1, p.oid, 'execute')`,
          [db.settings.roles.member],
        )
      ).rows.map((r) => r.source);
      expect(sources.join(" ")).toContain("event_health_reports_checks");
      const found: string[] = [];
      await db.asProfile(profile, async (client) => {
        for (const source of sources) {
          const result = await attempt(client, `${source} limit 5000`);
          for (const row of result.rows) {
            const keys = String(row.value ?? "").match(
              /"[A-Za-z_]*(Cop|_cop|Cents|_cents|budget|Budget|price|Price|amount|Amount)[A-Za-z_]*":/g,
            );
            if (keys) found.push(`${source}: ${[...new Set(keys)].join(" ")}`);
          }
        }
      });
      expect(found).toEqual([]);
      // The producer sees the budget check, the summary and the vendor run (the search above can find them).
      await db.asProfile(producer, async (client) => {
        const { rows } = await client.query(
          `select app_public.event_health_reports_checks(r)::text like '%plannedCop%' as budget,
                  app_public.event_health_reports_summary(r) as summary
             from app_public.event_health_reports r where r.organization_id = $1`,
          [bogota],
        );
        expect(rows[0]).toEqual({ budget: true, summary: "Comprometido $ 31.000.000 de $ 30.000.000." });
        const runs = await client.query(
          "select count(*)::int as n from app_public.agent_runs where agent_type = 'vendor_coordination'",
        );
        expect(runs.rows[0].n).toBeGreaterThan(0);
      });
      await db.asProfile(profile, async (client) => {
        const { rows } = await client.query(
          `select app_public.event_health_reports_summary(r) as summary, jsonb_array_length(app_public.event_health_reports_checks(r)) > 0 as checks
             from app_public.event_health_reports r where r.organization_id = $1`,
          [bogota],
        );
        expect(rows[0]).toEqual({ summary: null, checks: true });
      });
    });
  }
});
