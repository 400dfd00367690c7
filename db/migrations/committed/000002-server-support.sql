--! Previous: sha1:826510f19e4c2d3b9b79df189ceff4802bd8f4c0
--! Hash: sha1:29351269eea02738b56995a9693cf557a001db64
--! Message: server support

-- What the API server and worker need besides the data model: worker
-- heartbeats for /health, the shared rate-limit store, and identity
-- provider (Clerk) profile sync.

drop table if exists app_private.worker_heartbeats;
create table app_private.worker_heartbeats (
  worker_id text primary key,
  last_seen_at timestamptz not null default now()
);
comment on table app_private.worker_heartbeats is 'Each worker process upserts its row while it runs; /health reports the age of the newest.';

-- The layout rate-limiter-flexible's RateLimiterPostgres expects, created
-- here so the server never changes the schema at run time.
drop table if exists app_private.rate_limits;
create table app_private.rate_limits (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);
comment on table app_private.rate_limits is 'Shared request counters when RATE_LIMIT_STORE=postgres.';

-- Called by the Clerk webhook (signature already verified). Links an
-- existing password account with the same email the first time, so one
-- person keeps one profile.
create or replace function app_private.upsert_profile_from_identity(subject text, email text, full_name text, avatar_url text)
returns uuid
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  profile_id uuid;
begin
  update app_public.profiles p
     set email = upsert_profile_from_identity.email,
         full_name = coalesce(nullif(trim(upsert_profile_from_identity.full_name), ''), p.full_name),
         avatar_url = coalesce(upsert_profile_from_identity.avatar_url, p.avatar_url)
   where p.auth_subject = subject
  returning p.id into profile_id;
  if profile_id is null then
    update app_public.profiles p
       set auth_subject = subject,
           avatar_url = coalesce(upsert_profile_from_identity.avatar_url, p.avatar_url)
     where p.email = upsert_profile_from_identity.email::citext and p.auth_subject is null
    returning p.id into profile_id;
  end if;
  if profile_id is null then
    insert into app_public.profiles (email, full_name, avatar_url, auth_subject)
      values (upsert_profile_from_identity.email, coalesce(nullif(trim(upsert_profile_from_identity.full_name), ''), split_part(upsert_profile_from_identity.email, '@', 1)),
              upsert_profile_from_identity.avatar_url, subject)
      returning id into profile_id;
  end if;
  return profile_id;
end;
$$;
comment on function app_private.upsert_profile_from_identity(text, text, text, text) is 'Creates or updates the profile of an external identity (Clerk user.created / user.updated).';

-- user.deleted: remove the profile; when it is the last owner of an
-- organization, detach the identity instead so the organization keeps an owner.
create or replace function app_private.forget_identity(subject text) returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  target uuid;
begin
  select id into target from app_public.profiles where auth_subject = subject;
  if target is null then
    return 'unknown';
  end if;
  begin
    delete from app_public.profiles where id = target;
    return 'deleted';
  exception when sqlstate 'OWNER' then
    update app_public.profiles set auth_subject = null where id = target;
    update app_private.sessions set revoked_at = now() where profile_id = target and revoked_at is null;
    return 'detached';
  end;
end;
$$;
comment on function app_private.forget_identity(text) is 'Removes (or, for a last owner, detaches) the profile of a deleted external identity.';
