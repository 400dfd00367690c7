// GET /health and /health/live over real HTTP: database reachability,
// migrations, the AI error-rate and budget alerts, and what happens when the
// database goes away under a running server (on a throwaway cluster of its
// own, so the shared test server is never stopped).
import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { migrateDatabase, resetDatabase } from "../db/lib/lifecycle.ts";
import { type PostgresServer, startEmbeddedPostgres } from "../db/lib/server.ts";
import { databaseSettings } from "../db/lib/settings.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;

/** The operator's token: with it /health shows the whole report. */
const HEALTH_TOKEN = "health-token-for-the-test-operator-0123456789";

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { HEALTH_TOKEN });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

interface HealthBody {
  status: "ok" | "degraded" | "down";
  checkedAt: string;
  database: { reachable: boolean; latencyMs: number | null; error?: string };
  migrations: { applied: number; committed: number; upToDate: boolean } | null;
  worker: {
    lastHeartbeatAgeSeconds: number | null;
    queueDepth: number;
    failedJobs: number;
    runsPastDeadline: number;
  } | null;
  ai: {
    callsLast24h: number;
    failuresLast24h: number;
    errorRateLast24h: number;
    errorRateAlert: boolean;
    costMonthToDateUsd: number;
    monthlyBudgetUsd: number;
    budgetUsedRatio: number;
  } | null;
}

/** GET /health as the operator (or with another Authorization header, or none). */
async function health(server: TestServer, authorization: string | null = `Bearer ${HEALTH_TOKEN}`) {
  const response = await fetch(`${server.url}/health`, { headers: authorization ? { authorization } : {} });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as HealthBody };
}

async function committedMigrations(): Promise<number> {
  const files = await readdir(join(PROJECT_ROOT, "db", "migrations", "committed"));
  return files.filter((file) => file.endsWith(".sql")).length;
}

/** AI calls as the worker logs them: `failures` of `calls` failed, `ageHours` ago, each costing `costUsd`. */
async function logAiCalls(
  calls: number,
  failures: number,
  options: { ageHours?: number; costUsd?: number; organizationId?: string } = {},
) {
  await db.owner.query(
    `insert into app_public.ai_agent_logs (agent_type, operation, model, success, cost_usd, tokens_used, created_at, organization_id)
     select 'model_casting', 'rank_talent', 'test-model', i > $2, $3, 100, now() - make_interval(hours => $4), $5
       from generate_series(1, $1) as i`,
    [calls, failures, options.costUsd ?? 0.001, options.ageHours ?? 0, options.organizationId ?? null],
  );
}

describe("GET /health with the database up", () => {
  beforeEach(async () => {
    await db.owner.query("delete from app_public.ai_agent_logs");
  });

  it("is 200 and ok: database reachable, migrations up to date, no AI alert", async () => {
    const { status, headers, body } = await health(api);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/application\/json/);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body.status).toBe("ok");
    expect(Date.now() - Date.parse(body.checkedAt)).toBeLessThan(60_000);
    expect(body.database.reachable).toBe(true);
    expect(body.database.latencyMs).toEqual(expect.any(Number));
    expect(body.database.error).toBeUndefined();
    const committed = await committedMigrations();
    expect(body.migrations).toEqual({ applied: committed, committed, upToDate: true });
    expect(body.worker).toEqual({
      lastHeartbeatAgeSeconds: expect.toBeOneOf([null, expect.any(Number)]),
      queueDepth: expect.any(Number),
      failedJobs: expect.any(Number),
      runsPastDeadline: 0,
    });
    expect(body.ai).toEqual({
      callsLast24h: 0,
      failuresLast24h: 0,
      errorRateLast24h: 0,
      errorRateAlert: false,
      costMonthToDateUsd: 0,
      monthlyBudgetUsd: 50,
      budgetUsedRatio: 0,
    });
  });

  it("reports aggregates only: no personal data", async () => {
    const { text } = await health(api);
    expect(text).not.toMatch(/@/);
  });

  it("more than 5 % failed AI calls in 24 hours → errorRateAlert and status degraded (still 200)", async () => {
    await logAiCalls(20, 2);
    const { status, body } = await health(api);
    expect(status).toBe(200);
    expect(body.status).toBe("degraded");
    expect(body.ai).toMatchObject({
      callsLast24h: 20,
      failuresLast24h: 2,
      errorRateLast24h: 0.1,
      errorRateAlert: true,
    });
  });

  it("exactly 5 % is not an alert", async () => {
    await logAiCalls(20, 1);
    const { body } = await health(api);
    expect(body.ai).toMatchObject({
      callsLast24h: 20,
      failuresLast24h: 1,
      errorRateLast24h: 0.05,
      errorRateAlert: false,
    });
    expect(body.status).toBe("ok");
  });

  it("failures older than 24 hours do not count toward the alert", async () => {
    await logAiCalls(10, 10, { ageHours: 30 });
    await logAiCalls(20, 0);
    const { body } = await health(api);
    expect(body.ai).toMatchObject({ callsLast24h: 20, failuresLast24h: 0, errorRateAlert: false });
    expect(body.status).toBe("ok");
  });

  it("spending the monthly AI budget → degraded (AI_MONTHLY_BUDGET_USD)", async () => {
    await logAiCalls(2, 0, { costUsd: 0.6 });
    const tight = await startTestServer(db, { AI_MONTHLY_BUDGET_USD: "1", HEALTH_TOKEN });
    try {
      const { status, body } = await health(tight);
      expect(status).toBe(200);
      expect(body.status).toBe("degraded");
      expect(body.ai).toMatchObject({ costMonthToDateUsd: 1.2, monthlyBudgetUsd: 1, budgetUsedRatio: 1.2 });
    } finally {
      await tight.close();
    }
    const { body } = await health(api);
    expect(body.ai).toMatchObject({ costMonthToDateUsd: 1.2, monthlyBudgetUsd: 50, budgetUsedRatio: 0.024 });
    expect(body.status).toBe("ok");
  });

  it("a database behind the committed migrations → migrations.upToDate false, degraded", async () => {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const { rows } = await client.query(
        "delete from graphile_migrate.migrations where filename = (select max(filename) from graphile_migrate.migrations) returning *",
      );
      expect(rows).toHaveLength(1);
      // The server reads through its own pool, so commit, then put the row back.
      await client.query("commit");
      try {
        const { status, body } = await health(api);
        expect(status).toBe(200);
        expect(body.status).toBe("degraded");
        expect(body.migrations).toMatchObject({ upToDate: false, applied: (await committedMigrations()) - 1 });
      } finally {
        const columns = Object.keys(rows[0]);
        await client.query(
          `insert into graphile_migrate.migrations (${columns.join(", ")}) values (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
          Object.values(rows[0]),
        );
      }
    } finally {
      client.release();
    }
    expect((await health(api)).body.migrations?.upToDate).toBe(true);
  });
});

describe("who sees what in GET /health", () => {
  const login = async (email: string) => api.login(email, DEMO_PASSWORD);
  const org = async (slug: string) =>
    (await db.owner.query("select id, name from app_public.organizations where slug = $1", [slug])).rows[0] as {
      id: string;
      name: string;
    };
  beforeEach(async () => {
    await db.owner.query("delete from app_public.ai_agent_logs");
  });

  it("anyone sees the status alone: no AI calls or cost, no system details", async () => {
    await logAiCalls(7, 1, { costUsd: 0.5 });
    const { status, body, text } = await health(api, null);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["checkedAt", "status"]);
    expect(["ok", "degraded"]).toContain(body.status);
    expect(text).not.toMatch(/ai|cost|calls|migrations|worker/i);
    // The operator, at the same moment, sees the same status and the details.
    const operator = await health(api);
    expect(operator.body.status).toBe(body.status);
    expect(operator.body.ai?.callsLast24h).toBe(7);
  });

  it("a wrong operator token is refused (401), not taken for the operator", async () => {
    const { status, body } = await health(api, `Bearer ${HEALTH_TOKEN.replace(/.$/, "x")}`);
    expect(status).toBe(401);
    expect((body as unknown as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("without HEALTH_TOKEN configured there is no operator view", async () => {
    const server = await startTestServer(db);
    try {
      const { status, body } = await health(server, `Bearer ${HEALTH_TOKEN}`);
      expect(status).toBe(401);
      expect(body.ai).toBeUndefined();
      expect(Object.keys((await health(server, null)).body).sort()).toEqual(["checkedAt", "status"]);
    } finally {
      await server.close();
    }
  });

  it("a signed-in owner sees their own organization's AI figures, never another's", async () => {
    const bogota = await org("moda-bogota");
    const medellin = await org("medellin-fashion");
    await logAiCalls(4, 1, { costUsd: 0.25, organizationId: bogota.id });
    await logAiCalls(9, 0, { costUsd: 1, organizationId: medellin.id });
    const { status, body } = await health(api, `Bearer ${await login("owner@bogota.fashionos.test")}`);
    expect(status).toBe(200);
    const organizations = (
      body as unknown as { organizations: { organizationId: string; name: string; ai: HealthBody["ai"] }[] }
    ).organizations;
    expect(organizations).toEqual([
      {
        organizationId: bogota.id,
        name: bogota.name,
        ai: expect.objectContaining({ callsLast24h: 4, failuresLast24h: 1, costMonthToDateUsd: 1 }),
      },
    ]);
    expect(body.ai).toBeUndefined();
    expect(body.migrations).toBeUndefined();
  });

  it("a signed-in member who owns nothing sees the status and no organization", async () => {
    const { body } = await health(api, `Bearer ${await login("viewer@bogota.fashionos.test")}`);
    expect(body).toEqual({ status: expect.any(String), checkedAt: expect.any(String), organizations: [] });
  });
});

describe("GET /health/live", () => {
  it("is 200 without touching the database", async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

describe("when the database goes away", () => {
  const dataDir = join(PROJECT_ROOT, ".data", `health-test-${process.pid}-${randomBytes(3).toString("hex")}`);
  let cluster: PostgresServer | null = null;
  let server: TestServer | null = null;

  afterAll(async () => {
    await server?.close().catch(() => {});
    await cluster?.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  });

  it("/health turns 503 with database.reachable false, and the process keeps serving", {
    timeout: 180_000,
  }, async () => {
    cluster = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      databaseName: "fashionos_health",
      log: () => {},
      extraFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    });
    expect(cluster.embedded).toBe(true);
    const settings = databaseSettings(cluster.url, "fashionos_health");
    await resetDatabase(settings);
    await migrateDatabase(settings, { quiet: true });
    // startTestServer only reads the database settings.
    server = await startTestServer({ settings } as TestDatabase, { HEALTH_TOKEN });

    const up = await health(server);
    expect(up.status).toBe(200);
    expect(up.body.database.reachable).toBe(true);
    expect(up.body.migrations?.upToDate).toBe(true);
    expect((await server.graphql("{ events { totalCount } }")).body.data?.events.totalCount).toBe(0);

    // The pools log the connections the server terminates; keep the output clean.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    onTestFinished(() => quiet.mockRestore());
    await cluster.stop();

    const down = await health(server);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe("down");
    expect(down.body.database.reachable).toBe(false);
    expect(down.body.database.error).toEqual(expect.any(String));
    expect(down.body.migrations).toBeNull();
    expect(down.body.ai).toBeNull();
    const publicDown = await health(server, null);
    expect(publicDown.status).toBe(503);
    expect(publicDown.body).toEqual({ status: "down", checkedAt: expect.any(String) });

    // The API answers (with an error) instead of hanging, and the process is alive.
    const query = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: "{ events { totalCount } }" }),
    });
    const answer = (await query.json()) as {
      data?: { events: unknown } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    expect(answer.data?.events ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect((await health(server)).status).toBe(503);
  });
});
