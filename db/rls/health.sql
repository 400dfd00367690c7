-- Event Health reports and in-app notifications. Every member reads the
-- organization's reports; only the daily run and requestEventHealth write
-- them (SECURITY DEFINER). Each person reads and marks read only their own
-- notifications, which only the health run creates.

alter table app_public.event_health_reports enable row level security;
alter table app_public.notifications enable row level security;

grant select on app_public.event_health_reports to :DATABASE_MEMBER;
create policy select_members on app_public.event_health_reports for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
-- Its checks and summary through computed columns: the budget check and the summary (written from every check)
-- only for the roles that read money.
grant execute on function app_public.event_health_reports_checks(app_public.event_health_reports) to :DATABASE_MEMBER;
grant execute on function app_public.event_health_reports_summary(app_public.event_health_reports) to :DATABASE_MEMBER;

grant select on app_public.notifications to :DATABASE_MEMBER;
grant update (read_at) on app_public.notifications to :DATABASE_MEMBER;
create policy select_own on app_public.notifications for select to :DATABASE_MEMBER
  using (profile_id = (select app_public.current_profile_id())
         and organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy update_own on app_public.notifications for update to :DATABASE_MEMBER
  using (profile_id = (select app_public.current_profile_id())
         and organization_id = any((select app_public.current_organization_ids())::uuid[]));

grant execute on function app_public.request_event_health(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.events_latest_health_report(app_public.events) to :DATABASE_MEMBER;
grant execute on function app_public.mark_notifications_read(uuid[]) to :DATABASE_MEMBER;
