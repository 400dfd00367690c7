--! Previous: sha1:ccb4e02ca112af87bbb748cbb4370b15e0948111
--! Hash: sha1:069ff6f6d7ddc48758a01c021e2667afa83e80cf
--! Message: identity: email verification, enumeration-safe register, invitations, webhook ordering

-- Identity hardening (issue 11, items 4, 5 and 8b).
--
-- 1. Email ownership is verified before an account counts as owning its email:
--    register() stores a hashed, expiring, single-use token and enqueues the
--    mail (graphile-worker task send_account_email) in the same transaction;
--    verify_email() needs that token AND a session of the same account, so
--    neither the mailbox alone nor the password alone verifies an address.
-- 2. register() answers the same for new and existing emails (no account
--    enumeration) and mails the address instead.
-- 3. Unverified accounts may sign in, but may not create organizations, accept
--    invitations or be linked to an identity provider's identity.
-- 4. Invitations: only the invited (verified) email accepts, once, while the
--    inviter still may grant the role; expiry, revocation and a status.
-- 5. Clerk webhooks: provider-verified emails only, replays and late events
--    ignored (processed svix-ids, tombstones, last applied event per subject).

/*==========================================================================
 * Settings
 *==========================================================================*/

-- One row; change it with SQL, e.g.
-- update app_private.identity_settings set invitation_ttl = interval '14 days';
drop table if exists app_private.identity_settings;
create table app_private.identity_settings (
  id boolean primary key default true check (id),
  invitation_ttl interval not null default interval '7 days' check (invitation_ttl > interval '0'),
  email_verification_ttl interval not null default interval '24 hours' check (email_verification_ttl > interval '0'),
  verification_emails_per_hour int not null default 5 check (verification_emails_per_hour >= 1),
  registration_notice_interval interval not null default interval '1 hour' check (registration_notice_interval >= interval '0')
);
insert into app_private.identity_settings default values;
comment on table app_private.identity_settings is 'Identity settings (one row): invitation lifetime (default 7 days), verification link lifetime (24 hours), verification mails per account per hour (5), least time between two "someone tried to register with your email" notices to one account (1 hour).';

create or replace function app_private.identity_settings() returns app_private.identity_settings
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select * from app_private.identity_settings where id;
$$;
comment on function app_private.identity_settings() is 'The identity_settings row.';

/*==========================================================================
 * Profiles: email verification
 *==========================================================================*/

alter table app_public.profiles add column if not exists email_verified_at timestamptz;
comment on column app_public.profiles.email_verified_at is 'When the person proved they own the email address (a verification link opened while signed in to this account, or the identity provider said so); null while unverified. Unverified accounts may sign in but may not create organizations, accept invitations or be linked to an identity provider.';

-- The demo accounts live under .test domains, which no one can own; they were
-- seeded before verification existed and count as verified (the seed marks
-- them so from now on).
update app_public.profiles set email_verified_at = created_at
 where email_verified_at is null
   and email::text ~ '@(bogota|medellin)\.fashionos\.test$';

drop table if exists app_private.email_verification_tokens;
create table app_private.email_verification_tokens (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references app_public.profiles on delete cascade,
  email citext not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index on app_private.email_verification_tokens (profile_id, created_at);
comment on table app_private.email_verification_tokens is 'SHA-256 of each email verification token (the token itself is only in the mail), the address it verifies, its expiry and when it was used. Single use.';

drop table if exists app_private.registration_notices;
create table app_private.registration_notices (
  profile_id uuid primary key references app_public.profiles on delete cascade,
  last_sent_at timestamptz not null
);
comment on table app_private.registration_notices is 'When each account was last told that someone tried to register with its email, to throttle those mails.';

/*==========================================================================
 * Account mail: enqueued in the caller's transaction
 *==========================================================================*/

-- kind: verify_email | account_exists | invitation. The payload carries what
-- the mail needs (a token only until the job is done: graphile-worker
-- deletes finished jobs). The worker task builds the links from APP_URL.
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
comment on function app_private.enqueue_account_email(text, text, text, jsonb) is 'Enqueues the send_account_email job (verify_email, account_exists or invitation) in the current transaction.';

-- A new verification token for the profile's current email, mailed. Returns
-- false (and sends nothing) when the per-hour limit is reached.
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
    jsonb_build_object('name', profile.full_name, 'token', token, 'expiresAt', expires));
  return true;
end;
$$;
comment on function app_private.issue_email_verification(uuid) is 'Creates a verification token (stored hashed, expiring after identity_settings.email_verification_ttl) for an unverified profile and enqueues its mail; false when verified already or over verification_emails_per_hour.';

/*==========================================================================
 * register, verify_email, resend_email_verification
 *==========================================================================*/

-- The old register returned a session token and refused existing emails with
-- NUNIQ, which told anyone which emails have accounts. It now answers the
-- same for every valid input, and the mailbox learns the rest.
drop function if exists app_public.register(text, text, text);
create function app_public.register(email text, password text, full_name text) returns boolean
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  existing app_public.profiles;
  new_profile app_public.profiles;
  hash text;
  settings app_private.identity_settings := app_private.identity_settings();
  noticed timestamptz;
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
  -- Every branch hashes once, so timing does not tell them apart either.
  hash := crypt(password, gen_salt('bf'));
  -- Serialise registrations of one address.
  perform pg_advisory_xact_lock(hashtextextended('register:' || lower(register.email), 0));
  select p.* into existing from app_public.profiles p where p.email = register.email::citext for update;

  if existing.id is null then
    insert into app_public.profiles (email, full_name) values (register.email, trim(register.full_name))
      returning * into new_profile;
    insert into app_private.profile_secrets (profile_id, password_hash) values (new_profile.id, hash);
    perform app_private.issue_email_verification(new_profile.id);
  elsif existing.email_verified_at is null and existing.auth_subject is null
        and not exists (select 1 from app_public.memberships m where m.profile_id = existing.id) then
    -- Nobody has proved they own this address yet, and the account holds
    -- nothing (no membership: unverified accounts cannot create or join
    -- organizations), so nobody owns it: the newest registration replaces the
    -- password and signs out everyone else. Whoever holds the mailbox (and this
    -- password) can then verify it. An unverified account that does hold
    -- memberships (one from before verification existed) is left alone.
    update app_public.profiles set full_name = trim(register.full_name) where id = existing.id;
    insert into app_private.profile_secrets (profile_id, password_hash) values (existing.id, hash)
      on conflict (profile_id) do update set password_hash = excluded.password_hash, failed_sign_ins = 0;
    update app_private.sessions set revoked_at = now() where profile_id = existing.id and revoked_at is null;
    perform app_private.issue_email_verification(existing.id);
  else
    -- The address has an owner: tell them (at most once per interval), change nothing.
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
comment on function app_public.register(text, text, text) is 'Starts a registration: answers true for every valid input, whether or not the email already has an account (no enumeration). A new address gets an unverified account with this password and a verification mail; an address with an unverified password account that holds no membership gets this password instead (other sessions are signed out) and a new mail; an address whose account is verified or linked to an identity provider is only told by mail that someone tried to register. Errors: WEAKP (password under 10 characters), EMAIL, INVAL (blank name).';

create or replace function app_public.verify_email(token text) returns app_public.profiles
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  verification app_private.email_verification_tokens;
  profile app_public.profiles;
begin
  if me is null then
    raise exception 'Sign in to confirm your email address.' using errcode = 'LOGIN';
  end if;
  select t.* into verification from app_private.email_verification_tokens t
   where t.token_hash = encode(digest(verify_email.token, 'sha256'), 'hex')
   for update;
  if verification.id is null or verification.used_at is not null or verification.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Ask for a new one.' using errcode = 'NTFND';
  end if;
  if verification.profile_id <> me then
    raise exception 'That link was sent to another account. Sign in to that account to confirm its email.' using errcode = 'DNIED';
  end if;
  select p.* into profile from app_public.profiles p where p.id = me for update;
  if profile.email <> verification.email then
    raise exception 'That link is for an email address this account no longer has.' using errcode = 'NTFND';
  end if;
  update app_public.profiles set email_verified_at = coalesce(email_verified_at, now()) where id = me
    returning * into profile;
  -- Single use: this token and every other outstanding one of the account.
  update app_private.email_verification_tokens set used_at = now() where profile_id = me and used_at is null;
  return profile;
end;
$$;
comment on function app_public.verify_email(text) is 'Confirms the signed-in account''s email with the token from the verification mail. Needs both: the token (the mailbox) and a session of the same account (the password), so a stranger who registered someone else''s address cannot verify it, nor can the address owner verify a stranger''s password. Errors: LOGIN, NTFND (unknown, used or expired token), DNIED (token of another account).';

create or replace function app_public.resend_email_verification() returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  profile app_public.profiles;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select p.* into profile from app_public.profiles p where p.id = me;
  if profile.email_verified_at is not null then
    return false;
  end if;
  if not app_private.issue_email_verification(me) then
    raise exception 'Too many verification emails. Try again in an hour.' using errcode = 'RLIMT';
  end if;
  return true;
end;
$$;
comment on function app_public.resend_email_verification() is 'Mails the signed-in, unverified account a new verification link; false when it is verified already. Errors: LOGIN, RLIMT (over identity_settings.verification_emails_per_hour).';

/*==========================================================================
 * Reduced powers while unverified
 *==========================================================================*/

create or replace function app_private.assert_email_verified() returns void
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if not exists (select 1 from app_public.profiles p
                  where p.id = app_public.current_profile_id() and p.email_verified_at is not null) then
    raise exception 'Confirm your email address first: open the link we sent you, or ask for a new one.' using errcode = 'UNVER';
  end if;
end;
$$;
comment on function app_private.assert_email_verified() is 'Raises LOGIN when nobody is signed in and UNVER when the signed-in account''s email is not verified.';

create or replace function app_public.create_organization(name text, slug text) returns app_public.organizations
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  org app_public.organizations;
begin
  -- An unverified account could be a stranger holding someone else's address:
  -- an organization planted there would pass to the real owner on linking.
  perform app_private.assert_email_verified();
  if exists (select 1 from app_public.organizations o where o.slug = create_organization.slug::citext) then
    raise exception 'That organization slug is already taken.' using errcode = 'NUNIQ';
  end if;
  insert into app_public.organizations (name, slug) values (trim(create_organization.name), lower(create_organization.slug))
    returning * into org;
  insert into app_public.memberships (organization_id, profile_id, role) values (org.id, me, 'owner');
  return org;
end;
$$;
comment on function app_public.create_organization(text, text) is 'Creates an organization and makes the caller its owner. Errors: LOGIN, UNVER (email not verified), NUNIQ (slug taken).';

/*==========================================================================
 * Invitations
 *==========================================================================*/

alter table app_public.organization_invitations
  add column if not exists accepted_by uuid references app_public.profiles on delete set null,
  add column if not exists revoked_at timestamptz,
  add column if not exists revoked_by uuid references app_public.profiles on delete set null,
  add column if not exists revoked_reason text check (revoked_reason in ('revoked', 'replaced', 'inviter_lost_role'));
comment on column app_public.organization_invitations.accepted_by is 'The account that accepted the invitation (its verified email is the invitation''s).';
comment on column app_public.organization_invitations.revoked_at is 'When the invitation was revoked, replaced by a newer one, or died because its inviter lost the right to grant its role.';
comment on column app_public.organization_invitations.revoked_by is 'Who revoked the invitation (null when it died on its own).';
comment on column app_public.organization_invitations.revoked_reason is 'revoked (by an owner or admin), replaced (a newer invitation to the same email) or inviter_lost_role (the inviter was removed or demoted).';
comment on column app_public.organization_invitations.expires_at is 'After this moment the invitation can no longer be accepted (identity_settings.invitation_ttl after it was sent, 7 days by default).';
comment on table app_public.organization_invitations is 'Invitations to join an organization, kept as history: status tells pending, accepted, expired or revoked. The secret token is stored hashed elsewhere and shown only once.';

create or replace function app_private.invitation_expiry() returns timestamptz
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select now() + (app_private.identity_settings()).invitation_ttl;
$$;
comment on function app_private.invitation_expiry() is 'now() plus identity_settings.invitation_ttl: when an invitation sent now expires.';
alter table app_public.organization_invitations alter column expires_at set default app_private.invitation_expiry();

-- History: several invitations per (organization, email), at most one open.
alter table app_public.organization_invitations drop constraint if exists organization_invitations_organization_id_email_key;
drop index if exists app_public.organization_invitations_open_per_email;
create unique index organization_invitations_open_per_email on app_public.organization_invitations (organization_id, email)
  where accepted_at is null and revoked_at is null;
create index if not exists organization_invitations_organization_id_created_at_idx
  on app_public.organization_invitations (organization_id, created_at);
create index if not exists organization_invitations_accepted_by_idx on app_public.organization_invitations (accepted_by);
create index if not exists organization_invitations_revoked_by_idx on app_public.organization_invitations (revoked_by);
-- Three references to profiles: name their relations after what they mean.
comment on constraint organization_invitations_invited_by_fkey on app_public.organization_invitations is '@fieldName inviter
@foreignFieldName invitationsSent';
comment on constraint organization_invitations_accepted_by_fkey on app_public.organization_invitations is '@fieldName acceptor
@foreignFieldName invitationsAccepted';
comment on constraint organization_invitations_revoked_by_fkey on app_public.organization_invitations is '@fieldName revoker
@foreignFieldName invitationsRevoked';

create or replace function app_public.organization_invitations_status(invitation app_public.organization_invitations) returns text
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select case
    when invitation.accepted_at is not null then 'accepted'
    when invitation.revoked_at is not null and invitation.revoked_at < invitation.expires_at then 'revoked'
    when invitation.expires_at <= now() then 'expired'
    else 'pending'
  end;
$$;
comment on function app_public.organization_invitations_status(app_public.organization_invitations) is 'pending, accepted, expired or revoked (revoked by someone, replaced by a newer invitation, or dead because the inviter lost the right to grant its role; see revokedReason). An invitation closed after it had expired shows expired.';

-- Who may grant which role: owners any, admins any but owner.
create or replace function app_private.can_grant_role(grantor_role text, role text) returns boolean
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case grantor_role when 'owner' then true when 'admin' then role <> 'owner' else false end;
$$;
comment on function app_private.can_grant_role(text, text) is 'Whether a member with grantor_role may invite someone as role (owners: any role; admins: any but owner).';

-- Ranks for "an invitation never lowers an existing role".
create or replace function app_private.role_rank(role text) returns int
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case role when 'owner' then 4 when 'admin' then 3 when 'producer' then 2 when 'casting' then 2 else 1 end;
$$;
comment on function app_private.role_rank(text) is 'owner 4, admin 3, producer and casting 2, viewer 1.';

-- Pending invitations die with their inviter's right to grant their role.
create or replace function app_private.tg_memberships__revoke_invitations() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  with dead as (
    update app_public.organization_invitations i
       set revoked_at = now(), revoked_reason = 'inviter_lost_role'
     where i.organization_id = old.organization_id
       and i.invited_by = old.profile_id
       and i.accepted_at is null
       and i.revoked_at is null
       and (tg_op = 'DELETE' or not app_private.can_grant_role(new.role, i.role))
    returning i.id
  )
  delete from app_private.invitation_tokens t using dead where t.invitation_id = dead.id;
  return null;
end;
$$;
comment on function app_private.tg_memberships__revoke_invitations() is 'After a member is removed or their role changes, revokes the pending invitations they sent for roles they may no longer grant.';
drop trigger if exists _300_revoke_invitations on app_public.memberships;
create trigger _300_revoke_invitations after update of role or delete on app_public.memberships
  for each row execute function app_private.tg_memberships__revoke_invitations();

drop function if exists app_public.invite_to_organization(uuid, text, text);
create function app_public.invite_to_organization(organization_id uuid, email text, role text default 'viewer')
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
  if invite_to_organization.role is null or invite_to_organization.role not in ('owner', 'admin', 'producer', 'casting', 'viewer') then
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

drop function if exists app_public.accept_invitation(text);
create function app_public.accept_invitation(token text) returns app_public.memberships
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  my_profile app_public.profiles;
  invitation app_public.organization_invitations;
  inviter_role text;
  existing app_public.memberships;
  membership app_public.memberships;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation
    from app_private.invitation_tokens t
    join app_public.organization_invitations i on i.id = t.invitation_id
   where t.token_hash = encode(digest(accept_invitation.token, 'sha256'), 'hex');
  if invitation.id is null then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  -- Lock the inviter's membership before the invitation, the order in which a
  -- demotion locks them (row, then its trigger's invitations), so the two
  -- serialise without deadlock and the check below sees the committed role.
  select m.role into inviter_role from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = invitation.invited_by
   for share;
  select i.* into invitation from app_public.organization_invitations i where i.id = invitation.id for update;
  if app_public.organization_invitations_status(invitation) <> 'pending' then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  select p.* into my_profile from app_public.profiles p where p.id = me;
  if my_profile.email_verified_at is null then
    raise exception 'Confirm your email address before accepting an invitation.' using errcode = 'UNVER';
  end if;
  if my_profile.email <> invitation.email then
    raise exception 'This invitation was sent to another email address.' using errcode = 'DNIED';
  end if;
  if inviter_role is null or not app_private.can_grant_role(inviter_role, invitation.role) then
    raise exception 'That invitation is no longer valid: whoever sent it may no longer grant its role.' using errcode = 'NTFND';
  end if;

  select m.* into existing from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = me for update;
  if existing.id is null then
    insert into app_public.memberships (organization_id, profile_id, role)
      values (invitation.organization_id, me, invitation.role)
      returning * into membership;
  elsif app_private.role_rank(existing.role) > app_private.role_rank(invitation.role) then
    -- An invitation never lowers a role.
    membership := existing;
  else
    update app_public.memberships set role = invitation.role where id = existing.id returning * into membership;
  end if;
  update app_public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  delete from app_private.invitation_tokens where invitation_id = invitation.id;
  return membership;
end;
$$;
comment on function app_public.accept_invitation(text) is 'Joins the organization of a pending invitation, once, with its role, when the signed-in account''s verified email is the invited address and the inviter may still grant that role. An existing membership is never lowered, and never raised above what the inviter may grant now. Errors: LOGIN, NTFND (unknown, used, expired or revoked token, or the inviter lost the right), UNVER (email not verified), DNIED (another address).';

create or replace function app_public.revoke_invitation(invitation_id uuid) returns app_public.organization_invitations
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  invitation app_public.organization_invitations;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation from app_public.organization_invitations i where i.id = revoke_invitation.invitation_id for update;
  if invitation.id is null or not app_private.has_org_role(invitation.organization_id, '{owner,admin}') then
    raise exception 'There is no such invitation.' using errcode = 'NTFND';
  end if;
  if invitation.role = 'owner' and not app_private.has_org_role(invitation.organization_id, '{owner}') then
    raise exception 'Only owners can revoke an invitation to become owner.' using errcode = 'DNIED';
  end if;
  if app_public.organization_invitations_status(invitation) <> 'pending' then
    raise exception 'Only a pending invitation can be revoked.' using errcode = 'CONFL';
  end if;
  update app_public.organization_invitations
     set revoked_at = now(), revoked_by = me, revoked_reason = 'revoked'
   where id = invitation.id
  returning * into invitation;
  delete from app_private.invitation_tokens t where t.invitation_id = invitation.id;
  return invitation;
end;
$$;
comment on function app_public.revoke_invitation(uuid) is 'Revokes a pending invitation (owners; admins for roles other than owner): its token stops working at once. Errors: LOGIN, NTFND (no such invitation visible to you), DNIED, CONFL (not pending).';

/*==========================================================================
 * Identity provider (Clerk) webhooks
 *==========================================================================*/

drop function if exists app_private.upsert_profile_from_identity(text, text, text, text);

drop table if exists app_private.identity_webhook_deliveries;
create table app_private.identity_webhook_deliveries (
  svix_id text primary key,
  subject text not null,
  event_type text not null,
  event_at timestamptz,
  outcome text not null,
  received_at timestamptz not null default now()
);
create index on app_private.identity_webhook_deliveries (received_at);
comment on table app_private.identity_webhook_deliveries is 'Every processed webhook delivery by its svix-id (Svix retries reuse it), so a redelivery is answered without being applied again.';

drop table if exists app_private.identity_subjects;
create table app_private.identity_subjects (
  subject text primary key,
  last_event_at timestamptz,
  deleted_at timestamptz
);
comment on table app_private.identity_subjects is 'Per identity-provider user: the time of the newest event applied (older ones are ignored) and, once deleted, a tombstone so no late or replayed event brings the profile back.';

-- Creates, updates or links the profile of an external identity. Returns
-- {outcome, profileId}. An existing account is linked by email only when the
-- provider verified the email; an account whose email nobody verified loses
-- its password and sessions on linking (its password was set by someone who
-- never proved they own the address).
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
    return jsonb_build_object('outcome', 'created', 'profileId', profile.id);
  end if;
  if holder.auth_subject is not null then
    return jsonb_build_object('outcome', 'not_linked_email_taken', 'profileId', null);
  end if;
  if not email_verified then
    -- The provider has not verified the address: it proves nothing about who owns this account.
    return jsonb_build_object('outcome', 'not_linked_unverified', 'profileId', null);
  end if;
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
  update app_private.profile_secrets s set password_hash = null, failed_sign_ins = 0 where s.profile_id = holder.id;
  update app_private.sessions s set revoked_at = now() where s.profile_id = holder.id and s.revoked_at is null;
  update app_private.email_verification_tokens t set used_at = now() where t.profile_id = holder.id and t.used_at is null;
  return jsonb_build_object('outcome', 'linked_password_dropped', 'profileId', holder.id);
end;
$$;
comment on function app_private.link_identity(text, text, boolean, text, text) is 'Creates, updates or links the profile of an identity-provider user (Clerk user.created / user.updated). Links to an existing account by email only when the provider verified the email; drops the password and sessions of an account whose email its password holder never verified. Returns {outcome, profileId}.';

-- One webhook delivery, applied at most once and in order per subject.
create or replace function app_private.apply_identity_event(
  svix_id text, event_type text, subject text, event_at timestamptz,
  email text, email_verified boolean, full_name text, avatar_url text
) returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  state app_private.identity_subjects;
  result jsonb;
begin
  -- Deliveries for one subject run one at a time.
  perform pg_advisory_xact_lock(hashtextextended('identity:' || apply_identity_event.subject, 0));
  insert into app_private.identity_webhook_deliveries (svix_id, subject, event_type, event_at, outcome)
    values (apply_identity_event.svix_id, apply_identity_event.subject, apply_identity_event.event_type,
            apply_identity_event.event_at, 'processing')
    on conflict on constraint identity_webhook_deliveries_pkey do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate', 'profileId',
      (select p.id from app_public.profiles p where p.auth_subject = apply_identity_event.subject));
  end if;
  insert into app_private.identity_subjects (subject) values (apply_identity_event.subject)
    on conflict on constraint identity_subjects_pkey do nothing;
  select s.* into state from app_private.identity_subjects s where s.subject = apply_identity_event.subject for update;

  if event_type = 'user.deleted' then
    result := jsonb_build_object('outcome', app_private.forget_identity(apply_identity_event.subject));
    update app_private.identity_subjects s
       set deleted_at = coalesce(s.deleted_at, now()),
           last_event_at = greatest(s.last_event_at, apply_identity_event.event_at)
     where s.subject = apply_identity_event.subject;
  elsif state.deleted_at is not null then
    result := jsonb_build_object('outcome', 'ignored_deleted');
  elsif apply_identity_event.event_at is not null and state.last_event_at is not null
        and apply_identity_event.event_at < state.last_event_at then
    result := jsonb_build_object('outcome', 'ignored_stale');
  elsif event_type in ('user.created', 'user.updated') then
    result := app_private.link_identity(apply_identity_event.subject, apply_identity_event.email,
                                        coalesce(apply_identity_event.email_verified, false),
                                        apply_identity_event.full_name, apply_identity_event.avatar_url);
    update app_private.identity_subjects s
       set last_event_at = greatest(s.last_event_at, apply_identity_event.event_at)
     where s.subject = apply_identity_event.subject;
  else
    result := jsonb_build_object('outcome', 'ignored');
  end if;
  update app_private.identity_webhook_deliveries d set outcome = result ->> 'outcome'
   where d.svix_id = apply_identity_event.svix_id;
  -- Svix retries for about three days; keep a month of delivery ids.
  delete from app_private.identity_webhook_deliveries d where d.received_at < now() - interval '30 days';
  return result;
end;
$$;
comment on function app_private.apply_identity_event(text, text, text, timestamptz, text, boolean, text, text) is 'Applies one verified Clerk webhook delivery: a repeated svix-id is answered "duplicate" without effect; after user.deleted the subject is tombstoned and later user.created/updated are ignored; an event older (Clerk updated_at, else the event timestamp) than the last applied one for the subject is ignored. Returns {outcome, profileId}.';
