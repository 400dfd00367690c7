// Keeps agent work from sticking when a worker process dies. Every worker
// process beats (app_private.worker_heartbeats, with the ids of the
// graphile-worker pools it runs). The sweep runs at start-up and every minute
// (crontab `agent_sweep`, which graphile-worker runs in one process at a
// time):
//
// - a process whose heartbeat is older than WORKER_STALE_AFTER_SECONDS is
//   dead: its heartbeat row goes and the jobs its pools locked are released,
//   so they run again now instead of after graphile-worker's own 4-hour
//   expiry (the run's persist is guarded, so a released job that was in fact
//   still running cannot store its run twice);
// - a queued or running run whose job is gone for good (a process killed
//   during the last attempt leaves a job with no attempts left) fails with
//   INTERNAL_ERROR instead of staying open for ever.
import type { Task } from "graphile-worker";
import type pg from "pg";

export interface SweepResult {
  /** graphile-worker pool ids whose jobs were released. */
  releasedWorkers: string[];
  /** Runs failed because no job is left to finish them. */
  failedRuns: string[];
}

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

/**
 * One sweep. `graceSeconds`: how long a queued or running run must have been unchanged before a
 * missing job fails it (a moment's grace for whatever just changed it).
 */
export async function sweep(db: Queryable, staleAfterSeconds: number, graceSeconds = 30): Promise<SweepResult> {
  const { rows: stale } = await db.query<{ ids: string[] }>(
    `with dead as (
       delete from app_private.worker_heartbeats where last_seen_at < now() - make_interval(secs => $1)
       returning graphile_worker_ids
     )
     select coalesce(array_agg(id), '{}') as ids from dead, unnest(graphile_worker_ids) as id`,
    [staleAfterSeconds],
  );
  const releasedWorkers = stale[0]?.ids ?? [];
  if (releasedWorkers.length) {
    await db.query("select graphile_worker.force_unlock_workers($1::text[])", [releasedWorkers]);
  }
  const { rows: failed } = await db.query<{ id: string }>(
    `with orphaned as (
       select r.id from app_public.agent_runs r
        where r.status in ('queued', 'running')
          and r.updated_at < now() - make_interval(secs => $1)
          and not exists (
            select 1 from graphile_worker._private_jobs j
             where j.key = 'agent_run:' || r.id and (j.locked_at is not null or j.attempts < j.max_attempts)
          )
     ),
     failed as (
       update app_public.agent_runs r
          set status = 'failed', finished_at = now(), error_code = 'INTERNAL_ERROR',
              output = jsonb_build_object('detail', 'No job is left to finish this run (its worker stopped during the last attempt).'),
              kept_answer = null
         from orphaned o
        where r.id = o.id and r.status in ('queued', 'running')
       returning r.id
     )
     select id from failed`,
    [graceSeconds],
  );
  return { releasedWorkers, failedRuns: failed.map((r) => r.id) };
}

/** The crontab task. */
export function sweepTask(staleAfterSeconds: number): Task {
  return async (_payload, helpers) => {
    const result = await helpers.withPgClient((client) => sweep(client, staleAfterSeconds));
    if (result.releasedWorkers.length) {
      helpers.logger.warn(`released the jobs of stopped worker processes: ${result.releasedWorkers.join(", ")}`);
    }
    if (result.failedRuns.length) {
      helpers.logger.warn(`failed agent runs with no job left: ${result.failedRuns.join(", ")}`);
    }
  };
}
