--! Previous: sha1:02b2ab004e4daf99e4cf2e939ac5f7d90bcc612b
--! Hash: sha1:bdf2d99253834b2051615b64e989f2889bccdb6d
--! Message: A cancelled event closes its guest list

-- Tables: app_public.events, app_public.guest_invitations

-- Tables: app_public.events, app_public.guest_invitations, app_public.seat_assignments
-- A cancelled event closes its guest list, as migration 000024 closed its box
-- office: its open invitations (invited, accepted, waitlist) are cancelled and
-- its seats freed in the cancellation's transaction, no invitation can be added
-- to it, an RSVP link of it says the event was cancelled (EVENT_CANCELLED) instead of
-- accepting an answer, and the door refuses its guests (invitation cancelled).
-- Before, a guest could accept a cancelled show's invitation and be admitted.

create or replace function app_private.tg_events__close_guest_list() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  delete from app_public.seat_assignments a where a.event_id = new.id and a.organization_id = new.organization_id;
  update app_public.guest_invitations i set status = 'cancelled'
   where i.event_id = new.id and i.organization_id = new.organization_id
     and i.status in ('invited', 'accepted', 'waitlist');
  return null;
end;
$$;
comment on function app_private.tg_events__close_guest_list() is 'When an event becomes cancelled: its invitations still invited, accepted or on the waitlist are cancelled (declined ones stay declined) and its seat assignments deleted, in the same transaction. The event row is locked by the cancellation, so an RSVP (which locks it first) either committed before or sees the event cancelled.';
drop trigger if exists _310_close_guest_list on app_public.events;
create trigger _310_close_guest_list after update of status on app_public.events
  for each row when (new.status = 'cancelled' and old.status is distinct from 'cancelled')
  execute function app_private.tg_events__close_guest_list();

create or replace function app_private.tg_guest_invitations__event_open() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  perform 1 from app_public.events e
   where e.id = new.event_id and e.status = 'cancelled';
  if found and new.status <> 'cancelled' then
    raise exception 'This event was cancelled: it takes no invitations.' using errcode = 'EVCAN';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_guest_invitations__event_open() is 'Refuses an invitation to a cancelled event, or bringing one back (EVCAN, CONFLICT / EVENT_CANCELLED), whichever mutation writes it (inviteGuests, saveGuest, the CSV import).';
drop trigger if exists _040_event_open on app_public.guest_invitations;
create trigger _040_event_open before insert or update of status on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__event_open();

create or replace function app_private.invitation_by_rsvp_token(token text) returns app_public.guest_invitations
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select i.* from app_public.guest_invitations i
   where i.rsvp_hash = app_private.access_token_hash(token)
     and i.rsvp_expires_at > now()
     and (i.status <> 'cancelled'
          or exists (select 1 from app_public.events e where e.id = i.event_id and e.status = 'cancelled'));
$$;
comment on function app_private.invitation_by_rsvp_token(token text) is 'The invitation an RSVP token opens (current link version, not expired, not cancelled — unless its event was cancelled, so that the guest is told so), or null.';

create or replace function app_private.rsvp_of(invitation app_public.guest_invitations) RETURNS app_public.rsvp
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select invitation.status, g.full_name, invitation.plus_one_allowed, invitation.plus_one_name, invitation.notes,
         invitation.responded_at,
         invitation.status <> 'cancelled' and now() < coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         case when invitation.status = 'accepted'
              then app_private.base32(app_private.guest_door_secret(invitation.id, app_private.box_office_key())) end,
         case when invitation.status = 'accepted' then
           (select array_agg(app_private.seat_label(s) order by a.plus_one, s.id)
              from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
             where a.invitation_id = invitation.id) end,
         e.title, e.starts_at, e.timezone, v.name, v.address, v.city, o.name
    from app_public.guests g, app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where g.id = invitation.guest_id and e.id = invitation.event_id;
$$;

comment on function app_private.rsvp_of(app_public.guest_invitations) is 'The invitation as its guest sees it (app_public.rsvp): open is false once cancelled (its event cancelled) or after the RSVP closes; the door code and seats only while accepted.';

create or replace function app_public.respond_to_invitation(token text, attending boolean, plus_one_name text DEFAULT NULL::text, notes text DEFAULT NULL::text) RETURNS app_public.rsvp
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations;
  state record;
  e app_public.events;
  party int;
  new_status text;
  was_accepted boolean;
begin
  if attending is null then
    raise exception 'Say whether you will attend.' using errcode = 'INVAL';
  end if;
  if length(plus_one_name) > 200 then
    raise exception 'The +1''s name may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  if length(notes) > 500 then
    raise exception 'Notes may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  invitation := app_private.invitation_by_rsvp_token(respond_to_invitation.token);
  if invitation.id is null then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  -- The event first, then the invitation (the lock order).
  select * into state from app_private.lock_event_guests(invitation.event_id);
  select * into invitation from app_public.guest_invitations i where i.id = invitation.id for update;
  select * into e from app_public.events where id = invitation.event_id;
  if e.status = 'cancelled' then
    raise exception 'This event was cancelled.' using errcode = 'EVCAN';
  end if;
  if invitation.status = 'cancelled' then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  if now() >= coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at) then
    raise exception 'RSVPs for this event are closed.' using errcode = 'RSVPC';
  end if;
  if nullif(trim(respond_to_invitation.plus_one_name), '') is not null and not invitation.plus_one_allowed then
    raise exception 'This invitation is for one person.' using errcode = 'INVAL';
  end if;
  was_accepted := invitation.status = 'accepted';
  if not attending then
    new_status := 'declined';
    update app_public.guest_invitations i
       set status = new_status, responded_at = now(), notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
  else
    party := 1 + (nullif(trim(respond_to_invitation.plus_one_name), '') is not null)::int;
    -- The party's own places, if already accepted, are free for it.
    if state.capacity is null
       or state.accepted - (case when was_accepted then app_public.guest_invitations_party_size(invitation) else 0 end)
          + party <= state.capacity then
      new_status := 'accepted';
    elsif was_accepted then
      -- Adding a +1 to an accepted place when the show is full: refused, and
      -- the guest keeps their own place (nothing is lost by asking).
      raise exception 'There is no room for a +1 now; your own place is kept.' using errcode = 'CAPAC';
    else
      new_status := 'waitlist';
    end if;
    update app_public.guest_invitations i
       set status = new_status,
           responded_at = case when i.status = new_status and i.responded_at is not null then i.responded_at else now() end,
           plus_one_name = nullif(trim(respond_to_invitation.plus_one_name), ''),
           notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    if new_status <> 'accepted' then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
    elsif invitation.plus_one_name is null then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id and a.plus_one;
    end if;
  end if;
  if was_accepted then
    perform app_private.promote_waitlist(invitation.event_id);
    select * into invitation from app_public.guest_invitations i where i.id = invitation.id;
  end if;
  return app_private.rsvp_of(invitation);
end;
$$;

comment on function app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) is 'The guest''s answer on the RSVP page, with the token of the link: attending (true: accepted, or waitlist when the party would exceed the event''s guest_capacity; false: declined), the +1''s name (only when allowed; empty: alone), dietary or access notes (≤ 500 characters). Answering again changes the answer; a decline frees places for the waitlist, first answered first. Concurrent answers never exceed the capacity (the event row is locked). Errors: NOT_FOUND (the link opens nothing), CONFLICT / RSVP_CLOSED (after rsvp_closes_at or the start), CONFLICT / EVENT_CANCELLED, VALIDATION_FAILED.';

comment on function app_public.rsvp_by_token(token text) is 'The RSVP page (/rsvp/<token>): the invitation the token opens, as its guest sees it. Null for a token that opens nothing (forged, reissued, revoked or expired); an invitation of a cancelled event opens with status cancelled and open false, so the page can say so. Anyone holding the link may read it; 160 bits cannot be guessed.';
