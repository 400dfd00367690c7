--! Previous: sha1:ce3934964326b786ec5dbc44d0693baa90658579
--! Hash: sha1:4335f68808e331da296d560eaa0dbc5aaa884492
--! Message: WhatsApp: one list of parties reachable on WhatsApp (app_private.whatsapp_contacts) that the outbox addresses from and the inbox matches against; vendors' messages reach their organization's inbox, PARAR stops every party with the number; a guest's messages go with the guest when erased

-- Tables: app_public.inbox_messages, app_public.guests, app_public.vendors
--
-- The WhatsApp inbox forgot vendors (and could forget any next party): the
-- webhook's router listed the contacts it matches by hand — the roster's
-- phone and guardian phone, the guests' phone — in three copies, while the
-- outbox addresses talent, guests and vendors on WhatsApp from its own list.
-- A vendor of the organization (vendors.contact_phone, the number the outbox
-- writes to) who wrote to the business number reached nobody's inbox, and
-- PARAR from a guest was recorded for no one (only the roster's rows were
-- turned off). Now one view, app_private.whatsapp_contacts, says which
-- parties an organization can reach on WhatsApp and at which number; the
-- outbox copies a WhatsApp address only from it, and the router (whose
-- conversation a number is, which party wrote, PARAR) matches only through
-- it, so a party added to one is added to the other. The cross-agency rules
-- stay exactly: one organization that has the number, its inbox; several,
-- the one that last wrote to it on WhatsApp; none, unmatched.
-- Tests: api-whatsapp-parties.test.ts (per outbox recipient kind), api-whatsapp.test.ts.

/*------------------------------------------------- whatsapp_contacts (one definition) */

create or replace view app_private.whatsapp_contacts as
  select t.organization_id, 'talent'::text as recipient_kind, t.id as recipient_id, 'contact'::text as via,
         coalesce(t.stage_name, t.full_name) as name, tc.phone as address,
         app_private.whatsapp_number(tc.phone) as number, tc.whatsapp_opt_in
    from app_public.talent t
    join app_public.talent_contacts tc on tc.talent_id = t.id
   where tc.phone is not null and t.erased_at is null
  union all
  select t.organization_id, 'talent', t.id, 'guardian', coalesce(tc.guardian_name, t.full_name), tc.guardian_phone,
         app_private.whatsapp_number(tc.guardian_phone), tc.whatsapp_opt_in
    from app_public.talent t
    join app_public.talent_contacts tc on tc.talent_id = t.id
   where tc.guardian_phone is not null and t.erased_at is null
  union all
  select g.organization_id, 'guest', g.id, 'contact', g.full_name, gc.phone, app_private.whatsapp_number(gc.phone),
         gc.whatsapp_opt_in
    from app_public.guests g
    join app_public.guest_contacts gc on gc.guest_id = g.id
   where gc.phone is not null
  union all
  select v.organization_id, 'vendor', v.id, 'contact', coalesce(v.contact_name, v.name), v.contact_phone,
         app_private.whatsapp_number(v.contact_phone), null::boolean
    from app_public.vendors v
   where v.contact_phone is not null;
-- Matched by number on every inbound message: each branch has its index (the
-- roster's and the guests' since migration 000025/000031).
create index if not exists vendors_whatsapp_number_idx on app_public.vendors (app_private.whatsapp_number(contact_phone));
comment on view app_private.whatsapp_contacts is
  'Every party an organization can write to on WhatsApp, and at which number: the one definition the outbox (app_private.enqueue_outbound_message copies a WhatsApp address only from here, via = contact) and the webhook''s router (whose conversation a number is, which party wrote, PARAR) both use, so no party can be reachable by one and unknown to the other. recipient_kind and recipient_id are the outbox''s (talent, guest, vendor; buyers and accounts have no WhatsApp number); via: contact (the party''s own number) or guardian (a minor''s guardian, matched as the model); address as typed, number as WhatsApp writes it (app_private.whatsapp_number); whatsapp_opt_in where the party records one (vendors: null, a business contact). Erased talent is left out. A new party with a WhatsApp number is added here (test: api-whatsapp-parties.test.ts fails for an outbox recipient kind it cannot match).';

-- Whose conversation a number is, by the inbox's rule (never a guess across
-- agencies): the one organization that has it as a contact; among several,
-- the one that last wrote to it on WhatsApp (a message it sent reached it);
-- else none.
create or replace function app_private.whatsapp_conversation_organization(number text) returns uuid
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  with orgs as (select distinct w.organization_id from app_private.whatsapp_contacts w where w.number = $1)
  select case (select count(*) from orgs)
           when 0 then null
           when 1 then (select o.organization_id from orgs o)
           else (select m.organization_id
                   from app_public.outbound_messages m
                  where m.channel = 'whatsapp' and m.organization_id in (select o.organization_id from orgs o)
                    and m.provider_message_id is not null
                    and app_private.whatsapp_number(m.recipient_address) = $1
                  order by m.sent_at desc nulls last, m.created_at desc
                  limit 1)
         end
$$;
comment on function app_private.whatsapp_conversation_organization(text) is
  'The organization whose WhatsApp conversation a number (as WhatsApp writes it: 573001234567) is: the one organization that has it as a contact (app_private.whatsapp_contacts: roster, guardian, guests, vendors); among several, the one that last wrote to it on WhatsApp; else null (typing someone''s number into a roster never draws their messages away from the agency they deal with).';

-- Which of the organization's parties wrote from this number: the one it last
-- wrote to there on WhatsApp; else a model (the most recently cast), a
-- guest, a vendor.
create or replace function app_private.whatsapp_party(organization_id uuid, number text)
  returns table (recipient_kind text, recipient_id uuid)
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select w.recipient_kind, w.recipient_id
    from app_private.whatsapp_contacts w
   where w.organization_id = $1 and w.number = $2
   order by (select max(m.sent_at) from app_public.outbound_messages m
              where m.organization_id = $1 and m.channel = 'whatsapp' and m.recipient_kind = w.recipient_kind
                and m.recipient_id = w.recipient_id and m.provider_message_id is not null) desc nulls last,
            array_position(array['talent', 'guest', 'vendor'], w.recipient_kind),
            (select max(c.updated_at) from app_public.model_castings c where c.talent_id = w.recipient_id) desc nulls last,
            w.via
   limit 1
$$;
comment on function app_private.whatsapp_party(uuid, text) is
  'The party of the organization that wrote from this WhatsApp number (app_private.whatsapp_contacts): the one the organization last wrote to at that number on WhatsApp; else a model (the most recently cast), then a guest, then a vendor. No row: none of its contacts.';

/*------------------------------------------------------------------ inbox_messages */

alter table app_public.inbox_messages add column if not exists guest_id uuid;
alter table app_public.inbox_messages add column if not exists vendor_id uuid;
alter table app_public.inbox_messages drop constraint if exists inbox_messages_guest_id_organization_id_fkey;
alter table app_public.inbox_messages add constraint inbox_messages_guest_id_organization_id_fkey
  foreign key (guest_id, organization_id) references app_public.guests (id, organization_id) on delete cascade;
alter table app_public.inbox_messages drop constraint if exists inbox_messages_vendor_id_organization_id_fkey;
alter table app_public.inbox_messages add constraint inbox_messages_vendor_id_organization_id_fkey
  foreign key (vendor_id, organization_id) references app_public.vendors (id, organization_id) on delete set null (vendor_id);
create index if not exists inbox_messages_guest_id_organization_id_idx on app_public.inbox_messages (guest_id, organization_id);
create index if not exists inbox_messages_vendor_id_organization_id_idx on app_public.inbox_messages (vendor_id, organization_id);
comment on column app_public.inbox_messages.talent_id is 'The model from the roster who wrote, when the number is theirs (or their guardian''s).';
comment on column app_public.inbox_messages.guest_id is 'The guest who wrote, when the number is one of the organization''s guests''. Their messages go with them when the guest is erased (erase_guest, Ley 1581: suppression), like their contact data and invitations.';
comment on column app_public.inbox_messages.vendor_id is 'The vendor who wrote, when the number is one of the organization''s vendors'' contact phone.';
comment on column app_public.inbox_messages.event_id is 'The event of the conversation: the one it answers (an invitation, a casting), else the next event the model is cast for, the guest is invited to or the vendor is contacted or booked for.';
comment on constraint inbox_messages_guest_id_organization_id_fkey on app_public.inbox_messages is '@fieldName guest
@foreignFieldName inboxMessages';
comment on constraint inbox_messages_vendor_id_organization_id_fkey on app_public.inbox_messages is '@fieldName vendor
@foreignFieldName inboxMessages';

/*------------------------------------------------------------------ the outbox's WhatsApp address */

create or replace function app_private.enqueue_outbound_message(
  organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb,
  purpose text, cause_kind text, cause_id uuid, event_id uuid default null, urgent boolean default false,
  locale text default 'es-CO', rendered_subject text default null, rendered_body text default null,
  rendered_html text default null
) returns uuid
  language plpgsql volatile security definer
  set search_path to pg_catalog, public, pg_temp
as $$
declare
  s app_private.outbox_settings := app_private.outbox_settings_for(organization_id);
  address text;
  name text;
  owner_org uuid;
  consent boolean;
  quiet timestamptz;
  message_id uuid;
  new_status text;
  code text;
begin
  -- The person, of this organization, and their email address.
  case recipient_kind
  when 'talent' then
    select t.organization_id, coalesce(t.stage_name, t.full_name), case channel when 'email' then c.email::text end
      into owner_org, name, address
      from app_public.talent t left join app_public.talent_contacts c on c.talent_id = t.id
     where t.id = recipient_id;
  when 'guest' then
    select g.organization_id, g.full_name, case channel when 'email' then c.email::text end
      into owner_org, name, address
      from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
     where g.id = recipient_id;
  when 'vendor' then
    select v.organization_id, coalesce(v.contact_name, v.name), case channel when 'email' then v.contact_email::text end
      into owner_org, name, address
      from app_public.vendors v where v.id = recipient_id;
  when 'buyer' then
    select b.organization_id, b.buyer_name, case channel when 'email' then b.buyer_email::text end
      into owner_org, name, address
      from app_public.bookings b where b.id = recipient_id;
  when 'account' then
    select enqueue_outbound_message.organization_id, p.full_name, case channel when 'email' then p.email::text end
      into owner_org, name, address
      from app_public.profiles p where p.id = recipient_id;
  else
    raise exception 'Unknown recipient kind "%".', recipient_kind using errcode = 'INVAL';
  end case;
  if owner_org is null or owner_org <> enqueue_outbound_message.organization_id then
    raise exception 'That recipient does not exist.' using errcode = 'NTFND';
  end if;
  -- A WhatsApp address only from the one list of parties reachable on
  -- WhatsApp, which the inbox matches replies against (migration 000040).
  if channel = 'whatsapp' then
    select w.address into address
      from app_private.whatsapp_contacts w
     where w.organization_id = enqueue_outbound_message.organization_id
       and w.recipient_kind = enqueue_outbound_message.recipient_kind
       and w.recipient_id = enqueue_outbound_message.recipient_id and w.via = 'contact';
  end if;

  consent := app_private.outbox_has_consent(organization_id, channel, purpose, recipient_kind, recipient_id, address);
  if address is null then
    new_status := 'suppressed'; code := 'NO_ADDRESS';
  elsif not consent then
    new_status := 'suppressed'; code := 'NO_CONSENT';
  else
    new_status := 'queued';
  end if;
  quiet := case when urgent then null else app_private.outbox_quiet_until(organization_id, now()) end;

  insert into app_public.outbound_messages as m (
    organization_id, event_id, channel, purpose, recipient_kind,
    talent_id, guest_id, vendor_id, booking_id, profile_id,
    recipient_address, recipient_name, locale, template_key, variables,
    rendered_subject, rendered_body, rendered_html, urgent, status, last_error_code, max_attempts,
    cause_kind, cause_id, scheduled_at)
  values (
    organization_id, event_id, channel, purpose, recipient_kind,
    case recipient_kind when 'talent' then recipient_id end,
    case recipient_kind when 'guest' then recipient_id end,
    case recipient_kind when 'vendor' then recipient_id end,
    case recipient_kind when 'buyer' then recipient_id end,
    case recipient_kind when 'account' then recipient_id end,
    address, name, coalesce(locale, 'es-CO'), template_key, coalesce(variables, '{}'),
    rendered_subject, rendered_body, rendered_html, coalesce(urgent, false), new_status, code, s.max_attempts,
    cause_kind, cause_id, coalesce(quiet, now()))
  on conflict on constraint outbound_messages_idempotent do nothing
  returning m.id into message_id;

  if message_id is null then
    -- Already enqueued (a retried transaction, a second click): the same message.
    select m.id into message_id from app_public.outbound_messages m
     where m.cause_kind = enqueue_outbound_message.cause_kind and m.cause_id = enqueue_outbound_message.cause_id
       and m.channel = enqueue_outbound_message.channel and m.recipient_kind = enqueue_outbound_message.recipient_kind
       and m.recipient_id = enqueue_outbound_message.recipient_id and m.template_key = enqueue_outbound_message.template_key;
    return message_id;
  end if;

  if new_status = 'queued' then
    perform graphile_worker.add_job(
      'send_outbound_message', json_build_object('id', message_id),
      run_at => coalesce(quiet, now()), max_attempts => s.max_attempts,
      job_key => 'outbound_message:' || message_id);
  end if;
  return message_id;
end;
$$;
comment on function app_private.enqueue_outbound_message(uuid, text, text, uuid, text, jsonb, text, text, uuid, uuid, boolean, text, text, text, text) is
  'Enqueues one message in the current transaction and returns its id: the row (address copied from the recipient''s contact data — on WhatsApp only from app_private.whatsapp_contacts, the list the inbox matches replies against; suppressed, with NO_ADDRESS or NO_CONSENT and no job, when there is no address or no consent for the purpose and channel) and its send_outbound_message job (job key outbound_message:<id>, run at the end of quiet hours unless urgent). Idempotent per (cause, channel, recipient, template): enqueued again, even by a concurrent transaction, it returns the first message''s id and adds nothing. recipient_id is the talent, guest, vendor, booking (buyer) or profile (account) id; a recipient of another organization is NTFND. Callers: the business functions and triggers that cause messages.';
revoke all on function app_private.enqueue_outbound_message(uuid, text, text, uuid, text, jsonb, text, text, uuid, uuid, boolean, text, text, text, text) from public;

/*------------------------------------------------------------------ the router */

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
  org uuid;
  result text;
  did text;
  inbox_id uuid;
  event_ref uuid;
  replied app_public.outbound_messages;
  party_kind text;
  party_id uuid;
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
    -- PARAR reaches every party that has this number, whatever its kind
    -- (app_private.whatsapp_contacts; before migration 000040 only the
    -- roster's: a guest's PARAR stopped nothing).
    insert into app_private.whatsapp_opt_outs (number, opted_out_at, provider_message_id)
    values (sender, now(), apply_whatsapp_message.provider_message_id)
    on conflict (number) do update set opted_out_at = excluded.opted_out_at,
                                       provider_message_id = excluded.provider_message_id;
    update app_public.talent_contacts tc set whatsapp_opt_in = false
     where tc.whatsapp_opt_in
       and tc.talent_id in (select w.recipient_id from app_private.whatsapp_contacts w
                             where w.number = sender and w.recipient_kind = 'talent');
    update app_public.guest_contacts gc set whatsapp_opt_in = false
     where gc.whatsapp_opt_in
       and gc.guest_id in (select w.recipient_id from app_private.whatsapp_contacts w
                            where w.number = sender and w.recipient_kind = 'guest');
    -- The outbox's record, per party (its consent check honours it), and
    -- what is still queued to them on WhatsApp is suppressed.
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id,
                                                   talent_id, address, source, message_id)
    select distinct on (w.organization_id, w.recipient_kind, w.recipient_id)
           w.organization_id, 'whatsapp', null, w.recipient_kind, w.recipient_id,
           case w.recipient_kind when 'talent' then w.recipient_id end, w.address, 'whatsapp_reply',
           (select m.id from app_public.outbound_messages m
             where m.channel = 'whatsapp' and m.recipient_kind = w.recipient_kind and m.recipient_id = w.recipient_id
             order by m.created_at desc limit 1)
      from app_private.whatsapp_contacts w
     where w.number = sender
       and not exists (select 1 from app_public.communication_opt_outs o
                        where o.organization_id = w.organization_id and o.channel = 'whatsapp'
                          and o.recipient_id = w.recipient_id and o.purpose is null)
     order by w.organization_id, w.recipient_kind, w.recipient_id, w.via;
    update app_public.outbound_messages m
       set status = 'suppressed', last_error_code = 'OPTED_OUT'
     where m.channel = 'whatsapp' and m.status = 'queued'
       and (m.recipient_kind, m.recipient_id) in (select w.recipient_kind, w.recipient_id
                                                    from app_private.whatsapp_contacts w where w.number = sender);
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
     where c.id = payload_casting
       and exists (select 1 from app_private.whatsapp_contacts w
                    where w.recipient_kind = 'talent' and w.recipient_id = c.talent_id and w.number = sender)
     for update of c;
  elsif reply in ('yes', 'no') then
    -- A typed answer names no casting: it answers the organization whose
    -- conversation this is, by the inbox's rule (migration 000034): another
    -- agency that typed the number into its roster and set a casting of its
    -- own to invited does not take the answer.
    org := app_private.whatsapp_conversation_organization(sender);
    select c.* into casting
      from app_public.model_castings c
     where c.status = 'invited' and c.organization_id = org
       and c.talent_id in (select w.recipient_id from app_private.whatsapp_contacts w
                            where w.recipient_kind = 'talent' and w.number = sender and w.organization_id = org)
     order by c.updated_at desc
     limit 1
     for update of c;
    -- Two invitations awaiting an answer: "SÍ" alone does not say which; a person decides.
    if (select count(*) from app_public.model_castings c
         where c.status = 'invited' and c.organization_id = org
           and c.talent_id in (select w.recipient_id from app_private.whatsapp_contacts w
                                where w.recipient_kind = 'talent' and w.number = sender and w.organization_id = org)) > 1 then
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
  --  3. else whose conversation the number is (app_private.whatsapp_conversation_organization: the one
  --     organization that has it as a contact — any party in app_private.whatsapp_contacts —; among several, the
  --     one that last wrote to it on WhatsApp);
  --  otherwise no organization: kept for the operator in app_private.whatsapp_inbound as unmatched.
  if casting.id is null and apply_whatsapp_message.context_message_id is not null then
    select m.* into replied
      from app_public.outbound_messages m
     where m.channel = 'whatsapp' and m.provider_message_id = apply_whatsapp_message.context_message_id
       and app_private.whatsapp_number(m.recipient_address) = sender;
  end if;
  if casting.id is not null then
    org := casting.organization_id;
    party_kind := 'talent';
    party_id := casting.talent_id;
  elsif replied.id is not null then
    org := replied.organization_id;
    event_ref := replied.event_id;
    party_kind := replied.recipient_kind;
    party_id := replied.recipient_id;
  else
    org := app_private.whatsapp_conversation_organization(sender);
    select p.recipient_kind, p.recipient_id into party_kind, party_id
      from app_private.whatsapp_party(org, sender) p;
  end if;

  -- A message from someone taking part in an upcoming event belongs to that event's conversation: a model cast
  -- for it, a guest invited to it, a vendor contacted or booked for it (the earliest such event).
  if casting.id is null and event_ref is null and party_id is not null then
    select e.id into event_ref
      from app_public.events e
     where e.organization_id = org and e.ends_at > now()
       and case party_kind
             when 'talent' then exists (select 1 from app_public.model_castings c
                                         where c.event_id = e.id and c.talent_id = party_id
                                           and c.status in ('invited', 'confirmed'))
             when 'guest' then exists (select 1 from app_public.guest_invitations i
                                        where i.event_id = e.id and i.guest_id = party_id
                                          and i.status in ('invited', 'accepted', 'waitlist'))
             when 'vendor' then exists (select 1 from app_public.vendor_recommendations r
                                         where r.event_id = e.id and r.vendor_id = party_id
                                           and r.status in ('contacted', 'booked'))
             else false
           end
     order by e.starts_at
     limit 1;
  end if;

  if org is null then
    result := case when did = 'opt_out' then 'opt_out' else 'unmatched' end;
  else
    insert into app_public.inbox_messages (organization_id, provider_message_id, event_id, talent_id, guest_id, vendor_id,
                                           model_casting_id, sender_name, sender_number_masked, message_type, body,
                                           action, sent_at)
    values (org, apply_whatsapp_message.provider_message_id, coalesce(casting.event_id, event_ref),
            case party_kind when 'talent' then party_id end,
            case party_kind when 'guest' then party_id end,
            case party_kind when 'vendor' then party_id end,
            casting.id,
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
  'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once for every party with that number (app_private.whatsapp_contacts: models, guardians, guests, vendors); "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer (a typed answer: only a casting of the organization whose conversation it is, never another agency''s that merely has the number) from invited to confirmed/declined with responded_at. The message lands in one organization''s inbox, linked to the party who wrote (talent_id, guest_id or vendor_id): the casting''s; else the one whose message it replies to (context.id, sent to that number); else app_private.whatsapp_conversation_organization (the one organization that has the number as a contact, any party in app_private.whatsapp_contacts; when several do, the one that last wrote to it on WhatsApp). From a number that is no one''s contact (or the contact of several organizations none of which wrote to it, without a reply to tell whose) it reaches no organization and stays in app_private.whatsapp_inbound as unmatched, for the operator. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';
