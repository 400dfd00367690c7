// The GraphQL schema and the client's operations: graphql/schema.graphql
// matches the live database, every document in graphql/operations validates
// against that schema and within the server's query limits, and the
// dashboard operations return what the database holds.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  buildSchema,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from "graphql";
import * as serverGraphql from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.ts";
import { operationCost } from "../server/graphql/cost.ts";
import { makeParseAndValidate } from "../server/graphql/documents.ts";
import { schemaSdl } from "../server/schema-sdl.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { fragmentNames, operation, operationDocument, operationFiles, operationNames } from "./helpers/operations.ts";
import { startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let sdl: string;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db);
  sdl = await schemaSdl(db.settings);
  schema = buildSchema(sdl);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/** The validation limits the server enforces (GRAPHQL_MAX_DEPTH, _ALIASES at their defaults), collecting rejections. */
async function limitRules(rejections: GraphQLError[]): Promise<ValidationRule[]> {
  const config = await loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET });
  const limits = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(_context: unknown, error: GraphQLError) => void rejections.push(error)],
  };
  return [
    maxDepthRule({ ...limits, n: config.maxDepth, flattenFragments: true }),
    maxAliasesRule({ ...limits, n: config.maxAliases }),
  ];
}

const messages = (errors: readonly GraphQLError[]) => errors.map((error) => error.message);

describe("schema drift", () => {
  it("graphql/schema.graphql is the schema the live database produces", async () => {
    const committed = await readFile(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8");
    expect(
      sdl === committed,
      "graphql/schema.graphql is out of date with the database: run `npm run schema:export` and commit the result.",
    ).toBe(true);
  });

  it("exposes the operations the client documents rely on", () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const mutation = schema.getMutationType()?.getFields() ?? {};
    for (const name of ["events", "event", "eventById", "currentProfile", "node"]) expect(query).toHaveProperty(name);
    for (const name of ["authenticate", "register", "logout", "logoutEverywhere", "createEvent", "updateEvent"]) {
      expect(mutation).toHaveProperty(name);
    }
  });
});

describe("graphql/operations", () => {
  it("has the documents the client uses", () => {
    expect(operationFiles().map((f) => f.file)).toEqual(expect.arrayContaining(["auth.graphql", "events.graphql"]));
    expect(operationNames()).toEqual(
      expect.arrayContaining([
        "Login",
        "Register",
        "Logout",
        "LogoutEverywhere",
        "CurrentProfile",
        "EventsList",
        "EventDetail",
      ]),
    );
  });

  it("every file validates against the live schema, together with the fragments of the others", () => {
    // All files as one document: unknown fields, wrong argument types,
    // duplicate names and unused fragments all fail here.
    const all: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: operationFiles().flatMap((f) => f.document.definitions),
    };
    expect(messages(validate(schema, all))).toEqual([]);
    for (const { file, document } of operationFiles()) {
      const errors = validate(
        schema,
        document,
        specifiedRules.filter((rule) => rule.name !== "KnownFragmentNamesRule"),
      );
      expect(messages(errors), file).toEqual([]);
    }
  });

  // One request per operation: its time grows with the dashboard (75 operations), and on a
  // loaded machine it passed 30 s (twice in full runs while 8 worktrees tested at once).
  it("every operation() document is self-contained, valid and within the server's query limits", {
    timeout: 120_000,
  }, async () => {
    const names = operationNames();
    expect(names.length).toBeGreaterThanOrEqual(7);
    // Built once: building the server's schema per operation made this test slower with every operation added.
    const config = await loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET });
    const serverSchema = serverGraphql.buildSchema(sdl);
    for (const name of names) {
      const text = operation(name);
      const document = parse(text);
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations, name).toHaveLength(1);
      const rejections: GraphQLError[] = [];
      const errors = validate(schema, document, [...specifiedRules, ...(await limitRules(rejections))]);
      expect(messages(errors), name).toEqual([]);
      expect(messages(rejections), name).toEqual([]);
      // Length, tokens and nesting (checked before validation), then the cost
      // with default page sizes and the operation's variable defaults.
      const checked = makeParseAndValidate(serverSchema, serverGraphql.specifiedRules, config)(text);
      expect(checked.errors?.map((e) => e.message) ?? [], name).toEqual([]);
      const cost = operationCost(serverSchema, serverGraphql.parse(text), undefined, {}, config);
      expect(cost, `${name} costs ${cost}`).toBeLessThanOrEqual(config.maxCost);
    }
  });

  it("operation() includes exactly the fragments the operation uses, transitively", () => {
    const detail = operationDocument("EventDetail");
    const fragments = detail.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));
    expect(fragments.sort()).toEqual(["EventCard", "HealthLight"]);
    const profile = operationDocument("CurrentProfile");
    const profileFragments = profile.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [],
    );
    expect(profileFragments.sort()).toEqual(["OrganizationSummary", "ProfileSummary"]);
    expect(operation("Login")).not.toContain("fragment");
    // Every fragment is used by some operation.
    const used = new Set(
      operationNames().flatMap((name) =>
        operationDocument(name).definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
      ),
    );
    expect([...used].sort()).toEqual(fragmentNames());
  });

  it("operation() refuses an unknown name", () => {
    expect(() => operation("NoSuchOperation")).toThrow(/No operation named NoSuchOperation/);
  });

  it("the schema check would catch a rotten document", () => {
    const rotten = parse("query Rotten { events { nodes { rowId noSuchField } } }");
    expect(messages(validate(schema, rotten)).join("\n")).toMatch(/noSuchField/);
  });
});

describe("dashboard operations against the demo data", () => {
  interface EventNumbers {
    rowId: string;
    title: string;
    startsAt: string;
    status: string;
    venue: string | null;
    looks: number;
    confirmed: number;
    modelsNeeded: string;
    ticketsAvailable: string;
    ticketsSold: string;
    paidBookings: number;
    paidTickets: string;
    revenueCop: string;
  }

  async function expectedNumbers(organizationSlug: string): Promise<EventNumbers[]> {
    const { rows } = await db.owner.query(
      `select e.id as "rowId", e.title, e.starts_at as "startsAt", e.status, v.name as venue,
              (select count(*)::int from app_public.looks l where l.event_id = e.id) as looks,
              (select count(*)::int from app_public.model_castings m where m.event_id = e.id and m.status = 'confirmed') as confirmed,
              (select coalesce(sum(b.models_needed), 0)::text from app_public.casting_briefs b where b.event_id = e.id) as "modelsNeeded",
              (select coalesce(sum(t.quantity), 0)::text from app_public.ticket_tiers t where t.event_id = e.id) as "ticketsAvailable",
              (select coalesce(sum(t.sold_count), 0)::text from app_public.ticket_tiers t where t.event_id = e.id) as "ticketsSold",
              (select count(*)::int from app_public.bookings b where b.event_id = e.id and b.status = 'paid') as "paidBookings",
              (select coalesce(sum(b.quantity), 0)::text from app_public.bookings b where b.event_id = e.id and b.status = 'paid') as "paidTickets",
              (select coalesce(sum(b.total_cop), 0)::text from app_public.bookings b where b.event_id = e.id and b.status = 'paid') as "revenueCop"
         from app_public.events e
         join app_public.organizations o on o.id = e.organization_id
         left join app_public.venues v on v.id = e.venue_id
        where o.slug = $1
        order by e.starts_at, e.id`,
      [organizationSlug],
    );
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt).toISOString() }));
  }

  const numbersOf = (node: any): EventNumbers => ({
    rowId: node.rowId,
    title: node.title,
    startsAt: new Date(node.startsAt).toISOString(),
    status: node.status,
    venue: node.venue?.name ?? null,
    looks: node.lookCount.totalCount,
    confirmed: node.confirmedCastings.totalCount,
    modelsNeeded: node.castingBriefs.aggregates.sum.modelsNeeded,
    ticketsAvailable: node.ticketSales.aggregates.sum.quantity,
    ticketsSold: node.ticketSales.aggregates.sum.soldCount,
    paidBookings: node.paidBookings.totalCount,
    paidTickets: node.paidBookings.aggregates.sum.quantity,
    revenueCop: node.paidBookings.aggregates.sum.totalCop,
  });

  for (const slug of ["moda-bogota", "medellin-fashion"]) {
    it(`EventsList gives the ${slug} owner every event with the database's numbers, in one request`, async () => {
      const token = await api.login(account(slug, "owner").email, DEMO_PASSWORD);
      const { status, body } = await api.graphql(operation("EventsList"), {}, { token });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const expected = await expectedNumbers(slug);
      expect(expected.length).toBeGreaterThan(0);
      // Every event: the list has no totalCount (the dashboard does not show it), so count the nodes.
      expect(body.data?.events.totalCount).toBeUndefined();
      expect(body.data?.events.nodes).toHaveLength(expected.length);
      expect(body.data?.events.nodes.map(numbersOf)).toEqual(expected);
    });
  }

  it("the demo numbers are not all zero (the comparison above means something)", async () => {
    const expected = await expectedNumbers("moda-bogota");
    expect(expected.some((e) => e.looks > 0)).toBe(true);
    expect(expected.some((e) => e.confirmed > 0)).toBe(true);
    expect(expected.some((e) => Number(e.ticketsSold) > 0)).toBe(true);
    expect(expected.some((e) => Number(e.revenueCop) > 0)).toBe(true);
  });

  it("EventsList takes a filter", async () => {
    const token = await api.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
    const [first, second] = await expectedNumbers("moda-bogota");
    if (!first || !second) throw new Error("the demo organization needs two events");
    const later = await api.graphql(
      operation("EventsList"),
      { filter: { startsAt: { greaterThan: first.startsAt } } },
      { token },
    );
    expect(later.body.errors).toBeUndefined();
    expect(later.body.data?.events.nodes.map((e: { rowId: string }) => e.rowId)).not.toContain(first.rowId);
    expect(later.body.data?.events.nodes.map((e: { rowId: string }) => e.rowId)).toContain(second.rowId);
    const none = await api.graphql(
      operation("EventsList"),
      { filter: { slug: { equalTo: "no-such-event" } } },
      { token },
    );
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data?.events).toEqual({ nodes: [] });
  });

  it("a viewer's EventsList counts only what a viewer may read (no castings, no bookings)", async () => {
    const token = await api.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
    const { body } = await api.graphql(operation("EventsList"), {}, { token });
    expect(body.errors).toBeUndefined();
    const expected = await expectedNumbers("moda-bogota");
    const got = body.data?.events.nodes.map(numbersOf) as EventNumbers[];
    expect(got.map((e) => [e.rowId, e.looks, e.ticketsSold])).toEqual(
      expected.map((e) => [e.rowId, e.looks, e.ticketsSold]),
    );
    for (const event of got) {
      expect(event.confirmed).toBe(0);
      expect(event.modelsNeeded).toBe("0");
      expect(event.paidBookings).toBe(0);
      expect(event.revenueCop).toBe("0");
    }
  });

  it("EventDetail returns the line-up, looks, castings, ticket tiers and sponsors of one event", async () => {
    const token = await api.login(account("moda-bogota", "owner").email, DEMO_PASSWORD);
    const [event] = await expectedNumbers("moda-bogota");
    if (!event) throw new Error("no demo event");
    const { status, body } = await api.graphql(operation("EventDetail"), { rowId: event.rowId }, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const detail = body.data?.event;
    expect(numbersOf(detail)).toEqual(event);
    const counts = (
      await db.owner.query(
        `select (select count(*)::int from app_public.event_designers where event_id = $1) as lineup,
                (select count(*)::int from app_public.looks where event_id = $1) as looks,
                (select count(*)::int from app_public.model_castings where event_id = $1) as castings,
                (select count(*)::int from app_public.ticket_tiers where event_id = $1) as tiers,
                (select count(*)::int from app_public.sponsors where event_id = $1) as sponsors`,
        [event.rowId],
      )
    ).rows[0];
    expect(detail.eventDesigners.nodes).toHaveLength(counts.lineup);
    expect(detail.looks.nodes).toHaveLength(counts.looks);
    expect(detail.modelCastings.nodes).toHaveLength(counts.castings);
    expect(detail.ticketTiers.nodes).toHaveLength(counts.tiers);
    expect(detail.sponsors.nodes).toHaveLength(counts.sponsors);
    expect(counts.lineup * counts.looks * counts.tiers * counts.sponsors).toBeGreaterThan(0);
    const sequences = detail.looks.nodes.map((l: { sequence: number }) => l.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    for (const line of detail.eventDesigners.nodes) {
      expect(line.designer?.name).toEqual(expect.any(String));
    }
  });

  it("EventDetail of an unknown event is null, not an error", async () => {
    const token = await api.login(account("moda-bogota", "owner").email, DEMO_PASSWORD);
    const { body } = await api.graphql(
      operation("EventDetail"),
      { rowId: "00000000-0000-4000-8000-000000000000" },
      { token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.event).toBeNull();
  });
});
