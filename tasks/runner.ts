// Starts graphile-worker with FashionOS's tasks, plus a heartbeat that
// /health reports. Used by `npm start` (same process) and `npm run worker`.
import { EventEmitter } from "node:events";
import { hostname } from "node:os";
import { parseCrontab, type Runner, run, type WorkerEvents, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import type { Logger } from "pino";
import { crontab, makeTaskList, type TaskOptions } from "./index.ts";

export interface Worker {
  runner: Runner;
  stop(): Promise<void>;
}

export async function startWorker(options: {
  connectionString: string;
  logger: Logger;
  concurrency?: number;
  heartbeatMs?: number;
  pollIntervalMs?: number;
  /** A worker process whose heartbeat is older than this is considered dead (default 120 s). */
  staleAfterSeconds?: number;
  tasks?: TaskOptions;
}): Promise<Worker> {
  const { logger } = options;
  const workerLogger = new WorkerLogger((scope) => (level, message, meta) => {
    const method = level === "error" ? "error" : level === "warning" ? "warn" : level === "info" ? "info" : "debug";
    logger[method]({ ...meta, scope }, message);
  });
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  pool.on("error", (error) => logger.warn({ err: error }, "heartbeat pool error"));

  // Jobs locked by a worker process that died stay locked for hours; release
  // those of processes whose heartbeat stopped, so their runs are retried now.
  const { rows: stale } = await pool.query<{ ids: string[] }>(
    `with dead as (
       delete from app_private.worker_heartbeats where last_seen_at < now() - make_interval(secs => $1)
       returning graphile_worker_ids
     )
     select coalesce(array_agg(id), '{}') as ids from dead, unnest(graphile_worker_ids) as id`,
    [options.staleAfterSeconds ?? Number(process.env.WORKER_STALE_AFTER_SECONDS || 120)],
  );
  const deadIds = stale[0]?.ids ?? [];
  if (deadIds.length) {
    await pool.query("select graphile_worker.force_unlock_workers($1::text[])", [deadIds]);
    logger.warn({ workers: deadIds }, "released jobs of worker processes that stopped");
  }

  const concurrency = options.concurrency ?? Number(process.env.WORKER_CONCURRENCY || 5);
  // Our own emitter, attached before run() so no worker:create is missed.
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
      // Every running job holds a connection, plus the worker's own queries:
      // with the default pool (10) a concurrency of 50 ran only 9 jobs at once
      // (BENCHMARKS.md, section 6).
      maxPoolSize: concurrency + 2,
      noHandleSignals: true,
      pollInterval: options.pollIntervalMs ?? 1000,
      logger: workerLogger,
    },
    makeTaskList(options.tasks),
    parseCrontab(crontab),
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
  const timer = setInterval(beat, options.heartbeatMs ?? 15_000);
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
