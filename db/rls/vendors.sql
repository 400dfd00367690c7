-- Vendors and vendor recommendations carry prices (price ranges, agreed prices in COP): producers, admins
-- and owners read and write them. Vendor availability (busy dates, no money) every member reads.

alter table app_public.vendors enable row level security;
alter table app_public.vendor_recommendations enable row level security;
alter table app_public.vendor_availability enable row level security;

-- vendors
grant select on app_public.vendors to :DATABASE_MEMBER;
grant insert (organization_id, name, category, city, price_min_cop, price_max_cop, rating, contact_name, contact_email,
              contact_phone, website, notes)
  on app_public.vendors to :DATABASE_MEMBER;
grant update (name, category, city, price_min_cop, price_max_cop, rating, contact_name, contact_email,
              contact_phone, website, notes)
  on app_public.vendors to :DATABASE_MEMBER;
grant delete on app_public.vendors to :DATABASE_MEMBER;
-- Money (COP): only the roles that handle the organization's money read it (owners, admins, producers);
-- casting staff, viewers and door staff do not (see README, Money).
create policy select_money on app_public.vendors for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy insert_producers on app_public.vendors for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.vendors for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.vendors for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- vendor_recommendations
grant select on app_public.vendor_recommendations to :DATABASE_MEMBER;
grant insert (event_id, vendor_id, category, score, reasoning, status) on app_public.vendor_recommendations to :DATABASE_MEMBER;
grant update (status) on app_public.vendor_recommendations to :DATABASE_MEMBER;
grant delete on app_public.vendor_recommendations to :DATABASE_MEMBER;
grant insert (agreed_price_cop), update (agreed_price_cop, rating, rating_note) on app_public.vendor_recommendations to :DATABASE_MEMBER;
grant insert (travels, capacity), update (travels, capacity) on app_public.vendors to :DATABASE_MEMBER;
-- Money (COP): only the roles that handle the organization's money read it (owners, admins, producers);
-- casting staff, viewers and door staff do not (see README, Money).
create policy select_money on app_public.vendor_recommendations for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy insert_producers on app_public.vendor_recommendations for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.vendor_recommendations for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.vendor_recommendations for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- vendor_availability: producers mark vendors unavailable; bookings write their own rows.
grant select on app_public.vendor_availability to :DATABASE_MEMBER;
grant insert (vendor_id, period, kind, notes) on app_public.vendor_availability to :DATABASE_MEMBER;
grant update (period, notes) on app_public.vendor_availability to :DATABASE_MEMBER;
grant delete on app_public.vendor_availability to :DATABASE_MEMBER;
create policy select_members on app_public.vendor_availability for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.vendor_availability for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.vendor_availability for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.vendor_availability for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- The Vendor Coordination agent: the function checks the caller's organization and role.
grant execute on function app_public.request_vendor_recommendations(uuid, text, bigint) to :DATABASE_MEMBER;
grant execute on function app_public.vendors_past_rating(app_public.vendors) to :DATABASE_MEMBER;

-- Marking a vendor unavailable (the function checks the role; RLS the rows) and reading the periods as days.
grant execute on function app_public.mark_vendor_unavailable(uuid, date, date, text) to :DATABASE_MEMBER;
grant execute on function app_public.vendor_availability_first_day(app_public.vendor_availability) to :DATABASE_MEMBER;
grant execute on function app_public.vendor_availability_last_day(app_public.vendor_availability) to :DATABASE_MEMBER;
grant execute on function app_public.upcoming_vendor_availability(uuid) to :DATABASE_MEMBER;
