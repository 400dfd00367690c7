// A worker process killed in the middle of a run: the standalone worker
// (`node tasks/main.ts`) runs in a child process while the fake LLM holds
// its response; it is SIGKILLed; a new worker releases the dead process's
// job (stale heartbeat) and graphile-worker retries it. The run completes
// once, with one run's worth of castings and no duplicates. Restarted at
// once (before the heartbeat is stale), the minute sweep from the crontab
// releases it. A run whose job is gone for good is failed by the sweep.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import type { Worker } from "../tasks/runner.ts";
import { sweep } from "../tasks/sweep.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  countRows,
  eventually,
  fakeLlmConfig,
  jobGone,
  jobOf,
  logsOf,
  MODEL,
  requestCastingOk,
  runRow,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { mainBrief, startCastingSetup, stopCastingSetup } from "./helpers/casting.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type FakeLlm, llm, type RecordedRequest, recommendationsFor } from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

const ROOT = PROJECT_ROOT;
const STALE_AFTER_SECONDS = 1;

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let child: ChildProcess | null = null;
let childOutput = "";

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup());
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = null;
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
  await db.owner.query("delete from app_private.worker_heartbeats");
  fake.reset();
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await worker?.stop();
  await stopCastingSetup({ db, api, fake });
});

function startChildWorker(staleAfterSeconds = STALE_AFTER_SECONDS): ChildProcess {
  const proc = spawn(process.execPath, ["tasks/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      WORKER_DATABASE_URL: db.settings.ownerUrl,
      AI_API_KEY: "test",
      AI_BASE_URL: fake.url,
      AI_MODEL: MODEL,
      // Longer than the test: the call is still in flight when the process is killed.
      AI_TIMEOUT_MS: "120000",
      WORKER_STALE_AFTER_SECONDS: String(staleAfterSeconds),
      WORKER_CONCURRENCY: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout?.on("data", (chunk) => {
    childOutput += chunk;
  });
  proc.stderr?.on("data", (chunk) => {
    childOutput += chunk;
  });
  return proc;
}

it("a worker killed mid-run: a new worker releases its job and the run completes once, without duplicates", async () => {
  const casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  const { rows } = await db.owner.query(
    `select b.id, b.event_id from app_public.casting_briefs b join app_public.organizations o on o.id = b.organization_id
      where o.slug = 'moda-bogota' and b.title = 'Pasarela principal'`,
  );
  const { id: briefId, event_id: eventId } = rows[0];
  const castingsBefore = await countRows(db.owner, "select 1 from app_public.model_castings where event_id = $1", [
    eventId,
  ]);

  // The standalone worker, in its own process; the fake LLM holds its call.
  fake.enqueue(llm.slow(120_000));
  child = startChildWorker();
  const childExit = new Promise<void>((resolve) => child?.once("exit", () => resolve()));
  const heartbeat = await eventually(
    "the child worker's heartbeat",
    async () => {
      const { rows: beats } = await db.owner.query<{ worker_id: string; graphile_worker_ids: string[] }>(
        "select worker_id, graphile_worker_ids from app_private.worker_heartbeats where cardinality(graphile_worker_ids) > 0",
      );
      return beats[0];
    },
    { timeoutMs: 20_000, describe: async () => ({ exitCode: child?.exitCode, output: childOutput.slice(-2000) }) },
  );

  const runId = await requestCastingOk(api, casting, briefId);
  await fake.waitForRequests(1, 20_000);
  expect(await runRow(db, runId)).toMatchObject({ status: "running", attempts: 1 });
  const locked = await jobOf(db, runId);
  expect(locked?.attempts).toBe(1);
  expect(heartbeat.graphile_worker_ids).toContain(locked?.locked_by);

  // Killed with the call in flight: nothing was written, the job stays locked by a dead worker.
  child.kill("SIGKILL");
  await childExit;
  expect(child.signalCode).toBe("SIGKILL");
  expect(await castingsOf(db, runId)).toEqual([]);
  expect(await runRow(db, runId)).toMatchObject({ status: "running", attempts: 1 });
  expect((await jobOf(db, runId))?.locked_by).toBe(locked?.locked_by);

  // Its heartbeat goes stale; a new worker starting up releases the dead process's job.
  await eventually(
    "the dead worker's heartbeat to go stale",
    async () => {
      const { rows: stale } = await db.owner.query(
        "select 1 from app_private.worker_heartbeats where worker_id = $1 and last_seen_at < now() - make_interval(secs => $2)",
        [heartbeat.worker_id, STALE_AFTER_SECONDS],
      );
      return stale.length ? true : undefined;
    },
    { timeoutMs: 10_000 },
  );
  worker = await startTestWorker(db, fakeLlmConfig(fake.url), STALE_AFTER_SECONDS);
  expect(
    await countRows(db.owner, "select 1 from app_private.worker_heartbeats where worker_id = $1", [
      heartbeat.worker_id,
    ]),
  ).toBe(0);

  const run = await waitForRun(db, runId);
  expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 2 });
  expect(await jobGone(db, runId)).toBeUndefined();
  expect(fake.requests).toHaveLength(2);

  // One run's worth of castings, each person once.
  const recommended = recommendationsFor(fake.requests[1] as RecordedRequest);
  const castings = await castingsOf(db, runId);
  expect(castings.map((c) => c.talent_id).sort()).toEqual(recommended.map((r) => r.talent_id).sort());
  expect(new Set(castings.map((c) => c.talent_id)).size).toBe(castings.length);
  expect(await countRows(db.owner, "select 1 from app_public.model_castings where event_id = $1", [eventId])).toBe(
    castingsBefore + recommended.length,
  );
  expect(
    await countRows(
      db.owner,
      "select talent_id from app_public.model_castings where event_id = $1 group by talent_id having count(*) > 1",
      [eventId],
    ),
  ).toBe(0);
  // The killed call never answered, so only the retry's call is logged.
  const logs = await logsOf(db, runId);
  expect(logs.map((l) => [l.operation, l.success])).toEqual([["generate", true]]);

  // The same job delivered again (e.g. a second release) finds the run finished and does nothing.
  await db.owner.query("select graphile_worker.add_job('model_casting', json_build_object('agentRunId', $1::text))", [
    runId,
  ]);
  await eventually("the duplicate job to be done", async () =>
    // The casting runs' jobs only: the demo data also leaves outbox messages queued (some for after quiet hours).
    (await countRows(
      db.owner,
      "select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'model_casting'",
    )) === 0
      ? true
      : undefined,
  );
  expect(fake.requests).toHaveLength(2);
  expect(await runRow(db, runId)).toMatchObject({ status: "succeeded", attempts: 2 });
  expect(await castingsOf(db, runId)).toHaveLength(recommended.length);
});

/** The brief used here, its event and how many castings the event has. */

async function childHeartbeat() {
  return eventually(
    "the child worker's heartbeat",
    async () => {
      const { rows: beats } = await db.owner.query<{ worker_id: string; graphile_worker_ids: string[] }>(
        "select worker_id, graphile_worker_ids from app_private.worker_heartbeats where cardinality(graphile_worker_ids) > 0",
      );
      return beats[0];
    },
    { timeoutMs: 20_000, describe: async () => ({ exitCode: child?.exitCode, output: childOutput.slice(-2000) }) },
  );
}

const RESTART_STALE_SECONDS = 2;

it("a worker killed and restarted at once: the minute sweep releases the job and the run finishes once, within the stale threshold plus a minute", {
  timeout: 120_000,
}, async () => {
  const casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  const { id: briefId, eventId } = await mainBrief(db);
  const castingsBefore = await countRows(db.owner, "select 1 from app_public.model_castings where event_id = $1", [
    eventId,
  ]);
  fake.enqueue(llm.slow(120_000));
  child = startChildWorker(RESTART_STALE_SECONDS);
  const childExit = new Promise<void>((resolve) => child?.once("exit", () => resolve()));
  const heartbeat = await childHeartbeat();
  const runId = await requestCastingOk(api, casting, briefId);
  await fake.waitForRequests(1, 20_000);
  const locked = await jobOf(db, runId);
  expect(heartbeat.graphile_worker_ids).toContain(locked?.locked_by);

  // Killed, and a new worker started at once: the dead heartbeat is fresh, so start-up releases nothing.
  child.kill("SIGKILL");
  await childExit;
  const killedAt = Date.now();
  worker = await startTestWorker(db, fakeLlmConfig(fake.url), RESTART_STALE_SECONDS);
  expect((await jobOf(db, runId))?.locked_by).toBe(locked?.locked_by);
  expect(await runRow(db, runId)).toMatchObject({ status: "running", attempts: 1 });

  // The crontab's sweep (every minute) finds the heartbeat stale and releases the job.
  const run = await waitForRun(db, runId, { timeoutMs: (RESTART_STALE_SECONDS + 60 + 15) * 1000 });
  expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 2 });
  expect((run.finished_at as Date).getTime() - killedAt).toBeLessThanOrEqual((RESTART_STALE_SECONDS + 60 + 15) * 1000);
  expect(fake.requests).toHaveLength(2);
  expect(
    await countRows(db.owner, "select 1 from app_private.worker_heartbeats where worker_id = $1", [
      heartbeat.worker_id,
    ]),
  ).toBe(0);
  const recommended = recommendationsFor(fake.requests[1] as RecordedRequest);
  expect((await castingsOf(db, runId)).map((c) => c.talent_id).sort()).toEqual(
    recommended.map((r) => r.talent_id).sort(),
  );
  expect(await countRows(db.owner, "select 1 from app_public.model_castings where event_id = $1", [eventId])).toBe(
    castingsBefore + recommended.length,
  );
});

it("the sweep fails a run whose job has no attempt left (its worker died during the last one)", async () => {
  const casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  const { id: briefId } = await mainBrief(db);
  const runId = await requestCastingOk(api, casting, briefId);
  // As a worker process killed during the last attempt leaves things: the run running, the job locked by
  // a pool whose heartbeat stopped, no attempts left.
  const deadPool = `pool-${randomUUID()}`;
  await db.owner.query(
    `insert into app_private.worker_heartbeats (worker_id, last_seen_at, graphile_worker_ids)
     values ('dead-host:1:abc', now() - interval '1 hour', array[$1])`,
    [deadPool],
  );
  await db.owner.query(
    `update graphile_worker._private_jobs set attempts = max_attempts, locked_at = now(), locked_by = $2 where key = $1`,
    [`agent_run:${runId}`, deadPool],
  );
  await db.owner.query("update app_public.agent_runs set status = 'running', attempts = 3 where id = $1", [runId]);

  // A live process's heartbeat is not touched; the dead one's jobs are released, and the run failed.
  await db.owner.query(
    "insert into app_private.worker_heartbeats (worker_id, last_seen_at, graphile_worker_ids) values ('live-host:2:def', now(), '{pool-live}')",
  );
  const result = await sweep(db.owner, 60, 0);
  expect(result).toEqual({ releasedWorkers: [deadPool], failedRuns: [runId] });
  expect(await runRow(db, runId)).toMatchObject({ status: "failed", error_code: "INTERNAL_ERROR" });
  expect((await jobOf(db, runId))?.locked_by).toBeNull();
  expect(
    (await db.owner.query("select worker_id from app_private.worker_heartbeats order by worker_id")).rows.map(
      (r) => r.worker_id,
    ),
  ).toEqual(["live-host:2:def"]);
  // Nothing else to do the next time.
  expect(await sweep(db.owner, 60, 0)).toEqual({ releasedWorkers: [], failedRuns: [] });
});
