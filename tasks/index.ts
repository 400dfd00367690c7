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

export interface TaskOptions {
  config?: AiConfig;
  provider?: AiProvider;
  sleep?: (ms: number) => Promise<void>;
  /** SMTP and link settings for account emails (default: from the environment). */
  mail?: MailConfig;
}

export function makeTaskList(options: TaskOptions = {}): TaskList {
  const config = options.config ?? loadAiConfig();
  const deps = { config, provider: options.provider ?? makeProvider(config), sleep: options.sleep };
  return {
    model_casting: agentTask(modelCastingAgent, deps),
    send_account_email: makeSendAccountEmail(options.mail ?? loadMailConfig()),
  };
}

/** Recurring jobs, in graphile-worker's crontab format. */
export const crontab = "";
