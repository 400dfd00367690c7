--! Previous: sha1:bce31d49bf756121310944466093acb5f8ac8e4e
--! Hash: sha1:afb17132882f24b7b68ae104c7f4632619e0f04a
--! Message: No lock before the caller is known to belong: update_casting_status, reorder_runway_slots, approve/discard_email_draft and erase_talent locked another agency's row before refusing

-- Tables: none
--
-- No lock before the caller is known to belong (lock-before-authorise). update_casting_status,
-- reorder_runway_slots, approve_email_draft, discard_email_draft and erase_talent took the row named by
-- their id FOR UPDATE and only then checked that it belonged to one of the caller's organizations. A
-- member of agency B calling them with agency A's ids queued on A's row locks (each request holding an API
-- connection while A's transaction lasted, and learning from the wait that the id exists and is being
-- written) and, between lock and refusal, held A's writers up. Now the locking query itself filters on
-- the caller's organizations: another agency's row is never locked, and the answer (NOT_FOUND) is the one
-- a missing id gets. test/lock-before-authorise.test.ts calls every callable function with another
-- agency's ids and fails on any refusal that locked or wrote first.

create or replace function app_public.update_casting_status(id uuid, status text)
 RETURNS app_public.model_castings
 LANGUAGE plpgsql
 STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
  casting app_public.model_castings;
begin
  -- Only a row of the caller's own organizations is locked: another agency's id is refused before any
  -- lock is taken, so its calls neither wait behind that agency's writes nor hold them up.
  select * into casting from app_public.model_castings c where c.id = update_casting_status.id
     and c.organization_id = any(app_public.current_organization_ids()) for update;
  if casting.id is null then
    raise exception 'That casting does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(casting.organization_id, '{owner,admin,producer,casting}');
  if update_casting_status.status not in ('invited', 'confirmed', 'declined', 'backup', 'suggested') then
    raise exception 'Unknown casting status "%".', update_casting_status.status using errcode = 'INVAL';
  end if;
  update app_public.model_castings c
     set status = update_casting_status.status,
         responded_at = case when update_casting_status.status in ('confirmed', 'declined') then now() else c.responded_at end
   where c.id = casting.id
   returning * into casting;
  return casting;
end;
$function$

;

create or replace function app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[])
 RETURNS app_public.runway_schedules
 LANGUAGE plpgsql
 STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
  schedule app_public.runway_schedules;
  expected int;
begin
  -- Only a row of the caller's own organizations is locked: another agency's id is refused before any
  -- lock is taken, so its calls neither wait behind that agency's writes nor hold them up.
  select * into schedule from app_public.runway_schedules s where s.id = reorder_runway_slots.schedule_id
     and s.organization_id = any(app_public.current_organization_ids()) for update;
  if schedule.id is null then
    raise exception 'That run of show does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(schedule.organization_id, '{owner,admin,producer}');
  if cardinality(look_ids) > 1000 then
    raise exception 'A run of show holds at most 1000 looks.' using errcode = 'INVAL';
  end if;
  select count(*) into expected from app_public.looks l where l.event_id = schedule.event_id;
  -- Exactly the event's looks, each once.
  if cardinality(look_ids) <> expected
     or (select count(distinct x) from unnest(look_ids) x) <> expected
     or exists (select 1 from unnest(look_ids) x
                 where not exists (select 1 from app_public.looks l where l.id = x and l.event_id = schedule.event_id)) then
    raise exception 'The order must list every look of the event exactly once.' using errcode = 'INVAL';
  end if;

  delete from app_public.runway_slots s where s.schedule_id = schedule.id;
  -- Times from the current looks and settings: walk k+1 enters gap seconds after walk k ends.
  insert into app_public.runway_slots (schedule_id, sequence, look_id, talent_id, walk_starts_at, walk_seconds)
  select schedule.id, o.n, l.id, l.talent_id,
         make_interval(secs => coalesce(sum(coalesce(l.walk_seconds, schedule.default_walk_seconds) + schedule.gap_seconds)
                                          over (order by o.n rows between unbounded preceding and 1 preceding), 0)),
         coalesce(l.walk_seconds, schedule.default_walk_seconds)
    from unnest(look_ids) with ordinality o(look_id, n)
    join app_public.looks l on l.id = o.look_id;

  -- The order now reflects the current looks: what changed since solving no longer applies to it;
  -- what it breaks shows on each slot (runway_slots_warnings).
  update app_public.runway_schedules s
     set edited_at = now(), stale_at = null, stale_reasons = '[]'
   where s.id = schedule.id
   returning * into schedule;
  return schedule;
end;
$function$

;

create or replace function app_public.approve_email_draft(id uuid)
 RETURNS app_public.email_drafts
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
  draft app_public.email_drafts;
  person record;
  n int := 0;
  content jsonb;
begin
  -- Only a row of the caller's own organizations is locked: another agency's id is refused before any
  -- lock is taken, so its calls neither wait behind that agency's writes nor hold them up.
  select * into draft from app_public.email_drafts d where d.id = approve_email_draft.id
     and d.organization_id = any(app_public.current_organization_ids()) for update;
  if draft.id is null then
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
$function$

;

create or replace function app_public.discard_email_draft(id uuid)
 RETURNS app_public.email_drafts
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
  draft app_public.email_drafts;
begin
  -- Only a row of the caller's own organizations is locked: another agency's id is refused before any
  -- lock is taken, so its calls neither wait behind that agency's writes nor hold them up.
  select * into draft from app_public.email_drafts d where d.id = discard_email_draft.id
     and d.organization_id = any(app_public.current_organization_ids()) for update;
  if draft.id is null then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status not in ('draft', 'failed', 'writing') then
    raise exception 'An approved draft cannot be discarded.' using errcode = 'CONFL';
  end if;
  update app_public.email_drafts d set status = 'discarded' where d.id = draft.id returning * into draft;
  return draft;
end;
$function$

;

create or replace function app_public.erase_talent(id uuid)
 RETURNS app_public.talent
 LANGUAGE plpgsql
 STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
  person app_public.talent;
  names text[];
  target record;
  assignments text;
begin
  -- Only a row of the caller's own organizations is locked: another agency's id is refused before any
  -- lock is taken, so its calls neither wait behind that agency's writes nor hold them up.
  select * into person from app_public.talent t where t.id = erase_talent.id
     and t.organization_id = any(app_public.current_organization_ids()) for update;
  -- Another organization's person is answered exactly like a missing one.
  if person.id is null then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(person.organization_id, '{owner,admin,casting}');
  names := array_remove(array[person.full_name, person.stage_name], null);
  if person.erased_at is not null then
    names := '{}';
  end if;

  delete from app_public.talent_contacts c where c.talent_id = person.id;
  delete from app_public.talent_availability a where a.talent_id = person.id;
  -- Their photos: the rows, the files (tg__release_file) and, once this
  -- transaction commits, the stored objects (delete_stored_files).
  delete from app_public.talent_photos p where p.talent_id = person.id;
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      -- Consent given is withdrawn; consent never given stays never given
      -- (talent_consent_revoked_after_granted).
      consent_purposes = '{}',
      consent_revoked_at = case when t.consent_granted_at is not null
                                then coalesce(t.consent_revoked_at, greatest(now(), t.consent_granted_at)) end,
      erased_at = coalesce(t.erased_at, now())
   where t.id = person.id
   returning * into person;

  for target in select * from app_private.talent_reference_columns() loop
    execute format('update %s set %s where %I = $1', target.table_name, target.assignments, target.key_column)
      using person.id;
  end loop;

  for target in select * from app_private.ai_record_columns() loop
    execute format(
      'update %1$s set %2$I = %3$s where organization_id = $3 and app_private.mentions_person(%2$I::text, $1, $2)',
      target.table_name, target.column_name,
      case when target.is_json then format('app_private.redact_person(%I, $1, $2)', target.column_name)
           else format('app_private.redact_person_text(%I, $1, $2)', target.column_name) end)
      using person.id, names, person.organization_id;
  end loop;
  return person;
end;
$function$

;
