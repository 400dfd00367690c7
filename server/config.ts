// Every setting the server reads, with its default. The README's
// configuration table lists the same names.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../db/lib/server.ts";
import { type FileConfig, FileConfigError, loadFileConfig } from "../tasks/files/config.ts";
import { type BoxOfficeConfig, BoxOfficeConfigError, loadBoxOfficeConfig } from "./box-office/config.ts";

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
  /** Lexical tokens a GraphQL document may have; checked while parsing, before validation. */
  maxTokens: number;
  /** Characters a GraphQL document may have; checked before parsing. */
  maxDocumentLength: number;
  /** Page size of a connection when the request gives neither `first` nor `last`. */
  defaultPageSize: number;
  /** Largest `first` / `last` a connection accepts. */
  maxPageSize: number;
  /** Largest GraphQL response body; a larger one is replaced by a VALIDATION_FAILED error. */
  maxResponseBytes: number;
  planningTimeoutMs: number;
  executionTimeoutMs: number;
  rateLimit: {
    ipPerMinute: number;
    userPerMinute: number;
    /** Sign-in / registration attempts per minute for one account (email) from one address. */
    authPerMinute: number;
    /** Sign-in / registration attempts per minute from one address, whatever the accounts. */
    authIpPerMinute: number;
    /** Sign-in / registration attempts per hour for one account, whatever the addresses: the ceiling. */
    authAccountPerHour: number;
    store: "memory" | "postgres";
  };
  aiMonthlyBudgetUsd: number;
  /**
   * Fastify's trustProxy: which reverse proxies' X-Forwarded-For / -Proto to
   * believe (false: none, the socket address is the client).
   */
  trustProxy: boolean | number | string;
  /** Operator token for GET /health details (null: only signed-in owners see any). */
  healthToken: string | null;
  logLevel: string;
  /** Reservations, the anonymous booking budget and Wompi (server/box-office/config.ts). */
  boxOffice: BoxOfficeConfig;
  /** Where uploads are stored and how their URLs are signed (tasks/files/config.ts). */
  files: FileConfig;
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

/**
 * TRUST_PROXY: unset/off → trust no proxy; a number → that many hops in
 * front of the server; on/true → every hop (only behind a proxy that
 * overwrites X-Forwarded-For); otherwise a comma-separated list of addresses,
 * CIDR ranges or the names loopback, linklocal, uniquelocal (proxy-addr).
 */
function trustProxy(value: string | undefined): boolean | number | string {
  const text = (value ?? "").trim();
  if (text === "" || ["0", "off", "false", "no"].includes(text.toLowerCase())) return false;
  if (["on", "true", "yes"].includes(text.toLowerCase())) return true;
  if (/^[0-9]+$/.test(text)) return Number(text);
  const entries = text.split(",").map((entry) => entry.trim());
  const named = new Set(["loopback", "linklocal", "uniquelocal"]);
  for (const entry of entries) {
    if (!named.has(entry) && !/^[0-9a-fA-F:.]+(\/[0-9]{1,3})?$/.test(entry)) {
      throw new ConfigError(
        `TRUST_PROXY must be off, on, a hop count or addresses/CIDR ranges (loopback, linklocal, uniquelocal allowed), got "${entry}".`,
      );
    }
  }
  return entries.join(",");
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

  const healthToken = env.HEALTH_TOKEN || null;
  if (healthToken !== null && healthToken.length < 24) {
    throw new ConfigError("HEALTH_TOKEN must be at least 24 characters long.");
  }
  const defaultPageSize = int(env.GRAPHQL_DEFAULT_PAGE_SIZE, 100, "GRAPHQL_DEFAULT_PAGE_SIZE");
  const maxPageSize = int(env.GRAPHQL_MAX_PAGE_SIZE, 500, "GRAPHQL_MAX_PAGE_SIZE");
  if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
    throw new ConfigError("GRAPHQL_DEFAULT_PAGE_SIZE must be at least 1 and at most GRAPHQL_MAX_PAGE_SIZE.");
  }

  let boxOffice: BoxOfficeConfig;
  try {
    boxOffice = loadBoxOfficeConfig(env);
  } catch (error) {
    if (error instanceof BoxOfficeConfigError) throw new ConfigError(error.message);
    throw error;
  }

  const store = env.RATE_LIMIT_STORE ?? "memory";
  if (store !== "memory" && store !== "postgres") throw new ConfigError("RATE_LIMIT_STORE must be memory or postgres.");

  let files: FileConfig;
  try {
    files = loadFileConfig(env);
  } catch (error) {
    if (error instanceof FileConfigError) throw new ConfigError(error.message);
    throw error;
  }

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
    maxTokens: int(env.GRAPHQL_MAX_TOKENS, 1000, "GRAPHQL_MAX_TOKENS"),
    maxDocumentLength: int(env.GRAPHQL_MAX_DOCUMENT_LENGTH, 20_000, "GRAPHQL_MAX_DOCUMENT_LENGTH"),
    defaultPageSize,
    maxPageSize,
    maxResponseBytes: int(env.GRAPHQL_MAX_RESPONSE_BYTES, 5_000_000, "GRAPHQL_MAX_RESPONSE_BYTES"),
    planningTimeoutMs: int(env.GRAPHQL_PLANNING_TIMEOUT_MS, 500, "GRAPHQL_PLANNING_TIMEOUT_MS"),
    executionTimeoutMs: int(env.GRAPHQL_EXECUTION_TIMEOUT_MS, 10_000, "GRAPHQL_EXECUTION_TIMEOUT_MS"),
    rateLimit: {
      ipPerMinute: int(env.RATE_LIMIT_IP_PER_MINUTE, 300, "RATE_LIMIT_IP_PER_MINUTE"),
      userPerMinute: int(env.RATE_LIMIT_USER_PER_MINUTE, 600, "RATE_LIMIT_USER_PER_MINUTE"),
      authPerMinute: int(env.RATE_LIMIT_AUTH_PER_MINUTE, 10, "RATE_LIMIT_AUTH_PER_MINUTE"),
      authIpPerMinute: int(env.RATE_LIMIT_AUTH_IP_PER_MINUTE, 100, "RATE_LIMIT_AUTH_IP_PER_MINUTE"),
      authAccountPerHour: int(env.RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR, 100, "RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR"),
      store,
    },
    aiMonthlyBudgetUsd: int(env.AI_MONTHLY_BUDGET_USD, 50, "AI_MONTHLY_BUDGET_USD"),
    trustProxy: trustProxy(env.TRUST_PROXY),
    healthToken,
    logLevel: env.LOG_LEVEL || (env.CI || env.VITEST ? "warn" : "info"),
    boxOffice,
    files,
  };
}
