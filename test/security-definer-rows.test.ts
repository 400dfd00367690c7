// Computed columns that run as their owner (SECURITY DEFINER) are called with a
// row value, and a row value can be made up: `select f(row(...))` with another
// agency's id and the caller's own organization_id. A function that trusted the
// argument's organization_id answered for the other agency's row (the RSVP
// token of its invitation, the paid tickets of its event). The kind: every
// such function must read what it answers from the stored row. This test finds
// them all in the catalogue, so a new one is checked without being listed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUuid } from "../db/seed/demo.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
const OWNER_A = demoUuid("profile:owner@bogota.fashionos.test");
const OWNER_B = demoUuid("profile:owner@medellin.fashionos.test");
let orgA: string;
let orgB: string;

interface DefinerFunction {
  signature: string;
  name: string;
  table: string;
}
let functions: DefinerFunction[];

beforeAll(async () => {
  db = await createTestDatabase();
  const orgs = await db.owner.query(
    "select slug::text, id from app_public.organizations where slug in ('moda-bogota', 'medellin-fashion')",
  );
  orgA = orgs.rows.find((r) => r.slug === "moda-bogota").id;
  orgB = orgs.rows.find((r) => r.slug === "medellin-fashion").id;
  // app_public SECURITY DEFINER functions of one argument whose type is an app_public table's row.
  const { rows } = await db.owner.query<DefinerFunction>(`
    select p.oid::regprocedure::text as signature, p.proname::text as name, format('%I.%I', n2.nspname, c.relname) as "table"
      from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace and n.nspname = 'app_public'
      join pg_type t on t.oid = p.proargtypes[0]
      join pg_class c on c.oid = t.typrelid and c.relkind = 'r'
      join pg_namespace n2 on n2.oid = c.relnamespace and n2.nspname = 'app_public'
     where p.prosecdef and p.pronargs = 1
     order by 1`);
  functions = rows;
});

afterAll(async () => {
  await db?.drop();
});

describe("SECURITY DEFINER computed columns", () => {
  it("are found (the walk itself works)", () => {
    expect(functions.map((f) => f.name)).toEqual(
      expect.arrayContaining(["events_valid_ticket_count", "guest_invitations_rsvp_token"]),
    );
  });

  it("answer nothing for another agency's row dressed in the caller's organization_id", async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const fn of functions) {
      // Agency A's rows for which A's owner gets an answer: what a forger would want.
      const candidates = await db.owner.query(
        `select to_jsonb(x) as row from ${fn.table} x where x.organization_id = $1 limit 50`,
        [orgA],
      );
      const call = `select ${fn.signature.replace(/\(.*$/, "")}(jsonb_populate_record(null::${fn.table}, $1::jsonb)) as answer`;
      let row: Record<string, unknown> | undefined;
      for (const candidate of candidates.rows) {
        const answer = await db.asProfile(OWNER_A, async (c) => (await c.query(call, [candidate.row])).rows[0]?.answer);
        if (answer !== null && answer !== undefined) {
          row = candidate.row;
          break;
        }
      }
      if (!row) continue;
      checked += 1;
      const forged = { ...row, organization_id: orgB };
      const answer = await db.asProfile(OWNER_B, async (c) => (await c.query(call, [forged])).rows[0]?.answer);
      if (answer !== null && answer !== undefined) leaks.push(`${fn.signature}: ${JSON.stringify(answer)}`);
    }
    // The seeded demo data gives each of these functions a row that answers for its own agency.
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(leaks).toEqual([]);
  });
});
