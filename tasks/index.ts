// Every background task the worker runs, by name. graphile-worker jobs are
// enqueued by the database (graphile_worker.add_job) in the same transaction
// as the request row, so a request is never lost and never half-made.
import type { TaskList } from "graphile-worker";
import { emailGenerationAgent } from "./agents/email-generation.ts";
import { eventHealthAgent } from "./agents/event-health.ts";
import { modelCastingAgent } from "./agents/model-casting.ts";
import { type AgentDefinition, agentTask } from "./agents/platform.ts";
import { runwayTimingAgent } from "./agents/runway-timing.ts";
import { vendorCoordinationAgent } from "./agents/vendor-coordination.ts";
import { type AiConfig, loadAiConfig } from "./ai/config.ts";
import { type AiProvider, makeProvider } from "./ai/provider.ts";
import { expireReservations } from "./box-office/expire-reservations.ts";
import { EVENT_HEALTH_CRONTAB, eventHealthDaily } from "./event-health-daily.ts";
import { loadFileConfig } from "./files/config.ts";
import { type FileStorage, makeFileStorage } from "./files/storage.ts";
import { deleteStaleUploads, makeDeleteStoredFiles } from "./files/tasks.ts";
import { accountRequest } from "./mail/account-request.ts";
import { loadMailConfig, type MailConfig } from "./mail/config.ts";
import { makeDrainAccountEmail } from "./mail/send-account-email.ts";
import { makeDrainBookingEmail } from "./mail/send-booking-email.ts";
import type { ChannelName, OutboxChannel } from "./outbox/channel.ts";
import { makeEmailChannel } from "./outbox/channels/email.ts";
import { loadWhatsAppConfig, makeWhatsAppChannel } from "./outbox/channels/whatsapp.ts";
import { makeSendOutboundMessage } from "./outbox/send.ts";
import { purgeExpiredSecrets } from "./purge-expired.ts";
import { sweepTask } from "./sweep.ts";

export interface TaskOptions {
  config?: AiConfig;
  provider?: AiProvider;
  sleep?: (ms: number) => Promise<void>;
  /** SMTP and link settings for every email (default: from the environment). */
  mail?: MailConfig;
  /** A worker process whose heartbeat is older than this is dead (the sweep releases its jobs). */
  staleAfterSeconds?: number;
  /** Where uploaded files are stored (default: from the environment). */
  files?: FileStorage;
  /** The outbox's channels (default: email through the mail settings). */
  outboxChannels?: Partial<Record<ChannelName, OutboxChannel>>;
}

/** Every agent: each becomes the graphile-worker task named by its type (they differ in their types, hence any). */
export const AGENTS: readonly AgentDefinition<any, any, any>[] = [
  modelCastingAgent,
  runwayTimingAgent,
  eventHealthAgent,
  vendorCoordinationAgent,
  emailGenerationAgent,
];

export function makeTaskList(options: TaskOptions = {}): TaskList {
  const config = options.config ?? loadAiConfig();
  const deps = { config, provider: options.provider ?? makeProvider(config), sleep: options.sleep };
  // Made on first use: a worker that never deletes a file needs no store.
  let files = options.files;
  const storage = () => {
    files ??= makeFileStorage(loadFileConfig());
    return files;
  };
  const mail = options.mail ?? loadMailConfig();
  const whatsapp = options.outboxChannels ? null : loadWhatsAppConfig();
  const outboxChannels = options.outboxChannels ?? {
    email: makeEmailChannel(mail),
    ...(whatsapp ? { whatsapp: makeWhatsAppChannel(whatsapp) } : {}),
  };
  return {
    ...Object.fromEntries(AGENTS.map((agent) => [agent.type, agentTask(agent, deps)])),
    // Only drains jobs queued by a previous version into the outbox (tasks/mail/send-account-email.ts).
    send_account_email: makeDrainAccountEmail(),
    agent_sweep: sweepTask(options.staleAfterSeconds ?? 120),
    // Only drains jobs queued by a previous version into the outbox (tasks/mail/send-booking-email.ts).
    send_booking_email: makeDrainBookingEmail(),
    expire_reservations: expireReservations,
    delete_stored_files: makeDeleteStoredFiles(storage),
    delete_stale_uploads: deleteStaleUploads,
    purge_expired_secrets: purgeExpiredSecrets,
    event_health_daily: eventHealthDaily,
    // register / requestPasswordReset: the lookup and the decision, off the request path (tasks/mail/account-request.ts).
    account_request: accountRequest,
    send_outbound_message: makeSendOutboundMessage({
      channels: outboxChannels,
      appUrl: mail.appUrl,
      paceAccountMail: Boolean(mail.smtpUrl),
    }),
  };
}

/**
 * Recurring jobs, in graphile-worker's crontab format, no retries (the next run tries again). Every
 * minute: agent_sweep releases the jobs of worker processes that stopped and fails runs no job can
 * finish (tasks/sweep.ts); expire_reservations expires unpaid reservations and releases their
 * tickets (tasks/box-office/expire-reservations.ts). Hourly: delete_stale_uploads deletes uploads
 * never attached to a row within 24 hours (tasks/files/tasks.ts); purge_expired_secrets deletes personal
 * data and secrets no function can use any more (tasks/purge-expired.ts).
 * Daily at 12:00 UTC (07:00 America/Bogota), event_health_daily checks every upcoming event
 * (tasks/event-health-daily.ts).
 */
export const crontab = `* * * * * agent_sweep ?max=1\n* * * * * expire_reservations ?max=1\n17 * * * * delete_stale_uploads ?max=1\n41 * * * * purge_expired_secrets ?max=1\n${EVENT_HEALTH_CRONTAB}\n`;
