// What every benchmark section gets: the mode's sizes and durations, the
// bench database, the API server and the floor server (child processes),
// owner and superuser pools, and a few ids chosen from the generated data.
import type pg from "pg";
import type { DatabaseSettings } from "../../db/lib/settings.ts";
import type { DataPlan } from "../data.ts";
import type { Child } from "./children.ts";

export type Mode = "quick" | "full";

export interface ModeConfig {
  scale: number;
  /** Seconds per autocannon run, and of the warm-up before each query. */
  loadSeconds: number;
  warmupSeconds: number;
  connections: number[];
  /** GraphQL requests per query when counting SQL statements. */
  statementRequests: number;
  /** Iterations per variant of the RLS comparison. */
  rlsIterations: number;
  /** Proposed fixes measured on the read path: before/after rounds, seconds and RLS iterations per side and round. */
  fixRounds: number;
  fixSeconds: number;
  fixRlsIterations: number;
  writeSeconds: number;
  writeConnections: number[];
  /** Tiers sold out by 50 concurrent buyers each. */
  contentionRounds: number;
  buyers: number;
  tierQuantity: number;
  /** Requests sent one at a time (worker idle) for request → job start latency. */
  pipelineSequential: number;
  /** Requests sent at once for jobs/s with a zero-latency model. */
  pipelineBurst: number;
  loadTestRequests: number;
  /**
   * Set-ups of the load test, run one after the other with the same model: the product's worker on its
   * defaults unless `concurrency` is given; `overAnswer`: briefs for `modelsNeeded` models and a model
   * that answers with `answers` people; `previousDefinitions`: the definitions the adopted agent-path
   * changes replaced, installed in the bench database for that row.
   */
  loadTestWorkers: {
    concurrency?: number;
    overAnswer?: { modelsNeeded: number; answers: number };
    previousDefinitions?: boolean;
  }[];
  candidateIterations: number;
}

export const MODES: Record<Mode, ModeConfig> = {
  quick: {
    scale: 0.02,
    loadSeconds: 2,
    warmupSeconds: 1,
    connections: [1, 10, 50],
    statementRequests: 10,
    rlsIterations: 200,
    fixRounds: 1,
    fixSeconds: 1,
    fixRlsIterations: 50,
    writeSeconds: 2,
    writeConnections: [1, 10],
    contentionRounds: 3,
    buyers: 50,
    tierQuantity: 30,
    pipelineSequential: 15,
    pipelineBurst: 40,
    loadTestRequests: 100,
    loadTestWorkers: [
      {},
      { overAnswer: { modelsNeeded: 3, answers: 5 } },
      { previousDefinitions: true },
      { concurrency: 5 },
    ],
    candidateIterations: 20,
  },
  full: {
    scale: 1,
    loadSeconds: 10,
    warmupSeconds: 3,
    connections: [1, 10, 50],
    statementRequests: 20,
    rlsIterations: 1000,
    fixRounds: 2,
    fixSeconds: 4,
    fixRlsIterations: 200,
    writeSeconds: 10,
    writeConnections: [1, 10],
    contentionRounds: 10,
    buyers: 50,
    tierQuantity: 30,
    pipelineSequential: 50,
    pipelineBurst: 200,
    loadTestRequests: 100,
    loadTestWorkers: [
      {},
      { overAnswer: { modelsNeeded: 3, answers: 5 } },
      { previousDefinitions: true },
      { concurrency: 64 },
      { concurrency: 5 },
      {},
    ],
    candidateIterations: 100,
  },
};

export interface BenchContext {
  mode: Mode;
  config: ModeConfig;
  plan: DataPlan;
  settings: DatabaseSettings;
  /** As the owner role (bypasses RLS): fixtures and checks. */
  owner: pg.Pool;
  /** Superuser connections to the bench database (pg_stat_statements). */
  root: pg.Pool;
  api: Child;
  floor: Child;
  /** The organization whose producer the dashboard runs as (a typical one, not the large roster). */
  typicalOrg: number;
  log(message: string): void;
}

/**
 * Waits (at most `timeoutMs`) until no other connection to the bench database
 * is running a statement, so requests still in flight from one load run are
 * not counted in the next one.
 */
export async function waitForIdle(ctx: BenchContext, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await ctx.root.query(
      `select count(*)::int as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state not in ('idle')
          and backend_type = 'client backend' and query not ilike '%listen%'`,
    );
    if (rows[0]?.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
