// The bench data generator (bench/data.ts) at a tiny scale on a private
// database: the planned rows exist, every cross-table invariant holds, and
// the bench accounts can sign in. No timings are asserted.
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  BENCH_PASSWORD,
  benchAccountEmail,
  consistencyProblems,
  type DataReport,
  generateData,
} from "../bench/data.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
let report: DataReport;

beforeAll(async () => {
  db = await createTestDatabase();
  report = await generateData(db.settings, { scale: 0.005 });
}, 180_000);

afterAll(async () => {
  await db?.drop();
});

async function benchCount(sql: string): Promise<number> {
  const { rows } = await db.owner.query(
    `select count(*)::int as n from (${sql}) x
      where x.organization_id in (select id from app_public.organizations where slug like 'bench-org-%')`,
  );
  return rows[0].n;
}

it("creates the planned organizations, accounts, events, roster, bookings and AI logs", async () => {
  const { plan } = report;
  expect(await benchCount("select id as organization_id from app_public.organizations")).toBe(plan.organizations);
  expect(await benchCount("select organization_id from app_public.memberships")).toBe(plan.organizations * 5);
  expect(await benchCount("select organization_id from app_public.events")).toBe(plan.events);
  expect(await benchCount("select organization_id from app_public.ticket_tiers")).toBe(
    plan.events * plan.tiersPerEvent,
  );
  expect(await benchCount("select organization_id from app_public.talent")).toBe(plan.talent);
  expect(await benchCount("select organization_id from app_public.talent_contacts")).toBe(plan.talent);
  expect(await benchCount("select organization_id from app_public.bookings")).toBe(plan.bookings);
  expect(await benchCount("select organization_id from app_public.agent_runs")).toBe(plan.agentRuns);
  expect(await benchCount("select organization_id from app_public.ai_agent_logs")).toBe(plan.aiLogs);
  const castings = await benchCount("select organization_id from app_public.model_castings");
  expect(castings).toBeGreaterThan(0);
  expect(castings).toBeLessThanOrEqual(plan.events * plan.castingsPerEvent);
  expect(report.rows.events).toBeGreaterThanOrEqual(plan.events);
  expect(report.databaseBytes).toBeGreaterThan(0);
});

it("keeps stock, organizations and guardians consistent", async () => {
  const client = await db.owner.connect();
  try {
    expect(await consistencyProblems(client)).toEqual([]);
  } finally {
    client.release();
  }
});

it("has a mix of consent, availability and booking states", async () => {
  const { rows } = await db.owner.query(`
    select count(*) filter (where app_public.talent_has_ai_consent(t)) as consent,
           count(*) filter (where t.consent_revoked_at is not null) as revoked,
           count(*) filter (where t.consent_granted_at is null) as none,
           count(*) filter (where app_public.talent_is_minor(t)) as minors
      from app_public.talent t join app_public.organizations o on o.id = t.organization_id
     where o.slug like 'bench-org-%'`);
  for (const key of ["consent", "revoked", "none", "minors"]) expect(Number(rows[0][key])).toBeGreaterThan(0);
  const { rows: statuses } = await db.owner.query(`
    select distinct b.status from app_public.bookings b join app_public.organizations o on o.id = b.organization_id
     where o.slug like 'bench-org-%'`);
  expect(statuses.map((s) => s.status).sort()).toEqual(["cancelled", "paid", "pending", "refunded"]);
  expect(await benchCount("select organization_id from app_public.talent_availability")).toBeGreaterThan(0);
});

// The generator writes history the way it happens under today's rules: a show that was cancelled sold tickets
// first (a cancelled event refuses bookings since migration 000024, which once broke every bench run at scale 0.02).
it("has events in every status, cancelled ones with the bookings they sold", async () => {
  const { rows } = await db.owner.query(`
    select e.status, count(distinct e.id)::int as events, count(b.id)::int as bookings,
           count(b.id) filter (where b.status in ('pending', 'paid'))::int as open_bookings
      from app_public.events e join app_public.organizations o on o.id = e.organization_id
      left join app_public.bookings b on b.event_id = e.id
     where o.slug like 'bench-org-%' group by e.status order by e.status`);
  expect(rows.map((r) => r.status)).toEqual(["cancelled", "completed", "draft", "published"]);
  const cancelled = rows.find((r) => r.status === "cancelled");
  expect(cancelled.bookings).toBeGreaterThan(0);
  expect(cancelled.open_bookings).toBe(0);
});

it("gives organization 1 the large roster", async () => {
  const { rows } = await db.owner.query(`
    select o.slug, count(t.id)::int as talent from app_public.organizations o
      join app_public.talent t on t.organization_id = o.id
     where o.slug like 'bench-org-%' group by o.slug order by o.slug`);
  expect(rows[0]).toEqual({ slug: "bench-org-001", talent: report.plan.bigOrgTalent });
  for (const row of rows.slice(1)) expect(row.talent).toBe(report.plan.otherOrgTalent);
});

it("lets every bench account sign in with the bench password", async () => {
  const token = await db.asAnonymous(async (client) => {
    const { rows } = await client.query("select app_public.authenticate($1, $2) as token", [
      benchAccountEmail(2, "casting"),
      BENCH_PASSWORD,
    ]);
    return rows[0].token;
  });
  expect(token).not.toBeNull();
});
