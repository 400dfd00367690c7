// Invitations cannot be used as a spam relay (attack-report M2): a new,
// verified account created an organization named like a phishing notice and
// sent 40 invitations in seconds. Invitations are now limited per inviter,
// per organization and per recipient address (app_private.invitation_limits),
// counted in a log that deleting an organization does not reset, and checked
// under locks so concurrent invitations cannot all slip under a limit (real
// concurrent transactions below).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMailsTo } from "./helpers/account-mail.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const unique = () => randomBytes(4).toString("hex");
const uniqueEmail = (label: string) => `${label}-${unique()}@example.com`;
const INVITE = "select app_public.invite_to_organization($1, $2, 'viewer') as token";

async function limits(values: Partial<Record<string, number>>) {
  const base = {
    per_inviter_limit: 20,
    per_inviter_daily_limit: 100,
    per_organization_limit: 200,
    per_recipient_limit: 5,
  };
  const merged = { ...base, ...values };
  await db.owner.query(
    `update app_private.invitation_limits set per_inviter_limit = $1, per_inviter_daily_limit = $2,
       per_organization_limit = $3, per_recipient_limit = $4`,
    [
      merged.per_inviter_limit,
      merged.per_inviter_daily_limit,
      merged.per_organization_limit,
      merged.per_recipient_limit,
    ],
  );
}

async function verifiedProfile(label: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, $2, now()) returning id",
    [uniqueEmail(label), `Test ${label}`],
  );
  return rows[0].id;
}

async function organizationWith(admins: string[]): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.organizations (name, slug) values ('Org', $1) returning id",
    [`org-${unique()}`],
  );
  for (const [i, admin] of admins.entries()) {
    await db.owner.query("insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, $3)", [
      rows[0].id,
      admin,
      i === 0 ? "owner" : "admin",
    ]);
  }
  return rows[0].id;
}

async function invite(profile: string, organization: string, email: string) {
  return db.committed("member", { session_id: await db.sessionFor(profile) }, (client) =>
    client.query(INVITE, [organization, email]),
  );
}

describe("invitation limits", () => {
  it("per inviter: five invitations at the same moment with a limit of 3 → exactly 3 sent (real transactions)", async () => {
    await limits({ per_inviter_limit: 3 });
    const admin = await verifiedProfile("inviter");
    const org = await organizationWith([admin]);
    const session = await db.sessionFor(admin);
    const results = await race(
      db,
      Array.from({ length: 5 }, () => ({
        role: "member" as const,
        claims: { session_id: session },
        sql: INVITE,
        params: [org, uniqueEmail("guest")],
      })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(["RLIMT", "RLIMT"]);
    const sent = await db.owner.query(
      "select count(*)::int as n from app_public.organization_invitations where invited_by = $1",
      [admin],
    );
    expect(sent.rows[0].n).toBe(3);
    // Deleting the organization and starting another does not reset the inviter's count.
    await db.owner.query("delete from app_public.organizations where id = $1", [org]);
    const again = await organizationWith([admin]);
    expect((await invite(admin, again, uniqueEmail("guest"))).code).toBe("RLIMT");
  });

  it("per organization: two admins inviting at once share the organization's limit", async () => {
    await limits({ per_organization_limit: 4 });
    const [first, second] = [await verifiedProfile("first"), await verifiedProfile("second")];
    const org = await organizationWith([first as string, second as string]);
    const sessions = [await db.sessionFor(first as string), await db.sessionFor(second as string)];
    const results = await race(
      db,
      Array.from({ length: 6 }, (_, i) => ({
        role: "member" as const,
        claims: { session_id: sessions[i % 2] as string },
        sql: INVITE,
        params: [org, uniqueEmail("guest")],
      })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(["RLIMT"]));
  });

  it("per recipient: one address, however spelled, gets at most the limit from all organizations together", async () => {
    await limits({ per_recipient_limit: 2 });
    const victim = uniqueEmail("victim");
    const inviters = [await verifiedProfile("a"), await verifiedProfile("b"), await verifiedProfile("c")];
    const orgs = [];
    for (const inviter of inviters) orgs.push(await organizationWith([inviter]));
    expect((await invite(inviters[0] as string, orgs[0] as string, victim)).ok).toBe(true);
    expect((await invite(inviters[1] as string, orgs[1] as string, victim.toUpperCase())).ok).toBe(true);
    const third = await invite(inviters[2] as string, orgs[2] as string, ` ${victim}`.trim());
    expect(third.code).toBe("RLIMT");
    expect(third.message).toMatch(/too many invitations/);
    // Another address is not affected.
    expect((await invite(inviters[2] as string, orgs[2] as string, uniqueEmail("other"))).ok).toBe(true);
  });

  it("a refused invitation writes nothing and sends nothing", async () => {
    await limits({ per_inviter_limit: 0 });
    const admin = await verifiedProfile("none");
    const org = await organizationWith([admin]);
    const email = uniqueEmail("nobody");
    await db.withClaims("member", { session_id: await db.sessionFor(admin) }, async (client) => {
      const result = await attempt(client, INVITE, [org, email]);
      expect(result.code).toBe("RLIMT");
    });
    expect(await accountMailsTo(db.owner, email)).toEqual([]);
    await limits({});
  });

  it("the log keeps no address, only its digest", async () => {
    await limits({});
    const admin = await verifiedProfile("digest");
    const org = await organizationWith([admin]);
    const email = uniqueEmail("private");
    expect((await invite(admin, org, email)).ok).toBe(true);
    const { rows } = await db.owner.query("select * from app_private.invitation_log where inviter = $1", [admin]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(email.split("@")[0]);
  });
});
