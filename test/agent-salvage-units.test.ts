// The salvage building blocks every agent uses (tasks/agents/salvage.ts), the
// JSON-schema clean-up for providers (tasks/ai/schema.ts) and the text
// sanitiser (tasks/ai/sanitize.ts), as plain functions. The end-to-end cases
// are in agent-salvage.test.ts.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coerceChoice, coerceNumber, cutOnWord, parseAnswer, salvageRankedPicks } from "../tasks/agents/salvage.ts";
import { needsSanitizing, sanitizeDeep, sanitizeText } from "../tasks/ai/sanitize.ts";
import { providerJsonSchema, strictJsonSchema } from "../tasks/ai/schema.ts";

describe("cutOnWord", () => {
  it("keeps text that fits, cuts the rest on a word with an ellipsis, never over the limit", () => {
    expect(cutOnWord("  corta  ", 10)).toBe("corta");
    const cut = cutOnWord("uno dos tres cuatro cinco", 12);
    expect(cut).toBe("uno dos…");
    expect(cut.length).toBeLessThanOrEqual(12);
    // One word longer than the limit is cut where it must be.
    expect(cutOnWord("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
    // Punctuation left at the cut goes.
    expect(cutOnWord("uno dos, tres cuatro", 10)).toBe("uno dos…");
  });
});

describe("coerceNumber", () => {
  it.each([
    [85, 85, undefined],
    ["85", 85, 'coerced score "85"→85'],
    [" 85.4 ", 85, 'coerced score " 85.4 "→85'],
    ["90%", 90, 'coerced score "90%"→90'],
    [85.4, 85, "rounded score 85.4→85"],
    [140, 100, "clamped score 140→100"],
    [-3, 0, "clamped score -3→0"],
    [0, 0, undefined],
  ])("%j → %j", (value, expected, note) => {
    expect(coerceNumber(value, 0, 100, "score")).toEqual(note ? { value: expected, note } : { value: expected });
  });

  it.each([["alto"], ["8/10"], [0.85], [null], [Number.NaN], [true], [{}]])("refuses %j as ambiguous", (value) => {
    expect(coerceNumber(value, 0, 100, "score")).toHaveProperty("problem");
  });
});

describe("coerceChoice", () => {
  it("matches case and whitespace, aliases, and refuses the unknown", () => {
    const values = ["high", "medium", "low"] as const;
    expect(coerceChoice("high", values)).toEqual({ value: "high", changed: false });
    expect(coerceChoice(" HIGH ", values)).toEqual({ value: "high", changed: true });
    expect(coerceChoice("alta", values, { alta: "high" })).toEqual({ value: "high", changed: true });
    expect(coerceChoice("urgente", values)).toBeUndefined();
    expect(coerceChoice(3, values)).toBeUndefined();
  });
});

describe("parseAnswer", () => {
  it("takes JSON as is, inside a code fence, or inside prose; undefined when there is none", () => {
    const notes: string[] = [];
    expect(parseAnswer('{"a":1}', notes)).toEqual({ a: 1 });
    expect(notes).toEqual([]);
    expect(parseAnswer('Aquí:\n```json\n{"a":2}\n```', notes)).toEqual({ a: 2 });
    expect(parseAnswer('Claro: {"a":3} ¡listo!', notes)).toEqual({ a: 3 });
    expect(parseAnswer("[1, 2]", notes)).toEqual([1, 2]);
    expect(notes).toEqual(["extracted JSON from surrounding text", "extracted JSON from surrounding text"]);
    expect(parseAnswer("no hay JSON aquí", notes)).toBeUndefined();
  });
});

describe("salvageRankedPicks", () => {
  const spec = {
    list: "picks",
    id: { key: "vendor_id", offered: ["A1", "B2", "C3", "D4"] },
    wanted: 2,
    score: { key: "score", min: 0, max: 100 },
    texts: { why: { max: 20, required: true } },
    choices: {
      tier: { values: ["gold", "silver"] as const, fallback: (rank: number) => (rank === 0 ? "gold" : "silver") },
    },
    noun: { one: "elección", many: "elecciones" },
  };

  it("works for any agent that picks offered ids with a score and text (e.g. vendor ranking)", () => {
    const result = salvageRankedPicks(
      {
        picks: [
          { vendor_id: "b2", score: "70", why: "Buen precio", tier: "Silver", extra: "ignored" },
          { vendor_id: "Z9", score: 99, why: "Inventado" },
          { vendor_id: " A1 ", score: 90, why: "Experiencia en desfiles grandes de Bogotá" },
          { vendor_id: "B2", score: 95, why: "Repetido" },
          { vendor_id: "C3", score: 40, why: "Lejos" },
        ],
      },
      spec,
    );
    expect(result.problems).toEqual([]);
    expect(result.output).toEqual({
      picks: [
        { vendor_id: "A1", score: 90, why: "Experiencia en…", tier: "gold" },
        { vendor_id: "B2", score: 70, why: "Buen precio", tier: "silver" },
      ],
    });
    expect(result.salvaged).toEqual([
      'coerced score "70"→70',
      "dropped id not offered: Z9",
      "cut why 41→15 chars",
      "dropped duplicate: B2",
      "normalised 2 vendor_ids (case/whitespace)",
      "truncated 3→2",
      "set tier by rank: missing→gold",
      'normalised tier "Silver"→silver',
    ]);
  });

  it("nothing usable: no output, and the problems for a repair turn in Spanish", () => {
    const result = salvageRankedPicks({ picks: [{ vendor_id: "Z9", score: 1, why: "x" }, "texto"] }, spec);
    expect(result.output).toBeUndefined();
    expect(result.problems).toEqual([
      "No llegó ninguna elección utilizable.",
      "vendor_id Z9 no está en la lista de candidatos.",
      "La elección 2 no es un objeto.",
    ]);
    expect(salvageRankedPicks({ otra: [] }, spec).problems).toEqual(['Falta la lista "picks".']);
  });

  it("takes a bare list as the list (noted)", () => {
    const result = salvageRankedPicks([{ vendor_id: "D4", score: 10, why: "ok" }], spec);
    expect(result.output).toEqual({ picks: [{ vendor_id: "D4", score: 10, why: "ok", tier: "gold" }] });
    expect(result.salvaged[0]).toBe("took a bare list as picks");
  });
});

describe("JSON schema for providers", () => {
  const schema = z.object({
    name: z.string().max(10).describe("Nombre"),
    tags: z.array(z.enum(["a", "b"])).max(2),
    format: z.string().optional(),
  });

  it("drops keys providers reject ($schema), keeping property names that look like keywords", () => {
    const sent = providerJsonSchema(schema);
    expect(JSON.stringify(sent)).not.toContain("$schema");
    expect(sent).toMatchObject({
      type: "object",
      properties: { name: { type: "string", maxLength: 10 }, tags: { maxItems: 2 }, format: { type: "string" } },
    });
  });

  it("strict: every object closed, every property required, no length limits", () => {
    const strict = strictJsonSchema(providerJsonSchema(schema));
    expect(strict).toMatchObject({ additionalProperties: false, required: ["name", "tags", "format"] });
    expect(JSON.stringify(strict)).not.toContain("maxLength");
    expect(strict).toMatchObject({ properties: { tags: { maxItems: 2, items: { enum: ["a", "b"] } } } });
  });
});

describe("sanitizeText", () => {
  it("removes NUL and control characters, replaces lone surrogates, keeps pairs, tabs and newlines", () => {
    expect(sanitizeText("a\u0000b\u0007c\td\ne😀\ud83d\udc00f\ud83dg")).toBe("abc\td\ne😀\ud83d\udc00f\ufffdg");
    expect(needsSanitizing("hola 😀")).toBe(false);
    expect(needsSanitizing("\ud83d")).toBe(true);
    expect(sanitizeDeep({ "k\u0000": ["v\u0000", 1, null, { x: "\udc00" }] })).toEqual({
      k: ["v", 1, null, { x: "\ufffd" }],
    });
  });
});
