// Attack report 1, M1, over real HTTP: every `*ById` update and delete with a
// node ID that names no row the caller may write is an error, never a quiet
// `{ "updateEventById": null }`. An ID that does not decode ("garbage"), an
// ID of another type (a Talent's for an Event) and a well-formed ID of a
// missing row all answer NOT_FOUND (server/graphql/mutation-outcome-plugin.ts);
// an ID of the right type whose key is not a UUID is INVALID_FORMAT.
// The list of mutations comes from the schema, so a new table is covered.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isScalarType,
} from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let ownerToken: string;

const schema: GraphQLSchema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) =>
  /^(update|delete)[A-Za-z]+ById$/.test(field.name),
);

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_USER_PER_MINUTE: "100000" });
  const owner = DEMO_ACCOUNTS.find((a) => a.organizationSlug === "moda-bogota" && a.role === "owner");
  if (!owner) throw new Error("no demo owner");
  ownerToken = await api.login(owner.email, DEMO_PASSWORD);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const nodeId = (typeName: string, ...keys: unknown[]) =>
  Buffer.from(JSON.stringify([typeName, ...keys])).toString("base64");
const MISSING = "00000000-0000-4000-8000-000000000000";

/** A value for one field of a patch: never written, the row is never found. */
function patchFor(input: GraphQLInputObjectType): string | null {
  const patchField = input.getFields().patch;
  if (!patchField) return null;
  const patchType = getNamedType(patchField.type) as GraphQLInputObjectType;
  const values: Record<string, string> = {
    String: '"x"',
    Int: "1",
    BigInt: '"1"',
    Boolean: "true",
    Datetime: '"2030-01-01T00:00:00Z"',
    UUID: `"${MISSING}"`,
  };
  for (const field of Object.values(patchType.getFields())) {
    const type = getNamedType(field.type);
    if (isScalarType(type) && values[type.name] && !isInputObjectType(type))
      return `{ ${field.name}: ${values[type.name]} }`;
  }
  throw new Error(`no simple field in ${patchType.name}`);
}

describe("M1. *ById updates and deletes that name no row are NOT_FOUND", () => {
  it("the schema has the *ById mutations this test walks", () => {
    expect(mutationFields.length).toBeGreaterThan(30);
  });

  for (const field of mutationFields) {
    it(`${field.name}: an undecodable ID, another type's ID and a missing row's ID → NOT_FOUND; a bad key → INVALID_FORMAT`, async () => {
      const input = getNamedType(field.args[0]?.type) as GraphQLInputObjectType;
      expect(isNonNullType(field.args[0]?.type)).toBe(true);
      const patch = field.name.startsWith("update") ? patchFor(input) : null;
      const typeName = field.name.replace(/^(update|delete)/, "").replace(/ById$/, "");
      const otherType = typeName === "Talent" ? "Event" : "Talent";
      for (const [label, id] of [
        ["garbage", "garbage"],
        ["another type's ID", nodeId(otherType, MISSING)],
        ["a missing row's ID", nodeId(typeName, MISSING)],
      ] as const) {
        const query = `mutation { ${field.name}(input: { id: ${JSON.stringify(id)}${patch ? `, patch: ${patch}` : ""} }) { clientMutationId } }`;
        const { status, body } = await api.graphql(query, {}, { token: ownerToken });
        expect(body.errors?.[0]?.extensions?.code, `${label}: ${status} ${JSON.stringify(body)}`).toBe("NOT_FOUND");
        expect(body.data?.[field.name] ?? null, label).toBeNull();
      }
      // The right type with a key PostgreSQL cannot read: coded as a bad value.
      const malformed = `mutation { ${field.name}(input: { id: ${JSON.stringify(nodeId(typeName, "not-a-uuid"))}${patch ? `, patch: ${patch}` : ""} }) { clientMutationId } }`;
      const { body } = await api.graphql(malformed, {}, { token: ownerToken });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "INVALID_FORMAT" });
    });
  }
});
