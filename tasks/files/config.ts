// File storage settings, validated with zod. Uploaded images live outside the
// database rows: on local disk under the data directory (development, the
// default), or in any S3-compatible store (production: AWS S3, Cloudflare R2,
// MinIO, DigitalOcean Spaces, …) through @aws-sdk/client-s3.
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../../db/lib/server.ts";

export interface S3Settings {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, R2, …); null: AWS S3 itself. */
  endpoint: string | null;
  /** Path-style URLs (endpoint/bucket/key), which most S3-compatible stores need. */
  forcePathStyle: boolean;
  /** Explicit credentials; null: the SDK's default chain (AWS_* variables, instance role, …). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Prepended to every key, e.g. "fashionos/" to share a bucket. */
  prefix: string;
}

export interface FileConfig {
  driver: "local" | "s3";
  /** Local driver: where files are written. */
  directory: string;
  s3: S3Settings | null;
  /** How long a signed URL stays valid, in seconds. */
  urlTtlSeconds: number;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
  production: boolean;
}

export class FileConfigError extends Error {}

const optional = z.string().trim().optional().or(z.literal(""));
const schema = z.object({
  FILE_STORAGE: z.enum(["local", "s3"]).optional().or(z.literal("")),
  FILES_DIR: optional,
  S3_BUCKET: optional,
  S3_REGION: optional,
  S3_ENDPOINT: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+\/?$/, "S3_ENDPOINT must be an http(s) origin such as https://s3.example.com")
    .optional()
    .or(z.literal("")),
  S3_FORCE_PATH_STYLE: z.enum(["on", "off", "true", "false", "1", "0"]).optional().or(z.literal("")),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._/-]*$/, "S3_PREFIX may hold letters, digits, dots, dashes, underscores and slashes")
    .optional(),
  FILE_URL_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).optional().or(z.literal("")),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).optional().or(z.literal("")),
  NODE_ENV: z.string().optional(),
});

export function loadFileConfig(env: NodeJS.ProcessEnv = process.env): FileConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new FileConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    );
  }
  const v = parsed.data;
  const driver = v.FILE_STORAGE || (v.S3_BUCKET ? "s3" : "local");
  let s3: S3Settings | null = null;
  if (driver === "s3") {
    if (!v.S3_BUCKET) throw new FileConfigError("FILE_STORAGE=s3 needs S3_BUCKET.");
    if (Boolean(v.S3_ACCESS_KEY_ID) !== Boolean(v.S3_SECRET_ACCESS_KEY)) {
      throw new FileConfigError("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.");
    }
    const endpoint = v.S3_ENDPOINT ? v.S3_ENDPOINT.replace(/\/$/, "") : null;
    const pathStyle = v.S3_FORCE_PATH_STYLE;
    s3 = {
      bucket: v.S3_BUCKET,
      region: v.S3_REGION || "us-east-1",
      endpoint,
      forcePathStyle: pathStyle ? ["on", "true", "1"].includes(pathStyle) : endpoint !== null,
      credentials:
        v.S3_ACCESS_KEY_ID && v.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: v.S3_ACCESS_KEY_ID, secretAccessKey: v.S3_SECRET_ACCESS_KEY }
          : null,
      prefix: v.S3_PREFIX ?? "",
    };
  }
  return {
    driver,
    directory: v.FILES_DIR || join(PROJECT_ROOT, ".data", "files"),
    s3,
    urlTtlSeconds: v.FILE_URL_TTL_SECONDS || 600,
    maxUploadBytes: v.UPLOAD_MAX_BYTES || 10_000_000,
    production: v.NODE_ENV === "production",
  };
}
