// `npm run dev`: the API (with worker) as in `npm start`, plus Vite's dev
// server with hot reload on http://localhost:$WEB_DEV_PORT (5173), proxying the API.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createServer } from "vite";
import { PROJECT_ROOT } from "../shared/paths.ts";

const api = spawn(process.execPath, [join(PROJECT_ROOT, "server", "main.ts")], { stdio: "inherit", env: process.env });
const vite = await createServer({ configFile: join(PROJECT_ROOT, "web", "vite.config.ts") });
await vite.listen();
vite.printUrls();

// Ctrl-C in a terminal sends SIGINT to the whole process group, the API included: forwarding a second
// signal made it exit at once instead of finishing its requests and stopping its worker. So SIGINT only
// waits for the API to stop; SIGTERM (sent to this process alone, e.g. by `kill`) is passed on.
api.on("exit", (code) => {
  void vite.close().then(() => process.exit(code ?? 0));
});
process.on("SIGINT", () => {
  // Sent to this process alone (not from a terminal), the API got nothing: stop it after a grace period.
  setTimeout(() => api.kill("SIGTERM"), 15_000).unref();
});
process.on("SIGTERM", () => {
  api.kill("SIGTERM");
});
