// The real API server (server/app.ts) in its own process, so the load
// generator in the parent does not share its event loop. The parent passes
// the database settings and environment overrides in BENCH_CHILD and gets
// the port back over IPC.
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { createApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { makeLogger } from "../shared/logger.ts";

const { settings, env } = JSON.parse(process.env.BENCH_CHILD ?? "{}") as {
  settings: DatabaseSettings;
  env: Record<string, string>;
};
const config = await loadConfig(env);
const app = await createApp({ config, settings, logger: makeLogger(config.logLevel) });
process.send?.({ port: await app.listen(0, "127.0.0.1") });
const stop = async () => {
  await app.close().catch(() => {});
  process.exit(0);
};
process.on("message", (message) => {
  if (message === "stop") void stop();
});
// The parent went away (crash, Ctrl-C): do not linger.
process.on("disconnect", () => void stop());
