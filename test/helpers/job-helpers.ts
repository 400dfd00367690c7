// graphile-worker's JobHelpers for running a task by hand in a test: the
// database through the owner pool (the worker's own connection bypasses RLS
// too) and a logger that hands each line to the test.
import type { JobHelpers } from "graphile-worker";
import type pg from "pg";
import type { TestDatabase } from "./db.ts";

export type LogLevel = "debug" | "info" | "warn" | "error";

export function handJobHelpers(
  db: TestDatabase,
  record: (level: LogLevel, message: string, meta?: unknown) => void = () => {},
): JobHelpers {
  const log = (level: LogLevel) => (message: string, meta?: unknown) => record(level, message, meta);
  return {
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    withPgClient: async <T>(fn: (client: pg.PoolClient) => Promise<T>) => {
      const client = await db.owner.connect();
      try {
        return await fn(client);
      } finally {
        client.release();
      }
    },
  } as unknown as JobHelpers;
}
