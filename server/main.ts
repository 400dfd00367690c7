// `npm start`: the whole product in one process. Database (embedded unless
// DATABASE_URL is set) migrated and seeded, the GraphQL API, the explorer, the
// dashboard and the worker, on PORT (default 5678).
import "./env.ts";
import { prepareDatabase } from "../db/lib/prepare.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/accounts.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { makeLogger } from "./logger.ts";

async function main() {
  const config = await loadConfig();
  const logger = makeLogger(config.logLevel);
  const { server: database, settings } = await prepareDatabase({
    seedDemoData: !config.production || process.env.DEMO_DATA === "on",
  });
  let worker: Worker | null = null;
  if (config.worker)
    worker = await startWorker({ connectionString: settings.ownerUrl, logger: logger.child({ component: "worker" }) });
  const app = await createApp({ config, settings, logger });
  await new Promise<void>((resolve, reject) => {
    app.server.once("error", reject);
    app.server.listen(config.port, config.host, () => resolve());
  });

  const base = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
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

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await app.close();
    await worker?.stop();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
