--! Previous: -
--! Hash: sha1:826510f19e4c2d3b9b79df189ceff4802bd8f4c0
--! Message: foundation

-- The FashionOS data model: identity, organisations, events, looks, talent,
-- casting, runway, vendors, sponsors, tickets and the AI agent bookkeeping.
-- Grants and row-level security policies live in db/rls/ (re-applied after
-- every migration), so this file is only structure, functions and comments.

drop schema if exists app_public cascade;
drop schema if exists app_private cascade;

create extension if not exists pgcrypto with schema public;
create extension if not exists citext with schema public;
create extension if not exists btree_gist with schema public;

-- Nothing may be created in public by the request roles.
revoke all on schema public from public;
grant usage on schema public to :DATABASE_AUTHENTICATOR, :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
alter default privileges revoke all on sequences from public;
alter default privileges revoke all on functions from public;

create schema app_public;
create schema app_private;
comment on schema app_public is 'FashionOS: the operating system for fashion shows.';

grant usage on schema app_public to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
-- Policy helpers live in app_private and run as the requesting role, so it
-- needs to reach them; app_private tables carry no grants and stay unreadable.
grant usage on schema app_private to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;

/*==========================================================================
 * Generic trigger functions
 *==========================================================================*/

create function app_private.tg__timestamps() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
begin
  new.created_at := case when tg_op = 'INSERT' then now() else old.created_at end;
  new.updated_at := case when tg_op = 'UPDATE' and old.updated_at >= now() then old.updated_at + interval '1 millisecond' else now() end;
  return new;
end;
$$;
comment on function app_private.tg__timestamps() is 'Keeps created_at immutable and updated_at moving forward.';

-- Child rows take their organization_id from their parent so API clients never
-- send it; the composite foreign keys then guarantee every other parent agrees.
-- SECURITY DEFINER so the parent is found even when the caller cannot see it:
-- the row-level security check on the child still decides whether the insert
-- is allowed.
create function app_private.tg__inherit_organization() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  parent_table text := tg_argv[0];
  parent_column text := tg_argv[1];
  parent_id uuid := (to_jsonb(new) ->> parent_column)::uuid;
  parent_organization uuid;
begin
  if parent_id is null then
    return new;
  end if;
  execute format('select organization_id from app_public.%I where id = $1', parent_table)
    into parent_organization using parent_id;
  if parent_organization is null then
    raise exception 'The referenced % does not exist.', parent_table using errcode = 'NTFND';
  end if;
  new.organization_id := parent_organization;
  return new;
end;
$$;
comment on function app_private.tg__inherit_organization() is 'Copies organization_id from the parent row named by the trigger arguments (table, column).';

/*==========================================================================
 * Identity: profiles, secrets, sessions
 *==========================================================================*/

create table app_public.profiles (
  id uuid primary key default gen_random_uuid(),
  email citext not null unique check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' and length(email) <= 320),
  full_name text not null check (length(trim(full_name)) between 1 and 200),
  locale text not null default 'es-CO' check (locale in ('es-CO', 'en')),
  phone text check (phone ~ '^\+?[0-9 ()-]{7,20}$'),
  avatar_url text check (avatar_url ~ '^https://'),
  auth_subject text unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.profiles is 'A person who signs in to FashionOS. Profiles are global; what they see depends on their memberships.';
comment on column app_public.profiles.id is 'Unique identifier of the profile.';
comment on column app_public.profiles.email is 'Sign-in email address (case-insensitive, unique).';
comment on column app_public.profiles.full_name is 'Name shown to teammates.';
comment on column app_public.profiles.locale is 'Preferred language of the interface: es-CO (default) or en.';
comment on column app_public.profiles.phone is 'Optional phone number, used for WhatsApp notifications.';
comment on column app_public.profiles.avatar_url is 'Optional https URL of a profile picture.';
comment on column app_public.profiles.auth_subject is 'The `sub` claim of an external identity provider (e.g. Clerk) mapped to this profile.';
comment on column app_public.profiles.created_at is 'When the profile was created.';
comment on column app_public.profiles.updated_at is 'When the profile was last changed.';
create trigger _100_timestamps before insert or update on app_public.profiles
  for each row execute function app_private.tg__timestamps();

create table app_private.profile_secrets (
  profile_id uuid primary key references app_public.profiles on delete cascade,
  password_hash text,
  failed_sign_ins int not null default 0,
  last_failed_sign_in_at timestamptz,
  last_sign_in_at timestamptz
);
comment on table app_private.profile_secrets is 'Password hashes and sign-in counters; never exposed.';

create table app_private.sessions (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references app_public.profiles on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '30 days',
  revoked_at timestamptz
);
create index on app_private.sessions (profile_id);
comment on table app_private.sessions is 'Sign-in sessions. A JWT carries the session id; revoking the session invalidates the token at once.';

create type app_public.jwt_token as (
  profile_id uuid,
  session_id uuid,
  exp bigint
);
comment on type app_public.jwt_token is 'What the API signs into a JWT after register or authenticate.';

/*==========================================================================
 * Organisations and memberships
 *==========================================================================*/

create table app_public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 1 and 200),
  slug citext not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 64),
  country text not null default 'CO' check (country ~ '^[A-Z]{2}$'),
  timezone text not null default 'America/Bogota',
  currency text not null default 'COP' check (currency ~ '^[A-Z]{3}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.organizations is 'A production company or agency. Every tenant-owned row belongs to exactly one organization.';
comment on column app_public.organizations.id is 'Unique identifier of the organization.';
comment on column app_public.organizations.name is 'Display name.';
comment on column app_public.organizations.slug is 'Unique URL-friendly identifier (lowercase letters, digits and dashes).';
comment on column app_public.organizations.country is 'ISO 3166-1 alpha-2 country code (default CO).';
comment on column app_public.organizations.timezone is 'IANA time zone used to show dates (default America/Bogota).';
comment on column app_public.organizations.currency is 'ISO 4217 currency code for money (default COP).';
comment on column app_public.organizations.created_at is 'When the organization was created.';
comment on column app_public.organizations.updated_at is 'When the organization was last changed.';
create trigger _100_timestamps before insert or update on app_public.organizations
  for each row execute function app_private.tg__timestamps();

create table app_public.memberships (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  profile_id uuid not null references app_public.profiles on delete cascade,
  role text not null check (role in ('owner', 'admin', 'producer', 'casting', 'viewer')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, profile_id)
);
create index on app_public.memberships (profile_id);
comment on table app_public.memberships is 'Who belongs to which organization, and with which role.';
comment on column app_public.memberships.id is 'Unique identifier of the membership.';
comment on column app_public.memberships.organization_id is 'The organization.';
comment on column app_public.memberships.profile_id is 'The member.';
comment on column app_public.memberships.role is 'owner, admin, producer, casting or viewer.';
comment on column app_public.memberships.created_at is 'When the person joined.';
comment on column app_public.memberships.updated_at is 'When the membership was last changed.';
create trigger _100_timestamps before insert or update on app_public.memberships
  for each row execute function app_private.tg__timestamps();

create table app_public.organization_invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  email citext not null check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  role text not null check (role in ('owner', 'admin', 'producer', 'casting', 'viewer')),
  invited_by uuid references app_public.profiles on delete set null,
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, email)
);
create index on app_public.organization_invitations (invited_by);
comment on table app_public.organization_invitations is 'Pending invitations to join an organization. The secret token is stored hashed elsewhere and shown only once.';
comment on column app_public.organization_invitations.id is 'Unique identifier of the invitation.';
comment on column app_public.organization_invitations.organization_id is 'The organization the person is invited to.';
comment on column app_public.organization_invitations.email is 'Email address the invitation was sent to.';
comment on column app_public.organization_invitations.role is 'Role the person gets on accepting.';
comment on column app_public.organization_invitations.invited_by is 'Who sent the invitation.';
comment on column app_public.organization_invitations.expires_at is 'After this moment the invitation can no longer be accepted.';
comment on column app_public.organization_invitations.accepted_at is 'When the invitation was accepted, if it was.';
comment on column app_public.organization_invitations.created_at is 'When the invitation was created.';
comment on column app_public.organization_invitations.updated_at is 'When the invitation was last changed.';
create trigger _100_timestamps before insert or update on app_public.organization_invitations
  for each row execute function app_private.tg__timestamps();

create table app_private.invitation_tokens (
  invitation_id uuid primary key references app_public.organization_invitations on delete cascade,
  token_hash text not null unique
);
comment on table app_private.invitation_tokens is 'SHA-256 of each invitation token; the token itself is never stored.';

/*==========================================================================
 * Helpers used by policies and functions
 *==========================================================================*/

-- The API sets jwt.claims.session_id for FashionOS tokens, or
-- jwt.claims.auth_subject for verified external identity provider tokens.
create function app_public.current_profile_id() returns uuid
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(
    (select s.profile_id
       from app_private.sessions s
      where s.id = nullif(current_setting('jwt.claims.session_id', true), '')::uuid
        and s.revoked_at is null
        and s.expires_at > now()),
    (select p.id
       from app_public.profiles p
      where nullif(current_setting('jwt.claims.session_id', true), '') is null
        and p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), ''))
  );
$$;
comment on function app_public.current_profile_id() is 'The signed-in profile, or null when the session is missing, revoked or expired.';

create function app_public.current_organization_ids() returns uuid[]
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(array_agg(m.organization_id), '{}')
    from app_public.memberships m
   where m.profile_id = app_public.current_profile_id();
$$;
comment on function app_public.current_organization_ids() is 'Organizations the signed-in profile belongs to.';

create function app_private.organization_ids_with_role(roles text[]) returns uuid[]
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(array_agg(m.organization_id), '{}')
    from app_public.memberships m
   where m.profile_id = app_public.current_profile_id()
     and m.role = any(roles);
$$;
comment on function app_private.organization_ids_with_role(text[]) is 'Organizations where the signed-in profile holds one of the roles; policies call it once per statement.';

create function app_private.has_org_role(org uuid, roles text[]) returns boolean
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select exists (
    select 1 from app_public.memberships m
     where m.organization_id = org
       and m.profile_id = app_public.current_profile_id()
       and m.role = any(roles)
  );
$$;
comment on function app_private.has_org_role(uuid, text[]) is 'Whether the signed-in profile holds one of the roles in the organization.';

create function app_private.assert_org_role(org uuid, roles text[]) returns void
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if not app_private.has_org_role(org, roles) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
end;
$$;
comment on function app_private.assert_org_role(uuid, text[]) is 'Raises LOGIN or DNIED unless the signed-in profile holds one of the roles.';

/*==========================================================================
 * Identity functions
 *==========================================================================*/

create function app_private.start_session(profile uuid) returns app_public.jwt_token
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  session app_private.sessions;
begin
  insert into app_private.sessions (profile_id) values (profile) returning * into session;
  update app_private.profile_secrets set last_sign_in_at = now(), failed_sign_ins = 0 where profile_id = profile;
  return (session.profile_id, session.id, extract(epoch from session.expires_at)::bigint)::app_public.jwt_token;
end;
$$;

create function app_public.register(email text, password text, full_name text) returns app_public.jwt_token
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  new_profile app_public.profiles;
begin
  if length(password) < 10 then
    raise exception 'Password must be at least 10 characters long.' using errcode = 'WEAKP';
  end if;
  if email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  if length(trim(full_name)) = 0 then
    raise exception 'Full name is required.' using errcode = 'INVAL';
  end if;
  if exists (select 1 from app_public.profiles p where p.email = register.email::citext) then
    raise exception 'An account with that email already exists.' using errcode = 'NUNIQ';
  end if;
  insert into app_public.profiles (email, full_name) values (register.email, trim(register.full_name))
    returning * into new_profile;
  insert into app_private.profile_secrets (profile_id, password_hash)
    values (new_profile.id, crypt(password, gen_salt('bf')));
  return app_private.start_session(new_profile.id);
end;
$$;
comment on function app_public.register(text, text, text) is 'Creates a profile with a password (at least 10 characters) and signs it in.';

create function app_public.authenticate(email text, password text) returns app_public.jwt_token
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  profile app_public.profiles;
  secret app_private.profile_secrets;
begin
  select p.* into profile from app_public.profiles p where p.email = authenticate.email::citext;
  if profile.id is not null then
    select s.* into secret from app_private.profile_secrets s where s.profile_id = profile.id for update;
  end if;
  if secret.password_hash is not null and secret.password_hash = crypt(password, secret.password_hash) then
    return app_private.start_session(profile.id);
  end if;
  if secret.profile_id is not null then
    -- The failure is recorded; raising would roll it back, so the API turns a
    -- null token into the same "invalid credentials" error.
    update app_private.profile_secrets
       set failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = now()
     where profile_id = secret.profile_id;
  else
    -- Spend the same time hashing so that unknown emails cannot be told apart.
    perform crypt(password, gen_salt('bf'));
  end if;
  return null;
end;
$$;
comment on function app_public.authenticate(text, text) is 'Signs in with email and password. Returns null when the credentials are wrong, without saying which part was wrong.';

create function app_public.logout() returns boolean
language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where id = nullif(current_setting('jwt.claims.session_id', true), '')::uuid
       and revoked_at is null
    returning 1
  )
  select exists (select 1 from revoked);
$$;
comment on function app_public.logout() is 'Revokes the current session; the token stops working at once.';

create function app_public.logout_everywhere() returns int
language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where profile_id = app_public.current_profile_id()
       and revoked_at is null
    returning 1
  )
  select count(*)::int from revoked;
$$;
comment on function app_public.logout_everywhere() is 'Revokes every session of the signed-in profile; returns how many were revoked.';

create function app_public.current_profile() returns app_public.profiles
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select * from app_public.profiles where id = app_public.current_profile_id();
$$;
comment on function app_public.current_profile() is 'The signed-in profile, or null.';

/*==========================================================================
 * Organisation functions and the last-owner rule
 *==========================================================================*/

create function app_public.create_organization(name text, slug text) returns app_public.organizations
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  org app_public.organizations;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if exists (select 1 from app_public.organizations o where o.slug = create_organization.slug::citext) then
    raise exception 'That organization slug is already taken.' using errcode = 'NUNIQ';
  end if;
  insert into app_public.organizations (name, slug) values (trim(create_organization.name), lower(create_organization.slug))
    returning * into org;
  insert into app_public.memberships (organization_id, profile_id, role) values (org.id, me, 'owner');
  return org;
end;
$$;
comment on function app_public.create_organization(text, text) is 'Creates an organization and makes the caller its owner.';

create function app_private.tg_memberships__keep_an_owner() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
begin
  if old.role = 'owner'
     and (tg_op = 'DELETE' or new.role <> 'owner')
     and exists (select 1 from app_public.organizations o where o.id = old.organization_id)
     and not exists (
       select 1 from app_public.memberships m
        where m.organization_id = old.organization_id and m.role = 'owner' and m.id <> old.id
     ) then
    raise exception 'An organization must keep at least one owner.' using errcode = 'OWNER';
  end if;
  -- Only owners may grant or take away ownership.
  if (old.role = 'owner' or (tg_op = 'UPDATE' and new.role = 'owner'))
     and app_public.current_profile_id() is not null
     and not app_private.has_org_role(old.organization_id, '{owner}')
     and not (tg_op = 'DELETE' and old.profile_id = app_public.current_profile_id()) then
    raise exception 'Only owners can manage owners.' using errcode = 'DNIED';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger _200_keep_an_owner before update or delete on app_public.memberships
  for each row execute function app_private.tg_memberships__keep_an_owner();

create function app_public.invite_to_organization(organization_id uuid, email text, role text default 'viewer')
returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.organization_invitations;
  token text := encode(gen_random_bytes(24), 'hex');
begin
  perform app_private.assert_org_role(invite_to_organization.organization_id,
    case when invite_to_organization.role = 'owner' then '{owner}'::text[] else '{owner,admin}'::text[] end);
  if invite_to_organization.role is null or invite_to_organization.role not in ('owner', 'admin', 'producer', 'casting', 'viewer') then
    raise exception 'Unknown role.' using errcode = 'INVAL';
  end if;
  if email is null or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  insert into app_public.organization_invitations as i (organization_id, email, role, invited_by)
    values (invite_to_organization.organization_id, invite_to_organization.email, invite_to_organization.role, app_public.current_profile_id())
    on conflict (organization_id, email) do update
      set role = excluded.role, invited_by = excluded.invited_by,
          expires_at = now() + interval '14 days', accepted_at = null
    returning * into invitation;
  insert into app_private.invitation_tokens (invitation_id, token_hash)
    values (invitation.id, encode(digest(token, 'sha256'), 'hex'))
    on conflict (invitation_id) do update set token_hash = excluded.token_hash;
  return token;
end;
$$;
comment on function app_public.invite_to_organization(uuid, text, text) is 'Invites an email address with a role (admins; owners for the owner role). Returns the secret token to send, shown only once.';

create function app_public.accept_invitation(token text) returns app_public.memberships
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  invitation app_public.organization_invitations;
  membership app_public.memberships;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation
    from app_private.invitation_tokens t
    join app_public.organization_invitations i on i.id = t.invitation_id
   where t.token_hash = encode(digest(token, 'sha256'), 'hex')
   for update of i;
  if invitation.id is null or invitation.accepted_at is not null or invitation.expires_at < now() then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  insert into app_public.memberships (organization_id, profile_id, role)
    values (invitation.organization_id, me, invitation.role)
    on conflict (organization_id, profile_id) do update set role = excluded.role
    returning * into membership;
  update app_public.organization_invitations set accepted_at = now() where id = invitation.id;
  delete from app_private.invitation_tokens where invitation_id = invitation.id;
  return membership;
end;
$$;
comment on function app_public.accept_invitation(text) is 'Joins the organization of a valid, unexpired invitation with its role.';

/*==========================================================================
 * Venues and events
 *==========================================================================*/

create table app_public.venues (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  address text,
  city text not null,
  capacity int check (capacity > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id)
);
create index on app_public.venues (organization_id);
comment on table app_public.venues is 'Places where shows happen.';
comment on column app_public.venues.id is 'Unique identifier of the venue.';
comment on column app_public.venues.organization_id is 'Organization that manages this venue record.';
comment on column app_public.venues.name is 'Venue name, e.g. Ágora Bogotá.';
comment on column app_public.venues.address is 'Street address.';
comment on column app_public.venues.city is 'City, e.g. Bogotá or Medellín.';
comment on column app_public.venues.capacity is 'Maximum audience.';
comment on column app_public.venues.created_at is 'When the venue was added.';
comment on column app_public.venues.updated_at is 'When the venue was last changed.';
create trigger _100_timestamps before insert or update on app_public.venues
  for each row execute function app_private.tg__timestamps();

create table app_public.events (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  organizer_id uuid references app_public.profiles on delete set null,
  venue_id uuid,
  title text not null check (length(trim(title)) between 1 and 200),
  slug citext not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  description text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  timezone text not null default 'America/Bogota',
  status text not null default 'draft' check (status in ('draft', 'published', 'cancelled', 'completed')),
  capacity int check (capacity > 0),
  metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  is_public boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at),
  unique (organization_id, slug),
  unique (id, organization_id),
  foreign key (venue_id, organization_id) references app_public.venues (id, organization_id) on delete set null (venue_id)
);
create index on app_public.events (organizer_id);
create index on app_public.events (venue_id, organization_id);
create index on app_public.events (organization_id, starts_at);
create index on app_public.events (starts_at) where status = 'published' and is_public;
create index on app_public.events using gin (metadata);
comment on table app_public.events is 'A fashion show or event produced by an organization.';
comment on column app_public.events.id is 'Unique identifier of the event.';
comment on column app_public.events.organization_id is 'Organization producing the event.';
comment on column app_public.events.organizer_id is 'Profile of the lead producer.';
comment on column app_public.events.venue_id is 'Where the event happens (a venue of the same organization).';
comment on column app_public.events.title is 'Event title.';
comment on column app_public.events.slug is 'URL-friendly identifier, unique within the organization.';
comment on column app_public.events.description is 'Public description.';
comment on column app_public.events.starts_at is 'When doors open / the show starts.';
comment on column app_public.events.ends_at is 'When the event ends; after starts_at.';
comment on column app_public.events.timezone is 'IANA time zone of the event (default America/Bogota).';
comment on column app_public.events.status is 'draft, published, cancelled or completed.';
comment on column app_public.events.capacity is 'Maximum audience for this event.';
comment on column app_public.events.metadata is 'Free-form structured details (dress code, season, hashtags...).';
comment on column app_public.events.is_public is 'Whether a published event is listed publicly and sells tickets to anyone.';
comment on column app_public.events.created_at is 'When the event was created.';
comment on column app_public.events.updated_at is 'When the event was last changed.';
create trigger _100_timestamps before insert or update on app_public.events
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Designers and looks
 *==========================================================================*/

create table app_public.designers (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  brand text,
  city text,
  bio text,
  instagram text check (instagram ~ '^@?[A-Za-z0-9._]{1,30}$'),
  website text check (website ~ '^https?://'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id)
);
create index on app_public.designers (organization_id);
comment on table app_public.designers is 'Designers and brands that show collections.';
comment on column app_public.designers.id is 'Unique identifier of the designer.';
comment on column app_public.designers.organization_id is 'Organization that keeps this designer record.';
comment on column app_public.designers.name is 'Designer name.';
comment on column app_public.designers.brand is 'Brand or label.';
comment on column app_public.designers.city is 'Home city.';
comment on column app_public.designers.bio is 'Short public biography.';
comment on column app_public.designers.instagram is 'Instagram handle.';
comment on column app_public.designers.website is 'Website URL.';
comment on column app_public.designers.created_at is 'When the designer was added.';
comment on column app_public.designers.updated_at is 'When the designer was last changed.';
create trigger _100_timestamps before insert or update on app_public.designers
  for each row execute function app_private.tg__timestamps();

create table app_public.event_designers (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  designer_id uuid not null,
  show_order int not null check (show_order > 0),
  collection_name text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, designer_id),
  unique (event_id, show_order) deferrable initially deferred,
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (designer_id, organization_id) references app_public.designers (id, organization_id) on delete cascade
);
create index on app_public.event_designers (organization_id);
create index on app_public.event_designers (event_id, organization_id);
create index on app_public.event_designers (designer_id, organization_id);
comment on table app_public.event_designers is 'The designers showing at an event, in show order.';
comment on column app_public.event_designers.id is 'Unique identifier of this line-up entry.';
comment on column app_public.event_designers.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.event_designers.event_id is 'The event.';
comment on column app_public.event_designers.designer_id is 'The designer.';
comment on column app_public.event_designers.show_order is 'Position in the running order (1 opens the show).';
comment on column app_public.event_designers.collection_name is 'Name of the collection shown.';
comment on column app_public.event_designers.created_at is 'When the designer was added to the event.';
comment on column app_public.event_designers.updated_at is 'When this entry was last changed.';
create trigger _050_organization before insert on app_public.event_designers
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.event_designers
  for each row execute function app_private.tg__timestamps();

create table app_public.looks (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  designer_id uuid not null,
  sequence int not null check (sequence > 0),
  title text not null check (length(trim(title)) between 1 and 200),
  notes text,
  change_minutes int not null default 5 check (change_minutes between 0 and 120),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, sequence) deferrable initially deferred,
  unique (id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (designer_id, organization_id) references app_public.designers (id, organization_id) on delete cascade
);
create index on app_public.looks (organization_id);
create index on app_public.looks (event_id, organization_id);
create index on app_public.looks (designer_id, organization_id);
comment on table app_public.looks is 'An outfit shown on the runway.';
comment on column app_public.looks.id is 'Unique identifier of the look.';
comment on column app_public.looks.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.looks.event_id is 'The event where the look is shown.';
comment on column app_public.looks.designer_id is 'The designer of the look.';
comment on column app_public.looks.sequence is 'Order of the look within the event (1 walks first).';
comment on column app_public.looks.title is 'Short description of the look.';
comment on column app_public.looks.notes is 'Styling notes for backstage.';
comment on column app_public.looks.change_minutes is 'Minutes a model needs to change after wearing this look.';
comment on column app_public.looks.created_at is 'When the look was added.';
comment on column app_public.looks.updated_at is 'When the look was last changed.';
create trigger _050_organization before insert on app_public.looks
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.looks
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Talent (the model roster), contacts, availability
 *==========================================================================*/

create table app_public.talent (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  full_name text not null check (length(trim(full_name)) between 1 and 200),
  stage_name text,
  agency text,
  city text,
  willing_to_travel boolean not null default false,
  division text not null check (division in ('women', 'men', 'non_binary', 'kids', 'curve', 'petite', 'mature')),
  gender text,
  height_cm int check (height_cm between 50 and 230),
  bust_cm int check (bust_cm between 30 and 200),
  waist_cm int check (waist_cm between 30 and 200),
  hips_cm int check (hips_cm between 30 and 200),
  shoe_eu numeric(3, 1) check (shoe_eu between 15 and 52),
  hair_color text,
  eye_color text,
  measurements_taken_on date,
  birth_date date check (birth_date > '1900-01-01'),
  portfolio_urls text[] not null default '{}',
  instagram text check (instagram ~ '^@?[A-Za-z0-9._]{1,30}$'),
  consent_granted_at timestamptz,
  consent_purposes text[] not null default '{}' check (consent_purposes <@ array['casting', 'ai_processing', 'marketing', 'contact']),
  consent_source text check (consent_source in ('signed_form', 'agency_contract', 'web_form', 'email', 'whatsapp')),
  consent_revoked_at timestamptz,
  erased_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  check (consent_granted_at is not null or cardinality(consent_purposes) = 0)
);
create index on app_public.talent (organization_id, division, height_cm);
comment on table app_public.talent is 'The model roster with comp-card data. Contact details live in talent_contacts.';
comment on column app_public.talent.id is 'Unique identifier of the person.';
comment on column app_public.talent.organization_id is 'Organization whose roster this is.';
comment on column app_public.talent.full_name is 'Legal name.';
comment on column app_public.talent.stage_name is 'Professional name, if different.';
comment on column app_public.talent.agency is 'Representing agency.';
comment on column app_public.talent.city is 'Home city.';
comment on column app_public.talent.willing_to_travel is 'Whether the person accepts castings outside their city.';
comment on column app_public.talent.division is 'Board: women, men, non_binary, kids, curve, petite or mature.';
comment on column app_public.talent.gender is 'Gender as the person describes it.';
comment on column app_public.talent.height_cm is 'Height in centimetres.';
comment on column app_public.talent.bust_cm is 'Bust / chest in centimetres.';
comment on column app_public.talent.waist_cm is 'Waist in centimetres.';
comment on column app_public.talent.hips_cm is 'Hips in centimetres.';
comment on column app_public.talent.shoe_eu is 'Shoe size (EU).';
comment on column app_public.talent.hair_color is 'Hair colour.';
comment on column app_public.talent.eye_color is 'Eye colour.';
comment on column app_public.talent.measurements_taken_on is 'When the measurements were last taken.';
comment on column app_public.talent.birth_date is 'Date of birth; people under 18 are minors and need a guardian contact.';
comment on column app_public.talent.portfolio_urls is 'Links to portfolio photos.';
comment on column app_public.talent.instagram is 'Instagram handle.';
comment on column app_public.talent.consent_granted_at is 'When prior, express, informed consent was given (Ley 1581 de 2012).';
comment on column app_public.talent.consent_purposes is 'Purposes consented to: casting, ai_processing, marketing, contact.';
comment on column app_public.talent.consent_source is 'How consent was collected: signed_form, agency_contract, web_form, email or whatsapp.';
comment on column app_public.talent.consent_revoked_at is 'When consent was withdrawn, if it was.';
comment on column app_public.talent.erased_at is 'When the person was anonymised on request (habeas data).';
comment on column app_public.talent.created_at is 'When the person was added.';
comment on column app_public.talent.updated_at is 'When the record was last changed.';
create trigger _100_timestamps before insert or update on app_public.talent
  for each row execute function app_private.tg__timestamps();

create function app_public.talent_is_minor(t app_public.talent) returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select t.birth_date is not null and t.birth_date > (current_date - interval '18 years');
$$;
comment on function app_public.talent_is_minor(app_public.talent) is 'Whether the person is under 18 today.';

create function app_public.talent_has_ai_consent(t app_public.talent) returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and t.erased_at is null
     and 'ai_processing' = any(t.consent_purposes);
$$;
comment on function app_public.talent_has_ai_consent(app_public.talent) is 'Whether the person consented to processing by AI agents and has not withdrawn it.';

create table app_public.talent_contacts (
  talent_id uuid primary key,
  organization_id uuid not null,
  email citext check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  phone text check (phone ~ '^\+?[0-9 ()-]{7,20}$'),
  whatsapp_opt_in boolean not null default false,
  guardian_name text,
  guardian_phone text check (guardian_phone ~ '^\+?[0-9 ()-]{7,20}$'),
  guardian_email citext check (guardian_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade
);
create index on app_public.talent_contacts (talent_id, organization_id);
create index on app_public.talent_contacts (organization_id);
comment on table app_public.talent_contacts is 'Personal contact data of talent, readable only by casting staff and admins.';
comment on column app_public.talent_contacts.talent_id is 'The person.';
comment on column app_public.talent_contacts.organization_id is 'Organization of the person (set automatically).';
comment on column app_public.talent_contacts.email is 'Personal email.';
comment on column app_public.talent_contacts.phone is 'Mobile phone.';
comment on column app_public.talent_contacts.whatsapp_opt_in is 'Whether the person agreed to receive WhatsApp messages.';
comment on column app_public.talent_contacts.guardian_name is 'Parent or legal guardian of a minor.';
comment on column app_public.talent_contacts.guardian_phone is 'Guardian phone.';
comment on column app_public.talent_contacts.guardian_email is 'Guardian email.';
comment on column app_public.talent_contacts.created_at is 'When the contact was recorded.';
comment on column app_public.talent_contacts.updated_at is 'When the contact was last changed.';
create trigger _050_organization before insert on app_public.talent_contacts
  for each row execute function app_private.tg__inherit_organization('talent', 'talent_id');
create trigger _100_timestamps before insert or update on app_public.talent_contacts
  for each row execute function app_private.tg__timestamps();

-- Checked at commit so a minor and their guardian contact can be added in one
-- transaction, in either order.
create function app_private.tg_talent__minor_needs_guardian() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
begin
  select * into person from app_public.talent
   where id = case when tg_table_name = 'talent' then new.id else new.talent_id end;
  if person.id is not null and person.erased_at is null and app_public.talent_is_minor(person)
     and not exists (
       select 1 from app_public.talent_contacts c
        where c.talent_id = person.id and c.guardian_name is not null
          and (c.guardian_phone is not null or c.guardian_email is not null)
     ) then
    raise exception 'A minor needs a guardian contact (name and phone or email).' using errcode = 'INVAL';
  end if;
  return null;
end;
$$;
create constraint trigger _900_minor_needs_guardian after insert or update on app_public.talent
  deferrable initially deferred for each row execute function app_private.tg_talent__minor_needs_guardian();
create constraint trigger _900_minor_needs_guardian after insert or update on app_public.talent_contacts
  deferrable initially deferred for each row execute function app_private.tg_talent__minor_needs_guardian();

create table app_public.talent_availability (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  talent_id uuid not null,
  period tstzrange not null check (not isempty(period) and not lower_inf(period) and not upper_inf(period)),
  kind text not null check (kind in ('unavailable', 'hold')),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade
);
create index on app_public.talent_availability (talent_id, organization_id);
create index on app_public.talent_availability (organization_id);
create index on app_public.talent_availability using gist (talent_id, period);
comment on table app_public.talent_availability is 'Periods when a person is unavailable or on hold for another job.';
comment on column app_public.talent_availability.id is 'Unique identifier of the period.';
comment on column app_public.talent_availability.organization_id is 'Organization of the person (set automatically).';
comment on column app_public.talent_availability.talent_id is 'The person.';
comment on column app_public.talent_availability.period is 'The time range (start inclusive, end exclusive).';
comment on column app_public.talent_availability.kind is 'unavailable (cannot work) or hold (tentatively booked).';
comment on column app_public.talent_availability.notes is 'Why, e.g. another show or travel.';
comment on column app_public.talent_availability.created_at is 'When the period was recorded.';
comment on column app_public.talent_availability.updated_at is 'When the period was last changed.';
create trigger _050_organization before insert on app_public.talent_availability
  for each row execute function app_private.tg__inherit_organization('talent', 'talent_id');
create trigger _100_timestamps before insert or update on app_public.talent_availability
  for each row execute function app_private.tg__timestamps();

-- What AI agents may process: only people with consent for AI processing.
-- Agents read candidates through this view, never from talent directly.
create view app_private.ai_talent_candidates with (security_barrier) as
  select t.id, t.organization_id, t.stage_name, coalesce(t.stage_name, t.full_name) as display_name,
         t.agency, t.city, t.willing_to_travel, t.division, t.gender, t.height_cm, t.bust_cm, t.waist_cm,
         t.hips_cm, t.shoe_eu, t.hair_color, t.eye_color, t.measurements_taken_on,
         app_public.talent_is_minor(t) as is_minor, t.portfolio_urls, t.instagram
    from app_public.talent t
   where app_public.talent_has_ai_consent(t);
comment on view app_private.ai_talent_candidates is 'Talent that AI agents may process (consent for ai_processing, not withdrawn, not erased). No contact data.';

create function app_public.erase_talent(id uuid) returns app_public.talent
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
begin
  select * into person from app_public.talent t where t.id = erase_talent.id;
  if person.id is null then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(person.organization_id, '{owner,admin,casting}');
  delete from app_public.talent_contacts c where c.talent_id = person.id;
  delete from app_public.talent_availability a where a.talent_id = person.id;
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      consent_purposes = '{}', consent_revoked_at = coalesce(t.consent_revoked_at, now()),
      erased_at = now()
   where t.id = person.id
   returning * into person;
  update app_public.model_castings c set ai_reasoning = null where c.talent_id = person.id;
  return person;
end;
$$;
comment on function app_public.erase_talent(uuid) is 'Anonymises a person on request (habeas data): personal data and contacts are removed, castings, runway slots and bookings stay.';

/*==========================================================================
 * Casting
 *==========================================================================*/

create table app_public.casting_briefs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  title text not null default 'Casting' check (length(trim(title)) between 1 and 200),
  models_needed int not null check (models_needed between 1 and 200),
  height_min_cm int check (height_min_cm between 50 and 230),
  height_max_cm int check (height_max_cm between 50 and 230),
  divisions text[] not null default '{}' check (divisions <@ array['women', 'men', 'non_binary', 'kids', 'curve', 'petite', 'mature']),
  cities text[] not null default '{}',
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  check (height_min_cm is null or height_max_cm is null or height_min_cm <= height_max_cm),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade
);
create index on app_public.casting_briefs (event_id, organization_id);
create index on app_public.casting_briefs (organization_id);
comment on table app_public.casting_briefs is 'What an event needs from casting: how many models, which boards, heights and cities.';
comment on column app_public.casting_briefs.id is 'Unique identifier of the brief.';
comment on column app_public.casting_briefs.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.casting_briefs.event_id is 'The event being cast.';
comment on column app_public.casting_briefs.title is 'Short name, e.g. "Pasarela principal".';
comment on column app_public.casting_briefs.models_needed is 'How many models to cast.';
comment on column app_public.casting_briefs.height_min_cm is 'Minimum height in centimetres.';
comment on column app_public.casting_briefs.height_max_cm is 'Maximum height in centimetres.';
comment on column app_public.casting_briefs.divisions is 'Boards to cast from (empty: any).';
comment on column app_public.casting_briefs.cities is 'Cities to cast from (empty: any); people willing to travel also qualify.';
comment on column app_public.casting_briefs.notes is 'Creative direction for the casting.';
comment on column app_public.casting_briefs.created_at is 'When the brief was created.';
comment on column app_public.casting_briefs.updated_at is 'When the brief was last changed.';
create trigger _050_organization before insert on app_public.casting_briefs
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.casting_briefs
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Agent runs and AI logs
 *==========================================================================*/

create table app_public.agent_runs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  event_id uuid,
  agent_type text not null check (agent_type in ('model_casting', 'runway_timing', 'vendor_coordination', 'event_health', 'email_generation', 'whatsapp_automation')),
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  requested_by uuid references app_public.profiles on delete set null,
  input jsonb not null default '{}',
  output jsonb,
  error_code text,
  error_message text,
  attempts int not null default 0,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete set null (event_id)
);
create index on app_public.agent_runs (organization_id, created_at desc);
create index on app_public.agent_runs (event_id, organization_id);
create index on app_public.agent_runs (requested_by);
comment on table app_public.agent_runs is 'One request to an AI agent and its outcome.';
comment on column app_public.agent_runs.id is 'Unique identifier of the run.';
comment on column app_public.agent_runs.organization_id is 'Organization that requested the run.';
comment on column app_public.agent_runs.event_id is 'Event the run is about, if any.';
comment on column app_public.agent_runs.agent_type is 'model_casting, runway_timing, vendor_coordination, event_health, email_generation or whatsapp_automation.';
comment on column app_public.agent_runs.status is 'queued, running, succeeded, failed or cancelled.';
comment on column app_public.agent_runs.requested_by is 'Who asked for the run.';
comment on column app_public.agent_runs.input is 'What the agent was asked (ids and parameters, no personal contact data).';
comment on column app_public.agent_runs.output is 'Summary of the result.';
comment on column app_public.agent_runs.error_code is 'Stable error code when the run failed (e.g. RATE_LIMITED, AI_INVALID_OUTPUT).';
comment on column app_public.agent_runs.error_message is 'Human-readable explanation of the failure.';
comment on column app_public.agent_runs.attempts is 'How many times a worker picked the run up.';
comment on column app_public.agent_runs.started_at is 'When a worker first started the run.';
comment on column app_public.agent_runs.finished_at is 'When the run reached a final status.';
comment on column app_public.agent_runs.created_at is 'When the run was requested.';
comment on column app_public.agent_runs.updated_at is 'When the run last changed.';
create trigger _100_timestamps before insert or update on app_public.agent_runs
  for each row execute function app_private.tg__timestamps();

create table app_public.model_castings (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  talent_id uuid not null,
  brief_id uuid,
  status text not null default 'suggested' check (status in ('suggested', 'invited', 'confirmed', 'declined', 'backup')),
  ai_match_score int check (ai_match_score between 0 and 100),
  ai_reasoning text check (length(ai_reasoning) <= 1000),
  contact_priority text check (contact_priority in ('high', 'medium', 'low')),
  responded_at timestamptz,
  agent_run_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, talent_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade,
  foreign key (brief_id, organization_id) references app_public.casting_briefs (id, organization_id) on delete set null (brief_id),
  foreign key (agent_run_id, organization_id) references app_public.agent_runs (id, organization_id) on delete set null (agent_run_id)
);
create index on app_public.model_castings (organization_id, status);
create index on app_public.model_castings (talent_id, organization_id);
create index on app_public.model_castings (event_id, organization_id);
create index on app_public.model_castings (brief_id, organization_id);
create index on app_public.model_castings (agent_run_id, organization_id);
comment on table app_public.model_castings is 'A person considered for an event: suggested by an agent or added by hand, then invited, confirmed, declined or kept as backup.';
comment on column app_public.model_castings.id is 'Unique identifier of the casting.';
comment on column app_public.model_castings.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.model_castings.event_id is 'The event.';
comment on column app_public.model_castings.talent_id is 'The person from the roster.';
comment on column app_public.model_castings.brief_id is 'The brief this casting answers, if any.';
comment on column app_public.model_castings.status is 'suggested, invited, confirmed, declined or backup.';
comment on column app_public.model_castings.ai_match_score is 'How well the person fits the brief, 0 to 100, as scored by the agent.';
comment on column app_public.model_castings.ai_reasoning is 'The agent''s explanation, in Spanish.';
comment on column app_public.model_castings.contact_priority is 'high, medium or low: whom to contact first.';
comment on column app_public.model_castings.responded_at is 'When the person answered the invitation.';
comment on column app_public.model_castings.agent_run_id is 'The agent run that suggested this person.';
comment on column app_public.model_castings.created_at is 'When the casting was created.';
comment on column app_public.model_castings.updated_at is 'When the casting was last changed.';
create trigger _050_organization before insert on app_public.model_castings
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.model_castings
  for each row execute function app_private.tg__timestamps();

-- Only the worker (the owner role) writes and reads these: RLS denies every
-- request role, no grants are given, and the smart tag keeps the table out of
-- the GraphQL schema. Owners and admins see totals through ai_usage().
create table app_public.ai_agent_logs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid references app_public.organizations on delete cascade,
  agent_run_id uuid references app_public.agent_runs on delete set null,
  agent_type text not null,
  event_id uuid references app_public.events on delete set null,
  operation text not null,
  model text not null,
  input_data jsonb,
  output_data jsonb,
  prompt_tokens int,
  completion_tokens int,
  tokens_used int,
  latency_ms int,
  cost_usd numeric(12, 6) not null default 0,
  success boolean not null,
  error_message text,
  created_at timestamptz not null default now()
);
create index on app_public.ai_agent_logs (organization_id, created_at);
create index on app_public.ai_agent_logs (agent_run_id);
create index on app_public.ai_agent_logs (event_id);
create index on app_public.ai_agent_logs (created_at desc);
comment on table app_public.ai_agent_logs is E'@behavior -*\nOne call to an AI provider: model, tokens, latency, cost and outcome. Worker-only.';
comment on column app_public.ai_agent_logs.id is 'Unique identifier of the log row.';
comment on column app_public.ai_agent_logs.organization_id is 'Organization the call was made for.';
comment on column app_public.ai_agent_logs.agent_run_id is 'The agent run that made the call.';
comment on column app_public.ai_agent_logs.agent_type is 'Which agent made the call.';
comment on column app_public.ai_agent_logs.event_id is 'Event the call was about.';
comment on column app_public.ai_agent_logs.operation is 'What the call did, e.g. rank_candidates or repair.';
comment on column app_public.ai_agent_logs.model is 'Model name, or local for the deterministic local provider.';
comment on column app_public.ai_agent_logs.input_data is 'What was sent (never contact data).';
comment on column app_public.ai_agent_logs.output_data is 'What came back.';
comment on column app_public.ai_agent_logs.prompt_tokens is 'Prompt tokens billed.';
comment on column app_public.ai_agent_logs.completion_tokens is 'Completion tokens billed.';
comment on column app_public.ai_agent_logs.tokens_used is 'Total tokens billed.';
comment on column app_public.ai_agent_logs.latency_ms is 'Time the provider took to answer, in milliseconds.';
comment on column app_public.ai_agent_logs.cost_usd is 'Cost of the call in US dollars from the price table.';
comment on column app_public.ai_agent_logs.success is 'Whether the call produced a valid answer.';
comment on column app_public.ai_agent_logs.error_message is 'What went wrong, if anything.';
comment on column app_public.ai_agent_logs.created_at is 'When the call was made.';

/*==========================================================================
 * Runway
 *==========================================================================*/

create table app_public.runway_schedules (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  version int not null default 1 check (version > 0),
  status text not null default 'draft' check (status in ('draft', 'published')),
  starts_at timestamptz,
  agent_run_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, version),
  unique (id, organization_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (agent_run_id, organization_id) references app_public.agent_runs (id, organization_id) on delete set null (agent_run_id)
);
create index on app_public.runway_schedules (organization_id);
create index on app_public.runway_schedules (event_id, organization_id);
create index on app_public.runway_schedules (agent_run_id, organization_id);
comment on table app_public.runway_schedules is 'A version of the run of show for an event.';
comment on column app_public.runway_schedules.id is 'Unique identifier of the schedule.';
comment on column app_public.runway_schedules.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.runway_schedules.event_id is 'The event.';
comment on column app_public.runway_schedules.version is 'Version number, increasing per event.';
comment on column app_public.runway_schedules.status is 'draft or published.';
comment on column app_public.runway_schedules.starts_at is 'When the first look walks.';
comment on column app_public.runway_schedules.agent_run_id is 'The agent run that drafted this schedule, if any.';
comment on column app_public.runway_schedules.created_at is 'When the schedule was created.';
comment on column app_public.runway_schedules.updated_at is 'When the schedule was last changed.';
create trigger _050_organization before insert on app_public.runway_schedules
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.runway_schedules
  for each row execute function app_private.tg__timestamps();

create table app_public.runway_slots (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  schedule_id uuid not null,
  sequence int not null check (sequence > 0),
  look_id uuid,
  talent_id uuid,
  walk_starts_at interval not null check (walk_starts_at >= interval '0'),
  walk_seconds int not null default 45 check (walk_seconds between 5 and 600),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (schedule_id, sequence) deferrable initially deferred,
  foreign key (schedule_id, organization_id) references app_public.runway_schedules (id, organization_id) on delete cascade,
  foreign key (look_id, organization_id) references app_public.looks (id, organization_id) on delete set null (look_id),
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete set null (talent_id)
);
create index on app_public.runway_slots (organization_id);
create index on app_public.runway_slots (schedule_id, organization_id);
create index on app_public.runway_slots (look_id, organization_id);
create index on app_public.runway_slots (talent_id, organization_id);
comment on table app_public.runway_slots is 'One walk in a run of show: which look, which model, when.';
comment on column app_public.runway_slots.id is 'Unique identifier of the slot.';
comment on column app_public.runway_slots.organization_id is 'Organization of the schedule (set automatically).';
comment on column app_public.runway_slots.schedule_id is 'The schedule.';
comment on column app_public.runway_slots.sequence is 'Order of the walk (1 opens).';
comment on column app_public.runway_slots.look_id is 'The look worn.';
comment on column app_public.runway_slots.talent_id is 'The model walking.';
comment on column app_public.runway_slots.walk_starts_at is 'Offset from the schedule start when the walk begins.';
comment on column app_public.runway_slots.walk_seconds is 'Length of the walk in seconds.';
comment on column app_public.runway_slots.created_at is 'When the slot was created.';
comment on column app_public.runway_slots.updated_at is 'When the slot was last changed.';
create trigger _050_organization before insert on app_public.runway_slots
  for each row execute function app_private.tg__inherit_organization('runway_schedules', 'schedule_id');
create trigger _100_timestamps before insert or update on app_public.runway_slots
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Vendors and sponsors
 *==========================================================================*/

create table app_public.vendors (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  category text not null check (category in ('catering', 'lighting', 'sound', 'staging', 'security', 'photography', 'video', 'hair_makeup', 'models_agency', 'transport', 'printing', 'other')),
  city text not null,
  price_min_cop bigint check (price_min_cop >= 0),
  price_max_cop bigint check (price_max_cop >= 0),
  rating numeric(2, 1) check (rating between 0 and 5),
  contact_name text,
  contact_email citext check (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  contact_phone text check (contact_phone ~ '^\+?[0-9 ()-]{7,20}$'),
  website text check (website ~ '^https?://'),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  check (price_min_cop is null or price_max_cop is null or price_min_cop <= price_max_cop)
);
create index on app_public.vendors (organization_id, category, city);
comment on table app_public.vendors is 'Suppliers an organization works with: catering, lighting, sound, staging and more.';
comment on column app_public.vendors.id is 'Unique identifier of the vendor.';
comment on column app_public.vendors.organization_id is 'Organization that keeps this vendor record.';
comment on column app_public.vendors.name is 'Business name.';
comment on column app_public.vendors.category is 'catering, lighting, sound, staging, security, photography, video, hair_makeup, models_agency, transport, printing or other.';
comment on column app_public.vendors.city is 'City where the vendor operates.';
comment on column app_public.vendors.price_min_cop is 'Lowest typical price in whole Colombian pesos.';
comment on column app_public.vendors.price_max_cop is 'Highest typical price in whole Colombian pesos.';
comment on column app_public.vendors.rating is 'Rating from 0 to 5.';
comment on column app_public.vendors.contact_name is 'Business contact person.';
comment on column app_public.vendors.contact_email is 'Business email.';
comment on column app_public.vendors.contact_phone is 'Business phone.';
comment on column app_public.vendors.website is 'Website URL.';
comment on column app_public.vendors.notes is 'Internal notes.';
comment on column app_public.vendors.created_at is 'When the vendor was added.';
comment on column app_public.vendors.updated_at is 'When the vendor was last changed.';
create trigger _100_timestamps before insert or update on app_public.vendors
  for each row execute function app_private.tg__timestamps();

create table app_public.vendor_recommendations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  vendor_id uuid not null,
  category text not null check (category in ('catering', 'lighting', 'sound', 'staging', 'security', 'photography', 'video', 'hair_makeup', 'models_agency', 'transport', 'printing', 'other')),
  score int check (score between 0 and 100),
  reasoning text,
  status text not null default 'suggested' check (status in ('suggested', 'contacted', 'booked', 'rejected')),
  agent_run_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, vendor_id),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  foreign key (vendor_id, organization_id) references app_public.vendors (id, organization_id) on delete cascade,
  foreign key (agent_run_id, organization_id) references app_public.agent_runs (id, organization_id) on delete set null (agent_run_id)
);
create index on app_public.vendor_recommendations (organization_id);
create index on app_public.vendor_recommendations (event_id, organization_id);
create index on app_public.vendor_recommendations (vendor_id, organization_id);
create index on app_public.vendor_recommendations (agent_run_id, organization_id);
comment on table app_public.vendor_recommendations is 'A vendor suggested for an event, and what became of it.';
comment on column app_public.vendor_recommendations.id is 'Unique identifier of the recommendation.';
comment on column app_public.vendor_recommendations.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.vendor_recommendations.event_id is 'The event.';
comment on column app_public.vendor_recommendations.vendor_id is 'The vendor.';
comment on column app_public.vendor_recommendations.category is 'What the vendor would provide.';
comment on column app_public.vendor_recommendations.score is 'Fit from 0 to 100.';
comment on column app_public.vendor_recommendations.reasoning is 'Why this vendor, in Spanish.';
comment on column app_public.vendor_recommendations.status is 'suggested, contacted, booked or rejected.';
comment on column app_public.vendor_recommendations.agent_run_id is 'The agent run that made the recommendation, if any.';
comment on column app_public.vendor_recommendations.created_at is 'When the recommendation was made.';
comment on column app_public.vendor_recommendations.updated_at is 'When the recommendation was last changed.';
create trigger _050_organization before insert on app_public.vendor_recommendations
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.vendor_recommendations
  for each row execute function app_private.tg__timestamps();

create table app_public.sponsors (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  name text not null check (length(trim(name)) between 1 and 200),
  tier text not null default 'partner' check (tier in ('title', 'gold', 'silver', 'bronze', 'partner', 'in_kind')),
  amount_cop bigint not null default 0 check (amount_cop >= 0),
  status text not null default 'prospect' check (status in ('prospect', 'negotiating', 'confirmed', 'paid', 'declined')),
  contact_name text,
  contact_email citext check (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade
);
create index on app_public.sponsors (organization_id);
create index on app_public.sponsors (event_id, organization_id);
comment on table app_public.sponsors is 'Brands supporting an event, with money or in kind.';
comment on column app_public.sponsors.id is 'Unique identifier of the sponsorship.';
comment on column app_public.sponsors.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.sponsors.event_id is 'The event.';
comment on column app_public.sponsors.name is 'Sponsor brand.';
comment on column app_public.sponsors.tier is 'title, gold, silver, bronze, partner or in_kind.';
comment on column app_public.sponsors.amount_cop is 'Agreed amount in whole Colombian pesos.';
comment on column app_public.sponsors.status is 'prospect, negotiating, confirmed, paid or declined.';
comment on column app_public.sponsors.contact_name is 'Contact person at the sponsor.';
comment on column app_public.sponsors.contact_email is 'Contact email at the sponsor.';
comment on column app_public.sponsors.created_at is 'When the sponsorship was added.';
comment on column app_public.sponsors.updated_at is 'When the sponsorship was last changed.';
create trigger _050_organization before insert on app_public.sponsors
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.sponsors
  for each row execute function app_private.tg__timestamps();

/*==========================================================================
 * Tickets and bookings
 *==========================================================================*/

create table app_public.ticket_tiers (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  name text not null check (length(trim(name)) between 1 and 100),
  description text,
  price_cop bigint not null check (price_cop >= 0),
  quantity int not null check (quantity >= 0),
  sold_count int not null default 0 check (sold_count >= 0),
  sales_start_at timestamptz,
  sales_end_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  unique (event_id, name),
  check (sold_count <= quantity),
  check (sales_start_at is null or sales_end_at is null or sales_start_at < sales_end_at),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade
);
create index on app_public.ticket_tiers (organization_id);
create index on app_public.ticket_tiers (event_id, organization_id);
comment on table app_public.ticket_tiers is 'A kind of ticket for an event (general, VIP, front row...), with its price and stock.';
comment on column app_public.ticket_tiers.id is 'Unique identifier of the tier.';
comment on column app_public.ticket_tiers.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.ticket_tiers.event_id is 'The event.';
comment on column app_public.ticket_tiers.name is 'Tier name, e.g. General, VIP, Front Row.';
comment on column app_public.ticket_tiers.description is 'What the ticket includes.';
comment on column app_public.ticket_tiers.price_cop is 'Price per ticket in whole Colombian pesos.';
comment on column app_public.ticket_tiers.quantity is 'Tickets available in total.';
comment on column app_public.ticket_tiers.sold_count is 'Tickets held by pending or paid bookings; never above quantity.';
comment on column app_public.ticket_tiers.sales_start_at is 'When sales open (null: already open).';
comment on column app_public.ticket_tiers.sales_end_at is 'When sales close (null: until the event starts).';
comment on column app_public.ticket_tiers.created_at is 'When the tier was created.';
comment on column app_public.ticket_tiers.updated_at is 'When the tier was last changed.';
create trigger _050_organization before insert on app_public.ticket_tiers
  for each row execute function app_private.tg__inherit_organization('events', 'event_id');
create trigger _100_timestamps before insert or update on app_public.ticket_tiers
  for each row execute function app_private.tg__timestamps();

create table app_public.bookings (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  event_id uuid not null,
  tier_id uuid not null,
  profile_id uuid references app_public.profiles on delete set null,
  buyer_name text not null check (length(trim(buyer_name)) between 1 and 200),
  buyer_email citext not null check (buyer_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  quantity int not null check (quantity between 1 and 20),
  total_cop bigint not null check (total_cop >= 0),
  status text not null default 'pending' check (status in ('pending', 'paid', 'cancelled', 'refunded')),
  payment_provider text check (payment_provider in ('wompi', 'mercadopago', 'stripe', 'cash', 'free')),
  payment_reference text,
  check_in_code text not null unique default upper(encode(gen_random_bytes(5), 'hex')),
  checked_in_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete restrict,
  foreign key (tier_id, organization_id) references app_public.ticket_tiers (id, organization_id) on delete restrict
);
create index on app_public.bookings (organization_id, status);
create index on app_public.bookings (event_id, organization_id);
create index on app_public.bookings (tier_id, organization_id);
create index on app_public.bookings (profile_id);
comment on table app_public.bookings is 'Tickets bought for an event. Financial records: never deleted, only cancelled or refunded.';
comment on column app_public.bookings.id is 'Unique identifier of the booking.';
comment on column app_public.bookings.organization_id is 'Organization of the event (set automatically).';
comment on column app_public.bookings.event_id is 'The event.';
comment on column app_public.bookings.tier_id is 'The ticket tier bought.';
comment on column app_public.bookings.profile_id is 'The signed-in buyer, if they were signed in.';
comment on column app_public.bookings.buyer_name is 'Name of the buyer.';
comment on column app_public.bookings.buyer_email is 'Email where tickets are sent.';
comment on column app_public.bookings.quantity is 'Number of tickets (1 to 20).';
comment on column app_public.bookings.total_cop is 'Total price in whole Colombian pesos.';
comment on column app_public.bookings.status is 'pending, paid, cancelled or refunded.';
comment on column app_public.bookings.payment_provider is 'wompi, mercadopago, stripe, cash or free.';
comment on column app_public.bookings.payment_reference is 'The payment provider''s reference.';
comment on column app_public.bookings.check_in_code is 'Code shown at the door.';
comment on column app_public.bookings.checked_in_at is 'When the buyer checked in.';
comment on column app_public.bookings.created_at is 'When the booking was made.';
comment on column app_public.bookings.updated_at is 'When the booking was last changed.';
create trigger _100_timestamps before insert or update on app_public.bookings
  for each row execute function app_private.tg__timestamps();

-- Cancelling or refunding a booking puts its tickets back on sale.
create function app_private.tg_bookings__release_tickets() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if old.status in ('pending', 'paid') and new.status in ('cancelled', 'refunded') then
    update app_public.ticket_tiers set sold_count = sold_count - old.quantity where id = old.tier_id;
  elsif old.status in ('cancelled', 'refunded') and new.status in ('pending', 'paid') then
    raise exception 'A cancelled or refunded booking cannot be reopened.' using errcode = 'INVAL';
  end if;
  return new;
end;
$$;
create trigger _200_release_tickets after update of status on app_public.bookings
  for each row execute function app_private.tg_bookings__release_tickets();

create function app_public.book_tickets(tier_id uuid, quantity int, buyer_name text, buyer_email text)
returns app_public.bookings
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  tier app_public.ticket_tiers;
  event app_public.events;
  booking app_public.bookings;
begin
  if quantity is null or quantity < 1 or quantity > 20 then
    raise exception 'You can book between 1 and 20 tickets at a time.' using errcode = 'INVAL';
  end if;
  if buyer_name is null or length(trim(buyer_name)) = 0 then
    raise exception 'The buyer''s name is required.' using errcode = 'INVAL';
  end if;
  if buyer_email is null or buyer_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- The row lock serialises buyers of one tier, so stock can never go negative.
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
  if tier.sold_count + quantity > tier.quantity then
    raise exception 'Not enough tickets left (% available).', tier.quantity - tier.sold_count using errcode = 'SOLDO';
  end if;
  update app_public.ticket_tiers t set sold_count = t.sold_count + quantity where t.id = tier.id;
  insert into app_public.bookings (organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email,
                                   quantity, total_cop, status, payment_provider)
    values (tier.organization_id, tier.event_id, tier.id, app_public.current_profile_id(), trim(buyer_name),
            buyer_email, quantity, tier.price_cop * quantity,
            case when tier.price_cop = 0 then 'paid' else 'pending' end,
            case when tier.price_cop = 0 then 'free' end)
    returning * into booking;
  return booking;
end;
$$;
comment on function app_public.book_tickets(uuid, int, text, text) is 'Books tickets of a tier of a published event; never sells more than the tier''s quantity. Free tiers are paid at once; others stay pending until payment.';

/*==========================================================================
 * AI usage for owners and admins
 *==========================================================================*/

create type app_public.ai_usage_summary as (
  calls bigint,
  failures bigint,
  error_rate numeric,
  tokens bigint,
  cost_usd numeric
);
comment on type app_public.ai_usage_summary is 'AI calls, failures, tokens and cost over a period.';

create function app_public.ai_usage(since timestamptz, organization_id uuid default null)
returns app_public.ai_usage_summary
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select count(*),
         count(*) filter (where not l.success),
         coalesce(round(count(*) filter (where not l.success)::numeric / nullif(count(*), 0), 4), 0),
         coalesce(sum(l.tokens_used), 0),
         coalesce(sum(l.cost_usd), 0)
    from app_public.ai_agent_logs l
   where l.created_at >= since
     and l.organization_id = any(app_private.organization_ids_with_role('{owner,admin}'))
     and (ai_usage.organization_id is null or l.organization_id = ai_usage.organization_id);
$$;
comment on function app_public.ai_usage(timestamptz, uuid) is 'AI usage since a moment, over the organizations where the caller is owner or admin (or one of them).';
