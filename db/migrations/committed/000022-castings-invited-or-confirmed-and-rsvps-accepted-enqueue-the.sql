--! Previous: sha1:1f816dfcf7c95c3c8cc4377df82f72ba270cef30
--! Hash: sha1:0c9be15bba86eddee8ee239e6a49250faf38f4eb
--! Message: Castings invited or confirmed and RSVPs accepted enqueue their messages

-- Tables: app_public.guest_invitations, app_public.model_castings

-- Tables: app_public.model_castings, app_public.guest_invitations, app_public.outbound_messages

-- The business changes that cause messages enqueue them in their own
-- transaction (issue 19), through app_private.enqueue_outbound_message:
--
-- - a casting moved to `invited` → the casting invitation to the person, by
--   email and by WhatsApp (each suppressed without consent for it:
--   talent.consent_purposes casting/contact, and whatsapp_opt_in for WhatsApp);
--   cause casting_invitation / the casting's id, so the WhatsApp reply finds
--   its casting;
-- - a casting moved to `confirmed` → the confirmation by email;
-- - a guest's RSVP accepted → the confirmation by email to the guest.
--
-- A paid booking already gets its confirmation with its e-tickets (QR codes
-- attached inline) from send_booking_email (tasks/mail/send-booking-email.ts);
-- it is not sent twice through the outbox.
--
-- Idempotent like every enqueue: a casting invited, moved back and invited
-- again gets one invitation per channel (the row exists; nothing new).

create or replace function app_private.outbox_event_variables(event_id uuid, name text) returns jsonb
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_object(
           'eventTitle', e.title,
           'startsAt', to_char(e.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'timeZone', e.timezone,
           'venue', v.name,
           'organizationName', o.name,
           'name', coalesce(outbox_event_variables.name, ''))
    from app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where e.id = outbox_event_variables.event_id;
$$;
comment on function app_private.outbox_event_variables(uuid, text) is 'The variables every event message template takes: {eventTitle, startsAt (UTC, ISO 8601), timeZone (the event''s IANA zone), venue (its name or null), organizationName, name (who it greets)}.';

create or replace function app_private.tg_model_castings__enqueue_messages() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  vars jsonb;
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  if new.status not in ('invited', 'confirmed') then
    return null;
  end if;
  select * into person from app_public.talent t where t.id = new.talent_id;
  if person.id is null or person.erased_at is not null then
    return null;
  end if;
  vars := app_private.outbox_event_variables(new.event_id, coalesce(person.stage_name, person.full_name));
  if new.status = 'invited' then
    perform app_private.enqueue_outbound_message(new.organization_id, channel, 'talent', new.talent_id,
      'casting_invitation', vars, 'casting', 'casting_invitation', new.id, new.event_id)
      from unnest(array['email', 'whatsapp']) as channel;
  else
    perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'talent', new.talent_id,
      'casting_confirmed', vars, 'casting', 'casting_confirmed', new.id, new.event_id);
  end if;
  return null;
end;
$$;
comment on function app_private.tg_model_castings__enqueue_messages() is 'A casting moved to invited enqueues the invitation (email and WhatsApp), one moved to confirmed the confirmation (email), in the same transaction (app_private.enqueue_outbound_message: consent checked, idempotent per casting).';
drop trigger if exists _950_enqueue_messages on app_public.model_castings;
create trigger _950_enqueue_messages after insert or update of status on app_public.model_castings
  for each row execute function app_private.tg_model_castings__enqueue_messages();

create or replace function app_private.tg_guest_invitations__enqueue_messages() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  guest app_public.guests;
begin
  if new.status <> 'accepted' or (tg_op = 'UPDATE' and old.status = 'accepted') then
    return null;
  end if;
  select * into guest from app_public.guests g where g.id = new.guest_id;
  perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'guest', new.guest_id,
    'rsvp_accepted', app_private.outbox_event_variables(new.event_id, guest.full_name)
      || jsonb_build_object('plusOne', new.plus_one_name),
    'invitation', 'rsvp_accepted', new.id, new.event_id);
  return null;
end;
$$;
comment on function app_private.tg_guest_invitations__enqueue_messages() is 'An RSVP accepted enqueues its confirmation to the guest by email, in the same transaction (consent checked, idempotent per invitation).';
drop trigger if exists _950_enqueue_messages on app_public.guest_invitations;
create trigger _950_enqueue_messages after insert or update of status on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__enqueue_messages();
