// Account mail through the outbox (issue 19): registration, verification,
// "account exists", organization invitations and password reset are
// outbound_messages rows sent by send_outbound_message, and their one-time
// tokens are never readable through the API — not by the owner or an admin
// of an organization the person belongs to, not by the person, not by
// another agency — nor kept in the stored mail once it is sent. Real
// Postgres as the API's roles; the worker sends to a local SMTP server.
import { randomBytes } from "node:crypto";
import type { JobHelpers } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVELOPMENT_MAIL_LABEL } from "../tasks/mail/mailer.ts";
import { makeDrainAccountEmail } from "../tasks/mail/send-account-email.ts";
import { REDACTED_TOKEN } from "../tasks/outbox/account.ts";
import { makeEmailChannel } from "../tasks/outbox/channels/email.ts";
import { makeSendOutboundMessage } from "../tasks/outbox/send.ts";
import type { Worker } from "../tasks/runner.ts";
import { accountMailsTo, processAccountRequests } from "./helpers/account-mail.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { handJobHelpers } from "./helpers/job-helpers.ts";
import { MAIL_FROM, startMailWorker } from "./helpers/mail-stack.ts";
import { addMember, newOrganization, unique } from "./helpers/organizations.ts";
import { linkIn, startTestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const uniqueEmail = (label: string) => `${label}-${unique()}@example.com`;

async function newProfile(label: string, verified = true) {
  const email = uniqueEmail(label);
  const { rows } = await db.owner.query(
    `insert into app_public.profiles (email, full_name, email_verified_at)
     values ($1, $2, case when $3 then now() end) returning id`,
    [email, `Persona ${label}`, verified],
  );
  return { id: rows[0].id as string, email };
}

/** Runs as a signed-in member and commits. */
async function asMember<T>(profileId: string, fn: (client: import("pg").PoolClient) => Promise<T>): Promise<T> {
  const outcome = await db.committed("member", { session_id: await db.sessionFor(profileId) }, fn);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value as T;
}

/** Everything a request role can read of the outbox, as one string. */
async function readableOutbox(profileId: string): Promise<{ rows: Record<string, unknown>[]; text: string }> {
  return db.asProfile(profileId, async (client) => {
    const { rows } = await client.query("select * from app_public.outbound_messages");
    return { rows, text: JSON.stringify(rows) };
  });
}

/** The send task run by hand, with a logger that records what it writes. */
function handRun(options: { smtpUrl: string | null; logWhenNoSmtp: boolean }) {
  const mail = { ...options, from: MAIL_FROM, appUrl: "http://localhost:5678" };
  const task = makeSendOutboundMessage({ channels: { email: makeEmailChannel(mail) }, appUrl: mail.appUrl });
  const lines: { level: string; message: string; meta?: unknown }[] = [];
  const helpers = handJobHelpers(db, (level, message, meta) => lines.push({ level, message, meta }));
  return { run: (id: string) => task({ id }, helpers), lines };
}

/**
 * A live verification token of the account with this address (made unverified when there is none), as
 * issue_email_verification stores it: a mail carrying it has a link that still opens something.
 */
async function liveVerificationToken(email: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await db.owner.query(
    `with profile as (
       insert into app_public.profiles (email, full_name) values ($1, 'Por Verificar')
       on conflict (email) do update set email = excluded.email returning id, email)
     insert into app_private.email_verification_tokens (profile_id, email, token_hash, expires_at)
     select id, email, encode(digest($2, 'sha256'), 'hex'), now() + interval '1 hour' from profile`,
    [email, token],
  );
  return token;
}

/** Enqueues a verify_email mail and removes its job (the test sends it by hand); its id and token. */
async function enqueuedByHand(email: string, locale = "en") {
  const token = await liveVerificationToken(email);
  const client = await db.owner.connect();
  try {
    await client.query("begin");
    await client.query("select app_private.enqueue_account_email('verify_email', $1, $2, $3)", [
      email,
      locale,
      { token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
    ]);
    const { rows } = await client.query(
      "select id from app_public.outbound_messages where purpose = 'account' and recipient_address = $1",
      [email],
    );
    await client.query("delete from graphile_worker._private_jobs where key = $1", [`outbound_message:${rows[0].id}`]);
    await client.query("commit");
    return { id: rows[0].id as string, token };
  } finally {
    client.release();
  }
}

describe("account mail is an outbox message whose token no request role can read", () => {
  it("reset, verification and invitation: rows exist, tokens only in app_private; owner, admin, the person and another agency read neither", async () => {
    const org = await newOrganization(db, "cuenta");
    const owner = await newProfile("owner");
    const admin = await newProfile("admin");
    const person = await newProfile("persona", false);
    await addMember(db, org, owner.id, "owner");
    await addMember(db, org, admin.id, "admin");
    await addMember(db, org, person.id, "viewer");
    const otherOrg = await newOrganization(db, "otra");
    const stranger = await newProfile("otra-agencia");
    await addMember(db, otherOrg, stranger.id, "owner");

    // A password reset (anonymous), a verification link (the person) and an invitation (the admin).
    const reset = await db.committed("anonymous", {}, (client) =>
      client.query("select app_public.request_password_reset($1)", [person.email]),
    );
    expect(reset.ok).toBe(true);
    await asMember(person.id, (client) => client.query("select app_public.resend_email_verification()"));
    const invited = uniqueEmail("invitada");
    await asMember(admin.id, (client) =>
      client.query("select app_public.invite_to_organization($1, $2, 'producer')", [org, invited]),
    );

    // The owner sees three account messages, each with its token in app_private only.
    const mails = [...(await accountMailsTo(db.owner, person.email)), ...(await accountMailsTo(db.owner, invited))];
    expect(mails.map((m) => m.kind).sort()).toEqual(["organization_invitation", "password_reset", "verify_email"]);
    const tokens = mails.map((m) => m.token as string);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{48,64}$/);
    const { rows: stored } = await db.owner.query(
      "select to_jsonb(m) as row from app_public.outbound_messages m where id = any($1)",
      [mails.map((m) => m.id)],
    );
    for (const { row } of stored) {
      expect(row).toMatchObject({
        purpose: "account",
        recipient_kind: "account",
        organization_id: null,
        urgent: true,
        status: "queued",
      });
      for (const token of tokens) expect(JSON.stringify(row)).not.toContain(token);
    }

    // Every request role: no account message, no token, no private table.
    for (const reader of [owner, admin, person, stranger]) {
      const { rows, text } = await readableOutbox(reader.id);
      expect(rows.filter((r) => r.purpose === "account")).toEqual([]);
      for (const token of tokens) expect(text).not.toContain(token);
      await db.asProfile(reader.id, async (client) => {
        const denied = await attempt(client, "select token from app_private.account_messages");
        expect(denied.code).toBe("42501");
      });
    }
    await db.asAnonymous(async (client) => {
      expect((await attempt(client, "select * from app_public.outbound_messages")).code).toBe("42501");
    });
  });

  it("a second reset request is a second message with a new token (each request is its own cause)", async () => {
    const person = await newProfile("dos-veces");
    for (let i = 0; i < 2; i++) {
      const outcome = await db.committed("anonymous", {}, (client) =>
        client.query("select app_public.request_password_reset($1)", [person.email]),
      );
      expect(outcome.ok).toBe(true);
    }
    await processAccountRequests(db.owner); // what the account_request jobs do
    const { rows } = await db.owner.query(
      `select m.cause_kind, m.cause_id, m.profile_id, a.token from app_public.outbound_messages m
         join app_private.account_messages a on a.message_id = m.id
        where m.recipient_address = $1 and m.template_key = 'password_reset'`,
      [person.email],
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.cause_kind)).toEqual(["account_request", "account_request"]);
    expect(new Set(rows.map((r) => r.cause_id)).size).toBe(2);
    expect(new Set(rows.map((r) => r.token)).size).toBe(2);
    expect(rows.every((r) => r.profile_id === person.id)).toBe(true);
    // A registration has no account yet: its recipient id is its own cause.
    const email = uniqueEmail("pendiente");
    await db.committed("anonymous", {}, (client) =>
      client.query("select app_public.register($1, 'correct horse battery', 'Pendiente')", [email]),
    );
    await processAccountRequests(db.owner);
    const { rows: pending } = await db.owner.query(
      "select profile_id, recipient_id = cause_id as own_cause from app_public.outbound_messages where recipient_address = $1",
      [email],
    );
    expect(pending).toEqual([{ profile_id: null, own_cause: true }]);
  });

  it("is claimed at any hour and despite an opt-out for the address: the person asked for it", async () => {
    const person = await newProfile("sin-pausa");
    const org = await newOrganization(db, "optout");
    // An organization's quiet hours all day and an opt-out from everything for this address.
    await db.owner.query(
      "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end, daily_cap) values ($1, '00:00', '23:59', 1)",
      [org],
    );
    await db.owner.query(
      `insert into app_public.communication_opt_outs (organization_id, channel, recipient_kind, recipient_id, address, source)
       values ($1, 'email', 'account', $2, $3, 'unsubscribe_link')`,
      [org, person.id, person.email],
    );
    const { id } = await enqueuedByHand(person.email);
    const { rows } = await db.owner.query("select app_private.outbox_claim($1) as claim", [id]);
    expect(rows[0].claim).toMatchObject({ action: "send" });
    await db.owner.query("update app_public.outbound_messages set status = 'cancelled' where id = $1", [id]);
  });
});

describe("sending account mail through the outbox", () => {
  let worker: Worker;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    worker = await startMailWorker(db, { smtpUrl: smtp.url, appUrl: "http://localhost:5678" });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
  });

  it("the mail carries the link; the stored copy shows it redacted; the token is gone; no List-Unsubscribe", async () => {
    const person = await newProfile("enviada");
    await db.committed("anonymous", {}, (client) =>
      client.query("select app_public.request_password_reset($1)", [person.email]),
    );
    const mail = await smtp.next(person.email);
    const token = linkIn(mail, "/restablecer-contrasena").searchParams.get("token") as string;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.subject).toBe("Restablece tu contraseña de FashionOS");
    expect(mail.parsed.headers.get("list-unsubscribe")).toBeUndefined();
    expect(mail.text).not.toMatch(/unsubscribe|suscripción/i);

    await expect
      .poll(async () => (await accountMailsTo(db.owner, person.email))[0]?.status, { timeout: 10_000 })
      .toBe("sent");
    const { rows } = await db.owner.query(
      `select m.rendered_subject, m.rendered_body, m.rendered_html, m.variables,
              exists (select 1 from app_private.account_messages a where a.message_id = m.id) as token_kept
         from app_public.outbound_messages m where m.recipient_address = $1`,
      [person.email],
    );
    const row = rows[0];
    expect(row.token_kept).toBe(false);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.rendered_body).toContain(`/restablecer-contrasena?token=${REDACTED_TOKEN}`);
    expect(row.rendered_html).toContain(`token=${REDACTED_TOKEN}`);
  });

  it("a send_account_email job queued by the previous version is moved into the outbox and sent", async () => {
    const email = uniqueEmail("heredada");
    const token = await liveVerificationToken(email);
    await db.owner.query("select graphile_worker.add_job('send_account_email', $1::json, max_attempts => 10)", [
      JSON.stringify({
        kind: "verify_email",
        to: email,
        locale: "es-CO",
        token,
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    ]);
    const mail = await smtp.next(email);
    expect(linkIn(mail, "/verificar-correo").searchParams.get("token")).toBe(token);
    await expect
      .poll(async () => (await accountMailsTo(db.owner, email)).map((m) => [m.kind, m.status, m.token]), {
        timeout: 10_000,
      })
      .toEqual([["verify_email", "sent", null]]);
  });
});

describe("account mail without SMTP_URL", () => {
  it("in development the email channel writes the mail and its link to the log, labelled as not sent", async () => {
    const email = uniqueEmail("dev");
    const { id, token } = await enqueuedByHand(email);
    const { run, lines } = handRun({ smtpUrl: null, logWhenNoSmtp: true });
    await run(id);
    const logged = lines.filter((l) => l.message.includes(DEVELOPMENT_MAIL_LABEL));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toContain(`http://localhost:5678/verificar-correo?token=${token}&lang=en`);
    expect(logged[0]?.message).toContain("Confirm your email on FashionOS");
    const [mail] = await accountMailsTo(db.owner, email);
    expect(mail).toMatchObject({ status: "sent", token: null });
  });

  it("in production the message waits (retried with back-off), its token kept, nothing logged", async () => {
    const email = uniqueEmail("prod");
    const { id, token } = await enqueuedByHand(email);
    const { run, lines } = handRun({ smtpUrl: null, logWhenNoSmtp: false });
    await expect(run(id)).rejects.toThrow(/SMTP_URL/);
    expect(lines.map((l) => l.message).join("\n")).not.toContain(token);
    const [mail] = await accountMailsTo(db.owner, email);
    expect(mail).toMatchObject({ status: "queued", token });
    const { rows } = await db.owner.query("select last_error_code from app_public.outbound_messages where id = $1", [
      id,
    ]);
    expect(rows[0].last_error_code).toBe("SMTP_NOT_CONFIGURED");
  });

  it("the drain task reads a legacy payload it cannot read as nothing, and logs no part of it", async () => {
    const lines: string[] = [];
    const log = (message: string) => lines.push(message);
    const helpers = { logger: { info: log, error: log, warn: log, debug: log } } as unknown as JobHelpers;
    const secret = randomBytes(32).toString("hex");
    await makeDrainAccountEmail()({ kind: "unknown", to: "x@example.com", token: secret }, helpers);
    expect(lines.join("\n")).toContain("dropped a payload");
    expect(lines.join("\n")).not.toContain(secret);
  });
});
