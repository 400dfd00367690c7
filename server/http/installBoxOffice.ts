// The box office's HTTP parts: GET /pagos/wompi?clave=<access token> sends
// the buyer to Wompi's Web Checkout with the integrity signature over the
// booking's amount from the database (server/box-office/wompi.ts), and the
// anonymous booking budget per client address (an IPv6 one by its /64;
// bookTickets, counted from the document before anything runs; over it:
// HTTP 429, RATE_LIMITED, Retry-After). The Wompi event webhook lives with the others
// (installWebhooks).
import type { FastifyInstance } from "fastify";
import { SafeError } from "postgraphile/grafast";
import { spendBookingBudget } from "../box-office/graphql.ts";
import { handleWompiCheckout } from "../box-office/wompi.ts";
import { verifiedClaims } from "../graphile.config.ts";
import { addressKey } from "../rate-limit.ts";
import type { AppContext } from "./context.ts";

export function installBoxOffice(fastify: FastifyInstance, context: AppContext): void {
  const { config, ownerPool, limiters } = context;

  fastify.get<{ Querystring: { clave?: string } }>("/pagos/wompi", async (request, reply) => {
    const origin = `${request.protocol}://${request.host}`;
    const answer = await handleWompiCheckout(config.boxOffice, request.query.clave, origin, ownerPool);
    for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
    return reply.code(answer.status).send(answer.headers?.Location ? undefined : answer.body);
  });

  context.presetPlugins.push({
    name: "FashionOSBookingRateLimitPlugin",
    version: "1.0.0",
    grafserv: {
      middleware: {
        async processGraphQLRequestBody(next, event) {
          const fastifyContext = event.request?.requestContext?.fastifyv5;
          const req = fastifyContext?.request;
          if (!req) return next();
          const wait = await spendBookingBudget(
            limiters.booking,
            {
              query: (event.body as { query?: unknown }).query,
              address: addressKey(req.ip),
              anonymous: (verifiedClaims.get(req.raw)?.kind ?? "anonymous") === "anonymous",
            },
            config.maxTokens,
          );
          if (wait !== null) {
            fastifyContext?.reply.header("Retry-After", String(wait));
            throw new SafeError("Too many bookings from this address. Try again later.", {
              code: "RATE_LIMITED",
              retryAfterSeconds: wait,
              statusCode: 429,
            });
          }
          return next();
        },
      },
    },
  });
}
