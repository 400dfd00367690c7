// Section health (`npm run bench -- --only health`): the daily Event Health
// run over N upcoming events (default 2,000) on its own database (migrations
// and demo data, then the events): each event with a casting brief and
// castings, looks, a ticket tier and paid bookings, booked vendors, and past
// events to compare ticket pace with. The real task (event_health_daily, as
// the crontab starts it) runs twice the same day: the first run creates every
// report and queues the summaries, the re-run updates them. Measured: wall
// time, top-level statements (round trips, pg_stat_statements with
// track=top), rows written, and one report per event per day.
import type pg from "pg";
import { eventHealthDaily } from "../../tasks/event-health-daily.ts";
import { buildBenchDatabase, quietPool, rootUrlFor, startBenchCluster } from "../lib/cluster.ts";

export interface HealthRun {
  seconds: number;
  msPerEvent: number;
  topLevelStatements: number;
  reports: number;
  reportsPerEventDay: number;
  summaryRunsQueued: number;
  notifications: number;
}

export interface HealthResult {
  events: number;
  pastEvents: number;
  checksPerReport: number;
  first: HealthRun;
  rerun: HealthRun;
}

async function seedEvents(pool: pg.Pool, events: number, pastEvents: number): Promise<void> {
  // Spread over the demo organizations; starts between tomorrow and day 59, at 20:00 Bogotá.
  await pool.query(
    `with orgs as (select array_agg(id order by slug) as ids from app_public.organizations),
     made as (
       insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, capacity)
       select ids[1 + i % array_length(ids, 1)], 'Bench show ' || i, 'bench-show-' || i,
              (((now() at time zone 'America/Bogota')::date + 1 + i % 59) + time '20:00') at time zone 'America/Bogota',
              (((now() at time zone 'America/Bogota')::date + 1 + i % 59) + time '23:00') at time zone 'America/Bogota',
              'published', 400
         from orgs, generate_series(1, $1) as i
       returning id, organization_id
     ),
     budgets as (insert into app_public.event_budgets (event_id, budget_cop) select id, 30000000 from made)
     insert into app_public.casting_briefs (event_id, title, models_needed)
     select id, 'Pasarela', 12 from made`,
    [events],
  );
  await pool.query(
    `with orgs as (select array_agg(id order by slug) as ids from app_public.organizations)
     insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, capacity)
     select ids[1 + i % array_length(ids, 1)], 'Bench past ' || i, 'bench-past-' || i,
            now() - make_interval(days => 10 + i), now() - make_interval(days => 10 + i) + interval '3 hours', 'completed', 400
       from orgs, generate_series(1, $1) as i`,
    [pastEvents],
  );
  // Looks (8 per show), a tier and paid bookings per event, past and upcoming.
  await pool.query(
    `with d as (select distinct on (organization_id) id, organization_id from app_public.designers order by organization_id, id)
     insert into app_public.looks (event_id, designer_id, sequence, title)
     select e.id, d.id, s, 'Look ' || s from app_public.events e join d using (organization_id), generate_series(1, 8) s
      where e.slug like 'bench-show-%'`,
  );
  await pool.query(
    `insert into app_public.ticket_tiers (event_id, name, price_cop, quantity)
     select id, 'General', 80000, 400 from app_public.events where slug like 'bench-%'`,
  );
  await pool.query(
    `insert into app_public.bookings (organization_id, event_id, tier_id, buyer_name, buyer_email, quantity, total_cop, status,
                                      payment_provider, confirmed_at)
     select t.organization_id, t.event_id, t.id, 'Bench buyer', 'buyer' || s || '@bench.test', 2, 160000, 'paid', 'cash',
            e.starts_at - make_interval(days => s * 3)
       from app_public.ticket_tiers t join app_public.events e on e.id = t.event_id, generate_series(1, 10) s
      where e.slug like 'bench-%'`,
  );
  // Two booked vendors per upcoming event (sound and lighting), through the booking trigger.
  await pool.query(
    `insert into app_public.vendor_recommendations (event_id, vendor_id, category, status, agreed_price_cop)
     select e.id, v.id, v.category, 'booked', 4000000
       from app_public.events e
       join lateral (select distinct on (category) id, category from app_public.vendors
                      where organization_id = e.organization_id and category in ('sound', 'lighting')
                      order by category, id) v on true
      where e.slug like 'bench-show-%'`,
  );
  await pool.query("analyze");
}

async function runDaily(pool: pg.Pool, rootPool: pg.Pool, events: number, ts: string): Promise<HealthRun> {
  await rootPool.query("select pg_stat_statements_reset()");
  const started = performance.now();
  const helpers = {
    withPgClient: async <T>(fn: (client: pg.PoolClient) => Promise<T>) => {
      const client = await pool.connect();
      try {
        return await fn(client);
      } finally {
        client.release();
      }
    },
    logger: { info() {}, debug() {}, warn() {}, error() {} },
  };
  await eventHealthDaily({ _cron: { ts, backfilled: false } }, helpers as never);
  const seconds = (performance.now() - started) / 1000;
  const { rows: statements } = await rootPool.query<{ n: number }>(
    `select coalesce(sum(s.calls), 0)::int as n from pg_stat_statements s
      join pg_database d on d.oid = s.dbid where d.datname = current_database()
        and s.query not ilike '%pg_stat_statements%'`,
  );
  const { rows } = await pool.query<{
    reports: number;
    per_day: number;
    runs: number;
    notices: number;
  }>(
    `select (select count(*)::int from app_public.event_health_reports) as reports,
            (select max(n)::int from (select count(*) as n from app_public.event_health_reports group by event_id, report_date) x) as per_day,
            (select count(*)::int from app_public.agent_runs where agent_type = 'event_health') as runs,
            (select count(*)::int from app_public.notifications) as notices`,
  );
  const r = rows[0] ?? { reports: 0, per_day: 0, runs: 0, notices: 0 };
  return {
    seconds,
    msPerEvent: (seconds * 1000) / events,
    topLevelStatements: statements[0]?.n ?? 0,
    reports: r.reports,
    reportsPerEventDay: r.per_day,
    summaryRunsQueued: r.runs,
    notifications: r.notices,
  };
}

export async function healthBench(options: {
  events: number;
  pastEvents: number;
  log: (message: string) => void;
}): Promise<HealthResult> {
  const { log } = options;
  const cluster = await startBenchCluster({ log: () => {} });
  let pool: pg.Pool | null = null;
  let rootPool: pg.Pool | null = null;
  try {
    const settings = await buildBenchDatabase(cluster.serverUrl, "fashionos_bench");
    pool = quietPool(settings.ownerUrl, 5);
    rootPool = quietPool(rootUrlFor(settings), 2);
    // The demo's few upcoming events are checked too; the bench's are the load.
    await seedEvents(pool, options.events, options.pastEvents);
    const { rows: due } = await pool.query<{ n: number }>(
      "select count(*)::int as n from app_private.event_health_due()",
    );
    const events = due[0]?.n ?? 0;
    log(`[health] ${events} upcoming events, ${options.pastEvents} past ones`);
    const ts = new Date().toISOString();
    const first = await runDaily(pool, rootPool, events, ts);
    log(
      `[health] first run: ${first.seconds.toFixed(1)} s, ${first.topLevelStatements} statements, ${first.reports} reports`,
    );
    const rerun = await runDaily(pool, rootPool, events, ts);
    log(
      `[health] re-run: ${rerun.seconds.toFixed(1)} s, ${rerun.topLevelStatements} statements, ${rerun.reports} reports`,
    );
    const { rows: checks } = await pool.query<{ n: number }>(
      "select round(avg(jsonb_array_length(checks)), 1)::float as n from app_public.event_health_reports",
    );
    return { events, pastEvents: options.pastEvents, checksPerReport: checks[0]?.n ?? 0, first, rerun };
  } finally {
    await pool?.end().catch(() => {});
    await rootPool?.end().catch(() => {});
    await cluster.stop();
  }
}

export function renderHealth(output: Record<string, any>): string {
  const meta = output.meta;
  const r = output.health as HealthResult;
  const row = (name: string, x: HealthRun) =>
    `| ${name} | ${x.seconds.toFixed(1)} | ${x.msPerEvent.toFixed(1)} | ${x.topLevelStatements} | ${x.reports} | ${x.reportsPerEventDay} | ${x.summaryRunsQueued} | ${x.notifications} |`;
  return [
    `_${meta.mode} run, ${String(meta.date).slice(0, 16).replace("T", " ")} UTC, ${Math.round(meta.durationSeconds)} s in all. ${meta.machine.cpus} × ${String(meta.machine.cpuModel).split(" ").slice(0, 2).join(" ")}, Node ${meta.node}. 1-minute load average ${meta.machine.loadAverage.start} at the start, ${meta.machine.loadAverage.end} at the end._`,
    "",
    `${r.events} upcoming events (each with a brief, 8 looks, a tier with 10 paid bookings, 2 booked vendors), ${r.pastEvents} past events for the ticket pace; ${r.checksPerReport} checks per report on average.`,
    "",
    "| run | seconds | ms per event | top-level statements | reports | reports per event and day | summary runs | notifications |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("first (creates)", r.first),
    row("re-run, same day (updates)", r.rerun),
    "",
  ].join("\n");
}
