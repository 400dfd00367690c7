// The dashboard's three image uploads outside the roster — the agency's logo,
// an event's cover and a look's photo — through the dashboard's own
// operations (graphql/operations: UpdateOrganizationLogo, UpdateEvent,
// UpdateLook, CurrentProfile, EventCover, LineUp) over real HTTP, and what a
// second agency can do with them: nothing. Medellín's admin and producer
// cannot upload into Bogotá, cannot hang Bogotá's files on their own rows,
// cannot hang their own files on Bogotá's rows, and never get a Bogotá file's
// row or a signed URL for it, by any path (the owning row, file(rowId),
// files, the node interface). The refusals an upload gets are coded
// (UNSUPPORTED_TYPE from the bytes whatever the browser claims, TOO_LARGE
// with HTTP 413), which the dashboard translates.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const MAX_BYTES = 200_000;

let db: TestDatabase;
let api: TestServer;
let filesDir: string;

const ids = {} as Record<"bogota" | "medellin" | "event" | "look" | "medellinEvent" | "medellinLook", string>;
const tokens = {} as Record<"admin" | "producer" | "medellinAdmin" | "medellinProducer", string>;
/** The Bogotá files, attached by the dashboard's operations. */
const bogota = {} as Record<"logo" | "cover" | "lookPhoto", string>;

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 30 } } })
    .jpeg()
    .toBuffer();

async function upload(token: string, purpose: string, organizationId: string, body: Buffer, type = "image/jpeg") {
  const form = new FormData();
  form.set("purpose", purpose);
  form.set("organizationId", organizationId);
  form.set("file", new Blob([new Uint8Array(body)], { type }), "image.jpg");
  const response = await fetch(`${api.url}/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      file?: { rowId: string; url: string; thumbnailUrl: string };
      errors?: { extensions: Record<string, unknown> }[];
    },
  };
}

async function uploaded(token: string, purpose: string, organizationId: string, body: Buffer) {
  const answer = await upload(token, purpose, organizationId, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.file as { rowId: string; url: string; thumbnailUrl: string };
}

const run = async (token: string, name: string, variables: Record<string, unknown>) =>
  (await api.graphql(operation(name), variables, { token })).body;

const attach = {
  logo: (token: string, rowId: string, fileId: string | null) =>
    run(token, "UpdateOrganizationLogo", { rowId, fileId }),
  cover: (token: string, rowId: string, fileId: string | null) =>
    run(token, "UpdateEvent", { rowId, patch: { coverFileId: fileId } }),
  lookPhoto: (token: string, rowId: string, fileId: string | null) =>
    run(token, "UpdateLook", { rowId, patch: { photoFileId: fileId } }),
};

const fileColumn = async (sql: string, id: string) => (await db.owner.query(sql, [id])).rows[0]?.file ?? null;
const columns = {
  logo: "select logo_file_id as file from app_public.organizations where id = $1",
  cover: "select cover_file_id as file from app_public.events where id = $1",
  lookPhoto: "select photo_file_id as file from app_public.looks where id = $1",
};

beforeAll(async () => {
  db = await createTestDatabase();
  filesDir = await mkdtemp(join(tmpdir(), "fashionos-files-isolation-"));
  api = await startTestServer(db, {
    FILES_DIR: filesDir,
    UPLOAD_MAX_BYTES: String(MAX_BYTES),
    RATE_LIMIT_IP_PER_MINUTE: "10000",
  });
  const { rows } = await db.owner.query(`
    with o as (select id, slug from app_public.organizations)
    , l as (select l.id, l.event_id from app_public.looks l join o on o.id = l.organization_id
             where o.slug = 'moda-bogota' order by l.id limit 1)
    select (select id from o where slug = 'moda-bogota') as bogota,
           (select id from o where slug = 'medellin-fashion') as medellin,
           (select event_id from l) as event,
           (select id from l) as look,
           (select e.id from app_public.events e join o on o.id = e.organization_id
             where o.slug = 'medellin-fashion' order by e.starts_at limit 1) as "medellinEvent",
           (select l.id from app_public.looks l join o on o.id = l.organization_id
             where o.slug = 'medellin-fashion' order by l.id limit 1) as "medellinLook"`);
  Object.assign(ids, rows[0]);
  for (const [key, id] of Object.entries(ids)) expect(id, `the demo seed has ${key}`).toBeTruthy();
  tokens.admin = await api.login("admin@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.medellinAdmin = await api.login("admin@medellin.fashionos.test", DEMO_PASSWORD);
  tokens.medellinProducer = await api.login("producer@medellin.fashionos.test", DEMO_PASSWORD);

  // Bogotá's logo, cover and look photo, attached the way the dashboard does it.
  bogota.logo = (await uploaded(tokens.admin, "organization_logo", ids.bogota, await jpeg(256, 256))).rowId;
  bogota.cover = (await uploaded(tokens.producer, "event_cover", ids.bogota, await jpeg(1600, 900))).rowId;
  bogota.lookPhoto = (await uploaded(tokens.producer, "look_photo", ids.bogota, await jpeg(600, 900))).rowId;
  for (const [kind, token, rowId] of [
    ["logo", tokens.admin, ids.bogota],
    ["cover", tokens.producer, ids.event],
    ["lookPhoto", tokens.producer, ids.look],
  ] as const) {
    const body = await attach[kind](token, rowId, bogota[kind]);
    expect(body.errors, `${kind}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    expect(await fileColumn(columns[kind], rowId)).toBe(bogota[kind]);
  }
}, 120_000);

afterAll(async () => {
  await api?.close();
  await db?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe("Bogotá's own staff", () => {
  it("read the attached logo, cover and look photo through the dashboard's queries, with working signed URLs", async () => {
    const profile = await run(tokens.producer, "CurrentProfile", {});
    const organization = profile.data?.currentProfile.memberships.nodes.find(
      (m: { organization: { rowId: string } }) => m.organization.rowId === ids.bogota,
    )?.organization;
    expect(organization.logo.rowId).toBe(bogota.logo);
    const detail = await run(tokens.producer, "EventCover", { rowId: ids.event });
    expect(detail.data?.event.cover.rowId).toBe(bogota.cover);
    const lineUp = await run(tokens.producer, "LineUp", { eventId: ids.event });
    expect(lineUp.errors).toBeUndefined();
    const look = lineUp.data?.event.looks.nodes.find((l: { rowId: string }) => l.rowId === ids.look);
    expect(look.photo.rowId).toBe(bogota.lookPhoto);
    for (const url of [organization.logo.thumbnailUrl, detail.data?.event.cover.url, look.photo.thumbnailUrl]) {
      const image = await fetch(new URL(url, api.url));
      expect(image.status, url).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/webp");
    }
  });
});

describe("a second agency (Medellín)", () => {
  it("cannot upload into Bogotá: 403, nothing stored", async () => {
    const before = (await db.owner.query("select count(*)::int as n from app_public.files")).rows[0].n;
    for (const [token, purpose] of [
      [tokens.medellinAdmin, "organization_logo"],
      [tokens.medellinProducer, "event_cover"],
      [tokens.medellinProducer, "look_photo"],
    ] as const) {
      const answer = await upload(token, purpose, ids.bogota, await jpeg(600, 900));
      expect(answer.status, purpose).toBe(403);
      expect(answer.body.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    }
    expect((await db.owner.query("select count(*)::int as n from app_public.files")).rows[0].n).toBe(before);
  });

  it("cannot hang Bogotá's files on its own logo, event or look (answered like a file that does not exist)", async () => {
    for (const [kind, token, rowId] of [
      ["logo", tokens.medellinAdmin, ids.medellin],
      ["cover", tokens.medellinProducer, ids.medellinEvent],
      ["lookPhoto", tokens.medellinProducer, ids.medellinLook],
    ] as const) {
      const before = await fileColumn(columns[kind], rowId);
      const foreign = await attach[kind](token, rowId, bogota[kind]);
      const missing = await attach[kind](token, rowId, "00000000-0000-4000-8000-000000000000");
      expect(foreign.errors?.[0]?.extensions?.code, kind).toBe("VALIDATION_FAILED");
      // The same answer as an id that does not exist: nothing confirms Bogotá's file exists.
      expect(foreign.errors?.[0]?.extensions, kind).toEqual(missing.errors?.[0]?.extensions);
      expect(foreign.errors?.[0]?.message, kind).toBe(missing.errors?.[0]?.message);
      expect(await fileColumn(columns[kind], rowId), kind).toBe(before);
    }
  });

  it("cannot put its own files on Bogotá's logo, event or look", async () => {
    const own = {
      logo: (await uploaded(tokens.medellinAdmin, "organization_logo", ids.medellin, await jpeg(256, 256))).rowId,
      cover: (await uploaded(tokens.medellinProducer, "event_cover", ids.medellin, await jpeg(1600, 900))).rowId,
      lookPhoto: (await uploaded(tokens.medellinProducer, "look_photo", ids.medellin, await jpeg(600, 900))).rowId,
    };
    for (const [kind, token, rowId] of [
      ["logo", tokens.medellinAdmin, ids.bogota],
      ["cover", tokens.medellinProducer, ids.event],
      ["lookPhoto", tokens.medellinProducer, ids.look],
    ] as const) {
      for (const fileId of [own[kind], null]) {
        const body = await attach[kind](token, rowId, fileId);
        // RLS hides Bogotá's row: the update finds nothing to change.
        expect(body.errors?.[0]?.extensions?.code, `${kind} → ${fileId}`).toBe("NOT_FOUND");
      }
      expect(await fileColumn(columns[kind], rowId), kind).toBe(bogota[kind]);
    }
  });

  it("never reads Bogotá's files: not through their rows, file(rowId), files, or the node interface", async () => {
    for (const token of [tokens.medellinAdmin, tokens.medellinProducer]) {
      for (const name of ["EventDetail", "EventCover"]) {
        expect((await run(token, name, { rowId: ids.event })).data?.event, name).toBeNull();
      }
      const lineUp = await run(token, "LineUp", { eventId: ids.event });
      expect(lineUp.data?.event).toBeNull();
      const profile = await run(token, "CurrentProfile", {});
      const organizations = profile.data?.currentProfile.memberships.nodes.map(
        (m: { organization: { rowId: string } }) => m.organization.rowId,
      );
      expect(organizations).toEqual([ids.medellin]);
      const direct = await api.graphql(
        `query($logo: UUID!, $cover: UUID!, $look: UUID!) {
           logo: file(rowId: $logo) { rowId url }
           cover: file(rowId: $cover) { rowId url }
           look: file(rowId: $look) { rowId url }
           files(first: 100) { nodes { rowId organizationId } }
           organization(rowId: "${ids.bogota}") { logo { url } }
         }`,
        { logo: bogota.logo, cover: bogota.cover, look: bogota.lookPhoto },
        { token },
      );
      expect(direct.body.errors).toBeUndefined();
      expect(direct.body.data).toMatchObject({ logo: null, cover: null, look: null, organization: null });
      for (const node of direct.body.data?.files.nodes ?? []) expect(node.organizationId).toBe(ids.medellin);
      // A node id names the row only; it reads through the same policies.
      const nodeIds = (
        await api.graphql(
          `query($ids: [UUID!]!) { files(filter: {rowId: {in: $ids}}) { nodes { id } } }`,
          { ids: Object.values(bogota) },
          { token: tokens.producer },
        )
      ).body.data?.files.nodes.map((n: { id: string }) => n.id);
      expect(nodeIds).toHaveLength(3);
      const byNode = await api.graphql(
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on File { rowId url } } }`,
        { ids: nodeIds },
        { token },
      );
      expect(byNode.body.data?.nodes ?? [null, null, null]).toEqual([null, null, null]);
    }
  });
});

describe("upload refusals are coded", () => {
  it("a file that is not an image, whatever the browser claims, is UNSUPPORTED_TYPE; one over the limit is TOO_LARGE (413)", async () => {
    const text = Buffer.from("esto no es una imagen ".repeat(40));
    const fake = await upload(tokens.producer, "event_cover", ids.bogota, text, "image/png");
    expect(fake.status).toBe(422);
    expect(fake.body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      reason: "UNSUPPORTED_TYPE",
      field: "file",
    });
    const big = Buffer.concat([await jpeg(600, 900), Buffer.alloc(MAX_BYTES)]);
    const large = await upload(tokens.producer, "look_photo", ids.bogota, big);
    expect(large.status).toBe(413);
    expect(large.body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      reason: "TOO_LARGE",
      limitBytes: MAX_BYTES,
    });
  });
});
