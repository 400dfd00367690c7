// Issue 11, items 1–3, over real HTTP: what one document may cost the server.
//  1. Rejected documents are not kept: hundreds of distinct ones leave the
//     heap of a server process (measured after forced GC) within a bound.
//  2. Every connection returns a bounded page, whatever `first` says (literal,
//     variable, absent); the cost check sees the page sizes a request will
//     really get; responses are bounded; `first: -1` is VALIDATION_FAILED.
//  3. Documents that crashed or escaped validation (fragment chains, deep
//     inline fragments, too many errors, NUL characters, a bad URL) answer a
//     coded 4xx.
import { randomUUID } from "node:crypto";
import { postgraphile } from "postgraphile";
import { execute as grafastExecute, hookArgs } from "postgraphile/grafast";
import { getIntrospectionQuery, parse as parseDocument } from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.ts";
import { explorerQuery, makePreset } from "../server/graphile.config.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type GraphQLBody, startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";
import { spawnServer } from "./helpers/spawn-server.ts";

let db: TestDatabase;
let api: TestServer;
let ownerToken: string;

const UNLIMITED_RATES = { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_AUTH_PER_MINUTE: "1000" };

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, UNLIMITED_RATES);
  ownerToken = await api.login(account("moda-bogota", "owner").email, DEMO_PASSWORD);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/**
 * POST /graphql as GraphQL-over-HTTP clients do today (fetch, Apollo Client
 * 4, Ruru): accepting application/graphql-response+json, so a request that
 * cannot run is a 4xx.
 */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json;q=0.9",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphQLBody | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {}
  return { status: response.status, text, body: json };
}

/** A request that cannot run: 4xx, no data, every error coded VALIDATION_FAILED. */
function expectRefused(response: { status: number; body: GraphQLBody | null }, reason?: string | RegExp) {
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.body?.data ?? undefined).toBeUndefined();
  expect(response.body?.errors?.length).toBeGreaterThan(0);
  for (const error of response.body?.errors ?? []) expect(error.extensions?.code).toBe("VALIDATION_FAILED");
  if (reason) expect(response.body?.errors?.[0]?.extensions?.reason).toMatch(reason);
}

describe("1. memory per rejected document is bounded", () => {
  // Distinct documents of four kinds, each refused with a coded 400.
  const comment = (i: number, length: number) => `# ${i} ${randomUUID()} ${"x".repeat(length)}\n`;
  const kinds: [string, (i: number) => string, RegExp][] = [
    // name, document #i, the reason it is refused
    [
      // Thousands of tokens: grafserv used to parse, validate and keep each.
      "dense (aliases)",
      (i) => `query Dense${i} { ${Array.from({ length: 700 }, (_, k) => `a${k}: currentProfileId`).join(" ")} }`,
      /TOO_MANY_TOKENS/,
    ],
    [
      // The issue's shape: connections nested three deep, over the cost limit.
      "costly",
      (i) =>
        `${comment(i, 15_000)}query Costly${i} { looks(first: 500) { nodes { event { looks(first: 500) { nodes { designer { looks(first: 500) { nodes { title } } } } } } } } }`,
      /QUERY_TOO_COMPLEX/,
    ],
    [
      "too deep",
      (i) =>
        `${comment(i, 15_000)}query Deep${i} { events(first: 1) { nodes { ${"organization { events(first: 1) { nodes { ".repeat(6)}rowId${" } } }".repeat(6)} } } }`,
      /QUERY_TOO_COMPLEX/,
    ],
    [
      "about 90 KB",
      (i) => `${comment(i, 90_000)}{ talents(first: 500) { nodes { modelCastings(first: 500) { nodes { rowId } } } } }`,
      /DOCUMENT_TOO_LARGE/,
    ],
  ];

  it("each kind is refused for its own reason", async () => {
    for (const [name, make, reason] of kinds) {
      expectRefused(await post(api.url, { query: make(1000) }), reason);
      expect(name).toBeTruthy();
    }
  });

  it("a few hundred distinct rejected documents: every one a coded 400, the heap after GC within 48 MB of where it was", {
    timeout: 600_000,
  }, async () => {
    // A heap limit the old behaviour (~60 MB kept per 100 KB document) exhausts within a few dozen documents.
    const server = await spawnServer(db, UNLIMITED_RATES, ["--max-old-space-size=384"]);
    try {
      const send = async (i: number) => {
        for (const [name, make] of kinds) {
          const response = await post(server.url, { query: make(i) });
          expect(response.status, `${name} #${i}`).toBe(400);
          expectRefused(response);
        }
      };
      for (let i = 0; i < 10; i++) await send(i); // warm up: code paths compiled, caches primed
      const before = await server.heapUsed();
      for (let i = 10; i < 90; i++) await send(i); // 320 more distinct documents
      const after = await server.heapUsed();
      expect(after - before, `heap grew from ${before} to ${after} bytes`).toBeLessThan(48 * 1024 * 1024);
      // Still serving.
      const ok = await post(server.url, { query: "{ __typename }" });
      expect(ok.body?.data).toEqual({ __typename: "Query" });
    } finally {
      await server.stop();
    }
  });
});

describe("the explorer's welcome document", () => {
  it("runs as written under the default limits: SignIn gives a token, MyEvents answers with it", async () => {
    const document = explorerQuery(api.config);
    const token = (await post(api.url, { query: document, operationName: "SignIn" })).body?.data?.authenticate?.result;
    expect(typeof token).toBe("string");
    const events = await post(
      api.url,
      { query: document, operationName: "MyEvents" },
      { authorization: `Bearer ${token}` },
    );
    expect(events.status).toBe(200);
    expect(events.body?.errors).toBeUndefined();
    expect(events.body?.data?.events.nodes.length).toBeGreaterThan(0);
  });
});

describe("2. page sizes and the request cost", () => {
  let small: TestServer;
  let cheap: TestServer;
  beforeAll(async () => {
    small = await startTestServer(db, {
      ...UNLIMITED_RATES,
      GRAPHQL_DEFAULT_PAGE_SIZE: "3",
      GRAPHQL_MAX_PAGE_SIZE: "10",
      // The SQL of a request, on request (X-GraphQL-Explain: sql): to see which rows a page reads.
      GRAPHQL_EXPLAIN: "on",
    });
    cheap = await startTestServer(db, { ...UNLIMITED_RATES, GRAPHQL_MAX_COST: "30" });
  });
  afterAll(async () => {
    await small?.close();
    await cheap?.close();
  });

  it("a connection asked for without first/last returns the default page, and says there is more", async () => {
    const { body } = await small.graphql(
      "{ talents { totalCount pageInfo { hasNextPage } nodes { rowId } } }",
      {},
      { token: ownerToken },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.talents.totalCount).toBeGreaterThan(3);
    expect(body.data?.talents.nodes).toHaveLength(3);
    expect(body.data?.talents.pageInfo.hasNextPage).toBe(true);
  });

  it("nested connections get the default page too; `last` alone is bounded by itself", async () => {
    const { body } = await small.graphql(
      "{ events(first: 1) { nodes { looks { nodes { rowId } } } } talents(last: 2) { nodes { rowId } } }",
      {},
      { token: ownerToken },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.events.nodes[0].looks.nodes.length).toBeLessThanOrEqual(3);
    expect(body.data?.talents.nodes).toHaveLength(2);
  });

  /** The SQL statements the request ran (Grafast's explain). */
  async function sqlOf(query: string): Promise<string[]> {
    const { body } = await small.graphql(query, {}, { token: ownerToken, headers: { "x-graphql-explain": "sql" } });
    expect(body.errors).toBeUndefined();
    const operations = (body as { extensions?: { explain?: { operations?: { type: string; query?: string }[] } } })
      .extensions?.explain?.operations;
    expect(operations?.length).toBeGreaterThan(0);
    return (operations ?? []).flatMap((o) => (o.type === "sql" && o.query ? [o.query] : []));
  }
  const reads = (sql: string[], table: string) => sql.join("\n").split(`from "app_public"."${table}"`).length - 1;

  it("a connection asked only for its count or aggregates reads no page of rows (the events list's cards)", async () => {
    // The default page was once set on every connection, and setting a page makes Grafast fetch it: each
    // card's `looks { totalCount }` also read every look's row (issue 12).
    const sql = await sqlOf(
      "{ events(first: 2) { nodes { looks { totalCount } castingBriefs { aggregates { sum { modelsNeeded } } } } } }",
    );
    expect(reads(sql, "looks")).toBe(1);
    expect(reads(sql, "casting_briefs")).toBe(1);
    // With rows asked for, the page is read, and bounded by the default.
    const both = await sqlOf("{ events(first: 2) { nodes { looks { totalCount nodes { rowId } } } } }");
    expect(reads(both, "looks")).toBe(2);
    expect(both.join("\n")).toMatch(/from "app_public"\."looks"[\s\S]*limit 3/);
  });

  for (const [name, query, variables] of [
    ["a literal first above the maximum", "{ talents(first: 11) { nodes { rowId } } }", {}],
    ["first: -1", "{ talents(first: -1) { nodes { rowId } } }", {}],
    ["first in a variable above the maximum", "query($n: Int) { talents(first: $n) { nodes { rowId } } }", { n: 1000 }],
    ["a negative last in a variable", "query($n: Int) { talents(last: $n) { nodes { rowId } } }", { n: -5 }],
    ["a variable's default above the maximum", "query($n: Int = 50) { talents(first: $n) { nodes { rowId } } }", {}],
    ["a negative offset", "{ talents(first: 2, offset: -1) { nodes { rowId } } }", {}],
  ] as const) {
    it(`${name} → VALIDATION_FAILED (OUT_OF_RANGE), nothing runs`, async () => {
      const response = await post(small.url, { query, variables }, { authorization: `Bearer ${ownerToken}` });
      expectRefused(response, /OUT_OF_RANGE/);
      expect(response.body?.errors?.[0]?.message).toMatch(/must be a whole number/);
    });
  }

  it("the cost counts first from variables: $n = 100 is refused where $n = 2 runs", async () => {
    const query = "query($n: Int) { events(first: $n) { nodes { rowId title } } }";
    expectRefused(await post(cheap.url, { query, variables: { n: 100 } }), /QUERY_TOO_COMPLEX/);
    const fine = await post(cheap.url, { query, variables: { n: 2 } });
    expect(fine.status).toBe(200);
    expect(fine.body?.errors).toBeUndefined();
  });

  it("the cost counts an omitted first as the default page", async () => {
    expectRefused(await post(cheap.url, { query: "{ events { nodes { rowId title } } }" }), /QUERY_TOO_COMPLEX/);
    // totalCount alone reads no rows: not multiplied.
    const count = await post(cheap.url, { query: "{ events { totalCount } }" });
    expect(count.body?.errors).toBeUndefined();
  });

  it("the issue's request (15 aliases of looks → event → looks → designer → looks, no first) is refused small", async () => {
    const chain = "looks { nodes { event { looks { nodes { designer { looks { nodes { title } } } } } } } }";
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${chain}`).join(" ")} }`;
    const response = await post(api.url, { query }, { authorization: `Bearer ${ownerToken}` });
    expectRefused(response, /QUERY_TOO_COMPLEX/);
    expect(response.text.length).toBeLessThan(1000);
  });

  it("the explorer's introspection query (every option Ruru asks for) passes every limit", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const response = await post(api.url, { query });
    expect(response.status).toBe(200);
    expect(response.body?.errors).toBeUndefined();
    expect(response.body?.data?.__schema?.types?.length).toBeGreaterThan(100);
    // With room to grow under GRAPHQL_MAX_RESPONSE_BYTES (5 MB): 2.5 MB with the guests' six tables
    // (each table's filter, order and connection types add ~0.1 MB); 3.15 MB with the outbox's and
    // WhatsApp's five (issue 19), so the bar was raised on purpose to 3.5 MB. Past it, trim what the API
    // exposes (filters nobody uses) or raise the limit on purpose, not by accident.
    expect(response.text.length).toBeLessThan(3_500_000);
  });

  it("a response larger than GRAPHQL_MAX_RESPONSE_BYTES is replaced by a coded error", async () => {
    const capped = await startTestServer(db, { ...UNLIMITED_RATES, GRAPHQL_MAX_RESPONSE_BYTES: "2000" });
    try {
      const query = "{ talents(first: 50) { nodes { rowId fullName city division } } }";
      const response = await post(capped.url, { query }, { authorization: `Bearer ${ownerToken}` });
      expectRefused(response, /RESPONSE_TOO_LARGE/);
      expect(response.text.length).toBeLessThan(2000);
      const within = await post(
        capped.url,
        { query: "{ talents(first: 2) { nodes { rowId } } }" },
        {
          authorization: `Bearer ${ownerToken}`,
        },
      );
      expect(within.body?.data?.talents.nodes).toHaveLength(2);
    } finally {
      await capped.close();
    }
  });

  it("the schema itself bounds pages when no cost check runs before it (grafast executed directly)", async () => {
    const config = await loadConfig({
      NODE_ENV: "test",
      JWT_SECRET: TEST_JWT_SECRET,
      GRAPHQL_DEFAULT_PAGE_SIZE: "1",
      GRAPHQL_MAX_PAGE_SIZE: "4",
    });
    const preset = makePreset({
      authenticatorUrl: db.settings.authenticatorUrl,
      roles: db.settings.roles,
      config,
      logger: makeLogger("silent"),
      poolSize: 2,
    });
    // Without the HTTP-level limits: only the schema's plans are left.
    preset.plugins = (preset.plugins ?? []).filter((plugin) => plugin.name !== "FashionOSQueryLimitsPlugin");
    const pgl = postgraphile(preset);
    try {
      const { schema, resolvedPreset } = await pgl.getSchemaResult();
      const run = async (source: string, variableValues: Record<string, unknown> = {}) => {
        const args = {
          schema,
          document: parseDocument(source),
          variableValues,
          resolvedPreset,
          requestContext: {},
          contextValue: {},
        };
        await hookArgs(args);
        return (await grafastExecute(args)) as { data?: any; errors?: { message: string; extensions?: any }[] };
      };
      // Anonymous visitors see the published public events: more than one.
      const all = await run("{ events { totalCount nodes { rowId } } }");
      expect(all.errors).toBeUndefined();
      expect(all.data.events.totalCount).toBeGreaterThan(1);
      expect(all.data.events.nodes).toHaveLength(1);
      const unset = await run("query($n: Int) { events(first: $n) { nodes { rowId } } }", { n: null });
      expect(unset.data.events.nodes).toHaveLength(1);
      for (const [source, variables] of [
        ["query($n: Int) { events(first: $n) { nodes { rowId } } }", { n: 5 }],
        ["{ events(last: 5) { nodes { rowId } } }", {}],
        ["{ events(first: -1) { nodes { rowId } } }", {}],
        ["{ events(offset: -1) { nodes { rowId } } }", {}],
      ] as const) {
        const result = await run(source, variables);
        expect(result.data?.events ?? null, source).toBeNull();
        expect(result.errors?.[0]?.extensions, source).toMatchObject({
          code: "VALIDATION_FAILED",
          reason: "OUT_OF_RANGE",
        });
      }
    } finally {
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
    }
  });
});

describe("3. documents that escaped validation answer a coded 4xx", () => {
  it("a chain of 1,750 fragments (~97 KB) is refused, by size and, with the size limits lifted, by nesting", async () => {
    // Each fragment wraps the next in two inline fragments, as in the issue.
    const n = 1750;
    const fragments = Array.from(
      { length: n },
      (_, i) =>
        `fragment F${i} on Query { ... on Query { ... on Query { ${i + 1 < n ? `...F${i + 1}` : "__typename"} } } }`,
    ).join("\n");
    const query = `query { ...F0 }\n${fragments}`;
    expect(query.length).toBeGreaterThan(90_000);
    expectRefused(await post(api.url, { query }), /TOO_LARGE/); // the body limit or the document length

    const lifted = await startTestServer(db, {
      ...UNLIMITED_RATES,
      BODY_LIMIT_BYTES: "1000000",
      GRAPHQL_MAX_DOCUMENT_LENGTH: "1000000",
      GRAPHQL_MAX_TOKENS: "1000000",
    });
    try {
      expectRefused(await post(lifted.url, { query }), /TOO_DEEP/);
      // 2,000 nested inline fragments: refused before any recursive rule.
      const nested = `{ ${"... on Query { ".repeat(2000)}__typename${" }".repeat(2000)} }`;
      expectRefused(await post(lifted.url, { query: nested }), /TOO_DEEP/);
      // Nesting far beyond what the parser can descend into.
      const abyss = `{ ${"... on Query { ".repeat(20_000)}__typename${" }".repeat(20_000)} }`;
      expectRefused(await post(lifted.url, { query: abyss }), /TOO_DEEP/);
    } finally {
      await lifted.close();
    }
  });

  it("2,000 nested inline fragments → 400 VALIDATION_FAILED with the default limits", async () => {
    const nested = `{ ${"... on Query { ".repeat(2000)}__typename${" }".repeat(2000)} }`;
    const response = await post(api.url, { query: nested });
    expect(response.status).toBe(400);
    expectRefused(response);
  });

  it('more validation errors than graphql-js reports ("Validation aborted."): every one coded', async () => {
    const query = `{ ${Array.from({ length: 150 }, (_, i) => `missing${i}`).join(" ")} }`;
    const response = await post(api.url, { query });
    expectRefused(response);
    expect(response.body?.errors?.map((e) => e.message).join("\n")).toMatch(/Validation aborted/);
  });

  it("a syntax error is VALIDATION_FAILED (SYNTAX_ERROR) with its location", async () => {
    const response = await post(api.url, { query: "{ events { nodes { rowId } }" });
    expectRefused(response, /SYNTAX_ERROR/);
    expect(response.body?.errors?.[0]).toMatchObject({ locations: [expect.objectContaining({ line: 1 })] });
  });

  describe("NUL characters are refused before anything runs", () => {
    const events = async () => (await db.owner.query("select count(*)::int as n from app_public.events")).rows[0].n;
    let producer: string;
    let bogota: string;
    beforeAll(async () => {
      producer = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
      bogota = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
    });
    const CREATE = `mutation($event: EventInput!) { createEvent(input: { event: $event }) { event { rowId } } }`;
    const event = (overrides: Record<string, unknown>) => ({
      organizationId: bogota,
      title: "Desfile NUL",
      slug: `nul-${randomUUID().slice(0, 8)}`,
      startsAt: "2027-05-01T20:00:00Z",
      endsAt: "2027-05-01T23:00:00Z",
      ...overrides,
    });

    for (const [name, overrides] of [
      ["in a string variable", { title: "nul\u0000byte" }],
      ["in a JSON variable", { metadata: { note: "a\u0000b" } }],
      ["in a JSON variable's key", { metadata: { "k\u0000": 1 } }],
      ["deep in a JSON variable", { metadata: { a: [{ b: [[{ c: "\u0000" }]] }] } }],
    ] as const) {
      it(`${name} → VALIDATION_FAILED (NUL_CHARACTER), nothing written`, async () => {
        const before = await events();
        const response = await post(
          api.url,
          { query: CREATE, variables: { event: event(overrides) } },
          { authorization: `Bearer ${producer}` },
        );
        expectRefused(response, /NUL_CHARACTER/);
        expect(await events()).toBe(before);
      });
    }

    it("control: the same request without the NUL character is written", async () => {
      const before = await events();
      const response = await post(
        api.url,
        { query: CREATE, variables: { event: event({ metadata: { note: "ab" } }) } },
        { authorization: `Bearer ${producer}` },
      );
      expect(response.body?.errors).toBeUndefined();
      expect(await events()).toBe(before + 1);
    });

    it("in a string literal of the document → VALIDATION_FAILED (NUL_CHARACTER)", async () => {
      const before = await events();
      const query = `mutation { createEvent(input: { event: { organizationId: "${bogota}", title: "nul\\u0000", slug: "nul-literal", startsAt: "2027-05-01T20:00:00Z", endsAt: "2027-05-01T23:00:00Z" } }) { event { rowId } } }`;
      expectRefused(await post(api.url, { query }, { authorization: `Bearer ${producer}` }), /NUL_CHARACTER/);
      expect(await events()).toBe(before);
    });
  });

  it("requests the HTTP layer cannot read get coded 4xx answers", async () => {
    const cases: [string, () => Promise<Response>, number][] = [
      ["GET /%", () => fetch(`${api.url}/%`), 400],
      ["GET /graphql%zz", () => fetch(`${api.url}/graphql%zz`), 400],
      [
        "malformed JSON",
        () =>
          fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
        400,
      ],
      [
        "a query that is not a string",
        () =>
          fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: 42 }),
          }),
        400,
      ],
      [
        "a form post",
        () =>
          fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: "query=%7B__typename%7D",
          }),
        415,
      ],
      ["an unknown path", () => fetch(`${api.url}/no/such/path.js`), 404],
      [
        "an unknown field, from a client that accepts only application/json",
        () =>
          fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ query: "{ noSuchField }" }),
          }),
        400,
      ],
      [
        "a cost over the limit, from a client that accepts only application/json",
        () =>
          fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({
              query: "{ events(first: 500) { nodes { looks(first: 500) { nodes { rowId } } } } }",
            }),
          }),
        400,
      ],
    ];
    for (const [name, request, status] of cases) {
      const response = await request();
      const body = (await response.json()) as GraphQLBody;
      expect(response.status, name).toBe(status);
      expect(response.headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(response.headers.get("x-request-id"), name).toEqual(expect.any(String));
      expect(body.errors?.[0]?.extensions?.code, name).toEqual(expect.any(String));
      if (status === 400 || status === 415) expect(body.errors?.[0]?.extensions?.code, name).toBe("VALIDATION_FAILED");
    }
  });
});
