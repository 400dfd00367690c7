// Every GraphQL document and variables object that the bench, the seed and the test helpers send is
// valid against the exported schema (graphql/schema.graphql). Last session the bench's writes section
// still sent EventInput.status, removed from the API, and nothing noticed until the bench was run:
// this test reads the clients' source (test/helpers/client-documents.ts says how) and needs no server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { type ClientReport, checkClientSources, sourceFiles } from "./helpers/client-documents.ts";

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
/** The non-web clients: the bench, the seed and migrations' scripts, shared code, the test helpers. */
const CLIENTS = ["bench", "db", "shared", "tasks", "test/helpers", "scripts"];

let report: ClientReport;
beforeAll(async () => {
  report = await checkClientSources(schema, PROJECT_ROOT, sourceFiles(PROJECT_ROOT, CLIENTS));
});

describe("the non-web clients' GraphQL", () => {
  it("finds the documents the bench and the test helpers send", () => {
    const names = new Set(report.documents.map((d) => d.name));
    for (const name of ["CreateEvent", "BookTickets", "RequestModelCasting", "Login", "EventsList", "RosterList"]) {
      expect(names, name).toContain(name);
    }
    // Variables next to documents: writes' createEvent body, box office's and writes' bookings, agents' casting.
    const operations = report.variables.map((v) => v.operation);
    for (const name of ["CreateEvent", "BookTickets", "RequestModelCasting", "Login", "EventsList", "RosterList"]) {
      expect(operations, name).toContain(name);
    }
  });

  it("every document parses and validates against graphql/schema.graphql", () => {
    expect(report.documentProblems).toEqual([]);
  });

  it("every variables object written next to a document fits the operation's variable types", () => {
    expect(report.variables.flatMap((v) => v.problems.map((p) => `${v.at} ${v.operation}: ${p}`))).toEqual([]);
  });
});

describe("the checker itself", () => {
  const check = async (source: string) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "client-documents-"));
    writeFileSync(join(dir, "client.ts"), source);
    const r = await checkClientSources(schema, dir, [join(dir, "client.ts")]);
    return [...r.documentProblems, ...r.variables.flatMap((v) => v.problems)];
  };

  it("refuses a removed input field, a missing required variable, a bad enum value and an unknown field", async () => {
    const problems = await check(`
      const CREATE = \`mutation CreateEvent($event: EventInput!) { createEvent(input: { event: $event }) { event { rowId } } }\`;
      const body = () => JSON.stringify({ query: CREATE, variables: { event: { organizationId: id, title: "t", slug: "s", startsAt: s, endsAt: e, status: "draft" } } });
      graphql(url, CREATE, {});
      graphql(url, "query Roster($orderBy: [TalentOrderBy!]) { talents(orderBy: $orderBy) { totalCount } }", { orderBy: ["NO_SUCH_ORDER"] });
      graphql(url, "query { events { nodes { noSuchField } } }", {});
    `);
    expect(problems).toEqual([
      expect.stringMatching(/^client\.ts:6 .*noSuchField/),
      "$event.status is not a field of the input type",
      "$event is required",
      expect.stringMatching(/^\$orderBy\[0\] = "NO_SUCH_ORDER" is not a TalentOrderBy/),
    ]);
  });

  it("accepts what the schema accepts, and leaves values it cannot see alone", async () => {
    expect(
      await check(`
        const LOGIN = "mutation Login($email: String!, $password: String!) { authenticate(input: { email: $email, password: $password }) { result } }";
        const variables = { email, ...rest } as Record<string, unknown>;
        api.graphql(LOGIN, variables);
        api.graphql(LOGIN, { email: "a@b.co", password: secret });
      `),
    ).toEqual([]);
  });
});
