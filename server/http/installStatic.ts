// The built dashboard (web/dist) with @fastify/static: hashed assets cached
// for a year, pages revalidated, the dashboard's Content-Security-Policy on
// its HTML, and a single-page-app fallback: a GET for a path without a file
// extension that matched nothing else gets index.html; a missing asset or any
// other unknown path gets a coded 404. Before the dashboard is built, /
// answers with where the API lives.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { API_PATH_PREFIXES } from "../../shared/api-paths.ts";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import type { AppContext } from "./context.ts";
import { sendNotFound } from "./installErrorHandler.ts";

// 'wasm-unsafe-eval': the door's QR scanner is ZXing compiled to WebAssembly (served from here).
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' https: data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";

/** The dashboard's policy, with the origins uploaded images are served from (an http S3-compatible store in development). */
export function dashboardCsp(imageOrigins: string[]): string {
  const extra = imageOrigins.filter((origin) => !origin.startsWith("https:"));
  return extra.length ? DASHBOARD_CSP.replace("blob:;", `blob: ${extra.join(" ")};`) : DASHBOARD_CSP;
}

/** Paths the API owns: never answered with the dashboard, even when nothing matched them. */
const API_PATHS = new RegExp(
  `^/(${API_PATH_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(/|$)`,
);

export async function installStatic(
  fastify: FastifyInstance,
  { config, imageOrigins }: AppContext,
  root = join(PROJECT_ROOT, "web", "dist"),
): Promise<void> {
  const csp = dashboardCsp(imageOrigins);
  const pageHeaders = (reply: FastifyReply): void => {
    reply.header("Content-Security-Policy", csp);
    reply.header("Cache-Control", "no-cache");
  };
  const assets = join(root, "assets");
  await fastify.register(fastifyStatic, {
    root,
    wildcard: true,
    index: false,
    cacheControl: false,
    // A dashboard that is built after the server started is served too.
    logLevel: "warn",
    setHeaders(reply, path) {
      if (path.startsWith(`${assets}/`)) reply.header("Cache-Control", "public, max-age=31536000, immutable");
      else if (path.endsWith(".html")) pageHeaders(reply);
      else reply.header("Cache-Control", "no-cache");
    },
  });

  const servePage = (path: string, reply: FastifyReply) => {
    if (existsSync(join(root, "index.html"))) {
      pageHeaders(reply);
      return reply.sendFile("index.html");
    }
    if (path !== "/") return sendNotFound(reply);
    return reply.header("Cache-Control", "no-store").send({
      name: "FashionOS API",
      graphql: "/graphql",
      graphiql: config.graphiql ? "/graphiql" : null,
      health: "/health",
    });
  };
  // "/" is a directory to @fastify/static; the dashboard's page answers it.
  fastify.get("/", (_request, reply) => servePage("/", reply));
  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const page =
      (request.method === "GET" || request.method === "HEAD") && !/\.[A-Za-z0-9]+$/.test(path) && !API_PATHS.test(path);
    return page ? servePage(path, reply) : sendNotFound(reply);
  });
}
