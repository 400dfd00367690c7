--! Previous: sha1:2ede8c67ae4fb8cbc40a6992d97e0dd2954a2cbb
--! Hash: sha1:5cf442b31cdfa4211ff8ce2589d775fdf19cf0f0
--! Message: Runway Timing agent

-- Tables: app_public.agent_runs, app_public.runway_schedules
-- Runway Timing agent (issue 17). Tables: agent_runs (one active runway run
-- per event), runway_schedules (the solver's explanation, the producer's
-- notes, hand edits), runway_slots (warnings). Functions:
-- request_runway_timing, reorder_runway_slots, runway_slots_warnings,
-- runway_schedules_unscheduled_looks. Grants and policies: db/rls/events.sql
-- and db/rls/agents.sql.

/*--------------------------------------------------------------------------
 * What the worker writes beside the slots
 *--------------------------------------------------------------------------*/

alter table app_public.runway_schedules
  -- Size bounds only: erase_talent redacts these like every AI record (they may hold any JSON then).
  add column if not exists explanation jsonb check (octet_length(explanation::text) <= 200000),
  add column if not exists notes jsonb check (octet_length(notes::text) <= 50000),
  add column if not exists edited_at timestamptz;
comment on column app_public.runway_schedules.explanation is
  'Why the last solve found no valid run of show (solver_status infeasible, invalid or unknown), written by the Runway Timing agent: {structural: data problems to fix first, conflicts: [{kind quick_change | back_to_back, talentId, fromLookId, toLookId, positions, availableSeconds, requiredSeconds, missingSeconds, message}], missingSeconds, closestOrder: look ids of the order with the fewest seconds missing, remedies: [{rank, kind, message, …}] ranked least disruptive first, each verified to make the show solvable}. Messages in es-CO. Null when the last solve found an order.';
comment on column app_public.runway_schedules.notes is
  'Producer-facing notes in es-CO written by the Runway Timing agent''s model from the solved run of show (it never decides the order): {provider (openai or local: the deterministic local provider, no AI), model, runId, writtenAt, pacing, blocks: [{designerId, designerName, musicCue, notes}], watch: [what to watch backstage]}. Null until written (or when the model failed: see the agent run''s output.notesError).';
comment on column app_public.runway_schedules.edited_at is
  'When a producer last reordered this run of show by hand (reorderRunwaySlots) after it was solved; null: as the solver left it.';

alter table app_public.runway_schedules drop constraint if exists runway_schedules_solver_status_check;
alter table app_public.runway_schedules add constraint runway_schedules_solver_status_check
  check (solver_status in ('optimal', 'feasible', 'infeasible', 'invalid', 'unknown'));
comment on column app_public.runway_schedules.solver_status is
  'optimal (proved best), feasible (valid, best found within the time limit), infeasible (no valid order exists: see explanation), invalid (data to fix first, e.g. a look without a model: see explanation.structural) or unknown (no order found within the time limit, none proved impossible).';

-- A worker that solved for a person erased meanwhile must not write their name back (see tg__forget_erased_talent).
drop trigger if exists _900_forget_erased_talent on app_public.runway_schedules;
create trigger _900_forget_erased_talent before insert or update on app_public.runway_schedules
  for each row execute function app_private.tg__forget_erased_talent();

/*--------------------------------------------------------------------------
 * The request: run + job in the caller's transaction
 *--------------------------------------------------------------------------*/

-- One queued or running Runway Timing run per event (a second request returns it).
drop index if exists app_public.agent_runs_one_active_runway_per_event;
create unique index agent_runs_one_active_runway_per_event on app_public.agent_runs (event_id)
  where agent_type = 'runway_timing' and status in ('queued', 'running');

create or replace function app_public.request_runway_timing(event_id uuid) returns app_public.agent_runs
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  event app_public.events;
  schedule app_public.runway_schedules;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into event from app_public.events e where e.id = request_runway_timing.event_id;
  if event.id is null or not (event.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(event.organization_id, '{owner,admin,producer}');

  select * into run from app_public.agent_runs r
   where r.event_id = event.id and r.agent_type = 'runway_timing' and r.status in ('queued', 'running');
  if run.id is not null then
    return run;
  end if;
  perform app_private.check_agent_limits(event.organization_id);

  -- The run of show solved is the event's latest version; the first request creates it.
  select * into schedule from app_public.runway_schedules s
   where s.event_id = event.id order by s.version desc limit 1;
  if schedule.id is null then
    insert into app_public.runway_schedules (event_id, version, status, starts_at)
      values (event.id, 1, 'draft', event.starts_at)
      on conflict on constraint runway_schedules_event_id_version_key do nothing;
    select * into schedule from app_public.runway_schedules s
     where s.event_id = event.id order by s.version desc limit 1;
  end if;

  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (event.organization_id, event.id, 'runway_timing', app_public.current_profile_id(),
              jsonb_build_object('eventId', event.id, 'scheduleId', schedule.id))
      returning * into run;
  exception when unique_violation then
    -- A concurrent request for the same event won: return its run.
    select * into run from app_public.agent_runs r
     where r.event_id = event.id and r.agent_type = 'runway_timing' and r.status in ('queued', 'running');
    return run;
  end;
  perform graphile_worker.add_job('runway_timing', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;
comment on function app_public.request_runway_timing(uuid) is
  'Asks the Runway Timing agent to solve the event''s run of show (producer, admin, owner). The latest schedule version is solved (version 1 is created, starting at the event''s start, when there is none). The HiGHS solver orders the looks so every quick change fits; the slots and the schedule''s results are written in one transaction; an impossible show is stored with its explanation and ranked remedies; the model then writes es-CO notes. Returns the queued run, or the run already queued or running for the event. Over the agent request limit: RATE_LIMITED; another organization''s event: NOT_FOUND. agent_runs.input: {eventId: uuid, scheduleId: uuid} (tasks/agents/runway-timing.ts, RunwayTimingRequest; one active run per event: the agent_runs_one_active_runway_per_event index on event_id).';

/*--------------------------------------------------------------------------
 * A producer's own order (drag and drop on the Pasarela page)
 *--------------------------------------------------------------------------*/

create or replace function app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[]) returns app_public.runway_schedules
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  schedule app_public.runway_schedules;
  expected int;
begin
  select * into schedule from app_public.runway_schedules s where s.id = reorder_runway_slots.schedule_id for update;
  if schedule.id is null or not (schedule.organization_id = any(app_public.current_organization_ids())) then
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
$$;
comment on function app_public.reorder_runway_slots(uuid, uuid[]) is
  'Saves a producer''s own run of show (producer, admin, owner): lookIds is every look of the event, each once, in walking order. Slots are rewritten with their models and clock offsets recomputed from the current looks and settings; the schedule gets edited_at and is no longer stale; rules the order breaks show as each slot''s warnings (the dashboard checks them before saving). Not every look exactly once: VALIDATION_FAILED; another organization''s schedule: NOT_FOUND.';

/*--------------------------------------------------------------------------
 * What broke: per slot, and looks the run of show does not hold
 *--------------------------------------------------------------------------*/

create or replace function app_public.runway_slots_warnings(slot app_public.runway_slots) returns text[]
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  -- SECURITY DEFINER so every member who reads the slot gets the same warnings (viewers cannot read
  -- castings); the schedule must be one of the caller's organizations.
  select array_remove(array[
    case when slot.look_id is null then 'look_removed' end,
    case when l.id is not null and l.talent_id is distinct from slot.talent_id then 'model_changed' end,
    case when slot.talent_id is not null and not exists (
           select 1 from app_public.model_castings c
            where c.event_id = s.event_id and c.talent_id = slot.talent_id and c.status = 'confirmed')
         then 'model_not_confirmed' end,
    case when p.walk_end is not null
          and extract(epoch from slot.walk_starts_at - p.walk_end) < (l.change_minutes + s.change_buffer_minutes) * 60
         then 'quick_change' end,
    case when s.no_back_to_back and prev.talent_id is not null and prev.talent_id = slot.talent_id then 'back_to_back' end,
    case when l.id is not null and coalesce(l.walk_seconds, s.default_walk_seconds) <> slot.walk_seconds then 'walk_changed' end
  ], null)
  from app_public.runway_schedules s
  left join app_public.looks l on l.id = slot.look_id
  left join lateral (
    select q.walk_starts_at + make_interval(secs => q.walk_seconds) as walk_end
      from app_public.runway_slots q
     where q.schedule_id = slot.schedule_id and q.talent_id = slot.talent_id and q.sequence < slot.sequence
     order by q.sequence desc limit 1) p on true
  left join lateral (
    select q.talent_id from app_public.runway_slots q
     where q.schedule_id = slot.schedule_id and q.sequence < slot.sequence
     order by q.sequence desc limit 1) prev on true
  where s.id = slot.schedule_id
    and s.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.runway_slots_warnings(app_public.runway_slots) is
  'What this slot breaks with the current data (empty: nothing): look_removed (its look was deleted), model_changed (the look now has another model), model_not_confirmed (the model is no longer a confirmed casting), quick_change (less time since the model''s previous walk than the look''s change_minutes + buffer), back_to_back (same model as the slot before, with the rule on), walk_changed (the look''s walk length changed since the times were set).';

create or replace function app_public.runway_schedules_unscheduled_looks(schedule app_public.runway_schedules)
returns setof app_public.looks
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select l.* from app_public.looks l
   where l.event_id = schedule.event_id
     and not exists (select 1 from app_public.runway_slots s where s.schedule_id = schedule.id and s.look_id = l.id)
   order by l.sequence, l.id;
$$;
comment on function app_public.runway_schedules_unscheduled_looks(app_public.runway_schedules) is
  'Looks of the event that this run of show does not hold (added after it was solved or saved): solve again or reorder to place them.';

create or replace function app_public.runway_slots_model_name(slot app_public.runway_slots) returns text
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(t.stage_name, t.full_name) from app_public.talent t where t.id = slot.talent_id;
$$;
comment on function app_public.runway_slots_model_name(app_public.runway_slots) is
  'The name the model walks under (stage name, else full name), as a plain field so a whole run of show is one cheap query; null when none is set or the caller cannot read the person.';
