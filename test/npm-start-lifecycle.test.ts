// Attack report L6: after `npm start` died without stopping its embedded
// PostgreSQL (killed, out of memory, a failed start-up), the cluster kept
// running, and the next `npm start` reused it without ever stopping it. Now
// a cluster whose owner is gone is stopped and started again by the next
// process, a start-up that fails stops the cluster it started, a cluster
// another live process runs is shared and left to it, and another checkout's
// cluster on the same port is refused. And a second SIGTERM ends `npm start`
// at once (L7), the database with it.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { connect, createServer, type Server } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, startEmbeddedPostgres } from "../db/lib/server.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const EMBEDDED_URL = (port: number) => `postgres://postgres:fashionos-embedded@127.0.0.1:${port}/postgres`;

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

async function reachable(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: EMBEDDED_URL(port), connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// The postmaster of a killed `npm start` is re-parented to whatever reaps orphans here (PID 1 or a
// subreaper), which in a CI container may never reap it: isAlive counts a zombie as gone.
const alive = isAlive;

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);

const children: ChildProcess[] = [];

/** `npm start` (server/main.ts) on its own embedded cluster; resolves once it runs, or exits. */
async function npmStart(dataDir: string, pgPort: number, port: number) {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "server", "main.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: "",
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(port),
      LOG_LEVEL: "warn",
      WORKER: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await expect
    .poll(() => child.exitCode !== null || output.stdout.includes("FashionOS is running"), {
      timeout: 200_000,
      interval: 500,
    })
    .toBe(true);
  return { child, output, exited };
}

describe("the embedded PostgreSQL of a process that is gone (L6)", () => {
  const dataDir = join(PROJECT_ROOT, ".data", `orphan-test-${process.pid}-${randomBytes(3).toString("hex")}`);
  let pgPort = 0;
  let blocker: Server | null = null;

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    blocker?.close();
    // Whatever this test left running (a failure half-way), stopped before its files go.
    const pid = await postmasterPid(dataDir).catch(() => 0);
    if (pid > 0 && alive(pid)) {
      process.kill(pid, "SIGINT");
      await expect.poll(() => alive(pid), { timeout: 60_000 }).toBe(false);
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it("`npm start` killed, `npm start` again: the orphaned cluster is stopped, restarted and stopped on exit; a failed start-up stops its cluster; another live process's cluster is shared; another checkout's is refused", {
    timeout: 600_000,
  }, async () => {
    pgPort = await freePort();
    const first = await npmStart(dataDir, pgPort, await freePort());
    expect(first.child.exitCode, first.output.stderr).toBeNull();

    // Another checkout (another data directory) on the same port: refused, not used.
    await expect(
      startEmbeddedPostgres({
        dataDir: join(PROJECT_ROOT, ".data", "another-checkout"),
        port: pgPort,
        databaseName: "postgres",
        log: () => {},
      }),
    ).rejects.toThrow(/already serves another PostgreSQL/);

    // While `npm start` runs, a second process (`npm run db:migrate`) shares its cluster and leaves it running.
    const messages: string[] = [];
    const shared = await startEmbeddedPostgres({
      dataDir,
      port: pgPort,
      databaseName: "postgres",
      log: (m) => messages.push(m),
    });
    await shared.stop();
    expect(await reachable(pgPort)).toBe(true);
    expect(messages.join("\n")).toContain(`that process ${first.child.pid} runs`);

    // Killed as the out-of-memory killer would: the cluster outlives it.
    const orphan = await postmasterPid(dataDir);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(await reachable(pgPort)).toBe(true);
    expect(alive(orphan)).toBe(true);

    // The next `npm start` does not adopt the orphan silently: it stops it and runs the cluster itself…
    const second = await npmStart(dataDir, pgPort, await freePort());
    expect(second.child.exitCode, second.output.stderr).toBeNull();
    expect(second.output.stderr).toContain("was left running by a process that is gone");
    expect(alive(orphan)).toBe(false);
    const restarted = await postmasterPid(dataDir);
    expect(restarted).not.toBe(orphan);
    // …so stopping `npm start` stops the database too.
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(await reachable(pgPort)).toBe(false);
    expect(alive(restarted)).toBe(false);

    // A start-up that fails after the database started (its HTTP port taken) stops the database it started.
    const takenPort = await freePort();
    blocker = createServer().listen(takenPort, "0.0.0.0");
    await new Promise((resolve) => blocker?.once("listening", resolve));
    const third = await npmStart(dataDir, pgPort, takenPort);
    expect(await third.exited).toBe(1);
    expect(third.output.stderr).toContain("EADDRINUSE");
    expect(await reachable(pgPort)).toBe(false);
  });

  it("a second SIGTERM exits at once, without waiting for a request still in flight, and the database stops too (L7)", {
    timeout: 300_000,
  }, async () => {
    // The same port as above: the roles' passwords are derived from the server's URL.
    pgPort ||= await freePort();
    const port = await freePort();
    const product = await npmStart(dataDir, pgPort, port);
    expect(product.child.exitCode, product.output.stderr).toBeNull();
    const postmaster = await postmasterPid(dataDir);
    // A client that never finishes its body keeps a request in flight: the
    // first SIGTERM waits for it (up to the 10 s cut in App.close).
    const slow = connect(port, "127.0.0.1");
    await new Promise((resolve) => slow.once("connect", resolve));
    slow.on("error", () => {});
    slow.write(
      "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    product.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(product.child.exitCode).toBeNull();
    product.child.kill("SIGTERM");
    // Exit code 1: the forced exit, not the graceful 0 that would come once the request was cut.
    expect(await product.exited).toBe(1);
    expect(product.output.stdout).toContain("second signal: exiting without waiting");
    slow.destroy();
    await expect.poll(() => alive(postmaster), { timeout: 60_000 }).toBe(false);
    expect(await reachable(pgPort)).toBe(false);
  });
});
