// authenticate does the same work whether or not the address has an account
// (attack-report M6). A wrong password for an existing account used to lock
// and update the account's row while an unknown address only hashed, and an
// identity-provider account without a password skipped the hash: 20 vs 14 ms,
// enough to tell which addresses have accounts. Not a clock measurement: the
// work is counted inside the transaction — password hashes and every other
// function call (pg_stat_xact_user_functions with track_functions = all), rows
// written per table (pg_stat_xact_user_tables) and the table locks taken
// (pg_locks) — and must be identical on every failing path.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
let superuser: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  // track_functions may only be set by a superuser; the test cluster's root user is one.
  const url = new URL(db.settings.rootUrl);
  url.pathname = `/${db.settings.databaseName}`;
  superuser = new pg.Client({ connectionString: url.toString() });
  await superuser.connect();
  await superuser.query("set track_functions = 'all'");
  // Plan every statement each time, so the locks the planner takes do not depend on how often a plan ran.
  await superuser.query("set plan_cache_mode = force_custom_plan");
});
afterAll(async () => {
  await superuser?.end();
  await db?.drop();
});

const PASSWORD = "correct horse battery";
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

/** Function calls and rows written so far in this backend (not yet flushed to the shared statistics). */
async function counters(): Promise<Map<string, number>> {
  const { rows } = await superuser.query(
    `select 'call ' || schemaname || '.' || funcname as key, calls as n from pg_stat_xact_user_functions
     union all select 'inserted ' || schemaname || '.' || relname, n_tup_ins from pg_stat_xact_user_tables
     union all select 'updated ' || schemaname || '.' || relname, n_tup_upd from pg_stat_xact_user_tables
     union all select 'deleted ' || schemaname || '.' || relname, n_tup_del from pg_stat_xact_user_tables`,
  );
  return new Map(rows.map((r) => [r.key as string, Number(r.n)]));
}

/** Everything one authenticate call did, as the anonymous role, in a transaction that is rolled back. */
async function workOf(email: string, password: string) {
  await superuser.query("begin");
  try {
    // The backend keeps unflushed counts across transactions: measure the difference.
    const before = await counters();
    await superuser.query(`set local role ${superuser.escapeIdentifier(db.settings.roles.anonymous)}`);
    const { rows } = await superuser.query("select (app_public.authenticate($1, $2)).session_id as session", [
      email,
      password,
    ]);
    await superuser.query("reset role");
    const after = await counters();
    const done = [...after]
      .map(([key, n]) => [key, n - (before.get(key) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => `${key} ×${n}`)
      .sort();
    const locks = await superuser.query(
      `select c.relname || ' ' || l.mode as lock from pg_locks l join pg_class c on c.oid = l.relation
        where l.pid = pg_backend_pid() and l.locktype = 'relation' and c.relnamespace not in
              ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
        order by 1`,
    );
    return {
      signedIn: rows[0].session !== null,
      functions: done.filter((d) => d.startsWith("call ")),
      writes: done.filter((d) => !d.startsWith("call ")),
      locks: locks.rows.map((r) => r.lock as string),
    };
  } finally {
    await superuser.query("rollback");
  }
}

async function account(email: string, options: { password?: string | null; subject?: string } = {}) {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name, auth_subject, email_verified_at) values ($1, 'Cuenta', $2, now()) returning id",
    [email, options.subject ?? null],
  );
  if (options.password !== null) {
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
      [rows[0].id, options.password ?? PASSWORD],
    );
  }
}

describe("authenticate: one amount of work for every failure", () => {
  let paths: Record<string, string>;
  beforeAll(async () => {
    paths = {
      "unknown address": uniqueEmail("nadie"),
      "password account, wrong password": uniqueEmail("cuenta"),
      "identity-provider account (no password)": uniqueEmail("clerk"),
      "identity-provider account with an empty secret row": uniqueEmail("clerk-vacia"),
    };
    await account(paths["password account, wrong password"] as string);
    await account(paths["identity-provider account (no password)"] as string, {
      password: null,
      subject: `user_${randomBytes(6).toString("hex")}`,
    });
    await account(paths["identity-provider account with an empty secret row"] as string, {
      subject: `user_${randomBytes(6).toString("hex")}`,
    });
    await db.owner.query(
      "update app_private.profile_secrets s set password_hash = null from app_public.profiles p where p.id = s.profile_id and p.email = $1",
      [paths["identity-provider account with an empty secret row"]],
    );
  });

  it("hashes once, writes one row and takes the same locks on every path (first and later attempts)", async () => {
    for (const attemptNumber of [1, 2]) {
      const work: Record<string, Awaited<ReturnType<typeof workOf>>> = {};
      for (const [path, email] of Object.entries(paths)) {
        work[path] = await workOf(email, "not the password");
        // Later attempts find their earlier failure: commit one so the next round is a "second attempt".
        if (attemptNumber === 1) {
          await db.committed("anonymous", {}, (client) =>
            client.query("select app_public.authenticate($1, 'not the password')", [email]),
          );
        }
      }
      const reference = work["unknown address"];
      expect(reference?.signedIn).toBe(false);
      expect(reference?.functions).toContain("call public.crypt ×1");
      expect(reference?.functions.filter((f) => f.includes("gen_salt"))).toEqual([]);
      expect(reference?.writes).toHaveLength(1);
      for (const [path, found] of Object.entries(work)) {
        expect(found, `${path} (attempt ${attemptNumber})`).toEqual(reference);
      }
    }
  });

  it("still signs in with the right password (and then does more: a session)", async () => {
    const found = await workOf(paths["password account, wrong password"] as string, PASSWORD);
    expect(found.signedIn).toBe(true);
    expect(found.writes).toContain("inserted app_private.sessions ×1");
  });
});
