--! Previous: sha1:c5655b20259727d74de9de49ba9095d3a7d50811
--! Hash: sha1:37d26725928cd68cf58bed8b4e0c71ce7ed44deb
--! Message: Booking confirmations through the outbox: ticket codes and the booking link kept out of the row

-- Tables: app_public.outbound_messages
--
-- Booking confirmations through the outbox (issue 19's last item): the mail
-- of a paid booking with its e-tickets becomes one outbound_messages row
-- (template and cause booking_paid, the booking as cause and recipient,
-- purpose transactional, urgent) enqueued with its send_outbound_message job
-- by app_private.booking_confirmed, in the transaction that confirms the
-- booking, in place of its own send_booking_email job. Sent, retried and
-- recorded like every other message, and listed on Comunicaciones for
-- producers (who read buyers' messages, db/rls/outbox.sql).
--
-- The ticket codes and the booking page's access token are credentials
-- (whoever holds a code enters with it): they never enter the row. The send
-- task reads them through app_private.booking_message_secrets only to render
-- the mail it hands to SMTP (the QR codes as inline images), and
-- outbound_messages keeps the mail with them replaced by REDACTED
-- (tasks/outbox/booking.ts).
--
-- A booking confirmation is the buyer's own purchase (Ley 1581 de 2012:
-- transactional mail the buyer asked for, never marketing): urgent (no quiet
-- hours), no slot of the organization's daily cap, and not stopped by an
-- opt-out — like account mail.

-- 1. The cause: one message per paid booking (the outbox's idempotency key).
create or replace function app_private.booking_confirmed(booking_id uuid) returns void
  language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  b app_public.bookings;
  vars jsonb;
  buyer_locale text;
begin
  select * into b from app_public.bookings x where x.id = booking_confirmed.booking_id;
  if b.id is null or b.status <> 'paid' then
    return; -- only a paid booking is confirmed (a drained job of a refunded one sends nothing)
  end if;
  select coalesce(p.locale, 'es-CO') into buyer_locale from app_public.profiles p where p.id = b.profile_id;
  -- The event's facts and the booking's, never a code or the access token
  -- (app_private.booking_message_secrets gives those to the send task only).
  select app_private.outbox_event_variables(b.event_id, b.buyer_name)
         || jsonb_build_object(
              'reference', b.reference,
              'quantity', b.quantity,
              'totalCop', b.total_cop,
              'tierName', t.name,
              'venue', nullif(concat_ws(', ', v.name, v.city), ''))
    into vars
    from app_public.ticket_tiers t, app_public.events e
    left join app_public.venues v on v.id = e.venue_id
   where t.id = b.tier_id and e.id = b.event_id;
  perform app_private.enqueue_outbound_message(
    b.organization_id, 'email', 'buyer', b.id, 'booking_paid', vars, 'transactional', 'booking_paid', b.id,
    b.event_id, true, case when buyer_locale in ('es-CO', 'en') then buyer_locale else 'es-CO' end);
end;
$$;
comment on function app_private.booking_confirmed(uuid) is
  'Enqueues the confirmation mail of a paid booking (its tickets with their QR codes) in the current transaction: one outbound_messages row (template and cause booking_paid, cause and recipient the booking, purpose transactional, urgent, in the buyer''s locale: their account''s, else es-CO) and its send_outbound_message job, once per booking (the outbox''s idempotency key). Variables hold the event''s and the booking''s facts (reference, quantity, totalCop, tierName, venue with its city), never a ticket code or the access token. Does nothing for a booking that is not paid.';

-- 2. The codes and the link, for the send task only, at send time.
create or replace function app_private.booking_message_secrets(message_id uuid) returns jsonb
  language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  booking_status text;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null or m.template_key <> 'booking_paid' or m.booking_id is null then
    return null;
  end if;
  select b.status into booking_status from app_public.bookings b where b.id = m.booking_id for share;
  if booking_status is distinct from 'paid' then
    -- Refunded, cancelled (or voided) before its mail went out: no mail.
    update app_public.outbound_messages x set status = 'cancelled'
     where x.id = m.id and x.status in ('queued', 'sending');
    return null;
  end if;
  return jsonb_build_object(
    'accessToken', app_private.booking_access_token(m.booking_id),
    'tickets', coalesce((select jsonb_agg(jsonb_build_object('seat', p.seat, 'code', p.code) order by p.seat)
                           from app_private.ticket_passes(m.booking_id) p), '[]'));
end;
$$;
comment on function app_private.booking_message_secrets(uuid) is
  'For the send task (send_outbound_message), at send time: the secrets a booking_paid message is rendered with, {accessToken (the booking page''s), tickets: [{seat, code}]} — never stored in the row. When the booking is no longer paid (refunded, cancelled before its mail went out) the message becomes cancelled and the answer is null; null as well for any other message.';
revoke all on function app_private.booking_message_secrets(uuid) from public;

-- 3. Urgent, no daily-cap slot and no opt-out for a buyer's mail about their
-- purchase, as for account mail (outbox_has_consent already allows buyers
-- nothing but transactional email).
create or replace function app_private.outbox_has_consent(
  organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text
) returns boolean
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  t app_public.talent;
  g app_public.guests;
  whatsapp boolean;
begin
  -- An opt-out stops the purpose (or everything) on the channel, for the
  -- person and for the address. Account mail (sign-in, security) and a
  -- buyer's mail about their own purchase are not stopped by an unsubscribe.
  if purpose <> 'account' and recipient_kind <> 'buyer' and exists (
    select 1 from app_public.communication_opt_outs o
     where o.organization_id = outbox_has_consent.organization_id
       and o.channel = outbox_has_consent.channel
       and (o.purpose is null or o.purpose = outbox_has_consent.purpose)
       and (o.recipient_id = outbox_has_consent.recipient_id
            or (outbox_has_consent.address is not null and lower(o.address) = lower(outbox_has_consent.address)))
  ) then
    return false;
  end if;
  case recipient_kind
  when 'talent' then
    -- The roster's consent (talent.consent_purposes): casting calls need
    -- 'casting' or 'contact'; marketing needs 'marketing'; anything else
    -- 'contact'. WhatsApp also needs talent_contacts.whatsapp_opt_in.
    select * into t from app_public.talent x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if t.id is null or t.erased_at is not null or t.consent_granted_at is null or t.consent_revoked_at is not null then
      return false;
    end if;
    if not (case purpose when 'casting' then t.consent_purposes && '{casting,contact}'
                         when 'marketing' then 'marketing' = any(t.consent_purposes)
                         else 'contact' = any(t.consent_purposes) or 'casting' = any(t.consent_purposes) end) then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.talent_contacts c where c.talent_id = t.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'guest' then
    -- The guest list's consent (guests.consent_granted_at, not revoked);
    -- WhatsApp also needs guest_contacts.whatsapp_opt_in.
    select * into g from app_public.guests x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if g.id is null or g.consent_granted_at is null or g.consent_revoked_at is not null then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.guest_contacts c where c.guest_id = g.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'buyer' then
    -- A buyer gave their address for their purchase: mail about it
    -- (transactional) only, by email; never marketing.
    return purpose = 'transactional' and channel = 'email';
  when 'vendor' then
    -- A vendor's business contact, for the work they are hired for.
    return purpose in ('coordination', 'transactional') and channel = 'email';
  when 'account' then
    return purpose = 'account' and channel = 'email';
  else
    return false;
  end case;
end;
$$;
comment on function app_private.outbox_has_consent(uuid, text, text, text, uuid, text) is 'Whether a message of this purpose may reach this person on this channel (Ley 1581 de 2012): no opt-out for the purpose (or for everything) by the person or the address — except account mail and a buyer''s mail about their own purchase, which they asked for — and their recorded consent — talent: consent granted, not revoked or erased, with casting/contact (marketing: marketing) among consent_purposes, and whatsapp_opt_in for WhatsApp; guests: consent granted and not revoked, whatsapp_opt_in for WhatsApp; buyers: transactional email about their purchase; vendors: coordination or transactional email; accounts: account email.';

create or replace function app_private.outbox_claim(message_id uuid) returns jsonb
    language plpgsql security definer
    set search_path to 'pg_catalog', 'public', 'pg_temp'
    as $$
declare
  m app_public.outbound_messages;
  s app_private.outbox_settings;
  later timestamptz;
  local_day date;
  counted int;
  reason text;
  resumed boolean;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null then
    return jsonb_build_object('action', 'gone');
  end if;
  if m.status not in ('queued', 'sending') then
    return jsonb_build_object('action', 'done', 'status', m.status);
  end if;
  -- Consent is checked again: an opt-out or a withdrawal after enqueueing wins.
  if m.recipient_address is null
     or not app_private.outbox_has_consent(m.organization_id, m.channel, m.purpose, m.recipient_kind, m.recipient_id, m.recipient_address) then
    update app_public.outbound_messages x
       set status = 'suppressed', last_error_code = case when x.recipient_address is null then 'NO_ADDRESS' else 'NO_CONSENT' end
     where x.id = m.id;
    return jsonb_build_object('action', 'suppressed');
  end if;
  s := app_private.outbox_settings_for(m.organization_id);
  if m.status = 'queued' then
    later := case when m.urgent then null else app_private.outbox_quiet_until(m.organization_id, now()) end;
    reason := case when later is not null then 'QUIET_HOURS' end;
    -- Account mail and a buyer's mail about their purchase take no slot of the daily cap.
    if later is null and m.attempts = 0 and m.purpose <> 'account' and m.recipient_kind <> 'buyer' then
      -- The daily cap: the first claim of a message takes a slot of its local day.
      local_day := (now() at time zone s.time_zone)::date;
      insert into app_private.outbox_daily_counts as d (organization_id, day, claimed)
      select m.organization_id, local_day, 1 where s.daily_cap > 0
      on conflict (organization_id, day) do update set claimed = d.claimed + 1 where d.claimed < s.daily_cap
      returning d.claimed into counted;
      if counted is null then
        reason := 'DAILY_CAP';
        later := ((local_day + 1) + case when s.quiet_hours_start = s.quiet_hours_end then '00:00'::time else s.quiet_hours_end end)
                 at time zone s.time_zone;
      end if;
    end if;
    if later is not null then
      update app_public.outbound_messages x set scheduled_at = later where x.id = m.id;
      perform graphile_worker.add_job(
        'send_outbound_message', json_build_object('id', m.id),
        run_at => later, max_attempts => m.max_attempts, job_key => 'outbound_message:' || m.id);
      return jsonb_build_object('action', 'later', 'runAt', later, 'reason', reason);
    end if;
  end if;
  -- A row found in `sending` was claimed by a worker that stopped before it
  -- recorded the outcome: it is handed to the channel again with the same
  -- idempotency key (resumed = true), so the provider (or the mailbox, for
  -- email: the same Message-ID) can tell it is the same message.
  resumed := m.status = 'sending';
  update app_public.outbound_messages x
     set status = 'sending', attempts = x.attempts + 1, sending_at = now()
   where x.id = m.id
   returning * into m;
  return jsonb_build_object(
    'action', 'send',
    'resumed', resumed,
    'unsubscribeToken', app_private.outbox_unsubscribe_token(m.id),
    'message', to_jsonb(m));
end;
$$;
comment on function app_private.outbox_claim(message_id uuid) is
  'The worker''s claim, under the row lock: gone (no row), done (already finished), suppressed (consent or address missing now), later (quiet hours or the daily cap: the job is moved to run_at; account mail and booking confirmations are urgent, and they and every buyer''s mail take no daily-cap slot) or send (queued/sending → sending, attempts + 1; the row, its unsubscribe token and whether it resumes an attempt a stopped worker left in sending).';

comment on column app_public.outbound_messages.variables is
  'The template''s variables (a JSON object, at most 20,000 bytes). Account mail''s one-time token is never here (it waits in account_messages, in app_private), nor a booking confirmation''s ticket codes and access token (app_private.booking_message_secrets).';
comment on column app_public.outbound_messages.rendered_body is
  'The plain-text body as sent; for account mail with the one-time link redacted, for a booking confirmation with its ticket codes and booking link redacted.';
comment on column app_public.outbound_messages.rendered_html is
  'The HTML body as sent (emails, built with MJML); for account mail with the one-time link redacted, for a booking confirmation with its ticket codes and booking link redacted (its QR images are never stored).';
