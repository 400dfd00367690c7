// POST /uploads from the browser: checks a file against the server's limits
// first (the same numbers, from /config.json), then sends it with progress
// (XMLHttpRequest: fetch cannot report upload progress) and turns the
// server's coded refusals into an UploadError the component translates.
import type { UploadLimits, UploadPurpose } from "./config.ts";
import { session } from "./session.ts";

/** What POST /uploads answers: the file row (as GraphQL names it) with signed URLs. */
export interface UploadedFile {
  rowId: string;
  organizationId: string;
  purpose: UploadPurpose;
  width: number;
  height: number;
  byteSize: number;
  url: string;
  thumbnailUrl: string;
  urlExpiresAt: string;
}

/** A refusal: `reason` picks the message (upload.errors.<reason>), `details` fill it. */
export class UploadError extends Error {
  readonly reason: string;
  readonly details: Record<string, unknown>;
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(reason);
    this.name = "UploadError";
    this.reason = reason;
    this.details = details;
  }
}

/** The reasons the dashboard has words for; anything else is shown by its code. */
export const UPLOAD_REASONS = [
  "UNSUPPORTED_TYPE",
  "TOO_SMALL",
  "TOO_LARGE_DIMENSIONS",
  "INVALID_IMAGE",
  "TOO_LARGE",
  "NOT_ALLOWED",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "NETWORK",
  "ABORTED",
  "UNKNOWN",
] as const;

const megabytes = (bytes: number) => Math.round((bytes / 1_000_000) * 10) / 10;

/** Checks what the browser can know before sending: type, size and dimensions. */
export async function checkImage(file: File, purpose: UploadPurpose, limits: UploadLimits): Promise<void> {
  if (file.type && !limits.acceptedTypes.includes(file.type)) {
    throw new UploadError("UNSUPPORTED_TYPE");
  }
  if (file.size > limits.maxBytes) {
    throw new UploadError("TOO_LARGE", { limitMb: megabytes(limits.maxBytes) });
  }
  // Dimensions when the browser can decode the file; the server decides for good.
  if (typeof createImageBitmap !== "function") return;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    // A type this browser cannot decode (AVIF on an old one): let the server judge it.
    return;
  }
  const { width, height } = bitmap;
  bitmap.close();
  const minSide = limits.minSide[purpose];
  if (width < minSide || height < minSide) throw new UploadError("TOO_SMALL", { width, height, minSide });
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw new UploadError("TOO_LARGE_DIMENSIONS", { width, height, maxSide: limits.maxSide });
  }
}

interface ErrorBody {
  errors?: { extensions?: { code?: string; reason?: string; limitBytes?: number; [key: string]: unknown } }[];
}

function refusal(status: number, text: string): UploadError {
  let extensions: NonNullable<ErrorBody["errors"]>[number]["extensions"] = {};
  try {
    extensions = (JSON.parse(text) as ErrorBody).errors?.[0]?.extensions ?? {};
  } catch {
    // not JSON (a proxy's page): by status below
  }
  const { code, reason, limitBytes, ...details } = extensions;
  if (status === 401 || code === "UNAUTHENTICATED") return new UploadError("UNAUTHENTICATED");
  if (status === 403 || code === "FORBIDDEN") return new UploadError("NOT_ALLOWED");
  if (status === 429 || code === "RATE_LIMITED") return new UploadError("RATE_LIMITED");
  if (status === 413 || reason === "TOO_LARGE") {
    return new UploadError("TOO_LARGE", { limitMb: megabytes(Number(limitBytes ?? 0)) });
  }
  if (reason && (UPLOAD_REASONS as readonly string[]).includes(reason)) return new UploadError(reason, details);
  return new UploadError("UNKNOWN", { status });
}

/** Sends one image; resolves with the stored file, rejects with an UploadError. */
export function uploadImage(options: {
  file: File;
  purpose: UploadPurpose;
  organizationId: string;
  /** 0…1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.set("purpose", options.purpose);
    form.set("organizationId", options.organizationId);
    form.set("file", options.file, options.file.name || "image");
    const request = new XMLHttpRequest();
    request.open("POST", "/uploads");
    const token = session.token();
    if (token) request.setRequestHeader("Authorization", `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        try {
          resolve((JSON.parse(request.responseText) as { file: UploadedFile }).file);
        } catch {
          reject(new UploadError("UNKNOWN"));
        }
      } else {
        reject(refusal(request.status, request.responseText));
      }
    };
    request.onerror = () => reject(new UploadError("NETWORK"));
    request.onabort = () => reject(new UploadError("ABORTED"));
    options.signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(form);
  });
}
