// Every error the HTTP layer answers is a GraphQL-shaped body with a stable
// extensions.code, and bad input is a 4xx: an unparsable URL (`GET /%`), a
// body too large (413), malformed JSON, an unsupported media type, an
// unknown path. Only the unexpected is a 500, masked, with an error id that
// the log carries next to the detail.
import { randomUUID } from "node:crypto";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ServerConfig } from "../config.ts";
import { type ErrorCode, errorBody } from "../errors.ts";
import type { AppContext } from "./context.ts";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  408: "TIMEOUT",
  429: "RATE_LIMITED",
};

function send(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing, such as a
 * URL that cannot be decoded (`GET /%`). No hook runs for these, so the
 * headers every answer carries (installLogging, installHelmet) are set here.
 */
export function makeFrameworkErrors(config: ServerConfig) {
  return function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
    reply.headers({
      "X-Request-Id": request.id,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      ...(config.production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
    });
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
    send(reply, status, errorBody("VALIDATION_FAILED", "The request URL is not valid.", { reason: "INVALID_URL" }));
  };
}

export function installErrorHandler(fastify: FastifyInstance, { config, logger }: AppContext): void {
  fastify.setErrorHandler((error: FastifyError & { status?: number }, request, reply) => {
    const status = error.statusCode ?? error.status ?? 500;
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || status === 413) {
      const limitBytes = request.routeOptions.bodyLimit ?? config.bodyLimitBytes;
      return send(
        reply,
        413,
        errorBody("VALIDATION_FAILED", "Request body too large.", { reason: "TOO_LARGE", limitBytes }),
      );
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || status === 415) {
      return send(
        reply,
        415,
        errorBody("VALIDATION_FAILED", "Send the request as application/json.", { reason: "UNSUPPORTED_MEDIA_TYPE" }),
      );
    }
    if (status >= 400 && status < 500) {
      const code = CODE_BY_STATUS[status] ?? "VALIDATION_FAILED";
      const reason = error.code?.startsWith("FST_ERR_CTP") ? "INVALID_BODY" : "INVALID_INPUT";
      // Fastify's own 4xx messages describe the request, never the server.
      return send(reply, status, errorBody(code, error.message, code === "VALIDATION_FAILED" ? { reason } : {}));
    }
    const errorId = randomUUID();
    logger.error({ err: error, errorId, requestId: request.id }, "unhandled request error");
    return send(reply, 500, errorBody("INTERNAL_SERVER_ERROR", `Internal error (error id ${errorId}).`, { errorId }));
  });
}

/** The coded 404; installStatic's not-found handler answers with it when no dashboard page applies. */
export function sendNotFound(reply: FastifyReply): FastifyReply {
  return send(reply, 404, errorBody("NOT_FOUND", "Not found.", { reason: "NOT_FOUND" }));
}
