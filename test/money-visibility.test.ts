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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember } from "./helpers/organizations.ts";

let db: TestDatabase;
let bogota: string;
let door: string;
let producer: string;
let moneyColumns: { table: string; column: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  bogota = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  door = await newMember(db, bogota, "door");
  producer = await newMember(db, bogota, "producer");
  // A planned budget on every Bogotá event, published or draft (the demo data plans none).
  await db.owner.query(
    "insert into app_public.event_budgets (event_id, budget_cop) select id, 30000000 from app_public.events where organization_id = $1",
    [bogota],
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
