-- AI agent runs and logs. Members read their organization's runs; runs are
-- created and changed only by request functions and the worker. The AI logs
-- are the worker's alone: RLS on, a deny-all policy, and no grants.

alter table app_public.agent_runs enable row level security;
alter table app_public.ai_agent_logs enable row level security;

grant select on app_public.agent_runs to :DATABASE_MEMBER;
-- Runs of the agents that work with money (Vendor Coordination: the budget and vendors' prices; Event Health:
-- its summary is written from every check, the budget's included) only for the roles that read money.
create policy select_members on app_public.agent_runs for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[])
         and (agent_type not in ('vendor_coordination', 'event_health')
              or organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[])));

create policy deny_all on app_public.ai_agent_logs for all using (false) with check (false);

-- Agent requests: each function checks the caller's organization and role.
grant execute on function app_public.request_model_casting(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.request_runway_timing(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.cancel_agent_run(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.update_casting_status(uuid, text) to :DATABASE_MEMBER;
