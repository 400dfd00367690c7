// The email channel: nodemailer over SMTP (SMTP_URL). Each message carries
// - Message-ID <outbox.<message id>@<From domain>>: the same for every
//   attempt, so a resend after a crash is the same message to the mailbox
//   and provider events find the row (outbound_messages.provider_message_id);
// - List-Unsubscribe (the https link and, when set, a mailto) and
//   List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), so mail
//   clients offer "unsubscribe" and one POST records the opt-out (none on
//   messages that are no subscription: account mail, a buyer's purchase);
// - its attachments (OutboundAttachment; with a cid, inline in the HTML: a
//   booking confirmation's QR codes).
// Bounces come from the SMTP answer: a 5xx for the recipient (or the
// recipient listed as rejected) makes the message `bounced`; any other 5xx is
// a permanent failure; a 4xx, a timeout or a refused connection is retried
// with back-off. Without SMTP_URL in development the message is written to
// the log, clearly labelled, and counts as sent; in production it is retried.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "../../mail/config.ts";
import { DEVELOPMENT_MAIL_LABEL } from "../../mail/mailer.ts";
import {
  ChannelError,
  type OutboundMessage,
  type OutboxChannel,
  type SendContext,
  type SendResult,
} from "../channel.ts";

/** The domain of the From address (for Message-IDs). */
export function fromDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? "fashionos.localhost";
}

/** The Message-ID of an outbox message (angle brackets included). */
export function outboxMessageId(messageId: string, from: string): string {
  return `<outbox.${messageId}@${fromDomain(from)}>`;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  rejected?: string[];
}

/** Sorts a nodemailer failure into retryable / permanent / bounced. */
export function classifySmtpError(error: unknown): ChannelError {
  const e = error as SmtpError;
  const response = e.response ?? e.message ?? String(error);
  const code = e.responseCode;
  if (typeof code === "number" && code >= 500) {
    const recipient = e.command === "RCPT TO" || (e.rejected?.length ?? 0) > 0 || /^5\.1\.\d/.test(response.slice(4));
    return recipient
      ? new ChannelError("BOUNCED", response, { retryable: false, bounced: true, cause: error })
      : new ChannelError("PROVIDER_REJECTED", response, { retryable: false, cause: error });
  }
  if (typeof code === "number" && code >= 400) {
    return new ChannelError("PROVIDER_DEFERRED", response, { retryable: true, cause: error });
  }
  return new ChannelError("PROVIDER_UNAVAILABLE", response, { retryable: true, cause: error });
}

export interface EmailChannelOptions {
  /** Where development mail goes when SMTP_URL is not set. */
  log?: (message: string, details: Record<string, unknown>) => void;
  /** A mailto: address for List-Unsubscribe, besides the link (optional). */
  unsubscribeMailto?: string | null;
}

export function makeEmailChannel(config: MailConfig, options: EmailChannelOptions = {}): OutboxChannel {
  let transport: Transporter | null = null;
  return {
    name: "email",
    async send(message: OutboundMessage, context?: SendContext): Promise<SendResult> {
      const messageId = outboxMessageId(message.id, config.from);
      if (!config.smtpUrl) {
        if (!config.logWhenNoSmtp) {
          throw new ChannelError("SMTP_NOT_CONFIGURED", "SMTP_URL is not set, so emails cannot be sent.", {
            retryable: true,
          });
        }
        // The job's logger (the worker's log), never stderr.
        (options.log ?? ((m: string, d: Record<string, unknown>) => context?.logger.warn(m, d)))(
          `${DEVELOPMENT_MAIL_LABEL}: "${message.subject}" (outbox ${message.id})${message.link ? `; link: ${message.link}` : ""}${message.attachments?.length ? `; ${message.attachments.length} attachment(s)` : ""}`,
          { developmentMail: { subject: message.subject, text: message.text } },
        );
        return { providerMessageId: messageId };
      }
      transport ??= nodemailer.createTransport(config.smtpUrl);
      // Account mail and a buyer's purchase (requested by the person) are no subscription: no List-Unsubscribe.
      const listHeaders: Record<string, string> = {};
      if (message.unsubscribeUrl) {
        const unsubscribe = [`<${message.unsubscribeUrl}>`];
        if (options.unsubscribeMailto) {
          unsubscribe.push(`<mailto:${options.unsubscribeMailto}?subject=unsubscribe%20${message.id}>`);
        }
        listHeaders["List-Unsubscribe"] = unsubscribe.join(", ");
        listHeaders["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
      }
      let info: { rejected?: unknown[]; accepted?: unknown[]; response?: string };
      try {
        info = await transport.sendMail({
          from: config.from,
          to: message.recipientName
            ? { name: message.recipientName, address: message.recipientAddress }
            : message.recipientAddress,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId,
          headers: { ...listHeaders, "X-FashionOS-Message": message.id },
          // Inline parts (cid) are referenced from the HTML; nodemailer makes them multipart/related.
          attachments: message.attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.content),
            ...(a.cid ? { cid: a.cid } : {}),
          })),
        });
      } catch (error) {
        throw classifySmtpError(error);
      }
      if ((info.rejected?.length ?? 0) > 0 && (info.accepted?.length ?? 0) === 0) {
        throw new ChannelError("BOUNCED", info.response ?? "The SMTP server refused the recipient.", {
          retryable: false,
          bounced: true,
        });
      }
      return { providerMessageId: messageId };
    },
    async close() {
      transport?.close();
      transport = null;
    },
  };
}
