// GET /health and /health/live. Who sees what:
//   - anyone: the status alone ({ status: ok | degraded | down, checkedAt }),
//     computed at most every PUBLIC_TTL_MS so a flood of checks costs the
//     database nothing more;
//   - the operator, with `Authorization: Bearer <HEALTH_TOKEN>` (compared in
//     constant time): the whole report, fresh (database, migrations, worker,
//     queue, AI calls and cost over all organizations);
//   - a signed-in owner (their usual bearer token): the status plus the AI
//     figures of the organizations they own.
// HTTP 503 when the database is unreachable, else 200. Never rate-limited.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { AuthError } from "../auth.ts";
import { errorBody } from "../errors.ts";
import { type HealthReport, healthReport, ownerHealth } from "../health.ts";
import type { AppContext } from "./context.ts";

const PUBLIC_TTL_MS = 2_000;

const digest = (text: string) => createHash("sha256").update(text).digest();

function isOperatorToken(authorization: string | undefined, healthToken: string | null): boolean {
  if (!healthToken || !authorization) return false;
  const match = /^Bearer[ \t]+(\S+)$/i.exec(authorization.trim());
  // Digests have one length, so the comparison time says nothing about the token.
  return !!match?.[1] && timingSafeEqual(digest(match[1]), digest(healthToken));
}

export function installHealth(fastify: FastifyInstance, context: AppContext): void {
  const { config, ownerPool } = context;
  const options = { aiMonthlyBudgetUsd: config.aiMonthlyBudgetUsd };
  let publicReport: { at: number; report: Promise<HealthReport> } | null = null;
  const cachedReport = (): Promise<HealthReport> => {
    const now = Date.now();
    if (!publicReport || now - publicReport.at > PUBLIC_TTL_MS) {
      publicReport = { at: now, report: healthReport(ownerPool, options) };
    }
    return publicReport.report;
  };
  const statusOf = (report: HealthReport) => (report.status === "down" ? 503 : 200);

  fastify.get("/health/live", (_request, reply) => {
    reply.header("Cache-Control", "no-store").send({ status: "ok" });
  });

  fastify.get("/health", async (request, reply) => {
    reply.header("Cache-Control", "no-store");
    const authorization = request.headers.authorization;
    if (isOperatorToken(authorization, config.healthToken)) {
      const report = await healthReport(ownerPool, options);
      return reply.code(statusOf(report)).send(report);
    }
    const report = await cachedReport();
    const summary = { status: report.status, checkedAt: report.checkedAt };
    if (!authorization) return reply.code(statusOf(report)).send(summary);

    let claims: Awaited<ReturnType<AppContext["verify"]>>;
    try {
      claims = await context.verify(authorization);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return reply
        .code(401)
        .header("WWW-Authenticate", 'Bearer error="invalid_token"')
        .type("application/json; charset=utf-8")
        .send(errorBody("UNAUTHENTICATED", error.message));
    }
    if (claims.kind === "anonymous" || report.status === "down") return reply.code(statusOf(report)).send(summary);
    const organizations = await ownerHealth(
      ownerPool,
      claims.kind === "session" ? { sessionId: claims.sessionId } : { authSubject: claims.subject },
      options,
    );
    return reply.code(statusOf(report)).send({ ...summary, organizations });
  });
}
