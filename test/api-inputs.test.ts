// Attack report 1, C2 and L3, over real HTTP: what a request's arguments may
// ask of the server (server/graphql/inputs.ts). Filters, conditions and
// orders were free in the cost, in the document and in variables: deep `not`
// chains and relation filters held the event loop for seconds or ran until
// the statement timeout; long orders reached PostgreSQL's own limits; bad
// patterns and deep JSON answered INTERNAL_SERVER_ERROR. Each is now refused
// before planning, coded, by depth, count or length (never by time).
import { randomUUID } from "node:crypto";
import { GraphQLError } from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeMaskError } from "../server/errors.ts";
import {
  MAX_ANONYMOUS_RELATION_FILTERS,
  MAX_FILTER_LIST,
  MAX_FILTER_NODES,
  MAX_INPUT_DEPTH,
  MAX_JSON_DEPTH,
  MAX_ORDER_BY,
  MAX_RELATION_DEPTH,
} from "../server/graphql/inputs.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type GraphQLBody, startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let ownerToken: string;
let producerToken: string;
let eventId: string;

const UNLIMITED_RATES = { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_AUTH_PER_MINUTE: "1000" };

const account = (organizationSlug: string, role: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.organizationSlug === organizationSlug && a.role === role);
  if (!found) throw new Error(`no demo ${role} in ${organizationSlug}`);
  return found;
};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, UNLIMITED_RATES);
  ownerToken = await api.login(account("moda-bogota", "owner").email, DEMO_PASSWORD);
  producerToken = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
  eventId = (
    await db.owner.query(
      "select e.id from app_public.events e join app_public.organizations o on o.id = e.organization_id where o.slug = 'moda-bogota' order by e.starts_at limit 1",
    )
  ).rows[0].id;
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/** POST /graphql with a raw body (so JSON deeper than JSON.stringify likes can be sent). */
async function post(body: string | object, token?: string, server: TestServer = api) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json;q=0.9",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
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

/** Refused before anything ran: 4xx, no data, every error VALIDATION_FAILED with this reason. */
function expectRefused(response: Awaited<ReturnType<typeof post>>, reason: string | RegExp) {
  expect(response.status, response.text.slice(0, 400)).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.body?.data ?? undefined).toBeUndefined();
  for (const error of response.body?.errors ?? []) expect(error.extensions?.code).toBe("VALIDATION_FAILED");
  expect(response.body?.errors?.[0]?.extensions?.reason).toMatch(reason);
}

function expectAnswered(response: Awaited<ReturnType<typeof post>>) {
  expect(response.status, response.text.slice(0, 400)).toBe(200);
  expect(response.body?.errors).toBeUndefined();
}

const FILTER_QUERY = "query($f: EventFilter) { events(filter: $f, first: 5) { totalCount } }";
/** `{"key": …}` n levels deep around `leaf`, as raw JSON text. */
const nest = (n: number, open: string, close: string, leaf: string) => `${open.repeat(n)}${leaf}${close.repeat(n)}`;
const LEAF = '{"slug":{"isNull":false}}';
const variableBody = (query: string, variablesJson: string) =>
  `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`;

describe("C2. filters, conditions and orders are bounded before anything runs", () => {
  it("`not` a thousand and three thousand deep in a variable → INPUT_TOO_DEEP", async () => {
    for (const depth of [1000, 3000]) {
      const f = nest(depth, '{"not":', "}", LEAF);
      expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${f}}`)), "INPUT_TOO_DEEP");
    }
  });

  it("a relation filter 250 levels deep in a variable → refused (relations nest at most 3 deep)", async () => {
    const f = nest(250, '{"organization":{"events":{"some":', "}}}", LEAF);
    expectRefused(
      await post(variableBody(FILTER_QUERY, `{"f":${f}}`), ownerToken),
      /TOO_MANY_RELATION_FILTERS|INPUT_TOO_DEEP/,
    );
  });

  it("the same filter as a literal in the document (60 levels, within the token limit) → refused", async () => {
    const f = nest(60, "{organization:{events:{some:", "}}}", "{slug:{isNull:false}}");
    const query = `{ events(filter: ${f}) { totalCount } }`;
    expect(query.length).toBeLessThan(2000);
    expectRefused(await post({ query }, ownerToken), /TOO_MANY_RELATION_FILTERS|INPUT_TOO_DEEP/);
  });

  it(`input objects and lists: ${MAX_INPUT_DEPTH} levels pass, one more is refused`, async () => {
    // Each `not` is one input object; the filter argument itself is the first level.
    const within = nest(MAX_INPUT_DEPTH - 2, '{"not":', "}", LEAF);
    expectAnswered(await post(variableBody(FILTER_QUERY, `{"f":${within}}`)));
    const over = nest(MAX_INPUT_DEPTH - 1, '{"not":', "}", LEAF);
    expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${over}}`)), "INPUT_TOO_DEEP");
  });

  it(`relation filters nest at most ${MAX_RELATION_DEPTH} deep, signed in or not`, async () => {
    const chain = (n: number) => nest(n, '{"venue":{"events":{"some":', "}}}", LEAF);
    // venue (1) → events (2) … within MAX_RELATION_DEPTH when n * 2 ≤ 3.
    expectAnswered(
      await post(
        variableBody(
          FILTER_QUERY,
          `{"f":{"venue":{"rowId":{"isNull":false}},"organization":{"slug":{"isNull":false}}}}`,
        ),
        ownerToken,
      ),
    );
    expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${chain(2)}}`), ownerToken), "TOO_MANY_RELATION_FILTERS");
  });

  it(`anonymous callers filter through at most ${MAX_ANONYMOUS_RELATION_FILTERS} relations per request; members through more`, async () => {
    const filter = (n: number) =>
      JSON.stringify({
        and: Array.from({ length: n }, (_, i) => ({
          venue: { rowId: { notEqualTo: `00000000-0000-4000-8000-00000000000${i}` } },
        })),
      });
    expectAnswered(await post(variableBody(FILTER_QUERY, `{"f":${filter(MAX_ANONYMOUS_RELATION_FILTERS)}}`)));
    expectRefused(
      await post(variableBody(FILTER_QUERY, `{"f":${filter(MAX_ANONYMOUS_RELATION_FILTERS + 1)}}`)),
      "TOO_MANY_RELATION_FILTERS",
    );
    // Across fields too: the limit is per request.
    const twoFields = `{ a: events(filter: { venue: { rowId: { isNull: false } } }) { totalCount } b: events(filter: { venueExists: true, organization: { slug: { isNull: false } } }) { totalCount } }`;
    expectRefused(await post({ query: twoFields }), "TOO_MANY_RELATION_FILTERS");
    expectAnswered(
      await post(variableBody(FILTER_QUERY, `{"f":${filter(MAX_ANONYMOUS_RELATION_FILTERS + 1)}}`), ownerToken),
    );
    expectAnswered(await post({ query: twoFields }, ownerToken));
  });

  it("relation filters are charged in the cost: a request within GRAPHQL_MAX_COST goes over it with one", async () => {
    const cheap = await startTestServer(db, { ...UNLIMITED_RATES, GRAPHQL_MAX_COST: "60" });
    try {
      const plain = "{ events(first: 5) { nodes { slug startsAt } } }";
      expectAnswered(await post({ query: plain }, undefined, cheap));
      const related =
        "{ events(first: 5, filter: { venue: { rowId: { isNull: false } } }) { nodes { slug startsAt } } }";
      const refused = await post({ query: related }, undefined, cheap);
      expectRefused(refused, "QUERY_TOO_COMPLEX");
      expect(refused.body?.errors?.[0]?.extensions?.cost).toBeGreaterThan(100);
      // An order by a related table's aggregate is a subquery too.
      const ordered = "{ events(first: 5, orderBy: [TICKET_TIERS_COUNT_DESC]) { nodes { slug startsAt } } }";
      expectRefused(await post({ query: ordered }, undefined, cheap), "QUERY_TOO_COMPLEX");
    } finally {
      await cheap.close();
    }
  });

  it(`orderBy: ${MAX_ORDER_BY} entries pass; ${MAX_ORDER_BY + 1}, 1,600 and 2,400 (PostgreSQL's 54011) are refused`, async () => {
    const query = "query($o: [EventOrderBy!]) { events(orderBy: $o, first: 2) { nodes { slug } } }";
    const values = ["STARTS_AT_ASC", "STARTS_AT_DESC", "SLUG_ASC", "ROW_ID_DESC"];
    const order = (n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]);
    expectAnswered(await post({ query, variables: { o: order(MAX_ORDER_BY) } }));
    for (const n of [MAX_ORDER_BY + 1, 1600, 2400]) {
      const response = await post({ query, variables: { o: order(n) } });
      expectRefused(response, "LIST_TOO_LONG");
      expect(response.body?.errors?.[0]?.extensions?.limit).toBe(MAX_ORDER_BY);
    }
    // Literal orders too.
    const literal = `{ ticketTiers(orderBy: [${Array.from({ length: 40 }, () => "BOOKINGS_COUNT_ASC").join(", ")}]) { totalCount } }`;
    expectRefused(await post({ query: literal }), "LIST_TOO_LONG");
  });

  it(`lists inside filters: ${MAX_FILTER_LIST} entries pass, more are refused; ${MAX_FILTER_NODES} values in all`, async () => {
    const or = (n: number) => JSON.stringify({ or: Array.from({ length: n }, () => ({ slug: { isNull: false } })) });
    expectAnswered(await post(variableBody(FILTER_QUERY, `{"f":${or(MAX_FILTER_NODES / 4 - 1)}}`)));
    expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${or(3000)}}`)), "LIST_TOO_LONG");
    const slugs = (n: number) => JSON.stringify({ slug: { in: Array.from({ length: n }, (_, i) => `s${i}`) } });
    expectAnswered(await post(variableBody(FILTER_QUERY, `{"f":${slugs(MAX_FILTER_LIST)}}`)));
    expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${slugs(MAX_FILTER_LIST + 1)}}`)), "LIST_TOO_LONG");
    // Under every list limit, over the total: 90 × (object + filter + value).
    expectRefused(await post(variableBody(FILTER_QUERY, `{"f":${or(90)}}`)), "INPUT_TOO_LARGE");
  });

  it("variables inside literals are measured where they stand", async () => {
    const query = "query($a: EventFilter!, $b: EventFilter!) { events(filter: { and: [$a, $b] }) { totalCount } }";
    const deep = nest(20, '{"not":', "}", LEAF);
    expectRefused(
      await post(`{"query":${JSON.stringify(query)},"variables":{"a":${LEAF},"b":${deep}}}`),
      "INPUT_TOO_DEEP",
    );
  });

  it("a stack overflow or a PostgreSQL program limit that slips through is VALIDATION_FAILED, not INTERNAL_SERVER_ERROR", () => {
    const mask = makeMaskError({ production: true, logger: makeLogger("silent") });
    const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });
    const overflow = mask(wrap(new RangeError("Maximum call stack size exceeded")));
    expect(overflow.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "TOO_DEEP" });
    for (const code of ["54011", "54001", "54000"]) {
      const pgError = Object.assign(new Error("target lists can have at most 1664 entries"), { code });
      const masked = mask(wrap(pgError));
      expect(masked.extensions, code).toMatchObject({ code: "VALIDATION_FAILED", reason: "QUERY_TOO_COMPLEX" });
      expect(masked.message).not.toMatch(/1664/);
    }
  });
});

describe("L3. bad values and deep JSON are VALIDATION_FAILED, never INTERNAL_SERVER_ERROR", () => {
  it('likeInsensitive "%\\\\" (SQLSTATE 22025) → INVALID_FORMAT', async () => {
    for (const query of [
      '{ events(filter: { slug: { likeInsensitive: "%\\\\" } }) { totalCount } }',
      '{ ticketTiers(filter: { name: { likeInsensitive: "%\\\\" } }) { totalCount } }',
    ]) {
      const response = await post({ query });
      expect(response.body?.errors?.[0]?.extensions, query).toMatchObject({
        code: "VALIDATION_FAILED",
        reason: "INVALID_FORMAT",
      });
      expect(response.body?.errors?.[0]?.message).toMatch(/pattern/);
    }
  });

  it("any other data exception (SQLSTATE class 22) is VALIDATION_FAILED", () => {
    const mask = makeMaskError({ production: true, logger: makeLogger("silent") });
    for (const code of ["22012", "2201W", "22030", "22P05", "22000"]) {
      const pgError = Object.assign(new Error(`some data exception ${code}`), { code });
      const masked = mask(new GraphQLError(pgError.message, { originalError: pgError }));
      expect(masked.extensions, code).toMatchObject({ code: "VALIDATION_FAILED", reason: "INVALID_INPUT" });
    }
  });

  const UPDATE =
    "mutation($id: UUID!, $m: JSON) { updateEvent(input: { rowId: $id, patch: { metadata: $m } }) { event { rowId } } }";

  it(`a JSON variable ${MAX_JSON_DEPTH} levels deep is written; deeper is refused; 45,000 deep does not crash anything`, async () => {
    const json = (depth: number) => nest(depth - 1, '{"a":', "}", '{"b":1}');
    const written = await post(variableBody(UPDATE, `{"id":"${eventId}","m":${json(MAX_JSON_DEPTH)}}`), producerToken);
    expectAnswered(written);
    expectRefused(
      await post(variableBody(UPDATE, `{"id":"${eventId}","m":${json(MAX_JSON_DEPTH + 1)}}`), producerToken),
      "INPUT_TOO_DEEP",
    );
    for (const variables of [
      `{"id":"${eventId}","m":${"[".repeat(45_000)}${"]".repeat(45_000)}}`,
      `{"id":"${eventId}","m":${nest(16_000, '{"a":', "}", "1")}}`,
    ]) {
      expectRefused(await post(variableBody(UPDATE, variables), producerToken), "INPUT_TOO_DEEP");
    }
    // Nothing of it was stored.
    const stored = await db.owner.query(
      "select jsonb_typeof(metadata) as t, metadata::text as m from app_public.events where id = $1",
      [eventId],
    );
    expect(stored.rows[0].m.length).toBeLessThan(1000);
  });

  it("deep JSON in variables the operation does not use, or in extensions, is refused too", async () => {
    const deep = `${"[".repeat(45_000)}${"]".repeat(45_000)}`;
    expectRefused(await post(`{"query":"{ __typename }","variables":{"x":${deep}}}`), "INPUT_TOO_DEEP");
    expectRefused(await post(`{"query":"{ __typename }","extensions":{"x":${deep}}}`), "INPUT_TOO_DEEP");
    expectAnswered(await post(`{"query":"{ __typename }","variables":{"x":[[1]]},"extensions":{"y":{"z":1}}}`));
  });

  it("a literal JSON value in the document deeper than the limit is refused", async () => {
    const literal = nest(MAX_JSON_DEPTH + 1, "{a:", "}", "1");
    const query = `mutation { updateEvent(input: { rowId: "${eventId}", patch: { metadata: ${literal} } }) { event { rowId } } }`;
    expectRefused(await post({ query }, producerToken), "INPUT_TOO_DEEP");
    expect(randomUUID()).toBeTruthy();
  });
});
