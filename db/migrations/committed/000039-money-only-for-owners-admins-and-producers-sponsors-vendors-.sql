--! Previous: sha1:996fd804a2fc6500a29b7c4b97c4e4975d44470f
--! Hash: sha1:8d81e98979d2720023bc93334d5bcf0b61aa37b8
--! Message: Money only for owners, admins and producers: sponsors, vendors, vendor recommendations, event budgets and the Vendor Coordination and Event Health runs leave casting staff and viewers out; a health report's budget check and summary are theirs only

-- Tables: app_public.event_health_reports, app_public.event_budgets, app_public.sponsors, app_public.vendors, app_public.vendor_recommendations
--
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
