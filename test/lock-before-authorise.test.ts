// A function that locks a row before it checks who is asking lets anyone hold
// another agency's rows: update_casting_status and reorder_runway_slots took
// the casting's (the run of show's) row FOR UPDATE and only then asked whether
// the caller belonged to its organization. The refusal came after the lock, and
// the lock lasts until the caller's transaction ends, so a member of agency B
// calling them with agency A's ids made A's own writes wait (with a long
// transaction or a stream of calls, a denial of service). The kind: any
// callable function that locks (or writes) before it refuses.
//
// A row lock or a write gives the transaction an id (an xid), and so does one
// taken inside a savepoint that is rolled back afterwards: a refusal that comes
// back with the caller's transaction holding an xid locked or wrote something
// before saying no. This test walks the catalogue: every volatile app_public
// function a request role may execute is called as another agency's owner (and,
// when visitors may call it, as a visitor) with agency A's ids, table by table,
// and every call that is refused must leave no xid behind. Then two real
// concurrent transactions show the named functions no longer make A wait.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUuid } from "../db/seed/demo.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
const OWNER_A = demoUuid("profile:owner@bogota.fashionos.test");
const OWNER_B = demoUuid("profile:owner@medellin.fashionos.test");
let orgA: string;

interface Callable {
  signature: string;
  name: string;
  argNames: string[];
  argTypes: string[];
  anonymous: boolean;
}
let callables: Callable[];
/** One of agency A's rows per table that has an organization_id: table name → id. */
const sampleIds = new Map<string, string>();

/**
 * Functions that write something on purpose before they refuse, and why that is no lever on another agency's rows.
 * Keep it short: a new entry needs a reason a reviewer can check.
 */
const WRITES_BEFORE_REFUSING: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  orgA = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  const tables = await db.owner.query<{ table: string }>(
    `select c.table_name as table from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'app_public' and t.table_type = 'BASE TABLE' and c.column_name = 'organization_id'
        and exists (select 1 from information_schema.columns i
                     where i.table_schema = c.table_schema and i.table_name = c.table_name and i.column_name = 'id')
      order by 1`,
  );
  sampleIds.set("organizations", orgA);
  for (const { table } of tables.rows) {
    const { rows } = await db.owner.query(
      `select id::text from app_public.${table} where organization_id = $1 order by id limit 1`,
      [orgA],
    );
    if (rows[0]) sampleIds.set(table, rows[0].id);
  }
  const roles = db.settings.roles;
  callables = (
    await db.owner.query<Callable>(
      `select p.oid::regprocedure::text as signature, p.proname::text as name,
              coalesce(p.proargnames[1:p.pronargs], '{}')::text[] as "argNames",
              array(select format_type(t, null) from unnest(p.proargtypes) t)::text[] as "argTypes",
              has_function_privilege($2, p.oid, 'execute') as anonymous
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace and n.nspname = 'app_public'
        where p.provolatile = 'v' and p.prokind = 'f'
          and (has_function_privilege($1, p.oid, 'execute') or has_function_privilege($2, p.oid, 'execute'))
        order by 1`,
      [roles.member, roles.anonymous],
    )
  ).rows;
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

/** The tables an argument named like this most likely points at (`schedule_id` → runway_schedules). */
function tablesFor(argName: string): string[] {
  const stem = argName.replace(/_ids?$/, "");
  if (stem === argName || stem === "") return [...sampleIds.keys()];
  const exact = [...sampleIds.keys()].filter((t) => t === stem || t === `${stem}s`);
  if (exact.length) return exact;
  const near = [...sampleIds.keys()].filter((t) => t.endsWith(`_${stem}s`) || t.endsWith(`_${stem}`));
  return near.length ? near : [...sampleIds.keys()];
}

/** A plausible value for an argument that is not an id (the function must get past its first checks). */
function valueFor(name: string, type: string): unknown {
  if (type === "text") {
    const hints: Record<string, string> = {
      status: "confirmed",
      role: "viewer",
      email: "probe@example.com",
      locale: "es-CO",
      reason: "probe",
      gate: "Norte",
    };
    return hints[name] ?? "probe";
  }
  if (type === "integer" || type === "bigint" || type === "smallint") return 1;
  if (type === "boolean") return true;
  if (type.startsWith("timestamp")) return new Date().toISOString();
  if (type === "date") return new Date().toISOString().slice(0, 10);
  if (type === "jsonb" || type === "json") return "[]";
  if (type === "text[]") return ["probe"];
  return null;
}

/** Every way to fill the function's id arguments with agency A's rows (bounded). */
function argumentSets(fn: Callable): unknown[][] {
  const idArgs = fn.argTypes.map((type, i) => (type === "uuid" || type === "uuid[]" ? i : -1)).filter((i) => i >= 0);
  if (idArgs.length === 0) return [];
  let sets: unknown[][] = [fn.argTypes.map((type, i) => valueFor(fn.argNames[i] ?? "", type))];
  for (const i of idArgs) {
    const next: unknown[][] = [];
    for (const set of sets) {
      for (const table of tablesFor(fn.argNames[i] ?? "")) {
        const id = sampleIds.get(table);
        const copy = [...set];
        copy[i] = fn.argTypes[i] === "uuid[]" ? [id] : id;
        next.push(copy);
      }
    }
    sets = next.slice(0, 200);
  }
  return sets;
}

/** Calls fn as the role and claims given; whether it was refused, and whether the transaction got an xid. */
async function probe(
  role: "member" | "anonymous",
  claims: Record<string, string>,
  fn: Callable,
  args: unknown[],
): Promise<{ refused: boolean; code?: string; wrote: boolean }> {
  const placeholders = args.map((_, i) => `$${i + 1}::${fn.argTypes[i]}`).join(", ");
  return db.withClaims(role, claims, async (client: pg.PoolClient) => {
    const call = await attempt(client, `select app_public.${fn.name}(${placeholders})`, args);
    const { rows } = await client.query("select txid_current_if_assigned() is not null as wrote");
    return { refused: !call.ok, code: call.code, wrote: rows[0].wrote };
  });
}

describe("functions that refuse another agency's ids", () => {
  it("are found: every volatile function a request role may call, with A's ids to try", () => {
    const names = callables.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["update_casting_status", "reorder_runway_slots", "book_tickets"]));
    expect(sampleIds.size).toBeGreaterThan(25);
  });

  it("take no lock and write nothing before they say no", async () => {
    const sessionB = await db.sessionFor(OWNER_B);
    const offenders = new Set<string>();
    const refused = new Set<string>();
    let refusals = 0;
    for (const fn of callables) {
      if (fn.name in WRITES_BEFORE_REFUSING) continue;
      for (const args of argumentSets(fn)) {
        const actors: ["member" | "anonymous", Record<string, string>][] = [["member", { session_id: sessionB }]];
        if (fn.anonymous) actors.push(["anonymous", {}]);
        for (const [role, claims] of actors) {
          const result = await probe(role, claims, fn, args);
          if (!result.refused) continue;
          refusals += 1;
          refused.add(fn.name);
          if (result.wrote) offenders.add(`${fn.signature} as ${role} (refused with ${result.code})`);
        }
      }
    }
    expect(refusals).toBeGreaterThan(100);
    // Not vacuous: the calls reached the functions this fault was found in, and their siblings.
    expect([...refused]).toEqual(
      expect.arrayContaining([
        "update_casting_status",
        "reorder_runway_slots",
        "approve_email_draft",
        "discard_email_draft",
        "erase_talent",
        "refund_booking",
        "revoke_invitation",
      ]),
    );
    expect([...offenders]).toEqual([]);
  }, 240_000);
});

describe("another agency's member does not wait on agency A's rows", () => {
  /**
   * A's owner is writing the row (an open transaction holding it FOR UPDATE, as A's own update does). B's owner
   * calls the function with the same id under a lock_timeout. Before the fix B's call queued on A's lock (55P03
   * when the timeout ran out: each such request held an API connection for as long as A's transaction lasted,
   * told B the id exists and is being written, and, queued first, went ahead of A's next writer). Now B is
   * refused at once, as for an id that does not exist, and A's transaction finishes its write.
   */
  async function whileAWrites(table: string, id: string, call: string, args: unknown[]) {
    const sessionA = await db.sessionFor(OWNER_A);
    const sessionB = await db.sessionFor(OWNER_B);
    return db.withClaims("member", { session_id: sessionA }, async (a) => {
      await a.query(`select 1 from app_public.${table} where id = $1 for update`, [id]);
      const b = await db.committed("member", { session_id: sessionB }, async (client) => {
        await client.query("set local lock_timeout = '300ms'");
        return client.query(call, args);
      });
      return b;
    });
  }

  it("update_casting_status", async () => {
    const casting = (
      await db.owner.query("select id from app_public.model_castings where organization_id = $1 order by id limit 1", [
        orgA,
      ])
    ).rows[0].id;
    const b = await whileAWrites("model_castings", casting, "select app_public.update_casting_status($1, 'declined')", [
      casting,
    ]);
    expect(b.code).toBe("NTFND");
  });

  it("reorder_runway_slots", async () => {
    const schedule = (
      await db.owner.query(
        `select s.id, array(select l.id from app_public.looks l where l.event_id = s.event_id order by l.id) as looks
           from app_public.runway_schedules s where s.organization_id = $1 order by s.id limit 1`,
        [orgA],
      )
    ).rows[0];
    const b = await whileAWrites("runway_schedules", schedule.id, "select app_public.reorder_runway_slots($1, $2)", [
      schedule.id,
      schedule.looks,
    ]);
    expect(b.code).toBe("NTFND");
  });
});
