// Email ownership (issue 11, items 5 and 8b), in the database: register
// answers the same for every address and enqueues the right mail in its own
// transaction; a verification token is stored hashed, expires, works once,
// and only for a session of the account it was sent to; unverified accounts
// sign in with reduced powers.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

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

/** The send_account_email jobs enqueued for an address, oldest first. */
async function mailsTo(email: string): Promise<Record<string, unknown>[]> {
  const { rows } = await db.owner.query(
    `select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'send_account_email' and lower(j.payload->>'to') = lower($1) order by j.id`,
    [email],
  );
  return rows.map((r) => r.payload);
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

describe("register and the verification mail", () => {
  it("a new address gets an unverified account and one verification mail whose token is stored only hashed", async () => {
    const email = uniqueEmail("nueva");
    expect(await register(email)).toMatchObject({ ok: true, value: true });
    const profile = await profileOf(email);
    expect(profile.email_verified_at).toBeNull();

    const mails = await mailsTo(email);
    expect(mails).toEqual([
      {
        kind: "verify_email",
        to: email,
        locale: "es-CO",
        name: "Valentina Restrepo",
        token: expect.stringMatching(/^[0-9a-f]{64}$/),
        expiresAt: expect.any(String),
      },
    ]);
    const token = mails[0]?.token as string;
    const { rows } = await db.owner.query(
      "select email::text, token_hash, extract(epoch from expires_at - created_at)::int as ttl, used_at from app_private.email_verification_tokens where profile_id = $1",
      [profile.id],
    );
    expect(rows).toEqual([{ email, token_hash: sha256(token), ttl: 24 * 3600, used_at: null }]);
    // The token itself is nowhere in the token table.
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("nothing is enqueued when the registration rolls back", async () => {
    const email = uniqueEmail("rolled-back");
    await db.asAnonymous((client) => client.query("select app_public.register($1, $2, 'X')", [email, PASSWORD]));
    expect(await mailsTo(email)).toEqual([]);
    expect(await profileOf(email)).toBeUndefined();
  });
});

describe("verify_email", () => {
  async function registered(label: string) {
    const email = uniqueEmail(label);
    await register(email);
    const profile = await profileOf(email);
    const token = (await mailsTo(email)).at(-1)?.token as string;
    return { email, profile, token };
  }

  it("needs the token AND a session of the same account; then the address counts as verified, once", async () => {
    const { email, profile, token } = await registered("verify");
    // The mailbox alone (a visitor with the link) is not enough.
    expect((await verify(null, token)).code).toBe("LOGIN");
    // Nor is somebody else's session.
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Otra', now()) returning id",
      [uniqueEmail("other")],
    );
    expect((await verify(rows[0].id, token)).code).toBe("DNIED");
    expect((await profileOf(email)).email_verified_at).toBeNull();

    const ok = await verify(profile.id, token);
    expect(ok.ok, ok.message).toBe(true);
    expect((await profileOf(email)).email_verified_at).toBeInstanceOf(Date);
    // Single use.
    expect((await verify(profile.id, token)).code).toBe("NTFND");
  });

  it("refuses an unknown and an expired token with NTFND", async () => {
    const { email, profile, token } = await registered("expired");
    expect((await verify(profile.id, randomBytes(32).toString("hex"))).code).toBe("NTFND");
    await db.owner.query(
      "update app_private.email_verification_tokens set expires_at = now() - interval '1 second' where profile_id = $1",
      [profile.id],
    );
    expect((await verify(profile.id, token)).code).toBe("NTFND");
    expect((await profileOf(email)).email_verified_at).toBeNull();
  });

  it("resend_email_verification mails a new link, up to the hourly limit (RLIMT), and nothing once verified", async () => {
    const { email, profile } = await registered("resend");
    const resend = async () =>
      db.committed("member", { session_id: await db.sessionFor(profile.id) }, async (client) => {
        return (await client.query("select app_public.resend_email_verification() as sent")).rows[0].sent as boolean;
      });
    // The registration used 1 of 5 per hour.
    for (let i = 0; i < 4; i++) expect(await resend()).toMatchObject({ ok: true, value: true });
    expect((await resend()).code).toBe("RLIMT");
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(5);
    // Any of the links works (each once).
    expect((await verify(profile.id, mails[2]?.token as string)).ok).toBe(true);
    expect(await resend()).toMatchObject({ ok: true, value: false });
    expect((await verify(profile.id, mails[4]?.token as string)).code).toBe("NTFND");
  });
});

describe("register does not tell which addresses have accounts", () => {
  it("an address with a verified account: same answer, the owner is told once per hour, nothing of theirs changes", async () => {
    const email = uniqueEmail("taken");
    await register(email, PASSWORD, "Dueña Real");
    const owner = await profileOf(email);
    await verify(owner.id, (await mailsTo(email))[0]?.token as string);
    const session = await signIn(email);
    expect(session).toBeTruthy();

    const attempts = [
      await register(email, "attacker password 1", "Intruso"),
      await register(email.toUpperCase(), "attacker password 2", "Intruso"),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: true, value: true });

    const mails = await mailsTo(email);
    expect(mails.map((m) => m.kind)).toEqual(["verify_email", "account_exists"]);
    expect(mails[1]).toMatchObject({ name: "Dueña Real", viaIdentityProvider: false });
    expect(await profileOf(email)).toMatchObject({ id: owner.id, full_name: "Dueña Real" });
    expect(await signIn(email, "attacker password 1")).toBeNull();
    expect(await signIn(email)).toBeTruthy();
    // The owner's session still works.
    const still = await db.withClaims("member", { session_id: session as string }, async (client) => {
      return (await client.query("select app_public.current_profile_id() as id")).rows[0].id;
    });
    expect(still).toBe(owner.id);
  });

  it("an address with an unverified password account: the newest registration's password replaces it and signs the other out", async () => {
    const email = uniqueEmail("squatted");
    // A stranger registers the address first, with their own password, and signs in.
    await register(email, "stranger's password", "Extraño");
    const stranger = await signIn(email, "stranger's password");
    expect(stranger).toBeTruthy();
    // The real owner registers; same answer.
    expect(await register(email, PASSWORD, "Dueña Real")).toMatchObject({ ok: true, value: true });
    expect(await signIn(email, "stranger's password")).toBeNull();
    const strangerNow = await db.withClaims("member", { session_id: stranger as string }, async (client) => {
      return (await client.query("select app_public.current_profile_id() as id")).rows[0].id;
    });
    expect(strangerNow).toBeNull();
    const owner = await profileOf(email);
    expect(owner.full_name).toBe("Dueña Real");
    // The owner verifies with the newest link and their session.
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.kind)).toEqual(["verify_email", "verify_email"]);
    expect((await verify(owner.id, mails[1]?.token as string)).ok).toBe(true);
  });

  it("an unverified account that already holds a membership (from before verification existed) is not taken over", async () => {
    const email = uniqueEmail("legacy");
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name) values ($1, 'Cuenta Antigua') returning id",
      [email],
    );
    const legacy = rows[0].id as string;
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
      [legacy, PASSWORD],
    );
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

  it("timing: every branch hashes the password once (same work for new and existing addresses)", async () => {
    // Not a clock measurement: the function's source hashes before it branches.
    const { rows } = await db.owner.query(
      "select prosrc from pg_proc where oid = 'app_public.register(text, text, text)'::regprocedure",
    );
    const source = rows[0].prosrc as string;
    expect(source.match(/crypt\(/g)).toHaveLength(1);
    expect(source.indexOf("crypt(")).toBeLessThan(source.indexOf("if existing.id is null"));
  });
});

describe("unverified accounts sign in with reduced powers", () => {
  it("can sign in and see themselves, but not create an organization (UNVER)", async () => {
    const email = uniqueEmail("reduced");
    await register(email);
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
