// Signing in over real HTTP: the client's auth operations, every way a bearer
// token can be wrong, tokens of an external identity provider (RS256 via a
// JWKS served by the test), and the Clerk webhook that keeps profiles in sync.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { Webhook } from "svix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { type GraphQLBody, startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function profileIdOf(email: string): Promise<string> {
  const { rows } = await db.owner.query("select id from app_public.profiles where email = $1", [email]);
  if (!rows[0]) throw new Error(`no profile ${email}`);
  return rows[0].id;
}

const CURRENT = "{ currentProfile { rowId email } events { totalCount } }";

/** A 401 from the HTTP layer: one UNAUTHENTICATED error, no data, a WWW-Authenticate challenge. */
function expectUnauthenticated(response: { status: number; headers: Headers; body: GraphQLBody }) {
  expect(response.status).toBe(401);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
}

/**
 * A token that verifies but whose session is gone (revoked, expired, unknown): the database refuses it
 * (RVOKD) as soon as the request acts as someone, and the answer is a 401 too, with no data about anyone.
 */
function expectSessionEnded(response: { status: number; headers: Headers; body: GraphQLBody }) {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
  expect(response.body.errors?.length).toBeGreaterThan(0);
  for (const error of response.body.errors ?? []) {
    expect(error.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "SESSION_REVOKED" });
  }
  expect(JSON.stringify(response.body.data ?? null)).not.toMatch(/rowId|totalCount":[1-9]/);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("sign-in flow with the client's operations", () => {
  const owner = account("moda-bogota", "owner");

  it("Login returns a token; CurrentProfile with it shows the person and their organization", async () => {
    const login = await api.graphql(operation("Login"), { email: owner.email, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data?.authenticate?.result;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const me = await api.graphql(operation("CurrentProfile"), {}, { token });
    expect(me.status).toBe(200);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data?.currentProfile).toMatchObject({ email: owner.email, fullName: owner.fullName });
    expect(me.body.data?.currentProfile.memberships.nodes).toEqual([
      expect.objectContaining({ role: "owner", organization: expect.objectContaining({ slug: "moda-bogota" }) }),
    ]);
  });

  // A visitor without a session asks who they are: the answer is null, not an error.
  it("without a token CurrentProfile is null, not an error", async () => {
    const me = await api.graphql(operation("CurrentProfile"));
    expect(me.status).toBe(200);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data?.currentProfile).toBeNull();
  });

  it("Logout revokes the token at once: the same token is then a 401 (SESSION_REVOKED), not a member with no profile", async () => {
    const token = await api.login(owner.email, DEMO_PASSWORD);
    const before = await api.graphql(CURRENT, {}, { token });
    expect(before.body.data?.currentProfile?.email).toBe(owner.email);
    expect(before.body.data?.events.totalCount).toBeGreaterThan(0);

    const logout = await api.graphql(operation("Logout"), {}, { token });
    expect(logout.body.errors).toBeUndefined();
    expect(logout.body.data?.logout?.result).toBe(true);

    const after = await api.graphql(CURRENT, {}, { token });
    expectSessionEnded(after);

    // A second logout with the revoked token revokes nothing.
    const again = await api.graphql(operation("Logout"), {}, { token });
    expect(again.body.data?.logout?.result).toBe(false);
  });

  it("Logout ends only that session; another token of the same person keeps working", async () => {
    const first = await api.login(owner.email, DEMO_PASSWORD);
    const second = await api.login(owner.email, DEMO_PASSWORD);
    await api.graphql(operation("Logout"), {}, { token: first });
    expectSessionEnded(await api.graphql(CURRENT, {}, { token: first }));
    expect((await api.graphql(CURRENT, {}, { token: second })).body.data?.currentProfile?.email).toBe(owner.email);
  });

  it("LogoutEverywhere revokes every session of the person", async () => {
    const producer = account("moda-bogota", "producer");
    const tokens = [
      await api.login(producer.email, DEMO_PASSWORD),
      await api.login(producer.email, DEMO_PASSWORD),
      await api.login(producer.email, DEMO_PASSWORD),
    ];
    const result = await api.graphql(operation("LogoutEverywhere"), {}, { token: tokens[0] });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.logoutEverywhere?.result).toBeGreaterThanOrEqual(3);
    for (const token of tokens) expectSessionEnded(await api.graphql(CURRENT, {}, { token }));
    const { rows } = await db.owner.query(
      "select count(*)::int as active from app_private.sessions where profile_id = $1 and revoked_at is null",
      [await profileIdOf(producer.email)],
    );
    expect(rows[0].active).toBe(0);
    // Signing in again works.
    const fresh = await api.login(producer.email, DEMO_PASSWORD);
    expect((await api.graphql(CURRENT, {}, { token: fresh })).body.data?.currentProfile?.email).toBe(producer.email);
  });

  it("a wrong password or an unknown email gives a null result, without saying which", async () => {
    for (const variables of [
      { email: owner.email, password: "not-the-password" },
      { email: owner.email, password: DEMO_PASSWORD.toUpperCase() },
      { email: "nobody@bogota.fashionos.test", password: DEMO_PASSWORD },
    ]) {
      const { status, body } = await api.graphql(operation("Login"), variables);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.authenticate?.result).toBeNull();
    }
  });

  it("Register answers true and makes no account yet: its password signs in only once its mailed link is followed", async () => {
    const email = `nueva-${randomUUID().slice(0, 8)}@example.com`;
    const registered = await api.graphql(operation("Register"), {
      email,
      password: "long-enough-password",
      fullName: "  Valentina Restrepo  ",
    });
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    // No session from register: the same answer as for an address that has an account.
    expect(registered.body.data?.register?.result).toBe(true);

    // A registration is not an account (test/api-identity.test.ts follows the link).
    const login = await api.graphql(operation("Login"), { email, password: "long-enough-password" });
    expect(login.body).toEqual({ data: { authenticate: { result: null } } });
  });
});

describe("bad bearer tokens are refused before GraphQL runs", () => {
  const secret = new TextEncoder().encode(TEST_JWT_SECRET);
  let profileId: string;
  let sessionId: string;

  beforeAll(async () => {
    profileId = await profileIdOf(account("moda-bogota", "viewer").email);
    sessionId = await db.sessionFor(profileId);
  });

  interface TokenOptions {
    claims?: JWTPayload;
    issuer?: string;
    audience?: string;
    expiresAt?: number | null;
    key?: Uint8Array;
    alg?: string;
  }

  /** A FashionOS session token; every option defaults to what the server accepts. */
  function sessionToken(options: TokenOptions = {}): Promise<string> {
    const jwt = new SignJWT(options.claims ?? { session_id: sessionId, profile_id: profileId })
      .setProtectedHeader({ alg: options.alg ?? "HS256", typ: "JWT" })
      .setIssuedAt()
      .setIssuer(options.issuer ?? "fashionos")
      .setAudience(options.audience ?? "fashionos");
    if (options.expiresAt !== null) jwt.setExpirationTime(options.expiresAt ?? nowSeconds() + 3600);
    return jwt.sign(options.key ?? secret);
  }

  const send = (authorization: string) => api.graphql(CURRENT, {}, { headers: { authorization } });

  it("control: a token crafted the same way with the right settings is accepted", async () => {
    const response = await send(`Bearer ${await sessionToken()}`);
    expect(response.status).toBe(200);
    expect(response.body.data?.currentProfile?.rowId).toBe(profileId);
  });

  const cases: [string, () => Promise<string>][] = [
    ["an expired token", async () => `Bearer ${await sessionToken({ expiresAt: nowSeconds() - 60 })}`],
    ["a token without an expiry", async () => `Bearer ${await sessionToken({ expiresAt: null })}`],
    ["garbage", async () => "Bearer garbage"],
    ["a token with two segments", async () => "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"],
    ["a token with four segments", async () => `Bearer ${await sessionToken()}.extra`],
    ["a token whose header is not JSON", async () => "Bearer bm90LWpzb24.eyJzdWIiOiJ4In0.c2ln"],
    ["the Basic scheme", async () => `Basic ${Buffer.from("owner@bogota.fashionos.test:x").toString("base64")}`],
    ["a bare token without a scheme", async () => sessionToken()],
    ["two tokens after the scheme", async () => `Bearer ${await sessionToken()} ${await sessionToken()}`],
    [
      "an unsigned token (alg: none)",
      async () =>
        `Bearer ${base64url({ alg: "none", typ: "JWT" })}.${base64url({
          session_id: sessionId,
          profile_id: profileId,
          iss: "fashionos",
          aud: "fashionos",
          exp: nowSeconds() + 3600,
        })}.`,
    ],
    [
      "a token signed with another secret",
      async () => `Bearer ${await sessionToken({ key: new TextEncoder().encode("another-secret-".repeat(4)) })}`,
    ],
    ["HS512 with the right secret", async () => `Bearer ${await sessionToken({ alg: "HS512" })}`],
    ["a token of another issuer", async () => `Bearer ${await sessionToken({ issuer: "someone-else" })}`],
    ["a token for another audience", async () => `Bearer ${await sessionToken({ audience: "another-app" })}`],
    ["a token without a session", async () => `Bearer ${await sessionToken({ claims: { profile_id: profileId } })}`],
    [
      "a token whose session is not a UUID",
      async () => `Bearer ${await sessionToken({ claims: { session_id: "1 or 1=1", profile_id: profileId } })}`,
    ],
    [
      "an RS256 token while no external identity provider is configured",
      async () => {
        const { privateKey } = await generateKeyPair("RS256");
        const token = await new SignJWT({ sub: "user_123" })
          .setProtectedHeader({ alg: "RS256", kid: "k1" })
          .setIssuer("fashionos")
          .setAudience("fashionos")
          .setExpirationTime("1h")
          .sign(privateKey);
        return `Bearer ${token}`;
      },
    ],
  ];

  for (const [name, authorization] of cases) {
    it(`${name} → 401 UNAUTHENTICATED, no data`, async () => {
      expectUnauthenticated(await send(await authorization()));
    });
  }

  it("a tampered payload (signature of another payload) → 401", async () => {
    const [header, , signature] = (await sessionToken()).split(".");
    const forged = base64url({
      session_id: sessionId,
      profile_id: await profileIdOf(account("moda-bogota", "owner").email),
      iss: "fashionos",
      aud: "fashionos",
      exp: nowSeconds() + 3600,
    });
    expectUnauthenticated(await send(`Bearer ${header}.${forged}.${signature}`));
  });

  it("a well-signed token naming a session that does not exist is a 401, neither anonymous nor someone", async () => {
    const response = await send(`Bearer ${await sessionToken({ claims: { session_id: randomUUID() } })}`);
    expectSessionEnded(response);
  });

  it("the profile_id claim is not trusted: only the session decides who you are", async () => {
    const ownerId = await profileIdOf(account("moda-bogota", "owner").email);
    const response = await send(
      `Bearer ${await sessionToken({ claims: { session_id: sessionId, profile_id: ownerId } })}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data?.currentProfile?.rowId).toBe(profileId);
  });

  it("an expired session in the database makes a valid token a 401", async () => {
    const expired = await db.sessionFor(profileId);
    await db.owner.query("update app_private.sessions set expires_at = now() - interval '1 minute' where id = $1", [
      expired,
    ]);
    const response = await send(`Bearer ${await sessionToken({ claims: { session_id: expired } })}`);
    expectSessionEnded(response);
  });
});

describe("external identity provider (RS256 tokens, keys from a JWKS URL)", () => {
  const ISSUER = "https://idp.fashionos.test";
  const AUDIENCE = "fashionos-api";
  const KID = "test-key-1";
  const SUBJECT = `user_${randomUUID().replaceAll("-", "")}`;
  let jwks: Server;
  let external: TestServer;
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  let jwksRequests = 0;
  const person = account("medellin-fashion", "producer");

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair("RS256")).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: "RS256", use: "sig" };
    jwks = createServer((req, res) => {
      jwksRequests += 1;
      if (req.url === "/jwks") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ keys: [jwk] }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const { port } = jwks.address() as AddressInfo;
    external = await startTestServer(db, {
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    });
    await db.owner.query("update app_public.profiles set auth_subject = $1 where email = $2", [SUBJECT, person.email]);
  });
  afterAll(async () => {
    await external?.close();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  function idpToken(
    options: { sub?: string; issuer?: string; audience?: string; key?: CryptoKey; kid?: string; exp?: number } = {},
  ) {
    return new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: options.kid ?? KID })
      .setSubject(options.sub ?? SUBJECT)
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? nowSeconds() + 600)
      .sign(options.key ?? privateKey);
  }

  it("a valid token signs in as the profile with that auth_subject, with its organization's rights", async () => {
    const response = await external.graphql(CURRENT, {}, { token: await idpToken() });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.currentProfile?.email).toBe(person.email);
    const { rows } = await db.owner.query(
      `select count(*)::int as n from app_public.events e join app_public.organizations o on o.id = e.organization_id
        where o.slug = 'medellin-fashion'`,
    );
    expect(response.body.data?.events.totalCount).toBe(rows[0].n);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it("the provider's tokens are also rate-limited and scoped per subject (CurrentProfile works)", async () => {
    const response = await external.graphql(operation("CurrentProfile"), {}, { token: await idpToken() });
    expect(response.body.data?.currentProfile.memberships.nodes).toEqual([
      expect.objectContaining({
        role: "producer",
        organization: expect.objectContaining({ slug: "medellin-fashion" }),
      }),
    ]);
  });

  it("a valid token for a subject no profile has is anonymous", async () => {
    const response = await external.graphql(CURRENT, {}, { token: await idpToken({ sub: "user_unknown" }) });
    expect(response.status).toBe(200);
    expect(response.body.data?.currentProfile).toBeNull();
    expect(response.body.data?.events.totalCount).toBe(0);
  });

  it("FashionOS session tokens keep working next to the provider", async () => {
    const token = await external.login(account("moda-bogota", "owner").email, DEMO_PASSWORD);
    expect((await external.graphql(CURRENT, {}, { token })).body.data?.currentProfile?.email).toBe(
      account("moda-bogota", "owner").email,
    );
  });

  const refusals: [string, () => Promise<string>][] = [
    ["another audience", () => idpToken({ audience: "fashionos" })],
    ["another issuer", () => idpToken({ issuer: "https://evil.example" })],
    ["another key under the published kid", () => idpToken({ key: otherKey })],
    ["a kid the JWKS does not publish", () => idpToken({ key: otherKey, kid: "unknown-key" })],
    ["an expired token", () => idpToken({ exp: nowSeconds() - 60 })],
    [
      "a token without a subject",
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: "RS256", kid: KID })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime("10m")
          .sign(privateKey),
    ],
  ];
  for (const [name, token] of refusals) {
    it(`${name} → 401 UNAUTHENTICATED`, async () => {
      expectUnauthenticated(await external.graphql(CURRENT, {}, { token: await token() }));
    });
  }

  it("an HS256 token carrying the provider's issuer and audience is not taken for the provider's", async () => {
    const token = await new SignJWT({ sub: SUBJECT })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expectUnauthenticated(await external.graphql(CURRENT, {}, { token }));
  });
});

describe("Clerk webhook (/webhooks/clerk, signed with Svix)", () => {
  const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
  let clerk: TestServer;

  beforeAll(async () => {
    clerk = await startTestServer(db, { CLERK_WEBHOOK_SECRET: SECRET });
  });
  afterAll(() => clerk?.close());

  interface ClerkUserData {
    id: string;
    email_addresses?: { id: string; email_address: string; verification?: { status: string } }[];
    primary_email_address_id?: string;
    first_name?: string | null;
    last_name?: string | null;
    image_url?: string;
    deleted?: boolean;
  }

  const userEvent = (type: string, data: ClerkUserData) =>
    JSON.stringify({ type, object: "event", timestamp: Date.now(), data: { object: "user", ...data } });

  const userData = (id: string, email: string, first: string, last: string): ClerkUserData => ({
    id,
    email_addresses: [
      { id: "idn_secondary", email_address: `alias-${email}`, verification: { status: "unverified" } },
      { id: "idn_primary", email_address: email, verification: { status: "verified" } },
    ],
    primary_email_address_id: "idn_primary",
    first_name: first,
    last_name: last,
    image_url: "https://img.clerk.com/avatar.png",
  });

  function signedHeaders(body: string, options: { id?: string; secret?: string; at?: Date } = {}) {
    const id = options.id ?? `msg_${randomUUID()}`;
    const at = options.at ?? new Date();
    return {
      "svix-id": id,
      "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
      "svix-signature": new Webhook(options.secret ?? SECRET).sign(id, at, body),
    };
  }

  async function post(server: TestServer, body: string, headers: Record<string, string>) {
    const response = await fetch(`${server.url}/webhooks/clerk`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const profilesCount = async () =>
    (await db.owner.query("select count(*)::int as n from app_public.profiles")).rows[0].n as number;
  const profileBySubject = async (subject: string) =>
    (
      await db.owner.query(
        "select id, email::text, full_name, avatar_url from app_public.profiles where auth_subject = $1",
        [subject],
      )
    ).rows;

  it("user.created creates a profile with the Clerk user id as auth_subject and the primary email", async () => {
    const subject = `user_${randomUUID()}`;
    const before = await profilesCount();
    const body = userEvent("user.created", userData(subject, "camila.webhook@example.com", "Camila", "Ospina"));
    const response = await post(clerk, body, signedHeaders(body));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, profileId: expect.any(String) });
    expect(await profilesCount()).toBe(before + 1);
    expect(await profileBySubject(subject)).toEqual([
      {
        id: response.body.profileId,
        email: "camila.webhook@example.com",
        full_name: "Camila Ospina",
        avatar_url: "https://img.clerk.com/avatar.png",
      },
    ]);
  });

  it("a replayed delivery of the same event is harmless: still one profile", async () => {
    const subject = `user_${randomUUID()}`;
    const body = userEvent("user.created", userData(subject, "replay.webhook@example.com", "Ana", "Replay"));
    const headers = signedHeaders(body);
    const before = await profilesCount();
    const first = await post(clerk, body, headers);
    const second = await post(clerk, body, headers);
    const third = await post(clerk, body, signedHeaders(body));
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect(second.body.profileId).toBe(first.body.profileId);
    expect(third.body.profileId).toBe(first.body.profileId);
    expect(await profilesCount()).toBe(before + 1);
    expect(await profileBySubject(subject)).toHaveLength(1);
  });

  it("user.updated changes the name and the email; user.deleted deletes the profile", async () => {
    const subject = `user_${randomUUID()}`;
    const created = userEvent("user.created", userData(subject, "before.webhook@example.com", "Luisa", "Antes"));
    const { body: createdBody } = await post(clerk, created, signedHeaders(created));

    const updated = userEvent("user.updated", userData(subject, "after.webhook@example.com", "Luisa", "Después"));
    const response = await post(clerk, updated, signedHeaders(updated));
    expect(response.status).toBe(200);
    expect(response.body.profileId).toBe(createdBody.profileId);
    expect(await profileBySubject(subject)).toEqual([
      expect.objectContaining({ email: "after.webhook@example.com", full_name: "Luisa Después" }),
    ]);

    const before = await profilesCount();
    const deleted = userEvent("user.deleted", { id: subject, deleted: true });
    const gone = await post(clerk, deleted, signedHeaders(deleted));
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ ok: true, outcome: "deleted" });
    expect(await profileBySubject(subject)).toEqual([]);
    expect(await profilesCount()).toBe(before - 1);

    // Deleting again (a replay) is harmless.
    const replay = await post(clerk, deleted, signedHeaders(deleted));
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ ok: true, outcome: "unknown" });
  });

  it("user.created for the email of an existing account links that account instead of duplicating it", async () => {
    const viewer = account("medellin-fashion", "viewer");
    const subject = `user_${randomUUID()}`;
    const before = await profilesCount();
    const body = userEvent("user.created", userData(subject, viewer.email, "Tomás", "Álvarez"));
    const response = await post(clerk, body, signedHeaders(body));
    expect(response.status).toBe(200);
    expect(response.body.profileId).toBe(await profileIdOf(viewer.email));
    expect(await profilesCount()).toBe(before);
  });

  it("events of other types are acknowledged and ignored", async () => {
    const before = await profilesCount();
    const body = JSON.stringify({ type: "session.created", object: "event", data: { id: "sess_1" } });
    const response = await post(clerk, body, signedHeaders(body));
    expect(response).toEqual({ status: 200, body: { ok: true, ignored: "session.created" } });
    expect(await profilesCount()).toBe(before);
  });

  const rejected: [string, (body: string) => Record<string, string>, ((body: string) => string)?][] = [
    [
      "a signature made with another secret",
      (body) => signedHeaders(body, { secret: `whsec_${randomBytes(32).toString("base64")}` }),
    ],
    ["no Svix headers at all", () => ({})],
    [
      "a missing svix-signature header",
      (body) => {
        const { "svix-signature": _, ...rest } = signedHeaders(body);
        return rest;
      },
    ],
    [
      "a garbage signature",
      (body) => ({ ...signedHeaders(body), "svix-signature": "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }),
    ],
    [
      "a timestamp outside Svix's tolerance (an old capture)",
      (body) => signedHeaders(body, { at: new Date(Date.now() - 10 * 60_000) }),
    ],
    [
      "a tampered body (signed before an attacker changed the email)",
      (body) => signedHeaders(body),
      (body) => body.replace("victim.webhook@example.com", "attacker.webhook@example.com"),
    ],
  ];

  for (const [name, headersFor, tamper] of rejected) {
    it(`${name} → 400 and nothing written`, async () => {
      const subject = `user_${randomUUID()}`;
      const body = userEvent("user.created", userData(subject, "victim.webhook@example.com", "Mal", "Intento"));
      const before = await profilesCount();
      const headers = headersFor(body);
      const sent = tamper ? tamper(body) : body;
      expect(sent === body).toBe(!tamper);
      const response = await post(clerk, sent, headers);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: expect.any(String) });
      expect(await profilesCount()).toBe(before);
      expect(await profileBySubject(subject)).toEqual([]);
    });
  }

  it("a signed delete cannot be turned into the delete of another user", async () => {
    const victim = `user_${randomUUID()}`;
    const created = userEvent("user.created", userData(victim, "kept.webhook@example.com", "Se", "Queda"));
    await post(clerk, created, signedHeaders(created));
    const other = userEvent("user.deleted", { id: "user_someone_else", deleted: true });
    const headers = signedHeaders(other);
    const response = await post(clerk, other.replace("user_someone_else", victim), headers);
    expect(response.status).toBe(400);
    expect(await profileBySubject(victim)).toHaveLength(1);
  });

  it("without CLERK_WEBHOOK_SECRET the endpoint is off (404) and writes nothing", async () => {
    const before = await profilesCount();
    const body = userEvent("user.created", userData(`user_${randomUUID()}`, "off.webhook@example.com", "No", "Config"));
    const response = await post(api, body, signedHeaders(body));
    expect(response.status).toBe(404);
    expect(await profilesCount()).toBe(before);
  });
});
