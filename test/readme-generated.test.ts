// The generated blocks of README.md and db/README.md (test/readme.ts) equal
// what the code runs on: the error catalogue, the configuration schema, the
// tables with their migrations, policies and tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { currentBlock, README_BLOCKS } from "./readme.ts";

describe("generated documentation (regenerate with `node test/update-readme.ts`)", () => {
  it.each(README_BLOCKS.map((block) => [`${block.file}: ${block.name}`, block] as const))("%s", (_name, block) => {
    const text = readFileSync(join(PROJECT_ROOT, block.file), "utf8");
    expect(currentBlock(text, block.name)).toBe(block.render().trim());
  });
});
