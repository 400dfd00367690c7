--! Previous: sha1:bdf2d99253834b2051615b64e989f2889bccdb6d
--! Hash: sha1:67460f60341c2ad2c395ec5b4bb8b5a0932f74f3
--! Message: Casting cards read each invitation's message and the WhatsApp answer as the caller; a WhatsApp reply reaches the organization whose message it answers, or the one that has the number as a guest's contact

-- Tables: app_public.guest_contacts
--
-- Two parts of issue 19's screens and replies; the functions below touch
-- model_castings, outbound_messages, inbox_messages and whatsapp_inbound only
-- inside their bodies.
--
-- 1. Casting cards.
--
-- The casting card shows where each invitation is (issue 19, Screens): the
-- invitation the casting sent by email and by WhatsApp (status, reason, when)
-- and whether the model answered on WhatsApp. Both are
-- computed columns that run as the caller (SECURITY INVOKER), so the policies
-- of outbound_messages and inbox_messages decide what each role sees: a role
-- that may not read the model's contact data (producers, viewers) gets no
-- messages and no state, never an error. PostGraphile plans them into the
-- statement that reads the castings (no query per card).
--
-- model_castings_whatsapp_status (000025) was SECURITY DEFINER and showed the
-- state to every member; it now runs as the caller too.

create or replace function app_public.model_castings_invitation_message(casting app_public.model_castings, channel text)
  returns app_public.outbound_messages
  language sql stable strict
  set search_path to pg_catalog, public, pg_temp
as $$
  select m.*
    from app_public.outbound_messages m
   where m.cause_kind = 'casting_invitation'
     and m.cause_id = casting.id
     and m.channel = model_castings_invitation_message.channel
     and m.organization_id = casting.organization_id
   order by m.created_at desc
   limit 1;
$$;
comment on function app_public.model_castings_invitation_message(app_public.model_castings, text) is
  'The invitation this casting sent on a channel (email or whatsapp), with its status (queued, sending, sent, delivered, read, failed, bounced, suppressed, cancelled), the reason (lastErrorCode: NO_CONSENT, OPTED_OUT, NO_ADDRESS, OUTSIDE_SERVICE_WINDOW, …) and when (sentAt, deliveredAt, readAt, failedAt, updatedAt, UTC); null when none was enqueued on that channel. Only the roles that may read the model''s contact data see it (owners, admins, casting staff); for anyone else it is null, never an error. Other messages of the casting (the confirmation email) are under the event''s outboundMessages.';

create or replace function app_public.model_castings_whatsapp_answer(casting app_public.model_castings) returns text
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select case i.action when 'casting_confirmed' then 'yes' when 'casting_declined' then 'no' end
    from app_public.inbox_messages i
   where i.model_casting_id = casting.id
     and i.action in ('casting_confirmed', 'casting_declined')
   order by i.sent_at desc
   limit 1;
$$;
comment on function app_public.model_castings_whatsapp_answer(app_public.model_castings) is
  'The model''s answer to the invitation on WhatsApp: yes ("SÍ" or the Sí button), no ("NO" or the No button), or null when they have not answered there (they may have answered another way: see status and respondedAt). Readable by whoever reads the inbox (owners, admins, producers, casting staff); null for anyone else.';

alter function app_public.model_castings_whatsapp_status(app_public.model_castings) security invoker;
comment on function app_public.model_castings_whatsapp_status(app_public.model_castings) is
  'Where the casting invitation on WhatsApp is: queued, sending, sent, delivered, read, failed, suppressed (no consent, an opt-out or no number) or cancelled; null when none was sent, or when the caller may not read the model''s contact data (only owners, admins and casting staff see the state).';

-- 2. Whose inbox.
--
-- Whose inbox a WhatsApp message lands in (issue 19): a producer expects a reply
-- from one of the organization's contacts in its inbox, and nothing may leak
-- across agencies (one business number serves them all). A reply to one of an
-- organization's messages (Meta names it in context.id) now goes to that
-- organization, whatever the recipient (a guest answering an invitation, a
-- model answering a call sheet); a number that is only a guest's contact goes
-- to the one organization that has it; a number several organizations have as
-- a guest, without a reply to tell whose, and a number that is no one's reach
-- no organization (kept for the operator, as before).

create index if not exists guest_contacts_whatsapp_number_idx
  on app_public.guest_contacts (app_private.whatsapp_number(phone));

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
    select t.id, t.organization_id into talent_row
      from app_public.talent_contacts tc
      join app_public.talent t on t.id = tc.talent_id
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and t.erased_at is null
     order by (select max(c.updated_at) from app_public.model_castings c where c.talent_id = t.id) desc nulls last,
              t.updated_at desc
     limit 1;
    org := talent_row.organization_id;
    if org is null then
      select array_agg(distinct gc.organization_id) into guest_orgs
        from app_public.guest_contacts gc
       where app_private.whatsapp_number(gc.phone) = sender;
      if cardinality(guest_orgs) = 1 then
        org := guest_orgs[1];
      end if;
    end if;
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
  'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once; "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer from invited to confirmed/declined with responded_at. The message lands in one organization''s inbox: the casting''s; else the one whose message it replies to (context.id, sent to that number); else the one that has the number in its roster; else the one that has it among its guests'' contacts, when only one does. From a number that is no one''s contact (or a guest of several organizations, without a reply to tell whose) it reaches no organization and stays in app_private.whatsapp_inbound as unmatched, for the operator. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';
