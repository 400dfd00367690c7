// The JSON schema an agent sends with a call, generated from zod so the
// schema the model is asked for and the one that validates it cannot drift.
// Providers accept different subsets of JSON Schema: every one rejects some
// keys (`$schema` is refused by Gemini's function declarations, for one), and
// strict structured output (`response_format: json_schema`, strict) wants
// every object closed, every property required and no length limits.
import { z } from "zod";

export type JsonSchema = { [key: string]: unknown };

/** Keys no provider needs and some reject; dropped at every level. */
const REJECTED_KEYS = new Set([
  "$schema",
  "$id",
  "$comment",
  "$anchor",
  "examples",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "contentEncoding",
  "contentMediaType",
]);

/** Keys strict structured output does not support (length and pattern limits); salvage enforces them instead. */
const NOT_IN_STRICT = new Set(["minLength", "maxLength", "pattern", "format"]);

function clean(node: unknown, drop: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => clean(item, drop));
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (drop.has(key)) continue;
    // `properties` maps names to schemas: its keys are property names, never schema keywords.
    if (key === "properties" && value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, clean(schema, drop)]));
    } else {
      out[key] = clean(value, drop);
    }
  }
  return out;
}

/** The zod schema as JSON Schema, without the keys providers reject. */
export function providerJsonSchema(schema: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(schema), REJECTED_KEYS) as JsonSchema;
}

/** A provider schema made acceptable to strict structured output: objects closed, all properties required. */
export function strictJsonSchema(schema: JsonSchema): JsonSchema {
  const strict = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strict);
    if (!node || typeof node !== "object") return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (NOT_IN_STRICT.has(key)) continue;
      out[key] =
        key === "properties" && value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, strict(s)]))
          : strict(value);
    }
    if (out.type === "object" && out.properties && typeof out.properties === "object") {
      out.additionalProperties = false;
      out.required = Object.keys(out.properties);
    }
    return out;
  };
  return strict(schema) as JsonSchema;
}
