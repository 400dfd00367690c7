// Invitations (issue 11, item 4): only the invited person accepts, once, and
// only while the inviter may still grant the role; invitations expire, can be
// revoked, and the list tells their status truthfully. Real Postgres, as the
// API's roles; the race with a demotion uses real concurrent transactions.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMailsTo } from "./helpers/account-mail.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { addMember, newOrganization, unique } from "./helpers/organizations.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

const uniqueEmail = (label: string) => `${label}-${unique()}@example.com`;

async function newProfile(label: string, options: { email?: string; verified?: boolean } = {}) {
  const email = options.email ?? uniqueEmail(label);
  const { rows } = await db.owner.query(
    `insert into app_public.profiles (email, full_name, email_verified_at)
     values ($1, $2, case when $3 then now() end) returning id`,
    [email, `Test ${label}`, options.verified ?? true],
  );
  return { id: rows[0].id as string, email };
}

/** A team: owner, admin, viewer. */
async function team(label: string) {
  const org = await newOrganization(db, label);
  const owner = await newProfile(`${label}-owner`);
  const admin = await newProfile(`${label}-admin`);
  const viewer = await newProfile(`${label}-viewer`);
  await addMember(db, org, owner.id, "owner");
  await addMember(db, org, admin.id, "admin");
  await addMember(db, org, viewer.id, "viewer");
  return { org, owner, admin, viewer };
}

/** invite_to_organization as the profile, committed; returns the token. */
async function invite(inviter: string, org: string, email: string, role: string): Promise<string> {
  const result = await db.committed("member", { session_id: await db.sessionFor(inviter) }, async (client) => {
    const { rows } = await client.query("select app_public.invite_to_organization($1, $2, $3) as token", [
      org,
      email,
      role,
    ]);
    return rows[0].token as string;
  });
  if (!result.ok) throw new Error(`invite failed: ${result.message}`);
  return result.value as string;
}

/** accept_invitation as the profile, committed. */
async function accept(profile: string, token: string) {
  const session = await db.sessionFor(profile);
  return db.committed("member", { session_id: session }, async (client) => {
    const { rows } = await client.query("select * from app_public.accept_invitation($1)", [token]);
    return rows[0] as { organization_id: string; profile_id: string; role: string };
  });
}

async function roleOf(org: string, profile: string): Promise<string | undefined> {
  const { rows } = await db.owner.query(
    "select role from app_public.memberships where organization_id = $1 and profile_id = $2",
    [org, profile],
  );
  return rows[0]?.role;
}

/** The invitations of an organization as its owner lists them through RLS: status and who accepted. */
async function listAsOwner(owner: string, org: string) {
  return db.asProfile(owner, async (client) => {
    const { rows } = await client.query(
      `select i.email::text, i.role, app_public.organization_invitations_status(i) as status, i.accepted_by,
              i.revoked_reason
         from app_public.organization_invitations i
        where i.organization_id = $1
        order by i.created_at, i.id`,
      [org],
    );
    return rows as {
      email: string;
      role: string;
      status: string;
      accepted_by: string | null;
      revoked_reason: string;
    }[];
  });
}

async function invitationState(org: string, email: string) {
  const { rows } = await db.owner.query(
    `select i.id, i.accepted_at, i.accepted_by, i.revoked_at, i.revoked_reason,
            app_public.organization_invitations_status(i) as status,
            exists (select 1 from app_private.invitation_tokens t where t.invitation_id = i.id) as has_token
       from app_public.organization_invitations i
      where i.organization_id = $1 and i.email = $2::citext
      order by i.created_at desc, i.id limit 1`,
    [org, email],
  );
  return rows[0];
}

describe("only the invited person accepts", () => {
  it("a verified member of another agency holding the token gets FORBIDDEN and nothing is written", async () => {
    const { org, admin } = await team("hijack");
    const intruder = await team("other-agency");
    const invitedEmail = uniqueEmail("invited-admin");
    const token = await invite(admin.id, org, invitedEmail, "admin");

    const result = await accept(intruder.viewer.id, token);
    expect(result.ok).toBe(false);
    expect(result.code).toBe("DNIED");
    expect(await roleOf(org, intruder.viewer.id)).toBeUndefined();
    // Still pending, still usable by the invited person, not "accepted by the invitee".
    expect(await invitationState(org, invitedEmail)).toMatchObject({
      status: "pending",
      accepted_by: null,
      has_token: true,
    });

    const invited = await newProfile("invited-admin", { email: invitedEmail });
    const ok = await accept(invited.id, token);
    expect(ok.ok, ok.message).toBe(true);
    expect(await roleOf(org, invited.id)).toBe("admin");
    expect(await invitationState(org, invitedEmail)).toMatchObject({ status: "accepted", accepted_by: invited.id });
  });

  it("the invited address matches whatever its case", async () => {
    const { org, admin } = await team("case");
    const token = await invite(admin.id, org, `Ana.Maria-${unique()}@Example.COM`, "producer");
    const { rows } = await db.owner.query(
      "select email::text from app_public.organization_invitations where organization_id = $1",
      [org],
    );
    const invited = await newProfile("ana", { email: (rows[0].email as string).toLowerCase() });
    const ok = await accept(invited.id, token);
    expect(ok.ok, ok.message).toBe(true);
    expect(await roleOf(org, invited.id)).toBe("producer");
  });

  it("an account with the invited address that never verified it gets UNVER (FORBIDDEN) and nothing is written", async () => {
    const { org, admin } = await team("unverified");
    const email = uniqueEmail("squatter");
    const token = await invite(admin.id, org, email, "admin");
    // Someone registered the address with their own password and never proved they own it.
    const squatter = await newProfile("squatter", { email, verified: false });
    const result = await accept(squatter.id, token);
    expect(result.ok).toBe(false);
    expect(result.code).toBe("UNVER");
    expect(await roleOf(org, squatter.id)).toBeUndefined();
    expect(await invitationState(org, email)).toMatchObject({ status: "pending", has_token: true });
  });

  it("a token works once", async () => {
    const { org, admin } = await team("once");
    const email = uniqueEmail("once");
    const invited = await newProfile("once", { email });
    const token = await invite(admin.id, org, email, "casting");
    expect((await accept(invited.id, token)).ok).toBe(true);
    const again = await accept(invited.id, token);
    expect(again.code).toBe("NTFND");
  });
});

describe("only while the inviter may still grant the role", () => {
  it("a removed admin's pending invitations die, and the removed admin cannot use one to come back", async () => {
    const { org, owner, admin } = await team("removed");
    const forSomeoneElse = uniqueEmail("friend");
    const token = await invite(admin.id, org, forSomeoneElse, "admin");
    const ownAddressToken = await invite(admin.id, org, admin.email, "admin");

    const removed = await db.committed("member", { session_id: await db.sessionFor(owner.id) }, (client) =>
      client.query("delete from app_public.memberships where organization_id = $1 and profile_id = $2", [
        org,
        admin.id,
      ]),
    );
    expect(removed.ok, removed.message).toBe(true);
    expect(await roleOf(org, admin.id)).toBeUndefined();
    expect(await invitationState(org, forSomeoneElse)).toMatchObject({
      status: "revoked",
      revoked_reason: "inviter_lost_role",
      has_token: false,
    });

    // The old exploit: the removed admin accepts a token they minted, for someone else or for themselves.
    for (const t of [token, ownAddressToken]) {
      const result = await accept(admin.id, t);
      expect(result.ok).toBe(false);
      expect(["NTFND", "DNIED"]).toContain(result.code);
    }
    expect(await roleOf(org, admin.id)).toBeUndefined();
    // And the friend cannot use it either.
    const friend = await newProfile("friend", { email: forSomeoneElse });
    expect((await accept(friend.id, token)).code).toBe("NTFND");
    expect(await roleOf(org, friend.id)).toBeUndefined();
  });

  it("a demotion kills exactly the invitations the inviter may no longer grant", async () => {
    const { org, owner, admin } = await team("demoted");
    // An owner sends an owner invitation and an admin invitation, then becomes admin.
    const coOwner = await newProfile("co-owner");
    await addMember(db, org, coOwner.id, "owner");
    const ownerInvite = uniqueEmail("future-owner");
    const adminInvite = uniqueEmail("future-admin");
    await invite(coOwner.id, org, ownerInvite, "owner");
    const adminToken = await invite(coOwner.id, org, adminInvite, "admin");
    // An admin sends a viewer invitation, then becomes producer.
    const viewerInvite = uniqueEmail("future-viewer");
    const viewerToken = await invite(admin.id, org, viewerInvite, "viewer");

    const demote = async (profile: string, role: string) =>
      db.committed("member", { session_id: await db.sessionFor(owner.id) }, (client) =>
        client.query("update app_public.memberships set role = $3 where organization_id = $1 and profile_id = $2", [
          org,
          profile,
          role,
        ]),
      );
    expect((await demote(coOwner.id, "admin")).ok).toBe(true);
    expect((await demote(admin.id, "producer")).ok).toBe(true);

    expect(await invitationState(org, ownerInvite)).toMatchObject({
      status: "revoked",
      revoked_reason: "inviter_lost_role",
    });
    expect(await invitationState(org, adminInvite)).toMatchObject({ status: "pending", has_token: true });
    expect(await invitationState(org, viewerInvite)).toMatchObject({
      status: "revoked",
      revoked_reason: "inviter_lost_role",
    });

    const stillGood = await newProfile("future-admin", { email: adminInvite });
    expect((await accept(stillGood.id, adminToken)).ok).toBe(true);
    expect(await roleOf(org, stillGood.id)).toBe("admin");
    const tooLate = await newProfile("future-viewer", { email: viewerInvite });
    expect((await accept(tooLate.id, viewerToken)).code).toBe("NTFND");
    expect(await roleOf(org, tooLate.id)).toBeUndefined();
  });

  it("an accept is checked against the inviter's role at accept time, even if the invitation row was not revoked", async () => {
    const { org, admin, viewer } = await team("recheck");
    const email = uniqueEmail("recheck");
    const token = await invite(admin.id, org, email, "admin");
    // Attribute the pending invitation to a viewer (as a data fix could), so the
    // trigger never ran for it and only accept_invitation's own check stands
    // between the token and an admin seat.
    await db.owner.query(
      "update app_public.organization_invitations set invited_by = $2 where organization_id = $1 and email = $3",
      [org, viewer.id, email],
    );
    expect(await invitationState(org, email)).toMatchObject({ status: "pending" });
    const invited = await newProfile("recheck", { email });
    const result = await accept(invited.id, token);
    expect(result.code).toBe("NTFND");
    expect(await roleOf(org, invited.id)).toBeUndefined();
  });

  it("never lowers an existing membership, and raises it only to what the inviter may grant", async () => {
    const { org, owner, admin } = await team("existing");
    // An admin already in the organization accepts a viewer invitation: stays admin.
    const existingAdmin = await newProfile("existing-admin");
    await addMember(db, org, existingAdmin.id, "admin");
    const lower = await invite(admin.id, org, existingAdmin.email, "viewer");
    const kept = await accept(existingAdmin.id, lower);
    expect(kept.ok, kept.message).toBe(true);
    expect(await roleOf(org, existingAdmin.id)).toBe("admin");

    // A viewer accepts an admin invitation from an admin who is still admin: becomes admin.
    const viewer2 = await newProfile("viewer-two");
    await addMember(db, org, viewer2.id, "viewer");
    const higher = await invite(admin.id, org, viewer2.email, "admin");
    expect((await accept(viewer2.id, higher)).ok).toBe(true);
    expect(await roleOf(org, viewer2.id)).toBe("admin");

    // A viewer holding an admin invitation whose inviter was demoted meanwhile stays viewer.
    const viewer3 = await newProfile("viewer-three");
    await addMember(db, org, viewer3.id, "viewer");
    const stale = await invite(admin.id, org, viewer3.email, "admin");
    await db.owner.query(
      "update app_public.memberships set role = 'producer' where organization_id = $1 and profile_id = $2",
      [org, admin.id],
    );
    expect((await accept(viewer3.id, stale)).code).toBe("NTFND");
    expect(await roleOf(org, viewer3.id)).toBe("viewer");
    expect(owner.id).toBeTruthy();
  });

  it("an existing member accepting an owner's invitation to ownership becomes owner", async () => {
    const { org, owner, admin } = await team("promote");
    const token = await invite(owner.id, org, admin.email, "owner");
    const accepted = await accept(admin.id, token);
    expect(accepted.ok, accepted.message).toBe(true);
    expect(await roleOf(org, admin.id)).toBe("owner");
    expect((await invitationState(org, admin.email)).status).toBe("accepted");
  });

  it("without such an invitation a member still cannot make themselves owner (DNIED)", async () => {
    const { org, admin } = await team("self-promote");
    const result = await db.committed("member", { session_id: await db.sessionFor(admin.id) }, (client) =>
      client.query("update app_public.memberships set role = 'owner' where organization_id = $1 and profile_id = $2", [
        org,
        admin.id,
      ]),
    );
    expect(result.ok).toBe(false);
    expect(await roleOf(org, admin.id)).toBe("admin");
  });
});

describe("a demotion racing an accept (real concurrent transactions)", () => {
  /** A transaction as the API opens one, left open for the test to interleave. */
  async function open(profile: string): Promise<pg.PoolClient> {
    const session = await db.sessionFor(profile);
    const client = await db.authenticator.connect();
    await client.query("begin");
    await client.query(`set local role ${client.escapeIdentifier(db.settings.roles.member)}`);
    await client.query("select set_config('jwt.claims.session_id', $1, true)", [session]);
    return client;
  }

  async function waitUntilBlocked(pid: number) {
    for (let i = 0; i < 200; i++) {
      const { rows } = await db.owner.query(
        "select exists (select 1 from pg_locks where pid = $1 and not granted) as waiting",
        [pid],
      );
      if (rows[0]?.waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the accept never waited for the demotion's lock");
  }

  it("an accept that starts while the inviter's demotion is uncommitted waits for it and then fails", async () => {
    const { org, owner, admin } = await team("race");
    const email = uniqueEmail("racer");
    const token = await invite(admin.id, org, email, "admin");
    const invited = await newProfile("racer", { email });

    const demoter = await open(owner.id);
    const accepter = await open(invited.id);
    try {
      const demoted = await demoter.query(
        "update app_public.memberships set role = 'viewer' where organization_id = $1 and profile_id = $2",
        [org, admin.id],
      );
      expect(demoted.rowCount).toBe(1);
      const pid = (await accepter.query("select pg_backend_pid() as pid")).rows[0].pid as number;
      const accepting = accepter
        .query("select * from app_public.accept_invitation($1)", [token])
        .then(() => ({ ok: true as const, code: undefined }))
        .catch((error: { code?: string }) => ({ ok: false as const, code: error.code }));
      await waitUntilBlocked(pid);
      await demoter.query("commit");
      const outcome = await accepting;
      expect(outcome).toEqual({ ok: false, code: "NTFND" });
    } finally {
      await demoter.query("rollback").catch(() => {});
      await accepter.query("rollback").catch(() => {});
      demoter.release();
      accepter.release();
    }
    expect(await roleOf(org, invited.id)).toBeUndefined();
    expect(await invitationState(org, email)).toMatchObject({ status: "revoked", revoked_reason: "inviter_lost_role" });
  });

  it("an accept that commits first stands; the demotion then finds nothing to revoke", async () => {
    const { org, owner, admin } = await team("race-two");
    const email = uniqueEmail("early");
    const token = await invite(admin.id, org, email, "producer");
    const invited = await newProfile("early", { email });

    const accepter = await open(invited.id);
    const demoter = await open(owner.id);
    try {
      await accepter.query("select * from app_public.accept_invitation($1)", [token]);
      const pid = (await demoter.query("select pg_backend_pid() as pid")).rows[0].pid as number;
      const demoting = demoter.query(
        "update app_public.memberships set role = 'viewer' where organization_id = $1 and profile_id = $2",
        [org, admin.id],
      );
      await waitUntilBlocked(pid);
      await accepter.query("commit");
      expect((await demoting).rowCount).toBe(1);
      await demoter.query("commit");
    } finally {
      await demoter.query("rollback").catch(() => {});
      await accepter.query("rollback").catch(() => {});
      demoter.release();
      accepter.release();
    }
    expect(await roleOf(org, invited.id)).toBe("producer");
    expect(await roleOf(org, admin.id)).toBe("viewer");
    expect(await invitationState(org, email)).toMatchObject({ status: "accepted", accepted_by: invited.id });
  });
});

describe("expiry, revocation and a truthful list", () => {
  it("expires after identity_settings.invitation_ttl: 7 days by default, configurable", async () => {
    const { org, admin } = await team("ttl");
    const email = uniqueEmail("ttl");
    await invite(admin.id, org, email, "viewer");
    const { rows } = await db.owner.query(
      "select extract(epoch from expires_at - created_at)::int as seconds from app_public.organization_invitations where organization_id = $1",
      [org],
    );
    expect(rows[0].seconds).toBeGreaterThanOrEqual(7 * 24 * 3600 - 5);
    expect(rows[0].seconds).toBeLessThanOrEqual(7 * 24 * 3600 + 5);

    await db.owner.query("update app_private.identity_settings set invitation_ttl = interval '2 days'");
    try {
      const email2 = uniqueEmail("ttl-two");
      await invite(admin.id, org, email2, "viewer");
      const again = await db.owner.query(
        "select extract(epoch from expires_at - created_at)::int as seconds from app_public.organization_invitations where email = $1",
        [email2],
      );
      expect(Math.abs(again.rows[0].seconds - 2 * 24 * 3600)).toBeLessThanOrEqual(5);
    } finally {
      await db.owner.query("update app_private.identity_settings set invitation_ttl = interval '7 days'");
    }
  });

  it("an expired invitation cannot be accepted and shows expired", async () => {
    const { org, admin } = await team("expired");
    const email = uniqueEmail("late");
    const token = await invite(admin.id, org, email, "viewer");
    await db.owner.query(
      "update app_public.organization_invitations set created_at = now() - interval '8 days', expires_at = now() - interval '1 day' where email = $1",
      [email],
    );
    const invited = await newProfile("late", { email });
    expect((await accept(invited.id, token)).code).toBe("NTFND");
    expect(await invitationState(org, email)).toMatchObject({ status: "expired" });
  });

  it("owners and admins revoke a pending invitation; its token stops working; revoking twice is a CONFLICT", async () => {
    const { org, owner, admin, viewer } = await team("revoke");
    const email = uniqueEmail("revoked");
    const token = await invite(admin.id, org, email, "producer");
    const { id } = await invitationState(org, email);

    const revokeAs = async (profile: string) =>
      db.committed("member", { session_id: await db.sessionFor(profile) }, async (client) => {
        const { rows } = await client.query("select app_public.revoke_invitation($1) as i", [id]);
        return rows[0].i;
      });
    // A viewer of the organization and an outsider do not see it at all.
    const outsider = await team("revoke-outsider");
    expect((await revokeAs(viewer.id)).code).toBe("NTFND");
    expect((await revokeAs(outsider.owner.id)).code).toBe("NTFND");
    expect(await invitationState(org, email)).toMatchObject({ status: "pending" });

    const revoked = await revokeAs(owner.id);
    expect(revoked.ok, revoked.message).toBe(true);
    expect(await invitationState(org, email)).toMatchObject({
      status: "revoked",
      revoked_reason: "revoked",
      has_token: false,
    });
    expect((await revokeAs(admin.id)).code).toBe("CONFL");
    const invited = await newProfile("revoked", { email });
    expect((await accept(invited.id, token)).code).toBe("NTFND");
    expect(await roleOf(org, invited.id)).toBeUndefined();
  });

  it("admins may not revoke an invitation to become owner (DNIED)", async () => {
    const { org, owner, admin } = await team("revoke-owner");
    await invite(owner.id, org, uniqueEmail("next-owner"), "owner");
    const { rows } = await db.owner.query(
      "select id from app_public.organization_invitations where organization_id = $1 and role = 'owner'",
      [org],
    );
    const result = await db.committed("member", { session_id: await db.sessionFor(admin.id) }, (client) =>
      client.query("select app_public.revoke_invitation($1)", [rows[0].id]),
    );
    expect(result.code).toBe("DNIED");
  });

  it("a new invitation to the same address replaces the open one, whose token dies", async () => {
    const { org, admin } = await team("replace");
    const email = uniqueEmail("twice");
    const first = await invite(admin.id, org, email, "viewer");
    const second = await invite(admin.id, org, email, "producer");
    const invited = await newProfile("twice", { email });
    expect((await accept(invited.id, first)).code).toBe("NTFND");
    expect((await accept(invited.id, second)).ok).toBe(true);
    expect(await roleOf(org, invited.id)).toBe("producer");
  });

  it("the owner's list shows pending, accepted, expired and revoked, and who accepted", async () => {
    const { org, owner, admin } = await team("list");
    const intruder = await team("list-intruder");
    const emails = {
      pending: uniqueEmail("pending"),
      accepted: uniqueEmail("accepted"),
      expired: uniqueEmail("expired"),
      revoked: uniqueEmail("revoked"),
      hijacked: uniqueEmail("hijacked"),
    };
    await invite(admin.id, org, emails.pending, "viewer");
    const acceptedToken = await invite(admin.id, org, emails.accepted, "casting");
    await invite(admin.id, org, emails.expired, "viewer");
    await invite(admin.id, org, emails.revoked, "viewer");
    const hijackedToken = await invite(admin.id, org, emails.hijacked, "admin");

    const acceptor = await newProfile("accepted", { email: emails.accepted });
    expect((await accept(acceptor.id, acceptedToken)).ok).toBe(true);
    await db.owner.query(
      "update app_public.organization_invitations set expires_at = now() - interval '1 minute' where email = $1",
      [emails.expired],
    );
    const { id: revokedId } = await invitationState(org, emails.revoked);
    await db.committed("member", { session_id: await db.sessionFor(owner.id) }, (client) =>
      client.query("select app_public.revoke_invitation($1)", [revokedId]),
    );
    // Somebody else's attempt with a stolen token changes nothing in the list.
    expect((await accept(intruder.admin.id, hijackedToken)).code).toBe("DNIED");

    const list = await listAsOwner(owner.id, org);
    expect(list).toEqual([
      { email: emails.pending, role: "viewer", status: "pending", accepted_by: null, revoked_reason: null },
      { email: emails.accepted, role: "casting", status: "accepted", accepted_by: acceptor.id, revoked_reason: null },
      { email: emails.expired, role: "viewer", status: "expired", accepted_by: null, revoked_reason: null },
      { email: emails.revoked, role: "viewer", status: "revoked", accepted_by: null, revoked_reason: "revoked" },
      { email: emails.hijacked, role: "admin", status: "pending", accepted_by: null, revoked_reason: null },
    ]);
  });

  it("inviting enqueues the invitation mail in the same transaction", async () => {
    const { org, admin } = await team("mail");
    const email = uniqueEmail("mailed");
    const jobs = async () => ({ rows: (await accountMailsTo(db.owner, email)).map((payload) => ({ payload })) });
    // Rolled back: no invitation, no mail.
    await db.asProfile(admin.id, (client) =>
      client.query("select app_public.invite_to_organization($1, $2, 'viewer')", [org, email]),
    );
    expect((await jobs()).rows).toEqual([]);
    const token = await invite(admin.id, org, email, "viewer");
    const { rows } = await jobs();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toMatchObject({ kind: "organization_invitation", to: email, token, role: "viewer" });
  });
});
