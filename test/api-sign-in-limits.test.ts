// Attack report 1, L5, over real HTTP: sign-in budgets that many addresses
// cannot multiply. An account-wide ceiling per hour holds across addresses
// (on top of the budgets per account and address and per address), and an
// IPv6 client counts by its /64, not by each of its 2^64 addresses
// (server/rate-limit.ts, server/http/installRateLimits.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressKey } from "../server/rate-limit.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { boxOffice, unique } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const email = (slug: string, role: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.organizationSlug === slug && a.role === role);
  if (!found) throw new Error(`no demo ${role} in ${slug}`);
  return found.email;
};
const LOGIN = operation("Login");
const attempt = (server: TestServer, account: string, from: string, password = "wrong-password") =>
  server.graphql(LOGIN, { email: account, password }, { headers: { "x-forwarded-for": from } });

describe("L5. sign-in budgets across addresses", () => {
  it("an IPv6 address counts by its /64; IPv4 and IPv4-mapped addresses by themselves", () => {
    expect(addressKey("2001:db8:1:2::a")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::a")).toBe("2001:db8:1:3::/64");
    expect(addressKey("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("one account from many addresses meets the hourly ceiling (429, Retry-After); other accounts do not", async () => {
    const server = await startTestServer(db, {
      TRUST_PROXY: "loopback",
      RATE_LIMIT_AUTH_PER_MINUTE: "3",
      RATE_LIMIT_AUTH_IP_PER_MINUTE: "100",
      RATE_LIMIT_AUTH_ACCOUNT_PER_HOUR: "8",
    });
    try {
      const victim = email("moda-bogota", "admin");
      // Eight guesses from four addresses, each within its own per-address budget.
      for (let i = 0; i < 8; i++) {
        const response = await attempt(server, victim, `198.51.100.${10 + (i % 4)}`);
        expect(response.status, `guess ${i + 1}`).toBe(200);
      }
      // A ninth from a fresh address: over the account's ceiling, even with the right password.
      const ninth = await attempt(server, victim, "198.51.100.99", DEMO_PASSWORD);
      expect(ninth.status).toBe(429);
      expect(ninth.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
      const wait = ninth.body.errors?.[0]?.extensions?.retryAfterSeconds;
      expect(wait).toBeGreaterThan(60);
      expect(ninth.headers.get("retry-after")).toBe(String(wait));
      // Another account from the same addresses signs in.
      const other = await attempt(server, email("moda-bogota", "producer"), "198.51.100.10", DEMO_PASSWORD);
      expect(other.body.data?.authenticate?.result).toEqual(expect.any(String));
    } finally {
      await server.close();
    }
  });

  it("the addresses of one IPv6 /64 share one budget per account; another /64 has its own", async () => {
    const server = await startTestServer(db, {
      TRUST_PROXY: "loopback",
      RATE_LIMIT_AUTH_PER_MINUTE: "2",
      RATE_LIMIT_AUTH_IP_PER_MINUTE: "100",
    });
    try {
      const account = email("moda-bogota", "casting");
      expect((await attempt(server, account, "2001:db8:1:2::1")).status).toBe(200);
      expect((await attempt(server, account, "2001:db8:1:2::2")).status).toBe(200);
      // A third address of the same /64: the same budget.
      expect((await attempt(server, account, "2001:db8:1:2:aaaa:bbbb:cccc:dddd")).status).toBe(429);
      expect((await attempt(server, account, "2001:db8:1:3::1")).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("the per-address request budget also counts an IPv6 /64 as one client", async () => {
    const server = await startTestServer(db, { TRUST_PROXY: "loopback", RATE_LIMIT_IP_PER_MINUTE: "3" });
    try {
      const from = (suffix: string) =>
        server.graphql("{ __typename }", {}, { headers: { "x-forwarded-for": `2001:db8:9:9::${suffix}` } });
      expect((await from("1")).status).toBe(200);
      expect((await from("2")).status).toBe(200);
      expect((await from("3")).status).toBe(200);
      expect((await from("4")).status).toBe(429);
      const elsewhere = await server.graphql(
        "{ __typename }",
        {},
        { headers: { "x-forwarded-for": "2001:db8:9:a::1" } },
      );
      expect(elsewhere.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("the anonymous booking budget counts an IPv6 /64 as one client too", { timeout: 120_000 }, async () => {
    const server = await startTestServer(db, {
      TRUST_PROXY: "loopback",
      RATE_LIMIT_BOOKING_PER_MINUTE: "2",
      RATE_LIMIT_IP_PER_MINUTE: "1000",
    });
    try {
      const bo = boxOffice(db);
      const tier = await bo.newTier(await bo.newEvent(await bo.newOrganization("ipv6")), { quantity: 50, price: 0 });
      const book = (from: string) =>
        server.graphql(
          operation("BookTickets"),
          { tierId: tier, quantity: 1, buyerName: "Ana", buyerEmail: `ana-${unique()}@example.com` },
          { headers: { "x-forwarded-for": from } },
        );
      expect((await book("2001:db8:5:5::1")).status).toBe(200);
      expect((await book("2001:db8:5:5::2")).status).toBe(200);
      const third = await book("2001:db8:5:5:1:2:3:4");
      expect(third.status).toBe(429);
      expect(third.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect((await book("2001:db8:5:6::1")).status).toBe(200);
      expect(await bo.soldCount(tier)).toBe(3);
    } finally {
      await server.close();
    }
  });
});
