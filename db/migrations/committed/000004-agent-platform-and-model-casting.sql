--! Previous: sha1:da5f44db04b5e27158cd87e0c04658c3449d3bf3
--! Hash: sha1:2f110c30d6f292dcdd12972c7c4b790b74200b5d
--! Message: agent platform and model casting

-- Requests to AI agents: a request function inserts the agent_runs row and
-- enqueues its graphile-worker job in the caller's transaction, so a request
-- is never lost and never half-made. Limits, candidate retrieval and the
-- casting status workflow live here; the worker does the LLM call.

-- Rate limits for agent requests. One row; change it with SQL, e.g.
-- update app_private.agent_limits set per_user_limit = 20;
drop table if exists app_private.agent_limits;
create table app_private.agent_limits (
  id boolean primary key default true check (id),
  per_user_limit int not null default 10 check (per_user_limit >= 0),
  per_user_window interval not null default interval '10 minutes',
  per_organization_limit int not null default 200 check (per_organization_limit >= 0),
  per_organization_window interval not null default interval '1 day'
);
insert into app_private.agent_limits default values;
comment on table app_private.agent_limits is 'AI agent request limits: per user per window and per organization per window.';

-- graphile-worker ids of each worker process, so a process that died can have
-- its locked jobs released when its heartbeat goes stale.
alter table app_private.worker_heartbeats add column if not exists graphile_worker_ids text[] not null default '{}';

-- At most one active run per brief: a second request returns the first.
drop index if exists app_public.agent_runs_one_active_per_brief;
create unique index agent_runs_one_active_per_brief on app_public.agent_runs (agent_type, ((input ->> 'briefId')))
  where status in ('queued', 'running') and input ? 'briefId';
create index if not exists agent_runs_requested_by_created_at_idx on app_public.agent_runs (requested_by, created_at);

create or replace function app_private.check_agent_limits(organization uuid) returns void
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  limits app_private.agent_limits;
  me uuid := app_public.current_profile_id();
begin
  select * into limits from app_private.agent_limits;
  -- Serialise one requester's checks so parallel requests cannot all pass.
  perform pg_advisory_xact_lock(hashtextextended('agent_limits:' || me::text, 0));
  if (select count(*) from app_public.agent_runs r
       where r.requested_by = me and r.created_at > now() - limits.per_user_window) >= limits.per_user_limit then
    raise exception 'You have reached the limit of % agent requests per %.', limits.per_user_limit, limits.per_user_window
      using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_public.agent_runs r
       where r.organization_id = organization and r.created_at > now() - limits.per_organization_window) >= limits.per_organization_limit then
    raise exception 'Your organization has reached the limit of % agent requests per %.', limits.per_organization_limit, limits.per_organization_window
      using errcode = 'RLIMT';
  end if;
end;
$$;
comment on function app_private.check_agent_limits(uuid) is 'Raises RLIMT when the caller or the organization is over its agent request limit.';

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
   where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running');
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
     where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running');
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
  if run.status <> 'queued' then
    raise exception 'Only queued runs can be cancelled (this one is %).', run.status using errcode = 'CONFL';
  end if;
  perform graphile_worker.remove_job('agent_run:' || run.id);
  update app_public.agent_runs r
     set status = 'cancelled', finished_at = now(), error_code = 'CANCELLED', error_message = 'Cancelada por el usuario.'
   where r.id = run.id
   returning * into run;
  return run;
end;
$$;
comment on function app_public.cancel_agent_run(uuid) is 'Cancels a queued agent run (its requester, an admin or an owner).';

create or replace function app_public.update_casting_status(id uuid, status text) returns app_public.model_castings
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  casting app_public.model_castings;
begin
  select * into casting from app_public.model_castings c where c.id = update_casting_status.id for update;
  if casting.id is null or not (casting.organization_id = any(app_public.current_organization_ids())) then
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
$$;
comment on function app_public.update_casting_status(uuid, text) is 'Moves a casting to invited, confirmed, declined, backup (or back to suggested); confirmed and declined record responded_at. Casting, producer, admin, owner.';

-- Candidate retrieval for the Model Casting agent, in SQL: the hard
-- constraints are never left to the model. Only talent with consent for AI
-- processing (ai_talent_candidates), of the brief's divisions and height
-- range, in its cities or willing to travel, free during the event, not
-- already cast for it; minors only for kids' briefs. Pre-ranked by fit.
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
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  with brief as (
    select b.*, tstzrange(e.starts_at, e.ends_at) as event_period,
           (coalesce(b.height_min_cm, 0) + coalesce(b.height_max_cm, 250)) / 2.0 as height_target
      from app_public.casting_briefs b
      join app_public.events e on e.id = b.event_id
     where b.id = model_casting_candidates.brief_id
  )
  select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm, c.waist_cm,
         c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
         round(
           100
           - least(40, abs(coalesce(c.height_cm, brief.height_target) - brief.height_target) * 2)
           - case when cardinality(brief.cities) = 0 or c.city = any(brief.cities) then 0 else 15 end
           - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
         , 1) as fit_score
    from brief
    join app_private.ai_talent_candidates c on c.organization_id = brief.organization_id
   where (cardinality(brief.divisions) = 0 or c.division = any(brief.divisions))
     and (brief.height_min_cm is null or c.height_cm >= brief.height_min_cm)
     and (brief.height_max_cm is null or c.height_cm <= brief.height_max_cm)
     and (cardinality(brief.cities) = 0 or c.city = any(brief.cities) or c.willing_to_travel)
     and (not c.is_minor or 'kids' = any(brief.divisions))
     and not exists (
       select 1 from app_public.talent_availability a
        where a.talent_id = c.id and a.period && brief.event_period
     )
     and not exists (
       select 1 from app_public.model_castings m where m.event_id = brief.event_id and m.talent_id = c.id
     )
   order by fit_score desc, c.id
   limit greatest(model_casting_candidates.max_candidates, 0);
$$;
comment on function app_private.model_casting_candidates(uuid, int) is 'Eligible, pre-ranked candidates for a casting brief; the Model Casting agent sends only these to the model.';

-- A malformed session claim means "no session". The cast is guarded with
-- CASE because PostgreSQL may fold current_setting(...)::uuid while planning,
-- before an AND-ed pattern check would run.
create or replace function app_private.claimed_session_id() returns uuid
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select case when current_setting('jwt.claims.session_id', true) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
              then current_setting('jwt.claims.session_id', true)::uuid end;
$$;
comment on function app_private.claimed_session_id() is 'The session id claim as a uuid, or null when missing or malformed.';

create or replace function app_public.current_profile_id() returns uuid
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(
    (select s.profile_id
       from app_private.sessions s
      where s.id = app_private.claimed_session_id()
        and s.revoked_at is null
        and s.expires_at > now()),
    (select p.id
       from app_public.profiles p
      where coalesce(current_setting('jwt.claims.session_id', true), '') = ''
        and p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), ''))
  );
$$;

create or replace function app_public.logout() returns boolean
language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where id = app_private.claimed_session_id() and revoked_at is null
    returning 1
  )
  select exists (select 1 from revoked);
$$;
