// Starts graphile-worker with FashionOS's tasks, plus a heartbeat that
// /health reports and the sweep uses. Used by `npm start` (same process) and
// `npm run worker`.
//
// Process model: agent jobs are I/O-bound (seconds waiting for a model) and
// hold a database connection only for their two short transactions, so one
// process runs many at once (WORKER_CONCURRENCY, default 128 in flight) on a
// small pool (WORKER_POOL_SIZE, default 20). Jobs are fetched in batches by
// the pool (graphile-worker's local queue) rather than polled for by each
// idle slot.
import { EventEmitter } from "node:events";
import { hostname } from "node:os";
import { parseCrontab, type Runner, run, type WorkerEvents, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import type { Logger } from "pino";
import { EnvError, parseEnv } from "../shared/config.ts";
import { crontab, makeTaskList, type TaskOptions } from "./index.ts";
import { sweep } from "./sweep.ts";

export interface Worker {
  runner: Runner;
  stop(): Promise<void>;
}

export interface WorkerSettings {
  /** Jobs (model calls) in flight per process. */
  concurrency: number;
  /** Database connections of the worker's pool. */
  poolSize: number;
  /** A process whose heartbeat is older than this is dead: the sweep releases its jobs. */
  staleAfterSeconds: number;
}

/** The worker's settings from the environment (shared/config.ts; a bad value stops start-up with its name). */
export function loadWorkerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  try {
    const e = parseEnv(["WORKER_CONCURRENCY", "WORKER_POOL_SIZE", "WORKER_STALE_AFTER_SECONDS"], env);
    return {
      concurrency: e.WORKER_CONCURRENCY,
      poolSize: e.WORKER_POOL_SIZE,
      staleAfterSeconds: e.WORKER_STALE_AFTER_SECONDS,
    };
  } catch (error) {
    if (error instanceof EnvError) throw new Error(`Invalid worker settings: ${error.message}`);
    throw error;
  }
}

/**
 * graphile-worker hands its logger the whole job row (`job`, with its
 * payload: recipients, names, verification and invitation tokens), its
 * options (the connection string) and event payloads; they were written as
 * they came, in production too (attack report 1, M3). Only these fields go
 * on: the job by id, task and attempt, and numbers.
 */
const SAFE_WORKER_FIELDS = new Set([
  "duration",
  "success",
  "failure",
  "attempts",
  "max",
  "concurrency",
  "eventName",
  "registeringSignalHandlers",
  "unregisteringSignalHandlers",
  "switchToForcefulHandlers",
  "developmentMail",
]);

export function workerLogFields(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    if (SAFE_WORKER_FIELDS.has(key)) fields[key] = value;
    else if (key === "job" && value && typeof value === "object") {
      const job = value as Record<string, unknown>;
      fields.job = {
        id: job.id,
        task: job.task_identifier,
        attempts: job.attempts,
        maxAttempts: job.max_attempts,
      };
    } else if ((key === "error" || key === "err" || key === "fatalError") && value) {
      const error = value as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown };
      fields.err = {
        type: typeof error.name === "string" ? error.name : "Error",
        message: scrubbed(String(error.message ?? value)),
        ...(typeof error.stack === "string" ? { stack: scrubbed(error.stack) } : {}),
        ...(typeof error.code === "string" ? { code: error.code } : {}),
      };
    }
  }
  return fields;
}

const EMAIL = /[^\s@'"<>(),;:]+@[^\s@'"<>(),;:]+\.[^\s@'"<>(),;:]+/g;
/** Long opaque strings (tokens, keys, hashes), but not UUIDs (job and run ids stay readable). */
const SECRET = /(?<![A-Za-z0-9_-])(?![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-)[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g;

/** A log message without email addresses or token-like strings (an error may quote its input). */
export function scrubbed(text: string): string {
  return text.replace(EMAIL, "[email]").replace(SECRET, "[secret]");
}

/**
 * graphile-worker's start-up warnings about concurrency above the pool size and a job batch smaller than the
 * concurrency: both are this worker's design (tasks hold a connection only for their short transactions; a
 * process does not hoard more than 32 jobs), so they are logged at debug level.
 */
export const EXPECTED_WORKER_WARNINGS = [
  /having maxPoolSize \(\d+\) smaller than concurrency/,
  /Your job batch size \(\d+\) is smaller than your concurrency setting/,
];

export async function startWorker(options: {
  connectionString: string;
  logger: Logger;
  concurrency?: number;
  poolSize?: number;
  /** How often the heartbeat is written (default: a quarter of the stale threshold, at most 15 s). */
  heartbeatMs?: number;
  pollIntervalMs?: number;
  /** A worker process whose heartbeat is older than this is considered dead (default 120 s). */
  staleAfterSeconds?: number;
  tasks?: TaskOptions;
}): Promise<Worker> {
  const { logger } = options;
  const env = loadWorkerSettings();
  const concurrency = options.concurrency ?? env.concurrency;
  const poolSize = options.poolSize ?? env.poolSize;
  const staleAfterSeconds = options.staleAfterSeconds ?? env.staleAfterSeconds;
  const workerLogger = new WorkerLogger((scope) => (level, message, meta) => {
    let method: "error" | "warn" | "info" | "debug" =
      level === "error" ? "error" : level === "warning" ? "warn" : level === "info" ? "info" : "debug";
    // graphile-worker warns about two settings we chose on purpose (see below); an operator reading the log
    // should not chase them, so they go to debug and one info line at start says why.
    if (method === "warn" && EXPECTED_WORKER_WARNINGS.some((expected) => expected.test(message))) method = "debug";
    // The development mail (no SMTP_URL, never in production) is meant to show its address and link.
    const developmentMail = !!(meta as { developmentMail?: unknown } | undefined)?.developmentMail;
    logger[method]({ ...workerLogFields(meta), scope }, developmentMail ? message : scrubbed(message));
  });
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  pool.on("error", (error) => logger.warn({ err: error }, "heartbeat pool error"));

  // Jobs locked by a worker process that died stay locked for hours; release those of processes
  // whose heartbeat stopped, so their runs are retried now. The crontab repeats this every minute.
  const swept = await sweep(pool, staleAfterSeconds);
  if (swept.releasedWorkers.length) {
    logger.warn({ workers: swept.releasedWorkers }, "released jobs of worker processes that stopped");
  }

  // Our own emitter, attached before run() so no pool:create is missed.
  const events: WorkerEvents = new EventEmitter();
  const graphileWorkerIds = new Set<string>();
  // graphile-worker 0.18 locks jobs with the worker pool's id (locked_by = "pool-…"), not each worker's.
  events.on("pool:create", ({ workerPool }) => graphileWorkerIds.add(workerPool.id));
  events.on("worker:create", ({ worker }) => graphileWorkerIds.add(worker.workerId));
  const runner = await run(
    {
      events,
      connectionString: options.connectionString,
      concurrency,
      // Jobs hold a connection only for their short transactions, not while the model thinks.
      maxPoolSize: poolSize,
      // One batched fetch for the pool instead of every idle slot polling; a batch of at most 32
      // so one process never hoards what another could start.
      preset: { worker: { localQueue: { size: Math.min(concurrency, 32) } } },
      noHandleSignals: true,
      pollInterval: options.pollIntervalMs ?? 1000,
      logger: workerLogger,
    },
    makeTaskList({ ...options.tasks, staleAfterSeconds: options.tasks?.staleAfterSeconds ?? staleAfterSeconds }),
    parseCrontab(crontab),
  );

  logger.info(
    { concurrency, poolSize, batch: Math.min(concurrency, 32) },
    "worker: agent jobs hold a database connection only for their short transactions, so concurrency runs above the pool size and jobs are fetched in batches of at most 32 (graphile-worker's warnings about both are expected)",
  );

  const heartbeatId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const beat = () =>
    pool
      .query(
        `insert into app_private.worker_heartbeats (worker_id, last_seen_at, graphile_worker_ids) values ($1, now(), $2)
         on conflict (worker_id) do update set last_seen_at = excluded.last_seen_at, graphile_worker_ids = excluded.graphile_worker_ids`,
        [heartbeatId, [...graphileWorkerIds]],
      )
      .catch((error) => logger.warn({ err: error }, "worker heartbeat failed"));
  await beat();
  const timer = setInterval(beat, options.heartbeatMs ?? Math.min(15_000, (staleAfterSeconds * 1000) / 4));
  timer.unref();

  return {
    runner,
    async stop() {
      clearInterval(timer);
      // Waits for running jobs to finish; jobs not started stay queued.
      await runner.stop();
      await pool.query("delete from app_private.worker_heartbeats where worker_id = $1", [heartbeatId]).catch(() => {});
      await pool.end();
    },
  };
}
