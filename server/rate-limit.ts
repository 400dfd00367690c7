// Request rate limits per IP, per user and for sign-in attempts (per account
// and address, and per address), using
// rate-limiter-flexible: in memory by default, or in Postgres so several
// server processes share one budget (RATE_LIMIT_STORE=postgres).
import type pg from "pg";
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { ServerConfig } from "./config.ts";

export interface RateLimiters {
  ip: RateLimiterAbstract;
  user: RateLimiterAbstract;
  /** Sign-in / registration attempts for one account (email) from one address. */
  auth: RateLimiterAbstract;
  /** Sign-in / registration attempts from one address, whatever the accounts: a looser cap. */
  authIp: RateLimiterAbstract;
  /** Anonymous bookings from one address (RATE_LIMIT_BOOKING_PER_MINUTE). */
  booking: RateLimiterAbstract;
  /** Sign-in / registration attempts for one account, whatever the addresses, per hour: the ceiling. */
  authAccount: RateLimiterAbstract;
}

async function make(
  options: IRateLimiterOptions,
  store: ServerConfig["rateLimit"]["store"],
  pool: pg.Pool,
): Promise<RateLimiterAbstract> {
  if (store === "memory") return new RateLimiterMemory(options);
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { ...options, storeClient: pool, storeType: "pool", schemaName: "app_private", tableName: "rate_limits" },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

export async function makeRateLimiters(config: ServerConfig, ownerPool: pg.Pool): Promise<RateLimiters> {
  const { rateLimit } = config;
  return {
    ip: await make({ keyPrefix: "ip", points: rateLimit.ipPerMinute, duration: 60 }, rateLimit.store, ownerPool),
    user: await make({ keyPrefix: "user", points: rateLimit.userPerMinute, duration: 60 }, rateLimit.store, ownerPool),
    auth: await make({ keyPrefix: "auth", points: rateLimit.authPerMinute, duration: 60 }, rateLimit.store, ownerPool),
    authIp: await make(
      { keyPrefix: "auth_ip", points: rateLimit.authIpPerMinute, duration: 60 },
      rateLimit.store,
      ownerPool,
    ),
    booking: await make(
      { keyPrefix: "booking", points: config.boxOffice.bookingsPerMinute, duration: 60 },
      rateLimit.store,
      ownerPool,
    ),
    authAccount: await make(
      { keyPrefix: "auth_account", points: rateLimit.authAccountPerHour, duration: 3600 },
      rateLimit.store,
      ownerPool,
    ),
  };
}

/**
 * The budget key of a client address: an IPv4 address as it is, an IPv6
 * address by its /64 (one subscriber's network: a host picks any of its
 * 2^64 addresses, so counting them one by one gave every attempt a fresh
 * budget), an IPv4-mapped IPv6 address as the IPv4 address.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, "");
  if (!address.includes(":")) return address;
  const mapped = /^(?:0{0,4}:){0,5}(?::|0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = "", tail] = address.split("::", 2);
  const parts = (part: string) => (part === "" ? [] : part.split(":"));
  let groups = parts(head);
  if (tail !== undefined) {
    const rest = parts(tail);
    // An embedded IPv4 tail takes two groups; it is past the /64 either way.
    const restLength = rest.length + (rest.at(-1)?.includes(".") ? 1 : 0);
    groups = [...groups, ...Array<string>(Math.max(0, 8 - groups.length - restLength)).fill("0"), ...rest];
  }
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/** Consumes points (one by default); returns the seconds to wait when over the limit, or null. */
export async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}
