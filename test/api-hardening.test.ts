// The HTTP layer's defences, over real HTTP: CORS, security headers, body
// size, query depth / aliases / cost, rate limits, stable error codes,
// masking of unexpected errors in production and the configuration checks.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../server/config.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { type GraphQLBody, startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";

const ALLOWED_ORIGIN = "https://app.fashionos.test";

let db: TestDatabase;
let api: TestServer;
let bogotaId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_AUTH_PER_MINUTE: "1000" });
  bogotaId = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const venuesCount = async () =>
  (await db.owner.query("select count(*)::int as n from app_public.venues")).rows[0].n as number;

/** Posts a raw body to /graphql and parses the JSON answer. */
async function postRaw(
  server: TestServer,
  body: BodyInit,
  headers: Record<string, string> = {},
  init: RequestInit = {},
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body,
    ...init,
  });
  const text = await response.text();
  let json: GraphQLBody | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {}
  return { status: response.status, headers: response.headers, text, body: json };
}

/** The body as a stream, so fetch sends it chunked, without a Content-Length. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.slice(i, i + 500));
      controller.close();
    },
  });
}

function expectRejectedByLimits(body: GraphQLBody | null, pattern: RegExp) {
  expect(body?.data).toBeUndefined();
  expect(body?.errors?.length).toBeGreaterThan(0);
  expect(body?.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  expect(body?.errors?.map((e) => e.message).join("\n")).toMatch(pattern);
}

/**
 * Runs `action` while inserting a venue fails with an error no mapping knows
 * (SQLSTATE P0001, a message naming server internals): the kind of fault the
 * API must mask.
 */
async function withFailingVenueInsert<T>(action: () => Promise<T>): Promise<T> {
  await db.owner.query(`
    create function app_public.test_fail_venue_insert() returns trigger language plpgsql as $$
    begin raise exception 'internal detail: disk quota reached on tablespace fast_ssd'; end $$;
    create trigger test_fail_venue_insert before insert on app_public.venues
      for each row execute function app_public.test_fail_venue_insert();`);
  try {
    return await action();
  } finally {
    await db.owner.query(`
      drop trigger test_fail_venue_insert on app_public.venues;
      drop function app_public.test_fail_venue_insert();`);
  }
}

function createVenue(server: TestServer, token: string) {
  return server.graphql(
    `mutation($org: UUID!) { createVenue(input: { venue: { organizationId: $org, name: "Bodega", city: "Bogotá" } }) { venue { rowId } } }`,
    { org: bogotaId },
    { token },
  );
}

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(`${api.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });

  it("an allowed origin gets Access-Control-Allow-Origin equal to it on POST", async () => {
    const { status, headers } = await api.graphql("{ __typename }", {}, { headers: { origin: ALLOWED_ORIGIN } });
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(headers.get("vary")).toMatch(/\bOrigin\b/i);
  });

  it("an allowed origin's preflight gets 204 with the allowed methods and headers", async () => {
    const response = await preflight(ALLOWED_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    const methods = (response.headers.get("access-control-allow-methods") ?? "").split(/,\s*/);
    expect(methods).toEqual(expect.arrayContaining(["POST", "OPTIONS"]));
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type"]));
    expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(await response.text()).toBe("");
  });

  for (const origin of [
    "https://evil.example",
    "null",
    "https://app.fashionos.test.evil.example",
    "http://app.fashionos.test",
    "https://APP.fashionos.test",
  ]) {
    it(`a disallowed origin (${origin}) gets no CORS headers on POST or preflight`, async () => {
      const post = await api.graphql("{ __typename }", {}, { headers: { origin } });
      expect(post.status).toBe(200);
      expect(post.headers.get("access-control-allow-origin")).toBeNull();
      expect(post.headers.get("access-control-allow-credentials")).toBeNull();
      const pre = await preflight(origin);
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      expect(pre.headers.get("access-control-allow-methods")).toBeNull();
      expect(pre.headers.get("access-control-allow-headers")).toBeNull();
    });
  }

  it("never answers with a wildcard, whatever the request", async () => {
    const responses = [
      (await api.graphql("{ __typename }", {}, { headers: { origin: ALLOWED_ORIGIN } })).headers,
      (await api.graphql("{ __typename }", {}, { headers: { origin: "*" } })).headers,
      (await api.graphql("{ __typename }")).headers,
      (await preflight("*")).headers,
      (await fetch(`${api.url}/health/live`, { headers: { origin: ALLOWED_ORIGIN } })).headers,
      (await api.graphql("{ __typename }", {}, { headers: { origin: ALLOWED_ORIGIN, authorization: "Bearer x" } }))
        .headers,
    ];
    for (const headers of responses) expect(headers.get("access-control-allow-origin")).not.toBe("*");
  });
});

describe("security headers", () => {
  const paths: [string, () => Promise<Response>][] = [
    [
      "POST /graphql",
      () =>
        fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        }),
    ],
    [
      "a 401 from /graphql",
      () =>
        fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer bad" },
          body: JSON.stringify({ query: "{ __typename }" }),
        }),
    ],
    ["GET /health/live", () => fetch(`${api.url}/health/live`)],
    ["GET /health", () => fetch(`${api.url}/health`)],
    ["an unknown path (404)", () => fetch(`${api.url}/no-such-page`)],
  ];

  for (const [name, request] of paths) {
    it(`${name} carries nosniff, no-referrer, DENY framing, COOP and a request id`, async () => {
      const response = await request();
      await response.arrayBuffer();
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      // HSTS only in production (checked below), where TLS is terminated in front.
      expect(response.headers.get("strict-transport-security")).toBeNull();
    });
  }

  it("echoes a caller's X-Request-Id, cut to 64 characters", async () => {
    const short = await api.graphql("{ __typename }", {}, { headers: { "x-request-id": "trace-123" } });
    expect(short.headers.get("x-request-id")).toBe("trace-123");
    const long = await api.graphql("{ __typename }", {}, { headers: { "x-request-id": "x".repeat(200) } });
    expect(long.headers.get("x-request-id")).toBe("x".repeat(64));
  });
});

describe("request body size (BODY_LIMIT_BYTES=2000)", () => {
  let small: TestServer;
  let token: string;
  beforeAll(async () => {
    small = await startTestServer(db, { BODY_LIMIT_BYTES: "2000", CLERK_WEBHOOK_SECRET: "whsec_dGVzdA==" });
    token = await small.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
  });
  afterAll(() => small?.close());

  const createVenue = `mutation($org: UUID!, $pad: String) {
    createVenue(input: { venue: { organizationId: $org, name: "Salón Acolchado", city: "Bogotá", address: $pad } }) { venue { rowId } }
  }`;
  const bodyOf = (padding: number) =>
    JSON.stringify({ query: createVenue, variables: { org: bogotaId, pad: "x".repeat(padding) } });

  it("control: a mutation under the limit runs", async () => {
    const before = await venuesCount();
    const response = await postRaw(small, bodyOf(100), { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.body?.data?.createVenue?.venue?.rowId).toEqual(expect.any(String));
    expect(await venuesCount()).toBe(before + 1);
  });

  it("a larger body with a Content-Length → 413 VALIDATION_FAILED, nothing executed", async () => {
    const before = await venuesCount();
    const body = bodyOf(3000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(2000);
    const response = await postRaw(small, body, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(413);
    expect(response.body?.data).toBeUndefined();
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", limitBytes: 2000 });
    expect(await venuesCount()).toBe(before);
  });

  it("a larger body sent chunked (no Content-Length) → 413, nothing executed", async () => {
    const before = await venuesCount();
    const response = await postRaw(small, chunked(bodyOf(5000)), { authorization: `Bearer ${token}` }, {
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.body?.data).toBeUndefined();
    expect(await venuesCount()).toBe(before);
  });

  it("the webhook endpoint has the same limit → 413", async () => {
    const response = await fetch(`${small.url}/webhooks/clerk`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "user.created", data: { id: "user_x", pad: "x".repeat(3000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe("query depth, aliases and cost", () => {
  const nest = (levels: number, leaf: string): string => {
    let selection = leaf;
    // Small pages: a nested connection multiplies the cost by its page size.
    for (let i = 0; i < levels; i++) selection = `organization { events(first: 2) { nodes { ${selection} } } }`;
    return selection;
  };

  it("control: a query just within the depth limit runs", async () => {
    const token = await api.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
    // events(1) nodes(2) + 2 × organization/events/nodes (8) + rowId = depth 9
    const { status, body } = await api.graphql(`{ events(first: 2) { nodes { ${nest(2, "rowId")} } } }`, {}, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.events.nodes.length).toBeGreaterThan(0);
  });

  it("a query nested beyond GRAPHQL_MAX_DEPTH (events → organization → events → …) is refused, no data", async () => {
    const token = await api.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
    const { status, body } = await api.graphql(`{ events { nodes { ${nest(6, "rowId")} } } }`, {}, { token });
    expect(status).toBeLessThan(500);
    expectRejectedByLimits(body, /depth limit of 10 exceeded/i);
    expect(body.errors?.[0]?.extensions?.reason).toBe("QUERY_TOO_COMPLEX");
  });

  it("depth counts through fragments too", async () => {
    const query = `query { events { nodes { ...Deep } } }
      fragment Deep on Event { ${nest(5, "rowId")} }`;
    const { body } = await api.graphql(query);
    expectRejectedByLimits(body, /depth limit/i);
  });

  it("a too-deep mutation is refused before it runs: nothing is written", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const before = await venuesCount();
    const { body } = await api.graphql(
      `mutation($org: UUID!) {
        createVenue(input: { venue: { organizationId: $org, name: "Profunda", city: "Bogotá" } }) {
          venue { organization { ${nest(5, "rowId")} } }
        }
      }`,
      { org: bogotaId },
      { token },
    );
    expectRejectedByLimits(body, /depth limit/i);
    expect(await venuesCount()).toBe(before);
  });

  it("more aliases than GRAPHQL_MAX_ALIASES are refused, no data", async () => {
    // (graphql-armor does not count aliases of __typename.)
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: currentProfileId`).join(" ");
    const { status, body } = await api.graphql(`{ ${aliases} }`);
    expect(status).toBeLessThan(500);
    expectRejectedByLimits(body, /aliases limit of 15 exceeded/i);
  });

  it("control: 15 aliases are fine", async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: currentProfileId`).join(" ");
    const { body } = await api.graphql(`{ ${aliases} }`);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data ?? {})).toHaveLength(15);
  });

  it("16 aliased mutations are refused before any runs: nothing is written", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const before = await venuesCount();
    const mutations = Array.from(
      { length: 16 },
      (_, i) =>
        `v${i}: createVenue(input: { venue: { organizationId: $org, name: "Alias ${i}", city: "Bogotá" } }) { venue { rowId } }`,
    ).join("\n");
    const { body } = await api.graphql(`mutation($org: UUID!) { ${mutations} }`, { org: bogotaId }, { token });
    expectRejectedByLimits(body, /aliases limit/i);
    expect(await venuesCount()).toBe(before);
  });

  describe("with GRAPHQL_MAX_COST=30", () => {
    let cheap: TestServer;
    beforeAll(async () => {
      cheap = await startTestServer(db, { GRAPHQL_MAX_COST: "30" });
    });
    afterAll(() => cheap?.close());

    it("a costly query (a large page multiplies the cost) is refused, a cheap one runs", async () => {
      const costly = await cheap.graphql("{ events(first: 100) { nodes { rowId title } } }");
      expectRejectedByLimits(costly.body, /cost limit of 30 exceeded/i);
      const fine = await cheap.graphql("{ events(first: 2) { nodes { rowId title } } }");
      expect(fine.body.errors).toBeUndefined();
    });
  });
});

describe("rate limits", () => {
  function expectRateLimited(response: { status: number; headers: Headers; body: GraphQLBody | null }) {
    expect(response.status).toBe(429);
    expect(response.body?.data).toBeUndefined();
    const extensions = response.body?.errors?.[0]?.extensions;
    expect(extensions?.code).toBe("RATE_LIMITED");
    expect(extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    return extensions?.retryAfterSeconds as number;
  }

  describe("per IP (RATE_LIMIT_IP_PER_MINUTE=5)", () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "5" });
    });
    afterAll(() => limited?.close());

    it("the 6th request in a minute gets 429 RATE_LIMITED with retryAfterSeconds and Retry-After", async () => {
      for (let i = 0; i < 5; i++) expect((await limited.graphql("{ __typename }")).status).toBe(200);
      const sixth = await limited.graphql("{ __typename }");
      const wait = expectRateLimited(sixth);
      expect(sixth.headers.get("retry-after")).toBe(String(wait));
      // Still limited, whoever asks from this address, with or without a token.
      expectRateLimited(await limited.graphql("{ __typename }", {}, { token: "x.y.z" }));
    });

    it("health checks are not rate-limited", async () => {
      expect((await fetch(`${limited.url}/health/live`)).status).toBe(200);
    });
  });

  describe("sign-in attempts (RATE_LIMIT_AUTH_PER_MINUTE=3)", () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "3" });
    });
    afterAll(() => limited?.close());

    it("the 4th authenticate of one account gets RATE_LIMITED (with Retry-After), even with the right password; other accounts and queries still run", async () => {
      const owner = account("moda-bogota", "owner");
      for (let i = 0; i < 3; i++) {
        const attempt = await limited.graphql(operation("Login"), { email: owner.email, password: `wrong-${i}` });
        expect(attempt.status).toBe(200);
        expect(attempt.body.data?.authenticate?.result).toBeNull();
      }
      const fourth = await limited.graphql(operation("Login"), { email: owner.email, password: DEMO_PASSWORD });
      expectRateLimited(fourth);
      expect(fourth.headers.get("retry-after")).toBe(String(fourth.body.errors?.[0]?.extensions?.retryAfterSeconds));
      // The budget is per account: another account from the same address still signs in.
      const viewer = account("moda-bogota", "viewer");
      const another = await limited.graphql(operation("Login"), { email: viewer.email, password: DEMO_PASSWORD });
      expect(another.body.data?.authenticate?.result).toEqual(expect.any(String));
      const other = await limited.graphql("{ events { totalCount } }");
      expect(other.status).toBe(200);
      expect(other.body.errors).toBeUndefined();
    });
  });

  describe("sign-in attempts cannot slip past the limit", () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "3" });
    });
    afterAll(() => limited?.close());

    it("a comment between the field name and its arguments does not hide an authenticate", async () => {
      const email = account("moda-bogota", "admin").email;
      const hidden =
        "mutation($e: String!, $p: String!) { authenticate #\n(input: { email: $e, password: $p }) { result } }";
      const results: number[] = [];
      for (let i = 0; i < 4; i++) results.push((await limited.graphql(hidden, { e: email, p: `wrong-${i}` })).status);
      expect(results).toEqual([200, 200, 200, 429]);
    });
  });

  describe("sign-in attempts batched with aliases", () => {
    let limited: TestServer;
    const email = account("moda-bogota", "admin").email;
    const guesses = (n: number) =>
      `mutation($e: String!) { ${Array.from(
        { length: n },
        (_, i) => `g${i}: authenticate(input: { email: $e, password: "guess-${i}" }) { result }`,
      ).join(" ")} }`;
    const failedSignIns = async () =>
      (
        await db.owner.query(
          "select coalesce(sum(failures), 0)::int as n from app_private.sign_in_failures where email_digest = app_private.email_digest($1)",
          [email],
        )
      ).rows[0].n as number;
    beforeAll(async () => {
      limited = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "3" });
    });
    afterAll(() => limited?.close());

    it("count one attempt per authenticate field: three aliased guesses spend the whole budget", async () => {
      const within = await limited.graphql(guesses(3), { e: email });
      expect(within.status).toBe(200);
      expect(Object.values(within.body.data ?? {})).toEqual([{ result: null }, { result: null }, { result: null }]);
      expectRateLimited(await limited.graphql(guesses(1), { e: email }));
    });

    it("a batch larger than the budget is refused before any guess is checked", async () => {
      const other = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "3" });
      try {
        const before = await failedSignIns();
        expectRateLimited(await other.graphql(guesses(10), { e: email }));
        expect(await failedSignIns()).toBe(before);
      } finally {
        await other.close();
      }
    });
  });

  describe("per user (RATE_LIMIT_USER_PER_MINUTE=3)", () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer(db, { RATE_LIMIT_USER_PER_MINUTE: "3" });
    });
    afterAll(() => limited?.close());

    it("the 4th request with one person's token gets 429; another person and anonymous visitors are not affected", async () => {
      const token = await limited.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
      for (let i = 0; i < 3; i++)
        expect((await limited.graphql("{ currentProfileId }", {}, { token })).status).toBe(200);
      const fourth = await limited.graphql("{ currentProfileId }", {}, { token });
      const wait = expectRateLimited(fourth);
      expect(fourth.headers.get("retry-after")).toBe(String(wait));

      const other = await limited.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
      expect((await limited.graphql("{ currentProfileId }", {}, { token: other })).status).toBe(200);
      expect((await limited.graphql("{ __typename }")).status).toBe(200);
    });

    it("signing in again does not reset a person's budget", async () => {
      const token = await limited.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
      expectRateLimited(await limited.graphql("{ currentProfileId }", {}, { token }));
    });
  });

  describe("shared in Postgres between two servers (RATE_LIMIT_STORE=postgres, 4 per IP)", () => {
    let first: TestServer;
    let second: TestServer;
    beforeAll(async () => {
      const env = { RATE_LIMIT_STORE: "postgres", RATE_LIMIT_IP_PER_MINUTE: "4" };
      first = await startTestServer(db, env);
      second = await startTestServer(db, env);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
    });

    it("the budget is one across both processes", async () => {
      const statuses: number[] = [];
      for (const server of [first, second, first, second]) {
        statuses.push((await server.graphql("{ __typename }")).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200]);
      expectRateLimited(await first.graphql("{ __typename }"));
      expectRateLimited(await second.graphql("{ __typename }"));
    });
  });
});

describe("error codes", () => {
  const REGISTER = operation("Register");
  const CREATE_EVENT = `mutation($event: EventInput!) { createEvent(input: { event: $event }) { event { rowId } } }`;
  const eventInput = (overrides: Record<string, unknown> = {}) => ({
    organizationId: bogotaId,
    title: "Desfile de Prueba",
    slug: `desfile-${randomUUID().slice(0, 8)}`,
    startsAt: "2027-03-01T20:00:00Z",
    endsAt: "2027-03-01T23:00:00Z",
    ...overrides,
  });
  const firstError = (body: GraphQLBody) => body.errors?.[0];
  const SQL_TEXT = /violat|constraint|relation|insert|update|select|app_public|app_private|_check|_key|sqlstate/i;

  it("register with a weak password → VALIDATION_FAILED (WEAK_PASSWORD)", async () => {
    const { body } = await api.graphql(REGISTER, { email: "weak@example.com", password: "short", fullName: "Débil" });
    expect(firstError(body)?.extensions).toEqual({ code: "VALIDATION_FAILED", reason: "WEAK_PASSWORD" });
    expect(body.data?.register ?? null).toBeNull();
  });

  it("register with an invalid email → VALIDATION_FAILED (INVALID_EMAIL)", async () => {
    const { body } = await api.graphql(REGISTER, {
      email: "not-an-email",
      password: "long-enough-password",
      fullName: "X",
    });
    expect(firstError(body)?.extensions).toEqual({ code: "VALIDATION_FAILED", reason: "INVALID_EMAIL" });
  });

  it("register with an email already taken answers exactly like a new one (no enumeration)", async () => {
    const fresh = await api.graphql(REGISTER, {
      email: `nuevo-${randomUUID().slice(0, 8)}@example.com`,
      password: "long-enough-password",
      fullName: "Nuevo",
    });
    expect(fresh.body).toEqual({ data: { register: { result: true } } });
    for (const email of [account("moda-bogota", "owner").email, account("moda-bogota", "owner").email.toUpperCase()]) {
      const { status, body } = await api.graphql(REGISTER, {
        email,
        password: "long-enough-password",
        fullName: "Copia",
      });
      expect(status).toBe(fresh.status);
      expect(body).toEqual(fresh.body);
    }
  });

  it("a viewer's createEvent → FORBIDDEN, nothing written", async () => {
    const token = await api.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
    const input = eventInput();
    const { status, body } = await api.graphql(CREATE_EVENT, { event: input }, { token });
    expect(status).toBe(200);
    expect(firstError(body)?.extensions?.code).toBe("FORBIDDEN");
    expect(firstError(body)?.message).not.toMatch(SQL_TEXT);
    expect(body.data?.createEvent).toBeNull();
    const { rowCount } = await db.owner.query("select 1 from app_public.events where slug = $1", [input.slug]);
    expect(rowCount).toBe(0);
  });

  it("an anonymous createEvent → FORBIDDEN", async () => {
    const { body } = await api.graphql(CREATE_EVENT, { event: eventInput() });
    expect(firstError(body)?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a check-constraint violation → VALIDATION_FAILED (OUT_OF_RANGE) without SQL in the message", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const input = eventInput({ startsAt: "2027-03-02T20:00:00Z", endsAt: "2027-03-01T20:00:00Z" });
    const { body } = await api.graphql(CREATE_EVENT, { event: input }, { token });
    const error = firstError(body);
    expect(error?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "OUT_OF_RANGE" });
    expect(error?.message).not.toMatch(SQL_TEXT);
    expect(body.data?.createEvent).toBeNull();
    const { rowCount } = await db.owner.query("select 1 from app_public.events where slug = $1", [input.slug]);
    expect(rowCount).toBe(0);
  });

  it("a duplicate slug → CONFLICT (ALREADY_EXISTS) without SQL in the message", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const input = eventInput();
    expect((await api.graphql(CREATE_EVENT, { event: input }, { token })).body.errors).toBeUndefined();
    const { body } = await api.graphql(CREATE_EVENT, { event: { ...input, title: "Otra" } }, { token });
    expect(firstError(body)?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(firstError(body)?.message).not.toMatch(SQL_TEXT);
  });

  it("a malformed value → VALIDATION_FAILED", async () => {
    const { body } = await api.graphql("query($id: UUID!) { event(rowId: $id) { rowId } }", { id: "not-a-uuid" });
    expect(firstError(body)?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(body.data).toBeUndefined();
  });

  it("a query for a field that does not exist → VALIDATION_FAILED", async () => {
    const { body } = await api.graphql("{ events { nodes { passwordHash } } }");
    expect(firstError(body)?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(body.data).toBeUndefined();
  });

  it("an update with nothing to change → VALIDATION_FAILED, not an internal error", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const { rows } = await db.owner.query("select id from app_public.events where organization_id = $1 limit 1", [
      bogotaId,
    ]);
    const { body } = await api.graphql(
      "mutation($id: UUID!) { updateEvent(input: { rowId: $id, patch: {} }) { event { rowId } } }",
      { id: rows[0].id },
      { token },
    );
    expect(firstError(body)?.extensions?.code).toBe("VALIDATION_FAILED");
  });

  it("deleting a record that is not there → NOT_FOUND, not an internal error", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const { body } = await api.graphql(
      "mutation($id: UUID!) { deleteVenue(input: { rowId: $id }) { venue { rowId } } }",
      { id: randomUUID() },
      { token },
    );
    expect(firstError(body)?.extensions).toEqual({ code: "NOT_FOUND", reason: "NOT_FOUND" });
  });

  it("in development an unexpected error keeps its message, with an error id", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const { body } = await withFailingVenueInsert(() => createVenue(api, token));
    const error = firstError(body);
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error?.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.message).toMatch(/fast_ssd/);
    expect(error?.message).toContain(error?.extensions?.errorId);
  });
});

describe("production mode", () => {
  const PRODUCTION = {
    NODE_ENV: "production",
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: "postgres://unused.example/fashionos",
    CORS_ORIGINS: ALLOWED_ORIGIN,
    LOG_LEVEL: "silent",
  };
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer(db, PRODUCTION);
  });
  afterAll(() => production?.close());

  it("masks an unexpected database error raised while writing: an error id, never the internal message", async () => {
    const token = await production.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const before = await venuesCount();
    const { status, body } = await withFailingVenueInsert(() => createVenue(production, token));
    expect(status).toBe(200);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const errorId = error?.extensions?.errorId;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.message).toBe(`An unexpected error occurred (error id ${errorId}).`);
    expect(JSON.stringify(body)).not.toMatch(/fast_ssd|quota/i);
    expect(await venuesCount()).toBe(before);
  });

  it("keeps the messages and codes clients rely on", async () => {
    const { body } = await production.graphql(operation("Register"), {
      email: "weak-prod@example.com",
      password: "short",
      fullName: "Débil",
    });
    expect(body.errors?.[0]?.extensions).toEqual({ code: "VALIDATION_FAILED", reason: "WEAK_PASSWORD" });
    expect(body.errors?.[0]?.message).toMatch(/at least 10 characters/);
  });

  it("sends Strict-Transport-Security", async () => {
    const { headers } = await production.graphql("{ __typename }");
    expect(headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("turns the GraphiQL explorer off (GET /graphiql → 404), which development serves", async () => {
    expect((await fetch(`${production.url}/graphiql`)).status).toBe(404);
    const development = await fetch(`${api.url}/graphiql`);
    expect(development.status).toBe(200);
    expect(development.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("serves the explorer in production only with GRAPHIQL=on", async () => {
    const withExplorer = await startTestServer(db, { ...PRODUCTION, GRAPHIQL: "on" });
    try {
      const response = await fetch(`${withExplorer.url}/graphiql`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
    } finally {
      await withExplorer.close();
    }
  });
});

describe("configuration (loadConfig)", () => {
  const PRODUCTION = {
    NODE_ENV: "production",
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: "postgres://db.example/fashionos",
    CORS_ORIGINS: "https://app.fashionos.co",
  };

  for (const missing of ["JWT_SECRET", "DATABASE_URL", "CORS_ORIGINS"] as const) {
    it(`refuses to start in production without ${missing}`, async () => {
      const env: NodeJS.ProcessEnv = { ...PRODUCTION };
      delete env[missing];
      const error = await loadConfig(env).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(missing);
    });
  }

  it("names every missing setting at once", async () => {
    const error = await loadConfig({ NODE_ENV: "production" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/JWT_SECRET, DATABASE_URL, CORS_ORIGINS/);
  });

  it("starts in production with them: explorer off, listening on all interfaces, HSTS on", async () => {
    const config = await loadConfig(PRODUCTION);
    expect(config).toMatchObject({
      production: true,
      graphiql: false,
      host: "0.0.0.0",
      corsOrigins: ["https://app.fashionos.co"],
    });
    expect((await loadConfig({ ...PRODUCTION, GRAPHIQL: "on" })).graphiql).toBe(true);
    expect((await loadConfig({ ...PRODUCTION, GRAPHIQL: "true" })).graphiql).toBe(false);
  });

  it("in development the explorer is on unless GRAPHIQL=off", async () => {
    expect((await loadConfig({ JWT_SECRET: TEST_JWT_SECRET })).graphiql).toBe(true);
    expect((await loadConfig({ JWT_SECRET: TEST_JWT_SECRET, GRAPHIQL: "off" })).graphiql).toBe(false);
  });

  const invalid: [string, NodeJS.ProcessEnv, RegExp][] = [
    ["a wildcard CORS origin", { CORS_ORIGINS: "https://a.example,*" }, /CORS_ORIGINS/],
    ["a JWT secret shorter than 32 characters", { JWT_SECRET: "too-short" }, /JWT_SECRET/],
    ["AUTH_JWKS_URL without issuer and audience", { AUTH_JWKS_URL: "https://idp.example/jwks" }, /AUTH_ISSUER/],
    ["an unknown rate-limit store", { RATE_LIMIT_STORE: "redis" }, /RATE_LIMIT_STORE/],
    ["a negative number", { GRAPHQL_MAX_DEPTH: "-1" }, /GRAPHQL_MAX_DEPTH/],
    ["a number that is not one", { BODY_LIMIT_BYTES: "lots" }, /BODY_LIMIT_BYTES/],
  ];
  for (const [name, env, message] of invalid) {
    it(`refuses ${name}`, async () => {
      const error = await loadConfig({ JWT_SECRET: TEST_JWT_SECRET, ...env }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
    });
  }
});
