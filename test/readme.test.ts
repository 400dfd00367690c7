// The README's permission table is generated from the same data the
// permission tests run, so the documentation cannot drift from the policies.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { renderPermissionMatrix } from "../shared/permissions.ts";

it("shows the current permission matrix (regenerate with `node test/print-permissions.ts`)", async () => {
  const readme = await readFile(join(PROJECT_ROOT, "README.md"), "utf8");
  expect(readme).toContain(renderPermissionMatrix().trim());
});
