// The typed documents in web/src/gql are generated from graphql/schema.graphql
// and graphql/operations/*.graphql. Regenerate them in memory, with the
// project's own codegen.ts, and compare with the committed files: a schema or
// operation change without `npm run codegen` fails here, not in the browser.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../codegen.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const ROOT = PROJECT_ROOT;
const GENERATED_DIR = join(ROOT, "web", "src", "gql");
const HINT = "web/src/gql is out of date: run `npm run codegen` and commit the result.";

it("web/src/gql matches what `npm run codegen` generates", { timeout: 60_000 }, async () => {
  // saveToFile = false: generate() returns the outputs and writes nothing.
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, cwd: ROOT, silent: true, verbose: false },
    false,
  );
  expect(outputs.length, "codegen produced no files").toBeGreaterThan(0);

  const generated = new Map(outputs.map((o) => [relative(ROOT, resolve(ROOT, o.filename)), o.content]));
  for (const [file, content] of generated) {
    const committed = await readFile(join(ROOT, file), "utf8").catch(() => null);
    expect(committed, `${file} is missing. ${HINT}`).not.toBeNull();
    // One clear message instead of a diff of thousands of generated lines.
    if (committed !== content) expect.fail(`${file} differs from the generated version. ${HINT}`);
  }

  // Nothing left over from an operation that was deleted or renamed.
  const committedFiles = (await readdir(GENERATED_DIR)).map((name) => relative(ROOT, join(GENERATED_DIR, name)));
  const stale = committedFiles.filter((file) => !generated.has(file));
  expect(stale, `files in web/src/gql that codegen no longer generates. ${HINT}`).toEqual([]);
});
