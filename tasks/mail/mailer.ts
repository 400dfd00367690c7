// What every mail is made of, and how development mail is labelled. Every
// mail now leaves through the outbox's email channel
// (tasks/outbox/channels/email.ts: nodemailer through SMTP_URL, or, in
// development without SMTP_URL, the mail and its link written to the log with
// DEVELOPMENT_MAIL_LABEL; in production without SMTP_URL it is retried).

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
