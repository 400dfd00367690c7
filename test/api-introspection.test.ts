// Attack report 1, C3: introspection at a bounded price
// (server/graphql/introspection.ts). Fifteen aliases of `__schema` in a
// 578-character document built ~12 MB per request; now an operation asks for
// the schema once, introspection alone is answered from a cache (no plan, no
// second build), and a result over GRAPHQL_MAX_RESPONSE_BYTES is remembered
// as such. Measured by counts and bytes, never by time.
import { postgraphile } from "postgraphile";
import { execute as grafastExecute, hookArgs } from "postgraphile/grafast";
import { execute, type GraphQLSchema, getIntrospectionQuery, parse } from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.ts";
import { makePreset } from "../server/graphile.config.ts";
import { makeIntrospectionResponder } from "../server/graphql/introspection.ts";
import { INTROSPECTION_OPERATIONS, otherDocumentsView } from "../server/graphql/plan-cache.ts";
import { makeLogger } from "../shared/logger.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type GraphQLBody, startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
const UNLIMITED_RATES = { RATE_LIMIT_IP_PER_MINUTE: "100000" };

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, UNLIMITED_RATES);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function post(body: object, server: TestServer = api) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphQLBody };
}

const EXPLORER_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** The report's document: fifteen aliases of the schema's types with their fields. */
const FLOOD = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: __schema { ...S }`).join(" ")} } fragment S on __Schema { types { name fields { name description args { name description type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } inputFields { name description } enumValues { name description } } }`;

describe("C3. introspection has a bounded price", () => {
  it("the report's fifteen aliases of __schema → 400 INTROSPECTION_LIMIT, with a small answer", async () => {
    expect(FLOOD.length).toBeLessThan(700);
    const response = await post({ query: FLOOD });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      reason: "INTROSPECTION_LIMIT",
    });
    expect(response.text.length).toBeLessThan(1000);
  });

  it("__schema or __type once per operation; twice, in any combination, is refused", async () => {
    for (const query of [
      '{ a: __type(name: "Event") { name } b: __type(name: "Talent") { name } }',
      '{ __schema { queryType { name } } __type(name: "Event") { name } }',
      "{ ...A ...B } fragment A on Query { x: __schema { queryType { name } } } fragment B on Query { y: __schema { queryType { name } } }",
    ]) {
      const response = await post({ query });
      expect(response.body.errors?.[0]?.extensions?.reason, query).toBe("INTROSPECTION_LIMIT");
    }
    // The same response key twice is one field.
    const merged = await post({
      query: "{ __schema { queryType { name } } __schema { mutationType { name } } __typename }",
    });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data?.__schema).toEqual({ queryType: { name: "Query" }, mutationType: { name: "Mutation" } });
  });

  it("the explorer's introspection query is answered, and built once: asked again, it comes from the cache", async () => {
    let executions = 0;
    const config = await loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET });
    const pgl = postgraphile(
      makePreset({
        authenticatorUrl: db.settings.authenticatorUrl,
        roles: db.settings.roles,
        config,
        logger: makeLogger("silent"),
        poolSize: 1,
      }),
    );
    try {
      const { schema } = await pgl.getSchemaResult();
      const counted: typeof execute = (args) => {
        executions += 1;
        return execute(args);
      };
      const respond = makeIntrospectionResponder({ maxResponseBytes: 5_000_000, execute: counted });
      const document = parse(EXPLORER_QUERY);
      const first = respond({ schema, document });
      const again = respond({ schema, document: parse(EXPLORER_QUERY) });
      expect(executions).toBe(1);
      expect((first?.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(100);
      expect(again?.data).toBe(first?.data);
      // Other variables or another document: built (once each).
      respond({
        schema,
        document: parse("query($n: String!) { __type(name: $n) { name } }"),
        variableValues: { n: "Event" },
      });
      respond({
        schema,
        document: parse("query($n: String!) { __type(name: $n) { name } }"),
        variableValues: { n: "Event" },
      });
      respond({
        schema,
        document: parse("query($n: String!) { __type(name: $n) { name } }"),
        variableValues: { n: "Talent" },
      });
      expect(executions).toBe(3);
      // Anything that is not introspection alone is left to grafast.
      expect(
        respond({ schema, document: parse("{ __schema { queryType { name } } events { totalCount } }") }),
      ).toBeNull();
      expect(respond({ schema, document: parse("mutation { logout { clientMutationId } }") })).toBeNull();

      // Over the response limit: refused, and remembered as too large (not built again).
      let built = 0;
      const small = makeIntrospectionResponder({
        maxResponseBytes: 100_000,
        execute: (args) => {
          built += 1;
          return execute(args);
        },
      });
      for (let i = 0; i < 3; i++) {
        const refused = small({ schema, document: parse(EXPLORER_QUERY) });
        expect(refused?.errors?.[0]?.extensions).toMatchObject({
          code: "VALIDATION_FAILED",
          reason: "RESPONSE_TOO_LARGE",
        });
      }
      expect(built).toBe(1);

      // Operations that mix introspection and data keep their plans in a cache of INTROSPECTION_OPERATIONS.
      const { resolvedPreset } = await pgl.getSchemaResult();
      for (let i = 0; i < 6; i++) {
        const args = {
          schema,
          document: parse(`{ x${i}: __schema { queryType { name } } events(first: 1) { totalCount } }`),
          resolvedPreset,
          requestContext: {},
          contextValue: {},
        };
        await hookArgs(args);
        const result = (await grafastExecute(args)) as { errors?: unknown };
        expect(result.errors).toBeUndefined();
      }
      expect(cachedOperations(otherDocumentsView(schema, "introspection"))).toBe(INTROSPECTION_OPERATIONS);
      expect(cachedOperations(otherDocumentsView(schema))).toBe(0);
    } finally {
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
    }
  });

  it("over HTTP: the explorer's query is answered the same twice; over GRAPHQL_MAX_RESPONSE_BYTES it is a coded 400", async () => {
    const first = await post({ query: EXPLORER_QUERY });
    const second = await post({ query: EXPLORER_QUERY });
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    const capped = await startTestServer(db, { ...UNLIMITED_RATES, GRAPHQL_MAX_RESPONSE_BYTES: "100000" });
    try {
      for (let i = 0; i < 2; i++) {
        const response = await post({ query: EXPLORER_QUERY }, capped);
        expect(response.status).toBe(400);
        expect(response.body.errors?.[0]?.extensions).toMatchObject({
          code: "VALIDATION_FAILED",
          reason: "RESPONSE_TOO_LARGE",
        });
      }
      // Small introspection still fits.
      const small = await post({ query: '{ __type(name: "Event") { name kind } }' }, capped);
      expect(small.body.data?.__type).toEqual({ name: "Event", kind: "OBJECT" });
    } finally {
      await capped.close();
    }
  });
});

/** Entries of grafast's plan cache on a schema (or view), read through its symbol. */
function cachedOperations(schema: GraphQLSchema): number {
  const grafast = (schema.extensions.grafast ?? {}) as Record<symbol, { length: number } | undefined>;
  const symbol = Object.getOwnPropertySymbols(grafast).find((s) => s.description === "cacheByOperation");
  return symbol ? (grafast[symbol]?.length ?? 0) : 0;
}
