// Starts test/helpers/server-process.ts in a child process and speaks to it
// over HTTP (requests) and IPC (heap measurements).
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import type { TestDatabase } from "./db.ts";
import { TEST_SERVER_ENV } from "./server.ts";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The child's heap in bytes after forced garbage collection. */
  heapUsed(): Promise<number>;
  /** Resolves with the exit code once the child has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function spawnServer(
  db: TestDatabase,
  env: Record<string, string> = {},
  execArgv: string[] = [],
): Promise<ServerProcess> {
  const child = fork(join(PROJECT_ROOT, "test", "helpers", "server-process.ts"), [], {
    execArgv: ["--expose-gc", ...execArgv],
    env: {
      ...process.env,
      SERVER_PROCESS: JSON.stringify({
        settings: db.settings,
        env: { ...TEST_SERVER_ENV, ...env },
      }),
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`server process exited with ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    heapUsed() {
      return new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`server process exited with ${code}`));
        child.once("exit", onExit);
        child.once("message", (message) => {
          child.off("exit", onExit);
          resolve((message as { heapUsed: number }).heapUsed);
        });
        child.send("heap");
      });
    },
    async stop() {
      if (child.exitCode === null && child.connected) child.send("stop");
      await exited;
    },
  };
}
