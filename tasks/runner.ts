// Starts graphile-worker with FashionOS's tasks, plus a heartbeat that
// /health reports. Used by `npm start` (same process) and `npm run worker`.
import { hostname } from "node:os";
import { parseCrontab, type Runner, run, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import type { Logger } from "pino";
import { crontab, taskList } from "./index.ts";

export interface Worker {
  runner: Runner;
  stop(): Promise<void>;
}

export async function startWorker(options: {
  connectionString: string;
  logger: Logger;
  concurrency?: number;
  heartbeatMs?: number;
}): Promise<Worker> {
  const { logger } = options;
  const workerLogger = new WorkerLogger((scope) => (level, message, meta) => {
    const method = level === "error" ? "error" : level === "warning" ? "warn" : level === "info" ? "info" : "debug";
    logger[method]({ ...meta, scope }, message);
  });
  const runner = await run(
    {
      connectionString: options.connectionString,
      concurrency: options.concurrency ?? Number(process.env.WORKER_CONCURRENCY || 5),
      noHandleSignals: true,
      pollInterval: 1000,
      logger: workerLogger,
    },
    taskList,
    parseCrontab(crontab),
  );

  const workerId = `${hostname()}:${process.pid}`;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  pool.on("error", (error) => logger.warn({ err: error }, "heartbeat pool error"));
  const beat = () =>
    pool
      .query(
        `insert into app_private.worker_heartbeats (worker_id, last_seen_at) values ($1, now())
         on conflict (worker_id) do update set last_seen_at = excluded.last_seen_at`,
        [workerId],
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
      await pool.query("delete from app_private.worker_heartbeats where worker_id = $1", [workerId]).catch(() => {});
      await pool.end();
    },
  };
}
