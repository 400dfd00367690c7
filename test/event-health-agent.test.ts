// The Event Health agent on the real worker (issue 18): the crontab fires at
// 07:00 America/Bogota (graphile-worker's own crontab parsing, every minute
// of a week), a day missed while no worker ran is caught up by the
// crontab's backfill with the day it was due (two workers starting at once
// still run it once), the summary from the local provider and from an
// OpenAI-compatible model (logged with tokens and cost, salvaged when it can
// be), and a failed summary that leaves the report and its checks as they are.
import { parseCrontab } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { clip, localSummary, SUMMARY_MAX } from "../tasks/agents/event-health.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import { costUsd } from "../tasks/ai/pricing.ts";
import { crontab } from "../tasks/index.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  clearUnfinishedRuns,
  eventually,
  fakeLlmConfig,
  logsOf,
  MODEL,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { DEFAULT_USAGE, type FakeLlm, llm, startFakeLlm } from "./helpers/fake-llm.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let workers: Worker[] = [];
let organizationId: string;
let eventId: string;

const BOGOTA_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "America/Bogota",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db);
  fake = await startFakeLlm({ defaultBehaviour: llm.raw(() => ({ summary: "Todo en orden." })) });
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     select o.id, 'Noche de Asfalto', 'noche-de-asfalto', now() + interval '9 days', now() + interval '9 days 3 hours', 'published'
       from app_public.organizations o where o.slug = 'moda-bogota'
     returning id, organization_id`,
  );
  eventId = rows[0].id;
  organizationId = rows[0].organization_id;
  await db.owner.query(
    "insert into app_public.casting_briefs (event_id, title, models_needed) values ($1, 'Asfalto', 4)",
    [eventId],
  );
  await db.owner.query("update app_private.agent_limits set per_user_limit = 1000");
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  await clearUnfinishedRuns(db);
  fake.reset();
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await fake?.close();
  await api?.close();
  await db?.drop();
});

const minuteDigest = (ts: Date) => ({
  min: ts.getUTCMinutes(),
  hour: ts.getUTCHours(),
  date: ts.getUTCDate(),
  month: ts.getUTCMonth() + 1,
  dow: ts.getUTCDay(),
});

describe("the crontab", () => {
  const item = parseCrontab(crontab).find((i) => i.task === "event_health_daily");

  it("fires event_health_daily once a day, at 07:00 in Bogotá (12:00 UTC), every minute of a week checked", () => {
    expect(item).toBeDefined();
    const fired: Date[] = [];
    const start = Date.UTC(2026, 11, 28, 0, 0); // a week across the new year
    for (let m = 0; m < 7 * 24 * 60; m++) {
      const ts = new Date(start + m * 60_000);
      if (item?.match(minuteDigest(ts))) fired.push(ts);
    }
    expect(fired.map((ts) => ts.toISOString())).toEqual(
      Array.from({ length: 7 }, (_, d) => new Date(start + d * 86_400_000 + 12 * 3_600_000).toISOString()),
    );
    expect(new Set(fired.map((ts) => BOGOTA_TIME.format(ts)))).toEqual(new Set(["07:00"]));
  });

  it("backfills a missed day, retries three times, and keys its job so re-schedulings collapse", () => {
    expect(item?.options).toMatchObject({
      backfillPeriod: 24 * 3_600_000,
      maxAttempts: 3,
      jobKey: "event_health_daily",
    });
  });
});

/** The last 12:00 UTC before now, and its date in Bogotá. */
function lastDue(): { ts: Date; bogotaDate: string } {
  const now = new Date();
  const ts = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12, 0));
  if (ts > now) ts.setUTCDate(ts.getUTCDate() - 1);
  const bogotaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(ts);
  return { ts, bogotaDate };
}

interface ReportRow {
  id: string;
  report_date: string;
  status: string;
  computations: number;
  summary: string | null;
  summary_model: string | null;
  summary_run_id: string | null;
  checks: { key: string; severity: string; title: string }[];
}

async function reportsOf(id: string): Promise<ReportRow[]> {
  const { rows } = await db.owner.query<ReportRow>(
    `select id, report_date::text, status, computations, summary, summary_model, summary_run_id, checks
       from app_public.event_health_reports where event_id = $1 order by report_date`,
    [id],
  );
  return rows;
}

describe("the daily run on the worker", () => {
  it("catches up a day missed while no worker ran, once, with two workers starting together", async () => {
    // The worker last ran the crontab three days ago; the backfill window is one day.
    await db.owner.query(
      `insert into graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
       values ('event_health_daily', now() - interval '3 days', now() - interval '3 days')
       on conflict (identifier) do update set last_execution = excluded.last_execution`,
    );
    const config = loadAiConfig({});
    expect(config.provider).toBe("local");
    workers = await Promise.all([startTestWorker(db, config), startTestWorker(db, config)]);
    const { bogotaDate } = lastDue();
    const [report] = await eventually(
      "the backfilled report with its local summary",
      async () => {
        const reports = await reportsOf(eventId);
        return reports.length && reports[0]?.summary ? reports : undefined;
      },
      { timeoutMs: 30_000, describe: () => reportsOf(eventId) },
    );
    expect(report).toMatchObject({ report_date: bogotaDate, computations: 1, status: "red", summary_model: "local" });
    expect(report?.summary).toBe(localSummary({ checks: report?.checks ?? [] } as never));
    expect(report?.summary).toMatch(/^Proveedor local \(sin IA\): Faltan 4 modelos para «Asfalto»/);
    // One daily job ran, for the instant that was due (the demo's upcoming events were checked with it).
    const { rows } = await db.owner.query(
      "select max(computations)::int as most, count(distinct report_date)::int as days from app_public.event_health_reports",
    );
    expect(rows[0]).toEqual({ most: 1, days: 1 });
    const { rows: known } = await db.owner.query(
      "select last_execution from graphile_worker._private_known_crontabs where identifier = 'event_health_daily'",
    );
    expect(new Date(known[0].last_execution).getTime()).toBeGreaterThanOrEqual(lastDue().ts.getTime());
    const logs = await logsOf(db, report?.summary_run_id ?? "");
    expect(logs).toMatchObject([{ model: "local", success: true, agent_type: "event_health", event_id: eventId }]);
  });
});

const REQUEST = `mutation Health($eventId: UUID!) {
  requestEventHealth(input: { eventId: $eventId }) { result { rowId status reportDate summaryRunId } }
}`;

describe("requestEventHealth and the summary from a model", () => {
  let producer: string;
  beforeAll(async () => {
    producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
  });

  async function request(): Promise<{ rowId: string; status: string; summaryRunId: string }> {
    const { body } = await api.graphql(REQUEST, { eventId }, { token: producer });
    expect(body.errors).toBeUndefined();
    return body.data?.requestEventHealth?.result;
  }

  /** Makes the next request compute new checks (so a new summary is asked for). */
  async function changeSomething(budget: number) {
    await db.owner.query(
      `insert into app_public.event_budgets (event_id, budget_cop) values ($1, $2)
       on conflict (event_id) do update set budget_cop = excluded.budget_cop`,
      [eventId, budget],
    );
  }

  it("stores the model's es-CO summary, logged with tokens, latency and cost", async () => {
    await changeSomething(10_000_000);
    const text = "Faltan 4 modelos para Asfalto y el sonido no está confirmado: prioriza el casting esta semana.";
    fake.enqueue(llm.raw(() => ({ summary: text })));
    workers = [await startTestWorker(db, fakeLlmConfig(fake.url))];
    const result = await request();
    expect(result.status).toBe("red");
    const run = await waitForRun(db, result.summaryRunId);
    expect(run.status).toBe("succeeded");
    const [report] = (await reportsOf(eventId)).slice(-1);
    expect(report).toMatchObject({ summary: text, summary_model: MODEL });
    const [log] = await logsOf(db, result.summaryRunId);
    expect(log).toMatchObject({
      agent_type: "event_health",
      organization_id: organizationId,
      model: MODEL,
      prompt_tokens: DEFAULT_USAGE.prompt_tokens,
      completion_tokens: DEFAULT_USAGE.completion_tokens,
      success: true,
      cost_usd: costUsd(MODEL, DEFAULT_USAGE.prompt_tokens, DEFAULT_USAGE.completion_tokens),
    });
    expect(log?.latency_ms).toBeGreaterThanOrEqual(0);
    // The model saw the checks, in Spanish, and no ids.
    const sent = JSON.stringify(fake.requests.at(-1)?.body.messages);
    expect(sent).toContain("Faltan 4 modelos para «Asfalto»");
    expect(sent).not.toContain(eventId);
  });

  it("salvages a summary under another name and too long, without another call", async () => {
    await changeSomething(11_000_000);
    const long = `Resumen: ${"el sonido no está confirmado y faltan modelos; ".repeat(30)}`;
    fake.enqueue(llm.raw(() => ({ resumen: long })));
    workers = [await startTestWorker(db, fakeLlmConfig(fake.url))];
    const result = await request();
    const run = await waitForRun(db, result.summaryRunId);
    expect(run.status).toBe("succeeded");
    const [report] = (await reportsOf(eventId)).slice(-1);
    expect(report?.summary).toBe(clip(long, SUMMARY_MAX));
    expect(report?.summary?.length).toBeLessThanOrEqual(SUMMARY_MAX);
    const logs = await logsOf(db, result.summaryRunId);
    expect(logs).toHaveLength(1);
    expect(logs[0]?.salvaged).toEqual([
      'read the summary from "resumen"',
      `cut the summary from ${long.trim().replace(/\s+/g, " ").length} to ${SUMMARY_MAX} characters`,
    ]);
  });

  it("a failed summary leaves the report, its traffic light and its checks as they are", async () => {
    await changeSomething(12_000_000);
    fake.enqueue(llm.paymentRequired());
    workers = [await startTestWorker(db, fakeLlmConfig(fake.url))];
    const before = await request();
    const run = await waitForRun(db, before.summaryRunId);
    expect(run).toMatchObject({ status: "failed", error_code: "AI_CREDITS_EXHAUSTED" });
    const [report] = (await reportsOf(eventId)).slice(-1);
    expect(report?.summary).toBeNull();
    expect(report?.status).toBe("red");
    expect(report?.checks.find((c) => c.key.startsWith("casting:"))).toMatchObject({ severity: "red" });
  });
});
