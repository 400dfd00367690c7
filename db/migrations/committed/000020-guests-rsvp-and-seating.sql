--! Previous: sha1:a7f16a0ca2a62f9755fd327ec47eb4b4dd6f426d
--! Hash: sha1:e99cc25c63e39ca0f9c9c94c45ba2d967baa8cdc
--! Message: Guests, RSVP and seating

-- Tables: app_public.events, app_public.guest_contacts, app_public.guest_invitations, app_public.guests, app_public.organizations, app_public.profiles, app_public.seat_assignments, app_public.seats, app_public.ticket_check_ins, app_public.venue_layouts, app_public.venues

-- Guests, RSVP and seating (issue 16): the invitation side of a show.
--
-- guests (the organization's contact list: press, buyers, stylists, VIPs…)
-- keep their email and phone apart in guest_contacts, as talent does in
-- talent_contacts, with consent for communications recorded (Ley 1581 de
-- 2012). guest_invitations invite a guest to an event with an optional +1;
-- each has an RSVP link (signed, expiring, no account needed) and a door code
-- for its QR. venue_layouts / seats describe where people sit, and
-- seat_assignments place an invited guest (or their +1) on a seat of an
-- event: a seat is never assigned twice (unique constraint).
--
-- Secrets follow the box office (app_private.box_office_keys): an RSVP token
-- is an HMAC-SHA-256 of the invitation's id and link version under the key,
-- a door code an HMAC of its id; tables hold only their SHA-256. Bumping
-- rsvp_version (reissue_rsvp_link) revokes the previous link.
--
-- Lock order: the event row (FOR UPDATE) before its invitations, in every
-- function that changes who is accepted, so capacity is never exceeded.

/*==========================================================================
 * Event settings for guests
 *==========================================================================*/

alter table app_public.events add column if not exists guest_capacity int;
alter table app_public.events drop constraint if exists events_guest_capacity_check;
alter table app_public.events add constraint events_guest_capacity_check check (guest_capacity > 0);
alter table app_public.events add column if not exists rsvp_closes_at timestamptz;
comment on column app_public.events.guest_capacity is 'Invited people (guests and their +1s) the show can seat; accepting beyond it puts the party on the waitlist. Null: no limit.';
comment on column app_public.events.rsvp_closes_at is 'When RSVPs close (UTC): after it, links still open but answers are refused (RSVP_CLOSED). Null: until the show starts.';

/*==========================================================================
 * Guests and their contact data
 *==========================================================================*/

create table if not exists app_public.guests (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  full_name text not null check (length(trim(full_name)) >= 1),
  outlet text,
  category text not null default 'industry'
    check (category in ('press', 'buyer', 'stylist', 'influencer', 'vip', 'designer_guest', 'sponsor', 'industry')),
  tier text not null default 'B' check (tier in ('A', 'B', 'C')),
  notes text,
  consent_granted_at timestamptz,
  consent_source text,
  consent_revoked_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint guests_full_name_length check (length(full_name) <= 200),
  constraint guests_outlet_length check (length(outlet) <= 200),
  constraint guests_notes_length check (length(notes) <= 2000),
  constraint guests_consent_source_length check (length(consent_source) <= 200),
  constraint guests_consent_revoked_after_granted check (consent_revoked_at is null or consent_granted_at is not null),
  unique (id, organization_id)
);
create index if not exists guests_organization_id_idx on app_public.guests (organization_id, category, tier);
comment on table app_public.guests is 'The organization''s guest contacts (press, buyers, stylists, influencers, VIPs, designers'' guests, sponsors, industry). Email and phone live in guest_contacts. Personal data under Ley 1581 de 2012.';
comment on column app_public.guests.id is 'Unique identifier of the guest.';
comment on column app_public.guests.organization_id is 'The organization whose list it is.';
comment on column app_public.guests.full_name is 'Full name (1 to 200 characters).';
comment on column app_public.guests.outlet is 'Outlet or company (a magazine, a store, an agency).';
comment on column app_public.guests.category is 'press, buyer, stylist, influencer, vip, designer_guest, sponsor or industry.';
comment on column app_public.guests.tier is 'A (front row: top press and buyers), B or C.';
comment on column app_public.guests.notes is 'Internal notes (at most 2,000 characters).';
comment on column app_public.guests.consent_granted_at is 'When the guest agreed to receive communications from the organization (Ley 1581: prior, express consent). Null: no consent recorded.';
comment on column app_public.guests.consent_source is 'How consent was given (a form, an email, a CSV import from a list with consent).';
comment on column app_public.guests.consent_revoked_at is 'When the guest withdrew consent; they are not invited again while it stands.';
comment on column app_public.guests.created_at is 'When the guest was added.';
comment on column app_public.guests.updated_at is 'When it was last changed.';
drop trigger if exists _100_timestamps on app_public.guests;
create trigger _100_timestamps before insert or update on app_public.guests
  for each row execute function app_private.tg__timestamps();

create table if not exists app_public.guest_contacts (
  guest_id uuid primary key,
  organization_id uuid not null,
  email citext,
  phone text,
  whatsapp_opt_in boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint guest_contacts_email_check check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  constraint guest_contacts_email_length check (length(email) <= 320),
  constraint guest_contacts_phone_check check (phone ~ '^\+?[0-9 ()-]{7,20}$'),
  constraint guest_contacts_phone_length check (length(phone) <= 20),
  foreign key (guest_id, organization_id) references app_public.guests (id, organization_id) on delete cascade
);
create index if not exists guest_contacts_guest_id_organization_id_idx on app_public.guest_contacts (guest_id, organization_id);
create index if not exists guest_contacts_organization_id_idx on app_public.guest_contacts (organization_id);
-- One guest per email in an organization: an import merges by it.
create unique index if not exists guest_contacts_organization_email_key on app_public.guest_contacts (organization_id, email);
comment on table app_public.guest_contacts is 'A guest''s personal contact data, readable only by producers, admins and owners (viewers see the list, not how to reach people). One guest per email in an organization.';
comment on column app_public.guest_contacts.guest_id is 'The guest.';
comment on column app_public.guest_contacts.organization_id is 'Organization of the guest (set automatically).';
comment on column app_public.guest_contacts.email is 'Email (unique in the organization; CSV imports merge on it).';
comment on column app_public.guest_contacts.phone is 'Mobile phone.';
comment on column app_public.guest_contacts.whatsapp_opt_in is 'Whether the guest agreed to receive WhatsApp messages.';
comment on column app_public.guest_contacts.created_at is 'When the contact was recorded.';
comment on column app_public.guest_contacts.updated_at is 'When it was last changed.';
drop trigger if exists _050_organization on app_public.guest_contacts;
create trigger _050_organization before insert on app_public.guest_contacts
  for each row execute function app_private.tg__inherit_organization('guests', 'guest_id');
drop trigger if exists _100_timestamps on app_public.guest_contacts;
create trigger _100_timestamps before insert or update on app_public.guest_contacts
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Invitations, RSVP links and door codes
 *==========================================================================*/

create table if not exists app_public.guest_invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  guest_id uuid not null,
  status text not null default 'invited' check (status in ('invited', 'accepted', 'declined', 'waitlist', 'cancelled')),
  plus_one_allowed boolean not null default false,
  plus_one_name text,
  notes text,
  responded_at timestamptz,
  rsvp_version int not null default 1 check (rsvp_version >= 1),
  rsvp_hash bytea not null unique check (length(rsvp_hash) = 32),
  rsvp_expires_at timestamptz not null,
  door_code_hash bytea not null unique check (length(door_code_hash) = 32),
  checked_in_at timestamptz,
  checked_in_gate text,
  checked_in_by uuid references app_public.profiles on delete set null,
  invited_by uuid references app_public.profiles on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint guest_invitations_plus_one_name_length check (length(plus_one_name) <= 200),
  constraint guest_invitations_plus_one_named check (plus_one_name is null or (plus_one_allowed and length(trim(plus_one_name)) >= 1)),
  constraint guest_invitations_notes_length check (length(notes) <= 500),
  constraint guest_invitations_checked_in_gate_length check (length(checked_in_gate) <= 60),
  constraint guest_invitations_check_in_gate check ((checked_in_at is null) = (checked_in_gate is null)),
  unique (event_id, guest_id),
  unique (id, organization_id),
  unique (id, event_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (guest_id, organization_id) references app_public.guests (id, organization_id) on delete cascade
);
create index if not exists guest_invitations_organization_id_idx on app_public.guest_invitations (organization_id);
create index if not exists guest_invitations_event_idx on app_public.guest_invitations (event_id, organization_id, status);
create index if not exists guest_invitations_guest_idx on app_public.guest_invitations (guest_id, organization_id);
create index if not exists guest_invitations_checked_in_by_idx on app_public.guest_invitations (checked_in_by);
create index if not exists guest_invitations_invited_by_idx on app_public.guest_invitations (invited_by);
comment on table app_public.guest_invitations is 'A guest invited to an event, with an optional +1. The guest answers through the RSVP link (/rsvp/<token>: signed, expiring, one per invitation, no account needed); accepting beyond the event''s guest_capacity puts the party on the waitlist. Its door code (in the QR of the RSVP confirmation) checks the party in at the door like a ticket.';
comment on column app_public.guest_invitations.id is 'Unique identifier of the invitation.';
comment on column app_public.guest_invitations.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.guest_invitations.event_id is 'The event.';
comment on column app_public.guest_invitations.guest_id is 'The guest.';
comment on column app_public.guest_invitations.status is 'invited (no answer yet), accepted, declined, waitlist (accepted when the show was full; moved to accepted, oldest first, when places free up) or cancelled (withdrawn by the producer; its link opens nothing).';
comment on column app_public.guest_invitations.plus_one_allowed is 'Whether the guest may bring a +1.';
comment on column app_public.guest_invitations.plus_one_name is 'The +1 the guest named (only when allowed); null: coming alone.';
comment on column app_public.guest_invitations.notes is 'Dietary or access needs the guest gave (at most 500 characters).';
comment on column app_public.guest_invitations.responded_at is 'When the guest last answered.';
comment on column app_public.guest_invitations.rsvp_version is E'@behavior -*\nVersion of the RSVP link; reissuing the link bumps it and the previous link opens nothing.';
comment on column app_public.guest_invitations.rsvp_hash is E'@behavior -*\nSHA-256 of the RSVP token''s bytes; the token itself is never stored.';
comment on column app_public.guest_invitations.rsvp_expires_at is 'Until when the RSVP link opens (UTC): the end of the event unless set otherwise.';
comment on column app_public.guest_invitations.door_code_hash is E'@behavior -*\nSHA-256 of the door code''s bytes.';
comment on column app_public.guest_invitations.checked_in_at is 'When the party was checked in at the door (null: not on site).';
comment on column app_public.guest_invitations.checked_in_gate is 'Where it was checked in.';
comment on column app_public.guest_invitations.checked_in_by is 'Who checked it in.';
comment on column app_public.guest_invitations.invited_by is 'Who invited the guest.';
comment on column app_public.guest_invitations.created_at is 'When the guest was invited.';
comment on column app_public.guest_invitations.updated_at is 'When it was last changed.';

create or replace function app_private.rsvp_secret(invitation_id uuid, version int, key bytea) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select substring(hmac(convert_to('rsvp:' || invitation_id::text || ':' || version::text, 'UTF8'), key, 'sha256') from 1 for 20);
$$;
comment on function app_private.rsvp_secret(uuid, int, bytea) is 'The 20 secret bytes (160 bits) of an invitation''s RSVP token: HMAC-SHA-256 of its id and link version under the box office key, truncated.';

create or replace function app_private.rsvp_token(invitation_id uuid, version int) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.base32(app_private.rsvp_secret(invitation_id, version, app_private.box_office_key()));
$$;
comment on function app_private.rsvp_token(uuid, int) is 'The RSVP token of an invitation (32 Crockford base32 characters), as in /rsvp/<token>.';

create or replace function app_private.guest_door_secret(invitation_id uuid, key bytea) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select substring(hmac(convert_to('guest:' || invitation_id::text, 'UTF8'), key, 'sha256') from 1 for 16);
$$;
comment on function app_private.guest_door_secret(uuid, bytea) is 'The 16 secret bytes (128 bits) of an invitation''s door code: HMAC-SHA-256 of its id under the box office key. Same shape as a ticket code, so the door scans both.';

create or replace function app_private.tg_guest_invitations__defaults() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  key bytea := app_private.box_office_key();
begin
  if tg_op = 'INSERT' then
    new.rsvp_version := 1;
    new.door_code_hash := digest(app_private.guest_door_secret(new.id, key), 'sha256');
    if new.rsvp_expires_at is null then
      select e.ends_at into new.rsvp_expires_at from app_public.events e where e.id = new.event_id;
    end if;
    new.invited_by := coalesce(new.invited_by, app_public.current_profile_id());
  end if;
  new.rsvp_hash := digest(app_private.rsvp_secret(new.id, new.rsvp_version, key), 'sha256');
  if not new.plus_one_allowed then
    new.plus_one_name := null;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_guest_invitations__defaults() is 'Sets an invitation''s RSVP link hash (from its id and version), door code hash and link expiry (the event''s end), and drops a +1 name when no +1 is allowed.';
drop trigger if exists _050_organization on app_public.guest_invitations;
create trigger _050_organization before insert on app_public.guest_invitations
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
drop trigger if exists _060_checked_in_by_is_member on app_public.guest_invitations;
create trigger _060_checked_in_by_is_member before insert or update of checked_in_by on app_public.guest_invitations
  for each row execute function app_private.tg__person_is_member('checked_in_by');
drop trigger if exists _060_invited_by_is_member on app_public.guest_invitations;
create trigger _060_invited_by_is_member before insert or update of invited_by on app_public.guest_invitations
  for each row execute function app_private.tg__person_is_member('invited_by');
drop trigger if exists _070_defaults on app_public.guest_invitations;
create trigger _070_defaults before insert or update on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__defaults();
drop trigger if exists _100_timestamps on app_public.guest_invitations;
create trigger _100_timestamps before insert or update on app_public.guest_invitations
  for each row execute function app_private.tg__timestamps();

-- People an accepted invitation brings: the guest and, when named, the +1.
create or replace function app_public.guest_invitations_party_size(invitation app_public.guest_invitations) returns int
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select 1 + (invitation.plus_one_name is not null)::int;
$$;
comment on function app_public.guest_invitations_party_size(app_public.guest_invitations) is 'People the invitation brings: 1, or 2 with a named +1.';

create or replace function app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select case when invitation.status <> 'cancelled'
               and app_private.has_org_role(invitation.organization_id, '{owner,admin,producer}')
              then app_private.rsvp_token(invitation.id, invitation.rsvp_version) end;
$$;
comment on function app_public.guest_invitations_rsvp_token(app_public.guest_invitations) is 'The RSVP token for the link /rsvp/<token> (32 Crockford base32 characters), for the organization''s producers, admins and owners to copy or send; null for anyone else and for a cancelled invitation.';

-- The accepted people of an event, with the event locked: the capacity rule.
create or replace function app_private.lock_event_guests(event_id uuid, out capacity int, out accepted int)
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  select e.guest_capacity into capacity from app_public.events e where e.id = lock_event_guests.event_id for update;
  select coalesce(sum(app_public.guest_invitations_party_size(i)), 0)::int into accepted
    from app_public.guest_invitations i where i.event_id = lock_event_guests.event_id and i.status = 'accepted';
end;
$$;
comment on function app_private.lock_event_guests(uuid) is 'Locks the event row (the guest capacity lock) and counts the people of its accepted invitations.';

-- Moves waitlisted parties to accepted, first answered first, while they fit.
-- Called with the event locked (lock_event_guests).
create or replace function app_private.promote_waitlist(event_id uuid) returns int
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  room int;
  state record;
  invitation app_public.guest_invitations;
  promoted int := 0;
begin
  select * into state from app_private.lock_event_guests(promote_waitlist.event_id);
  if state.capacity is null then
    room := 2147483647;
  else
    room := state.capacity - state.accepted;
  end if;
  for invitation in
    select * from app_public.guest_invitations i
     where i.event_id = promote_waitlist.event_id and i.status = 'waitlist'
     order by i.responded_at, i.id
  loop
    exit when room <= 0;
    if app_public.guest_invitations_party_size(invitation) <= room then
      update app_public.guest_invitations i set status = 'accepted' where i.id = invitation.id;
      room := room - app_public.guest_invitations_party_size(invitation);
      promoted := promoted + 1;
    end if;
  end loop;
  return promoted;
end;
$$;
comment on function app_private.promote_waitlist(uuid) is 'Accepts waitlisted invitations of the event, first answered first, while their parties fit the guest capacity; returns how many.';

/*==========================================================================
 * Venue layouts, seats and seat assignments
 *==========================================================================*/

create table if not exists app_public.venue_layouts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  venue_id uuid not null,
  name text not null check (length(trim(name)) >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint venue_layouts_name_length check (length(name) <= 100),
  unique (id, organization_id),
  foreign key (venue_id, organization_id) references app_public.venues (id, organization_id) on delete cascade
);
create index if not exists venue_layouts_organization_id_idx on app_public.venue_layouts (organization_id);
create index if not exists venue_layouts_venue_idx on app_public.venue_layouts (venue_id, organization_id);
comment on table app_public.venue_layouts is 'A seating plan of a venue (e.g. "Pasarela en T"): its seats by section, row and number.';
comment on column app_public.venue_layouts.id is 'Unique identifier of the layout.';
comment on column app_public.venue_layouts.organization_id is 'Organization of the venue (set automatically).';
comment on column app_public.venue_layouts.venue_id is 'The venue.';
comment on column app_public.venue_layouts.name is 'Name (1 to 100 characters).';
comment on column app_public.venue_layouts.created_at is 'When it was made.';
comment on column app_public.venue_layouts.updated_at is 'When it was last changed.';
drop trigger if exists _050_organization on app_public.venue_layouts;
create trigger _050_organization before insert on app_public.venue_layouts
  for each row execute function app_private.tg__inherit_organization('venues', 'venue_id');
drop trigger if exists _100_timestamps on app_public.venue_layouts;
create trigger _100_timestamps before insert or update on app_public.venue_layouts
  for each row execute function app_private.tg__timestamps();

alter table app_public.events add column if not exists venue_layout_id uuid;
alter table app_public.events drop constraint if exists events_venue_layout_fkey;
alter table app_public.events add constraint events_venue_layout_fkey
  foreign key (venue_layout_id, organization_id) references app_public.venue_layouts (id, organization_id) on delete set null (venue_layout_id);
create index if not exists events_venue_layout_idx on app_public.events (venue_layout_id, organization_id);
comment on column app_public.events.venue_layout_id is 'The seating plan guests are seated on (one of the organization''s venue layouts).';

create table if not exists app_public.seats (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  layout_id uuid not null,
  section text not null check (length(trim(section)) >= 1),
  row_label text not null check (length(trim(row_label)) >= 1),
  row_index int not null default 1 check (row_index between 1 and 200),
  seat_number int not null check (seat_number between 1 and 500),
  front_row boolean not null default false,
  created_at timestamptz not null default now(),
  constraint seats_section_length check (length(section) <= 60),
  constraint seats_row_label_length check (length(row_label) <= 10),
  unique (layout_id, section, row_label, seat_number),
  unique (id, organization_id),
  foreign key (layout_id, organization_id) references app_public.venue_layouts (id, organization_id) on delete cascade
);
create index if not exists seats_organization_id_idx on app_public.seats (organization_id);
create index if not exists seats_layout_idx on app_public.seats (layout_id, organization_id);
comment on table app_public.seats is 'One seat of a layout: section, row and number; front row flagged.';
comment on column app_public.seats.id is 'Unique identifier of the seat.';
comment on column app_public.seats.organization_id is 'Organization of the layout (set automatically).';
comment on column app_public.seats.layout_id is 'The layout.';
comment on column app_public.seats.section is 'Section (e.g. "Pasarela izquierda"; 1 to 60 characters).';
comment on column app_public.seats.row_label is 'Row as printed (e.g. "A"; 1 to 10 characters).';
comment on column app_public.seats.row_index is 'Row order from the runway (1 = nearest), for drawing the grid.';
comment on column app_public.seats.seat_number is 'Seat number in the row (1 to 500).';
comment on column app_public.seats.front_row is 'Whether it is front row (tier A guests first).';
comment on column app_public.seats.created_at is 'When it was added.';
drop trigger if exists _050_organization on app_public.seats;
create trigger _050_organization before insert on app_public.seats
  for each row execute function app_private.tg__inherit_organization('venue_layouts', 'layout_id');

create or replace function app_private.seat_label(seat app_public.seats) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select seat.section || ' · ' || seat.row_label || ' ' || seat.seat_number;
$$;
comment on function app_private.seat_label(app_public.seats) is 'A seat as printed: "Section · Row Number".';

-- Spelled out here (not through app_private.seat_label): it runs as the
-- requesting role, which may not call app_private functions.
create or replace function app_public.seats_label(seat app_public.seats) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select seat.section || ' · ' || seat.row_label || ' ' || seat.seat_number;
$$;
comment on function app_public.seats_label(app_public.seats) is 'The seat as printed: "Section · Row Number" (e.g. "Pasarela · A 3").';

create table if not exists app_public.seat_assignments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  seat_id uuid not null,
  invitation_id uuid not null,
  plus_one boolean not null default false,
  assigned_by uuid references app_public.profiles on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint seat_assignments_seat_once unique (event_id, seat_id),
  constraint seat_assignments_person_once unique (invitation_id, plus_one),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (seat_id, organization_id) references app_public.seats (id, organization_id) on delete cascade,
  foreign key (invitation_id, event_id) references app_public.guest_invitations (id, event_id) on delete cascade
);
create index if not exists seat_assignments_organization_id_idx on app_public.seat_assignments (organization_id);
create index if not exists seat_assignments_event_idx on app_public.seat_assignments (event_id, organization_id);
create index if not exists seat_assignments_seat_idx on app_public.seat_assignments (seat_id, organization_id);
create index if not exists seat_assignments_invitation_idx on app_public.seat_assignments (invitation_id, event_id);
create index if not exists seat_assignments_assigned_by_idx on app_public.seat_assignments (assigned_by);
comment on table app_public.seat_assignments is 'Who sits where at an event: an accepted guest (or their +1) on a seat of the event''s layout. A seat is never assigned twice at an event, nor a person to two seats (unique constraints). Moved with assignSeat, which refuses a stale move ("someone moved this").';
comment on column app_public.seat_assignments.id is 'Unique identifier of the assignment.';
comment on column app_public.seat_assignments.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.seat_assignments.event_id is 'The event.';
comment on column app_public.seat_assignments.seat_id is 'The seat (of the event''s layout).';
comment on column app_public.seat_assignments.invitation_id is 'The invitation whose guest (or +1) sits there.';
comment on column app_public.seat_assignments.plus_one is 'Whether it is the guest''s +1 rather than the guest.';
comment on column app_public.seat_assignments.assigned_by is 'Who seated them.';
comment on column app_public.seat_assignments.created_at is 'When they were first seated.';
comment on column app_public.seat_assignments.updated_at is 'When the assignment last changed.';
drop trigger if exists _050_organization on app_public.seat_assignments;
create trigger _050_organization before insert on app_public.seat_assignments
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
drop trigger if exists _060_assigned_by_is_member on app_public.seat_assignments;
create trigger _060_assigned_by_is_member before insert or update of assigned_by on app_public.seat_assignments
  for each row execute function app_private.tg__person_is_member('assigned_by');
drop trigger if exists _100_timestamps on app_public.seat_assignments;
create trigger _100_timestamps before insert or update on app_public.seat_assignments
  for each row execute function app_private.tg__timestamps();

-- The seat must be of the event's layout; the person must be coming.
create or replace function app_private.tg_seat_assignments__valid() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.guest_invitations;
begin
  if not exists (select 1 from app_public.seats s join app_public.events e on e.venue_layout_id = s.layout_id
                  where s.id = new.seat_id and e.id = new.event_id) then
    raise exception 'That seat is not in this event''s seating plan.' using errcode = 'INVAL';
  end if;
  select * into invitation from app_public.guest_invitations i where i.id = new.invitation_id;
  if invitation.status <> 'accepted' then
    raise exception 'Only guests who accepted are seated.' using errcode = 'INVAL';
  end if;
  if new.plus_one and invitation.plus_one_name is null then
    raise exception 'This guest brings no +1.' using errcode = 'INVAL';
  end if;
  new.assigned_by := app_public.current_profile_id();
  return new;
end;
$$;
comment on function app_private.tg_seat_assignments__valid() is 'Refuses a seat outside the event''s layout and a person who is not coming (INVAL); records who seated them.';
drop trigger if exists _070_valid on app_public.seat_assignments;
create trigger _070_valid before insert or update on app_public.seat_assignments
  for each row execute function app_private.tg_seat_assignments__valid();

-- Optimistic concurrency: the editor says what it saw (the person's seat,
-- or none, and the target seat empty); anything else means someone changed
-- the chart meanwhile, and the move is refused instead of overwriting it.
create or replace function app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean default false,
                                                  expected_seat_id uuid default null)
returns app_public.seat_assignments
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  mine app_public.seat_assignments;
  taken app_public.seat_assignments;
  result app_public.seat_assignments;
begin
  select e.organization_id into org from app_public.events e where e.id = assign_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  -- The person's current assignment, locked.
  select * into mine from app_public.seat_assignments a
   where a.invitation_id = assign_seat.invitation_id and a.plus_one = coalesce(assign_seat.plus_one, false)
   for update;
  if mine.seat_id is distinct from expected_seat_id then
    raise exception 'Someone moved this guest meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  if mine.seat_id = assign_seat.seat_id then
    return mine;
  end if;
  select * into taken from app_public.seat_assignments a
   where a.event_id = assign_seat.event_id and a.seat_id = assign_seat.seat_id for update;
  if taken.id is not null then
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  begin
    if mine.id is not null then
      update app_public.seat_assignments a set seat_id = assign_seat.seat_id where a.id = mine.id returning * into result;
    else
      insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
        values (assign_seat.event_id, assign_seat.seat_id, assign_seat.invitation_id, coalesce(assign_seat.plus_one, false))
        returning * into result;
    end if;
  exception when unique_violation then
    -- A concurrent move took the seat (or seated the person) first.
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end;
  return result;
end;
$$;
comment on function app_public.assign_seat(uuid, uuid, uuid, boolean, uuid) is 'Seats an accepted guest (plusOne: their +1) on a seat of the event''s layout, moving them if seated elsewhere. expectedSeatId is where the editor saw the person (null: not seated); if that is no longer so, or the target seat is taken, the move is refused with CONFLICT / SEATING_CHANGED ("someone moved this") and nothing changes, so two producers editing at once never lose an assignment. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (a seat of another layout, a guest not accepted, no +1), CONFLICT / SEATING_CHANGED.';

create or replace function app_public.unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid)
returns app_public.seat_assignments
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  mine app_public.seat_assignments;
begin
  select e.organization_id into org from app_public.events e where e.id = unassign_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  select * into mine from app_public.seat_assignments a
   where a.event_id = unassign_seat.event_id and a.seat_id = unassign_seat.seat_id for update;
  if mine.invitation_id is distinct from expected_invitation_id then
    raise exception 'Someone moved this guest meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  delete from app_public.seat_assignments a where a.id = mine.id;
  return mine;
end;
$$;
comment on function app_public.unassign_seat(uuid, uuid, uuid) is 'Frees a seat, if the guest the editor saw there (expectedInvitationId) is still on it; otherwise CONFLICT / SEATING_CHANGED. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, CONFLICT / SEATING_CHANGED.';

create or replace function app_public.auto_seat(event_id uuid) returns int
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  layout uuid;
  placed int := 0;
  person record;
  seat uuid;
begin
  select e.organization_id, e.venue_layout_id into org, layout from app_public.events e where e.id = auto_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if layout is null then
    raise exception 'Choose a seating plan for the event first.' using errcode = 'INVAL';
  end if;
  perform 1 from app_public.events e where e.id = auto_seat.event_id for update;
  -- Unseated people, tier A first; a +1 right after their guest.
  for person in
    select i.id as invitation_id, p.plus_one
      from app_public.guest_invitations i
      join app_public.guests g on g.id = i.guest_id
      cross join lateral (values (false), (true)) as p(plus_one)
     where i.event_id = auto_seat.event_id and i.status = 'accepted'
       and (not p.plus_one or i.plus_one_name is not null)
       and not exists (select 1 from app_public.seat_assignments a where a.invitation_id = i.id and a.plus_one = p.plus_one)
     order by g.tier, i.responded_at nulls last, g.full_name, i.id, p.plus_one
  loop
    select s.id into seat from app_public.seats s
     where s.layout_id = layout
       and not exists (select 1 from app_public.seat_assignments a where a.event_id = auto_seat.event_id and a.seat_id = s.id)
     order by s.front_row desc, s.row_index, s.section, s.seat_number
     limit 1;
    exit when seat is null;
    insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
      values (auto_seat.event_id, seat, person.invitation_id, person.plus_one);
    placed := placed + 1;
  end loop;
  return placed;
end;
$$;
comment on function app_public.auto_seat(uuid) is 'Seats every accepted guest (and +1) not yet seated on the free seats of the event''s layout, tier A first into the front row, then by row; keeps existing assignments. Returns how many people it seated. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (no layout chosen).';

/*==========================================================================
 * The RSVP page: what a link opens, and the answer
 *==========================================================================*/

drop type if exists app_public.rsvp cascade;
create type app_public.rsvp as (
  status text,
  guest_name text,
  plus_one_allowed boolean,
  plus_one_name text,
  notes text,
  responded_at timestamptz,
  open boolean,
  closes_at timestamptz,
  door_code text,
  seat_labels text[],
  event_title text,
  event_starts_at timestamptz,
  event_timezone text,
  venue_name text,
  venue_address text,
  venue_city text,
  organization_name text
);
comment on type app_public.rsvp is 'An invitation as its guest sees it on the RSVP page.';
comment on column app_public.rsvp.status is 'invited, accepted, declined or waitlist.';
comment on column app_public.rsvp.guest_name is 'The guest''s name.';
comment on column app_public.rsvp.plus_one_allowed is 'Whether a +1 may come.';
comment on column app_public.rsvp.plus_one_name is 'The +1 named.';
comment on column app_public.rsvp.notes is 'Dietary or access needs given.';
comment on column app_public.rsvp.responded_at is 'When the guest last answered.';
comment on column app_public.rsvp.open is 'Whether answers are still taken (before the event''s rsvp_closes_at and its start).';
comment on column app_public.rsvp.closes_at is 'When answers close (UTC).';
comment on column app_public.rsvp.door_code is 'The code for the door QR (26 Crockford base32 characters), once accepted; null otherwise.';
comment on column app_public.rsvp.seat_labels is 'The seats assigned to the party (e.g. "Pasarela · A 3"), once seated.';
comment on column app_public.rsvp.event_title is 'The event.';
comment on column app_public.rsvp.event_starts_at is 'When it starts (UTC).';
comment on column app_public.rsvp.event_timezone is 'Its time zone (IANA).';
comment on column app_public.rsvp.venue_name is 'Venue.';
comment on column app_public.rsvp.venue_address is 'Venue address.';
comment on column app_public.rsvp.venue_city is 'City.';
comment on column app_public.rsvp.organization_name is 'Who invites.';

-- The invitation a token opens, or nothing: a forged token, a reissued
-- (older) link, a cancelled invitation or one past rsvp_expires_at.
create or replace function app_private.invitation_by_rsvp_token(token text) returns app_public.guest_invitations
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select i.* from app_public.guest_invitations i
   where i.rsvp_hash = app_private.access_token_hash(token)
     and i.status <> 'cancelled' and i.rsvp_expires_at > now();
$$;
comment on function app_private.invitation_by_rsvp_token(text) is 'The invitation an RSVP token opens (current link version, not cancelled, not expired), or null.';

create or replace function app_private.rsvp_of(invitation app_public.guest_invitations) returns app_public.rsvp
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select invitation.status, g.full_name, invitation.plus_one_allowed, invitation.plus_one_name, invitation.notes,
         invitation.responded_at,
         now() < coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         case when invitation.status = 'accepted'
              then app_private.base32(app_private.guest_door_secret(invitation.id, app_private.box_office_key())) end,
         case when invitation.status = 'accepted' then
           (select array_agg(app_private.seat_label(s) order by a.plus_one, s.id)
              from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
             where a.invitation_id = invitation.id) end,
         e.title, e.starts_at, e.timezone, v.name, v.address, v.city, o.name
    from app_public.guests g, app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where g.id = invitation.guest_id and e.id = invitation.event_id;
$$;

create or replace function app_public.rsvp_by_token(token text) returns app_public.rsvp
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.rsvp_of(i) from app_private.invitation_by_rsvp_token(rsvp_by_token.token) i where i.id is not null;
$$;
comment on function app_public.rsvp_by_token(text) is 'The RSVP page (/rsvp/<token>): the invitation the token opens, as its guest sees it. Null for a token that opens nothing (forged, reissued, cancelled or expired). Anyone holding the link may read it; 160 bits cannot be guessed.';

create or replace function app_public.respond_to_invitation(token text, attending boolean, plus_one_name text default null,
                                                            notes text default null)
returns app_public.rsvp
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.guest_invitations;
  state record;
  e app_public.events;
  party int;
  new_status text;
  was_accepted boolean;
begin
  if attending is null then
    raise exception 'Say whether you will attend.' using errcode = 'INVAL';
  end if;
  if length(plus_one_name) > 200 then
    raise exception 'The +1''s name may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  if length(notes) > 500 then
    raise exception 'Notes may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  invitation := app_private.invitation_by_rsvp_token(respond_to_invitation.token);
  if invitation.id is null then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  -- The event first, then the invitation (the lock order).
  select * into state from app_private.lock_event_guests(invitation.event_id);
  select * into invitation from app_public.guest_invitations i where i.id = invitation.id for update;
  if invitation.status = 'cancelled' then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  select * into e from app_public.events where id = invitation.event_id;
  if now() >= coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at) then
    raise exception 'RSVPs for this event are closed.' using errcode = 'RSVPC';
  end if;
  if nullif(trim(respond_to_invitation.plus_one_name), '') is not null and not invitation.plus_one_allowed then
    raise exception 'This invitation is for one person.' using errcode = 'INVAL';
  end if;
  was_accepted := invitation.status = 'accepted';
  if not attending then
    new_status := 'declined';
    update app_public.guest_invitations i
       set status = new_status, responded_at = now(), notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
  else
    party := 1 + (nullif(trim(respond_to_invitation.plus_one_name), '') is not null)::int;
    -- The party's own places, if already accepted, are free for it.
    if state.capacity is null
       or state.accepted - (case when was_accepted then app_public.guest_invitations_party_size(invitation) else 0 end)
          + party <= state.capacity then
      new_status := 'accepted';
    elsif was_accepted then
      -- Adding a +1 to an accepted place when the show is full: refused, and
      -- the guest keeps their own place (nothing is lost by asking).
      raise exception 'There is no room for a +1 now; your own place is kept.' using errcode = 'CAPAC';
    else
      new_status := 'waitlist';
    end if;
    update app_public.guest_invitations i
       set status = new_status,
           responded_at = case when i.status = new_status and i.responded_at is not null then i.responded_at else now() end,
           plus_one_name = nullif(trim(respond_to_invitation.plus_one_name), ''),
           notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    if new_status <> 'accepted' then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
    elsif invitation.plus_one_name is null then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id and a.plus_one;
    end if;
  end if;
  if was_accepted then
    perform app_private.promote_waitlist(invitation.event_id);
    select * into invitation from app_public.guest_invitations i where i.id = invitation.id;
  end if;
  return app_private.rsvp_of(invitation);
end;
$$;
comment on function app_public.respond_to_invitation(text, boolean, text, text) is 'The guest''s answer on the RSVP page, with the token of the link: attending (true: accepted, or waitlist when the party would exceed the event''s guest_capacity; false: declined), the +1''s name (only when allowed; empty: alone), dietary or access notes (≤ 500 characters). Answering again changes the answer; a decline frees places for the waitlist, first answered first. Concurrent answers never exceed the capacity (the event row is locked). Errors: NOT_FOUND (the link opens nothing), CONFLICT / RSVP_CLOSED (after rsvp_closes_at or the start), VALIDATION_FAILED.';

/*==========================================================================
 * Inviting and withdrawing
 *==========================================================================*/

create or replace function app_public.invite_guests(event_id uuid, categories text[] default null, tiers text[] default null,
                                                    plus_one_allowed boolean default false)
returns setof app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
begin
  if cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many categories or tiers.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = invite_guests.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  return query
    insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed)
    select invite_guests.event_id, g.id, coalesce(invite_guests.plus_one_allowed, false)
      from app_public.guests g
     where g.organization_id = org
       and g.consent_revoked_at is null
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers))
     order by g.tier, g.full_name
    on conflict do nothing
    returning *;
end;
$$;
comment on function app_public.invite_guests(uuid, text[], text[], boolean) is 'Invites the organization''s guests of the given categories and tiers (null or empty: all) to the event, with or without a +1, skipping those already invited and those who withdrew consent (Ley 1581). Returns the new invitations; each has its RSVP link (rsvpToken) to copy until the outbox sends it. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';

create or replace function app_private.lock_invitation(invitation_id uuid) returns app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.guest_invitations;
begin
  select * into invitation from app_public.guest_invitations i where i.id = lock_invitation.invitation_id;
  if invitation.id is null or not app_private.has_org_role(invitation.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That invitation does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.lock_event_guests(invitation.event_id);
  select * into invitation from app_public.guest_invitations i where i.id = invitation.id for update;
  return invitation;
end;
$$;
comment on function app_private.lock_invitation(uuid) is 'Finds an invitation for its producers (else NTFND, or LOGIN for visitors) and locks its event, then it.';

create or replace function app_public.cancel_guest_invitation(invitation_id uuid) returns app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.guest_invitations := app_private.lock_invitation(cancel_guest_invitation.invitation_id);
begin
  if invitation.status = 'cancelled' then
    return invitation;
  end if;
  update app_public.guest_invitations i set status = 'cancelled' where i.id = invitation.id returning * into invitation;
  delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
  perform app_private.promote_waitlist(invitation.event_id);
  return invitation;
end;
$$;
comment on function app_public.cancel_guest_invitation(uuid) is 'Withdraws an invitation: its link opens nothing, its seats are freed and its places go to the waitlist. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND.';

create or replace function app_public.reissue_rsvp_link(invitation_id uuid) returns app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.guest_invitations := app_private.lock_invitation(reissue_rsvp_link.invitation_id);
begin
  if invitation.status = 'cancelled' then
    raise exception 'A cancelled invitation has no link.' using errcode = 'CONFL';
  end if;
  update app_public.guest_invitations i set rsvp_version = i.rsvp_version + 1 where i.id = invitation.id
  returning * into invitation;
  return invitation;
end;
$$;
comment on function app_public.reissue_rsvp_link(uuid) is 'Gives an invitation a new RSVP link (e.g. the old one was forwarded); the previous link opens nothing from now on. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, CONFLICT (cancelled).';

/*==========================================================================
 * The door: an invitation's code checks its party in, like a ticket
 *==========================================================================*/

do $$
begin
  if not exists (select 1 from pg_attribute where attrelid = 'app_public.check_in_result'::regclass and attname = 'invitation_id') then
    alter type app_public.check_in_result add attribute guest_category text;
    alter type app_public.check_in_result add attribute guest_tier text;
    alter type app_public.check_in_result add attribute seat_labels text[];
    alter type app_public.check_in_result add attribute invitation_id uuid;
  end if;
end;
$$;
comment on column app_public.check_in_result.guest_category is 'For an invitation: the guest''s category (press, buyer, vip…).';
comment on column app_public.check_in_result.guest_tier is 'For an invitation: the guest''s tier (A, B, C).';
comment on column app_public.check_in_result.seat_labels is 'For an invitation: the seats of the party (guest first).';
comment on column app_public.check_in_result.invitation_id is 'For an invitation: which one (ticketId is then null; seats is the party size).';

alter table app_public.ticket_check_ins alter column ticket_id drop not null;
alter table app_public.ticket_check_ins add column if not exists invitation_id uuid;
alter table app_public.ticket_check_ins drop constraint if exists ticket_check_ins_invitation_fkey;
alter table app_public.ticket_check_ins add constraint ticket_check_ins_invitation_fkey
  foreign key (invitation_id, organization_id) references app_public.guest_invitations (id, organization_id) on delete cascade;
alter table app_public.ticket_check_ins drop constraint if exists ticket_check_ins_ticket_or_invitation;
alter table app_public.ticket_check_ins add constraint ticket_check_ins_ticket_or_invitation
  check (num_nonnulls(ticket_id, invitation_id) = 1);
create index if not exists ticket_check_ins_invitation_idx on app_public.ticket_check_ins (invitation_id, organization_id);
comment on column app_public.ticket_check_ins.ticket_id is 'The ticket (null for an invitation).';
comment on column app_public.ticket_check_ins.invitation_id is 'The guest invitation (null for a ticket).';

create or replace function app_private.check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text,
                                                      scanned timestamptz, device text, method text)
returns app_public.check_in_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  result app_public.check_in_result;
  me uuid := app_public.current_profile_id();
  action text;
  note text;
begin
  select 'not_found', null::uuid, null::int, app_public.guest_invitations_party_size(invitation),
         g.full_name || coalesce(' + ' || invitation.plus_one_name, ''), null, e.id, e.title,
         invitation.checked_in_at, invitation.checked_in_gate, invitation.status,
         g.category, g.tier,
         (select array_agg(app_private.seat_label(s) order by a.plus_one)
            from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
           where a.invitation_id = invitation.id),
         invitation.id
    into result
    from app_public.guests g, app_public.events e
   where g.id = invitation.guest_id and e.id = invitation.event_id;
  if expected_event is not null and invitation.event_id <> expected_event then
    result.outcome := 'wrong_event';
    action := 'refused';
    note := 'invitation to another event';
  elsif invitation.status <> 'accepted' then
    result.outcome := 'not_valid';
    action := 'refused';
    note := 'invitation ' || invitation.status;
  elsif invitation.checked_in_at is null or (method = 'offline_sync' and scanned < invitation.checked_in_at) then
    update app_public.guest_invitations i set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where i.id = invitation.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
  else
    result.outcome := 'already_checked_in';
    action := 'duplicate';
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, invitation_id, action, method, gate, device_id,
                                           scanned_at, actor_id, note)
    values (invitation.organization_id, invitation.event_id, invitation.id, action, method, gate, device, scanned, me, note);
  return result;
end;
$$;
comment on function app_private.check_in_guest(app_public.guest_invitations, uuid, text, timestamptz, text, text) is 'Checks a locked invitation''s party in (or says why not: not accepted, another event, already in) and logs it in the door log, with the same once-only and offline rules as a ticket.';

create or replace function app_public.check_in_ticket(code text, gate text, event_id uuid default null,
                                                      scanned_at timestamptz default null, device_id text default null)
returns app_public.check_in_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  door_orgs uuid[] := app_private.organization_ids_with_role('{owner,admin,producer,door}');
  ticket app_public.tickets;
  invitation app_public.guest_invitations;
  scanned timestamptz := coalesce(check_in_ticket.scanned_at, clock_timestamp());
  scanned_hash bytea := app_private.ticket_code_hash(check_in_ticket.code);
  method text := case when check_in_ticket.scanned_at is null then 'scan' else 'offline_sync' end;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if cardinality(door_orgs) = 0 then
    raise exception 'Only door staff, producers, admins and owners check tickets in.' using errcode = 'DNIED';
  end if;
  perform app_private.check_in_inputs(check_in_ticket.gate, check_in_ticket.scanned_at, check_in_ticket.device_id);
  if scanned > now() + interval '2 minutes' or scanned < now() - interval '7 days' then
    raise exception 'scannedAt must be within the last 7 days and not in the future.' using errcode = 'INVAL';
  end if;
  select * into ticket from app_public.tickets t
   where t.code_hash = scanned_hash and t.organization_id = any(door_orgs)
   for update;
  if ticket.id is not null then
    return app_private.check_in(ticket, check_in_ticket.event_id, trim(check_in_ticket.gate), scanned,
                                nullif(trim(check_in_ticket.device_id), ''), method);
  end if;
  select * into invitation from app_public.guest_invitations i
   where i.door_code_hash = scanned_hash and i.organization_id = any(door_orgs)
   for update;
  if invitation.id is not null then
    return app_private.check_in_guest(invitation, check_in_ticket.event_id, trim(check_in_ticket.gate), scanned,
                                      nullif(trim(check_in_ticket.device_id), ''), method);
  end if;
  return row('not_found', null, null, null, null, null, null, null, null, null, null, null, null, null, null)::app_public.check_in_result;
end;
$$;
comment on function app_public.check_in_ticket(text, text, uuid, timestamptz, text) is 'Checks in the ticket, or the guest invitation, a scanned code opens, at a gate (1 to 60 characters), once: of two scans at the same moment one wins and the other gets already_checked_in with the first''s time and gate. An invitation admits its party (seats = 1, or 2 with a +1) when accepted, and answers with the guest''s category, tier and seats. eventId (optional) refuses another event''s code. scannedAt (offline scans synced later; within the last 7 days) makes the earliest scan by time the check-in of record. Door staff, producers, admins and owners of the organization; another organization''s code is not_found. Errors: UNAUTHENTICATED, FORBIDDEN (no door role anywhere), VALIDATION_FAILED.';

/*==========================================================================
 * Reports
 *==========================================================================*/

drop type if exists app_public.guest_report_row cascade;
create type app_public.guest_report_row as (category text, invited int, accepted int, declined int, waitlist int, attended int);
comment on type app_public.guest_report_row is 'Invitations of one guest category at an event, by answer.';
comment on column app_public.guest_report_row.category is 'Guest category (null: every category).';
comment on column app_public.guest_report_row.invited is 'Invitations not cancelled.';
comment on column app_public.guest_report_row.accepted is 'Accepted.';
comment on column app_public.guest_report_row.declined is 'Declined.';
comment on column app_public.guest_report_row.waitlist is 'On the waitlist.';
comment on column app_public.guest_report_row.attended is 'Checked in at the door.';

create or replace function app_public.guest_report(event_id uuid) returns setof app_public.guest_report_row
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select g.category, count(*)::int,
         count(*) filter (where i.status = 'accepted')::int,
         count(*) filter (where i.status = 'declined')::int,
         count(*) filter (where i.status = 'waitlist')::int,
         count(*) filter (where i.checked_in_at is not null)::int
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
    join app_public.events e on e.id = i.event_id
   where i.event_id = guest_report.event_id and i.status <> 'cancelled'
     and app_private.has_org_role(e.organization_id, '{owner,admin,producer,casting,viewer}')
   group by rollup (g.category)
   order by g.category nulls first;
$$;
comment on function app_public.guest_report(uuid) is 'Invited, accepted, declined, waitlisted and attended per guest category at the event, and the total (the row whose category is null). For the organization''s members; nothing for anyone else.';

/*==========================================================================
 * Relation names in the API (as 000005 does for the other tables)
 *==========================================================================*/

comment on constraint guest_contacts_guest_id_organization_id_fkey on app_public.guest_contacts is '@fieldName guest
@foreignFieldName guestContacts
@foreignSingleFieldName contact';
comment on constraint guest_invitations_event_id_organization_id_fkey on app_public.guest_invitations is '@fieldName event
@foreignFieldName guestInvitations';
comment on constraint guest_invitations_guest_id_organization_id_fkey on app_public.guest_invitations is '@fieldName guest
@foreignFieldName invitations';
comment on constraint guest_invitations_checked_in_by_fkey on app_public.guest_invitations is '@fieldName checkInStaff
@foreignFieldName guestInvitationsCheckedIn';
comment on constraint guest_invitations_invited_by_fkey on app_public.guest_invitations is '@fieldName inviter
@foreignFieldName guestInvitationsSent';
comment on constraint guest_invitations_rsvp_hash_key on app_public.guest_invitations is '@behavior -*';
comment on constraint guest_invitations_door_code_hash_key on app_public.guest_invitations is '@behavior -*';
comment on constraint venue_layouts_venue_id_organization_id_fkey on app_public.venue_layouts is '@fieldName venue
@foreignFieldName layouts';
comment on constraint events_venue_layout_fkey on app_public.events is '@fieldName venueLayout
@foreignFieldName events';
comment on constraint seats_layout_id_organization_id_fkey on app_public.seats is '@fieldName layout
@foreignFieldName seats';
comment on constraint seat_assignments_event_id_organization_id_fkey on app_public.seat_assignments is '@fieldName event
@foreignFieldName seatAssignments';
comment on constraint seat_assignments_seat_id_organization_id_fkey on app_public.seat_assignments is '@fieldName seat
@foreignFieldName assignments';
comment on constraint seat_assignments_invitation_id_event_id_fkey on app_public.seat_assignments is '@fieldName invitation
@foreignFieldName seatAssignments';
comment on constraint seat_assignments_assigned_by_fkey on app_public.seat_assignments is '@fieldName assigner
@foreignFieldName seatAssignmentsMade';
comment on constraint ticket_check_ins_invitation_fkey on app_public.ticket_check_ins is '@fieldName invitation
@foreignFieldName checkIns';

/*==========================================================================
 * Drawing a layout: rows of seats at once
 *==========================================================================*/

create or replace function app_public.add_seat_rows(layout_id uuid, section text, row_count int, seats_per_row int,
                                                    front_rows int default 1)
returns setof app_public.seats
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  first_index int;
begin
  select l.organization_id into org from app_public.venue_layouts l where l.id = add_seat_rows.layout_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That layout does not exist.' using errcode = 'NTFND';
  end if;
  if section is null or length(trim(section)) not between 1 and 60 then
    raise exception 'Name the section (1 to 60 characters).' using errcode = 'INVAL';
  end if;
  if row_count not between 1 and 26 or seats_per_row not between 1 and 100 or front_rows not between 0 and row_count then
    raise exception 'Rows must be 1 to 26, seats per row 1 to 100, front rows 0 to the rows.' using errcode = 'INVAL';
  end if;
  select coalesce(max(s.row_index), 0) into first_index
    from app_public.seats s where s.layout_id = add_seat_rows.layout_id and s.section = trim(add_seat_rows.section);
  if first_index + row_count > 26 then
    raise exception 'A section has at most 26 rows (A to Z).' using errcode = 'INVAL';
  end if;
  return query
    insert into app_public.seats (organization_id, layout_id, section, row_label, row_index, seat_number, front_row)
    select org, add_seat_rows.layout_id, trim(add_seat_rows.section), chr(64 + first_index + r), first_index + r, n,
           first_index + r <= front_rows
      from generate_series(1, row_count) r, generate_series(1, seats_per_row) n
    returning *;
end;
$$;
comment on function app_public.add_seat_rows(uuid, text, int, int, int) is 'Adds rows of seats to a section of a layout: rows labelled on from the section''s last (A, B, … up to Z), seats numbered 1 to seatsPerRow, the first frontRows rows of the section flagged front row. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';

/*==========================================================================
 * CSV import of guests: all or nothing, errors per row
 *==========================================================================*/

drop type if exists app_public.guest_import_result cascade;
create type app_public.guest_import_result as (imported int, merged int, errors jsonb);
comment on type app_public.guest_import_result is 'What an import did: new guests, guests merged by email, and the errors per row (then nothing was imported).';
comment on column app_public.guest_import_result.imported is 'Guests added.';
comment on column app_public.guest_import_result.merged is 'Rows merged into a guest with the same email (already in the list, or earlier in the file).';
comment on column app_public.guest_import_result.errors is 'Per row: [{ "row": n (1 = the first data row), "column": "email", "code": "required" | "invalid_email" | "invalid_phone" | "invalid_category" | "invalid_tier" | "too_long" }]. Not empty: nothing was imported.';

-- A category as written in a list (English code or Spanish word), or null.
create or replace function app_private.guest_category(value text) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case lower(trim(translate(value, 'áéíóúÁÉÍÓÚ', 'aeiouAEIOU')))
    when '' then 'industry'
    when 'press' then 'press' when 'prensa' then 'press'
    when 'buyer' then 'buyer' when 'comprador' then 'buyer' when 'compradora' then 'buyer'
    when 'stylist' then 'stylist' when 'estilista' then 'stylist'
    when 'influencer' then 'influencer' when 'influenciador' then 'influencer' when 'influenciadora' then 'influencer'
    when 'vip' then 'vip'
    when 'designer_guest' then 'designer_guest' when 'designer guest' then 'designer_guest'
    when 'invitado del disenador' then 'designer_guest' when 'invitada del disenador' then 'designer_guest'
    when 'sponsor' then 'sponsor' when 'patrocinador' then 'sponsor'
    when 'industry' then 'industry' when 'industria' then 'industry'
  end;
$$;
comment on function app_private.guest_category(text) is 'The category code of a list''s category text (press/prensa, buyer/comprador, …; empty: industry), or null when unknown.';

create or replace function app_public.import_guests(organization_id uuid, rows jsonb, consent_source text default null)
returns app_public.guest_import_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  result app_public.guest_import_result := row(0, 0, '[]'::jsonb);
  item record;
  errors jsonb := '[]';
  v_name text;
  v_category text;
  v_tier text;
  v_email text;
  v_phone text;
  guest uuid;
begin
  if not app_private.has_org_role(import_guests.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That organization does not exist.' using errcode = 'NTFND';
  end if;
  if jsonb_typeof(rows) is distinct from 'array' or jsonb_array_length(rows) not between 1 and 5000 then
    raise exception 'Send 1 to 5,000 rows.' using errcode = 'INVAL';
  end if;
  if length(consent_source) > 200 then
    raise exception 'The consent source may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  -- First every row is checked; nothing is written unless all of them pass.
  for item in select r.value, r.ordinality::int as n from jsonb_array_elements(rows) with ordinality r loop
    if jsonb_typeof(item.value) <> 'object' then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'required');
      continue;
    end if;
    v_name := nullif(trim(item.value ->> 'fullName'), '');
    if v_name is null then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'required');
    elsif length(v_name) > 200 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'too_long');
    end if;
    if length(item.value ->> 'outlet') > 200 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'outlet', 'code', 'too_long');
    end if;
    if length(item.value ->> 'notes') > 2000 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'notes', 'code', 'too_long');
    end if;
    if app_private.guest_category(coalesce(item.value ->> 'category', '')) is null then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'category', 'code', 'invalid_category');
    end if;
    if upper(coalesce(nullif(trim(item.value ->> 'tier'), ''), 'B')) not in ('A', 'B', 'C') then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'tier', 'code', 'invalid_tier');
    end if;
    v_email := nullif(trim(item.value ->> 'email'), '');
    if v_email is not null and (length(v_email) > 320 or v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'email', 'code', 'invalid_email');
    end if;
    v_phone := nullif(trim(item.value ->> 'phone'), '');
    if v_phone is not null and v_phone !~ '^\+?[0-9 ()-]{7,20}$' then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'phone', 'code', 'invalid_phone');
    end if;
  end loop;
  if jsonb_array_length(errors) > 0 then
    result.errors := errors;
    return result;
  end if;
  for item in select r.value, r.ordinality::int as n from jsonb_array_elements(rows) with ordinality r loop
    v_name := trim(item.value ->> 'fullName');
    v_category := app_private.guest_category(coalesce(item.value ->> 'category', ''));
    v_tier := upper(coalesce(nullif(trim(item.value ->> 'tier'), ''), 'B'));
    v_email := lower(nullif(trim(item.value ->> 'email'), ''));
    v_phone := nullif(trim(item.value ->> 'phone'), '');
    guest := null;
    if v_email is not null then
      select c.guest_id into guest from app_public.guest_contacts c
       where c.organization_id = import_guests.organization_id and c.email = v_email::citext
       for update;
    end if;
    if guest is not null then
      -- Merge: the file's values win where it has them; the rest is kept.
      update app_public.guests g
         set full_name = v_name,
             outlet = coalesce(nullif(trim(item.value ->> 'outlet'), ''), g.outlet),
             category = case when nullif(trim(item.value ->> 'category'), '') is null then g.category else v_category end,
             tier = case when nullif(trim(item.value ->> 'tier'), '') is null then g.tier else v_tier end,
             notes = coalesce(nullif(trim(item.value ->> 'notes'), ''), g.notes),
             consent_granted_at = case when (item.value ->> 'consent')::boolean is true and g.consent_revoked_at is null
                                       then coalesce(g.consent_granted_at, now()) else g.consent_granted_at end,
             consent_source = case when (item.value ->> 'consent')::boolean is true and g.consent_granted_at is null
                                   and g.consent_revoked_at is null
                                   then coalesce(nullif(trim(import_guests.consent_source), ''), 'CSV import')
                                   else g.consent_source end
       where g.id = guest;
      update app_public.guest_contacts c set phone = coalesce(v_phone, c.phone) where c.guest_id = guest;
      result.merged := result.merged + 1;
    else
      insert into app_public.guests (organization_id, full_name, outlet, category, tier, notes, consent_granted_at, consent_source)
        values (import_guests.organization_id, v_name, nullif(trim(item.value ->> 'outlet'), ''), v_category, v_tier,
                nullif(trim(item.value ->> 'notes'), ''),
                case when (item.value ->> 'consent')::boolean is true then now() end,
                case when (item.value ->> 'consent')::boolean is true
                     then coalesce(nullif(trim(import_guests.consent_source), ''), 'CSV import') end)
        returning id into guest;
      if v_email is not null or v_phone is not null then
        insert into app_public.guest_contacts (guest_id, email, phone) values (guest, v_email, v_phone);
      end if;
      result.imported := result.imported + 1;
    end if;
  end loop;
  return result;
end;
$$;
comment on function app_public.import_guests(uuid, jsonb, text) is 'Imports guests from a CSV the browser has read and mapped: rows is [{ fullName, outlet, category (press, prensa, buyer, comprador, …), tier (A, B, C; empty: B), email, phone, notes, consent (true when the list was collected with consent for communications, Ley 1581) }], 1 to 5,000. All or nothing: every row is checked first, and if any fails the answer lists the errors per row and nothing is written. A row whose email is already a guest (or earlier in the file) is merged into it: the file''s values win where present. consentSource says where the consent comes from (default "CSV import"). Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';
