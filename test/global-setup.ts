// Starts a PostgreSQL server for the test run (an embedded throwaway cluster,
// or the server of TEST_DATABASE_URL / DATABASE_URL), and builds the
// template database every test file clones: roles, migrations, policies and
// demo data, exactly as `npm run db:reset` does.
import { readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, resetDatabase, seedDatabase } from "../db/lib/lifecycle.ts";
import { startEmbeddedPostgres } from "../db/lib/server.ts";
import { databaseSettings } from "../db/lib/settings.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { TEMPLATE_DATABASE } from "./helpers/constants.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function removeStaleClusters(parent: string) {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const match = /^test-postgres-(\d+)$/.exec(name);
    if (!match) continue;
    let alive = true;
    try {
      process.kill(Number(match[1]), 0);
    } catch {
      alive = false;
    }
    if (!alive) await rm(join(parent, name), { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL || process.env.ROOT_DATABASE_URL || process.env.DATABASE_URL;
  let serverUrl: string;
  let stop = async () => {};
  if (external) {
    serverUrl = external;
  } else {
    const parent = join(PROJECT_ROOT, ".data");
    await removeStaleClusters(parent);
    const dataDir = join(parent, `test-postgres-${process.pid}`);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      databaseName: TEMPLATE_DATABASE,
      log: () => {},
      // A throwaway cluster: durability buys nothing here.
      extraFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    });
    serverUrl = server.url;
    stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const settings = databaseSettings(serverUrl, TEMPLATE_DATABASE);
  await resetDatabase(settings);
  await migrateDatabase(settings, { quiet: true });
  await seedDatabase(settings);
  project.provide("pgServerUrl", serverUrl);
  return stop;
}
