// Account mail as the outbox holds it (app_private.enqueue_account_email):
// each message's template data with its address, locale and one-time token,
// read as the database owner (the token is in app_private.account_messages
// until the message is finished, never in outbound_messages). Oldest first.
import type pg from "pg";

export interface AccountMail {
  id: string;
  /** The template: confirm_registration, verify_email, account_exists, organization_invitation, password_reset. */
  kind: string;
  to: string;
  locale: string;
  status: string;
  /** Null once the message is finished (or for mail without a link). */
  token: string | null;
  [variable: string]: unknown;
}

export async function accountMailsTo(owner: pg.Pool, email: string): Promise<AccountMail[]> {
  const { rows } = await owner.query(
    `select m.id, m.template_key, m.recipient_address, m.locale, m.status, m.variables, a.token
       from app_public.outbound_messages m left join app_private.account_messages a on a.message_id = m.id
      where m.purpose = 'account' and lower(m.recipient_address) = lower($1)
      order by m.created_at, m.id`,
    [email],
  );
  return rows.map((r) => ({
    ...r.variables,
    id: r.id,
    kind: r.template_key,
    to: r.recipient_address,
    locale: r.locale,
    status: r.status,
    token: r.token,
  }));
}
