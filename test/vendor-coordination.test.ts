// Vendor Coordination (issue 18): the shortlist's hard constraints in SQL
// (category, city or travels, budget, capacity, free on the event's dates,
// not already recommended, the organization's own), booking that marks a
// vendor busy and un-booking that frees it, ratings from past events, and
// the agent end to end on the real server and worker: a vendor outside the
// shortlist is never sent to the model nor stored, even when the model names it.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import { clearUnfinishedRuns, fakeLlmConfig, logsOf, startTestWorker, waitForRun } from "./helpers/agent-runs.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type FakeLlm, llm, startFakeLlm } from "./helpers/fake-llm.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let fake: FakeLlm;
let worker: Worker | null = null;
let organizationId: string;
let otherOrganizationId: string;
let eventId: string;
let producer: string;
let viewer: string;
const vendors: Record<string, string> = {};
const unique = () => randomBytes(4).toString("hex");

async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.owner.query(sql, params);
  if (!rows[0]) throw new Error(`No row from: ${sql}`);
  return rows[0] as T;
}

async function vendor(
  name: string,
  values: { city?: string; travels?: boolean; min?: number | null; capacity?: number | null; category?: string } = {},
  organization = organizationId,
): Promise<string> {
  const row = await one<{ id: string }>(
    `insert into app_public.vendors (organization_id, name, category, city, travels, price_min_cop, price_max_cop, capacity, rating)
     values ($1, $2, $3, $4, $5, $6::bigint, $6::bigint * 2, $7, 4.0) returning id`,
    [
      organization,
      name,
      values.category ?? "sound",
      values.city ?? "Bogotá",
      values.travels ?? false,
      values.min === undefined ? 3_000_000 : values.min,
      values.capacity ?? null,
    ],
  );
  vendors[name] = row.id;
  return row.id;
}

async function newEvent(daysAhead: number): Promise<string> {
  const row = await one<{ id: string }>(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, venue_id, capacity)
     select $1, 'Show ' || $2, 'show-' || $2, now() + make_interval(days => $3), now() + make_interval(days => $3, hours => 4),
            'published', (select id from app_public.venues where organization_id = $1 and city = 'Bogotá' limit 1), 300
     returning id`,
    [organizationId, unique(), daysAhead],
  );
  return row.id;
}

async function shortlist(event: string, budget = 5_000_000, category = "sound"): Promise<string[]> {
  const { rows } = await db.owner.query<{ name: string }>("select name from app_private.vendor_shortlist($1, $2, $3)", [
    event,
    category,
    budget,
  ]);
  return rows.map((r) => r.name).sort();
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db);
  fake = await startFakeLlm();
  producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
  viewer = await api.login("viewer@bogota.fashionos.test", DEMO_PASSWORD);
  const org = await one<{ id: string }>("select id from app_public.organizations where slug = 'moda-bogota'");
  organizationId = org.id;
  otherOrganizationId = (
    await one<{ id: string }>("select id from app_public.organizations where slug <> 'moda-bogota' limit 1")
  ).id;
  await db.owner.query(
    "insert into app_public.venues (organization_id, name, city, capacity) values ($1, 'Ágora Test', 'Bogotá', 500)",
    [organizationId],
  );
  // The demo's sound vendors stay out of these cases.
  await db.owner.query("delete from app_public.vendors where category = 'sound'");
  eventId = await newEvent(20);
  await vendor("En Bogotá");
  await vendor("En Medellín, no viaja", { city: "Medellín" });
  await vendor("En Cali, viaja", { city: "Cali", travels: true });
  await vendor("Sobre el presupuesto", { min: 6_000_000 });
  await vendor("Sin precio", { min: null });
  await vendor("Muy pequeño", { capacity: 100 });
  await vendor("Ocupado esas fechas");
  await vendor("Reservado en otro show");
  await vendor("Ya recomendado");
  await vendor("Iluminación", { category: "lighting" });
  await vendor("De otra organización", {}, otherOrganizationId);
  const [{ starts_at }] = (await db.owner.query("select starts_at from app_public.events where id = $1", [eventId]))
    .rows;
  await db.owner.query(
    "insert into app_public.vendor_availability (vendor_id, period, kind) values ($1, tstzrange($2::timestamptz, $2::timestamptz + interval '1 day'), 'unavailable')",
    [vendors["Ocupado esas fechas"], new Date(starts_at.getTime() - 3_600_000)],
  );
  // Another show the same night books a vendor.
  const sameNight = await newEvent(20);
  await db.owner.query(
    "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status) values ($1, $2, 'sound', 'booked')",
    [sameNight, vendors["Reservado en otro show"]],
  );
  await db.owner.query(
    "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status) values ($1, $2, 'sound', 'rejected')",
    [eventId, vendors["Ya recomendado"]],
  );
  await db.owner.query("update app_private.agent_limits set per_user_limit = 1000");
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await clearUnfinishedRuns(db);
  await db.owner.query("delete from app_public.vendor_recommendations where agent_run_id is not null");
  fake.reset();
});

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  await api?.close();
  await db?.drop();
});

const ELIGIBLE = ["En Bogotá", "En Cali, viaja", "Sin precio"].sort();

describe("the shortlist (hard constraints in SQL)", () => {
  it("keeps only the category, the venue's city or travelling, the budget, the capacity, free dates, not yet recommended", async () => {
    expect(await shortlist(eventId)).toEqual(ELIGIBLE);
    // A higher budget lets the expensive one in; another category is another list.
    expect(await shortlist(eventId, 6_000_000)).toEqual([...ELIGIBLE, "Sobre el presupuesto"].sort());
    expect(await shortlist(eventId, 5_000_000, "lighting")).toEqual(["Iluminación"]);
  });

  it("booking marks the vendor busy on the event's dates; un-booking frees it", async () => {
    const other = await newEvent(20);
    await db.owner.query(
      "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status) values ($1, $2, 'sound', 'suggested')",
      [other, vendors["En Bogotá"]],
    );
    expect(await shortlist(eventId)).toContain("En Bogotá");
    await db.owner.query(
      "update app_public.vendor_recommendations set status = 'booked' where event_id = $1 and vendor_id = $2",
      [other, vendors["En Bogotá"]],
    );
    const busy = await one<{ kind: string; event_id: string }>(
      "select kind, event_id from app_public.vendor_availability where vendor_id = $1",
      [vendors["En Bogotá"]],
    );
    expect(busy).toEqual({ kind: "booked", event_id: other });
    expect(await shortlist(eventId)).not.toContain("En Bogotá");
    await db.owner.query(
      "update app_public.vendor_recommendations set status = 'rejected' where event_id = $1 and vendor_id = $2",
      [other, vendors["En Bogotá"]],
    );
    expect(await shortlist(eventId)).toContain("En Bogotá");
    await db.owner.query("delete from app_public.vendor_recommendations where event_id = $1", [other]);
  });

  it("rates a vendor from the organization's past events", async () => {
    const past = await newEvent(-40);
    await db.owner.query(
      "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status, rating) values ($1, $2, 'sound', 'booked', 5)",
      [past, vendors["En Cali, viaja"]],
    );
    const past2 = await newEvent(-80);
    await db.owner.query(
      "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status, rating) values ($1, $2, 'sound', 'booked', 4)",
      [past2, vendors["En Cali, viaja"]],
    );
    const rated = await one<{ past_rating: string }>(
      "select past_rating::text from app_private.vendor_shortlist($1, 'sound', 5000000) where name = 'En Cali, viaja'",
      [eventId],
    );
    expect(rated.past_rating).toBe("4.5");
    // Best rated first.
    const first = await one<{ name: string }>("select name from app_private.vendor_shortlist($1, 'sound', 5000000)", [
      eventId,
    ]);
    expect(first.name).toBe("En Cali, viaja");
  });
});

const REQUEST = `mutation Vendors($eventId: UUID!, $category: String!, $budgetCop: BigInt!) {
  requestVendorRecommendations(input: { eventId: $eventId, category: $category, budgetCop: $budgetCop }) {
    result { rowId status }
  }
}`;

async function request(token: string, budgetCop = "5000000", category = "sound") {
  const { body } = await api.graphql(REQUEST, { eventId, category, budgetCop }, { token });
  return { runId: body.data?.requestVendorRecommendations?.result?.rowId as string | undefined, errors: body.errors };
}

async function stored(runId: string): Promise<{ name: string; score: number; reasoning: string }[]> {
  const { rows } = await db.owner.query(
    `select v.name, r.score, r.reasoning from app_public.vendor_recommendations r join app_public.vendors v on v.id = r.vendor_id
      where r.agent_run_id = $1 order by r.score desc`,
    [runId],
  );
  return rows;
}

describe("the agent", () => {
  it("sends only the shortlist, and never stores a vendor outside it even when the model names one", async () => {
    fake.enqueue(
      llm.raw(() => ({
        recommendations: [
          { vendor_id: vendors["Sobre el presupuesto"], score: 99, reasoning: "El mejor, aunque caro." },
          { vendor_id: vendors["De otra organización"], score: 98, reasoning: "Otra agencia." },
          { vendor_id: vendors["En Bogotá"], score: 90, reasoning: "Local, dentro del presupuesto." },
          { vendor_id: vendors["Sin precio"], score: 70, reasoning: "Pide cotización." },
        ],
      })),
    );
    worker = await startTestWorker(db, fakeLlmConfig(fake.url));
    const { runId } = await request(producer);
    expect(runId).toBeDefined();
    const run = await waitForRun(db, runId ?? "");
    expect(run.status).toBe("succeeded");
    expect((await stored(runId ?? "")).map((r) => r.name)).toEqual(["En Bogotá", "Sin precio"]);
    const sent = JSON.stringify(fake.requests[0]?.body);
    for (const name of ELIGIBLE) expect(sent).toContain(name);
    for (const name of ["Sobre el presupuesto", "De otra organización", "Ocupado esas fechas", "Muy pequeño"]) {
      expect(sent).not.toContain(name);
      expect(sent).not.toContain(vendors[name]);
    }
    const [log] = await logsOf(db, runId ?? "");
    expect(log?.salvaged.join(" ")).toMatch(/not offered|no ofrecid|never offered|unknown/i);
  });

  it("ranks with the local provider without a key, with reasons from the shortlist", async () => {
    worker = await startTestWorker(db, loadAiConfig({}));
    const { runId } = await request(producer);
    const run = await waitForRun(db, runId ?? "");
    expect(run.status).toBe("succeeded");
    const picks = await stored(runId ?? "");
    expect(picks.map((p) => p.name).sort()).toEqual(ELIGIBLE);
    for (const p of picks) expect(p.reasoning).toMatch(/^Proveedor local \(sin IA\): Precio /);
  });

  it("only producers, admins and owners ask; a bad category or budget is refused with a code", async () => {
    expect((await request(viewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await request(producer, "5000000", "magic")).errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect((await request(producer, "-1")).errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });

  it("a second request while one is queued returns the same run", async () => {
    const first = await request(producer);
    const second = await request(producer);
    expect(second.runId).toBe(first.runId);
    const forged = await db.asProfile(
      (await one<{ id: string }>("select id from app_public.profiles where email = 'viewer@bogota.fashionos.test'")).id,
      (c) => attempt(c, "select app_public.request_vendor_recommendations($1, 'sound', 100)", [eventId]),
    );
    expect(forged.code).toBe("DNIED");
  });
});
