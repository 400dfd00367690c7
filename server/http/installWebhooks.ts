// POST /webhooks/clerk and POST /webhooks/wompi: the raw body (Svix and Wompi
// sign what was sent) goes to handleClerkWebhook / handleWompiWebhook, which
// verify and apply it. The body limit is BODY_LIMIT_BYTES, like every other
// route.
import type { FastifyInstance } from "fastify";
import { handleWompiWebhook } from "../box-office/wompi.ts";
import { handleClerkWebhook } from "../webhooks.ts";
import type { AppContext } from "./context.ts";

export async function installWebhooks(fastify: FastifyInstance, { config, ownerPool }: AppContext): Promise<void> {
  await fastify.register(async (webhooks) => {
    // In this scope only: every body is kept as the exact string received.
    webhooks.removeAllContentTypeParsers();
    webhooks.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
    webhooks.post("/webhooks/clerk", async (request, reply) => {
      const rawBody = typeof request.body === "string" ? request.body : "";
      const result = await handleClerkWebhook(config.clerkWebhookSecret, rawBody, request.headers, ownerPool);
      return reply.code(result.status).send(result.body);
    });
    webhooks.post("/webhooks/wompi", async (request, reply) => {
      const rawBody = typeof request.body === "string" ? request.body : "";
      const result = await handleWompiWebhook(config.boxOffice.wompi, rawBody, ownerPool);
      return reply.code(result.status).send(result.body);
    });
  });
}
