// The send_outbound_message task: one job per message (job key
// outbound_message:<id>, added by app_private.enqueue_outbound_message in the
// transaction that caused the message).
//
// 1. Claim (app_private.outbox_claim, one transaction under the row lock):
//    consent and opt-outs checked again, quiet hours and the daily cap
//    applied (the job is moved to later), queued → sending, attempts + 1.
// 2. Render (tasks/outbox/templates.ts) unless the row holds an approved
//    draft's content, and hand it to the channel.
// 3. Record: sent with the provider's id (outbox_record_sent); or the
//    failure (outbox_record_failure): bounced and permanent failures end the
//    message, a retryable one puts it back to queued and the job throws, so
//    graphile-worker retries it with exponential back-off.
//
// Account mail (purpose account, tasks/outbox/account.ts) is rendered with
// its one-time token, read from app_private only here, and recorded with the
// token redacted; it takes a slot of the global account-mail pace first.
// A booking confirmation (template booking_paid, tasks/outbox/booking.ts) is
// rendered with its ticket codes, booking link and QR images, read from
// app_private only here (and cancelled instead when the booking is no longer
// paid), and recorded with the codes and the link redacted. An account mail
// whose one-time link no longer opens anything (the password was reset, the
// address verified, the invitation accepted…) is cancelled instead of sent
// (app_private.account_message_token, LINK_NO_LONGER_VALID).
//
// A message that shows an event's details (an invitation, a casting call, a confirmation) gets them read
// again right after the claim (app_private.outbox_refresh_message): one held overnight by quiet hours
// carries the event's current date and venue, not those of when it was queued, and an invitation whose
// link no longer opens is cancelled instead.
//
// Never twice: a finished row is never claimed again; a row left in
// `sending` by a worker killed between the provider's acceptance and step 3
// is resumed with the same idempotency key (email: the same Message-ID), so
// the provider and the mailbox see one message.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { renderAccountMessage } from "./account.ts";
import { renderBookingMessage } from "./booking.ts";
import {
  ChannelError,
  type ChannelName,
  type OutboundAttachment,
  type OutboundMessage,
  type OutboxChannel,
} from "./channel.ts";
import { type Locale, renderTemplate, TemplateError } from "./templates.ts";

export const UNSUBSCRIBE_PATH = "/unsubscribe";

const payloadSchema = z.object({ id: z.uuid() });

/** The row as outbox_claim returns it (to_jsonb of app_public.outbound_messages). */
const claimedRowSchema = z.object({
  id: z.uuid(),
  organization_id: z.uuid().nullable(),
  event_id: z.uuid().nullable(),
  channel: z.enum(["email", "whatsapp"]),
  purpose: z.string(),
  recipient_kind: z.enum(["talent", "guest", "vendor", "buyer", "account"]),
  recipient_id: z.uuid(),
  recipient_address: z.string(),
  recipient_name: z.string().nullable(),
  locale: z.enum(["es-CO", "en"]),
  template_key: z.string(),
  variables: z.record(z.string(), z.unknown()).nullable(),
  rendered_subject: z.string().nullable(),
  rendered_body: z.string().nullable(),
  rendered_html: z.string().nullable(),
  urgent: z.boolean(),
  attempts: z.number(),
});

const claimSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("gone") }),
  z.object({ action: z.literal("done"), status: z.string() }),
  z.object({ action: z.literal("suppressed") }),
  z.object({ action: z.literal("later"), runAt: z.string(), reason: z.string().nullable() }),
  z.object({
    action: z.literal("send"),
    resumed: z.boolean(),
    unsubscribeToken: z.string(),
    message: claimedRowSchema,
  }),
]);

const refreshSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("cancelled") }),
  z.object({ action: z.literal("send"), variables: z.record(z.string(), z.unknown()).nullable() }),
]);

export interface SendOutboundOptions {
  /** The channels this worker can send on; a message for a missing one is retried (it may be configured later). */
  channels: Partial<Record<ChannelName, OutboxChannel>>;
  /** The public origin of the server, for unsubscribe links (no trailing slash). */
  appUrl: string;
  /**
   * Account mail takes a slot under app_private.account_mail_rate before it is claimed (mail that
   * really leaves through SMTP; the development log is not paced).
   */
  paceAccountMail?: boolean;
}

/** The unsubscribe link of a message. */
export function unsubscribeUrl(appUrl: string, messageId: string, token: string): string {
  return `${appUrl}${UNSUBSCRIBE_PATH}?m=${encodeURIComponent(messageId)}&t=${encodeURIComponent(token)}`;
}

export function makeSendOutboundMessage(options: SendOutboundOptions): Task {
  return async (payload, helpers) => {
    const parsedPayload = payloadSchema.safeParse(payload);
    if (!parsedPayload.success) {
      helpers.logger.error("send_outbound_message: dropped a payload it cannot read");
      return;
    }
    const { id } = parsedPayload.data;
    if (options.paceAccountMail) {
      const later = await helpers.withPgClient(
        async (client) =>
          (await client.query<{ at: Date | null }>("select app_private.account_message_pace($1) as at", [id])).rows[0]
            ?.at,
      );
      if (later) {
        helpers.logger.info(`send_outbound_message: ${id} over the account-mail pace, moved to ${later.toISOString()}`);
        return;
      }
    }
    const claim = claimSchema.parse(
      await helpers.withPgClient(
        async (client) => (await client.query("select app_private.outbox_claim($1) as claim", [id])).rows[0]?.claim,
      ),
    );
    if (claim.action === "later") {
      helpers.logger.info(`send_outbound_message: ${id} moved to ${claim.runAt} (${claim.reason})`);
      return;
    }
    if (claim.action !== "send") return;
    const row = claim.message;
    if (row.event_id !== null) {
      // What may have changed while the message waited (quiet hours, the daily cap, retries): the event's
      // date, venue and title are read again now (app_private.outbox_refresh_message, which knows the
      // templates that show them and leaves the others as they are), and an invitation whose link no
      // longer opens — answered, reissued, RSVPs closed, event cancelled — is not sent.
      const refreshed = refreshSchema.parse(
        await helpers.withPgClient(
          async (client) =>
            (await client.query("select app_private.outbox_refresh_message($1) as r", [row.id])).rows[0]?.r,
        ),
      );
      if (refreshed.action === "cancelled") {
        helpers.logger.info(`send_outbound_message: ${row.id} cancelled (its invitation link no longer opens)`);
        return;
      }
      row.variables = refreshed.variables;
    }

    const record = async (sql: string, params: unknown[]) =>
      helpers.withPgClient(async (client) => (await client.query(sql, params)).rows[0]);
    const fail = async (error: ChannelError): Promise<void> => {
      const result = await record("select app_private.outbox_record_failure($1, $2, $3, $4, $5) as status", [
        row.id,
        error.code,
        error.message,
        !error.retryable,
        error.bounced,
      ]);
      if (result?.status === "queued") throw error; // graphile-worker retries with back-off
      helpers.logger.warn(`send_outbound_message: ${row.id} ${result?.status ?? "not sending"} (${error.code})`);
    };

    const channel = options.channels[row.channel];
    if (!channel) {
      return fail(
        new ChannelError("CHANNEL_NOT_CONFIGURED", `The ${row.channel} channel is not configured.`, {
          retryable: true,
        }),
      );
    }
    // Account mail and a buyer's mail about their purchase are no subscription: no unsubscribe link.
    const unsubscribe =
      row.purpose === "account" || row.recipient_kind === "buyer"
        ? null
        : unsubscribeUrl(options.appUrl, row.id, claim.unsubscribeToken);
    // What is sent, and what outbound_messages keeps (account mail: the one-time link redacted; a booking
    // confirmation: its codes and link redacted). Null: nothing to send (the message was cancelled).
    const render = async (): Promise<{
      subject: string;
      text: string;
      html: string;
      link?: string | null;
      attachments?: OutboundAttachment[];
      stored?: { subject: string; text: string; html: string } | null;
    } | null> => {
      if (row.purpose === "account") {
        // The token is read here, at send time, and never written back (tasks/outbox/account.ts); null: its
        // link no longer opens anything (spent, expired, replaced) and the message was cancelled.
        const secret = await helpers.withPgClient(
          async (client) =>
            (
              await client.query<{ secret: { token: string | null } | null }>(
                "select app_private.account_message_token($1) as secret",
                [row.id],
              )
            ).rows[0]?.secret ?? null,
        );
        return secret === null ? null : renderAccountMessage(row, secret.token, options.appUrl);
      }
      if (row.template_key === "booking_paid") {
        // The codes and the booking link are read here, at send time, and never written back
        // (tasks/outbox/booking.ts); null: the booking is no longer paid and the message was cancelled.
        const secrets = await helpers.withPgClient(
          async (client) =>
            (await client.query("select app_private.booking_message_secrets($1) as secrets", [row.id])).rows[0]
              ?.secrets ?? null,
        );
        return secrets === null ? null : renderBookingMessage(row, secrets, options.appUrl);
      }
      if (row.rendered_body !== null) {
        // A producer's approved draft: sent as approved.
        return { subject: row.rendered_subject ?? "", text: row.rendered_body, html: row.rendered_html ?? "" };
      }
      return renderTemplate(row.template_key, row.variables ?? {}, row.locale as Locale, unsubscribe, {
        appUrl: options.appUrl,
      });
    };
    let rendered: Awaited<ReturnType<typeof render>>;
    try {
      rendered = await render();
    } catch (error) {
      if (error instanceof TemplateError) {
        return fail(new ChannelError("TEMPLATE_INVALID", error.message, { retryable: false }));
      }
      throw error;
    }
    if (rendered === null) {
      helpers.logger.info(
        `send_outbound_message: ${row.id} cancelled (${row.purpose === "account" ? "its link no longer opens anything" : "its booking is no longer paid"})`,
      );
      return;
    }
    const { subject, text, html, link = null, attachments, stored = null } = rendered;
    const message: OutboundMessage = {
      id: row.id,
      organizationId: row.organization_id,
      eventId: row.event_id,
      channel: row.channel,
      purpose: row.purpose,
      recipientKind: row.recipient_kind,
      recipientId: row.recipient_id,
      recipientAddress: row.recipient_address,
      recipientName: row.recipient_name,
      locale: row.locale,
      templateKey: row.template_key,
      variables: row.variables ?? {},
      subject,
      text,
      html,
      urgent: row.urgent,
      idempotencyKey: `outbox.${row.id}`,
      unsubscribeUrl: unsubscribe,
      link,
      ...(attachments?.length ? { attachments } : {}),
      attempt: row.attempts,
      resumed: claim.resumed,
    };
    let providerMessageId: string;
    try {
      ({ providerMessageId } = await channel.send(message, {
        logger: helpers.logger,
        query: (sql, params) => helpers.withPgClient(async (client) => (await client.query(sql, params)).rows),
      }));
    } catch (error) {
      return fail(
        error instanceof ChannelError
          ? error
          : new ChannelError("PROVIDER_UNAVAILABLE", error instanceof Error ? error.message : String(error), {
              retryable: true,
              cause: error,
            }),
      );
    }
    await record("select app_private.outbox_record_sent($1, $2, $3, $4, $5)", [
      row.id,
      providerMessageId,
      stored?.subject ?? subject,
      stored?.text ?? text,
      stored?.html ?? html,
    ]);
  };
}
