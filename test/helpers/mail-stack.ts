// The real mail path for tests that read what a person receives: a database of the file's own, a local
// SMTP server (smtp-server + mailparser), the real API on a free port and the real worker sending the
// outbox's mail with nodemailer to that SMTP server, its links on the API's URL. Each mail test file
// used to start (and stop, in the same reverse order) these four by hand.
import { makeLogger } from "../../shared/logger.ts";
import type { ChannelName, OutboxChannel } from "../../tasks/outbox/channel.ts";
import { makeEmailChannel } from "../../tasks/outbox/channels/email.ts";
import { loadWhatsAppConfig, makeWhatsAppChannel } from "../../tasks/outbox/channels/whatsapp.ts";
import { startWorker, type Worker } from "../../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { startTestServer, type TestServer } from "./server.ts";
import { startTestSmtp, type TestSmtp } from "./smtp.ts";

export const MAIL_FROM = "FashionOS <no-reply@fashionos.test>";

export interface MailWorkerOptions {
  /** The local SMTP server; null: no mail leaves (with `whatsappEnv`, the worker sends WhatsApp only). */
  smtpUrl: string | null;
  /** Where the mail's links point (the API's URL, which serves the dashboard). */
  appUrl: string;
  from?: string;
  concurrency?: number;
  /** The local WhatsApp Graph API server's settings (FakeWhatsApp.env()): the worker sends WhatsApp there too. */
  whatsappEnv?: Record<string, string>;
}

/**
 * The real worker sending the outbox to `smtpUrl` (and to the local WhatsApp Graph API server with
 * `whatsappEnv`), polling every 100 ms; TEST_WORKER_LOG_LEVEL shows its log.
 */
export function startMailWorker(db: TestDatabase, options: MailWorkerOptions): Promise<Worker> {
  const mail = {
    smtpUrl: options.smtpUrl,
    from: options.from ?? MAIL_FROM,
    appUrl: options.appUrl,
    logWhenNoSmtp: false,
  };
  let outboxChannels: Partial<Record<ChannelName, OutboxChannel>> | undefined;
  if (options.whatsappEnv) {
    const config = loadWhatsAppConfig(options.whatsappEnv);
    if (!config) throw new Error("WhatsApp is not configured");
    outboxChannels = {
      ...(options.smtpUrl ? { email: makeEmailChannel(mail) } : {}),
      whatsapp: makeWhatsAppChannel(config),
    };
  }
  return startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger(process.env.TEST_WORKER_LOG_LEVEL || "silent"),
    pollIntervalMs: 100,
    concurrency: options.concurrency ?? 2,
    tasks: { mail, ...(outboxChannels ? { outboxChannels } : {}) },
  });
}

export interface MailStack {
  db: TestDatabase;
  smtp: TestSmtp;
  server: TestServer;
  worker: Worker;
  /** Stops the worker, the server and the SMTP server, then drops the database. */
  close(): Promise<void>;
}

/** A new database, SMTP server, API (with `env`) and mail worker; what was started is closed again if a step fails. */
export async function startMailStack(
  env: Record<string, string> = {},
  options: Omit<MailWorkerOptions, "smtpUrl" | "appUrl"> = {},
): Promise<MailStack> {
  const started: Partial<Omit<MailStack, "close">> = {};
  const close = async () => {
    await started.worker?.stop();
    await started.server?.close();
    await started.smtp?.close();
    await started.db?.drop();
  };
  try {
    started.db = await createTestDatabase();
    started.smtp = await startTestSmtp();
    started.server = await startTestServer(started.db, env);
    started.worker = await startMailWorker(started.db, {
      ...options,
      smtpUrl: started.smtp.url,
      appUrl: started.server.url,
    });
    return { ...(started as Omit<MailStack, "close">), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** No quiet hours for the organization's outbox: the suite runs at any hour. */
export async function noQuietHours(db: TestDatabase, organizationId: string): Promise<void> {
  await db.owner.query(
    `insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')
     on conflict (organization_id) do update set quiet_hours_start = '00:00', quiet_hours_end = '00:00'`,
    [organizationId],
  );
}
