// The floor for the dashboard read path: the smallest server that returns
// the same data under the same row-level security, with the same database
// work per request as the API: a pg pool as the authenticator role; begin;
// the API's own settings statement (PostGraphile's `select set_config(…)
// from json_array_elements($1)` with the settings server/graphile.config.ts
// builds: role, session claim, statement_timeout, reservation minutes); the
// equivalent SQL (one statement, bench/lib/dashboard-sql.ts) as a named
// prepared statement, as PostGraphile prepares its own; commit. No HTTP
// framework, no GraphQL, no JWT verification (the session id comes in a
// header), no rate limits: what the API adds on top is what the ratio shows.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { requestPgSettings } from "../server/auth.ts";
import { loadConfig } from "../server/config.ts";
import { EVENT_DETAIL_SQL, eventsListSql, FLOOR_APPLICATION_NAME } from "./lib/dashboard-sql.ts";

const { settings, poolSize, env } = JSON.parse(process.env.BENCH_CHILD ?? "{}") as {
  settings: DatabaseSettings;
  poolSize: number;
  /** The API's environment, for the same statement timeout and reservation minutes. */
  env: Record<string, string>;
};
const config = await loadConfig(env);
// Named so the bench can tell the floor's backends from the API's (their CPU per request).
const pool = new pg.Pool({
  connectionString: settings.authenticatorUrl,
  max: poolSize,
  application_name: FLOOR_APPLICATION_NAME,
});
pool.on("error", () => {});
const SETTINGS_SQL = "select set_config(el->>0, el->>1, true) from json_array_elements($1::json) el";
const LIST = { name: "floor_events_list", text: eventsListSql({ organizationFilter: false }) };
const DETAIL = { name: "floor_event_detail", text: EVENT_DETAIL_SQL };

const server = createServer((req, res) => {
  (async () => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const sessionId = String(req.headers["x-session-id"] ?? "");
    let statement: { name: string; text: string };
    let values: unknown[];
    if (url.pathname === "/events-list") {
      statement = LIST;
      values = [Number(url.searchParams.get("first") ?? 50)];
    } else if (url.pathname === "/event-detail") {
      statement = DETAIL;
      values = [url.searchParams.get("id")];
    } else {
      res.writeHead(404).end();
      return;
    }
    const pgSettings = requestPgSettings({ kind: "session", sessionId, profileId: null }, settings.roles, config);
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query(SETTINGS_SQL, [JSON.stringify(Object.entries(pgSettings))]);
      const { rows } = await client.query({ ...statement, values });
      await client.query("commit");
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"data":${rows[0]?.data ?? "null"}}`);
    } catch (error) {
      await client.query("rollback").catch(() => {});
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    } finally {
      client.release();
    }
  })().catch(() => {
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as AddressInfo).port }));
const stop = async () => {
  server.close();
  server.closeAllConnections();
  await pool.end().catch(() => {});
  process.exit(0);
};
process.on("message", (message) => {
  if (message === "stop") void stop();
});
process.on("disconnect", () => void stop());
