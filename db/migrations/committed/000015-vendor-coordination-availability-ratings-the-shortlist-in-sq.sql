--! Previous: sha1:4b8b58db4f314ed9d7aff577adb845b001adadb2
--! Hash: sha1:28d16b9b4abef66b995127e86fca0514f477d891
--! Message: Vendor Coordination: availability, ratings, the shortlist in SQL and requestVendorRecommendations

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
  'Asks the Vendor Coordination agent to recommend vendors of a category for an event within a budget in COP (producer, admin, owner). Returns the queued run, or the one already queued or running for that event and category. Over the agent request limit: RATE_LIMITED.';

create unique index if not exists agent_runs_one_active_vendor_request on app_public.agent_runs ((input ->> 'vendorRequest'))
  where status in ('queued', 'running') and input ? 'vendorRequest';
