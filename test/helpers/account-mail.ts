// Account mail as the outbox holds it (app_private.enqueue_account_email):
// each message's template data with its address, locale and one-time token,
// read as the database owner (the token is in app_private.account_messages
// until the message is finished, never in outbound_messages). Oldest first.
//
// register and requestPasswordReset only record the request; their mail is
// decided by the account_request job (app_private.process_account_request).
// Tests without a worker read the mail as that job would have queued it:
// accountMailsTo runs the pending requests first, oldest first, exactly as the
// job does (each request is taken once, so a job that runs later finds nothing).
import type pg from "pg";

/** Runs every pending account request (register, requestPasswordReset) as its account_request job would. */
export async function processAccountRequests(owner: pg.Pool): Promise<string[]> {
  const pending = await owner.query<{ id: string }>(
    "select id from app_private.account_requests order by created_at, id",
  );
  const outcomes: string[] = [];
  for (const { id } of pending.rows) {
    // One transaction each, as each job is.
    const { rows } = await owner.query<{ outcome: string }>(
      "select app_private.process_account_request($1) as outcome",
      [id],
    );
    outcomes.push(rows[0]?.outcome as string);
  }
  return outcomes;
}

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
  await processAccountRequests(owner);
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
