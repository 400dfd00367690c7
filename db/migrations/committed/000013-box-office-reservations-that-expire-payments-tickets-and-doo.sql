--! Previous: sha1:eda63f48541997491d3f990114b27fe73af64071
--! Hash: sha1:566d98467fab349de12617de23fc12913fee10a1
--! Message: Box office: reservations that expire, payments, tickets and door check-in

-- Box office (issue 15): reservations that expire, per-order and per-buyer
-- limits, Wompi payments applied from signed events, one e-ticket per seat
-- with an unguessable code, door check-in with a new `door` role.
--
-- Lock order, everywhere: the ticket tier row first (FOR UPDATE), then the
-- booking rows. book_tickets, the expiry job, payment events, cancellations
-- and refunds all follow it, so they serialise per tier and never deadlock.
-- Stock (ticket_tiers.sold_count) moves in one place only after a booking
-- exists: the status trigger (_200_stock), which adds or returns a booking's
-- tickets exactly when it moves between holding (pending, paid) and not
-- holding (expired, cancelled, refunded).

/*==========================================================================
 * Codes: Crockford base32, the box office key
 *==========================================================================*/

-- Crockford's base32 (digits and capitals without I, L, O, U): short, case
-- insensitive and unambiguous when a person reads it aloud or types it.
create or replace function app_private.base32(input bytea) returns text
language plpgsql immutable strict set search_path = pg_catalog, public, pg_temp as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  result text := '';
  buffer bigint := 0;
  bits int := 0;
begin
  for i in 0 .. length(input) - 1 loop
    buffer := (buffer << 8) | get_byte(input, i);
    bits := bits + 8;
    while bits >= 5 loop
      bits := bits - 5;
      result := result || substr(alphabet, ((buffer >> bits) & 31)::int + 1, 1);
    end loop;
    buffer := buffer & ((1::bigint << bits) - 1);
  end loop;
  if bits > 0 then
    result := result || substr(alphabet, ((buffer << (5 - bits)) & 31)::int + 1, 1);
  end if;
  return result;
end;
$$;
comment on function app_private.base32(bytea) is 'Crockford base32 of the bytes (0-9, A-Z without I, L, O, U), zero-padded to whole characters.';

-- The bytes of a Crockford base32 text of a known length, or null when it is
-- not one. Lower case, spaces and dashes are accepted; O reads as 0 and I, L
-- as 1 (Crockford's rule for what people type).
create or replace function app_private.base32_decode(input text, byte_count int) returns bytea
language plpgsql immutable strict set search_path = pg_catalog, public, pg_temp as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  clean text := translate(upper(regexp_replace(input, '[[:space:]-]', '', 'g')), 'OIL', '011');
  result bytea := '';
  buffer bigint := 0;
  bits int := 0;
  value int;
begin
  if length(clean) <> (byte_count * 8 + 4) / 5 or clean !~ '^[0-9A-HJKMNP-TV-Z]+$' then
    return null;
  end if;
  for i in 1 .. length(clean) loop
    value := strpos(alphabet, substr(clean, i, 1)) - 1;
    buffer := (buffer << 5) | value;
    bits := bits + 5;
    if bits >= 8 then
      bits := bits - 8;
      result := result || set_byte('\x00'::bytea, 0, ((buffer >> bits) & 255)::int);
      buffer := buffer & ((1::bigint << bits) - 1);
    end if;
  end loop;
  if buffer <> 0 then
    return null; -- padding bits must be zero: one code has one spelling
  end if;
  return result;
end;
$$;
comment on function app_private.base32_decode(text, int) is 'The byte_count bytes a Crockford base32 text spells (case, spaces and dashes ignored; O = 0, I = L = 1), or null when it is not such a text.';

-- The box office's secret key. Ticket codes and booking access tokens are
-- HMAC-SHA-256 signatures of ids under it: the tables hold only SHA-256
-- hashes of them, so reading tables (a dump, a replica, a support query)
-- reveals no code. The key never leaves app_private; request roles have no
-- grant on it.
create table if not exists app_private.box_office_keys (
  id boolean primary key default true check (id),
  ticket_key bytea not null default gen_random_bytes(32) check (length(ticket_key) = 32),
  created_at timestamptz not null default now()
);
insert into app_private.box_office_keys default values on conflict do nothing;
comment on table app_private.box_office_keys is 'One row: the 256-bit HMAC key that signs ticket codes and booking access tokens. Never exposed.';

create or replace function app_private.box_office_key() returns bytea
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select ticket_key from app_private.box_office_keys where id;
$$;
comment on function app_private.box_office_key() is 'The box office HMAC key (app_private.box_office_keys).';

-- A ticket's code: 128 bits of HMAC-SHA-256 of its id under the key. What the
-- database stores is the SHA-256 of these bytes (tickets.code_hash).
create or replace function app_private.ticket_secret(ticket_id uuid, key bytea) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select substring(hmac(convert_to('ticket:' || ticket_id::text, 'UTF8'), key, 'sha256') from 1 for 16);
$$;
comment on function app_private.ticket_secret(uuid, bytea) is 'The 16 secret bytes (128 bits) of a ticket: HMAC-SHA-256 of its id under the box office key, truncated.';

create or replace function app_private.ticket_code(ticket_id uuid) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.base32(app_private.ticket_secret(ticket_id, app_private.box_office_key()));
$$;
comment on function app_private.ticket_code(uuid) is 'The code printed on a ticket and in its QR: 26 Crockford base32 characters (128 bits). Only the ticket page, the buyer''s booking page and the confirmation mail show it.';

create or replace function app_private.ticket_code_hash(code text) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select digest(app_private.base32_decode(code, 16), 'sha256');
$$;
comment on function app_private.ticket_code_hash(text) is 'SHA-256 of the bytes a ticket code spells (null when the text is not a code): what tickets.code_hash holds.';

-- Deterministic ticket ids (seat n of a booking), so the demo data loads the
-- same rows every time and a booking's tickets can be recomputed.
create or replace function app_private.ticket_id(booking_id uuid, seat int) returns uuid
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select md5('ticket:' || booking_id::text || ':' || seat::text)::uuid;
$$;
comment on function app_private.ticket_id(uuid, int) is 'The id of seat n of a booking (an md5-derived UUID; ids are not secrets, codes are).';

-- A booking's access token: lets whoever bought it follow the booking (its
-- page, payment and tickets) without an account. 160 bits of HMAC.
create or replace function app_private.booking_access_secret(booking_id uuid, key bytea) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select substring(hmac(convert_to('booking:' || booking_id::text, 'UTF8'), key, 'sha256') from 1 for 20);
$$;
comment on function app_private.booking_access_secret(uuid, bytea) is 'The 20 secret bytes (160 bits) of a booking''s access token: HMAC-SHA-256 of its id under the box office key, truncated.';

create or replace function app_private.booking_access_token(booking_id uuid) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.base32(app_private.booking_access_secret(booking_id, app_private.box_office_key()));
$$;
comment on function app_private.booking_access_token(uuid) is 'The secret that opens a booking''s page: 32 Crockford base32 characters (160 bits of HMAC-SHA-256 of its id). Stored only as bookings.access_hash.';

create or replace function app_private.access_token_hash(token text) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select digest(app_private.base32_decode(token, 20), 'sha256');
$$;
comment on function app_private.access_token_hash(text) is 'SHA-256 of the bytes a booking access token spells (null when the text is not one).';

/*==========================================================================
 * Box office settings
 *==========================================================================*/

-- How long a reservation holds its tickets. The API server passes
-- RESERVATION_MINUTES in each request's settings (fashionos.reservation_minutes);
-- without it (SQL callers) the default is 15. Always clamped to 1..60.
create or replace function app_private.reservation_minutes() returns int
language plpgsql stable set search_path = pg_catalog, public, pg_temp as $$
declare
  configured text := current_setting('fashionos.reservation_minutes', true);
begin
  if configured ~ '^[0-9]{1,4}$' then
    return least(greatest(configured::int, 1), 60);
  end if;
  return 15;
end;
$$;
comment on function app_private.reservation_minutes() is 'Minutes a reservation holds its tickets: the request setting fashionos.reservation_minutes (RESERVATION_MINUTES on the server) clamped to 1..60, else 15.';

/*==========================================================================
 * Ticket tiers: per-order maximum
 *==========================================================================*/

alter table app_public.ticket_tiers add column if not exists max_per_order int not null default 10;
alter table app_public.ticket_tiers drop constraint if exists ticket_tiers_max_per_order_check;
alter table app_public.ticket_tiers add constraint ticket_tiers_max_per_order_check check (max_per_order between 1 and 50);
comment on column app_public.ticket_tiers.max_per_order is 'Most tickets one booking may hold (1 to 50, default 10).';
comment on column app_public.ticket_tiers.sold_count is 'Tickets held by pending (reserved) and paid bookings; never above quantity. A reservation past its expiry still counts here until it is expired (within a minute, or at the next booking); availableCount already leaves it out.';

/*==========================================================================
 * Bookings: reservations that expire, references, access tokens
 *==========================================================================*/

alter table app_public.bookings drop constraint if exists bookings_status_check;
alter table app_public.bookings add constraint bookings_status_check
  check (status in ('pending', 'paid', 'expired', 'cancelled', 'refunded'));
alter table app_public.bookings drop constraint if exists bookings_quantity_check;
alter table app_public.bookings add constraint bookings_quantity_check check (quantity between 1 and 50);
alter table app_public.bookings drop constraint if exists bookings_payment_provider_check;
alter table app_public.bookings add constraint bookings_payment_provider_check
  check (payment_provider in ('wompi', 'mercadopago', 'stripe', 'cash', 'free'));

alter table app_public.bookings add column if not exists reference text;
update app_public.bookings set reference = 'FOS-' || app_private.base32(gen_random_bytes(8)) where reference is null;
alter table app_public.bookings alter column reference set default ('FOS-' || app_private.base32(gen_random_bytes(8)));
alter table app_public.bookings alter column reference set not null;
alter table app_public.bookings drop constraint if exists bookings_reference_key;
alter table app_public.bookings add constraint bookings_reference_key unique (reference);
alter table app_public.bookings drop constraint if exists bookings_reference_check;
alter table app_public.bookings add constraint bookings_reference_check check (reference ~ '^[A-Z0-9-]{4,40}$');

alter table app_public.bookings add column if not exists expires_at timestamptz;
-- Reservations made before expiry existed hold their tickets for the usual time from now.
update app_public.bookings set expires_at = now() + interval '15 minutes' where status = 'pending' and expires_at is null;
alter table app_public.bookings drop constraint if exists bookings_pending_expires_check;
alter table app_public.bookings add constraint bookings_pending_expires_check check (status <> 'pending' or expires_at is not null);

alter table app_public.bookings add column if not exists access_hash bytea;
update app_public.bookings set access_hash = digest(app_private.booking_access_secret(id, app_private.box_office_key()), 'sha256')
 where access_hash is null;
alter table app_public.bookings alter column access_hash set not null;
alter table app_public.bookings drop constraint if exists bookings_access_hash_key;
alter table app_public.bookings add constraint bookings_access_hash_key unique (access_hash);
create or replace function app_private.tg_bookings__defaults() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  new.access_hash := digest(app_private.booking_access_secret(new.id, app_private.box_office_key()), 'sha256');
  if new.status = 'pending' and new.expires_at is null then
    new.expires_at := now() + make_interval(mins => app_private.reservation_minutes());
  end if;
  return new;
end;
$$;
comment on function app_private.tg_bookings__defaults() is 'Sets a new booking''s access_hash from its id (the token itself is never stored) and, for a reservation, expires_at (RESERVATION_MINUTES from now) when none was given.';
drop trigger if exists _050_defaults on app_public.bookings;
create trigger _050_defaults before insert on app_public.bookings
  for each row execute function app_private.tg_bookings__defaults();

alter table app_public.bookings add column if not exists confirmed_at timestamptz;
update app_public.bookings set confirmed_at = coalesce(updated_at, created_at) where status in ('paid', 'refunded') and confirmed_at is null;
alter table app_public.bookings add column if not exists closed_at timestamptz;
alter table app_public.bookings add column if not exists closed_by uuid references app_public.profiles on delete set null;
alter table app_public.bookings add column if not exists close_reason text;
alter table app_public.bookings drop constraint if exists bookings_close_reason_check;
alter table app_public.bookings add constraint bookings_close_reason_check check (length(close_reason) <= 500);
create index if not exists bookings_closed_by_idx on app_public.bookings (closed_by);
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'bookings_id_organization_id_key') then
    alter table app_public.bookings add constraint bookings_id_organization_id_key unique (id, organization_id);
  end if;
end;
$$;

-- One reservation at a time per buyer and tier: the next needs the first paid or gone.
create unique index if not exists bookings_one_reservation_per_buyer
  on app_public.bookings (tier_id, buyer_email) where status = 'pending';
-- The expiry job's scan.
create index if not exists bookings_pending_expiry on app_public.bookings (expires_at) where status = 'pending';

-- A booking's door code is now one code per seat, in tickets.
alter table app_public.bookings drop column if exists check_in_code;
alter table app_public.bookings drop column if exists checked_in_at;

comment on table app_public.bookings is 'A buyer''s order of tickets of one tier. Starts as a reservation (pending) that holds its tickets until expires_at; paid once Wompi''s signed event approves the payment (free tiers at once). Statuses follow pretix''s order states: pending, paid, expired, cancelled, refunded. Financial records: never deleted; changed only by the box office functions.';
comment on column app_public.bookings.status is 'pending (reserved until expires_at), paid, expired (unpaid in time; tickets released), cancelled (by the producer, or the payment was voided), refunded (paid, then refunded by the producer).';
comment on column app_public.bookings.quantity is 'Number of tickets (1 to the tier''s max_per_order, at most 50).';
comment on column app_public.bookings.reference is 'The booking''s payment reference (FOS-… ), sent to Wompi as the transaction reference; unique.';
comment on column app_public.bookings.expires_at is 'Until when a reservation holds its tickets (UTC); set when it is made (RESERVATION_MINUTES, default 15).';
comment on column app_public.bookings.access_hash is E'@behavior -*\nSHA-256 of the booking''s access token (the buyer''s link); the token itself is never stored.';
comment on column app_public.bookings.confirmed_at is 'When the booking was paid (or confirmed, for free tiers).';
comment on column app_public.bookings.closed_at is 'When it was cancelled, refunded or expired.';
comment on column app_public.bookings.closed_by is 'Who cancelled or refunded it (null: the system, e.g. expiry or a voided payment).';
comment on column app_public.bookings.close_reason is 'Why it was cancelled or refunded (at most 500 characters).';
comment on column app_public.bookings.payment_provider is 'How it was paid: wompi, cash or free (mercadopago and stripe remain for older records).';
comment on column app_public.bookings.payment_reference is 'The provider''s id of the payment that confirmed it (Wompi transaction id).';

/*==========================================================================
 * Tickets: one per seat, codes stored hashed
 *==========================================================================*/

create table if not exists app_public.tickets (
  id uuid primary key,
  organization_id uuid not null,
  event_id uuid not null,
  booking_id uuid not null,
  seat int not null check (seat between 1 and 50),
  code_hash bytea not null unique check (length(code_hash) = 32),
  checked_in_at timestamptz,
  checked_in_gate text check (length(checked_in_gate) between 1 and 60),
  checked_in_by uuid references app_public.profiles on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (booking_id, seat),
  unique (id, organization_id),
  check ((checked_in_at is null) = (checked_in_gate is null)),
  foreign key (booking_id, organization_id) references app_public.bookings (id, organization_id) on delete restrict,
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete restrict
);
create index if not exists tickets_organization_id_idx on app_public.tickets (organization_id);
create index if not exists tickets_booking_id_organization_id_idx on app_public.tickets (booking_id, organization_id);
create index if not exists tickets_event_id_organization_id_idx on app_public.tickets (event_id, organization_id);
create index if not exists tickets_checked_in_by_idx on app_public.tickets (checked_in_by);
create index if not exists tickets_event_gate_idx on app_public.tickets (event_id, checked_in_gate) where checked_in_at is not null;
comment on table app_public.tickets is 'One ticket per seat of a booking, made with the booking. Valid at the door while its booking is paid; checked in once. Its code (26 Crockford base32 characters, 128 bits, an HMAC of the id under a key in app_private) is never stored: only its SHA-256.';
comment on column app_public.tickets.id is 'Unique identifier of the ticket.';
comment on column app_public.tickets.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.tickets.event_id is 'The event the ticket admits to.';
comment on column app_public.tickets.booking_id is 'The booking it belongs to.';
comment on column app_public.tickets.seat is 'Which ticket of the booking it is (1 to quantity).';
comment on column app_public.tickets.code_hash is E'@behavior -*\nSHA-256 of the ticket code''s bytes.';
comment on column app_public.tickets.checked_in_at is 'When it was checked in (the earliest scan; null: not on site).';
comment on column app_public.tickets.checked_in_gate is 'The gate (door) where it was checked in, as the device named it.';
comment on column app_public.tickets.checked_in_by is 'Who checked it in.';
comment on column app_public.tickets.created_at is 'When the ticket was made (with its booking).';
comment on column app_public.tickets.updated_at is 'When it was last changed.';
drop trigger if exists _100_timestamps on app_public.tickets;
create trigger _100_timestamps before insert or update on app_public.tickets
  for each row execute function app_private.tg__timestamps();

-- Every check-in, duplicate scan, refusal and revocation, in order: the
-- door's record of who let whom in, when, where, and who undid it.
create table if not exists app_public.ticket_check_ins (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  ticket_id uuid not null,
  action text not null check (action in ('check_in', 'duplicate', 'refused', 'revoke')),
  method text not null check (method in ('scan', 'manual', 'offline_sync')),
  gate text check (length(gate) between 1 and 60),
  device_id text check (length(device_id) between 1 and 100),
  scanned_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  actor_id uuid references app_public.profiles on delete set null,
  note text check (length(note) <= 500),
  foreign key (ticket_id, organization_id) references app_public.tickets (id, organization_id) on delete restrict,
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete restrict
);
create index if not exists ticket_check_ins_organization_id_idx on app_public.ticket_check_ins (organization_id);
create index if not exists ticket_check_ins_ticket_idx on app_public.ticket_check_ins (ticket_id, organization_id, scanned_at);
create index if not exists ticket_check_ins_event_idx on app_public.ticket_check_ins (event_id, organization_id, recorded_at);
create index if not exists ticket_check_ins_actor_idx on app_public.ticket_check_ins (actor_id);
comment on table app_public.ticket_check_ins is 'The door log: every scan (check-in, duplicate, refused), hand check-in and revocation, with who, where and when. Written only by the check-in functions; never changed.';
comment on column app_public.ticket_check_ins.id is 'Unique identifier of the entry.';
comment on column app_public.ticket_check_ins.organization_id is 'Organization of the event.';
comment on column app_public.ticket_check_ins.event_id is 'The event.';
comment on column app_public.ticket_check_ins.ticket_id is 'The ticket.';
comment on column app_public.ticket_check_ins.action is 'check_in (let in), duplicate (already in: not let in again), refused (not valid: unpaid, cancelled, another event) or revoke (a supervisor undid a check-in).';
comment on column app_public.ticket_check_ins.method is 'scan (camera or 2D scanner, online), manual (a supervisor, by hand) or offline_sync (a scan queued on a device without connection).';
comment on column app_public.ticket_check_ins.gate is 'The gate the device is at.';
comment on column app_public.ticket_check_ins.device_id is 'The device (a random id each browser keeps).';
comment on column app_public.ticket_check_ins.scanned_at is 'When the scan happened on the device (UTC); for offline scans, before it was recorded.';
comment on column app_public.ticket_check_ins.recorded_at is 'When the server recorded it.';
comment on column app_public.ticket_check_ins.actor_id is 'Who scanned, checked in or revoked.';
comment on column app_public.ticket_check_ins.note is 'Why (revocations), or what happened (an earlier offline scan took precedence).';

-- Tickets are made with their booking, set-based (one statement for many
-- bookings, as the demo and benchmark loaders insert them).
create or replace function app_private.tg_bookings__make_tickets() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  key bytea := app_private.box_office_key();
begin
  insert into app_public.tickets (id, organization_id, event_id, booking_id, seat, code_hash)
  select t.id, b.organization_id, b.event_id, b.id, s.seat,
         digest(app_private.ticket_secret(t.id, key), 'sha256')
    from new_bookings b
   cross join lateral generate_series(1, b.quantity) as s(seat)
   cross join lateral (select app_private.ticket_id(b.id, s.seat) as id) t;
  return null;
end;
$$;
comment on function app_private.tg_bookings__make_tickets() is 'After bookings are inserted, makes one ticket per seat with its hashed code.';
drop trigger if exists _300_make_tickets on app_public.bookings;
create trigger _300_make_tickets after insert on app_public.bookings
  referencing new table as new_bookings
  for each statement execute function app_private.tg_bookings__make_tickets();

insert into app_public.tickets (id, organization_id, event_id, booking_id, seat, code_hash)
select app_private.ticket_id(b.id, s.seat), b.organization_id, b.event_id, b.id, s.seat,
       digest(app_private.ticket_secret(app_private.ticket_id(b.id, s.seat), app_private.box_office_key()), 'sha256')
  from app_public.bookings b cross join lateral generate_series(1, b.quantity) as s(seat)
on conflict do nothing;

/*==========================================================================
 * Stock follows the booking's status
 *==========================================================================*/

-- The only transitions: pending → paid | expired | cancelled;
-- paid → refunded | cancelled (a voided payment); expired → paid (a late
-- payment while stock remains) | cancelled (its payment was voided).
-- Holding (pending, paid) → not holding returns the tickets; expired → paid
-- takes them again (the check constraint sold_count <= quantity refuses an
-- oversell even if a caller forgot to look first).
drop trigger if exists _200_release_tickets on app_public.bookings;
drop function if exists app_private.tg_bookings__release_tickets();
create or replace function app_private.tg_bookings__stock() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  held_before boolean := old.status in ('pending', 'paid');
  held_after boolean := new.status in ('pending', 'paid');
begin
  if old.status = new.status then
    return new;
  end if;
  if not (
    (old.status = 'pending' and new.status in ('paid', 'expired', 'cancelled'))
    or (old.status = 'paid' and new.status in ('refunded', 'cancelled'))
    or (old.status = 'expired' and new.status in ('paid', 'cancelled'))
  ) then
    raise exception 'A % booking cannot become %.', old.status, new.status using errcode = 'CONFL';
  end if;
  if held_before and not held_after then
    update app_public.ticket_tiers set sold_count = sold_count - old.quantity where id = old.tier_id;
  elsif held_after and not held_before then
    update app_public.ticket_tiers set sold_count = sold_count + new.quantity where id = new.tier_id;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_bookings__stock() is 'Checks a booking''s status transition and moves its tickets in or out of the tier''s sold_count, once per transition.';
drop trigger if exists _200_stock on app_public.bookings;
create trigger _200_stock after update of status on app_public.bookings
  for each row execute function app_private.tg_bookings__stock();

/*==========================================================================
 * Payments: every attempt and every money movement, never deleted
 *==========================================================================*/

create table if not exists app_public.payments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  booking_id uuid not null,
  profile_id uuid references app_public.profiles on delete set null,
  kind text not null default 'charge' check (kind in ('charge', 'refund')),
  provider text not null check (provider in ('wompi', 'cash', 'manual')),
  provider_transaction_id text check (length(provider_transaction_id) between 1 and 100),
  reference text not null check (length(reference) between 1 and 100),
  amount_in_cents bigint not null check (amount_in_cents >= 0),
  currency text not null default 'COP' check (currency ~ '^[A-Z]{3}$'),
  status text not null check (status in ('PENDING', 'APPROVED', 'DECLINED', 'VOIDED', 'ERROR')),
  payment_method_type text check (length(payment_method_type) between 1 and 40),
  status_message text check (length(status_message) <= 500),
  refund_of uuid references app_public.payments on delete restrict,
  reason text check (reason in ('booking_refunded', 'booking_cancelled', 'sold_out_after_expiry', 'duplicate_payment', 'amount_mismatch')),
  recorded_by uuid references app_public.profiles on delete set null,
  settled_at timestamptz,
  provider_event_at timestamptz,
  raw jsonb check (octet_length(raw::text) <= 20000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (provider, provider_transaction_id),
  check ((kind = 'refund') = (refund_of is not null or reason = 'booking_refunded')),
  foreign key (booking_id, organization_id) references app_public.bookings (id, organization_id) on delete restrict
);
create index if not exists payments_organization_id_idx on app_public.payments (organization_id, created_at);
create index if not exists payments_booking_id_organization_id_idx on app_public.payments (booking_id, organization_id);
create index if not exists payments_profile_id_idx on app_public.payments (profile_id);
create index if not exists payments_refund_of_idx on app_public.payments (refund_of);
create index if not exists payments_recorded_by_idx on app_public.payments (recorded_by);
create index if not exists payments_refunds_due_idx on app_public.payments (organization_id) where kind = 'refund' and status = 'PENDING';
comment on table app_public.payments is 'Money movements of bookings, never deleted: every Wompi transaction (a charge: PENDING, then APPROVED, DECLINED, VOIDED or ERROR, as Wompi''s signed events say) and every refund owed or made (a refund: PENDING while owed, APPROVED once paid out). A buyer sees their own; owners, admins and producers their organization''s.';
comment on column app_public.payments.id is 'Unique identifier of the movement.';
comment on column app_public.payments.organization_id is 'Organization of the booking.';
comment on column app_public.payments.booking_id is 'The booking it pays or refunds.';
comment on column app_public.payments.profile_id is 'The signed-in buyer of the booking, if any (who may read it).';
comment on column app_public.payments.kind is 'charge (money in) or refund (money owed back or paid back).';
comment on column app_public.payments.provider is 'wompi, cash or manual (a refund paid outside Wompi).';
comment on column app_public.payments.provider_transaction_id is 'Wompi''s transaction id (charges).';
comment on column app_public.payments.reference is 'The booking reference the transaction carried.';
comment on column app_public.payments.amount_in_cents is 'Amount in COP cents, as Wompi counts (a price of $ 45.000 is 4500000).';
comment on column app_public.payments.currency is 'ISO 4217 currency: COP.';
comment on column app_public.payments.status is 'Charges: Wompi''s status (PENDING, APPROVED, DECLINED, VOIDED, ERROR). Refunds: PENDING (owed) or APPROVED (paid out).';
comment on column app_public.payments.payment_method_type is 'CARD, PSE, NEQUI, BANCOLOMBIA_TRANSFER, … as Wompi names it.';
comment on column app_public.payments.status_message is 'Wompi''s message for a declined or failed transaction.';
comment on column app_public.payments.refund_of is 'For a refund: the charge it returns.';
comment on column app_public.payments.reason is 'For a refund: booking_refunded (the producer refunded a paid booking), booking_cancelled (money came for a booking already closed), sold_out_after_expiry (a late payment found the tier sold out), duplicate_payment (a booking paid twice) or amount_mismatch (the amount was not the booking''s).';
comment on column app_public.payments.recorded_by is 'Who refunded, or marked a refund as paid out.';
comment on column app_public.payments.settled_at is 'When a charge was approved, or a refund paid out.';
comment on column app_public.payments.provider_event_at is 'Time of the Wompi event whose status this row holds.';
comment on column app_public.payments.raw is 'The transaction object of the last applied Wompi event, as received.';
comment on column app_public.payments.created_at is 'When the movement was first recorded.';
comment on column app_public.payments.updated_at is 'When it last changed.';
drop trigger if exists _100_timestamps on app_public.payments;
create trigger _100_timestamps before insert or update on app_public.payments
  for each row execute function app_private.tg__timestamps();
comment on constraint payments_booking_id_organization_id_fkey on app_public.payments is '@fieldName booking
@foreignFieldName payments';
comment on constraint payments_refund_of_fkey on app_public.payments is '@fieldName refundedCharge
@foreignFieldName refunds';
-- References to people: name the relations after what they mean.
comment on constraint payments_profile_id_fkey on app_public.payments is '@fieldName buyer
@foreignFieldName payments';
comment on constraint payments_recorded_by_fkey on app_public.payments is '@fieldName recorder
@foreignFieldName paymentsRecorded';
comment on constraint tickets_checked_in_by_fkey on app_public.tickets is '@fieldName checkInStaff
@foreignFieldName ticketsCheckedIn';
comment on constraint ticket_check_ins_actor_id_fkey on app_public.ticket_check_ins is '@fieldName actor
@foreignFieldName ticketCheckIns';
comment on constraint bookings_closed_by_fkey on app_public.bookings is '@fieldName closer
@foreignFieldName bookingsClosed';
comment on constraint tickets_booking_id_organization_id_fkey on app_public.tickets is '@fieldName booking
@foreignFieldName tickets';
comment on constraint tickets_event_id_organization_id_fkey on app_public.tickets is '@fieldName event
@foreignFieldName tickets';
comment on constraint ticket_check_ins_ticket_id_organization_id_fkey on app_public.ticket_check_ins is '@fieldName ticket
@foreignFieldName checkIns';
comment on constraint ticket_check_ins_event_id_organization_id_fkey on app_public.ticket_check_ins is '@fieldName event
@foreignFieldName ticketCheckIns';

-- Wompi events already processed, by checksum (the event's own signature:
-- it covers the transaction id, status, amount and the event timestamp, so
-- a redelivery of the same event has the same one).
create table if not exists app_private.wompi_events (
  checksum text primary key check (checksum ~ '^[0-9a-f]{64}$'),
  transaction_id text not null,
  status text not null,
  event_at timestamptz not null,
  received_at timestamptz not null default now(),
  outcome text not null
);
comment on table app_private.wompi_events is 'Every Wompi event applied, by its checksum, with what it did (replays are answered from here and change nothing).';

/*==========================================================================
 * Expiry
 *==========================================================================*/

-- Expires the lapsed reservations of one tier. The caller holds the tier's lock.
create or replace function app_private.expire_tier_reservations(tier_id uuid) returns int
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  expired int;
begin
  update app_public.bookings b set status = 'expired', closed_at = now()
   where b.tier_id = expire_tier_reservations.tier_id and b.status = 'pending' and b.expires_at <= now();
  get diagnostics expired = row_count;
  return expired;
end;
$$;
comment on function app_private.expire_tier_reservations(uuid) is 'Marks the tier''s lapsed reservations expired (their tickets return to sale by the status trigger). The caller must hold the tier row''s lock. Returns how many.';

-- The minute job (expire_reservations task): every tier with a lapsed
-- reservation, one at a time, skipping a tier a buyer is booking right now
-- (that buyer's book_tickets expires them itself).
create or replace function app_private.expire_reservations() returns int
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  total int := 0;
  tier uuid;
begin
  for tier in
    select distinct b.tier_id from app_public.bookings b where b.status = 'pending' and b.expires_at <= now()
  loop
    perform 1 from app_public.ticket_tiers t where t.id = tier for update skip locked;
    if found then
      total := total + app_private.expire_tier_reservations(tier);
    end if;
  end loop;
  return total;
end;
$$;
comment on function app_private.expire_reservations() is 'Expires every lapsed reservation whose tier is not locked by a buyer at this moment, releasing their tickets in the same transaction. Run every minute by the worker''s crontab (expire_reservations). Returns how many.';

/*==========================================================================
 * Booking
 *==========================================================================*/

drop function if exists app_public.book_tickets(uuid, int, text, text);
drop type if exists app_public.booking_reservation cascade;
create type app_public.booking_reservation as (
  booking app_public.bookings,
  access_token text
);
comment on type app_public.booking_reservation is 'What bookTickets answers: the booking, and the buyer''s key to it.';
comment on column app_public.booking_reservation.booking is 'The reservation (pending) or, for a free tier, the paid booking.';
comment on column app_public.booking_reservation.access_token is 'The booking''s access token (32 characters, 160 bits), given only here: it opens the booking page (/reserva?clave=<token>), its payment and its tickets. Keep it; it is stored only as a hash.';

create function app_public.book_tickets(tier_id uuid, quantity int, buyer_name text, buyer_email text)
returns app_public.booking_reservation
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  tier app_public.ticket_tiers;
  event app_public.events;
  booking app_public.bookings;
  held app_public.bookings;
  email text := trim(book_tickets.buyer_email);
  name text := trim(book_tickets.buyer_name);
begin
  if book_tickets.quantity is null or book_tickets.quantity < 1 then
    raise exception 'Book at least one ticket.' using errcode = 'INVAL';
  end if;
  if name is null or length(name) = 0 then
    raise exception 'The buyer''s name is required.' using errcode = 'INVAL';
  end if;
  if length(name) > 200 then
    raise exception 'The buyer''s name may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  if email is null or length(email) > 320 or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- The row lock serialises everything that moves this tier's stock.
  select * into tier from app_public.ticket_tiers t where t.id = book_tickets.tier_id for update;
  if tier.id is not null then
    select * into event from app_public.events e where e.id = tier.event_id;
  end if;
  if tier.id is null
     or not (
       (event.status = 'published' and event.is_public)
       or app_private.has_org_role(event.organization_id, '{owner,admin,producer}')
     ) then
    raise exception 'That ticket tier does not exist.' using errcode = 'NTFND';
  end if;
  if event.status <> 'published' or event.ends_at < now() then
    raise exception 'Tickets for this event are not on sale.' using errcode = 'CLOSD';
  end if;
  if (tier.sales_start_at is not null and now() < tier.sales_start_at)
     or now() >= coalesce(tier.sales_end_at, event.starts_at) then
    raise exception 'Sales for this ticket tier are closed.' using errcode = 'CLOSD';
  end if;
  if book_tickets.quantity > tier.max_per_order then
    raise exception 'You can book at most % tickets of this tier at a time.', tier.max_per_order using errcode = 'MAXPO';
  end if;
  -- Lapsed reservations give their tickets back before anyone is told SOLD_OUT.
  perform app_private.expire_tier_reservations(tier.id);
  select * into tier from app_public.ticket_tiers t where t.id = tier.id;
  select * into held from app_public.bookings b
   where b.tier_id = tier.id and b.buyer_email = email::citext and b.status = 'pending';
  if held.id is not null then
    raise exception 'This email address already has a reservation for this ticket tier, held until %. Pay it or let it expire first.',
      to_char(held.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') using errcode = 'RSVEX';
  end if;
  if tier.sold_count + book_tickets.quantity > tier.quantity then
    raise exception 'Not enough tickets left (% available).', tier.quantity - tier.sold_count using errcode = 'SOLDO';
  end if;
  update app_public.ticket_tiers t set sold_count = t.sold_count + book_tickets.quantity where t.id = tier.id;
  booking.id := gen_random_uuid();
  insert into app_public.bookings (id, organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email,
                                   quantity, total_cop, status, payment_provider, expires_at, confirmed_at)
    values (booking.id, tier.organization_id, tier.event_id, tier.id, app_public.current_profile_id(), name, email,
            book_tickets.quantity, tier.price_cop * book_tickets.quantity,
            case when tier.price_cop = 0 then 'paid' else 'pending' end,
            case when tier.price_cop = 0 then 'free' end,
            case when tier.price_cop = 0 then null else now() + make_interval(mins => app_private.reservation_minutes()) end,
            case when tier.price_cop = 0 then now() end)
    returning * into booking;
  if booking.status = 'paid' then
    perform app_private.booking_confirmed(booking.id);
  end if;
  return row(booking, app_private.booking_access_token(booking.id))::app_public.booking_reservation;
end;
$$;

-- Mails the tickets once a booking is paid (or confirmed free), in the
-- transaction that confirmed it: never for a rolled-back confirmation, never
-- lost for a committed one. The job carries only the booking id; the worker
-- reads the codes.
create or replace function app_private.booking_confirmed(booking_id uuid) returns void
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  perform graphile_worker.add_job('send_booking_email', json_build_object('bookingId', booking_id),
                                  job_key => 'booking-email:' || booking_id, max_attempts => 10);
end;
$$;
comment on function app_private.booking_confirmed(uuid) is 'Enqueues the confirmation mail (tickets with their QR codes) of a paid booking, once per booking (job key).';

comment on function app_public.book_tickets(uuid, int, text, text) is 'Reserves 1 to the tier''s max_per_order tickets of a published event for a buyer (name ≤ 200, email ≤ 320 characters). A priced tier gives a pending reservation that holds the tickets for RESERVATION_MINUTES (default 15) until Wompi''s signed event says it is paid; a free tier is paid at once and its tickets mailed. Never oversells: the tier row is locked and lapsed reservations are expired first. The answer carries accessToken, the buyer''s only key to the booking page, payment and tickets. Errors: INVALID_INPUT, INVALID_EMAIL, TOO_MANY_TICKETS (over max_per_order), NOT_FOUND, SALES_CLOSED, RESERVATION_EXISTS (the email already holds a reservation of this tier), SOLD_OUT. One bookTickets per request.';


/*==========================================================================
 * Reads that treat a lapsed reservation as expired at once
 *==========================================================================*/

create or replace function app_public.bookings_current_status(booking app_public.bookings) returns text
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select case when booking.status = 'pending' and booking.expires_at <= now() then 'expired' else booking.status end;
$$;
comment on function app_public.bookings_current_status(app_public.bookings) is 'The status as of now: a reservation past expires_at reads expired even before the minute job records it.';

-- Tickets of a tier still held by someone: paid, or reserved and not lapsed.
create or replace function app_private.tier_counts(tier_id uuid, out paid int, out reserved int)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(sum(b.quantity) filter (where b.status = 'paid'), 0)::int,
         coalesce(sum(b.quantity) filter (where b.status = 'pending' and b.expires_at > now()), 0)::int
    from app_public.bookings b where b.tier_id = tier_counts.tier_id and b.status in ('pending', 'paid');
$$;
comment on function app_private.tier_counts(uuid) is 'Paid tickets and tickets in live reservations of a tier.';

create or replace function app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) returns int
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select greatest(tier.quantity - c.paid - c.reserved, 0) from app_private.tier_counts(tier.id) c;
$$;
comment on function app_public.ticket_tiers_available_count(app_public.ticket_tiers) is 'Tickets on sale now: quantity minus paid tickets and live reservations (lapsed ones count as free already).';

create or replace function app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) returns int
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select c.paid from app_private.tier_counts(tier.id) c;
$$;
comment on function app_public.ticket_tiers_paid_count(app_public.ticket_tiers) is 'Tickets sold and paid (or free and confirmed).';

create or replace function app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) returns int
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select c.reserved from app_private.tier_counts(tier.id) c;
$$;
comment on function app_public.ticket_tiers_reserved_count(app_public.ticket_tiers) is 'Tickets held by reservations that have not lapsed, waiting for payment.';

/*==========================================================================
 * The buyer's view: booking page, passes, the public ticket page
 *==========================================================================*/

drop type if exists app_public.ticket_pass cascade;
create type app_public.ticket_pass as (
  code text,
  seat int,
  seats int,
  status text,
  checked_in_at timestamptz,
  holder_name text,
  tier_name text,
  reference text,
  event_id uuid,
  event_title text,
  event_starts_at timestamptz,
  event_ends_at timestamptz,
  event_timezone text,
  venue_name text,
  venue_address text,
  venue_city text
);
comment on type app_public.ticket_pass is 'A ticket as its holder sees it (the public ticket page, the booking page, the mail).';
comment on column app_public.ticket_pass.code is 'The ticket code (26 Crockford base32 characters) the QR holds.';
comment on column app_public.ticket_pass.seat is 'Which ticket of the booking (1 to seats).';
comment on column app_public.ticket_pass.seats is 'How many tickets the booking has.';
comment on column app_public.ticket_pass.status is 'valid, checked_in, or not_valid (its booking is not paid: pending, expired, cancelled or refunded).';
comment on column app_public.ticket_pass.checked_in_at is 'When it was checked in.';
comment on column app_public.ticket_pass.holder_name is 'The buyer''s name.';
comment on column app_public.ticket_pass.tier_name is 'The ticket tier.';
comment on column app_public.ticket_pass.reference is 'The booking reference.';
comment on column app_public.ticket_pass.event_id is 'The event.';
comment on column app_public.ticket_pass.event_title is 'The event''s title.';
comment on column app_public.ticket_pass.event_starts_at is 'When the event starts (UTC).';
comment on column app_public.ticket_pass.event_ends_at is 'When it ends (UTC).';
comment on column app_public.ticket_pass.event_timezone is 'The event''s time zone (IANA), for showing times.';
comment on column app_public.ticket_pass.venue_name is 'Venue.';
comment on column app_public.ticket_pass.venue_address is 'Venue address.';
comment on column app_public.ticket_pass.venue_city is 'Venue city.';

create or replace function app_private.ticket_passes(booking_id uuid, only_seat uuid default null)
returns setof app_public.ticket_pass
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.ticket_code(t.id), t.seat, b.quantity,
         case when b.status <> 'paid' then 'not_valid' when t.checked_in_at is not null then 'checked_in' else 'valid' end,
         t.checked_in_at, b.buyer_name, tt.name, b.reference,
         e.id, e.title, e.starts_at, e.ends_at, e.timezone, v.name, v.address, v.city
    from app_public.tickets t
    join app_public.bookings b on b.id = t.booking_id
    join app_public.ticket_tiers tt on tt.id = b.tier_id
    join app_public.events e on e.id = b.event_id
    left join app_public.venues v on v.id = e.venue_id
   where t.booking_id = ticket_passes.booking_id and (only_seat is null or t.id = only_seat)
   order by t.seat;
$$;
comment on function app_private.ticket_passes(uuid, uuid) is 'The passes (with codes) of a booking''s tickets, or of one of them.';

create or replace function app_public.ticket_by_code(code text) returns app_public.ticket_pass
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  ticket app_public.tickets;
  pass app_public.ticket_pass;
begin
  select * into ticket from app_public.tickets t where t.code_hash = app_private.ticket_code_hash(ticket_by_code.code);
  if ticket.id is null then
    return null;
  end if;
  select * into pass from app_private.ticket_passes(ticket.booking_id, ticket.id);
  return pass;
end;
$$;
comment on function app_public.ticket_by_code(text) is 'The ticket a code opens (the public ticket page /t/<code>): event, venue, tier, holder, status. Null for a code that opens nothing. Anyone holding the code may read it; 128 bits cannot be guessed.';

drop type if exists app_public.booking_receipt cascade;
create type app_public.booking_receipt as (
  booking_id uuid,
  reference text,
  status text,
  quantity int,
  total_cop bigint,
  expires_at timestamptz,
  created_at timestamptz,
  confirmed_at timestamptz,
  buyer_name text,
  buyer_email text,
  tier_name text,
  price_cop bigint,
  event_id uuid,
  event_title text,
  event_starts_at timestamptz,
  event_timezone text,
  venue_name text,
  venue_city text,
  last_payment_status text,
  refund_due boolean
);
comment on type app_public.booking_receipt is 'A booking as its buyer sees it on the booking page.';
comment on column app_public.booking_receipt.booking_id is 'The booking.';
comment on column app_public.booking_receipt.reference is 'Its reference (FOS-…), also the Wompi reference.';
comment on column app_public.booking_receipt.status is 'pending, paid, expired, cancelled or refunded, as of now (a lapsed reservation reads expired).';
comment on column app_public.booking_receipt.quantity is 'Tickets.';
comment on column app_public.booking_receipt.total_cop is 'Total in whole Colombian pesos.';
comment on column app_public.booking_receipt.expires_at is 'Until when the reservation holds its tickets (UTC).';
comment on column app_public.booking_receipt.created_at is 'When it was made.';
comment on column app_public.booking_receipt.confirmed_at is 'When it was paid.';
comment on column app_public.booking_receipt.buyer_name is 'The buyer.';
comment on column app_public.booking_receipt.buyer_email is 'Where the tickets go.';
comment on column app_public.booking_receipt.tier_name is 'The tier.';
comment on column app_public.booking_receipt.price_cop is 'Price per ticket in whole pesos.';
comment on column app_public.booking_receipt.event_id is 'The event.';
comment on column app_public.booking_receipt.event_title is 'The event''s title.';
comment on column app_public.booking_receipt.event_starts_at is 'When it starts (UTC).';
comment on column app_public.booking_receipt.event_timezone is 'Its time zone.';
comment on column app_public.booking_receipt.venue_name is 'Venue.';
comment on column app_public.booking_receipt.venue_city is 'City.';
comment on column app_public.booking_receipt.last_payment_status is 'Status of the latest Wompi transaction for it (PENDING, APPROVED, DECLINED, VOIDED, ERROR), or null.';
comment on column app_public.booking_receipt.refund_due is 'Whether money of this booking is owed back to the buyer.';

create or replace function app_private.booking_by_access_token(access_token text) returns app_public.bookings
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select b.* from app_public.bookings b where b.access_hash = app_private.access_token_hash(access_token);
$$;
comment on function app_private.booking_by_access_token(text) is 'The booking an access token opens, or null.';

create or replace function app_public.booking_by_access_token(access_token text) returns app_public.booking_receipt
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select b.id, b.reference, app_public.bookings_current_status(b), b.quantity, b.total_cop, b.expires_at, b.created_at,
         b.confirmed_at, b.buyer_name, b.buyer_email::text, tt.name, tt.price_cop, e.id, e.title, e.starts_at, e.timezone,
         v.name, v.city,
         (select p.status from app_public.payments p
           where p.booking_id = b.id and p.kind = 'charge' order by p.created_at desc, p.id limit 1),
         exists (select 1 from app_public.payments p where p.booking_id = b.id and p.kind = 'refund' and p.status = 'PENDING')
    from app_private.booking_by_access_token(booking_by_access_token.access_token) b
    join app_public.ticket_tiers tt on tt.id = b.tier_id
    join app_public.events e on e.id = b.event_id
    left join app_public.venues v on v.id = e.venue_id
   where b.id is not null;
$$;
comment on function app_public.booking_by_access_token(text) is 'The booking page (/reserva/<token>): its status as of now, amounts, event, and the latest payment attempt. Null for a token that opens nothing.';

create or replace function app_public.booking_passes(access_token text) returns setof app_public.ticket_pass
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select p.* from app_private.booking_by_access_token(booking_passes.access_token) b,
         lateral app_private.ticket_passes(b.id) p
   where b.status = 'paid';
$$;
comment on function app_public.booking_passes(text) is 'The tickets (with their codes) of the booking an access token opens, once it is paid; none before.';

-- What the server needs to send the buyer to Wompi's Web Checkout. The
-- amount comes from here (the booking's total), never from the client.
create or replace function app_private.checkout_by_access_token(access_token text,
  out booking_id uuid, out reference text, out status text, out amount_in_cents bigint, out currency text,
  out buyer_email text, out buyer_name text, out expires_at timestamptz)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select b.id, b.reference, app_public.bookings_current_status(b), b.total_cop * 100, 'COP', b.buyer_email::text,
         b.buyer_name, b.expires_at
    from app_private.booking_by_access_token(checkout_by_access_token.access_token) b where b.id is not null;
$$;
comment on function app_private.checkout_by_access_token(text) is 'Reference, amount in COP cents (total_cop × 100), buyer and status of the booking an access token opens: the inputs of the Wompi integrity signature.';

/*==========================================================================
 * Wompi events
 *==========================================================================*/

create or replace function app_private.wompi_status_rank(status text) returns int
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case status when 'PENDING' then 0 when 'APPROVED' then 1 when 'DECLINED' then 1 when 'ERROR' then 1
                     when 'VOIDED' then 2 else -1 end;
$$;
comment on function app_private.wompi_status_rank(text) is 'Order of Wompi transaction states: PENDING 0; APPROVED, DECLINED, ERROR 1 (final); VOIDED 2 (an approved card payment reversed). A status never moves to a lower rank, so events apply in any order.';

-- Applies one verified Wompi transaction.updated event. The HTTP handler
-- checked its signature; this decides what it does, once:
--  * a checksum already seen → 'duplicate', nothing changes;
--  * the transaction's status only moves up (PENDING → APPROVED | DECLINED |
--    ERROR → VOIDED), so an older event arriving late → 'stale';
--  * APPROVED for the booking's exact amount: a pending reservation (even a
--    lapsed one not yet expired) becomes paid; an expired one becomes paid if
--    its tier still has the tickets, else a refund is owed
--    (sold_out_after_expiry); a booking already paid by another transaction
--    or already cancelled → a refund is owed; a wrong amount → a refund is
--    owed (amount_mismatch) and the booking stays as it was;
--  * VOIDED: the money went back; a booking this transaction paid, or one
--    still waiting (pending, expired), is cancelled; refunds owed for it are
--    settled;
--  * DECLINED, ERROR, PENDING: recorded; the reservation keeps waiting.
-- Locks the tier, then the booking (the box office's lock order).
create or replace function app_private.apply_wompi_event(checksum text, txn jsonb, event_at timestamptz)
returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  txn_id text := txn ->> 'id';
  new_status text := txn ->> 'status';
  amount bigint := (txn ->> 'amount_in_cents')::bigint;
  ref text := txn ->> 'reference';
  booking app_public.bookings;
  tier app_public.ticket_tiers;
  payment app_public.payments;
  result text;
begin
  insert into app_private.wompi_events (checksum, transaction_id, status, event_at, outcome)
    values (lower(apply_wompi_event.checksum), txn_id, coalesce(new_status, '?'), event_at, 'processing')
    on conflict do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate');
  end if;
  if app_private.wompi_status_rank(new_status) < 0 then
    result := 'ignored_unknown_status';
  else
    select * into booking from app_public.bookings b where b.reference = ref;
    if booking.id is null then
      result := 'unknown_reference';
    else
      select * into tier from app_public.ticket_tiers t where t.id = booking.tier_id for update;
      select * into booking from app_public.bookings b where b.id = booking.id for update;
      select * into payment from app_public.payments p where p.provider = 'wompi' and p.provider_transaction_id = txn_id for update;
      if payment.id is not null and payment.booking_id <> booking.id then
        result := 'reference_mismatch';
      elsif payment.id is not null
            and app_private.wompi_status_rank(new_status) <= app_private.wompi_status_rank(payment.status) then
        result := 'stale';
      else
        if payment.id is null then
          insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, provider_transaction_id,
                                           reference, amount_in_cents, currency, status, payment_method_type,
                                           status_message, settled_at, provider_event_at, raw)
            values (booking.organization_id, booking.id, booking.profile_id, 'charge', 'wompi', txn_id, ref, amount,
                    coalesce(txn ->> 'currency', 'COP'), new_status, left(txn ->> 'payment_method_type', 40),
                    left(txn ->> 'status_message', 500), case when new_status = 'APPROVED' then event_at end,
                    event_at, txn)
            returning * into payment;
        else
          update app_public.payments p
             set status = new_status, status_message = left(txn ->> 'status_message', 500),
                 payment_method_type = coalesce(left(txn ->> 'payment_method_type', 40), p.payment_method_type),
                 settled_at = case when new_status = 'APPROVED' then event_at else p.settled_at end,
                 provider_event_at = event_at, raw = txn
           where p.id = payment.id
           returning * into payment;
        end if;
        result := app_private.apply_payment_status(payment, booking, tier);
      end if;
    end if;
  end if;
  update app_private.wompi_events w set outcome = result where w.checksum = lower(apply_wompi_event.checksum);
  return jsonb_build_object('outcome', result, 'bookingId', booking.id, 'paymentId', payment.id);
end;
$$;
comment on function app_private.apply_wompi_event(text, jsonb, timestamptz) is 'Applies a verified Wompi transaction.updated event once (by checksum), in any order: statuses only move up, and what an approval or a void does to the booking is decided under the tier''s lock. Returns {outcome, bookingId, paymentId}.';

-- What a charge's new status does to its booking. Called with the tier and
-- the booking locked.
create or replace function app_private.apply_payment_status(payment app_public.payments, booking app_public.bookings,
                                                            tier app_public.ticket_tiers)
returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  refund_reason text;
begin
  if payment.status = 'APPROVED' then
    if payment.amount_in_cents <> booking.total_cop * 100 or payment.currency <> 'COP' then
      refund_reason := 'amount_mismatch';
    elsif booking.status = 'pending' then
      update app_public.bookings set status = 'paid', confirmed_at = now(), payment_provider = 'wompi',
                                     payment_reference = payment.provider_transaction_id
       where id = booking.id;
      perform app_private.booking_confirmed(booking.id);
      return 'confirmed';
    elsif booking.status = 'expired' then
      if tier.quantity - tier.sold_count >= booking.quantity then
        update app_public.bookings set status = 'paid', confirmed_at = now(), closed_at = null,
                                       payment_provider = 'wompi', payment_reference = payment.provider_transaction_id
         where id = booking.id;
        perform app_private.booking_confirmed(booking.id);
        return 'confirmed_after_expiry';
      end if;
      refund_reason := 'sold_out_after_expiry';
    elsif booking.status = 'paid' then
      refund_reason := 'duplicate_payment';
    else
      refund_reason := 'booking_cancelled';
    end if;
    insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference,
                                     amount_in_cents, currency, status, refund_of, reason)
      values (booking.organization_id, booking.id, booking.profile_id, 'refund', 'wompi', payment.reference,
              payment.amount_in_cents, payment.currency, 'PENDING', payment.id, refund_reason);
    return 'refund_due_' || refund_reason;
  elsif payment.status = 'VOIDED' then
    -- The money went back by the void: nothing is owed for this charge any more.
    update app_public.payments set status = 'APPROVED', settled_at = now(), provider = 'wompi'
     where refund_of = payment.id and kind = 'refund' and status = 'PENDING';
    if booking.status in ('pending', 'expired')
       or (booking.status = 'paid' and booking.payment_reference = payment.provider_transaction_id) then
      update app_public.bookings set status = 'cancelled', closed_at = now(), close_reason = 'payment voided'
       where id = booking.id;
      return 'cancelled_voided';
    end if;
    return 'voided';
  end if;
  return 'recorded_' || lower(payment.status);
end;
$$;
comment on function app_private.apply_payment_status(app_public.payments, app_public.bookings, app_public.ticket_tiers) is 'What a Wompi charge''s new status does to its booking (confirm, confirm after expiry, owe a refund, cancel on void). The caller holds the tier and booking locks.';

/*==========================================================================
 * Producers: cancel, refund, refunds paid out
 *==========================================================================*/

create or replace function app_private.lock_booking(booking_id uuid, roles text[]) returns app_public.bookings
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booking app_public.bookings;
begin
  select * into booking from app_public.bookings b where b.id = lock_booking.booking_id;
  if booking.id is null or not app_private.has_org_role(booking.organization_id, roles) then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That booking does not exist.' using errcode = 'NTFND';
  end if;
  perform 1 from app_public.ticket_tiers t where t.id = booking.tier_id for update;
  select * into booking from app_public.bookings b where b.id = booking.id for update;
  return booking;
end;
$$;
comment on function app_private.lock_booking(uuid, text[]) is 'Locks a booking''s tier, then the booking, for a caller holding one of the roles in its organization; LOGIN or NTFND (another organization''s booking is answered like a missing one).';

create or replace function app_public.cancel_booking(booking_id uuid, reason text default null) returns app_public.bookings
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booking app_public.bookings := app_private.lock_booking(cancel_booking.booking_id, '{owner,admin,producer}');
  charge app_public.payments;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  if booking.status in ('cancelled', 'refunded') then
    return booking; -- already closed: nothing moves twice
  end if;
  if booking.status = 'paid' and booking.total_cop > 0 then
    raise exception 'This booking is paid: refund it instead.' using errcode = 'CONFL';
  end if;
  update app_public.bookings b set status = 'cancelled', closed_at = now(), closed_by = app_public.current_profile_id(),
                                   close_reason = nullif(trim(cancel_booking.reason), '')
   where b.id = booking.id returning * into booking;
  return booking;
end;
$$;
comment on function app_public.cancel_booking(uuid, text) is 'Cancels a reservation (pending or expired) or a free booking; its tickets return to sale once. Owners, admins and producers of the event''s organization. A paid booking must be refunded (CONFLICT); an already closed one is returned unchanged. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (reason over 500 characters), CONFLICT.';

create or replace function app_public.refund_booking(booking_id uuid, reason text default null) returns app_public.bookings
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booking app_public.bookings := app_private.lock_booking(refund_booking.booking_id, '{owner,admin,producer}');
  charge app_public.payments;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  if booking.status = 'refunded' then
    return booking; -- refunded already: the money and the tickets move once
  end if;
  if booking.status <> 'paid' then
    raise exception 'Only a paid booking can be refunded (this one is %).', booking.status using errcode = 'CONFL';
  end if;
  update app_public.bookings b set status = 'refunded', closed_at = now(), closed_by = app_public.current_profile_id(),
                                   close_reason = nullif(trim(refund_booking.reason), '')
   where b.id = booking.id returning * into booking;
  if booking.total_cop > 0 then
    select * into charge from app_public.payments p
     where p.booking_id = booking.id and p.kind = 'charge' and p.status = 'APPROVED'
       and p.provider_transaction_id = booking.payment_reference;
    insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference, amount_in_cents,
                                     currency, status, refund_of, reason, recorded_by)
      values (booking.organization_id, booking.id, booking.profile_id, 'refund',
              case when charge.id is null then 'manual' else charge.provider end, booking.reference,
              booking.total_cop * 100, 'COP', 'PENDING', charge.id, 'booking_refunded', app_public.current_profile_id());
  end if;
  return booking;
end;
$$;
comment on function app_public.refund_booking(uuid, text) is 'Refunds a paid booking: it becomes refunded, its tickets stop admitting and return to sale once, and a refund of its total is recorded as owed (pay it out in Wompi''s dashboard or by transfer, then completeRefund). A second call changes nothing. Owners, admins and producers. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED, CONFLICT (not paid).';

create or replace function app_public.complete_refund(payment_id uuid) returns app_public.payments
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  refund app_public.payments;
begin
  select * into refund from app_public.payments p where p.id = complete_refund.payment_id and p.kind = 'refund';
  if refund.id is null or not app_private.has_org_role(refund.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That refund does not exist.' using errcode = 'NTFND';
  end if;
  update app_public.payments p
     set status = 'APPROVED', settled_at = coalesce(p.settled_at, now()),
         recorded_by = coalesce(p.recorded_by, app_public.current_profile_id())
   where p.id = refund.id and p.status = 'PENDING'
   returning * into refund;
  if refund.id is null then
    select * into refund from app_public.payments p where p.id = complete_refund.payment_id;
  end if;
  return refund;
end;
$$;
comment on function app_public.complete_refund(uuid) is 'Records that an owed refund was paid out to the buyer (status APPROVED, who and when). Idempotent. Owners, admins and producers. Errors: UNAUTHENTICATED, NOT_FOUND.';

/*==========================================================================
 * Door: check-in, by hand, revoke, counts
 *==========================================================================*/

drop type if exists app_public.check_in_result cascade;
create type app_public.check_in_result as (
  outcome text,
  ticket_id uuid,
  seat int,
  seats int,
  holder_name text,
  tier_name text,
  event_id uuid,
  event_title text,
  checked_in_at timestamptz,
  checked_in_gate text,
  booking_status text
);
comment on type app_public.check_in_result is 'What the door shows after a scan.';
comment on column app_public.check_in_result.outcome is 'checked_in (green: let in), already_checked_in (red: it entered at checkedInAt through checkedInGate), not_valid (red: its booking is not paid; see bookingStatus), wrong_event (red: a ticket for another event) or not_found (red: no such ticket).';
comment on column app_public.check_in_result.ticket_id is 'The ticket.';
comment on column app_public.check_in_result.seat is 'Which ticket of its booking.';
comment on column app_public.check_in_result.seats is 'Tickets in its booking.';
comment on column app_public.check_in_result.holder_name is 'The buyer''s name.';
comment on column app_public.check_in_result.tier_name is 'Its tier.';
comment on column app_public.check_in_result.event_id is 'Its event.';
comment on column app_public.check_in_result.event_title is 'Its event''s title.';
comment on column app_public.check_in_result.checked_in_at is 'When it entered (the first scan).';
comment on column app_public.check_in_result.checked_in_gate is 'Where it entered.';
comment on column app_public.check_in_result.booking_status is 'Its booking''s status as of now.';

-- The check-in itself, for a ticket already found and locked.
create or replace function app_private.check_in(ticket app_public.tickets, expected_event uuid, gate text,
                                                scanned timestamptz, device text, method text)
returns app_public.check_in_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booking app_public.bookings;
  result app_public.check_in_result;
  me uuid := app_public.current_profile_id();
  action text;
  note text;
begin
  select * into booking from app_public.bookings b where b.id = ticket.booking_id;
  select 'not_found', ticket.id, ticket.seat, booking.quantity, booking.buyer_name, tt.name, e.id, e.title,
         ticket.checked_in_at, ticket.checked_in_gate, app_public.bookings_current_status(booking)
    into result
    from app_public.ticket_tiers tt, app_public.events e
   where tt.id = booking.tier_id and e.id = booking.event_id;
  if expected_event is not null and ticket.event_id <> expected_event then
    result.outcome := 'wrong_event';
    action := 'refused';
    note := 'ticket of another event';
  elsif booking.status <> 'paid' then
    result.outcome := 'not_valid';
    action := 'refused';
    note := 'booking ' || app_public.bookings_current_status(booking);
  elsif ticket.checked_in_at is null then
    update app_public.tickets t set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where t.id = ticket.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
  elsif method = 'offline_sync' and scanned < ticket.checked_in_at then
    -- An earlier scan (queued offline) reaches the server after a later one:
    -- the first scan by time is the check-in of record. (An online scan is
    -- always now, so it is never earlier than one already recorded.)
    update app_public.tickets t set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where t.id = ticket.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
    note := format('earlier than the scan recorded at %s (%s), which now counts as a duplicate',
                   to_char(ticket.checked_in_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ticket.checked_in_gate);
  else
    result.outcome := 'already_checked_in';
    action := 'duplicate';
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, device_id,
                                           scanned_at, actor_id, note)
    values (ticket.organization_id, ticket.event_id, ticket.id, action, method, gate, device, scanned, me, note);
  return result;
end;
$$;
comment on function app_private.check_in(app_public.tickets, uuid, text, timestamptz, text, text) is 'Checks a locked ticket in (or says why not) and logs the attempt.';

create or replace function app_private.check_in_inputs(gate text, scanned_at timestamptz, device_id text) returns void
language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
begin
  if gate is null or length(trim(gate)) = 0 or length(trim(gate)) > 60 then
    raise exception 'Name the gate (1 to 60 characters).' using errcode = 'INVAL';
  end if;
  if length(device_id) > 100 then
    raise exception 'The device id may have at most 100 characters.' using errcode = 'INVAL';
  end if;
end;
$$;
comment on function app_private.check_in_inputs(text, timestamptz, text) is 'Validates the gate and device of a check-in (INVAL).';

create or replace function app_public.check_in_ticket(code text, gate text, event_id uuid default null,
                                                      scanned_at timestamptz default null, device_id text default null)
returns app_public.check_in_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  door_orgs uuid[] := app_private.organization_ids_with_role('{owner,admin,producer,door}');
  ticket app_public.tickets;
  scanned timestamptz := coalesce(check_in_ticket.scanned_at, clock_timestamp());
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
   where t.code_hash = app_private.ticket_code_hash(check_in_ticket.code) and t.organization_id = any(door_orgs)
   for update;
  if ticket.id is null then
    return row('not_found', null, null, null, null, null, null, null, null, null, null)::app_public.check_in_result;
  end if;
  return app_private.check_in(ticket, check_in_ticket.event_id, trim(check_in_ticket.gate), scanned,
                              nullif(trim(check_in_ticket.device_id), ''),
                              case when check_in_ticket.scanned_at is null then 'scan' else 'offline_sync' end);
end;
$$;
comment on function app_public.check_in_ticket(text, text, uuid, timestamptz, text) is 'Checks in the ticket a scanned code opens, at a gate (1 to 60 characters), once: of two scans at the same moment one wins and the other gets already_checked_in with the first''s time and gate. eventId (optional) refuses another event''s ticket. scannedAt (offline scans synced later; within the last 7 days) makes the earliest scan by time the check-in of record. Door staff, producers, admins and owners of the ticket''s organization; another organization''s ticket is not_found. Errors: UNAUTHENTICATED, FORBIDDEN (no door role anywhere), VALIDATION_FAILED.';

create or replace function app_public.check_in_ticket_by_hand(ticket_id uuid, gate text) returns app_public.check_in_result
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  ticket app_public.tickets;
begin
  perform app_private.check_in_inputs(check_in_ticket_by_hand.gate, null, null);
  select * into ticket from app_public.tickets t where t.id = check_in_ticket_by_hand.ticket_id;
  if ticket.id is null or not app_private.has_org_role(ticket.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That ticket does not exist.' using errcode = 'NTFND';
  end if;
  select * into ticket from app_public.tickets t where t.id = ticket.id for update;
  return app_private.check_in(ticket, null, trim(check_in_ticket_by_hand.gate), clock_timestamp(), null, 'manual');
end;
$$;
comment on function app_public.check_in_ticket_by_hand(uuid, text) is 'A supervisor checks a ticket in without its code (found by the buyer''s name): producers, admins and owners. Same once-only rule as checkInTicket. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';

create or replace function app_public.revoke_check_in(ticket_id uuid, reason text default null) returns app_public.tickets
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  ticket app_public.tickets;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  select * into ticket from app_public.tickets t where t.id = revoke_check_in.ticket_id;
  if ticket.id is null or not app_private.has_org_role(ticket.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That ticket does not exist.' using errcode = 'NTFND';
  end if;
  select * into ticket from app_public.tickets t where t.id = ticket.id for update;
  if ticket.checked_in_at is null then
    return ticket;
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, scanned_at, actor_id, note)
    values (ticket.organization_id, ticket.event_id, ticket.id, 'revoke', 'manual', ticket.checked_in_gate, now(),
            app_public.current_profile_id(), nullif(trim(revoke_check_in.reason), ''));
  update app_public.tickets t set checked_in_at = null, checked_in_gate = null, checked_in_by = null
   where t.id = ticket.id returning * into ticket;
  return ticket;
end;
$$;
comment on function app_public.revoke_check_in(uuid, text) is 'Undoes a check-in (e.g. scanned by mistake), recorded in the door log with who, when and why (reason ≤ 500 characters); the ticket can enter again. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';

drop type if exists app_public.gate_count cascade;
create type app_public.gate_count as (gate text, entries int);
comment on type app_public.gate_count is 'Entries through one gate.';
comment on column app_public.gate_count.gate is 'The gate (null: the total of every gate).';
comment on column app_public.gate_count.entries is 'Tickets checked in through it (currently on record).';

create or replace function app_public.check_in_counts(event_id uuid) returns setof app_public.gate_count
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
begin
  select e.organization_id into org from app_public.events e where e.id = check_in_counts.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer,door}') then
    return;
  end if;
  return query
    select g.gate, g.entries from (
      select t.checked_in_gate as gate, count(*)::int as entries
        from app_public.tickets t
       where t.event_id = check_in_counts.event_id and t.checked_in_at is not null
       group by rollup (t.checked_in_gate)
    ) g order by g.gate nulls first;
end;
$$;
comment on function app_public.check_in_counts(uuid) is 'Entries on site per gate, and the total (the row whose gate is null), for door staff, producers, admins and owners of the event''s organization; nothing for anyone else.';

create or replace function app_public.events_valid_ticket_count(event app_public.events) returns int
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select case when app_private.has_org_role(event.organization_id, '{owner,admin,producer,door}') then
    (select count(*)::int from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
      where t.event_id = event.id and b.status = 'paid') end;
$$;
comment on function app_public.events_valid_ticket_count(app_public.events) is 'Tickets that admit to the event (of paid bookings), for its door staff and producers; null for anyone else.';

/*==========================================================================
 * The door role
 *==========================================================================*/

alter table app_public.memberships drop constraint if exists memberships_role_check;
alter table app_public.memberships add constraint memberships_role_check
  check (role in ('owner', 'admin', 'producer', 'casting', 'viewer', 'door'));
comment on column app_public.memberships.role is 'owner, admin, producer, casting, viewer or door (checks tickets in at events; sees only its organization, its events and its own membership).';
alter table app_public.organization_invitations drop constraint if exists organization_invitations_role_check;
alter table app_public.organization_invitations add constraint organization_invitations_role_check
  check (role in ('owner', 'admin', 'producer', 'casting', 'viewer', 'door'));

-- Door staff are often hired for one night: their membership lets them scan
-- and see the events, nothing the organization's members read.
create or replace function app_public.current_organization_ids() returns uuid[]
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id() and m.role <> 'door');
end;
$$;
comment on function app_public.current_organization_ids() is 'Organizations whose content the signed-in profile reads: every membership but door (door staff see only their organization, its events and their own membership).';

create or replace function app_private.role_rank(role text) returns int
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case role when 'owner' then 4 when 'admin' then 3 when 'producer' then 2 when 'casting' then 2
                   when 'viewer' then 1 else 0 end;
$$;
comment on function app_private.role_rank(text) is 'owner 4, admin 3, producer and casting 2, viewer 1, door 0.';

create or replace function app_private.is_membership_role(role text) returns boolean
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select role in ('owner', 'admin', 'producer', 'casting', 'viewer', 'door');
$$;
comment on function app_private.is_membership_role(text) is 'Whether a text names a membership role.';

-- Invitations may grant the door role (admins and owners, like any role but owner).
create or replace function app_public.invite_to_organization(organization_id uuid, email text, role text default 'viewer')
returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  invitation app_public.organization_invitations;
  org app_public.organizations;
  inviter app_public.profiles;
  token text := encode(gen_random_bytes(24), 'hex');
begin
  perform app_private.assert_org_role(invite_to_organization.organization_id,
    case when invite_to_organization.role = 'owner' then '{owner}'::text[] else '{owner,admin}'::text[] end);
  if invite_to_organization.role is null or not app_private.is_membership_role(invite_to_organization.role) then
    raise exception 'Unknown role.' using errcode = 'INVAL';
  end if;
  if email is null or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- One open invitation per address: a new one replaces the previous.
  perform pg_advisory_xact_lock(hashtextextended('invite:' || invite_to_organization.organization_id || ':' || lower(email), 0));
  with replaced as (
    update app_public.organization_invitations i
       set revoked_at = now(), revoked_by = me, revoked_reason = 'replaced'
     where i.organization_id = invite_to_organization.organization_id
       and i.email = invite_to_organization.email::citext
       and i.accepted_at is null and i.revoked_at is null
    returning i.id
  )
  delete from app_private.invitation_tokens t using replaced where t.invitation_id = replaced.id;
  insert into app_public.organization_invitations (organization_id, email, role, invited_by)
    values (invite_to_organization.organization_id, invite_to_organization.email, invite_to_organization.role, me)
    returning * into invitation;
  insert into app_private.invitation_tokens (invitation_id, token_hash)
    values (invitation.id, encode(digest(token, 'sha256'), 'hex'));
  select o.* into org from app_public.organizations o where o.id = invitation.organization_id;
  select p.* into inviter from app_public.profiles p where p.id = me;
  perform app_private.enqueue_account_email('invitation', invitation.email, inviter.locale,
    jsonb_build_object('token', token, 'organizationName', org.name, 'inviterName', inviter.full_name,
                       'role', invitation.role, 'expiresAt', invitation.expires_at));
  return token;
end;
$$;
comment on function app_public.invite_to_organization(uuid, text, text) is 'Invites an email address with a role (admins; owners for the owner role), replacing an open invitation to the same address, and mails the invitation. Returns the secret token (also in the mail), shown only once; only an account whose verified email is the invited one can use it. Expires after identity_settings.invitation_ttl (7 days). Errors: LOGIN, DNIED, INVAL, EMAIL.';

-- Hashes are for the functions' lookups, not for the API's.
comment on constraint bookings_access_hash_key on app_public.bookings is E'@behavior -*';
comment on constraint tickets_code_hash_key on app_public.tickets is E'@behavior -*';

-- The Boletería lists an event's bookings newest first.
create index if not exists bookings_event_created_idx on app_public.bookings (event_id, created_at);

create or replace function app_private.like_escape(value text) returns text
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select replace(replace(replace(value, '\', '\\'), '%', '\%'), '_', '\_');
$$;
comment on function app_private.like_escape(text) is 'The text with LIKE''s wildcards (%, _) and escape character taken literally.';

-- Supervisors at the door find a buyer's tickets by name, email or reference.
create or replace function app_public.event_attendees(event_id uuid, search text) returns setof app_public.tickets
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select t.* from app_public.tickets t
    join app_public.bookings b on b.id = t.booking_id
   where b.event_id = event_attendees.event_id and b.status = 'paid'
     and length(trim(event_attendees.search)) between 2 and 100
     and (b.buyer_name ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%'
          or b.buyer_email::text ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%'
          or b.reference ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%')
   order by b.buyer_name, b.id, t.seat
   limit 100;
$$;
comment on function app_public.event_attendees(uuid, text) is E'@behavior -filter -order\nTickets of paid bookings of an event whose buyer name, email or reference contains the search (2 to 100 characters, case-insensitive; % and _ taken literally), at most 100, by buyer and seat: what a supervisor at the door looks people up by. Row-level security applies: producers, admins and owners see them; anyone else nothing.';

-- The Boletería's refunds owed, whatever page of bookings is shown.
create or replace function app_public.event_refunds_owed(event_id uuid) returns setof app_public.payments
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select p.* from app_public.payments p
    join app_public.bookings b on b.id = p.booking_id
   where b.event_id = event_refunds_owed.event_id and p.kind = 'refund' and p.status = 'PENDING'
   order by p.created_at, p.id;
$$;
comment on function app_public.event_refunds_owed(uuid) is E'@behavior -filter -order\nRefunds of an event''s bookings still owed to their buyers (a refunded booking, a late payment that found the tier sold out, a double payment, a payment for a cancelled booking), oldest first, until completeRefund marks them paid out. Row-level security applies: producers, admins and owners of the organization.';

-- References to people are limited to members of the row's organization
-- (issue 11's rule, app_private.tg__person_is_member): who closed a booking,
-- who checked a ticket in, who acted at the door, who recorded a refund. The
-- box office functions set them to the acting member. payments.profile_id is
-- the buyer (anyone signed in), copied from the booking, like
-- bookings.profile_id.
drop trigger if exists _060_closed_by_is_member on app_public.bookings;
create trigger _060_closed_by_is_member before insert or update of closed_by on app_public.bookings
  for each row execute function app_private.tg__person_is_member('closed_by');
drop trigger if exists _060_checked_in_by_is_member on app_public.tickets;
create trigger _060_checked_in_by_is_member before insert or update of checked_in_by on app_public.tickets
  for each row execute function app_private.tg__person_is_member('checked_in_by');
drop trigger if exists _060_actor_is_member on app_public.ticket_check_ins;
create trigger _060_actor_is_member before insert or update of actor_id on app_public.ticket_check_ins
  for each row execute function app_private.tg__person_is_member('actor_id');
drop trigger if exists _060_recorded_by_is_member on app_public.payments;
create trigger _060_recorded_by_is_member before insert or update of recorded_by on app_public.payments
  for each row execute function app_private.tg__person_is_member('recorded_by');
