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

  it("keeps its memory within a byte budget across documents (attack: many cheap documents, each with long unused variables)", () => {
    // The document cache is bounded in bytes (graphql/documents.ts: 32 MB, a
    // small document charged ~1 kB); a memory bounded per document only (500
    // keys of up to 2,000 characters: ~1 MB each) let a visitor pin up to a
    // thousand times the document cache by sending unused variables.
    const check = makeCostChecker(limits);
    const filler = "x".repeat(1_900);
    for (let d = 0; d < 40; d++) {
      const doc = parse(`query Q${d} { __typename }`);
      for (let i = 0; i < 200; i++) expect(check(schema, doc, null, { unused: `${i}${filler}` })).toBeNull();
    }
    // 8,000 keys of ~1,900 characters were offered (~15 MB): what is kept stays within the budget.
    expect(check.rememberedBytes()).toBeGreaterThan(0);
    expect(check.rememberedBytes()).toBeLessThanOrEqual(check.maxRememberedBytes);
    expect(check.maxRememberedBytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    // And answers are unchanged after evictions.
    expect(check(schema, document, "Wide", { first: 100 })).not.toBeNull();
    expect(check(schema, document, "Wide", { first: 10 })).toBeNull();
  });
});
