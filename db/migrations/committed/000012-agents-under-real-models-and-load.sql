--! Previous: sha1:6cd5793f32a56baf0a416b983bbdefc9d6ed582f
--! Hash: sha1:eda63f48541997491d3f990114b27fe73af64071
--! Message: agents under real models and load

-- Agents under real models and real load (issue 12). Measured in bench/
-- (BENCHMARKS.md, sections 3, 5, 6 and 7).

-- 1. A validated model answer is kept with its run until it is persisted, so a
-- failure after a successful provider call retries only the persist and never
-- pays for the same answer twice. Hidden from the API; cleared when the run
-- finishes. On the run row, erasure (erase_talent) redacts it like the rest of
-- the run's free text.
alter table app_public.agent_runs add column if not exists kept_answer jsonb;
comment on column app_public.agent_runs.kept_answer is E'@behavior -*\nA validated (salvaged, sanitised) model answer whose persist failed, with its salvage steps, provider, model and attempt: the retry stores it without calling the provider again. Worker-only; cleared when the run finishes.';

-- 2. The active-run lookup of request_model_casting matches its partial
-- unique index (agent_runs_one_active_per_brief is partial on
-- `input ? 'briefId'`, which `input ->> 'briefId' = …` does not imply), so a
-- request no longer scans every agent run. A running run can be cancelled:
-- the worker checks for cancellation between its steps.
create or replace function app_public.request_model_casting(brief_id uuid) returns app_public.agent_runs
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  brief app_public.casting_briefs;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into brief from app_public.casting_briefs b where b.id = request_model_casting.brief_id;
  if brief.id is null or not (brief.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That casting brief does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(brief.organization_id, '{owner,admin,producer,casting}');

  select * into run from app_public.agent_runs r
   where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running')
     and r.input ? 'briefId';
  if run.id is not null then
    return run;
  end if;

  perform app_private.check_agent_limits(brief.organization_id);
  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (brief.organization_id, brief.event_id, 'model_casting', app_public.current_profile_id(),
              jsonb_build_object('briefId', brief.id, 'eventId', brief.event_id))
      returning * into run;
  exception when unique_violation then
    -- A concurrent request for the same brief won: return its run.
    select * into run from app_public.agent_runs r
     where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running')
       and r.input ? 'briefId';
    return run;
  end;
  perform graphile_worker.add_job('model_casting', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;
comment on function app_public.request_model_casting(uuid) is 'Asks the Model Casting agent to suggest people from the roster for a casting brief (casting, producer, admin, owner). Returns the queued run, or the run already queued or running for that brief. Over the agent request limit: RATE_LIMITED.';

create or replace function app_public.cancel_agent_run(id uuid) returns app_public.agent_runs
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  run app_public.agent_runs;
begin
  select * into run from app_public.agent_runs r where r.id = cancel_agent_run.id for update;
  if run.id is null or not (run.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That agent run does not exist.' using errcode = 'NTFND';
  end if;
  if run.requested_by is distinct from app_public.current_profile_id() then
    perform app_private.assert_org_role(run.organization_id, '{owner,admin}');
  end if;
  if run.status not in ('queued', 'running') then
    raise exception 'Only queued or running runs can be cancelled (this one is %).', run.status using errcode = 'CONFL';
  end if;
  -- A queued job is deleted; a running one (locked by a worker) can no longer be retried, and
  -- the worker, which checks the run's status between steps, stores nothing.
  perform graphile_worker.remove_job('agent_run:' || run.id);
  update app_public.agent_runs r
     set status = 'cancelled', finished_at = now(), error_code = 'CANCELLED', error_message = 'Cancelada por el usuario.',
         kept_answer = null
   where r.id = run.id
   returning * into run;
  return run;
end;
$$;
comment on function app_public.cancel_agent_run(uuid) is 'Cancels a queued or running agent run (its requester, an admin or an owner). A running run stops at its next step and stores nothing; a finished one: CONFLICT.';

-- 3. When a running run should have finished: the worker sets it when it
-- starts an attempt (its provider timeouts, 429 waits and repair turn, plus a
-- margin); /health reports running runs past it.
alter table app_public.agent_runs add column if not exists deadline_at timestamptz;
comment on column app_public.agent_runs.deadline_at is 'When the running attempt should have finished (set by the worker when it starts one); /health reports running runs past it.';
-- Active runs per organization (the optional per-organization cap) and the
-- health report's overdue runs read this small partial index.
create index if not exists agent_runs_active_organization_id_idx on app_public.agent_runs (organization_id)
  where status in ('queued', 'running');

-- 4. What salvage changed in an answer, per provider call
-- (e.g. {"truncated 5→3", "dropped id not offered"}).
-- jsonb (an array of strings), so erasure redacts a person named in it like the rest of the log.
alter table app_public.ai_agent_logs add column if not exists salvaged jsonb not null default '[]';
comment on column app_public.ai_agent_logs.salvaged is 'Each change salvage made to the answer without another call (ids normalised, scores coerced, reasoning cut, extras dropped).';
-- Every claim checks the organization's month-to-date AI cost: with cost_usd
-- in the index that sum is an index-only scan instead of a heap visit per call.
drop index if exists app_public.ai_agent_logs_organization_id_created_at_idx;
drop index if exists app_public.ai_agent_logs_organization_id_created_at_cost_idx;
create index ai_agent_logs_organization_id_created_at_cost_idx on app_public.ai_agent_logs (organization_id, created_at)
  include (cost_usd);

-- 5. Covering indexes for the dashboard's per-event aggregates: paid-booking
-- counts and sums and confirmed-casting counts come from index-only scans,
-- with the policy columns in the index so RLS needs no heap visit.
create index if not exists bookings_event_id_status_covering_idx on app_public.bookings (event_id, status)
  include (organization_id, profile_id, quantity, total_cop);
create index if not exists model_castings_event_id_status_idx on app_public.model_castings (event_id, status)
  include (organization_id);
-- PostGraphile offers filtering and ordering on indexed columns and counts
-- INCLUDE columns as indexed: these two are in the index to be summed, not
-- searched, so the API stays as it was.
comment on column app_public.bookings.quantity is E'@behavior -filterBy -orderBy\nNumber of tickets (1 to 20).';
comment on column app_public.bookings.total_cop is E'@behavior -filterBy -orderBy\nTotal price in whole Colombian pesos.';

-- 6. Candidate retrieval, index-ordered. The fit score falls with the
-- distance from the brief's height target (2 points per cm, at most 40) and
-- at most 25 more for city and stale measurements, so the best candidates
-- are near the target. On a large roster, for a brief with a height range,
-- read it in widening height bands around the target through the
-- (organization_id, division, height_cm) index and stop as soon as a band
-- holds max_candidates eligible people whose worst fit beats the best fit
-- anyone outside it could have. Otherwise (a small roster, no height range,
-- or a band that never closes early) one pass over the eligible roster, as
-- before. Same candidates, same order (fit desc, then id) either way.
create or replace function app_private.model_casting_candidates(brief_id uuid, max_candidates int)
returns table (
  talent_id uuid,
  display_name text,
  agency text,
  city text,
  willing_to_travel boolean,
  division text,
  height_cm int,
  bust_cm int,
  waist_cm int,
  hips_cm int,
  shoe_eu numeric,
  hair_color text,
  eye_color text,
  is_minor boolean,
  measurements_taken_on date,
  fit_score numeric
)
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  b record;
  boards text[];
  large boolean := false;
  -- Half-widths of the band in cm.
  widths int[] := array[0, 1, 2, 4, 8, 16, 20];
  width int;
  -- The band as whole centimetres: an integer comparison is an index condition (and leakproof, so
  -- it reaches through the security-barrier view); a numeric one would be a filter on every row.
  low int;
  high int;
  ids uuid[];
  fits numeric[];
begin
  if coalesce(max_candidates, 0) <= 0 then
    return;
  end if;
  select bb.organization_id, bb.event_id, bb.divisions, bb.cities, bb.height_min_cm, bb.height_max_cm,
         'kids' = any(bb.divisions) as kids, tstzrange(e.starts_at, e.ends_at) as event_period,
         (coalesce(bb.height_min_cm, 0) + coalesce(bb.height_max_cm, 250)) / 2.0 as height_target
    into b
    from app_public.casting_briefs bb join app_public.events e on e.id = bb.event_id
   where bb.id = model_casting_candidates.brief_id;
  if not found then
    return;
  end if;

  -- Bands pay off on a large roster (the probe stops at 2,000 index entries) and need a height
  -- range (without one, people without a height rank at the target, everyone else far from it).
  if b.height_min_cm is not null and b.height_max_cm is not null then
    select count(*) >= 2000 into large
      from (select 1 from app_public.talent t where t.organization_id = b.organization_id limit 2000) roster;
  end if;
  if large then
    -- No board named means every board; listing them lets the index serve the band.
    boards := case when cardinality(b.divisions) = 0
                   then array['women', 'men', 'non_binary', 'kids', 'curve', 'petite', 'mature']
                   else b.divisions end;
    foreach width in array widths loop
      -- A band that covers the whole height range is the one pass below.
      exit when b.height_target - width <= b.height_min_cm and b.height_target + width >= b.height_max_cm;
      low := greatest(ceil(b.height_target - width), b.height_min_cm);
      high := least(floor(b.height_target + width), b.height_max_cm);
      select array_agg(q.id order by q.fit desc, q.id), array_agg(q.fit order by q.fit desc, q.id)
        into ids, fits
        from (
          select c.id,
                 round(
                   100
                   - least(40, abs(c.height_cm - b.height_target) * 2)
                   - case when cardinality(b.cities) = 0 or c.city = any(b.cities) then 0 else 15 end
                   - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
                 , 1) as fit
            from app_private.ai_talent_candidates c
           where c.organization_id = b.organization_id
             and c.division = any(boards)
             and c.height_cm between low and high
             and (cardinality(b.cities) = 0 or c.city = any(b.cities) or c.willing_to_travel)
             and (not c.is_minor or b.kids)
             and not exists (
               select 1 from app_public.talent_availability a where a.talent_id = c.id and a.period && b.event_period
             )
             and not exists (
               select 1 from app_public.model_castings m where m.event_id = b.event_id and m.talent_id = c.id
             )
           order by fit desc, c.id
           limit max_candidates
        ) q;
      -- Done when the band's worst kept fit is above the best fit of anyone outside it: 2 × the
      -- distance is a whole number, so the nearest outsider is at least 2 × width + 1 from the target.
      if coalesce(cardinality(ids), 0) >= max_candidates and fits[max_candidates] > 100 - least(40, 2 * width + 1) then
        return query
          select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm,
                 c.waist_cm, c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
                 fits[array_position(ids, c.id)]
            from app_private.ai_talent_candidates c
           where c.id = any(ids)
           order by array_position(ids, c.id);
        return;
      end if;
    end loop;
  end if;

  return query
    select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm, c.waist_cm,
           c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
           round(
             100
             - least(40, abs(coalesce(c.height_cm, b.height_target) - b.height_target) * 2)
             - case when cardinality(b.cities) = 0 or c.city = any(b.cities) then 0 else 15 end
             - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
           , 1) as fit_score
      from app_private.ai_talent_candidates c
     where c.organization_id = b.organization_id
       and (cardinality(b.divisions) = 0 or c.division = any(b.divisions))
       and (b.height_min_cm is null or c.height_cm >= b.height_min_cm)
       and (b.height_max_cm is null or c.height_cm <= b.height_max_cm)
       and (cardinality(b.cities) = 0 or c.city = any(b.cities) or c.willing_to_travel)
       and (not c.is_minor or b.kids)
       and not exists (
         select 1 from app_public.talent_availability a where a.talent_id = c.id and a.period && b.event_period
       )
       and not exists (
         select 1 from app_public.model_castings m where m.event_id = b.event_id and m.talent_id = c.id
       )
     order by fit_score desc, c.id
     limit max_candidates;
end;
$$;
comment on function app_private.model_casting_candidates(uuid, int) is 'Eligible, pre-ranked candidates for a casting brief (fit desc, then id); on a large roster read nearest the height target first. The Model Casting agent sends only these to the model.';
