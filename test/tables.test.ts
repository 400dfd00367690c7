// Tables findable by name (db/README.md): new migrations name the tables they
// touch in a `-- Tables:` header; graphile-migrate's own hooks re-apply db/rls
// (so `gm watch` does too); and graphile-migrate is used through its public
// interface only. The index itself is checked in test/readme-generated.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, runGraphileMigrate } from "../db/lib/lifecycle.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { committedMigrations, declaredTables, MIGRATIONS_DIR, schemaTables, tablesTouched } from "./tables.ts";

/** Migrations from this number on carry the header (the convention began with it). */
const FIRST_WITH_HEADER = 15;

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");

describe("migration headers", () => {
  const tables = schemaTables();

  it("are parsed and compared as the convention says", () => {
    const sql = `--! Previous: sha1:x\n--! Hash: sha1:y\n--! Message: m\n\n-- Tables: app_public.events, app_public.looks\n--\n-- Why.\n\nalter table app_public.looks add column x int;\ncomment on column app_public.events.title is 'x';\ncreate or replace function app_public.f() returns app_public.talent as $$\n  update app_public.talent set x = 1;\n$$;\n`;
    expect(declaredTables(sql)).toEqual(["app_public.events", "app_public.looks"]);
    expect(tablesTouched(sql, tables)).toEqual(["app_public.events", "app_public.looks"]);
    expect(declaredTables("-- Tables: none\n\ncreate function x() …")).toEqual([]);
    expect(declaredTables("-- Something else\n\n-- Tables: app_public.events")).toBeNull();
  });

  it(`name exactly the tables each migration from ${FIRST_WITH_HEADER} on touches`, () => {
    const checked = committedMigrations().filter((file) => Number(file.slice(0, 6)) >= FIRST_WITH_HEADER);
    expect(checked.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of checked) {
      const sql = read(`${MIGRATIONS_DIR}/${file}`);
      const declared = declaredTables(sql);
      if (declared === null) {
        problems.push(`${file}: no "-- Tables: …" header (see db/README.md)`);
        continue;
      }
      const touched = tablesTouched(sql, tables);
      if (declared.join() !== touched.join())
        problems.push(`${file}: says ${declared.join(", ") || "none"}, touches ${touched.join(", ") || "none"}`);
    }
    expect(problems).toEqual([]);
  });

  it("hold for current.sql when it has a migration in it", () => {
    const sql = read("db/migrations/current.sql");
    const statements = sql.replace(/^--.*$/gm, "").trim();
    if (statements === "") return;
    const created = [...sql.matchAll(/^create table (?:if not exists )?(app_(?:public|private)\.\w+)/gim)].map(
      (m) => m[1] as string,
    );
    const known = [...new Set([...tables, ...created])];
    const declared = declaredTables(sql);
    expect(declared, 'db/migrations/current.sql needs a "-- Tables: …" header (see db/README.md)').not.toBeNull();
    expect(declared).toEqual(tablesTouched(sql, known));
  });
});

describe("db/rls follows every migration (graphile-migrate's hooks, .gmrc)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const policiesOnEvents = async () =>
    (
      await db.owner.query<{ n: number }>(
        "select count(*)::int as n from pg_policies where schemaname = 'app_public' and tablename = 'events'",
      )
    ).rows[0]?.n;

  /** Drops one policy of app_public.events; returns how many there were. */
  async function dropOnePolicy(): Promise<number> {
    const before = (await policiesOnEvents()) as number;
    const { rows } = await db.owner.query<{ policyname: string }>(
      "select policyname from pg_policies where schemaname = 'app_public' and tablename = 'events' limit 1",
    );
    await db.owner.query(`drop policy ${rows[0]?.policyname} on app_public.events`);
    expect(await policiesOnEvents()).toBe(before - 1);
    return before;
  }

  it("`gm watch` re-applies them after current.sql", { timeout: 60_000 }, async () => {
    const before = await dropOnePolicy();
    await runGraphileMigrate(db.settings, ["watch", "--once"], { quiet: true });
    expect(await policiesOnEvents()).toBe(before);
  });

  it("`db:migrate` re-applies them even when no migration is due", { timeout: 60_000 }, async () => {
    const before = await dropOnePolicy();
    await migrateDatabase(db.settings, { quiet: true });
    expect(await policiesOnEvents()).toBe(before);
  });

  it("the hooks are graphile-migrate's own, in .gmrc", () => {
    const gmrc = read(".gmrc");
    for (const hook of ["afterAllMigrations", "afterCurrent"]) {
      expect(gmrc).toMatch(
        new RegExp(`"${hook}":\\s*\\[\\{\\s*"_":\\s*"command",\\s*"command":\\s*"node db/cli.ts rls"`),
      );
    }
  });
});

it("graphile-migrate is used through its public interface (no imports of its private dist/ files)", () => {
  const offenders: string[] = [];
  for (const dir of ["db", "server", "tasks", "shared", "test", "bench"]) {
    for (const entry of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
      const path = relative(PROJECT_ROOT, join(entry.parentPath, entry.name));
      if (path === join("test", "tables.test.ts")) continue;
      if (/graphile-migrate\/dist\//.test(read(path))) offenders.push(path);
    }
  }
  expect(offenders).toEqual([]);
});
