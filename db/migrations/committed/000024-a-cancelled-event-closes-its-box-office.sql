--! Previous: sha1:dad71dd9eff5ccb0e20c1f67487a7781e91967e8
--! Hash: sha1:5509d4d455fc4a972de6615479f955b4b5f42885
--! Message: A cancelled event closes its box office

-- Tables: app_public.bookings, app_public.events
-- A cancelled event closes its box office (found after issue 15: cancelling left reservations payable and paid
-- buyers holding valid tickets for a show that will not happen, with no refund owed on record).
--
-- When an event becomes cancelled (cancel_event, or an update of its status by someone allowed to make it), in
-- the same transaction: every reservation (pending) and every free booking is cancelled, and every paid booking
-- is refunded, with a refund of its total recorded as owed (as refund_booking does: pay it out in Wompi's
-- dashboard or by transfer, then completeRefund). Tickets stop admitting and stock returns through the bookings'
-- own status trigger (_200_stock). The tiers are locked first, in id order, as every box office function locks a
-- tier before its bookings, so nothing deadlocks.
--
-- A booking is never created for a cancelled event (CLOSD, SALES_CLOSED). No lock is needed for that, and
-- taking the event's would deadlock (a reservation holds its tier, then would wait for the event, while the
-- cancellation holds the event and waits for the tier): a reservation that locked its tier before the
-- cancellation commits, and the cancellation, having locked the tiers in a statement of its own, then reads
-- the bookings with a snapshot that has it, and cancels it; a reservation that gets its tier after the
-- cancellation committed reads the event as cancelled. A payment that arrives later for a cancelled
-- reservation is already handled (a refund is owed: booking_cancelled).

create or replace function app_private.tg_events__close_box_office() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booking app_public.bookings;
  charge app_public.payments;
  actor uuid := app_public.current_profile_id();
begin
  -- Its own statement: the bookings below are read after every tier is ours (see the header).
  perform 1 from app_public.ticket_tiers t
   where t.event_id = new.id and t.organization_id = new.organization_id
   order by t.id for update;
  for booking in
    select b.* from app_public.bookings b
     where b.event_id = new.id and b.organization_id = new.organization_id and b.status in ('pending', 'paid')
     order by b.tier_id, b.id
       for update
  loop
    if booking.status = 'paid' and booking.total_cop > 0 then
      update app_public.bookings b set status = 'refunded', closed_at = now(), closed_by = actor,
                                       close_reason = 'Evento cancelado.'
       where b.id = booking.id;
      select * into charge from app_public.payments p
       where p.booking_id = booking.id and p.kind = 'charge' and p.status = 'APPROVED'
         and p.provider_transaction_id = booking.payment_reference;
      insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference,
                                       amount_in_cents, currency, status, refund_of, reason, recorded_by)
        values (booking.organization_id, booking.id, booking.profile_id, 'refund',
                case when charge.id is null then 'manual' else charge.provider end, booking.reference,
                booking.total_cop * 100, 'COP', 'PENDING', charge.id, 'booking_refunded', actor);
    else
      update app_public.bookings b set status = 'cancelled', closed_at = now(), closed_by = actor,
                                       close_reason = 'Evento cancelado.'
       where b.id = booking.id;
    end if;
  end loop;
  return new;
end;
$$;
comment on function app_private.tg_events__close_box_office() is 'When an event becomes cancelled: its reservations and free bookings are cancelled and its paid bookings refunded (a refund of the total owed, reason booking_refunded), tiers locked first in id order; close_reason ''Evento cancelado.''.';
drop trigger if exists _300_close_box_office on app_public.events;
create trigger _300_close_box_office after update of status on app_public.events
  for each row when (new.status = 'cancelled' and old.status is distinct from 'cancelled')
  execute function app_private.tg_events__close_box_office();

create or replace function app_private.tg_bookings__event_open() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  perform 1 from app_public.events e
   where e.id = new.event_id and e.organization_id = new.organization_id and e.status = 'cancelled';
  if found then
    raise exception 'Tickets for this event are not on sale.' using errcode = 'CLOSD';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_bookings__event_open() is 'Refuses a booking of a cancelled event (CLOSD). A cancellation in progress is not waited for: it locks the tiers before reading the bookings, so it cancels a booking made meanwhile.';
drop trigger if exists _040_event_open on app_public.bookings;
create trigger _040_event_open before insert on app_public.bookings
  for each row execute function app_private.tg_bookings__event_open();

comment on function app_public.cancel_event(uuid) is 'Cancels a draft or published event (producers, admins and owners); final. Its box office closes in the same transaction: reservations and free bookings are cancelled, paid bookings refunded with the refund owed recorded (see refundBooking), and no booking can be made for it any more. Errors: NTFND, DNIED, CONFL (completed).';
