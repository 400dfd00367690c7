// Personal data and secrets are deleted once no function can use them (Ley 1581's purpose principle):
// app_private.purge_expired_secrets(), run hourly by the worker's crontab (tasks/purge-expired.ts).
// Before it, an unfollowed registration kept its name, address and password hash for ever.
import { parseCrontab } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crontab } from "../tasks/index.ts";
import { purgeExpiredSecrets } from "../tasks/purge-expired.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { handJobHelpers } from "./helpers/job-helpers.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("purge_expired_secrets", () => {
  it("purges every app_private table with an expires_at column (a new one cannot be forgotten)", async () => {
    const { rows: tables } = await db.owner.query<{ table_name: string }>(
      `select c.table_name from information_schema.columns c
         join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'app_private' and c.column_name = 'expires_at' and t.table_type = 'BASE TABLE'
        order by 1`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const { rows } = await db.owner.query<{ def: string }>(
      "select pg_get_functiondef('app_private.purge_expired_secrets()'::regprocedure) as def",
    );
    const definition = rows[0]?.def ?? "";
    for (const { table_name } of tables) {
      expect(definition, `app_private.${table_name} has expires_at but is never purged`).toMatch(
        new RegExp(`delete from app_private\\.${table_name}\\b`),
      );
    }
  });

  it("is run hourly by the worker's crontab", () => {
    const item = parseCrontab(crontab).find((i) => i.task === "purge_expired_secrets");
    expect(item, "purge_expired_secrets is not in the crontab").toBeDefined();
    expect(item?.options.maxAttempts).toBe(1);
  });

  it("deletes what nothing can use any more and keeps what still can", async () => {
    const { rows: profiles } = await db.owner.query<{ id: string; email: string }>(
      "select id, email::text from app_public.profiles order by created_at limit 1",
    );
    const profile = profiles[0];
    if (!profile) throw new Error("the seed has no profile");
    const ago = (interval: string) => `now() - interval '${interval}'`;
    const later = (interval: string) => `now() + interval '${interval}'`;
    const marked = async (sql: string): Promise<string> => {
      const { rows } = await db.owner.query<{ id: string }>(`${sql} returning id::text`);
      return rows[0]?.id as string;
    };
    const registration = (expires: string) =>
      marked(`insert into app_private.pending_registrations (email, full_name, password_hash, token_hash, expires_at)
              values ('nobody-${Math.random()}@example.test', 'Nadie', crypt('x', gen_salt('bf', 4)), md5(random()::text), ${expires})`);
    const token = (table: string, created: string, expires: string, used: string) =>
      marked(`insert into app_private.${table} (profile_id, email, token_hash, created_at, expires_at, used_at)
              values ('${profile.id}', '${profile.email}', md5(random()::text), ${created}, ${expires}, ${used})`);
    const session = (expires: string, revoked: string) =>
      marked(`insert into app_private.sessions (profile_id, created_at, expires_at, revoked_at)
              values ('${profile.id}', ${ago("40 days")}, ${expires}, ${revoked})`);
    const request = (created: string) =>
      marked(`insert into app_private.account_requests (kind, email, created_at)
              values ('password_reset', 'someone@example.test', ${created})`);

    const gone = [
      ["pending_registrations", await registration(ago("1 minute"))],
      ["password_reset_tokens", await token("password_reset_tokens", ago("2 days"), ago("47 hours"), "null")],
      ["password_reset_tokens", await token("password_reset_tokens", ago("2 days"), later("1 hour"), ago("2 days"))],
      ["email_verification_tokens", await token("email_verification_tokens", ago("3 days"), ago("1 day"), "null")],
      ["sessions", await session(ago("2 days"), "null")],
      ["sessions", await session(later("20 days"), ago("2 days"))],
      ["account_requests", await request(ago("25 hours"))],
    ] as const;
    const kept = [
      ["pending_registrations", await registration(later("1 hour"))],
      // Spent within the last day: the hourly limits still count it.
      [
        "password_reset_tokens",
        await token("password_reset_tokens", ago("30 minutes"), later("30 minutes"), ago("5 minutes")),
      ],
      ["password_reset_tokens", await token("password_reset_tokens", ago("2 days"), later("1 hour"), "null")],
      ["email_verification_tokens", await token("email_verification_tokens", ago("2 hours"), ago("1 hour"), "null")],
      ["sessions", await session(later("20 days"), "null")],
      ["sessions", await session(ago("1 hour"), "null")],
      ["sessions", await session(later("20 days"), ago("1 hour"))],
      ["account_requests", await request(ago("1 minute"))],
    ] as const;

    const logged: string[] = [];
    await purgeExpiredSecrets(
      {},
      handJobHelpers(db, (_level, message) => logged.push(message)),
    );

    const exists = async (table: string, id: string) =>
      (await db.owner.query(`select 1 from app_private.${table} where id = $1`, [id])).rowCount === 1;
    for (const [table, id] of gone) expect(await exists(table, id), `${table} ${id} should be purged`).toBe(false);
    for (const [table, id] of kept) expect(await exists(table, id), `${table} ${id} should be kept`).toBe(true);
    expect(logged.join("\n")).toMatch(/purged .*pending_registrations/);

    // Twice is harmless: the second run finds nothing of these left.
    await purgeExpiredSecrets({}, handJobHelpers(db));
    for (const [table, id] of kept) expect(await exists(table, id)).toBe(true);
  });

  it("is not callable by the API's roles", async () => {
    const { anonymous, member, authenticator } = db.settings.roles;
    for (const role of [anonymous, member, authenticator]) {
      const { rows } = await db.owner.query<{ allowed: boolean }>(
        "select has_function_privilege($1, 'app_private.purge_expired_secrets()', 'execute') as allowed",
        [role],
      );
      expect(rows[0]?.allowed, role).toBe(false);
    }
  });
});
