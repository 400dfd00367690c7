--! Previous: sha1:566d98467fab349de12617de23fc12913fee10a1
--! Hash: sha1:a2247b1db18c11113303707aa17b5a2b7807c535
--! Message: identity hardening after the outside attack: revoked sessions, equal sign-in work, pending registrations, invitation limits, mail pace, whole-word erasure, look model lock

-- Identity hardening after the outside attack (attack-report-1: M2, M4, M5,
-- M6, L2, L4; L1 is in db/rls/organizations.sql).
--
-- M5  Trust is decided by the role a statement runs as, never by "nobody is
--     signed in": a request role (anonymous, member) is checked against its
--     own organizations even when it has no profile, and a session claim
--     whose session was revoked or expired raises RVOKD (the API answers 401
--     UNAUTHENTICATED) instead of running as a member with no profile.
-- M6  authenticate does the same work for every failure: one bcrypt check
--     (a decoy hash for an unknown address or an account without a
--     password) and one upsert of a failure counter keyed by a digest of the
--     address, never a lock on the account's row.
-- M4  A registration no longer touches an existing account: each keeps its
--     own credentials with its own token (app_private.pending_registrations)
--     until its link is followed with its password (complete_registration);
--     then, and only then, the account is that registration's.
-- M2  Invitations are capped per inviter, per organization and per recipient
--     (app_private.invitation_limits); account mails carry no self-declared
--     name in the verification mail and no free text in any subject; the mail
--     task paces all account mail (app_private.account_mail_rate).
-- L2  Erasure matches names as whole words, whatever the case and accents.
-- L4  A look's model is checked under a share lock on the casting.

/*==========================================================================
 * M5. Request roles and revoked sessions
 *==========================================================================*/

create or replace function app_private.is_request_role() returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select current_setting('role') in (':DATABASE_ANONYMOUS', ':DATABASE_MEMBER');
$$;
comment on function app_private.is_request_role() is
  'Whether the statement runs for an API request (the anonymous or member role the authenticator switched to), as opposed to the owner (worker, migrations, fixtures). Read from the role setting, which SECURITY DEFINER functions do not change. Trust is decided by this, never by whether a profile is signed in.';

create or replace function app_public.current_profile_id() returns uuid
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  claim text := current_setting('jwt.claims.session_id', true);
  result uuid;
begin
  if coalesce(claim, '') = '' then
    select p.id into result from app_public.profiles p
     where p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), '');
    return result;
  end if;
  if claim ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select s.profile_id into result from app_private.sessions s
     where s.id = claim::uuid and s.revoked_at is null and s.expires_at > now();
  end if;
  if result is null and app_private.is_request_role() then
    -- A request that claims a session which is gone (signed out, signed out
    -- everywhere, expired, or its account's password was dropped) is not a
    -- member with no profile: it is not signed in at all.
    raise exception 'Your session has ended (you signed out, or it expired or was revoked). Sign in again.'
      using errcode = 'RVOKD';
  end if;
  return result;
end;
$$;
comment on function app_public.current_profile_id() is
  'The signed-in profile: the live session''s (jwt.claims.session_id), else the identity-provider subject''s (jwt.claims.auth_subject), else null. For an API request whose session claim names a revoked, expired or unknown session it raises RVOKD (UNAUTHENTICATED / SESSION_REVOKED, HTTP 401); for the owner (worker, fixtures) it returns null.';

create or replace function app_private.tg__inherit_organization() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  parent_table text := tg_argv[0];
  parent_column text := tg_argv[1];
  parent_id uuid := (to_jsonb(new) ->> parent_column)::uuid;
  parent_organization uuid;
  callers_organizations uuid[];
begin
  if parent_id is null then
    return new;
  end if;
  -- Who is asking comes first, before anything is said about the parent: a
  -- request with a dead session is refused (RVOKD) whatever it names.
  if app_private.is_request_role() then
    callers_organizations := app_public.current_organization_ids();
  end if;
  execute format('select organization_id from app_public.%I where id = $1', parent_table)
    into parent_organization using parent_id;
  -- A request may only attach rows to parents of its own organizations; a
  -- parent elsewhere is answered like a missing one. Only the owner (the
  -- worker, fixtures) is trusted, and a request with no profile has no
  -- organizations.
  if parent_organization is null
     or (callers_organizations is not null and not (parent_organization = any(callers_organizations))) then
    raise exception 'The referenced % does not exist.', parent_table using errcode = 'NTFND';
  end if;
  new.organization_id := parent_organization;
  return new;
end;
$$;
comment on function app_private.tg__inherit_organization() is
  'Copies organization_id from the parent row named by the trigger arguments (table, column). For a request role, a parent outside the caller''s organizations is NTFND, exactly like a missing one.';

create or replace function app_private.tg__person_is_member() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person_column text := tg_argv[0];
  person uuid := (to_jsonb(new) ->> person_column)::uuid;
  organization uuid := (to_jsonb(new) ->> 'organization_id')::uuid;
  constraint_name text;
begin
  -- For a request outside the row's organization (including one with no
  -- profile) say nothing and let row-level security refuse the row, so the
  -- answer is the same whoever the person is.
  if person is null
     or (tg_op = 'UPDATE' and person is not distinct from (to_jsonb(old) ->> person_column)::uuid)
     or (app_private.is_request_role() and not (organization = any(app_public.current_organization_ids())))
     or exists (select 1 from app_public.memberships m where m.organization_id = organization and m.profile_id = person) then
    return new;
  end if;
  select c.conname into constraint_name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
   where c.conrelid = tg_relid and c.contype = 'f' and c.confrelid = 'app_public.profiles'::regclass
     and a.attname = person_column;
  raise exception 'insert or update on table "%" violates foreign key constraint "%"', tg_table_name, constraint_name
    using errcode = 'foreign_key_violation',
          detail = format('Key (%s)=(%s) is not present in table "profiles".', person_column, person),
          schema = tg_table_schema, table = tg_table_name, constraint = constraint_name;
end;
$$;
comment on function app_private.tg__person_is_member() is
  'Refuses a person (profile id in the column named by the trigger argument) who is not a member of the row''s organization, with the very error the foreign key gives for an id that does not exist (23503). A request outside the row''s organization is left to row-level security, whoever the person is.';

/*==========================================================================
 * M6. authenticate: the same work on every path
 *==========================================================================*/

drop table if exists app_private.sign_in_failures;
create table app_private.sign_in_failures (
  email_digest bytea primary key,
  failures int not null default 0 check (failures >= 0),
  last_failed_at timestamptz not null
);
create index on app_private.sign_in_failures (last_failed_at);
comment on table app_private.sign_in_failures is
  'Failed sign-ins per attempted address, keyed by SHA-256 of the lower-cased address whether or not it has an account, so recording a failure is the same work for both (attack-report M6). A successful sign-in deletes its row.';

create or replace function app_private.email_digest(email text) returns bytea
language sql immutable strict set search_path = pg_catalog, public, pg_temp as $$
  select public.digest(lower(trim(email)), 'sha256');
$$;
comment on function app_private.email_digest(text) is 'SHA-256 of the trimmed, lower-cased address: the key of sign_in_failures and invitation_log.';

alter table app_private.profile_secrets drop column if exists failed_sign_ins;
alter table app_private.profile_secrets drop column if exists last_failed_sign_in_at;

create or replace function app_private.start_session(profile uuid) returns app_public.jwt_token
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  session app_private.sessions;
  address citext;
begin
  insert into app_private.sessions (profile_id) values (profile) returning * into session;
  update app_private.profile_secrets set last_sign_in_at = now() where profile_id = profile;
  select p.email into address from app_public.profiles p where p.id = profile;
  delete from app_private.sign_in_failures f where f.email_digest = app_private.email_digest(address);
  return (session.profile_id, session.id, extract(epoch from session.expires_at)::bigint)::app_public.jwt_token;
end;
$$;
comment on function app_private.start_session(uuid) is 'Starts a 30-day session for the profile (its failed sign-ins are forgotten) and returns the JWT payload.';

create or replace function app_public.authenticate(email text, password text) returns app_public.jwt_token
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  account_id uuid;
  stored_hash text;
  -- bcrypt of a random password nobody knows, at the cost gen_salt('bf')
  -- gives every real hash (6): an unknown address, or an account without a
  -- password (identity provider), is checked against it, so every path
  -- hashes exactly once.
  decoy constant text := '$2a$06$ztx.W6XNM8UqgAsu..rSbuOHAdlCWHvpwkZCFCXPuJUQZBuVAQWZW';
  checked text;
begin
  select p.id, s.password_hash into account_id, stored_hash
    from app_public.profiles p
    left join app_private.profile_secrets s on s.profile_id = p.id
   where p.email = authenticate.email::citext;
  checked := coalesce(stored_hash, decoy);
  if public.crypt(password, checked) = checked and stored_hash is not null then
    return app_private.start_session(account_id);
  end if;
  -- Every failure writes the same one row (no lock on the account): the
  -- answer's timing does not say whether the address has an account.
  insert into app_private.sign_in_failures as f (email_digest, failures, last_failed_at)
    values (app_private.email_digest(authenticate.email), 1, now())
    on conflict (email_digest) do update set failures = f.failures + 1, last_failed_at = excluded.last_failed_at;
  return null;
end;
$$;
comment on function app_public.authenticate(text, text) is
  'Signs in with email and password. Returns null when the address is unknown, belongs to an identity-provider account (no password) or the password is wrong, without saying which, and with the same work on every failure (one password check, one failure count per attempted address), so timing does not tell either.';

/*==========================================================================
 * M4. Registrations keep their own credentials until their link is used
 *==========================================================================*/

drop table if exists app_private.pending_registrations;
create table app_private.pending_registrations (
  id uuid primary key default gen_random_uuid(),
  email citext not null check (length(email) <= 320),
  full_name text not null check (length(full_name) between 1 and 200),
  password_hash text not null,
  token_hash text not null unique,
  locale text not null default 'es-CO' check (locale in ('es-CO', 'en')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index on app_private.pending_registrations (email, created_at);
comment on table app_private.pending_registrations is
  'One row per register() of an address nobody owns yet: that registration''s name, password (bcrypt) and language with the SHA-256 of its own link''s token, until it expires (identity_settings.email_verification_ttl) or one registration of the address is completed (complete_registration), which makes the account that registration''s and deletes the others. Several strangers may register one address; none of them changes another''s.';

-- Verification mails no longer carry the self-declared name (attack-report M2).
create or replace function app_private.issue_email_verification(profile_id uuid) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  settings app_private.identity_settings := app_private.identity_settings();
  profile app_public.profiles;
  token text := encode(gen_random_bytes(32), 'hex');
  expires timestamptz := now() + settings.email_verification_ttl;
begin
  select p.* into profile from app_public.profiles p where p.id = issue_email_verification.profile_id;
  if profile.id is null or profile.email_verified_at is not null then
    return false;
  end if;
  if (select count(*) from app_private.email_verification_tokens t
       where t.profile_id = profile.id and t.created_at > now() - interval '1 hour') >= settings.verification_emails_per_hour then
    return false;
  end if;
  insert into app_private.email_verification_tokens (profile_id, email, token_hash, expires_at)
    values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), expires);
  perform app_private.enqueue_account_email('verify_email', profile.email, profile.locale,
    jsonb_build_object('token', token, 'expiresAt', expires));
  return true;
end;
$$;
comment on function app_private.issue_email_verification(uuid) is
  'For a signed-in account whose address is not verified (an identity-provider account, or one from before pending registrations): a verification token (stored hashed, expiring after identity_settings.email_verification_ttl) and its mail; false when verified already or over verification_emails_per_hour for this account. Only that account''s own session spends its budget.';

-- register gains the registrant's language (the dashboard's), for the mail and the account.
drop function if exists app_public.register(text, text, text);
create or replace function app_public.register(email text, password text, full_name text, locale text default 'es-CO')
returns boolean
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  existing app_public.profiles;
  hash text;
  settings app_private.identity_settings := app_private.identity_settings();
  noticed timestamptz;
  token text;
  expires timestamptz := now() + settings.email_verification_ttl;
begin
  if length(password) < 10 then
    raise exception 'Password must be at least 10 characters long.' using errcode = 'WEAKP';
  end if;
  if email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  if length(trim(full_name)) = 0 then
    raise exception 'Full name is required.' using errcode = 'INVAL';
  end if;
  if length(trim(full_name)) > 200 then
    raise exception 'Full name is too long (at most 200 characters).' using errcode = 'INVAL';
  end if;
  if register.locale not in ('es-CO', 'en') then
    raise exception 'Unknown language (es-CO or en).' using errcode = 'INVAL';
  end if;
  -- Every branch hashes once, so timing does not tell them apart either.
  hash := crypt(password, gen_salt('bf'));
  select p.* into existing from app_public.profiles p where p.email = register.email::citext;

  if existing.id is null
     or (existing.email_verified_at is null and existing.auth_subject is null
         and not exists (select 1 from app_public.memberships m where m.profile_id = existing.id)) then
    -- Nobody owns the address yet. This registration keeps its own
    -- credentials with its own token; nothing else changes (no password is
    -- replaced, nobody is signed out), so a stranger's registration can
    -- neither take over nor block anyone else's.
    delete from app_private.pending_registrations r where r.email = register.email::citext and r.expires_at <= now();
    token := encode(gen_random_bytes(32), 'hex');
    insert into app_private.pending_registrations (email, full_name, password_hash, token_hash, locale, expires_at)
      values (register.email, trim(register.full_name), hash, encode(digest(token, 'sha256'), 'hex'), register.locale,
              expires);
    perform app_private.enqueue_account_email('confirm_registration', register.email, register.locale,
      jsonb_build_object('token', token, 'expiresAt', expires));
  else
    -- The address has an owner: tell them (at most once per interval), change nothing.
    perform pg_advisory_xact_lock(hashtextextended('register-notice:' || existing.id, 0));
    select n.last_sent_at into noticed from app_private.registration_notices n where n.profile_id = existing.id;
    if noticed is null or noticed < now() - settings.registration_notice_interval then
      insert into app_private.registration_notices (profile_id, last_sent_at) values (existing.id, now())
        on conflict (profile_id) do update set last_sent_at = excluded.last_sent_at;
      perform app_private.enqueue_account_email('account_exists', existing.email, existing.locale,
        jsonb_build_object('name', existing.full_name, 'viaIdentityProvider', existing.auth_subject is not null));
    end if;
  end if;
  return true;
end;
$$;
comment on function app_public.register(text, text, text, text) is
  'Starts a registration: answers true for every valid input, whether or not the email already has an account (no enumeration). An address nobody owns gets a pending registration holding this name and password with its own link (mailed; the account exists once the link is followed with this password, see complete_registration); an address whose account is verified, linked to an identity provider or holds memberships is only told by mail that someone tried to register. Never changes an existing account. locale (es-CO, the default, or en: the language the registrant used) is the language of the link''s mail and of the account it makes. Errors: WEAKP (password under 10 characters), EMAIL, INVAL (blank or over 200 characters name, unknown locale).';

drop function if exists app_public.complete_registration(text, text);
create function app_public.complete_registration(token text, password text) returns app_public.jwt_token
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  token_digest text := encode(digest(complete_registration.token, 'sha256'), 'hex');
  registration app_private.pending_registrations;
  profile app_public.profiles;
begin
  select r.* into registration from app_private.pending_registrations r where r.token_hash = token_digest;
  if registration.id is null or registration.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Register again to get a new one.' using errcode = 'NTFND';
  end if;
  -- The link proves the mailbox; the password proves this is the person who
  -- registered. Neither alone makes an account.
  if crypt(complete_registration.password, registration.password_hash) <> registration.password_hash then
    raise exception 'That is not the password chosen when registering with this link.' using errcode = 'CREDS';
  end if;
  -- Completions of one address run one at a time (a second one sees the first's account).
  perform pg_advisory_xact_lock(hashtextextended('register:' || lower(registration.email), 0));
  select r.* into registration from app_private.pending_registrations r where r.token_hash = token_digest for update;
  if registration.id is null then
    raise exception 'That link is invalid, was already used or has expired. Register again to get a new one.' using errcode = 'NTFND';
  end if;
  select p.* into profile from app_public.profiles p where p.email = registration.email for update;
  if profile.id is null then
    insert into app_public.profiles (email, full_name, locale, email_verified_at)
      values (registration.email, registration.full_name, registration.locale, now())
      returning * into profile;
    insert into app_private.profile_secrets (profile_id, password_hash) values (profile.id, registration.password_hash);
  elsif profile.email_verified_at is null and profile.auth_subject is null
        and not exists (select 1 from app_public.memberships m where m.profile_id = profile.id) then
    -- An unverified account from before pending registrations: nobody proved
    -- they own the address, and it holds nothing. This registration takes it
    -- over; whoever set its password is signed out.
    update app_public.profiles p
       set full_name = registration.full_name, locale = registration.locale, email_verified_at = now()
     where p.id = profile.id returning * into profile;
    insert into app_private.profile_secrets (profile_id, password_hash) values (profile.id, registration.password_hash)
      on conflict (profile_id) do update set password_hash = excluded.password_hash;
    update app_private.sessions s set revoked_at = now() where s.profile_id = profile.id and s.revoked_at is null;
    update app_private.email_verification_tokens t set used_at = now() where t.profile_id = profile.id and t.used_at is null;
  else
    raise exception 'This address already has an account: sign in instead.' using errcode = 'NUNIQ';
  end if;
  -- The address is owned now: every other registration of it dies.
  delete from app_private.pending_registrations r where r.email = registration.email;
  return app_private.start_session(profile.id);
end;
$$;
comment on function app_public.complete_registration(text, text) is
  'Follows a registration''s link: with its token (from the mail) and the password chosen when registering, creates the account as that registration made it (verified) and returns the JWT payload of a new session; the address''s other pending registrations die. Errors: NTFND (unknown, used or expired link), CREDS (not that registration''s password), NUNIQ (the address got an account meanwhile: sign in).';

/*==========================================================================
 * M2. Invitations: limits, and no free text where a mail client trusts it
 *==========================================================================*/

drop table if exists app_private.invitation_limits;
create table app_private.invitation_limits (
  id boolean primary key default true check (id),
  per_inviter_limit int not null default 20 check (per_inviter_limit >= 0),
  per_inviter_window interval not null default interval '1 hour' check (per_inviter_window > interval '0'),
  per_inviter_daily_limit int not null default 100 check (per_inviter_daily_limit >= 0),
  per_organization_limit int not null default 200 check (per_organization_limit >= 0),
  per_organization_window interval not null default interval '1 day' check (per_organization_window > interval '0'),
  per_recipient_limit int not null default 5 check (per_recipient_limit >= 0),
  per_recipient_window interval not null default interval '1 day' check (per_recipient_window > interval '0')
);
insert into app_private.invitation_limits default values;
comment on table app_private.invitation_limits is
  'Invitation limits (one row; change with SQL, e.g. update app_private.invitation_limits set per_organization_limit = 500): per inviter 20 an hour and 100 a day, per organization 200 a day, per recipient address 5 a day across all organizations. Over a limit invite_to_organization raises RLIMT.';

drop table if exists app_private.invitation_log;
create table app_private.invitation_log (
  id bigint generated always as identity primary key,
  inviter uuid not null,
  organization_id uuid not null,
  recipient_digest bytea not null,
  created_at timestamptz not null default now()
);
create index on app_private.invitation_log (inviter, created_at);
create index on app_private.invitation_log (organization_id, created_at);
create index on app_private.invitation_log (recipient_digest, created_at);
create index on app_private.invitation_log (created_at);
comment on table app_private.invitation_log is
  'Every invitation sent, for the limits only: who sent it, from which organization, to which address (its SHA-256, not the address), when. No foreign keys, so deleting an organization or an account does not reset the counts; rows older than two days are deleted as new ones arrive.';

create or replace function app_private.check_invitation_limits(organization uuid, recipient text) returns void
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  limits app_private.invitation_limits;
  me uuid := app_public.current_profile_id();
  recipient_key bytea := app_private.email_digest(recipient);
begin
  select * into limits from app_private.invitation_limits;
  -- Counted under locks (always taken in this order) so concurrent
  -- invitations cannot all see the count below the limit.
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:inviter:' || me::text, 0));
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:organization:' || organization::text, 0));
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:recipient:' || encode(recipient_key, 'hex'), 0));
  if (select count(*) from app_private.invitation_log l
       where l.inviter = me and l.created_at > now() - limits.per_inviter_window) >= limits.per_inviter_limit
     or (select count(*) from app_private.invitation_log l
          where l.inviter = me and l.created_at > now() - interval '1 day') >= limits.per_inviter_daily_limit then
    raise exception 'You have sent too many invitations. Try again later.' using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_private.invitation_log l
       where l.organization_id = organization and l.created_at > now() - limits.per_organization_window) >= limits.per_organization_limit then
    raise exception 'This organization has sent too many invitations today. Try again tomorrow.' using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_private.invitation_log l
       where l.recipient_digest = recipient_key and l.created_at > now() - limits.per_recipient_window) >= limits.per_recipient_limit then
    raise exception 'That address has received too many invitations today. Try again tomorrow.' using errcode = 'RLIMT';
  end if;
  delete from app_private.invitation_log l where l.created_at < now() - interval '2 days';
  insert into app_private.invitation_log (inviter, organization_id, recipient_digest) values (me, organization, recipient_key);
end;
$$;
comment on function app_private.check_invitation_limits(uuid, text) is
  'Raises RLIMT when the signed-in inviter, the organization or the recipient address is over its invitation_limits; otherwise counts this invitation. Serialised per inviter, organization and recipient.';

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
  perform app_private.check_invitation_limits(invite_to_organization.organization_id, invite_to_organization.email);
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
  -- The organization's and the inviter's names are free text the inviter
  -- chose: the mail shows them only quoted and labelled, never in the subject.
  perform app_private.enqueue_account_email('invitation', invitation.email, inviter.locale,
    jsonb_build_object('token', token, 'organizationName', org.name, 'inviterName', inviter.full_name,
                       'inviterEmail', inviter.email, 'role', invitation.role, 'expiresAt', invitation.expires_at));
  return token;
end;
$$;
comment on function app_public.invite_to_organization(uuid, text, text) is
  'Invites an email address with a role (admins; owners for the owner role), replacing an open invitation to the same address, and mails the invitation. Returns the secret token (also in the mail), shown only once; only an account whose verified email is the invited one can use it. Expires after identity_settings.invitation_ttl (7 days). Limited per inviter, organization and recipient (app_private.invitation_limits). Errors: LOGIN, DNIED, INVAL, EMAIL, RLIMT.';

/*==========================================================================
 * M2. One pace for all account mail (the mail task asks for a slot)
 *==========================================================================*/

drop table if exists app_private.account_mail_rate;
create table app_private.account_mail_rate (
  id boolean primary key default true check (id),
  mails int not null default 60 check (mails >= 1),
  per interval not null default interval '1 minute' check (per > interval '0'),
  next_slot_at timestamptz not null default '-infinity'
);
insert into app_private.account_mail_rate default values;
comment on table app_private.account_mail_rate is
  'The global pace of account mail (one row): at most `mails` per `per` (default 60 a minute) in bursts of up to `mails`, then evenly spaced. next_slot_at is the state (the theoretical arrival time of the generic cell rate algorithm). Change with SQL, e.g. update app_private.account_mail_rate set mails = 300.';

create or replace function app_private.reserve_account_mail_slot() returns timestamptz
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  rate app_private.account_mail_rate;
  spacing interval;
  theoretical timestamptz;
  send_at timestamptz;
begin
  select * into rate from app_private.account_mail_rate where id for update;
  spacing := rate.per / rate.mails;
  theoretical := greatest(rate.next_slot_at, now());
  -- A burst of up to `mails` goes at once; later mails wait their turn.
  send_at := greatest(now(), theoretical - (rate.per - spacing));
  update app_private.account_mail_rate set next_slot_at = theoretical + spacing where id;
  return send_at;
end;
$$;
comment on function app_private.reserve_account_mail_slot() is
  'Reserves the next send slot under account_mail_rate and returns when that mail may go (now, or later when over the rate). The mail task (tasks/mail/send-account-email.ts) reschedules a mail whose slot is later instead of dropping it.';

/*==========================================================================
 * Identity-provider linking: the failure counter moved (M6)
 *==========================================================================*/

create or replace function app_private.link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text)
returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  profile app_public.profiles;
  holder app_public.profiles;
  name text := left(coalesce(nullif(trim(link_identity.full_name), ''), split_part(link_identity.email, '@', 1)), 200);
begin
  select p.* into profile from app_public.profiles p where p.auth_subject = link_identity.subject for update;
  if profile.id is not null then
    if profile.email = link_identity.email::citext then
      update app_public.profiles p
         set full_name = name,
             avatar_url = coalesce(link_identity.avatar_url, p.avatar_url),
             email_verified_at = coalesce(p.email_verified_at, case when email_verified then now() end)
       where p.id = profile.id;
      return jsonb_build_object('outcome', 'updated', 'profileId', profile.id);
    end if;
    if exists (select 1 from app_public.profiles p where p.email = link_identity.email::citext) then
      -- Another account holds the new address: keep the old one.
      update app_public.profiles p set full_name = name, avatar_url = coalesce(link_identity.avatar_url, p.avatar_url)
       where p.id = profile.id;
      return jsonb_build_object('outcome', 'email_taken', 'profileId', profile.id);
    end if;
    update app_public.profiles p
       set email = link_identity.email, full_name = name,
           avatar_url = coalesce(link_identity.avatar_url, p.avatar_url),
           email_verified_at = case when email_verified then now() end
     where p.id = profile.id;
    update app_private.email_verification_tokens t set used_at = now() where t.profile_id = profile.id and t.used_at is null;
    return jsonb_build_object('outcome', 'updated', 'profileId', profile.id);
  end if;

  select p.* into holder from app_public.profiles p where p.email = link_identity.email::citext for update;
  if holder.id is null then
    insert into app_public.profiles (email, full_name, avatar_url, auth_subject, email_verified_at)
      values (link_identity.email, name, link_identity.avatar_url, link_identity.subject,
              case when email_verified then now() end)
      returning * into profile;
    if email_verified then
      -- The provider proved who owns the address: pending registrations of it die.
      delete from app_private.pending_registrations r where r.email = link_identity.email::citext;
    end if;
    return jsonb_build_object('outcome', 'created', 'profileId', profile.id);
  end if;
  if holder.auth_subject is not null then
    return jsonb_build_object('outcome', 'not_linked_email_taken', 'profileId', null);
  end if;
  if not email_verified then
    -- The provider has not verified the address: it proves nothing about who owns this account.
    return jsonb_build_object('outcome', 'not_linked_unverified', 'profileId', null);
  end if;
  delete from app_private.pending_registrations r where r.email = link_identity.email::citext;
  if holder.email_verified_at is not null then
    update app_public.profiles p set auth_subject = link_identity.subject, avatar_url = coalesce(link_identity.avatar_url, p.avatar_url)
     where p.id = holder.id;
    return jsonb_build_object('outcome', 'linked', 'profileId', holder.id);
  end if;
  -- The account claims an address its password holder never verified; the
  -- provider says this identity owns it. The identity takes the account over.
  update app_public.profiles p
     set auth_subject = link_identity.subject, full_name = name, avatar_url = link_identity.avatar_url,
         email_verified_at = now()
   where p.id = holder.id;
  update app_private.profile_secrets s set password_hash = null where s.profile_id = holder.id;
  update app_private.sessions s set revoked_at = now() where s.profile_id = holder.id and s.revoked_at is null;
  update app_private.email_verification_tokens t set used_at = now() where t.profile_id = holder.id and t.used_at is null;
  return jsonb_build_object('outcome', 'linked_password_dropped', 'profileId', holder.id);
end;
$$;
comment on function app_private.link_identity(text, text, boolean, text, text) is 'Creates, updates or links the profile of an identity-provider user (Clerk user.created / user.updated). Links to an existing account by email only when the provider verified the email; drops the password and sessions of an account whose email its password holder never verified; a provider-verified address ends its pending registrations. Returns {outcome, profileId}.';

/*==========================================================================
 * L2. Erasure: names as whole words, whatever the case and accents
 *==========================================================================*/

create extension if not exists unaccent with schema public;

create or replace function app_private.name_pattern(name text) returns text
language plpgsql stable strict set search_path = pg_catalog, public, pg_temp as $$
declare
  words text[] := regexp_split_to_array(public.unaccent(lower(trim(name))), '[[:space:]]+');
  word text;
  letter text;
  part text;
  parts text[] := '{}';
begin
  foreach word in array words loop
    part := '';
    foreach letter in array regexp_split_to_array(word, '') loop
      part := part || case letter
        when 'a' then '[aáàâäãåā]' when 'e' then '[eéèêëē]' when 'i' then '[iíìîïī]'
        when 'o' then '[oóòôöõøō]' when 'u' then '[uúùûüū]' when 'n' then '[nñ]'
        when 'c' then '[cç]' when 'y' then '[yýÿ]'
        -- Letters and digits are themselves; anything else is escaped (a
        -- backslash before a non-alphanumeric character is that character).
        else case when letter ~ '^[[:alnum:]]$' then letter else '\' || letter end
      end;
    end loop;
    parts := parts || part;
  end loop;
  -- Whole words only: no letter, digit or underscore right before or after.
  return '(?<![[:alnum:]_])' || array_to_string(parts, '[[:space:]]+') || '(?![[:alnum:]_])';
end;
$$;
comment on function app_private.name_pattern(text) is
  'A regular expression (use it with the case-insensitive flag) that finds a name as whole words in any case and with or without accents: "Ángela Gómez" finds "angela  GOMEZ" but not "Teo" inside "Mateo". For erase_talent.';

create or replace function app_private.erasure_patterns(names text[]) returns text[]
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  -- Longest first, so a full name goes as a whole before a shorter name inside it.
  select coalesce(array_agg(app_private.name_pattern(n) order by length(trim(n)) desc, n), '{}')
    from (select distinct trim(u.raw) as n from unnest(coalesce(names, '{}')) as u(raw) where length(trim(u.raw)) >= 3) found;
$$;
comment on function app_private.erasure_patterns(text[]) is 'The name patterns of a person''s names (at least 3 characters), longest first.';

create or replace function app_private.redact_person_text(value text, person uuid, names text[]) returns text
language plpgsql stable set search_path = pg_catalog, public, pg_temp as $$
declare
  pattern text;
begin
  if value is null or value = person::text then
    return value;
  end if;
  if strpos(lower(value), person::text) > 0 then
    return '[dato suprimido: Ley 1581]';
  end if;
  foreach pattern in array app_private.erasure_patterns(names) loop
    value := regexp_replace(value, pattern, 'Persona anonimizada', 'gi');
  end loop;
  return value;
end;
$$;
comment on function app_private.redact_person_text(text, uuid, text[]) is
  'Removes a person from a free-form text: the whole text when it contains their id, else each of their names where it appears as whole words (any case, with or without accents; longest name first). For erase_talent.';

create or replace function app_private.redact_person(document jsonb, person uuid, names text[]) returns jsonb
language plpgsql stable set search_path = pg_catalog, public, pg_temp as $$
declare
  id_value jsonb := to_jsonb(person::text);
  result jsonb;
begin
  case jsonb_typeof(document)
    when 'object' then
      if exists (select 1 from jsonb_each(document) e where e.value = id_value) then
        select jsonb_object_agg(e.key, e.value) || '{"suprimido": true}' into result
          from jsonb_each(document) e where e.value = id_value;
      else
        select coalesce(jsonb_object_agg(e.key, app_private.redact_person(e.value, person, names)), '{}') into result
          from jsonb_each(document) e;
      end if;
      return result;
    when 'array' then
      select coalesce(jsonb_agg(app_private.redact_person(e.value, person, names) order by e.n), '[]') into result
        from jsonb_array_elements(document) with ordinality as e(value, n);
      return result;
    when 'string' then
      return to_jsonb(app_private.redact_person_text(document #>> '{}', person, names));
    else
      return document;
  end case;
end;
$$;
comment on function app_private.redact_person(jsonb, uuid, text[]) is
  'Removes a person from a JSON document (see redact_person_text; objects holding their id keep only the id). For erase_talent.';

create or replace function app_private.mentions_person(value text, person uuid, names text[]) returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select value is not null and (
    strpos(lower(value), person::text) > 0
    or exists (select 1 from unnest(app_private.erasure_patterns(names)) p where value ~* p)
  );
$$;
comment on function app_private.mentions_person(text, uuid, text[]) is
  'Whether a text holds a person''s id or one of their names as whole words (any case, with or without accents).';

/*==========================================================================
 * L4. A look's model: checked under a share lock on the casting
 *==========================================================================*/

create or replace function app_private.tg_looks__model_confirmed() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.talent_id is not null
     and (tg_op = 'INSERT' or new.talent_id is distinct from old.talent_id or new.event_id is distinct from old.event_id) then
    -- FOR SHARE: a decline (or any status change) of this casting waits for
    -- this transaction, then sees the look and marks the run of show stale
    -- (model_unavailable); a status change already under way makes this wait
    -- and see its outcome.
    perform 1 from app_public.model_castings c
      where c.event_id = new.event_id and c.talent_id = new.talent_id and c.status = 'confirmed'
      for share;
    if not found then
      raise exception 'The model of a look must be a confirmed casting of the event.' using errcode = 'INVAL';
    end if;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_looks__model_confirmed() is
  'A look''s model must be a confirmed casting of the look''s event when it is set (issue 17), checked under a share lock on the casting so a concurrent decline is ordered after it (and marks the schedules stale) or before it (and this fails).';
