-- Venues, events, designers, line-ups, looks, runway and sponsors.
-- Every member reads; producers, admins and owners write. Anonymous visitors
-- see published public events and just what a public listing shows. Their
-- column grants include organization_id: the foreign keys between tenant
-- tables are composite (parent id, organization_id), so a relation such as
-- events { venue } joins on it, and without it anonymous got FORBIDDEN.

alter table app_public.venues enable row level security;
alter table app_public.events enable row level security;
alter table app_public.designers enable row level security;
alter table app_public.event_designers enable row level security;
alter table app_public.looks enable row level security;
alter table app_public.runway_schedules enable row level security;
alter table app_public.runway_slots enable row level security;
alter table app_public.sponsors enable row level security;

-- venues
grant select on app_public.venues to :DATABASE_MEMBER;
grant select (id, organization_id, name, city) on app_public.venues to :DATABASE_ANONYMOUS;
grant insert (organization_id, name, address, city, capacity, layout_notes) on app_public.venues to :DATABASE_MEMBER;
grant update (name, address, city, capacity, layout_notes) on app_public.venues to :DATABASE_MEMBER;
grant delete on app_public.venues to :DATABASE_MEMBER;
create policy select_members on app_public.venues for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy select_public on app_public.venues for select to :DATABASE_ANONYMOUS
  using (exists (select 1 from app_public.events e where e.venue_id = venues.id and e.status = 'published' and e.is_public));
create policy insert_producers on app_public.venues for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.venues for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.venues for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- events
grant select on app_public.events to :DATABASE_MEMBER;
grant select (id, organization_id, venue_id, title, slug, description, starts_at, ends_at, timezone, status, capacity, is_public,
              cover_file_id)
  on app_public.events to :DATABASE_ANONYMOUS;
-- No status on insert: a new event is a draft, and it is published through the
-- status rules (tg_events__status: nothing missing from its public page).
grant insert (organization_id, organizer_id, venue_id, title, slug, description, starts_at, ends_at, timezone, capacity, metadata, is_public,
              cover_file_id)
  on app_public.events to :DATABASE_MEMBER;
grant update (organizer_id, venue_id, title, slug, description, starts_at, ends_at, timezone, status, capacity, metadata, is_public,
              cover_file_id)
  on app_public.events to :DATABASE_MEMBER;
grant delete on app_public.events to :DATABASE_MEMBER;
-- Event Health's plan: the supplier budget and the vendor categories the event needs.
grant insert (required_vendor_categories), update (required_vendor_categories)
  on app_public.events to :DATABASE_MEMBER;
create policy select_members on app_public.events for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
-- Door staff see their organization's events (to pick the one they work at), nothing under them.
create policy select_door on app_public.events for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{door}'))::uuid[]));
create policy select_public on app_public.events for select to :DATABASE_ANONYMOUS
  using (status = 'published' and is_public);
create policy insert_producers on app_public.events for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.events for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.events for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- designers
grant select on app_public.designers to :DATABASE_MEMBER;
grant select (id, organization_id, name, brand, city, bio, instagram, website) on app_public.designers to :DATABASE_ANONYMOUS;
grant insert (organization_id, name, brand, city, bio, instagram, website) on app_public.designers to :DATABASE_MEMBER;
grant update (name, brand, city, bio, instagram, website) on app_public.designers to :DATABASE_MEMBER;
grant delete on app_public.designers to :DATABASE_MEMBER;
create policy select_members on app_public.designers for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy select_public on app_public.designers for select to :DATABASE_ANONYMOUS
  using (exists (
    select 1 from app_public.event_designers ed
      join app_public.events e on e.id = ed.event_id
     where ed.designer_id = designers.id and e.status = 'published' and e.is_public
  ));
create policy insert_producers on app_public.designers for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.designers for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.designers for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- event_designers (the line-up)
grant select on app_public.event_designers to :DATABASE_MEMBER;
grant select (id, organization_id, event_id, designer_id, show_order, collection_name) on app_public.event_designers to :DATABASE_ANONYMOUS;
grant insert (event_id, designer_id, show_order, collection_name) on app_public.event_designers to :DATABASE_MEMBER;
grant update (show_order, collection_name) on app_public.event_designers to :DATABASE_MEMBER;
grant delete on app_public.event_designers to :DATABASE_MEMBER;
create policy select_members on app_public.event_designers for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy select_public on app_public.event_designers for select to :DATABASE_ANONYMOUS
  using (exists (select 1 from app_public.events e where e.id = event_designers.event_id and e.status = 'published' and e.is_public));
create policy insert_producers on app_public.event_designers for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.event_designers for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.event_designers for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- looks
grant select on app_public.looks to :DATABASE_MEMBER;
grant insert (event_id, designer_id, sequence, title, notes, change_minutes, talent_id, walk_seconds, fixed_position,
              photo_file_id)
  on app_public.looks to :DATABASE_MEMBER;
grant update (designer_id, sequence, title, notes, change_minutes, talent_id, walk_seconds, fixed_position,
              photo_file_id)
  on app_public.looks to :DATABASE_MEMBER;
grant delete on app_public.looks to :DATABASE_MEMBER;
create policy select_members on app_public.looks for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.looks for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.looks for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.looks for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- runway_schedules
grant select on app_public.runway_schedules to :DATABASE_MEMBER;
-- The solver's results (solved_at, solver_status, min_spare_seconds, relative_gap,
-- running_seconds, stale_*) are written by the worker and the stale triggers only.
grant insert (event_id, version, status, starts_at, gap_seconds, default_walk_seconds, change_buffer_minutes,
              no_back_to_back, block_order, finale_seconds)
  on app_public.runway_schedules to :DATABASE_MEMBER;
grant update (status, starts_at, gap_seconds, default_walk_seconds, change_buffer_minutes, no_back_to_back, block_order,
              finale_seconds)
  on app_public.runway_schedules to :DATABASE_MEMBER;
grant delete on app_public.runway_schedules to :DATABASE_MEMBER;
create policy select_members on app_public.runway_schedules for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.runway_schedules for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.runway_schedules for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.runway_schedules for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- runway_slots
grant select on app_public.runway_slots to :DATABASE_MEMBER;
grant insert (schedule_id, sequence, look_id, talent_id, walk_starts_at, walk_seconds) on app_public.runway_slots to :DATABASE_MEMBER;
grant update (sequence, look_id, talent_id, walk_starts_at, walk_seconds) on app_public.runway_slots to :DATABASE_MEMBER;
grant delete on app_public.runway_slots to :DATABASE_MEMBER;
create policy select_members on app_public.runway_slots for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.runway_slots for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.runway_slots for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.runway_slots for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- What a run of show shows per slot (computed from the schedule, the slots and the looks, under RLS).
grant execute on function app_public.runway_slots_planned_at(app_public.runway_slots) to :DATABASE_MEMBER;
grant execute on function app_public.runway_slots_since_last_walk_seconds(app_public.runway_slots) to :DATABASE_MEMBER;
grant execute on function app_public.runway_slots_required_change_seconds(app_public.runway_slots) to :DATABASE_MEMBER;
grant execute on function app_public.runway_slots_warnings(app_public.runway_slots) to :DATABASE_MEMBER;
grant execute on function app_public.runway_slots_model_name(app_public.runway_slots) to :DATABASE_MEMBER;
grant execute on function app_public.runway_schedules_unscheduled_looks(app_public.runway_schedules) to :DATABASE_MEMBER;
-- A producer's own order: the function checks the schedule's organization and the role.
grant execute on function app_public.reorder_runway_slots(uuid, uuid[]) to :DATABASE_MEMBER;

-- sponsors
grant select on app_public.sponsors to :DATABASE_MEMBER;
grant insert (event_id, name, tier, amount_cop, status, contact_name, contact_email) on app_public.sponsors to :DATABASE_MEMBER;
grant update (name, tier, amount_cop, status, contact_name, contact_email) on app_public.sponsors to :DATABASE_MEMBER;
grant delete on app_public.sponsors to :DATABASE_MEMBER;
-- Money (COP): only the roles that handle the organization's money read it (owners, admins, producers);
-- casting staff, viewers and door staff do not (see README, Money).
create policy select_money on app_public.sponsors for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy insert_producers on app_public.sponsors for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.sponsors for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.sponsors for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- event_budgets: money, so not for door staff (their policy on events shows the row, never this), casting staff
-- or viewers; producers, admins and owners read and write it.
alter table app_public.event_budgets enable row level security;
grant select on app_public.event_budgets to :DATABASE_MEMBER;
grant insert (event_id, budget_cop), update (budget_cop) on app_public.event_budgets to :DATABASE_MEMBER;
grant delete on app_public.event_budgets to :DATABASE_MEMBER;
-- Money (COP): only the roles that handle the organization's money read it (owners, admins, producers);
-- casting staff, viewers and door staff do not (see README, Money).
create policy select_money on app_public.event_budgets for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy insert_producers on app_public.event_budgets for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.event_budgets for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.event_budgets for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
grant execute on function app_public.set_event_budget(uuid, bigint) to :DATABASE_MEMBER;
