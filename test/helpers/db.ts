// A private database per test file, cloned from the migrated and seeded
// template, with helpers to act as the API does: connect as the
// authenticator, switch to the anonymous or member role, set JWT claims, all
// inside a transaction that is rolled back.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { withClient } from "../../db/lib/lifecycle.ts";
import { type DatabaseSettings, databaseSettings } from "../../db/lib/settings.ts";
import { TEMPLATE_DATABASE } from "./constants.ts";

export interface TestDatabase {
  settings: DatabaseSettings;
  /** Connections as the owner: bypasses RLS, for fixtures and checks. */
  owner: pg.Pool;
  /** Connections as the authenticator, the role the API server uses. */
  authenticator: pg.Pool;
  /** Starts a session for a profile, as authenticate() would. */
  sessionFor(profileId: string): Promise<string>;
  /** Runs fn as the anonymous role in a transaction that is rolled back. */
  asAnonymous<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Runs fn as the member role with a session of the profile, in a transaction that is rolled back. */
  asProfile<T>(profileId: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Runs fn with the claims set as given (e.g. a revoked session id), rolled back. */
  withClaims<T>(
    role: "anonymous" | "member",
    claims: Record<string, string>,
    fn: (client: pg.PoolClient) => Promise<T>,
  ): Promise<T>;
  /**
   * Runs fn as a request role with the claims in a transaction that is
   * COMMITTED, reporting the error instead of throwing (including one raised
   * at commit by a deferred constraint).
   */
  committed<T>(
    role: "anonymous" | "member",
    claims: Record<string, string>,
    fn: (client: pg.PoolClient) => Promise<T>,
  ): Promise<Outcome<T>>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("pgServerUrl");
  const name = `${TEMPLATE_DATABASE}_${randomBytes(5).toString("hex")}`;
  const template = databaseSettings(serverUrl, TEMPLATE_DATABASE);
  await withClient(template.rootUrl, (client) =>
    client.query(
      `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(TEMPLATE_DATABASE)} owner ${pg.escapeIdentifier(template.roles.owner)}`,
    ),
  );
  const settings = databaseSettings(serverUrl, name, { rolePrefix: TEMPLATE_DATABASE });
  await withClient(template.rootUrl, (client) =>
    client.query(
      `grant connect on database ${pg.escapeIdentifier(name)} to ${pg.escapeIdentifier(settings.roles.authenticator)}`,
    ),
  );
  const owner = new pg.Pool({ connectionString: settings.ownerUrl, max: 20 });
  const authenticator = new pg.Pool({ connectionString: settings.authenticatorUrl, max: 60 });

  /** A transaction as the API opens one: the request role and its JWT claims. */
  async function begin(role: "anonymous" | "member", claims: Record<string, string>): Promise<pg.PoolClient> {
    const client = await authenticator.connect();
    await client.query("begin");
    await client.query(`set local role ${pg.escapeIdentifier(settings.roles[role])}`);
    for (const [key, value] of Object.entries(claims)) {
      await client.query("select set_config($1, $2, true)", [`jwt.claims.${key}`, value]);
    }
    return client;
  }

  async function withClaims<T>(
    role: "anonymous" | "member",
    claims: Record<string, string>,
    fn: (client: pg.PoolClient) => Promise<T>,
  ): Promise<T> {
    const client = await begin(role, claims);
    try {
      return await fn(client);
    } finally {
      await client.query("rollback").catch(() => {});
      client.release();
    }
  }

  async function committed<T>(
    role: "anonymous" | "member",
    claims: Record<string, string>,
    fn: (client: pg.PoolClient) => Promise<T>,
  ): Promise<Outcome<T>> {
    let client: pg.PoolClient | undefined;
    try {
      client = await begin(role, claims);
      const value = await fn(client);
      await client.query("commit");
      return { ok: true, value };
    } catch (error) {
      await client?.query("rollback").catch(() => {});
      const e = error as { code?: string; message: string };
      return { ok: false, code: e.code, message: e.message };
    } finally {
      client?.release();
    }
  }

  async function sessionFor(profileId: string): Promise<string> {
    const { rows } = await owner.query("insert into app_private.sessions (profile_id) values ($1) returning id", [
      profileId,
    ]);
    return rows[0].id;
  }

  return {
    settings,
    owner,
    authenticator,
    sessionFor,
    withClaims,
    committed,
    asAnonymous: (fn) => withClaims("anonymous", {}, fn),
    asProfile: async (profileId, fn) => withClaims("member", { session_id: await sessionFor(profileId) }, fn),
    async drop() {
      // The forced drop below may terminate connections the pools are still
      // closing; that is expected, not a test failure.
      owner.on("error", () => {});
      authenticator.on("error", () => {});
      await owner.end();
      await authenticator.end();
      await withClient(template.rootUrl, async (client) => {
        // A pool's end() resolves before its connections have closed, and a
        // connection the forced drop terminates while it closes raises an
        // error no listener catches (pg removes its pool's listener first):
        // let the file's connections go first (bounded), then force the rest.
        for (let waited = 0; waited < 3000; waited += 50) {
          const { rows } = await client.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
            [name],
          );
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      });
    },
  };
}

export interface Outcome<T> {
  ok: boolean;
  value?: T;
  code?: string;
  message?: string;
}

export interface Attempt {
  ok: boolean;
  rowCount: number;
  rows: Record<string, unknown>[];
  /** SQLSTATE when the statement failed. */
  code?: string;
  message?: string;
}

/** Runs one statement inside a savepoint, so a failure does not abort the surrounding transaction. */
export async function attempt(client: pg.PoolClient, sql: string, params: unknown[] = []): Promise<Attempt> {
  await client.query("savepoint attempt");
  try {
    const result = await client.query(sql, params);
    await client.query("release savepoint attempt");
    return { ok: true, rowCount: result.rowCount ?? 0, rows: result.rows };
  } catch (error) {
    await client.query("rollback to savepoint attempt");
    const e = error as { code?: string; message: string };
    return { ok: false, rowCount: 0, rows: [], code: e.code, message: e.message };
  }
}
