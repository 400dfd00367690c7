// GET /health: what an operator needs at a glance. Read with the owner pool
// because it reports on the whole system (aggregates only, no personal data).
// Who sees what is decided by server/http/installHealth.ts: everyone the
// status, the operator (HEALTH_TOKEN) this whole report, a signed-in owner
// their own organizations' AI figures (ownerHealth).
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type pg from "pg";
import { PROJECT_ROOT } from "../shared/paths.ts";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  checkedAt: string;
  database: { reachable: boolean; latencyMs: number | null; error?: string };
  migrations: { applied: number; committed: number; upToDate: boolean } | null;
  worker: {
    lastHeartbeatAgeSeconds: number | null;
    queueDepth: number;
    failedJobs: number;
    /** Agent runs still running past their deadline (agent_runs.deadline_at). */
    runsPastDeadline: number;
  } | null;
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

type AiFigures = NonNullable<HealthReport["ai"]>;

/**
 * AI calls in the last 24 hours and month-to-date cost, over every
 * organization (key null) or per organization of `organizationIds`.
 */
async function aiFigures(
  client: pg.PoolClient,
  organizationIds: string[] | null,
  monthlyBudgetUsd: number,
): Promise<Map<string | null, AiFigures>> {
  const perOrganization = organizationIds !== null;
  const { rows } = await client.query(
    `select ${perOrganization ? "o.id" : "null::uuid"} as organization_id,
            count(*) filter (where l.created_at > now() - interval '24 hours')::int as calls,
            count(*) filter (where l.created_at > now() - interval '24 hours' and not l.success)::int as failures,
            coalesce(sum(l.cost_usd) filter (where l.created_at >= date_trunc('month', now())), 0)::float as cost
       from ${perOrganization ? "unnest($1::uuid[]) as o(id) left join" : ""} app_public.ai_agent_logs l
         ${perOrganization ? "on l.organization_id = o.id and" : "where"}
            l.created_at >= least(date_trunc('month', now()), now() - interval '24 hours')
      ${perOrganization ? "group by o.id" : ""}`,
    perOrganization ? [organizationIds] : [],
  );
  const figures = new Map<string | null, AiFigures>();
  for (const { organization_id, calls, failures, cost } of rows) {
    const errorRate = calls === 0 ? 0 : failures / calls;
    figures.set(organization_id, {
      callsLast24h: calls,
      failuresLast24h: failures,
      errorRateLast24h: Math.round(errorRate * 10_000) / 10_000,
      errorRateAlert: errorRate > 0.05,
      costMonthToDateUsd: Math.round(cost * 10_000) / 10_000,
      monthlyBudgetUsd,
      budgetUsedRatio: monthlyBudgetUsd > 0 ? Math.round((cost / monthlyBudgetUsd) * 10_000) / 10_000 : 0,
    });
  }
  return figures;
}

export interface OrganizationHealth {
  organizationId: string;
  name: string;
  /** This organization's AI calls and cost; AI_MONTHLY_BUDGET_USD is per organization. */
  ai: AiFigures;
}

/**
 * What a signed-in owner may see: the AI figures of the organizations they
 * own. `claims` are the verified JWT claims (session id or identity-provider
 * subject), resolved the same way the API's policies resolve them.
 */
export async function ownerHealth(
  pool: pg.Pool,
  claims: { sessionId?: string; authSubject?: string },
  options: { aiMonthlyBudgetUsd: number },
): Promise<OrganizationHealth[]> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      "select set_config('statement_timeout', '2000', true), set_config('jwt.claims.session_id', $1, true), set_config('jwt.claims.auth_subject', $2, true)",
      [claims.sessionId ?? "", claims.authSubject ?? ""],
    );
    const { rows } = await client.query<{ id: string; name: string }>(
      `select o.id, o.name from app_public.organizations o
        where o.id = any(app_private.organization_ids_with_role('{owner}')) order by o.name`,
    );
    const figures = rows.length
      ? await aiFigures(
          client,
          rows.map((row) => row.id),
          options.aiMonthlyBudgetUsd,
        )
      : new Map();
    await client.query("commit");
    return rows.map((row) => ({ organizationId: row.id, name: row.name, ai: figures.get(row.id) as AiFigures }));
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
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
          (select count(*)::int from graphile_worker.jobs where attempts >= max_attempts) as failed,
          (select count(*)::int from app_public.agent_runs
            -- ("in" lets the planner use the partial index of active runs)
            where status in ('queued', 'running') and status = 'running' and deadline_at < now()) as overdue`)
      .catch(() => null);
    if (worker) {
      const row = worker.rows[0];
      report.worker = {
        lastHeartbeatAgeSeconds: row.age === null ? null : Math.round(row.age),
        queueDepth: row.depth,
        failedJobs: row.failed,
        runsPastDeadline: row.overdue,
      };
    }

    report.ai = (await aiFigures(client, null, options.aiMonthlyBudgetUsd)).get(null) ?? null;
    if (!report.ai) throw new Error("AI figures missing");
    if (
      !report.migrations.upToDate ||
      report.ai.errorRateAlert ||
      report.ai.budgetUsedRatio >= 1 ||
      (report.worker?.runsPastDeadline ?? 0) > 0
    ) {
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
