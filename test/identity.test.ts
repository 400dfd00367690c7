// Identity and organisations: register, authenticate, sessions, the claims
// that map a request to a profile, organisations, invitations and the
// last-owner rule. Everything runs as the API's roles against real Postgres.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMailsTo, processAccountRequests } from "./helpers/account-mail.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { addMember, newOrganization, unique } from "./helpers/organizations.ts";
import { type Entrant, race } from "./helpers/race.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

const uniqueEmail = (label: string) => `${label}-${unique()}@example.com`;
const STRONG_PASSWORD = "correct horse battery";

/** A profile as the owner inserts it; verified unless asked otherwise (unverified accounts have reduced powers). */
async function newProfile(
  label: string,
  extra: { authSubject?: string; email?: string; verified?: boolean } = {},
): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.profiles (email, full_name, auth_subject, email_verified_at)
     values ($1, $2, $3, case when $4 then now() end) returning id`,
    [extra.email ?? uniqueEmail(label), `Test ${label}`, extra.authSubject ?? null, extra.verified ?? true],
  );
  return rows[0].id;
}

/** current_profile_id() as the member role with exactly these claims. */
async function profileIdWithClaims(claims: Record<string, string>): Promise<unknown> {
  return db.withClaims("member", claims, async (client) => {
    const { rows } = await client.query("select app_public.current_profile_id() as id");
    return rows[0].id;
  });
}

/** The SQLSTATE current_profile_id() raises for these claims as the member role (undefined when it answers). */
async function claimsErrorCode(claims: Record<string, string>): Promise<string | undefined> {
  return db.withClaims("member", claims, async (client) => {
    return (await attempt(client, "select app_public.current_profile_id() as id")).code;
  });
}

async function countOf(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.owner.query(`select count(*)::int as n from (${sql}) q`, params);
  return rows[0].n;
}

interface Token {
  profile_id: string;
  session_id: string;
  exp: number;
}

const REGISTER = "select app_public.register($1, $2, $3) as result";
const AUTHENTICATE = "select to_jsonb(app_public.authenticate($1, $2)) as token";

async function registerCommitted(email: string, password = STRONG_PASSWORD, fullName = "Valentina Restrepo") {
  return db.committed("anonymous", {}, async (client) => {
    const { rows } = await client.query(REGISTER, [email, password, fullName]);
    return rows[0].result as boolean;
  });
}

/** The token of the newest registration link mailed to an address (from its outbox message). */
async function registrationToken(email: string): Promise<string> {
  const mails = (await accountMailsTo(db.owner, email)).filter((m) => m.kind === "confirm_registration");
  return mails.at(-1)?.token as string;
}

/** An account made the way people make one: register, then follow the mailed link with the same password. */
async function createAccount(email: string, password = STRONG_PASSWORD, fullName = "Valentina Restrepo") {
  const registered = await registerCommitted(email, password, fullName);
  expect(registered.ok, registered.message).toBe(true);
  const token = await registrationToken(email);
  const completed = await db.committed("anonymous", {}, (client) =>
    client.query("select app_public.complete_registration($1, $2)", [token, password]),
  );
  expect(completed.ok, completed.message).toBe(true);
}
// Registration answers the same for every valid input and mails the address;
// test/identity-verification.test.ts covers pending registrations, their
// links and enumeration.
describe("register", () => {
  it("keeps a pending registration with the password hashed, makes no account and no session yet, and answers true", async () => {
    const email = uniqueEmail("register");
    const sessionsBefore = await countOf("select 1 from app_private.sessions");
    const result = await registerCommitted(email, STRONG_PASSWORD, "  Valentina Restrepo  ");
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toBe(true);

    expect(await countOf("select 1 from app_public.profiles where email = $1", [email])).toBe(0);
    // The account_request job keeps it (tests without a worker run it here).
    await processAccountRequests(db.owner);
    const pending = await db.owner.query(
      `select email::text, full_name, password_hash, password_hash = crypt($2, password_hash) as matches
         from app_private.pending_registrations where email = $1`,
      [email, STRONG_PASSWORD],
    );
    expect(pending.rows).toEqual([
      { email, full_name: "Valentina Restrepo", password_hash: expect.stringMatching(/^\$2a\$06\$/), matches: true },
    ]);
    expect(await countOf("select 1 from app_private.sessions")).toBe(sessionsBefore);
  });

  it("accepts a password of exactly 10 characters", async () => {
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, REGISTER, [uniqueEmail("ten"), "0123456789", "Diez"]);
      expect(result.ok, result.message).toBe(true);
      expect(result.rows[0]?.result).toBe(true);
    });
  });

  it("answers an existing verified email, whatever its case, exactly like a new one and changes nothing of it", async () => {
    const email = uniqueEmail("dupe");
    const owner = await newProfile("dupe", { email });
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
      [owner, STRONG_PASSWORD],
    );
    const session = await db.sessionFor(owner);
    const profilesBefore = await countOf("select 1 from app_public.profiles");

    for (const variant of [email, email.toUpperCase(), `${email.charAt(0).toUpperCase()}${email.slice(1)}`]) {
      const again = await registerCommitted(variant, "another strong password", "Someone Else");
      expect(again.ok, again.message).toBe(true);
      expect(again.value).toBe(true);
    }
    expect(await countOf("select 1 from app_public.profiles")).toBe(profilesBefore);
    const kept = await db.owner.query(
      `select p.full_name, s.password_hash = crypt($2, s.password_hash) as old_password
         from app_public.profiles p join app_private.profile_secrets s on s.profile_id = p.id where p.id = $1`,
      [owner, STRONG_PASSWORD],
    );
    expect(kept.rows).toEqual([{ full_name: "Test dupe", old_password: true }]);
    expect(await profileIdWithClaims({ session_id: session })).toBe(owner);
  });

  it("refuses a password shorter than 10 characters with WEAKP and writes nothing", async () => {
    const email = uniqueEmail("weak");
    const result = await registerCommitted(email, "123456789");
    expect(result.ok).toBe(false);
    expect(result.code).toBe("WEAKP");
    expect(await countOf("select 1 from app_public.profiles where email = $1::citext", [email])).toBe(0);
  });

  it("refuses an invalid email with EMAIL", async () => {
    await db.asAnonymous(async (client) => {
      for (const email of ["not-an-email", "ana@localhost", "ana maria@example.com", "@example.com", ""]) {
        const result = await attempt(client, REGISTER, [email, STRONG_PASSWORD, "Ana"]);
        expect(result.code, email).toBe("EMAIL");
      }
    });
  });

  it("refuses a blank full name with INVAL", async () => {
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, REGISTER, [uniqueEmail("blank"), STRONG_PASSWORD, "   "]);
      expect(result.code).toBe("INVAL");
    });
  });
});

describe("authenticate", () => {
  let email: string;
  let profileId: string;
  beforeAll(async () => {
    email = uniqueEmail("signin");
    await createAccount(email);
    profileId = (await db.owner.query("select id from app_public.profiles where email = $1", [email])).rows[0].id;
  });

  /** Failures are counted per attempted address (a digest of it), account or not; last_sign_in_at on the account. */
  const secretsOf = async (id: string) =>
    (
      await db.owner.query(
        `select coalesce(f.failures, 0) as failed_sign_ins, f.last_failed_at as last_failed_sign_in_at, s.last_sign_in_at
           from app_public.profiles p join app_private.profile_secrets s on s.profile_id = p.id
           left join app_private.sign_in_failures f on f.email_digest = app_private.email_digest(p.email)
          where p.id = $1`,
        [id],
      )
    ).rows[0];
  const failuresOf = async (address: string) =>
    (
      await db.owner.query(
        "select coalesce(sum(failures), 0)::int as n from app_private.sign_in_failures where email_digest = app_private.email_digest($1)",
        [address],
      )
    ).rows[0].n as number;

  it("returns a token for a new session with the right password (email in any case)", async () => {
    const result = await db.committed("anonymous", {}, async (client) => {
      const { rows } = await client.query(AUTHENTICATE, [email.toUpperCase(), STRONG_PASSWORD]);
      return rows[0].token as Token | null;
    });
    expect(result.ok, result.message).toBe(true);
    const token = result.value as Token;
    expect(token.profile_id).toBe(profileId);
    expect(token.exp).toBeGreaterThan(Date.now() / 1000);
    expect(await profileIdWithClaims({ session_id: token.session_id })).toBe(profileId);
    expect((await secretsOf(profileId)).last_sign_in_at).not.toBeNull();
  });

  it("returns null for a wrong password and for an unknown email alike, counting failures per attempted address", async () => {
    const signIn = (e: string, p: string) =>
      db.committed("anonymous", {}, async (client) => (await client.query(AUTHENTICATE, [e, p])).rows);

    const secretsBefore = await countOf("select 1 from app_private.profile_secrets");
    const sessionsBefore = await countOf("select 1 from app_private.sessions");
    expect((await secretsOf(profileId)).failed_sign_ins).toBe(0);

    const wrongPassword = await signIn(email, "not the password");
    const nobody = uniqueEmail("nobody");
    const unknownEmail = await signIn(nobody, "not the password");
    expect(wrongPassword.ok, wrongPassword.message).toBe(true);
    expect(unknownEmail.ok, unknownEmail.message).toBe(true);
    // Same shape: one row holding null. The caller can't tell which part was wrong.
    expect(wrongPassword.value).toEqual([{ token: null }]);
    expect(unknownEmail.value).toEqual(wrongPassword.value);

    const afterOne = await secretsOf(profileId);
    expect(afterOne.failed_sign_ins).toBe(1);
    expect(afterOne.last_failed_sign_in_at).not.toBeNull();
    await signIn(email, "still not the password");
    expect((await secretsOf(profileId)).failed_sign_ins).toBe(2);
    // The unknown address is counted exactly like a known one (the same work), in any case.
    expect(await failuresOf(nobody.toUpperCase())).toBe(1);
    // No session was started and no secret row appeared for the unknown email.
    expect(await countOf("select 1 from app_private.sessions")).toBe(sessionsBefore);
    expect(await countOf("select 1 from app_private.profile_secrets")).toBe(secretsBefore);

    // A successful sign-in resets the counter.
    const good = await signIn(email, STRONG_PASSWORD);
    expect((good.value as { token: Token | null }[])[0]?.token?.profile_id).toBe(profileId);
    expect((await secretsOf(profileId)).failed_sign_ins).toBe(0);
  });
});

describe("sessions and claims", () => {
  it("logout revokes the current session only", async () => {
    const profile = await newProfile("logout");
    const session = await db.sessionFor(profile);
    const other = await db.sessionFor(profile);
    expect(await profileIdWithClaims({ session_id: session })).toBe(profile);

    const result = await db.committed("member", { session_id: session }, async (client) => {
      const { rows } = await client.query("select app_public.logout() as revoked");
      const after = await attempt(client, "select app_public.current_profile_id() as id");
      return { revoked: rows[0].revoked, after: after.code };
    });
    expect(result.ok, result.message).toBe(true);
    // From then on the token is not a session at all (RVOKD: the API answers 401), not a member with no profile.
    expect(result.value).toEqual({ revoked: true, after: "RVOKD" });

    expect(await claimsErrorCode({ session_id: session })).toBe("RVOKD");
    expect(await profileIdWithClaims({ session_id: other })).toBe(profile);
    const { rows } = await db.owner.query("select revoked_at from app_private.sessions where id = $1", [session]);
    expect(rows[0].revoked_at).not.toBeNull();
    // Logging out twice revokes nothing more.
    const again = await db.committed("member", { session_id: session }, async (client) => {
      return (await client.query("select app_public.logout() as revoked")).rows[0].revoked;
    });
    expect(again.value).toBe(false);
  });

  it("logout_everywhere revokes every session of the profile and nobody else's", async () => {
    const me = await newProfile("everywhere");
    const someoneElse = await newProfile("bystander");
    const mine = [await db.sessionFor(me), await db.sessionFor(me), await db.sessionFor(me)];
    const theirs = await db.sessionFor(someoneElse);

    const result = await db.committed("member", { session_id: mine[0] as string }, async (client) => {
      return (await client.query("select app_public.logout_everywhere() as n")).rows[0].n;
    });
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toBe(3);
    for (const session of mine) {
      expect(await claimsErrorCode({ session_id: session })).toBe("RVOKD");
    }
    expect(await profileIdWithClaims({ session_id: theirs })).toBe(someoneElse);
    expect(
      await countOf("select 1 from app_private.sessions where profile_id = $1 and revoked_at is null", [someoneElse]),
    ).toBe(1);
  });

  it("refuses an expired session (RVOKD), not a member with no profile", async () => {
    const profile = await newProfile("expired");
    const session = await db.sessionFor(profile);
    expect(await profileIdWithClaims({ session_id: session })).toBe(profile);
    await db.owner.query("update app_private.sessions set expires_at = now() - interval '1 second' where id = $1", [
      session,
    ]);
    expect(await claimsErrorCode({ session_id: session })).toBe("RVOKD");
  });

  it("refuses an unknown session id (RVOKD); no claim at all is simply nobody", async () => {
    expect(await claimsErrorCode({ session_id: "00000000-0000-4000-8000-000000000000" })).toBe("RVOKD");
    expect(await profileIdWithClaims({})).toBeNull();
  });

  it("refuses a garbage session id claim (RVOKD); logout with it revokes nothing", async () => {
    await db.withClaims("member", { session_id: "not-a-uuid" }, async (client) => {
      const result = await attempt(client, "select app_public.current_profile_id() as id");
      expect(result.code, result.message).toBe("RVOKD");
      // logout() reads only the claim: nothing to revoke.
      const logout = await attempt(client, "select app_public.logout() as revoked");
      expect(logout.code, logout.message).toBeUndefined();
      expect(logout.rows).toEqual([{ revoked: false }]);
      const everywhere = await attempt(client, "select app_public.logout_everywhere() as n");
      expect(everywhere.code, everywhere.message).toBe("RVOKD");
    });
  });

  it("as the owner (worker, fixtures), a dead session claim is just nobody: only request roles are refused", async () => {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      await client.query("select set_config('jwt.claims.session_id', '00000000-0000-4000-8000-000000000000', true)");
      const { rows } = await client.query("select app_public.current_profile_id() as id");
      expect(rows).toEqual([{ id: null }]);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });

  it("maps the auth_subject claim to its profile only when no session_id claim is set", async () => {
    const subject = `user_${unique()}`;
    const external = await newProfile("external", { authSubject: subject });
    const other = await newProfile("other");
    const otherSession = await db.sessionFor(other);
    const revoked = await db.sessionFor(external);
    await db.owner.query("update app_private.sessions set revoked_at = now() where id = $1", [revoked]);

    expect(await profileIdWithClaims({ auth_subject: subject })).toBe(external);
    expect(await profileIdWithClaims({ auth_subject: subject, session_id: "" })).toBe(external);
    expect(await profileIdWithClaims({ auth_subject: `user_${unique()}` })).toBeNull();
    // A session id claim wins, even when it is no longer valid (then the request is refused).
    expect(await claimsErrorCode({ auth_subject: subject, session_id: revoked })).toBe("RVOKD");
    expect(await profileIdWithClaims({ auth_subject: subject, session_id: otherSession })).toBe(other);
  });
});

describe("create_organization", () => {
  it("creates the organization and makes the caller its only member, as owner", async () => {
    const me = await newProfile("founder");
    const slug = `Casa-Moda-${unique()}`;
    await db.asProfile(me, async (client) => {
      const created = await attempt(client, "select * from app_public.create_organization($1, $2)", [
        "  Casa de Moda  ",
        slug,
      ]);
      expect(created.ok, created.message).toBe(true);
      const org = created.rows[0] as { id: string; name: string; slug: string };
      expect(org.name).toBe("Casa de Moda");
      expect(org.slug).toBe(slug.toLowerCase());
      const members = await client.query(
        "select profile_id, role from app_public.memberships where organization_id = $1",
        [org.id],
      );
      expect(members.rows).toEqual([{ profile_id: me, role: "owner" }]);
      // And, through the policies, the caller now sees it.
      const visible = await client.query("select id from app_public.organizations where id = $1", [org.id]);
      expect(visible.rowCount).toBe(1);
    });
  });

  it("refuses visitors who are not signed in", async () => {
    const orgsBefore = await countOf("select 1 from app_public.organizations");
    // The anonymous role may not even call it.
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, "select app_public.create_organization('Nadie', $1)", [`nadie-${unique()}`]);
      expect(result.code).toBe("42501");
    });
    // The member role without a session gets LOGIN from the function itself; with a revoked one, RVOKD.
    const revoked = await db.sessionFor(await newProfile("revoked"));
    await db.owner.query("update app_private.sessions set revoked_at = now() where id = $1", [revoked]);
    const claimSets: [Record<string, string>, string][] = [
      [{}, "LOGIN"],
      [{ session_id: revoked }, "RVOKD"],
    ];
    for (const [claims, code] of claimSets) {
      await db.withClaims("member", claims, async (client) => {
        const result = await attempt(client, "select app_public.create_organization('Nadie', $1)", [
          `nadie-${unique()}`,
        ]);
        expect(result.code).toBe(code);
      });
    }
    expect(await countOf("select 1 from app_public.organizations")).toBe(orgsBefore);
  });

  it("refuses a slug that is already taken, whatever its case, with NUNIQ", async () => {
    const slug = `taken-${unique()}`;
    await db.owner.query("insert into app_public.organizations (name, slug) values ('Taken', $1)", [slug]);
    const me = await newProfile("late");
    await db.asProfile(me, async (client) => {
      for (const variant of [slug, slug.toUpperCase()]) {
        const result = await attempt(client, "select app_public.create_organization('Otra', $1)", [variant]);
        expect(result.code, variant).toBe("NUNIQ");
      }
      const mine = await client.query("select 1 from app_public.memberships where profile_id = $1", [me]);
      expect(mine.rowCount).toBe(0);
    });
  });
});

describe("invitations", () => {
  let org: string;
  let owner: string;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    org = await newOrganization(db, "invites");
    owner = await newProfile("inv-owner");
    admin = await newProfile("inv-admin");
    viewer = await newProfile("inv-viewer");
    await addMember(db, org, owner, "owner");
    await addMember(db, org, admin, "admin");
    await addMember(db, org, viewer, "viewer");
  });

  /** An invitation stored exactly as invite_to_organization stores it: the row plus the token's SHA-256. */
  async function invitationFixture(email: string, role: string, expiresIn = "14 days"): Promise<string> {
    const token = randomBytes(24).toString("hex");
    const { rows } = await db.owner.query(
      `insert into app_public.organization_invitations (organization_id, email, role, invited_by, expires_at)
       values ($1, $2, $3, $4, now() + $5::interval) returning id`,
      [org, email, role, owner, expiresIn],
    );
    await db.owner.query("insert into app_private.invitation_tokens (invitation_id, token_hash) values ($1, $2)", [
      rows[0].id,
      createHash("sha256").update(token).digest("hex"),
    ]);
    return token;
  }

  /** accept_invitation as the profile, committed. */
  async function accept(profile: string, token: string) {
    const session = await db.sessionFor(profile);
    return db.committed("member", { session_id: session }, async (client) => {
      const { rows } = await client.query("select * from app_public.accept_invitation($1)", [token]);
      return rows[0] as { organization_id: string; profile_id: string; role: string };
    });
  }

  it("lets an admin invite, returning a secret token (stored only hashed) that the invitee accepts", async () => {
    const email = uniqueEmail("invited");
    const invitee = await newProfile("invitee", { email });
    const invited = await db.committed("member", { session_id: await db.sessionFor(admin) }, async (client) => {
      return (await client.query("select app_public.invite_to_organization($1, $2, 'producer') as token", [org, email]))
        .rows[0].token as string;
    });
    expect(invited.ok, invited.message).toBe(true);
    const token = invited.value as string;
    expect(token).toMatch(/^[0-9a-f]{48}$/);

    const stored = await db.owner.query(
      `select i.role, i.invited_by, i.accepted_at, t.token_hash
         from app_public.organization_invitations i join app_private.invitation_tokens t on t.invitation_id = i.id
        where i.organization_id = $1 and i.email = $2`,
      [org, email],
    );
    expect(stored.rows).toEqual([
      {
        role: "producer",
        invited_by: admin,
        accepted_at: null,
        token_hash: createHash("sha256").update(token).digest("hex"),
      },
    ]);

    const accepted = await accept(invitee, token);
    expect(accepted.ok, accepted.message).toBe(true);
    expect(accepted.value).toMatchObject({ organization_id: org, profile_id: invitee, role: "producer" });
  });

  it("refuses an invitation from a viewer with DNIED", async () => {
    await db.asProfile(viewer, async (client) => {
      const result = await attempt(client, "select app_public.invite_to_organization($1, $2, 'viewer')", [
        org,
        uniqueEmail("nope"),
      ]);
      expect(result.code).toBe("DNIED");
    });
    expect(await countOf("select 1 from app_public.organization_invitations where invited_by = $1", [viewer])).toBe(0);
  });

  it("refuses an admin inviting an owner with DNIED", async () => {
    await db.asProfile(admin, async (client) => {
      const result = await attempt(client, "select app_public.invite_to_organization($1, $2, 'owner')", [
        org,
        uniqueEmail("would-be-owner"),
      ]);
      expect(result.code).toBe("DNIED");
    });
  });

  it("refuses a non-member with DNIED", async () => {
    const outsider = await newProfile("outsider");
    await db.asProfile(outsider, async (client) => {
      const result = await attempt(client, "select app_public.invite_to_organization($1, $2, 'viewer')", [
        org,
        uniqueEmail("x"),
      ]);
      expect(result.code).toBe("DNIED");
    });
  });

  it("accept_invitation gives the invited person a membership with the invitation's role, once", async () => {
    const email = uniqueEmail("joiner");
    const invitee = await newProfile("joiner", { email });
    const token = await invitationFixture(email, "casting");

    const accepted = await accept(invitee, token);
    expect(accepted.ok, accepted.message).toBe(true);
    expect(accepted.value).toMatchObject({ organization_id: org, profile_id: invitee, role: "casting" });
    const membership = await db.owner.query(
      "select role from app_public.memberships where organization_id = $1 and profile_id = $2",
      [org, invitee],
    );
    expect(membership.rows).toEqual([{ role: "casting" }]);
    const invitation = await db.owner.query(
      "select accepted_at from app_public.organization_invitations where organization_id = $1 and email = $2",
      [org, email],
    );
    expect(invitation.rows[0].accepted_at).not.toBeNull();

    // The token cannot be used again, by anyone.
    const someoneElse = await newProfile("reuser");
    const reused = await accept(someoneElse, token);
    expect(reused.ok).toBe(false);
    expect(reused.code).toBe("NTFND");
    expect(await countOf("select 1 from app_public.memberships where profile_id = $1", [someoneElse])).toBe(0);
  });

  it("refuses a wrong token with NTFND", async () => {
    const invitee = await newProfile("guesser");
    await invitationFixture(uniqueEmail("guessed"), "admin");
    const result = await accept(invitee, randomBytes(24).toString("hex"));
    expect(result.ok).toBe(false);
    expect(result.code).toBe("NTFND");
    expect(await countOf("select 1 from app_public.memberships where profile_id = $1", [invitee])).toBe(0);
  });

  it("refuses an expired invitation with NTFND", async () => {
    const invitee = await newProfile("late-joiner");
    const token = await invitationFixture(uniqueEmail("late"), "viewer", "-1 minute");
    const result = await accept(invitee, token);
    expect(result.ok).toBe(false);
    expect(result.code).toBe("NTFND");
    expect(await countOf("select 1 from app_public.memberships where profile_id = $1", [invitee])).toBe(0);
  });

  it("refuses accepting without signing in with LOGIN", async () => {
    const token = await invitationFixture(uniqueEmail("nosession"), "viewer");
    await db.withClaims("member", {}, async (client) => {
      const result = await attempt(client, "select app_public.accept_invitation($1)", [token]);
      expect(result.code).toBe("LOGIN");
    });
  });
});

describe("the last-owner rule", () => {
  let org: string;
  let soleOwner: string;
  let admin: string;
  let viewer: string;
  let twoOwnersOrg: string;
  let ownerA: string;
  let ownerB: string;
  let admin2: string;
  beforeAll(async () => {
    org = await newOrganization(db, "solo");
    soleOwner = await newProfile("sole-owner");
    admin = await newProfile("solo-admin");
    viewer = await newProfile("solo-viewer");
    await addMember(db, org, soleOwner, "owner");
    await addMember(db, org, admin, "admin");
    await addMember(db, org, viewer, "viewer");

    twoOwnersOrg = await newOrganization(db, "duo");
    ownerA = await newProfile("owner-a");
    ownerB = await newProfile("owner-b");
    admin2 = await newProfile("duo-admin");
    await addMember(db, twoOwnersOrg, ownerA, "owner");
    await addMember(db, twoOwnersOrg, ownerB, "owner");
    await addMember(db, twoOwnersOrg, admin2, "admin");
  });

  const UPDATE_ROLE = "update app_public.memberships set role = $3 where organization_id = $1 and profile_id = $2";
  const DELETE = "delete from app_public.memberships where organization_id = $1 and profile_id = $2";
  const roleOf = async (client: pg.PoolClient, organization: string, profile: string) =>
    (
      await client.query("select role from app_public.memberships where organization_id = $1 and profile_id = $2", [
        organization,
        profile,
      ])
    ).rows[0]?.role;

  it("keeps the only owner: they cannot demote or remove themselves (OWNER)", async () => {
    await db.asProfile(soleOwner, async (client) => {
      const demote = await attempt(client, UPDATE_ROLE, [org, soleOwner, "admin"]);
      expect(demote.code).toBe("OWNER");
      const leave = await attempt(client, DELETE, [org, soleOwner]);
      expect(leave.code).toBe("OWNER");
      expect(await roleOf(client, org, soleOwner)).toBe("owner");
    });
  });

  it("keeps the only owner against an admin too", async () => {
    await db.asProfile(admin, async (client) => {
      for (const result of [
        await attempt(client, UPDATE_ROLE, [org, soleOwner, "viewer"]),
        await attempt(client, DELETE, [org, soleOwner]),
      ]) {
        expect(result.ok).toBe(false);
        expect(["OWNER", "DNIED"]).toContain(result.code);
      }
      expect(await roleOf(client, org, soleOwner)).toBe("owner");
    });
  });

  it("lets one of two owners leave, and then keeps the remaining one", async () => {
    await db.asProfile(ownerB, async (client) => {
      const leave = await attempt(client, DELETE, [twoOwnersOrg, ownerB]);
      expect(leave.ok, leave.message).toBe(true);
      expect(leave.rowCount).toBe(1);
    });
    await db.asProfile(ownerA, async (client) => {
      const demote = await attempt(client, UPDATE_ROLE, [twoOwnersOrg, ownerB, "admin"]);
      expect(demote.ok, demote.message).toBe(true);
      expect(demote.rowCount).toBe(1);
      // Now A is the only owner and may not step down.
      const stepDown = await attempt(client, UPDATE_ROLE, [twoOwnersOrg, ownerA, "admin"]);
      expect(stepDown.code).toBe("OWNER");
      const leave = await attempt(client, DELETE, [twoOwnersOrg, ownerA]);
      expect(leave.code).toBe("OWNER");
    });
  });

  it("lets an owner hand over ownership: promote someone, then step down", async () => {
    await db.asProfile(soleOwner, async (client) => {
      const promote = await attempt(client, UPDATE_ROLE, [org, admin, "owner"]);
      expect(promote.ok, promote.message).toBe(true);
      const stepDown = await attempt(client, UPDATE_ROLE, [org, soleOwner, "admin"]);
      expect(stepDown.ok, stepDown.message).toBe(true);
      expect(await roleOf(client, org, admin)).toBe("owner");
      expect(await roleOf(client, org, soleOwner)).toBe("admin");
    });
  });

  it("forbids an admin to demote or remove an owner, even when another owner remains (DNIED)", async () => {
    await db.asProfile(admin2, async (client) => {
      const demote = await attempt(client, UPDATE_ROLE, [twoOwnersOrg, ownerA, "admin"]);
      expect(demote.code).toBe("DNIED");
      const remove = await attempt(client, DELETE, [twoOwnersOrg, ownerB]);
      expect(remove.code).toBe("DNIED");
      expect(await roleOf(client, twoOwnersOrg, ownerA)).toBe("owner");
      expect(await roleOf(client, twoOwnersOrg, ownerB)).toBe("owner");
    });
  });

  it("forbids an admin to make anyone an owner, themselves included (DNIED), but lets them manage other roles", async () => {
    await db.asProfile(admin, async (client) => {
      const promoteViewer = await attempt(client, UPDATE_ROLE, [org, viewer, "owner"]);
      expect(promoteViewer.code).toBe("DNIED");
      const promoteSelf = await attempt(client, UPDATE_ROLE, [org, admin, "owner"]);
      expect(promoteSelf.code).toBe("DNIED");
      expect(await roleOf(client, org, viewer)).toBe("viewer");
      expect(await roleOf(client, org, admin)).toBe("admin");
      // Control: the same admin may change a non-owner's role.
      const ok = await attempt(client, UPDATE_ROLE, [org, viewer, "producer"]);
      expect(ok.ok, ok.message).toBe(true);
      expect(ok.rowCount).toBe(1);
    });
  });

  it("forbids a viewer to change roles at all (no row is visible for update)", async () => {
    await db.asProfile(viewer, async (client) => {
      const result = await attempt(client, UPDATE_ROLE, [org, viewer, "admin"]);
      expect(result.ok).toBe(true);
      expect(result.rowCount).toBe(0);
      expect(await roleOf(client, org, viewer)).toBe("viewer");
    });
  });
});

describe("the last-owner rule under concurrency (real committed transactions)", () => {
  const UPDATE_ROLE = "update app_public.memberships set role = $3 where organization_id = $1 and profile_id = $2";
  const DELETE = "delete from app_public.memberships where organization_id = $1 and profile_id = $2";

  interface TwoOwners {
    organization: string;
    a: string;
    b: string;
  }

  /** An organization with exactly two owners, A and B (and an admin). */
  async function twoOwners(label: string): Promise<TwoOwners> {
    const organization = await newOrganization(db, label);
    const a = await newProfile(`${label}-a`);
    const b = await newProfile(`${label}-b`);
    await addMember(db, organization, a, "owner");
    await addMember(db, organization, b, "owner");
    await addMember(db, organization, await newProfile(`${label}-admin`), "admin");
    return { organization, a, b };
  }

  const ownersOf = async (organization: string) =>
    (
      await db.owner.query(
        "select profile_id from app_public.memberships where organization_id = $1 and role = 'owner'",
        [organization],
      )
    ).rows.map((r) => r.profile_id as string);

  /** A statement run by a signed-in profile through the member role. */
  const as = async (profile: string, sql: string, params: unknown[]): Promise<Entrant> => ({
    role: "member",
    claims: { session_id: await db.sessionFor(profile) },
    sql,
    params,
  });

  /** Exactly one wins, the other is refused with OWNER, and one owner remains. */
  async function expectOneWinner(label: string, entrants: (o: TwoOwners) => Promise<Entrant[]>) {
    const org = await twoOwners(label);
    const results = await race(db, await entrants(org));
    const won = results.filter((r) => r.ok && r.rowCount === 1);
    const refused = results.filter((r) => !r.ok);
    expect(won, JSON.stringify(results)).toHaveLength(1);
    expect(refused.map((r) => r.code)).toEqual(["OWNER"]);
    const left = await ownersOf(org.organization);
    expect(left).toHaveLength(1);
    expect([org.a, org.b]).toContain(left[0]);
  }

  // Several rounds each: which one wins is up to the database; that exactly one does is not.
  const ROUNDS = [1, 2, 3];

  it.each(ROUNDS)("two owners leave at once: one leaves, the other stays owner (round %i)", async (round) => {
    await expectOneWinner(`leave-leave-${round}`, async ({ organization, a, b }) => [
      await as(a, DELETE, [organization, a]),
      await as(b, DELETE, [organization, b]),
    ]);
  });

  it.each(ROUNDS)("two owners demote each other at once: one demotion holds (round %i)", async (round) => {
    await expectOneWinner(`demote-demote-${round}`, async ({ organization, a, b }) => [
      await as(a, UPDATE_ROLE, [organization, b, "admin"]),
      await as(b, UPDATE_ROLE, [organization, a, "admin"]),
    ]);
  });

  it.each(ROUNDS)("one owner leaves while the other steps down to admin (round %i)", async (round) => {
    await expectOneWinner(`leave-demote-${round}`, async ({ organization, a, b }) => [
      await as(a, DELETE, [organization, a]),
      await as(b, UPDATE_ROLE, [organization, b, "admin"]),
    ]);
  });

  it.each(ROUNDS)("two owners remove each other's membership at once (round %i)", async (round) => {
    await expectOneWinner(`remove-remove-${round}`, async ({ organization, a, b }) => [
      await as(a, DELETE, [organization, b]),
      await as(b, DELETE, [organization, a]),
    ]);
  });

  it.each(ROUNDS)("both owners' accounts are deleted at once (memberships go by cascade) (round %i)", async (round) => {
    // The identity provider's user.deleted webhooks arrive together for both owners.
    await expectOneWinner(`accounts-${round}`, async ({ a, b }) => [
      { role: "owner", sql: "delete from app_public.profiles where id = $1", params: [a] },
      { role: "owner", sql: "delete from app_public.profiles where id = $1", params: [b] },
    ]);
  });

  it("still lets the organization itself be deleted with all its owners", async () => {
    const { organization, a } = await twoOwners("delete-org");
    const result = await db.committed("member", { session_id: await db.sessionFor(a) }, async (client) => {
      return (await client.query("delete from app_public.organizations where id = $1", [organization])).rowCount;
    });
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toBe(1);
    expect(await ownersOf(organization)).toEqual([]);
  });
});
