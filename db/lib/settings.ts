// Where the database is and which roles to use. One function decides, so the
// CLI, the server, the worker and the tests always agree.
import { createHash } from "node:crypto";
import { parse as parseConnectionString } from "pg-connection-string";
import { parseEnv } from "../../shared/config.ts";

export interface RoleNames {
  /** Owns every object and runs migrations; the worker connects as it. */
  owner: string;
  /** LOGIN, NOINHERIT: the API server connects as it and switches role per request. */
  authenticator: string;
  /** Requests without a valid session. */
  anonymous: string;
  /** Requests with a valid session. */
  member: string;
}

export interface DatabaseSettings {
  /** Database name, e.g. fashionos. */
  databaseName: string;
  /** Role names are prefixed with this (the base database name), so two FashionOS databases can share a server. */
  rolePrefix: string;
  roles: RoleNames;
  /** Superuser (or CREATEROLE + CREATEDB) connection, database `postgres`, used to create roles and databases. */
  rootUrl: string;
  /** Connection as the owner role. */
  ownerUrl: string;
  /** Connection as the authenticator role. */
  authenticatorUrl: string;
  /** graphile-migrate's shadow database, for `npm run gm -- commit` and `watch`. */
  shadowUrl: string;
  ownerPassword: string;
  authenticatorPassword: string;
}

export const DEFAULT_DATABASE_NAME = "fashionos";

function derivePassword(rootUrl: string, role: string): string {
  // Deterministic, so every process derives the same password, and secret as
  // long as the root credentials are. Production sets explicit passwords.
  return createHash("sha256").update(`fashionos:${rootUrl}:${role}`).digest("base64url").slice(0, 32);
}

function withCredentials(url: string, user: string, password: string, database: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function roleNames(rolePrefix: string): RoleNames {
  return {
    owner: `${rolePrefix}_owner`,
    authenticator: `${rolePrefix}_authenticator`,
    anonymous: `${rolePrefix}_anonymous`,
    member: `${rolePrefix}_member`,
  };
}

/**
 * Builds the settings for one database on a server reached through `serverUrl`
 * (any connection string to that server whose user may create roles and
 * databases). `rolePrefix` defaults to the database name; test databases
 * cloned from a template keep the template's roles.
 */
export function databaseSettings(
  serverUrl: string,
  databaseName: string,
  options: { rolePrefix?: string; env?: NodeJS.ProcessEnv } = {},
): DatabaseSettings {
  const env = options.env ?? process.env;
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(databaseName)) {
    throw new Error(`Database name "${databaseName}" must be lowercase letters, digits and underscores.`);
  }
  const rolePrefix = options.rolePrefix ?? databaseName;
  const roles = roleNames(rolePrefix);
  const rootUrl = withRootDatabase(serverUrl);
  const e = parseEnv(["DATABASE_OWNER_PASSWORD", "DATABASE_AUTHENTICATOR_PASSWORD"], env);
  const ownerPassword = e.DATABASE_OWNER_PASSWORD || derivePassword(rootUrl, roles.owner);
  const authenticatorPassword = e.DATABASE_AUTHENTICATOR_PASSWORD || derivePassword(rootUrl, roles.authenticator);
  return {
    databaseName,
    rolePrefix,
    roles,
    rootUrl,
    ownerUrl: withCredentials(serverUrl, roles.owner, ownerPassword, databaseName),
    authenticatorUrl: withCredentials(serverUrl, roles.authenticator, authenticatorPassword, databaseName),
    shadowUrl: withCredentials(serverUrl, roles.owner, ownerPassword, `${databaseName}_shadow`),
    ownerPassword,
    authenticatorPassword,
  };
}

function withRootDatabase(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = "/postgres";
  return parsed.toString();
}

/** The database named by a connection string. */
export function databaseNameOf(url: string): string {
  const name = parseConnectionString(url).database;
  if (!name) throw new Error("DATABASE_URL must name a database, e.g. postgres://user:pass@host:5432/fashionos");
  return name;
}

/** Environment variables graphile-migrate's CLI reads for these settings. */
export function graphileMigrateEnv(settings: DatabaseSettings): Record<string, string> {
  return {
    DATABASE_URL: settings.ownerUrl,
    SHADOW_DATABASE_URL: settings.shadowUrl,
    ROOT_DATABASE_URL: settings.rootUrl,
    DATABASE_OWNER: settings.roles.owner,
    DATABASE_AUTHENTICATOR: settings.roles.authenticator,
    DATABASE_ANONYMOUS: settings.roles.anonymous,
    DATABASE_MEMBER: settings.roles.member,
  };
}

/** graphile-migrate placeholders, also used for db/rls files. */
export function placeholders(settings: DatabaseSettings): Record<string, string> {
  return placeholdersOf(settings.roles);
}

export function placeholdersOf(roles: RoleNames): Record<string, string> {
  return {
    ":DATABASE_OWNER": roles.owner,
    ":DATABASE_AUTHENTICATOR": roles.authenticator,
    ":DATABASE_ANONYMOUS": roles.anonymous,
    ":DATABASE_MEMBER": roles.member,
  };
}

/**
 * The role names graphile-migrate's hooks get: the placeholders graphileMigrateEnv puts in the
 * environment of every graphile-migrate command we run (`npm run gm`, migrateDatabase).
 */
export function rolesFromGraphileMigrateEnv(env: Readonly<Record<string, string | undefined>>): RoleNames {
  const owner = env.DATABASE_OWNER;
  const authenticator = env.DATABASE_AUTHENTICATOR;
  const anonymous = env.DATABASE_ANONYMOUS;
  const member = env.DATABASE_MEMBER;
  if (!owner || !authenticator || !anonymous || !member) {
    throw new Error(
      "DATABASE_OWNER, DATABASE_AUTHENTICATOR, DATABASE_ANONYMOUS and DATABASE_MEMBER must be set: run graphile-migrate through `npm run gm -- <command>`.",
    );
  }
  return { owner, authenticator, anonymous, member };
}
