// The one interface every outbox channel implements (email now, WhatsApp
// next). The send task (tasks/outbox/send.ts) claims a message, renders it,
// and calls the channel's send(); the channel talks to its provider and
// either returns the provider's id for the message or throws a ChannelError
// that says whether another attempt may succeed.
//
// Adding a channel: write tasks/outbox/channels/<name>.ts exporting a
// factory that returns an OutboxChannel, allow the name in the
// outbound_messages.channel check (a migration), and pass it to
// makeTaskList({ outboxChannels }) / defaultChannels() in tasks/outbox/index.ts.

/** Channels the outbox knows (outbound_messages.channel). */
export type ChannelName = "email" | "whatsapp";

/**
 * A file sent with a message (email: a MIME part). `cid` makes it inline: the HTML shows it as
 * `<img src="cid:<cid>">` (e.g. a ticket's QR code). Attachments are made at send time and never stored
 * in outbound_messages. A channel that cannot carry them (WhatsApp templates) leaves them out.
 */
export interface OutboundAttachment {
  filename: string;
  /** A MIME type, e.g. image/png. */
  contentType: string;
  content: Uint8Array;
  /** Content-ID for an inline part (without angle brackets); absent: an ordinary attachment. */
  cid?: string;
}

/** What a channel receives: one claimed row of app_public.outbound_messages, rendered. */
export interface OutboundMessage {
  id: string;
  /** Null for account mail (FashionOS itself sends it). */
  organizationId: string | null;
  eventId: string | null;
  channel: ChannelName;
  /** casting, invitation, transactional, coordination, marketing or account. */
  purpose: string;
  recipientKind: "talent" | "guest" | "vendor" | "buyer" | "account";
  recipientId: string;
  /** An email address, or the phone number as the contact data holds it (WhatsApp normalises it). */
  recipientAddress: string;
  recipientName: string | null;
  locale: "es-CO" | "en";
  templateKey: string;
  variables: Record<string, unknown>;
  /** Rendered content (tasks/outbox/templates.ts, or a producer's approved draft). */
  subject: string;
  text: string;
  html: string;
  urgent: boolean;
  /**
   * The same for every attempt at this message (derived from its id): a
   * provider that deduplicates on a client key gets it; email sends it as the
   * Message-ID, so a resend after a crash is recognisably the same message.
   */
  idempotencyKey: string;
  /**
   * The one-click unsubscribe link (RFC 8058): POST records the opt-out, GET shows a page with the button.
   * Null when the message is no subscription and no opt-out stops it — account mail (purpose account) and a
   * buyer's mail about their own purchase (recipient kind buyer): channels then send no List-Unsubscribe.
   */
  unsubscribeUrl: string | null;
  /** Files sent with it (a booking confirmation's QR codes, inline); rendered at send time, never stored. */
  attachments?: OutboundAttachment[];
  /** The one link the person has to follow, when the message has one: account mail's, a booking's page (the development log shows it). */
  link?: string | null;
  /** 1 for the first attempt. */
  attempt: number;
  /** True when a worker that stopped left this message in `sending`: the provider may already have it. */
  resumed: boolean;
}

/** What a successful send returns. */
export interface SendResult {
  /** The provider's id for the message: provider events (delivered, read, bounced) are matched on it. */
  providerMessageId: string;
}

/**
 * The codes outbound_messages.last_error_code accepts (its check constraint holds the same list; a
 * channel that needs another adds it there in a migration).
 */
export const CHANNEL_ERROR_CODES = [
  "INVALID_ADDRESS",
  "BOUNCED",
  "PROVIDER_REJECTED",
  "PROVIDER_UNAVAILABLE",
  "PROVIDER_DEFERRED",
  "PROVIDER_FAILED",
  "PROVIDER_AUTH",
  "RATE_LIMITED",
  "CHANNEL_NOT_CONFIGURED",
  "SMTP_NOT_CONFIGURED",
  "TEMPLATE_INVALID",
  "TEMPLATE_NOT_APPROVED",
  "OUTSIDE_SERVICE_WINDOW",
] as const;
export type ChannelErrorCode = (typeof CHANNEL_ERROR_CODES)[number];

/** A send that did not go through. */
export class ChannelError extends Error {
  /** Stored in outbound_messages.last_error_code. */
  readonly code: ChannelErrorCode;
  /** Another attempt (with back-off) may succeed: a timeout, a 4xx SMTP reply, a 5xx/429 HTTP answer. */
  readonly retryable: boolean;
  /** The address itself was refused (the message becomes `bounced`). */
  readonly bounced: boolean;
  constructor(
    code: ChannelErrorCode,
    message: string,
    options: { retryable: boolean; bounced?: boolean; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = "ChannelError";
    this.code = code;
    this.retryable = options.retryable;
    this.bounced = options.bounced ?? false;
  }
}

/** What the send task gives a channel besides the message. */
export interface SendContext {
  logger: { warn(message: string, meta?: Record<string, unknown>): void };
  /** Runs one read-only query on the worker's database connection (WhatsApp: is the 24-hour window open?). */
  query?<R extends Record<string, unknown>>(sql: string, params: unknown[]): Promise<R[]>;
}

export interface OutboxChannel {
  readonly name: ChannelName;
  /**
   * Sends one message. Resolves with the provider's id, or throws a ChannelError (anything else counts as
   * retryable). `context.logger` is the job's logger (the worker's log), for what a channel reports.
   */
  send(message: OutboundMessage, context?: SendContext): Promise<SendResult>;
  /** Releases connections (tests, shutdown). */
  close?(): Promise<void>;
}
