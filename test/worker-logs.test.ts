// Attack report 1, M3: the worker's log never holds a job's payload — the
// recipient, their name, a verification or invitation token — in any level,
// for a job that succeeds or fails (tasks/runner.ts), and the log's redaction
// reaches nested fields (server/logger.ts). The mail task runs for real
// (SMTP to a local server) and its log is captured at debug level.
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeLogger } from "../shared/logger.ts";
import { scrubbed, startWorker, workerLogFields } from "../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { linkIn, startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
let smtp: TestSmtp;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp?.close();
  await db?.drop();
});

/** A logger writing into memory; `text()` is everything written so far. */
function capturedLogger(level: string) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { logger: makeLogger(level, stream), text: () => lines.join("") };
}

async function until<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("the worker's start-up log", () => {
  it("explains its concurrency above the pool size once, instead of graphile-worker's two warnings", async () => {
    const { logger, text } = capturedLogger("info");
    const worker = await startWorker({ connectionString: db.settings.ownerUrl, logger, concurrency: 64, poolSize: 4 });
    try {
      const lines = text()
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(lines.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual([]);
      expect(lines.filter((line) => /concurrency runs above the pool size/.test(line.msg))).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });
});

describe("M3. worker logs carry no job payloads", () => {
  it("the mail task, sent, dropped and failed: the captured log has neither the token nor the address nor the name", async () => {
    const { logger, text } = capturedLogger("debug");
    const worker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger,
      pollIntervalMs: 50,
      concurrency: 1,
      tasks: {
        mail: {
          smtpUrl: smtp.url,
          from: "FashionOS <no-reply@fashionos.test>",
          appUrl: "http://127.0.0.1",
          logWhenNoSmtp: false,
        },
      },
    });
    const email = `privada-${randomBytes(4).toString("hex")}@example.com`;
    const fullName = `Persona ${randomBytes(3).toString("hex")}`;
    const secrets: string[] = [email, fullName];
    try {
      // A verification mail, enqueued by register in its own transaction.
      const registered = await db.committed("anonymous", {}, (client) =>
        client.query("select app_public.register($1, $2, $3)", [email, "correct horse battery", fullName]),
      );
      expect(registered.ok).toBe(true);
      // Its token, as the mail carried it (the outbox keeps it out of every job and row).
      const token = linkIn(await smtp.next(email), "/confirmar-cuenta").searchParams.get("token") as string;
      expect(token).toMatch(/^[0-9a-f]{64}$/);
      secrets.push(token);

      // A job a previous version queued that the task cannot read, with a token of its own: dropped and reported.
      const droppedToken = randomBytes(32).toString("hex");
      const dropped = `descartada-${randomBytes(4).toString("hex")}@example.com`;
      secrets.push(droppedToken, dropped);
      await db.owner.query("select graphile_worker.add_job('send_account_email', $1::json, max_attempts => 1)", [
        JSON.stringify({ kind: "unknown_kind", to: dropped, name: fullName, token: droppedToken, locale: "es-CO" }),
      ]);
      await until(async () => text().includes("dropped a payload"), "the dropped job's log line");
    } finally {
      await worker.stop();
    }

    // A message that fails: SMTP refuses the connection; graphile-worker logs the failure with the job row.
    const failingWorker = await startWorker({
      connectionString: db.settings.ownerUrl,
      logger,
      pollIntervalMs: 50,
      concurrency: 1,
      tasks: {
        mail: {
          smtpUrl: "smtp://127.0.0.1:1",
          from: "FashionOS <no-reply@fashionos.test>",
          appUrl: "http://127.0.0.1",
          logWhenNoSmtp: false,
        },
      },
    });
    const failingToken = randomBytes(32).toString("hex");
    const failing = `falla-${randomBytes(4).toString("hex")}@example.com`;
    secrets.push(failingToken, failing);
    // A live reset link (the send task sends only a link that still opens something).
    await db.owner.query(
      `with profile as (insert into app_public.profiles (email, full_name) values ($1, $3) returning id, email)
       insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at)
       select id, email, encode(digest($2, 'sha256'), 'hex'), now() + interval '1 hour' from profile`,
      [failing, failingToken, fullName],
    );
    try {
      await db.owner.query("select app_private.enqueue_account_email('password_reset', $1, 'es-CO', $2)", [
        failing,
        {
          name: fullName,
          viaIdentityProvider: false,
          token: failingToken,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      ]);
      await until(async () => /Failed task \d+ \(send_outbound_message/.test(text()), "the failure line");
    } finally {
      await failingWorker.stop();
    }

    const log = text();
    // The log did record the jobs (so the test can fail)…
    expect(log).toMatch(/Completed task \d+ \(send_outbound_message/);
    expect(log).toMatch(/Completed task \d+ \(send_account_email/);
    expect(log).toMatch(/Failed task \d+ \(send_outbound_message/);
    expect(log).toMatch(/"job":\{"id":/);
    // …and none of what they carried.
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/"payload"/);
  });

  it("the log's redaction removes secrets and contact fields at nested levels", () => {
    const { logger, text } = capturedLogger("info");
    logger.info(
      {
        token: "t0p-level-secret",
        a: { password: "nested-password", b: { token: "deeper-token", c: { email: "deepest@example.com" } } },
        job: { id: 1, payload: { to: "someone@example.com" } },
        connectionString: "postgres://user:pw-in-url@host/db",
        kept: "visible",
      },
      "a line",
    );
    const line = text();
    expect(line).toContain("visible");
    for (const secret of [
      "t0p-level-secret",
      "nested-password",
      "deeper-token",
      "deepest@example.com",
      "someone@example.com",
      "pw-in-url",
    ]) {
      expect(line, secret).not.toContain(secret);
    }
  });

  it("worker messages lose addresses and token-like strings, and keep UUIDs", () => {
    const uuid = "5d3d13b3-6d71-4145-9ac4-c226dbbf804f";
    const message = `Failed task 7 (send_account_email) with error 'Recipient <ana.maria@example.co> rejected; token ${"ab12".repeat(16)}; run ${uuid}'`;
    const clean = scrubbed(message);
    expect(clean).not.toContain("ana.maria@example.co");
    expect(clean).not.toContain("ab12ab12");
    expect(clean).toContain(uuid);
    expect(clean).toContain("Failed task 7 (send_account_email)");
    // And of graphile-worker's fields only the job's id, task and attempts, and numbers, go on.
    const fields = workerLogFields({
      job: {
        id: "7",
        task_identifier: "send_account_email",
        attempts: 1,
        max_attempts: 25,
        payload: { token: "s3cret" },
      },
      options: { connectionString: "postgres://u:pw@h/db" },
      payload: { to: "x@example.com" },
      error: new Error("Recipient <ana.maria@example.co> rejected"),
      duration: 12.5,
    });
    expect(fields).toEqual({
      job: { id: "7", task: "send_account_email", attempts: 1, maxAttempts: 25 },
      err: expect.objectContaining({ type: "Error", message: "Recipient <[email]> rejected" }),
      duration: 12.5,
    });
  });
});
