--! Previous: sha1:923bdaff178cdee4769532b4271d18976b94bebd
--! Hash: sha1:c5655b20259727d74de9de49ba9095d3a7d50811
--! Message: Guest invitations and WhatsApp routing (attack): an invitation opened next to a cancellation waits for it, an answer through a link being reissued is refused, sending takes the event's lock first (no deadlock with an RSVP), and a number in several agencies' contacts reaches only the one that wrote to it

-- Tables: none
--
-- (The functions below touch guest_invitations, events, talent, guest_contacts,
-- outbound_messages and inbox_messages only inside their bodies.)
--
-- Four faults an outsider could provoke (found by session 6's attack on guest
-- invitations and WhatsApp routing; test/guest-invitations-races.test.ts,
-- test/api-whatsapp.test.ts):
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
--
-- 3. Sending invitations while a guest answers. send_guest_invitations locked
-- the invitations (FOR SHARE) and only then, through each message's foreign
-- key, its event; a guest's answer locks the event, then the invitation: the
-- two deadlocked and the guest's RSVP was refused (40P01, CONFLICT). Sending
-- now locks the event first (FOR KEY SHARE, which a cancellation does not wait
-- for).
--
-- 4. Whose inbox a WhatsApp message lands in (000028). A message that named no
-- casting and replied to nothing went to the organization that had the number
-- in its roster, before any that had it as a guest's contact, and among
-- rosters to the one with the latest casting change: another agency could type
-- a guest's (or a model's) number into its roster, touch a casting, and read
-- that person's messages meant for the agency they deal with
-- (test/api-whatsapp.test.ts). Now the contacts of every organization count
-- together: one organization has the number, its inbox; several, the one that
-- last wrote to the number on WhatsApp (its message reached that person), else
-- no organization (kept for the operator, as before).

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
begin
  -- The lock order of respond_to_invitation and reissue_rsvp_link: the event
  -- first, then the invitation. Each message's foreign key to its event takes
  -- a KEY SHARE lock on the event row; taken only after the invitations' FOR
  -- SHARE, it deadlocked with a guest's answer (event FOR UPDATE, then the
  -- invitation) and the guest's RSVP was refused.
  perform 1 from app_public.events e
   where e.id in (select x.event_id from app_public.guest_invitations x where x.id = any(invitation_ids))
   order by e.id
     for key share;
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
comment on function app_private.send_guest_invitation_rows(uuid[], text[], text) is 'Enqueues the guest_invitation message of each invitation (status invited, link not expired) on each channel, in the caller''s transaction, and reports each (app_public.guest_invitation_send). Callers check the producer''s role first.';

create or replace function app_private.apply_whatsapp_message(
  provider_message_id text,
  from_number text,
  phone_number_id text,
  message_type text,
  body text,
  button_payload text,
  context_message_id text,
  sent_at timestamptz,
  sender_name text
) returns jsonb
  language plpgsql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
  sender text := app_private.whatsapp_number(apply_whatsapp_message.from_number);
  reply text := app_private.whatsapp_answer(coalesce(apply_whatsapp_message.body, ''));
  payload_casting uuid;
  casting app_public.model_castings;
  talent_row record;
  org uuid;
  result text;
  did text;
  inbox_id uuid;
  event_ref uuid;
  replied app_public.outbound_messages;
  guest_orgs uuid[];
  at timestamptz := least(coalesce(apply_whatsapp_message.sent_at, now()), now());
begin
  if sender is null then
    raise exception 'Not a WhatsApp number: %', apply_whatsapp_message.from_number using errcode = '22023';
  end if;
  -- Once per wamid: a replayed delivery finds its row and changes nothing.
  insert into app_private.whatsapp_inbound (provider_message_id, from_number, phone_number_id, message_type, sent_at, outcome)
  values (apply_whatsapp_message.provider_message_id, sender, apply_whatsapp_message.phone_number_id,
          coalesce(apply_whatsapp_message.message_type, 'unknown'), at, 'unmatched')
  on conflict on constraint whatsapp_inbound_pkey do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate');
  end if;

  -- A quick-reply button carries the casting and the answer we put in it: casting:<uuid>:si|no.
  if apply_whatsapp_message.button_payload ~ '^casting:[0-9a-f-]{36}:(si|no)$' then
    payload_casting := split_part(apply_whatsapp_message.button_payload, ':', 2)::uuid;
    reply := case split_part(apply_whatsapp_message.button_payload, ':', 3) when 'si' then 'yes' else 'no' end;
  end if;

  if reply = 'stop' then
    insert into app_private.whatsapp_opt_outs (number, opted_out_at, provider_message_id)
    values (sender, now(), apply_whatsapp_message.provider_message_id)
    on conflict (number) do update set opted_out_at = excluded.opted_out_at,
                                       provider_message_id = excluded.provider_message_id;
    update app_public.talent_contacts tc set whatsapp_opt_in = false
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and tc.whatsapp_opt_in;
    -- The outbox's record, per organization that has this number as a contact (its consent check honours it),
    -- and what is still queued to them on WhatsApp is suppressed.
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id,
                                                   talent_id, address, source, message_id)
    select t.organization_id, 'whatsapp', null, 'talent', t.id, t.id, tc.phone, 'whatsapp_reply',
           (select m.id from app_public.outbound_messages m
             where m.channel = 'whatsapp' and m.talent_id = t.id order by m.created_at desc limit 1)
      from app_public.talent_contacts tc
      join app_public.talent t on t.id = tc.talent_id
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and not exists (select 1 from app_public.communication_opt_outs o
                        where o.organization_id = t.organization_id and o.channel = 'whatsapp'
                          and o.recipient_id = t.id and o.purpose is null);
    update app_public.outbound_messages m
       set status = 'suppressed', last_error_code = 'OPTED_OUT'
     where m.channel = 'whatsapp' and m.status = 'queued'
       and m.talent_id in (select tc.talent_id from app_public.talent_contacts tc
                            where app_private.whatsapp_number(tc.phone) = sender
                               or app_private.whatsapp_number(tc.guardian_phone) = sender);
  end if;

  -- A reply to one of our messages names it (context.id): a casting invitation's reply answers that casting.
  if payload_casting is null and apply_whatsapp_message.context_message_id is not null and reply in ('yes', 'no') then
    select m.cause_id into payload_casting
      from app_public.outbound_messages m
     where m.channel = 'whatsapp' and m.provider_message_id = apply_whatsapp_message.context_message_id
       and m.cause_kind = 'casting_invitation';
  end if;

  -- The casting this answers: the button's (or the replied message's), else the one invitation awaiting an answer
  -- from this sender.
  if payload_casting is not null then
    select c.* into casting
      from app_public.model_castings c
      join app_public.talent_contacts tc on tc.talent_id = c.talent_id
     where c.id = payload_casting
       and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
     for update of c;
  elsif reply in ('yes', 'no') then
    select c.* into casting
      from app_public.model_castings c
      join app_public.talent_contacts tc on tc.talent_id = c.talent_id
     where c.status = 'invited'
       and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
     order by c.updated_at desc
     limit 1
     for update of c;
    -- Two invitations awaiting an answer: "SÍ" alone does not say which; a person decides.
    if (select count(*) from app_public.model_castings c
          join app_public.talent_contacts tc on tc.talent_id = c.talent_id
         where c.status = 'invited'
           and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)) > 1 then
      reply := null;
      casting := null;
    end if;
  end if;

  if casting.id is not null and reply in ('yes', 'no') and casting.status = 'invited' then
    update app_public.model_castings c
       set status = case reply when 'yes' then 'confirmed' else 'declined' end,
           responded_at = at
     where c.id = casting.id and c.status = 'invited'
     returning * into casting;
    did := case reply when 'yes' then 'casting_confirmed' else 'casting_declined' end;
  elsif reply = 'stop' then
    did := 'opt_out';
  end if;

  -- Whose inbox (never a guess across agencies):
  --  1. the casting's organization;
  --  2. else the organization whose WhatsApp message this replies to (context.id), if it went to this number;
  --  3. else the organization that has this sender in its roster (talent or guardian phone; the one that spoke to
  --     the person last, when several do);
  --  4. else the organization that has this sender among its guests' contacts, when exactly one does;
  --  otherwise no organization: kept for the operator in app_private.whatsapp_inbound as unmatched.
  if casting.id is null and apply_whatsapp_message.context_message_id is not null then
    select m.* into replied
      from app_public.outbound_messages m
     where m.channel = 'whatsapp' and m.provider_message_id = apply_whatsapp_message.context_message_id
       and app_private.whatsapp_number(m.recipient_address) = sender;
  end if;
  if casting.id is not null then
    org := casting.organization_id;
    select t.id, t.organization_id into talent_row from app_public.talent t where t.id = casting.talent_id;
  elsif replied.id is not null then
    org := replied.organization_id;
    event_ref := replied.event_id;
    select t.id, t.organization_id into talent_row from app_public.talent t where t.id = replied.talent_id;
  else
    -- The number's contacts: whichever organizations have it in their roster
    -- (talent or guardian phone) or among their guests' contacts. One
    -- organization: its inbox. Several: the one that last wrote to this number
    -- on WhatsApp (a message it sent reached it), else none. Typing a number
    -- into a roster never draws someone else's contact's messages to it.
    select array_agg(distinct x.organization_id) into guest_orgs
      from (select t.organization_id
              from app_public.talent_contacts tc
              join app_public.talent t on t.id = tc.talent_id
             where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
               and t.erased_at is null
            union
            select gc.organization_id
              from app_public.guest_contacts gc
             where app_private.whatsapp_number(gc.phone) = sender) x;
    if cardinality(guest_orgs) = 1 then
      org := guest_orgs[1];
    elsif cardinality(guest_orgs) > 1 then
      select m.organization_id into org
        from app_public.outbound_messages m
       where m.channel = 'whatsapp' and m.organization_id = any(guest_orgs) and m.provider_message_id is not null
         and app_private.whatsapp_number(m.recipient_address) = sender
       order by m.sent_at desc nulls last, m.created_at desc
       limit 1;
    end if;
    -- (Run when org is null too: it assigns talent_row, as null.)
    select t.id, t.organization_id into talent_row
        from app_public.talent_contacts tc
        join app_public.talent t on t.id = tc.talent_id
       where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
         and t.erased_at is null and t.organization_id = org
       order by (select max(c.updated_at) from app_public.model_castings c where c.talent_id = t.id) desc nulls last,
                t.updated_at desc
       limit 1;
  end if;

  -- A question from someone cast for an upcoming event belongs to that event's conversation.
  if casting.id is null and event_ref is null and talent_row.id is not null then
    select c.event_id into event_ref
      from app_public.model_castings c
      join app_public.events e on e.id = c.event_id
     where c.talent_id = talent_row.id and c.status in ('invited', 'confirmed') and e.ends_at > now()
     order by e.starts_at
     limit 1;
  end if;

  if org is null then
    result := case when did = 'opt_out' then 'opt_out' else 'unmatched' end;
  else
    insert into app_public.inbox_messages (organization_id, provider_message_id, event_id, talent_id, model_casting_id,
                                           sender_name, sender_number_masked, message_type, body, action, sent_at)
    values (org, apply_whatsapp_message.provider_message_id, coalesce(casting.event_id, event_ref), talent_row.id, casting.id,
            left(apply_whatsapp_message.sender_name, 200), app_private.mask_number(sender),
            case when apply_whatsapp_message.message_type in ('text', 'button', 'interactive', 'image', 'audio', 'video', 'document',
                                                               'sticker', 'location', 'contacts', 'reaction', 'order')
                 then apply_whatsapp_message.message_type else 'unknown' end,
            left(apply_whatsapp_message.body, 4096),
            did, at)
    returning id into inbox_id;
    result := coalesce(did, 'inbox');
  end if;
  update app_private.whatsapp_inbound i set outcome = result, organization_id = org
   where i.provider_message_id = apply_whatsapp_message.provider_message_id;
  return jsonb_strip_nulls(jsonb_build_object('outcome', result, 'castingId', casting.id, 'inboxMessageId', inbox_id));
end;
$$;
comment on function app_private.apply_whatsapp_message(text, text, text, text, text, text, text, timestamptz, text) is
  'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once; "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer from invited to confirmed/declined with responded_at. The message lands in one organization''s inbox: the casting''s; else the one whose message it replies to (context.id, sent to that number); else the one organization that has the number as a contact (roster: talent or guardian phone; guests'' contacts); when several do, the one that last wrote to it on WhatsApp. From a number that is no one''s contact (or the contact of several organizations none of which wrote to it, without a reply to tell whose) it reaches no organization and stays in app_private.whatsapp_inbound as unmatched, for the operator. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';
