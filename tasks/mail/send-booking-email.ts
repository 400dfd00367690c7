// The send_booking_email task: the confirmation mail of a paid booking, with
// its tickets. The database enqueues it (app_private.booking_confirmed) in the
// transaction that confirmed the booking, with only the booking id; the codes
// are read here, at send time, so no job ever holds one. A booking refunded or
// cancelled before the mail went out gets no mail.
import type { Task } from "graphile-worker";
import { type BookingForEmail, bookingEmailPayload, renderBookingEmail } from "./booking-email.ts";
import type { MailConfig } from "./config.ts";
import { makeMailer } from "./mailer.ts";
import { LOCALES, type Locale } from "./templates.ts";

const BOOKING = `
  select b.buyer_email::text as "to", coalesce(p.locale, 'es-CO') as locale, b.buyer_name as "buyerName",
         b.reference, b.total_cop::float8 as "totalCop", b.quantity, t.name as "tierName", e.title as "eventTitle",
         e.starts_at as "eventStartsAt", e.timezone as "eventTimezone",
         nullif(concat_ws(', ', v.name, v.city), '') as venue,
         app_private.booking_access_token(b.id) as "accessToken", b.status,
         (select json_agg(json_build_object('seat', x.seat, 'code', x.code) order by x.seat)
            from app_private.ticket_passes(b.id) x) as tickets
    from app_public.bookings b
    join app_public.ticket_tiers t on t.id = b.tier_id
    join app_public.events e on e.id = b.event_id
    left join app_public.venues v on v.id = e.venue_id
    left join app_public.profiles p on p.id = b.profile_id
   where b.id = $1`;

export function makeSendBookingEmail(config: MailConfig): Task {
  const deliver = makeMailer(config);
  return async (payload, helpers) => {
    const parsed = bookingEmailPayload.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error("send_booking_email: dropped a payload it cannot read");
      return;
    }
    const { rows } = await helpers.query<BookingForEmail & { status: string; eventStartsAt: Date }>(BOOKING, [
      parsed.data.bookingId,
    ]);
    const row = rows[0];
    if (!row || row.status !== "paid") {
      helpers.logger.info(`send_booking_email: booking ${parsed.data.bookingId} is not paid; no mail`);
      return;
    }
    const booking: BookingForEmail = {
      ...row,
      locale: (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : "es-CO",
      eventStartsAt: new Date(row.eventStartsAt).toISOString(),
      tickets: row.tickets ?? [],
    };
    await deliver(await renderBookingEmail(booking, config.appUrl), helpers);
  };
}
