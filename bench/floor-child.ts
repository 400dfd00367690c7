// The floor for the dashboard read path: the smallest server that returns
// the same data under the same row-level security. Node http + a pg pool as
// the authenticator role; per request: begin; set local role <member>;
// set_config('jwt.claims.session_id'); the equivalent SQL (one statement,
// bench/lib/dashboard-sql.ts); commit. No GraphQL, no JWT verification (the
// session id comes in a header), no rate limits.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { EVENT_DETAIL_SQL, eventsListSql } from "./lib/dashboard-sql.ts";

const { settings, poolSize } = JSON.parse(process.env.BENCH_CHILD ?? "{}") as {
  settings: DatabaseSettings;
  poolSize: number;
};
const pool = new pg.Pool({ connectionString: settings.authenticatorUrl, max: poolSize });
pool.on("error", () => {});
const setRole = `set local role ${pg.escapeIdentifier(settings.roles.member)}`;
const LIST_SQL = eventsListSql({ organizationFilter: false });

const server = createServer((req, res) => {
  (async () => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const sessionId = String(req.headers["x-session-id"] ?? "");
    let sql: string;
    let params: unknown[];
    if (url.pathname === "/events-list") {
      sql = LIST_SQL;
      params = [Number(url.searchParams.get("first") ?? 50)];
    } else if (url.pathname === "/event-detail") {
      sql = EVENT_DETAIL_SQL;
      params = [url.searchParams.get("id")];
    } else {
      res.writeHead(404).end();
      return;
    }
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query(setRole);
      await client.query("select set_config('jwt.claims.session_id', $1, true)", [sessionId]);
      const { rows } = await client.query(sql, params);
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
