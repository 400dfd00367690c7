// A paid booking's confirmation in the outbox (app_private.booking_confirmed):
// its outbound_messages rows and their send_outbound_message jobs, read as the
// owner for the tests of the box office.
import type { TestDatabase } from "./db.ts";

export interface BookingMessage {
  id: string;
  status: string;
  template_key: string;
  cause_kind: string;
  cause_id: string;
  purpose: string;
  recipient_kind: string;
  recipient_address: string;
  locale: string;
  urgent: boolean;
  variables: Record<string, unknown>;
  rendered_subject: string | null;
  rendered_body: string | null;
  rendered_html: string | null;
  attempts: number;
  /** Whether a send_outbound_message job for it is waiting. */
  queued_job: boolean;
}

/** The outbox messages of a booking (to its buyer), oldest first. */
export async function bookingMessages(db: TestDatabase, bookingId: string): Promise<BookingMessage[]> {
  const { rows } = await db.owner.query<BookingMessage>(
    `select m.id, m.status, m.template_key, m.cause_kind, m.cause_id, m.purpose, m.recipient_kind,
            m.recipient_address, m.locale, m.urgent, m.variables, m.rendered_subject, m.rendered_body,
            m.rendered_html, m.attempts,
            exists (select 1 from graphile_worker._private_jobs j
                      join graphile_worker._private_tasks t on t.id = j.task_id
                     where t.identifier = 'send_outbound_message' and j.key = 'outbound_message:' || m.id) as queued_job
       from app_public.outbound_messages m
      where m.booking_id = $1
      order by m.created_at, m.id`,
    [bookingId],
  );
  return rows;
}
