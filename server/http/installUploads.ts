// Uploaded images (comp card photos, look photos, event covers, logos):
//
// POST /uploads — multipart/form-data with `purpose` (talent_photo,
//   look_photo, event_cover, organization_logo), `organizationId` and one
//   `file`, with the caller's bearer token. The image is checked and
//   re-encoded (server/files/images.ts), its row is inserted into
//   app_public.files AS THE CALLER (their role and claims, under RLS: only
//   those who may write the rows a file of that purpose is attached to may
//   upload one), then the image and its thumbnail are stored
//   (tasks/files/storage.ts). Answers 201 with the file and signed URLs; the
//   client then attaches it through GraphQL (createTalentPhoto,
//   updateLook { photoFileId }, …).
// GET /files/<organization>/<file>/<variant>.webp?expires=…&signature=… —
//   local disk only: serves a file whose URL the API signed.
//
// GraphQL: File.url, File.thumbnailUrl and File.urlExpiresAt sign a URL for
// a file row the caller's query returned, so RLS decides who gets one.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import pg from "pg";
import { type FileRef, type FileStorage, LocalStorage, makeFileStorage } from "../../tasks/files/storage.ts";
import { AuthError, pgSettingsFor, rateLimitKey } from "../auth.ts";
import { type ErrorCode, errorBody } from "../errors.ts";
import { ImageError, PURPOSES, type Purpose, processImage } from "../files/images.ts";
import { makeFileUrlsPlugin } from "../graphql/file-urls-plugin.ts";
import { consume } from "../rate-limit.ts";
import type { AppContext } from "./context.ts";

export const UPLOADS_PATH = "/uploads";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send(errorBody(code, message, extensions));
}

interface FileRow {
  id: string;
  organization_id: string;
  purpose: Purpose;
  content_type: string;
  byte_size: number;
  width: number;
  height: number;
  thumbnail_width: number;
  thumbnail_height: number;
  created_at: Date;
}

/** What POST /uploads answers: the row as GraphQL names it, with signed URLs. */
async function describe(storage: FileStorage, row: FileRow) {
  const ref: FileRef = { organizationId: row.organization_id, fileId: row.id };
  const [full, thumb] = await Promise.all([storage.signedUrl(ref, "full"), storage.signedUrl(ref, "thumb")]);
  return {
    rowId: row.id,
    organizationId: row.organization_id,
    purpose: row.purpose,
    contentType: row.content_type,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    thumbnailWidth: row.thumbnail_width,
    thumbnailHeight: row.thumbnail_height,
    createdAt: row.created_at,
    url: full.url,
    thumbnailUrl: thumb.url,
    urlExpiresAt: full.expiresAt,
  };
}

export async function installUploads(fastify: FastifyInstance, context: AppContext): Promise<FileStorage> {
  const { config, logger, settings, limiters } = context;
  const fileConfig = config.files;
  const storage = makeFileStorage(fileConfig, config.jwtSecret);
  if (config.production && storage.driver === "local") {
    logger.warn(
      { directory: fileConfig.directory },
      "uploaded files are stored on this machine's disk; in production set S3_BUCKET (and S3_ENDPOINT for a non-AWS store)",
    );
  }
  context.presetPlugins.push(makeFileUrlsPlugin(storage));
  if (storage.publicOrigin) context.imageOrigins.push(storage.publicOrigin);
  // Uploads insert their row as the caller, like a GraphQL request does.
  const pool = new pg.Pool({ connectionString: settings.authenticatorUrl, max: 5 });
  pool.on("error", (error) => logger.warn({ err: error }, "uploads pool error"));
  fastify.addHook("onClose", async () => {
    await pool.end();
    storage.close();
  });

  await fastify.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: fileConfig.maxUploadBytes, files: 1, fields: 4, fieldSize: 200, parts: 6, headerPairs: 50 },
    });

    scope.post(UPLOADS_PATH, async (request, reply) => {
      const ipWait = await consume(limiters.ip, request.ip);
      if (ipWait !== null) {
        reply.header("Retry-After", String(ipWait));
        return refuse(reply, 429, "RATE_LIMITED", "Too many requests. Try again later.", {
          retryAfterSeconds: ipWait,
        });
      }
      let claims: Awaited<ReturnType<typeof context.verify>>;
      try {
        claims = await context.verify(request.headers.authorization);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        reply.header("WWW-Authenticate", 'Bearer error="invalid_token"');
        return refuse(reply, 401, "UNAUTHENTICATED", error.message);
      }
      const userKey = rateLimitKey(claims);
      if (userKey === null)
        return refuse(reply, 401, "UNAUTHENTICATED", "Sign in to upload files.", {
          reason: "LOGIN_REQUIRED",
        });
      const userWait = await consume(limiters.user, userKey);
      if (userWait !== null) {
        reply.header("Retry-After", String(userWait));
        return refuse(reply, 429, "RATE_LIMITED", "Too many requests. Try again later.", {
          retryAfterSeconds: userWait,
        });
      }
      if (!request.isMultipart()) {
        return refuse(reply, 415, "VALIDATION_FAILED", "Send the file as multipart/form-data.", {
          reason: "UNSUPPORTED_MEDIA_TYPE",
        });
      }

      // The form: purpose, organizationId and one file.
      const fields: Record<string, string> = {};
      let upload: Buffer | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === "file") {
            if (part.fieldname !== "file" || upload) {
              return refuse(reply, 400, "VALIDATION_FAILED", "Send exactly one file, in the field `file`.", {
                reason: "INVALID_INPUT",
                field: part.fieldname,
              });
            }
            upload = await part.toBuffer();
          } else if (typeof part.value === "string") {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        // The rest of the body is never read: close the connection after the
        // answer, or it stays busy (neither idle nor finished) and the client
        // and a graceful shutdown both wait on it.
        if (code.startsWith("FST_")) reply.header("Connection", "close");
        if (code === "FST_REQ_FILE_TOO_LARGE") {
          return refuse(
            reply,
            413,
            "VALIDATION_FAILED",
            `The file is larger than ${fileConfig.maxUploadBytes} bytes (UPLOAD_MAX_BYTES).`,
            { reason: "TOO_LARGE", limitBytes: fileConfig.maxUploadBytes, field: "file" },
          );
        }
        if (code.startsWith("FST_")) {
          return refuse(reply, 400, "VALIDATION_FAILED", "The form could not be read.", { reason: "INVALID_BODY" });
        }
        throw error;
      }
      const purpose = fields.purpose as Purpose;
      if (!PURPOSES.includes(purpose)) {
        return refuse(reply, 400, "VALIDATION_FAILED", `purpose must be one of ${PURPOSES.join(", ")}.`, {
          reason: "INVALID_INPUT",
          field: "purpose",
        });
      }
      const organizationId = (fields.organizationId ?? "").toLowerCase();
      if (!UUID.test(organizationId)) {
        return refuse(reply, 400, "VALIDATION_FAILED", "organizationId must be a UUID.", {
          reason: "INVALID_INPUT",
          field: "organizationId",
        });
      }
      if (!upload || upload.length === 0) {
        return refuse(reply, 400, "VALIDATION_FAILED", "The form has no file.", { reason: "REQUIRED", field: "file" });
      }

      let image: Awaited<ReturnType<typeof processImage>>;
      try {
        image = await processImage(upload, purpose);
      } catch (error) {
        if (!(error instanceof ImageError)) throw error;
        return refuse(reply, 422, "VALIDATION_FAILED", error.message, { ...error.refusal, field: "file" });
      }

      // The row, as the caller: RLS decides whether they may upload this purpose here.
      let row: FileRow;
      const client = await pool.connect();
      try {
        await client.query("begin");
        await client.query("select set_config(key, value, true) from json_each_text($1::json)", [
          JSON.stringify(pgSettingsFor(claims, settings.roles, config.statementTimeoutMs)),
        ]);
        const { rows } = await client.query<FileRow>(
          `insert into app_public.files
             (organization_id, purpose, content_type, byte_size, width, height, thumbnail_width, thumbnail_height)
           values ($1, $2, $3, $4, $5, $6, $7, $8)
           returning id, organization_id, purpose, content_type, byte_size, width, height, thumbnail_width,
                     thumbnail_height, created_at`,
          [
            organizationId,
            purpose,
            image.contentType,
            image.full.body.length,
            image.full.width,
            image.full.height,
            image.thumbnail.width,
            image.thumbnail.height,
          ],
        );
        await client.query("commit");
        row = rows[0] as FileRow;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        if ((error as { code?: string }).code === "42501") {
          // Not a member with that right, or no such organization: answered alike.
          return refuse(reply, 403, "FORBIDDEN", "You may not upload this kind of file to that organization.", {
            reason: "NOT_ALLOWED",
          });
        }
        throw error;
      } finally {
        client.release();
      }

      // The objects. The row is committed first so nothing is ever stored
      // that the database does not know of; if storing fails the row goes
      // (its delete enqueues the removal of whatever was written).
      const ref: FileRef = { organizationId: row.organization_id, fileId: row.id };
      try {
        await storage.put(ref, "full", image.full.body, image.contentType);
        await storage.put(ref, "thumb", image.thumbnail.body, image.contentType);
      } catch (error) {
        await context.ownerPool.query("delete from app_public.files where id = $1", [row.id]).catch(() => {});
        const errorId = crypto.randomUUID();
        logger.error({ err: error, errorId, fileId: row.id }, "storing an upload failed");
        return refuse(reply, 503, "INTERNAL_SERVER_ERROR", `The file could not be stored (error id ${errorId}).`, {
          errorId,
        });
      }
      logger.info(
        { fileId: row.id, purpose, bytes: upload.length, stored: image.full.body.length, source: image.sourceType },
        "file uploaded",
      );
      return reply.code(201).send({ file: await describe(storage, row) });
    });
  });

  if (storage instanceof LocalStorage) {
    const local = storage;
    fastify.get("/files/*", async (request, reply) => {
      const [path, query = ""] = request.url.split("?");
      const params = new URLSearchParams(query);
      const checked = local.verify(
        path ?? "",
        params.get("expires") ?? undefined,
        params.get("signature") ?? undefined,
      );
      if (!checked.ok) {
        return refuse(
          reply,
          403,
          "FORBIDDEN",
          checked.reason === "EXPIRED"
            ? "This link has expired; ask the API for a new one."
            : "This link is not valid.",
          { reason: checked.reason },
        );
      }
      const body = await local.get(checked.ref, checked.variant);
      if (!body) return refuse(reply, 404, "NOT_FOUND", "Not found.", { reason: "NOT_FOUND" });
      const left = Math.max(0, Number(params.get("expires")) - Math.floor(Date.now() / 1000));
      return reply
        .header("Content-Type", "image/webp")
        .header("Cache-Control", `private, max-age=${left}, immutable`)
        .header("Content-Security-Policy", "default-src 'none'")
        .header("Cross-Origin-Resource-Policy", "same-origin")
        .send(body);
    });
  }
  return storage;
}
