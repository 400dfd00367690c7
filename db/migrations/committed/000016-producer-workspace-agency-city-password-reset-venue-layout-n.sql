--! Previous: sha1:b5c4fce9fcccedaeffd35006197af729ed59c78c
--! Hash: sha1:b8cb5d5d392d0aad90209ac0d6c692619bb8d8c3
--! Message: Producer workspace: agency city, password reset, venue layout notes, publishing rules, line-up and look ordering

-- Tables: app_private.identity_settings, app_private.password_reset_tokens, app_public.event_designers, app_public.events, app_public.organizations, app_public.profiles, app_public.vendors, app_public.venues
--
-- The producer's workspace (issue 14, the dashboard half): what the screens
-- need that the schema did not yet say.
--
-- 1. Onboarding: an agency has a city; create_organization takes it.
-- 2. Password reset by email: a hashed, expiring, single-use token, mailed by
--    the send_account_email task; using it sets the password and signs out
--    every session of the account.
-- 3. Venues keep layout notes; a venue's or vendor's city is never blank.
-- 4. Events: new events start as drafts; publishing checks in SQL what a
--    public page needs (events_publication_problems, coded) and status moves
--    only along draft → published → completed, draft/published → cancelled;
--    an event with bookings is never deleted (cancel it instead).
-- 5. Line-up and looks: append a designer, reorder the blocks, reorder a
--    designer's looks, renumber the show in line-up order, each in one
--    statement; a designer with looks at the event is not dropped from its
--    line-up silently.
-- Grants and policies: db/rls/*.sql. Error codes: server/errors.ts.

/*==========================================================================
 * 1. Organizations: city, and create_organization(name, slug, city)
 *==========================================================================*/

alter table app_public.organizations add column if not exists city text;
alter table app_public.organizations drop constraint if exists organizations_city_length;
alter table app_public.organizations add constraint organizations_city_length check (length(city) <= 100);
comment on column app_public.organizations.city is 'Home city of the agency (e.g. Bogotá), up to 100 characters; optional.';

drop function if exists app_public.create_organization(text, text);
drop function if exists app_public.create_organization(text, text, text);
create function app_public.create_organization(name text, slug text, city text default null)
returns app_public.organizations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  org app_public.organizations;
begin
  -- An unverified account could be a stranger holding someone else's address:
  -- an organization planted there would pass to the real owner on linking.
  perform app_private.assert_email_verified();
  -- Not STRICT (city is optional): a missing name or slug is refused by the
  -- same constraint a blank one is, so the dashboard shows it by that field.
  if create_organization.name is null then
    raise exception 'The name is required.' using errcode = '23514', constraint = 'organizations_name_check';
  end if;
  if create_organization.slug is null then
    raise exception 'The slug is required.' using errcode = '23514', constraint = 'organizations_slug_check';
  end if;
  if exists (select 1 from app_public.organizations o where o.slug = create_organization.slug::citext) then
    raise exception 'That organization slug is already taken.' using errcode = 'NUNIQ', constraint = 'organizations_slug_key';
  end if;
  insert into app_public.organizations (name, slug, city)
    values (trim(create_organization.name), lower(create_organization.slug), nullif(trim(create_organization.city), ''))
    returning * into org;
  insert into app_public.memberships (organization_id, profile_id, role) values (org.id, me, 'owner');
  return org;
end;
$$;
comment on function app_public.create_organization(text, text, text) is 'Creates an organization (an agency: name, URL slug of lowercase letters, digits and dashes, optional city) and makes the caller its owner. Errors: LOGIN, UNVER (email not verified), NUNIQ (slug taken, constraint organizations_slug_key), 23514 (name or slug missing or invalid, with the constraint).';

/*==========================================================================
 * 2. Password reset by email
 *==========================================================================*/

alter table app_private.identity_settings
  add column if not exists password_reset_ttl interval not null default interval '1 hour'
    check (password_reset_ttl > interval '0'),
  add column if not exists password_reset_emails_per_hour int not null default 5
    check (password_reset_emails_per_hour >= 1);
comment on table app_private.identity_settings is 'Identity settings (one row): invitation lifetime (default 7 days), verification link lifetime (24 hours), verification mails per account per hour (5), least time between two "someone tried to register with your email" notices to one account (1 hour), password reset link lifetime (1 hour) and reset mails per account per hour (5).';

create table if not exists app_private.password_reset_tokens (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references app_public.profiles on delete cascade,
  email citext not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index if not exists password_reset_tokens_profile_id_created_at_idx
  on app_private.password_reset_tokens (profile_id, created_at);
comment on table app_private.password_reset_tokens is 'SHA-256 of each password reset token (the token itself is only in the mail), the address it was sent to, its expiry (identity_settings.password_reset_ttl) and when it was used. Single use: using one, or any successful reset, spends every outstanding token of the account.';

create or replace function app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb)
returns void
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  perform graphile_worker.add_job(
    'send_account_email',
    (jsonb_build_object('kind', kind, 'to', recipient, 'locale', coalesce(locale, 'es-CO')) || coalesce(details, '{}'))::json,
    max_attempts => 10
  );
end;
$$;
comment on function app_private.enqueue_account_email(text, text, text, jsonb) is 'Enqueues the send_account_email job (verify_email, account_exists, invitation or password_reset) in the current transaction.';

create or replace function app_public.request_password_reset(email text) returns boolean
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  settings app_private.identity_settings := app_private.identity_settings();
  profile app_public.profiles;
  has_password boolean;
  token text := encode(gen_random_bytes(32), 'hex');
  expires timestamptz := now() + settings.password_reset_ttl;
begin
  if request_password_reset.email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(request_password_reset.email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- Serialise requests for one address, so the hourly limit holds under concurrency.
  perform pg_advisory_xact_lock(hashtextextended('password-reset:' || lower(request_password_reset.email), 0));
  select p.* into profile from app_public.profiles p where p.email = request_password_reset.email::citext;
  -- Unknown address, or over the hourly limit: the same answer, no mail.
  if profile.id is null then
    return true;
  end if;
  if (select count(*) from app_private.password_reset_tokens t
       where t.profile_id = profile.id and t.created_at > now() - interval '1 hour') >= settings.password_reset_emails_per_hour then
    return true;
  end if;
  select s.password_hash is not null into has_password from app_private.profile_secrets s where s.profile_id = profile.id;
  if profile.auth_subject is not null and not coalesce(has_password, false) then
    -- Signs in through an identity provider: there is no password to reset,
    -- and a link would open a second way in past the provider. Say so.
    insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at, used_at)
      values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), now(), now());
    perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
      jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', true));
    return true;
  end if;
  insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at)
    values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), expires);
  perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
    jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', false, 'token', token, 'expiresAt', expires));
  return true;
end;
$$;
comment on function app_public.request_password_reset(text) is 'Mails a password reset link (/restablecer-contrasena?token=…, valid identity_settings.password_reset_ttl, one hour by default, single use) to the account with this email. Answers true for every valid address, whether or not it has an account (no enumeration); at most password_reset_emails_per_hour mails per account. An account that signs in through an identity provider is told so instead of getting a link. Errors: EMAIL.';

create or replace function app_public.reset_password(token text, password text) returns boolean
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  reset app_private.password_reset_tokens;
  profile app_public.profiles;
begin
  if length(reset_password.password) < 10 then
    raise exception 'Password must be at least 10 characters long.' using errcode = 'WEAKP';
  end if;
  select t.* into reset from app_private.password_reset_tokens t
   where t.token_hash = encode(digest(reset_password.token, 'sha256'), 'hex')
   for update;
  if reset.id is null or reset.used_at is not null or reset.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Ask for a new one.' using errcode = 'NTFND';
  end if;
  select p.* into profile from app_public.profiles p where p.id = reset.profile_id for update;
  if profile.email <> reset.email then
    raise exception 'That link is for an email address this account no longer has.' using errcode = 'NTFND';
  end if;
  insert into app_private.profile_secrets (profile_id, password_hash)
    values (profile.id, crypt(reset_password.password, gen_salt('bf')))
    on conflict (profile_id) do update set password_hash = excluded.password_hash;
  -- The address's failed sign-ins (migration 000014 keeps them by its digest) are forgiven with the new password.
  delete from app_private.sign_in_failures f where f.email_digest = app_private.email_digest(profile.email);
  -- Single use: this token and every other outstanding one of the account.
  update app_private.password_reset_tokens set used_at = now() where profile_id = profile.id and used_at is null;
  -- Whoever knew the old password (or stole a session) is signed out everywhere.
  update app_private.sessions set revoked_at = now() where profile_id = profile.id and revoked_at is null;
  -- The mailbox (the token) and the newest password are now one person's: the
  -- same proof verify_email asks for.
  update app_public.profiles set email_verified_at = coalesce(email_verified_at, now()) where id = profile.id;
  return true;
end;
$$;
comment on function app_public.reset_password(text, text) is 'Sets a new password with the token from the reset mail: the token works once and only before it expires, every outstanding reset token of the account is spent, every session of the account is revoked (sign in again), and the email counts as verified (the mailbox and the new password prove it, as verify_email asks). Errors: WEAKP (under 10 characters), NTFND (unknown, used or expired token).';

/*==========================================================================
 * 3. Venues: layout notes; venues and vendors have a city
 *==========================================================================*/

alter table app_public.venues add column if not exists layout_notes text;
alter table app_public.venues drop constraint if exists venues_layout_notes_length;
alter table app_public.venues add constraint venues_layout_notes_length check (length(layout_notes) <= 5000);
comment on column app_public.venues.layout_notes is 'How the space is laid out for a show (runway length, backstage, load-in, seating), up to 5,000 characters.';

-- A place is somewhere: a blank city was accepted (NOT NULL only), which no
-- form would send and no listing could show. Vendors likewise.
alter table app_public.venues drop constraint if exists venues_city_check;
alter table app_public.venues add constraint venues_city_check check (length(trim(city)) >= 1);
alter table app_public.vendors drop constraint if exists vendors_city_check;
alter table app_public.vendors add constraint vendors_city_check check (length(trim(city)) >= 1);

/*==========================================================================
 * 4. Events: publishing, status, deleting
 *==========================================================================*/

create or replace function app_public.events_publication_problems(event app_public.events) returns text[]
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(array_agg(problem order by ordinality), '{}')
    from unnest(array[
      case when coalesce(trim(event.description), '') = '' then 'DESCRIPTION_MISSING' end,
      case when event.venue_id is null then 'VENUE_MISSING' end,
      case when event.starts_at <= now() then 'STARTS_IN_PAST' end,
      case when not exists (select 1 from app_public.event_designers ed where ed.event_id = event.id)
           then 'LINE_UP_EMPTY' end,
      case when event.is_public and not exists (
             select 1 from app_public.ticket_tiers t where t.event_id = event.id and t.quantity > 0)
           then 'NO_TICKETS' end
    ]) with ordinality as p(problem, ordinality)
   where problem is not null;
$$;
comment on function app_public.events_publication_problems(app_public.events) is E'@behavior -filterBy -orderBy\nWhat the event''s public page still needs before it can be published, as codes in a fixed order (empty when ready): DESCRIPTION_MISSING, VENUE_MISSING, STARTS_IN_PAST (starts_at is not in the future), LINE_UP_EMPTY (no designer in the line-up), NO_TICKETS (a public event with no ticket tier on offer). The dashboard translates the codes.';

create or replace function app_private.tg_events__status() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  problems text[];
begin
  if new.status = old.status then
    return new;
  end if;
  if old.status = 'cancelled' then
    raise exception 'A cancelled event cannot change status.' using errcode = 'CONFL';
  end if;
  if new.status = 'published' then
    if old.status <> 'draft' then
      raise exception 'Only a draft can be published.' using errcode = 'CONFL';
    end if;
    problems := app_public.events_publication_problems(new);
    if cardinality(problems) > 0 then
      raise exception 'This event is not ready to publish: %.', array_to_string(problems, ', ')
        using errcode = 'NOTRD', detail = array_to_string(problems, ',');
    end if;
  elsif new.status = 'draft' then
    if old.status <> 'published' then
      raise exception 'Only a published event can go back to draft.' using errcode = 'CONFL';
    end if;
    -- Unpublishing hides the page from people who bought tickets on it.
    if exists (select 1 from app_public.bookings b where b.event_id = new.id) then
      raise exception 'This event has bookings: it stays published until it is cancelled.' using errcode = 'HASBK';
    end if;
  elsif new.status = 'completed' and old.status <> 'published' then
    raise exception 'Only a published event can be completed.' using errcode = 'CONFL';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_events__status() is 'An event''s status moves draft → published (only with no events_publication_problems: NOTRD with the codes as detail) → completed, and draft or published → cancelled, which is final (CONFL); a published event with bookings is not unpublished (HASBK).';
drop trigger if exists _250_status on app_public.events;
create trigger _250_status before update of status on app_public.events
  for each row execute function app_private.tg_events__status();

create or replace function app_private.tg_events__keep_bookings() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  booked bigint;
begin
  -- Deleting the whole organization cascades here: bookings' own foreign key
  -- refuses that, as before.
  if not exists (select 1 from app_public.organizations o where o.id = old.organization_id) then
    return old;
  end if;
  select count(*) into booked from app_public.bookings b where b.event_id = old.id;
  if booked > 0 then
    raise exception 'This event has % booking(s) and cannot be deleted: cancel it instead.', booked
      using errcode = 'HASBK', detail = booked::text;
  end if;
  return old;
end;
$$;
comment on function app_private.tg_events__keep_bookings() is 'Refuses to delete an event that has bookings (HASBK, the count as detail): bookings are financial records, never deleted; cancel the event instead.';
drop trigger if exists _200_keep_bookings on app_public.events;
create trigger _200_keep_bookings before delete on app_public.events
  for each row execute function app_private.tg_events__keep_bookings();

create or replace function app_public.publish_event(event_id uuid) returns app_public.events
language plpgsql volatile strict set search_path = pg_catalog, public, pg_temp as $$
declare
  event app_public.events;
begin
  select e.* into event from app_public.events e where e.id = publish_event.event_id;
  if event.id is null then
    raise exception 'There is no such event.' using errcode = 'NTFND';
  end if;
  if event.status = 'published' then
    return event;
  end if;
  update app_public.events e set status = 'published' where e.id = publish_event.event_id returning e.* into event;
  if event.id is null then
    raise exception 'You may not publish this event.' using errcode = 'DNIED';
  end if;
  return event;
end;
$$;
comment on function app_public.publish_event(uuid) is 'Publishes a draft event (producers, admins and owners of its organization); publishing a published event changes nothing. Errors: NTFND, DNIED, CONFL (not a draft), NOTRD (not ready: the detail lists events_publication_problems codes).';

create or replace function app_public.cancel_event(event_id uuid) returns app_public.events
language plpgsql volatile strict set search_path = pg_catalog, public, pg_temp as $$
declare
  event app_public.events;
begin
  select e.* into event from app_public.events e where e.id = cancel_event.event_id;
  if event.id is null then
    raise exception 'There is no such event.' using errcode = 'NTFND';
  end if;
  if event.status = 'cancelled' then
    return event;
  end if;
  if event.status = 'completed' then
    raise exception 'A completed event cannot be cancelled.' using errcode = 'CONFL';
  end if;
  update app_public.events e set status = 'cancelled' where e.id = cancel_event.event_id returning e.* into event;
  if event.id is null then
    raise exception 'You may not cancel this event.' using errcode = 'DNIED';
  end if;
  return event;
end;
$$;
comment on function app_public.cancel_event(uuid) is 'Cancels a draft or published event (producers, admins and owners); final. Bookings stay as they are (refunds are the box office''s). Errors: NTFND, DNIED, CONFL (completed).';

/*==========================================================================
 * 5. Line-up and looks
 *==========================================================================*/

create or replace function app_public.add_to_line_up(event_id uuid, designer_id uuid, collection_name text default null)
returns app_public.event_designers
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  entry app_public.event_designers;
begin
  if add_to_line_up.event_id is null or add_to_line_up.designer_id is null then
    raise exception 'The event and the designer are required.' using errcode = '23502';
  end if;
  -- Two producers appending at once get consecutive places, not the same one.
  perform pg_advisory_xact_lock(hashtextextended('line-up:' || add_to_line_up.event_id, 0));
  insert into app_public.event_designers (event_id, designer_id, collection_name, show_order)
    select add_to_line_up.event_id, add_to_line_up.designer_id, nullif(trim(add_to_line_up.collection_name), ''),
           coalesce((select max(ed.show_order) from app_public.event_designers ed
                      where ed.event_id = add_to_line_up.event_id), 0) + 1
    returning * into entry;
  return entry;
end;
$$;
comment on function app_public.add_to_line_up(uuid, uuid, text) is 'Adds a designer at the end of an event''s line-up (show_order = last + 1, serialised per event). Errors: 23505 (the designer is already in the line-up: event_designers_event_id_designer_id_key), 42501 (may not write the line-up), REFERENCE_INVALID (unknown event or designer).';

create or replace function app_public.reorder_line_up(event_id uuid, entry_ids uuid[])
returns setof app_public.event_designers
language plpgsql volatile strict set search_path = pg_catalog, public, pg_temp as $$
declare
  current_ids uuid[];
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('line-up:' || reorder_line_up.event_id, 0));
  select coalesce(array_agg(ed.id order by ed.id), '{}') into current_ids
    from app_public.event_designers ed where ed.event_id = reorder_line_up.event_id;
  if cardinality(current_ids) = 0 then
    raise exception 'There is no such line-up.' using errcode = 'NTFND';
  end if;
  if cardinality(entry_ids) <> cardinality(current_ids)
     or current_ids <> (select array_agg(x order by x) from unnest(entry_ids) x) then
    raise exception 'The line-up changed meanwhile: reload it and order it again.' using errcode = 'CONFL';
  end if;
  select count(*) into needed
    from app_public.event_designers ed join unnest(entry_ids) with ordinality as o(id, position) on ed.id = o.id
   where ed.show_order is distinct from o.position::int;
  update app_public.event_designers ed set show_order = o.position
    from unnest(entry_ids) with ordinality as o(id, position)
   where ed.id = o.id and ed.show_order is distinct from o.position::int;
  -- Row-level security lets a reader see the line-up but skips the rows they may not change.
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change this line-up.' using errcode = 'DNIED';
  end if;
  return query select ed.* from app_public.event_designers ed
                where ed.event_id = reorder_line_up.event_id order by ed.show_order;
end;
$$;
comment on function app_public.reorder_line_up(uuid, uuid[]) is 'Puts an event''s line-up in the given order: entry_ids lists every event_designers id of the event once, first opens the show (show_order 1, 2, …). Errors: NTFND, CONFL (the list is not exactly the current line-up), DNIED (may not write the line-up).';

create or replace function app_public.reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[])
returns setof app_public.looks
language plpgsql volatile strict set search_path = pg_catalog, public, pg_temp as $$
declare
  current_ids uuid[];
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('looks:' || reorder_looks.event_id, 0));
  select coalesce(array_agg(l.id order by l.id), '{}') into current_ids
    from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id;
  if cardinality(current_ids) = 0 then
    raise exception 'This designer has no looks at this event.' using errcode = 'NTFND';
  end if;
  if cardinality(look_ids) <> cardinality(current_ids)
     or current_ids <> (select array_agg(x order by x) from unnest(look_ids) x) then
    raise exception 'The looks changed meanwhile: reload them and order them again.' using errcode = 'CONFL';
  end if;
  -- The designer's look numbers stay the same set; only who holds which moves.
  with numbers as (
    select l.sequence, row_number() over (order by l.sequence) as position
      from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
  )
  select count(*) into needed
    from unnest(look_ids) with ordinality as o(id, position)
    join numbers n on n.position = o.position
    join app_public.looks l on l.id = o.id
   where l.sequence <> n.sequence;
  with numbers as (
    select l.sequence, row_number() over (order by l.sequence) as position
      from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
  )
  update app_public.looks l set sequence = n.sequence
    from unnest(look_ids) with ordinality as o(id, position)
    join numbers n on n.position = o.position
   where l.id = o.id and l.sequence <> n.sequence;
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change these looks.' using errcode = 'DNIED';
  end if;
  return query select l.* from app_public.looks l
                where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
                order by l.sequence;
end;
$$;
comment on function app_public.reorder_looks(uuid, uuid, uuid[]) is 'Puts one designer''s looks at an event in the given order: look_ids lists each of them once; they keep the same set of look numbers (sequence), the first listed gets the lowest. Errors: NTFND, CONFL (not exactly the designer''s looks), DNIED (may not write looks).';

create or replace function app_public.renumber_looks(event_id uuid) returns setof app_public.looks
language plpgsql volatile strict set search_path = pg_catalog, public, pg_temp as $$
declare
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('looks:' || renumber_looks.event_id, 0));
  with numbered as (
    select l.id, l.sequence, row_number() over (order by ed.show_order nulls last, l.sequence, l.id) as position
      from app_public.looks l
      left join app_public.event_designers ed on ed.event_id = l.event_id and ed.designer_id = l.designer_id
     where l.event_id = renumber_looks.event_id
  )
  select count(*) into needed from numbered n where n.sequence <> n.position;
  with numbered as (
    select l.id, row_number() over (order by ed.show_order nulls last, l.sequence, l.id) as position
      from app_public.looks l
      left join app_public.event_designers ed on ed.event_id = l.event_id and ed.designer_id = l.designer_id
     where l.event_id = renumber_looks.event_id
  )
  update app_public.looks l set sequence = n.position
    from numbered n where l.id = n.id and l.sequence <> n.position;
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change these looks.' using errcode = 'DNIED';
  end if;
  return query select l.* from app_public.looks l where l.event_id = renumber_looks.event_id order by l.sequence;
end;
$$;
comment on function app_public.renumber_looks(uuid) is 'Numbers an event''s looks 1, 2, … in running order: the line-up''s blocks in show_order, each designer''s looks in their current order (looks of designers not in the line-up last). Errors: DNIED (may not write looks).';

create or replace function app_private.tg_event_designers__keep_looks() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  looks bigint;
begin
  -- The event or the designer is being deleted, and their looks with them.
  if not exists (select 1 from app_public.events e where e.id = old.event_id)
     or not exists (select 1 from app_public.designers d where d.id = old.designer_id) then
    return old;
  end if;
  select count(*) into looks from app_public.looks l where l.event_id = old.event_id and l.designer_id = old.designer_id;
  if looks > 0 then
    raise exception 'This designer has % look(s) at this event: delete or move them before taking the designer out of the line-up.', looks
      using errcode = 'HASLK', detail = looks::text;
  end if;
  return old;
end;
$$;
comment on function app_private.tg_event_designers__keep_looks() is 'Refuses to take a designer out of an event''s line-up while they have looks at it (HASLK, the count as detail), so no look is left outside the line-up.';
drop trigger if exists _200_keep_looks on app_public.event_designers;
create trigger _200_keep_looks before delete on app_public.event_designers
  for each row execute function app_private.tg_event_designers__keep_looks();

-- A look's model: the same refusal, named so the dashboard can put it by the model field.
create or replace function app_private.tg_looks__model_confirmed() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.talent_id is not null
     and (tg_op = 'INSERT' or new.talent_id is distinct from old.talent_id or new.event_id is distinct from old.event_id) then
    -- FOR SHARE (migration 000014): a decline of this casting waits for this
    -- transaction, then sees the look and marks the run of show stale; a
    -- status change already under way makes this wait and see its outcome.
    perform 1 from app_public.model_castings c
      where c.event_id = new.event_id and c.talent_id = new.talent_id and c.status = 'confirmed'
      for share;
    if not found then
      -- The constraint name lets the dashboard put the refusal by the model field.
      raise exception 'The model of a look must be a confirmed casting of the event.'
        using errcode = 'INVAL', constraint = 'looks_talent_confirmed';
    end if;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_looks__model_confirmed() is
  'A look''s model must be a confirmed casting of the look''s event when it is set (issue 17), checked under a share lock on the casting so a concurrent decline is ordered after it (and marks the schedules stale) or before it (and this fails); refused with INVAL and the constraint name looks_talent_confirmed.';
