// Links that leave FashionOS (account mail, tickets mail, WhatsApp, Wompi's redirect) name the web's public
// pages through one table, shared/links.ts: the worker and the server build them from it and web/src/App.tsx
// routes the same names. Before it the paths were spelled in five places (the server's Wompi redirect, the
// worker's mail and RSVP links, the web's routes and pages), free to drift apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGES } from "../shared/links.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const app = readFileSync(join(PROJECT_ROOT, "web/src/App.tsx"), "utf8");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" || name === "node_modules" ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("public pages (shared/links.ts)", () => {
  it("are distinct absolute paths", () => {
    const paths = Object.values(PUBLIC_PAGES);
    for (const path of paths) expect(path).toMatch(/^\/[a-z-]+$/);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("each has a route in web/src/App.tsx, by name", () => {
    for (const page of Object.keys(PUBLIC_PAGES)) {
      expect(app, `no <Route path={…PUBLIC_PAGES.${page}…}> in App.tsx`).toMatch(
        new RegExp(`path=\\{\`?(\\$\\{)?PUBLIC_PAGES\\.${page}\\b`),
      );
    }
  });

  it("are spelled nowhere else in server/, tasks/ or web/src/", () => {
    const spelled: string[] = [];
    for (const file of ["server", "tasks", "web/src"].flatMap((dir) => sources(join(PROJECT_ROOT, dir)))) {
      const text = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)) // comments may name a page for the reader
        .join("\n");
      for (const path of Object.values(PUBLIC_PAGES)) {
        // A string or template literal that starts with the path: "/reserva", `/reserva?clave=…`, `/t/${code}`.
        if (new RegExp(`["\`'](\\$\\{[^}]*\\})?${path}(?=[/?"\`'])`).test(text)) {
          spelled.push(`${relative(PROJECT_ROOT, file)}: ${path}`);
        }
      }
    }
    expect(spelled).toEqual([]);
  });
});
