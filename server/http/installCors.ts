// CORS (@fastify/cors): only the origins in CORS_ORIGINS get CORS headers,
// compared exactly (never "*"); every response says `Vary: Origin`, refused
// origins included, so a shared cache never hands one origin's answer to
// another. Retry-After and X-Request-Id are exposed to the allowed origins.
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "./context.ts";

export async function installCors(fastify: FastifyInstance, { config }: AppContext): Promise<void> {
  const allowed = new Set(config.corsOrigins);
  await fastify.register(cors, {
    // A function (not a list): a refused origin gets no CORS headers at all,
    // preflight included, and @fastify/cors still adds Vary: Origin.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
    // A browser client may read when to try again (429) and the id to quote.
    exposedHeaders: ["Retry-After", "X-Request-Id"],
    maxAge: 600,
    strictPreflight: false,
  });
}
