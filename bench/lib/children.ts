// Starts a bench server (the API or the floor) as a child process and waits
// for its port.
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../shared/paths.ts";

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The environment of a bench server process. NODE_ENV=test keeps the server's
 * development configuration (no TLS proxy, demo secrets allowed), but Grafast
 * would read it as its own mode (GRAPHILE_ENV unset → NODE_ENV=test → its
 * development checks on every request), which no deployment runs:
 * GRAPHILE_ENV=production is what `NODE_ENV=production` gives the real server
 * (server/env.ts). `overrides` with an undefined value removes a variable.
 */
export function childEnv(config: unknown, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_CHILD: JSON.stringify(config),
    NODE_ENV: "test",
    GRAPHILE_ENV: "production",
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export async function startChild(
  script: "server-child.ts" | "floor-child.ts",
  config: unknown,
  options: { env?: Record<string, string | undefined>; execArgv?: string[] } = {},
): Promise<Child> {
  const child: ChildProcess = fork(join(PROJECT_ROOT, "bench", script), [], {
    env: childEnv(config, options.env),
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there on exit
    // (open it in Chrome DevTools or speedscope) to see where a request's time goes.
    execArgv: [
      ...process.execArgv,
      ...(options.execArgv ?? []),
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : []),
    ],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s`)), 60_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve((message as { port: number }).port);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send("stop");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * CPU time (user + system, ms) a process has used so far, from Linux's
 * /proc/<pid>/stat (utime and stime in clock ticks of 1/100 s); NaN where
 * there is no /proc. CPU per request is what a saturated server's throughput
 * is made of, and unlike req/s it hardly moves when other work shares the cores.
 */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
