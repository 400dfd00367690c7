// The Runway Timing agent end to end: the real mutation on the real server,
// the real graphile-worker runner (the solver in a worker thread), real
// Postgres, and a local OpenAI-compatible server for the notes. The run of
// show never depends on the model: solved shows are stored before it is
// called, impossible ones are stored with their explanation and no call, and
// a model that fails for good leaves the run of show in place.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { checkRunOfShow, runOf } from "../shared/runway/checker.ts";
import { runwayShowSchema } from "../shared/runway/show.ts";
import { RunwayNotes, runwayTimingAgent } from "../tasks/agents/runway-timing.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import {
  clearUnfinishedRuns,
  fakeLlmConfig,
  logsOf,
  runRow,
  startTestWorker,
  waitForRun,
} from "./helpers/agent-runs.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { answerWith, type Behaviour, type FakeLlm, llm, sentSchema, startFakeLlm } from "./helpers/fake-llm.ts";
import { race } from "./helpers/race.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let producer: string;
let viewer: string;
let outsider: string;
let eventId: string;
let scheduleId: string;
let producerId: string;

/** Notes for the designers the pinned schema offers (an enum), as a model would write them. */
function notesFor(request: Parameters<Behaviour>[0]) {
  const schema = sentSchema(request) as {
    properties?: { blocks?: { items?: { properties?: { designer_id?: { enum?: string[] } } } } };
  };
  const ids = schema.properties?.blocks?.items?.properties?.designer_id?.enum ?? [];
  return {
    pacing: "Ritmo parejo: una salida cada 50 s, con aire entre bloques para el cambio de luces.",
    blocks: ids.map((id, i) => ({ designer_id: id, music_cue: `Pista ${i + 1} al entrar el bloque.`, notes: "" })),
    watch: ["Vigilar el cambio más justo."],
  };
}
const goodNotes: Behaviour = answerWith(notesFor);

const REQUEST = `mutation Request($eventId: UUID!) {
  requestRunwayTiming(input: { eventId: $eventId }) { result { rowId status } }
}`;

async function request(token: string, event = eventId) {
  const { body } = await api.graphql(REQUEST, { eventId: event }, { token });
  const error = body.errors?.[0];
  if (error) return { errorCode: error.extensions?.code as string, runId: undefined };
  return { runId: body.data?.requestRunwayTiming?.result?.rowId as string, errorCode: undefined };
}

async function solveNow(token = producer) {
  const { runId, errorCode } = await request(token);
  if (!runId) throw new Error(`requestRunwayTiming failed: ${errorCode}`);
  return waitForRun(db, runId, { timeoutMs: 90_000 });
}

async function schedule() {
  const { rows } = await db.owner.query("select * from app_public.runway_schedules where id = $1", [scheduleId]);
  return rows[0];
}

async function slots() {
  const { rows } = await db.owner.query<{ look_id: string; talent_id: string; sequence: number }>(
    "select look_id, talent_id, sequence from app_public.runway_slots where schedule_id = $1 order by sequence",
    [scheduleId],
  );
  return rows;
}

async function currentShow() {
  const { rows } = await db.owner.query("select app_private.runway_solver_input($1) as input", [scheduleId]);
  return runwayShowSchema.parse(rows[0].input);
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db);
  fake = await startFakeLlm({ defaultBehaviour: goodNotes });
  producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
  viewer = await api.login("viewer@bogota.fashionos.test", DEMO_PASSWORD);
  outsider = await api.login("owner@medellin.fashionos.test", DEMO_PASSWORD);
  const { rows } = await db.owner.query(
    `select s.id as schedule_id, s.event_id from app_public.runway_schedules s
       join app_public.events e on e.id = s.event_id where e.slug = 'noche-diseno-independiente'`,
  );
  scheduleId = rows[0].schedule_id;
  eventId = rows[0].event_id;
  producerId = (
    await db.owner.query("select id from app_public.profiles where email = 'producer@bogota.fashionos.test'")
  ).rows[0].id;
  await db.owner.query("update app_private.agent_limits set per_user_limit = 1000");
}, 60_000);

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  await api?.close();
  await db?.drop();
});

describe("requestRunwayTiming → job → solver → runway_slots", () => {
  it("solves the seed's show: every rule holds (independent checker), results and notes stored, the call logged", async () => {
    // The seed's draft walks the looks in their own order, and look 9's change does not fit.
    const before = checkRunOfShow(await currentShow(), runOf((await slots()).map(toRun)));
    expect(before.violations.map((v) => v.kind)).toContain("quick_change");

    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const run = await solveNow();
    expect(run.status, JSON.stringify(run)).toBe("succeeded");
    expect(run.output).toMatchObject({ scheduleId, solverStatus: "optimal", looks: 10, notes: "written" });

    const show = await currentShow();
    const written = await slots();
    expect(written).toHaveLength(10);
    expect(checkRunOfShow(show, runOf(written.map(toRun))).violations).toEqual([]);

    const s = await schedule();
    expect(s.solver_status).toBe("optimal");
    expect(s.agent_run_id).toBe(run.id);
    expect(s.stale_at).toBeNull();
    expect(s.explanation).toBeNull();
    expect(s.min_spare_seconds).toBeGreaterThanOrEqual(0);
    expect(RunwayNotes.shape.pacing.parse(s.notes.pacing)).toContain("Ritmo parejo");
    expect(s.notes).toMatchObject({ provider: "openai", runId: run.id });
    expect(s.notes.blocks.map((b: { designerId: string }) => b.designerId)).toEqual([
      ...new Set(written.map((w) => show.looks.find((l) => l.id === w.look_id)?.designerId)),
    ]);

    // The model was asked only about the solved show, with the designers pinned.
    expect(fake.requests).toHaveLength(1);
    const logs = await logsOf(db, run.id);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ agent_type: "runway_timing", success: true, operation: "generate" });
    expect(logs[0]?.cost_usd).toBeGreaterThan(0);

    // The API shows the slots with their clock times and no warnings.
    const { body } = await api.graphql(
      `query($id: UUID!) { runwaySchedule(rowId: $id) { solverStatus notes staleAt
         runwaySlots(orderBy: SEQUENCE_ASC) { nodes { sequence plannedAt warnings sinceLastWalkSeconds requiredChangeSeconds } } } }`,
      { id: scheduleId },
      { token: viewer },
    );
    const nodes = body.data?.runwaySchedule.runwaySlots.nodes;
    expect(nodes).toHaveLength(10);
    expect(nodes.flatMap((n: { warnings: string[] }) => n.warnings)).toEqual([]);
  }, 120_000);

  it("without AI_API_KEY the deterministic local provider writes the notes, labelled", async () => {
    worker = await startTestWorker(db, loadAiConfig({}));
    const run = await solveNow();
    expect(run.status).toBe("succeeded");
    expect(run.output).toMatchObject({ provider: "local", notes: "written" });
    const s = await schedule();
    expect(s.notes.provider).toBe("local");
    expect(s.notes.pacing).toMatch(/^Proveedor local \(sin IA\)/);
    expect(fake.requests).toHaveLength(0);
  }, 120_000);

  it("a model that fails for good leaves the run of show in place (the schedule never depends on it)", async () => {
    fake.setDefault(llm.unauthorized());
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const run = await solveNow();
    expect(run.status).toBe("succeeded");
    expect(run.output).toMatchObject({ solverStatus: "optimal", notes: "not written", notesError: "AI_AUTH_FAILED" });
    expect(run.output?.modelError).toBe("AI_AUTH_FAILED");
    const s = await schedule();
    expect(s.solver_status).toBe("optimal");
    expect(s.notes).toBeNull();
    expect(checkRunOfShow(await currentShow(), runOf((await slots()).map(toRun))).violations).toEqual([]);
  }, 120_000);

  it("salvages the notes: unknown designers dropped, long text cut; nothing usable gets one repair turn", async () => {
    fake.enqueue(
      answerWith(() => ({ pacing: "", blocks: [], watch: [] })),
      answerWith((r) => {
        const good = notesFor(r);
        return {
          ...good,
          pacing: `${"Muy buen ritmo ".repeat(60)}final`,
          blocks: [{ designer_id: "not-a-designer", music_cue: "x", notes: "" }, ...good.blocks],
        };
      }),
    );
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const run = await solveNow();
    expect(run.status).toBe("succeeded");
    expect(fake.requests).toHaveLength(2);
    const s = await schedule();
    expect(s.notes.pacing.length).toBeLessThanOrEqual(600);
    expect(s.notes.blocks.some((b: { designerId: string }) => b.designerId === "not-a-designer")).toBe(false);
    expect(run.output?.salvaged).toEqual(
      expect.arrayContaining([expect.stringMatching(/^cut pacing/), expect.stringMatching(/^dropped block/)]),
    );
    const logs = await logsOf(db, run.id);
    expect(logs.map((l) => [l.operation, l.success])).toEqual([
      ["generate", false],
      ["repair", true],
    ]);
  }, 120_000);
});

describe("impossible shows are explained, not refused", () => {
  let changes: { id: string; change_minutes: number }[] = [];
  beforeAll(async () => {
    changes = (await db.owner.query("select id, change_minutes from app_public.looks where event_id = $1", [eventId]))
      .rows;
  });
  afterEach(async () => {
    await db.owner.query(
      `update app_public.looks l set change_minutes = c.change_minutes
         from jsonb_to_recordset($1::jsonb) as c(id uuid, change_minutes int) where l.id = c.id`,
      [JSON.stringify(changes)],
    );
  });

  it("an infeasible show: conflicts, seconds missing and ranked remedies stored; slots untouched; no model call", async () => {
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    await solveNow();
    const solvedOrder = await slots();
    // Every change now needs 30 minutes: the models walk more than once in a 10-look show.
    await db.owner.query("update app_public.looks set change_minutes = 30 where event_id = $1", [eventId]);
    expect((await schedule()).stale_at).not.toBeNull();
    fake.reset();
    const run = await solveNow();
    expect(run.status).toBe("succeeded");
    expect(run.output).toMatchObject({ solverStatus: "infeasible" });
    expect(fake.requests).toHaveLength(0);
    const s = await schedule();
    expect(s.solver_status).toBe("infeasible");
    expect(s.stale_at).toBeNull();
    expect(s.explanation.conflicts.length).toBeGreaterThan(0);
    expect(s.explanation.missingSeconds).toBeGreaterThan(0);
    for (const c of s.explanation.conflicts) expect(c.message).toMatch(/faltan|seguidas/);
    expect(s.explanation.remedies.length).toBeGreaterThan(0);
    expect(s.explanation.remedies.map((r: { rank: number }) => r.rank)).toEqual(
      s.explanation.remedies.map((_: unknown, i: number) => i + 1),
    );
    expect(s.explanation.closestOrder).toHaveLength(10);
    expect(await slots()).toEqual(solvedOrder);
  }, 180_000);

  it("a look without a model is reported as data to fix, before any search", async () => {
    const { rows } = await db.owner.query<{ id: string; talent_id: string }>(
      "select id, talent_id from app_public.looks where event_id = $1 and sequence = 5",
      [eventId],
    );
    const look = rows[0] as { id: string; talent_id: string };
    await db.owner.query("update app_public.looks set talent_id = null where id = $1", [look.id]);
    try {
      worker = await startTestWorker(db, fakeLlmConfig(fake.url));
      const run = await solveNow();
      expect(run.output).toMatchObject({ solverStatus: "invalid", structuralProblems: 1 });
      const s = await schedule();
      expect(s.solver_status).toBe("invalid");
      expect(s.explanation.structural).toEqual([{ kind: "look_without_model", lookId: look.id }]);
    } finally {
      await db.owner.query("update app_public.looks set talent_id = $2 where id = $1", [look.id, look.talent_id]);
    }
  }, 120_000);
});

describe("after solving: stale, what broke, a producer's own order", () => {
  it("changing a look after solving marks the schedule stale and the slot shows the broken change", async () => {
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    await solveNow();
    const written = await slots();
    // The look with the tightest change needs an hour now.
    const tight = written.find((w, i) => written.slice(0, i).some((p) => p.talent_id === w.talent_id));
    if (!tight) throw new Error("no model walks twice");
    const original = (
      await db.owner.query("select change_minutes from app_public.looks where id = $1", [tight.look_id])
    ).rows[0].change_minutes;
    await db.owner.query("update app_public.looks set change_minutes = 60 where id = $1", [tight.look_id]);
    try {
      const s = await schedule();
      expect(s.stale_at).not.toBeNull();
      expect(s.stale_reasons).toEqual([
        expect.objectContaining({ kind: "look_changed", lookId: tight.look_id, fields: ["changeMinutes"] }),
      ]);
      const { body } = await api.graphql(
        `query($id: UUID!) { runwaySchedule(rowId: $id) { staleAt staleReasons
           runwaySlots(orderBy: SEQUENCE_ASC) { nodes { lookId warnings } } } }`,
        { id: scheduleId },
        { token: producer },
      );
      const warned = body.data?.runwaySchedule.runwaySlots.nodes.filter((n: { warnings: string[] }) =>
        n.warnings.includes("quick_change"),
      );
      expect(warned.map((n: { lookId: string }) => n.lookId)).toEqual([tight.look_id]);
    } finally {
      await db.owner.query("update app_public.looks set change_minutes = $2 where id = $1", [tight.look_id, original]);
    }
  }, 120_000);

  it("what changed while the solver searched marks the stored result stale at once", async () => {
    const { runId } = await request(producer);
    if (!runId) throw new Error("no run");
    const client = await db.owner.connect();
    try {
      const run = await runRow(db, runId);
      const prepared = await runwayTimingAgent.prepare(client, run as never, loadAiConfig({}));
      if (!("input" in prepared)) throw new Error("skipped");
      const computed = await runwayTimingAgent.compute?.(prepared.input, new AbortController().signal);
      if (!computed) throw new Error("no compute");
      // A producer changes a look while the solver runs (no lock is held then).
      await client.query(
        "update app_public.looks set change_minutes = change_minutes + 1 where event_id = $1 and sequence = 2",
        [eventId],
      );
      await client.query("begin");
      const next = await runwayTimingAgent.checkpoint?.(client, run as never, computed);
      await client.query("commit");
      expect(next && "input" in next).toBe(true);
      const s = await schedule();
      expect(s.solved_at).not.toBeNull();
      expect(s.stale_at).not.toBeNull();
      expect(s.stale_reasons).toEqual([expect.objectContaining({ kind: "changed_while_solving" })]);
    } finally {
      await client.query(
        "update app_public.looks set change_minutes = change_minutes - 1 where event_id = $1 and sequence = 2",
        [eventId],
      );
      client.release();
    }
  }, 120_000);

  it("reorderRunwaySlots saves a producer's order with recomputed times; a wrong list is refused", async () => {
    const show = await currentShow();
    const order = [...show.looks].sort((a, b) => a.sequence - b.sequence).map((l) => l.id);
    const SAVE = `mutation($id: UUID!, $looks: [UUID]!) { reorderRunwaySlots(input: { scheduleId: $id, lookIds: $looks }) {
      result { editedAt staleAt runwaySlots(orderBy: SEQUENCE_ASC) { nodes { lookId walkStartsAt { seconds minutes } warnings } } } } }`;
    const { body } = await api.graphql(SAVE, { id: scheduleId, looks: order }, { token: producer });
    expect(body.errors).toBeUndefined();
    const result = body.data?.reorderRunwaySlots.result;
    expect(result.editedAt).not.toBeNull();
    expect(result.staleAt).toBeNull();
    expect(result.runwaySlots.nodes.map((n: { lookId: string }) => n.lookId)).toEqual(order);
    // The seed's own order: look 9's five-minute change does not fit, and the slot says so.
    const nine = show.looks.find((l) => l.sequence === 9)?.id;
    expect(
      result.runwaySlots.nodes
        .filter((n: { warnings: string[] }) => n.warnings.length)
        .map((n: { lookId: string }) => n.lookId),
    ).toEqual([nine]);
    const second = result.runwaySlots.nodes[1].walkStartsAt;
    expect((second.minutes ?? 0) * 60 + (second.seconds ?? 0)).toBe(50);

    for (const looks of [order.slice(1), [...order.slice(1), order[1]], [...order.slice(1), eventId]]) {
      const refused = await api.graphql(SAVE, { id: scheduleId, looks }, { token: producer });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    }
    const viewerTry = await api.graphql(SAVE, { id: scheduleId, looks: order }, { token: viewer });
    expect(viewerTry.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const outsiderTry = await api.graphql(SAVE, { id: scheduleId, looks: order }, { token: outsider });
    expect(outsiderTry.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("who may ask, and how often", () => {
  it("viewers are refused, another organization's event is not found", async () => {
    expect((await request(viewer)).errorCode).toBe("FORBIDDEN");
    expect((await request(outsider)).errorCode).toBe("NOT_FOUND");
  });

  it("two requests for the same event at the same moment make one run and one job", async () => {
    const session = await db.sessionFor(producerId);
    const sql = "select id from app_public.request_runway_timing($1)";
    const results = await race(db, [
      { role: "member", claims: { session_id: session }, sql, params: [eventId] },
      { role: "member", claims: { session_id: session }, sql, params: [eventId] },
    ]);
    expect(
      results.every((r) => r.ok),
      JSON.stringify(results),
    ).toBe(true);
    const ids = new Set(results.map((r) => r.rows[0]?.id));
    expect(ids.size).toBe(1);
    const { rows } = await db.owner.query(
      `select count(*)::int as runs from app_public.agent_runs where event_id = $1 and agent_type = 'runway_timing'
          and status = 'queued'`,
      [eventId],
    );
    expect(rows[0].runs).toBe(1);
    const jobs = await db.owner.query(
      "select count(*)::int as n from graphile_worker._private_jobs where task_id = (select id from graphile_worker._private_tasks where identifier = 'runway_timing')",
    );
    expect(jobs.rows[0].n).toBe(1);
  });

  it("over the request limit: RATE_LIMITED and nothing written", async () => {
    await db.owner.query("update app_private.agent_limits set per_user_limit = 0");
    try {
      const before = await db.owner.query("select count(*)::int as n from app_public.agent_runs");
      expect((await request(producer)).errorCode).toBe("RATE_LIMITED");
      const after = await db.owner.query("select count(*)::int as n from app_public.agent_runs");
      expect(after.rows[0].n).toBe(before.rows[0].n);
    } finally {
      await db.owner.query("update app_private.agent_limits set per_user_limit = 1000");
    }
  });

  it("the first request for an event without a run of show creates version 1 at the event's start", async () => {
    const { rows } = await db.owner.query(
      `select e.id, e.starts_at from app_public.events e join app_public.organizations o on o.id = e.organization_id
        where o.slug = 'moda-bogota' and not exists (select 1 from app_public.runway_schedules s where s.event_id = e.id)
        order by e.starts_at limit 1`,
    );
    const event = rows[0];
    const outcome = await request(producer, event.id);
    expect(outcome.runId, JSON.stringify(outcome)).toBeDefined();
    const created = await db.owner.query(
      "select version, starts_at from app_public.runway_schedules where event_id = $1",
      [event.id],
    );
    expect(created.rows).toEqual([{ version: 1, starts_at: event.starts_at }]);
  });
});

function toRun(row: { look_id: string; talent_id: string }) {
  return { lookId: row.look_id, talentId: row.talent_id };
}
