// Attack report 1, L7, over real HTTP: the shapes of refusals. Every
// grafserv refusal before GraphQL runs has a code and a reason; no error
// carries grafserv's extensions.statusCode (the status line says it); a
// missing explorer file is the coded JSON 404; a browser client on an allowed
// origin may read Retry-After and X-Request-Id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../shared/demo-accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { type GraphQLBody, startTestServer, type TestServer } from "./helpers/server.ts";

const ORIGIN = "https://app.fashionos.test";
let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1", GRAPHIQL: "on" });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(`${api.url}/graphql`, { method: "POST", headers: { accept: "application/json", ...headers }, body });

describe("L7. error shapes", () => {
  it("media types grafserv refuses (415) carry VALIDATION_FAILED and UNSUPPORTED_MEDIA_TYPE", async () => {
    for (const contentType of ["text/plain", "text/plain; charset=utf-8"]) {
      const response = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": contentType });
      expect(response.status, contentType).toBe(415);
      expect(response.headers.get("content-type"), contentType).toMatch(/^application\/json/);
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions, contentType).toEqual({
        code: "VALIDATION_FAILED",
        reason: "UNSUPPORTED_MEDIA_TYPE",
      });
    }
  });

  it("no error body carries extensions.statusCode: refusals before and during planning, and over a budget", async () => {
    const victim = DEMO_ACCOUNTS[0]?.email as string;
    const answers: [string, Response][] = [
      ["text/plain", await post("{}", { "content-type": "text/plain" })],
      ["no body", await post("", { "content-type": "application/json" })],
      ["a body that is not an object", await post("[1]", { "content-type": "application/json" })],
      [
        "a page over the limit",
        await post(JSON.stringify({ query: "{ events(first: 100000) { totalCount } }" }), {
          "content-type": "application/json",
        }),
      ],
      [
        "a second sign-in over the account's budget",
        await (async () => {
          const login = JSON.stringify({ query: operation("Login"), variables: { email: victim, password: "wrong" } });
          await post(login, { "content-type": "application/json" });
          return post(login, { "content-type": "application/json" });
        })(),
      ],
    ];
    const statuses: Record<string, number> = {};
    for (const [name, response] of answers) {
      statuses[name] = response.status;
      const text = await response.text();
      expect(text, name).not.toContain("statusCode");
      const body = JSON.parse(text) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code, name).toEqual(expect.any(String));
    }
    expect(statuses).toEqual({
      "text/plain": 415,
      "no body": 400,
      "a body that is not an object": 400,
      "a page over the limit": 400,
      "a second sign-in over the account's budget": 429,
    });
  });

  it("a missing explorer file (/ruru-static/…) is the coded JSON 404, not an HTML page", async () => {
    for (const path of ["/ruru-static/no-such-file.js", "/ruru-static/"]) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(await response.json(), path).toEqual({
        errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND", reason: "NOT_FOUND" } }],
      });
    }
  });

  it("an allowed origin may read Retry-After and X-Request-Id (Access-Control-Expose-Headers); others get no CORS headers", async () => {
    const allowed = await post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      origin: ORIGIN,
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const exposed = (allowed.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(/\s*,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["retry-after", "x-request-id"]));
    const refused = await post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      origin: "https://evil.example",
    });
    expect(refused.headers.get("access-control-expose-headers")).toBeNull();
  });
});
