// The verified-token cache in server/auth.ts saves the signature arithmetic a
// dashboard would repeat on every request; these tests hold it to the rule
// that a remembered token is exactly as trusted as a re-verified one.
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { AuthError, makeVerifier } from "../server/auth.ts";
import type { ServerConfig } from "../server/config.ts";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256-0123456789";
const config = {
  jwtSecret: SECRET,
  jwtIssuer: "fashionos",
  jwtAudience: "fashionos-api",
  externalAuth: null,
} as unknown as ServerConfig;

async function sessionToken(expiresInSeconds: number, secret = SECRET) {
  const sessionId = randomUUID();
  const token = await new SignJWT({ session_id: sessionId, profile_id: randomUUID() })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(config.jwtIssuer)
    .setAudience(config.jwtAudience)
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
  return { token, sessionId };
}

describe("verified session tokens remembered between requests", () => {
  it("a token verified once still stops being accepted at its own exp", async () => {
    const verify = makeVerifier(config);
    // exp has one-second resolution: 2 s ahead is between 1 and 2 s away.
    const { token, sessionId } = await sessionToken(2);
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: "session", sessionId });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: "session", sessionId });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verify(`Bearer ${token}`)).rejects.toThrow(AuthError);
    await expect(verify(`Bearer ${token}`)).rejects.toThrow("Token expired.");
  });

  it("a remembered token does not vouch for another signature over the same claims", async () => {
    const verify = makeVerifier(config);
    const { token } = await sessionToken(3600);
    await verify(`Bearer ${token}`);
    const [header, payload] = token.split(".");
    const forged = `${header}.${payload}.${"A".repeat(43)}`;
    await expect(verify(`Bearer ${forged}`)).rejects.toThrow("Token signature or format is invalid.");
    const otherKey = await sessionToken(3600, `${SECRET}-not-ours`);
    await expect(verify(`Bearer ${otherKey.token}`)).rejects.toThrow(AuthError);
  });

  it("each server remembers only what it verified itself (another secret, another verifier)", async () => {
    const { token } = await sessionToken(3600);
    await makeVerifier(config)(`Bearer ${token}`);
    const rotated = makeVerifier({ ...config, jwtSecret: `${SECRET}-rotated` } as ServerConfig);
    await expect(rotated(`Bearer ${token}`)).rejects.toThrow(AuthError);
  });
});
