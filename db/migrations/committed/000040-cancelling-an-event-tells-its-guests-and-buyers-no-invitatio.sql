--! Previous: sha1:464f3b1bd65ebb2a396dbbfd6209318eb9d9fec2
--! Hash: sha1:ce3934964326b786ec5dbc44d0693baa90658579
--! Message: Cancelling an event tells its guests and buyers; no invitation sent after RSVPs close; held messages read the event again at send; sendGuestInvitations/inviteGuests refuse null, empty and unknown list items

-- Tables: app_public.events, app_public.outbound_messages, app_public.payments, app_public.whatsapp_templates
--
-- An event's guests and ticket buyers, four faults of one family (messages to people about an event).
--
-- 1. Cancelling an event told nobody: guests who had accepted (or were waiting, or had been sent an
--    invitation) and buyers holding paid tickets kept believing the show was on. Now the cancellation
--    enqueues, in its own transaction, one `event_cancelled` message per person and channel they can be
--    reached on (cause event_cancelled, cause_id the event: cancelling twice or a retried job sends once).
-- 2. Invitations could still be sent after the event's RSVPs closed, with a link that then said
--    "closed": every path that sends an invitation link now refuses (CONFLICT / INVITATIONS_CLOSED), and a
--    link held by quiet hours past the closing is not sent at all.
-- 3. A message held overnight by quiet hours (or the daily cap) carried the event's details of when it was
--    queued: the event's date, venue and title are now read again when it is sent
--    (app_private.outbox_refresh_message, called by the send task), for every template that shows them.
-- 4. sendGuestInvitations / inviteGuests took a null inside their lists (NOT_FOUND, or silently nothing),
--    an unknown category or tier (silently nothing), and `sendChannels: []` (invited, sent nothing): each
--    is a VALIDATION_FAILED now.

/*====================================================== closed lists grow */

alter table app_public.outbound_messages drop constraint if exists outbound_messages_template_key_check;
alter table app_public.outbound_messages add constraint outbound_messages_template_key_check
  check (template_key in ('casting_invitation', 'casting_confirmed', 'call_sheet', 'reminder', 'thank_you',
                          'rsvp_accepted', 'booking_paid', 'structured', 'test', 'guest_invitation',
                          'confirm_registration', 'verify_email', 'account_exists', 'organization_invitation',
                          'password_reset', 'event_cancelled'));
alter table app_public.outbound_messages drop constraint if exists outbound_messages_cause_kind_check;
alter table app_public.outbound_messages add constraint outbound_messages_cause_kind_check
  check (cause_kind in ('casting_invitation', 'casting_confirmed', 'booking_paid', 'rsvp_accepted', 'email_draft',
                        'manual', 'test', 'guest_invitation', 'account_request', 'event_cancelled'));

alter table app_public.whatsapp_templates drop constraint if exists whatsapp_templates_purpose_check;
alter table app_public.whatsapp_templates add constraint whatsapp_templates_purpose_check
  check (purpose in ('casting_invitation', 'casting_reminder', 'call_sheet', 'guest_invitation', 'event_cancelled'));
comment on column app_public.whatsapp_templates.purpose is 'What the template is for: casting_invitation (body {{1}} name, {{2}} event, {{3}} date; quick-reply buttons Sí / No), casting_reminder, call_sheet, guest_invitation (body {{1}} name, {{2}} event, {{3}} date and time, {{4}} venue, {{5}} the +1 allowance; a URL button whose URL ends in /rsvp/{{1}}, filled with the guest''s RSVP token), event_cancelled (body {{1}} name, {{2}} event, {{3}} the date and time it was to happen, {{4}} venue).';
comment on table app_public.whatsapp_templates is
  'The WhatsApp message templates an organization had approved in its WhatsApp Manager, per purpose. Without a row FashionOS sends the default (casting_invitation: invitacion_casting, casting_reminder: recordatorio_casting, call_sheet: hoja_de_llamado, guest_invitation: invitacion_evento, event_cancelled: evento_cancelado; all es_CO). Owners and admins keep them; every member reads them.';

create or replace function app_private.whatsapp_template(organization uuid, purpose text,
                                                         out name text, out language_code text)
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select coalesce(t.name, d.name), coalesce(t.language_code, d.language_code)
    from (values ('casting_invitation', 'invitacion_casting', 'es_CO'),
                 ('casting_reminder', 'recordatorio_casting', 'es_CO'),
                 ('call_sheet', 'hoja_de_llamado', 'es_CO'),
                 ('guest_invitation', 'invitacion_evento', 'es_CO'),
                 ('event_cancelled', 'evento_cancelado', 'es_CO')) d(purpose, name, language_code)
    left join app_public.whatsapp_templates t
      on t.organization_id = whatsapp_template.organization and t.purpose = d.purpose
   where d.purpose = whatsapp_template.purpose;
$$;

create or replace function app_private.tg_outbound_messages__whatsapp() returns trigger
  language plpgsql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
declare
  purpose text := case new.template_key when 'casting_invitation' then 'casting_invitation'
                                        when 'call_sheet' then 'call_sheet'
                                        when 'reminder' then 'casting_reminder'
                                        when 'guest_invitation' then 'guest_invitation'
                                        when 'event_cancelled' then 'event_cancelled' end;
  template_name text;
  template_language text;
begin
  if new.channel <> 'whatsapp' then
    return new;
  end if;
  if purpose is not null then
    select t.name, t.language_code into template_name, template_language
      from app_private.whatsapp_template(new.organization_id, purpose) t;
  end if;
  new.variables := coalesce(new.variables, '{}'::jsonb) || jsonb_build_object('whatsapp', jsonb_strip_nulls(jsonb_build_object(
    'template', template_name,
    'language', template_language,
    'castingId', case when new.cause_kind = 'casting_invitation' then new.cause_id end)));
  return new;
end;
$$;
comment on function app_private.tg_outbound_messages__whatsapp() is
  'A WhatsApp message carries what the channel needs in variables.whatsapp: the organization''s approved template for its template_key (casting_invitation, call_sheet, reminder, guest_invitation, event_cancelled; none: free text, only inside the 24-hour window) and, for a casting invitation, the casting its quick-reply buttons answer.';

/*=============================== 1. a cancellation tells guests and buyers */

create or replace function app_private.cancellation_audience(event_id uuid)
returns table (recipient_kind text, recipient_id uuid, channel text, locale text, name text)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  -- Guests who know about the show: they accepted, wait on the waitlist, or were sent their invitation
  -- (a message handed to a provider). An invitation still only on the list, never sent, is not news to
  -- its guest: telling them of a cancellation would tell them of an invitation they never had. (A link
  -- the producer copied and sent by hand is not known to the product.) One row per channel the guest has
  -- an address on: email; WhatsApp when they also opted in to it (enqueue_outbound_message still checks
  -- consent and opt-outs). Their language: the one their invitation was last sent in, else es-CO.
  select 'guest'::text, i.guest_id, ch.channel,
         coalesce((select m.locale from app_public.outbound_messages m
                    where m.guest_id = i.guest_id and m.organization_id = i.organization_id
                      and m.event_id = i.event_id and m.cause_kind = 'guest_invitation'
                    order by m.created_at desc, m.id limit 1), 'es-CO'),
         g.full_name
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
    join app_public.guest_contacts c on c.guest_id = i.guest_id
    cross join (values ('email'), ('whatsapp')) ch(channel)
   where i.event_id = cancellation_audience.event_id
     and (i.status in ('accepted', 'waitlist')
          or (i.status = 'invited' and exists (
                select 1 from app_public.outbound_messages m
                 where m.guest_id = i.guest_id and m.organization_id = i.organization_id
                   and m.event_id = i.event_id and m.cause_kind = 'guest_invitation'
                   and m.status in ('sending', 'sent', 'delivered', 'read'))))
     and case ch.channel when 'email' then c.email is not null else c.phone is not null and c.whatsapp_opt_in end
  union all
  -- Buyers holding paid tickets (free ones too: they hold tickets as well), one per address: the
  -- recipient is their first booking, and the message lists every booking of theirs. Email only (a
  -- buyer's address is given for their purchase). Their language: their account's.
  select * from (
    select distinct on (lower(b.buyer_email::text)) 'buyer'::text, b.id, 'email'::text,
           case when p.locale in ('es-CO', 'en') then p.locale else 'es-CO' end, b.buyer_name
      from app_public.bookings b
      left join app_public.profiles p on p.id = b.profile_id
     where b.event_id = cancellation_audience.event_id and b.status = 'paid' and b.buyer_email is not null
     order by lower(b.buyer_email::text), b.created_at, b.id) buyers;
$$;
comment on function app_private.cancellation_audience(uuid) is 'Who a cancellation of the event tells, read before its guest list and box office close: (recipient_kind guest, guest id, channel, locale, name) for each guest who accepted, is on the waitlist, or was sent their invitation, per channel they have an address on (email; whatsapp with whatsapp_opt_in); (buyer, their first paid booking''s id, email, their account''s locale, name) per buyer address with paid bookings (free ones included). Consent and opt-outs are enqueue_outbound_message''s.';

create or replace function app_private.tg_events__tell_cancellation() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person record;
  vars jsonb;
  bookings jsonb;
  refund bigint;
  urgent_for_guests boolean;
begin
  -- Guests: purpose `invitation`. The notice is part of the invitation the guest agreed to receive (the
  -- guest list's consent, Ley 1581 de 2012: the purpose their data was given for), so an opt-out from
  -- invitations (or from everything) on a channel stops it there, as it stops the invitation itself. It
  -- is not `transactional` (a guest bought nothing: that purpose is a buyer's purchase and ignores the
  -- guest list's consent), not `coordination` (a supplier's work) and never `marketing`. Not urgent
  -- (quiet hours hold it to the morning, as any invitation mail), unless the show would start before the
  -- quiet hours end: then a notice held until after the start would be useless, and it goes at once.
  urgent_for_guests := new.starts_at <= coalesce(app_private.outbox_quiet_until(new.organization_id, now()), now());
  -- The event's tiers first, in id order, in a statement of its own (as the box office trigger after this
  -- one, and every box office function, lock a tier before its bookings): a payment that lands while the
  -- event is being cancelled either committed before — its booking is read paid below, and its buyer told —
  -- or waits, and then finds its reservation cancelled (a refund owed: tg_payments__tell_late_buyer).
  perform 1 from app_public.ticket_tiers t
   where t.event_id = new.id and t.organization_id = new.organization_id
   order by t.id for update;
  for person in select * from app_private.cancellation_audience(new.id) loop
    vars := app_private.outbox_event_variables(new.id, person.name) || jsonb_build_object('audience', person.recipient_kind);
    if person.recipient_kind = 'guest' then
      perform app_private.enqueue_outbound_message(new.organization_id, person.channel, 'guest', person.recipient_id,
        'event_cancelled', vars, 'invitation', 'event_cancelled', new.id, new.id, urgent_for_guests, person.locale);
    else
      -- Buyers: like their booking confirmation, transactional (their own purchase) and urgent (no quiet
      -- hours, no daily cap, not stopped by an opt-out: outbox_has_consent, outbox_claim). What happens to
      -- their money is what this product does (migration 000024): a refund of each paid booking's total is
      -- recorded as owed in this same transaction, and the organization pays it out by hand, from Wompi's
      -- dashboard or by bank transfer (no refund is made automatically).
      select jsonb_agg(jsonb_build_object('reference', b.reference, 'quantity', b.quantity, 'tierName', t.name,
                                          'totalCop', b.total_cop) order by b.created_at, b.id),
             sum(b.total_cop)
        into bookings, refund
        from app_public.bookings b join app_public.ticket_tiers t on t.id = b.tier_id
       where b.event_id = new.id and b.status = 'paid'
         and lower(b.buyer_email::text) = (select lower(x.buyer_email::text) from app_public.bookings x
                                             where x.id = person.recipient_id);
      perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'buyer', person.recipient_id,
        'event_cancelled', vars || jsonb_build_object('bookings', bookings, 'refundCop', refund),
        'transactional', 'event_cancelled', new.id, new.id, true, person.locale);
    end if;
  end loop;
  return null;
end;
$$;
comment on function app_private.tg_events__tell_cancellation() is 'When an event becomes cancelled, before its box office and guest list close (the triggers after it): one event_cancelled message per person of app_private.cancellation_audience and channel, in the same transaction. Guests: purpose invitation (their guest-list consent; opt-outs honoured), urgent only when the show starts before the quiet hours end. Buyers: purpose transactional, urgent, with their bookings and the refund recorded as owed (paid out by the organization from Wompi''s dashboard or by transfer). Idempotent: cause event_cancelled and the event''s id.';
drop trigger if exists _290_tell_cancellation on app_public.events;
create trigger _290_tell_cancellation after update of status on app_public.events
  for each row when (new.status = 'cancelled' and old.status is distinct from 'cancelled')
  execute function app_private.tg_events__tell_cancellation();

-- A payment that lands after the cancellation, for a reservation it cancelled: the buyer paid for a show that
-- will not happen, and a refund of it is recorded as owed (apply_payment_status: booking_cancelled). They are
-- told as the other buyers were, about that booking.
create or replace function app_private.tg_payments__tell_late_buyer() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  b app_public.bookings;
  e app_public.events;
  buyer_locale text;
begin
  select * into b from app_public.bookings x where x.id = new.booking_id;
  select * into e from app_public.events x where x.id = b.event_id;
  if b.id is null or e.status is distinct from 'cancelled' or b.buyer_email is null then
    return null;
  end if;
  select case when p.locale in ('es-CO', 'en') then p.locale else 'es-CO' end into buyer_locale
    from app_public.profiles p where p.id = b.profile_id;
  perform app_private.enqueue_outbound_message(b.organization_id, 'email', 'buyer', b.id, 'event_cancelled',
    app_private.outbox_event_variables(e.id, b.buyer_name)
      || jsonb_build_object('audience', 'buyer',
           'bookings', (select jsonb_build_array(jsonb_build_object('reference', b.reference, 'quantity', b.quantity,
                                                                     'tierName', t.name, 'totalCop', b.total_cop))
                          from app_public.ticket_tiers t where t.id = b.tier_id),
           'refundCop', new.amount_in_cents / 100),
    'transactional', 'event_cancelled', e.id, e.id, true, coalesce(buyer_locale, 'es-CO'));
  return null;
end;
$$;
comment on function app_private.tg_payments__tell_late_buyer() is 'A refund owed because a payment reached a reservation its event''s cancellation had cancelled (reason booking_cancelled): its buyer gets the event_cancelled message about that booking (transactional, urgent, once per booking), as the buyers told by the cancellation did.';
drop trigger if exists _900_tell_late_buyer on app_public.payments;
create trigger _900_tell_late_buyer after insert on app_public.payments
  for each row when (new.kind = 'refund' and new.reason = 'booking_cancelled')
  execute function app_private.tg_payments__tell_late_buyer();

-- The sibling hole: a reservation that had expired before the cancellation (left expired by it) and is paid
-- late was confirmed after expiry, paid tickets for a show that will not happen. Now its payment is owed back.
create or replace function app_private.apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers) returns text
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  refund_reason text;
begin
  if payment.status = 'APPROVED' then
    if payment.amount_in_cents <> booking.total_cop * 100 or payment.currency <> 'COP' then
      refund_reason := 'amount_mismatch';
    elsif booking.status = 'pending' then
      update app_public.bookings set status = 'paid', confirmed_at = now(), payment_provider = 'wompi',
                                     payment_reference = payment.provider_transaction_id
       where id = booking.id;
      perform app_private.booking_confirmed(booking.id);
      return 'confirmed';
    elsif booking.status = 'expired' and exists (select 1 from app_public.events e
                                                  where e.id = booking.event_id and e.status = 'cancelled') then
      -- An expired reservation of a cancelled event (the cancellation leaves expired ones as they are) is
      -- never confirmed: the money is owed back and the buyer told (tg_payments__tell_late_buyer).
      refund_reason := 'booking_cancelled';
    elsif booking.status = 'expired' then
      if tier.quantity - tier.sold_count >= booking.quantity then
        update app_public.bookings set status = 'paid', confirmed_at = now(), closed_at = null,
                                       payment_provider = 'wompi', payment_reference = payment.provider_transaction_id
         where id = booking.id;
        perform app_private.booking_confirmed(booking.id);
        return 'confirmed_after_expiry';
      end if;
      refund_reason := 'sold_out_after_expiry';
    elsif booking.status = 'paid' then
      refund_reason := 'duplicate_payment';
    else
      refund_reason := 'booking_cancelled';
    end if;
    insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference,
                                     amount_in_cents, currency, status, refund_of, reason)
      values (booking.organization_id, booking.id, booking.profile_id, 'refund', 'wompi', payment.reference,
              payment.amount_in_cents, payment.currency, 'PENDING', payment.id, refund_reason);
    return 'refund_due_' || refund_reason;
  elsif payment.status = 'VOIDED' then
    -- The money went back by the void: nothing is owed for this charge any more.
    update app_public.payments set status = 'APPROVED', settled_at = now(), provider = 'wompi'
     where refund_of = payment.id and kind = 'refund' and status = 'PENDING';
    if booking.status in ('pending', 'expired')
       or (booking.status = 'paid' and booking.payment_reference = payment.provider_transaction_id) then
      update app_public.bookings set status = 'cancelled', closed_at = now(), close_reason = 'payment voided'
       where id = booking.id;
      return 'cancelled_voided';
    end if;
    return 'voided';
  end if;
  return 'recorded_' || lower(payment.status);
end;
$$;

comment on function app_private.apply_payment_status(app_public.payments, app_public.bookings, app_public.ticket_tiers) is 'What a Wompi charge''s new status does to its booking (confirm, confirm after expiry — never for a cancelled event: a refund owed, booking_cancelled —, owe a refund, cancel on void). The caller holds the tier and booking locks.';

-- What the producer's screen says about it.
drop type if exists app_public.cancellation_notices cascade;
create type app_public.cancellation_notices as (
  people int,
  guests int,
  buyers int,
  sent int,
  waiting int,
  not_sent int
);
comment on type app_public.cancellation_notices is 'Who a cancellation tells (before it) or told (after it).';
comment on column app_public.cancellation_notices.people is 'People told, or to be told, on at least one channel: guests plus buyers.';
comment on column app_public.cancellation_notices.guests is 'Guests among them.';
comment on column app_public.cancellation_notices.buyers is 'Buyers among them (one per address).';
comment on column app_public.cancellation_notices.sent is 'After the cancellation: messages handed to the provider (sent, delivered, read). Before: 0.';
comment on column app_public.cancellation_notices.waiting is 'After the cancellation: messages queued or being sent (quiet hours hold guests'' to the morning). Before: 0.';
comment on column app_public.cancellation_notices.not_sent is 'After the cancellation: messages that will not go (no consent, an opt-out, no address, failed, bounced). Before: 0.';

create or replace function app_public.events_cancellation_notices(event app_public.events)
returns app_public.cancellation_notices
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  result app_public.cancellation_notices;
begin
  -- SECURITY DEFINER: only the organization's producers, admins and owners get an answer (the people it
  -- counts are contact data), and a forged row (another organization's stored id) gets none (000033).
  -- The row given is used as it is, not read again: in cancelEvent's own payload the statement's
  -- snapshot does not see the cancellation yet; the status given does.
  if not app_private.has_org_role(event.organization_id, '{owner,admin,producer}')
     or exists (select 1 from app_public.events s where s.id = event.id and s.organization_id <> event.organization_id) then
    return null;
  end if;
  if event.status <> 'cancelled' then
    select count(distinct (a.recipient_kind, a.recipient_id))::int,
           count(distinct a.recipient_id) filter (where a.recipient_kind = 'guest')::int,
           count(distinct a.recipient_id) filter (where a.recipient_kind = 'buyer')::int, 0, 0, 0
      into result
      from app_private.cancellation_audience(event.id) a
     where a.recipient_kind = 'buyer'
        or app_private.outbox_has_consent(event.organization_id, a.channel, 'invitation', 'guest', a.recipient_id, null);
    return result;
  end if;
  select count(distinct (m.recipient_kind, m.recipient_id)) filter (where m.status not in ('suppressed', 'cancelled', 'failed', 'bounced'))::int,
         count(distinct m.recipient_id) filter (where m.recipient_kind = 'guest' and m.status not in ('suppressed', 'cancelled', 'failed', 'bounced'))::int,
         count(distinct m.recipient_id) filter (where m.recipient_kind = 'buyer' and m.status not in ('suppressed', 'cancelled', 'failed', 'bounced'))::int,
         count(*) filter (where m.status in ('sent', 'delivered', 'read'))::int,
         count(*) filter (where m.status in ('queued', 'sending'))::int,
         count(*) filter (where m.status in ('suppressed', 'cancelled', 'failed', 'bounced'))::int
    into result
    from app_public.outbound_messages m
   where m.cause_kind = 'event_cancelled' and m.cause_id = event.id and m.organization_id = event.organization_id;
  return result;
end;
$$;
comment on function app_public.events_cancellation_notices(app_public.events) is 'Who the event''s cancellation tells (guests who accepted, wait or were sent their invitation, with consent; buyers of paid tickets, one per address) — before it is cancelled, who would be told; after, who was told and how far their messages got (sent, waiting, not sent). Producers, admins and owners; null for anyone else. Read after the cancellation committed (cancelEvent''s own payload cannot see its messages yet).';

comment on function app_public.cancel_event(uuid) is 'Cancels a draft or published event (producers, admins and owners); final. In the same transaction its guests and buyers are told (one event_cancelled message per person and channel through the outbox: guests who accepted, wait or were sent their invitation; buyers of paid tickets with what happens to their money; see Event.cancellationNotices), its box office closes (reservations and free bookings cancelled, paid bookings refunded with the refund owed recorded, see refundBooking; no booking can be made for it any more) and its guest list closes. Cancelling again changes and sends nothing. Errors: NTFND, DNIED, CONFL (completed).';

/*========================= 2 and 4. sending invitations: closed RSVPs, inputs */

create or replace function app_private.assert_invitations_open(event_id uuid) returns void
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
begin
  select * into e from app_public.events x where x.id = assert_invitations_open.event_id;
  -- A cancelled event's invitations are cancelled with it: a send reports each skipped (CANCELLED), as before.
  if e.status is distinct from 'cancelled' and now() >= coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at) then
    raise exception 'RSVPs for this event are closed: an invitation sent now would open a closed link. Move the RSVP closing date to invite more guests.'
      using errcode = 'INVCL';
  end if;
end;
$$;
comment on function app_private.assert_invitations_open(uuid) is 'Refuses sending an invitation link for an event whose RSVPs are closed (INVCL, CONFLICT / INVITATIONS_CLOSED: rsvp_closes_at, or the start, has passed; the link would only say "closed"). A cancelled event passes: its invitations are cancelled, and each send reports them skipped.';

create or replace function app_private.send_guest_invitation_rows(invitation_ids uuid[], channels text[], locale text)
returns setof app_public.guest_invitation_send
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  i app_public.guest_invitations;
  guest_name text;
  ch text;
  message app_public.outbound_messages;
  message_id uuid;
  vars jsonb;
  skip text;
  event uuid;
begin
  -- The event first, FOR SHARE: a guest's answer and a link's reissue lock it
  -- FOR UPDATE, and cancel_event updates it, so each of them and a send take
  -- turns on the event row before any invitation is locked. (KEY SHARE, the
  -- lock each message's foreign key takes, does not conflict with the
  -- cancellation's update: send and cancel_event then locked the invitations
  -- in different orders and deadlocked; migration 000035.)
  for event in
    select e.id from app_public.events e
     where e.id in (select x.event_id from app_public.guest_invitations x where x.id = any(invitation_ids))
     order by e.id
       for share
  loop
    -- Read under the lock: no link goes out once the RSVPs are closed.
    perform app_private.assert_invitations_open(event);
  end loop;
  for i in
    select x.* from app_public.guest_invitations x join app_public.guests g on g.id = x.guest_id
     where x.id = any(invitation_ids)
     order by g.tier, g.full_name, x.id
       for share of x
  loop
    select g.full_name into guest_name from app_public.guests g where g.id = i.guest_id;
    skip := case when i.status = 'cancelled' then 'CANCELLED'
                 when i.status <> 'invited' then 'ANSWERED'
                 when i.rsvp_expires_at <= now() then 'EXPIRED' end;
    vars := case when skip is null then app_private.guest_invitation_variables(i) end;
    foreach ch in array channels loop
      if skip is not null then
        return next (i.id, i.guest_id, guest_name, ch, null::uuid, 'skipped', skip)::app_public.guest_invitation_send;
        continue;
      end if;
      message_id := app_private.enqueue_outbound_message(
        i.organization_id, ch, 'guest', i.guest_id, 'guest_invitation', vars, 'invitation', 'guest_invitation',
        app_private.guest_invitation_cause(i.id, i.rsvp_version), i.event_id, false, locale);
      select * into message from app_public.outbound_messages m where m.id = message_id;
      return next (i.id, i.guest_id, guest_name, ch, message.id,
                   case when message.status = 'suppressed' then 'suppressed'
                        -- Enqueued by this transaction (created_at is its
                        -- start) or found: made by an earlier send, or by a
                        -- concurrent one that enqueue_outbound_message waited for.
                        when message.created_at = now() then 'queued'
                        else 'already_sent' end,
                   case when message.status = 'suppressed' then message.last_error_code end
                  )::app_public.guest_invitation_send;
    end loop;
  end loop;
end;
$$;
comment on function app_private.send_guest_invitation_rows(uuid[], text[], text) is 'Enqueues the guest_invitation message of each invitation (status invited, link not expired) on each channel, in the caller''s transaction, and reports each (app_public.guest_invitation_send). Refuses the whole send when an invitation''s event has closed its RSVPs (INVCL), read under the event''s lock. Callers check the producer''s role first.';

-- The filters' closed lists, as the guests table's checks have them.
create or replace function app_private.assert_guest_filters(categories text[], tiers text[]) returns void
language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
begin
  if array_position(categories, null) is not null or array_position(tiers, null) is not null then
    raise exception 'Categories and tiers may not contain null.' using errcode = 'INVAL';
  end if;
  if not coalesce(categories, '{}') <@ array['press', 'buyer', 'stylist', 'influencer', 'vip', 'designer_guest', 'sponsor', 'industry'] then
    raise exception 'Categories are press, buyer, stylist, influencer, vip, designer_guest, sponsor or industry.' using errcode = 'INVAL';
  end if;
  if not coalesce(tiers, '{}') <@ array['A', 'B', 'C'] then
    raise exception 'Tiers are A, B or C.' using errcode = 'INVAL';
  end if;
end;
$$;
comment on function app_private.assert_guest_filters(text[], text[]) is 'Refuses a category or tier filter holding null or a value that no guest can have (INVAL): such a filter used to match nobody, silently.';

create or replace function app_public.send_guest_invitations(event_id uuid, invitation_ids uuid[] default null,
                                                             categories text[] default null, tiers text[] default null,
                                                             channels text[] default '{email}', locale text default 'es-CO')
returns setof app_public.guest_invitation_send
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  chosen uuid[];
  missing int;
begin
  if cardinality(invitation_ids) > 2000 or cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many invitations, categories or tiers.' using errcode = 'INVAL';
  end if;
  -- A null id is a malformed list, not an invitation that does not exist; an empty list chooses nobody
  -- (leave invitationIds out to send by category and tier).
  if array_position(invitation_ids, null) is not null then
    raise exception 'Invitation ids may not contain null.' using errcode = 'INVAL';
  end if;
  if cardinality(invitation_ids) = 0 then
    raise exception 'Choose at least one invitation, or leave invitationIds out to send by category and tier.' using errcode = 'INVAL';
  end if;
  perform app_private.assert_guest_filters(categories, tiers);
  if channels is null or cardinality(channels) = 0 or cardinality(channels) > 2
     or not channels <@ array['email', 'whatsapp'] or array_position(channels, null) is not null then
    raise exception 'Channels are email and/or whatsapp.' using errcode = 'INVAL';
  end if;
  if coalesce(locale, '') not in ('es-CO', 'en') then
    raise exception 'The language is es-CO or en.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = send_guest_invitations.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  channels := array(select distinct c from unnest(channels) c order by c);
  if invitation_ids is not null then
    -- Chosen invitations: every id must be one of this event's (another
    -- event's or another agency's id is refused like a missing one).
    select array_agg(i.id), cardinality(array(select distinct unnest(invitation_ids))) - count(*)
      into chosen, missing
      from app_public.guest_invitations i
     where i.id = any(invitation_ids) and i.event_id = send_guest_invitations.event_id;
    if coalesce(missing, 0) > 0 or chosen is null then
      raise exception 'That invitation does not exist.' using errcode = 'NTFND';
    end if;
  end if;
  -- After the ids (another agency's id is NOT_FOUND whatever its event's dates), before anything is
  -- chosen by filter; and again under the event's lock, in send_guest_invitation_rows.
  perform app_private.assert_invitations_open(send_guest_invitations.event_id);
  if invitation_ids is null then
    -- A filtered list: the event's invitations still waiting for an answer.
    select array_agg(i.id) into chosen
      from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.event_id = send_guest_invitations.event_id and i.status = 'invited'
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers));
  end if;
  return query select * from app_private.send_guest_invitation_rows(coalesce(chosen, '{}'), channels, locale);
end;
$$;
comment on function app_public.send_guest_invitations(uuid, uuid[], text[], text[], text[], text) is 'Sends guests their invitation with their own RSVP link through the outbox (template guest_invitation, purpose invitation): the chosen invitations of the event (invitationIds: at least one, no null), or else those still waiting for an answer in the given categories and tiers (null or empty: all), on the channels (email and/or whatsapp; default email), in es-CO or en. One message per invitation link, channel and guest, enqueued in this transaction: sending again (or two producers at once) sends nothing twice (outcome already_sent); after reissueRsvpLink the new link is sent once more. Only to guests with consent for invitations on that channel (Ley 1581): the others are reported suppressed with their reason, and answered, cancelled or expired invitations skipped. Returns one row per invitation and channel. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND (the event, or an invitation not of this event — another agency''s included), CONFLICT / INVITATIONS_CLOSED (the event''s RSVPs are closed: its rsvpClosesAt or its start has passed; a cancelled event''s invitations are reported skipped, CANCELLED), VALIDATION_FAILED (a null or empty invitationIds, a null or unknown category or tier, channels, locale).';

create or replace function app_public.invite_guests(event_id uuid, categories text[] default null, tiers text[] default null,
                                                    plus_one_allowed boolean default false,
                                                    send_channels text[] default null, locale text default 'es-CO')
returns setof app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  created uuid[];
begin
  if cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many categories or tiers.' using errcode = 'INVAL';
  end if;
  perform app_private.assert_guest_filters(categories, tiers);
  -- sendChannels: null (or left out) only invites; a list sends too, and an empty one is a mistake (it
  -- used to invite and send nothing, silently).
  if send_channels is not null and (cardinality(send_channels) = 0 or cardinality(send_channels) > 2
                                    or not send_channels <@ array['email', 'whatsapp']
                                    or array_position(send_channels, null) is not null) then
    raise exception 'Channels are email and/or whatsapp (leave sendChannels out to invite without sending).' using errcode = 'INVAL';
  end if;
  if send_channels is not null and coalesce(locale, '') not in ('es-CO', 'en') then
    raise exception 'The language is es-CO or en.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = invite_guests.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if send_channels is not null then
    perform app_private.assert_invitations_open(invite_guests.event_id);
  end if;
  with inserted as (
    insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed)
    select invite_guests.event_id, g.id, coalesce(invite_guests.plus_one_allowed, false)
      from app_public.guests g
     where g.organization_id = org
       and g.consent_revoked_at is null
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers))
     order by g.tier, g.full_name
    on conflict do nothing
    returning id
  )
  select array_agg(id) into created from inserted;
  if send_channels is not null and cardinality(created) > 0 then
    perform app_private.send_guest_invitation_rows(created,
      array(select distinct c from unnest(send_channels) c order by c), locale);
  end if;
  return query
    select i.* from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.id = any(coalesce(created, '{}'))
     order by g.tier, g.full_name;
end;
$$;
comment on function app_public.invite_guests(uuid, text[], text[], boolean, text[], text) is 'Invites the organization''s guests of the given categories and tiers (null or empty: all; no null, no unknown value) to the event, with or without a +1, skipping those already invited and those who withdrew consent (Ley 1581). With sendChannels (email and/or whatsapp; left out: invite only; empty: VALIDATION_FAILED) the new invitations are also sent at once through the outbox, in this transaction, as sendGuestInvitations does (in locale, es-CO or en), and refused whole when the RSVPs are closed (CONFLICT / INVITATIONS_CLOSED); each invitation''s invitationMessages then say queued or suppressed (and why). Returns the new invitations; each has its RSVP link (rsvpToken) to copy. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, CONFLICT / INVITATIONS_CLOSED, CONFLICT / EVENT_CANCELLED, VALIDATION_FAILED.';

/*================= 3. what may change before a held message goes, read at send */

create or replace function app_private.outbox_refresh_message(message_id uuid) returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  i app_public.guest_invitations;
  fresh jsonb;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null or m.status <> 'sending' or m.event_id is null
     or m.template_key not in ('guest_invitation', 'rsvp_accepted', 'casting_invitation', 'casting_confirmed',
                               'booking_paid', 'event_cancelled') then
    return jsonb_build_object('action', 'send', 'variables', m.variables);
  end if;
  if m.template_key = 'guest_invitation' then
    -- The invitation the link opens (one per event and guest): a message whose link no longer opens (a
    -- reissue or a cancellation cancels it when they happen), whose guest answered meanwhile, or whose
    -- RSVPs closed while quiet hours held it would only carry a dead link: it is not sent.
    select * into i from app_public.guest_invitations x
     where x.event_id = m.event_id and x.guest_id = m.guest_id and x.organization_id = m.organization_id;
    if i.id is null or i.status <> 'invited' or i.rsvp_expires_at <= now()
       or m.cause_id <> app_private.guest_invitation_cause(i.id, i.rsvp_version)
       or exists (select 1 from app_public.events e
                   where e.id = m.event_id
                     and (e.status = 'cancelled' or now() >= coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at))) then
      update app_public.outbound_messages x set status = 'cancelled' where x.id = m.id;
      return jsonb_build_object('action', 'cancelled');
    end if;
    fresh := app_private.guest_invitation_variables(i) - 'name' - 'organizationName';
  else
    -- The event's details only: the greeting and the sender stay as enqueued.
    fresh := app_private.outbox_event_variables(m.event_id, null) - 'name' - 'organizationName';
    if m.template_key = 'booking_paid' then
      -- The booking mail's venue is "name, city" (app_private.booking_confirmed).
      fresh := fresh || jsonb_build_object('venue',
        (select nullif(concat_ws(', ', v.name, v.city), '') from app_public.events e
           left join app_public.venues v on v.id = e.venue_id where e.id = m.event_id));
    end if;
  end if;
  update app_public.outbound_messages x set variables = coalesce(x.variables, '{}') || fresh
   where x.id = m.id returning * into m;
  return jsonb_build_object('action', 'send', 'variables', m.variables);
end;
$$;
comment on function app_private.outbox_refresh_message(uuid) is 'For the send task, right after it claims a message (status sending): the event''s details a held message shows — title, date and time, zone, venue (and for an invitation its address, RSVP closing and +1) — read again now, so a message held by quiet hours or the daily cap never carries what changed meanwhile; the row keeps what was sent. A guest_invitation whose link no longer opens, whose guest answered, or whose event was cancelled or its RSVPs closed becomes cancelled instead ({action: cancelled}). Templates: guest_invitation, rsvp_accepted, casting_invitation, casting_confirmed, booking_paid, event_cancelled; any other message is returned as it is. Returns {action: send, variables} or {action: cancelled}.';
