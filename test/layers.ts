// The layering rule as data, and a short check over the import graph
// (test/layers.test.ts runs it on every source file in `npm test`).
//
//   web ──► web's generated client, and shared/ modules that are pure data
//   server ──► tasks ──► db ──► shared
//
// Arrows only point down: the worker never depends on the API server, the
// database layer on neither, and shared/ (the ground floor) imports nothing of
// ours. test/ and bench/ sit on top and may import anything; nothing imports
// them. Imports are read with TypeScript's own pre-processor (static imports,
// re-exports, `import type` and dynamic `import()`), not with a regex.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/** A layer: the folder it is, and the layers (folders) its files may import from. */
export interface Layer {
  name: string;
  /** Path prefix (relative to the project root, with a trailing slash) of the layer's files. */
  folder: string;
  mayImport: readonly string[];
}

/** Top first. A file belongs to the first layer whose folder contains it. */
export const LAYERS: readonly Layer[] = [
  { name: "test", folder: "test/", mayImport: ["test", "bench", "server", "tasks", "db", "shared", "web", "root"] },
  { name: "bench", folder: "bench/", mayImport: ["bench", "server", "tasks", "db", "shared"] },
  { name: "web", folder: "web/", mayImport: ["web", "shared"] },
  { name: "server", folder: "server/", mayImport: ["server", "tasks", "db", "shared"] },
  { name: "tasks", folder: "tasks/", mayImport: ["tasks", "db", "shared"] },
  { name: "db", folder: "db/", mayImport: ["db", "shared"] },
  { name: "shared", folder: "shared/", mayImport: ["shared"] },
  // codegen.ts, vitest.config.ts: tooling at the root.
  { name: "root", folder: "", mayImport: ["root", "web", "shared"] },
];

export interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  from: string;
  to: string;
  rule: string;
}

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export function layerOf(path: string): Layer {
  const layer = LAYERS.find((l) => (l.folder === "" ? !path.includes("/") : path.startsWith(l.folder)));
  if (!layer) throw new Error(`${path} belongs to no layer: add its folder to LAYERS in test/layers.ts`);
  return layer;
}

/** Every module specifier a file imports, re-exports or loads with import(). */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The project path an import points to, or null for a package or a Node built-in. */
function target(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return join(dirname(from), specifier).split(sep).join("/");
}

/**
 * Checks the rule over a set of files:
 * - each relative import stays within the layers its file may import from;
 * - shared/ modules that web imports (directly or through other shared modules) must run in a
 *   browser: no Node built-ins (the web bundle is built by Vite for phones, not for Node).
 */
export function checkLayers(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const graph = new Map<string, { project: string[]; packages: string[] }>();
  for (const file of files) {
    const project: string[] = [];
    const packages: string[] = [];
    for (const specifier of importsOf(file.text)) {
      const to = target(file.path, specifier);
      if (to === null) packages.push(specifier);
      else project.push(to);
    }
    graph.set(file.path, { project, packages });
  }
  for (const file of files) {
    const from = layerOf(file.path);
    for (const to of graph.get(file.path)?.project ?? []) {
      if (to.startsWith("../") || to === "..") {
        violations.push({ from: file.path, to, rule: "imports from outside the project" });
        continue;
      }
      const toLayer = layerOf(to);
      if (!from.mayImport.includes(toLayer.name)) {
        violations.push({
          from: file.path,
          to,
          rule: `${from.name} may import only ${from.mayImport.join(", ")}; not ${toLayer.name}`,
        });
      }
    }
  }
  // shared/ modules reachable from web must be browser-safe.
  const seen = new Set<string>();
  const stack = files
    .filter((f) => layerOf(f.path).name === "web")
    .flatMap((f) => graph.get(f.path)?.project ?? [])
    .filter((to) => to.startsWith("shared/"));
  while (stack.length) {
    const path = stack.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    if (!byPath.has(path)) continue;
    const edges = graph.get(path);
    for (const name of edges?.packages ?? []) {
      if (BUILTINS.has(name)) {
        violations.push({ from: path, to: name, rule: "a shared module the web imports may not use Node built-ins" });
      }
    }
    for (const to of edges?.project ?? []) if (to.startsWith("shared/")) stack.push(to);
  }
  return violations;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const SKIP = new Set(["node_modules", ".data", "dist", "test-results", ".git"]);

/** Every TypeScript file of the project (generated ones included), relative to `root`. */
export function projectSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        out.push({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(resolve(root));
  return out;
}
