--! Previous: sha1:5cf442b31cdfa4211ff8ce2589d775fdf19cf0f0
--! Hash: sha1:a7f16a0ca2a62f9755fd327ec47eb4b4dd6f426d
--! Message: Event health and vendor coordination

-- Tables: app_public.agent_runs, app_public.event_health_reports, app_public.events, app_public.notifications, app_public.organizations, app_public.profiles, app_public.vendor_availability, app_public.vendor_recommendations, app_public.vendors
--
-- Event Health (issue 18): every morning at 07:00 America/Bogota the worker
-- checks each upcoming event in SQL (casting, looks, run of show, vendors,
-- venue, tickets, payments, AI errors, budget), keeps one report per event
-- per day, notifies owners and producers in the app of new red items, and
-- asks the Event Health agent for a short es-CO summary the checks never
-- depend on.

/*--------------------------------------------------- what an event plans */

alter table app_public.events
  add column if not exists budget_cop bigint check (budget_cop >= 0),
  add column if not exists required_vendor_categories text[] not null
    default '{sound,lighting,catering,security,hair_makeup,photography}'
    check (required_vendor_categories <@ array['catering', 'lighting', 'sound', 'staging', 'security', 'photography',
                                                'video', 'hair_makeup', 'models_agency', 'transport', 'printing', 'other'])
    check (app_private.text_array_fits(required_vendor_categories, 12, 20));
comment on column app_public.events.budget_cop is
  'The planned budget for suppliers, in COP (whole pesos); null: not planned yet. Event Health compares the agreed prices of booked vendors with it.';
comment on column app_public.events.required_vendor_categories is
  'The vendor categories this event needs booked (default: sound, lighting, catering, security, hair_makeup, photography). Event Health reports each one without a booked vendor.';

alter table app_public.vendor_recommendations
  add column if not exists agreed_price_cop bigint check (agreed_price_cop >= 0);
comment on column app_public.vendor_recommendations.agreed_price_cop is
  'The price agreed with the vendor, in COP (whole pesos), once quoted or booked; a booked vendor without one counts at its minimum price in the budget check.';

/*------------------------------------------------------------ the reports */

create table if not exists app_public.event_health_reports (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  report_date date not null,
  status text not null check (status in ('green', 'amber', 'red')),
  -- A size bound only: erase_talent redacts this column like every AI record (it may hold any JSON then).
  checks jsonb not null check (octet_length(checks::text) <= 200000),
  red_count int not null default 0 check (red_count >= 0),
  amber_count int not null default 0 check (amber_count >= 0),
  computed_at timestamptz not null default now(),
  computations int not null default 1 check (computations >= 1),
  summary text check (length(summary) <= 1000),
  summary_model text check (length(summary_model) <= 200),
  summary_run_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, report_date),
  unique (id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (summary_run_id) references app_public.agent_runs (id) on delete set null
);
create index if not exists event_health_reports_organization_id_idx
  on app_public.event_health_reports (organization_id, report_date desc);
create index if not exists event_health_reports_event_id_organization_id_idx
  on app_public.event_health_reports (event_id, organization_id);
create index if not exists event_health_reports_summary_run_id_idx
  on app_public.event_health_reports (summary_run_id);
comment on table app_public.event_health_reports is
  E'@omit create,update,delete\nOne health report per event per day (the America/Bogota date), history kept: the checks computed in SQL, each with a severity and a next step, and the Event Health agent''s summary. Written by the daily run (graphile-worker crontab event_health_daily, 07:00 America/Bogota) and requestEventHealth; a second run the same day updates the report.';
comment on column app_public.event_health_reports.id is 'Unique identifier of the report.';
comment on column app_public.event_health_reports.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.event_health_reports.event_id is 'The event checked.';
comment on column app_public.event_health_reports.report_date is 'The day the report is for, in America/Bogota (the daily run''s 07:00; a backfilled run keeps the day it was due).';
comment on column app_public.event_health_reports.status is 'The traffic light: red when any check is red, else amber when any is amber, else green.';
comment on column app_public.event_health_reports.checks is
  'The checks, worst first: objects {key, code, severity (red, amber, green), title, nextStep (es-CO), facts}. Codes: casting, looks_without_model, run_of_show, venue, vendor, ticket_sales, payments, ai_errors, budget. key is unique within a report (e.g. vendor:sound).';
comment on column app_public.event_health_reports.red_count is 'How many checks are red.';
comment on column app_public.event_health_reports.amber_count is 'How many checks are amber.';
comment on column app_public.event_health_reports.computed_at is 'When the checks were last computed (UTC).';
comment on column app_public.event_health_reports.computations is 'How many times the checks were computed that day (the daily run, its re-runs and requestEventHealth).';
comment on column app_public.event_health_reports.summary is
  'The Event Health agent''s short summary in es-CO of these checks; null until it answers, and cleared when the checks change. Never used to compute a check.';
comment on column app_public.event_health_reports.summary_model is 'The model that wrote the summary (local: the deterministic local provider, no AI).';
comment on column app_public.event_health_reports.summary_run_id is 'The agent run asked for the summary of the current checks.';
comment on column app_public.event_health_reports.created_at is 'When the day''s report was first computed.';
comment on column app_public.event_health_reports.updated_at is 'When it last changed.';
drop trigger if exists _050_organization on app_public.event_health_reports;
create trigger _050_organization before insert on app_public.event_health_reports
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
drop trigger if exists _100_timestamps on app_public.event_health_reports;
create trigger _100_timestamps before insert or update on app_public.event_health_reports
  for each row execute function app_private.tg__timestamps();

/*------------------------------------------------------ in-app notices */

create table if not exists app_public.notifications (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  profile_id uuid not null references app_public.profiles on delete cascade,
  kind text not null check (kind in ('event_health_red')),
  event_id uuid,
  report_id uuid,
  title text not null check (length(title) between 1 and 500),
  body text check (length(body) <= 2000),
  data jsonb not null default '{}' check (jsonb_typeof(data) = 'object' and octet_length(data::text) <= 20000),
  read_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (report_id, organization_id) references app_public.event_health_reports (id, organization_id) on delete cascade
);
create index if not exists notifications_profile_id_created_at_idx on app_public.notifications (profile_id, created_at desc);
create index if not exists notifications_organization_id_idx on app_public.notifications (organization_id);
create index if not exists notifications_event_id_organization_id_idx on app_public.notifications (event_id, organization_id);
create index if not exists notifications_report_id_organization_id_idx on app_public.notifications (report_id, organization_id);
comment on table app_public.notifications is
  E'@omit create,delete\nIn-app notices for one person (today: new red items in an event''s health report, sent to the organization''s owners and producers). Each person sees and marks read only their own.';
comment on column app_public.notifications.id is 'Unique identifier of the notice.';
comment on column app_public.notifications.organization_id is 'Organization it is about.';
comment on column app_public.notifications.profile_id is 'Who it is for.';
comment on column app_public.notifications.kind is 'event_health_red: checks that turned red in an event''s health report.';
comment on column app_public.notifications.event_id is 'The event it is about, if any.';
comment on column app_public.notifications.report_id is 'The health report with the new red items, if any.';
comment on column app_public.notifications.title is 'One line, es-CO.';
comment on column app_public.notifications.body is 'The new red items and their next steps, es-CO.';
comment on column app_public.notifications.data is 'Details for the app (event_health_red: {keys, reportDate}).';
comment on column app_public.notifications.read_at is 'When its recipient marked it read; null: unread.';
comment on column app_public.notifications.created_at is 'When it was sent.';

/*------------------------------------------------------------- the checks */

-- One check as stored in a report.
create or replace function app_private.health_check(key text, code text, severity text, title text, next_step text, facts jsonb)
returns jsonb language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_object('key', key, 'code', code, 'severity', severity, 'title', title, 'nextStep', next_step,
                            'facts', coalesce(facts, '{}'::jsonb));
$$;
comment on function app_private.health_check(text, text, text, text, text, jsonb) is
  'Builds one Event Health check: {key, code, severity (red, amber, green), title, nextStep, facts}.';

create or replace function app_private.cop(amount numeric) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select '$' || replace(to_char(round(amount), 'FM999G999G999G999G990'), ',', '.');
$$;
comment on function app_private.cop(numeric) is 'A COP amount as Colombians write it: $1.250.000 (whole pesos, dots between thousands).';

create or replace function app_private.vendor_category_es(category text) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case category
    when 'catering' then 'catering' when 'lighting' then 'iluminación' when 'sound' then 'sonido'
    when 'staging' then 'escenografía' when 'security' then 'seguridad' when 'photography' then 'fotografía'
    when 'video' then 'video' when 'hair_makeup' then 'peinado y maquillaje' when 'models_agency' then 'agencia de modelos'
    when 'transport' then 'transporte' when 'printing' then 'impresos' else 'otros' end;
$$;
comment on function app_private.vendor_category_es(text) is 'The es-CO name of a vendor category (sound → sonido).';

-- The checks of one event as of an instant. Every rule is here, in SQL; the
-- agent only summarises what this returns. Days left count calendar days in
-- the event's time zone.
create or replace function app_private.event_health_checks(event_id uuid, as_of timestamptz default now())
returns jsonb language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
  days_left int;
  checks jsonb := '[]';
  r record;
  n int;
  total int;
  missing int;
  sev text;
  schedule app_public.runway_schedules;
  sold int;
  capacity int;
  past_share numeric;
  share numeric;
  spent numeric;
begin
  select * into e from app_public.events where id = event_health_checks.event_id;
  if e.id is null then
    return null;
  end if;
  days_left := (e.starts_at at time zone e.timezone)::date - (as_of at time zone e.timezone)::date;

  -- Casting: confirmed models vs the models each brief needs, sooner is worse.
  for r in
    select b.id, b.title, b.models_needed,
           (select count(*) from app_public.model_castings c
             where c.brief_id = b.id and c.organization_id = b.organization_id and c.status = 'confirmed')::int as confirmed
      from app_public.casting_briefs b
     where b.event_id = e.id and b.organization_id = e.organization_id
     order by b.created_at, b.id
  loop
    missing := greatest(r.models_needed - r.confirmed, 0);
    sev := case when missing = 0 then 'green' when days_left <= 14 then 'red' else 'amber' end;
    checks := checks || app_private.health_check(
      'casting:' || r.id, 'casting', sev,
      case when missing = 0 then format('Casting «%s» completo: %s de %s modelos confirmados.', r.title, r.confirmed, r.models_needed)
           else format('Faltan %s %s para «%s» (%s de %s confirmados, %s días para el show).', missing,
                       case when missing = 1 then 'modelo' else 'modelos' end, r.title, r.confirmed, r.models_needed, days_left) end,
      case when missing = 0 then 'Nada por hacer.'
           else 'Pide sugerencias al agente de casting para este brief o confirma a las personas de respaldo.' end,
      jsonb_build_object('briefId', r.id, 'brief', r.title, 'needed', r.models_needed, 'confirmed', r.confirmed,
                         'missing', missing, 'daysLeft', days_left));
  end loop;

  -- Looks without a confirmed model (a look's model is always a confirmed one: tg_looks__model_confirmed).
  select count(*)::int, count(*) filter (where l.talent_id is null)::int into total, missing
    from app_public.looks l where l.event_id = e.id and l.organization_id = e.organization_id;
  if total = 0 then
    checks := checks || app_private.health_check('looks', 'looks_without_model',
      case when days_left <= 14 then 'red' else 'amber' end,
      'Aún no hay looks en la alineación.',
      'Pide a cada diseñador su lista de looks y cárgala en Alineación.',
      jsonb_build_object('looks', 0, 'withoutModel', 0, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('looks', 'looks_without_model',
      case when missing = 0 then 'green' when days_left <= 7 then 'red' else 'amber' end,
      case when missing = 0 then format('Los %s looks tienen modelo confirmado.', total)
           else format('%s de %s looks sin modelo confirmado.', missing, total) end,
      case when missing = 0 then 'Nada por hacer.' else 'Asigna una modelo confirmada a cada look en Alineación.' end,
      jsonb_build_object('looks', total, 'withoutModel', missing, 'daysLeft', days_left));
  end if;

  -- Run of show: the published one, else the latest version.
  select * into schedule from app_public.runway_schedules s
   where s.event_id = e.id and s.organization_id = e.organization_id
   order by (s.status = 'published') desc, s.version desc limit 1;
  if schedule.id is null then
    if total > 0 then
      checks := checks || app_private.health_check('run_of_show', 'run_of_show',
        case when days_left <= 7 then 'red' else 'amber' end,
        'No hay orden de salida (run of show).',
        'Pide al agente de pasarela que resuelva el orden de salida.',
        jsonb_build_object('state', 'missing', 'daysLeft', days_left));
    end if;
  elsif schedule.solver_status = 'infeasible' then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'red',
      'El orden de salida no es viable: no hay un orden que respete los cambios rápidos.',
      'Revisa los cambios de vestuario y las modelos con varios looks, y vuelve a resolver el orden.',
      jsonb_build_object('state', 'infeasible', 'scheduleId', schedule.id, 'daysLeft', days_left));
  elsif schedule.stale_at is not null then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show',
      case when days_left <= 3 then 'red' else 'amber' end,
      format('El orden de salida está desactualizado (%s cambios desde que se resolvió).',
             jsonb_array_length(schedule.stale_reasons)),
      'Vuelve a resolver el orden de salida con los cambios de looks y modelos.',
      jsonb_build_object('state', 'stale', 'scheduleId', schedule.id, 'changes', jsonb_array_length(schedule.stale_reasons),
                         'staleSince', schedule.stale_at, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'green',
      'El orden de salida está al día.', 'Nada por hacer.',
      jsonb_build_object('state', 'fresh', 'scheduleId', schedule.id, 'daysLeft', days_left));
  end if;

  -- Venue.
  if e.venue_id is null then
    checks := checks || app_private.health_check('venue', 'venue',
      case when days_left <= 30 then 'red' else 'amber' end,
      'No hay venue confirmado.', 'Confirma el venue y asígnalo al evento.',
      jsonb_build_object('daysLeft', days_left));
  end if;

  -- Vendors: one booked per category the event needs.
  for r in
    select c.category,
           count(v.id) filter (where v.status = 'booked')::int as booked,
           count(v.id) filter (where v.status = 'contacted')::int as contacted
      from unnest(e.required_vendor_categories) as c(category)
      left join app_public.vendor_recommendations v
        on v.event_id = e.id and v.organization_id = e.organization_id and v.category = c.category
     group by c.category
     order by c.category
  loop
    checks := checks || app_private.health_check('vendor:' || r.category, 'vendor',
      case when r.booked > 0 then 'green' when days_left <= 14 then 'red' else 'amber' end,
      case when r.booked > 0 then format('Proveedor de %s confirmado.', app_private.vendor_category_es(r.category))
           else format('Sin proveedor de %s confirmado%s.', app_private.vendor_category_es(r.category),
                       case when r.contacted > 0 then format(' (%s en cotización)', r.contacted) else '' end) end,
      case when r.booked > 0 then 'Nada por hacer.'
           else format('Pide recomendaciones de %s en Proveedores y reserva uno.', app_private.vendor_category_es(r.category)) end,
      jsonb_build_object('category', r.category, 'booked', r.booked, 'contacted', r.contacted, 'daysLeft', days_left));
  end loop;

  -- Tickets: sold vs capacity vs past events of the organization at the same point before the show.
  if exists (select 1 from app_public.ticket_tiers t where t.event_id = e.id and t.organization_id = e.organization_id) then
    select coalesce(sum(b.quantity) filter (where b.status = 'paid'), 0)::int into sold
      from app_public.bookings b where b.event_id = e.id and b.organization_id = e.organization_id;
    select coalesce(e.capacity, sum(t.quantity))::int into capacity
      from app_public.ticket_tiers t where t.event_id = e.id and t.organization_id = e.organization_id;
    share := case when capacity > 0 then sold::numeric / capacity else 0 end;
    -- The five latest past events that sold tickets: their share sold by the same number of days before.
    select avg(p.share) into past_share from (
      select (select coalesce(sum(b.quantity), 0) from app_public.bookings b
               where b.event_id = pe.id and b.organization_id = pe.organization_id
                 and b.confirmed_at is not null and b.status in ('paid', 'refunded')
                 and b.confirmed_at <= pe.starts_at - make_interval(days => greatest(days_left, 0)))::numeric
             / nullif(coalesce(pe.capacity, (select sum(t.quantity) from app_public.ticket_tiers t
                                              where t.event_id = pe.id and t.organization_id = pe.organization_id)), 0) as share
        from app_public.events pe
       where pe.organization_id = e.organization_id and pe.id <> e.id and pe.starts_at < as_of and pe.status <> 'cancelled'
         and exists (select 1 from app_public.bookings b where b.event_id = pe.id and b.organization_id = pe.organization_id
                        and b.status in ('paid', 'refunded'))
       order by pe.starts_at desc limit 5
    ) p where p.share is not null;
    sev := case
      when past_share is null or past_share = 0 then case when days_left <= 7 and share < 0.5 then 'amber' else 'green' end
      when share < past_share * 0.5 then case when days_left <= 14 then 'red' else 'amber' end
      when share < past_share * 0.8 then 'amber'
      else 'green' end;
    checks := checks || app_private.health_check('ticket_sales', 'ticket_sales', sev,
      format('%s de %s boletas vendidas (%s %%)%s.', sold, capacity, round(share * 100),
             case when past_share is null then ''
                  else format('; a esta altura los eventos anteriores llevaban %s %%', round(past_share * 100)) end),
      case when sev = 'green' then 'Nada por hacer.'
           else 'Refuerza la promoción (redes, patrocinadores, invitaciones) o revisa precios y preventas.' end,
      jsonb_build_object('sold', sold, 'capacity', capacity, 'share', round(share, 4),
                         'pastShare', round(past_share, 4), 'daysLeft', days_left));
  end if;

  -- Pending reservations and failed payments (last 7 days).
  select count(*) filter (where b.status = 'pending' and b.expires_at > as_of)::int into n
    from app_public.bookings b where b.event_id = e.id and b.organization_id = e.organization_id;
  select count(*)::int into missing
    from app_public.payments p join app_public.bookings b on b.id = p.booking_id and b.organization_id = p.organization_id
   where b.event_id = e.id and b.organization_id = e.organization_id and p.kind = 'charge'
     and p.status in ('DECLINED', 'ERROR') and p.created_at > as_of - interval '7 days';
  if n > 0 or missing > 0 then
    checks := checks || app_private.health_check('payments', 'payments',
      case when missing >= 10 then 'red' when missing > 0 then 'amber' else 'green' end,
      format('%s %s de pago; %s %s en los últimos 7 días.',
             n, case when n = 1 then 'reserva pendiente' else 'reservas pendientes' end,
             missing, case when missing = 1 then 'pago fallido' else 'pagos fallidos' end),
      case when missing > 0 then 'Revisa los pagos rechazados en Boletería y contacta a esos compradores.'
           else 'Nada por hacer: las reservas sin pagar vencen solas.' end,
      jsonb_build_object('pendingReservations', n, 'failedPayments', missing));
  end if;

  -- The organization's AI error rate over the last 24 hours (the seed's alert: over 5 %).
  select count(*)::int, count(*) filter (where not l.success)::int into total, missing
    from app_public.ai_agent_logs l
   where l.organization_id = e.organization_id and l.created_at > as_of - interval '24 hours' and l.created_at <= as_of;
  if total > 0 and missing::numeric / total > 0.05 then
    checks := checks || app_private.health_check('ai_errors', 'ai_errors',
      case when missing::numeric / total > 0.25 then 'red' else 'amber' end,
      format('%s %% de las llamadas a la IA fallaron en las últimas 24 horas (%s de %s).',
             round(100 * missing::numeric / total), missing, total),
      'Revisa los errores de los agentes (clave, créditos, límites del proveedor) en la configuración de IA.',
      jsonb_build_object('calls', total, 'failed', missing, 'rate', round(missing::numeric / total, 4)));
  end if;

  -- Budget: agreed prices of booked vendors (their minimum price when none was agreed) vs the plan.
  select coalesce(sum(coalesce(v.agreed_price_cop, vd.price_min_cop, 0)), 0) into spent
    from app_public.vendor_recommendations v
    join app_public.vendors vd on vd.id = v.vendor_id and vd.organization_id = v.organization_id
   where v.event_id = e.id and v.organization_id = e.organization_id and v.status = 'booked';
  if e.budget_cop is null then
    checks := checks || app_private.health_check('budget', 'budget', 'amber',
      format('No hay presupuesto planeado (comprometido: %s).', app_private.cop(spent)),
      'Define el presupuesto del evento para poder comparar lo comprometido con lo planeado.',
      jsonb_build_object('spentCop', spent, 'plannedCop', null));
  else
    checks := checks || app_private.health_check('budget', 'budget',
      case when spent > e.budget_cop then 'red' when spent >= 0.9 * e.budget_cop then 'amber' else 'green' end,
      format('Comprometido %s de %s planeados (%s %%).', app_private.cop(spent), app_private.cop(e.budget_cop),
             case when e.budget_cop > 0 then round(100 * spent / e.budget_cop) else 0 end),
      case when spent > e.budget_cop then 'Renegocia o cambia proveedores, o ajusta el presupuesto con el cliente.'
           when spent >= 0.9 * e.budget_cop then 'Queda menos del 10 %: revisa las cotizaciones pendientes antes de reservar.'
           else 'Nada por hacer.' end,
      jsonb_build_object('spentCop', spent, 'plannedCop', e.budget_cop));
  end if;

  -- Worst first, then in the order above.
  return (select coalesce(jsonb_agg(c.value order by
            case c.value ->> 'severity' when 'red' then 0 when 'amber' then 1 else 2 end, c.ordinality), '[]'::jsonb)
            from jsonb_array_elements(checks) with ordinality as c(value, ordinality));
end;
$$;
comment on function app_private.event_health_checks(uuid, timestamptz) is
  'The Event Health checks of one event as of an instant (default now), worst first (see event_health_reports.checks); null when the event does not exist. Days left are calendar days in the event''s time zone.';

/*-------------------------------------------------- computing a report */

-- Computes (or recomputes) one event's report for a day, in the caller's
-- transaction: upsert on (event_id, report_date) under a per-event lock, so
-- re-runs and concurrent workers keep one report per event per day and
-- notify a red item once. When the checks changed (or have no summary yet),
-- the summary is cleared and one Event Health run is queued for it.
create or replace function app_private.refresh_event_health(event_id uuid, report_date date, requested_by uuid default null)
returns app_public.event_health_reports language plpgsql volatile security definer
set search_path = pg_catalog, public, pg_temp as $$
#variable_conflict use_column
declare
  e app_public.events;
  previous app_public.event_health_reports;
  report app_public.event_health_reports;
  new_checks jsonb;
  before_red text[];
  new_red jsonb;
  run app_public.agent_runs;
  worst text;
begin
  select * into e from app_public.events where id = refresh_event_health.event_id;
  if e.id is null then
    return null;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('event_health:' || e.id::text, 0));
  new_checks := app_private.event_health_checks(e.id, now());
  worst := coalesce((select c ->> 'severity' from jsonb_array_elements(new_checks) c
                      order by case c ->> 'severity' when 'red' then 0 when 'amber' then 1 else 2 end limit 1), 'green');

  -- What was red before: today's report if it exists, else the latest earlier one.
  select * into previous from app_public.event_health_reports r
   where r.event_id = e.id and r.report_date <= refresh_event_health.report_date
   order by r.report_date desc limit 1;
  select coalesce(array_agg(c ->> 'key'), '{}') into before_red
    from jsonb_array_elements(case when jsonb_typeof(previous.checks) = 'array' then previous.checks else '[]' end) c
   where c ->> 'severity' = 'red';

  insert into app_public.event_health_reports as r
         (organization_id, event_id, report_date, status, checks, red_count, amber_count, computed_at)
  values (e.organization_id, e.id, refresh_event_health.report_date, worst, new_checks,
          (select count(*) from jsonb_array_elements(new_checks) c where c ->> 'severity' = 'red'),
          (select count(*) from jsonb_array_elements(new_checks) c where c ->> 'severity' = 'amber'), now())
  on conflict (event_id, report_date) do update
     set status = excluded.status, checks = excluded.checks, red_count = excluded.red_count,
         amber_count = excluded.amber_count, computed_at = excluded.computed_at, computations = r.computations + 1,
         summary = case when r.checks = excluded.checks then r.summary end,
         summary_model = case when r.checks = excluded.checks then r.summary_model end
  returning * into report;

  -- New red items → one notice per owner and producer.
  select coalesce(jsonb_agg(c), '[]') into new_red
    from jsonb_array_elements(new_checks) c
   where c ->> 'severity' = 'red' and not ((c ->> 'key') = any(before_red));
  if jsonb_array_length(new_red) > 0 then
    insert into app_public.notifications (organization_id, profile_id, kind, event_id, report_id, title, body, data)
    select e.organization_id, m.profile_id, 'event_health_red', e.id, report.id,
           left(format('%s: %s %s en rojo', e.title, jsonb_array_length(new_red),
                       case when jsonb_array_length(new_red) = 1 then 'punto nuevo' else 'puntos nuevos' end), 500),
           left((select string_agg(format('• %s %s', c ->> 'title', c ->> 'nextStep'), E'\n') from jsonb_array_elements(new_red) c), 2000),
           jsonb_build_object('keys', (select jsonb_agg(c -> 'key') from jsonb_array_elements(new_red) c),
                              'reportDate', report.report_date)
      from app_public.memberships m
     where m.organization_id = e.organization_id and m.role in ('owner', 'producer');
  end if;

  -- The summary: one queued run per report at a time (it reads the checks when it starts).
  if report.summary is null then
    select * into run from app_public.agent_runs a where a.id = report.summary_run_id;
    if run.id is null or run.status not in ('queued') then
      insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
        values (e.organization_id, e.id, 'event_health', refresh_event_health.requested_by,
                jsonb_build_object('reportId', report.id, 'eventId', e.id, 'reportDate', report.report_date))
        returning * into run;
      perform graphile_worker.add_job('event_health', json_build_object('agentRunId', run.id),
        job_key => 'agent_run:' || run.id, max_attempts => 3);
      update app_public.event_health_reports set summary_run_id = run.id where id = report.id returning * into report;
    end if;
  end if;
  return report;
end;
$$;
comment on function app_private.refresh_event_health(uuid, date, uuid) is
  'Computes one event''s health report for a day (America/Bogota date): upserts it (one per event per day), notifies owners and producers of red items that were not red before, and queues the Event Health summary when the checks changed (agent_runs.input: {reportId: uuid, eventId: uuid, reportDate: date}). Runs in the caller''s transaction.';

create or replace function app_private.event_health_due(as_of timestamptz default now())
returns setof uuid language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select e.id from app_public.events e
   where e.status in ('draft', 'published') and e.starts_at >= as_of and e.starts_at < as_of + interval '60 days'
   order by e.starts_at, e.id;
$$;
comment on function app_private.event_health_due(timestamptz) is
  'The events the daily Event Health run checks: draft or published, starting in the next 60 days (from as_of), soonest first.';

create or replace function app_private.run_event_health_daily(report_date date, as_of timestamptz default now())
returns int language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  select count(app_private.refresh_event_health(due, run_event_health_daily.report_date))::int
    from app_private.event_health_due(as_of) as due;
$$;
comment on function app_private.run_event_health_daily(date, timestamptz) is
  'Refreshes the report of every event app_private.event_health_due() lists, in one transaction; returns how many. The worker''s task (event_health_daily) does the same in batches of short transactions.';

/*------------------------------------------------------------- the API */

create or replace function app_public.request_event_health(event_id uuid)
returns app_public.event_health_reports language plpgsql strict volatile security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = request_event_health.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  perform app_private.check_agent_limits(e.organization_id);
  return app_private.refresh_event_health(e.id, (now() at time zone 'America/Bogota')::date,
                                          app_public.current_profile_id());
end;
$$;
comment on function app_public.request_event_health(uuid) is
  'Checks an event''s health now (owner, admin, producer): computes today''s report (America/Bogota date) in SQL and returns it, queueing the Event Health agent''s summary. The same report the daily run updates. Over the agent request limit: RATE_LIMITED.';

create or replace function app_public.events_latest_health_report(event app_public.events)
returns app_public.event_health_reports language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select r.* from app_public.event_health_reports r
   where r.event_id = event.id and r.organization_id = event.organization_id
   order by r.report_date desc limit 1;
$$;
comment on function app_public.events_latest_health_report(app_public.events) is
  'The event''s most recent health report (the traffic light on the events list), or null.';

create or replace function app_public.mark_notifications_read(ids uuid[])
returns int language sql volatile set search_path = pg_catalog, public, pg_temp as $$
  with marked as (
    update app_public.notifications n set read_at = now()
     where n.id = any(ids) and n.read_at is null and n.profile_id = app_public.current_profile_id()
    returning 1
  )
  select count(*)::int from marked;
$$;
comment on function app_public.mark_notifications_read(uuid[]) is
  'Marks the caller''s own notices read; returns how many changed (others'' ids are ignored).';

-- Relation names for the composite keys (see 000005).
comment on constraint event_health_reports_event_id_organization_id_fkey on app_public.event_health_reports is '@fieldName event
@foreignFieldName healthReports';
comment on constraint event_health_reports_summary_run_id_fkey on app_public.event_health_reports is '@fieldName summaryRun
@foreignFieldName summarisedHealthReports';
comment on constraint notifications_event_id_organization_id_fkey on app_public.notifications is '@fieldName event
@foreignFieldName notifications';
comment on constraint notifications_report_id_organization_id_fkey on app_public.notifications is '@fieldName report
@foreignFieldName notifications';


-- Vendor Coordination (issue 18): what a producer needs to choose a vendor
-- (price range in COP, capacity, whether they travel, availability on
-- dates, ratings from the organization's past events), a shortlist in SQL
-- that the Vendor Coordination agent only ranks, and booking that marks the
-- vendor's availability.

alter table app_public.vendors
  add column if not exists travels boolean not null default false,
  add column if not exists capacity int check (capacity > 0);
comment on column app_public.vendors.travels is 'Works outside its city (travel paid by the event): shortlisted for events in any city.';
comment on column app_public.vendors.capacity is 'How many guests it can serve at one event (catering, security, sound…); null: not limited or not known.';

alter table app_public.vendor_recommendations
  add column if not exists rating smallint check (rating between 1 and 5),
  add column if not exists rating_note text check (length(rating_note) <= 1000);
comment on column app_public.vendor_recommendations.rating is 'How the booked vendor did at this event, 1 to 5 stars (set after the event): the vendor''s rating from past events.';
comment on column app_public.vendor_recommendations.rating_note is 'What went well or badly, for the next producer.';
comment on column app_public.vendor_recommendations.status is
  'suggested (by the agent or a producer), contacted (a quote was requested), booked (hired: the vendor is marked unavailable for the event''s dates) or rejected (declined).';

create table if not exists app_public.vendor_availability (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  vendor_id uuid not null,
  period tstzrange not null check (not isempty(period) and not lower_inf(period) and not upper_inf(period)),
  kind text not null check (kind in ('unavailable', 'booked')),
  event_id uuid,
  notes text check (length(notes) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (vendor_id, event_id),
  check ((kind = 'booked') = (event_id is not null)),
  foreign key (vendor_id, organization_id) references app_public.vendors (id, organization_id) on delete cascade,
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade
);
create index if not exists vendor_availability_organization_id_idx on app_public.vendor_availability (organization_id);
create index if not exists vendor_availability_vendor_id_organization_id_idx on app_public.vendor_availability (vendor_id, organization_id);
create index if not exists vendor_availability_event_id_organization_id_idx on app_public.vendor_availability (event_id, organization_id);
create index if not exists vendor_availability_vendor_id_period_idx on app_public.vendor_availability using gist (vendor_id, period);
comment on table app_public.vendor_availability is
  'When a vendor cannot take another event: periods the producer marks unavailable, and the events it is booked for (written when a recommendation is booked, removed when it is not any more). The shortlist leaves out vendors busy on an event''s dates.';
comment on column app_public.vendor_availability.id is 'Unique identifier of the period.';
comment on column app_public.vendor_availability.organization_id is 'Organization of the vendor (set automatically).';
comment on column app_public.vendor_availability.vendor_id is 'The vendor.';
comment on column app_public.vendor_availability.period is 'From when to when (UTC instants, end excluded).';
comment on column app_public.vendor_availability.kind is 'unavailable (marked by a producer) or booked (for event_id, from its booking).';
comment on column app_public.vendor_availability.event_id is 'The event it is booked for (kind booked).';
comment on column app_public.vendor_availability.notes is 'Why, in a few words.';
comment on column app_public.vendor_availability.created_at is 'When it was added.';
comment on column app_public.vendor_availability.updated_at is 'When it last changed.';
comment on constraint vendor_availability_vendor_id_organization_id_fkey on app_public.vendor_availability is '@fieldName vendor
@foreignFieldName availability';
comment on constraint vendor_availability_event_id_organization_id_fkey on app_public.vendor_availability is '@fieldName event
@foreignFieldName vendorBookings';
drop trigger if exists _050_organization on app_public.vendor_availability;
create trigger _050_organization before insert on app_public.vendor_availability
  for each row execute function app_private.tg__inherit_organization('vendors', 'vendor_id');
drop trigger if exists _100_timestamps on app_public.vendor_availability;
create trigger _100_timestamps before insert or update on app_public.vendor_availability
  for each row execute function app_private.tg__timestamps();

-- Booking marks the vendor busy for the event's dates; un-booking frees them.
create or replace function app_private.tg_vendor_recommendations__availability() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.status = 'booked' then
    insert into app_public.vendor_availability (organization_id, vendor_id, period, kind, event_id)
    select e.organization_id, new.vendor_id, tstzrange(e.starts_at, e.ends_at), 'booked', e.id
      from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
    on conflict (vendor_id, event_id) do nothing;
  elsif tg_op = 'UPDATE' and old.status = 'booked' then
    delete from app_public.vendor_availability a
     where a.vendor_id = old.vendor_id and a.event_id = old.event_id and a.kind = 'booked';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_vendor_recommendations__availability() is
  'Keeps vendor_availability in step with bookings: booked → the vendor is busy for the event''s dates; no longer booked → freed.';
drop trigger if exists _500_availability on app_public.vendor_recommendations;
create trigger _500_availability after insert or update of status on app_public.vendor_recommendations
  for each row execute function app_private.tg_vendor_recommendations__availability();

create or replace function app_public.vendors_past_rating(vendor app_public.vendors) returns numeric
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select round(avg(r.rating), 1) from app_public.vendor_recommendations r
   where r.vendor_id = vendor.id and r.organization_id = vendor.organization_id and r.rating is not null;
$$;
comment on function app_public.vendors_past_rating(app_public.vendors) is
  'The average of the ratings the organization gave this vendor at past events (1 to 5, one decimal); null when never rated.';

-- The hard constraints, in SQL: nothing outside them is sent to the model or stored.
create or replace function app_private.vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors int default 30)
returns table (vendor_id uuid, name text, city text, travels boolean, price_min_cop bigint, price_max_cop bigint,
               capacity int, rating numeric, past_rating numeric, past_bookings int, notes text)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select v.id, v.name, v.city, v.travels, v.price_min_cop, v.price_max_cop, v.capacity, v.rating,
         app_public.vendors_past_rating(v),
         (select count(*)::int from app_public.vendor_recommendations b
           where b.vendor_id = v.id and b.organization_id = v.organization_id and b.status = 'booked'),
         left(v.notes, 500)
    from app_public.events e
    left join app_public.venues ve on ve.id = e.venue_id and ve.organization_id = e.organization_id
    join app_public.vendors v on v.organization_id = e.organization_id and v.category = vendor_shortlist.category
   where e.id = vendor_shortlist.event_id
     -- In the venue's city, or travels (an event without a venue yet: any city).
     and (ve.id is null or v.travels or lower(v.city) = lower(ve.city))
     -- Within budget: its lowest price fits (a vendor without prices is asked for a quote).
     and (v.price_min_cop is null or v.price_min_cop <= vendor_shortlist.budget_cop)
     -- Big enough for the event.
     and (v.capacity is null or e.capacity is null or v.capacity >= e.capacity)
     -- Free on the event's dates.
     and not exists (select 1 from app_public.vendor_availability a
                      where a.vendor_id = v.id and a.organization_id = v.organization_id
                        and a.period && tstzrange(e.starts_at, e.ends_at))
     -- Not already recommended, quoted, booked or declined for this event.
     and not exists (select 1 from app_public.vendor_recommendations r
                      where r.event_id = e.id and r.organization_id = e.organization_id and r.vendor_id = v.id)
   order by coalesce(app_public.vendors_past_rating(v), v.rating) desc nulls last, v.price_min_cop nulls last, v.id
   limit greatest(vendor_shortlist.max_vendors, 0);
$$;
comment on function app_private.vendor_shortlist(uuid, text, bigint, int) is
  'The vendors the Vendor Coordination agent may rank for an event and a category: the organization''s, in the venue''s city or travelling, lowest price within the budget (COP), capacity for the event, free on its dates, not already recommended for it; best rated first, at most max_vendors.';

create or replace function app_public.request_vendor_recommendations(event_id uuid, category text, budget_cop bigint)
returns app_public.agent_runs language plpgsql volatile security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = request_vendor_recommendations.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  if category is null or not (category = any(array['catering', 'lighting', 'sound', 'staging', 'security', 'photography',
                                                   'video', 'hair_makeup', 'models_agency', 'transport', 'printing', 'other'])) then
    raise exception 'Unknown vendor category.' using errcode = '23514';
  end if;
  if budget_cop is null or budget_cop < 0 or budget_cop > 100000000000 then
    raise exception 'The budget must be between 0 and 100,000,000,000 COP.' using errcode = '23514';
  end if;

  select * into run from app_public.agent_runs r
   where r.agent_type = 'vendor_coordination' and r.event_id = e.id and r.input ->> 'category' = category
     and r.status in ('queued', 'running');
  if run.id is not null then
    return run;
  end if;
  perform app_private.check_agent_limits(e.organization_id);
  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (e.organization_id, e.id, 'vendor_coordination', app_public.current_profile_id(),
              jsonb_build_object('eventId', e.id, 'category', category, 'budgetCop', budget_cop,
                                 'vendorRequest', e.id::text || ':' || category))
      returning * into run;
  exception when unique_violation then
    select * into run from app_public.agent_runs r
     where r.agent_type = 'vendor_coordination' and r.event_id = e.id and r.input ->> 'category' = category
       and r.status in ('queued', 'running');
    return run;
  end;
  perform graphile_worker.add_job('vendor_coordination', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;
comment on function app_public.request_vendor_recommendations(uuid, text, bigint) is
  'Asks the Vendor Coordination agent to recommend vendors of a category for an event within a budget in COP (producer, admin, owner). Returns the queued run, or the one already queued or running for that event and category (agent_runs.input: {eventId: uuid, category: string, budgetCop: integer, vendorRequest: string}). Over the agent request limit: RATE_LIMITED.';

create unique index if not exists agent_runs_one_active_vendor_request on app_public.agent_runs ((input ->> 'vendorRequest'))
  where status in ('queued', 'running') and input ? 'vendorRequest';
