// The send_booking_email task, kept for one release only to drain jobs a
// previous version queued before booking confirmations moved into the outbox
// (tasks/outbox/booking.ts). Nothing enqueues it any more: a deployment may
// still hold such jobs (queued, or retrying with back-off), and each is a
// buyer waiting for their tickets. Each job becomes the booking's outbox
// message (app_private.booking_confirmed: one per booking, nothing for a
// booking that is no longer paid), sent and retried like every other message.
// Remove the task in the release after next, once no deployment has a
// send_booking_email job left:
//   select count(*) from graphile_worker.jobs where task_identifier = 'send_booking_email';
import type { Task } from "graphile-worker";
import { bookingEmailPayload } from "./booking-email.ts";

export function makeDrainBookingEmail(): Task {
  return async (payload, helpers) => {
    const parsed = bookingEmailPayload.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error("send_booking_email: dropped a payload it cannot read");
      return;
    }
    await helpers.withPgClient((client) =>
      client.query("select app_private.booking_confirmed($1)", [parsed.data.bookingId]),
    );
    helpers.logger.info(`send_booking_email: booking ${parsed.data.bookingId}'s mail moved into the outbox`);
  };
}
