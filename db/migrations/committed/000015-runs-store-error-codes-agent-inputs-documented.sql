--! Previous: sha1:a2247b1db18c11113303707aa17b5a2b7807c535
--! Hash: sha1:b5c4fce9fcccedaeffd35006197af729ed59c78c
--! Message: runs store error codes; agent inputs documented

-- Tables: app_public.agent_runs
--
-- House order (issue 13).
--
-- 1. Runs store codes, not sentences. The worker wrote a Spanish text into
-- agent_runs.error_message that the dashboard never showed (it translates
-- error_code with the error catalogue, shared/errors.ts). The column stays so
-- integrators' queries keep validating, deprecated and always null; the texts
-- already written are cleared (each one was the canned text of its code).
update app_public.agent_runs set error_message = null where error_message is not null;
comment on column app_public.agent_runs.error_message is E'@deprecated Read errorCode: the client translates it (the error catalogue, shared/errors.ts).\nAlways null: a run stores why it failed as a code (errorCode); kept so existing queries still validate.';
comment on column app_public.agent_runs.error_code is 'Why the run failed, as a stable code from the error catalogue (shared/errors.ts), e.g. RATE_LIMITED, AI_INVALID_OUTPUT, CANCELLED; the client translates it. Null while it has not failed.';

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
     set status = 'cancelled', finished_at = now(), error_code = 'CANCELLED', kept_answer = null
   where r.id = run.id
   returning * into run;
  return run;
end;
$$;
comment on function app_public.cancel_agent_run(uuid) is 'Cancels a queued or running agent run (its requester, an admin or an owner): error code CANCELLED. A running run stops at its next step and stores nothing; a finished one: CONFLICT.';

-- 2. Agent inputs are declared once, with zod, by each agent (runInput in
-- tasks/agents/*.ts); the worker parses every run's input with it. The SQL
-- side states the same shape in the request function's COMMENT
-- (test/agent-inputs.test.ts keeps them equal).
comment on column app_public.agent_runs.input is 'What the agent was asked (ids and parameters, no personal contact data). Its shape depends on agent_type: the request function of each agent states it in its COMMENT (e.g. request_model_casting: {briefId: uuid, eventId: uuid}).';
comment on function app_public.request_model_casting(uuid) is 'Asks the Model Casting agent to suggest people from the roster for a casting brief (casting, producer, admin, owner). Returns the queued run, or the run already queued or running for that brief. Over the agent request limit: RATE_LIMITED. agent_runs.input: {briefId: uuid, eventId: uuid} (tasks/agents/model-casting.ts, CastingRunInput; briefId is also the key of the one-active-run-per-brief index).';
