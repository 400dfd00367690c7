// Account mail with a dead link is never sent. A mail can wait in the outbox
// (paced under account_mail_rate, retried with back-off after an SMTP
// failure); meanwhile the link it carries can stop opening anything — the
// password was reset (every reset token of the account spent), the address
// verified, the registration completed, the invitation replaced, revoked or
// accepted. The send task asks, at send time, whether the link still opens
// something (app_private.account_message_link_valid, by the rule of the
// function that spends it); if not, the message is cancelled with
// LINK_NO_LONGER_VALID (not failed: nothing went wrong) and its token is
// forgotten. The send task runs by hand against a local SMTP server, then the
// real worker and API end to end.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEmailChannel } from "../tasks/outbox/channels/email.ts";
import { makeSendOutboundMessage } from "../tasks/outbox/send.ts";
import { type AccountMail, accountMailsTo } from "./helpers/account-mail.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { handJobHelpers } from "./helpers/job-helpers.ts";
import { MAIL_FROM, type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import { addMember, newOrganization } from "./helpers/organizations.ts";
import { linkIn, startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const PASSWORD = "correct horse battery";
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

describe("the send task, at send time", () => {
  let db: TestDatabase;
  let smtp: TestSmtp;
  beforeAll(async () => {
    db = await createTestDatabase(); // no worker: every mail waits until the test sends it
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    await db?.drop();
  });

  /** send_outbound_message run by hand: to the local SMTP server, or to a closed port (a retryable failure). */
  function send(id: string, options: { smtpDown?: boolean; pace?: boolean } = {}) {
    const mail = {
      smtpUrl: options.smtpDown ? "smtp://127.0.0.1:1" : smtp.url,
      from: MAIL_FROM,
      appUrl: "http://localhost:5678",
      logWhenNoSmtp: false,
    };
    const task = makeSendOutboundMessage({
      channels: { email: makeEmailChannel(mail) },
      appUrl: mail.appUrl,
      paceAccountMail: options.pace ?? false,
    });
    return task({ id }, handJobHelpers(db));
  }

  async function stateOf(id: string) {
    const { rows } = await db.owner.query(
      `select m.status, m.last_error_code, m.failed_at is not null as failed, m.provider_message_id is not null as sent,
              exists (select 1 from app_private.account_messages a where a.message_id = m.id) as token_kept
         from app_public.outbound_messages m where m.id = $1`,
      [id],
    );
    return rows[0];
  }
  const DEAD = {
    status: "cancelled",
    last_error_code: "LINK_NO_LONGER_VALID",
    failed: false,
    sent: false,
    token_kept: false,
  };

  async function account(label: string, options: { verified?: boolean } = {}) {
    const email = uniqueEmail(label);
    const { rows } = await db.owner.query(
      `insert into app_public.profiles (email, full_name, email_verified_at)
       values ($1, 'Camila Restrepo', case when $2::boolean then now() end) returning id`,
      [email, options.verified ?? true],
    );
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf', 4)))",
      [rows[0].id, PASSWORD],
    );
    return { id: rows[0].id as string, email };
  }
  const anonymous = async (sql: string, params: unknown[]) => {
    const outcome = await db.committed("anonymous", {}, (client) => client.query(sql, params));
    expect(outcome.ok, outcome.message).toBe(true);
    return outcome.value?.rows[0];
  };
  const asProfile = async (profileId: string, sql: string, params: unknown[] = []) => {
    const outcome = await db.committed("member", { session_id: await db.sessionFor(profileId) }, (client) =>
      client.query(sql, params),
    );
    expect(outcome.ok, outcome.message).toBe(true);
    return outcome.value?.rows[0];
  };
  const mailsOf = async (email: string, kind: string): Promise<AccountMail[]> =>
    (await accountMailsTo(db.owner, email)).filter((m) => m.kind === kind);

  it("password reset: a reset mail held by a retry goes out no more once the password was reset with another link", async () => {
    const { email } = await account("reset");
    await anonymous("select app_public.request_password_reset($1)", [email]);
    await anonymous("select app_public.request_password_reset($1)", [email]);
    const [first, second] = await mailsOf(email, "password_reset");
    // The second meets an SMTP failure: queued again, to be retried with back-off.
    await expect(send(second?.id as string, { smtpDown: true })).rejects.toThrow();
    expect(await stateOf(second?.id as string)).toMatchObject({ status: "queued", token_kept: true });
    // The first arrives, and its link resets the password (spending every reset link of the account).
    await send(first?.id as string);
    const mail = await smtp.next(email);
    const token = linkIn(mail, "/restablecer-contrasena").searchParams.get("token");
    expect(token).toBe(first?.token);
    expect((await anonymous("select app_public.reset_password($1, 'a-brand-new-password') as ok", [token])).ok).toBe(
      true,
    );
    // The retry: nothing is sent; the message is cancelled with its reason and its token forgotten.
    await send(second?.id as string);
    expect(await stateOf(second?.id as string)).toEqual(DEAD);
    expect(smtp.to(email)).toHaveLength(1);
  });

  it("password reset under the pace: a dead link is cancelled before it takes a slot; an expired one too", async () => {
    const { email } = await account("ritmo");
    await anonymous("select app_public.request_password_reset($1)", [email]);
    await anonymous("select app_public.request_password_reset($1)", [email]);
    const [spent, expired] = await mailsOf(email, "password_reset");
    await db.owner.query(
      "update app_private.password_reset_tokens set used_at = now() where token_hash = encode(digest($1, 'sha256'), 'hex')",
      [spent?.token],
    );
    await db.owner.query(
      "update app_private.password_reset_tokens set expires_at = now() - interval '1 second' where token_hash = encode(digest($1, 'sha256'), 'hex')",
      [expired?.token],
    );
    const slot = async () =>
      (await db.owner.query("select next_slot_at from app_private.account_mail_rate")).rows[0].next_slot_at;
    const before = await slot();
    for (const m of [spent, expired]) {
      await send(m?.id as string, { pace: true });
      expect(await stateOf(m?.id as string)).toEqual(DEAD);
    }
    expect(await slot()).toEqual(before);
    expect(smtp.to(email)).toEqual([]);
  });

  it("email verification: a held link is not sent once the address is verified (by another link, or by a password reset)", async () => {
    const { id, email } = await account("verificar", { verified: false });
    await asProfile(id, "select app_public.resend_email_verification()");
    await asProfile(id, "select app_public.resend_email_verification()");
    const [first, second] = await mailsOf(email, "verify_email");
    await asProfile(id, "select app_public.verify_email($1)", [first?.token]);
    await send(second?.id as string);
    expect(await stateOf(second?.id as string)).toEqual(DEAD);

    // Another account: its verification link is still unused when a password reset verifies the address.
    const other = await account("verificar-reset", { verified: false });
    await asProfile(other.id, "select app_public.resend_email_verification()");
    await anonymous("select app_public.request_password_reset($1)", [other.email]);
    const [verification] = await mailsOf(other.email, "verify_email");
    const [reset] = await mailsOf(other.email, "password_reset");
    await anonymous("select app_public.reset_password($1, 'a-brand-new-password')", [reset?.token]);
    await send(verification?.id as string);
    expect(await stateOf(verification?.id as string)).toEqual(DEAD);
    expect(smtp.to(email)).toEqual([]);
    expect(smtp.to(other.email)).toEqual([]);
  });

  it("registration: a held link is not sent once the address got its account through another registration", async () => {
    const email = uniqueEmail("registro");
    await anonymous("select app_public.register($1, $2, 'Primera')", [email, PASSWORD]);
    await anonymous("select app_public.register($1, 'another strong password', 'Segunda')", [email]);
    const [first, second] = await mailsOf(email, "confirm_registration");
    await anonymous("select app_public.complete_registration($1, $2)", [first?.token, PASSWORD]);
    await send(second?.id as string);
    expect(await stateOf(second?.id as string)).toEqual(DEAD);
    expect(smtp.to(email)).toEqual([]);
  });

  it("invitations: a replaced, a revoked and an accepted invitation's held mail is not sent; a pending one is", async () => {
    const org = await newOrganization(db, "dead-links");
    const admin = await account("admin");
    await addMember(db, org, admin.id, "admin");
    const invite = (email: string) =>
      asProfile(admin.id, "select app_public.invite_to_organization($1, $2, 'producer') as token", [org, email]);

    const replacedTo = uniqueEmail("reemplazada");
    await invite(replacedTo);
    await invite(replacedTo);
    const [replaced, replacement] = await mailsOf(replacedTo, "organization_invitation");

    const revokedTo = uniqueEmail("revocada");
    await invite(revokedTo);
    const [revoked] = await mailsOf(revokedTo, "organization_invitation");
    const { rows } = await db.owner.query(
      "select id from app_public.organization_invitations where email = $1 and revoked_at is null",
      [revokedTo],
    );
    await asProfile(admin.id, "select app_public.revoke_invitation($1)", [rows[0].id]);

    const invitee = await account("invitada");
    await invite(invitee.email);
    const [accepted] = await mailsOf(invitee.email, "organization_invitation");
    await asProfile(invitee.id, "select app_public.accept_invitation($1)", [accepted?.token]);

    for (const dead of [replaced, revoked, accepted]) {
      await send(dead?.id as string);
      expect(await stateOf(dead?.id as string)).toEqual(DEAD);
    }
    await send(replacement?.id as string);
    expect(await stateOf(replacement?.id as string)).toMatchObject({ status: "sent", sent: true });
    expect(smtp.to(replacedTo)).toHaveLength(1);
    expect(smtp.to(revokedTo)).toEqual([]);
    expect(smtp.to(invitee.email)).toEqual([]);
  });

  it("mail without a link (someone tried to register; the identity-provider notice) is sent as before", async () => {
    const { email } = await account("sin-enlace");
    await anonymous("select app_public.register($1, $2, 'Intruso')", [email, PASSWORD]);
    const clerk = uniqueEmail("clerk");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, auth_subject, email_verified_at) values ($1, 'Sofía', $2, now())",
      [clerk, `user_${randomBytes(6).toString("hex")}`],
    );
    await anonymous("select app_public.request_password_reset($1)", [clerk]);
    const [notice] = await mailsOf(email, "account_exists");
    const [noPassword] = await mailsOf(clerk, "password_reset");
    for (const m of [notice, noPassword]) {
      await send(m?.id as string);
      expect(await stateOf(m?.id as string)).toMatchObject({ status: "sent", sent: true, token_kept: false });
    }
    expect((await smtp.next(email)).subject).toBe("Alguien intentó registrarse con tu correo en FashionOS");
    expect((await smtp.next(clerk)).subject).toBe("Tu cuenta de FashionOS no usa contraseña");
  });
});

describe("end to end: a reset mail held by the pace after the password was reset (real API, worker and SMTP)", () => {
  let stack: MailStack;
  beforeAll(async () => {
    stack = await startMailStack({ RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "10000" });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("the first link resets the password; the second mail, waiting for its slot, is cancelled and never arrives", async () => {
    const { db, server, smtp } = stack;
    const email = uniqueEmail("e2e");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Camila Restrepo', now())",
      [email],
    );
    // One account mail every 4 seconds: the second reset mail waits for its slot.
    await db.owner.query(
      "update app_private.account_mail_rate set mails = 1, per = interval '4 seconds', next_slot_at = '-infinity'",
    );
    for (let i = 0; i < 2; i++) {
      const { body } = await server.graphql(operation("RequestPasswordReset"), { email });
      expect(body).toEqual({ data: { requestPasswordReset: { result: true } } });
    }
    const mail = await smtp.next(email);
    const token = linkIn(mail, "/restablecer-contrasena").searchParams.get("token");
    const reset = await server.graphql(operation("ResetPassword"), { token, password: "a-brand-new-password" });
    expect(reset.body).toEqual({ data: { resetPassword: { result: true } } });

    const states = async () =>
      (
        await db.owner.query(
          "select status, last_error_code from app_public.outbound_messages where recipient_address = $1 order by status",
          [email],
        )
      ).rows;
    await expect.poll(states, { timeout: 20_000, interval: 250 }).toEqual([
      { status: "cancelled", last_error_code: "LINK_NO_LONGER_VALID" },
      { status: "sent", last_error_code: null },
    ]);
    expect(smtp.to(email)).toHaveLength(1);
    await db.owner.query("update app_private.account_mail_rate set mails = 60, per = interval '1 minute'");
  });
});
