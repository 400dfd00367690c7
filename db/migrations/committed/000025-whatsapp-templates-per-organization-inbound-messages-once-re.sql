--! Previous: sha1:5509d4d455fc4a972de6615479f955b4b5f42885
--! Hash: sha1:ba4a9cdbe5f2de3db10af2f0d8548564bbf06dd9
--! Message: WhatsApp templates per organization, inbound messages once, replies that act

-- Tables: app_public.talent_contacts, app_public.whatsapp_templates, app_public.inbox_messages, app_private.whatsapp_inbound, app_private.whatsapp_opt_outs, app_public.events, app_public.model_castings, app_public.organizations, app_public.talent, app_public.outbound_messages
--
-- WhatsApp Cloud API (issue 19), on top of the outbox (outbound_messages):
-- the templates each organization had approved by Meta (name and language per
-- purpose), every inbound message Meta's webhook delivered (once per wamid:
-- replays change nothing), the 24-hour customer-service window it opens, the
-- numbers that wrote PARAR, and the inbox where replies land for the producer.
-- A "SÍ"/"NO" (typed, or a quick-reply button) to a casting invitation moves
-- the model_castings row from invited to confirmed/declined in the same
-- transaction that records the message.

/*---------------------------------------------------------- phone numbers */

create or replace function app_private.whatsapp_number(phone text) returns text
  language sql immutable parallel safe
  set search_path to pg_catalog, public, pg_temp
as $$
  select case when length(d) between 8 and 15 then d end
    from (select case
                   when btrim(phone) !~ '^\+' and regexp_replace(phone, '[^0-9]', '', 'g') ~ '^00'
                     then substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
                   when btrim(phone) !~ '^\+' and regexp_replace(phone, '[^0-9]', '', 'g') ~ '^3[0-9]{9}$'
                     then '57' || regexp_replace(phone, '[^0-9]', '', 'g')
                   else regexp_replace(phone, '[^0-9]', '', 'g')
                 end as d) n;
$$;
comment on function app_private.whatsapp_number(text) is
  'A phone number as WhatsApp writes it (wa_id): digits with the country code; a Colombian mobile written nationally (10 digits starting with 3) gets 57, a leading 00 is dropped. Null when it cannot be a number (E.164: 8 to 15 digits). Twin of whatsappNumber in tasks/outbox/channels/whatsapp.ts.';

create index if not exists talent_contacts_whatsapp_number_idx
  on app_public.talent_contacts (app_private.whatsapp_number(phone));
create index if not exists talent_contacts_guardian_whatsapp_number_idx
  on app_public.talent_contacts (app_private.whatsapp_number(guardian_phone));

/*--------------------------------------------------------------- templates */

create table if not exists app_public.whatsapp_templates (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  purpose text not null check (purpose in ('casting_invitation', 'casting_reminder', 'call_sheet')),
  name text not null check (name ~ '^[a-z0-9_]+$' and length(name) <= 512),
  language_code text not null default 'es_CO'
    check (language_code in ('es_CO', 'es', 'es_AR', 'es_ES', 'es_MX', 'en', 'en_US', 'en_GB')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, purpose)
);
comment on table app_public.whatsapp_templates is
  'The WhatsApp message templates an organization had approved in its WhatsApp Manager, per purpose. Without a row FashionOS sends the default (casting_invitation: invitacion_casting, es_CO). Owners and admins keep them; every member reads them.';
comment on column app_public.whatsapp_templates.id is 'Unique identifier of the template setting.';
comment on column app_public.whatsapp_templates.organization_id is 'The organization.';
comment on column app_public.whatsapp_templates.purpose is 'What the template is for: casting_invitation (body {{1}} name, {{2}} event, {{3}} date; quick-reply buttons Sí / No), casting_reminder, call_sheet.';
comment on column app_public.whatsapp_templates.name is 'The template''s name exactly as approved by Meta (lower case letters, digits and underscores).';
comment on column app_public.whatsapp_templates.language_code is 'The language it was approved in, as Meta writes it: es_CO, es, es_AR, es_ES, es_MX, en, en_US or en_GB.';
comment on column app_public.whatsapp_templates.created_at is 'When it was added.';
comment on column app_public.whatsapp_templates.updated_at is 'When it was last changed.';
drop trigger if exists _100_timestamps on app_public.whatsapp_templates;
create trigger _100_timestamps before insert or update on app_public.whatsapp_templates
  for each row execute function app_private.tg__timestamps();

create or replace function app_private.whatsapp_template(organization uuid, purpose text,
                                                         out name text, out language_code text)
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select coalesce(t.name, d.name), coalesce(t.language_code, d.language_code)
    from (values ('casting_invitation', 'invitacion_casting', 'es_CO'),
                 ('casting_reminder', 'recordatorio_casting', 'es_CO'),
                 ('call_sheet', 'hoja_de_llamado', 'es_CO')) d(purpose, name, language_code)
    left join app_public.whatsapp_templates t
      on t.organization_id = whatsapp_template.organization and t.purpose = d.purpose
   where d.purpose = whatsapp_template.purpose;
$$;
comment on function app_private.whatsapp_template(uuid, text) is
  'The template name and language an organization sends for a purpose: its own row in whatsapp_templates, else the default.';

/*----------------------------------------------------- inbound, once each */

create table if not exists app_private.whatsapp_inbound (
  provider_message_id text primary key check (length(provider_message_id) between 1 and 200),
  from_number text not null check (from_number ~ '^[0-9]{8,15}$'),
  phone_number_id text check (length(phone_number_id) <= 40),
  message_type text not null check (length(message_type) <= 40),
  sent_at timestamptz not null,
  received_at timestamptz not null default now(),
  outcome text not null check (outcome in ('casting_confirmed', 'casting_declined', 'opt_out', 'inbox', 'unmatched')),
  organization_id uuid references app_public.organizations on delete set null
);
create index if not exists whatsapp_inbound_from_number_sent_at_idx
  on app_private.whatsapp_inbound (from_number, sent_at desc);
create index if not exists whatsapp_inbound_organization_id_idx on app_private.whatsapp_inbound (organization_id);
comment on table app_private.whatsapp_inbound is
  'Every message Meta delivered to POST /webhooks/whatsapp, once per wamid (a replay finds its row and changes nothing). It opens the 24-hour customer-service window for its number. unmatched: from a number that is no one''s contact (kept here for the operator; no organization may read it).';

create or replace function app_private.whatsapp_window_open(number text) returns boolean
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select exists (select 1 from app_private.whatsapp_inbound i
                  where i.from_number = app_private.whatsapp_number(whatsapp_window_open.number)
                    and i.sent_at > now() - interval '24 hours');
$$;
comment on function app_private.whatsapp_window_open(text) is
  'Whether free text may be sent to the number: WhatsApp''s customer-service window is open for 24 hours after the person''s last message. Outside it only an approved template may be sent (Meta answers 131047 otherwise).';

create table if not exists app_private.whatsapp_opt_outs (
  number text primary key check (number ~ '^[0-9]{8,15}$'),
  opted_out_at timestamptz not null default now(),
  provider_message_id text check (length(provider_message_id) <= 200)
);
comment on table app_private.whatsapp_opt_outs is
  'Numbers that wrote PARAR (or STOP, BAJA) on WhatsApp: nothing more is sent to them on WhatsApp (Ley 1581: the right to revoke, honoured at once), whichever organization has them as a contact. Recorded in the same transaction as the message.';

/*------------------------------------------------------------------ inbox */

create table if not exists app_public.inbox_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  channel text not null default 'whatsapp' check (channel = any (array['whatsapp'])),
  provider_message_id text unique check (length(provider_message_id) between 1 and 200),
  event_id uuid,
  talent_id uuid,
  model_casting_id uuid references app_public.model_castings on delete set null,
  sender_name text check (length(sender_name) <= 200),
  sender_number_masked text check (length(sender_number_masked) <= 200),
  message_type text not null check (message_type = any (array['text', 'button', 'interactive', 'image', 'audio', 'video',
                                                              'document', 'sticker', 'location', 'contacts', 'reaction',
                                                              'order', 'unknown'])),
  body text check (length(body) <= 4096),
  action text check (action in ('casting_confirmed', 'casting_declined', 'opt_out')),
  sent_at timestamptz not null,
  read_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete set null (event_id),
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete set null (talent_id)
);
create index if not exists inbox_messages_organization_id_sent_at_idx on app_public.inbox_messages (organization_id, sent_at desc);
create index if not exists inbox_messages_event_id_organization_id_idx on app_public.inbox_messages (event_id, organization_id);
create index if not exists inbox_messages_talent_id_organization_id_idx on app_public.inbox_messages (talent_id, organization_id);
create index if not exists inbox_messages_model_casting_id_idx on app_public.inbox_messages (model_casting_id);
comment on table app_public.inbox_messages is
  E'@omit create,delete\nReplies that reached the organization on WhatsApp: each message from one of its contacts, with what FashionOS did with it (action: a casting confirmed or declined, an opt-out) or nothing, when a person must read it. Owners, admins, producers and casting staff read it; the full number stays in the contact (only the last four digits here).';
comment on column app_public.inbox_messages.id is 'Unique identifier of the message.';
comment on column app_public.inbox_messages.organization_id is 'The organization it reached.';
comment on column app_public.inbox_messages.channel is 'whatsapp.';
comment on column app_public.inbox_messages.provider_message_id is 'WhatsApp''s id of the message (wamid); cleared when the person is erased.';
comment on column app_public.inbox_messages.event_id is 'The event of the conversation, when it answers an invitation.';
comment on column app_public.inbox_messages.talent_id is 'The person from the roster who wrote, when the number is theirs (or their guardian''s).';
comment on column app_public.inbox_messages.model_casting_id is 'The casting invitation it answers, if any.';
comment on column app_public.inbox_messages.sender_name is 'The name on the sender''s WhatsApp profile.';
comment on column app_public.inbox_messages.sender_number_masked is 'The sender''s number with all but the last four digits hidden (+57 ••• ••• 4567).';
comment on column app_public.inbox_messages.message_type is 'WhatsApp''s message type: text, button (a template''s quick reply), interactive, image, audio, video, document, sticker, location, contacts, reaction, order, or unknown.';
comment on column app_public.inbox_messages.body is 'The text, the button''s label, or a caption; null for media without one.';
comment on column app_public.inbox_messages.action is 'What FashionOS did: casting_confirmed, casting_declined, opt_out; null: nothing, a person should answer.';
comment on column app_public.inbox_messages.sent_at is 'When the person sent it (WhatsApp''s timestamp, UTC).';
comment on column app_public.inbox_messages.read_at is 'When someone of the organization marked it read; null: unread.';
comment on column app_public.inbox_messages.created_at is 'When it arrived.';
comment on column app_public.inbox_messages.updated_at is 'When it was last changed.';
comment on constraint inbox_messages_event_id_organization_id_fkey on app_public.inbox_messages is '@fieldName event
@foreignFieldName inboxMessages';
comment on constraint inbox_messages_talent_id_organization_id_fkey on app_public.inbox_messages is '@fieldName talent
@foreignFieldName inboxMessages';
comment on constraint inbox_messages_model_casting_id_fkey on app_public.inbox_messages is '@fieldName modelCasting
@foreignFieldName inboxMessages';
drop trigger if exists _100_timestamps on app_public.inbox_messages;
create trigger _100_timestamps before insert or update on app_public.inbox_messages
  for each row execute function app_private.tg__timestamps();

create or replace function app_private.mask_number(number text) returns text
  language sql immutable parallel safe
  set search_path to pg_catalog, public, pg_temp
as $$
  select case when number is null then null
              when number ~ '^57[0-9]{10}$' then '+57 ••• ••• ' || right(number, 4)
              else '+' || left(number, 2) || ' ••• ' || right(number, 4) end;
$$;
comment on function app_private.mask_number(text) is 'A WhatsApp number with all but its country code and last four digits hidden, for the inbox.';

/*-------------------------------------------------- applying one message */

create or replace function app_private.whatsapp_answer(text text) returns text
  language sql immutable parallel safe
  set search_path to pg_catalog, public, pg_temp
as $$
  select case regexp_replace(app_private.fold(coalesce(text, '')), '[^a-z]', '', 'g')
           when 'si' then 'yes'
           when 'no' then 'no'
           when 'parar' then 'stop'
           when 'stop' then 'stop'
           when 'baja' then 'stop'
         end;
$$;
comment on function app_private.whatsapp_answer(text) is
  'What a short reply means: "SÍ", "Si", "sí." → yes; "NO" → no; "PARAR", "STOP", "BAJA" → stop (opt-out); anything else null (a person reads it). Case, accents, spaces and punctuation do not matter; nothing else may be in the message.';

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

  -- Whose inbox: the casting's organization, else the organization that has this sender as a contact
  -- (the one that spoke to the person last, when several do).
  if casting.id is not null then
    org := casting.organization_id;
    select t.id, t.organization_id into talent_row from app_public.talent t where t.id = casting.talent_id;
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
  end if;

  -- A question from someone cast for an upcoming event belongs to that event's conversation.
  if casting.id is null and talent_row.id is not null then
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
  'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once; "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer from invited to confirmed/declined with responded_at; the message lands in the inbox of the organization that has the number as a contact (with what was done), or, from a number that is no one''s, only in app_private.whatsapp_inbound. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';

create or replace function app_public.mark_inbox_messages_read(ids uuid[]) returns setof app_public.inbox_messages
  language sql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
  update app_public.inbox_messages m set read_at = coalesce(m.read_at, now())
   where m.id = any(mark_inbox_messages_read.ids[1:500])
  returning m.*;
$$;
comment on function app_public.mark_inbox_messages_read(uuid[]) is
  'Marks inbox messages read (at most 500 ids; those you cannot read are left alone). Owners, admins, producers and casting staff.';

/*------------------------------------------------ statuses and the outbox */

create or replace function app_private.apply_whatsapp_status(
  provider_message_id text, status text, at timestamptz, error_code text, error_title text
) returns jsonb
  language plpgsql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
declare
  message_id uuid;
begin
  -- Meta's statuses: sent, delivered, read, failed (and deleted / warning, which move nothing).
  if apply_whatsapp_status.status not in ('sent', 'delivered', 'read', 'failed') then
    return jsonb_build_object('outcome', 'ignored');
  end if;
  message_id := app_private.outbox_record_event('whatsapp', apply_whatsapp_status.provider_message_id,
                                                apply_whatsapp_status.status, least(apply_whatsapp_status.at, now()),
                                                nullif(concat_ws(': ', apply_whatsapp_status.error_code,
                                                                 apply_whatsapp_status.error_title), ''));
  return jsonb_strip_nulls(jsonb_build_object('outcome', case when message_id is null then 'unknown_message' else 'applied' end,
                                              'messageId', message_id));
end;
$$;
comment on function app_private.apply_whatsapp_status(text, text, timestamptz, text, text) is
  'Applies one status from the WhatsApp webhook (sent, delivered, read, failed with its Graph error) to the outbox row with that wamid through app_private.outbox_record_event: statuses only move forward, so a late "delivered" after "read" changes nothing. Idempotent; {outcome: applied | unknown_message | ignored}.';

create or replace function app_private.tg_outbound_messages__whatsapp() returns trigger
  language plpgsql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
declare
  purpose text := case new.template_key when 'casting_invitation' then 'casting_invitation'
                                        when 'call_sheet' then 'call_sheet'
                                        when 'reminder' then 'casting_reminder' end;
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
  'A WhatsApp message carries what the channel needs in variables.whatsapp: the organization''s approved template for its template_key (casting_invitation, call_sheet, reminder; none: free text, only inside the 24-hour window) and, for a casting invitation, the casting its quick-reply buttons answer.';
drop trigger if exists _200_whatsapp on app_public.outbound_messages;
create trigger _200_whatsapp before insert on app_public.outbound_messages
  for each row execute function app_private.tg_outbound_messages__whatsapp();

create or replace function app_public.model_castings_whatsapp_status(casting app_public.model_castings) returns text
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select m.status from app_public.outbound_messages m
   where m.cause_kind = 'casting_invitation' and m.cause_id = casting.id and m.channel = 'whatsapp'
     and m.organization_id = casting.organization_id
     and casting.organization_id = any(app_public.current_organization_ids())
   order by m.created_at desc limit 1;
$$;
comment on function app_public.model_castings_whatsapp_status(app_public.model_castings) is
  'Where the casting invitation on WhatsApp is: queued, sending, sent, delivered, read, failed, suppressed (no consent, an opt-out or no number) or cancelled; null when none was sent. Only the state, never the number: whoever reads the casting reads it.';
