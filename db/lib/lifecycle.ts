// The database lifecycle: roles and database (reset), migrations, policies
// (db/rls) and demo data. Used by the CLI, `npm start` and the tests.
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import { type DatabaseSettings, graphileMigrateEnv, placeholdersOf, type RoleNames } from "./settings.ts";

const RLS_DIR = join(PROJECT_ROOT, "db", "rls");

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => pg.escapeIdentifier(name);
const literal = (value: string) => pg.escapeLiteral(value);

/**
 * Creates (or updates) the roles, then drops and recreates the database owned
 * by the owner role. Needs a superuser or CREATEROLE + CREATEDB connection.
 */
export async function resetDatabase(settings: DatabaseSettings): Promise<void> {
  const { roles } = settings;
  await withClient(settings.rootUrl, async (client) => {
    await ensureRoles(client, settings);
    for (const name of [settings.databaseName, `${settings.databaseName}_shadow`]) {
      await client.query(`drop database if exists ${ident(name)} with (force)`);
    }
    await client.query(
      `create database ${ident(settings.databaseName)} owner ${ident(roles.owner)} encoding 'UTF8' template template0`,
    );
    await client.query(`revoke all on database ${ident(settings.databaseName)} from public`);
    await client.query(`grant connect on database ${ident(settings.databaseName)} to ${ident(roles.authenticator)}`);
  });
  // Extensions that are not "trusted" need a superuser; these are trusted
  // since PostgreSQL 13, but create them as root in case the owner may not.
  // unaccent: erasure and roster search find names with or without accents.
  await withClient(settings.rootUrl.replace(/\/postgres(\?|$)/, `/${settings.databaseName}$1`), async (client) => {
    await client.query("create extension if not exists pgcrypto with schema public");
    await client.query("create extension if not exists citext with schema public");
    await client.query("create extension if not exists btree_gist with schema public");
    await client.query("create extension if not exists unaccent with schema public");
    // Roster search (migration 000015): accent- and case-insensitive substring search.
    await client.query("create extension if not exists pg_trgm with schema public");
  });
}

async function ensureRoles(client: pg.Client, settings: DatabaseSettings): Promise<void> {
  const { roles } = settings;
  const exists = async (role: string) =>
    (await client.query("select 1 from pg_roles where rolname = $1", [role])).rowCount === 1;
  const upsertLogin = async (role: string, password: string, extra: string) => {
    const verb = (await exists(role)) ? "alter" : "create";
    await client.query(`${verb} role ${ident(role)} with login password ${literal(password)} ${extra}`);
  };
  await upsertLogin(roles.owner, settings.ownerPassword, "nosuperuser createdb nocreaterole");
  await upsertLogin(
    roles.authenticator,
    settings.authenticatorPassword,
    "noinherit nocreatedb nocreaterole nosuperuser",
  );
  for (const role of [roles.anonymous, roles.member]) {
    if (!(await exists(role))) await client.query(`create role ${ident(role)} nologin`);
    await client.query(`grant ${ident(role)} to ${ident(roles.authenticator)}`);
  }
  // The owner may need to drop its shadow database in graphile-migrate reset.
  await client.query(`grant ${ident(roles.anonymous)}, ${ident(roles.member)} to ${ident(roles.owner)}`);
}

/**
 * Runs graphile-migrate's CLI (its public interface) with these settings, from the project root.
 * `node` on its PATH is this Node, so the .gmrc hooks (`node db/cli.ts rls`) run on it too. A child
 * process also takes graphile-migrate's pool with it (kept alive after a command, that pool would
 * exit this process if it saw the server go away).
 */
export async function runGraphileMigrate(
  settings: DatabaseSettings,
  args: readonly string[],
  options: { quiet?: boolean; stdio?: "inherit" } = {},
): Promise<void> {
  const bin = join(PROJECT_ROOT, "node_modules", ".bin", "graphile-migrate");
  const env = {
    ...process.env,
    ...graphileMigrateEnv(settings),
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
  };
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: options.stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) {
    throw new Error(
      `graphile-migrate ${args.join(" ")} failed (exit ${code})${options.quiet ? `:\n${output.join("")}` : ""}`,
    );
  }
}

/**
 * Installs graphile-worker's schema (our functions enqueue jobs with
 * graphile_worker.add_job), applies committed migrations, then re-applies
 * db/rls: graphile-migrate's afterAllMigrations hook (.gmrc) does that, forced
 * even when no migration was due, so a changed policy file always lands.
 */
export async function migrateDatabase(settings: DatabaseSettings, options: { quiet?: boolean } = {}): Promise<void> {
  const worker = await import("graphile-worker");
  await worker.runMigrations({
    connectionString: settings.ownerUrl,
    logger: new worker.Logger(() => () => {}),
  });
  await runGraphileMigrate(settings, ["migrate", "--forceActions"], options);
}

/** graphile-migrate placeholders → quoted role names, in a db/rls file. */
function fillPlaceholders(sql: string, roles: RoleNames): string {
  const values = placeholdersOf(roles);
  return sql.replace(/:DATABASE_[A-Z_]+\b/g, (name) => {
    const value = values[name];
    if (!value) throw new Error(`Unknown placeholder ${name}`);
    return ident(value);
  });
}

/** Re-applies db/rls to the database of these settings (see applyRlsAt). */
export function applyRls(settings: DatabaseSettings): Promise<void> {
  return applyRlsAt(settings.ownerUrl, settings.roles);
}

/**
 * Re-applies every file in db/rls in one transaction, connected as the owner
 * (`url`). It first removes every policy and every grant the request roles
 * hold in app_public, so the files are the whole truth: a policy deleted from
 * a file disappears. Run by graphile-migrate's hooks (.gmrc: after all
 * migrations, and after current.sql in `gm watch`) and by `npm run db:migrate`.
 */
export async function applyRlsAt(url: string, roles: RoleNames): Promise<void> {
  const files = (await readdir(RLS_DIR)).filter((f) => f.endsWith(".sql")).sort();
  const { anonymous, member } = roles;
  await withClient(url, async (client) => {
    await client.query("begin");
    try {
      await client.query(`
        do $$
        declare p record;
        begin
          for p in select schemaname, tablename, policyname from pg_policies where schemaname = 'app_public' loop
            execute format('drop policy %I on %I.%I', p.policyname, p.schemaname, p.tablename);
          end loop;
        end $$;
      `);
      for (const role of [anonymous, member]) {
        await client.query(`revoke all on all tables in schema app_public from ${ident(role)}`);
        await client.query(`revoke all on all sequences in schema app_public from ${ident(role)}`);
        await client.query(`revoke all on all functions in schema app_public from ${ident(role)}`);
        await client.query(`revoke all on all functions in schema app_private from ${ident(role)}`);
      }
      await client.query("revoke all on all functions in schema app_public from public");
      await client.query("revoke all on all functions in schema app_private from public");
      for (const file of files) {
        const sql = fillPlaceholders(await readFile(join(RLS_DIR, file), "utf8"), roles);
        try {
          await client.query(sql);
        } catch (error) {
          throw new Error(`db/rls/${file}: ${(error as Error).message}`, { cause: error });
        }
      }
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      throw error;
    }
  });
}

/** Loads the deterministic demo data set (as the owner) into an empty database; false when it had data. */
export async function seedDatabase(settings: DatabaseSettings): Promise<boolean> {
  const { seedDemoData } = await import("../seed/demo.ts");
  return withClient(settings.ownerUrl, (client) => seedDemoData(client));
}

/** Whether the database already holds data (so `npm start` seeds only an empty one). */
export async function isEmpty(settings: DatabaseSettings): Promise<boolean> {
  return withClient(settings.ownerUrl, async (client) => {
    const { rows } = await client.query("select not exists (select 1 from app_public.organizations) as empty");
    return rows[0].empty as boolean;
  });
}

export async function databaseExists(settings: DatabaseSettings): Promise<boolean> {
  return withClient(settings.rootUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [settings.databaseName]);
    return rowCount === 1;
  });
}
