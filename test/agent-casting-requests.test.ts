// Requesting and cancelling Model Casting runs through the real API: one
// active run per brief, the request limits, the monthly AI budget, who may
// ask, and cancellation. The real graphile-worker runner and a fake LLM over
// HTTP do the work when a test needs it; without a worker runs stay queued.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  countRows,
  eventually,
  fakeLlmConfig,
  jobGone,
  jobOf,
  logsOf,
  requestCasting,
  requestCastingOk,
  runRow,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { mainBrief, startCastingSetup, stopCastingSetup } from "./helpers/casting.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type FakeLlm, llm } from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
const tokens: Record<string, string> = {};
let organizationId: string;
let briefId: string;

const CANCEL = `mutation Cancel($id: UUID!) {
  cancelAgentRun(input: { id: $id }) { result { rowId status errorCode errorMessage finishedAt } }
}`;

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup());
  for (const [name, email] of [
    ["casting", "casting@bogota.fashionos.test"],
    ["producer", "producer@bogota.fashionos.test"],
    ["admin", "admin@bogota.fashionos.test"],
    ["viewer", "viewer@bogota.fashionos.test"],
    ["owner", "owner@bogota.fashionos.test"],
    ["medellin", "casting@medellin.fashionos.test"],
  ] as const) {
    tokens[name] = await api.login(email, DEMO_PASSWORD);
  }
  ({ id: briefId, organizationId } = await mainBrief(db));
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
  await db.owner.query("update app_private.agent_limits set per_user_limit = 1000, per_organization_limit = 200");
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await stopCastingSetup({ db, api, fake });
});

const token = (name: string) => tokens[name] as string;

/** Everything a request could write: runs and their jobs. */
async function written() {
  return {
    runs: await countRows(db.owner, "select 1 from app_public.agent_runs"),
    jobs: await countRows(db.owner, "select 1 from graphile_worker._private_jobs where key like 'agent_run:%'"),
  };
}

describe("one active run per brief", () => {
  it("a second request while the run is queued returns the same run and enqueues no second job", async () => {
    const first = await requestCasting(api, token("casting"), briefId);
    expect(first).toMatchObject({ status: "queued" });
    const before = await written();
    const again = await requestCasting(api, token("casting"), briefId);
    const fromProducer = await requestCasting(api, token("producer"), briefId);
    expect(again).toEqual(first);
    expect(fromProducer).toEqual(first);
    expect(await written()).toEqual(before);
    expect(await jobOf(db, first.runId as string)).toMatchObject({ attempts: 0, max_attempts: 3 });
  });

  it("a second request while the run is running returns the same run; the run completes once", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.enqueue(async (request) => {
      await held;
      return llm.good()(request);
    });
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const runId = await requestCastingOk(api, token("casting"), briefId);
    await fake.waitForRequests(1);
    expect((await runRow(db, runId))?.status).toBe("running");
    const before = await written();

    const again = await requestCasting(api, token("casting"), briefId);
    expect(again).toEqual({ runId, status: "running" });
    expect(await written()).toEqual(before);

    release();
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    expect(await logsOf(db, runId)).toHaveLength(1);
    expect(
      await countRows(db.owner, "select 1 from app_public.agent_runs where input ->> 'briefId' = $1", [briefId]),
    ).toBe(before.runs);
  });
});

describe("request limits", () => {
  it("over the per-user limit: RATE_LIMITED and nothing written", async () => {
    await db.owner.query("update app_private.agent_limits set per_user_limit = 2");
    // The admin has made no requests yet; two runs (cancelled so the brief is free again) use up the limit.
    for (let i = 0; i < 2; i++) {
      const runId = await requestCastingOk(api, token("admin"), briefId);
      const cancelled = await api.graphql(CANCEL, { id: runId }, { token: token("admin") });
      expect(cancelled.body.errors).toBeUndefined();
    }
    const before = await written();
    const third = await requestCasting(api, token("admin"), briefId);
    expect(third.errorCode).toBe("RATE_LIMITED");
    expect(third.message).toMatch(/limit of 2 agent requests/);
    expect(await written()).toEqual(before);
    // The limit is per person: the owner, who has asked for nothing yet, still may.
    expect((await requestCasting(api, token("owner"), briefId)).status).toBe("queued");
  });

  it("over the per-organization limit: RATE_LIMITED for everyone in it, nothing written", async () => {
    const runs = await countRows(db.owner, "select 1 from app_public.agent_runs where organization_id = $1", [
      organizationId,
    ]);
    await db.owner.query("update app_private.agent_limits set per_organization_limit = $1", [runs]);
    const before = await written();
    const outcome = await requestCasting(api, token("producer"), briefId);
    expect(outcome.errorCode).toBe("RATE_LIMITED");
    expect(outcome.message).toMatch(/Your organization has reached the limit/);
    expect(await written()).toEqual(before);
  });
});

describe("the monthly AI budget", () => {
  it("once this month's cost reaches the budget, a new run fails AI_BUDGET_EXCEEDED without calling the model", async () => {
    const { monthlyBudgetUsd } = loadAiConfig({});
    const inserted = await db.owner.query(
      `insert into app_public.ai_agent_logs (organization_id, agent_type, operation, model, cost_usd, success)
       values ($1, 'model_casting', 'generate', 'google/gemini-2.5-flash', $2, true),
              ($1, 'model_casting', 'generate', 'google/gemini-2.5-flash', $2, true)
       returning id`,
      [organizationId, monthlyBudgetUsd / 2],
    );
    try {
      worker = await startTestWorker(db, fakeLlmConfig(fake.url, { monthlyBudgetUsd }));
      const runId = await requestCastingOk(api, token("casting"), briefId);
      const run = await waitForRun(db, runId);
      expect(run).toMatchObject({
        status: "failed",
        error_code: "AI_BUDGET_EXCEEDED",
        error_message: null,
        attempts: 1,
      });
      expect(fake.requests).toHaveLength(0);
      expect(await logsOf(db, runId)).toEqual([]);
      expect(await castingsOf(db, runId)).toEqual([]);
      expect(await jobGone(db, runId)).toBeUndefined();
    } finally {
      await db.owner.query("delete from app_public.ai_agent_logs where id = any($1)", [inserted.rows.map((r) => r.id)]);
    }
  });

  it("last month's cost does not count", async () => {
    const { monthlyBudgetUsd } = loadAiConfig({});
    await db.owner.query(
      `insert into app_public.ai_agent_logs (organization_id, agent_type, operation, model, cost_usd, success, created_at)
       values ($1, 'model_casting', 'generate', 'google/gemini-2.5-flash', $2, true, date_trunc('month', now()) - interval '1 day')`,
      [organizationId, monthlyBudgetUsd * 2],
    );
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { monthlyBudgetUsd }));
    const runId = await requestCastingOk(api, token("casting"), briefId);
    expect((await waitForRun(db, runId)).status).toBe("succeeded");
    expect(fake.requests).toHaveLength(1);
  });
});

describe("the per-organization cap (AI_MAX_RUNNING_PER_ORGANIZATION)", () => {
  it("at cap 1 an organization's second run waits queued, freeing the slot, while another organization's runs", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.setDefault(async (request) => {
      await held;
      return llm.good()(request);
    });
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { maxRunningPerOrganization: 1 }), undefined, 4);
    const { rows } = await db.owner.query<{ id: string; slug: string; title: string }>(
      `select b.id, o.slug, b.title from app_public.casting_briefs b join app_public.organizations o on o.id = b.organization_id
        order by o.slug, b.title`,
    );
    const bogota = rows.filter((r) => r.slug === "moda-bogota").map((r) => r.id);
    const medellin = rows.find((r) => r.slug === "medellin-fashion")?.id as string;
    const first = await requestCastingOk(api, token("casting"), bogota[0] as string);
    const second = await requestCastingOk(api, token("casting"), bogota[1] as string);
    const other = await requestCastingOk(api, token("medellin"), medellin);

    // Two calls in flight (one per organization), with free slots left: the cap, not the pool, holds the second.
    await fake.waitForRequests(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.requests).toHaveLength(2);
    const statuses = async () =>
      Object.fromEntries(
        await Promise.all([first, second, other].map(async (id) => [id, (await runRow(db, id))?.status] as const)),
      );
    const during = await statuses();
    expect(during[other]).toBe("running");
    expect([during[first], during[second]].sort()).toEqual(["queued", "running"]);

    release();
    for (const id of [first, second, other]) expect((await waitForRun(db, id)).status).toBe("succeeded");
    expect(fake.requests).toHaveLength(3);
    // Each run claimed once: a deferral is not an attempt.
    for (const id of [first, second, other]) expect((await runRow(db, id))?.attempts).toBe(1);
  });
});

describe("who may ask", () => {
  it("someone from another organization gets NOT_FOUND, and nothing is written", async () => {
    const before = await written();
    const outcome = await requestCasting(api, token("medellin"), briefId);
    expect(outcome.errorCode).toBe("NOT_FOUND");
    expect(await written()).toEqual(before);
  });

  it("a viewer of the organization gets FORBIDDEN, and nothing is written", async () => {
    const before = await written();
    const outcome = await requestCasting(api, token("viewer"), briefId);
    expect(outcome.errorCode).toBe("FORBIDDEN");
    expect(await written()).toEqual(before);
  });

  it("signed out: refused (the anonymous role may not execute it), and nothing is written", async () => {
    const before = await written();
    const { body } = await api.graphql(
      "mutation($briefId: UUID!) { requestModelCasting(input: { briefId: $briefId }) { result { rowId } } }",
      { briefId },
    );
    // Not granted to the anonymous role, so the function's own LOGIN check never runs.
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(body.data?.requestModelCasting ?? null).toBeNull();
    expect(await written()).toEqual(before);
  });

  it("a brief that does not exist: NOT_FOUND", async () => {
    const outcome = await requestCasting(api, token("casting"), "00000000-0000-4000-8000-000000000000");
    expect(outcome.errorCode).toBe("NOT_FOUND");
  });
});

describe("cancelAgentRun", () => {
  it("cancels a queued run and removes its job; a worker started afterwards does nothing", async () => {
    const runId = await requestCastingOk(api, token("casting"), briefId);
    expect(await jobOf(db, runId)).toBeDefined();
    const { body } = await api.graphql(CANCEL, { id: runId }, { token: token("casting") });
    expect(body.errors).toBeUndefined();
    expect(body.data?.cancelAgentRun.result).toMatchObject({
      rowId: runId,
      status: "cancelled",
      errorCode: "CANCELLED",
      errorMessage: null,
    });
    expect(body.data?.cancelAgentRun.result.finishedAt).toEqual(expect.any(String));
    expect(await jobGone(db, runId)).toBeUndefined();

    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    // Another run goes through the same worker, so it has polled at least once since the cancel.
    const next = await requestCastingOk(api, token("casting"), briefId);
    expect(next).not.toBe(runId);
    expect((await waitForRun(db, next)).status).toBe("succeeded");
    expect(await runRow(db, runId)).toMatchObject({ status: "cancelled", attempts: 0 });
    expect(await logsOf(db, runId)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it("someone else's queued run: a viewer gets FORBIDDEN, an admin may cancel it", async () => {
    const runId = await requestCastingOk(api, token("casting"), briefId);
    const denied = await api.graphql(CANCEL, { id: runId }, { token: token("viewer") });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await api.graphql(CANCEL, { id: runId }, { token: token("medellin") });
    expect(other.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await runRow(db, runId))?.status).toBe("queued");
    const allowed = await api.graphql(CANCEL, { id: runId }, { token: token("admin") });
    expect(allowed.body.data?.cancelAgentRun.result.status).toBe("cancelled");
  });

  it("cancels a running run: the worker, at its next step, stores nothing; the billed call is logged", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.enqueue(async (request) => {
      await held;
      return llm.good()(request);
    });
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const runId = await requestCastingOk(api, token("casting"), briefId);
    await fake.waitForRequests(1);
    expect(await runRow(db, runId)).toMatchObject({ status: "running", attempts: 1 });

    const { body } = await api.graphql(CANCEL, { id: runId }, { token: token("casting") });
    expect(body.errors).toBeUndefined();
    expect(body.data?.cancelAgentRun.result).toMatchObject({
      rowId: runId,
      status: "cancelled",
      errorCode: "CANCELLED",
    });
    // The locked job can no longer be retried.
    const job = await jobOf(db, runId);
    expect(job?.locked_at).toBeInstanceOf(Date);
    expect(job?.attempts).toBe(job?.max_attempts);

    // The model answers: nothing is stored, the run stays cancelled, the job is done.
    release();
    await eventually("the cancelled run's job to finish", async () => ((await jobOf(db, runId)) ? undefined : true));
    expect(await runRow(db, runId)).toMatchObject({ status: "cancelled", error_code: "CANCELLED", attempts: 1 });
    expect(await castingsOf(db, runId)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    const logs = await logsOf(db, runId);
    expect(logs.map((l) => [l.operation, l.success, l.error_message])).toEqual([
      ["generate", true, "answer not stored: the run was no longer running (cancelled, or finished by another worker)"],
    ]);
    expect(logs[0]?.prompt_tokens).toBeGreaterThan(0);

    // The brief is free: a new request makes a new run, which completes.
    const next = await requestCastingOk(api, token("casting"), briefId);
    expect(next).not.toBe(runId);
    expect((await waitForRun(db, next)).status).toBe("succeeded");
  });

  it("a run cancelled while the model answered badly gets no repair turn", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.enqueue(async (request) => {
      await held;
      return llm.nonJsonArguments()(request);
    });
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { outputMode: "tool" }));
    const runId = await requestCastingOk(api, token("casting"), briefId);
    await fake.waitForRequests(1);
    expect((await api.graphql(CANCEL, { id: runId }, { token: token("casting") })).body.errors).toBeUndefined();
    release();
    await eventually("the cancelled run's job to finish", async () => ((await jobOf(db, runId)) ? undefined : true));
    expect(fake.requests).toHaveLength(1);
    expect((await logsOf(db, runId)).map((l) => [l.operation, l.success])).toEqual([["generate", false]]);
    expect(await runRow(db, runId)).toMatchObject({ status: "cancelled" });
  });

  it("a succeeded run cannot be cancelled: CONFLICT, and it stays succeeded with its castings", async () => {
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const runId = await requestCastingOk(api, token("casting"), briefId);
    expect((await waitForRun(db, runId)).status).toBe("succeeded");
    const castings = (await castingsOf(db, runId)).length;
    const { body } = await api.graphql(CANCEL, { id: runId }, { token: token("casting") });
    expect(body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await runRow(db, runId)).toMatchObject({ status: "succeeded", error_code: null });
    expect(await castingsOf(db, runId)).toHaveLength(castings);
  });
});
