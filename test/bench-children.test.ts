// The bench's server processes run Grafast as a deployment does, and the bench's profile summary and
// measurement-only SQL memo still fit the installed packages. No timings: speed is measured in bench/.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageOf, summarise } from "../bench/cpuprofile.ts";
import { childEnv } from "../bench/lib/children.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

/** grafast's isDev in a fresh Node process with this environment. */
function grafastIsDev(env: NodeJS.ProcessEnv, execArgv: string[] = []): boolean {
  const out = execFileSync(
    process.execPath,
    [...execArgv, "--input-type=module", "-e", 'const g = await import("grafast"); console.log(g.isDev)'],
    { cwd: PROJECT_ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  return out.trim() === "true";
}

describe("bench server processes", () => {
  it("run Grafast in production mode, as GRAPHILE_ENV=production gives a deployment, under NODE_ENV=test", () => {
    const env = childEnv({ any: "config" });
    expect(env.NODE_ENV).toBe("test");
    expect(env.GRAPHILE_ENV).toBe("production");
    expect(JSON.parse(env.BENCH_CHILD ?? "")).toEqual({ any: "config" });
    expect(grafastIsDev(env)).toBe(false);
  });

  it("without GRAPHILE_ENV (how the bench ran before) NODE_ENV=test puts Grafast in its development mode", () => {
    const env = childEnv({}, { GRAPHILE_ENV: undefined });
    expect("GRAPHILE_ENV" in env).toBe(false);
    expect(grafastIsDev(env)).toBe(true);
  });

  it("the measurement-only SQL memo (bench/lib/sql-memo-patch.ts) still finds what it patches", () => {
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        join(PROJECT_ROOT, "bench", "lib", "sql-memo-patch.ts"),
        "--input-type=module",
        "-e",
        `const pg = await import("postgraphile/@dataplan/pg"); const g = await import("grafast");
         console.log(pg.PgSelectStep.prototype.execute.toString().includes("__memoBuildTheQuery"),
                     g.ApplyInputStep.prototype.unbatchedExecute.toString().includes("memoDigest"))`,
      ],
      { cwd: PROJECT_ROOT, env: childEnv({}), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    expect(out.trim()).toBe("true true");
  });
});

describe("bench/cpuprofile.ts", () => {
  const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
  // (root) → buildSchema (start-up) ; (root) → handler (ours) → run (grafast) → run (grafast, recursive) ; (idle)
  const profile = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 3, 6] },
      { id: 2, callFrame: frame("buildSchema", "file:///x/node_modules/graphile-build/dist/index.js") },
      { id: 3, callFrame: frame("handler", "file:///x/server/app.ts"), children: [4] },
      { id: 4, callFrame: frame("run", "file:///x/node_modules/grafast/dist/a.js"), children: [5] },
      { id: 5, callFrame: frame("run", "file:///x/node_modules/grafast/dist/a.js") },
      { id: 6, callFrame: frame("(idle)") },
    ],
    // Each sample stands for the next time delta (µs).
    samples: [2, 3, 4, 5, 6, 5],
    timeDeltas: [0, 1000, 1000, 2000, 3000, 4000, 5000],
  };

  it("names packages from URLs", () => {
    expect(packageOf(frame("f", "file:///a/node_modules/@dataplan/pg/dist/x.js"))).toBe("@dataplan/pg");
    expect(packageOf(frame("f", "file:///a/node_modules/postgraphile/node_modules/pg-sql2/dist/x.js"))).toBe("pg-sql2");
    expect(packageOf(frame("f", "node:internal/streams"))).toBe("node:internal");
    expect(packageOf(frame("f", "file:///repo/server/graphql/cost.ts"))).toBe("ours:server");
    expect(packageOf(frame("(garbage collector)"))).toBe("(garbage collector)");
  });

  it("leaves out the start-up and idle time, counts a recursive function once per sample", () => {
    const s = summarise(profile, { after: "buildSchema" });
    // Samples 1–3 and 5 (ms 1 + 2 + 3 + 5 after the start-up); sample 4 is idle (4 ms).
    expect(s.busyMs).toBe(11);
    expect(s.idleMs).toBe(4);
    expect(Object.fromEntries(s.selfByPackage)).toEqual({ "ours:server": 1, grafast: 10 });
    expect(Object.fromEntries(s.inclusiveByPackage)).toEqual({ "ours:server": 11, grafast: 10 });
    const inclusive = Object.fromEntries(s.inclusiveByFunction.map(([k, v]) => [k.split(" ")[0], v]));
    expect(inclusive).toEqual({ handler: 11, run: 10 });
    expect(summarise(profile, { after: null }).busyMs).toBe(12);
  });
});
