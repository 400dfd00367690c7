// One configuration schema (shared/config.ts): every variable the code reads
// is declared there with its default and meaning, read only through it, and
// documented as the schema says (the README's tables are generated from it:
// test/readme-generated.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_NAMES, ENVIRONMENT_FACTS, EnvError, type EnvName, parseEnv, variableDoc } from "../shared/config.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

/** Product code (tests and benchmarks set variables for what they start, and may read their own). */
function productSources(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const dir of ["server", "tasks", "db", "shared", "web"]) {
    for (const entry of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })) {
      const full = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /node_modules|\/dist\/|\/gql\//.test(full)) continue;
      files.push({ path: relative(PROJECT_ROOT, full), text: readFileSync(full, "utf8") });
    }
  }
  return files;
}

/** Direct reads of an environment variable: process.env.X, env.X, env["X"]. */
const READ = /\b(?:process\.)?env(?:\.([A-Z][A-Z0-9_]+)|\[\s*"([A-Z][A-Z0-9_]+)"\s*\])/g;

describe("configuration", () => {
  const declared = new Set<string>(ENV_NAMES);
  const facts = new Set<string>(ENVIRONMENT_FACTS);

  it("is read through the schema: no code reads a configuration variable directly", () => {
    const direct: string[] = [];
    const undeclared: string[] = [];
    for (const file of productSources()) {
      if (file.path === join("shared", "config.ts")) continue;
      for (const match of file.text.matchAll(READ)) {
        const name = (match[1] ?? match[2]) as string;
        if (facts.has(name)) continue;
        if (declared.has(name)) direct.push(`${file.path}: ${name}`);
        else undeclared.push(`${file.path}: ${name}`);
      }
    }
    expect(undeclared, "declare these in shared/config.ts (ENV)").toEqual([]);
    expect(direct, "read these with parseEnv([...]) from shared/config.ts").toEqual([]);
  });

  it("declares every variable with a group, a default as shown and a meaning", () => {
    expect(ENV_NAMES.length).toBeGreaterThan(40);
    for (const name of ENV_NAMES) {
      const doc = variableDoc(name);
      expect(doc.meaning.trim(), name).not.toBe("");
      expect(doc.default.trim(), name).not.toBe("");
    }
  });

  it("applies the defaults it documents", () => {
    // A default shown as one literal (`5678`, `memory`) is exactly what an unset or empty variable gives.
    let checked = 0;
    for (const name of ENV_NAMES) {
      const literal = /^`([^`]+)`$/.exec(variableDoc(name).default)?.[1];
      if (literal === undefined) continue;
      const unset = parseEnv([name], {})[name];
      if (unset === undefined) continue; // derived where it is used (e.g. PG_DUMP, EMBEDDED_PG_DIR)
      expect(String(unset), name).toBe(literal);
      expect(String(parseEnv([name], { [name]: "" })[name]), `${name}=""`).toBe(literal);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it("names every bad variable at once", () => {
    const names: EnvName[] = ["PORT", "AI_TIMEOUT_MS", "SMTP_URL", "WORKER_POOL_SIZE", "RATE_LIMIT_STORE"];
    const error = (() => {
      try {
        parseEnv(names, {
          PORT: "http",
          AI_TIMEOUT_MS: "-5",
          SMTP_URL: "http://mail.example.com",
          WORKER_POOL_SIZE: "2",
          RATE_LIMIT_STORE: "redis",
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems.map((p) => p.split(":")[0])).toEqual(names);
  });
});
