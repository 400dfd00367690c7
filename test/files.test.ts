// Uploaded images over real HTTP: POST /uploads (multipart) checks and
// re-encodes with sharp, stores on local disk or in an S3-compatible store
// (a local server that verifies AWS Signature V4 like S3 does), and signs
// short-lived URLs only for rows the caller's RLS lets them read. Deleting
// or erasing the owning row deletes the file row in that transaction and the
// stored objects after commit, through the worker.
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardCsp } from "../server/http/installStatic.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { loadFileConfig } from "../tasks/files/config.ts";
import { LocalStorage, makeFileStorage, S3Storage, signingWindow } from "../tasks/files/storage.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type LocalS3, startLocalS3 } from "./helpers/s3.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let filesDir: string;
let local: TestServer;
let s3: LocalS3;
let cloud: TestServer;
const workers: Worker[] = [];

const ids = {} as { bogota: string; medellin: string; talent: string; otherTalent: string; look: string };
const tokens = {} as Record<"casting" | "producer" | "viewer" | "admin" | "medellinCasting", string>;

beforeAll(async () => {
  db = await createTestDatabase();
  filesDir = await mkdtemp(join(tmpdir(), "fashionos-files-"));
  local = await startTestServer(db, { FILES_DIR: filesDir, RATE_LIMIT_IP_PER_MINUTE: "10000" });
  s3 = await startLocalS3();
  cloud = await startTestServer(db, { ...s3.env(), RATE_LIMIT_IP_PER_MINUTE: "10000" });
  const { rows } = await db.owner.query(`
    select (select id from app_public.organizations where slug = 'moda-bogota') as bogota,
           (select id from app_public.organizations where slug = 'medellin-fashion') as medellin,
           (select t.id from app_public.talent t join app_public.organizations o on o.id = t.organization_id
             where o.slug = 'moda-bogota' and t.erased_at is null order by t.full_name limit 1) as talent,
           (select t.id from app_public.talent t join app_public.organizations o on o.id = t.organization_id
             where o.slug = 'moda-bogota' and t.erased_at is null order by t.full_name offset 1 limit 1) as "otherTalent",
           (select l.id from app_public.looks l join app_public.organizations o on o.id = l.organization_id
             where o.slug = 'moda-bogota' limit 1) as look`);
  Object.assign(ids, rows[0]);
  const login = (email: string) => local.login(email, DEMO_PASSWORD);
  tokens.casting = await login("casting@bogota.fashionos.test");
  tokens.producer = await login("producer@bogota.fashionos.test");
  tokens.viewer = await login("viewer@bogota.fashionos.test");
  tokens.admin = await login("admin@bogota.fashionos.test");
  tokens.medellinCasting = await login("casting@medellin.fashionos.test");
}, 60_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await local?.close();
  await cloud?.close();
  await s3?.close();
  await db?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

/* Images made for the tests -------------------------------------------- */

const jpeg = (width = 800, height = 1200, options: { gps?: boolean; orientation?: number } = {}) => {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 90 } } });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: "FashionOS test camera" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "4/1 36/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "74/1 4/1 0/1" },
    });
  }
  return image.jpeg().toBuffer();
};
const png = (width = 600, height = 600) =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();

/* Talking to the server ------------------------------------------------- */

interface UploadAnswer {
  status: number;
  body: { file?: Record<string, any>; errors?: { message: string; extensions: Record<string, any> }[] };
}

async function upload(
  server: TestServer,
  options: {
    token?: string;
    purpose?: string;
    organizationId?: string;
    body?: Buffer;
    filename?: string;
    type?: string;
  },
): Promise<UploadAnswer> {
  const form = new FormData();
  if (options.purpose !== undefined) form.set("purpose", options.purpose);
  if (options.organizationId !== undefined) form.set("organizationId", options.organizationId);
  if (options.body) {
    form.set(
      "file",
      new Blob([new Uint8Array(options.body)], { type: options.type ?? "image/jpeg" }),
      options.filename ?? "photo.jpg",
    );
  }
  const response = await fetch(`${server.url}/uploads`, {
    method: "POST",
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer["body"] };
}

const uploadPhoto = async (server = local, body?: Buffer, purpose = "talent_photo", token = tokens.casting) => {
  const answer = await upload(server, { token, purpose, organizationId: ids.bogota, body: body ?? (await jpeg()) });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.file as Record<string, any>;
};

const gql = async (server: TestServer, token: string | undefined, query: string, variables = {}) => {
  const { body } = await server.graphql(query, variables, token ? { token } : {});
  return body;
};

const attachPhoto = (server: TestServer, talentId: string, fileId: string, token = tokens.casting) =>
  gql(
    server,
    token,
    `mutation($talentId: UUID!, $fileId: UUID!) {
       createTalentPhoto(input: {talentPhoto: {talentId: $talentId, fileId: $fileId}}) {
         talentPhoto { rowId file { rowId url thumbnailUrl urlExpiresAt } }
       }
     }`,
    { talentId, fileId },
  );

const absolute = (server: TestServer, url: string) => (url.startsWith("/") ? `${server.url}${url}` : url);

async function jobs(): Promise<{ files: { organizationId: string; fileId: string }[] }[]> {
  const { rows } = await db.owner.query(
    `select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'delete_stored_files' order by j.id`,
  );
  return rows.map((r) => r.payload);
}

async function until<T>(check: () => Promise<T | undefined>, label: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function localFiles(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(path.slice(filesDir.length + 1));
    }
  };
  await walk(filesDir);
  return found;
}

/*==========================================================================
 * Checking and re-encoding
 *==========================================================================*/

describe("POST /uploads checks the image and re-encodes it", () => {
  it("stores a JPEG as WebP at most 2,000 px, with a thumbnail of at most 480 px, and answers signed URLs", async () => {
    const file = await uploadPhoto(local, await jpeg(3000, 4000));
    expect(file).toMatchObject({ purpose: "talent_photo", contentType: "image/webp", width: 1500, height: 2000 });
    expect([file.thumbnailWidth, file.thumbnailHeight]).toEqual([360, 480]);
    const full = await fetch(absolute(local, file.url));
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("image/webp");
    const stored = await sharp(Buffer.from(await full.arrayBuffer())).metadata();
    expect([stored.format, stored.width, stored.height]).toEqual(["webp", 1500, 2000]);
    const thumb = await sharp(
      Buffer.from(await (await fetch(absolute(local, file.thumbnailUrl))).arrayBuffer()),
    ).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["webp", 360, 480]);
    expect(await localFiles()).toEqual(
      expect.arrayContaining([
        `org/${ids.bogota}/${file.rowId}/full.webp`,
        `org/${ids.bogota}/${file.rowId}/thumb.webp`,
      ]),
    );
  });

  it("strips EXIF (a phone's GPS position) and turns the image as its orientation tag says", async () => {
    const original = await jpeg(400, 600, { gps: true, orientation: 6 });
    const before = await sharp(original).metadata();
    // The GPS IFD pointer (tag 0x8825) is in the original's EXIF.
    expect(before.exif?.includes(Buffer.from([0x25, 0x88])) || before.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(
      true,
    );
    expect(before.orientation).toBe(6);
    const file = await uploadPhoto(local, original);
    // Orientation 6: the 400×600 pixels are shown turned, 600×400.
    expect([file.width, file.height]).toEqual([600, 400]);
    const stored = await sharp(Buffer.from(await (await fetch(absolute(local, file.url))).arrayBuffer())).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
  });

  it("sniffs the type from the bytes: a PNG sent as image/jpeg named .jpg is read as PNG", async () => {
    const file = await uploadPhoto(local, await png());
    expect(file.contentType).toBe("image/webp");
  });

  it.each([
    ["a text file that says it is a JPEG", Buffer.from("this is not an image at all, only words"), "UNSUPPORTED_TYPE"],
    ["a PDF", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "UNSUPPORTED_TYPE"],
    ["a GIF", Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"), "UNSUPPORTED_TYPE"],
  ])("refuses %s (422, %s) and stores nothing", async (_label, body, reason) => {
    const before = await localFiles();
    const { status, body: answer } = await upload(local, {
      token: tokens.casting,
      purpose: "talent_photo",
      organizationId: ids.bogota,
      body,
    });
    expect(status).toBe(422);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason, field: "file" });
    expect(await localFiles()).toEqual(before);
  });

  it("refuses a truncated JPEG (INVALID_IMAGE)", async () => {
    const whole = await jpeg(800, 800);
    const { status, body } = await upload(local, {
      token: tokens.casting,
      purpose: "talent_photo",
      organizationId: ids.bogota,
      body: whole.subarray(0, Math.floor(whole.length / 2)),
    });
    expect(status).toBe(422);
    expect(body.errors?.[0]?.extensions.reason).toBe("INVALID_IMAGE");
  });

  it("refuses an image smaller than the purpose needs, and accepts a small logo", async () => {
    const small = await upload(local, {
      token: tokens.casting,
      purpose: "talent_photo",
      organizationId: ids.bogota,
      body: await jpeg(200, 280),
    });
    expect(small.status).toBe(422);
    expect(small.body.errors?.[0]?.extensions).toMatchObject({
      reason: "TOO_SMALL",
      width: 200,
      height: 280,
      minSide: 300,
    });
    const logo = await upload(local, {
      token: tokens.admin,
      purpose: "organization_logo",
      organizationId: ids.bogota,
      body: await png(128, 128),
    });
    expect(logo.status).toBe(201);
  });

  it("refuses dimensions over 12,000 px a side before decoding them (TOO_LARGE_DIMENSIONS)", async () => {
    const wide = await sharp({ create: { width: 12_500, height: 300, channels: 3, background: "white" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const { status, body } = await upload(local, {
      token: tokens.casting,
      purpose: "talent_photo",
      organizationId: ids.bogota,
      body: wide,
    });
    expect(status).toBe(422);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: "TOO_LARGE_DIMENSIONS", width: 12_500 });
  });

  it("refuses a file over UPLOAD_MAX_BYTES with 413 TOO_LARGE", async () => {
    const small = await startTestServer(db, { FILES_DIR: filesDir, UPLOAD_MAX_BYTES: "20000" });
    try {
      const noisy = await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } })
        .jpeg({ quality: 95 })
        .toBuffer();
      expect(noisy.length).toBeGreaterThan(20_000);
      const { status, body } = await upload(small, {
        token: tokens.casting,
        purpose: "talent_photo",
        organizationId: ids.bogota,
        body: noisy,
      });
      expect(status).toBe(413);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: "VALIDATION_FAILED",
        reason: "TOO_LARGE",
        limitBytes: 20_000,
      });
    } finally {
      await small.close();
    }
  });

  it("refuses a form without a file, an unknown purpose, a bad organization id, and a body that is not a form", async () => {
    const noFile = await upload(local, { token: tokens.casting, purpose: "talent_photo", organizationId: ids.bogota });
    expect([noFile.status, noFile.body.errors?.[0]?.extensions.reason]).toEqual([400, "REQUIRED"]);
    const badPurpose = await upload(local, {
      token: tokens.casting,
      purpose: "avatar",
      organizationId: ids.bogota,
      body: await jpeg(),
    });
    expect(badPurpose.body.errors?.[0]?.extensions).toMatchObject({ reason: "INVALID_INPUT", field: "purpose" });
    const badOrg = await upload(local, {
      token: tokens.casting,
      purpose: "talent_photo",
      organizationId: "bogota",
      body: await jpeg(),
    });
    expect(badOrg.body.errors?.[0]?.extensions).toMatchObject({ reason: "INVALID_INPUT", field: "organizationId" });
    const json = await fetch(`${local.url}/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.casting}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    expect((await json.json()).errors[0].extensions.reason).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});

/*==========================================================================
 * Who may upload, and who gets a URL
 *==========================================================================*/

describe("who may upload", () => {
  it("refuses visitors without a token (401) and bad tokens (401)", async () => {
    const none = await upload(local, { purpose: "talent_photo", organizationId: ids.bogota, body: await jpeg() });
    expect([none.status, none.body.errors?.[0]?.extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    const bad = await upload(local, {
      token: "a.b.c",
      purpose: "talent_photo",
      organizationId: ids.bogota,
      body: await jpeg(),
    });
    expect(bad.status).toBe(401);
  });

  it.each([
    ["a viewer", "viewer", "talent_photo"],
    ["a producer (comp cards are casting staff's)", "producer", "talent_photo"],
    ["casting staff (logos are admins')", "casting", "organization_logo"],
    ["casting staff of another organization", "medellinCasting", "talent_photo"],
  ] as const)("refuses %s: 403 FORBIDDEN, no row, nothing stored", async (_label, who, purpose) => {
    const rowsBefore = await db.owner.query("select count(*)::int as n from app_public.files");
    const filesBefore = await localFiles();
    const { status, body } = await upload(local, {
      token: tokens[who],
      purpose,
      organizationId: ids.bogota,
      body: await jpeg(),
    });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_ALLOWED" });
    expect((await db.owner.query("select count(*)::int as n from app_public.files")).rows[0].n).toBe(
      rowsBefore.rows[0].n,
    );
    expect(await localFiles()).toEqual(filesBefore);
  });

  it("lets producers upload look photos and event covers", async () => {
    await uploadPhoto(local, await jpeg(), "look_photo", tokens.producer);
    await uploadPhoto(local, await jpeg(1600, 900), "event_cover", tokens.producer);
  });
});

describe("signed URLs follow the owning row's RLS", () => {
  let fileId: string;

  beforeAll(async () => {
    const file = await uploadPhoto();
    fileId = file.rowId;
    const attached = await attachPhoto(local, ids.talent, fileId);
    expect(attached.errors).toBeUndefined();
  });

  const readPhotos = (token: string | undefined) =>
    gql(
      local,
      token,
      `query($id: UUID!, $fileId: UUID!) {
         talent(rowId: $id) { photos { nodes { file { rowId url thumbnailUrl urlExpiresAt } } } }
         file(rowId: $fileId) { rowId url }
         files { nodes { rowId } }
       }`,
      { id: ids.talent, fileId },
    );

  it("casting staff and producers (who read the comp card) get working URLs", async () => {
    for (const token of [tokens.casting, tokens.producer]) {
      const body = await readPhotos(token);
      expect(body.errors).toBeUndefined();
      const file = body.data?.talent.photos.nodes[0].file;
      expect(file.rowId).toBe(fileId);
      expect(body.data?.file.rowId).toBe(fileId);
      expect(new Date(file.urlExpiresAt).getTime()).toBeGreaterThan(Date.now() + 500_000);
      expect((await fetch(absolute(local, file.url))).status).toBe(200);
      expect((await fetch(absolute(local, file.thumbnailUrl))).status).toBe(200);
    }
  });

  it("a viewer (who may not read talent) and another agency's casting staff get no row and no URL", async () => {
    for (const token of [tokens.viewer, tokens.medellinCasting]) {
      const body = await readPhotos(token);
      expect(body.errors).toBeUndefined();
      expect(body.data?.talent).toBeNull();
      expect(body.data?.file).toBeNull();
      expect(body.data?.files.nodes.map((n: { rowId: string }) => n.rowId)).not.toContain(fileId);
    }
    const anonymous = await readPhotos(undefined);
    expect(anonymous.data?.file ?? null).toBeNull();
  });

  it("an unattached upload is readable by the roles that may attach it, not by others", async () => {
    const pending = await uploadPhoto();
    const seen = async (token: string) =>
      (await gql(local, token, "query($id: UUID!) { file(rowId: $id) { rowId } }", { id: pending.rowId })).data?.file;
    expect(await seen(tokens.admin)).toEqual({ rowId: pending.rowId });
    expect(await seen(tokens.producer)).toBeNull();
    expect(await seen(tokens.medellinCasting)).toBeNull();
  });

  it("a tampered, expired or re-pointed URL is refused (403), and a path outside the scheme is not served", async () => {
    const { data } = await readPhotos(tokens.casting);
    const url = new URL(absolute(local, data?.talent.photos.nodes[0].file.url));
    const tampered = new URL(url);
    tampered.searchParams.set("signature", `${url.searchParams.get("signature")?.slice(0, -2)}AA`);
    expect((await fetch(tampered)).status).toBe(403);
    const longer = new URL(url);
    longer.searchParams.set("expires", String(Number(url.searchParams.get("expires")) + 3600));
    expect((await fetch(longer)).status).toBe(403);
    // The same signature on another file's path (another agency's id) is worthless.
    const repointed = new URL(url.href.replace(ids.bogota, ids.medellin));
    expect((await fetch(repointed)).status).toBe(403);
    const thumbInstead = new URL(url.href.replace("/full.webp", "/thumb.webp"));
    expect((await fetch(thumbInstead)).status).toBe(403);
    // A path that climbs out of the store (sent encoded, as fetch would normalise ../) is refused.
    const traversal = await fetch(`${local.url}/files/..%2F..%2F..%2Fetc%2Fpasswd`);
    expect([403, 404]).toContain(traversal.status);
    expect(await traversal.text()).not.toContain("root:");

    const storage = new LocalStorage({ directory: filesDir, secret: local.config.jwtSecret, ttlSeconds: 60 });
    const old = await storage.signedUrl(
      { organizationId: ids.bogota, fileId },
      "full",
      new Date(Date.now() - 3_600_000),
    );
    const expired = await fetch(`${local.url}${old.url}`);
    expect(expired.status).toBe(403);
    expect((await expired.json()).errors[0].extensions.reason).toBe("EXPIRED");
  });

  it("URLs signed in the same window are identical (the browser caches the image) and live at least the TTL", () => {
    const storage = new LocalStorage({ directory: filesDir, secret: "s".repeat(40), ttlSeconds: 600 });
    const ref = { organizationId: ids.bogota, fileId };
    const at = (ms: number) => storage.signedUrl(ref, "full", new Date(ms));
    const base = Math.floor(Date.now() / 300_000) * 300_000;
    return Promise.all([at(base + 1000), at(base + 200_000), at(base + 301_000)]).then(([a, b, c]) => {
      expect(a?.url).toBe(b?.url);
      expect(c?.url).not.toBe(a?.url);
      for (const [signed, now] of [
        [a, base + 1000],
        [b, base + 200_000],
      ] as const) {
        expect((signed?.expiresAt.getTime() ?? 0) - now).toBeGreaterThanOrEqual(600_000);
      }
      expect(signingWindow(60, new Date(base)).lifetime).toBe(90);
    });
  });
});

/*==========================================================================
 * Attaching
 *==========================================================================*/

describe("attaching a file to its row", () => {
  it("refuses a look photo as a comp card photo (VALIDATION_FAILED) and a file of another organization", async () => {
    const lookPhoto = await uploadPhoto(local, await jpeg(), "look_photo", tokens.producer);
    const wrong = await attachPhoto(local, ids.talent, lookPhoto.rowId, tokens.admin);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "INVALID_INPUT" });

    const medellinTalent = (
      await db.owner.query(
        `select t.id from app_public.talent t join app_public.organizations o on o.id = t.organization_id
          where o.slug = 'medellin-fashion' limit 1`,
      )
    ).rows[0].id;
    const bogotaPhoto = await uploadPhoto();
    // Medellín's casting staff cannot hang Bogotá's file on their own person.
    const foreign = await attachPhoto(local, medellinTalent, bogotaPhoto.rowId, tokens.medellinCasting);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(
      (
        await db.owner.query("select count(*)::int as n from app_public.talent_photos where file_id = $1", [
          bogotaPhoto.rowId,
        ])
      ).rows[0].n,
    ).toBe(0);
  });

  it("refuses the 13th photo of a person", async () => {
    const person = ids.otherTalent;
    for (let i = 0; i < 12; i++) {
      const file = await uploadPhoto(local, await jpeg(320, 320));
      const body = await attachPhoto(local, person, file.rowId);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    }
    const extra = await uploadPhoto(local, await jpeg(320, 320));
    const refused = await attachPhoto(local, person, extra.rowId);
    expect(refused.errors?.[0]?.message).toMatch(/at most 12/);
  });

  it("replacing a look's photo deletes the old file and, after commit, its stored objects", async () => {
    const worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger: makeLogger("silent"),
      pollIntervalMs: 100,
      tasks: { files: new LocalStorage({ directory: filesDir, secret: null, ttlSeconds: 60 }) },
    });
    workers.push(worker);
    try {
      const first = await uploadPhoto(local, await jpeg(), "look_photo", tokens.producer);
      const second = await uploadPhoto(local, await jpeg(), "look_photo", tokens.producer);
      const setPhoto = (fileId: string | null) =>
        gql(
          local,
          tokens.producer,
          `mutation($id: UUID!, $fileId: UUID) { updateLook(input: {rowId: $id, patch: {photoFileId: $fileId}}) { look { photo { rowId } } } }`,
          { id: ids.look, fileId },
        );
      expect((await setPhoto(first.rowId)).data?.updateLook.look.photo.rowId).toBe(first.rowId);
      expect((await setPhoto(second.rowId)).data?.updateLook.look.photo.rowId).toBe(second.rowId);
      expect((await db.owner.query("select 1 from app_public.files where id = $1", [first.rowId])).rowCount).toBe(0);
      await until(
        async () => ((await localFiles()).some((f) => f.includes(first.rowId)) ? undefined : true),
        "the old photo's objects to be deleted",
      );
      expect((await localFiles()).filter((f) => f.includes(second.rowId))).toHaveLength(2);
      // Removing the photo deletes it too.
      expect((await setPhoto(null)).data?.updateLook.look.photo).toBeNull();
      await until(
        async () => ((await localFiles()).some((f) => f.includes(second.rowId)) ? undefined : true),
        "the removed photo's objects to be deleted",
      );
    } finally {
      await worker.stop();
      workers.splice(workers.indexOf(worker), 1);
    }
  });

  it("the cover of a published public event is readable by anonymous visitors, a draft's is not", async () => {
    const newEvent = async (status: string, isPublic: boolean) =>
      (
        await db.owner.query(
          `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public)
           values ($1, $2, $3, now() + interval '30 days', now() + interval '30 days 3 hours', $4, $5) returning id`,
          [ids.bogota, `Cover test ${status}`, `cover-test-${randomBytes(4).toString("hex")}`, status, isPublic],
        )
      ).rows[0].id as string;
    const publicEvent = await newEvent("published", true);
    const draftEvent = await newEvent("draft", true);
    const covers: string[] = [];
    for (const event of [publicEvent, draftEvent]) {
      const cover = await uploadPhoto(local, await jpeg(1600, 900), "event_cover", tokens.producer);
      const set = await gql(
        local,
        tokens.producer,
        `mutation($id: UUID!, $fileId: UUID) { updateEvent(input: {rowId: $id, patch: {coverFileId: $fileId}}) { event { rowId } } }`,
        { id: event, fileId: cover.rowId },
      );
      expect(set.errors).toBeUndefined();
      covers.push(cover.rowId);
    }
    const read = (id: string) =>
      gql(local, undefined, "query($id: UUID!) { event(rowId: $id) { title cover { url } } }", { id });
    const shown = await read(publicEvent);
    expect(shown.errors).toBeUndefined();
    expect((await fetch(absolute(local, shown.data?.event.cover.url))).status).toBe(200);
    expect((await read(draftEvent)).data?.event).toBeNull();
    const direct = await gql(local, undefined, "query($id: UUID!) { file(rowId: $id) { rowId } }", { id: covers[1] });
    expect(direct.data?.file).toBeNull();
  });
});

/*==========================================================================
 * Erasure (Ley 1581) and stale uploads
 *==========================================================================*/

describe("erasing a person deletes their photos", () => {
  it("rolled back: nothing is deleted and no job is left; committed: rows at once, objects after commit", async () => {
    const person = (
      await db.owner.query(
        `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
         values ($1, 'Valentina Erasable', 'women', now(), '{casting}', 'signed_form') returning id`,
        [ids.bogota],
      )
    ).rows[0].id;
    const photos = [await uploadPhoto(cloud), await uploadPhoto(cloud)];
    for (const photo of photos) expect((await attachPhoto(cloud, person, photo.rowId)).errors).toBeUndefined();
    const keys = photos.flatMap((p) => [
      `org/${ids.bogota}/${p.rowId}/full.webp`,
      `org/${ids.bogota}/${p.rowId}/thumb.webp`,
    ]);
    for (const key of keys) expect(s3.objects.has(key), key).toBe(true);
    const jobsBefore = (await jobs()).length;

    const casting = (
      await db.owner.query("select id from app_public.profiles where email = 'casting@bogota.fashionos.test'")
    ).rows[0].id;
    await db.asProfile(casting, (client) => client.query("select app_public.erase_talent($1)", [person]));
    expect((await jobs()).length).toBe(jobsBefore);
    expect(
      (await db.owner.query("select count(*)::int as n from app_public.talent_photos where talent_id = $1", [person]))
        .rows[0].n,
    ).toBe(2);

    const erased = await gql(
      cloud,
      tokens.casting,
      "mutation($id: UUID!) { eraseTalent(input: {id: $id}) { result { fullName } } }",
      {
        id: person,
      },
    );
    expect(erased.errors).toBeUndefined();
    expect(
      (await db.owner.query("select count(*)::int as n from app_public.talent_photos where talent_id = $1", [person]))
        .rows[0].n,
    ).toBe(0);
    const fileIds = photos.map((p) => p.rowId);
    expect(
      (await db.owner.query("select count(*)::int as n from app_public.files where id = any($1)", [fileIds])).rows[0].n,
    ).toBe(0);
    const queued = (await jobs()).slice(jobsBefore);
    expect(queued.flatMap((j) => j.files.map((f) => f.fileId)).sort()).toEqual([...fileIds].sort());
    // Objects are still there until the worker runs: they go after commit, never before.
    for (const key of keys) expect(s3.objects.has(key)).toBe(true);

    const worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger: makeLogger("silent"),
      pollIntervalMs: 100,
      tasks: { files: makeFileStorage(loadFileConfig(s3.env())) },
    });
    workers.push(worker);
    await until(async () => (keys.some((key) => s3.objects.has(key)) ? undefined : true), "the erased photos' objects");
    await worker.stop();
    workers.splice(workers.indexOf(worker), 1);
    // Every request the store served was signed, and the deletions went through it.
    expect(s3.requests.filter((r) => r.auth === "none")).toEqual([]);
    expect(s3.requests.some((r) => r.method === "POST" && r.status === 200)).toBe(true);
  });

  it("the hourly sweep deletes uploads never attached within 24 hours, and only those", async () => {
    const stale = await uploadPhoto();
    const fresh = await uploadPhoto();
    await db.owner.query("update app_public.files set created_at = now() - interval '25 hours' where id = $1", [
      stale.rowId,
    ]);
    const { deleteStaleUploads } = await import("../tasks/files/tasks.ts");
    const client = await db.owner.connect();
    try {
      await deleteStaleUploads({}, {
        query: (sql: string, params: unknown[]) => client.query(sql, params),
        logger: { info: () => {} },
      } as never);
    } finally {
      client.release();
    }
    const left = await db.owner.query("select id from app_public.files where id = any($1)", [
      [stale.rowId, fresh.rowId],
    ]);
    expect(left.rows.map((r) => r.id)).toEqual([fresh.rowId]);
    expect((await jobs()).some((j) => j.files.some((f) => f.fileId === stale.rowId))).toBe(true);
  });
});

/*==========================================================================
 * The S3-compatible store
 *==========================================================================*/

describe("S3-compatible storage (a local store that checks Signature V4)", () => {
  it("uploads through the SDK with signed requests and serves presigned GET URLs the store verifies", async () => {
    const file = await uploadPhoto(cloud);
    const key = `org/${ids.bogota}/${file.rowId}/full.webp`;
    expect(s3.objects.get(key)?.contentType).toBe("image/webp");
    expect(s3.objects.get(key)?.cacheControl).toContain("immutable");
    expect(s3.requests.filter((r) => r.method === "PUT").every((r) => r.auth === "header")).toBe(true);
    expect(file.url.startsWith(`${s3.endpoint}/${s3.bucket}/${key}?`)).toBe(true);
    const got = await fetch(file.url);
    expect(got.status, await got.clone().text()).toBe(200);
    expect((await sharp(Buffer.from(await got.arrayBuffer())).metadata()).format).toBe("webp");
    expect(s3.requests.at(-1)?.auth).toBe("query");
  });

  it("the store refuses a tampered signature, another key under the same signature and an expired URL", async () => {
    const file = await uploadPhoto(cloud);
    const url = new URL(file.url);
    const tampered = new URL(url);
    tampered.searchParams.set("X-Amz-Signature", "0".repeat(64));
    const denied = await fetch(tampered);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain("SignatureDoesNotMatch");
    const otherKey = new URL(url.href.replace("/full.webp", "/thumb.webp"));
    expect((await fetch(otherKey)).status).toBe(403);

    const storage = makeFileStorage(loadFileConfig({ ...s3.env(), FILE_URL_TTL_SECONDS: "60" })) as S3Storage;
    try {
      const old = await storage.signedUrl(
        { organizationId: ids.bogota, fileId: file.rowId },
        "full",
        new Date(Date.now() - 3_600_000),
      );
      const expired = await fetch(old.url);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain("Request has expired");
    } finally {
      storage.close();
    }
  });

  it("a client with the wrong secret is refused by the store (the double really checks signatures)", async () => {
    const wrong = makeFileStorage(loadFileConfig({ ...s3.env(), S3_SECRET_ACCESS_KEY: "not-the-secret-at-all" }));
    try {
      await expect(
        wrong.put(
          { organizationId: ids.bogota, fileId: "00000000-0000-4000-8000-000000000001" },
          "full",
          Buffer.from("x"),
          "image/webp",
        ),
      ).rejects.toThrow(/signature/i);
    } finally {
      wrong.close();
    }
  });

  it("configuration: FILE_STORAGE=s3 needs a bucket; the endpoint's origin is allowed in the dashboard's CSP", async () => {
    expect(() => loadFileConfig({ FILE_STORAGE: "s3" })).toThrow(/S3_BUCKET/);
    expect(() => loadFileConfig({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "only-one" })).toThrow(/both/);
    expect(loadFileConfig({ S3_BUCKET: "b" })).toMatchObject({ driver: "s3", s3: { forcePathStyle: false } });
    expect(loadFileConfig({})).toMatchObject({ driver: "local", urlTtlSeconds: 600, maxUploadBytes: 10_000_000 });
    expect(dashboardCsp([s3.endpoint])).toMatch(new RegExp(`img-src [^;]*${s3.endpoint.replace(/[.]/g, "\\.")}`));
    expect(dashboardCsp(["https://bucket.s3.us-east-1.amazonaws.com"])).toBe(dashboardCsp([]));
  });
});
