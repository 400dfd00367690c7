// The HTTP server: security headers and CORS, token verification, rate
// limits, then GraphQL (grafserv), the explorer, health, webhooks and the
// dashboard's static files, all on one port.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import pg from "pg";
import type { Logger } from "pino";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { type DocumentNode, parse, visit } from "postgraphile/graphql";
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/accounts.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import { AuthError, type Claims, makeVerifier, rateLimitKey } from "./auth.ts";
import type { ServerConfig } from "./config.ts";
import { errorBody } from "./errors.ts";
import { makePreset, verifiedClaims } from "./graphile.config.ts";
import { healthReport } from "./health.ts";
import { consume, makeRateLimiters } from "./rate-limit.ts";
import { makeStaticHandler } from "./static.ts";
import { handleClerkWebhook } from "./webhooks.ts";

export interface App {
  server: Server;
  ownerPool: pg.Pool;
  /** Stops accepting, lets in-flight requests finish, closes pools. */
  close(): Promise<void>;
}

const AUTH_FIELDS = new Set(["authenticate", "register"]);

/**
 * How many sign-in fields (authenticate, register) a document selects, each
 * alias counting once, so a batch of aliased guesses spends a point per guess
 * and a comment between a field and its arguments cannot hide it. GraphQL
 * names cannot be escaped, so a document without these words has none.
 */
function signInAttempts(query: string): number {
  if (!/authenticate|register/.test(query)) return 0;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return 0; // A syntax error: grafserv refuses the document, nothing runs.
  }
  let attempts = 0;
  visit(document, {
    Field(node) {
      if (AUTH_FIELDS.has(node.name.value)) attempts += 1;
    },
  });
  return attempts;
}

function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}

function securityHeaders(res: ServerResponse, production: boolean) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function createApp(options: {
  config: ServerConfig;
  settings: DatabaseSettings;
  logger: Logger;
}): Promise<App> {
  const { config, settings, logger } = options;
  const ownerPool = new pg.Pool({ connectionString: settings.ownerUrl, max: 5 });
  ownerPool.on("error", (error) => logger.warn({ err: error }, "owner pool error"));
  const verify = makeVerifier(config);
  const limiters = await makeRateLimiters(config, ownerPool);
  const preset = makePreset({ authenticatorUrl: settings.authenticatorUrl, roles: settings.roles, config, logger });
  // Sign-in attempts get their own, stricter budget per IP.
  preset.plugins = [
    ...(preset.plugins ?? []),
    {
      name: "FashionOSAuthRateLimitPlugin",
      version: "1.0.0",
      grafserv: {
        middleware: {
          async processGraphQLRequestBody(next, event) {
            const req = event.request?.requestContext?.node?.req;
            const query = (event.body as { query?: unknown }).query;
            const attempts = req && typeof query === "string" ? signInAttempts(query) : 0;
            if (req && attempts > 0) {
              const wait = await consume(limiters.auth, clientIp(req), attempts);
              if (wait !== null) {
                const { SafeError } = await import("postgraphile/grafast");
                throw new SafeError("Too many sign-in attempts. Try again later.", {
                  code: "RATE_LIMITED",
                  retryAfterSeconds: wait,
                  statusCode: 429,
                });
              }
            }
            return next();
          },
        },
      },
    },
  ];
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const graphqlHandler = serv.createHandler();
  const staticHandler = makeStaticHandler(config);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
    const log = logger.child({ requestId });
    const started = performance.now();
    res.setHeader("X-Request-Id", requestId);
    securityHeaders(res, config.production);
    res.on("finish", () => {
      // Never log headers or bodies: they carry tokens, passwords and personal data.
      log.info(
        {
          method: req.method,
          path: req.url?.split("?")[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });

    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;

    // CORS: only listed origins get CORS headers; never "*".
    const origin = req.headers.origin;
    const originAllowed = typeof origin === "string" && config.corsOrigins.includes(origin);
    if (originAllowed) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
    }
    if (req.method === "OPTIONS") {
      if (originAllowed) {
        res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
        res.setHeader("Access-Control-Max-Age", "600");
      }
      res.writeHead(204);
      res.end();
      return;
    }

    if (path === "/config.json") {
      // What the dashboard needs to know about this server; demo logins only outside production.
      const ai = loadAiConfig();
      sendJson(
        res,
        200,
        {
          demoAccounts: config.production ? [] : DEMO_ACCOUNTS,
          demoPassword: config.production ? null : DEMO_PASSWORD,
          aiProvider: ai.provider,
          aiModel: ai.model,
          aiMonthlyBudgetUsd: ai.monthlyBudgetUsd,
        },
        { "Cache-Control": "no-store" },
      );
      return;
    }
    if (path === "/health/live") {
      sendJson(res, 200, { status: "ok" });
      return;
    }
    if (path === "/health") {
      const report = await healthReport(ownerPool, { aiMonthlyBudgetUsd: config.aiMonthlyBudgetUsd });
      sendJson(res, report.status === "down" ? 503 : 200, report, { "Cache-Control": "no-store" });
      return;
    }
    if (path === "/webhooks/clerk" && req.method === "POST") {
      const body = await readBody(req, config.bodyLimitBytes);
      if (body === null) {
        sendJson(res, 413, { error: "Request body too large." });
        return;
      }
      const result = await handleClerkWebhook(config.clerkWebhookSecret, body, req.headers, ownerPool);
      sendJson(res, result.status, result.body);
      return;
    }

    if (path === "/graphql") {
      const ipWait = await consume(limiters.ip, clientIp(req));
      if (ipWait !== null) {
        sendJson(
          res,
          429,
          errorBody("RATE_LIMITED", "Too many requests. Try again later.", { retryAfterSeconds: ipWait }),
          {
            "Retry-After": String(ipWait),
          },
        );
        return;
      }
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > config.bodyLimitBytes) {
        sendJson(
          res,
          413,
          errorBody("VALIDATION_FAILED", "Request body too large.", { limitBytes: config.bodyLimitBytes }),
        );
        return;
      }
      let claims: Claims;
      try {
        claims = await verify(req.headers.authorization);
      } catch (error) {
        if (error instanceof AuthError) {
          sendJson(res, 401, errorBody("UNAUTHENTICATED", error.message), {
            "WWW-Authenticate": 'Bearer error="invalid_token"',
          });
          return;
        }
        throw error;
      }
      const userKey = rateLimitKey(claims);
      if (userKey) {
        const userWait = await consume(limiters.user, userKey);
        if (userWait !== null) {
          sendJson(
            res,
            429,
            errorBody("RATE_LIMITED", "Too many requests. Try again later.", { retryAfterSeconds: userWait }),
            {
              "Retry-After": String(userWait),
            },
          );
          return;
        }
      }
      verifiedClaims.set(req, claims);
    }

    if (path === "/graphql" || path === "/graphiql" || path.startsWith("/ruru-static")) {
      if (path !== "/graphql" && !config.graphiql) {
        sendJson(res, 404, { error: "Not found" });
        return;
      }
      graphqlHandler(req, res, (error) => {
        if (error) log.error({ err: error }, "grafserv error");
        if (!res.headersSent) sendJson(res, error ? 500 : 404, { error: error ? "Internal error" : "Not found" });
      });
      return;
    }

    if (await staticHandler(req, res, path)) return;
    sendJson(res, 404, { error: "Not found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      const errorId = randomUUID();
      logger.error({ err: error, errorId }, "unhandled request error");
      if (!res.headersSent)
        sendJson(res, 500, errorBody("INTERNAL_SERVER_ERROR", `Internal error (error id ${errorId}).`, { errorId }));
      else res.end();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  return {
    server,
    ownerPool,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running after 10 s are cut short.
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
      await ownerPool.end();
    },
  };
}
