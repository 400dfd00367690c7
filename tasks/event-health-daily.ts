// The daily Event Health run (issue 18): graphile-worker's crontab starts
// `event_health_daily` at 12:00 UTC, which is 07:00 in America/Bogota all
// year (Colombia keeps no daylight saving time). No HTTP endpoint and no
// secret: the job runs inside the worker. graphile-worker schedules each
// crontab instant once however many workers run (its known_crontabs row),
// and a day missed while no worker ran is scheduled at start-up within the
// backfill window (`fill=1d`), with the instant it was due in `_cron.ts`:
// the report keeps the day it was due. Every event's report is upserted
// (one per event per day), so a re-run the same day updates it.
import type { Task } from "graphile-worker";

/** Events refreshed per transaction: short transactions, a bounded number of locks each. */
export const EVENT_HEALTH_BATCH = 100;

/** The crontab line: 07:00 America/Bogota = 12:00 UTC, a missed run caught up within a day. */
export const EVENT_HEALTH_CRONTAB = "0 12 * * * event_health_daily ?fill=1d&max=3&jobKey=event_health_daily";

interface CronPayload {
  _cron?: { ts?: string; backfilled?: boolean };
}

export const eventHealthDaily: Task = async (payload, helpers) => {
  const cron = (payload as CronPayload | null)?._cron;
  const due = cron?.ts ?? new Date().toISOString();
  const { rows } = await helpers.withPgClient((client) =>
    client.query<{ report_date: string; ids: string[] }>(
      `select ($1::timestamptz at time zone 'America/Bogota')::date::text as report_date,
              coalesce((select array_agg(id) from app_private.event_health_due() as id), '{}') as ids`,
      [due],
    ),
  );
  const reportDate = rows[0]?.report_date;
  const ids = rows[0]?.ids ?? [];
  if (!reportDate) return;
  for (let start = 0; start < ids.length; start += EVENT_HEALTH_BATCH) {
    const batch = ids.slice(start, start + EVENT_HEALTH_BATCH);
    await helpers.withPgClient((client) =>
      client.query("select count(app_private.refresh_event_health(e, $2::date)) from unnest($1::uuid[]) as e", [
        batch,
        reportDate,
      ]),
    );
  }
  helpers.logger.info(
    `event_health_daily: ${ids.length} events checked for ${reportDate}${cron?.backfilled ? " (backfilled)" : ""}`,
  );
};
