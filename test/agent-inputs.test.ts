// Agent inputs are declared once, with zod (each agent's runInput): the
// worker parses every run with it, the SQL request function's COMMENT states
// the same shape, and every key the SQL reads from agent_runs.input (indexes,
// functions) is one an agent declares. A run whose input does not match fails
// at once, coded, instead of reaching the agent's SQL with undefined ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { describeRunInput } from "../tasks/agents/platform.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import { AGENTS } from "../tasks/index.ts";
import type { Worker } from "../tasks/runner.ts";
import { jobOf, startTestWorker, waitForRun } from "./helpers/agent-runs.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
let worker: Worker | null = null;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await worker?.stop();
  await db?.drop();
});

const keysOf = (agent: (typeof AGENTS)[number]) =>
  Object.keys((agent.runInput as unknown as { shape?: Record<string, unknown> }).shape ?? {});

describe("agent inputs", () => {
  it("are stated in each request function's COMMENT exactly as the agent declares them", async () => {
    expect(AGENTS.length).toBeGreaterThan(0);
    for (const agent of AGENTS) {
      const [schema, name] = agent.requestFunction.split(".");
      const { rows } = await db.owner.query<{ comment: string | null }>(
        `select obj_description(p.oid, 'pg_proc') as comment
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = $1 and p.proname = $2`,
        [schema, name],
      );
      expect(rows, `${agent.requestFunction} exists once`).toHaveLength(1);
      const stated = `agent_runs.input: ${describeRunInput(agent.runInput)}`;
      expect(rows[0]?.comment, `${agent.requestFunction}'s COMMENT`).toContain(stated);
    }
    expect(describeRunInput(AGENTS[0]?.runInput as never)).toBe("{briefId: uuid, eventId: uuid}");
  });

  it("are the only keys the SQL reads from agent_runs.input", () => {
    const schema = readFileSync(join(PROJECT_ROOT, "db", "schema.sql"), "utf8");
    const used = new Set([...schema.matchAll(/\binput\s*(?:->>|->|\?)\s*'([A-Za-z_]+)'/g)].map((m) => m[1] as string));
    expect(used.has("briefId")).toBe(true);
    const declared = new Set(AGENTS.flatMap(keysOf));
    expect(
      [...used].filter((key) => !declared.has(key)),
      "keys no agent's runInput declares",
    ).toEqual([]);
  });

  it("that do not match fail the run at once with INTERNAL_ERROR, naming the key", async () => {
    const { rows } = await db.owner.query<{ id: string }>(
      `with org as (select id from app_public.organizations where slug = 'moda-bogota')
       insert into app_public.agent_runs (organization_id, agent_type, input)
       select id, 'model_casting', '{"briefId": "not-a-uuid"}'::jsonb from org returning id`,
    );
    const runId = rows[0]?.id as string;
    await db.owner.query(
      `select graphile_worker.add_job('model_casting', json_build_object('agentRunId', $1::text),
         job_key => 'agent_run:' || $1, max_attempts => 3)`,
      [runId],
    );
    worker = await startTestWorker(db, loadAiConfig({}));
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "failed", error_code: "INTERNAL_ERROR", error_message: null, attempts: 1 });
    const detail = String(run.output?.detail);
    expect(detail).toContain("app_public.request_model_casting");
    expect(detail).toMatch(/briefId: /);
    expect(detail).toMatch(/eventId: /);
    // Permanent: not retried.
    expect(await jobOf(db, runId)).toBeUndefined();
  });
});
