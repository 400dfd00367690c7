// Every setting the server reads, with its default. The README's
// configuration table lists the same names.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../db/lib/server.ts";

export interface ExternalAuthConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export interface ServerConfig {
  production: boolean;
  port: number;
  host: string;
  /** HS256 secret for the tokens FashionOS issues. */
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  /** External identity provider (Clerk, Supabase Auth, Auth0), RS256 via JWKS. */
  externalAuth: ExternalAuthConfig | null;
  clerkWebhookSecret: string | null;
  corsOrigins: string[];
  graphiql: boolean;
  worker: boolean;
  statementTimeoutMs: number;
  bodyLimitBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  planningTimeoutMs: number;
  executionTimeoutMs: number;
  rateLimit: {
    ipPerMinute: number;
    userPerMinute: number;
    authPerMinute: number;
    store: "memory" | "postgres";
  };
  aiMonthlyBudgetUsd: number;
  logLevel: string;
}

export class ConfigError extends Error {}

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(`${name} must be a non-negative number, got "${value}"`);
  return n;
};

const flag = (value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value === "") return fallback;
  return !["0", "off", "false", "no"].includes(value.toLowerCase());
};

/** In development a JWT secret is generated once and kept in .data/, so tokens survive restarts. */
async function developmentSecret(): Promise<string> {
  const file = join(PROJECT_ROOT, ".data", "jwt-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(48).toString("base64url");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<ServerConfig> {
  const production = env.NODE_ENV === "production";
  if (production) {
    const missing = ["JWT_SECRET", "DATABASE_URL", "CORS_ORIGINS"].filter((name) => !env[name]);
    if (missing.length) {
      throw new ConfigError(`NODE_ENV=production needs ${missing.join(", ")} (see README: Configuration).`);
    }
  }
  const jwtSecret = env.JWT_SECRET || (await developmentSecret());
  if (jwtSecret.length < 32) throw new ConfigError("JWT_SECRET must be at least 32 characters long.");
  const port = int(env.PORT, 5678, "PORT");

  let externalAuth: ExternalAuthConfig | null = null;
  if (env.AUTH_JWKS_URL) {
    if (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE) {
      throw new ConfigError("AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE too.");
    }
    externalAuth = { jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE };
  }

  const corsOrigins = (env.CORS_ORIGINS ?? (production ? "" : `http://localhost:${port},http://localhost:5173`))
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (corsOrigins.includes("*")) throw new ConfigError("CORS_ORIGINS must list origins explicitly; * is not allowed.");

  const store = env.RATE_LIMIT_STORE ?? "memory";
  if (store !== "memory" && store !== "postgres") throw new ConfigError("RATE_LIMIT_STORE must be memory or postgres.");

  return {
    production,
    port,
    host: env.HOST || (production ? "0.0.0.0" : "127.0.0.1"),
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER || "fashionos",
    jwtAudience: env.JWT_AUDIENCE || "fashionos",
    externalAuth,
    clerkWebhookSecret: env.CLERK_WEBHOOK_SECRET || null,
    corsOrigins,
    graphiql: production ? env.GRAPHIQL === "on" : flag(env.GRAPHIQL, true),
    worker: flag(env.WORKER, true),
    statementTimeoutMs: int(env.STATEMENT_TIMEOUT_MS, 5000, "STATEMENT_TIMEOUT_MS"),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 100_000, "BODY_LIMIT_BYTES"),
    maxDepth: int(env.GRAPHQL_MAX_DEPTH, 10, "GRAPHQL_MAX_DEPTH"),
    maxAliases: int(env.GRAPHQL_MAX_ALIASES, 15, "GRAPHQL_MAX_ALIASES"),
    maxCost: int(env.GRAPHQL_MAX_COST, 5000, "GRAPHQL_MAX_COST"),
    planningTimeoutMs: int(env.GRAPHQL_PLANNING_TIMEOUT_MS, 500, "GRAPHQL_PLANNING_TIMEOUT_MS"),
    executionTimeoutMs: int(env.GRAPHQL_EXECUTION_TIMEOUT_MS, 10_000, "GRAPHQL_EXECUTION_TIMEOUT_MS"),
    rateLimit: {
      ipPerMinute: int(env.RATE_LIMIT_IP_PER_MINUTE, 300, "RATE_LIMIT_IP_PER_MINUTE"),
      userPerMinute: int(env.RATE_LIMIT_USER_PER_MINUTE, 600, "RATE_LIMIT_USER_PER_MINUTE"),
      authPerMinute: int(env.RATE_LIMIT_AUTH_PER_MINUTE, 10, "RATE_LIMIT_AUTH_PER_MINUTE"),
      store,
    },
    aiMonthlyBudgetUsd: int(env.AI_MONTHLY_BUDGET_USD, 50, "AI_MONTHLY_BUDGET_USD"),
    logLevel: env.LOG_LEVEL || (env.CI || env.VITEST ? "warn" : "info"),
  };
}
