// The send_account_email task: renders the mail a database function enqueued
// (app_private.enqueue_account_email, in the transaction that made its token)
// and sends it through SMTP with nodemailer. Without SMTP_URL, in development
// the mail and its link are written to the log, clearly labelled; in
// production the job fails and graphile-worker retries it with back-off, so
// nothing is lost while SMTP is being configured.
import type { Task } from "graphile-worker";
import type { MailConfig } from "./config.ts";
import { makeMailer } from "./mailer.ts";
import { accountEmailSchema, renderAccountEmail } from "./templates.ts";

export { DEVELOPMENT_MAIL_LABEL } from "./mailer.ts";

export function makeSendAccountEmail(config: MailConfig): Task {
  const deliver = makeMailer(config);
  return async (payload, helpers) => {
    const parsed = accountEmailSchema.safeParse(payload);
    if (!parsed.success) {
      // A payload this code cannot read never becomes readable: report it and
      // finish the job instead of retrying. The payload itself (it may hold a
      // token) is not logged.
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      helpers.logger.error(`send_account_email: dropped a payload it cannot read (${problems})`);
      return;
    }
    await deliver(await renderAccountEmail(parsed.data, config.appUrl), helpers);
  };
}
