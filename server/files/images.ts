// Checks and re-encodes an uploaded image with sharp. What the browser says
// the file is counts for nothing: the type is sniffed from the bytes
// (file-type), the size and dimensions are checked, and the image is decoded
// and written again as WebP — oriented by its EXIF tag and stripped of all
// metadata (a phone photo's GPS position never leaves this function) — at
// most 2,000 px on its longer side, plus a thumbnail of at most 480 px for
// lists.
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

export type Purpose = "talent_photo" | "look_photo" | "event_cover" | "organization_logo";
export const PURPOSES: readonly Purpose[] = ["talent_photo", "look_photo", "event_cover", "organization_logo"];

/** Types accepted, as sniffed from the bytes. HEIC (iPhone) is not: Safari sends JPEG when a page asks for images. */
export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;

/** Smallest side accepted per purpose, in pixels: a comp card photo must be printable, a logo may be small. */
export const MIN_SIDE: Record<Purpose, number> = {
  talent_photo: 300,
  look_photo: 300,
  event_cover: 300,
  organization_logo: 64,
};
/** Largest side accepted, in pixels, and largest image in pixels (decompression bombs stop here). */
export const MAX_SIDE = 12_000;
export const MAX_PIXELS = 50_000_000;
/** Longer side of the stored image and of the thumbnail, in pixels. */
export const FULL_SIZE = 2000;
export const THUMBNAIL_SIZE = 480;

export type ImageRefusal =
  | { reason: "UNSUPPORTED_TYPE"; detected: string | null }
  | { reason: "TOO_SMALL"; width: number; height: number; minSide: number }
  | { reason: "TOO_LARGE_DIMENSIONS"; width: number; height: number; maxSide: number; maxPixels: number }
  | { reason: "INVALID_IMAGE" };

export class ImageError extends Error {
  readonly refusal: ImageRefusal;
  constructor(message: string, refusal: ImageRefusal) {
    super(message);
    this.name = "ImageError";
    this.refusal = refusal;
  }
}

export interface ProcessedImage {
  full: { body: Buffer; width: number; height: number };
  thumbnail: { body: Buffer; width: number; height: number };
  contentType: "image/webp";
  /** What the upload was, as sniffed. */
  sourceType: (typeof ACCEPTED_TYPES)[number];
}

export async function processImage(input: Buffer, purpose: Purpose): Promise<ProcessedImage> {
  const sniffed = await fileTypeFromBuffer(input);
  const sourceType = ACCEPTED_TYPES.find((type) => type === sniffed?.mime);
  if (!sourceType) {
    throw new ImageError(
      `Only JPEG, PNG, WebP or AVIF images are accepted${sniffed ? ` (this file is ${sniffed.mime})` : ""}.`,
      { reason: "UNSUPPORTED_TYPE", detected: sniffed?.mime ?? null },
    );
  }

  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageError("The image could not be read.", { reason: "INVALID_IMAGE" });
  }
  // Dimensions as the image will be shown (EXIF orientations 5–8 swap them).
  const swap = (metadata.orientation ?? 1) >= 5;
  const width = (swap ? metadata.height : metadata.width) ?? 0;
  const height = (swap ? metadata.width : metadata.height) ?? 0;
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
    throw new ImageError(
      `The image is ${width}×${height} px; at most ${MAX_SIDE} px a side and ${MAX_PIXELS / 1_000_000} megapixels.`,
      { reason: "TOO_LARGE_DIMENSIONS", width, height, maxSide: MAX_SIDE, maxPixels: MAX_PIXELS },
    );
  }
  const minSide = MIN_SIDE[purpose];
  if (width < minSide || height < minSide) {
    throw new ImageError(`The image is ${width}×${height} px; it needs at least ${minSide} px a side.`, {
      reason: "TOO_SMALL",
      width,
      height,
      minSide,
    });
  }

  try {
    // failOn "error": a truncated or corrupt file is refused rather than half-decoded.
    const decoded = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
    const encode = (size: number, quality: number) =>
      decoded
        .clone()
        .resize({ width: size, height: size, fit: "inside", withoutEnlargement: true })
        .webp({ quality, effort: 4 })
        .toBuffer({ resolveWithObject: true });
    const [full, thumbnail] = await Promise.all([encode(FULL_SIZE, 82), encode(THUMBNAIL_SIZE, 75)]);
    return {
      full: { body: full.data, width: full.info.width, height: full.info.height },
      thumbnail: { body: thumbnail.data, width: thumbnail.info.width, height: thumbnail.info.height },
      contentType: "image/webp",
      sourceType,
    };
  } catch {
    throw new ImageError("The image could not be read.", { reason: "INVALID_IMAGE" });
  }
}
