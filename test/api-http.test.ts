// Issue 11, item 11, over real HTTP: the HTTP layer on Fastify. The bearer
// scheme in any case and spacing, Vary: Origin on refused origins, the client
// address behind trusted proxies (TRUST_PROXY), sign-in budgets per account
// and address under a looser cap per address (429 with Retry-After), the
// dashboard's static files, and a clean SIGTERM of `npm start` on the
// embedded database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { type GraphQLBody, startTestServer, TEST_JWT_SECRET, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_AUTH_PER_MINUTE: "1000" });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

describe("the Authorization header", () => {
  let token: string;
  beforeAll(async () => {
    token = await api.login(account("moda-bogota", "viewer").email, DEMO_PASSWORD);
  });

  for (const [name, header] of [
    ["Bearer", (t: string) => `Bearer ${t}`],
    ["bearer (lower case)", (t: string) => `bearer ${t}`],
    ["BEARER (upper case)", (t: string) => `BEARER ${t}`],
    ["two spaces", (t: string) => `Bearer  ${t}`],
    ["a tab", (t: string) => `Bearer\t${t}`],
    ["surrounding spaces", (t: string) => `  Bearer ${t}  `],
  ] as const) {
    it(`${name} → the signed-in person`, async () => {
      const { status, body } = await api.graphql(
        "{ currentProfile { email } }",
        {},
        { headers: { authorization: header(token) } },
      );
      expect(status).toBe(200);
      expect(body.data?.currentProfile?.email).toBe(account("moda-bogota", "viewer").email);
    });
  }

  it("another scheme or a second token is still refused (401)", async () => {
    for (const authorization of [`Token ${token}`, `Bearer ${token} ${token}`, `Bearer${token}`]) {
      const { status, body } = await api.graphql("{ currentProfile { email } }", {}, { headers: { authorization } });
      expect(status, authorization.slice(0, 12)).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

it("a bare document (Content-Type: application/graphql) is answered too", async () => {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/graphql", accept: "application/json" },
    body: "{ __typename }",
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { __typename: "Query" } });
});

it("the explorer's page and its scripts are served (Ruru through grafserv's Fastify adapter)", async () => {
  const page = await fetch(`${api.url}/graphiql`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const script = /(?:src|href)="([^"]*ruru-static[^"]+\.js)"/.exec(html)?.[1];
  expect(script, "the page loads its script from /ruru-static").toEqual(expect.any(String));
  const asset = await fetch(new URL(script as string, `${api.url}/graphiql`));
  expect(asset.status).toBe(200);
  expect(asset.headers.get("content-type")).toMatch(/javascript/);
});

describe("CORS", () => {
  it("responses to refused origins say Vary: Origin, POST and preflight alike", async () => {
    const post = await api.graphql("{ __typename }", {}, { headers: { origin: "https://evil.example" } });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    expect(post.headers.get("vary")).toMatch(/\bOrigin\b/i);
    const preflight = await fetch(`${api.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("vary")).toMatch(/\bOrigin\b/i);
  });
});

/** POST /graphql as if through a proxy that reports `forwardedFor` as the client. */
function viaProxy(server: TestServer, query: string, variables: Record<string, unknown>, forwardedFor: string) {
  return server.graphql(query, variables, { headers: { "x-forwarded-for": forwardedFor } });
}

describe("the client address (TRUST_PROXY)", () => {
  it("unset: X-Forwarded-For is ignored, every request counts against the socket's address", async () => {
    const server = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "2" });
    try {
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.1")).status).toBe(200);
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.2")).status).toBe(200);
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.3")).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it("loopback trusted: each visitor behind the proxy has a budget of their own", async () => {
    const server = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "2", TRUST_PROXY: "loopback" });
    try {
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.1")).status).toBe(200);
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.1")).status).toBe(200);
      const third = await viaProxy(server, "{ __typename }", {}, "203.0.113.1");
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await viaProxy(server, "{ __typename }", {}, "203.0.113.2")).status).toBe(200);
      // A client cannot prepend addresses to escape: the proxy's own entry (the last) counts.
      expect((await viaProxy(server, "{ __typename }", {}, "198.51.100.9, 203.0.113.1")).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it("the setting is validated: hop counts, addresses, ranges and names", async () => {
    const parse = (TRUST_PROXY: string) => loadConfig({ JWT_SECRET: TEST_JWT_SECRET, TRUST_PROXY });
    expect((await parse("")).trustProxy).toBe(false);
    expect((await parse("off")).trustProxy).toBe(false);
    expect((await parse("1")).trustProxy).toBe(1);
    expect((await parse("on")).trustProxy).toBe(true);
    expect((await parse("loopback, 10.0.0.0/8,::1")).trustProxy).toBe("loopback,10.0.0.0/8,::1");
    await expect(parse("cloudflare")).rejects.toThrow(/TRUST_PROXY/);
  });
});

describe("sign-in budgets per account and address (2 per account, 4 per address)", () => {
  let server: TestServer;
  const LOGIN = operation("Login");
  const attempt = (email: string, from: string, password = "wrong-password") =>
    viaProxy(server, LOGIN, { email, password }, from);
  beforeAll(async () => {
    server = await startTestServer(db, {
      TRUST_PROXY: "loopback",
      RATE_LIMIT_AUTH_PER_MINUTE: "2",
      RATE_LIMIT_AUTH_IP_PER_MINUTE: "4",
    });
  });
  afterAll(() => server?.close());

  it("one account from one address: the third attempt is 429 with Retry-After, even with the right password", async () => {
    const owner = account("moda-bogota", "owner").email;
    expect((await attempt(owner, "192.0.2.10")).status).toBe(200);
    expect((await attempt(owner, "192.0.2.10")).status).toBe(200);
    const third = await attempt(owner, "192.0.2.10", DEMO_PASSWORD);
    expect(third.status).toBe(429);
    const wait = third.body.errors?.[0]?.extensions?.retryAfterSeconds;
    expect(third.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(third.headers.get("retry-after")).toBe(String(wait));
    // The same account from another address has its own budget; the address is not locked out of others.
    const elsewhere = await attempt(owner, "192.0.2.20", DEMO_PASSWORD);
    expect(elsewhere.body.data?.authenticate?.result).toEqual(expect.any(String));
    // Case and spaces do not make another account.
    expect((await attempt(` ${owner.toUpperCase()} `, "192.0.2.10")).status).toBe(429);
  });

  it("many accounts from one address meet the looser per-address cap", async () => {
    const from = "192.0.2.30";
    for (const role of ["admin", "producer", "casting", "viewer"]) {
      expect((await attempt(account("moda-bogota", role).email, from)).status, role).toBe(200);
    }
    const fifth = await attempt(account("medellin-fashion", "owner").email, from);
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get("retry-after")).toMatch(/^\d+$/);
    // Other addresses behind the same proxy (a venue's Wi-Fi) are not affected.
    expect((await attempt(account("medellin-fashion", "owner").email, "192.0.2.31")).status).toBe(200);
  });

  it("budgets shared in PostgreSQL are keyed by a digest of the account, never its email", async () => {
    const shared = await startTestServer(db, { RATE_LIMIT_STORE: "postgres", RATE_LIMIT_AUTH_PER_MINUTE: "5" });
    try {
      const email = account("moda-bogota", "admin").email;
      expect((await shared.graphql(LOGIN, { email, password: "wrong-password" })).status).toBe(200);
      const { rows } = await db.owner.query<{ key: string }>(
        "select key from app_private.rate_limits where key like 'auth%'",
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const { key } of rows) expect(key).not.toMatch(/@|bogota/i);
    } finally {
      await shared.close();
    }
  });

  it("registration counts too, per account: an email taken or guessed", async () => {
    const REGISTER = operation("Register");
    const register = (email: string) =>
      viaProxy(server, REGISTER, { email, password: "long-enough-password", fullName: "Nueva" }, "192.0.2.40");
    const email = `nueva-${randomBytes(4).toString("hex")}@example.com`;
    expect((await register(email)).status).toBe(200);
    expect((await register(email)).status).toBe(200);
    expect((await register(email)).status).toBe(429);
  });
});

describe("the dashboard's files (@fastify/static)", () => {
  let root: string;
  let server: TestServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "fashionos-dist-"));
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>FashionOS</title><div id=root></div>");
    await writeFile(join(root, "assets", "app-3f2a.js"), "console.log('app')");
    await writeFile(join(root, "robots.txt"), "User-agent: *\n");
    server = await startTestServer(
      db,
      { NODE_ENV: "production", DATABASE_URL: "postgres://unused.example/x" },
      {
        staticRoot: root,
      },
    );
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("/ and client-side routes get index.html with the dashboard's CSP, revalidated", async () => {
    for (const path of ["/", "/events", "/events/8a1d5e1c-0000-4000-8000-000000000000", "/ai"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(/text\/html/);
      expect(await response.text(), path).toContain("<title>FashionOS</title>");
      expect(response.headers.get("content-security-policy"), path).toMatch(
        /default-src 'self'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get("cache-control"), path).toBe("no-cache");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("hashed assets are cached for a year; other files revalidate; HEAD works", async () => {
    const asset = await fetch(`${server.url}/assets/app-3f2a.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${server.url}/robots.txt`)).headers.get("cache-control")).toBe("no-cache");
    const head = await fetch(`${server.url}/assets/app-3f2a.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("a missing asset, a path outside the root or an API path never gets the dashboard: coded 404", async () => {
    for (const path of ["/assets/missing.js", "/../package.json", "/%2e%2e/package.json", "/graphiql", "/webhooks"]) {
      const response = await fetch(`${server.url}${path}`);
      const body = (await response.json()) as GraphQLBody;
      // An escape from the root is refused (403) or simply not found.
      expect([403, 404], path).toContain(response.status);
      expect(body.errors?.[0]?.extensions?.code, path).toBe(response.status === 403 ? "FORBIDDEN" : "NOT_FOUND");
    }
  });

  it("/config.json tells the dashboard about the server, without demo logins in production", async () => {
    const response = await fetch(`${server.url}/config.json`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ demoAccounts: [], demoPassword: null });
    const development = (await (await fetch(`${api.url}/config.json`)).json()) as { demoAccounts: unknown[] };
    expect(development.demoAccounts.length).toBeGreaterThan(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** `node server/main.ts` on a fresh embedded database of its own, the worker in the process. */
async function startProduct(dataDir: string, execArgv: string[] = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...execArgv, join(PROJECT_ROOT, "server", "main.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: "",
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(port),
      LOG_LEVEL: "warn",
      WORKER: "on",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await expect
    .poll(() => (child.exitCode === null ? output.stdout : `exited: ${output.stderr}`), {
      timeout: 200_000,
      interval: 500,
    })
    .toContain("FashionOS is running");
  return { child, port, output, exited };
}

describe("`npm start` on the embedded database", () => {
  // A cluster of its own for each test.
  const dataDirs: string[] = [];
  const newDataDir = () => {
    const dir = join(PROJECT_ROOT, ".data", `process-test-${process.pid}-${randomBytes(3).toString("hex")}`);
    dataDirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  it("SIGTERM: requests stop, the worker and the pools close, then the database; exit 0 and no error output", {
    timeout: 240_000,
  }, async () => {
    const { child, port, output, exited } = await startProduct(newDataDir());
    try {
      const live = await fetch(`http://127.0.0.1:${port}/health/live`);
      expect(live.status).toBe(200);
      // The printed dashboard is the origin the mails link to (APP_URL's default), so a mailed link finds the session.
      expect(output.stdout).toContain(`Dashboard   http://localhost:${port}/`);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      // Only the database's own progress lines; no pool or worker error.
      const unexpected = output.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("[db]"));
      expect(unexpected).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("an error nothing catches: logged as fatal, naming the worker that stops with it; exit 1", {
    timeout: 240_000,
  }, async () => {
    const { child, output, exited } = await startProduct(newDataDir(), [
      "--import",
      join(PROJECT_ROOT, "test", "helpers", "crash-on-signal.ts"),
    ]);
    try {
      child.kill("SIGUSR2");
      expect(await exited).toBe(1);
      const fatal = output.stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map(
          (line) =>
            JSON.parse(line) as {
              level: number;
              msg: string;
              kind?: string;
              worker?: string;
              err?: { message: string };
            },
        )
        .find((entry) => entry.level === 60);
      expect(fatal).toMatchObject({
        msg: "the API process failed and is exiting",
        kind: "uncaughtException",
        worker: "in this process: stopping with it",
        err: expect.objectContaining({ message: "simulated bug: nobody catches this" }),
      });
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
