// PostGraphile through grafserv's Fastify v5 adapter: POST /graphql, and the
// explorer (Ruru) at /graphiql when GRAPHIQL is on. Every GraphQL response
// that is an error carries extensions.code (grafserv's own refusals, such as
// an unparsable body, come without one) and, for grafserv's HTTP refusals, a
// reason; extensions.statusCode (grafserv's way to choose the HTTP status) is
// the status line's business, not the body's. A missing explorer file is the
// coded JSON 404, not grafserv's HTML page. No response is larger than
// GRAPHQL_MAX_RESPONSE_BYTES.
import type { FastifyInstance } from "fastify";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/fastify/v5";
import type { ErrorReason } from "../../shared/errors.ts";
import { errorBody } from "../errors.ts";
import { makePreset } from "../graphile.config.ts";
import { type AppContext, GRAPHQL_PATH } from "./context.ts";

interface ErrorPayload {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/** The reasons of grafserv's refusals before GraphQL runs, by HTTP status. */
const REASON_BY_STATUS: Record<number, ErrorReason<"VALIDATION_FAILED">> = {
  405: "METHOD_NOT_ALLOWED",
  406: "NOT_ACCEPTABLE",
  413: "TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

/**
 * An error response with every error coded (VALIDATION_FAILED for 4xx,
 * INTERNAL_SERVER_ERROR for 5xx), grafserv's HTTP refusals with a reason, and
 * no extensions.statusCode.
 */
function codeErrors(payload: string, status: number): string {
  let body: ErrorPayload;
  try {
    body = JSON.parse(payload) as ErrorPayload;
  } catch {
    return payload;
  }
  if (!Array.isArray(body.errors)) return payload;
  const code = status >= 500 ? "INTERNAL_SERVER_ERROR" : "VALIDATION_FAILED";
  const reason = REASON_BY_STATUS[status];
  let changed = false;
  for (const error of body.errors) {
    const extensions = { ...error.extensions };
    if (typeof extensions.code !== "string") extensions.code = code;
    if (reason && extensions.code === "VALIDATION_FAILED" && typeof extensions.reason !== "string") {
      extensions.reason = reason;
    }
    if ("statusCode" in extensions) delete extensions.statusCode;
    if (JSON.stringify(extensions) !== JSON.stringify(error.extensions ?? {})) {
      error.extensions = extensions;
      changed = true;
    }
  }
  return changed ? JSON.stringify(body) : payload;
}

/** A GraphQL response without `data`: the request was refused before execution. */
function isRequestError(payload: string): boolean {
  try {
    return !("data" in (JSON.parse(payload) as object));
  } catch {
    return false;
  }
}

/**
 * Whether the database said the token's session is gone (revoked or expired:
 * RVOKD from app_public.current_profile_id, mapped to SESSION_REVOKED). The
 * token verified, so only the database knows; the answer is a 401 like any
 * other dead token, at no extra query. Parsed, not searched: a row's JSON
 * could hold the same words.
 */
function sessionEnded(payload: string): boolean {
  if (!payload.includes('"SESSION_REVOKED"')) return false;
  try {
    const { errors } = JSON.parse(payload) as ErrorPayload;
    return Array.isArray(errors) && errors.some((error) => error.extensions?.reason === "SESSION_REVOKED");
  } catch {
    return false;
  }
}

export async function installPostGraphile(fastify: FastifyInstance, context: AppContext) {
  const { config, logger, settings } = context;
  const preset = makePreset({
    authenticatorUrl: settings.authenticatorUrl,
    roles: settings.roles,
    config,
    logger,
    plugins: context.presetPlugins,
  });
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);

  await fastify.register(async (graphql) => {
    // A bare document as the body (GraphQL over HTTP's application/graphql), as grafserv accepts it.
    graphql.addContentTypeParser("application/graphql", { parseAs: "string" }, (_request, body, done) =>
      done(null, body),
    );
    graphql.addHook("onSend", async (request, reply, payload) => {
      if (reply.statusCode === 404 && request.routeOptions.url?.startsWith("/ruru-static/")) {
        reply.type("application/json; charset=utf-8");
        reply.removeHeader("content-length");
        return errorBody("NOT_FOUND", "Not found.", { reason: "NOT_FOUND" });
      }
      if (request.routeOptions.url !== GRAPHQL_PATH || typeof payload !== "string") return payload;
      if (payload.length * 3 > config.maxResponseBytes && Buffer.byteLength(payload) > config.maxResponseBytes) {
        // Pages and cost are bounded before execution; this is the last guard
        // (long texts in many rows). Mutations in the request did run.
        reply.code(400);
        return errorBody(
          "VALIDATION_FAILED",
          `The response would be larger than ${config.maxResponseBytes} bytes (GRAPHQL_MAX_RESPONSE_BYTES); ask for fewer fields or smaller pages. Any mutation in the request was applied.`,
          { reason: "RESPONSE_TOO_LARGE", limitBytes: config.maxResponseBytes },
        );
      }
      if (reply.statusCode === 200 && sessionEnded(payload)) {
        reply.code(401).header("WWW-Authenticate", 'Bearer error="invalid_token", error_description="session ended"');
      }
      if (reply.statusCode === 200 && payload.startsWith('{"errors"') && isRequestError(payload)) {
        // A request that could not run at all (no `data`) is a 400 whatever the
        // client accepts: grafserv answers legacy `application/json` clients
        // with 200, as GraphQL over HTTP allows; monitoring and clients should
        // not mistake a refusal for a success.
        reply.code(400);
      }
      return reply.statusCode >= 400 ? codeErrors(payload, reply.statusCode) : payload;
    });
    await serv.addTo(graphql);
  });
  return pgl;
}
