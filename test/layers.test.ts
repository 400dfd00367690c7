// The layering rule (test/layers.ts) over every source file: web → shared
// (pure data), server → tasks → db → shared, shared imports nothing of ours.
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { checkLayers, importsOf, layerOf, projectSources, type SourceFile } from "./layers.ts";

describe("layers", () => {
  it("hold over the whole project: arrows only point down", () => {
    const files = projectSources(PROJECT_ROOT);
    // The walk found the layers (a broken walk would pass vacuously).
    for (const layer of ["web", "server", "tasks", "db", "shared", "test"]) {
      expect(
        files.some((f) => layerOf(f.path).name === layer),
        layer,
      ).toBe(true);
    }
    expect(checkLayers(files)).toEqual([]);
  });

  it("reads static, type-only, re-exported and dynamic imports", () => {
    expect(
      importsOf(`import a from "./a.ts";
        import type { B } from "../b.ts";
        export { c } from "./c.ts";
        const d = await import("../d.ts");
        import "./e.ts";`).sort(),
    ).toEqual(["../b.ts", "../d.ts", "./a.ts", "./c.ts", "./e.ts"]);
  });

  const file = (path: string, text: string): SourceFile => ({ path, text });
  const rulesBroken = (...files: SourceFile[]) => checkLayers(files).map((v) => `${v.from} → ${v.to}`);

  it("refuses each kind of upward or sideways import", () => {
    // The worker importing the API server's logger (tasks/main.ts did, before shared/logger.ts).
    expect(rulesBroken(file("tasks/main.ts", `import { makeLogger } from "../server/logger.ts";`))).toEqual([
      "tasks/main.ts → server/logger.ts",
    ]);
    // The database layer importing anything above it, also lazily.
    expect(
      rulesBroken(
        file("db/lib/x.ts", `const { startWorker } = await import("../../tasks/runner.ts");`),
        file("db/seed/y.ts", `import type { ServerConfig } from "../../server/config.ts";`),
        file("db/z.ts", `import { account } from "../test/helpers/accounts.ts";`),
      ),
    ).toEqual([
      "db/lib/x.ts → tasks/runner.ts",
      "db/seed/y.ts → server/config.ts",
      "db/z.ts → test/helpers/accounts.ts",
    ]);
    // The web importing server, worker or database code.
    expect(
      rulesBroken(
        file("web/src/a.ts", `import { apiError } from "../../server/errors.ts";`),
        file("web/src/b.ts", `import { AgentError } from "../../tasks/ai/errors.ts";`),
        file("web/src/c.ts", `import { DEMO_PASSWORD } from "../../db/seed/accounts.ts";`),
      ),
    ).toEqual([
      "web/src/a.ts → server/errors.ts",
      "web/src/b.ts → tasks/ai/errors.ts",
      "web/src/c.ts → db/seed/accounts.ts",
    ]);
    // The ground floor importing anything of ours.
    expect(rulesBroken(file("shared/a.ts", `import { PROJECT_ROOT } from "../db/lib/server.ts";`))).toEqual([
      "shared/a.ts → db/lib/server.ts",
    ]);
    // Production code importing tests or benchmarks.
    expect(rulesBroken(file("server/a.ts", `import { x } from "../bench/lib/stats.ts";`))).toEqual([
      "server/a.ts → bench/lib/stats.ts",
    ]);
  });

  it("lets the web use shared modules only when they run in a browser", () => {
    const pure = file("shared/errors.ts", `export const X = 1;`);
    const nodeOnly = file("shared/paths.ts", `import { resolve } from "node:path"; export const R = resolve(".");`);
    const through = file("shared/fields.ts", `import "./paths.ts"; import { z } from "zod";`);
    expect(rulesBroken(pure, file("web/src/a.ts", `import { X } from "../../shared/errors.ts";`))).toEqual([]);
    expect(rulesBroken(nodeOnly, file("web/src/a.ts", `import { R } from "../../shared/paths.ts";`))).toEqual([
      "shared/paths.ts → node:path",
    ]);
    expect(rulesBroken(nodeOnly, through, file("web/src/a.ts", `import "../../shared/fields.ts";`)).sort()).toEqual([
      "shared/paths.ts → node:path",
    ]);
    // The server may use the same module: the rule is about what reaches the browser.
    expect(rulesBroken(nodeOnly, file("server/a.ts", `import { R } from "../shared/paths.ts";`))).toEqual([]);
  });

  it("allows what points down", () => {
    expect(
      rulesBroken(
        file(
          "server/a.ts",
          `import "../tasks/runner.ts"; import "../db/lib/settings.ts"; import "../shared/logger.ts";`,
        ),
        file("tasks/a.ts", `import "../db/lib/settings.ts"; import "../shared/logger.ts"; import pg from "pg";`),
        file("db/a.ts", `import "../shared/paths.ts"; import "./lib/b.ts";`),
        file("test/a.ts", `import "../server/app.ts"; import "../bench/data.ts"; import "../codegen.ts";`),
      ),
    ).toEqual([]);
  });
});
