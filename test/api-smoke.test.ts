import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

it("registers, signs in and reads through GraphQL", async () => {
  const reg = await api.graphql(
    'mutation { register(input: {email: "smoke@example.com", password: "long-enough-pw", fullName: "Smoke"}) { result } }',
  );
  expect(reg.status).toBe(200);
  const token = await api.login("smoke@example.com", "long-enough-pw");
  const me = await api.graphql("{ currentProfile { email } }", {}, { token });
  expect(me.body.data?.currentProfile?.email).toBe("smoke@example.com");
});
