// Every environment variable FashionOS reads, in one zod schema with its
// default and meaning. Each part parses the variables it uses through
// `parseEnv` (server/config.ts, tasks/ai/config.ts, tasks/mail/config.ts,
// tasks/runner.ts, db/lib/*), so a bad value stops that process with its name.
// The README's configuration tables are generated from the metadata here
// (test/readme.ts: `node test/update-readme.ts`), and test/config.test.ts
// fails when code reads a variable this schema does not declare.
//
// A new variable: add it to ENV below (schema, group, default as shown,
// meaning), read it with parseEnv, run `node test/update-readme.ts`.
import { z } from "zod";

/** Where a variable is documented: the README's Configuration section, or its AI and worker settings. */
export type ConfigGroup =
  | "server"
  | "database"
  | "auth"
  | "limits"
  | "mail"
  | "box office"
  | "whatsapp"
  | "files"
  | "ai"
  | "worker";

export interface VariableDoc {
  group: ConfigGroup;
  /** The default as the README shows it (Markdown), "—" when there is none. */
  default: string;
  /** What it does (Markdown). */
  meaning: string;
}

/** Unset and empty are the same: the default. */
const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function documented<T extends z.ZodType>(schema: T, doc: VariableDoc) {
  return z.preprocess(unsetIfEmpty, schema).meta({ fashionos: doc });
}

/** A number from the environment, at least `min` (and whole when `integer`). */
function number(fallback: number | undefined, options: { min?: number; max?: number; integer?: boolean } = {}) {
  const min = options.min ?? 0;
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback as number;
      const n = Number(value);
      const whole = options.integer ?? false;
      if (
        !Number.isFinite(n) ||
        n < min ||
        (options.max !== undefined && n > options.max) ||
        (whole && !Number.isInteger(n))
      ) {
        ctx.addIssue({
          code: "custom",
          message: `expected ${whole ? "a whole number" : "a number"} ≥ ${min}${options.max !== undefined ? ` and ≤ ${options.max}` : ""}, got "${value}"`,
        });
        return z.NEVER;
      }
      return n;
    });
}

/** on/off: anything but 0, off, false and no is on. */
function flag(fallback: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) =>
      value === undefined ? fallback : !["0", "off", "false", "no"].includes(value.toLowerCase()),
    );
}

const text = () => z.string().trim().optional();

function choice<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined ? fallback : value.toLowerCase()))
    .pipe(z.enum(values));
}

const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, `${name} must be an http(s) URL`)
    .optional();

/** A Wompi key or secret: its prefix says which one, and sandbox (test) or production (prod). */
const wompiKey = (prefix: RegExp, name: string) =>
  z.string().trim().regex(prefix, `${name} does not look like a Wompi key (${prefix.source})`).max(200).optional();

export const ENV = z.object({
  /* ---------------------------------------------------------------- server */
  NODE_ENV: documented(text(), {
    group: "server",
    default: "—",
    meaning:
      "`production` turns off dev conveniences and refuses to start without `JWT_SECRET`, `DATABASE_URL`, `CORS_ORIGINS`",
  }),
  PORT: documented(number(5678, { integer: true, max: 65535 }), {
    group: "server",
    default: "`5678`",
    meaning: "where the server listens",
  }),
  WEB_DEV_PORT: documented(number(5173, { integer: true, max: 65535 }), {
    group: "server",
    default: "`5173`",
    meaning: "where `npm run dev` serves the dashboard from Vite (the API paths are proxied to `PORT`)",
  }),
  HOST: documented(text(), {
    group: "server",
    default: "`127.0.0.1` (`0.0.0.0` in production)",
    meaning: "the address the server listens on",
  }),
  CORS_ORIGINS: documented(text(), {
    group: "server",
    default: "`http://localhost:$PORT,http://localhost:$WEB_DEV_PORT` (development)",
    meaning: "comma-separated allowlist; `*` is refused",
  }),
  GRAPHIQL: documented(text(), {
    group: "server",
    default: "on in development, off in production",
    meaning: "`on` to serve Ruru at `/graphiql` in production (`off` turns it off in development)",
  }),
  GRAPHQL_EXPLAIN: documented(text(), {
    group: "server",
    default: "off",
    meaning: "`on` to include Grafast plan diagrams (development only)",
  }),
  WORKER: documented(flag(true), {
    group: "server",
    default: "on",
    meaning: "`off` to run no worker in the server process (`npm run worker` runs them alone; do so in production)",
  }),
  TRUST_PROXY: documented(text(), {
    group: "server",
    default: "off",
    meaning:
      "which reverse proxies' `X-Forwarded-For`/`-Proto` to believe: off, on, a hop count or addresses/CIDR ranges (see Security: behind a proxy)",
  }),
  HEALTH_TOKEN: documented(text(), {
    group: "server",
    default: "—",
    meaning: "operator token (≥ 24 characters) for the full `/health` report",
  }),
  LOG_LEVEL: documented(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(), {
    group: "server",
    default: "`info` (`warn` under CI/tests)",
    meaning: "pino level; logs are JSON with a request id and never contain tokens, passwords or contact data",
  }),
  DEMO_DATA: documented(text(), {
    group: "server",
    default: "—",
    meaning: "`on` to load demo data into an empty database in production",
  }),

  /* -------------------------------------------------------------- database */
  DATABASE_URL: documented(text(), {
    group: "database",
    default: "embedded PostgreSQL",
    meaning: "the application database (any PostgreSQL ≥ 15)",
  }),
  ROOT_DATABASE_URL: documented(text(), {
    group: "database",
    default: "`DATABASE_URL`",
    meaning: "superuser connection to create roles and databases",
  }),
  DATABASE_OWNER_PASSWORD: documented(text(), {
    group: "database",
    default: "derived from the root URL",
    meaning: "the owner role's password",
  }),
  DATABASE_AUTHENTICATOR_PASSWORD: documented(text(), {
    group: "database",
    default: "derived from the root URL",
    meaning: "the authenticator role's password",
  }),
  EMBEDDED_PG_PORT: documented(number(54329, { integer: true, min: 1, max: 65535 }), {
    group: "database",
    default: "`54329`",
    meaning: "the embedded database's port",
  }),
  EMBEDDED_PG_DIR: documented(text(), {
    group: "database",
    default: "`.data/postgres`",
    meaning: "the embedded database's folder (relative to the project)",
  }),
  PG_DUMP: documented(text(), {
    group: "database",
    default: "`pg_dump`",
    meaning: "the `pg_dump` (15) that writes `db/schema.sql`",
  }),

  /* ------------------------------------------------------------------ auth */
  JWT_SECRET: documented(text(), {
    group: "auth",
    default: "generated once into `.data/jwt-secret` (development)",
    meaning: "HS256 secret, ≥ 32 characters",
  }),
  JWT_ISSUER: documented(text().default("fashionos"), {
    group: "auth",
    default: "`fashionos`",
    meaning: "issuer claim of the tokens FashionOS issues",
  }),
  JWT_AUDIENCE: documented(text().default("fashionos"), {
    group: "auth",
    default: "`fashionos`",
    meaning: "audience claim of the tokens FashionOS issues",
  }),
  AUTH_JWKS_URL: documented(text(), {
    group: "auth",
    default: "—",
    meaning: "external identity provider's JWKS (RS256); needs `AUTH_ISSUER` and `AUTH_AUDIENCE`",
  }),
  AUTH_ISSUER: documented(text(), { group: "auth", default: "—", meaning: "the external provider's issuer" }),
  AUTH_AUDIENCE: documented(text(), { group: "auth", default: "—", meaning: "the external provider's audience" }),
  CLERK_WEBHOOK_SECRET: documented(text(), {
    group: "auth",
    default: "—",
    meaning: "enables `POST /webhooks/clerk`",
  }),

  /* ---------------------------------------------------------------- limits */
  STATEMENT_TIMEOUT_MS: documented(number(5000), {
    group: "limits",
    default: "`5000`",
    meaning: "per-request PostgreSQL `statement_timeout`",
  }),
  BODY_LIMIT_BYTES: documented(number(100_000), {
    group: "limits",
    default: "`100000`",
    meaning: "request body limit (HTTP 413 above it)",
  }),
  GRAPHQL_MAX_DOCUMENT_LENGTH: documented(number(20_000), {
    group: "limits",
    default: "`20000`",
    meaning: "characters a GraphQL document may have, checked before it is parsed",
  }),
  GRAPHQL_MAX_TOKENS: documented(number(1000), {
    group: "limits",
    default: "`1000`",
    meaning: "lexical tokens a GraphQL document may have, counted while it is parsed",
  }),
  GRAPHQL_DEFAULT_PAGE_SIZE: documented(number(100), {
    group: "limits",
    default: "`100`",
    meaning: "rows a connection returns without `first`/`last`",
  }),
  GRAPHQL_MAX_PAGE_SIZE: documented(number(500), {
    group: "limits",
    default: "`500`",
    meaning: "largest `first`/`last` accepted",
  }),
  GRAPHQL_MAX_RESPONSE_BYTES: documented(number(5_000_000), {
    group: "limits",
    default: "`5000000`",
    meaning: "largest GraphQL response body; a larger one is replaced by `RESPONSE_TOO_LARGE`",
  }),
  GRAPHQL_MAX_DEPTH: documented(number(10), {
    group: "limits",
    default: "`10`",
    meaning: "field depth (graphql-armor)",
  }),
  GRAPHQL_MAX_ALIASES: documented(number(15), {
    group: "limits",
    default: "`15`",
    meaning: "aliases (graphql-armor)",
  }),
  GRAPHQL_MAX_COST: documented(number(5000), {
    group: "limits",
    default: "`5000`",
    meaning: "request cost with variables and page sizes (see Security)",
  }),
  GRAPHQL_PLANNING_TIMEOUT_MS: documented(number(500), {
    group: "limits",
    default: "`500`",
    meaning: "Grafast planning timeout",
  }),
  GRAPHQL_EXECUTION_TIMEOUT_MS: documented(number(10_000), {
    group: "limits",
    default: "`10000`",
    meaning: "Grafast execution timeout",
  }),
  RATE_LIMIT_IP_PER_MINUTE: documented(number(300), {
    group: "limits",
    default: "`300`",
    meaning: "request budget per client address",
  }),
  RATE_LIMIT_USER_PER_MINUTE: documented(number(600), {
    group: "limits",
    default: "`600`",
    meaning: "request budget per signed-in person",
  }),
  RATE_LIMIT_AUTH_PER_MINUTE: documented(number(10), {
    group: "limits",
    default: "`10`",
    meaning: "sign-in/registration attempts per account (email) and address",
  }),
  RATE_LIMIT_AUTH_IP_PER_MINUTE: documented(number(100), {
    group: "limits",
    default: "`100`",
    meaning: "all sign-in/registration attempts per address",
  }),
  RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR: documented(number(100), {
    group: "limits",
    default: "`100`",
    meaning: "sign-in/registration attempts per account per hour, from all addresses together (the ceiling)",
  }),
  RATE_LIMIT_STORE: documented(choice(["memory", "postgres"], "memory"), {
    group: "limits",
    default: "`memory`",
    meaning: "`postgres` to share budgets between server processes (`app_private.rate_limits`)",
  }),

  /* ------------------------------------------------------------------ mail */
  SMTP_URL: documented(
    z
      .string()
      .trim()
      .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
    {
      group: "mail",
      default: "— (development: mails are written to the log, labelled)",
      meaning:
        "`smtp://user:pass@host:587` or `smtps://…:465` for every email the worker sends (account emails and the outbox); in production without it they are retried, not sent",
    },
  ),
  MAIL_FROM: documented(z.string().trim().min(3).max(320).optional(), {
    group: "mail",
    default: "`FashionOS <no-reply@fashionos.localhost>`",
    meaning: "the From of every email (account emails and the outbox); its domain names the outbox's Message-IDs",
  }),
  EMAIL_WEBHOOK_SECRET: documented(z.string().trim().min(16).optional(), {
    group: "mail",
    default: "—",
    meaning:
      'enables `POST /webhooks/email` (an email provider\'s delivered / bounced / complained events), signed `X-FashionOS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA-256 of "<t>.<raw body>">` with this secret (README: Communications)',
  }),
  APP_URL: documented(httpUrl("APP_URL"), {
    group: "mail",
    default: "`http://localhost:$PORT`",
    meaning:
      "the dashboard's public URL, for the links in account emails; the buyer comes back from Wompi to its booking page there (unset: the request's own origin)",
  }),

  /* ------------------------------------------------------------ box office */
  RESERVATION_MINUTES: documented(number(15, { integer: true, min: 1, max: 60 }), {
    group: "box office",
    default: "`15`",
    meaning: "minutes a reservation holds its tickets (1 to 60)",
  }),
  RATE_LIMIT_BOOKING_PER_MINUTE: documented(number(10, { integer: true, min: 1, max: 1_000_000_000 }), {
    group: "box office",
    default: "`10`",
    meaning: "anonymous bookings (`bookTickets`) per client address",
  }),
  WOMPI_PUBLIC_KEY: documented(wompiKey(/^pub_(test|prod)_/, "WOMPI_PUBLIC_KEY"), {
    group: "box office",
    default: "— (payments not configured)",
    meaning:
      "Wompi's public key, `pub_test_…` (sandbox) or `pub_prod_…` (see Box office); needs `WOMPI_INTEGRITY_SECRET` and `WOMPI_EVENTS_SECRET`, and sandbox and production keys are not mixed",
  }),
  WOMPI_PRIVATE_KEY: documented(wompiKey(/^prv_(test|prod)_/, "WOMPI_PRIVATE_KEY"), {
    group: "box office",
    default: "—",
    meaning: "`prv_test_…` / `prv_prod_…`: accepted for Wompi API calls; FashionOS makes none with it today",
  }),
  WOMPI_INTEGRITY_SECRET: documented(wompiKey(/^(test|prod)_integrity_/, "WOMPI_INTEGRITY_SECRET"), {
    group: "box office",
    default: "—",
    meaning: "signs the checkout (SHA-256 of reference, amount, currency and the secret)",
  }),
  WOMPI_EVENTS_SECRET: documented(wompiKey(/^(test|prod)_events_/, "WOMPI_EVENTS_SECRET"), {
    group: "box office",
    default: "—",
    meaning: "verifies the events Wompi posts to `/webhooks/wompi`",
  }),
  WOMPI_BASE_URL: documented(httpUrl("WOMPI_BASE_URL"), {
    group: "box office",
    default: "`https://sandbox.wompi.co/v1` (production keys: `https://production.wompi.co/v1`)",
    meaning: "Wompi's API",
  }),
  WOMPI_CHECKOUT_URL: documented(httpUrl("WOMPI_CHECKOUT_URL"), {
    group: "box office",
    default: "`https://checkout.wompi.co/p/`",
    meaning: "Wompi's Web Checkout (the keys decide sandbox or production)",
  }),

  /* -------------------------------------------------------------- whatsapp */
  WHATSAPP_TOKEN: documented(
    z.string().trim().min(20, "WHATSAPP_TOKEN looks too short for a Meta access token").max(1000).optional(),
    {
      group: "whatsapp",
      default: "— (WhatsApp not configured)",
      meaning:
        "the WhatsApp Cloud API access token (a System User token of the Meta Business app, `whatsapp_business_messaging` permission); needs `WHATSAPP_PHONE_NUMBER_ID`",
    },
  ),
  WHATSAPP_PHONE_NUMBER_ID: documented(
    z
      .string()
      .trim()
      .regex(
        /^[0-9]{5,30}$/,
        "WHATSAPP_PHONE_NUMBER_ID is the numeric id of the sending number (WhatsApp Manager → API Setup), not the phone number",
      )
      .optional(),
    {
      group: "whatsapp",
      default: "—",
      meaning: "the id of the business phone number messages are sent from (WhatsApp Manager → API Setup; digits)",
    },
  ),
  WHATSAPP_API_URL: documented(httpUrl("WHATSAPP_API_URL"), {
    group: "whatsapp",
    default: "`https://graph.facebook.com`",
    meaning: "the Graph API (tests point it at a local server that speaks it)",
  }),
  WHATSAPP_API_VERSION: documented(
    z
      .string()
      .trim()
      .regex(/^v[0-9]{1,3}\.[0-9]$/, "WHATSAPP_API_VERSION looks like v21.0")
      .optional(),
    {
      group: "whatsapp",
      default: "`v21.0`",
      meaning: "the Graph API version in every request path",
    },
  ),
  WHATSAPP_APP_SECRET: documented(z.string().trim().min(16).max(200).optional(), {
    group: "whatsapp",
    default: "— (`POST /webhooks/whatsapp` answers 404)",
    meaning:
      "the Meta app's secret (App settings → Basic): every webhook POST must carry `X-Hub-Signature-256` = `sha256=` HMAC-SHA256 of the raw body with it",
  }),
  WHATSAPP_VERIFY_TOKEN: documented(z.string().trim().min(8).max(200).optional(), {
    group: "whatsapp",
    default: "— (`GET /webhooks/whatsapp` answers 403)",
    meaning: "the verify token typed into the app's webhook settings; Meta's `hub.verify_token` must equal it",
  }),
  WHATSAPP_TIMEOUT_MS: documented(number(10_000, { integer: true, min: 100, max: 120_000 }), {
    group: "whatsapp",
    default: "`10000`",
    meaning: "per Graph API call; a timeout is retried",
  }),

  /* ----------------------------------------------------------------- files */
  FILE_STORAGE: documented(z.enum(["local", "s3"]).optional(), {
    group: "files",
    default: "`s3` when `S3_BUCKET` is set, else `local`",
    meaning: "where uploads are stored",
  }),
  FILES_DIR: documented(text(), {
    group: "files",
    default: "`.data/files`",
    meaning: "the local store",
  }),
  S3_BUCKET: documented(text(), {
    group: "files",
    default: "—",
    meaning: "the bucket (keys `org/<organization>/<file>/{full,thumb}.webp`, after `S3_PREFIX`)",
  }),
  S3_REGION: documented(text(), {
    group: "files",
    default: "`us-east-1`",
    meaning: "the bucket's region",
  }),
  S3_ENDPOINT: documented(
    z
      .string()
      .trim()
      .regex(/^https?:\/\/[^\s/]+\/?$/, "S3_ENDPOINT must be an http(s) origin such as https://s3.example.com")
      .optional(),
    {
      group: "files",
      default: "AWS",
      meaning: "an S3-compatible store's origin (e.g. `https://<account>.r2.cloudflarestorage.com`)",
    },
  ),
  S3_FORCE_PATH_STYLE: documented(z.enum(["on", "off", "true", "false", "1", "0"]).optional(), {
    group: "files",
    default: "`on` when an endpoint is set",
    meaning: "path-style URLs (endpoint/bucket/key), which most S3-compatible stores need",
  }),
  S3_ACCESS_KEY_ID: documented(text(), {
    group: "files",
    default: "the AWS SDK's default chain",
    meaning: "credentials (set both or neither)",
  }),
  S3_SECRET_ACCESS_KEY: documented(text(), {
    group: "files",
    default: "the AWS SDK's default chain",
    meaning: "credentials (set both or neither)",
  }),
  S3_PREFIX: documented(
    z
      .string()
      .regex(/^[A-Za-z0-9._/-]*$/, "S3_PREFIX may hold letters, digits, dots, dashes, underscores and slashes")
      .optional(),
    {
      group: "files",
      default: "—",
      meaning: "prepended to every key, to share a bucket",
    },
  ),
  FILE_URL_TTL_SECONDS: documented(number(600, { integer: true, min: 30, max: 86_400 }), {
    group: "files",
    default: "`600`",
    meaning: "how long a signed URL works (30 s – 1 day)",
  }),
  UPLOAD_MAX_BYTES: documented(number(10_000_000, { integer: true, min: 10_000, max: 50_000_000 }), {
    group: "files",
    default: "`10000000`",
    meaning: "largest upload",
  }),

  /* -------------------------------------------------------------------- AI */
  AI_API_KEY: documented(text(), {
    group: "ai",
    default: "—",
    meaning: "enables the OpenAI-compatible provider; without it the local provider answers",
  }),
  AI_BASE_URL: documented(text().default("https://openrouter.ai/api/v1"), {
    group: "ai",
    default: "`https://openrouter.ai/api/v1`",
    meaning: "any OpenAI-compatible endpoint (Lovable AI gateway, OpenRouter, OpenAI)",
  }),
  AI_MODEL: documented(text().default("google/gemini-2.5-flash"), {
    group: "ai",
    default: "`google/gemini-2.5-flash`",
    meaning: "model name as the endpoint knows it",
  }),
  AI_OUTPUT_MODE: documented(choice(["auto", "json_schema", "tool"], "auto"), {
    group: "ai",
    default: "`auto`",
    meaning:
      "`json_schema` (strict structured output), `tool` (forced function call), or `auto`: json_schema, falling back to a tool call when the endpoint answers 400 that it does not take it",
  }),
  AI_TIMEOUT_MS: documented(number(30_000), {
    group: "ai",
    default: "`30000`",
    meaning: "per call; a timeout is retried",
  }),
  AI_MAX_CANDIDATES: documented(number(40), {
    group: "ai",
    default: "`40`",
    meaning: "most candidates sent to the model",
  }),
  AI_MONTHLY_BUDGET_USD: documented(number(50), {
    group: "ai",
    default: "`50`",
    meaning: "AI budget per organization per calendar month (also shown in `/health`)",
  }),
  AI_RATE_LIMIT_RETRIES: documented(number(2), {
    group: "ai",
    default: "`2`",
    meaning: "how often a 429 is waited out (honouring `Retry-After`) before `RATE_LIMITED`",
  }),
  AI_MAX_RETRY_AFTER_MS: documented(number(60_000), {
    group: "ai",
    default: "`60000`",
    meaning: "the longest `Retry-After` waited out in process",
  }),
  AI_MAX_RUNNING_PER_ORGANIZATION: documented(number(0), {
    group: "ai",
    default: "— (no cap)",
    meaning: "most runs of one organization running at once across all worker processes (`0`: no cap)",
  }),

  /* ---------------------------------------------------------------- worker */
  WORKER_CONCURRENCY: documented(number(128, { integer: true, min: 1 }), {
    group: "worker",
    default: "`128`",
    meaning: "agent jobs (model calls) in flight per worker process",
  }),
  WORKER_POOL_SIZE: documented(number(20, { integer: true, min: 3 }), {
    group: "worker",
    default: "`20`",
    meaning: "database connections per worker process (jobs hold one only for their two short transactions)",
  }),
  WORKER_STALE_AFTER_SECONDS: documented(number(120, { integer: true, min: 1 }), {
    group: "worker",
    default: "`120`",
    meaning:
      "heartbeat age after which a worker process counts as dead and its jobs are released (it beats every quarter of this, at most every 15 s)",
  }),
  WORKER_DATABASE_URL: documented(text(), {
    group: "worker",
    default: "—",
    meaning: "`npm run worker` connects here (as the owner) instead of the `npm start` database",
  }),
});

export type Env = z.infer<typeof ENV>;
export type EnvName = keyof Env;
export const ENV_NAMES = Object.keys(ENV.shape) as EnvName[];

/**
 * Variables the code may read that are not configuration: facts about where it runs, set by the
 * tools themselves (CI, vitest, Grafast's mode derived from NODE_ENV, graphile-migrate's hooks and
 * the role-name placeholders db/lib/settings.ts gives every graphile-migrate command, the PATH
 * child processes inherit).
 */
export const ENVIRONMENT_FACTS = [
  "CI",
  "VITEST",
  "GRAPHILE_ENV",
  "GM_DBURL",
  "GM_DBNAME",
  "GM_SHADOW",
  "DATABASE_OWNER",
  "DATABASE_AUTHENTICATOR",
  "DATABASE_ANONYMOUS",
  "DATABASE_MEMBER",
  "PATH",
] as const;

/** A variable's documentation (group, default, meaning). */
export function variableDoc(name: EnvName): VariableDoc {
  const meta = ENV.shape[name].meta() as { fashionos?: VariableDoc } | undefined;
  if (!meta?.fashionos) throw new Error(`${name} has no documentation in shared/config.ts`);
  return meta.fashionos;
}

/** The settings a bad value is reported against, as "NAME: problem; NAME: problem". */
export class EnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("; "));
    this.name = "EnvError";
    this.problems = problems;
  }
}

/**
 * Parses the named variables from an environment (process.env by default), with their defaults.
 * Throws EnvError naming every bad one.
 */
export function parseEnv<const K extends EnvName>(
  names: readonly K[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Pick<Env, K> {
  const mask = Object.fromEntries(names.map((name) => [name, true])) as Partial<Record<EnvName, true>>;
  const parsed = (ENV.pick(mask as never) as z.ZodType).safeParse(env);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return parsed.data as Pick<Env, K>;
}

/** The log level: LOG_LEVEL, else `warn` under CI or vitest, else `info`. */
export function logLevelOf(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return parseEnv(["LOG_LEVEL"], env).LOG_LEVEL ?? (env.CI || env.VITEST ? "warn" : "info");
}
