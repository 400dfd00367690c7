// Identity over real HTTP (issue 11, items 4, 5 and 8b): the real server, the
// real worker sending account emails through nodemailer to a local SMTP server
// (smtp-server, parsed with mailparser), and Clerk webhooks signed with Svix.
// Registration follows the link in the mail (with the password chosen when
// registering); accounts whose address is unverified verify with their own
// session; the pre-hijack, unverified-email, late and replayed webhook kinds;
// invitations by mail.
import { randomBytes, randomUUID } from "node:crypto";
import { Logger as WorkerLogger } from "graphile-worker";
import { Webhook } from "svix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { loadMailConfig, MailConfigError } from "../tasks/mail/config.ts";
import { account } from "./helpers/accounts.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import type { TestServer } from "./helpers/server.ts";
import { linkIn, type TestSmtp } from "./helpers/smtp.ts";

const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const PASSWORD = "long-enough-password";

let stack: MailStack;
let db: TestDatabase;
let api: TestServer;
let smtp: TestSmtp;

beforeAll(async () => {
  stack = await startMailStack({
    CLERK_WEBHOOK_SECRET: SECRET,
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "10000",
  });
  ({ db, smtp, server: api } = stack);
});
afterAll(async () => {
  await stack?.close();
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;
const demo = account;

/** Register, then follow the mailed link with the same password: the session token it answers. */
async function registerAndConfirm(email: string, password = PASSWORD, fullName = "Valentina Restrepo") {
  const registered = await api.graphql(operation("Register"), { email, password, fullName });
  expect(registered.body).toEqual({ data: { register: { result: true } } });
  const link = linkIn(await smtp.next(email), "/confirmar-cuenta");
  const completed = await api.graphql(operation("CompleteRegistration"), {
    token: link.searchParams.get("token"),
    password,
  });
  expect(completed.body.errors).toBeUndefined();
  return completed.body.data?.completeRegistration.result as string;
}

/** An account whose address nobody verified (identity provider, or from before pending registrations), signed in. */
async function unverifiedAccountSignedIn(email: string, password = PASSWORD, fullName = "Cuenta Antigua") {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, $2) returning id",
    [email, fullName],
  );
  await db.owner.query(
    "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
    [rows[0].id, password],
  );
  return api.login(email, password);
}

/** Signs in with email and password through the API; null when refused. */
async function tryLogin(email: string, password: string): Promise<string | null> {
  const { body } = await api.graphql(operation("Login"), { email, password });
  return body.data?.authenticate?.result ?? null;
}

async function verifyByMail(email: string, token: string) {
  const mail = await smtp.next(email);
  const link = linkIn(mail, "/verificar-correo");
  const verified = await api.graphql(operation("VerifyEmail"), { token: link.searchParams.get("token") }, { token });
  expect(verified.body.errors).toBeUndefined();
  return verified;
}

describe("registration by email: the link and the password", () => {
  it("register → a mail over SMTP without the name → its link, with the password chosen, creates the verified account", async () => {
    const email = uniqueEmail("nueva");
    const registered = await api.graphql(operation("Register"), {
      email,
      password: PASSWORD,
      fullName: "Tu cuenta será suspendida: confirma tus datos en https://fashionos-soporte.example",
    });
    expect(registered.body).toEqual({ data: { register: { result: true } } });

    const mail = await smtp.next(email);
    expect(mail.parsed.from?.value[0]).toMatchObject({ name: "FashionOS", address: "no-reply@fashionos.test" });
    expect(mail.subject).toBe("Confirma tu cuenta de FashionOS");
    // The self-declared name is nowhere in the mail (attack-report M2).
    expect(mail.text.split("\n")[0]).toBe("Hola:");
    expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(/suspendida|fashionos-soporte/);
    const link = linkIn(mail, "/confirmar-cuenta");
    expect(link.origin).toBe(new URL(api.url).origin);
    const token = link.searchParams.get("token");
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.html).toContain(link.href.replace(/&/g, "&amp;"));

    // No account before the link is followed; the link alone (wrong password) makes none.
    expect(await tryLogin(email, PASSWORD)).toBeNull();
    const wrong = await api.graphql(operation("CompleteRegistration"), { token, password: "somebody else's" });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "INVALID_CREDENTIALS",
    });

    const completed = await api.graphql(operation("CompleteRegistration"), { token, password: PASSWORD });
    expect(completed.body.errors).toBeUndefined();
    const session = completed.body.data?.completeRegistration.result as string;
    const me = await api.graphql(operation("CurrentProfile"), {}, { token: session });
    expect(me.body.data?.currentProfile).toMatchObject({ email, emailVerifiedAt: expect.any(String) });
    expect(await tryLogin(email, PASSWORD)).toBeTruthy();
    // Used once.
    const again = await api.graphql(operation("CompleteRegistration"), { token, password: PASSWORD });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a stranger registering the address first, many times, neither blocks the owner nor changes anything", async () => {
    const email = uniqueEmail("bloqueada");
    for (let i = 0; i < 6; i++) {
      const stranger = await api.graphql(operation("Register"), {
        email,
        password: `stranger password ${i}`,
        fullName: "Extraño",
      });
      expect(stranger.body).toEqual({ data: { register: { result: true } } });
      await smtp.next(email);
    }
    const session = await registerAndConfirm(email, PASSWORD, "Dueña Real");
    const me = await api.graphql(operation("CurrentProfile"), {}, { token: session });
    expect(me.body.data?.currentProfile).toMatchObject({ email, fullName: "Dueña Real" });
    expect(await tryLogin(email, "stranger password 0")).toBeNull();
  });

  it("ResendEmailVerification mails a new link to a signed-in account whose address is unverified; the link verifies it", async () => {
    const email = uniqueEmail("resend");
    const token = await unverifiedAccountSignedIn(email);
    const resent = await api.graphql(operation("ResendEmailVerification"), {}, { token });
    expect(resent.body).toEqual({ data: { resendEmailVerification: { result: true } } });
    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Confirma tu correo en FashionOS");
    expect(mail.text).not.toContain("Cuenta Antigua");
    const link = linkIn(mail, "/verificar-correo");
    // The link alone, without a session, verifies nothing.
    const anonymous = await api.graphql(operation("VerifyEmail"), { token: link.searchParams.get("token") });
    expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    const verified = await api.graphql(operation("VerifyEmail"), { token: link.searchParams.get("token") }, { token });
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data?.verifyEmail.result).toMatchObject({ email, emailVerifiedAt: expect.any(String) });
  });

  it("an account whose address is unverified may sign in but not create an organization (FORBIDDEN, EMAIL_NOT_VERIFIED)", async () => {
    const email = uniqueEmail("limited");
    const token = await unverifiedAccountSignedIn(email);
    const created = await api.graphql(
      `mutation($slug: String!) { createOrganization(input: { name: "Mía", slug: $slug }) { result { rowId } } }`,
      { slug: `mia-${randomBytes(3).toString("hex")}` },
      { token },
    );
    expect(created.body.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", reason: "EMAIL_NOT_VERIFIED" });
    await api.graphql(operation("ResendEmailVerification"), {}, { token });
    await verifyByMail(email, token);
    const afterVerifying = await api.graphql(
      `mutation($slug: String!) { createOrganization(input: { name: "Mía", slug: $slug }) { result { rowId } } }`,
      { slug: `mia-${randomBytes(3).toString("hex")}` },
      { token },
    );
    expect(afterVerifying.body.errors).toBeUndefined();
  });
});

describe("register does not enumerate accounts", () => {
  it("an address with an account gets the same HTTP answer as a new one; its owner is told by mail, with no link", async () => {
    const owner = demo("medellin-fashion", "producer");
    const fresh = await api.graphql(operation("Register"), {
      email: uniqueEmail("fresh"),
      password: PASSWORD,
      fullName: "Nueva",
    });
    const taken = await api.graphql(operation("Register"), {
      email: owner.email.toUpperCase(),
      password: PASSWORD,
      fullName: "Intruso",
    });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    expect(taken.body).toEqual({ data: { register: { result: true } } });

    const notice = await smtp.next(owner.email);
    expect(notice.subject).toBe("Alguien intentó registrarse con tu correo en FashionOS");
    expect(notice.text).toContain(owner.fullName);
    expect(notice.text).not.toMatch(/verificar-correo|token=/);
    // The owner's password still works; the intruder's does not.
    expect(await tryLogin(owner.email, DEMO_PASSWORD)).toBeTruthy();
    expect(await tryLogin(owner.email, PASSWORD)).toBeNull();
  });
});

describe("Clerk webhooks (Svix-signed)", () => {
  interface ClerkEmail {
    id: string;
    email_address: string;
    verification: { status: string } | null;
  }
  interface ClerkUser {
    id: string;
    email_addresses?: ClerkEmail[];
    primary_email_address_id?: string;
    first_name?: string | null;
    last_name?: string | null;
    updated_at?: number;
    deleted?: boolean;
  }

  const user = (
    id: string,
    email: string,
    options: { verified?: boolean; name?: string; updatedAt?: number } = {},
  ): ClerkUser => ({
    id,
    email_addresses: [
      {
        id: "idn_1",
        email_address: email,
        verification: { status: options.verified === false ? "unverified" : "verified" },
      },
    ],
    primary_email_address_id: "idn_1",
    first_name: options.name ?? "Camila",
    last_name: "Ospina",
    updated_at: options.updatedAt ?? Date.now(),
  });

  async function deliver(type: string, data: ClerkUser, options: { svixId?: string; timestamp?: number } = {}) {
    const body = JSON.stringify({ type, object: "event", timestamp: options.timestamp ?? Date.now(), data });
    const svixId = options.svixId ?? `msg_${randomUUID()}`;
    const now = new Date();
    const response = await fetch(`${api.url}/webhooks/clerk`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "svix-id": svixId,
        "svix-timestamp": String(Math.floor(now.getTime() / 1000)),
        "svix-signature": new Webhook(SECRET).sign(svixId, now, body),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, svixId };
  }

  const bySubject = async (subject: string) =>
    (
      await db.owner.query(
        "select id, email::text, full_name, email_verified_at from app_public.profiles where auth_subject = $1",
        [subject],
      )
    ).rows;

  it("pre-hijack: an attacker holds an unverified account at the victim's address; the victim's verified Clerk identity takes it and the attacker's password and sessions are dropped", async () => {
    const victimEmail = uniqueEmail("victima");
    // An account the attacker made at the victim's address before pending registrations existed, signed in.
    const attackerToken = await unverifiedAccountSignedIn(victimEmail, "attacker's own password", "Atacante");
    const attackerSees = await api.graphql(operation("CurrentProfile"), {}, { token: attackerToken });
    expect(attackerSees.body.data?.currentProfile?.email).toBe(victimEmail);

    // The victim signs up at Clerk, which verified the address.
    const subject = `user_${randomUUID()}`;
    const linked = await deliver("user.created", user(subject, victimEmail, { name: "Victoria" }));
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ ok: true, outcome: "linked_password_dropped", profileId: expect.any(String) });

    // The attacker is out: their password no longer signs in, their session is refused.
    expect(await tryLogin(victimEmail, "attacker's own password")).toBeNull();
    const afterLink = await api.graphql(operation("CurrentProfile"), {}, { token: attackerToken });
    expect(afterLink.status).toBe(401);
    expect(afterLink.body.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "SESSION_REVOKED",
    });
    const { rows } = await db.owner.query(
      `select p.full_name, p.email_verified_at is not null as verified, s.password_hash
         from app_public.profiles p left join app_private.profile_secrets s on s.profile_id = p.id
        where p.auth_subject = $1`,
      [subject],
    );
    expect(rows).toEqual([{ full_name: "Victoria Ospina", verified: true, password_hash: null }]);
  });

  it("an attacker's pending registration of the victim's address dies when the victim's verified Clerk identity arrives", async () => {
    const victimEmail = uniqueEmail("victima-pendiente");
    await api.graphql(operation("Register"), {
      email: victimEmail,
      password: "attacker's own password",
      fullName: "X",
    });
    const attackerLink = linkIn(await smtp.next(victimEmail), "/confirmar-cuenta");
    const subject = `user_${randomUUID()}`;
    const created = await deliver("user.created", user(subject, victimEmail, { name: "Victoria" }));
    expect(created.body).toMatchObject({ ok: true, outcome: "created" });
    const late = await api.graphql(operation("CompleteRegistration"), {
      token: attackerLink.searchParams.get("token"),
      password: "attacker's own password",
    });
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(await tryLogin(victimEmail, "attacker's own password")).toBeNull();
  });

  it("a user.created whose email Clerk has not verified does not link to an existing account", async () => {
    const producer = demo("moda-bogota", "producer");
    const subject = `user_${randomUUID()}`;
    const response = await deliver("user.created", user(subject, producer.email, { verified: false }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, outcome: "not_linked_unverified" });
    expect(await bySubject(subject)).toEqual([]);
    const { rows } = await db.owner.query("select auth_subject from app_public.profiles where email = $1", [
      producer.email,
    ]);
    expect(rows).toEqual([{ auth_subject: null }]);
    expect(await tryLogin(producer.email, DEMO_PASSWORD)).toBeTruthy();
  });

  it("a new identity with an unverified email gets an unverified profile, verified by a later user.updated", async () => {
    const subject = `user_${randomUUID()}`;
    const email = uniqueEmail("clerk-new");
    const t0 = Date.now() - 60_000;
    await deliver("user.created", user(subject, email, { verified: false, updatedAt: t0 }));
    expect(await bySubject(subject)).toEqual([expect.objectContaining({ email, email_verified_at: null })]);
    await deliver("user.updated", user(subject, email, { verified: true, updatedAt: t0 + 1000 }));
    expect(await bySubject(subject)).toEqual([expect.objectContaining({ email, email_verified_at: expect.any(Date) })]);
  });

  it("after user.deleted, neither a late user.updated nor a redelivered user.created brings the profile back", async () => {
    const subject = `user_${randomUUID()}`;
    const email = uniqueEmail("borrada");
    const t0 = Date.now() - 60_000;
    const created = await deliver("user.created", user(subject, email, { updatedAt: t0 }));
    expect(created.body.outcome).toBe("created");
    const deleted = await deliver("user.deleted", { id: subject, deleted: true }, { timestamp: t0 + 2000 });
    expect(deleted.body).toMatchObject({ ok: true, outcome: "deleted" });
    expect(await bySubject(subject)).toEqual([]);

    // A user.updated that Clerk sent before the delete but that arrives after it.
    const late = await deliver("user.updated", user(subject, email, { updatedAt: t0 + 1000, name: "Tarde" }));
    // One that claims to be newer than the delete.
    const newer = await deliver("user.updated", user(subject, email, { updatedAt: t0 + 5000, name: "Nueva" }));
    // Svix retrying the original user.created (same svix-id), and a copy of it with a new svix-id.
    const redelivered = await deliver("user.created", user(subject, email, { updatedAt: t0 }), {
      svixId: created.svixId,
    });
    const copy = await deliver("user.created", user(subject, email, { updatedAt: t0 }));
    expect([late, newer, redelivered, copy].map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(late.body.outcome).toBe("ignored_deleted");
    expect(newer.body.outcome).toBe("ignored_deleted");
    expect(redelivered.body.outcome).toBe("duplicate");
    expect(copy.body.outcome).toBe("ignored_deleted");
    expect(await bySubject(subject)).toEqual([]);
    const { rows } = await db.owner.query("select 1 from app_public.profiles where email = $1", [email]);
    expect(rows).toEqual([]);
  });

  it("a user.deleted that arrives before its user.created still wins", async () => {
    const subject = `user_${randomUUID()}`;
    const t0 = Date.now() - 60_000;
    expect((await deliver("user.deleted", { id: subject, deleted: true }, { timestamp: t0 + 2000 })).body.outcome).toBe(
      "unknown",
    );
    const created = await deliver("user.created", user(subject, uniqueEmail("fantasma"), { updatedAt: t0 }));
    expect(created.body.outcome).toBe("ignored_deleted");
    expect(await bySubject(subject)).toEqual([]);
  });

  it("an event older than the last one applied for the user is ignored", async () => {
    const subject = `user_${randomUUID()}`;
    const email = uniqueEmail("orden");
    const t0 = Date.now() - 60_000;
    await deliver("user.created", user(subject, email, { updatedAt: t0, name: "Primera" }));
    await deliver("user.updated", user(subject, email, { updatedAt: t0 + 2000, name: "Tercera" }));
    const stale = await deliver("user.updated", user(subject, email, { updatedAt: t0 + 1000, name: "Segunda" }));
    expect(stale.body.outcome).toBe("ignored_stale");
    expect(await bySubject(subject)).toEqual([expect.objectContaining({ full_name: "Tercera Ospina" })]);
  });

  it("a redelivery (same svix-id) is answered without being applied again", async () => {
    const subject = `user_${randomUUID()}`;
    const email = uniqueEmail("replay");
    const first = await deliver("user.created", user(subject, email, { name: "Una" }));
    // Rename through the dashboard after the event.
    await db.owner.query("update app_public.profiles set full_name = 'Nombre Editado' where auth_subject = $1", [
      subject,
    ]);
    const replay = await deliver("user.created", user(subject, email, { name: "Una" }), { svixId: first.svixId });
    expect(replay.body).toMatchObject({ ok: true, outcome: "duplicate", profileId: first.body.profileId });
    expect(await bySubject(subject)).toEqual([expect.objectContaining({ full_name: "Nombre Editado" })]);
  });

  it("a created and a deleted delivered at the same moment never leave the profile behind", async () => {
    for (let i = 0; i < 5; i++) {
      const subject = `user_${randomUUID()}`;
      const t0 = Date.now() - 60_000;
      await Promise.all([
        deliver("user.created", user(subject, uniqueEmail("carrera"), { updatedAt: t0 })),
        deliver("user.deleted", { id: subject, deleted: true }, { timestamp: t0 + 1000 }),
      ]);
      expect(await bySubject(subject)).toEqual([]);
    }
  });
});

describe("invitations by email", () => {
  it("the invitation mail's link is accepted only by the invited address, verified; FORBIDDEN for anyone else", async () => {
    const ownerToken = await api.login(demo("moda-bogota", "owner").email, DEMO_PASSWORD);
    const email = uniqueEmail("invitada");
    const invited = await api.graphql(
      `mutation($org: UUID!, $email: String!) { inviteToOrganization(input: { organizationId: $org, email: $email, role: "producer" }) { result } }`,
      {
        org: (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id,
        email,
      },
      { token: ownerToken },
    );
    expect(invited.body.errors).toBeUndefined();

    const mail = await smtp.next(email);
    // No free text the inviter typed in the subject or the first lines; quoted and labelled further down.
    expect(mail.subject).toBe("Tienes una invitación a una organización en FashionOS");
    expect(mail.text).toContain("rol de productor");
    expect(mail.text).toContain("«Moda Bogotá Producciones»");
    const link = linkIn(mail, "/invitacion");
    const invitationToken = link.searchParams.get("token");
    expect(invitationToken).toBe(invited.body.data?.inviteToOrganization.result);

    // A verified member of another agency who got hold of the link.
    const intruder = await api.login(demo("medellin-fashion", "viewer").email, DEMO_PASSWORD);
    const stolen = await api.graphql(operation("AcceptInvitation"), { token: invitationToken }, { token: intruder });
    expect(stolen.body.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", reason: "NOT_ALLOWED" });

    // The invitee creates an account with the invited address (its link verifies it) and accepts.
    const inviteeToken = await registerAndConfirm(email, PASSWORD, "Invitada");
    const accepted = await api.graphql(
      operation("AcceptInvitation"),
      { token: invitationToken },
      { token: inviteeToken },
    );
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation.result).toMatchObject({
      role: "producer",
      organization: { slug: "moda-bogota" },
    });

    const list = await api.graphql(
      `{ organizationInvitations(orderBy: [CREATED_AT_DESC], first: 1) { nodes { email status acceptor { email } } } }`,
      {},
      { token: ownerToken },
    );
    expect(list.body.data?.organizationInvitations.nodes).toEqual([{ email, status: "accepted", acceptor: { email } }]);
  });
});

describe("mail configuration", () => {
  // Account mail without SMTP_URL (the development log, production retries): test/account-outbox.test.ts.
  it("configuration: SMTP_URL must be smtp(s)://, the log fallback is off in production", () => {
    expect(() => loadMailConfig({ SMTP_URL: "http://mail.example.com" })).toThrow(MailConfigError);
    expect(loadMailConfig({})).toMatchObject({ smtpUrl: null, logWhenNoSmtp: true, appUrl: "http://localhost:5678" });
    expect(loadMailConfig({ NODE_ENV: "production", APP_URL: "https://app.fashionos.co/" })).toMatchObject({
      logWhenNoSmtp: false,
      appUrl: "https://app.fashionos.co",
    });
  });
});
