// Provider failures, through the real API, the real graphile-worker runner
// and a fake LLM over HTTP: 429 waited out in process (honouring
// Retry-After), 402/401 final at once, 5xx and timeouts retried by
// graphile-worker (up to 3 attempts), each call logged.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { AiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  eventually,
  fakeLlmConfig,
  jobGone,
  jobOf,
  type LogRow,
  logsOf,
  MODEL,
  pullRetryForward,
  requestCastingOk,
  runRow,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { allowManyAgentRequests, mainBrief, startCastingSetup, stopCastingSetup } from "./helpers/casting.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type Behaviour, type FakeLlm, llm, type RecordedRequest } from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let casting: string;
let briefId: string;

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup());
  casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  briefId = (await mainBrief(db)).id;
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

async function start(behaviours: Behaviour[], config: Partial<AiConfig> = {}, fallback?: Behaviour) {
  fake.enqueue(...behaviours);
  if (fallback) fake.setDefault(fallback);
  worker = await startTestWorker(db, fakeLlmConfig(fake.url, config));
  return requestCastingOk(api, casting, briefId);
}

/** A failed call: logged with no tokens and no cost. */
function expectFailedCall(log: LogRow | undefined, code: string) {
  expect(log).toMatchObject({
    operation: "generate",
    model: MODEL,
    success: false,
    prompt_tokens: 0,
    completion_tokens: 0,
    cost_usd: 0,
  });
  expect(log?.error_message).toMatch(new RegExp(`^${code}: `));
  expect(log?.latency_ms).toBeGreaterThanOrEqual(0);
}

function expectBilledCall(log: LogRow | undefined) {
  expect(log).toMatchObject({ operation: "generate", model: MODEL, success: true, error_message: null });
  expect(log?.prompt_tokens).toBeGreaterThan(0);
  expect(log?.cost_usd).toBeGreaterThan(0);
  expect(log?.latency_ms).toBeGreaterThanOrEqual(0);
}

describe("HTTP 429", () => {
  it("waits out Retry-After in process, then succeeds on the same attempt", async () => {
    const runId = await start([llm.rateLimited({ retryAfter: 1 }), llm.good()]);
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 1 });
    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests as [RecordedRequest, RecordedRequest];
    // Retry-After: 1 → the second request comes at least a second later (timer granularity aside).
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(990);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(2);
    expectFailedCall(logs[0], "RATE_LIMITED");
    expectBilledCall(logs[1]);
    expect((await castingsOf(db, runId)).length).toBeGreaterThan(0);
  });

  it("fails with the code RATE_LIMITED (no text: the client translates it) when the provider keeps answering 429", async () => {
    const runId = await start([], { rateLimitRetries: 2 }, llm.rateLimited({ retryAfterMs: 50 }));
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({
      status: "failed",
      error_code: "RATE_LIMITED",
      error_message: null,
      attempts: 1,
    });
    // The first call and two retries, then it gives up; graphile-worker does not retry it.
    expect(fake.requests).toHaveLength(3);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(3);
    for (const log of logs) expectFailedCall(log, "RATE_LIMITED");
    expect(await castingsOf(db, runId)).toEqual([]);
    expect(await jobGone(db, runId)).toBeUndefined();
  });

  it("gives up at once when Retry-After is longer than it waits in process (maxRetryAfterMs)", async () => {
    const runId = await start([], { rateLimitRetries: 2, maxRetryAfterMs: 500 }, llm.rateLimited({ retryAfter: 120 }));
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "failed", error_code: "RATE_LIMITED", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(1);
    expectFailedCall(logs[0], "RATE_LIMITED");
  });
});

describe("final provider errors", () => {
  it.each([
    { status: 402, behaviour: llm.paymentRequired, code: "AI_CREDITS_EXHAUSTED" as const },
    { status: 401, behaviour: llm.unauthorized, code: "AI_AUTH_FAILED" as const },
  ])("HTTP $status fails with $code at once, after one call", async ({ behaviour, code }) => {
    const runId = await start([], {}, behaviour());
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({
      status: "failed",
      error_code: code,
      error_message: null,
      attempts: 1,
    });
    expect(fake.requests).toHaveLength(1);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(1);
    expectFailedCall(logs[0], code);
    expect(await castingsOf(db, runId)).toEqual([]);
    // Not left for graphile-worker to retry.
    expect(await jobGone(db, runId)).toBeUndefined();
  });
});

describe("transient provider errors", () => {
  it("HTTP 500 goes back to the queue and graphile-worker's retry succeeds (attempts 2)", async () => {
    const runId = await start([llm.serverError(), llm.good()]);
    // After the first attempt: queued again, with what went wrong, and the job rescheduled by graphile-worker.
    const job = await eventually(
      "the job to be rescheduled after the 500",
      async () => {
        const j = await jobOf(db, runId);
        return j && j.attempts === 1 && j.locked_at === null && j.last_error ? j : undefined;
      },
      { describe: async () => ({ run: await runRow(db, runId), job: await jobOf(db, runId) }) },
    );
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
    expect(job.last_error).toMatch(/AI provider failed \(500\)/);
    expect(await runRow(db, runId)).toMatchObject({
      status: "queued",
      error_code: "AI_UNAVAILABLE",
      error_message: null,
      attempts: 1,
    });

    expect(await pullRetryForward(db, runId)).toBe(true);
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "succeeded", error_code: null, error_message: null, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(2);
    expectFailedCall(logs[0], "AI_UNAVAILABLE");
    expectBilledCall(logs[1]);
    expect((await castingsOf(db, runId)).length).toBeGreaterThan(0);
    expect(await jobGone(db, runId)).toBeUndefined();
  });

  it("a response slower than the timeout is retried, then fails with AI_TIMEOUT after 3 attempts", async () => {
    const timeoutMs = 300;
    const runId = await start([], { timeoutMs }, llm.slow(3_000));
    const run = await waitForRun(db, runId, { pullRetriesForward: true, timeoutMs: 20_000 });
    expect(run).toMatchObject({
      status: "failed",
      error_code: "AI_TIMEOUT",
      error_message: null,
      attempts: 3,
    });
    expect(fake.requests).toHaveLength(3);
    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(3);
    for (const log of logs) {
      expectFailedCall(log, "AI_TIMEOUT");
      expect(log.latency_ms).toBeGreaterThanOrEqual(timeoutMs - 50);
      expect(log.latency_ms).toBeLessThan(3_000);
    }
    expect(await castingsOf(db, runId)).toEqual([]);
    // The last attempt marks the run failed and completes the job.
    expect(await jobGone(db, runId)).toBeUndefined();
  });
});
