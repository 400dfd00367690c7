--! Previous: sha1:a482bad90ec9d16ba7bff94b491d1c5fb99168d2
--! Hash: sha1:dd62e3d3e39c7d1cb51795cf72653546ed5d5dd5
--! Message: Vendor availability and ratings from the dashboard

-- Tables: app_public.vendor_recommendations
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
