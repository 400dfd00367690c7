-- Guests, RSVP and seating (issue 16). A guest list is the organization's
-- alone: members read the list (names, outlets, categories, who is coming and
-- where they sit); only producers, admins and owners read contact data
-- (guest_contacts) and change anything. Guests answer through their RSVP
-- link (rsvp_by_token, respond_to_invitation) without an account; door staff
-- check them in through check_in_ticket and read none of these tables.

alter table app_public.guests enable row level security;
alter table app_public.guest_contacts enable row level security;
alter table app_public.guest_invitations enable row level security;
alter table app_public.venue_layouts enable row level security;
alter table app_public.seats enable row level security;
alter table app_public.seat_assignments enable row level security;

-- The event's guest settings, written by producers like the rest of the event.
grant insert (guest_capacity, rsvp_closes_at, venue_layout_id) on app_public.events to :DATABASE_MEMBER;
grant update (guest_capacity, rsvp_closes_at, venue_layout_id) on app_public.events to :DATABASE_MEMBER;

-- guests
grant select on app_public.guests to :DATABASE_MEMBER;
grant insert (organization_id, full_name, outlet, category, tier, notes, consent_granted_at, consent_source, consent_revoked_at)
  on app_public.guests to :DATABASE_MEMBER;
grant update (full_name, outlet, category, tier, notes, consent_granted_at, consent_source, consent_revoked_at)
  on app_public.guests to :DATABASE_MEMBER;
grant delete on app_public.guests to :DATABASE_MEMBER;
create policy select_members on app_public.guests for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.guests for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.guests for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.guests for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- guest_contacts: producers, admins and owners only.
grant select on app_public.guest_contacts to :DATABASE_MEMBER;
grant insert (guest_id, email, phone, whatsapp_opt_in) on app_public.guest_contacts to :DATABASE_MEMBER;
grant update (email, phone, whatsapp_opt_in) on app_public.guest_contacts to :DATABASE_MEMBER;
grant delete on app_public.guest_contacts to :DATABASE_MEMBER;
create policy select_producers on app_public.guest_contacts for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy insert_producers on app_public.guest_contacts for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.guest_contacts for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.guest_contacts for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- guest_invitations: status, answers and check-in change only through the
-- functions (capacity and the waitlist are kept there under the event lock).
grant select on app_public.guest_invitations to :DATABASE_MEMBER;
grant insert (event_id, guest_id, plus_one_allowed) on app_public.guest_invitations to :DATABASE_MEMBER;
grant update (plus_one_allowed, notes, rsvp_expires_at) on app_public.guest_invitations to :DATABASE_MEMBER;
grant delete on app_public.guest_invitations to :DATABASE_MEMBER;
create policy select_members on app_public.guest_invitations for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.guest_invitations for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.guest_invitations for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.guest_invitations for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- venue_layouts and seats: members read; producers draw them.
grant select on app_public.venue_layouts to :DATABASE_MEMBER;
grant insert (venue_id, name) on app_public.venue_layouts to :DATABASE_MEMBER;
grant update (name) on app_public.venue_layouts to :DATABASE_MEMBER;
grant delete on app_public.venue_layouts to :DATABASE_MEMBER;
create policy select_members on app_public.venue_layouts for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.venue_layouts for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.venue_layouts for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.venue_layouts for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

grant select on app_public.seats to :DATABASE_MEMBER;
grant insert (layout_id, section, row_label, row_index, seat_number, front_row) on app_public.seats to :DATABASE_MEMBER;
grant update (section, row_label, row_index, seat_number, front_row) on app_public.seats to :DATABASE_MEMBER;
grant delete on app_public.seats to :DATABASE_MEMBER;
create policy select_members on app_public.seats for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.seats for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.seats for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.seats for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- seat_assignments: members read the chart; producers seat people (assignSeat
-- for the editor's optimistic concurrency; a direct insert still meets the
-- unique constraints).
grant select on app_public.seat_assignments to :DATABASE_MEMBER;
grant insert (event_id, seat_id, invitation_id, plus_one) on app_public.seat_assignments to :DATABASE_MEMBER;
grant update (seat_id, plus_one) on app_public.seat_assignments to :DATABASE_MEMBER;
grant delete on app_public.seat_assignments to :DATABASE_MEMBER;
create policy select_members on app_public.seat_assignments for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_producers on app_public.seat_assignments for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.seat_assignments for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy delete_producers on app_public.seat_assignments for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));

-- Functions: each checks the caller's role itself; the RSVP pair is public.
grant execute on function app_public.guest_invitations_party_size(app_public.guest_invitations) to :DATABASE_MEMBER;
grant execute on function app_public.guest_invitations_rsvp_token(app_public.guest_invitations) to :DATABASE_MEMBER;
grant execute on function app_public.seats_label(app_public.seats) to :DATABASE_MEMBER;
grant execute on function app_public.rsvp_by_token(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.respond_to_invitation(text, boolean, text, text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.invite_guests(uuid, text[], text[], boolean, text[], text) to :DATABASE_MEMBER;
grant execute on function app_public.send_guest_invitations(uuid, uuid[], text[], text[], text[], text) to :DATABASE_MEMBER;
-- Who an event's cancellation tells or told (producers, admins and owners; null for others).
grant execute on function app_public.events_cancellation_notices(app_public.events) to :DATABASE_MEMBER;
grant execute on function app_public.guest_invitations_invitation_messages(app_public.guest_invitations) to :DATABASE_MEMBER;
grant execute on function app_public.cancel_guest_invitation(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.reissue_rsvp_link(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.assign_seat(uuid, uuid, uuid, boolean, uuid) to :DATABASE_MEMBER;
grant execute on function app_public.unassign_seat(uuid, uuid, uuid) to :DATABASE_MEMBER;
grant execute on function app_public.auto_seat(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.guest_report(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.add_seat_rows(uuid, text, int, int, int) to :DATABASE_MEMBER;
grant execute on function app_public.import_guests(uuid, jsonb, text) to :DATABASE_MEMBER;
grant execute on function app_public.save_guest(uuid, uuid, text, text, text, text, text, text, text, text, text) to :DATABASE_MEMBER;
grant execute on function app_public.erase_guest(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.events_guest_list(app_public.events, text, text) to :DATABASE_MEMBER;
