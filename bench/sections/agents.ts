// The agent pipeline: request → job start latency of the Model Casting agent
// next to graphile-worker's own no-op job in the same run, jobs/s with a
// zero-latency model, and the load test of the seed plan: 100 concurrent
// requestModelCasting calls against the fake LLM (realistic latency, some
// 429s) on the product's default worker settings, with a model that
// over-answers, with the old default concurrency, and with the previous
// definition of the request function, side by side.
import { type Runner, run, type TaskList, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import { makeLogger } from "../../shared/logger.ts";
import { loadAiConfig } from "../../tasks/ai/config.ts";
import { loadWorkerSettings, startWorker } from "../../tasks/runner.ts";
import { BENCH_PASSWORD, benchAccountEmail } from "../data.ts";
import type { BenchContext } from "../lib/context.ts";
import { ACTIVE_RUN_BY_INDEX, applySide, type FunctionChange, functionDefinitions } from "../lib/fixes.ts";
import { graphql, login } from "../lib/graphql.ts";
import { type Summary, sleep, summarize } from "../lib/stats.ts";
import type { FakeLlm } from "../llm.ts";

const REQUEST = `mutation RequestModelCasting($briefId: UUID!) {
  requestModelCasting(input: { briefId: $briefId }) { result { rowId status } }
}`;

const silentWorkerLogger = new WorkerLogger(() => () => {});

interface Requester {
  organizationId: string;
  /** The organization's members who may ask (casting, producer, admin, owner), taken in turn. */
  tokens: string[];
  next: number;
}

interface Brief {
  id: string;
  organizationId: string;
}

/**
 * The members who may request a casting (casting, producer, admin, owner) of every organization except
 * the large roster (1), signed in once. Requests go to them in turn, as a team's would: one person's
 * requests are serialised by the per-user request limit (an advisory lock in check_agent_limits).
 */
export async function agentRequesters(ctx: BenchContext): Promise<Map<string, Requester>> {
  const { rows } = await ctx.owner.query<{ id: string; slug: string }>(
    "select id, slug from app_public.organizations where slug like 'bench-org-%' and slug <> 'bench-org-001' order by slug",
  );
  const requesters = new Map<string, Requester>();
  for (const org of rows) {
    const k = Number(org.slug.slice("bench-org-".length));
    const tokens: string[] = [];
    for (const role of ["casting", "producer", "admin", "owner"] as const) {
      tokens.push(await login(ctx.api.url, benchAccountEmail(k, role), BENCH_PASSWORD));
    }
    requesters.set(org.id, { organizationId: org.id, tokens, next: 0 });
  }
  return requesters;
}

/**
 * Fresh briefs, each on its own new show, spread over the typical
 * organizations: no earlier castings shrink the candidate list, so every
 * run sends ~40 candidates to the model.
 */
export async function makeBriefs(ctx: BenchContext, count: number, tag: string, modelsNeeded = 8): Promise<Brief[]> {
  const { rows: events } = await ctx.owner.query<{ id: string; organization_id: string }>(
    `with orgs as (
       select id, row_number() over (order by slug) as rn, count(*) over () as total
         from app_public.organizations where slug like 'bench-org-%' and slug <> 'bench-org-001'
     )
     insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     select o.id, 'Show para agentes ' || g, 'bench-agent-' || $2 || '-' || g,
            now() + make_interval(days => 20 + g % 200), now() + make_interval(days => 20 + g % 200, hours => 3), 'draft'
       from generate_series(1, $1) g join orgs o on o.rn = (g - 1) % o.total + 1
     returning id, organization_id`,
    [count, tag],
  );
  const { rows: briefs } = await ctx.owner.query<{ id: string; organization_id: string }>(
    `insert into app_public.casting_briefs (event_id, title, models_needed, height_min_cm, height_max_cm, divisions, cities, notes)
     select id, 'Casting con agente', $2, 168, 186, '{women}', '{}', 'Colección resort: naturalidad y buena caminata.'
       from unnest($1::uuid[]) id
     returning id, organization_id`,
    [events.map((e) => e.id), modelsNeeded],
  );
  return briefs.map((b) => ({ id: b.id, organizationId: b.organization_id }));
}

function aiConfig(llm: FakeLlm) {
  return {
    ...loadAiConfig({}),
    provider: "openai" as const,
    apiKey: "bench",
    baseUrl: llm.baseUrl,
    model: "google/gemini-2.5-flash",
    // Generated AI logs already spend part of this month's budget; the bench measures throughput, not budgets.
    monthlyBudgetUsd: 1_000_000,
  };
}

interface WorkerHandle {
  label: string;
  stop(): Promise<void>;
}

/** The product's worker (tasks/runner.ts): its defaults (`npm start`, no tuning) unless a concurrency is given. */
async function startCastingWorker(ctx: BenchContext, llm: FakeLlm, concurrency?: number): Promise<WorkerHandle> {
  const worker = await startWorker({
    connectionString: ctx.settings.ownerUrl,
    logger: makeLogger("silent"),
    ...(concurrency === undefined ? {} : { concurrency }),
    pollIntervalMs: 1000,
    tasks: { config: aiConfig(llm) },
  });
  const defaults = loadWorkerSettings();
  return {
    label:
      concurrency === undefined
        ? `defaults (${defaults.concurrency} in flight, pool ${defaults.poolSize})`
        : `concurrency ${concurrency}`,
    stop: () => worker.stop(),
  };
}

/** Changes to the agent path a migration adopted, measured against their previous definitions. */
const AGENT_PATH_CHANGES: FunctionChange[] = [ACTIVE_RUN_BY_INDEX];

async function requestCasting(ctx: BenchContext, requesters: Map<string, Requester>, brief: Brief) {
  const requester = requesters.get(brief.organizationId);
  if (!requester) throw new Error(`no requester for organization ${brief.organizationId}`);
  const token = requester.tokens[requester.next++ % requester.tokens.length] as string;
  const answer = await graphql(ctx.api.url, REQUEST, { briefId: brief.id }, token);
  const run = answer.data?.requestModelCasting?.result as { rowId: string; status: string } | undefined;
  return {
    briefId: brief.id,
    runId: run?.rowId ?? null,
    status: run?.status ?? null,
    ms: answer.ms,
    errors: answer.errors,
  };
}

interface RunRow {
  id: string;
  status: string;
  error_code: string | null;
  attempts: number;
  created_ms: number;
  started_ms: number | null;
  finished_ms: number | null;
}

async function runRows(ctx: BenchContext, ids: string[]): Promise<RunRow[]> {
  const { rows } = await ctx.owner.query<RunRow>(
    `select id, status, error_code, attempts,
            extract(epoch from created_at) * 1000 as created_ms,
            extract(epoch from started_at) * 1000 as started_ms,
            extract(epoch from finished_at) * 1000 as finished_ms
       from app_public.agent_runs where id = any($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => ({
    ...r,
    created_ms: Number(r.created_ms),
    started_ms: r.started_ms === null ? null : Number(r.started_ms),
    finished_ms: r.finished_ms === null ? null : Number(r.finished_ms),
  }));
}

/** Waits (bounded) until every run is finished; returns whether they all are. */
async function waitForRuns(ctx: BenchContext, ids: string[], timeoutMs: number, pollMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await ctx.owner.query(
      `select count(*)::int as open from app_public.agent_runs
        where id = any($1::uuid[]) and status in ('queued', 'running')`,
      [ids],
    );
    if (rows[0]?.open === 0) return true;
    await sleep(pollMs);
  }
  return false;
}

/** Most runs in progress at once, from their start and finish times. */
function peakConcurrency(rows: RunRow[]): number {
  const edges: [number, number][] = [];
  for (const r of rows) {
    if (r.started_ms === null || r.finished_ms === null) continue;
    edges.push([r.started_ms, 1], [r.finished_ms, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of edges) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/* Section 5: request → job start, jobs/s ---------------------------------- */

interface CastingBurst {
  jobs: number;
  succeeded: number;
  seconds: number;
  jobsPerSecond: number;
  peakConcurrency: number;
  jobDurationMs: Summary;
}

export interface PipelineResult {
  noop: {
    /** job created (database clock) → task function entered. */
    startLatencyMs: Summary;
    burst: { jobs: number; seconds: number; jobsPerSecond: number };
  };
  casting: {
    /** The requestModelCasting mutation over HTTP (its transaction is part of the start latency). */
    requestLatencyMs: Summary;
    /** agent_runs.created_at → started_at (both database clock). */
    startLatencyMs: Summary;
    /** started_at → finished_at: candidates, model call, validation, logs, castings. */
    jobDurationMs: Summary;
    /** The model call as the agent logged it (ai_agent_logs.latency_ms). */
    modelCallMs: Summary;
    /** created_at → finished_at with a zero-latency model. */
    totalLatencyMs: Summary;
    burst: CastingBurst;
    /** The same burst with the previous definitions of the adopted agent-path changes. */
    burstPrevious: CastingBurst;
    /** The sequential requests again with those previous definitions. */
    sequentialPrevious: { requestLatencyMs: Summary; startLatencyMs: Summary; jobDurationMs: Summary };
  };
  /** The no-op's graphile-worker concurrency. */
  concurrency: number;
  /** The casting worker: the product's defaults. */
  castingWorker: string;
  /** Casting start latency ÷ no-op start latency (p50). */
  startRatioP50: number;
  /** The same with the previous definitions. */
  startRatioP50Previous: number;
  /** Casting jobs/s ÷ no-op jobs/s. */
  throughputRatio: number;
  /** Casting jobs/s with the adopted definitions ÷ with the previous ones. */
  adoptedSpeedup: number;
  /** The adopted changes whose previous definitions were measured (with the migration that adopted them). */
  previousDefinitions: string[];
}

export async function pipeline(
  ctx: BenchContext,
  llm: FakeLlm,
  requesters: Map<string, Requester>,
): Promise<PipelineResult> {
  const concurrency = 5;
  llm.setOptions({ latencyMs: 0, jitterMs: 0, rate429: 0 });

  // graphile-worker alone: a task that does nothing.
  const entries = new Map<number, () => void>();
  const noopLatency: number[] = [];
  const taskList: TaskList = {
    bench_noop: async (payload, helpers) => {
      const { i, measure } = payload as { i: number; measure: boolean };
      if (measure) noopLatency.push(Date.now() - new Date(helpers.job.created_at).getTime());
      entries.get(i)?.();
    },
  };
  const runner: Runner = await run(
    {
      connectionString: ctx.settings.ownerUrl,
      concurrency,
      pollInterval: 1000,
      noHandleSignals: true,
      logger: silentWorkerLogger,
    },
    taskList,
  );
  const client = new pg.Client({ connectionString: ctx.settings.ownerUrl });
  await client.connect();
  let burstNoop = { jobs: 0, seconds: 0, jobsPerSecond: 0 };
  try {
    const once = async (i: number, measure: boolean) => {
      const done = new Promise<void>((resolve) => entries.set(i, resolve));
      await client.query(
        "select graphile_worker.add_job('bench_noop', json_build_object('i', $1::int, 'measure', $2::boolean))",
        [i, measure],
      );
      await Promise.race([done, sleep(10_000)]);
      entries.delete(i);
    };
    for (let i = 0; i < 5; i++) await once(-1 - i, false);
    for (let i = 0; i < ctx.config.pipelineSequential; i++) {
      await once(i, true);
      await sleep(50);
    }
    // Burst: every job added in one statement, timed until the last one ran.
    const m = ctx.config.pipelineBurst;
    let finished = 0;
    const allDone = new Promise<void>((resolve) => {
      for (let i = 0; i < m; i++)
        entries.set(100_000 + i, () => {
          if (++finished === m) resolve();
        });
    });
    const t0 = performance.now();
    await client.query(
      "select graphile_worker.add_job('bench_noop', json_build_object('i', 100000 + g, 'measure', false)) from generate_series(0, $1 - 1) g",
      [m],
    );
    await Promise.race([allDone, sleep(60_000)]);
    const seconds = (performance.now() - t0) / 1000;
    burstNoop = { jobs: finished, seconds, jobsPerSecond: finished / seconds };
  } finally {
    await client.end();
    await runner.stop();
  }

  // The Model Casting agent through the product's worker (its defaults) and the real API.
  const worker = await startCastingWorker(ctx, llm);
  let casting: PipelineResult["casting"];
  const previousDefinitions = AGENT_PATH_CHANGES.map((c) => `${c.name} (adopted by ${c.adoptedIn ?? "?"})`);
  const sequence = async (tag: string) => {
    const ids: string[] = [];
    const mutationMs: number[] = [];
    for (const brief of await makeBriefs(ctx, ctx.config.pipelineSequential, tag)) {
      const r = await requestCasting(ctx, requesters, brief);
      if (!r.runId) throw new Error(`requestModelCasting failed: ${JSON.stringify(r.errors)}`);
      ids.push(r.runId);
      mutationMs.push(r.ms);
      await waitForRuns(ctx, [r.runId], 30_000, 10);
      await sleep(50);
    }
    return { ids, mutationMs, rows: await runRows(ctx, ids) };
  };
  const burstOf = async (tag: string): Promise<CastingBurst> => {
    const briefs = await makeBriefs(ctx, ctx.config.pipelineBurst, tag);
    const answers = await Promise.all(briefs.map((b) => requestCasting(ctx, requesters, b)));
    const ids = answers.flatMap((r) => (r.runId ? [r.runId] : []));
    await waitForRuns(ctx, ids, 120_000, 50);
    const rows = await runRows(ctx, ids);
    // Worker throughput: first job started → last job finished (the burst of mutations before it is not the worker's).
    const first = Math.min(...rows.map((r) => r.started_ms ?? r.created_ms));
    const last = Math.max(...rows.map((r) => r.finished_ms ?? r.created_ms));
    const seconds = (last - first) / 1000;
    return {
      jobs: rows.length,
      succeeded: rows.filter((r) => r.status === "succeeded").length,
      seconds,
      jobsPerSecond: rows.length / seconds,
      peakConcurrency: peakConcurrency(rows),
      jobDurationMs: summarize(rows.map((r) => (r.finished_ms ?? Number.NaN) - (r.started_ms ?? Number.NaN))),
    };
  };
  const seqSummary = (seq: Awaited<ReturnType<typeof sequence>>) => ({
    requestLatencyMs: summarize(seq.mutationMs),
    startLatencyMs: summarize(seq.rows.map((r) => (r.started_ms ?? Number.NaN) - r.created_ms)),
    jobDurationMs: summarize(seq.rows.map((r) => (r.finished_ms ?? Number.NaN) - (r.started_ms ?? Number.NaN))),
  });
  try {
    const warm = await makeBriefs(ctx, 3, "warm");
    for (const brief of warm) {
      const r = await requestCasting(ctx, requesters, brief);
      if (r.runId) await waitForRuns(ctx, [r.runId], 30_000, 20);
    }
    // Adopted definitions, then the previous ones (bench database only, restored after), then adopted again:
    // the sequential figures are pooled from both adopted rounds.
    const adoptedA = await sequence("seq-a");
    let previousSeq: Awaited<ReturnType<typeof sequence>>;
    let burstPrevious: CastingBurst;
    const restore = await applySide(ctx.owner, AGENT_PATH_CHANGES, "before");
    try {
      previousSeq = await sequence("seq-prev");
      burstPrevious = await burstOf("burst-prev");
    } finally {
      await restore();
    }
    const adoptedB = await sequence("seq-b");
    const burst = await burstOf("burst");
    const adopted = {
      ids: [...adoptedA.ids, ...adoptedB.ids],
      mutationMs: [...adoptedA.mutationMs, ...adoptedB.mutationMs],
      rows: [...adoptedA.rows, ...adoptedB.rows],
    };
    const { rows: calls } = await ctx.owner.query<{ latency_ms: number }>(
      "select latency_ms from app_public.ai_agent_logs where agent_run_id = any($1::uuid[]) and operation = 'generate'",
      [adopted.ids],
    );
    casting = {
      ...seqSummary(adopted),
      modelCallMs: summarize(calls.map((c) => c.latency_ms)),
      totalLatencyMs: summarize(adopted.rows.map((r) => (r.finished_ms ?? Number.NaN) - r.created_ms)),
      burst,
      burstPrevious,
      sequentialPrevious: seqSummary(previousSeq),
    };
  } finally {
    await worker.stop();
  }
  const noopStart = summarize(noopLatency);
  const result: PipelineResult = {
    noop: { startLatencyMs: noopStart, burst: burstNoop },
    casting,
    concurrency,
    castingWorker: worker.label,
    startRatioP50: casting.startLatencyMs.p50 / noopStart.p50,
    startRatioP50Previous: casting.sequentialPrevious.startLatencyMs.p50 / noopStart.p50,
    throughputRatio: casting.burst.jobsPerSecond / burstNoop.jobsPerSecond,
    adoptedSpeedup: casting.burst.jobsPerSecond / casting.burstPrevious.jobsPerSecond,
    previousDefinitions,
  };
  ctx.log(
    `[agents] job start p50/p95: no-op ${noopStart.p50.toFixed(1)}/${noopStart.p95.toFixed(1)} ms, casting ${casting.startLatencyMs.p50.toFixed(1)}/${casting.startLatencyMs.p95.toFixed(1)} ms (${result.startRatioP50.toFixed(2)}×; previous definitions ${casting.sequentialPrevious.startLatencyMs.p50.toFixed(1)} ms, ${result.startRatioP50Previous.toFixed(2)}×); jobs/s: no-op ${burstNoop.jobsPerSecond.toFixed(0)}, casting ${casting.burst.jobsPerSecond.toFixed(1)} (${casting.burst.succeeded}/${casting.burst.jobs} succeeded, peak ${casting.burst.peakConcurrency}), previous ${casting.burstPrevious.jobsPerSecond.toFixed(1)}; mutation p50 ${casting.sequentialPrevious.requestLatencyMs.p50.toFixed(1)} → ${casting.requestLatencyMs.p50.toFixed(1)} ms`,
  );
  return result;
}

/* Section 6: the seed plan's load test ------------------------------------ */

export interface LoadTestRun {
  /** What differs from the product's defaults in this row. */
  worker: string;
  /** Worker concurrency (jobs in flight per process). */
  concurrency: number;
  /** Briefs asked for this many models, and the model answered with `answers` people. */
  overAnswer: { modelsNeeded: number; answers: number } | null;
  /** Previous definitions installed for this row (bench database only). */
  previousDefinitions: string[];
  requests: number;
  /** Mutation answers (HTTP) for the 100 requests. */
  requestLatencyMs: Summary;
  /** Requests answered with an error: no run, nothing queued (the mutation is one transaction). */
  rejected: number;
  rejectedCodes: Record<string, number>;
  runsCreated: number;
  distinctRuns: number;
  terminal: number;
  succeeded: number;
  failed: number;
  errorCodes: Record<string, number>;
  successRate: number;
  /** Accepted runs (a run row exists) not finished by the deadline. */
  lost: number;
  /** Briefs with more than one run, and castings duplicated per (event, talent). */
  duplicatedRuns: number;
  duplicatedCastings: number;
  castings: number;
  /** Runs whose answer salvage changed (e.g. truncated 5→3). */
  salvagedRuns: number;
  /** created_at → finished_at. */
  resultLatencyMs: Summary;
  startLatencyMs: Summary;
  /** The model calls that answered, as logged (ai_agent_logs.latency_ms). */
  modelLatencyMs: Summary;
  makespanSeconds: number;
  /** makespan ÷ the model's p95. */
  makespanOverModelP95: number;
  /** ceil(requests / concurrency) × the model's mean latency. */
  idealMakespanSeconds: number;
  peakConcurrency: number;
  llmCalls: number;
  llm429: number;
  attemptsAboveOne: number;
}

export interface LoadTestResult {
  llm: { latencyMs: number; jitterMs: number; rate429: number; retryAfterSeconds: number };
  runs: LoadTestRun[];
}

export async function loadTest(
  ctx: BenchContext,
  llm: FakeLlm,
  requesters: Map<string, Requester>,
  llmOptions: { latencyMs: number; jitterMs: number; rate429: number; retryAfterSeconds: number },
): Promise<LoadTestResult> {
  const runs: LoadTestRun[] = [];
  const n = ctx.config.loadTestRequests;
  const defaultConcurrency = loadWorkerSettings().concurrency;
  for (const [index, setup] of ctx.config.loadTestWorkers.entries()) {
    // Every row sees the same model: same latencies, same 429s.
    llm.setOptions({ ...llmOptions, seed: 11, answerCount: setup.overAnswer?.answers ?? null });
    const previous = setup.previousDefinitions ? AGENT_PATH_CHANGES : [];
    const briefs = await makeBriefs(ctx, n, `load${index}`, setup.overAnswer?.modelsNeeded ?? 8);
    llm.resetStats();
    const restore = previous.length ? await applySide(ctx.owner, previous, "before") : async () => {};
    const worker = await startCastingWorker(ctx, llm, setup.concurrency).catch(async (error) => {
      await restore();
      throw error;
    });
    const concurrency = setup.concurrency ?? defaultConcurrency;
    let answers: Awaited<ReturnType<typeof requestCasting>>[];
    let allTerminal = false;
    try {
      answers = await Promise.all(briefs.map((b) => requestCasting(ctx, requesters, b)));
      const ids = answers.flatMap((a) => (a.runId ? [a.runId] : []));
      // Bounded: generous against the ideal makespan, never unbounded.
      const ideal = Math.ceil(n / concurrency) * (llmOptions.latencyMs / 1000);
      allTerminal = await waitForRuns(ctx, ids, Math.min(600_000, Math.max(60_000, ideal * 4000)), 100);
    } finally {
      await worker.stop();
      await restore();
      llm.setOptions({ answerCount: null });
    }
    const ids = answers.flatMap((a) => (a.runId ? [a.runId] : []));
    const rejectedCodes: Record<string, number> = {};
    for (const a of answers) {
      if (a.runId) continue;
      const code = String(a.errors?.[0]?.extensions?.code ?? "NO_ANSWER");
      rejectedCodes[code] = (rejectedCodes[code] ?? 0) + 1;
    }
    const rows = await runRows(ctx, ids);
    const { rows: dup } = await ctx.owner.query(
      `select
         (select count(*)::int from (
            select input ->> 'briefId' from app_public.agent_runs
             where agent_type = 'model_casting' and input ->> 'briefId' = any($1::text[])
             group by 1 having count(*) > 1) d) as duplicated_runs,
         (select count(*)::int from app_public.model_castings where agent_run_id = any($2::uuid[])) as castings,
         (select (count(*) - count(distinct (event_id, talent_id)))::int from app_public.model_castings
           where agent_run_id = any($2::uuid[])) as duplicated_castings,
         (select count(*)::int from app_public.agent_runs
           where id = any($2::uuid[]) and jsonb_array_length(coalesce(output -> 'salvaged', '[]')) > 0) as salvaged`,
      [briefs.map((b) => b.id), ids],
    );
    const { rows: calls } = await ctx.owner.query<{ latency_ms: number }>(
      `select latency_ms from app_public.ai_agent_logs
        where agent_run_id = any($1::uuid[]) and prompt_tokens > 0`,
      [ids],
    );
    const modelLatencyMs = summarize(calls.map((c) => c.latency_ms));
    const terminal = rows.filter((r) => !["queued", "running"].includes(r.status));
    const succeeded = rows.filter((r) => r.status === "succeeded").length;
    const errorCodes: Record<string, number> = {};
    for (const r of rows) if (r.error_code) errorCodes[r.error_code] = (errorCodes[r.error_code] ?? 0) + 1;
    const first = Math.min(...rows.map((r) => r.created_ms));
    const last = Math.max(...rows.map((r) => r.finished_ms ?? r.created_ms));
    const makespanSeconds = (last - first) / 1000;
    const labels = [
      setup.concurrency === undefined ? worker.label : `WORKER_CONCURRENCY=${setup.concurrency}`,
      ...(setup.overAnswer
        ? [`a model that answers ${setup.overAnswer.answers} for a brief of ${setup.overAnswer.modelsNeeded}`]
        : []),
      ...previous.map((c) => `previous ${c.name} (before ${c.adoptedIn ?? "?"})`),
    ];
    const result: LoadTestRun = {
      worker: labels.join(" + "),
      concurrency,
      overAnswer: setup.overAnswer ?? null,
      previousDefinitions: previous.map((c) => c.name),
      requests: n,
      requestLatencyMs: summarize(answers.map((a) => a.ms)),
      rejected: answers.filter((a) => !a.runId).length,
      rejectedCodes,
      runsCreated: rows.length,
      distinctRuns: new Set(ids).size,
      terminal: terminal.length,
      succeeded,
      failed: rows.filter((r) => r.status === "failed").length,
      errorCodes,
      successRate: succeeded / n,
      lost: rows.length - terminal.length,
      duplicatedRuns: dup[0]?.duplicated_runs ?? 0,
      duplicatedCastings: dup[0]?.duplicated_castings ?? 0,
      castings: dup[0]?.castings ?? 0,
      salvagedRuns: dup[0]?.salvaged ?? 0,
      resultLatencyMs: summarize(terminal.map((r) => (r.finished_ms ?? Number.NaN) - r.created_ms)),
      startLatencyMs: summarize(terminal.map((r) => (r.started_ms ?? Number.NaN) - r.created_ms)),
      modelLatencyMs,
      makespanSeconds,
      makespanOverModelP95: makespanSeconds / (modelLatencyMs.p95 / 1000),
      idealMakespanSeconds: Math.ceil(n / concurrency) * (llmOptions.latencyMs / 1000),
      peakConcurrency: peakConcurrency(rows),
      llmCalls: llm.stats.requests,
      llm429: llm.stats.tooManyRequests,
      attemptsAboveOne: rows.filter((r) => r.attempts > 1).length,
    };
    if (!allTerminal) ctx.log("[agents] some runs did not finish before the deadline");
    runs.push(result);
    ctx.log(
      `[agents] load test, ${result.worker}: ${succeeded}/${n} succeeded (${result.salvagedRuns} salvaged), rejected ${result.rejected}${result.rejected ? ` ${JSON.stringify(rejectedCodes)}` : ""}, lost ${result.lost}, duplicated ${result.duplicatedRuns}/${result.duplicatedCastings}, p50 ${(result.resultLatencyMs.p50 / 1000).toFixed(2)} s p95 ${(result.resultLatencyMs.p95 / 1000).toFixed(2)} s, makespan ${result.makespanSeconds.toFixed(1)} s (${result.makespanOverModelP95.toFixed(2)}× the model's p95 ${(modelLatencyMs.p95 / 1000).toFixed(2)} s), peak ${result.peakConcurrency} running, ${result.llm429} × 429`,
    );
  }
  return { llm: llmOptions, runs };
}
