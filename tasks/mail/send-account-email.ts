// The send_account_email task: renders the mail a database function enqueued
// (app_private.enqueue_account_email, in the transaction that made its token)
// and sends it through SMTP with nodemailer. Without SMTP_URL, in development
// the mail and its link are written to the log, clearly labelled; in
// production the job fails and graphile-worker retries it with back-off, so
// nothing is lost while SMTP is being configured.
import type { Task } from "graphile-worker";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "./config.ts";
import { accountEmailSchema, renderAccountEmail } from "./templates.ts";

export const DEVELOPMENT_MAIL_LABEL = "DEVELOPMENT MAIL, NOT SENT (SMTP_URL is not set)";

export function makeSendAccountEmail(config: MailConfig): Task {
  let transport: Transporter | null = null;
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
    if (!config.smtpUrl) {
      if (!config.logWhenNoSmtp) {
        throw new Error("SMTP_URL is not set, so account emails cannot be sent (README: Configuration).");
      }
      helpers.logger.warn(
        `${DEVELOPMENT_MAIL_LABEL}: "${mail.subject}" to ${mail.to}${mail.link ? `; link: ${mail.link}` : ""}`,
        { developmentMail: { to: mail.to, subject: mail.subject, link: mail.link, text: mail.text } },
      );
      return;
    }
    transport ??= nodemailer.createTransport(config.smtpUrl);
    await transport.sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  };
}
