// The real API server (server/app.ts) in a process of its own, for tests that
// measure the process: started with --expose-gc, it answers a "heap" message
// with its V8 heap after two full garbage collections. Settings and
// environment come in SERVER_PROCESS (JSON), the port goes back over IPC.
import type { DatabaseSettings } from "../../db/lib/settings.ts";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { makeLogger } from "../../shared/logger.ts";

const { settings, env } = JSON.parse(process.env.SERVER_PROCESS ?? "{}") as {
  settings: DatabaseSettings;
  env: Record<string, string>;
};
const config = await loadConfig(env);
const app = await createApp({ config, settings, logger: makeLogger(config.logLevel) });
process.send?.({ port: await app.listen(0, "127.0.0.1") });

const gc = (globalThis as { gc?: () => void }).gc;
process.on("message", (message) => {
  if (message === "heap") {
    if (!gc) throw new Error("start this process with --expose-gc");
    gc();
    gc();
    process.send?.({ heapUsed: process.memoryUsage().heapUsed });
  }
  if (message === "stop") void app.close().finally(() => process.exit(0));
});
process.on("disconnect", () => void app.close().finally(() => process.exit(0)));
