// The day's Event Health summary under a re-check that commits while the
// summary run is being claimed (issue 18). The summary run's claim marks the
// run `running` and reads the report's checks in one transaction (the
// platform's claim + prepare); a re-check (app_private.refresh_event_health,
// from requestEventHealth or the daily run) replaces the checks and, seeing
// the run still `queued`, asks for no new summary. Before the fix the claim
// read the old checks (the re-check had not committed), the summary was
// refused on the new ones, and the report kept no summary all day. These
// tests hold real transactions open in both orders and check that the report
// always ends with a summary of its current checks or a queued run to write it.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventHealthAgent, type HealthRunInput, localSummary } from "../tasks/agents/event-health.ts";
import type { AgentRun } from "../tasks/agents/platform.ts";
import type { AiConfig } from "../tasks/ai/config.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
const CONFIG = { provider: "local", model: "local" } as AiConfig;

beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

interface Report {
  id: string;
  summary: string | null;
  summary_run_id: string;
  checks_hash: string;
}

async function report(eventId: string): Promise<Report> {
  const { rows } = await db.owner.query<Report>(
    `select id, summary, summary_run_id, md5(checks::text) as checks_hash from app_public.event_health_reports
      where event_id = $1 and report_date = (now() at time zone 'America/Bogota')::date`,
    [eventId],
  );
  if (!rows[0]) throw new Error("no report");
  return rows[0];
}

/** An event checked today: its report, and the queued summary run. */
async function checkedEvent(): Promise<{ eventId: string; first: Report }> {
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     select o.id, 'Carrera', 'carrera-' || md5(random()::text), now() + interval '12 days', now() + interval '12 days 3 hours', 'published'
       from app_public.organizations o where o.slug = 'moda-bogota' returning id`,
  );
  const eventId = rows[0].id as string;
  await db.owner.query("select app_private.refresh_event_health($1, (now() at time zone 'America/Bogota')::date)", [
    eventId,
  ]);
  return { eventId, first: await report(eventId) };
}

/** The platform's claim (tasks/agents/platform.ts), then the agent's own prepare, in one open transaction. */
async function claim(client: pg.PoolClient, runId: string) {
  await client.query("begin");
  const { rows } = await client.query<AgentRun<HealthRunInput>>(
    `update app_public.agent_runs set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now())
      where id = $1 and status in ('queued', 'running')
      returning id, organization_id, event_id, agent_type, status, requested_by, input, attempts`,
    [runId],
  );
  const run = rows[0];
  if (!run) throw new Error("not claimed");
  return run;
}

/** A re-check that changes the checks (a new brief short of models), left uncommitted. */
async function recheck(client: pg.PoolClient, eventId: string) {
  await client.query("begin");
  await client.query(
    "insert into app_public.casting_briefs (event_id, title, models_needed) values ($1, 'Cierre', 6)",
    [eventId],
  );
  await client.query("select app_private.refresh_event_health($1, (now() at time zone 'America/Bogota')::date)", [
    eventId,
  ]);
}

/**
 * Waits until `pid` waits on a lock, so the interleaving is the one the test means (not a timing guess);
 * gives up after 2 s, when nothing makes it wait (the code before the fix), and lets the checks below fail.
 */
async function waitingOnLock(pid: number) {
  for (let i = 0; i < 80; i += 1) {
    const { rows } = await db.owner.query("select wait_event_type from pg_stat_activity where pid = $1", [pid]);
    if (rows[0]?.wait_event_type === "Lock") return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pidOf = async (client: pg.PoolClient) => (await client.query("select pg_backend_pid() as pid")).rows[0].pid;

/** The summary ends written for the current checks, or a queued run is there to write it. */
async function expectSummaryOnItsWay(eventId: string) {
  const now = await report(eventId);
  if (now.summary !== null) return;
  const { rows } = await db.owner.query(
    `select r.status, exists (select 1 from graphile_worker.jobs j where j.key = 'agent_run:' || r.id) as job
       from app_public.agent_runs r where r.id = $1`,
    [now.summary_run_id],
  );
  expect(rows[0], "the report has no summary and no queued run to write one").toEqual({ status: "queued", job: true });
}

describe("a re-check that commits while the summary run is claimed", () => {
  it("re-check first: the claim waits for it and summarises the new checks", async () => {
    const { eventId, first } = await checkedEvent();
    const a = await db.owner.connect();
    const b = await db.owner.connect();
    try {
      const pidA = await pidOf(a);
      const run = await claim(a, first.summary_run_id);
      await recheck(b, eventId);
      // The claim reads the report while the re-check holds it.
      const prepared = eventHealthAgent.prepare(a, run, CONFIG);
      await waitingOnLock(pidA);
      await b.query("commit");
      const ready = await prepared;
      if (!("input" in ready)) throw new Error("skipped");
      await a.query("commit");
      const after = await report(eventId);
      expect(ready.input.checksHash).toBe(after.checks_hash);
      // The platform's persist step: stored, on the checks the report holds now.
      await a.query("begin");
      const stored = await eventHealthAgent.persist(
        a,
        run,
        ready.input,
        { summary: localSummary(ready.input) },
        {} as never,
      );
      await a.query("commit");
      expect(stored).toMatchObject({ stored: true });
      expect((await report(eventId)).summary).toMatch(/Faltan 6 modelos para «Cierre»/);
    } finally {
      await a.query("rollback").catch(() => {});
      await b.query("rollback").catch(() => {});
      a.release();
      b.release();
    }
    await expectSummaryOnItsWay(eventId);
  });

  it("claim first: the re-check waits for it, then queues a new summary run", async () => {
    const { eventId, first } = await checkedEvent();
    const a = await db.owner.connect();
    const b = await db.owner.connect();
    try {
      const run = await claim(a, first.summary_run_id);
      const ready = await eventHealthAgent.prepare(a, run, CONFIG);
      if (!("input" in ready)) throw new Error("skipped");
      const pidB = await pidOf(b);
      const rechecked = recheck(b, eventId);
      await waitingOnLock(pidB);
      await a.query("commit");
      await rechecked;
      await b.query("commit");
      // The run summarised the old checks: refused on the new ones.
      await a.query("begin");
      const stored = await eventHealthAgent.persist(
        a,
        run,
        ready.input,
        { summary: localSummary(ready.input) },
        {} as never,
      );
      await a.query("commit");
      expect(stored).toMatchObject({ stored: false });
      const after = await report(eventId);
      expect(after.summary).toBeNull();
      expect(after.summary_run_id).not.toBe(first.summary_run_id);
    } finally {
      await a.query("rollback").catch(() => {});
      await b.query("rollback").catch(() => {});
      a.release();
      b.release();
    }
    await expectSummaryOnItsWay(eventId);
  });
});
