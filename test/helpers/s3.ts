// A local S3-compatible store for tests, speaking S3's REST protocol the way
// the real one does where FashionOS depends on it: path-style buckets, and
// every request authenticated with AWS Signature Version 4 — the
// Authorization header (with the payload's SHA-256 checked) or a presigned
// query string (with its expiry) — recomputed with @smithy/signature-v4, the
// signer the AWS SDK itself uses, and refused like S3 refuses (403
// SignatureDoesNotMatch / AccessDenied "Request has expired", XML errors).
// PutObject, GetObject, HeadObject, DeleteObject and DeleteObjects, in memory.
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32 } from "node:zlib";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

export interface StoredObject {
  body: Buffer;
  contentType: string | undefined;
  cacheControl: string | undefined;
}

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Objects by key. */
  objects: Map<string, StoredObject>;
  /** Every request, with how it was authenticated and answered. */
  requests: { method: string; path: string; auth: "header" | "query" | "none"; status: number }[];
  /** The environment that points FashionOS at this store. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const xml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

class S3Error extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** 20260101T120000Z → Date */
function amzDate(value: string | undefined): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  if (!m) throw new S3Error(403, "AccessDenied", "X-Amz-Date is missing or malformed.");
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startLocalS3(
  options: { bucket?: string; region?: string; accessKeyId?: string; secretAccessKey?: string } = {},
): Promise<LocalS3> {
  const bucket = options.bucket ?? "fashionos-test";
  const region = options.region ?? "us-east-1";
  const accessKeyId = options.accessKeyId ?? "AKIDLOCALTEST";
  const secretAccessKey = options.secretAccessKey ?? "local-s3-secret-key-for-tests-only";
  const objects = new Map<string, StoredObject>();
  const requests: LocalS3["requests"] = [];
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region,
    service: "s3",
    sha256: Hash.bind(null, "sha256"),
    uriEscapePath: false,
    applyChecksum: false,
  });

  async function authenticate(request: IncomingMessage, url: URL, body: Buffer): Promise<"header" | "query"> {
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = value;
    const base = {
      method: request.method ?? "GET",
      protocol: "http:",
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
    };
    const authorization = request.headers.authorization;
    if (authorization) {
      const m =
        /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
          authorization,
        );
      if (!m) throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
      const [, key, , signedRegion, signedHeaderList, signature] = m as unknown as string[];
      if (key !== accessKeyId) throw new S3Error(403, "InvalidAccessKeyId", "The access key does not exist.");
      if (signedRegion !== region)
        throw new S3Error(400, "AuthorizationHeaderMalformed", `Wrong region ${signedRegion}.`);
      const date = amzDate(request.headers["x-amz-date"] as string | undefined);
      if (Math.abs(date.getTime() - Date.now()) > 15 * 60_000) {
        throw new S3Error(403, "RequestTimeTooSkewed", "The difference between the request time and now is too large.");
      }
      const signed = (signedHeaderList as string).split(";");
      if (!signed.includes("host")) throw new S3Error(403, "AccessDenied", "The host header must be signed.");
      const headers: Record<string, string> = {};
      for (const name of signed) headers[name] = String(request.headers[name] ?? "");
      const payloadHash = headers["x-amz-content-sha256"];
      if (!payloadHash) throw new S3Error(400, "InvalidRequest", "x-amz-content-sha256 must be signed.");
      if (payloadHash !== "UNSIGNED-PAYLOAD") {
        if (!/^[0-9a-f]{64}$/.test(payloadHash)) {
          throw new S3Error(400, "InvalidRequest", `Unsupported payload signing ${payloadHash}.`);
        }
        if (createHash("sha256").update(body).digest("hex") !== payloadHash) {
          throw new S3Error(400, "XAmzContentSHA256Mismatch", "The provided x-amz-content-sha256 does not match.");
        }
      }
      const expected = await signer.sign(new HttpRequest({ ...base, query, headers }), {
        signingDate: date,
        signableHeaders: new Set(signed),
      });
      const computed = /Signature=([0-9a-f]{64})/.exec(String(expected.headers.authorization))?.[1] ?? "";
      if (!same(computed, signature as string)) {
        throw new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match.");
      }
      return "header";
    }
    if (query["X-Amz-Signature"]) {
      if (query["X-Amz-Algorithm"] !== "AWS4-HMAC-SHA256") {
        throw new S3Error(400, "AuthorizationQueryParametersError", "Unsupported X-Amz-Algorithm.");
      }
      const credential = /^([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request$/.exec(query["X-Amz-Credential"] ?? "");
      if (!credential || credential[1] !== accessKeyId) {
        throw new S3Error(403, "InvalidAccessKeyId", "The access key does not exist.");
      }
      const date = amzDate(query["X-Amz-Date"]);
      const expires = Number(query["X-Amz-Expires"]);
      if (!Number.isInteger(expires) || expires < 1 || expires > 604_800) {
        throw new S3Error(400, "AuthorizationQueryParametersError", "X-Amz-Expires must be 1…604800.");
      }
      if (Date.now() > date.getTime() + expires * 1000) throw new S3Error(403, "AccessDenied", "Request has expired");
      if (date.getTime() > Date.now() + 15 * 60_000) throw new S3Error(403, "AccessDenied", "Request is not valid yet");
      const signed = (query["X-Amz-SignedHeaders"] ?? "").split(";");
      const headers: Record<string, string> = { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" };
      for (const name of signed) headers[name] = String(request.headers[name] ?? "");
      const { "X-Amz-Signature": signature, ...unsigned } = query;
      const expected = await signer.presign(new HttpRequest({ ...base, query: unsigned, headers }), {
        signingDate: date,
        expiresIn: expires,
        signableHeaders: new Set(signed),
        // The payload hash is UNSIGNED-PAYLOAD (the URL says so in X-Amz-Content-Sha256), not a header.
        unsignableHeaders: new Set(["x-amz-content-sha256"]),
        unhoistableHeaders: new Set(["x-amz-content-sha256"]),
      });
      const computed = String(expected.query?.["X-Amz-Signature"] ?? "");
      if (!same(computed, signature as string)) {
        throw new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match.");
      }
      return "query";
    }
    throw new S3Error(403, "AccessDenied", "Anonymous access is forbidden.");
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    const body = await readBody(request);
    const entry = { method: request.method ?? "", path: url.pathname, auth: "none" as const, status: 0 };
    requests.push(entry);
    const send = (status: number, payload: string | Buffer = "", headers: Record<string, string> = {}) => {
      entry.status = status;
      response.writeHead(status, { "content-type": "application/xml", ...headers });
      response.end(request.method === "HEAD" ? undefined : payload);
    };
    try {
      (entry as { auth: string }).auth = await authenticate(request, url, body);
      const [, bucketName, ...keyParts] = url.pathname.split("/");
      if (bucketName !== bucket) throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist.");
      const key = keyParts.map(decodeURIComponent).join("/");
      const checksum = request.headers["x-amz-checksum-crc32"];
      if (typeof checksum === "string") {
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(body));
        if (crc.toString("base64") !== checksum) throw new S3Error(400, "BadDigest", "The CRC32 does not match.");
      }
      if (request.method === "POST" && url.searchParams.has("delete") && !key) {
        const keys = [...body.toString("utf8").matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) =>
          (m[1] ?? "")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&"),
        );
        for (const k of keys) objects.delete(k);
        return send(200, '<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult></DeleteResult>');
      }
      if (!key) throw new S3Error(400, "InvalidRequest", "Only object requests are served here.");
      if (request.method === "PUT") {
        objects.set(key, {
          body,
          contentType: request.headers["content-type"],
          cacheControl: request.headers["cache-control"],
        });
        const etag = `"${createHash("md5").update(body).digest("hex")}"`;
        return send(200, "", { etag });
      }
      if (request.method === "GET" || request.method === "HEAD") {
        const object = objects.get(key);
        if (!object) throw new S3Error(404, "NoSuchKey", "The specified key does not exist.");
        return send(200, object.body, {
          "content-type": object.contentType ?? "application/octet-stream",
          "content-length": String(object.body.length),
          ...(object.cacheControl ? { "cache-control": object.cacheControl } : {}),
        });
      }
      if (request.method === "DELETE") {
        objects.delete(key);
        return send(204);
      }
      throw new S3Error(405, "MethodNotAllowed", "The method is not allowed.");
    } catch (error) {
      if (error instanceof S3Error) return send(error.status, xml(error.code, error.message));
      return send(500, xml("InternalError", String(error)));
    }
  }

  const server: Server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    objects,
    requests,
    env: () => ({
      FILE_STORAGE: "s3",
      S3_BUCKET: bucket,
      S3_REGION: region,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
