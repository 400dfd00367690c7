// Rewrites the README's generated blocks (test/readme.ts):
//   node test/update-readme.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { updateReadme } from "./readme.ts";

const path = join(PROJECT_ROOT, "README.md");
await writeFile(path, updateReadme(await readFile(path, "utf8")));
console.error("[readme] generated blocks rewritten");
