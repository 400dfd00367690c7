// Real races between committed transactions. Every entrant gets its own
// connection and transaction (as the API opens one: request role and claims),
// all of them begin, all of them act at once, and nobody commits until every
// entrant has either finished acting or is blocked waiting for a lock held by
// another. Only then do they commit. So a rule that is checked without a lock
// sees every other entrant's change still uncommitted and lets all of them
// through, while a rule that locks makes the later entrants wait for the
// earlier ones' commits and then see them: whichever way the database orders
// them, the outcome is decided by the database, not by the test's timing.
import pg from "pg";
import type { TestDatabase } from "./db.ts";

export interface Entrant {
  role: "anonymous" | "member" | "owner";
  /** JWT claims for the request roles (e.g. { session_id }). */
  claims?: Record<string, string>;
  sql: string;
  params?: unknown[];
}

export interface RaceResult {
  ok: boolean;
  rowCount: number;
  rows: Record<string, unknown>[];
  /** SQLSTATE when the statement (or its commit) failed. */
  code?: string;
  message?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function race(db: TestDatabase, entrants: Entrant[]): Promise<RaceResult[]> {
  const clients = await Promise.all(
    entrants.map((entrant) => (entrant.role === "owner" ? db.owner.connect() : db.authenticator.connect())),
  );
  let failed = false;
  try {
    const pids: number[] = [];
    for (const [i, client] of clients.entries()) {
      const entrant = entrants[i] as Entrant;
      await client.query("begin");
      if (entrant.role !== "owner") {
        await client.query(`set local role ${pg.escapeIdentifier(db.settings.roles[entrant.role])}`);
      }
      for (const [key, value] of Object.entries(entrant.claims ?? {})) {
        await client.query("select set_config($1, $2, true)", [`jwt.claims.${key}`, value]);
      }
      pids.push((await client.query("select pg_backend_pid() as pid")).rows[0].pid);
    }

    const settled = entrants.map(() => false);
    const acts = clients.map((client, i) => {
      const entrant = entrants[i] as Entrant;
      return client.query(entrant.sql, entrant.params ?? []).then(
        (result): RaceResult => ({ ok: true, rowCount: result.rowCount ?? 0, rows: result.rows }),
        (error: { code?: string; message: string }): RaceResult => ({
          ok: false,
          rowCount: 0,
          rows: [],
          code: error.code,
          message: error.message,
        }),
      );
    });
    acts.forEach((act, i) => {
      void act.then(() => {
        settled[i] = true;
      });
    });

    // Everyone has acted, or waits for a lock another entrant holds.
    for (let attempt = 0; ; attempt++) {
      // pg_locks (unlike pg_stat_activity) shows every role's backends to every role.
      const { rows } = await db.owner.query(
        "select distinct pid from pg_locks where not granted and pid = any($1::int[])",
        [pids],
      );
      const waiting = new Set(rows.map((row) => row.pid as number));
      if (pids.every((pid, i) => settled[i] || waiting.has(pid))) break;
      if (attempt > 1000) throw new Error("the race did not settle: an entrant neither finished nor waited for a lock");
      await sleep(5);
    }

    // Each commits as soon as it is done acting; a waiting one goes on once the lock it waits for is released.
    return await Promise.all(
      clients.map(async (client, i) => {
        const result = (await acts[i]) as RaceResult;
        if (!result.ok) {
          await client.query("rollback");
          return result;
        }
        try {
          await client.query("commit");
          return result;
        } catch (error) {
          const e = error as { code?: string; message: string };
          await client.query("rollback").catch(() => {});
          return { ok: false, rowCount: 0, rows: [], code: e.code, message: e.message };
        }
      }),
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // After a failure a connection may still be inside a transaction: destroy it rather than pool it.
    for (const client of clients) client.release(failed);
  }
}
