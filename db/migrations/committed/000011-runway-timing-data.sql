--! Previous: sha1:0e70132ac0a9e2a31862fc51fcdb3839dccc0eb5
--! Hash: sha1:6cd5793f32a56baf0a416b983bbdefc9d6ed582f
--! Message: runway timing data

-- Runway Timing data (issue 17): what the run-of-show solver needs on looks
-- and schedules, what a run of show shows per slot, the rule that a look's
-- model is a confirmed casting of the event, schedules marked stale when what
-- they were solved from changes, and the loader of a show's solver input.
-- Grants and policies: db/rls/events.sql. Units: seconds for walks, gaps and
-- clock offsets; minutes for changes (as producers state them); instants are
-- timestamptz (UTC), shown in America/Bogota.

/*--------------------------------------------------------------------------
 * Looks: the model wearing it, its walk, a fixed position
 *--------------------------------------------------------------------------*/

alter table app_public.looks
  add column if not exists talent_id uuid,
  add column if not exists walk_seconds int check (walk_seconds between 5 and 600),
  add column if not exists fixed_position text check (fixed_position in ('opening', 'closing', 'finale'));
alter table app_public.looks drop constraint if exists looks_event_id_talent_id_fkey;
-- The model is one of the event's castings (same event, so same organization);
-- a casting deleted leaves the look without a model rather than deleting it.
alter table app_public.looks
  add constraint looks_event_id_talent_id_fkey foreign key (event_id, talent_id)
    references app_public.model_castings (event_id, talent_id) on delete set null (talent_id);
create index if not exists looks_event_id_talent_id_idx on app_public.looks (event_id, talent_id);
comment on constraint looks_event_id_talent_id_fkey on app_public.looks is '@fieldName casting
@foreignFieldName looks';
-- One opening and one closing per designer block, one finale per show; deferred
-- so a producer can move a fixed position from one look to another in one transaction.
alter table app_public.looks drop constraint if exists looks_one_opening_per_designer;
alter table app_public.looks drop constraint if exists looks_one_closing_per_designer;
alter table app_public.looks drop constraint if exists looks_one_finale_per_event;
alter table app_public.looks
  add constraint looks_one_opening_per_designer exclude using btree (event_id with =, designer_id with =)
    where (fixed_position = 'opening') deferrable initially deferred,
  add constraint looks_one_closing_per_designer exclude using btree (event_id with =, designer_id with =)
    where (fixed_position = 'closing') deferrable initially deferred,
  add constraint looks_one_finale_per_event exclude using btree (event_id with =)
    where (fixed_position = 'finale') deferrable initially deferred;

comment on column app_public.looks.change_minutes is
  'Minutes a model needs to get into this look (the quick change before it), 0 to 120; the schedule''s buffer is added to it.';
comment on column app_public.looks.talent_id is
  'The model wearing the look: a confirmed casting of this event (checked when set).';
comment on column app_public.looks.walk_seconds is
  'Seconds the look is on the runway, 5 to 600; null: the schedule''s default walk.';
comment on column app_public.looks.fixed_position is
  'opening (first of its designer''s block), closing (last of the block), finale (last look of the show, before the finale walk) or null.';

create or replace function app_private.tg_looks__model_confirmed() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.talent_id is not null
     and (tg_op = 'INSERT' or new.talent_id is distinct from old.talent_id or new.event_id is distinct from old.event_id)
     and not exists (
       select 1 from app_public.model_castings c
        where c.event_id = new.event_id and c.talent_id = new.talent_id and c.status = 'confirmed'
     ) then
    raise exception 'The model of a look must be a confirmed casting of the event.' using errcode = 'INVAL';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_looks__model_confirmed() is
  'A look''s model must be a confirmed casting of the look''s event when it is set (issue 17).';
drop trigger if exists _200_model_confirmed on app_public.looks;
create trigger _200_model_confirmed before insert or update of talent_id, event_id on app_public.looks
  for each row execute function app_private.tg_looks__model_confirmed();

/*--------------------------------------------------------------------------
 * Schedules: the settings the solver reads, what it found, staleness
 *--------------------------------------------------------------------------*/

alter table app_public.runway_schedules
  add column if not exists gap_seconds int not null default 10 check (gap_seconds between 0 and 600),
  add column if not exists default_walk_seconds int not null default 40 check (default_walk_seconds between 5 and 600),
  add column if not exists change_buffer_minutes int not null default 1 check (change_buffer_minutes between 0 and 60),
  add column if not exists no_back_to_back boolean not null default true,
  add column if not exists block_order text not null default 'fixed' check (block_order in ('fixed', 'free')),
  add column if not exists finale_seconds int default 90 check (finale_seconds between 0 and 1800),
  add column if not exists solved_at timestamptz,
  add column if not exists solver_status text check (solver_status in ('optimal', 'feasible', 'infeasible')),
  add column if not exists min_spare_seconds int,
  add column if not exists relative_gap numeric(7, 4) check (relative_gap between 0 and 1),
  add column if not exists running_seconds int check (running_seconds >= 0),
  add column if not exists stale_at timestamptz,
  add column if not exists stale_reasons jsonb not null default '[]'
    -- A size bound only: erase_talent redacts this column like every AI record (it may hold any JSON then).
    check (octet_length(stale_reasons::text) <= 100000);
comment on column app_public.runway_schedules.starts_at is
  'When the first look walks (an instant, stored in UTC; shown in America/Bogota). Slot times are offsets from it.';
comment on column app_public.runway_schedules.gap_seconds is
  'Seconds between the end of one walk and the start of the next (the runway never stops), 0 to 600.';
comment on column app_public.runway_schedules.default_walk_seconds is
  'Walk length in seconds for looks without their own, 5 to 600 (e.g. 40).';
comment on column app_public.runway_schedules.change_buffer_minutes is
  'Minutes added to every quick change (each look''s change_minutes), 0 to 60.';
comment on column app_public.runway_schedules.no_back_to_back is
  'The rule "a model never walks twice in a row".';
comment on column app_public.runway_schedules.block_order is
  'fixed: designers'' blocks walk in the line-up order (event_designers.show_order); free: the solver orders them.';
comment on column app_public.runway_schedules.finale_seconds is
  'Length in seconds of the finale (all models out, each in the look they wore last), starting one gap after the last walk; null: no finale.';
comment on column app_public.runway_schedules.solved_at is
  'When the Runway Timing solver last wrote this run of show; null: never solved (made by hand).';
comment on column app_public.runway_schedules.solver_status is
  'optimal (proved best), feasible (valid, best found within the time limit) or infeasible (no valid order: see the agent run).';
comment on column app_public.runway_schedules.min_spare_seconds is
  'Seconds to spare in the tightest quick change of the solved order (the solver maximises it); null when no model walks twice.';
comment on column app_public.runway_schedules.relative_gap is
  'Share of the best possible spare not proved reached when the time limit stopped the solver: 0 = proved optimal.';
comment on column app_public.runway_schedules.running_seconds is
  'Seconds from the first entrance to the end of the finale (or of the last walk) in the solved order.';
comment on column app_public.runway_schedules.stale_at is
  'When a look, a model, the line-up or a setting changed after solving: the run of show may no longer hold. Null: fresh.';
comment on column app_public.runway_schedules.stale_reasons is
  'What changed since solving, oldest first (at most 50): objects with kind (look_added, look_changed, look_removed, model_unavailable, line_up_changed, settings_changed), the ids involved, fields and at.';

create or replace function app_private.mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean default false)
returns void
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  update app_public.runway_schedules s
     set stale_at = coalesce(s.stale_at, now()),
         stale_reasons = (
           select coalesce(jsonb_agg(r.value order by r.ordinality), '[]')
             from jsonb_array_elements(s.stale_reasons || jsonb_build_array(reason || jsonb_build_object('at', now())))
                  with ordinality r
            where r.ordinality > jsonb_array_length(s.stale_reasons) + 1 - 50
         )
   where s.event_id = mark_runway_stale.event_id
     and s.solved_at is not null
     and (not fixed_order_only or s.block_order = 'fixed');
end;
$$;
comment on function app_private.mark_runway_stale(uuid, jsonb, boolean) is
  'Marks the solved run-of-show schedules of an event stale and appends the reason (keeps the last 50). SECURITY DEFINER: a casting change must mark a schedule its author cannot edit.';

create or replace function app_private.tg_looks__runway_stale() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  fields text[];
begin
  if tg_op = 'INSERT' then
    perform app_private.mark_runway_stale(new.event_id,
      jsonb_build_object('kind', 'look_added', 'lookId', new.id, 'title', new.title));
  elsif tg_op = 'DELETE' then
    perform app_private.mark_runway_stale(old.event_id,
      jsonb_build_object('kind', 'look_removed', 'lookId', old.id, 'title', old.title));
  else
    fields := array_remove(array[
      case when new.talent_id is distinct from old.talent_id then 'talentId' end,
      case when new.change_minutes is distinct from old.change_minutes then 'changeMinutes' end,
      case when new.walk_seconds is distinct from old.walk_seconds then 'walkSeconds' end,
      case when new.fixed_position is distinct from old.fixed_position then 'fixedPosition' end,
      case when new.designer_id is distinct from old.designer_id then 'designerId' end
    ], null);
    if cardinality(fields) > 0 then
      perform app_private.mark_runway_stale(new.event_id,
        jsonb_build_object('kind', 'look_changed', 'lookId', new.id, 'title', new.title, 'fields', to_jsonb(fields),
                           'talentId', new.talent_id, 'previousTalentId', old.talent_id));
    end if;
  end if;
  return null;
end;
$$;
comment on function app_private.tg_looks__runway_stale() is
  'A look added, removed, or given another model, change, walk, fixed position or designer marks the event''s solved schedules stale.';
drop trigger if exists _900_runway_stale on app_public.looks;
create trigger _900_runway_stale after insert or update or delete on app_public.looks
  for each row execute function app_private.tg_looks__runway_stale();

create or replace function app_private.tg_model_castings__runway_stale() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  look_ids jsonb;
begin
  if old.status <> 'confirmed' or (tg_op = 'UPDATE' and new.status = 'confirmed') then
    return null;
  end if;
  select jsonb_agg(l.id order by l.sequence) into look_ids
    from app_public.looks l where l.event_id = old.event_id and l.talent_id = old.talent_id;
  if look_ids is not null then
    perform app_private.mark_runway_stale(old.event_id,
      jsonb_build_object('kind', 'model_unavailable', 'talentId', old.talent_id, 'lookIds', look_ids,
                         'status', case when tg_op = 'DELETE' then 'deleted' else new.status end));
  end if;
  return null;
end;
$$;
comment on function app_private.tg_model_castings__runway_stale() is
  'A confirmed model who walks looks and is no longer confirmed (declined, backup, deleted…) marks the event''s solved schedules stale, naming the looks.';
drop trigger if exists _900_runway_stale on app_public.model_castings;
create trigger _900_runway_stale after update of status or delete on app_public.model_castings
  for each row execute function app_private.tg_model_castings__runway_stale();

create or replace function app_private.tg_event_designers__runway_stale() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if tg_op = 'UPDATE' and new.show_order is not distinct from old.show_order then
    return null;
  end if;
  perform app_private.mark_runway_stale(coalesce(new.event_id, old.event_id),
    jsonb_build_object('kind', 'line_up_changed', 'designerId', coalesce(new.designer_id, old.designer_id)), true);
  return null;
end;
$$;
comment on function app_private.tg_event_designers__runway_stale() is
  'A change to the line-up marks the event''s solved schedules whose block order is fixed stale.';
drop trigger if exists _900_runway_stale on app_public.event_designers;
create trigger _900_runway_stale after insert or update or delete on app_public.event_designers
  for each row execute function app_private.tg_event_designers__runway_stale();

create or replace function app_private.tg_runway_schedules__stale() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
declare
  fields text[];
begin
  -- The solver's own write (solved_at moves) is not a change after solving.
  if old.solved_at is null or new.solved_at is distinct from old.solved_at then
    return new;
  end if;
  fields := array_remove(array[
    case when new.starts_at is distinct from old.starts_at then 'startsAt' end,
    case when new.gap_seconds is distinct from old.gap_seconds then 'gapSeconds' end,
    case when new.default_walk_seconds is distinct from old.default_walk_seconds then 'defaultWalkSeconds' end,
    case when new.change_buffer_minutes is distinct from old.change_buffer_minutes then 'changeBufferMinutes' end,
    case when new.no_back_to_back is distinct from old.no_back_to_back then 'noBackToBack' end,
    case when new.block_order is distinct from old.block_order then 'blockOrder' end,
    case when new.finale_seconds is distinct from old.finale_seconds then 'finaleSeconds' end
  ], null);
  if cardinality(fields) > 0 then
    new.stale_at := coalesce(old.stale_at, now());
    new.stale_reasons := (
      select coalesce(jsonb_agg(r.value order by r.ordinality), '[]')
        from jsonb_array_elements(old.stale_reasons || jsonb_build_array(
               jsonb_build_object('kind', 'settings_changed', 'fields', to_jsonb(fields), 'at', now()))) with ordinality r
       where r.ordinality > jsonb_array_length(old.stale_reasons) + 1 - 50
    );
  end if;
  return new;
end;
$$;
comment on function app_private.tg_runway_schedules__stale() is
  'Changing a solved schedule''s start time or a setting the solver used marks it stale with the fields changed.';
drop trigger if exists _200_stale on app_public.runway_schedules;
create trigger _200_stale before update on app_public.runway_schedules
  for each row execute function app_private.tg_runway_schedules__stale();

/*--------------------------------------------------------------------------
 * Slots: what the run of show shows, computed from the schedule
 *--------------------------------------------------------------------------*/

comment on column app_public.runway_slots.sequence is 'Position in the run of show (1 opens).';
comment on column app_public.runway_slots.walk_starts_at is
  'Offset from the schedule''s starts_at when the look enters the runway.';
comment on column app_public.runway_slots.walk_seconds is 'Seconds the look is on the runway.';
create index if not exists runway_slots_schedule_id_talent_id_sequence_idx
  on app_public.runway_slots (schedule_id, talent_id, sequence);

create or replace function app_public.runway_slots_planned_at(slot app_public.runway_slots) returns timestamptz
language sql stable as $$
  select s.starts_at + slot.walk_starts_at from app_public.runway_schedules s where s.id = slot.schedule_id;
$$;
comment on function app_public.runway_slots_planned_at(app_public.runway_slots) is
  'Clock time the look enters the runway (an instant; show it in America/Bogota): the schedule''s starts_at plus the slot''s offset. Null while the schedule has no start time.';

create or replace function app_public.runway_slots_since_last_walk_seconds(slot app_public.runway_slots) returns int
language sql stable as $$
  select extract(epoch from slot.walk_starts_at - (p.walk_starts_at + make_interval(secs => p.walk_seconds)))::int
    from app_public.runway_slots p
   where p.schedule_id = slot.schedule_id and p.talent_id = slot.talent_id and p.sequence < slot.sequence
   order by p.sequence desc
   limit 1;
$$;
comment on function app_public.runway_slots_since_last_walk_seconds(app_public.runway_slots) is
  'Seconds between the end of this model''s previous walk in the same run of show and the start of this one; null on their first walk.';

create or replace function app_public.runway_slots_required_change_seconds(slot app_public.runway_slots) returns int
language sql stable as $$
  select (l.change_minutes + s.change_buffer_minutes) * 60
    from app_public.looks l, app_public.runway_schedules s
   where l.id = slot.look_id and s.id = slot.schedule_id
     and exists (select 1 from app_public.runway_slots p
                  where p.schedule_id = slot.schedule_id and p.talent_id = slot.talent_id and p.sequence < slot.sequence);
$$;
comment on function app_public.runway_slots_required_change_seconds(app_public.runway_slots) is
  'Seconds the quick change into this look needs: (the look''s change_minutes + the schedule''s buffer) × 60; null on the model''s first walk. A quick-change warning when it exceeds sinceLastWalkSeconds.';

/*--------------------------------------------------------------------------
 * The solver's input, in one call
 *--------------------------------------------------------------------------*/

create or replace function app_private.runway_solver_input(schedule_id uuid) returns jsonb
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_object(
    'scheduleId', s.id,
    'eventId', s.event_id,
    'organizationId', s.organization_id,
    'startsAt', s.starts_at,
    'settings', jsonb_build_object(
      'gapSeconds', s.gap_seconds,
      'defaultWalkSeconds', s.default_walk_seconds,
      'changeBufferMinutes', s.change_buffer_minutes,
      'noBackToBack', s.no_back_to_back,
      'blockOrder', s.block_order,
      'finaleSeconds', s.finale_seconds),
    'looks', coalesce((
      select jsonb_agg(jsonb_build_object(
               'id', l.id, 'title', l.title, 'designerId', l.designer_id, 'talentId', l.talent_id,
               'changeMinutes', l.change_minutes, 'walkSeconds', l.walk_seconds,
               'fixedPosition', l.fixed_position, 'sequence', l.sequence) order by l.sequence, l.id)
        from app_public.looks l where l.event_id = s.event_id), '[]'),
    'designers', coalesce((
      select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name, 'showOrder', ed.show_order)
                       order by ed.show_order, d.id)
        from app_public.event_designers ed join app_public.designers d on d.id = ed.designer_id
       where ed.event_id = s.event_id), '[]'),
    -- Confirmed models walk; backups may take a look over (remedies). Names only:
    -- never contact data. Backups unavailable or on hold during the event, or
    -- erased (habeas data), are left out.
    'models', coalesce((
      select jsonb_agg(jsonb_build_object(
               'talentId', t.id, 'name', coalesce(t.stage_name, t.full_name), 'division', t.division,
               'status', c.status) order by c.status desc, coalesce(t.stage_name, t.full_name), t.id)
        from app_public.model_castings c
        join app_public.talent t on t.id = c.talent_id
        join app_public.events e on e.id = c.event_id
       where c.event_id = s.event_id
         and (c.status = 'confirmed'
              or (c.status = 'backup' and t.erased_at is null
                  and not exists (select 1 from app_public.talent_availability a
                                   where a.talent_id = t.id and a.period && tstzrange(e.starts_at, e.ends_at))))), '[]')
  )
  from app_public.runway_schedules s
  where s.id = runway_solver_input.schedule_id;
$$;
comment on function app_private.runway_solver_input(uuid) is
  'Everything the Runway Timing solver needs for a schedule, as the JSON tasks/runway/show.ts validates (runwayShowSchema plus scheduleId, eventId, organizationId, startsAt): settings, looks, the line-up, confirmed models and available backups. For the worker (owner); never exposed.';
