// Every background task the worker runs, by name. graphile-worker jobs are
// enqueued by the database (graphile_worker.add_job) in the same transaction
// as the request row, so a request is never lost and never half-made.
import type { TaskList } from "graphile-worker";

export const taskList: TaskList = {};

/** Recurring jobs, in graphile-worker's crontab format. */
export const crontab = "";
