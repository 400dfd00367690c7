// Request budgets on /graphql (rate-limiter-flexible, in memory or shared in
// Postgres): per client address before anything else, per signed-in person
// once the token is verified, and for sign-in/registration attempts per
// account (email) and address, under a looser cap per address. Over a
// budget: HTTP 429, RATE_LIMITED, Retry-After. The client address is
// Fastify's request.ip: the socket's, or the one the trusted proxies
// (TRUST_PROXY) report; an IPv6 address counts by its /64. Sign-in attempts
// for one account also meet an hourly ceiling across all addresses.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { SafeError } from "postgraphile/grafast";
import { type DocumentNode, Kind, parse, type ValueNode, visit } from "postgraphile/graphql";
import { rateLimitKey } from "../auth.ts";
import { codedExtensions, errorBody } from "../errors.ts";
import { verifiedClaims } from "../graphile.config.ts";
import { addressKey, consume } from "../rate-limit.ts";
import { type AppContext, GRAPHQL_PATH } from "./context.ts";

const SIGN_IN_FIELDS = new Set(["authenticate", "register", "requestPasswordReset", "resetPassword"]);

/**
 * A budget key for an account: a digest, not the email, since the keys may be
 * stored in app_private.rate_limits (RATE_LIMIT_STORE=postgres) and an email
 * is personal data with no business there.
 */
const accountKey = (email: string) => createHash("sha256").update(email).digest("base64url").slice(0, 22);

function tooMany(reply: FastifyReply, seconds: number): FastifyReply {
  return reply
    .code(429)
    .header("Retry-After", String(seconds))
    .type("application/json; charset=utf-8")
    .send(errorBody("RATE_LIMITED", "Too many requests. Try again later.", { retryAfterSeconds: seconds }));
}

function valueOf(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.OBJECT) {
    return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
  }
  return undefined;
}

/**
 * The account (lower-cased email) of every sign-in field (authenticate,
 * register, requestPasswordReset; resetPassword has no email: "?") a document selects, each alias once, so a batch of aliased
 * guesses spends a point per guess and a comment between a field and its
 * arguments cannot hide it. "?" when the email is not a string. GraphQL names
 * cannot be escaped, so a document without these words has none.
 */
export function signInAccounts(query: string, variables: Record<string, unknown>, maxTokens: number): string[] {
  if (!/authenticate|register|requestPasswordReset|resetPassword/.test(query)) return [];
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens });
  } catch {
    return []; // Refused by the parser (the same limit as the server's own parse): nothing runs.
  }
  const accounts: string[] = [];
  visit(document, {
    Field(node) {
      if (!SIGN_IN_FIELDS.has(node.name.value)) return;
      const input = valueOf(node.arguments?.find((a) => a.name.value === "input")?.value, variables);
      const email = input && typeof input === "object" ? (input as { email?: unknown }).email : undefined;
      accounts.push(typeof email === "string" ? email.trim().toLowerCase() : "?");
    },
  });
  return accounts;
}

export function installRateLimits(fastify: FastifyInstance, context: AppContext): void {
  const { limiters } = context;
  const guarded = (url: string | undefined, method: string) => url === GRAPHQL_PATH && method === "POST";

  // Per address, first: it protects everything after it, token checks included.
  fastify.addHook("onRequest", async (request, reply) => {
    if (!guarded(request.routeOptions.url, request.method)) return;
    const wait = await consume(limiters.ip, addressKey(request.ip));
    if (wait !== null) return tooMany(reply, wait);
  });
  // Per person, after installAuth's onRequest hook verified the token.
  fastify.addHook("preParsing", async (request, reply) => {
    if (!guarded(request.routeOptions.url, request.method)) return;
    const claims = verifiedClaims.get(request.raw);
    const key = claims ? rateLimitKey(claims) : null;
    if (key === null) return;
    const wait = await consume(limiters.user, key);
    if (wait !== null) return tooMany(reply, wait);
  });

  // Sign-in attempts: counted from the document and its variables, before
  // anything runs; a batch over the budget is refused whole.
  context.presetPlugins.push({
    name: "FashionOSSignInRateLimitPlugin",
    version: "1.0.0",
    grafserv: {
      middleware: {
        async processGraphQLRequestBody(next, event) {
          const fastifyContext = event.request?.requestContext?.fastifyv5;
          const req = fastifyContext?.request;
          const { query, variableValues } = event.body as { query?: unknown; variableValues?: unknown };
          if (!req || typeof query !== "string") return next();
          const variables =
            variableValues && typeof variableValues === "object" ? (variableValues as Record<string, unknown>) : {};
          const accounts = signInAccounts(query, variables, context.config.maxTokens);
          if (accounts.length === 0) return next();
          const perAccount = new Map<string, number>();
          for (const account of accounts) perAccount.set(account, (perAccount.get(account) ?? 0) + 1);
          const address = addressKey(req.ip);
          const waits = await Promise.all([
            consume(limiters.authIp, address, accounts.length),
            ...[...perAccount].flatMap(([account, attempts]) => [
              consume(limiters.auth, `${accountKey(account)}|${address}`, attempts),
              // The ceiling across addresses: guessing one account's password
              // from many addresses stays slow.
              consume(limiters.authAccount, accountKey(account), attempts),
            ]),
          ]);
          const wait = Math.max(0, ...waits.map((w) => w ?? 0));
          if (wait > 0) {
            fastifyContext?.reply.header("Retry-After", String(wait));
            throw new SafeError(
              "Too many sign-in attempts. Try again later.",
              codedExtensions("RATE_LIMITED", { retryAfterSeconds: wait, statusCode: 429 }),
            );
          }
          return next();
        },
      },
    },
  });
}
