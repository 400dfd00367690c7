// POST /webhooks/clerk, /webhooks/wompi and /webhooks/email, and the outbox's
// /unsubscribe (GET page, POST one-click): the raw body (Svix and Wompi
// sign what was sent) goes to handleClerkWebhook / handleWompiWebhook, which
// verify and apply it. The body limit is BODY_LIMIT_BYTES, like every other
// route.
import type { FastifyInstance } from "fastify";
import { handleWompiWebhook } from "../box-office/wompi.ts";
import { handleEmailWebhook, unsubscribe, unsubscribePage } from "../outbox.ts";
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
    // The outbox (server/outbox.ts): email provider events, and the one-click unsubscribe (RFC 8058).
    webhooks.post("/webhooks/email", async (request, reply) => {
      const rawBody = typeof request.body === "string" ? request.body : "";
      const result = await handleEmailWebhook(config.emailWebhookSecret, rawBody, request.headers, ownerPool);
      return reply.code(result.status).send(result.body);
    });
    webhooks.get("/unsubscribe", async (request, reply) => {
      const result = unsubscribePage(request.query);
      return reply
        .code(result.status)
        .type(result.contentType ?? "application/json")
        .send(result.body);
    });
    webhooks.post("/unsubscribe", async (request, reply) => {
      const result = await unsubscribe(request.query, ownerPool);
      return reply
        .code(result.status)
        .type(result.contentType ?? "application/json")
        .send(result.body);
    });
  });
}
