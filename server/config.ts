// The server's settings, from the variables shared/config.ts declares (with
// their defaults and the README's configuration table); here the checks that
// involve several of them and the defaults that depend on the environment.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Env, EnvError, logLevelOf, parseEnv } from "../shared/config.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { type FileConfig, FileConfigError, loadFileConfig } from "../tasks/files/config.ts";
import { type BoxOfficeConfig, BoxOfficeConfigError, loadBoxOfficeConfig } from "./box-office/config.ts";
import {
  loadWhatsAppWebhookConfig,
  type WhatsAppWebhookConfig,
  WhatsAppWebhookConfigError,
} from "./whatsapp/config.ts";

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
  /** Secret of POST /webhooks/email (EMAIL_WEBHOOK_SECRET); null: the endpoint answers 404. */
  emailWebhookSecret: string | null;
  corsOrigins: string[];
  graphiql: boolean;
  /** Grafast plan diagrams in responses (GRAPHQL_EXPLAIN=on, never in production). */
  graphqlExplain: boolean;
  worker: boolean;
  /** Load the demo data into an empty database at start-up (always outside production; DEMO_DATA=on in it). */
  demoData: boolean;
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
  /** The WhatsApp webhook's app secret and verify token (server/whatsapp/config.ts). */
  whatsapp: WhatsAppWebhookConfig;
}

export class ConfigError extends Error {}

const isOff = (value: string) => ["0", "off", "false", "no"].includes(value.toLowerCase());

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

/** The variables the server reads (shared/config.ts declares them with their defaults). */
const SERVER_ENV = [
  "NODE_ENV",
  "PORT",
  "WEB_DEV_PORT",
  "HOST",
  "CORS_ORIGINS",
  "GRAPHIQL",
  "GRAPHQL_EXPLAIN",
  "WORKER",
  "TRUST_PROXY",
  "HEALTH_TOKEN",
  "LOG_LEVEL",
  "DEMO_DATA",
  "DATABASE_URL",
  "JWT_SECRET",
  "JWT_ISSUER",
  "JWT_AUDIENCE",
  "AUTH_JWKS_URL",
  "AUTH_ISSUER",
  "AUTH_AUDIENCE",
  "CLERK_WEBHOOK_SECRET",
  "EMAIL_WEBHOOK_SECRET",
  "STATEMENT_TIMEOUT_MS",
  "BODY_LIMIT_BYTES",
  "GRAPHQL_MAX_DOCUMENT_LENGTH",
  "GRAPHQL_MAX_TOKENS",
  "GRAPHQL_DEFAULT_PAGE_SIZE",
  "GRAPHQL_MAX_PAGE_SIZE",
  "GRAPHQL_MAX_RESPONSE_BYTES",
  "GRAPHQL_MAX_DEPTH",
  "GRAPHQL_MAX_ALIASES",
  "GRAPHQL_MAX_COST",
  "GRAPHQL_PLANNING_TIMEOUT_MS",
  "GRAPHQL_EXECUTION_TIMEOUT_MS",
  "RATE_LIMIT_IP_PER_MINUTE",
  "RATE_LIMIT_USER_PER_MINUTE",
  "RATE_LIMIT_AUTH_PER_MINUTE",
  "RATE_LIMIT_AUTH_IP_PER_MINUTE",
  "RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR",
  "RATE_LIMIT_STORE",
  "AI_MONTHLY_BUDGET_USD",
] as const;

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<ServerConfig> {
  let e: Pick<Env, (typeof SERVER_ENV)[number]>;
  try {
    e = parseEnv(SERVER_ENV, env);
  } catch (error) {
    if (error instanceof EnvError) throw new ConfigError(`Invalid settings: ${error.message}`);
    throw error;
  }
  const production = e.NODE_ENV === "production";
  if (production) {
    const missing = (["JWT_SECRET", "DATABASE_URL", "CORS_ORIGINS"] as const).filter((name) => !e[name]);
    if (missing.length) {
      throw new ConfigError(`NODE_ENV=production needs ${missing.join(", ")} (see README: Configuration).`);
    }
  }
  const jwtSecret = e.JWT_SECRET || (await developmentSecret());
  if (jwtSecret.length < 32) throw new ConfigError("JWT_SECRET must be at least 32 characters long.");
  const port = e.PORT;

  let externalAuth: ExternalAuthConfig | null = null;
  if (e.AUTH_JWKS_URL) {
    if (!e.AUTH_ISSUER || !e.AUTH_AUDIENCE) {
      throw new ConfigError("AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE too.");
    }
    externalAuth = { jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE };
  }

  const corsOrigins = (
    e.CORS_ORIGINS ?? (production ? "" : `http://localhost:${port},http://localhost:${e.WEB_DEV_PORT}`)
  )
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (corsOrigins.includes("*")) throw new ConfigError("CORS_ORIGINS must list origins explicitly; * is not allowed.");

  const healthToken = e.HEALTH_TOKEN || null;
  if (healthToken !== null && healthToken.length < 24) {
    throw new ConfigError("HEALTH_TOKEN must be at least 24 characters long.");
  }
  const defaultPageSize = e.GRAPHQL_DEFAULT_PAGE_SIZE;
  const maxPageSize = e.GRAPHQL_MAX_PAGE_SIZE;
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

  let whatsapp: WhatsAppWebhookConfig;
  try {
    whatsapp = loadWhatsAppWebhookConfig(env);
  } catch (error) {
    if (error instanceof WhatsAppWebhookConfigError) throw new ConfigError(error.message);
    throw error;
  }

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
    host: e.HOST || (production ? "0.0.0.0" : "127.0.0.1"),
    jwtSecret,
    jwtIssuer: e.JWT_ISSUER,
    jwtAudience: e.JWT_AUDIENCE,
    externalAuth,
    clerkWebhookSecret: e.CLERK_WEBHOOK_SECRET || null,
    emailWebhookSecret: e.EMAIL_WEBHOOK_SECRET || null,
    corsOrigins,
    graphiql: production ? e.GRAPHIQL === "on" : e.GRAPHIQL === undefined || !isOff(e.GRAPHIQL),
    graphqlExplain: !production && e.GRAPHQL_EXPLAIN === "on",
    worker: e.WORKER,
    demoData: !production || e.DEMO_DATA === "on",
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    maxDepth: e.GRAPHQL_MAX_DEPTH,
    maxAliases: e.GRAPHQL_MAX_ALIASES,
    maxCost: e.GRAPHQL_MAX_COST,
    maxTokens: e.GRAPHQL_MAX_TOKENS,
    maxDocumentLength: e.GRAPHQL_MAX_DOCUMENT_LENGTH,
    defaultPageSize,
    maxPageSize,
    maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_BYTES,
    planningTimeoutMs: e.GRAPHQL_PLANNING_TIMEOUT_MS,
    executionTimeoutMs: e.GRAPHQL_EXECUTION_TIMEOUT_MS,
    rateLimit: {
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
      authPerMinute: e.RATE_LIMIT_AUTH_PER_MINUTE,
      authIpPerMinute: e.RATE_LIMIT_AUTH_IP_PER_MINUTE,
      authAccountPerHour: e.RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR,
      store: e.RATE_LIMIT_STORE,
    },
    aiMonthlyBudgetUsd: e.AI_MONTHLY_BUDGET_USD,
    trustProxy: trustProxy(e.TRUST_PROXY),
    healthToken,
    logLevel: logLevelOf(env),
    boxOffice,
    files,
    whatsapp,
  };
}
