// The README's generated blocks (test/readme.ts) equal what the code runs on:
// the error catalogue, the configuration schema, …
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { currentBlock, README_BLOCKS } from "./readme.ts";

describe("README generated blocks (regenerate with `node test/update-readme.ts`)", async () => {
  const readme = await readFile(join(PROJECT_ROOT, "README.md"), "utf8");
  it.each(README_BLOCKS.map((block) => [block.name, block] as const))("%s", (_name, block) => {
    expect(currentBlock(readme, block.name)).toBe(block.render().trim());
  });
});
