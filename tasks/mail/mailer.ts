// Delivery shared by every mail task: nodemailer through SMTP_URL, or, in
// development without SMTP_URL, the mail and its link written to the log,
// clearly labelled; in production without SMTP_URL the job fails and
// graphile-worker retries it with back-off, so nothing is lost while SMTP is
// being configured.
import type { JobHelpers } from "graphile-worker";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "./config.ts";

export const DEVELOPMENT_MAIL_LABEL = "DEVELOPMENT MAIL, NOT SENT (SMTP_URL is not set)";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the person has to follow (also logged by the development fallback). */
  link: string | null;
  /** Inline images (e.g. QR codes), referenced from the HTML as cid:<cid>. */
  attachments?: { filename: string; content: Buffer; cid: string; contentType: string }[];
}

export function makeMailer(config: MailConfig) {
  let transport: Transporter | null = null;
  return async function deliver(mail: OutgoingMail, helpers: Pick<JobHelpers, "logger">): Promise<void> {
    if (!config.smtpUrl) {
      if (!config.logWhenNoSmtp) {
        throw new Error("SMTP_URL is not set, so emails cannot be sent (README: Configuration).");
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
      attachments: mail.attachments,
    });
  };
}
