// The send_account_email task: renders the mail a database function enqueued
// (app_private.enqueue_account_email, in the transaction that made its token)
// and sends it through SMTP with nodemailer. Without SMTP_URL, in development
// the mail and its link are written to the log, clearly labelled; in
// production the job fails and graphile-worker retries it with back-off, so
// nothing is lost while SMTP is being configured.
//
// Pace: every account mail sent through SMTP first takes a slot under one global rate
// (app_private.account_mail_rate, default 60 a minute in bursts of 60). Over
// it, the mail is not dropped: it is enqueued again for its slot (with
// `notBefore`, so it does not take another) and this job ends.
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
    const mail = await renderAccountEmail(parsed.data, config.appUrl);
    // The pace holds for mail that really leaves (SMTP); the development log is not paced.
    if (config.smtpUrl && !parsed.data.notBefore) {
      const slot = await helpers.withPgClient(async (client) => {
        const { rows } = await client.query<{ at: Date; later: boolean }>(
          "select s.at, s.at > now() as later from app_private.reserve_account_mail_slot() as s(at)",
        );
        return rows[0];
      });
      if (slot?.later) {
        await helpers.addJob(
          "send_account_email",
          { ...(payload as Record<string, unknown>), notBefore: slot.at.toISOString() },
          { runAt: slot.at, maxAttempts: 10 },
        );
        // The payload (a token, an address) is never logged.
        helpers.logger.info(
          `send_account_email: over the account-mail pace; ${parsed.data.kind} mail delayed until ${slot.at.toISOString()}`,
        );
        return;
      }
    }
    await deliver(mail, helpers);
  };
}
