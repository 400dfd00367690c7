// The PostGraphile v5 preset: app_public only, simplified inflection,
// aggregates, connection filters, JWT signing, per-request pgSettings from
// verified claims, query limits and error masking.

import type { IncomingMessage } from "node:http";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import type { Logger } from "pino";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgJWTPlugin } from "postgraphile/graphile-build-pg";
import { GraphQLError, type ValidationContext, type ValidationRule } from "postgraphile/graphql";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import type { RoleNames } from "../db/lib/settings.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/accounts.ts";
import { type Claims, pgSettingsFor } from "./auth.ts";
import type { ServerConfig } from "./config.ts";
import { makeMaskError } from "./errors.ts";

/** Claims verified by the HTTP layer before GraphQL runs, looked up by request. */
export const verifiedClaims = new WeakMap<IncomingMessage, Claims>();

export interface PresetOptions {
  authenticatorUrl: string;
  roles: RoleNames;
  config: ServerConfig;
  logger: Logger;
  poolSize?: number;
}

/**
 * Grafserv does not pass validation errors through maskError, so this rule,
 * run first, gives every validation error our code before it is reported.
 */
const codeValidationErrors: ValidationRule = (context) => {
  const report = context.reportError.bind(context);
  context.reportError = (error) =>
    report(
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { reason: "INVALID_QUERY", ...error.extensions, code: "VALIDATION_FAILED" },
      }),
    );
  return {};
};

/** A query-limit rejection, without graphql-armor's misleading "Syntax Error: " prefix. */
function reportLimitExceeded(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { reason: "QUERY_TOO_COMPLEX" } }),
  );
}

function limitsPlugin(config: ServerConfig): GraphileConfig.Plugin {
  return {
    name: "FashionOSQueryLimitsPlugin",
    version: "1.0.0",
    grafserv: {
      middleware: {
        setPreset(next, event) {
          // A request cannot exhaust the server: depth, aliases and a rough
          // cost are checked during validation, before any planning.
          event.validationRules.unshift(codeValidationErrors);
          // The rules throw by default, which grafserv answers with a 500;
          // report a rejection as a validation error instead.
          const limits = { exposeLimits: true, propagateOnRejection: false, onReject: [reportLimitExceeded] };
          event.validationRules.push(
            maxDepthRule({ ...limits, n: config.maxDepth, flattenFragments: true }),
            maxAliasesRule({ ...limits, n: config.maxAliases }),
            costLimitRule({ ...limits, maxCost: config.maxCost }),
          );
          return next();
        },
      },
    },
  };
}

/** What the explorer opens with: how to get a token, then a first query. */
function explorerQuery(config: ServerConfig): string {
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
      castingBriefs { nodes { rowId title modelsNeeded } }
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
    plugins: [PgJWTPlugin, limitsPlugin(config)],
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
      explain: !config.production && process.env.GRAPHQL_EXPLAIN === "on",
      timeouts: { planning: config.planningTimeoutMs, execution: config.executionTimeoutMs },
      context(requestContext) {
        const req = requestContext.node?.req;
        const claims: Claims = (req && verifiedClaims.get(req)) || { kind: "anonymous" };
        return {
          pgSettings: pgSettingsFor(claims, options.roles, config.statementTimeoutMs),
        };
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
      maskError: makeMaskError({ production: config.production, logger: options.logger }),
    },
  };
}
