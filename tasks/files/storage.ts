// Where uploaded images are kept: local disk (development) or an
// S3-compatible store (production). Keys are derived from the file row's
// organization and id only (org/<organization>/<file>/<variant>.webp), never
// from anything a client sends, so a request cannot name another agency's
// object. Every read goes through a short-lived signed URL: the store's own
// presigned GET (SigV4) for S3, an HMAC-signed /files/… URL that the server
// checks for local disk. URLs are signed for whoever asked the API for the
// file's row, which RLS already limited to those who may read it.
import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { FileConfig, S3Settings } from "./config.ts";

export type Variant = "full" | "thumb";
export const VARIANTS: readonly Variant[] = ["full", "thumb"];

/** A stored file: the database row's organization and id. */
export interface FileRef {
  organizationId: string;
  fileId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The object key of one variant (without the S3 prefix). Refuses anything but UUIDs. */
export function objectKey(ref: FileRef, variant: Variant): string {
  if (!UUID.test(ref.organizationId) || !UUID.test(ref.fileId) || !VARIANTS.includes(variant)) {
    throw new Error("A file reference is two lower-case UUIDs and a variant.");
  }
  return `org/${ref.organizationId}/${ref.fileId}/${variant}.webp`;
}

export interface SignedUrl {
  url: string;
  /** When the URL stops working. */
  expiresAt: Date;
}

export interface FileStorage {
  readonly driver: "local" | "s3";
  put(ref: FileRef, variant: Variant, body: Buffer, contentType: string): Promise<void>;
  /** Deletes every variant of the files; files already gone are fine. */
  delete(refs: FileRef[]): Promise<void>;
  /** The stored bytes, or null when there are none. */
  get(ref: FileRef, variant: Variant): Promise<Buffer | null>;
  /** A URL that reads the variant until it expires (relative for local disk, absolute for S3). */
  signedUrl(ref: FileRef, variant: Variant, now?: Date): Promise<SignedUrl>;
  /** The origin URLs are served from, for the dashboard's Content-Security-Policy (null: this server). */
  readonly publicOrigin: string | null;
  close(): void;
}

/**
 * URLs signed in the same window are identical, so a browser caches an image
 * across page loads: a URL is signed for the start of the current window and
 * lives `ttl` plus one window (≤ 5 minutes) from there, so it is always valid
 * for at least `ttl` seconds from the moment it is given out.
 */
export function signingWindow(ttlSeconds: number, now: Date): { start: number; lifetime: number } {
  const window = Math.min(300, Math.max(1, Math.floor(ttlSeconds / 2)));
  const seconds = Math.floor(now.getTime() / 1000);
  const start = seconds - (seconds % window);
  return { start, lifetime: ttlSeconds + window };
}

/*--------------------------------------------------------------------------
 * Local disk
 *--------------------------------------------------------------------------*/

/** The path a local signed URL has: /files/<organization>/<file>/<variant>.webp */
export const LOCAL_URL_PATTERN =
  /^\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(full|thumb)\.webp$/;

export class LocalStorage implements FileStorage {
  readonly driver = "local" as const;
  readonly publicOrigin = null;
  readonly #directory: string;
  readonly #key: Buffer;
  readonly #ttl: number;

  constructor(options: { directory: string; secret: string | null; ttlSeconds: number }) {
    this.#directory = options.directory;
    // A key of its own, derived from the server's secret: a file URL is never a token and vice versa.
    this.#key = createHmac("sha256", options.secret ?? "no-secret: this storage cannot sign")
      .update("fashionos file urls v1")
      .digest();
    this.#ttl = options.ttlSeconds;
  }

  #path(ref: FileRef, variant: Variant): string {
    return join(this.#directory, objectKey(ref, variant));
  }

  async put(ref: FileRef, variant: Variant, body: Buffer): Promise<void> {
    const path = this.#path(ref, variant);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, body);
    await rename(partial, path);
  }

  async delete(refs: FileRef[]): Promise<void> {
    for (const ref of refs) {
      await rm(dirname(this.#path(ref, "full")), { recursive: true, force: true });
    }
  }

  async get(ref: FileRef, variant: Variant): Promise<Buffer | null> {
    try {
      return await readFile(this.#path(ref, variant));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  #signature(path: string, expires: number): string {
    return createHmac("sha256", this.#key).update(`${path}\n${expires}`).digest("base64url");
  }

  async signedUrl(ref: FileRef, variant: Variant, now = new Date()): Promise<SignedUrl> {
    const { start, lifetime } = signingWindow(this.#ttl, now);
    const expires = start + lifetime;
    const path = `/${objectKey(ref, variant).replace(/^org\//, "files/")}`;
    return {
      url: `${path}?expires=${expires}&signature=${this.#signature(path, expires)}`,
      expiresAt: new Date(expires * 1000),
    };
  }

  /** Checks a local URL's signature and expiry; the file it names, or why not. */
  verify(
    path: string,
    expires: string | undefined,
    signature: string | undefined,
    now = new Date(),
  ): { ok: true; ref: FileRef; variant: Variant } | { ok: false; reason: "INVALID_SIGNATURE" | "EXPIRED" } {
    const match = LOCAL_URL_PATTERN.exec(path);
    if (!match || !expires || !/^[0-9]{1,12}$/.test(expires) || !signature) {
      return { ok: false, reason: "INVALID_SIGNATURE" };
    }
    const expected = Buffer.from(this.#signature(path, Number(expires)));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: "INVALID_SIGNATURE" };
    }
    if (Number(expires) * 1000 <= now.getTime()) return { ok: false, reason: "EXPIRED" };
    return {
      ok: true,
      ref: { organizationId: match[1] as string, fileId: match[2] as string },
      variant: match[3] as Variant,
    };
  }

  close(): void {}
}

/*--------------------------------------------------------------------------
 * S3-compatible stores
 *--------------------------------------------------------------------------*/

export class S3Storage implements FileStorage {
  readonly driver = "s3" as const;
  readonly publicOrigin: string | null;
  readonly client: S3Client;
  readonly #settings: S3Settings;
  readonly #ttl: number;

  constructor(settings: S3Settings, ttlSeconds: number) {
    this.#settings = settings;
    this.#ttl = ttlSeconds;
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
      // Checksums only where S3 requires them: several S3-compatible stores
      // refuse the SDK's default CRC32 trailers (aws-sdk-js-v3 ≥ 3.729).
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      maxAttempts: 3,
    });
    this.publicOrigin = settings.endpoint
      ? new URL(settings.endpoint).origin
      : `https://${settings.forcePathStyle ? "s3" : `${settings.bucket}.s3`}.${settings.region}.amazonaws.com`;
  }

  #key(ref: FileRef, variant: Variant): string {
    return `${this.#settings.prefix}${objectKey(ref, variant)}`;
  }

  async put(ref: FileRef, variant: Variant, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.#settings.bucket,
        Key: this.#key(ref, variant),
        Body: body,
        ContentType: contentType,
        // A key is written once (a new upload is a new file id).
        CacheControl: "private, max-age=31536000, immutable",
      }),
    );
  }

  async delete(refs: FileRef[]): Promise<void> {
    const keys = refs.flatMap((ref) => VARIANTS.map((variant) => this.#key(ref, variant)));
    for (let i = 0; i < keys.length; i += 1000) {
      const result = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.#settings.bucket,
          Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = (result.Errors ?? []).filter((error) => error.Code !== "NoSuchKey");
      if (failed.length) {
        throw new Error(
          `The store refused to delete ${failed.length} object(s): ${failed[0]?.Code} ${failed[0]?.Message}`,
        );
      }
    }
  }

  async get(ref: FileRef, variant: Variant): Promise<Buffer | null> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.#settings.bucket, Key: this.#key(ref, variant) }),
      );
      return Buffer.from((await result.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if ((error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }

  async signedUrl(ref: FileRef, variant: Variant, now = new Date()): Promise<SignedUrl> {
    const { start, lifetime } = signingWindow(this.#ttl, now);
    const url = await getSignedUrl(
      this.client,
      new GetObjectCommand({ Bucket: this.#settings.bucket, Key: this.#key(ref, variant) }),
      { expiresIn: lifetime, signingDate: new Date(start * 1000) },
    );
    return { url, expiresAt: new Date((start + lifetime) * 1000) };
  }

  close(): void {
    this.client.destroy();
  }
}

/** The storage the configuration names. `secret` signs local URLs (the server's); the worker only deletes. */
export function makeFileStorage(config: FileConfig, secret: string | null = null): FileStorage {
  if (config.driver === "s3" && config.s3) return new S3Storage(config.s3, config.urlTtlSeconds);
  return new LocalStorage({ directory: config.directory, secret, ttlSeconds: config.urlTtlSeconds });
}
