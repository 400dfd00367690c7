--! Previous: sha1:404cdc10e202caebf6184ebb6f79a1bee940da88
--! Hash: sha1:f07000f8ec41931b615c889fba62f06ef73fe45e
--! Message: Attacks on 000031 and SECURITY DEFINER ids: a typed WhatsApp SÍ only answers the organization whose conversation it is (another agency that typed the number into its roster and set its own casting to invited took it); assign_seat refuses another event's invitation before reading it (another agency got this agency's seated row back, or learnt whether a guest was seated)

-- Tables: none
--
-- WhatsApp typed answers (attack on migration 000031's routing): a typed
-- "SÍ"/"NO" (no button, no quoted reply) confirmed the invitation awaiting an
-- answer from that number in any organization. Another agency that typed a
-- person's number into its roster and set a casting of its own to invited
-- (updateCastingStatus: no message sent, no consent needed) took the answer
-- the person typed to the agency they deal with: its casting became
-- confirmed and the message landed in its inbox. A typed answer now only
-- answers a casting of the organization whose conversation it is, by the
-- inbox's rule: the one organization that has the number as a contact; among
-- several, the one that last wrote to it on WhatsApp; else none (a person
-- decides from the unmatched messages). Test: api-whatsapp.test.ts.

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
    -- A typed answer names no casting: it answers the organization whose
    -- conversation this is, by the inbox's rule below (the one organization
    -- that has the number as a contact; among several, the one that last
    -- wrote to it on WhatsApp; else none). Another agency that typed the
    -- number into its roster and set a casting of its own to invited (no
    -- message, no consent) no longer takes the answer (migration 000034).
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
    select c.* into casting
      from app_public.model_castings c
      join app_public.talent_contacts tc on tc.talent_id = c.talent_id
     where c.status = 'invited' and c.organization_id = org
       and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
     order by c.updated_at desc
     limit 1
     for update of c;
    -- Two invitations awaiting an answer: "SÍ" alone does not say which; a person decides.
    if (select count(*) from app_public.model_castings c
          join app_public.talent_contacts tc on tc.talent_id = c.talent_id
         where c.status = 'invited' and c.organization_id = org
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
  'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once; "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer (a typed answer: only a casting of the organization whose conversation it is, by the inbox rule below, never another agency''s that merely has the number) from invited to confirmed/declined with responded_at. The message lands in one organization''s inbox: the casting''s; else the one whose message it replies to (context.id, sent to that number); else the one organization that has the number as a contact (roster: talent or guardian phone; guests'' contacts); when several do, the one that last wrote to it on WhatsApp. From a number that is no one''s contact (or the contact of several organizations none of which wrote to it, without a reply to tell whose) it reaches no organization and stays in app_private.whatsapp_inbound as unmatched, for the operator. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';

-- Seating (attack on SECURITY DEFINER functions that trust a caller-supplied
-- id): assign_seat checked the caller's role on the event's organization,
-- then read and locked the seat assignment of whatever invitation id it was
-- given. Another agency's owner, on an event of its own, got this agency's
-- seated row back (naming the invitation and its seat), or learnt whether an
-- invitation was seated ("moved" against a foreign-key error). The
-- invitation must now be one of the event's, else NTFND, before anything is
-- read. Test: guests.test.ts (seating).
create or replace function app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean default false,
                                                  expected_seat_id uuid default null)
returns app_public.seat_assignments
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  mine app_public.seat_assignments;
  taken app_public.seat_assignments;
  result app_public.seat_assignments;
begin
  select e.organization_id into org from app_public.events e where e.id = assign_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  -- The person's current assignment, locked.
  -- The invitation must be one of this event's: the role was checked on the
  -- event's organization only, and another agency's invitation (by id) was
  -- read and locked here, its seated row answered back when the caller
  -- also named its seat, and "moved" or a foreign-key error told whether it
  -- was seated (migration 000034).
  perform 1 from app_public.guest_invitations i
   where i.id = assign_seat.invitation_id and i.event_id = assign_seat.event_id;
  if not found then
    raise exception 'That invitation does not exist.' using errcode = 'NTFND';
  end if;
  select * into mine from app_public.seat_assignments a
   where a.invitation_id = assign_seat.invitation_id and a.plus_one = coalesce(assign_seat.plus_one, false)
     and a.event_id = assign_seat.event_id
   for update;
  if mine.seat_id is distinct from expected_seat_id then
    raise exception 'Someone moved this guest meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  if mine.seat_id = assign_seat.seat_id then
    return mine;
  end if;
  select * into taken from app_public.seat_assignments a
   where a.event_id = assign_seat.event_id and a.seat_id = assign_seat.seat_id for update;
  if taken.id is not null then
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  begin
    if mine.id is not null then
      update app_public.seat_assignments a set seat_id = assign_seat.seat_id where a.id = mine.id returning * into result;
    else
      insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
        values (assign_seat.event_id, assign_seat.seat_id, assign_seat.invitation_id, coalesce(assign_seat.plus_one, false))
        returning * into result;
    end if;
  exception when unique_violation then
    -- A concurrent move took the seat (or seated the person) first.
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end;
  return result;
end;
$$;
