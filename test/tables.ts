// Tables findable by name: from each table in db/schema.sql to the migrations
// that shape it, the db/rls file with its policies and grants, and the tests
// that name it. db/README.md's index is rendered from this
// (`node test/update-readme.ts`); test/tables.test.ts keeps it current and
// holds new migrations to their `-- Tables:` header.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../shared/paths.ts";

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every table of app_public and app_private, schema-qualified, as db/schema.sql has them. */
export function schemaTables(schemaSql = read("db/schema.sql")): string[] {
  return [...schemaSql.matchAll(/^CREATE TABLE (app_(?:public|private)\.\w+)/gm)].map((m) => m[1] as string).sort();
}

export const MIGRATIONS_DIR = "db/migrations/committed";

export function committedMigrations(): string[] {
  return readdirSync(join(PROJECT_ROOT, MIGRATIONS_DIR))
    .filter((f) => /^\d{6}.*\.sql$/.test(f))
    .sort();
}

/** The body of a migration without graphile-migrate's `--!` header lines. */
const bodyOf = (sql: string) => sql.replace(/^--!.*\n/gm, "");

/**
 * Statements that shape or fill a table, as they begin a line (function bodies are indented and do
 * not count): its DDL, indexes, triggers, comments, policies, grants, and top-level data changes.
 */
const STATEMENT =
  /^(?:create\s+table|alter\s+table|drop\s+table|create\s+(?:unique\s+)?index|create\s+(?:constraint\s+)?trigger|comment\s+on\s+(?:table|column)|create\s+policy|alter\s+policy|grant|revoke|insert\s+into|update|delete\s+from|truncate)\b[^;]*/gim;

/** The tables a migration's statements touch (schema-qualified), among `tables`. */
export function tablesTouched(sql: string, tables: readonly string[]): string[] {
  const statements = [...bodyOf(sql).matchAll(STATEMENT)].map((m) => m[0]);
  return tables.filter((table) => {
    const name = new RegExp(`(?:^|[\\s(,])${escape(table)}(?![\\w])`, "i");
    return statements.some((statement) => name.test(statement));
  });
}

/** The `-- Tables: a, b` header of a migration body (null when it has none; `none` → []). */
export function declaredTables(sql: string): string[] | null {
  const match = /^-- Tables:\s*(.*)$/m.exec(bodyOf(sql).trimStart().split("\n\n")[0] ?? "");
  if (!match) return null;
  const list = (match[1] as string).trim();
  return list === "none"
    ? []
    : list
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
        .sort();
}

/** db/rls files whose policies, RLS switch or grants are on the table. */
function policyFiles(table: string): string[] {
  const on = new RegExp(`\\b(?:on|table)\\s+(?:only\\s+)?${escape(table)}(?![\\w])`, "i");
  return readdirSync(join(PROJECT_ROOT, "db/rls"))
    .filter((f) => f.endsWith(".sql") && on.test(read(`db/rls/${f}`)))
    .sort();
}

/** Files about this index itself (their examples name tables they do not test). */
const NOT_TESTS_OF_TABLES = new Set(["tables.ts", "tables.test.ts"]);

function testFiles(): string[] {
  return readdirSync(join(PROJECT_ROOT, "test"), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !NOT_TESTS_OF_TABLES.has(e.name))
    .map((e) => relative(join(PROJECT_ROOT, "test"), join(e.parentPath, e.name)))
    .sort();
}

export interface TableEntry {
  table: string;
  migrations: string[];
  policies: string[];
  tests: string[];
}

export function tableIndex(): TableEntry[] {
  const tables = schemaTables();
  const migrations = committedMigrations().map((file) => ({
    file,
    touched: new Set(tablesTouched(read(`${MIGRATIONS_DIR}/${file}`), tables)),
  }));
  const tests = testFiles().map((file) => ({ file, text: read(`test/${file}`) }));
  return tables.map((table) => {
    const named = new RegExp(`${escape(table)}(?![\\w])`);
    return {
      table,
      migrations: migrations.filter((m) => m.touched.has(table)).map((m) => m.file),
      policies: policyFiles(table),
      tests: tests.filter((t) => named.test(t.text)).map((t) => t.file),
    };
  });
}

/** db/README.md's index, one row per table. */
export function renderTableIndex(): string {
  const link = (text: string, path: string) => `[${text}](${path})`;
  const rows = tableIndex().map(({ table, migrations, policies, tests }) => {
    const cells = [
      `\`${table}\``,
      migrations.map((f) => link(f.slice(0, 6), `migrations/committed/${f}`)).join(", ") || "—",
      policies.map((f) => link(f, `rls/${f}`)).join(", ") || "—",
      tests.map((f) => link(f.replace(/\.test\.ts$/, "").replace(/\.ts$/, ""), `../test/${f}`)).join(", ") || "—",
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| table | migrations | policies and grants | tests that name it |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "Generated from `db/schema.sql`, `db/migrations/committed/`, `db/rls/` and `test/` (`node test/update-readme.ts`).",
  ].join("\n");
}
