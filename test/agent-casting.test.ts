// The Model Casting agent end to end: the real GraphQL mutation on the real
// server, the real graphile-worker runner, real Postgres, and a fake LLM that
// speaks the OpenAI chat-completions protocol over HTTP. Here: a good answer
// (strict structured output by default, a forced tool call when configured),
// the answers nothing can be salvaged from (one repair turn, then
// AI_INVALID_OUTPUT), consent and availability, the local provider, and the
// casting workflow. Salvage, schema pinning and persist retries:
// agent-salvage.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { CastingRecommendations } from "../tasks/agents/model-casting.ts";
import type { AiConfig } from "../tasks/ai/config.ts";
import { costUsd } from "../tasks/ai/pricing.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  countRows,
  fakeLlmConfig,
  jobGone,
  jobOf,
  logsOf,
  MODEL,
  requestCasting,
  requestCastingOk,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { allowManyAgentRequests, mainBrief, startCastingSetup, stopCastingSetup } from "./helpers/casting.ts";
import type { TestDatabase } from "./helpers/db.ts";
import {
  type Behaviour,
  DEFAULT_USAGE,
  type FakeLlm,
  llm,
  offeredCandidates,
  type RecordedRequest,
  recommendationsFor,
} from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let casting: string;
let viewer: string;
let organizationId: string;
let briefId: string;
let eventId: string;

const BILLED_COST = costUsd(MODEL, DEFAULT_USAGE.prompt_tokens, DEFAULT_USAGE.completion_tokens);

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup());
  casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  viewer = await api.login("viewer@bogota.fashionos.test", DEMO_PASSWORD);
  ({ id: briefId, eventId, organizationId } = await mainBrief(db));
  await allowManyAgentRequests(db);
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  // The next run gets the same candidates again.
  await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await stopCastingSetup({ db, api, fake });
});

async function sqlCandidates(): Promise<string[]> {
  const { rows } = await db.owner.query<{ talent_id: string }>(
    "select talent_id from app_private.model_casting_candidates($1, 40)",
    [briefId],
  );
  return rows.map((r) => r.talent_id);
}

/** Starts the worker against the fake LLM, requests a casting as the casting director and waits for the run. */
async function castWith(...behaviours: Behaviour[]) {
  return castWithConfig({}, ...behaviours);
}

async function castWithConfig(config: Partial<AiConfig>, ...behaviours: Behaviour[]) {
  fake.enqueue(...behaviours);
  worker = await startTestWorker(db, fakeLlmConfig(fake.url, config));
  const runId = await requestCastingOk(api, casting, briefId);
  const run = await waitForRun(db, runId);
  return { runId, run, logs: await logsOf(db, runId), castings: await castingsOf(db, runId) };
}

function expectBilledLog(log: Awaited<ReturnType<typeof logsOf>>[number] | undefined) {
  expect(log).toMatchObject({
    agent_type: "model_casting",
    organization_id: organizationId,
    event_id: eventId,
    model: MODEL,
    prompt_tokens: DEFAULT_USAGE.prompt_tokens,
    completion_tokens: DEFAULT_USAGE.completion_tokens,
    tokens_used: DEFAULT_USAGE.prompt_tokens + DEFAULT_USAGE.completion_tokens,
  });
  expect(log?.cost_usd).toBeGreaterThan(0);
  expect(log?.cost_usd).toBeCloseTo(BILLED_COST, 6);
  expect(log?.latency_ms).toBeGreaterThanOrEqual(0);
}

/** Every key of a JSON schema, at any depth (property names excluded). */
function schemaKeys(node: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaKeys(item, keys);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      keys.add(key);
      if (key === "properties" && value && typeof value === "object") {
        for (const property of Object.values(value)) schemaKeys(property, keys);
      } else schemaKeys(value, keys);
    }
  }
  return keys;
}

describe.each([
  { mode: "auto" as const, sends: "json_schema" },
  { mode: "tool" as const, sends: "tool" },
])("a good answer, AI_OUTPUT_MODE=$mode", ({ mode, sends }) => {
  it(`becomes suggested castings of people SQL offered, asked for with a pinned JSON schema (${sends})`, async () => {
    const fromSql = await sqlCandidates();
    expect(fromSql.length).toBeGreaterThan(3);
    const { runId, run, logs, castings } = await castWithConfig({ outputMode: mode }, llm.good());

    expect(run).toMatchObject({ status: "succeeded", error_code: null, error_message: null, attempts: 1 });
    expect(run.finished_at).toBeInstanceOf(Date);
    expect(await jobGone(db, runId)).toBeUndefined();

    // What was sent: the model and the answer's JSON schema, generated from zod and pinned to this run:
    // talent_id only one of the offered ids, at most as many as wanted.
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0] as RecordedRequest;
    expect(request.headers.authorization).toBe("Bearer test");
    expect(request.body.model).toBe(MODEL);
    const offeredIds = offeredCandidates(request).map((c) => c.talent_id);
    const pinned = {
      type: "object",
      required: ["recommendations"],
      properties: {
        recommendations: {
          type: "array",
          minItems: 1,
          maxItems: fromSql.length,
          items: {
            type: "object",
            required: ["talent_id", "match_score", "reasoning", "contact_priority"],
            additionalProperties: false,
            properties: {
              talent_id: { type: "string", enum: offeredIds },
              match_score: { type: "integer", minimum: 0, maximum: 100 },
              contact_priority: { enum: ["high", "medium", "low"] },
            },
          },
        },
      },
    };
    let schema: unknown;
    if (sends === "json_schema") {
      // Strict structured output: no tools; objects closed, every property required, no length limits.
      expect(request.body.tools).toBeUndefined();
      expect(request.body.tool_choice).toBeUndefined();
      const format = request.body.response_format as { type: string; json_schema: Record<string, unknown> };
      expect(format.type).toBe("json_schema");
      expect(format.json_schema).toMatchObject({ name: "recomendar_modelos", strict: true });
      schema = format.json_schema.schema;
      expect(schemaKeys(schema).has("maxLength")).toBe(false);
      expect(schemaKeys(schema).has("minLength")).toBe(false);
    } else {
      // One tool, forced with tool_choice.
      expect(request.body.response_format).toBeUndefined();
      expect(request.body.tool_choice).toEqual({ type: "function", function: { name: "recomendar_modelos" } });
      expect(request.body.tools).toHaveLength(1);
      const tool = request.body.tools?.[0];
      expect(tool?.type).toBe("function");
      expect(tool?.function.name).toBe("recomendar_modelos");
      schema = tool?.function.parameters;
      expect(schema).toMatchObject({
        properties: { recommendations: { items: { properties: { reasoning: { type: "string", maxLength: 400 } } } } },
      });
    }
    expect(schema).toMatchObject(pinned);
    expect([...offeredIds].sort()).toEqual([...fromSql].sort());
    // Keys providers reject are never sent.
    expect(schemaKeys(schema).has("$schema")).toBe(false);
    expect(request.body.messages?.map((m) => m.role)).toEqual(["system", "user"]);

    // Offered exactly what SQL retrieves, and no contact data.
    const offered = offeredCandidates(request);
    expect(offered.map((c) => c.talent_id).sort()).toEqual([...fromSql].sort());
    const sent = JSON.stringify(request.body.messages);
    expect(sent).not.toMatch(/@|email|phone|telefono|teléfono|whatsapp|birth/i);

    // The castings: one per recommendation, suggested, with the model's score, reasoning and priority.
    const recommended = recommendationsFor(request);
    expect(recommended.length).toBeGreaterThan(0);
    expect(castings).toHaveLength(recommended.length);
    for (const r of recommended) {
      const row = castings.find((c) => c.talent_id === r.talent_id);
      expect(row, `casting for ${r.talent_id}`).toMatchObject({
        status: "suggested",
        event_id: eventId,
        brief_id: briefId,
        agent_run_id: runId,
        ai_match_score: r.match_score,
        ai_reasoning: r.reasoning,
        contact_priority: r.contact_priority,
        responded_at: null,
      });
      expect(fromSql).toContain(r.talent_id);
    }
    // Checked in SQL: nobody without AI consent, nobody unavailable or on hold during the event.
    expect(
      await countRows(
        db.owner,
        `select 1 from app_public.model_castings m
           join app_public.talent t on t.id = m.talent_id
           join app_public.events e on e.id = m.event_id
          where m.agent_run_id = $1
            and (not app_public.talent_has_ai_consent(t)
                 or exists (select 1 from app_public.talent_availability a
                             where a.talent_id = t.id and a.period && tstzrange(e.starts_at, e.ends_at)))`,
        [runId],
      ),
    ).toBe(0);

    expect(run.output).toMatchObject({
      provider: "openai",
      model: MODEL,
      briefId,
      candidates: fromSql.length,
      requested: fromSql.length,
      suggested: recommended.length,
      // Nothing needed salvaging.
      salvaged: [],
    });

    // One log row: the billed call.
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ operation: "generate", success: true, error_message: null, salvaged: [] });
    expectBilledLog(logs[0]);

    // The casting director reads the run and its suggestions through the API.
    const { body } = await api.graphql(
      `query Run($id: UUID!) { agentRun(rowId: $id) { status errorCode attempts output
          modelCastings { totalCount nodes { status aiMatchScore aiReasoning contactPriority agentRunId talentId } } } }`,
      { id: runId },
      { token: casting },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.agentRun).toMatchObject({ status: "succeeded", errorCode: null, attempts: 1 });
    expect(body.data?.agentRun.modelCastings.totalCount).toBe(recommended.length);
    for (const node of body.data?.agentRun.modelCastings.nodes ?? []) {
      expect(node).toMatchObject({ status: "suggested", agentRunId: runId });
      expect(node.aiMatchScore).toBeGreaterThanOrEqual(0);
      expect(node.aiReasoning.length).toBeGreaterThan(0);
    }
  });
});

interface InvalidCase {
  name: string;
  bad: () => Behaviour;
  /** What the repair turn must tell the model. */
  problem: RegExp;
  /** Without a tool call there is nothing to answer with a tool message: the correction is a user message. */
  correctionRole: "tool" | "user";
}

// Answers nothing can be salvaged from (answers that can: agent-salvage.test.ts). In tool mode, so
// the repair turn replays the model's tool call.
const INVENTED = "00000000-0000-4000-8000-000000000001";
const INVALID: InvalidCase[] = [
  {
    name: "only invented talent_ids",
    bad: () =>
      llm.edited((recommendations) =>
        recommendations.map((r, i) => ({ ...r, talent_id: `${INVENTED.slice(0, -2)}${10 + i}` })),
      ),
    problem: /No llegó ninguna recomendación utilizable[\s\S]*no está en la lista de candidatos/,
    correctionRole: "tool",
  },
  {
    name: "only unusable scores",
    bad: () => llm.edited((recommendations) => recommendations.map((r) => ({ ...r, match_score: "alto" }))),
    problem: /match_score "alto" no es un número/,
    correctionRole: "tool",
  },
  {
    name: "an empty list",
    bad: () => llm.raw(() => ({ recommendations: [] })),
    problem: /No llegó ninguna recomendación utilizable/,
    correctionRole: "tool",
  },
  {
    name: "no list at all",
    bad: () => llm.raw(() => ({ candidatas: ["Valentina"] })),
    problem: /Falta la lista "recommendations"/,
    correctionRole: "tool",
  },
  {
    name: "non-JSON arguments",
    bad: llm.nonJsonArguments,
    problem: /Los argumentos de la función no son JSON válido/,
    correctionRole: "tool",
  },
  {
    name: "no tool call",
    bad: () => llm.contentOnly(),
    problem: /No llamaste la función recomendar_modelos/,
    correctionRole: "user",
  },
];
function expectRepairTurn(c: InvalidCase) {
  expect(fake.requests).toHaveLength(2);
  const [first, repair] = fake.requests as [RecordedRequest, RecordedRequest];
  // Same tool, still forced.
  expect(repair.body.tool_choice).toEqual(first.body.tool_choice);
  expect(repair.body.tools).toEqual(first.body.tools);
  const sent = first.body.messages ?? [];
  const messages = repair.body.messages ?? [];
  // The original conversation, then the correction naming the problem.
  expect(messages.slice(0, sent.length)).toEqual(sent);
  const correction = messages.at(-1);
  expect(correction?.role).toBe(c.correctionRole);
  expect(String(correction?.content)).toMatch(/^Tu respuesta no es válida:/);
  expect(String(correction?.content)).toMatch(c.problem);
  if (c.correctionRole === "tool") {
    // The model's own call is replayed, and the correction answers it.
    const replayed = messages.at(-2) as { role: string; tool_calls?: { id: string }[] } | undefined;
    expect(replayed?.role).toBe("assistant");
    expect(correction?.tool_call_id).toBe(replayed?.tool_calls?.[0]?.id);
  }
}

describe.each(INVALID)("$name", (c) => {
  it("gets one repair turn naming the problem; a good repair succeeds", async () => {
    const { run, logs, castings } = await castWithConfig({ outputMode: "tool" }, c.bad(), llm.good());
    expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 1 });
    expectRepairTurn(c);
    const repaired = recommendationsFor(fake.requests[1] as RecordedRequest);
    expect(castings.map((x) => x.talent_id).sort()).toEqual(repaired.map((r) => r.talent_id).sort());
    expect(castings.map((x) => x.talent_id)).not.toContain(INVENTED);
    expect(logs.map((l) => [l.operation, l.success])).toEqual([
      ["generate", false],
      ["repair", true],
    ]);
    expect(logs[0]?.error_message).toMatch(c.problem);
    for (const log of logs) expectBilledLog(log);
  });

  it("fails with AI_INVALID_OUTPUT and writes no castings when the repair is invalid too", async () => {
    const { runId, run, logs, castings } = await castWithConfig({ outputMode: "tool" }, c.bad(), c.bad());
    expect(run).toMatchObject({
      status: "failed",
      error_code: "AI_INVALID_OUTPUT",
      error_message: null,
      attempts: 1,
    });
    expect(String(run.output?.detail)).toMatch(/^Invalid output after one repair/);
    expectRepairTurn(c);
    expect(castings).toEqual([]);
    expect(await countRows(db.owner, "select 1 from app_public.model_castings where agent_run_id is not null")).toBe(0);
    // Not retried: invalid output is final.
    expect(await jobGone(db, runId)).toBeUndefined();
    expect(logs.map((l) => [l.operation, l.success])).toEqual([
      ["generate", false],
      ["repair", false],
    ]);
    for (const log of logs) {
      expect(log.error_message).toMatch(c.problem);
      expectBilledLog(log);
    }
  });
});

describe("consent and availability", () => {
  it("never offers or suggests people without AI consent or busy during the event, even if the model names them", async () => {
    // People who fit the brief on paper (division, height, city) but lack consent or are unavailable/on hold.
    const { rows: excluded } = await db.owner.query<{ id: string; reason: string }>(
      `select t.id, case when not app_public.talent_has_ai_consent(t) then 'consent' else 'busy' end as reason
         from app_public.talent t
         join app_public.casting_briefs b on b.id = $1 and b.organization_id = t.organization_id
         join app_public.events e on e.id = b.event_id
        where t.division = any(b.divisions) and t.height_cm between b.height_min_cm and b.height_max_cm
          and (t.city = any(b.cities) or t.willing_to_travel)
          and (not app_public.talent_has_ai_consent(t)
               or exists (select 1 from app_public.talent_availability a
                           where a.talent_id = t.id and a.period && tstzrange(e.starts_at, e.ends_at)))`,
      [briefId],
    );
    const noConsent = excluded.filter((x) => x.reason === "consent").map((x) => x.id);
    const busy = excluded.filter((x) => x.reason === "busy").map((x) => x.id);
    expect(noConsent.length, "the demo data has fitting people without AI consent").toBeGreaterThan(0);
    expect(busy.length, "the demo data has fitting people busy during the event").toBeGreaterThan(0);

    // The model tries to slip them in (a provider that ignores the schema's enum): they are dropped
    // without another call, and the two offered people it named are stored.
    const sneaky: Behaviour = (request) => {
      const offered = offeredCandidates(request).map((c) => c.talent_id);
      return llm.withIds([noConsent[0] as string, busy[0] as string, ...offered.slice(0, 2)])(request);
    };
    const { run, castings, logs } = await castWith(sneaky);
    expect(run.status).toBe("succeeded");
    expect(fake.requests).toHaveLength(1);

    const offered = offeredCandidates(fake.requests[0] as RecordedRequest).map((c) => c.talent_id);
    for (const id of [...noConsent, ...busy]) expect(offered, `${id} must not be offered`).not.toContain(id);
    expect(logs[0]?.salvaged).toEqual(
      expect.arrayContaining([`dropped id not offered: ${noConsent[0]}`, `dropped id not offered: ${busy[0]}`]),
    );

    const cast = castings.map((c) => c.talent_id);
    expect(cast.sort()).toEqual(offered.slice(0, 2).sort());
    for (const id of [...noConsent, ...busy]) expect(cast).not.toContain(id);
  });

  it("stops offering a person whose consent is withdrawn", async () => {
    const [first] = await sqlCandidates();
    await db.owner.query("update app_public.talent set consent_revoked_at = now() where id = $1", [first]);
    try {
      const { run, castings } = await castWith(llm.good());
      expect(run.status).toBe("succeeded");
      const offered = offeredCandidates(fake.requests[0] as RecordedRequest).map((c) => c.talent_id);
      expect(offered).not.toContain(first);
      expect(castings.map((c) => c.talent_id)).not.toContain(first);
    } finally {
      await db.owner.query("update app_public.talent set consent_revoked_at = null where id = $1", [first]);
    }
  });
});

describe("the local provider", () => {
  it("ranks deterministically without an LLM, labelled local, at no cost, passing the same schema", async () => {
    const fromSql = await sqlCandidates();
    // No API key: loadAiConfig picks the local provider.
    worker = await startTestWorker(db, { ...fakeLlmConfig(fake.url), provider: "local", apiKey: null, model: "local" });
    const runId = await requestCastingOk(api, casting, briefId);
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 1 });
    expect(run.output).toMatchObject({ provider: "local", model: "local" });
    expect(fake.requests).toHaveLength(0);

    const castings = await castingsOf(db, runId);
    expect(castings.length).toBeGreaterThan(0);
    for (const c of castings) {
      expect(c.status).toBe("suggested");
      expect(c.ai_reasoning).toMatch(/^Proveedor local/);
      expect(fromSql).toContain(c.talent_id);
    }

    const logs = await logsOf(db, runId);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      operation: "local",
      model: "local",
      success: true,
      error_message: null,
      prompt_tokens: 0,
      completion_tokens: 0,
      cost_usd: 0,
    });
    expect(logs[0]?.latency_ms).toBeGreaterThanOrEqual(0);
    const parsed = CastingRecommendations.safeParse(logs[0]?.output_data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.recommendations.map((r) => r.talent_id).sort()).toEqual(
      castings.map((c) => c.talent_id).sort(),
    );
  });
});

describe("updateCastingStatus", () => {
  const UPDATE = `mutation Update($id: UUID!, $status: String!) {
    updateCastingStatus(input: { id: $id, status: $status }) { result { rowId status respondedAt } }
  }`;

  it("lets the casting director move suggestions along; rejects unknown statuses and viewers", async () => {
    const { castings } = await castWith(llm.good());
    const [confirmed, invited, other] = castings;
    if (!confirmed || !invited || !other) throw new Error("expected at least three suggestions");

    const confirm = await api.graphql(UPDATE, { id: confirmed.id, status: "confirmed" }, { token: casting });
    expect(confirm.body.errors).toBeUndefined();
    expect(confirm.body.data?.updateCastingStatus.result).toMatchObject({ rowId: confirmed.id, status: "confirmed" });
    expect(confirm.body.data?.updateCastingStatus.result.respondedAt).toEqual(expect.any(String));
    const { rows } = await db.owner.query("select status, responded_at from app_public.model_castings where id = $1", [
      confirmed.id,
    ]);
    expect(rows[0].status).toBe("confirmed");
    expect(rows[0].responded_at).toBeInstanceOf(Date);

    // An invitation is not an answer: no responded_at.
    const invite = await api.graphql(UPDATE, { id: invited.id, status: "invited" }, { token: casting });
    expect(invite.body.data?.updateCastingStatus.result).toMatchObject({ status: "invited", respondedAt: null });

    const invalid = await api.graphql(UPDATE, { id: other.id, status: "maybe" }, { token: casting });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");

    const denied = await api.graphql(UPDATE, { id: other.id, status: "confirmed" }, { token: viewer });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const { rows: after } = await db.owner.query(
      "select status, responded_at from app_public.model_castings where id = $1",
      [other.id],
    );
    expect(after[0]).toEqual({ status: "suggested", responded_at: null });
  });

  it("answers NOT_FOUND for a casting of another organization", async () => {
    const { castings } = await castWith(llm.good());
    const medellin = await api.login("casting@medellin.fashionos.test", DEMO_PASSWORD);
    const { body } = await api.graphql(
      UPDATE,
      { id: (castings[0] as { id: string }).id, status: "confirmed" },
      { token: medellin },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await requestCasting(api, medellin, briefId)).errorCode).toBe("NOT_FOUND");
  });
});
