--! Previous: sha1:5772dd985b6c54e5b207a0f3593cc3c96059d978
--! Hash: sha1:2459b298e7288be564ab83b3b87b61966207558c
--! Message: Event Health codes for any language, vendor availability and ratings, event budgets kept from door staff

-- Tables: app_public.event_budgets, app_public.event_health_reports, app_public.events, app_public.notifications, app_public.vendor_recommendations
-- Event Health codes for any language, vendor availability and ratings from the dashboard, event budgets kept
-- from door staff, and the rating rule that lets erasure redact a note (issue 18's leftovers, four steps in one).

-- ==== 000021-event-health-check-codes-for-any-language ====
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

-- ==== 000022-vendor-availability-and-ratings-from-the-dashboard ====
--
-- Vendor availability and ratings from the dashboard (issue 18): a producer
-- marks a vendor unavailable for calendar days (the shortlist then leaves it
-- out of events on those days) and rates a booked vendor once the event is
-- over. Both rules live here, so the API and the dashboard obey the same
-- ones, with coded errors the dashboard shows in the reader's language.

-- Marking days: calendar days in the organization's time zone, both included.
create or replace function app_public.mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date,
                                                              notes text default null)
returns app_public.vendor_availability language plpgsql volatile
set search_path = pg_catalog, public, pg_temp as $$
declare
  v app_public.vendors;
  zone text;
  result app_public.vendor_availability;
  today date;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  -- Row-level security: a vendor of another organization is not found.
  select * into v from app_public.vendors where id = mark_vendor_unavailable.vendor_id;
  if v.id is null then
    raise exception 'That vendor does not exist.' using errcode = 'NTFND';
  end if;
  if not (v.organization_id = any(app_private.organization_ids_with_role('{owner,admin,producer}'))) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
  if first_day is null or last_day is null then
    raise exception 'Both days are required.' using errcode = 'INVAL';
  end if;
  if last_day < first_day then
    raise exception 'The last day is before the first day.' using errcode = 'VDATE';
  end if;
  select o.timezone into zone from app_public.organizations o where o.id = v.organization_id;
  today := (now() at time zone zone)::date;
  if last_day < today then
    raise exception 'Those days are in the past.' using errcode = 'VPAST';
  end if;
  if last_day - first_day > 366 then
    raise exception 'At most a year at a time.' using errcode = 'INVAL';
  end if;
  -- One producer's periods at a time per vendor, so two overlapping marks cannot both pass the check.
  perform pg_advisory_xact_lock(hashtextextended('vendor_availability:' || v.id::text, 0));
  if exists (select 1 from app_public.vendor_availability a
              where a.vendor_id = v.id and a.organization_id = v.organization_id and a.kind = 'unavailable'
                and a.period && tstzrange((first_day::timestamp at time zone zone), ((last_day + 1)::timestamp at time zone zone))) then
    raise exception 'The vendor is already marked unavailable on some of those days.' using errcode = 'VOVLP';
  end if;
  insert into app_public.vendor_availability (vendor_id, period, kind, notes)
  values (v.id, tstzrange((first_day::timestamp at time zone zone), ((last_day + 1)::timestamp at time zone zone)),
          'unavailable', nullif(trim(mark_vendor_unavailable.notes), ''))
  returning * into result;
  return result;
end;
$$;
comment on function app_public.mark_vendor_unavailable(uuid, date, date, text) is
  'Marks a vendor unavailable from first_day to last_day, both included, calendar days in the organization''s time zone (America/Bogota by default) (producer, admin, owner). The shortlist then leaves the vendor out of events on those days. Errors: VALIDATION_FAILED DATES_REVERSED (last day before the first), DATES_IN_PAST (all days past), INVALID_INPUT (a day missing, or over a year); CONFLICT ALREADY_UNAVAILABLE (overlaps a period already marked); NOT_FOUND; FORBIDDEN.';

-- The days of a period, for people: in the organization's time zone, the last day included.
create or replace function app_public.vendor_availability_first_day(a app_public.vendor_availability) returns date
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select (lower(a.period) at time zone o.timezone)::date from app_public.organizations o where o.id = a.organization_id;
$$;
comment on function app_public.vendor_availability_first_day(app_public.vendor_availability) is
  'The first day of the period, in the organization''s time zone.';
create or replace function app_public.vendor_availability_last_day(a app_public.vendor_availability) returns date
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select ((upper(a.period) - interval '1 microsecond') at time zone o.timezone)::date
    from app_public.organizations o where o.id = a.organization_id;
$$;
comment on function app_public.vendor_availability_last_day(app_public.vendor_availability) is
  'The last day of the period (included), in the organization''s time zone.';

-- The organization's periods not over yet, for the vendors page: one list (a
-- per-vendor connection would multiply the query's cost by every vendor).
create or replace function app_public.upcoming_vendor_availability(organization_id uuid)
returns setof app_public.vendor_availability language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select a.* from app_public.vendor_availability a
   where a.organization_id = upcoming_vendor_availability.organization_id and upper(a.period) > now()
   order by lower(a.period), a.id;
$$;
comment on function app_public.upcoming_vendor_availability(uuid) is
  E'@behavior -filterBy -orderBy\nThe organization''s vendor periods not over yet (marked unavailable, or booked for an event), soonest first; row-level security shows only an organization the caller belongs to.';

-- Ratings: only a booked vendor, only once its event is over. A trigger, so
-- updateVendorRecommendation obeys it as well as the dashboard.
create or replace function app_private.tg_vendor_recommendations__rating() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.rating is not distinct from old.rating and new.rating_note is not distinct from old.rating_note then
    return new;
  end if;
  if new.rating is null and new.rating_note is null then
    return new; -- clearing a rating is always allowed
  end if;
  if new.status <> 'booked' then
    raise exception 'Only a booked vendor can be rated.' using errcode = 'VNBKD';
  end if;
  if exists (select 1 from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
                and e.ends_at > now()) then
    raise exception 'The vendor can be rated once the event is over.' using errcode = 'VNOVR';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_vendor_recommendations__rating() is
  'A rating (1 to 5) and its note are for a booked vendor after its event ended: NOT_BOOKED (VNBKD) or EVENT_NOT_OVER (VNOVR) otherwise.';
drop trigger if exists _200_rating on app_public.vendor_recommendations;
create trigger _200_rating before update of rating, rating_note, status on app_public.vendor_recommendations
  for each row execute function app_private.tg_vendor_recommendations__rating();

-- An unknown Event Health message code is a bug in the checks: a plain exception (an internal error), no SQLSTATE of its own.
create or replace function app_private.health_check(key text, code text, severity text, title_code text, title text,
                                                    next_step_code text, next_step text, facts jsonb)
returns jsonb language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
begin
  if not exists (select 1 from app_private.event_health_codes() c where c.kind = 'title' and c.code = title_code)
     or not exists (select 1 from app_private.event_health_codes() c where c.kind = 'next_step' and c.code = next_step_code) then
    raise exception 'Unknown Event Health message code: % / %', title_code, next_step_code;
  end if;
  return jsonb_build_object('key', key, 'code', code, 'severity', severity, 'titleCode', title_code, 'title', title,
                            'nextStepCode', next_step_code, 'nextStep', next_step, 'facts', coalesce(facts, '{}'::jsonb));
end;
$$;

-- ==== 000023-event-budgets-apart-from-events-kept-from-door-staff ====
--
-- Money is not for door staff (issue 18): events.budget_cop sat on the events
-- row, and door staff (who only check guests in) read every events row to
-- pick the one they work at, so they read the budget too. Column privileges
-- cannot tell door staff from a producer (every member is the same database
-- role, and PostGraphile reads a whole row for computed fields), so the
-- budget moves to its own table, event_budgets, whose policies leave door
-- staff out: the members who read the organization's money (vendor prices,
-- sponsor amounts, health reports) read it, producers, admins and owners
-- write it. No other money column is readable by door staff: they read
-- events (now without money), their organization, their own profile and
-- membership, and published covers; ticket prices are public.

create table if not exists app_public.event_budgets (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null unique,
  budget_cop bigint not null check (budget_cop >= 0 and budget_cop <= 100000000000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade
);
create index if not exists event_budgets_organization_id_idx on app_public.event_budgets (organization_id);
comment on table app_public.event_budgets is
  'An event''s planned budget for suppliers, apart from the event because it is money: members who handle the organization''s content read it, producers, admins and owners write it, door staff never see it. Event Health compares the agreed prices of booked vendors with it. One per event; no row: not planned yet.';
comment on column app_public.event_budgets.id is 'Unique identifier of the budget.';
comment on column app_public.event_budgets.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.event_budgets.event_id is 'The event.';
comment on column app_public.event_budgets.budget_cop is 'The planned budget for suppliers, in COP (whole pesos), 0 to 100,000,000,000.';
comment on column app_public.event_budgets.created_at is 'When it was first planned.';
comment on column app_public.event_budgets.updated_at is 'When it last changed.';
comment on constraint event_budgets_event_id_organization_id_fkey on app_public.event_budgets is '@fieldName event
@foreignFieldName budget';
drop trigger if exists _050_organization on app_public.event_budgets;
create trigger _050_organization before insert on app_public.event_budgets
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
drop trigger if exists _100_timestamps on app_public.event_budgets;
create trigger _100_timestamps before insert or update on app_public.event_budgets
  for each row execute function app_private.tg__timestamps();

insert into app_public.event_budgets (organization_id, event_id, budget_cop)
select e.organization_id, e.id, e.budget_cop from app_public.events e where e.budget_cop is not null
on conflict (event_id) do nothing;
alter table app_public.events drop column if exists budget_cop;

-- Setting the plan in one call (the event form's field before the split): null removes it.
create or replace function app_public.set_event_budget(event_id uuid, budget_cop bigint)
returns app_public.event_budgets language plpgsql volatile
set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
  result app_public.event_budgets;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = set_event_budget.event_id;
  if e.id is null then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if not (e.organization_id = any(app_private.organization_ids_with_role('{owner,admin,producer}'))) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
  if budget_cop is null then
    delete from app_public.event_budgets b where b.event_id = e.id returning * into result;
    return result;
  end if;
  insert into app_public.event_budgets as b (event_id, budget_cop) values (e.id, set_event_budget.budget_cop)
  on conflict on constraint event_budgets_event_id_key do update set budget_cop = excluded.budget_cop
  returning * into result;
  return result;
end;
$$;
comment on function app_public.set_event_budget(uuid, bigint) is
  'Sets an event''s planned supplier budget in COP (whole pesos; null: not planned) (producer, admin, owner). Returns the budget (the removed one for null). Errors: VALIDATION_FAILED OUT_OF_RANGE (below 0 or over 100,000,000,000), NOT_FOUND, FORBIDDEN.';

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
  planned bigint;
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

  -- The plan is in event_budgets (money, kept from door staff).
  select b.budget_cop into planned from app_public.event_budgets b
   where b.event_id = e.id and b.organization_id = e.organization_id;
  -- Budget: agreed prices of booked vendors (their minimum price when none was agreed) vs the plan.
  select coalesce(sum(coalesce(v.agreed_price_cop, vd.price_min_cop, 0)), 0) into spent
    from app_public.vendor_recommendations v
    join app_public.vendors vd on vd.id = v.vendor_id and vd.organization_id = v.organization_id
   where v.event_id = e.id and v.organization_id = e.organization_id and v.status = 'booked';
  if planned is null then
    checks := checks || app_private.health_check('budget', 'budget', 'amber',
      'budget.unplanned', format('No hay presupuesto planeado (comprometido: %s).', app_private.cop(spent)),
      'budget.plan', 'Define el presupuesto del evento para poder comparar lo comprometido con lo planeado.',
      jsonb_build_object('spentCop', spent, 'plannedCop', null));
  else
    checks := checks || app_private.health_check('budget', 'budget',
      case when spent > planned then 'red' when spent >= 0.9 * planned then 'amber' else 'green' end,
      'budget.committed', format('Comprometido %s de %s planeados (%s %%).', app_private.cop(spent), app_private.cop(planned),
             case when planned > 0 then round(100 * spent / planned) else 0 end),
      case when spent > planned then 'budget.over' when spent >= 0.9 * planned then 'budget.near' else 'none' end,
      case when spent > planned then 'Renegocia o cambia proveedores, o ajusta el presupuesto con el cliente.'
           when spent >= 0.9 * planned then 'Queda menos del 10 %: revisa las cotizaciones pendientes antes de reservar.'
           else 'Nada por hacer.' end,
      jsonb_build_object('spentCop', spent, 'plannedCop', planned));
  end if;

  -- Worst first, then in the order above.
  return (select coalesce(jsonb_agg(c.value order by
            case c.value ->> 'severity' when 'red' then 0 when 'amber' then 1 else 2 end, c.ordinality), '[]'::jsonb)
            from jsonb_array_elements(checks) with ordinality as c(value, ordinality));
end;
$$;
comment on function app_private.event_health_checks(uuid, timestamptz) is
  'The Event Health checks of one event as of an instant (default now), worst first (see event_health_reports.checks); null when the event does not exist. Days left are calendar days in the event''s time zone. The budget check reads event_budgets.';

-- ==== 000024-vendor-rating-rule-applies-to-the-stars-so-erasure-can-redac ====
--
-- The rating rule (000022) refused erase_talent's redaction of a rating note
-- (Ley 1581: supresión: the note is free text and may name a person). The
-- rule is about the stars: it now applies when a rating is given or changed;
-- a note alone may always be rewritten.
create or replace function app_private.tg_vendor_recommendations__rating() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  -- Only giving or changing the stars is held to the rule; clearing them, or rewriting the note alone
  -- (erase_talent redacts it), is always allowed.
  if new.rating is not distinct from old.rating or new.rating is null then
    return new;
  end if;
  if new.status <> 'booked' then
    raise exception 'Only a booked vendor can be rated.' using errcode = 'VNBKD';
  end if;
  if exists (select 1 from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
                and e.ends_at > now()) then
    raise exception 'The vendor can be rated once the event is over.' using errcode = 'VNOVR';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_vendor_recommendations__rating() is
  'A rating (1 to 5) is given to a booked vendor after its event ended: NOT_BOOKED (VNBKD) or EVENT_NOT_OVER (VNOVR) otherwise. The note alone may always be rewritten (erase_talent redacts it).';
