// db/schema.sql: the migrated schema (structure, policies, grants, comments)
// in one file, so every schema change shows in a diff. Role names are written
// as the same placeholders the migrations use, so the file does not depend on
// the database name.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseEnv } from "../../shared/config.ts";
import { type DatabaseSettings, placeholders } from "./settings.ts";

const run = promisify(execFile);

export async function dumpSchema(settings: DatabaseSettings): Promise<string> {
  const pgDump = parseEnv(["PG_DUMP"]).PG_DUMP || "pg_dump";
  let stdout: string;
  try {
    ({ stdout } = await run(
      pgDump,
      [
        "--schema-only",
        "--no-owner",
        "--exclude-schema=graphile_migrate",
        "--exclude-schema=graphile_worker",
        "--restrict-key=fashionos",
        settings.ownerUrl,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") {
      throw new Error(
        "pg_dump was not found: install the PostgreSQL 15 client (apt-get install postgresql-client) or set PG_DUMP.",
      );
    }
    throw new Error(`pg_dump failed: ${e.stderr ?? e.message}`);
  }
  let text = stdout
    .split("\n")
    .filter((line) => !line.startsWith("-- Dumped from") && !line.startsWith("-- Dumped by"))
    .join("\n");
  for (const [placeholder, role] of Object.entries(placeholders(settings))) {
    text = text.replace(new RegExp(`\\b${role}\\b`, "g"), placeholder);
  }
  return `${text.trim()}\n`;
}
