-- The box office: ticket tiers, bookings, tickets, the door log and
-- payments. Money and tickets change only through the box office functions
-- (book_tickets, cancel_booking, refund_booking, complete_refund, the Wompi
-- event handler, check_in_ticket, check_in_ticket_by_hand, revoke_check_in),
-- which lock in one order and never oversell. Nothing here is ever deleted.

alter table app_public.ticket_tiers enable row level security;
alter table app_public.bookings enable row level security;
alter table app_public.tickets enable row level security;
alter table app_public.ticket_check_ins enable row level security;
alter table app_public.payments enable row level security;

-- ticket_tiers
grant select on app_public.ticket_tiers to :DATABASE_MEMBER;
-- Every column (nothing in a tier is private), so computed fields such as
-- availableCount, which take the whole row, work for visitors too.
grant select on app_public.ticket_tiers to :DATABASE_ANONYMOUS;
grant insert (event_id, name, description, price_cop, quantity, sales_start_at, sales_end_at, max_per_order) on app_public.ticket_tiers to :DATABASE_MEMBER;
grant update (name, description, price_cop, quantity, sales_start_at, sales_end_at, max_per_order) on app_public.ticket_tiers to :DATABASE_MEMBER;
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

-- bookings: the organization's owners, admins and producers, and a signed-in
-- buyer their own. No direct writes: the functions above change them.
grant select on app_public.bookings to :DATABASE_MEMBER;
create policy select_staff_or_buyer on app_public.bookings for select to :DATABASE_MEMBER
  using (
    organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[])
    or profile_id = (select app_public.current_profile_id())
  );

-- tickets and the door log: owners, admins and producers (search by name,
-- check in by hand, revoke). Door staff scan through check_in_ticket and see
-- only what it answers, plus the counts.
grant select on app_public.tickets to :DATABASE_MEMBER;
create policy select_producers on app_public.tickets for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
grant select on app_public.ticket_check_ins to :DATABASE_MEMBER;
create policy select_producers on app_public.ticket_check_ins for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- payments: the buyer their own; owners, admins and producers their organization's.
grant select on app_public.payments to :DATABASE_MEMBER;
create policy select_staff_or_buyer on app_public.payments for select to :DATABASE_MEMBER
  using (
    organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[])
    or profile_id = (select app_public.current_profile_id())
  );
