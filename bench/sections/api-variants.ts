// The API process's CPU per dashboard request under different settings, side
// by side in one run (`--only variants`): each variant is its own API child
// (server/app.ts) on the same bench database, and the loads alternate
// (round r runs the variants in a rotated order) so that other work on the VM
// falls on all of them alike. CPU per request (from /proc) is the figure:
// throughput on two shared cores moves with everything else.
import { join } from "node:path";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import { type Child, cpuMs, startChild } from "../lib/children.ts";
import { type BenchContext, waitForIdle } from "../lib/context.ts";
import { runLoad } from "../lib/load.ts";
import { GOOD_GRAPHQL, type ReadsSetup, readTargets } from "./reads.ts";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface ApiVariant {
  name: string;
  description: string;
  /** The child process's environment on top of the bench's (childEnv); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Node options for the child (e.g. a measurement-only `--import`). */
  execArgv?: string[];
}

/** The variants `--variants a,b,c` picks from (default: all). */
export const API_VARIANTS: ApiVariant[] = [
  {
    name: "production",
    description: "the bench's API child as it runs since this change: GRAPHILE_ENV=production, as a deployment",
    env: {},
  },
  {
    name: "graphile-env-test",
    description: "GRAPHILE_ENV unset under NODE_ENV=test, as the bench ran the API before: Grafast in test mode",
    env: { GRAPHILE_ENV: undefined },
  },
  {
    name: "sql-memo",
    description:
      "production, plus a measurement-only patch (bench/lib/sql-memo-patch.ts) that remembers @dataplan/pg's SQL per step and runtime values",
    execArgv: ["--import", join(PROJECT_ROOT, "bench", "lib", "sql-memo-patch.ts")],
  },
];

export interface VariantResult {
  name: string;
  description: string;
  /** Both operations answered byte for byte as by the first variant (checked before the loads and after them). */
  sameAnswers: boolean;
  targets: {
    name: string;
    requests: number;
    requestsPerSecond: number;
    cpuMsPerRequest: number;
    /** CPU per request in each round, in round order, and their median. */
    rounds: number[];
    medianCpuMsPerRequest: number;
    errors: number;
  }[];
}

export interface VariantsResult {
  connections: number;
  seconds: number;
  rounds: number;
  variants: VariantResult[];
}

export async function apiVariants(
  ctx: BenchContext,
  setup: ReadsSetup,
  options: {
    names?: string[];
    rounds: number;
    seconds: number;
    warmupSeconds: number;
    connections: number;
    serverEnv: Record<string, string>;
  },
): Promise<VariantsResult> {
  const chosen = options.names?.length
    ? options.names.map((name) => {
        const variant = API_VARIANTS.find((v) => v.name === name);
        if (!variant) throw new Error(`Unknown variant ${name} (known: ${API_VARIANTS.map((v) => v.name).join(", ")})`);
        return variant;
      })
    : API_VARIANTS;
  const children: Child[] = [];
  try {
    for (const variant of chosen) {
      children.push(
        await startChild(
          "server-child.ts",
          { settings: ctx.settings, env: options.serverEnv },
          { env: variant.env, execArgv: variant.execArgv },
        ),
      );
    }
    ctx.log(`[variants] ${chosen.map((v, i) => `${v.name} (pid ${children[i]?.pid})`).join(", ")}`);
    const targets = readTargets(setup);
    const totals = chosen.map(() =>
      targets.map(() => ({ requests: 0, cpu: 0, seconds: 0, errors: 0, rounds: [] as number[] })),
    );
    const load = async (child: Child, body: string, seconds: number) => {
      await waitForIdle(ctx);
      const before = cpuMs(child.pid);
      const result = await runLoad({
        url: `${child.url}/graphql`,
        connections: options.connections,
        durationSeconds: seconds,
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          authorization: `Bearer ${setup.token}`,
        },
        body,
        checkBody: GOOD_GRAPHQL,
      });
      return { result, cpu: cpuMs(child.pid) - before };
    };
    // Every variant must answer exactly as the first one does (a measurement patch that changed an
    // answer would measure nothing).
    const answersOf = () =>
      Promise.all(
        children.map(async (child) =>
          Promise.all(
            targets.map(async (target) => {
              const response = await fetch(`${child.url}/graphql`, {
                method: "POST",
                headers: { "content-type": "application/json", authorization: `Bearer ${setup.token}` },
                body: target.graphqlBody,
              });
              return response.text();
            }),
          ),
        ),
      );
    const agree = (answers: string[][]) =>
      answers.map((a) => a.every((body, t) => body === answers[0]?.[t] && GOOD_GRAPHQL(body)));
    const agreeBefore = agree(await answersOf());
    // Warm-up: every child plans and compiles both operations before anything is counted.
    for (const child of children)
      for (const target of targets) await load(child, target.graphqlBody, options.warmupSeconds);
    for (let round = 0; round < options.rounds; round++) {
      for (let k = 0; k < chosen.length; k++) {
        const v = (round + k) % chosen.length;
        for (const [t, target] of targets.entries()) {
          const { result, cpu } = await load(children[v] as Child, target.graphqlBody, options.seconds);
          const total = totals[v]?.[t];
          if (!total) continue;
          total.requests += result.requests;
          total.cpu += cpu;
          total.seconds += result.seconds;
          total.errors += result.errors + result.badBodies;
          total.rounds.push(cpu / Math.max(1, result.requests));
        }
      }
    }
    const agreeAfter = agree(await answersOf());
    const sameAnswers = agreeBefore.map((same, v) => same && (agreeAfter[v] ?? false));
    const variants = chosen.map((variant, v) => ({
      name: variant.name,
      description: variant.description,
      sameAnswers: sameAnswers[v] ?? false,
      targets: targets.map((target, t) => {
        const total = totals[v]?.[t] as (typeof totals)[number][number];
        return {
          name: target.name,
          requests: total.requests,
          requestsPerSecond: total.requests / Math.max(1e-9, total.seconds),
          cpuMsPerRequest: total.cpu / Math.max(1, total.requests),
          rounds: total.rounds,
          medianCpuMsPerRequest: median(total.rounds),
          errors: total.errors,
        };
      }),
    }));
    for (const variant of variants) {
      ctx.log(
        `[variants] ${variant.name.padEnd(18)} ${variant.sameAnswers ? "" : "ANSWERS DIFFER "}${variant.targets
          .map(
            (t) =>
              `${t.name} ${t.cpuMsPerRequest.toFixed(2)} ms CPU/request, median ${t.medianCpuMsPerRequest.toFixed(2)} (rounds ${t.rounds.map((r) => r.toFixed(2)).join(" ")}), ${t.requestsPerSecond.toFixed(0)} req/s${t.errors ? `, ${t.errors} errors` : ""}`,
          )
          .join(" | ")}`,
      );
    }
    return { connections: options.connections, seconds: options.seconds, rounds: options.rounds, variants };
  } finally {
    for (const child of children) await child.stop();
  }
}
