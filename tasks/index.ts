// Every background task the worker runs, by name. graphile-worker jobs are
// enqueued by the database (graphile_worker.add_job) in the same transaction
// as the request row, so a request is never lost and never half-made.
import type { TaskList } from "graphile-worker";
import { modelCastingAgent } from "./agents/model-casting.ts";
import { agentTask } from "./agents/platform.ts";
import { type AiConfig, loadAiConfig } from "./ai/config.ts";
import { type AiProvider, makeProvider } from "./ai/provider.ts";
import { loadMailConfig, type MailConfig } from "./mail/config.ts";
import { makeSendAccountEmail } from "./mail/send-account-email.ts";
import { sweepTask } from "./sweep.ts";

export interface TaskOptions {
  config?: AiConfig;
  provider?: AiProvider;
  sleep?: (ms: number) => Promise<void>;
  /** SMTP and link settings for account emails (default: from the environment). */
  mail?: MailConfig;
  /** A worker process whose heartbeat is older than this is dead (the sweep releases its jobs). */
  staleAfterSeconds?: number;
}

export function makeTaskList(options: TaskOptions = {}): TaskList {
  const config = options.config ?? loadAiConfig();
  const deps = { config, provider: options.provider ?? makeProvider(config), sleep: options.sleep };
  return {
    model_casting: agentTask(modelCastingAgent, deps),
    send_account_email: makeSendAccountEmail(options.mail ?? loadMailConfig()),
    agent_sweep: sweepTask(options.staleAfterSeconds ?? 120),
  };
}

/**
 * Recurring jobs, in graphile-worker's crontab format. agent_sweep every minute: release the jobs of
 * worker processes that stopped and fail runs no job can finish (tasks/sweep.ts). No retries: the
 * next minute sweeps again.
 */
export const crontab = "* * * * * agent_sweep ?max=1\n";
