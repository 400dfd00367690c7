// Security headers on every response (@fastify/helmet): nosniff, no referrer,
// no framing, same-origin opener, and HSTS in production (TLS ends in front of
// us there). The dashboard's Content-Security-Policy is set on its HTML by
// installStatic; the explorer (Ruru) brings its own page.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "./context.ts";

export async function installHelmet(fastify: FastifyInstance, { config }: AppContext): Promise<void> {
  await fastify.register(helmet, {
    global: true,
    contentSecurityPolicy: false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    hsts: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
