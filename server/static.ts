// Serves the built dashboard (web/dist) with a single-page-app fallback.
// Before the dashboard is built, / answers with where the API lives.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import { PROJECT_ROOT } from "../db/lib/server.ts";
import type { ServerConfig } from "./config.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export function makeStaticHandler(config: ServerConfig, root = join(PROJECT_ROOT, "web", "dist")) {
  return async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (!existsSync(join(root, "index.html"))) {
      if (path !== "/") return false;
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      res.end(
        JSON.stringify({
          name: "FashionOS API",
          graphql: "/graphql",
          graphiql: config.graphiql ? "/graphiql" : null,
          health: "/health",
        }),
      );
      return true;
    }
    const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, relative);
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      // Client-side routes fall back to index.html; missing assets stay 404.
      if (extname(relative)) return false;
      file = join(root, "index.html");
    }
    const body = await readFile(file);
    const immutable = file.includes(`${join(root, "assets")}`);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ...(extname(file) === ".html"
        ? {
            "Content-Security-Policy":
              "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
          }
        : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
