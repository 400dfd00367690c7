// A throwaway embedded PostgreSQL for the benchmarks: a free port, a data
// directory under .data/ removed afterwards, pg_stat_statements preloaded,
// and the bench database built exactly as `npm run db:reset` builds one
// (roles, migrations, db/rls, demo data).
import { readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { migrateDatabase, resetDatabase, seedDatabase, withClient } from "../../db/lib/lifecycle.ts";
import { startEmbeddedPostgres } from "../../db/lib/server.ts";
import { type DatabaseSettings, databaseSettings } from "../../db/lib/settings.ts";
import { PROJECT_ROOT } from "../../shared/paths.ts";

export const BENCH_DATABASE = "fashionos_bench";

export interface BenchCluster {
  /** Superuser connection string to the `postgres` database. */
  serverUrl: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/** Data directories of bench clusters whose process died (e.g. killed mid-run). */
async function removeStaleClusters(parent: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const match = /^bench-postgres-(\d+)$/.exec(name);
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

/**
 * Starts a throwaway cluster. `keepDir` (bench:data --keep) uses a fixed
 * directory and port instead and leaves the directory in place.
 */
export async function startBenchCluster(
  options: { log?: (message: string) => void; keepDir?: string; port?: number } = {},
): Promise<BenchCluster> {
  const log = options.log ?? (() => {});
  const parent = join(PROJECT_ROOT, ".data");
  await removeStaleClusters(parent);
  const dataDir = options.keepDir ?? join(parent, `bench-postgres-${process.pid}`);
  const port = options.port ?? (await freePort());
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    databaseName: BENCH_DATABASE,
    log,
    extraFlags: [
      "-c",
      "shared_preload_libraries=pg_stat_statements",
      "-c",
      "pg_stat_statements.track=top",
      "-c",
      "pg_stat_statements.max=10000",
      "-c",
      "track_io_timing=on",
      // Bulk loads of a few GB should not be dominated by checkpoints.
      "-c",
      "max_wal_size=8GB",
      "-c",
      "checkpoint_timeout=30min",
      "-c",
      "maintenance_work_mem=256MB",
    ],
  });
  let stopped = false;
  return {
    serverUrl: server.url,
    dataDir,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!options.keepDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Drops and rebuilds the bench database with roles, migrations, policies, demo data and pg_stat_statements. */
export async function buildBenchDatabase(
  serverUrl: string,
  name = BENCH_DATABASE,
  options: { statements?: boolean } = {},
): Promise<DatabaseSettings> {
  const settings = databaseSettings(serverUrl, name);
  await resetDatabase(settings);
  await migrateDatabase(settings, { quiet: true });
  await seedDatabase(settings);
  if (options.statements !== false) {
    await withClient(rootUrlFor(settings), (client) =>
      client.query("create extension if not exists pg_stat_statements with schema public"),
    );
  }
  return settings;
}

/** Superuser connection to the bench database itself (not `postgres`). */
export function rootUrlFor(settings: DatabaseSettings): string {
  const url = new URL(settings.rootUrl);
  url.pathname = `/${settings.databaseName}`;
  return url.toString();
}

/** A pool that never crashes the process when the server goes away at the end. */
export function quietPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on("error", () => {});
  return pool;
}
