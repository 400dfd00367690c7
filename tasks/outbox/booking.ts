// Booking confirmations in the outbox: the mail of a paid booking with its
// e-tickets. The database enqueues it (app_private.booking_confirmed, in the
// transaction that confirms the booking) as an outbound_messages row
// (template and cause booking_paid, recipient the buyer, purpose
// transactional, urgent) whose variables hold the event's and the booking's
// facts only. The ticket codes and the booking page's access token are
// credentials: the send task reads them at send time
// (app_private.booking_message_secrets, which also cancels the message when
// the booking was refunded or cancelled meanwhile), renders the mail with them
// and the QR codes as inline images (tasks/mail/booking-email.ts), and
// outbound_messages keeps a copy with every code and the token replaced by
// REDACTED and no images, so producers reading their buyers' messages on
// Comunicaciones never read a ticket.
//
// A booking confirmation is the buyer's own purchase (Ley 1581 de 2012:
// transactional mail they asked for, never marketing): urgent (no quiet
// hours), no slot of the organization's daily cap, not stopped by an opt-out,
// and no List-Unsubscribe (outbox_has_consent, outbox_claim, send.ts).
import { z } from "zod";
import { type BookingForEmail, groupedCode, renderBookingEmail } from "../mail/booking-email.ts";
import { REDACTED_TOKEN } from "./account.ts";
import type { OutboundAttachment } from "./channel.ts";
import { TemplateError } from "./templates.ts";

/** The booking_paid template's variables (app_private.booking_confirmed). */
export const bookingVariablesSchema = z.object({
  eventTitle: z.string().max(200),
  startsAt: z.string(),
  timeZone: z.string().max(64).default("America/Bogota"),
  venue: z.string().max(400).nullish(),
  name: z.string().max(200),
  reference: z.string().max(100),
  quantity: z.number().int().min(1),
  totalCop: z.number().min(0),
  tierName: z.string().max(200),
});

/** What app_private.booking_message_secrets answers: never stored in outbound_messages. */
export const bookingSecretsSchema = z.object({
  accessToken: z.string().min(16).max(128),
  tickets: z.array(z.object({ seat: z.number().int(), code: z.string().min(16).max(64) })),
});
export type BookingSecrets = z.infer<typeof bookingSecretsSchema>;

export interface BookingRow {
  recipient_address: string;
  locale: "es-CO" | "en";
  variables: Record<string, unknown> | null;
}

export interface RenderedBookingMessage {
  /** What is sent: with the codes, the booking link and the QR codes. */
  subject: string;
  text: string;
  html: string;
  link: string;
  attachments: OutboundAttachment[];
  /** What outbound_messages keeps: the same mail with every code and the access token redacted. */
  stored: { subject: string; text: string; html: string };
}

/** Replaces each secret (a ticket code, also as grouped for reading, and the access token) with REDACTED. */
export function redactBookingSecrets(value: string, secrets: BookingSecrets): string {
  let out = value;
  for (const { code } of secrets.tickets) {
    out = out.replaceAll(groupedCode(code), REDACTED_TOKEN).replaceAll(code, REDACTED_TOKEN);
  }
  return out.replaceAll(secrets.accessToken, REDACTED_TOKEN);
}

/** The mail of a booking_paid message from its row and its secrets (TemplateError when they do not make one). */
export async function renderBookingMessage(
  row: BookingRow,
  secrets: unknown,
  appUrl: string,
): Promise<RenderedBookingMessage> {
  const variables = bookingVariablesSchema.safeParse(row.variables ?? {});
  const parsedSecrets = bookingSecretsSchema.safeParse(secrets);
  if (!variables.success || !parsedSecrets.success) {
    // The issues name fields, never values (a code is a value).
    const issues = [...(variables.error?.issues ?? []), ...(parsedSecrets.error?.issues ?? [])];
    throw new TemplateError(`Booking mail: ${issues.map((i) => `${i.path.join(".")}: ${i.code}`).join("; ")}`);
  }
  const v = variables.data;
  const s = parsedSecrets.data;
  const booking: BookingForEmail = {
    to: row.recipient_address,
    locale: row.locale,
    buyerName: v.name,
    reference: v.reference,
    totalCop: v.totalCop,
    quantity: v.quantity,
    tierName: v.tierName,
    eventTitle: v.eventTitle,
    eventStartsAt: v.startsAt,
    eventTimezone: v.timeZone,
    venue: v.venue ?? null,
    accessToken: s.accessToken,
    tickets: s.tickets,
  };
  const mail = await renderBookingEmail(booking, appUrl);
  const redact = (value: string) => redactBookingSecrets(value, s);
  return {
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    link: mail.link ?? "",
    attachments: mail.attachments ?? [],
    stored: { subject: redact(mail.subject), text: redact(mail.text), html: redact(mail.html) },
  };
}
