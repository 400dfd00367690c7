// Issue 19, done when: "an email campaign to 500 recipients is sent once,
// exactly once, across a worker crash (kill -9 mid-batch, restart)".
//
// The standalone worker (`node tasks/main.ts`) sends a 500-message campaign
// through a local SMTP server (smtp-server + mailparser, a little slow like a
// real relay); once part of it has arrived the process is SIGKILLed; a new
// worker releases the dead process's jobs (stale heartbeat) and finishes.
// Every message ends `sent` exactly once in the outbox and arrives under its
// own Message-ID. The only window a crash can leave open is between the SMTP
// server's 250 and the commit of `sent` (at most one message per concurrent
// job): such a message is resumed with the same Message-ID, so the mailbox
// sees one message; the test counts those resends and bounds them.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { eventually } from "./helpers/agent-runs.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newOrganization } from "./helpers/organizations.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const RECIPIENTS = 500;
const CONCURRENCY = 4;
let db: TestDatabase;
let smtp: TestSmtp;
const children: ChildProcess[] = [];
let output = "";

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp({ delayMs: 5 });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await smtp?.close();
  await db?.drop();
});

function startChildWorker(): ChildProcess {
  const proc = spawn(process.execPath, ["tasks/main.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      WORKER_DATABASE_URL: db.settings.ownerUrl,
      SMTP_URL: smtp.url,
      MAIL_FROM: "FashionOS <no-reply@fashionos.test>",
      APP_URL: "http://fashionos.test",
      WORKER_STALE_AFTER_SECONDS: "1",
      WORKER_CONCURRENCY: String(CONCURRENCY),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  proc.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  children.push(proc);
  return proc;
}

it("a 500-recipient campaign is sent exactly once across kill -9 mid-batch and a restart", async () => {
  const org = await newOrganization(db, "campaign");
  await db.owner.query(
    "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end, daily_cap) values ($1, '00:00', '00:00', 10000)",
    [org],
  );
  await db.owner.query(
    `with g as (
         insert into app_public.guests (organization_id, full_name, category, consent_granted_at, consent_source)
         select $1, 'Invitada ' || n, 'press', now(), 'web_form' from generate_series(1, $2) n
         returning id, full_name
       )
       insert into app_public.guest_contacts (guest_id, email)
       select id, lower(replace(full_name, ' ', '-')) || '@campaign.example.com' from g`,
    [org, RECIPIENTS],
  );
  // The campaign: one transaction, 500 messages and their jobs.
  const campaign = randomUUID();
  const content = {
    subject: "Colección Orquídea: ¡te esperamos!",
    preheader: "Desfile el viernes",
    sections: [{ paragraphs: ["Hola, {{nombre}}:", "Te esperamos en el Ágora."] }],
  };
  const { rows: enqueued } = await db.owner.query(
    `select count(app_private.enqueue_outbound_message($1, 'email', 'guest', g.id, 'structured',
                $3::jsonb || jsonb_build_object('name', g.full_name), 'invitation', 'manual', $2))::int as n
         from app_public.guests g where g.organization_id = $1`,
    [org, campaign, JSON.stringify(content)],
  );
  expect(enqueued[0].n).toBe(RECIPIENTS);

  const first = startChildWorker();
  const firstExit = new Promise<void>((resolve) => first.once("exit", () => resolve()));
  await eventually("part of the campaign to arrive", async () => (smtp.mails.length >= 100 ? true : undefined), {
    timeoutMs: 60_000,
    describe: async () => ({ arrived: smtp.mails.length, output }),
  });
  first.kill("SIGKILL");
  await firstExit;
  const atCrash = smtp.mails.length;
  expect(atCrash).toBeLessThan(RECIPIENTS); // killed mid-batch

  startChildWorker();
  const rows = await eventually(
    "every message to be sent",
    async () => {
      const { rows } = await db.owner.query<{ status: string; n: number }>(
        "select status, count(*)::int as n from app_public.outbound_messages where cause_id = $1 group by status",
        [campaign],
      );
      return rows.length === 1 && rows[0]?.status === "sent" ? rows : undefined;
    },
    { timeoutMs: 120_000, describe: async () => ({ arrived: smtp.mails.length, output: output.slice(-2000) }) },
  );
  expect(rows).toEqual([{ status: "sent", n: RECIPIENTS }]);

  // Exactly once by Message-ID: each message's id arrived, and no id of another message.
  const { rows: ids } = await db.owner.query<{ provider_message_id: string; attempts: number }>(
    "select provider_message_id, attempts from app_public.outbound_messages where cause_id = $1",
    [campaign],
  );
  const expected = new Set(ids.map((r) => r.provider_message_id));
  expect(expected.size).toBe(RECIPIENTS);
  // (The demo data's own messages — the seed's casting invitations — go out too; they are not the campaign's.)
  const campaignMails = smtp.mails.filter((m) => m.envelopeTo.every((to) => to.endsWith("@campaign.example.com")));
  const arrived = new Map<string, number>();
  for (const mail of campaignMails) {
    const id = mail.parsed.messageId as string;
    arrived.set(id, (arrived.get(id) ?? 0) + 1);
  }
  expect([...arrived.keys()].sort()).toEqual([...expected].sort());
  // Resends only from the crash window, at most one per job the killed worker was running, each
  // under its original Message-ID.
  const resent = [...arrived.values()].filter((n) => n > 1);
  expect(resent.every((n) => n === 2)).toBe(true);
  expect(resent.length).toBeLessThanOrEqual(CONCURRENCY);
  expect(campaignMails.length).toBe(RECIPIENTS + resent.length);
  // A message handed to SMTP twice is one that the killed worker had claimed (attempts 2).
  expect(ids.filter((r) => r.attempts > 1).length).toBeGreaterThanOrEqual(resent.length);
  expect(ids.filter((r) => r.attempts > 1).length).toBeLessThanOrEqual(CONCURRENCY);
  console.info(
    `outbox crash test: ${atCrash} arrived before kill -9, ${resent.length} resent under the same Message-ID, ${campaignMails.length} SMTP deliveries, ${expected.size} distinct messages`,
  );
}, 240_000);
