// The documents the bench sends (bench/lib/graphql.ts loadOperation) are the dashboard's own operations with
// every fragment they spread, valid against the exported schema. A fragment moved to another file once made
// the whole reads section fail before measuring anything.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, validate } from "postgraphile/graphql";
import { describe, expect, it } from "vitest";
import { loadOperation } from "../bench/lib/graphql.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const folder = join(PROJECT_ROOT, "graphql", "operations");
const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
const operations = readdirSync(folder)
  .filter((f) => f.endsWith(".graphql"))
  .flatMap((file) =>
    parse(readFileSync(join(folder, file), "utf8")).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION && d.name ? [[file, d.name.value] as const] : [],
    ),
  );

describe("bench operations", () => {
  it("there are operations to check", () => expect(operations.length).toBeGreaterThan(20));

  it.each(operations)("%s %s loads with its fragments and validates", async (file, name) => {
    const document = await loadOperation(file, name);
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });

  it("an operation that is not in the file is refused by name", async () => {
    await expect(loadOperation("events.graphql", "NoSuchOperation")).rejects.toThrow(/No operation NoSuchOperation/);
  });
});
