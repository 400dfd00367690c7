// Account mail in the outbox: the registration link, the address
// verification, "someone tried to register with your address", organization
// invitations and password reset. The database enqueues each as an
// outbound_messages row (app_private.enqueue_account_email: purpose and
// recipient_kind `account`, no organization) whose one-time token waits in
// app_private.account_messages, outside anything the API can read. The send
// task renders the mail with the token (tasks/mail/templates.ts) to send it,
// and outbound_messages keeps a copy with the token replaced by
// REDACTED_TOKEN. The token's row is deleted when the message is finished (a
// trigger), so no token outlives its mail.
//
// Account mail is what the person asked for: the address was given for
// exactly this (registering, asking for a reset or a new link) or by an
// organization inviting them to work together, and the mail serves only
// that — the purpose its processing is authorised for (Ley 1581 de 2012:
// art. 9, the holder's authorisation — here their own request — and art. 4 b,
// "finalidad"); transactional, never marketing. So it is
// sent regardless of marketing consent, opt-outs, quiet hours and
// organizations' daily caps (outbox_has_consent, outbox_claim: urgent, no
// cap), paced only by the global account_mail_rate; and it carries no
// unsubscribe link or List-Unsubscribe header: it is no subscription, and an
// unsubscribe must never stop a password reset.
import { type AccountEmail, accountEmailSchema, renderAccountEmail } from "../mail/templates.ts";
import { TemplateError } from "./templates.ts";

/** What the stored copy shows where the one-time token was. */
export const REDACTED_TOKEN = "REDACTED";

export interface AccountRow {
  template_key: string;
  recipient_address: string;
  locale: "es-CO" | "en";
  variables: Record<string, unknown> | null;
}

export interface RenderedAccountMessage {
  /** What is sent: with the one-time link. */
  subject: string;
  text: string;
  html: string;
  /** The one link the person has to follow (the development log shows it). */
  link: string | null;
  /** What outbound_messages keeps: the same mail with the token redacted. */
  stored: { subject: string; text: string; html: string };
}

/** The mail of an account message, from its row and its token (TemplateError when they do not make one). */
export async function renderAccountMessage(
  row: AccountRow,
  token: string | null,
  appUrl: string,
): Promise<RenderedAccountMessage> {
  const kind = row.template_key === "organization_invitation" ? "invitation" : row.template_key;
  const parsed = accountEmailSchema.safeParse({
    ...(row.variables ?? {}),
    kind,
    to: row.recipient_address,
    locale: row.locale,
    ...(token ? { token } : {}),
  });
  if (!parsed.success) {
    // The issues name fields, never values (a token is a value).
    throw new TemplateError(
      `Account mail "${row.template_key}": ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`).join("; ")}`,
    );
  }
  const mail: AccountEmail = parsed.data;
  const sent = await renderAccountEmail(mail, appUrl);
  const redact = (value: string) => (token ? value.replaceAll(token, REDACTED_TOKEN) : value);
  return {
    subject: sent.subject,
    text: sent.text,
    html: sent.html,
    link: sent.link,
    stored: { subject: redact(sent.subject), text: redact(sent.text), html: redact(sent.html) },
  };
}
