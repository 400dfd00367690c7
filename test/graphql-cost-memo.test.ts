// server/graphql/cost.ts's makeCostChecker on its own: remembering the
// requests found within the limits must never let one through that the
// plain check refuses (other variables, another operation, an anonymous
// caller, a refusal asked again). The limits over HTTP: api-limits.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse } from "postgraphile/graphql";
import { describe, expect, it } from "vitest";
import { checkRequestCost, makeCostChecker } from "../server/graphql/cost.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
const limits = { maxCost: 5_000, defaultPageSize: 20, maxPageSize: 1_000 };

const document = parse(`
  query Small($first: Int = 2) { events(first: $first) { nodes { rowId title } } }
  query Wide($first: Int) { events(first: $first) { nodes { rowId looks(first: $first) { nodes { rowId title } } } } }
  query Filtered($first: Int) {
    events(first: $first, filter: { castingBriefs: { some: { title: { equalTo: "x" } } } }) { nodes { rowId } }
  }
`);

describe("makeCostChecker", () => {
  it("answers as checkRequestCost does, whatever it remembered before (variables, operation, caller kind, refusals)", () => {
    const check = makeCostChecker(limits);
    const cases: [string, Record<string, unknown> | null, boolean][] = [
      ["Small", null, false],
      ["Small", { first: 3 }, false],
      ["Small", { first: 1_001 }, false], // over the page size
      ["Wide", { first: 10 }, false], // 10 × 10 rows: within
      ["Wide", { first: 100 }, false], // 100 × 100 rows: over the cost
      ["Filtered", { first: 10 }, false],
      ["Filtered", { first: 10 }, true], // the same, anonymous
      ["Small", { first: "many" }, false],
    ];
    // Twice over, so the second pass meets every answer the first remembered.
    for (let pass = 0; pass < 2; pass++) {
      for (const [operationName, variables, anonymous] of cases) {
        const label = `${pass} ${operationName} ${JSON.stringify(variables)} ${anonymous ? "anonymous" : "signed in"}`;
        const expected = checkRequestCost(schema, document, operationName, variables, limits, { anonymous });
        const got = check(schema, document, operationName, variables, { anonymous });
        expect(got?.message ?? null, label).toBe(expected?.message ?? null);
        expect(got?.extensions ?? null, label).toEqual(expected?.extensions ?? null);
      }
    }
    // The cases above cover both answers.
    expect(checkRequestCost(schema, document, "Wide", { first: 100 }, limits)).not.toBeNull();
    expect(checkRequestCost(schema, document, "Wide", { first: 10 }, limits)).toBeNull();
  });

  it("a request within the limits for one document says nothing about another document with the same variables", () => {
    const check = makeCostChecker(limits);
    const small = parse("query Q($first: Int) { events(first: $first) { nodes { rowId } } }");
    const wide = parse(
      "query Q($first: Int) { events(first: $first) { nodes { looks(first: $first) { nodes { rowId } } } } }",
    );
    expect(check(schema, small, "Q", { first: 100 })).toBeNull();
    expect(check(schema, wide, "Q", { first: 100 })?.extensions).toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("many distinct variables neither grow its memory without bound nor change an answer", () => {
    const check = makeCostChecker(limits);
    for (let i = 0; i < 1_200; i++) expect(check(schema, document, "Small", { first: i % 900 })).toBeNull();
    expect(check(schema, document, "Small", { first: 1_001 })).not.toBeNull();
    // Variables too long to remember are still measured.
    const long = { first: 1_001, filler: "x".repeat(3_000) };
    expect(check(schema, document, "Small", long)).not.toBeNull();
  });
});
