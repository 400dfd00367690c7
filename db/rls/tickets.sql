-- Ticket tiers and bookings. Bookings are money: made only through
-- book_tickets() (which never oversells), read by producers and admins,
-- changed (paid, cancelled, refunded, checked in) by admins, never deleted.

alter table app_public.ticket_tiers enable row level security;
alter table app_public.bookings enable row level security;

-- ticket_tiers
grant select on app_public.ticket_tiers to :DATABASE_MEMBER;
grant select (id, organization_id, event_id, name, description, price_cop, quantity, sold_count, sales_start_at, sales_end_at)
  on app_public.ticket_tiers to :DATABASE_ANONYMOUS;
grant insert (event_id, name, description, price_cop, quantity, sales_start_at, sales_end_at) on app_public.ticket_tiers to :DATABASE_MEMBER;
grant update (name, description, price_cop, quantity, sales_start_at, sales_end_at) on app_public.ticket_tiers to :DATABASE_MEMBER;
grant delete on app_public.ticket_tiers to :DATABASE_MEMBER;
create policy select_members on app_public.ticket_tiers for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy select_public on app_public.ticket_tiers for select to :DATABASE_ANONYMOUS
  using (exists (select 1 from app_public.events e where e.id = ticket_tiers.event_id and e.status = 'published' and e.is_public));
create policy insert_producers on app_public.ticket_tiers for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.ticket_tiers for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.ticket_tiers for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- bookings: a signed-in buyer also sees their own bookings.
grant select on app_public.bookings to :DATABASE_MEMBER;
grant update (status, payment_provider, payment_reference, checked_in_at) on app_public.bookings to :DATABASE_MEMBER;
create policy select_staff_or_buyer on app_public.bookings for select to :DATABASE_MEMBER
  using (
    organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[])
    or profile_id = (select app_public.current_profile_id())
  );
create policy update_admins on app_public.bookings for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));
