// Shared by the agent tests: the real worker pointed at the fake LLM, and
// bounded polling of agent_runs and graphile-worker's jobs (as the owner).
import type pg from "pg";
import { makeLogger } from "../../shared/logger.ts";
import { type AiConfig, loadAiConfig } from "../../tasks/ai/config.ts";
import { startWorker, type Worker } from "../../tasks/runner.ts";
import type { TestDatabase } from "./db.ts";
import type { TestServer } from "./server.ts";

export const MODEL = "google/gemini-2.5-flash";

export interface RunRow {
  id: string;
  organization_id: string;
  event_id: string | null;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  input: Record<string, unknown>;
  output: Record<string, unknown> | null;
  kept_answer: Record<string, unknown> | null;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface JobRow {
  id: string;
  key: string;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_at: Date | null;
  locked_by: string | null;
  last_error: string | null;
}

export interface LogRow {
  operation: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
  tokens_used: number;
  latency_ms: number;
  cost_usd: number;
  success: boolean;
  error_message: string | null;
  output_data: unknown;
  salvaged: string[];
  agent_type: string;
  organization_id: string;
  event_id: string | null;
}

export interface CastingRow {
  id: string;
  talent_id: string;
  event_id: string;
  brief_id: string | null;
  status: string;
  ai_match_score: number | null;
  ai_reasoning: string | null;
  contact_priority: string | null;
  agent_run_id: string | null;
  responded_at: Date | null;
}

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

/** The AI config of a worker that speaks to the fake LLM. */
export function fakeLlmConfig(baseUrl: string, overrides: Partial<AiConfig> = {}): AiConfig {
  return {
    ...loadAiConfig({}),
    provider: "openai",
    apiKey: "test",
    baseUrl,
    model: MODEL,
    timeoutMs: 10_000,
    rateLimitRetries: 2,
    maxRetryAfterMs: 5_000,
    ...overrides,
  };
}

/** The real graphile-worker runner, in this process, polling fast. */
export function startTestWorker(
  db: TestDatabase,
  config: AiConfig,
  staleAfterSeconds?: number,
  concurrency = 2,
): Promise<Worker> {
  return startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger(process.env.TEST_WORKER_LOG_LEVEL || "silent"),
    pollIntervalMs: 100,
    concurrency,
    staleAfterSeconds,
    tasks: { config },
  });
}

export const jobKey = (runId: string) => `agent_run:${runId}`;

export async function runRow(db: TestDatabase, runId: string): Promise<RunRow | undefined> {
  const { rows } = await db.owner.query<RunRow>("select * from app_public.agent_runs where id = $1", [runId]);
  return rows[0];
}

export async function jobOf(db: TestDatabase, runId: string): Promise<JobRow | undefined> {
  const { rows } = await db.owner.query<JobRow>(
    `select id::text, key, attempts, max_attempts, run_at, locked_at, locked_by, last_error
       from graphile_worker._private_jobs
      -- by key, or by payload: graphile-worker clears the key of a locked job that was removed
      where key = $1 or (payload::jsonb ->> 'agentRunId') = $2
      order by id desc limit 1`,
    [jobKey(runId), runId],
  );
  return rows[0];
}

/**
 * The run's job once graphile-worker has removed it: the worker marks the run
 * final in its own transaction and completes the job just after, so a test
 * that reads the job right after the run turned final may still see it.
 * Polls for up to 10 s; returns the job if it is still there then.
 */
export async function jobGone(db: TestDatabase, runId: string): Promise<JobRow | undefined> {
  const deadline = Date.now() + 10_000;
  let job = await jobOf(db, runId);
  while (job && !job.last_error && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = await jobOf(db, runId);
  }
  return job;
}

export async function logsOf(db: TestDatabase, runId: string): Promise<LogRow[]> {
  const { rows } = await db.owner.query<LogRow>(
    `select operation, model, prompt_tokens, completion_tokens, tokens_used, latency_ms, cost_usd::float as cost_usd,
            success, error_message, output_data, salvaged, agent_type, organization_id, event_id
       from app_public.ai_agent_logs where agent_run_id = $1 order by created_at, id`,
    [runId],
  );
  return rows;
}

export async function castingsOf(db: TestDatabase, runId: string): Promise<CastingRow[]> {
  const { rows } = await db.owner.query<CastingRow>(
    "select * from app_public.model_castings where agent_run_id = $1 order by ai_match_score desc nulls last, talent_id",
    [runId],
  );
  return rows;
}

/** Polls until `check` returns a value (not undefined), or fails with `describe()` after timeoutMs. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; describe?: () => Promise<unknown> } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const state = options.describe ? await options.describe().catch((e) => String(e)) : undefined;
      throw new Error(
        `Timed out after ${options.timeoutMs ?? 15_000} ms waiting for ${what}${state === undefined ? "" : `; state: ${JSON.stringify(state)}`}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}

/**
 * Waits until the run is succeeded, failed or cancelled. With `pullRetriesForward`, a job that
 * graphile-worker rescheduled after a transient failure is made due now, so its retry (still run
 * by graphile-worker) does not wait out the exponential backoff.
 */
export async function waitForRun(
  db: TestDatabase,
  runId: string,
  options: { timeoutMs?: number; pullRetriesForward?: boolean } = {},
): Promise<RunRow> {
  const run = await eventually(
    `agent run ${runId} to finish`,
    async () => {
      const row = await runRow(db, runId);
      if (row && TERMINAL.has(row.status)) return row;
      if (options.pullRetriesForward) await pullRetryForward(db, runId);
      return undefined;
    },
    {
      timeoutMs: options.timeoutMs ?? 20_000,
      describe: async () => ({ run: await runRow(db, runId), job: await jobOf(db, runId) }),
    },
  );
  // The run is finished in the task's last transaction; graphile-worker completes (deletes) the job
  // just after the task returns. Give it a moment, so callers see the job as it ends up.
  await eventually("the run's job to complete", async () => ((await jobOf(db, runId)) ? undefined : true), {
    timeoutMs: 3_000,
  }).catch(() => {});
  return run;
}

/** Makes a rescheduled (unlocked, future) job due now. Returns whether it did. */
export async function pullRetryForward(db: TestDatabase, runId: string): Promise<boolean> {
  const { rowCount } = await db.owner.query(
    `update graphile_worker._private_jobs set run_at = now()
      where key = $1 and locked_at is null and run_at > now() and attempts < max_attempts`,
    [jobKey(runId)],
  );
  return (rowCount ?? 0) > 0;
}

/** Cancels every unfinished run and removes its job, so no test leaves work for the next one's worker. */
export async function clearUnfinishedRuns(db: TestDatabase): Promise<void> {
  await db.owner.query(
    `with open as (
       update app_public.agent_runs set status = 'cancelled', finished_at = now(), error_code = 'CANCELLED'
        where status in ('queued', 'running') returning id
     )
     select graphile_worker.remove_job('agent_run:' || id) from open`,
  );
  await db.owner.query("delete from graphile_worker._private_jobs where key like 'agent_run:%'");
}

export async function countRows(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from (${sql}) as counted`, params);
  return rows[0]?.n ?? 0;
}

export const REQUEST_CASTING = `mutation Request($briefId: UUID!) {
  requestModelCasting(input: { briefId: $briefId }) { result { rowId status attempts } }
}`;

/** requestModelCasting through the API; returns the run id, or the GraphQL error code. */
export async function requestCasting(
  api: TestServer,
  token: string,
  briefId: string,
): Promise<{ runId?: string; status?: string; errorCode?: string; message?: string }> {
  const { body } = await api.graphql(REQUEST_CASTING, { briefId }, { token });
  const error = body.errors?.[0];
  if (error) return { errorCode: error.extensions?.code, message: error.message };
  const result = body.data?.requestModelCasting?.result;
  return { runId: result?.rowId, status: result?.status };
}

/** requestModelCasting that must succeed. */
export async function requestCastingOk(api: TestServer, token: string, briefId: string): Promise<string> {
  const outcome = await requestCasting(api, token, briefId);
  if (!outcome.runId) throw new Error(`requestModelCasting failed: ${JSON.stringify(outcome)}`);
  return outcome.runId;
}
