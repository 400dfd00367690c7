// GET and POST /webhooks/whatsapp (server/whatsapp/webhook.ts): Meta's
// verification handshake, and its signed notifications, whose raw bytes are
// kept (X-Hub-Signature-256 signs exactly them) and verified before anything
// is parsed. The body limit is BODY_LIMIT_BYTES, like every other route.
import type { FastifyInstance } from "fastify";
import { handleWhatsAppVerification, handleWhatsAppWebhook } from "../whatsapp/webhook.ts";
import type { AppContext } from "./context.ts";

export async function installWhatsApp(fastify: FastifyInstance, { config, ownerPool }: AppContext): Promise<void> {
  await fastify.register(async (scope) => {
    // In this scope only: every body is kept as the exact bytes received.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.get<{ Querystring: Record<string, unknown> }>("/webhooks/whatsapp", async (request, reply) => {
      const answer = handleWhatsAppVerification(config.whatsapp, request.query ?? {});
      return reply.code(answer.status).type(answer.contentType).send(answer.body);
    });
    scope.post("/webhooks/whatsapp", async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers["x-hub-signature-256"];
      const answer = await handleWhatsAppWebhook(
        config.whatsapp,
        raw,
        Array.isArray(header) ? header[0] : header,
        ownerPool,
      );
      return reply.code(answer.status).type(answer.contentType).send(answer.body);
    });
  });
}
