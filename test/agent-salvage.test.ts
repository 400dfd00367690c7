// Ordinary model answers, through the real mutation, the real worker and a
// local OpenAI-compatible server: what can be salvaged is, without another
// call, and recorded (run output and log row); what must be refused is
// dropped and never stored; a repair turn only when nothing usable remains.
// Also: the response_format json_schema → tool-call fallback, model text with
// NUL and lone surrogates, and a failure after a successful call (the persist
// alone is retried, the provider is never called twice for one answer).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { AiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  castingsOf,
  clearUnfinishedRuns,
  countRows,
  eventually,
  fakeLlmConfig,
  jobOf,
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
import {
  type Behaviour,
  type FakeLlm,
  llm,
  offeredCandidates,
  type Recommendation,
  type RecordedRequest,
  recommendationsFor,
  wantsJsonSchema,
} from "./helpers/fake-llm.ts";
import type { TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let casting: string;
let briefId: string;
const WANTED = 3;
const INVENTED = "00000000-0000-4000-8000-0000000000aa";

beforeAll(async () => {
  ({ db, api, fake } = await startCastingSetup());
  casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  // A brief for 3 models with 16 eligible people: room to over-answer.
  briefId = (await mainBrief(db)).id;
  await db.owner.query("update app_public.casting_briefs set models_needed = $2 where id = $1", [briefId, WANTED]);
  await allowManyAgentRequests(db);
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
  await db.owner.query("drop trigger if exists zz_fail_persist on app_public.model_castings");
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await stopCastingSetup({ db, api, fake });
});

async function castWith(config: Partial<AiConfig>, ...behaviours: Behaviour[]) {
  fake.enqueue(...behaviours);
  worker = await startTestWorker(db, fakeLlmConfig(fake.url, config));
  const runId = await requestCastingOk(api, casting, briefId);
  const run = await waitForRun(db, runId, { pullRetriesForward: true });
  return { runId, run, logs: await logsOf(db, runId), castings: await castingsOf(db, runId) };
}

/** What the fake answered with, recomputed from its request (the behaviours below are deterministic). */
const offeredIn = (index = 0) => offeredCandidates(fake.requests[index] as RecordedRequest).map((c) => c.talent_id);

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => `palabra${i % 10}`)
    .join(" ")
    .concat(".");

interface SalvageCase {
  name: string;
  answer: Behaviour;
  /** The recorded salvage steps, exactly. */
  salvaged: (request: RecordedRequest) => string[];
  /** What is stored: talent id → score and reasoning (checked exactly, in any order). */
  stored: (request: RecordedRequest) => { talent_id: string; ai_match_score: number; ai_reasoning?: string }[];
}

const scored = (r: Recommendation[], scores: unknown[]) => r.map((x, i) => ({ ...x, match_score: scores[i] }));

const CASES: SalvageCase[] = [
  {
    name: "more than wanted (5 for 3): the best 3 by score, ties in the model's order",
    answer: llm.edited((r) => scored(r, [60, 90, 70, 95, 90]), 5),
    salvaged: () => ["truncated 5→3"],
    stored: (request) => {
      const r = recommendationsFor(request, 5);
      return [r[3], r[1], r[4]].map((x) => ({
        talent_id: x?.talent_id as string,
        ai_match_score: x === r[3] ? 95 : 90,
      }));
    },
  },
  {
    name: "ids that differ only in case and surrounding whitespace",
    answer: llm.edited((r) => r.map((x) => ({ ...x, talent_id: `  ${x.talent_id.toUpperCase()}\n` }))),
    salvaged: () => ["normalised 3 talent_ids (case/whitespace)"],
    stored: (request) =>
      recommendationsFor(request).map((x) => ({ talent_id: x.talent_id, ai_match_score: x.match_score })),
  },
  {
    name: 'scores "85", 85.4 and 140: coerced and clamped to 0–100',
    answer: llm.edited((r) => scored(r, ["85", 85.4, 140])),
    salvaged: () => ['coerced match_score "85"→85', "rounded match_score 85.4→85", "clamped match_score 140→100"],
    stored: (request) =>
      recommendationsFor(request).map((x, i) => ({
        talent_id: x.talent_id,
        ai_match_score: [85, 85, 100][i] as number,
      })),
  },
  {
    name: "reasoning longer than 400 characters: cut on a word",
    answer: llm.edited((r) => r.map((x, i) => (i === 0 ? { ...x, reasoning: words(70) } : x))),
    salvaged: () => [`cut reasoning ${words(70).length}→${cutLength()} chars`],
    stored: (request) =>
      recommendationsFor(request).map((x, i) => ({
        talent_id: x.talent_id,
        ai_match_score: x.match_score,
        ai_reasoning: i === 0 ? `${words(70).slice(0, cutLength() - 1)}…` : x.reasoning,
      })),
  },
  {
    name: "an id that was not offered: dropped and never stored, the rest kept (2 of 3, no repair)",
    answer: llm.edited((r) => r.map((x, i) => (i === 1 ? { ...x, talent_id: INVENTED } : x))),
    salvaged: () => [`dropped id not offered: ${INVENTED}`],
    stored: (request) =>
      recommendationsFor(request)
        .filter((_, i) => i !== 1)
        .map((x) => ({ talent_id: x.talent_id, ai_match_score: x.match_score })),
  },
  {
    name: "a duplicate: the first kept",
    answer: llm.edited((r) => {
      const [a, b] = r as [Recommendation, Recommendation];
      return [a, { ...a, match_score: 99, reasoning: "Otra vez la misma persona." }, b];
    }),
    salvaged: (request) => [`dropped duplicate: ${recommendationsFor(request)[0]?.talent_id}`],
    stored: (request) =>
      recommendationsFor(request, 2).map((x) => ({
        talent_id: x.talent_id,
        ai_match_score: x.match_score,
        ai_reasoning: x.reasoning,
      })),
  },
  {
    name: "fewer than wanted: stored as they are",
    answer: llm.good(2),
    salvaged: () => [],
    stored: (request) =>
      recommendationsFor(request, 2).map((x) => ({ talent_id: x.talent_id, ai_match_score: x.match_score })),
  },
  {
    name: "contact priority in Spanish or missing: normalised, or set by rank",
    answer: llm.edited((r) =>
      r.map((x, i) =>
        i === 0 ? { ...x, contact_priority: "Alta" } : i === 1 ? { ...x, contact_priority: undefined } : x,
      ),
    ),
    salvaged: () => ['normalised contact_priority "Alta"→high', "set contact_priority by rank: missing→medium"],
    stored: (request) =>
      recommendationsFor(request).map((x) => ({ talent_id: x.talent_id, ai_match_score: x.match_score })),
  },
  {
    name: "the JSON inside a code fence with prose around it",
    answer: llm.raw((request) => {
      const json = JSON.stringify({ recommendations: recommendationsFor(request) });
      return `Claro, aquí está:\n\`\`\`json\n${json}\n\`\`\``;
    }),
    salvaged: () => ["extracted JSON from surrounding text"],
    stored: (request) =>
      recommendationsFor(request).map((x) => ({ talent_id: x.talent_id, ai_match_score: x.match_score })),
  },
];

/** cutOnWord(words(70), 400): the text up to the last space before character 399, plus "…". */
function cutLength(): number {
  const room = words(70).slice(0, 399);
  return room.slice(0, room.lastIndexOf(" ")).length + 1;
}

describe.each(["tool", "json_schema"] as const)("salvage without another call (AI_OUTPUT_MODE=%s)", (mode) => {
  it.each(CASES)("$name", async (c) => {
    const { runId, run, logs, castings } = await castWith({ outputMode: mode }, c.answer);
    const request = fake.requests[0] as RecordedRequest;
    expect(wantsJsonSchema(request)).toBe(mode === "json_schema");
    // One call, no repair turn, succeeded at the first attempt.
    expect(fake.requests).toHaveLength(1);
    expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 1 });
    expect(await jobOf(db, runId)).toBeUndefined();

    const expected = c.stored(request);
    expect(castings.map((x) => x.talent_id).sort()).toEqual(expected.map((x) => x.talent_id).sort());
    for (const want of expected) {
      const row = castings.find((x) => x.talent_id === want.talent_id);
      expect(row).toMatchObject(want);
      expect(row?.ai_reasoning?.length).toBeLessThanOrEqual(400);
      expect(["high", "medium", "low"]).toContain(row?.contact_priority);
    }
    // Nobody who was not offered, ever.
    expect(castings.map((x) => x.talent_id).every((id) => offeredIn().includes(id))).toBe(true);

    // Recorded in the run output and on the log row.
    const salvaged = c.salvaged(request);
    expect(run.output).toMatchObject({ requested: WANTED, suggested: expected.length, salvaged });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ operation: "generate", success: true, error_message: null, salvaged });
  });
});

describe("a contact priority set by rank", () => {
  it("contacts the best third first when the model gives none", async () => {
    const { castings, run } = await castWith(
      { outputMode: "tool" },
      llm.edited((r) => r.map(({ contact_priority: _, ...x }) => x)),
    );
    expect(run.status).toBe("succeeded");
    const byScore = [...castings].sort((a, b) => (b.ai_match_score ?? 0) - (a.ai_match_score ?? 0));
    expect(byScore.map((x) => x.contact_priority)).toEqual(["high", "medium", "low"]);
  });
});

describe("ambiguous scores are refused, not guessed", () => {
  it("drops a recommendation scored 0.85 or 'alto' and keeps the rest", async () => {
    const { run, castings, logs } = await castWith(
      { outputMode: "tool" },
      llm.edited((r) => scored(r, [0.85, "alto", 90])),
    );
    expect(run.status).toBe("succeeded");
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0] as RecordedRequest;
    expect(castings.map((x) => x.talent_id)).toEqual([recommendationsFor(request)[2]?.talent_id]);
    expect(run.output).toMatchObject({ requested: 3, suggested: 1 });
    expect(logs[0]?.salvaged).toEqual([
      "dropped recomendación 1: match_score 0.85 unusable",
      'dropped recomendación 2: match_score "alto" unusable',
    ]);
  });
});

describe("the answer's schema: response_format json_schema, or a tool call", () => {
  it("auto: an endpoint that answers 400 to json_schema gets a tool call at once, and from then on", async () => {
    fake.setDefault(llm.jsonSchemaUnsupported());
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { outputMode: "auto" }));
    const first = await requestCastingOk(api, casting, briefId);
    expect(await waitForRun(db, first)).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(fake.requests.map(wantsJsonSchema)).toEqual([true, false]);
    const logs = await logsOf(db, first);
    expect(logs.map((l) => [l.operation, l.success, l.prompt_tokens])).toEqual([
      ["generate", false, 0],
      ["generate", true, 1800],
    ]);
    expect(logs[0]?.error_message).toMatch(/^AI_SCHEMA_UNSUPPORTED: .*response_format/);
    expect((await castingsOf(db, first)).length).toBe(WANTED);

    // The same worker remembers: the next run asks with a tool call straight away.
    await db.owner.query("delete from app_public.model_castings where agent_run_id is not null");
    const second = await requestCastingOk(api, casting, briefId);
    expect((await waitForRun(db, second)).status).toBe("succeeded");
    expect(fake.requests.map(wantsJsonSchema)).toEqual([true, false, false]);
    expect((await logsOf(db, second)).map((l) => l.success)).toEqual([true]);
  });

  it("json_schema (no fallback): such an endpoint fails the run with AI_BAD_REQUEST after one call", async () => {
    const { run, logs, castings } = await castWith({ outputMode: "json_schema" }, llm.jsonSchemaUnsupported());
    expect(run).toMatchObject({ status: "failed", error_code: "AI_BAD_REQUEST", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    expect(logs.map((l) => l.success)).toEqual([false]);
    expect(castings).toEqual([]);
  });
});

describe("a repair turn under response_format json_schema", () => {
  it("replays the model's content and asks again in a user message; a good repair succeeds", async () => {
    const prose = "Te recomiendo a las tres primeras personas de la lista, tienen muy buena caminata.";
    const { run, logs } = await castWith(
      { outputMode: "json_schema" },
      llm.raw(() => prose),
      llm.good(),
    );
    expect(run).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(fake.requests).toHaveLength(2);
    const [first, repair] = fake.requests as [RecordedRequest, RecordedRequest];
    expect(wantsJsonSchema(repair)).toBe(true);
    const sent = first.body.messages ?? [];
    const messages = repair.body.messages ?? [];
    expect(messages.slice(0, sent.length)).toEqual(sent);
    expect(messages.at(-2)).toMatchObject({ role: "assistant", content: prose });
    expect(messages.at(-1)?.role).toBe("user");
    expect(String(messages.at(-1)?.content)).toMatch(/^Tu respuesta no es válida:\n- Tu respuesta no es JSON válido\./);
    expect(logs.map((l) => [l.operation, l.success])).toEqual([
      ["generate", false],
      ["repair", true],
    ]);
  });
});

describe("NUL characters and lone surrogates in model text", () => {
  it("are removed before anything is stored: one call, one attempt, the run succeeds", async () => {
    const { run, logs, castings } = await castWith(
      { outputMode: "json_schema" },
      llm.edited((r) =>
        r.map((x, i) =>
          i === 0 ? { ...x, reasoning: "Buena\u0000 caminata \ud83d y presencia\u0007.", "nota\u0000": "x" } : x,
        ),
      ),
    );
    expect(run).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    const first = recommendationsFor(fake.requests[0] as RecordedRequest)[0];
    const row = castings.find((x) => x.talent_id === first?.talent_id);
    expect(row?.ai_reasoning).toBe("Buena caminata \ufffd y presencia.");
    expect(castings).toHaveLength(WANTED);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ success: true });
    expect(logs[0]?.salvaged).toContain("removed NUL/control characters and lone surrogates from the text");
    // The raw answer is logged as the model wrote it (its JSON escapes are text, which jsonb holds).
    expect(String(logs[0]?.output_data)).toContain("Buena");
  });

  it("in an answer that needs a repair: the failed call's log row and the repair turn are stored too", async () => {
    const { run, logs } = await castWith(
      { outputMode: "tool" },
      llm.edited((r) => r.map((x, i) => ({ ...x, talent_id: `invent\u0000ado-\ud83d-${i}` }))),
      llm.good(),
    );
    expect(run).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(logs.map((l) => [l.operation, l.success])).toEqual([
      ["generate", false],
      ["repair", true],
    ]);
    expect(logs[0]?.error_message).toContain("inventado-\ufffd-0");
    expect(logs[0]?.error_message).not.toContain("\u0000");
  });
});

/** A test-only trigger that makes the next `times` inserts into model_castings fail as a serialization failure would. */
async function failPersist(times: number) {
  // A sequence counts the inserts: unlike a table, it is not rolled back with the failed insert.
  await db.owner.query(`
    create table if not exists public.test_persist_failures (times int not null);
    delete from public.test_persist_failures;
    drop sequence if exists public.test_persist_inserts;
    create sequence public.test_persist_inserts;
    create or replace function public.test_fail_persist() returns trigger language plpgsql as $$
    begin
      if nextval('public.test_persist_inserts') <= (select times from public.test_persist_failures) then
        raise exception 'simulated failure while storing the castings' using errcode = '40001';
      end if;
      return null;
    end;
    $$;
    drop trigger if exists zz_fail_persist on app_public.model_castings;
    create trigger zz_fail_persist before insert on app_public.model_castings
      for each statement execute function public.test_fail_persist();`);
  await db.owner.query("insert into public.test_persist_failures values ($1)", [times]);
}

describe("a failure after a successful provider call", () => {
  it("keeps the answer, logs the step as failed, and the retry only persists it (one provider call)", async () => {
    await failPersist(1);
    const { runId, run, logs, castings } = await castWith({ outputMode: "tool" }, llm.good());
    expect(run).toMatchObject({ status: "succeeded", error_code: null, attempts: 2 });
    expect(fake.requests).toHaveLength(1);
    expect(run.output).toMatchObject({ suggested: WANTED, answerFromAttempt: 1 });
    expect(castings.map((x) => x.talent_id).sort()).toEqual(
      recommendationsFor(fake.requests[0] as RecordedRequest)
        .map((x) => x.talent_id)
        .sort(),
    );
    // One row for the one (billed) call, saying its step failed.
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ operation: "generate", success: false, prompt_tokens: 1800 });
    expect(logs[0]?.cost_usd).toBeGreaterThan(0);
    expect(logs[0]?.error_message).toMatch(/^PERSIST_FAILED: simulated failure while storing the castings/);
    expect((await runRow(db, runId))?.kept_answer).toBeNull();
  });

  it("a kept answer naming a person erased meanwhile is redacted: the retry asks the model again, without them", async () => {
    await failPersist(1);
    fake.enqueue(llm.good(), llm.good());
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { outputMode: "tool" }));
    const runId = await requestCastingOk(api, casting, briefId);
    await eventually("the first attempt to fail", async () => {
      const job = await jobOf(db, runId);
      return job && job.attempts === 1 && job.locked_at === null ? job : undefined;
    });
    const kept = (await runRow(db, runId))?.kept_answer as { answer: { recommendations: { talent_id: string }[] } };
    const erased = kept.answer.recommendations[0]?.talent_id as string;
    expect(erased).toEqual(expect.any(String));
    // Habeas data: the casting director erases that person before the retry.
    const { body } = await api.graphql(
      "mutation($id: UUID!) { eraseTalent(input: { id: $id }) { result { rowId } } }",
      { id: erased },
      { token: casting },
    );
    expect(body.errors).toBeUndefined();
    // Erasure redacts the kept answer like the rest of the run: their recommendation keeps only the id.
    const redacted = (await runRow(db, runId))?.kept_answer as { answer: { recommendations: unknown[] } };
    expect(redacted.answer.recommendations[0]).toEqual({ talent_id: erased, suprimido: true });

    await pullRetryForward(db, runId);
    const run = await waitForRun(db, runId, { pullRetriesForward: true });
    expect(run).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(fake.requests).toHaveLength(2);
    expect(offeredIn(1)).not.toContain(erased);
    const castings = await castingsOf(db, runId);
    expect(castings).toHaveLength(WANTED);
    expect(castings.map((c) => c.talent_id)).not.toContain(erased);
  });

  it("between the attempts the answer waits with the run; a persist that keeps failing fails the run after 3 attempts, still one call", async () => {
    await failPersist(3);
    fake.enqueue(llm.good());
    worker = await startTestWorker(db, fakeLlmConfig(fake.url, { outputMode: "tool" }));
    const runId = await requestCastingOk(api, casting, briefId);
    // After the first attempt: queued again, the answer kept.
    await eventually("the first attempt to fail", async () => {
      const job = await jobOf(db, runId);
      return job && job.attempts === 1 && job.locked_at === null ? job : undefined;
    });
    expect(await runRow(db, runId)).toMatchObject({ status: "queued", error_code: "INTERNAL_ERROR", attempts: 1 });
    const kept = (await runRow(db, runId))?.kept_answer as Record<string, any>;
    expect(kept).toMatchObject({ provider: "openai", model: MODEL, attempt: 1, salvaged: [] });
    expect(kept.answer.recommendations).toHaveLength(WANTED);
    await pullRetryForward(db, runId);

    const run = await waitForRun(db, runId, { pullRetriesForward: true });
    expect(run).toMatchObject({ status: "failed", error_code: "INTERNAL_ERROR", attempts: 3 });
    expect(fake.requests).toHaveLength(1);
    expect((await logsOf(db, runId)).map((l) => l.success)).toEqual([false]);
    expect(await castingsOf(db, runId)).toEqual([]);
    expect((await runRow(db, runId))?.kept_answer).toBeNull();
    expect(await jobOf(db, runId)).toBeUndefined();
  });
});
