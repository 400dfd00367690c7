// Every image the dashboard shows from a signed URL (File.url / thumbnailUrl, which stop working at
// File.urlExpiresAt) goes through SignedImage, which asks for fresh URLs when one has expired; a raw <img> with
// such a URL shows a broken image once a page has been open longer than FILE_URL_TTL_SECONDS. The browser side
// is walked in test/web-workspace.test.ts (an expired cover on the public page).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";

const SRC = join(PROJECT_ROOT, "web", "src");
/** Files allowed a raw <img>, and why. */
const RAW_IMG_ALLOWED: Record<string, string> = {
  "components/SignedImage.tsx": "the component itself",
  "box-office/qr.tsx": "a QR code drawn in the browser (a data: URL, never signed)",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "gql" ? [] : sources(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

it("shows images only through SignedImage (or an allowed, unsigned source)", () => {
  const offenders = sources(SRC)
    .map((file) => relative(SRC, file))
    .filter((file) => !(file in RAW_IMG_ALLOWED))
    .filter((file) => /<img\b/.test(readFileSync(join(SRC, file), "utf8")));
  expect(offenders).toEqual([]);
  for (const file of Object.keys(RAW_IMG_ALLOWED)) {
    expect(readFileSync(join(SRC, file), "utf8"), file).toMatch(/<img\b/);
  }
});
