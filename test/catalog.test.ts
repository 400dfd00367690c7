// Rules every table, key and function must follow. They read the catalog, so
// a new table that breaks a rule fails here without anyone listing it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpSchema } from "../db/lib/dump.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const rowsOf = async (sql: string) => (await db.owner.query(sql)).rows;

describe("catalog rules", () => {
  it("finds the tables it checks", async () => {
    const rows = await rowsOf(
      `select count(*)::int as n from pg_class where relnamespace = 'app_public'::regnamespace and relkind = 'r'`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(20);
  });

  it("enables row-level security with at least one policy on every app_public table", async () => {
    const offenders = await rowsOf(`
      select c.relname, c.relrowsecurity, count(p.polname)::int as policies
        from pg_class c
        left join pg_policy p on p.polrelid = c.oid
       where c.relnamespace = 'app_public'::regnamespace and c.relkind in ('r', 'p')
       group by c.relname, c.relrowsecurity
      having not c.relrowsecurity or count(p.polname) = 0`);
    expect(offenders).toEqual([]);
  });

  it("indexes every foreign key with an index led by the key's columns", async () => {
    const offenders = await rowsOf(`
      select c.conrelid::regclass::text as table_name, c.conname
        from pg_constraint c
       where c.contype = 'f'
         and c.connamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
         and not exists (
           select 1 from pg_index i
            where i.indrelid = c.conrelid
              and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
                = (select array_agg(k order by k) from unnest(c.conkey) k)
         )`);
    expect(offenders).toEqual([]);
  });

  it("gives every foreign key an explicit on delete action", async () => {
    // 'a' is NO ACTION, the default when nothing is said.
    const offenders = await rowsOf(`
      select conrelid::regclass::text as table_name, conname from pg_constraint
       where contype = 'f' and confdeltype = 'a'
         and connamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)`);
    expect(offenders).toEqual([]);
  });

  it("comments every app_public table, view and column", async () => {
    const tables = await rowsOf(`
      select c.relname from pg_class c
       where c.relnamespace = 'app_public'::regnamespace and c.relkind in ('r', 'v', 'm', 'p')
         and obj_description(c.oid, 'pg_class') is null`);
    const columns = await rowsOf(`
      select c.relname || '.' || a.attname as column_name
        from pg_class c join pg_attribute a on a.attrelid = c.oid
       where c.relnamespace = 'app_public'::regnamespace and c.relkind in ('r', 'v', 'm', 'p')
         and a.attnum > 0 and not a.attisdropped
         and col_description(c.oid, a.attnum) is null`);
    expect(tables).toEqual([]);
    expect(columns).toEqual([]);
  });

  it("comments every app_public function", async () => {
    const offenders = await rowsOf(`
      select p.oid::regprocedure::text as fn from pg_proc p
       where p.pronamespace = 'app_public'::regnamespace and obj_description(p.oid, 'pg_proc') is null`);
    expect(offenders).toEqual([]);
  });

  it("sets search_path on every SECURITY DEFINER function", async () => {
    const offenders = await rowsOf(`
      select p.oid::regprocedure::text as fn from pg_proc p
       where p.prosecdef
         and p.pronamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
         and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`);
    expect(offenders).toEqual([]);
  });

  it("keeps organization_id indexed on every tenant-owned table", async () => {
    const offenders = await rowsOf(`
      select c.relname from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id'
       where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
         and not exists (
           select 1 from pg_index i where i.indrelid = c.oid and a.attnum = any((i.indkey::int2[])[0:1])
         )`);
    expect(offenders).toEqual([]);
  });

  it("gives the request roles nothing in app_private but policy helpers", async () => {
    const { anonymous, member } = db.settings.roles;
    const tables = await rowsOf(`
      select c.relname from pg_class c
       where c.relnamespace = 'app_private'::regnamespace and c.relkind in ('r', 'v')
         and (has_table_privilege('${anonymous}', c.oid, 'select') or has_table_privilege('${member}', c.oid, 'select'))`);
    expect(tables).toEqual([]);
    const logs = await rowsOf(`
      select has_table_privilege('${anonymous}', 'app_public.ai_agent_logs', 'select, insert, update, delete') as anonymous,
             has_table_privilege('${member}', 'app_public.ai_agent_logs', 'select, insert, update, delete') as member`);
    expect(logs[0]).toEqual({ anonymous: false, member: false });
  });

  it("matches the committed db/schema.sql (run `npm run db:migrate` and commit the dump)", async () => {
    const committed = await readFile(join(PROJECT_ROOT, "db", "schema.sql"), "utf8");
    const live = await dumpSchema(db.settings);
    expect(live).toBe(committed);
  });
});
