// Bearer tokens on /graphql, verified before the body is read: a bad token is
// a 401 (never anonymous), a good one becomes the claims the request's
// pgSettings are built from (graphile.config.ts reads them by request).
import type { FastifyInstance } from "fastify";
import { AuthError } from "../auth.ts";
import { errorBody } from "../errors.ts";
import { verifiedClaims } from "../graphile.config.ts";
import { type AppContext, GRAPHQL_PATH } from "./context.ts";

export function installAuth(fastify: FastifyInstance, context: AppContext): void {
  fastify.addHook("onRequest", async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH || request.method !== "POST") return;
    try {
      verifiedClaims.set(request.raw, await context.verify(request.headers.authorization));
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return reply
        .code(401)
        .header("WWW-Authenticate", 'Bearer error="invalid_token"')
        .type("application/json; charset=utf-8")
        .send(errorBody("UNAUTHENTICATED", error.message));
    }
  });
}
