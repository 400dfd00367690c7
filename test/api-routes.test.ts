// The URL paths the API server answers are the ones it declares its own (shared/paths.ts
// API_PATH_PREFIXES): the static handler never answers them with the dashboard, and `npm run dev` proxies
// exactly them from Vite. Uploads and files were once answered in production and 404 (or the dashboard's
// HTML) in development, because the proxy kept a list of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_PATH_PREFIXES } from "../shared/api-paths.ts";
import viteConfig from "../web/vite.config.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { GRAPHIQL: "on" });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/** The first path segment of every route, from Fastify's route tree (children of "/" at its second level). */
function firstSegments(tree: string): Set<string> {
  const segments = new Set<string>();
  for (const line of tree.split("\n")) {
    const match = /^│ {3}[├└]── ([^\s(/]+)/.exec(line);
    if (match) segments.add(match[1] as string);
  }
  return segments;
}

describe("API routes", () => {
  it("every route the server registers is under a declared API path (or is the dashboard's catch-all)", () => {
    const tree = api.app.fastify.printRoutes({ commonPrefix: false });
    const segments = [...firstSegments(tree)].filter((s) => s !== "" && s !== "*");
    expect(segments.length).toBeGreaterThan(3);
    const declared = new Set<string>(API_PATH_PREFIXES);
    expect(
      segments.filter((s) => !declared.has(s)),
      tree,
    ).toEqual([]);
  });

  it("npm run dev proxies exactly the declared API paths to the API server", () => {
    const config = typeof viteConfig === "function" ? undefined : viteConfig;
    const proxy = Object.keys(config?.server?.proxy ?? {}).sort();
    expect(proxy).toEqual(API_PATH_PREFIXES.map((p) => `/${p}`).sort());
  });

  it("the dashboard is never the answer on an API path, even one with no route", async () => {
    for (const prefix of API_PATH_PREFIXES) {
      const response = await fetch(`${api.url}/${prefix}/no-such-thing`);
      expect(response.headers.get("content-type") ?? "", prefix).not.toMatch(/text\/html/);
    }
  });
});
