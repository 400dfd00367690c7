// The PostGraphile v5 preset: app_public only, simplified inflection,
// aggregates, connection filters, JWT signing, per-request pgSettings from
// verified claims, query limits (graphql/documents.ts, graphql/cost.ts),
// bounded pages, writes that report when they wrote nothing, and error
// masking.

import type { IncomingMessage } from "node:http";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import type { Logger } from "pino";
import { makePgService } from "postgraphile/adaptors/pg";
import { isPromiseLike, SafeError } from "postgraphile/grafast";
import { PgJWTPlugin } from "postgraphile/graphile-build-pg";
import type { GraphQLError, GraphQLSchema, ValidationContext } from "postgraphile/graphql";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import type { RoleNames } from "../db/lib/settings.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { type Claims, requestPgSettings } from "./auth.ts";
import { bookTicketsOncePerRequest } from "./box-office/graphql.ts";
import type { ServerConfig } from "./config.ts";
import { codedExtensions, makeMaskError } from "./errors.ts";
import { makeCostChecker } from "./graphql/cost.ts";
import { makeParseAndValidate, requestError } from "./graphql/documents.ts";
import { jsonDepth, MAX_VARIABLES_DEPTH } from "./graphql/inputs.ts";
import { makeIntrospectionResponder } from "./graphql/introspection.ts";
import { MutationOutcomePlugin } from "./graphql/mutation-outcome-plugin.ts";
import { makePageSizePlugin } from "./graphql/page-size-plugin.ts";
import { makePlanCachePlugin } from "./graphql/plan-cache.ts";
import { TalentSearchPlugins } from "./graphql/talent-search-plugin.ts";

/** Claims verified by the HTTP layer before GraphQL runs, looked up by request. */
export const verifiedClaims = new WeakMap<IncomingMessage, Claims>();

export interface PresetOptions {
  authenticatorUrl: string;
  roles: RoleNames;
  config: ServerConfig;
  logger: Logger;
  poolSize?: number;
  /** More plugins (the HTTP layer's grafserv middleware). */
  plugins?: GraphileConfig.Plugin[];
}

/**
 * graphql-armor's depth and alias rules report through this callback rather
 * than throwing (a throw is a 500). The error is built here, small and
 * without a captured stack, so it does not pin the validation context.
 */
function reportLimitExceeded(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(requestError(error.message.replace(/^Syntax Error: /, ""), "QUERY_TOO_COMPLEX"));
}

function limitsPlugin(config: ServerConfig): GraphileConfig.Plugin {
  const documentLimits = { maxDocumentLength: config.maxDocumentLength, maxTokens: config.maxTokens };
  const costLimits = {
    maxCost: config.maxCost,
    defaultPageSize: config.defaultPageSize,
    maxPageSize: config.maxPageSize,
  };
  const checkCost = makeCostChecker(costLimits);
  const respondIntrospection = makeIntrospectionResponder({ maxResponseBytes: config.maxResponseBytes });
  return {
    name: "FashionOSQueryLimitsPlugin",
    version: "1.0.0",
    grafserv: {
      middleware: {
        setPreset(next, event) {
          // A request cannot exhaust the server: length, tokens and nesting
          // are measured before validation (graphql/documents.ts), depth and
          // aliases during it, and the cost with the request's variables
          // before planning (grafast middleware below).
          const limits = { exposeLimits: true, propagateOnRejection: false, onReject: [reportLimitExceeded] };
          event.validationRules.push(
            bookTicketsOncePerRequest,
            maxDepthRule({ ...limits, n: config.maxDepth, flattenFragments: true }),
            maxAliasesRule({ ...limits, n: config.maxAliases }),
          );
          const rules = event.validationRules;
          const parsers = new WeakMap<GraphQLSchema, ReturnType<typeof makeParseAndValidate>>();
          const parserFor = (schema: GraphQLSchema) => {
            let parser = parsers.get(schema);
            if (!parser) {
              parser = makeParseAndValidate(schema, rules, documentLimits);
              parsers.set(schema, parser);
            }
            return parser;
          };
          const getExecutionConfig = event.getExecutionConfig;
          event.getExecutionConfig = function (ctx) {
            const executionConfig = getExecutionConfig.call(this, ctx);
            const swap = (c: Awaited<typeof executionConfig>) => ({ ...c, parseAndValidate: parserFor(c.schema) });
            return isPromiseLike(executionConfig) ? Promise.resolve(executionConfig).then(swap) : swap(executionConfig);
          };
          return next();
        },
        async processGraphQLRequestBody(next, event) {
          // NUL characters cannot be stored (PostgreSQL refuses them in text
          // and jsonb): refused here, coded, before anything runs.
          const { variableValues, extensions } = event.body as { variableValues?: unknown; extensions?: unknown };
          if (containsNul(variableValues)) {
            throw new SafeError(
              "Variables may not contain the NUL character (\\u0000).",
              codedExtensions("VALIDATION_FAILED", { reason: "NUL_CHARACTER", statusCode: 400 }),
            );
          }
          // Deep JSON overflows the stack of whatever recurses over it later
          // (coercion, pg-sql2, the JSON scalar's encoding): refused here,
          // used or not; typed arguments are measured again, more strictly,
          // with the cost (graphql/inputs.ts).
          if (
            jsonDepth(variableValues, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH ||
            jsonDepth(extensions, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH
          ) {
            throw new SafeError(`Variables and extensions may nest at most ${MAX_VARIABLES_DEPTH} levels deep.`, {
              code: "VALIDATION_FAILED",
              reason: "INPUT_TOO_DEEP",
              limit: MAX_VARIABLES_DEPTH,
              statusCode: 400,
            });
          }
          return next();
        },
      },
    },
    grafast: {
      middleware: {
        execute(next, event) {
          const { schema, document, operationName, variableValues, requestContext } = event.args;
          const error = checkCost(
            schema,
            document,
            operationName,
            variableValues as Record<string, unknown> | null | undefined,
            { anonymous: isAnonymous(requestContext) },
          );
          if (error) return { errors: [error] };
          return respondIntrospection(event.args) ?? next();
        },
      },
    },
  };
}

/** Whether the request has no signed-in person (no token, or a session without a profile). */
function isAnonymous(requestContext: unknown): boolean {
  const req = (requestContext as { node?: { req?: IncomingMessage } } | undefined)?.node?.req;
  const claims = req ? verifiedClaims.get(req) : undefined;
  return !claims || claims.kind === "anonymous" || (claims.kind === "session" && claims.profileId === null);
}

/** Whether a JSON value holds a string with a NUL character, looked for without recursion. */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (item.includes("\u0000")) return true;
    } else if (item && typeof item === "object") {
      if (Array.isArray(item)) stack.push(...item);
      else
        for (const [key, child] of Object.entries(item)) {
          if (key.includes("\u0000")) return true;
          stack.push(child);
        }
    }
  }
  return false;
}

/**
 * What the explorer opens with: how to get a token, then a first query. It must pass the server's own
 * limits with the default settings (test/api-limits.test.ts runs it): an integrator's first query refused
 * as too complex was the explorer's welcome once.
 */
export function explorerQuery(config: ServerConfig): string {
  const credentials = config.production
    ? 'email: "you@example.com", password: "…"'
    : `email: "${DEMO_ACCOUNTS.find((a) => a.role === "casting")?.email}", password: "${DEMO_PASSWORD}"`;
  return `# Welcome to the FashionOS API explorer.
#
# 1. Run SignIn (the ▶ button) and copy the token from "result".
# 2. Open the Headers tab below and add:
#      { "Authorization": "Bearer <the token>" }
# 3. Run MyEvents, or explore the schema in the docs panel.

mutation SignIn {
  authenticate(input: { ${credentials} }) {
    result
  }
}

query MyEvents {
  currentProfile { fullName }
  events(first: 10, orderBy: [STARTS_AT_ASC]) {
    totalCount
    nodes {
      rowId
      title
      startsAt
      venue { name city }
      looks { totalCount }
      castingBriefs(first: 5) { nodes { rowId title modelsNeeded } }
    }
  }
}
`;
}

export function makePreset(options: PresetOptions): GraphileConfig.Preset {
  const { config } = options;
  return {
    extends: [
      PostGraphileAmberPreset,
      PgSimplifyInflectionPreset,
      PgAggregatesPreset,
      PostGraphileConnectionFilterPreset,
    ],
    plugins: [
      PgJWTPlugin,
      limitsPlugin(config),
      makePageSizePlugin({ defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize }),
      MutationOutcomePlugin,
      makePlanCachePlugin(),
      ...TalentSearchPlugins,
      ...(options.plugins ?? []),
    ],
    pgServices: [
      makePgService({
        connectionString: options.authenticatorUrl,
        schemas: ["app_public"],
        poolConfig: { max: options.poolSize ?? 20 },
      }),
    ],
    gather: {
      pgJwtTypes: "app_public.jwt_token",
    },
    schema: {
      pgJwtSecret: config.jwtSecret,
      pgJwtSignOptions: { algorithm: "HS256", issuer: config.jwtIssuer, audience: config.jwtAudience },
      // Filters only where an index makes them cheap is the safer default for
      // a public API; our tables are small per organization and RLS-scoped.
      connectionFilterAllowNullInput: false,
      connectionFilterAllowEmptyObjectInput: false,
      connectionFilterRelations: true,
      connectionFilterComputedColumns: true,
      connectionFilterSetofFunctions: false,
      connectionFilterArrays: true,
    },
    grafast: {
      // Plan diagrams for Ruru on request only (GRAPHQL_EXPLAIN=on); never in production.
      explain: config.graphqlExplain,
      timeouts: { planning: config.planningTimeoutMs, execution: config.executionTimeoutMs },
      context(requestContext) {
        const req = (requestContext as { node?: { req?: IncomingMessage } }).node?.req;
        const claims: Claims = (req && verifiedClaims.get(req)) || { kind: "anonymous" };
        return { pgSettings: requestPgSettings(claims, options.roles, config) };
      },
    },
    ruru: { clientConfig: { defaultQuery: explorerQuery(config) } },
    grafserv: {
      graphqlPath: "/graphql",
      graphiql: config.graphiql,
      graphiqlPath: "/graphiql",
      graphiqlOnGraphQLGET: false,
      graphqlOverGET: false,
      websockets: false,
      maxRequestLength: config.bodyLimitBytes,
      // Documents are parsed, validated and cached by graphql/documents.ts.
      parseAndValidateCacheSize: 0,
      maskError: makeMaskError({ production: config.production, logger: options.logger }),
    },
  };
}
