// The casting setup the agent tests share: a database cloned from the
// template, the real server, and a local OpenAI-compatible server answering
// well unless told otherwise; the demo brief with the most eligible people;
// and a request limit out of the way (it is tested on its own).
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { type FakeLlm, llm, startFakeLlm } from "./fake-llm.ts";
import { startTestServer, type TestServer } from "./server.ts";

export interface CastingSetup {
  db: TestDatabase;
  api: TestServer;
  fake: FakeLlm;
}

export async function startCastingSetup(options: { serverEnv?: Record<string, string> } = {}): Promise<CastingSetup> {
  const db = await createTestDatabase();
  const api = await startTestServer(db, options.serverEnv);
  const fake = await startFakeLlm({ defaultBehaviour: llm.good() });
  return { db, api, fake };
}

/** Closes what startCastingSetup started (each part only if it started). */
export async function stopCastingSetup(setup: Partial<CastingSetup>): Promise<void> {
  await setup.fake?.close();
  await setup.api?.close();
  await setup.db?.drop();
}

/** The demo brief with the most eligible people: "Pasarela principal" of Moda Bogotá. */
export const MAIN_BRIEF = "Pasarela principal";

export async function mainBrief(db: TestDatabase): Promise<{ id: string; eventId: string; organizationId: string }> {
  const { rows } = await db.owner.query(
    `select b.id, b.event_id, b.organization_id from app_public.casting_briefs b
       join app_public.organizations o on o.id = b.organization_id
      where o.slug = 'moda-bogota' and b.title = $1`,
    [MAIN_BRIEF],
  );
  if (!rows[0]) throw new Error(`the demo brief "${MAIN_BRIEF}" is missing`);
  return { id: rows[0].id, eventId: rows[0].event_id, organizationId: rows[0].organization_id };
}

/** Many runs in one file come from one person: lift the per-person request limit. */
export async function allowManyAgentRequests(db: TestDatabase): Promise<void> {
  await db.owner.query("update app_private.agent_limits set per_user_limit = 1000");
}
