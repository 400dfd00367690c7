// A request with no profile is not trusted (attack-report M5). A token whose
// session was revoked used to run as a member with no profile, and two
// triggers treated "no profile" as the worker: creating an event with another
// organization's member as organizer answered FORBIDDEN for a member of the
// target organization but REFERENCE_INVALID for anyone else, and a sponsor on
// another organization's draft event FORBIDDEN but NOT_FOUND for a random id
// — an oracle for who belongs where and which rows exist. Now trust is
// decided by the role a statement runs as, a dead session is refused outright
// (RVOKD in the database, HTTP 401 at the API), and a request that has no
// profile for another reason (an identity-provider subject not yet known)
// gets the same answer whatever it probes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let bogota: string;
let bogotaMember: string;
let medellinMember: string;
let medellinDraft: string;
const RANDOM = "11111111-1111-4111-8111-111111111111";

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1000" });
  const one = async (sql: string, params: unknown[] = []) => (await db.owner.query(sql, params)).rows[0].id as string;
  bogota = await one("select id from app_public.organizations where slug = 'moda-bogota'");
  const member = (slug: string, role: string) => {
    const found = DEMO_ACCOUNTS.find((a) => a.organizationSlug === slug && a.role === role);
    if (!found) throw new Error(`no demo ${role} in ${slug}`);
    return one("select id from app_public.profiles where email = $1", [found.email]);
  };
  bogotaMember = await member("moda-bogota", "owner");
  medellinMember = await member("medellin-fashion", "owner");
  medellinDraft = await one(
    `select e.id from app_public.events e join app_public.organizations o on o.id = e.organization_id
      where o.slug = 'medellin-fashion' and e.status = 'draft' and not e.is_public limit 1`,
  );
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const CREATE_EVENT = `insert into app_public.events (organization_id, organizer_id, title, slug, starts_at, ends_at)
  values ($1, $2, 'Sonda', 'sonda', '2027-01-01T00:00:00Z', '2027-01-01T01:00:00Z')`;
const CREATE_SPONSOR = "insert into app_public.sponsors (event_id, name, tier) values ($1, 'Sonda', 'gold')";

/** The two probes of the report, as one request role with these claims: what each answers. */
async function probes(claims: Record<string, string>) {
  return db.withClaims("member", claims, async (client) => {
    const answer = async (sql: string, params: unknown[]) => {
      const result = await attempt(client, sql, params);
      return { code: result.code ?? "ok", message: result.message?.replaceAll(params[1] as string, "<id>") };
    };
    return {
      organizer: {
        bogotaMember: await answer(CREATE_EVENT, [bogota, bogotaMember]),
        medellinMember: await answer(CREATE_EVENT, [bogota, medellinMember]),
        random: await answer(CREATE_EVENT, [bogota, RANDOM]),
      },
      sponsor: {
        existingDraft: await answer(CREATE_SPONSOR, [medellinDraft]),
        random: await answer(CREATE_SPONSOR, [RANDOM]),
      },
    };
  });
}

function expectNoOracle(found: Awaited<ReturnType<typeof probes>>) {
  // Whoever the organizer is, and whether the event exists, the answer is the same.
  expect(found.organizer.medellinMember).toEqual(found.organizer.bogotaMember);
  expect(found.organizer.random).toEqual(found.organizer.bogotaMember);
  expect(found.sponsor.random).toEqual(found.sponsor.existingDraft);
}

describe("in the database", () => {
  it("a revoked session is refused (RVOKD) on every probe, whatever it names", async () => {
    const session = await db.sessionFor(bogotaMember);
    await db.owner.query("update app_private.sessions set revoked_at = now() where id = $1", [session]);
    const found = await probes({ session_id: session });
    expectNoOracle(found);
    expect(found.organizer.bogotaMember.code).toBe("RVOKD");
    expect(found.sponsor.existingDraft.code).toBe("RVOKD");
  });

  it("a member request with no profile (an identity-provider subject not yet known) gets one answer per probe", async () => {
    const found = await probes({ auth_subject: `user_${randomUUID()}` });
    expectNoOracle(found);
    // Row-level security refuses the event whoever its organizer is; the sponsor's event is "missing" either way.
    expect(found.organizer.bogotaMember.code).toBe("42501");
    expect(found.sponsor.existingDraft.code).toBe("NTFND");
  });

  it("a signed-in member of another organization gets one answer per probe too (unchanged)", async () => {
    const session = await db.sessionFor(medellinMember);
    const found = await probes({ session_id: session });
    expect(found.organizer.random).toEqual(found.organizer.bogotaMember);
    expect(found.organizer.bogotaMember.code).toBe("42501");
  });

  it("the owner (the worker) is still trusted: it writes any organization's child rows", async () => {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const sponsor = await attempt(client, `${CREATE_SPONSOR} returning organization_id`, [medellinDraft]);
      expect(sponsor.ok, sponsor.message).toBe(true);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
});

describe("over HTTP: a logged-out token", () => {
  it("answers both probes with the same 401 UNAUTHENTICATED, whatever they name", async () => {
    const viewer = DEMO_ACCOUNTS.find((a) => a.organizationSlug === "medellin-fashion" && a.role === "viewer");
    if (!viewer) throw new Error("no demo viewer");
    const token = await api.login(viewer.email, DEMO_PASSWORD);
    const logout = await api.graphql(operation("Logout"), {}, { token });
    expect(logout.body.data?.logout?.result).toBe(true);

    const createEvent = (person: string) =>
      api.graphql(
        `mutation($o: UUID!, $p: UUID!) { createEvent(input: { event: { organizationId: $o, organizerId: $p, title: "x",
           slug: "x-probe", startsAt: "2027-01-01T00:00:00Z", endsAt: "2027-01-01T01:00:00Z" } }) { clientMutationId } }`,
        { o: bogota, p: person },
        { token },
      );
    const createSponsor = (event: string) =>
      api.graphql(
        `mutation($e: UUID!) { createSponsor(input: { sponsor: { eventId: $e, name: "x", tier: "gold" } }) { clientMutationId } }`,
        { e: event },
        { token },
      );
    const answers = {
      organizer: await Promise.all([bogotaMember, medellinMember, RANDOM].map(createEvent)),
      sponsor: await Promise.all([medellinDraft, RANDOM].map(createSponsor)),
    };
    for (const response of [...answers.organizer, ...answers.sponsor]) {
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: "UNAUTHENTICATED",
        reason: "SESSION_REVOKED",
      });
    }
    const bodies = (list: { body: unknown }[]) => new Set(list.map((r) => JSON.stringify(r.body)));
    expect(bodies(answers.organizer).size).toBe(1);
    expect(bodies(answers.sponsor).size).toBe(1);
    // Nothing was written.
    const { rows } = await db.owner.query("select count(*)::int as n from app_public.events where slug = 'x-probe'");
    expect(rows[0].n).toBe(0);
  });
});
