// Account mail through the outbox under real concurrent transactions (session
// 6's attack on account mail): requests for one address at once, and one
// one-time token used twice at once. The outbox holds each request's own
// message and token (app_private.account_messages); the hourly limit and
// single use must hold whichever transaction commits first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMailsTo } from "./helpers/account-mail.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { unique } from "./helpers/organizations.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

async function newProfile(): Promise<{ id: string; email: string }> {
  const email = `carrera-${unique()}@example.com`;
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Persona Carrera', now()) returning id",
    [email],
  );
  await db.owner.query(
    "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt('old password 123', gen_salt('bf', 4)))",
    [rows[0].id],
  );
  return { id: rows[0].id, email };
}

const RESET_REQUEST = "select app_public.request_password_reset($1) as ok";

describe("password reset", () => {
  it("one more request than the hourly limit, all at once, decided by jobs all at once: one message and token each up to the hourly limit, every answer the same", async () => {
    const { email } = await newProfile();
    const limit = (
      await db.owner.query("select password_reset_emails_per_hour as n from app_private.identity_settings()")
    ).rows[0].n as number;
    const results = await race(
      db,
      Array.from({ length: limit + 1 }, () => ({ role: "anonymous" as const, sql: RESET_REQUEST, params: [email] })),
    );
    expect(results.map((r) => r.rows[0]?.ok)).toEqual(Array(limit + 1).fill(true));
    // The account_request jobs decide, concurrently too (several workers): the limit holds.
    const requests = await db.owner.query<{ id: string }>(
      "select id from app_private.account_requests where email = $1::citext",
      [email],
    );
    expect(requests.rows).toHaveLength(limit + 1);
    const decided = await race(
      db,
      requests.rows.map(({ id }) => ({
        role: "owner" as const,
        sql: "select app_private.process_account_request($1) as outcome",
        params: [id],
      })),
    );
    expect(decided.map((r) => r.rows[0]?.outcome).sort()).toEqual(
      [...Array(limit).fill("password_reset"), "over_hourly_limit"].sort(),
    );
    const mails = await accountMailsTo(db.owner, email);
    expect(mails).toHaveLength(limit);
    // Each message carries its own token, each the token of one stored (hashed) reset.
    const tokens = new Set(mails.map((m) => m.token));
    expect(tokens.size).toBe(limit);
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_private.password_reset_tokens where email = $1 and used_at is null",
      [email],
    );
    expect(rows[0].n).toBe(limit);
  });

  it("one token used twice at once sets one password; the other use is refused NTFND", async () => {
    const { id, email } = await newProfile();
    await db.owner.query(RESET_REQUEST, [email]);
    const [mail] = await accountMailsTo(db.owner, email);
    const results = await race(db, [
      {
        role: "anonymous",
        sql: "select app_public.reset_password($1, $2) as ok",
        params: [mail?.token, "first new password"],
      },
      {
        role: "anonymous",
        sql: "select app_public.reset_password($1, $2) as ok",
        params: [mail?.token, "second new password"],
      },
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.code).toBe("NTFND");
    const winner = results[0]?.ok ? "first new password" : "second new password";
    const { rows } = await db.owner.query(
      "select password_hash = crypt($2, password_hash) as matches from app_private.profile_secrets where profile_id = $1",
      [id, winner],
    );
    expect(rows[0].matches).toBe(true);
  });
});

describe("email verification", () => {
  it("one verification token used twice at once verifies once; the other use is refused NTFND", async () => {
    const email = `verificar-${unique()}@example.com`;
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name) values ($1, 'Sin Verificar') returning id",
      [email],
    );
    const id = rows[0].id as string;
    const session = await db.sessionFor(id);
    await db.committed("member", { session_id: session }, (c) =>
      c.query("select app_public.resend_email_verification()"),
    );
    const mail = (await accountMailsTo(db.owner, email)).find((m) => m.kind === "verify_email");
    expect(mail?.token).toMatch(/^[0-9a-f]{32,}$/);
    const entrant = {
      role: "member" as const,
      claims: { session_id: session },
      sql: "select (app_public.verify_email($1)).email_verified_at is not null as verified",
      params: [mail?.token],
    };
    const results = await race(db, [entrant, entrant]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.code).toBe("NTFND");
  });
});
