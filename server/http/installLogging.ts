// Request ids and the one-line request log. The id is the caller's
// X-Request-Id (cut to 64 characters) or a new UUID, echoed back, and on every
// log line of the request. Headers and bodies are never logged: they carry
// tokens, passwords and personal data.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { loggablePath } from "../box-office/wompi.ts";
import type { AppContext } from "./context.ts";

/** Fastify's genReqId. */
export function requestId(req: IncomingMessage): string {
  const header = req.headers["x-request-id"];
  const given = (Array.isArray(header) ? header[0] : header)?.slice(0, 64);
  return given || randomUUID();
}

export function installLogging(fastify: FastifyInstance, _context: AppContext): void {
  fastify.addHook("onRequest", (request, reply, done) => {
    reply.header("X-Request-Id", request.id);
    done();
  });
  fastify.addHook("onResponse", (request, reply, done) => {
    request.log.info(
      {
        requestId: request.id,
        method: request.method,
        path: loggablePath(request.url.split("?")[0] ?? ""),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
    done();
  });
}
