// Before `npm start`: build the dashboard when web/dist is missing or older
// than its sources, so a fresh clone serves it without a separate step.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const web = import.meta.dirname;
const built = join(web, "dist", "index.html");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestSource(join(web, "src")), statSync(join(web, "index.html")).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.error("[web] building the dashboard…");
  const result = spawnSync(
    join(web, "..", "node_modules", ".bin", "vite"),
    ["build", "--config", join(web, "vite.config.ts"), "--logLevel", "warn"],
    // Always React's production build, whatever NODE_ENV the caller has (vitest sets "test").
    { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
  );
  process.exit(result.status ?? 1);
}
