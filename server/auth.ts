// Verifies the bearer token of a request. PostGraphile signs tokens but never
// verifies them, so this is the only place a token becomes trusted claims; the
// request's pgSettings are built from what this returns and nothing else.
import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from "jose";
import { LRUCache } from "lru-cache";
import type { ServerConfig } from "./config.ts";

export type Claims =
  | { kind: "anonymous" }
  /** A FashionOS session token (from authenticate/register). */
  | { kind: "session"; sessionId: string; profileId: string | null }
  /** An external identity provider token, mapped to a profile by auth_subject. */
  | { kind: "external"; subject: string };

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthError";
  }
}

/**
 * How many verified session tokens are remembered. A dashboard sends the same
 * token with every request, and jose verifies HS256 through WebCrypto, which
 * cost about a tenth of the API's CPU per dashboard read (bench, issue 12).
 * Only tokens whose signature and claims were verified are kept, each no
 * longer than its own `exp` and at most TOKEN_CACHE_TTL_MS, so a cached token
 * is exactly as trusted as a re-verified one: the cache saves arithmetic, not
 * checks. Revocation is not decided here (the database checks the session on
 * every request), so the cache cannot keep a revoked session alive.
 */
export const TOKEN_CACHE_SIZE = 10_000;
export const TOKEN_CACHE_TTL_MS = 5 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function makeVerifier(config: ServerConfig) {
  const secret = new TextEncoder().encode(config.jwtSecret);
  const jwks = config.externalAuth ? createRemoteJWKSet(new URL(config.externalAuth.jwksUrl)) : null;
  const verifiedSessions = new LRUCache<string, Claims>({ max: TOKEN_CACHE_SIZE, ttlAutopurge: false });

  return async function verify(authorization: string | undefined): Promise<Claims> {
    if (authorization === undefined || authorization === "") return { kind: "anonymous" };
    // RFC 9110 §11.1: the scheme is case-insensitive and separated from the
    // credentials by one or more spaces.
    const match = /^Bearer[ \t]+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AuthError("Malformed Authorization header: expected 'Bearer <JWT>'.");
    const token = match[1];
    // lru-cache checks each entry's ttl on get: an entry past its token's exp is never returned.
    const cached = verifiedSessions.get(token);
    if (cached) return cached;
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthError("Malformed token.");
    }
    try {
      if (alg === "HS256") {
        const { payload } = await jwtVerify(token, secret, {
          algorithms: ["HS256"],
          issuer: config.jwtIssuer,
          audience: config.jwtAudience,
          requiredClaims: ["exp"],
        });
        const claims = sessionClaims(payload);
        const ttl = Math.min(TOKEN_CACHE_TTL_MS, (payload.exp as number) * 1000 - Date.now());
        if (ttl > 0) verifiedSessions.set(token, claims, { ttl });
        return claims;
      }
      if (alg === "RS256" && jwks && config.externalAuth) {
        const { payload } = await jwtVerify(token, jwks, {
          algorithms: ["RS256"],
          issuer: config.externalAuth.issuer,
          audience: config.externalAuth.audience,
          requiredClaims: ["exp", "sub"],
        });
        if (!payload.sub) throw new AuthError("Token has no subject.");
        return { kind: "external", subject: payload.sub };
      }
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JWTExpired) throw new AuthError("Token expired.");
      if (error instanceof errors.JWTClaimValidationFailed)
        throw new AuthError(`Token rejected: ${error.reason} ${error.claim}.`);
      throw new AuthError("Token signature or format is invalid.");
    }
    throw new AuthError(`Tokens signed with ${alg ?? "no algorithm"} are not accepted.`);
  };
}

function sessionClaims(payload: JWTPayload): Claims {
  const sessionId = payload.session_id;
  if (typeof sessionId !== "string" || !UUID.test(sessionId)) throw new AuthError("Token has no valid session.");
  const profileId = typeof payload.profile_id === "string" ? payload.profile_id : null;
  return { kind: "session", sessionId, profileId };
}

/** Postgres settings for one request: the role to switch to and the verified claims. */
export function pgSettingsFor(
  claims: Claims,
  roles: { anonymous: string; member: string },
  statementTimeoutMs: number,
): Record<string, string> {
  const settings: Record<string, string> = { statement_timeout: String(statementTimeoutMs) };
  switch (claims.kind) {
    case "anonymous":
      settings.role = roles.anonymous;
      break;
    case "session":
      settings.role = roles.member;
      settings["jwt.claims.session_id"] = claims.sessionId;
      break;
    case "external":
      settings.role = roles.member;
      settings["jwt.claims.auth_subject"] = claims.subject;
      break;
  }
  return settings;
}

/**
 * The settings every GraphQL request's transaction starts with: the role and
 * verified claims (above), the statement timeout, and how long
 * book_tickets holds a reservation (RESERVATION_MINUTES). The bench's floor
 * server applies the same ones (bench/floor-child.ts).
 */
export function requestPgSettings(
  claims: Claims,
  roles: { anonymous: string; member: string },
  config: Pick<ServerConfig, "statementTimeoutMs" | "boxOffice">,
): Record<string, string> {
  return {
    ...pgSettingsFor(claims, roles, config.statementTimeoutMs),
    "fashionos.reservation_minutes": String(config.boxOffice.reservationMinutes),
  };
}

/** A stable key for per-user rate limits. */
export function rateLimitKey(claims: Claims): string | null {
  if (claims.kind === "session") return `s:${claims.profileId ?? claims.sessionId}`;
  if (claims.kind === "external") return `x:${claims.subject}`;
  return null;
}
