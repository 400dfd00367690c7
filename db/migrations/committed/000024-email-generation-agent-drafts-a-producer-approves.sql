--! Previous: sha1:c8bda515d275b894567ca672b63dfea13c148af6
--! Hash: sha1:b821c92d8da249ad06fb015903e697823d964e51
--! Message: Email Generation agent drafts a producer approves

-- Tables: app_public.email_drafts, app_public.agent_runs, app_public.events, app_public.organizations, app_public.profiles

-- The Email Generation agent's drafts (issue 19). A producer asks for an
-- email about an event (request_email_draft: a casting invitation, a call
-- sheet, a confirmation, a reminder, a thank-you) for an audience (the
-- event's invited or confirmed models, or its accepted guests); the agent
-- (or, without AI_API_KEY, the deterministic local writer) writes a
-- structured draft — subject, preheader, sections — never HTML; the
-- producer edits it (plain columns, producers only, while it is a draft) and
-- approves it (approve_email_draft): one outbox message per person of the
-- audience, in the same transaction, each checked for consent, rendered to
-- HTML with MJML by the worker (template `structured`).

create table if not exists app_public.email_drafts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  event_id uuid not null,
  kind text not null check (kind in ('casting_invitation', 'call_sheet', 'confirmation', 'reminder', 'thank_you')),
  audience text not null check (audience in ('invited_talent', 'confirmed_talent', 'accepted_guests')),
  locale text not null default 'es-CO' check (locale in ('es-CO', 'en')),
  subject text,
  preheader text,
  sections jsonb,
  status text not null default 'writing' check (status in ('writing', 'draft', 'approved', 'discarded', 'failed')),
  written_by text check (written_by in ('openai', 'local')),
  agent_run_id uuid,
  requested_by uuid references app_public.profiles on delete set null,
  approved_by uuid references app_public.profiles on delete set null,
  approved_at timestamptz,
  recipients int check (recipients >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  constraint email_drafts_event_fk foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  constraint email_drafts_agent_run_fk foreign key (agent_run_id, organization_id) references app_public.agent_runs (id, organization_id) on delete set null (agent_run_id),
  constraint email_drafts_subject_length check (length(subject) between 1 and 200),
  constraint email_drafts_preheader_length check (length(preheader) <= 200),
  -- The shape is checked when the draft is approved (approve_email_draft) and again, with zod, when each
  -- message is rendered; here only the size.
  constraint email_drafts_sections_length check (octet_length(sections::text) <= 20000),
  constraint email_drafts_complete check (status in ('writing', 'failed', 'discarded') or (subject is not null and sections is not null))
);
create index if not exists email_drafts_organization_id_idx on app_public.email_drafts (organization_id);
create index if not exists email_drafts_event_id_idx on app_public.email_drafts (event_id, organization_id);
create index if not exists email_drafts_agent_run_id_idx on app_public.email_drafts (agent_run_id, organization_id);
create index if not exists email_drafts_requested_by_idx on app_public.email_drafts (requested_by);
create index if not exists email_drafts_approved_by_idx on app_public.email_drafts (approved_by);
drop trigger if exists _100_timestamps on app_public.email_drafts;
create trigger _100_timestamps before insert or update on app_public.email_drafts
  for each row execute function app_private.tg__timestamps();
drop trigger if exists _060_requested_by_is_member on app_public.email_drafts;
create trigger _060_requested_by_is_member before insert or update of requested_by on app_public.email_drafts
  for each row execute function app_private.tg__person_is_member('requested_by');
drop trigger if exists _060_approved_by_is_member on app_public.email_drafts;
create trigger _060_approved_by_is_member before insert or update of approved_by on app_public.email_drafts
  for each row execute function app_private.tg__person_is_member('approved_by');

comment on table app_public.email_drafts is 'An email about an event written by the Email Generation agent (or the local writer) as structure — subject, preheader, sections — for a producer to edit and approve; approving sends it through the outbox to every person of the audience with consent. Producers, admins and owners.';
comment on column app_public.email_drafts.id is 'The draft; its messages have cause email_draft and this id.';
comment on column app_public.email_drafts.organization_id is 'The organization.';
comment on column app_public.email_drafts.event_id is 'The event it is about.';
comment on column app_public.email_drafts.kind is 'casting_invitation, call_sheet (time and place), confirmation, reminder or thank_you.';
comment on column app_public.email_drafts.audience is 'Who receives it: invited_talent or confirmed_talent (the event''s castings in that status), accepted_guests (RSVPs accepted).';
comment on column app_public.email_drafts.locale is 'es-CO or en.';
comment on column app_public.email_drafts.subject is 'The subject (1–200 characters).';
comment on column app_public.email_drafts.preheader is 'The line mail clients show after the subject (≤ 200 characters).';
comment on column app_public.email_drafts.sections is 'The body: [{heading?, paragraphs: [text, …] (1–8), button?: {label, href (http/https)}}] (1–8 sections). "{{nombre}}" in a paragraph becomes each person''s name.';
comment on column app_public.email_drafts.status is 'writing (the agent is at work) → draft (editable) → approved (sent to the outbox); or discarded, failed (the agent could not write it).';
comment on column app_public.email_drafts.written_by is 'openai (a model) or local (the deterministic writer, without AI).';
comment on column app_public.email_drafts.agent_run_id is 'The Email Generation run that wrote it.';
comment on column app_public.email_drafts.requested_by is 'Who asked for it.';
comment on column app_public.email_drafts.approved_by is 'Who approved it.';
comment on column app_public.email_drafts.approved_at is 'When it was approved (UTC).';
comment on column app_public.email_drafts.recipients is 'Messages enqueued when it was approved (people with and without consent; the ones without are suppressed).';
comment on column app_public.email_drafts.created_at is 'When it was requested.';
comment on column app_public.email_drafts.updated_at is 'Last change.';

create or replace function app_public.request_email_draft(event_id uuid, kind text, audience text, locale text default 'es-CO')
returns app_public.email_drafts language plpgsql volatile security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
  run app_public.agent_runs;
  draft app_public.email_drafts;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events x where x.id = request_email_draft.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  if kind is null or kind not in ('casting_invitation', 'call_sheet', 'confirmation', 'reminder', 'thank_you') then
    raise exception 'Unknown email kind.' using errcode = '23514';
  end if;
  if audience is null or audience not in ('invited_talent', 'confirmed_talent', 'accepted_guests') then
    raise exception 'Unknown audience.' using errcode = '23514';
  end if;
  perform app_private.check_agent_limits(e.organization_id);
  insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
  values (e.organization_id, e.id, 'email_generation', app_public.current_profile_id(),
          jsonb_build_object('eventId', e.id, 'kind', kind, 'audience', audience, 'locale', coalesce(locale, 'es-CO')))
  returning * into run;
  insert into app_public.email_drafts (organization_id, event_id, kind, audience, locale, agent_run_id, requested_by)
  values (e.organization_id, e.id, kind, audience, coalesce(locale, 'es-CO'), run.id, app_public.current_profile_id())
  returning * into draft;
  perform graphile_worker.add_job('email_generation', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return draft;
end;
$$;
comment on function app_public.request_email_draft(uuid, text, text, text) is
  'Asks the Email Generation agent for a draft about an event (producer, admin, owner): kind casting_invitation, call_sheet, confirmation, reminder or thank_you; audience invited_talent, confirmed_talent or accepted_guests; locale es-CO (default) or en. Returns the draft (status writing); the run fills it in (agent_runs.input: {eventId: uuid, kind: string, audience: string, locale: string}). Over the agent request limit: RATE_LIMITED.';

create or replace function app_public.approve_email_draft(id uuid) returns app_public.email_drafts
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  draft app_public.email_drafts;
  person record;
  n int := 0;
  content jsonb;
begin
  select * into draft from app_public.email_drafts d where d.id = approve_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status <> 'draft' then
    raise exception 'Only a draft can be approved.' using errcode = 'CONFL';
  end if;
  if jsonb_typeof(draft.sections) <> 'array' or jsonb_array_length(draft.sections) not between 1 and 8
     or exists (select 1 from jsonb_array_elements(draft.sections) s
                 where jsonb_typeof(s) <> 'object' or jsonb_typeof(s -> 'paragraphs') <> 'array'
                    or jsonb_array_length(s -> 'paragraphs') not between 1 and 8
                    or exists (select 1 from jsonb_array_elements(s -> 'paragraphs') p
                                where jsonb_typeof(p) <> 'string' or length(p #>> '{}') not between 1 and 2000)) then
    raise exception 'The body must be 1 to 8 sections, each with 1 to 8 paragraphs of 1 to 2,000 characters.' using errcode = '23514';
  end if;
  content := jsonb_build_object('subject', draft.subject, 'preheader', coalesce(draft.preheader, ''), 'sections', draft.sections);
  for person in
    select 'talent' as kind, c.talent_id as id, coalesce(t.stage_name, t.full_name) as name
      from app_public.model_castings c join app_public.talent t on t.id = c.talent_id
     where c.event_id = draft.event_id and draft.audience in ('invited_talent', 'confirmed_talent')
       and c.status = case draft.audience when 'invited_talent' then 'invited' else 'confirmed' end
    union all
    select 'guest', i.guest_id, g.full_name
      from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.event_id = draft.event_id and draft.audience = 'accepted_guests' and i.status = 'accepted'
  loop
    perform app_private.enqueue_outbound_message(draft.organization_id, 'email', person.kind, person.id, 'structured',
      content || jsonb_build_object('name', person.name),
      case person.kind when 'talent' then 'casting' else 'invitation' end,
      'email_draft', draft.id, draft.event_id, false, draft.locale);
    n := n + 1;
  end loop;
  update app_public.email_drafts d
     set status = 'approved', approved_by = app_public.current_profile_id(), approved_at = now(), recipients = n
   where d.id = draft.id
   returning * into draft;
  return draft;
end;
$$;
comment on function app_public.approve_email_draft(uuid) is 'Approves a draft (producer, admin, owner) and sends it, in this transaction, through the outbox to every person of its audience (each checked for consent; without it the message is suppressed); returns it with recipients. Not a draft: CONFLICT.';

create or replace function app_public.discard_email_draft(id uuid) returns app_public.email_drafts
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  draft app_public.email_drafts;
begin
  select * into draft from app_public.email_drafts d where d.id = discard_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status not in ('draft', 'failed', 'writing') then
    raise exception 'An approved draft cannot be discarded.' using errcode = 'CONFL';
  end if;
  update app_public.email_drafts d set status = 'discarded' where d.id = draft.id returning * into draft;
  return draft;
end;
$$;
comment on function app_public.discard_email_draft(uuid) is 'Discards a draft that was not approved (producer, admin, owner).';

-- GraphQL names of the relations (the outbox's from migration 000021 too).
comment on constraint email_drafts_requested_by_fkey on app_public.email_drafts is '@fieldName requester
@foreignFieldName emailDraftsRequested';
comment on constraint email_drafts_approved_by_fkey on app_public.email_drafts is '@fieldName approver
@foreignFieldName emailDraftsApproved';
comment on constraint email_drafts_event_fk on app_public.email_drafts is '@fieldName event
@foreignFieldName emailDrafts';
comment on constraint email_drafts_agent_run_fk on app_public.email_drafts is '@fieldName agentRun
@foreignFieldName emailDrafts';
comment on constraint outbound_messages_event_fk on app_public.outbound_messages is '@fieldName event
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_talent_fk on app_public.outbound_messages is '@fieldName talent
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_guest_fk on app_public.outbound_messages is '@fieldName guest
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_vendor_fk on app_public.outbound_messages is '@fieldName vendor
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_booking_fk on app_public.outbound_messages is '@fieldName booking
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_profile_id_fkey on app_public.outbound_messages is '@fieldName profile
@foreignFieldName outboundMessages';
comment on constraint communication_opt_outs_talent_fk on app_public.communication_opt_outs is '@fieldName talent
@foreignFieldName communicationOptOuts';
comment on constraint communication_opt_outs_message_id_fkey on app_public.communication_opt_outs is '@fieldName message
@foreignFieldName optOuts';
