// `npm run worker`: workers on their own, so they can be scaled out as
// separate processes. Connects to the same database as `npm start`.
import { resolveServer } from "../db/lib/server.ts";
import { databaseSettings } from "../db/lib/settings.ts";
import { makeLogger } from "../server/logger.ts";
import { startWorker } from "./runner.ts";

const logger = makeLogger(process.env.LOG_LEVEL || "info");
const database = await resolveServer();
const settings = databaseSettings(database.url, database.databaseName);
const worker = await startWorker({ connectionString: settings.ownerUrl, logger });
logger.info("worker started");
const stop = async () => {
  await worker.stop();
  await database.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
