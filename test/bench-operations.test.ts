// The documents the bench sends (bench/lib/graphql.ts loadOperation) are the dashboard's own operations with
// every fragment they spread, valid against the exported schema. A fragment moved to another file once made
// the whole reads section fail before measuring anything.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, validate } from "postgraphile/graphql";
import { describe, expect, it } from "vitest";
import { checkRequest, loadOperation } from "../bench/lib/graphql.ts";
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

  it("the bench refuses, before sending, variables the schema would refuse (checkRequest, run by graphql())", () => {
    const document = `mutation CreateEvent($event: EventInput!) { createEvent(input: { event: $event }) { event { rowId } } }`;
    const event = {
      organizationId: "00000000-0000-0000-0000-000000000001",
      title: "Desfile de carga 1",
      slug: "bench-w1-1",
      startsAt: "2026-12-30T20:00:00.000Z",
      endsAt: "2026-12-30T23:00:00.000Z",
      capacity: 400,
    };
    expect(() => checkRequest(document, { event })).not.toThrow();
    // What the writes section sent after the API had removed the field.
    expect(() => checkRequest(document, { event: { ...event, status: "draft" } })).toThrow(
      /CreateEvent.*"status" is not defined by type "EventInput"/,
    );
    expect(() => checkRequest(document, {})).toThrow(/\$event" of required type "EventInput!" was not provided/);
    expect(() => checkRequest(document, { event: { ...event, capacity: "many" } })).toThrow(/capacity/);
    expect(() => checkRequest("{ events { nodes { noSuchField } } }")).toThrow(/noSuchField/);
  });
});
