// `npm run worker`: workers on their own, so they can be scaled out as
// separate processes. Connects to the same database as `npm start`, or to
// WORKER_DATABASE_URL (a connection as the database owner) when set.
import { resolveServer } from "../db/lib/server.ts";
import { databaseSettings } from "../db/lib/settings.ts";
import { logLevelOf, parseEnv } from "../shared/config.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker } from "./runner.ts";

const logger = makeLogger(logLevelOf());
let connectionString = parseEnv(["WORKER_DATABASE_URL"]).WORKER_DATABASE_URL;
let stopDatabase = async () => {};
if (!connectionString) {
  const database = await resolveServer();
  connectionString = databaseSettings(database.url, database.databaseName).ownerUrl;
  stopDatabase = () => database.stop();
}
const worker = await startWorker({ connectionString, logger });
logger.info("worker started");
const stop = async () => {
  await worker.stop();
  await stopDatabase();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
