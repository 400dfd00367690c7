// Email ownership (issue 11 items 5 and 8b; attack-report M4), in the
// database. A registration keeps its own name and password with its own
// link's token until that link is followed with that password; only then is
// there an account, and it is that registration's. Nobody's registration
// changes or blocks anybody else's. Register answers the same for every
// address and enqueues the right mail in its own transaction. Accounts whose
// address is not verified (identity-provider ones, or from before pending
// registrations) verify with a token and their own session.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMailsTo } from "./helpers/account-mail.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;
const PASSWORD = "correct horse battery";
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function register(email: string, password = PASSWORD, fullName = "Valentina Restrepo") {
  return db.committed("anonymous", {}, async (client) => {
    const { rows } = await client.query("select app_public.register($1, $2, $3) as result", [
      email,
      password,
      fullName,
    ]);
    return rows[0].result as boolean;
  });
}

async function profileOf(email: string) {
  const { rows } = await db.owner.query(
    "select id, full_name, email_verified_at, auth_subject from app_public.profiles where email = $1::citext",
    [email],
  );
  return rows[0] as { id: string; full_name: string; email_verified_at: Date | null; auth_subject: string | null };
}

/** The account mail enqueued for an address (outbox messages with their tokens), oldest first. */
async function mailsTo(email: string): Promise<Record<string, unknown>[]> {
  return (await accountMailsTo(db.owner, email)).map(({ id: _id, status: _status, ...mail }) => mail);
}

/** complete_registration as a visitor: the session it starts, or the error. */
async function complete(token: string, password = PASSWORD) {
  return db.committed("anonymous", {}, async (client) => {
    const { rows } = await client.query(
      "select (t).profile_id, (t).session_id from app_public.complete_registration($1, $2) as t",
      [token, password],
    );
    return rows[0] as { profile_id: string; session_id: string };
  });
}

async function verify(profileId: string | null, token: string) {
  const claims: Record<string, string> = profileId ? { session_id: await db.sessionFor(profileId) } : {};
  return db.committed(profileId ? "member" : "anonymous", claims, async (client) => {
    const { rows } = await client.query("select (app_public.verify_email($1)).email_verified_at as verified_at", [
      token,
    ]);
    return rows[0].verified_at as Date;
  });
}

async function signIn(email: string, password = PASSWORD): Promise<string | null> {
  const result = await db.committed("anonymous", {}, async (client) => {
    const { rows } = await client.query("select (app_public.authenticate($1, $2)).session_id as session", [
      email,
      password,
    ]);
    return rows[0].session as string | null;
  });
  return result.value ?? null;
}

/** current_profile_id() for a session, or the SQLSTATE it raises (RVOKD once the session is revoked). */
async function whoIs(session: string): Promise<unknown> {
  return db.withClaims("member", { session_id: session }, async (client) => {
    const result = await attempt(client, "select app_public.current_profile_id() as id");
    return result.ok ? result.rows[0]?.id : result.code;
  });
}

/** An account whose address nobody verified, with a password: as register made them before pending registrations. */
async function unverifiedAccount(email: string, password = PASSWORD, fullName = "Cuenta Antigua"): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, $2) returning id",
    [email, fullName],
  );
  await db.owner.query(
    "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
    [rows[0].id, password],
  );
  return rows[0].id;
}

describe("register: a pending registration and its link", () => {
  it("a new address gets a pending registration and one mail whose token is stored only hashed, without the name", async () => {
    const email = uniqueEmail("nueva");
    expect(await register(email)).toMatchObject({ ok: true, value: true });
    expect(await profileOf(email)).toBeUndefined();

    const mails = await mailsTo(email);
    expect(mails).toEqual([
      {
        kind: "confirm_registration",
        to: email,
        locale: "es-CO",
        token: expect.stringMatching(/^[0-9a-f]{64}$/),
        expiresAt: expect.any(String),
      },
    ]);
    // The self-declared name goes nowhere near the mail (attack-report M2).
    expect(JSON.stringify(mails)).not.toContain("Valentina");
    const token = mails[0]?.token as string;
    const { rows } = await db.owner.query(
      "select email::text, token_hash, extract(epoch from expires_at - created_at)::int as ttl from app_private.pending_registrations where email = $1",
      [email],
    );
    expect(rows).toEqual([{ email, token_hash: sha256(token), ttl: 24 * 3600 }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("nothing is enqueued or kept when the registration rolls back", async () => {
    const email = uniqueEmail("rolled-back");
    await db.asAnonymous((client) => client.query("select app_public.register($1, $2, 'X')", [email, PASSWORD]));
    expect(await mailsTo(email)).toEqual([]);
    expect(
      (await db.owner.query("select 1 from app_private.pending_registrations where email = $1", [email])).rowCount,
    ).toBe(0);
  });
});

describe("register: the registrant's language", () => {
  it("an English registration gets its link in English and makes an English account; es-CO when not given", async () => {
    const email = uniqueEmail("english");
    const registered = await db.committed("anonymous", {}, async (client) => {
      const { rows } = await client.query("select app_public.register($1, $2, 'Emma Stone', 'en') as result", [
        email,
        PASSWORD,
      ]);
      return rows[0].result as boolean;
    });
    expect(registered).toMatchObject({ ok: true, value: true });
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ kind: "confirm_registration", locale: "en" });
    expect((await complete(mail?.token as string)).ok).toBe(true);
    const { rows } = await db.owner.query("select locale from app_public.profiles where email = $1", [email]);
    expect(rows).toEqual([{ locale: "en" }]);

    const spanish = uniqueEmail("espanol");
    await register(spanish);
    expect((await mailsTo(spanish))[0]).toMatchObject({ locale: "es-CO" });
  });

  it("an unknown language is INVAL and nothing is kept or mailed", async () => {
    const email = uniqueEmail("klingon");
    const refused = await db.committed("anonymous", {}, (client) =>
      client.query("select app_public.register($1, $2, 'X', 'tlh')", [email, PASSWORD]),
    );
    expect(refused.code).toBe("INVAL");
    expect(await mailsTo(email)).toEqual([]);
  });
});

describe("complete_registration: the link and the password, both", () => {
  it("needs the registration's own password; then the account exists, verified, with that name, signed in, once", async () => {
    const email = uniqueEmail("completa");
    await register(email, PASSWORD, "  Valentina Restrepo ");
    const token = (await mailsTo(email))[0]?.token as string;

    // The link alone (someone who only has the mailbox) makes nothing.
    expect((await complete(token, "not the password")).code).toBe("CREDS");
    expect(await profileOf(email)).toBeUndefined();

    const done = await complete(token);
    expect(done.ok, done.message).toBe(true);
    const profile = await profileOf(email);
    expect(profile).toMatchObject({ full_name: "Valentina Restrepo", email_verified_at: expect.any(Date) });
    expect(done.value?.profile_id).toBe(profile.id);
    expect(await whoIs(done.value?.session_id as string)).toBe(profile.id);
    expect(await signIn(email)).toBeTruthy();
    // Used once.
    expect((await complete(token)).code).toBe("NTFND");
  });

  it("refuses an unknown and an expired link with NTFND", async () => {
    const email = uniqueEmail("vencida");
    await register(email);
    const token = (await mailsTo(email))[0]?.token as string;
    expect((await complete(randomBytes(32).toString("hex"))).code).toBe("NTFND");
    await db.owner.query(
      "update app_private.pending_registrations set expires_at = now() - interval '1 second' where email = $1",
      [email],
    );
    expect((await complete(token)).code).toBe("NTFND");
    expect(await profileOf(email)).toBeUndefined();
  });

  it("two registrations of one address completed at the same moment make exactly one account (real transactions)", async () => {
    const email = uniqueEmail("carrera");
    await register(email, PASSWORD, "Primera");
    await register(email, "other strong password", "Segunda");
    const [first, second] = (await mailsTo(email)).map((m) => m.token as string);
    const results = await race(db, [
      { role: "anonymous", sql: "select app_public.complete_registration($1, $2)", params: [first, PASSWORD] },
      {
        role: "anonymous",
        sql: "select app_public.complete_registration($1, $2)",
        params: [second, "other strong password"],
      },
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.code).toMatch(/^(NTFND|NUNIQ)$/);
    expect((await db.owner.query("select 1 from app_public.profiles where email = $1", [email])).rowCount).toBe(1);
    expect(
      (await db.owner.query("select 1 from app_private.pending_registrations where email = $1", [email])).rowCount,
    ).toBe(0);
  });
});

describe("strangers can neither block nor take over someone's registration (attack-report M4)", () => {
  it("any number of a stranger's registrations: the owner still gets their own link, and only their password makes the account", async () => {
    const email = uniqueEmail("bloqueo");
    // The stranger registers the address more often than any per-address budget would allow.
    for (let i = 0; i < 7; i++) {
      expect(await register(email, `stranger password ${i}`, "Extraño")).toMatchObject({ ok: true, value: true });
    }
    // The owner registers: same answer, and a mail with their own link.
    expect(await register(email, PASSWORD, "Dueña Real")).toMatchObject({ ok: true, value: true });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(8);
    expect(mails.every((m) => m.kind === "confirm_registration")).toBe(true);
    const ownersToken = mails[7]?.token as string;
    // Nobody can sign in yet: a registration is not an account.
    expect(await signIn(email, "stranger password 0")).toBeNull();
    expect(await signIn(email)).toBeNull();
    // The stranger's links (had the owner clicked one) want the stranger's password.
    expect((await complete(mails[0]?.token as string)).code).toBe("CREDS");

    expect((await complete(ownersToken)).ok).toBe(true);
    expect(await profileOf(email)).toMatchObject({ full_name: "Dueña Real", email_verified_at: expect.any(Date) });
    expect(await signIn(email)).toBeTruthy();
    expect(await signIn(email, "stranger password 6")).toBeNull();
    // The stranger's registrations died with the owner's.
    expect((await complete(mails[6]?.token as string, "stranger password 6")).code).toBe("NTFND");
  });

  it("an existing unverified account keeps its password and sessions whatever strangers register", async () => {
    const email = uniqueEmail("pendiente");
    const account = await unverifiedAccount(email);
    const session = await signIn(email);
    expect(session).toBeTruthy();
    for (let i = 0; i < 3; i++) await register(email, `stranger password ${i}`, "Extraño");
    expect(await whoIs(session as string)).toBe(account);
    expect(await signIn(email)).toBeTruthy();
    expect(await signIn(email, "stranger password 0")).toBeNull();
    expect(await profileOf(email)).toMatchObject({ id: account, full_name: "Cuenta Antigua" });
  });

  it("the mailbox holder's own registration does take over an unverified account nobody proved (its sessions end)", async () => {
    const email = uniqueEmail("retomada");
    const account = await unverifiedAccount(email, "squatter's password", "Ocupante");
    const squatter = await signIn(email, "squatter's password");
    await register(email, PASSWORD, "Dueña Real");
    const done = await complete((await mailsTo(email)).at(-1)?.token as string);
    expect(done.ok, done.message).toBe(true);
    expect(done.value?.profile_id).toBe(account);
    expect(await profileOf(email)).toMatchObject({ full_name: "Dueña Real", email_verified_at: expect.any(Date) });
    expect(await whoIs(squatter as string)).toBe("RVOKD");
    expect(await signIn(email, "squatter's password")).toBeNull();
  });

  it("others' registrations do not spend a signed-in account's resend budget; its own resends do (RLIMT after 5 an hour)", async () => {
    const email = uniqueEmail("reenvio");
    const account = await unverifiedAccount(email);
    for (let i = 0; i < 6; i++) await register(email, `stranger password ${i}`, "Extraño");
    const resend = async () =>
      db.committed("member", { session_id: await db.sessionFor(account) }, async (client) => {
        return (await client.query("select app_public.resend_email_verification() as sent")).rows[0].sent as boolean;
      });
    for (let i = 0; i < 5; i++) expect(await resend()).toMatchObject({ ok: true, value: true });
    expect((await resend()).code).toBe("RLIMT");
    const links = (await mailsTo(email)).filter((m) => m.kind === "verify_email");
    expect(links).toHaveLength(5);
    expect(links.every((m) => !("name" in m))).toBe(true);
    // Any of the links works (each once), with the account's own session only.
    expect((await verify(null, links[2]?.token as string)).code).toBe("LOGIN");
    const stranger = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Otra', now()) returning id",
      [uniqueEmail("otra")],
    );
    expect((await verify(stranger.rows[0].id, links[2]?.token as string)).code).toBe("DNIED");
    expect((await verify(account, links[2]?.token as string)).ok).toBe(true);
    expect(await resend()).toMatchObject({ ok: true, value: false });
    expect((await verify(account, links[4]?.token as string)).code).toBe("NTFND");
    // Verified now: the strangers' pending registrations can no longer make an account.
    const strangers = (await mailsTo(email)).filter((m) => m.kind === "confirm_registration");
    expect((await complete(strangers[0]?.token as string, "stranger password 0")).code).toBe("NUNIQ");
  });
});

describe("register does not tell which addresses have accounts", () => {
  it("an address with a verified account: same answer, the owner is told once per hour, nothing of theirs changes", async () => {
    const email = uniqueEmail("taken");
    await register(email, PASSWORD, "Dueña Real");
    await complete((await mailsTo(email))[0]?.token as string);
    const owner = await profileOf(email);
    const session = await signIn(email);
    expect(session).toBeTruthy();

    const attempts = [
      await register(email, "attacker password 1", "Intruso"),
      await register(email.toUpperCase(), "attacker password 2", "Intruso"),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: true, value: true });

    const mails = await mailsTo(email);
    expect(mails.map((m) => m.kind)).toEqual(["confirm_registration", "account_exists"]);
    expect(mails[1]).toMatchObject({ name: "Dueña Real", viaIdentityProvider: false });
    expect(await profileOf(email)).toMatchObject({ id: owner.id, full_name: "Dueña Real" });
    expect(await signIn(email, "attacker password 1")).toBeNull();
    expect(await signIn(email)).toBeTruthy();
    expect(await whoIs(session as string)).toBe(owner.id);
    expect(
      (await db.owner.query("select 1 from app_private.pending_registrations where email = $1", [email])).rowCount,
    ).toBe(0);
  });

  it("an unverified account that already holds a membership (from before verification existed) is not taken over", async () => {
    const email = uniqueEmail("legacy");
    const legacy = await unverifiedAccount(email);
    const org = await db.owner.query(
      "insert into app_public.organizations (name, slug) values ('Antigua', $1) returning id",
      [`antigua-${randomBytes(3).toString("hex")}`],
    );
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'owner')",
      [org.rows[0].id, legacy],
    );
    expect(await register(email, "stranger's password", "Extraño")).toMatchObject({ ok: true, value: true });
    expect(await signIn(email, "stranger's password")).toBeNull();
    expect(await signIn(email)).toBeTruthy();
    expect(await profileOf(email)).toMatchObject({ id: legacy, full_name: "Cuenta Antigua" });
    expect((await mailsTo(email)).map((m) => m.kind)).toEqual(["account_exists"]);
  });
  // Timing: register does the same work for every address (test/account-enumeration.test.ts).
});

describe("accounts whose address is unverified sign in with reduced powers", () => {
  it("can sign in and see themselves, but not create an organization (UNVER)", async () => {
    const email = uniqueEmail("reduced");
    await unverifiedAccount(email);
    const session = await signIn(email);
    expect(session).toBeTruthy();
    await db.withClaims("member", { session_id: session as string }, async (client) => {
      const me = await client.query("select email::text, email_verified_at from app_public.current_profile()");
      expect(me.rows).toEqual([{ email, email_verified_at: null }]);
      const org = await attempt(client, "select app_public.create_organization('Mía', $1)", [
        `mia-${randomBytes(3).toString("hex")}`,
      ]);
      expect(org.code).toBe("UNVER");
    });
  });
});
