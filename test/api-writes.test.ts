// Issue 11, item 7, over real HTTP: an update or delete that wrote nothing is
// an error, never `{ event: null }` with a 200 and no error. NOT_FOUND when
// the caller cannot see the row (another agency's, or none at all),
// FORBIDDEN when they can see it but may not write it; nothing changes.
// Checked for the examples and for every update*/delete* mutation of
// the schema, so a new table cannot bring the fault back.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  type GraphQLInputObjectType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
const tokens: Record<string, string> = {};
let bogotaEvent: { id: string; title: string };
let bogotaVenue: string;

const login = async (organizationSlug: string, role: string) => {
  const key = `${organizationSlug}/${role}`;
  tokens[key] ??= await api.login(account(organizationSlug, role).email, DEMO_PASSWORD);
  return tokens[key];
};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_USER_PER_MINUTE: "100000" });
  const { rows } = await db.owner.query(
    `select e.id, e.title from app_public.events e join app_public.organizations o on o.id = e.organization_id
      where o.slug = 'moda-bogota' order by e.starts_at limit 1`,
  );
  bogotaEvent = rows[0];
  bogotaVenue = (
    await db.owner.query(
      `select v.id from app_public.venues v join app_public.organizations o on o.id = v.organization_id
        where o.slug = 'moda-bogota' and not exists (select 1 from app_public.events e where e.venue_id = v.id) limit 1`,
    )
  ).rows[0]?.id;
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const UPDATE_EVENT = `mutation($id: UUID!, $title: String!) {
  updateEvent(input: { rowId: $id, patch: { title: $title } }) { event { rowId title } } }`;
const eventTitle = async () =>
  (await db.owner.query("select title from app_public.events where id = $1", [bogotaEvent.id])).rows[0].title;

describe("the issue's examples", () => {
  for (const [who, organization, role, code] of [
    ["a viewer", "moda-bogota", "viewer", "FORBIDDEN"],
    ["a casting member", "moda-bogota", "casting", "FORBIDDEN"],
    ["another agency's owner", "medellin-fashion", "owner", "NOT_FOUND"],
  ] as const) {
    it(`updateEvent by ${who} → ${code}, no data, the title unchanged`, async () => {
      const token = await login(organization, role);
      const { status, body } = await api.graphql(UPDATE_EVENT, { id: bogotaEvent.id, title: "Secuestrado" }, { token });
      expect(status).toBe(200);
      expect(body.data?.updateEvent ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code });
      expect(body.errors?.[0]?.path).toEqual(["updateEvent"]);
      expect(await eventTitle()).toBe(bogotaEvent.title);
    });
  }

  it("control: updateEvent by the producer writes and answers the row", async () => {
    const token = await login("moda-bogota", "producer");
    const { body } = await api.graphql(UPDATE_EVENT, { id: bogotaEvent.id, title: `${bogotaEvent.title} ` }, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateEvent.event.rowId).toBe(bogotaEvent.id);
    await api.graphql(UPDATE_EVENT, { id: bogotaEvent.id, title: bogotaEvent.title }, { token });
  });

  it("a write that fails for its own reason keeps that reason (a check constraint → VALIDATION_FAILED)", async () => {
    const token = await login("moda-bogota", "producer");
    const { body } = await api.graphql(
      `mutation($id: UUID!) { updateEvent(input: { rowId: $id, patch: { endsAt: "2001-01-01T00:00:00Z" } }) { event { rowId } } }`,
      { id: bogotaEvent.id },
      { token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "OUT_OF_RANGE" });
  });

  it("updateCastingBrief on an id that does not exist → NOT_FOUND", async () => {
    const token = await login("moda-bogota", "producer");
    const { body } = await api.graphql(
      `mutation($id: UUID!) { updateCastingBrief(input: { rowId: $id, patch: { modelsNeeded: 3 } }) { castingBrief { rowId } } }`,
      { id: randomUUID() },
      { token },
    );
    expect(body.data?.updateCastingBrief ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", reason: "NOT_FOUND" });
  });

  it("deleteVenue by a viewer, who can see the venue → FORBIDDEN, the venue stays", async () => {
    expect(bogotaVenue, "the seed has a Bogotá venue no event uses").toEqual(expect.any(String));
    const token = await login("moda-bogota", "viewer");
    const { body } = await api.graphql(
      "mutation($id: UUID!) { deleteVenue(input: { rowId: $id }) { venue { rowId } } }",
      { id: bogotaVenue },
      { token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_ALLOWED" });
    expect((await db.owner.query("select 1 from app_public.venues where id = $1", [bogotaVenue])).rowCount).toBe(1);
  });
});

describe("every update and delete mutation", () => {
  const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => {
    if (!/^(update|delete)[A-Z]/.test(field.name)) return false;
    const input = getNamedType(field.args.find((a) => a.name === "input")?.type);
    return isInputObjectType(input) && "rowId" in input.getFields();
  });

  /** A patch with one optional plain field, so the update has something to set. */
  function patchFor(inputType: GraphQLInputObjectType): Record<string, unknown> | null {
    const patchType = getNullableType(inputType.getFields().patch?.type);
    if (!isInputObjectType(patchType)) return null;
    for (const field of Object.values(patchType.getFields())) {
      if (isNonNullType(field.type) || !isScalarType(field.type)) continue;
      const value = { String: "x", Int: 1, Boolean: true }[field.type.name];
      if (value !== undefined) return { [field.name]: value };
    }
    return null;
  }

  it("the schema has them (updates and deletes by rowId)", () => {
    expect(mutations.filter((m) => m.name.startsWith("update")).length).toBeGreaterThanOrEqual(15);
    expect(mutations.filter((m) => m.name.startsWith("delete")).length).toBeGreaterThanOrEqual(15);
  });

  it("on a row that does not exist each answers NOT_FOUND, none answers a quiet success", async () => {
    const token = await login("moda-bogota", "owner");
    const outcomes: Record<string, unknown> = {};
    for (const mutation of mutations) {
      const inputType = getNamedType(mutation.args[0]?.type) as GraphQLInputObjectType;
      // The row's key: rowId, and organizationId for the ...ByRowIdAndOrganizationId variants.
      const input: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(inputType.getFields())) {
        if (isNonNullType(field.type) && getNamedType(field.type).name === "UUID") input[name] = randomUUID();
      }
      if (mutation.name.startsWith("update")) {
        const patch = patchFor(inputType);
        if (!patch) continue;
        input.patch = patch;
      }
      const { body } = await api.graphql(
        `mutation($input: ${inputType.name}!) { ${mutation.name}(input: $input) { clientMutationId } }`,
        { input },
        { token },
      );
      outcomes[mutation.name] = body.errors?.[0]?.extensions?.code ?? body;
    }
    const expected = Object.fromEntries(Object.keys(outcomes).map((name) => [name, "NOT_FOUND"]));
    expect(outcomes).toEqual(expected);
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(30);
  });
});
