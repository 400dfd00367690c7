// Event Health in a real PostgreSQL (issue 18): every check with a fixture
// that triggers it (and one that clears it), one report per event per day
// under re-runs and concurrent runs, notices of new red items to owners and
// producers only, requestEventHealth's roles, and RLS on the new tables.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
const unique = () => randomBytes(4).toString("hex");

interface Check {
  key: string;
  code: string;
  severity: "red" | "amber" | "green";
  title: string;
  nextStep: string;
  facts: Record<string, unknown>;
}

interface Org {
  organizationId: string;
  owner: string;
  producer: string;
  viewer: string;
  casting: string;
}

async function q<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.owner.query(sql, params)).rows as T[];
}
async function one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await q<T>(sql, params);
  if (row === undefined) throw new Error(`No row from: ${sql}`);
  return row;
}
const id = async (sql: string, params: unknown[] = []) => (await one<{ id: string }>(sql, params)).id;

async function newMember(organizationId: string, role: string): Promise<string> {
  const profile = await id("insert into app_public.profiles (email, full_name) values ($1, $2) returning id", [
    `${role}-${unique()}@example.com`,
    `Test ${role}`,
  ]);
  await q("insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, $3)", [
    organizationId,
    profile,
    role,
  ]);
  return profile;
}

async function newOrg(): Promise<Org> {
  const organizationId = await id("insert into app_public.organizations (name, slug) values ($1, $2) returning id", [
    "Casa Salud",
    `salud-${unique()}`,
  ]);
  return {
    organizationId,
    owner: await newMember(organizationId, "owner"),
    producer: await newMember(organizationId, "producer"),
    viewer: await newMember(organizationId, "viewer"),
    casting: await newMember(organizationId, "casting"),
  };
}

/** An event at 20:00 America/Bogota, `days` calendar days from today there. */
async function newEvent(
  org: Org,
  days: number,
  options: { venue?: boolean; budgetCop?: number | null; capacity?: number; categories?: string[] } = {},
): Promise<string> {
  const venue = options.venue
    ? await id(
        "insert into app_public.venues (organization_id, name, city) values ($1, 'Ágora', 'Bogotá') returning id",
        [org.organizationId],
      )
    : null;
  const eventId = await id(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, venue_id, capacity,
                                    required_vendor_categories)
     select $1, 'Show ' || $2, 'show-' || $2, s, s + interval '3 hours', 'published', $4, $5, coalesce($6::text[], '{sound}')
       from (select (((now() at time zone 'America/Bogota')::date + $3::int) + time '20:00') at time zone 'America/Bogota' as s) t
     returning id`,
    [org.organizationId, unique(), days, venue, options.capacity ?? null, options.categories ?? null],
  );
  if (options.budgetCop !== undefined && options.budgetCop !== null) await setBudget(eventId, options.budgetCop);
  return eventId;
}

/** The event's planned budget (event_budgets: money, apart from the event). */
async function setBudget(eventId: string, budgetCop: number): Promise<void> {
  await q(
    `insert into app_public.event_budgets (event_id, budget_cop) values ($1, $2)
     on conflict (event_id) do update set budget_cop = excluded.budget_cop`,
    [eventId, budgetCop],
  );
}

async function checksOf(eventId: string): Promise<Record<string, Check>> {
  const row = await one<{ checks: Check[] }>("select app_private.event_health_checks($1) as checks", [eventId]);
  return Object.fromEntries(row.checks.map((c) => [c.key, c]));
}

async function talent(org: Org, name: string): Promise<string> {
  return id(
    "insert into app_public.talent (organization_id, full_name, division, height_cm) values ($1, $2, 'women', 176) returning id",
    [org.organizationId, name],
  );
}

async function cast(eventId: string, talentId: string, status: string, briefId: string | null = null) {
  await q("insert into app_public.model_castings (event_id, talent_id, status, brief_id) values ($1, $2, $3, $4)", [
    eventId,
    talentId,
    status,
    briefId,
  ]);
}

async function designerOf(org: Org): Promise<string> {
  return id("insert into app_public.designers (organization_id, name) values ($1, $2) returning id", [
    org.organizationId,
    `Diseñadora ${unique()}`,
  ]);
}

async function look(org: Org, eventId: string, sequence: number, talentId: string | null = null): Promise<string> {
  return id(
    "insert into app_public.looks (event_id, designer_id, sequence, title, talent_id) values ($1, $2, $3, $4, $5) returning id",
    [eventId, await designerOf(org), sequence, `Look ${sequence}`, talentId],
  );
}

async function vendor(org: Org, category: string, priceMin: number | null = null): Promise<string> {
  return id(
    "insert into app_public.vendors (organization_id, name, category, city, price_min_cop) values ($1, $2, $3, 'Bogotá', $4) returning id",
    [org.organizationId, `Proveedor ${unique()}`, category, priceMin],
  );
}

async function recommend(eventId: string, vendorId: string, category: string, status: string, agreed?: number) {
  await q(
    "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status, agreed_price_cop) values ($1, $2, $3, $4, $5)",
    [eventId, vendorId, category, status, agreed ?? null],
  );
}

async function tier(eventId: string, quantity: number): Promise<string> {
  return id(
    "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'General', 50000, $2) returning id",
    [eventId, quantity],
  );
}

/** A booking as the box office leaves it; paid ones confirmed at `confirmedAt`. */
async function booking(
  org: Org,
  eventId: string,
  tierId: string,
  quantity: number,
  status: "paid" | "pending",
  confirmedAt: string | null = null,
): Promise<string> {
  return id(
    `insert into app_public.bookings (organization_id, event_id, tier_id, buyer_name, buyer_email, quantity, total_cop, status,
                                      payment_provider, confirmed_at, expires_at)
     values ($1, $2, $3, 'Compradora', $4, $5, 50000 * $5, $6, 'cash', $7::timestamptz,
             case when $6 = 'pending' then now() + interval '15 minutes' end) returning id`,
    [org.organizationId, eventId, tierId, `buyer-${unique()}@example.com`, quantity, status, confirmedAt],
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe("the checks, each with a fixture that triggers it", () => {
  it("casting: models confirmed vs each brief's need; red within 14 days, amber before, green when complete", async () => {
    const org = await newOrg();
    const soon = await newEvent(org, 10);
    const later = await newEvent(org, 40);
    for (const eventId of [soon, later]) {
      const brief = await id(
        "insert into app_public.casting_briefs (event_id, title, models_needed) values ($1, 'Asfalto', 3) returning id",
        [eventId],
      );
      await cast(eventId, await talent(org, "Ana"), "confirmed", brief);
      await cast(eventId, await talent(org, "Bea"), "invited", brief);
    }
    const soonCheck = Object.values(await checksOf(soon)).find((c) => c.code === "casting");
    expect(soonCheck).toMatchObject({
      severity: "red",
      facts: { needed: 3, confirmed: 1, missing: 2, daysLeft: 10 },
    });
    expect(soonCheck?.title).toBe("Faltan 2 modelos para «Asfalto» (1 de 3 confirmados, 10 días para el show).");
    expect(soonCheck?.nextStep).toMatch(/agente de casting/);
    expect(Object.values(await checksOf(later)).find((c) => c.code === "casting")?.severity).toBe("amber");

    // Two more confirmed: green.
    const { id: briefId } = await one<{ id: string }>("select id from app_public.casting_briefs where event_id = $1", [
      soon,
    ]);
    await cast(soon, await talent(org, "Cami"), "confirmed", briefId);
    await cast(soon, await talent(org, "Dani"), "confirmed", briefId);
    expect(Object.values(await checksOf(soon)).find((c) => c.code === "casting")).toMatchObject({
      severity: "green",
      facts: { missing: 0 },
    });
  });

  it("looks without a confirmed model; no looks at all; all looks with a model", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 5);
    expect((await checksOf(eventId)).looks).toMatchObject({ severity: "red", facts: { looks: 0 } });
    const ana = await talent(org, "Ana");
    await cast(eventId, ana, "confirmed");
    await look(org, eventId, 1, ana);
    await look(org, eventId, 2);
    expect((await checksOf(eventId)).looks).toMatchObject({
      severity: "red",
      title: "1 de 2 looks sin modelo confirmado.",
      facts: { looks: 2, withoutModel: 1 },
    });
    await q("update app_public.looks set talent_id = $2 where event_id = $1 and talent_id is null", [eventId, ana]);
    expect((await checksOf(eventId)).looks?.severity).toBe("green");
  });

  it("run of show: missing, stale, infeasible, fresh", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 20);
    await look(org, eventId, 1);
    expect((await checksOf(eventId)).run_of_show).toMatchObject({ severity: "amber", facts: { state: "missing" } });
    const schedule = await id(
      "insert into app_public.runway_schedules (event_id, version, solved_at, solver_status) values ($1, 1, now(), 'optimal') returning id",
      [eventId],
    );
    expect((await checksOf(eventId)).run_of_show).toMatchObject({ severity: "green", facts: { state: "fresh" } });
    await q(
      `update app_public.runway_schedules set stale_at = now(), stale_reasons = '[{"kind": "look_added"}]' where id = $1`,
      [schedule],
    );
    expect((await checksOf(eventId)).run_of_show).toMatchObject({
      severity: "amber",
      facts: { state: "stale", changes: 1 },
    });
    await q("update app_public.runway_schedules set solver_status = 'infeasible' where id = $1", [schedule]);
    expect((await checksOf(eventId)).run_of_show).toMatchObject({ severity: "red", facts: { state: "infeasible" } });
  });

  it("vendors per required category and the venue", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 12, { categories: ["sound", "lighting", "catering"] });
    const sound = await vendor(org, "sound");
    const light = await vendor(org, "lighting");
    await recommend(eventId, sound, "sound", "booked");
    await recommend(eventId, light, "lighting", "contacted");
    const checks = await checksOf(eventId);
    expect(checks["vendor:sound"]).toMatchObject({ severity: "green", title: "Proveedor de sonido confirmado." });
    expect(checks["vendor:lighting"]).toMatchObject({
      severity: "red",
      title: "Sin proveedor de iluminación confirmado (1 en cotización).",
      facts: { booked: 0, contacted: 1 },
    });
    expect(checks["vendor:catering"]?.severity).toBe("red");
    expect(checks["vendor:security"]).toBeUndefined();
    expect(checks.venue).toMatchObject({ severity: "red", title: "No hay venue confirmado." });

    const withVenue = await newEvent(org, 45, { venue: true, categories: ["sound"] });
    const later = await checksOf(withVenue);
    expect(later.venue).toBeUndefined();
    expect(later["vendor:sound"]?.severity).toBe("amber");
  });

  it("tickets: sold vs capacity vs past events at the same point before the show", async () => {
    const org = await newOrg();
    // A past event that had sold 80 of 100 twenty days before its show.
    const past = await newEvent(org, -30, { capacity: 100 });
    const pastTier = await tier(past, 100);
    const { starts_at } = await one<{ starts_at: Date }>("select starts_at from app_public.events where id = $1", [
      past,
    ]);
    const at = (daysBefore: number) => new Date(starts_at.getTime() - daysBefore * 86_400_000).toISOString();
    await booking(org, past, pastTier, 40, "paid", at(25));
    await booking(org, past, pastTier, 40, "paid", at(21));
    await booking(org, past, pastTier, 10, "paid", at(2));

    const eventId = await newEvent(org, 20, { capacity: 100 });
    const eventTier = await tier(eventId, 100);
    await booking(org, eventId, eventTier, 30, "paid", new Date().toISOString());
    expect((await checksOf(eventId)).ticket_sales).toMatchObject({
      severity: "amber",
      facts: { sold: 30, capacity: 100, share: 0.3, pastShare: 0.8 },
    });
    await booking(org, eventId, eventTier, 40, "paid", new Date().toISOString());
    expect((await checksOf(eventId)).ticket_sales).toMatchObject({ severity: "green", facts: { sold: 70 } });

    // Closer to the show and far behind: red.
    const close = await newEvent(org, 10, { capacity: 100 });
    await booking(org, close, await tier(close, 100), 5, "paid", new Date().toISOString());
    expect((await checksOf(close)).ticket_sales).toMatchObject({ severity: "red", facts: { pastShare: 0.8 } });
  });

  it("pending reservations and failed payments", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 20);
    const tierId = await tier(eventId, 50);
    expect((await checksOf(eventId)).payments).toBeUndefined();
    const pending = await booking(org, eventId, tierId, 2, "pending");
    expect((await checksOf(eventId)).payments).toMatchObject({
      severity: "green",
      facts: { pendingReservations: 1, failedPayments: 0 },
    });
    await q(
      `insert into app_public.payments (organization_id, booking_id, provider, provider_transaction_id, reference, amount_in_cents, status)
       values ($1, $2, 'wompi', $3, 'REF', 10000000, 'DECLINED')`,
      [org.organizationId, pending, `txn-${unique()}`],
    );
    expect((await checksOf(eventId)).payments).toMatchObject({
      severity: "amber",
      title: "1 reserva pendiente de pago; 1 pago fallido en los últimos 7 días.",
      facts: { pendingReservations: 1, failedPayments: 1 },
    });
  });

  it("the organization's AI error rate over 24 hours: over 5 % is flagged, 5 % or less is not", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 30);
    const log = (success: boolean, hoursAgo = 1) =>
      q(
        `insert into app_public.ai_agent_logs (organization_id, agent_type, operation, model, success, created_at)
         values ($1, 'model_casting', 'generate', 'm', $2, now() - make_interval(hours => $3))`,
        [org.organizationId, success, hoursAgo],
      );
    for (let i = 0; i < 19; i++) await log(true);
    await log(false);
    expect((await checksOf(eventId)).ai_errors).toBeUndefined(); // exactly 5 %
    await log(false, 30); // older than 24 h: not counted
    expect((await checksOf(eventId)).ai_errors).toBeUndefined();
    await log(false);
    expect((await checksOf(eventId)).ai_errors).toMatchObject({
      severity: "amber",
      facts: { calls: 21, failed: 2 },
    });
    for (let i = 0; i < 8; i++) await log(false);
    expect((await checksOf(eventId)).ai_errors?.severity).toBe("red");
  });

  it("budget: booked vendors' agreed prices (else their minimum) vs the planned budget", async () => {
    const org = await newOrg();
    const unplanned = await newEvent(org, 30);
    expect((await checksOf(unplanned)).budget).toMatchObject({ severity: "amber", facts: { plannedCop: null } });

    const eventId = await newEvent(org, 30, { budgetCop: 10_000_000 });
    await recommend(eventId, await vendor(org, "sound", 3_000_000), "sound", "booked");
    await recommend(eventId, await vendor(org, "lighting"), "lighting", "booked", 4_000_000);
    await recommend(eventId, await vendor(org, "catering", 9_000_000), "catering", "suggested");
    expect((await checksOf(eventId)).budget).toMatchObject({
      severity: "green",
      title: "Comprometido $7.000.000 de $10.000.000 planeados (70 %).",
      facts: { spentCop: 7_000_000, plannedCop: 10_000_000 },
    });
    await q(
      "update app_public.vendor_recommendations set agreed_price_cop = 6500000 where event_id = $1 and category = 'lighting'",
      [eventId],
    );
    expect((await checksOf(eventId)).budget?.severity).toBe("amber");
    await q(
      "update app_public.vendor_recommendations set status = 'booked' where event_id = $1 and category = 'catering'",
      [eventId],
    );
    expect((await checksOf(eventId)).budget).toMatchObject({ severity: "red", facts: { spentCop: 18_500_000 } });
  });

  it("orders checks worst first and counts days in the event's time zone", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 3);
    const row = await one<{ checks: Check[] }>("select app_private.event_health_checks($1) as checks", [eventId]);
    const rank = { red: 0, amber: 1, green: 2 };
    const ranks = row.checks.map((c) => rank[c.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(row.checks.find((c) => c.code === "looks_without_model")?.facts.daysLeft).toBe(3);
  });
});

describe("reports: one per event per day, notices of new red items", () => {
  const reportsOf = (eventId: string) =>
    q<{ id: string; report_date: string; status: string; computations: number; red_count: number }>(
      "select id, report_date::text, status, computations, red_count from app_public.event_health_reports where event_id = $1 order by report_date",
      [eventId],
    );
  const noticesOf = (org: Org) =>
    q<{ profile_id: string; title: string; body: string; data: { keys: string[] } }>(
      "select profile_id, title, body, data from app_public.notifications where organization_id = $1 order by created_at, profile_id",
      [org.organizationId],
    );

  it("re-runs the same day update the report; a new day adds one; history is kept", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 10, { venue: true, budgetCop: 1_000_000 });
    await q("select app_private.refresh_event_health($1, '2030-05-01')", [eventId]);
    await q("select app_private.refresh_event_health($1, '2030-05-01')", [eventId]);
    expect(await reportsOf(eventId)).toMatchObject([{ report_date: "2030-05-01", computations: 2 }]);
    await q("select app_private.refresh_event_health($1, '2030-05-02')", [eventId]);
    expect((await reportsOf(eventId)).map((r) => r.report_date)).toEqual(["2030-05-01", "2030-05-02"]);
  });

  it("the daily run covers draft and published events of the next 60 days, not later, past or cancelled ones", async () => {
    const org = await newOrg();
    const inside = await newEvent(org, 59);
    const outside = await newEvent(org, 61);
    const past = await newEvent(org, -1);
    const cancelled = await newEvent(org, 5);
    await q("update app_public.events set status = 'cancelled' where id = $1", [cancelled]);
    await q("select app_private.run_event_health_daily('2030-06-01')");
    expect(await reportsOf(inside)).toHaveLength(1);
    for (const eventId of [outside, past, cancelled]) expect(await reportsOf(eventId)).toHaveLength(0);
  });

  it("two workers running the day at once still leave one report per event and one notice per red item", async () => {
    const org = await newOrg();
    const events = [await newEvent(org, 4), await newEvent(org, 6), await newEvent(org, 8)];
    const date = "2030-07-01";
    const runs = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = await db.owner.connect();
        try {
          await client.query("begin");
          await client.query("select app_private.refresh_event_health(e, $2) from unnest($1::uuid[]) e", [
            events,
            date,
          ]);
          await client.query("commit");
          return "ok";
        } catch (error) {
          await client.query("rollback");
          return String(error);
        } finally {
          client.release();
        }
      }),
    );
    expect(runs).toEqual(["ok", "ok", "ok", "ok"]);
    for (const eventId of events) {
      expect(await reportsOf(eventId)).toMatchObject([{ report_date: date, computations: 4 }]);
    }
    // Each event's red items reach the owner and the producer once.
    expect(await noticesOf(org)).toHaveLength(events.length * 2);
    // One queued summary run per report, not one per computation.
    const { n } = await one<{ n: number }>(
      "select count(*)::int as n from app_public.agent_runs where agent_type = 'event_health' and event_id = any($1::uuid[])",
      [events],
    );
    expect(n).toBe(events.length);
  });

  it("notifies owners and producers (not viewers or casting) of red items that were not red before", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 20, { venue: true, budgetCop: 5_000_000, categories: ["sound"] });
    await look(org, eventId, 1);
    await q(
      "insert into app_public.runway_schedules (event_id, version, solved_at, solver_status) values ($1, 1, now(), 'optimal')",
      [eventId],
    );
    await q("select app_private.refresh_event_health($1, '2030-08-01')", [eventId]);
    expect(await noticesOf(org)).toEqual([]); // nothing red 20 days out

    await q("update app_public.runway_schedules set solver_status = 'infeasible' where event_id = $1", [eventId]);
    await q("select app_private.refresh_event_health($1, '2030-08-02')", [eventId]);
    const notices = await noticesOf(org);
    expect(notices.map((n) => n.profile_id).sort()).toEqual([org.owner, org.producer].sort());
    expect(notices[0]?.data.keys).toEqual(["run_of_show"]);
    expect(notices[0]?.title).toMatch(/1 punto nuevo en rojo/);
    expect(notices[0]?.body).toMatch(/El orden de salida no es viable/);

    // Still red the next day: no new notice. Another item turns red: a notice for it alone.
    await q("select app_private.refresh_event_health($1, '2030-08-03')", [eventId]);
    expect(await noticesOf(org)).toHaveLength(2);
    await setBudget(eventId, 1);
    await recommend(eventId, await vendor(org, "sound", 2_000_000), "sound", "booked");
    await q("select app_private.refresh_event_health($1, '2030-08-03')", [eventId]);
    const after = await noticesOf(org);
    expect(after).toHaveLength(4);
    expect(after[3]?.data.keys).toEqual(["budget"]);
  });

  it("a re-run with the same checks keeps the summary; changed checks clear it and queue one new summary run", async () => {
    const org = await newOrg();
    const eventId = await newEvent(org, 30, { venue: true });
    const first = await one<{ id: string; summary_run_id: string }>(
      "select (r).id, (r).summary_run_id from app_private.refresh_event_health($1, '2030-09-01') r",
      [eventId],
    );
    const job = await one<{ task_identifier: string }>(
      "select task_identifier from graphile_worker.jobs where key = 'agent_run:' || $1",
      [first.summary_run_id],
    );
    expect(job?.task_identifier).toBe("event_health");
    // The run finished with a summary.
    await q("update app_public.agent_runs set status = 'succeeded', finished_at = now() where id = $1", [
      first.summary_run_id,
    ]);
    await q(
      "update app_public.event_health_reports set summary = 'Todo bien.', summary_model = 'local' where id = $1",
      [first.id],
    );
    const same = await one<{ summary: string; summary_run_id: string }>(
      "select (r).summary, (r).summary_run_id from app_private.refresh_event_health($1, '2030-09-01') r",
      [eventId],
    );
    expect(same).toEqual({ summary: "Todo bien.", summary_run_id: first.summary_run_id });
    await setBudget(eventId, 100);
    const changed = await one<{ summary: string | null; summary_run_id: string }>(
      "select (r).summary, (r).summary_run_id from app_private.refresh_event_health($1, '2030-09-01') r",
      [eventId],
    );
    expect(changed.summary).toBeNull();
    expect(changed.summary_run_id).not.toBe(first.summary_run_id);
  });
});

describe("requestEventHealth and RLS", () => {
  it("producers, admins and owners request a report; viewers and outsiders cannot", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const eventId = await newEvent(org, 15);
    const request = (profile: string) =>
      db.asProfile(profile, (c) =>
        attempt(c, "select id, status, report_date::text from app_public.request_event_health($1)", [eventId]),
      );
    const ok = await request(org.producer);
    expect(ok.ok).toBe(true);
    expect(ok.rows[0]?.report_date).toBe(
      (await one<{ d: string }>("select (now() at time zone 'America/Bogota')::date::text as d")).d,
    );
    expect((await request(org.viewer)).code).toBe("DNIED");
    expect((await request(other.owner)).code).toBe("NTFND");
  });

  it("members read their organization's reports only; each person reads and marks read only their own notices", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const eventId = await newEvent(org, 3);
    await q("select app_private.refresh_event_health($1, '2030-10-01')", [eventId]);
    const reportsSeenBy = (profile: string) =>
      db.asProfile(profile, async (c) => (await c.query("select event_id from app_public.event_health_reports")).rows);
    expect(await reportsSeenBy(org.viewer)).toEqual([{ event_id: eventId }]);
    expect(await reportsSeenBy(other.owner)).toEqual([]);

    const notices = await q<{ id: string; profile_id: string }>(
      "select id, profile_id from app_public.notifications where organization_id = $1",
      [org.organizationId],
    );
    const mine = notices.find((n) => n.profile_id === org.producer);
    const theirs = notices.find((n) => n.profile_id === org.owner);
    expect(mine && theirs).toBeTruthy();
    await db.asProfile(org.producer, async (c) => {
      const seen = (await c.query("select id from app_public.notifications")).rows.map((r) => r.id);
      expect(seen).toEqual([mine?.id]);
      const marked = await c.query("select app_public.mark_notifications_read($1) as n", [[mine?.id, theirs?.id]]);
      expect(marked.rows[0].n).toBe(1);
      const forged = await attempt(c, "update app_public.notifications set read_at = now() where id = $1", [
        theirs?.id,
      ]);
      expect(forged.rowCount).toBe(0);
      const title = await attempt(c, "update app_public.notifications set title = 'x' where id = $1", [mine?.id]);
      expect(title.code).toBe("42501");
    });
  });
});
