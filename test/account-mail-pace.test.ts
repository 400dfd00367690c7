// One pace for all account mail (attack-report M2): however many
// registrations, invitations or notices are enqueued, the mail task sends at
// most app_private.account_mail_rate (default 60 a minute, in bursts of 60)
// and moves the rest to later slots — delayed, never dropped. The slot
// arithmetic is checked in SQL in one transaction (now() is fixed there); the
// outbox's send task end to end with the real worker and a local SMTP server
// (app_private.account_message_pace before each account message is claimed).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startMailWorker } from "./helpers/mail-stack.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

async function pace(mails: number, per: string) {
  await db.owner.query(
    "update app_private.account_mail_rate set mails = $1, per = $2::interval, next_slot_at = '-infinity'",
    [mails, per],
  );
}

describe("reserve_account_mail_slot", () => {
  it("a burst of `mails` goes at once, then one every per/mails; every reservation gets a slot", async () => {
    await pace(3, "3 seconds");
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const offsets: number[] = [];
      for (let i = 0; i < 6; i++) {
        const { rows } = await client.query(
          "select extract(epoch from app_private.reserve_account_mail_slot() - now())::float8 as offset",
        );
        offsets.push(rows[0].offset);
      }
      expect(offsets).toEqual([0, 0, 0, 1, 2, 3]);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
});

describe("account mail through the outbox under the pace", () => {
  let smtp: TestSmtp;
  let worker: Worker;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    worker = await startMailWorker(db, { smtpUrl: smtp.url, appUrl: "http://localhost:5678", concurrency: 4 });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
  });

  it("over the pace, mails are delayed to their slots and all of them arrive", async () => {
    await pace(2, "2 seconds");
    const addresses = Array.from({ length: 5 }, (_, i) => `pace${i}-${randomBytes(4).toString("hex")}@example.com`);
    for (const email of addresses) {
      await db.owner.query("select app_public.register($1, 'a strong password', 'Ritmo')", [email]);
    }
    const mails = await Promise.all(addresses.map((email) => smtp.next(email, { timeoutMs: 30_000 })));
    expect(mails.map((m) => m.subject)).toEqual(addresses.map(() => "Confirma tu cuenta de FashionOS"));
    // Two went at once; the other three waited for slots one second apart (the Date header is whole seconds).
    const sentAt = mails.map((m) => m.parsed.date?.getTime() ?? 0).sort((a, b) => a - b);
    expect((sentAt[4] as number) - (sentAt[0] as number)).toBeGreaterThanOrEqual(2000);
    // Each took one slot, however often its job ran; nothing is left waiting or failed, no token kept
    // (the last job is deleted just after its mail went).
    const { rows: slots } = await db.owner.query(
      "select m.scheduled_at > m.created_at as moved from app_public.outbound_messages m where m.recipient_address = any($1)",
      [addresses],
    );
    expect(slots.filter((s) => s.moved).length).toBeGreaterThanOrEqual(3);
    const left = async () =>
      (
        await db.owner.query(
          `select count(*)::int as n from app_public.outbound_messages m
            where m.recipient_address = any($1) and (m.status <> 'sent'
              or exists (select 1 from app_private.account_messages a where a.message_id = m.id)
              or exists (select 1 from graphile_worker._private_jobs j where j.key = 'outbound_message:' || m.id))`,
          [addresses],
        )
      ).rows[0].n;
    await expect.poll(left, { timeout: 5_000 }).toBe(0);
  });
});
