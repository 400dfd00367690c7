--! Previous: sha1:90eb824069689fce21ae46976ce136ea516f3507
--! Hash: sha1:464f3b1bd65ebb2a396dbbfd6209318eb9d9fec2
--! Message: Privilege and isolation faults as kinds: no function locks a row before it knows the caller belongs (update_casting_status, reorder_runway_slots, approve/discard_email_draft, erase_talent); tier_counts granted to nobody, the tier's computed columns run as their owner for tiers the caller reads; money only for owners, admins and producers (a health report's budget check and summary through computed columns)

-- Tables: app_public.event_health_reports, app_public.event_budgets, app_public.sponsors, app_public.vendors, app_public.vendor_recommendations
--
-- Privilege and isolation faults, each fixed as a kind (three parts below): no function locks a row before it
-- knows the caller belongs; request roles execute nothing outside app_public without a listed reason; money only
-- for owners, admins and producers.

-- ==== 1. No lock before the caller is known to belong ====
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

-- ==== 2. Functions outside app_public: tier_counts ====

-- Functions outside app_public that request roles may execute are a short list with a reason each
-- (test/function-grants.test.ts). app_private.tier_counts(tier_id) was granted to visitors and members
-- because the tier's computed columns (availableCount, paidCount, reservedCount) ran as the caller and
-- called it; it runs as its owner, so anyone could ask for any tier's paid and reserved tickets by id,
-- another agency's private or draft event included. The three computed columns now run as their owner
-- themselves and answer only for a tier the caller may read, taken from the stored row (the
-- argument's id and organization_id must match it, as in 000033): availableCount for the tier's
-- organization's members and, on a published public event, for anyone; paidCount and reservedCount for
-- the organization's members. tier_counts is granted to nobody. app_private.organization_day(org, day)
-- stays a member's, running as its owner: it answers an organization's time zone, which every published
-- event shows anyway, and the roster's availability filter calls it once per availability row (as the
-- caller, row-level security on organizations made that filter about six times slower).

create or replace function app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select greatest(t.quantity - c.paid - c.reserved, 0)
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and (t.organization_id = any(app_public.current_organization_ids())
          or exists (select 1 from app_public.events e
                      where e.id = t.event_id and e.status = 'published' and e.is_public));
$$;
comment on function app_public.ticket_tiers_available_count(app_public.ticket_tiers) is
  'Tickets on sale now: quantity minus paid tickets and live reservations (lapsed ones count as free already). For the organization''s members and, on a published public event, for anyone; null for a tier the caller may not read.';

create or replace function app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select c.paid
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and t.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.ticket_tiers_paid_count(app_public.ticket_tiers) is
  'Tickets sold and paid (or free and confirmed). For the organization''s members; null for anyone else.';

create or replace function app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select c.reserved
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and t.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.ticket_tiers_reserved_count(app_public.ticket_tiers) is
  'Tickets held by reservations that have not lapsed, waiting for payment. For the organization''s members; null for anyone else.';

comment on function app_private.tier_counts(uuid) is
  'Paid tickets and tickets in live reservations of a tier, for any tier: granted to no request role (the tier''s computed columns call it as its owner after checking the caller may read the tier).';

-- ==== 3. Money only for owners, admins and producers ====

-- Money is for the roles that handle it (owners, admins, producers), not for casting staff or viewers (nor door
-- staff, issue 18). Sponsors' amounts, vendors' price ranges, agreed prices and the planned budget sit in tables
-- whose select policies now leave casting staff and viewers out (db/rls: sponsors, vendors,
-- vendor_recommendations, event_budgets; the runs of Vendor Coordination and Event Health in agent_runs), so
-- PostgreSQL enforces it for every query. An Event Health report is read by every member (its casting, looks and
-- run-of-show checks are everyone's work), but its budget check states the committed and planned amounts and its
-- summary is written from every check: the report's checks and summary are read through computed columns that
-- leave the budget check out, and the summary null, for the roles without money. The stored columns are kept
-- out of the API (@behavior -*), so the GraphQL fields `checks` and `summary` keep their names.

comment on column app_public.event_health_reports.checks is E'@behavior -*\nThe checks, worst first (read through event_health_reports_checks, which leaves the budget check out for the roles that do not read money).';
comment on column app_public.event_health_reports.summary is E'@behavior -*\nThe Event Health agent''s short summary in es-CO of these checks; null until it answers, and cleared when the checks change. Never used to compute a check. Read through event_health_reports_summary.';

create or replace function app_public.event_health_reports_checks(report app_public.event_health_reports) returns jsonb
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select case
    when app_private.has_org_role(report.organization_id, '{owner,admin,producer}') then report.checks
    when jsonb_typeof(report.checks) <> 'array' then '[]'::jsonb
    else coalesce((select jsonb_agg(c order by n) from jsonb_array_elements(report.checks) with ordinality x(c, n)
                    where c ->> 'code' is distinct from 'budget'), '[]'::jsonb)
  end;
$$;
comment on function app_public.event_health_reports_checks(app_public.event_health_reports) is
  E'@behavior -filterBy -orderBy -aggregate\nThe checks, worst first: objects {key, code, severity (red, amber, green), titleCode, title, nextStepCode, nextStep, facts}. code is the kind of check: casting, looks_without_model, run_of_show, venue, vendor, ticket_sales, payments, ai_errors, budget; key is unique within a report (e.g. vendor:sound). titleCode and nextStepCode are stable message codes for any language, with facts as their parameters (counts, daysLeft, brief, category, sold, capacity, share and pastShare as ratios, spentCop and plannedCop in COP whole pesos…); title and nextStep are the same messages in es-CO. titleCode: casting.complete, casting.missing, looks.none, looks.all_cast, looks.missing, run_of_show.missing, run_of_show.infeasible, run_of_show.stale, run_of_show.fresh, venue.missing, vendor.booked, vendor.quoting, vendor.missing, ticket_sales.sold, ticket_sales.sold_vs_past, payments.open, ai_errors.rate, budget.unplanned, budget.committed. nextStepCode: none, casting.ask_agent, looks.upload, looks.assign, run_of_show.solve, run_of_show.fix_changes, run_of_show.solve_again, venue.confirm, vendor.recommend, ticket_sales.promote, payments.review_declined, payments.pending_expire, ai_errors.review, budget.plan, budget.over, budget.near. Reports computed before the codes existed have title and nextStep only. The budget check (code budget: amounts in COP) is only for owners, admins and producers: casting staff and viewers get the other checks.';

create or replace function app_public.event_health_reports_summary(report app_public.event_health_reports) returns text
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select case when app_private.has_org_role(report.organization_id, '{owner,admin,producer}') then report.summary end;
$$;
comment on function app_public.event_health_reports_summary(app_public.event_health_reports) is
  E'@behavior -filterBy -orderBy -aggregate\nThe Event Health agent''s short summary in es-CO of the checks; null until it answers, and cleared when the checks change. Never used to compute a check. Written from every check, the budget''s included, so only for owners, admins and producers: null for casting staff and viewers.';

comment on table app_public.event_budgets is
  'An event''s planned budget for suppliers, apart from the event because it is money: owners, admins and producers read and write it; casting staff, viewers and door staff never see it. Event Health compares the agreed prices of booked vendors with it. One per event; no row: not planned yet.';
comment on table app_public.sponsors is
  'Brands supporting an event, with money or in kind. Their deals are money: owners, admins and producers only.';
comment on table app_public.vendors is
  'Suppliers an organization works with: catering, lighting, sound, staging and more. Their prices are money: owners, admins and producers only.';
comment on table app_public.vendor_recommendations is
  'A vendor suggested for an event, and what became of it (its agreed price is money): owners, admins and producers only.';
