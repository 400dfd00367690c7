// Before `npm start`: build the dashboard when web/dist is missing or older
// than its sources, so a fresh clone serves it without a separate step.
// Several test files may ask at once: a lock file lets one build while the
// others wait, then find the build fresh.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const web = import.meta.dirname;
const built = join(web, "dist", "index.html");
const lockDir = join(web, "..", ".data");
const lock = join(lockDir, "web-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function acquireLock(): number {
  mkdirSync(lockDir, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      return openSync(lock, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a build that died is older than any real build.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000 || Date.now() > deadline) rmSync(lock, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

const fd = acquireLock();
let status = 0;
try {
  // shared/: the pure-data modules the dashboard bundles (the error catalogue, form rules, the permission matrix, the run-of-show checker).
  const sources = Math.max(
    newestSource(join(web, "src")),
    newestSource(join(web, "public")),
    newestSource(join(web, "..", "shared")),
    statSync(join(web, "index.html")).mtimeMs,
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.error("[web] building the dashboard…");
    const result = spawnSync(
      join(web, "..", "node_modules", ".bin", "vite"),
      ["build", "--config", join(web, "vite.config.ts"), "--logLevel", "warn"],
      // Always React's production build, whatever NODE_ENV the caller has (vitest sets "test").
      { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
    );
    status = result.status ?? 1;
  }
} finally {
  closeSync(fd);
  rmSync(lock, { force: true });
}
process.exit(status);
