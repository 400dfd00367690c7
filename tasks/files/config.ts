// File storage settings, validated with zod. Uploaded images live outside the
// database rows: on local disk under the data directory (development, the
// default), or in any S3-compatible store (production: AWS S3, Cloudflare R2,
// MinIO, DigitalOcean Spaces, …) through @aws-sdk/client-s3. The variables are
// declared, with their defaults, in the configuration schema (shared/config.ts).
import { join } from "node:path";
import { type Env, EnvError, parseEnv } from "../../shared/config.ts";
import { PROJECT_ROOT } from "../../shared/paths.ts";

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

/** The variables file storage reads (shared/config.ts declares them with their defaults). */
const FILES_ENV = [
  "FILE_STORAGE",
  "FILES_DIR",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ENDPOINT",
  "S3_FORCE_PATH_STYLE",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_PREFIX",
  "FILE_URL_TTL_SECONDS",
  "UPLOAD_MAX_BYTES",
  "NODE_ENV",
] as const;

export function loadFileConfig(env: NodeJS.ProcessEnv = process.env): FileConfig {
  let v: Pick<Env, (typeof FILES_ENV)[number]>;
  try {
    v = parseEnv(FILES_ENV, env);
  } catch (error) {
    if (error instanceof EnvError) throw new FileConfigError(error.message);
    throw error;
  }
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
    urlTtlSeconds: v.FILE_URL_TTL_SECONDS,
    maxUploadBytes: v.UPLOAD_MAX_BYTES,
    production: v.NODE_ENV === "production",
  };
}
