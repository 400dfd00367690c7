// GET /config.json: what the dashboard needs to know about this server; the
// demo logins only outside production.
import type { FastifyInstance } from "fastify";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../shared/demo-accounts.ts";
import { loadAiConfig } from "../../tasks/ai/config.ts";
import { ACCEPTED_TYPES, MAX_PIXELS, MAX_SIDE, MIN_SIDE } from "../files/images.ts";
import type { AppContext } from "./context.ts";

export function installClientConfig(fastify: FastifyInstance, { config }: AppContext): void {
  fastify.get("/config.json", (_request, reply) => {
    const ai = loadAiConfig();
    reply.header("Cache-Control", "no-store").send({
      demoAccounts: config.production ? [] : DEMO_ACCOUNTS,
      demoPassword: config.production ? null : DEMO_PASSWORD,
      aiProvider: ai.provider,
      aiModel: ai.model,
      aiMonthlyBudgetUsd: ai.monthlyBudgetUsd,
      // Without Wompi keys priced tiers can be reserved but not paid; the dashboard says so.
      payments: { wompi: config.boxOffice.wompi !== null, sandbox: config.boxOffice.wompi?.sandbox ?? false },
      reservationMinutes: config.boxOffice.reservationMinutes,
      // The limits POST /uploads enforces, so the dashboard checks a file before sending it.
      uploads: {
        maxBytes: config.files.maxUploadBytes,
        acceptedTypes: ACCEPTED_TYPES,
        minSide: MIN_SIDE,
        maxSide: MAX_SIDE,
        maxPixels: MAX_PIXELS,
      },
    });
  });
}
