// `npm run dev`: the API (with worker) as in `npm start`, plus Vite's dev
// server with hot reload on http://localhost:5173, proxying the API.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createServer } from "vite";
import { PROJECT_ROOT } from "../shared/paths.ts";

const api = spawn(process.execPath, [join(PROJECT_ROOT, "server", "main.ts")], { stdio: "inherit", env: process.env });
const vite = await createServer({ configFile: join(PROJECT_ROOT, "web", "vite.config.ts") });
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill("SIGTERM");
  await vite.close();
};
api.on("exit", (code) => {
  void vite.close().then(() => process.exit(code ?? 0));
});
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
