// The worker's process model, with the real runner, real Postgres, the real
// API and a local OpenAI-compatible server: model calls hold no database
// connection (more calls in flight than the pool has connections), a run
// delivered twice at once is persisted once, the deadline a running attempt
// gets and /health's report of runs past it, and the settings' validation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { AiConfigError, loadAiConfig, runDeadlineSeconds } from "../tasks/ai/config.ts";
import { loadWorkerSettings, startWorker, type Worker } from "../tasks/runner.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  countRows,
  eventually,
  fakeLlmConfig,
  logsOf,
  requestCastingOk,
  runRow,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { allowManyAgentRequests, startCastingSetup, stopCastingSetup } from "./helpers/casting.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type FakeLlm, llm } from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let casting: string;
let organizationId: string;
const HEALTH_TOKEN = "health-token-for-the-agent-worker-test-0123456789";

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup({ serverEnv: { HEALTH_TOKEN } }));
  casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  const { rows } = await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'");
  organizationId = rows[0].id;
  await allowManyAgentRequests(db);
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await stopCastingSetup({ db, api, fake });
});

/** `count` new briefs, each on its own show of Moda Bogotá. */
async function newBriefs(count: number, tag: string): Promise<string[]> {
  const { rows } = await db.owner.query<{ id: string }>(
    `with shows as (
       insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
       select $1, 'Show ' || g, 'worker-test-' || $3 || '-' || g, now() + make_interval(days => 30 + g),
              now() + make_interval(days => 30 + g, hours => 3), 'draft'
         from generate_series(1, $2) g
       returning id
     )
     insert into app_public.casting_briefs (event_id, title, models_needed, divisions, cities)
     select id, 'Casting', 3, '{women}', '{}' from shows
     returning id`,
    [organizationId, count, tag],
  );
  return rows.map((r) => r.id);
}

function held() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { gate, release };
}

describe("process model", () => {
  it("a model call holds no database connection: 8 calls in flight on a pool of 3", async () => {
    const { gate, release } = held();
    fake.setDefault(async (request) => {
      await gate;
      return llm.good()(request);
    });
    worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger: makeLogger("silent"),
      pollIntervalMs: 100,
      concurrency: 8,
      poolSize: 3,
      tasks: { config: fakeLlmConfig(fake.url) },
    });
    const runs = await Promise.all((await newBriefs(8, "pool")).map((id) => requestCastingOk(api, casting, id)));
    await fake.waitForRequests(8, 20_000);
    expect(
      await countRows(db.owner, "select 1 from app_public.agent_runs where id = any($1) and status = 'running'", [
        runs,
      ]),
    ).toBe(8);
    release();
    for (const id of runs) expect((await waitForRun(db, id)).status).toBe("succeeded");
    expect(fake.requests).toHaveLength(8);
  });

  it("a run delivered twice at once is persisted once", async () => {
    const { gate, release } = held();
    fake.setDefault(async (request) => {
      await gate;
      return llm.good()(request);
    });
    worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger: makeLogger("silent"),
      pollIntervalMs: 100,
      concurrency: 4,
      tasks: { config: fakeLlmConfig(fake.url) },
    });
    const [briefId] = await newBriefs(1, "twice");
    const runId = await requestCastingOk(api, casting, briefId as string);
    await fake.waitForRequests(1);
    // The same run again, as a released job of a worker presumed dead would deliver it.
    await db.owner.query("select graphile_worker.add_job('model_casting', json_build_object('agentRunId', $1::text))", [
      runId,
    ]);
    await fake.waitForRequests(2);
    release();
    await eventually("both deliveries to finish", async () =>
      // The casting runs' jobs only: the demo data also leaves outbox messages queued (some for after quiet hours).
      (await countRows(
        db.owner,
        "select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'model_casting'",
      )) === 0
        ? true
        : undefined,
    );
    expect(await runRow(db, runId)).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(await castingsOf(db, runId)).toHaveLength(3);
    const logs = await logsOf(db, runId);
    expect(logs.map((l) => l.success)).toEqual([true, true]);
    expect(logs.map((l) => l.error_message).sort()).toEqual([
      "answer not stored: the run was no longer running (cancelled, or finished by another worker)",
      null,
    ]);
  });
});

describe("deadlines", () => {
  it("a running attempt gets a deadline from the AI settings; /health reports runs running past theirs", async () => {
    const config = fakeLlmConfig(fake.url);
    const { gate, release } = held();
    fake.enqueue(async (request) => {
      await gate;
      return llm.good()(request);
    });
    worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger: makeLogger("silent"),
      pollIntervalMs: 100,
      concurrency: 2,
      tasks: { config },
    });
    const [briefId] = await newBriefs(1, "deadline");
    const runId = await requestCastingOk(api, casting, briefId as string);
    await fake.waitForRequests(1);
    const { rows } = await db.owner.query(
      "select extract(epoch from deadline_at - now())::float as left from app_public.agent_runs where id = $1",
      [runId],
    );
    expect(rows[0].left).toBeGreaterThan(runDeadlineSeconds(config) - 30);
    expect(rows[0].left).toBeLessThanOrEqual(runDeadlineSeconds(config));

    // The operator's view of /health (the whole report).
    const health = async () =>
      (await fetch(`${api.url}/health`, { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } })).json();
    expect((await health()).worker.runsPastDeadline).toBe(0);
    // As a stuck attempt looks once its deadline has passed.
    await db.owner.query("update app_public.agent_runs set deadline_at = now() - interval '1 minute' where id = $1", [
      runId,
    ]);
    const report = await health();
    expect(report.worker.runsPastDeadline).toBe(1);
    expect(report.status).toBe("degraded");
    release();
    expect((await waitForRun(db, runId)).status).toBe("succeeded");
    expect((await health()).worker.runsPastDeadline).toBe(0);
  });

  it("the default deadline covers every timeout, Retry-After and the repair turn, plus a minute", () => {
    // 2 turns × (3 calls × 30 s + 2 × 60 s Retry-After) + 60 s.
    expect(runDeadlineSeconds(loadAiConfig({}))).toBe(480);
  });
});

describe("settings", () => {
  it("defaults: 128 jobs in flight per process on a 20-connection pool, dead after 120 s without a heartbeat", () => {
    expect(loadWorkerSettings({})).toEqual({ concurrency: 128, poolSize: 20, staleAfterSeconds: 120 });
    expect(loadWorkerSettings({ WORKER_CONCURRENCY: "5", WORKER_POOL_SIZE: "4" })).toMatchObject({
      concurrency: 5,
      poolSize: 4,
    });
  });

  it("refuses bad values by name instead of guessing", () => {
    expect(() => loadWorkerSettings({ WORKER_CONCURRENCY: "many" })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => loadWorkerSettings({ WORKER_POOL_SIZE: "1" })).toThrow(/WORKER_POOL_SIZE/);
    expect(() => loadAiConfig({ AI_OUTPUT_MODE: "xml" })).toThrow(AiConfigError);
    expect(() => loadAiConfig({ AI_TIMEOUT_MS: "-5" })).toThrow(/AI_TIMEOUT_MS/);
    expect(loadAiConfig({ AI_OUTPUT_MODE: "TOOL" }).outputMode).toBe("tool");
    expect(loadAiConfig({}).maxRunningPerOrganization).toBeNull();
    expect(loadAiConfig({ AI_MAX_RUNNING_PER_ORGANIZATION: "16" }).maxRunningPerOrganization).toBe(16);
  });
});
