// GET /health: what an operator needs at a glance. Read with the owner pool
// because it reports on the whole system (aggregates only, no personal data).
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type pg from "pg";
import { PROJECT_ROOT } from "../db/lib/server.ts";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  checkedAt: string;
  database: { reachable: boolean; latencyMs: number | null; error?: string };
  migrations: { applied: number; committed: number; upToDate: boolean } | null;
  worker: { lastHeartbeatAgeSeconds: number | null; queueDepth: number; failedJobs: number } | null;
  ai: {
    callsLast24h: number;
    failuresLast24h: number;
    errorRateLast24h: number;
    /** True when more than 5 % of AI calls failed in the last 24 hours. */
    errorRateAlert: boolean;
    costMonthToDateUsd: number;
    monthlyBudgetUsd: number;
    budgetUsedRatio: number;
  } | null;
}

async function committedMigrationCount(): Promise<number> {
  const files = await readdir(join(PROJECT_ROOT, "db", "migrations", "committed"));
  return files.filter((f) => f.endsWith(".sql")).length;
}

export async function healthReport(pool: pg.Pool, options: { aiMonthlyBudgetUsd: number }): Promise<HealthReport> {
  const report: HealthReport = {
    status: "ok",
    checkedAt: new Date().toISOString(),
    database: { reachable: false, latencyMs: null },
    migrations: null,
    worker: null,
    ai: null,
  };
  const started = performance.now();
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    report.status = "down";
    report.database.error = (error as Error).message;
    return report;
  }
  try {
    await client.query("set statement_timeout = 2000");
    await client.query("select 1");
    report.database = { reachable: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    const [migrations, committed] = await Promise.all([
      client.query("select count(*)::int as applied from graphile_migrate.migrations").catch(() => null),
      committedMigrationCount(),
    ]);
    const applied = migrations?.rows[0]?.applied ?? 0;
    report.migrations = { applied, committed, upToDate: applied === committed };

    const worker = await client
      .query(`
        select
          (select extract(epoch from now() - max(last_seen_at))::float from app_private.worker_heartbeats) as age,
          (select count(*)::int from graphile_worker.jobs where locked_at is null and attempts < max_attempts) as depth,
          (select count(*)::int from graphile_worker.jobs where attempts >= max_attempts) as failed`)
      .catch(() => null);
    if (worker) {
      const row = worker.rows[0];
      report.worker = {
        lastHeartbeatAgeSeconds: row.age === null ? null : Math.round(row.age),
        queueDepth: row.depth,
        failedJobs: row.failed,
      };
    }

    const ai = await client.query(`
      select
        count(*) filter (where created_at > now() - interval '24 hours')::int as calls,
        count(*) filter (where created_at > now() - interval '24 hours' and not success)::int as failures,
        coalesce(sum(cost_usd) filter (where created_at >= date_trunc('month', now())), 0)::float as cost
      from app_public.ai_agent_logs
      where created_at >= least(date_trunc('month', now()), now() - interval '24 hours')`);
    const { calls, failures, cost } = ai.rows[0];
    const errorRate = calls === 0 ? 0 : failures / calls;
    report.ai = {
      callsLast24h: calls,
      failuresLast24h: failures,
      errorRateLast24h: Math.round(errorRate * 10_000) / 10_000,
      errorRateAlert: errorRate > 0.05,
      costMonthToDateUsd: Math.round(cost * 10_000) / 10_000,
      monthlyBudgetUsd: options.aiMonthlyBudgetUsd,
      budgetUsedRatio:
        options.aiMonthlyBudgetUsd > 0 ? Math.round((cost / options.aiMonthlyBudgetUsd) * 10_000) / 10_000 : 0,
    };
    if (!report.migrations.upToDate || report.ai.errorRateAlert || report.ai.budgetUsedRatio >= 1) {
      report.status = "degraded";
    }
  } catch (error) {
    report.status = "down";
    report.database.error = (error as Error).message;
  } finally {
    client.release();
  }
  return report;
}
