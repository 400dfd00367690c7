// Rewrites the generated blocks of README.md and db/README.md (test/readme.ts):
//   node test/update-readme.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { README_BLOCKS, updateReadme } from "./readme.ts";

for (const file of new Set(README_BLOCKS.map((block) => block.file))) {
  const path = join(PROJECT_ROOT, file);
  const blocks = README_BLOCKS.filter((block) => block.file === file);
  await writeFile(path, updateReadme(await readFile(path, "utf8"), blocks));
  console.error(`[readme] ${file}: ${blocks.map((block) => block.name).join(", ")} rewritten`);
}
