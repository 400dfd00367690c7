// Password reset by email (issue 14): the real server, the real worker
// sending through nodemailer to a local SMTP server. The token is stored
// hashed, expires, works once; a reset signs the account out everywhere;
// the answer never tells whether an address has an account; identity-provider
// accounts are told they have no password; the mails per hour are bounded.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAccounts } from "../server/http/installRateLimits.ts";
import { renderAccountEmail } from "../tasks/mail/templates.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";
import { linkIn, type TestSmtp } from "./helpers/smtp.ts";

const PASSWORD = "long-enough-password";
const NEW_PASSWORD = "a-brand-new-password";

let stack: MailStack;
let db: TestDatabase;
let api: TestServer;
let smtp: TestSmtp;

beforeAll(async () => {
  stack = await startMailStack({ RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "10000" });
  ({ db, smtp, server: api } = stack);
});
afterAll(async () => {
  await stack?.close();
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

/** A verified account with a password, as a registered and confirmed person has. */
async function account(label: string, options: { verified?: boolean } = {}) {
  const email = uniqueEmail(label);
  const { rows } = await db.owner.query(
    `insert into app_public.profiles (email, full_name, email_verified_at)
     values ($1, 'Camila Restrepo', case when $2 then now() end) returning id`,
    [email, options.verified ?? true],
  );
  await db.owner.query(
    "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf', 4)))",
    [rows[0].id, PASSWORD],
  );
  return { id: rows[0].id as string, email };
}

async function requestReset(email: string) {
  const { body } = await api.graphql(operation("RequestPasswordReset"), { email });
  expect(body).toEqual({ data: { requestPasswordReset: { result: true } } });
}

async function resetLink(email: string) {
  await requestReset(email);
  const mail = await smtp.next(email);
  return { mail, token: linkIn(mail, "/restablecer-contrasena").searchParams.get("token") ?? "" };
}

async function tryLogin(email: string, password: string): Promise<string | null> {
  const { body } = await api.graphql(operation("Login"), { email, password });
  return body.data?.authenticate?.result ?? null;
}

describe("password reset by email", () => {
  it("mails a link; the token is stored hashed; the new password works, the old does not, every session is revoked", async () => {
    const { id, email } = await account("olvido");
    const before = await api.login(email, PASSWORD);
    const { mail, token } = await resetLink(email);
    expect(mail.subject).toBe("Restablece tu contraseña de FashionOS");
    expect(mail.text).toContain("Hola, Camila Restrepo:");
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.html).toContain(`/restablecer-contrasena?token=${token}`);

    // Only the SHA-256 of the token is stored.
    const stored = await db.owner.query(
      "select token_hash, expires_at - created_at as ttl from app_private.password_reset_tokens where profile_id = $1",
      [id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(stored.rows[0].ttl).toMatchObject({ hours: 1 });

    const reset = await api.graphql(operation("ResetPassword"), { token, password: NEW_PASSWORD });
    expect(reset.body).toEqual({ data: { resetPassword: { result: true } } });
    expect(await tryLogin(email, PASSWORD)).toBeNull();
    expect(await tryLogin(email, NEW_PASSWORD)).toEqual(expect.any(String));
    // The session from before the reset no longer works.
    const me = await api.graphql("{ currentProfile { rowId } }", {}, { token: before });
    expect(me.body.data?.currentProfile).toBeNull();

    // Single use.
    const again = await api.graphql(operation("ResetPassword"), { token, password: "yet-another-password" });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(await tryLogin(email, NEW_PASSWORD)).toEqual(expect.any(String));
  });

  it("a newer link does not revive an older one after a reset; an expired link fails", async () => {
    const { id, email } = await account("dos-enlaces");
    const first = await resetLink(email);
    const second = await resetLink(email);
    expect(first.token).not.toBe(second.token);
    const used = await api.graphql(operation("ResetPassword"), { token: second.token, password: NEW_PASSWORD });
    expect(used.body.errors).toBeUndefined();
    // The other outstanding link was spent with it.
    const stale = await api.graphql(operation("ResetPassword"), { token: first.token, password: "someone-elses-pass" });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });

    const third = await resetLink(email);
    await db.owner.query(
      "update app_private.password_reset_tokens set expires_at = now() - interval '1 second' where profile_id = $1 and used_at is null",
      [id],
    );
    const expired = await api.graphql(operation("ResetPassword"), {
      token: third.token,
      password: "too-late-password",
    });
    expect(expired.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(await tryLogin(email, NEW_PASSWORD)).toEqual(expect.any(String));
  });

  it("a weak new password is refused and spends nothing", async () => {
    const { email } = await account("debil");
    const { token } = await resetLink(email);
    const weak = await api.graphql(operation("ResetPassword"), { token, password: "short" });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "WEAK_PASSWORD" });
    const good = await api.graphql(operation("ResetPassword"), { token, password: NEW_PASSWORD });
    expect(good.body.errors).toBeUndefined();
  });

  it("answers the same for an unknown address, and mails it nothing", async () => {
    const nobody = uniqueEmail("nadie");
    await requestReset(nobody);
    const { email } = await account("alguien");
    await requestReset(email);
    await smtp.next(email);
    expect(smtp.to(nobody)).toEqual([]);
    const bad = await api.graphql(operation("RequestPasswordReset"), { email: "not-an-address" });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "INVALID_EMAIL" });
  });

  it("an identity-provider account without a password is told so, with no link", async () => {
    const email = uniqueEmail("clerk");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, auth_subject, email_verified_at) values ($1, 'Sofía Clerk', $2, now())",
      [email, `user_${randomBytes(6).toString("hex")}`],
    );
    await requestReset(email);
    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Tu cuenta de FashionOS no usa contraseña");
    expect(mail.text).not.toContain("/restablecer-contrasena");
  });

  it("at most five mails per account an hour; the sixth request answers the same and mails nothing", async () => {
    const { email } = await account("muchas");
    for (let i = 0; i < 6; i++) await requestReset(email);
    for (let i = 0; i < 5; i++) await smtp.next(email);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(smtp.to(email)).toHaveLength(5);
  });

  it("a reset proves the mailbox: an unverified account ends verified", async () => {
    const { id, email } = await account("sin-verificar", { verified: false });
    const { token } = await resetLink(email);
    await api.graphql(operation("ResetPassword"), { token, password: NEW_PASSWORD });
    const { rows } = await db.owner.query("select email_verified_at from app_public.profiles where id = $1", [id]);
    expect(rows[0].email_verified_at).toBeInstanceOf(Date);
  });

  it("reset requests and resets spend the sign-in budgets (per account, and per address for the token)", async () => {
    const query = `mutation($e: String!) {
      a: requestPasswordReset(input: { email: $e }) { result }
      b: requestPasswordReset(input: { email: "Otra@Example.com" }) { result }
      c: resetPassword(input: { token: "x", password: "y" }) { result }
    }`;
    expect(signInAccounts(query, { e: "Ana@Example.com" }, 1000)).toEqual(["ana@example.com", "otra@example.com", "?"]);
    // Over the per-account budget: RATE_LIMITED (HTTP 429) before anything runs.
    const limited = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "2", RATE_LIMIT_IP_PER_MINUTE: "10000" });
    try {
      const email = uniqueEmail("presupuesto");
      const answers = [];
      for (let i = 0; i < 3; i++)
        answers.push((await limited.graphql(operation("RequestPasswordReset"), { email })).status);
      expect(answers).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("the English mail for an English-speaking account", async () => {
    const rendered = await renderAccountEmail(
      {
        kind: "password_reset",
        to: "ana@example.com",
        locale: "en",
        name: "Ana",
        viaIdentityProvider: false,
        token: "a".repeat(64),
        expiresAt: "2030-01-01T12:00:00Z",
      },
      "https://app.fashionos.test",
    );
    expect(rendered.subject).toBe("Reset your FashionOS password");
    expect(rendered.link).toBe(`https://app.fashionos.test/restablecer-contrasena?token=${"a".repeat(64)}`);
    expect(rendered.text).toContain("7:00 AM"); // 12:00 UTC in Bogotá
  });
});
