// server/graphql/documents.ts on its own: what is cached, what is not, and
// what a refusal holds. The same checks run over HTTP in api-limits.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, specifiedRules } from "postgraphile/graphql";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KEY_MAX_TEXT, documentCacheKey, makeParseAndValidate } from "../server/graphql/documents.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
const limits = { maxDocumentLength: 20_000, maxTokens: 1000 };

describe("makeParseAndValidate", () => {
  it("a valid document is parsed once: the same query gets the same document back (Grafast's plans hang on it)", () => {
    const parseAndValidate = makeParseAndValidate(schema, specifiedRules, limits);
    const first = parseAndValidate("{ events(first: 2) { nodes { rowId } } }");
    expect(first.errors).toBeUndefined();
    expect(parseAndValidate("{ events(first: 2) { nodes { rowId } } }").document).toBe(first.document);
  });

  it("a document of the dashboard's size is cached under its own text: no digest computed per request", () => {
    // A sha1 of every request's document was ~1 % of the API's CPU on the dashboard reads (BENCHMARKS.md).
    const dashboardSized = `# ${"x".repeat(4_000)}\n{ events(first: 2) { nodes { rowId } } }`;
    expect(documentCacheKey(dashboardSized)).toBe(dashboardSized);
    const long = "x".repeat(DOCUMENT_KEY_MAX_TEXT + 1);
    expect(documentCacheKey(long)).toMatch(/^#[A-Za-z0-9+/]+=*\d+$/);
  });

  it("a one-line comment equal to a long document's digest key is not that document", () => {
    const parseAndValidate = makeParseAndValidate(schema, specifiedRules, limits);
    const long = `# ${"x".repeat(DOCUMENT_KEY_MAX_TEXT)}\n{ events(first: 2) { nodes { rowId } } }`;
    expect(parseAndValidate(long).errors).toBeUndefined();
    const impostor = parseAndValidate(documentCacheKey(long));
    expect(impostor.document).toBeUndefined();
    expect(impostor.errors?.[0]?.extensions?.reason).toBe("SYNTAX_ERROR");
  });

  it("the cache is bounded by size, not only by count: long documents push each other out", () => {
    const parseAndValidate = makeParseAndValidate(schema, specifiedRules, limits);
    const long = (i: number) => `# ${i} ${"x".repeat(15_000)}\n{ events(first: 2) { nodes { rowId } } }`;
    const kept = parseAndValidate(long(0)).document;
    expect(parseAndValidate(long(0)).document).toBe(kept);
    // 60 more such documents: far fewer than 500 entries, far more than ~32 MB at 100 bytes per character.
    for (let i = 1; i <= 60; i++) expect(parseAndValidate(long(i)).errors).toBeUndefined();
    expect(parseAndValidate(long(0)).document).not.toBe(kept);
  });

  it("refusals are small and coded: no AST nodes, no stack frames, a reason", () => {
    const parseAndValidate = makeParseAndValidate(schema, specifiedRules, limits);
    const cases: [string, RegExp][] = [
      ["{ events { nodes { noSuchField } } }", /INVALID_QUERY/],
      ["{ events { nodes { rowId } }", /SYNTAX_ERROR/],
      [`{ ${"a: __typename ".repeat(400)} }`, /TOO_MANY_TOKENS/],
      [`{ ${"... on Query { ".repeat(100)}__typename${" }".repeat(100)} }`, /TOO_DEEP/],
      ['{ events(filter: { title: { equalTo: "a\\u0000" } }) { totalCount } }', /NUL_CHARACTER/],
      [`# ${"x".repeat(20_001)}\n{ __typename }`, /DOCUMENT_TOO_LARGE/],
    ];
    for (const [query, reason] of cases) {
      const { errors, document } = parseAndValidate(query);
      expect(document, query.slice(0, 40)).toBeUndefined();
      for (const error of errors ?? []) {
        expect(error.extensions, query.slice(0, 40)).toMatchObject({ code: "VALIDATION_FAILED" });
        expect(error.nodes, query.slice(0, 40)).toBeUndefined();
        expect(error.stack?.split("\n").filter((line) => line.trim().startsWith("at ")) ?? []).toEqual([]);
      }
      expect(errors?.[0]?.extensions?.reason, query.slice(0, 40)).toMatch(reason);
    }
    // A refused document is parsed again next time: nothing of it was kept.
    const again = parseAndValidate("{ events { nodes { noSuchField } } }");
    expect(again.errors?.[0]).not.toBe(parseAndValidate("{ events { nodes { noSuchField } } }").errors?.[0]);
  });
});
