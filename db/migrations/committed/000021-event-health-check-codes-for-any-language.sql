--! Previous: sha1:e99cc25c63e39ca0f9c9c94c45ba2d967baa8cdc
--! Hash: sha1:a482bad90ec9d16ba7bff94b491d1c5fb99168d2
--! Message: Event Health check codes for any language

-- Tables: app_public.event_health_reports, app_public.notifications
--
-- Event Health checks in any language (issue 18): each check stored a title
-- and a next step in es-CO only, so a producer using the dashboard in English
-- read Spanish. Each check now also carries a stable titleCode and
-- nextStepCode; its facts are their parameters, and the web client
-- translates them (web/src/i18n, health.checkTitles / health.nextSteps). The
-- es-CO title and nextStep stay for the summary agent and the notices.

-- Every message code a check can carry, in one place: health_check() refuses
-- any other, test/event-health-codes.test.ts checks that the web has a text
-- for each in both languages, and the column comment below lists them.
create or replace function app_private.event_health_codes()
returns table (kind text, code text) language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  values
    ('title', 'casting.complete'),
    ('title', 'casting.missing'),
    ('title', 'looks.none'),
    ('title', 'looks.all_cast'),
    ('title', 'looks.missing'),
    ('title', 'run_of_show.missing'),
    ('title', 'run_of_show.infeasible'),
    ('title', 'run_of_show.stale'),
    ('title', 'run_of_show.fresh'),
    ('title', 'venue.missing'),
    ('title', 'vendor.booked'),
    ('title', 'vendor.quoting'),
    ('title', 'vendor.missing'),
    ('title', 'ticket_sales.sold'),
    ('title', 'ticket_sales.sold_vs_past'),
    ('title', 'payments.open'),
    ('title', 'ai_errors.rate'),
    ('title', 'budget.unplanned'),
    ('title', 'budget.committed'),
    ('next_step', 'none'),
    ('next_step', 'casting.ask_agent'),
    ('next_step', 'looks.upload'),
    ('next_step', 'looks.assign'),
    ('next_step', 'run_of_show.solve'),
    ('next_step', 'run_of_show.fix_changes'),
    ('next_step', 'run_of_show.solve_again'),
    ('next_step', 'venue.confirm'),
    ('next_step', 'vendor.recommend'),
    ('next_step', 'ticket_sales.promote'),
    ('next_step', 'payments.review_declined'),
    ('next_step', 'payments.pending_expire'),
    ('next_step', 'ai_errors.review'),
    ('next_step', 'budget.plan'),
    ('next_step', 'budget.over'),
    ('next_step', 'budget.near');
$$;
comment on function app_private.event_health_codes() is
  'Every Event Health message code: kind title (titleCode of a check) or next_step (nextStepCode). The web translates each (health.checkTitles.<code>, health.nextSteps.<code>) with the check''s facts as parameters.';

drop function if exists app_private.health_check(text, text, text, text, text, jsonb);
-- One check as stored in a report.
create or replace function app_private.health_check(key text, code text, severity text, title_code text, title text,
                                                    next_step_code text, next_step text, facts jsonb)
returns jsonb language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
begin
  if not exists (select 1 from app_private.event_health_codes() c where c.kind = 'title' and c.code = title_code)
     or not exists (select 1 from app_private.event_health_codes() c where c.kind = 'next_step' and c.code = next_step_code) then
    raise exception 'Unknown Event Health message code: % / %', title_code, next_step_code using errcode = 'XX000';
  end if;
  return jsonb_build_object('key', key, 'code', code, 'severity', severity, 'titleCode', title_code, 'title', title,
                            'nextStepCode', next_step_code, 'nextStep', next_step, 'facts', coalesce(facts, '{}'::jsonb));
end;
$$;
comment on function app_private.health_check(text, text, text, text, text, text, text, jsonb) is
  'Builds one Event Health check: {key, code, severity (red, amber, green), titleCode, title (es-CO), nextStepCode, nextStep (es-CO), facts}; an unknown message code (see event_health_codes()) is a bug and raises.';

comment on column app_public.event_health_reports.checks is
  'The checks, worst first: objects {key, code, severity (red, amber, green), titleCode, title, nextStepCode, nextStep, facts}. code is the kind of check: casting, looks_without_model, run_of_show, venue, vendor, ticket_sales, payments, ai_errors, budget; key is unique within a report (e.g. vendor:sound). titleCode and nextStepCode are stable message codes for any language, with facts as their parameters (counts, daysLeft, brief, category, sold, capacity, share and pastShare as ratios, spentCop and plannedCop in COP whole pesos…); title and nextStep are the same messages in es-CO. titleCode: casting.complete, casting.missing, looks.none, looks.all_cast, looks.missing, run_of_show.missing, run_of_show.infeasible, run_of_show.stale, run_of_show.fresh, venue.missing, vendor.booked, vendor.quoting, vendor.missing, ticket_sales.sold, ticket_sales.sold_vs_past, payments.open, ai_errors.rate, budget.unplanned, budget.committed. nextStepCode: none, casting.ask_agent, looks.upload, looks.assign, run_of_show.solve, run_of_show.fix_changes, run_of_show.solve_again, venue.confirm, vendor.recommend, ticket_sales.promote, payments.review_declined, payments.pending_expire, ai_errors.review, budget.plan, budget.over, budget.near. Reports computed before the codes existed have title and nextStep only.';

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
      case when missing = 0 then 'casting.complete' else 'casting.missing' end,
      case when missing = 0 then format('Casting «%s» completo: %s de %s modelos confirmados.', r.title, r.confirmed, r.models_needed)
           else format('Faltan %s %s para «%s» (%s de %s confirmados, %s días para el show).', missing,
                       case when missing = 1 then 'modelo' else 'modelos' end, r.title, r.confirmed, r.models_needed, days_left) end,
      case when missing = 0 then 'none' else 'casting.ask_agent' end,
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
      'looks.none', 'Aún no hay looks en la alineación.',
      'looks.upload', 'Pide a cada diseñador su lista de looks y cárgala en Alineación.',
      jsonb_build_object('looks', 0, 'withoutModel', 0, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('looks', 'looks_without_model',
      case when missing = 0 then 'green' when days_left <= 7 then 'red' else 'amber' end,
      case when missing = 0 then 'looks.all_cast' else 'looks.missing' end,
      case when missing = 0 then format('Los %s looks tienen modelo confirmado.', total)
           else format('%s de %s looks sin modelo confirmado.', missing, total) end,
      case when missing = 0 then 'none' else 'looks.assign' end,
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
        'run_of_show.missing', 'No hay orden de salida (run of show).',
        'run_of_show.solve', 'Pide al agente de pasarela que resuelva el orden de salida.',
        jsonb_build_object('state', 'missing', 'daysLeft', days_left));
    end if;
  elsif schedule.solver_status = 'infeasible' then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'red',
      'run_of_show.infeasible', 'El orden de salida no es viable: no hay un orden que respete los cambios rápidos.',
      'run_of_show.fix_changes', 'Revisa los cambios de vestuario y las modelos con varios looks, y vuelve a resolver el orden.',
      jsonb_build_object('state', 'infeasible', 'scheduleId', schedule.id, 'daysLeft', days_left));
  elsif schedule.stale_at is not null then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show',
      case when days_left <= 3 then 'red' else 'amber' end,
      'run_of_show.stale', format('El orden de salida está desactualizado (%s cambios desde que se resolvió).',
             jsonb_array_length(schedule.stale_reasons)),
      'run_of_show.solve_again', 'Vuelve a resolver el orden de salida con los cambios de looks y modelos.',
      jsonb_build_object('state', 'stale', 'scheduleId', schedule.id, 'changes', jsonb_array_length(schedule.stale_reasons),
                         'staleSince', schedule.stale_at, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'green',
      'run_of_show.fresh', 'El orden de salida está al día.', 'none', 'Nada por hacer.',
      jsonb_build_object('state', 'fresh', 'scheduleId', schedule.id, 'daysLeft', days_left));
  end if;

  -- Venue.
  if e.venue_id is null then
    checks := checks || app_private.health_check('venue', 'venue',
      case when days_left <= 30 then 'red' else 'amber' end,
      'venue.missing', 'No hay venue confirmado.', 'venue.confirm', 'Confirma el venue y asígnalo al evento.',
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
      case when r.booked > 0 then 'vendor.booked' when r.contacted > 0 then 'vendor.quoting' else 'vendor.missing' end,
      case when r.booked > 0 then format('Proveedor de %s confirmado.', app_private.vendor_category_es(r.category))
           else format('Sin proveedor de %s confirmado%s.', app_private.vendor_category_es(r.category),
                       case when r.contacted > 0 then format(' (%s en cotización)', r.contacted) else '' end) end,
      case when r.booked > 0 then 'none' else 'vendor.recommend' end,
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
      case when past_share is null then 'ticket_sales.sold' else 'ticket_sales.sold_vs_past' end,
      format('%s de %s boletas vendidas (%s %%)%s.', sold, capacity, round(share * 100),
             case when past_share is null then ''
                  else format('; a esta altura los eventos anteriores llevaban %s %%', round(past_share * 100)) end),
      case when sev = 'green' then 'none' else 'ticket_sales.promote' end,
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
      'payments.open', format('%s %s de pago; %s %s en los últimos 7 días.',
             n, case when n = 1 then 'reserva pendiente' else 'reservas pendientes' end,
             missing, case when missing = 1 then 'pago fallido' else 'pagos fallidos' end),
      case when missing > 0 then 'payments.review_declined' else 'payments.pending_expire' end,
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
      'ai_errors.rate', format('%s %% de las llamadas a la IA fallaron en las últimas 24 horas (%s de %s).',
             round(100 * missing::numeric / total), missing, total),
      'ai_errors.review', 'Revisa los errores de los agentes (clave, créditos, límites del proveedor) en la configuración de IA.',
      jsonb_build_object('calls', total, 'failed', missing, 'rate', round(missing::numeric / total, 4)));
  end if;

  -- Budget: agreed prices of booked vendors (their minimum price when none was agreed) vs the plan.
  select coalesce(sum(coalesce(v.agreed_price_cop, vd.price_min_cop, 0)), 0) into spent
    from app_public.vendor_recommendations v
    join app_public.vendors vd on vd.id = v.vendor_id and vd.organization_id = v.organization_id
   where v.event_id = e.id and v.organization_id = e.organization_id and v.status = 'booked';
  if e.budget_cop is null then
    checks := checks || app_private.health_check('budget', 'budget', 'amber',
      'budget.unplanned', format('No hay presupuesto planeado (comprometido: %s).', app_private.cop(spent)),
      'budget.plan', 'Define el presupuesto del evento para poder comparar lo comprometido con lo planeado.',
      jsonb_build_object('spentCop', spent, 'plannedCop', null));
  else
    checks := checks || app_private.health_check('budget', 'budget',
      case when spent > e.budget_cop then 'red' when spent >= 0.9 * e.budget_cop then 'amber' else 'green' end,
      'budget.committed', format('Comprometido %s de %s planeados (%s %%).', app_private.cop(spent), app_private.cop(e.budget_cop),
             case when e.budget_cop > 0 then round(100 * spent / e.budget_cop) else 0 end),
      case when spent > e.budget_cop then 'budget.over' when spent >= 0.9 * e.budget_cop then 'budget.near' else 'none' end,
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

-- The notices of new red items carry the same codes, so the app shows them in the reader's language.
comment on column app_public.notifications.data is
  'Details for the app (event_health_red: {keys, reportDate, eventTitle, items: [{key, titleCode, nextStepCode, facts}]}, the codes as in event_health_reports.checks).';
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
                              'reportDate', report.report_date, 'eventTitle', e.title,
                              -- What the app translates (the title and body above are es-CO).
                              'items', (select jsonb_agg(jsonb_build_object('key', c -> 'key', 'titleCode', c -> 'titleCode',
                                                                            'nextStepCode', c -> 'nextStepCode', 'facts', c -> 'facts'))
                                          from jsonb_array_elements(new_red) c))
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
