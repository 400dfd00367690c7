--! Previous: sha1:923bdaff178cdee4769532b4271d18976b94bebd
--! Hash: sha1:04feb6838002fa50d2ca9ad90289c4f4abb638a2
--! Message: An invitation opened next to a cancellation, and an answer through a link being reissued, wait for the other and are refused

-- Tables: none
--
-- (The functions below touch guest_invitations and events only inside their bodies.)

-- Tables: none (the functions below touch app_public.guest_invitations and app_public.events only inside their bodies)

-- Tables: app_public.guest_invitations
--
-- Two races an outsider could win (found by session 6's attack on guest
-- invitations; test/guest-invitations-races.test.ts):
--
-- 1. Inviting while the event is cancelled. The check that a cancelled event
-- takes no invitation read the event without a lock, so invite_guests (or
-- saveGuest, the CSV import) running next to cancel_event could insert
-- invitations the cancellation's transaction did not see: a cancelled event
-- kept open invitations (and queued invitation mails with live RSVP links).
-- The check now reads the event FOR SHARE, which waits for a cancellation in
-- progress (its UPDATE) and makes a later cancellation wait for this
-- transaction, so it either sees the event cancelled (EVCAN) or the
-- cancellation sees its invitations and cancels them. Only writes that open
-- an invitation take the lock (cancelling one needs none, so it never waits
-- on the event in the opposite order to cancel_event).
--
-- 2. Answering with a link while the producer reissues it. respond_to_invitation
-- found the invitation by the token, then waited for the event and invitation
-- locks a concurrent reissue_rsvp_link held, and applied the answer to the
-- invitation under its new link: the revoked link still answered once. It now
-- checks the token against the locked row.

create or replace function app_private.tg_guest_invitations__event_open() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  event_status text;
begin
  if new.status = 'cancelled' then
    return new;
  end if;
  select e.status into event_status from app_public.events e where e.id = new.event_id for share;
  if event_status = 'cancelled' then
    raise exception 'This event was cancelled: it takes no invitations.' using errcode = 'EVCAN';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_guest_invitations__event_open() is 'Refuses an invitation to a cancelled event, or bringing one back (EVCAN, CONFLICT / EVENT_CANCELLED), whichever mutation writes it (inviteGuests, saveGuest, the CSV import). Reads the event FOR SHARE, so an invitation opened next to a cancellation either waits for it and is refused or is seen (and cancelled) by it.';

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
  -- Found before the locks: a reissue (or the link's expiry) that committed
  -- while this answer waited for them closed this link, so it opens nothing.
  if invitation.rsvp_hash is distinct from app_private.access_token_hash(respond_to_invitation.token)
     or invitation.rsvp_expires_at <= now() then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
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

comment on function app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) is 'The guest''s answer on the RSVP page, with the token of the link: attending (true: accepted, or waitlist when the party would exceed the event''s guest_capacity; false: declined), the +1''s name (only when allowed; empty: alone), dietary or access notes (≤ 500 characters). Answering again changes the answer; a decline frees places for the waitlist, first answered first. Concurrent answers never exceed the capacity (the event row is locked). Errors: NOT_FOUND (the link opens nothing), CONFLICT / RSVP_CLOSED (after rsvp_closes_at or the start), CONFLICT / EVENT_CANCELLED, VALIDATION_FAILED. The token is checked again on the locked invitation: a link reissued or expired while the answer waited opens nothing.';
