--! Previous: sha1:bce31d49bf756121310944466093acb5f8ac8e4e
--! Hash: sha1:01bb7c8b90f30508772c08b34641bf6b94ab066d
--! Message: Account requests without enumeration by timing; no account mail with a dead link

-- Tables: app_private.account_requests, app_public.outbound_messages
--
-- Account requests without enumeration by timing, and no account mail with a
-- dead link.
--
-- 1. register and request_password_reset looked the address up while the
-- visitor waited and did different work for an address with an account
-- (request_password_reset: a token, an outbox message and a job, or nothing;
-- register: a pending registration and its mail, or a throttled notice), so
-- their answer took ~1 ms longer (reset) or ~5 ms shorter (register) for a
-- real account: with ~100 tries an address an hour, enough to tell which
-- addresses have accounts. Now the request only validates the input (the same
-- coded errors), hashes the password (register), records the request in
-- app_private.account_requests and enqueues one account_request job, in one
-- transaction, the same statements and rows whatever the address. The job
-- (app_private.process_account_request) does the lookup and decides, exactly
-- as the request did before: a registration link, "someone tried to register
-- with your address" (at most once an interval), a reset link, "your account
-- has no password", or nothing (unknown address, over the hourly limit).
--
-- 2. A reset mail held in the outbox (paced, or retried after a failure) went
-- out after the account's password was reset, with a link that opens nothing.
-- Every account mail with a one-time link is now checked when it is about to
-- be sent (app_private.account_message_link_valid): a spent, expired or
-- replaced link (a reset after a password reset, a verification after the
-- address is verified, a registration link after the address got its
-- account, an invitation accepted, revoked, replaced or expired) is not sent;
-- the message becomes cancelled with last_error_code LINK_NO_LONGER_VALID.

-- 1a. The requests, until the job decides (a minute at most, normally).
create table app_private.account_requests (
  id uuid primary key default gen_random_uuid(),
  kind text not null constraint account_requests_kind_check check (kind in ('register', 'password_reset')),
  email citext not null constraint account_requests_email_length check (length(email) <= 320),
  full_name text constraint account_requests_full_name_check check (length(full_name) between 1 and 200),
  password_hash text,
  locale text constraint account_requests_locale_check check (locale in ('es-CO', 'en')),
  created_at timestamptz not null default now(),
  constraint account_requests_register_fields check (
    (kind = 'register') = (full_name is not null and password_hash is not null and locale is not null))
);
comment on table app_private.account_requests is
  'An anonymous account request (register, request_password_reset) waiting for its account_request job, which looks the address up and decides which mail, if any, it gets (app_private.process_account_request), then deletes the row. Recording the request is the same work for every address, so the request''s answer and timing do not tell whether the address has an account.';
comment on column app_private.account_requests.kind is 'register or password_reset.';
comment on column app_private.account_requests.email is 'The address as typed (case kept: mail goes to it as typed).';
comment on column app_private.account_requests.full_name is 'register: the name typed (trimmed); null for a reset.';
comment on column app_private.account_requests.password_hash is 'register: bcrypt of the password chosen (hashed in the request, so the password itself is never stored); null for a reset.';
comment on column app_private.account_requests.locale is 'register: the registrant''s language, es-CO or en; null for a reset.';
comment on column app_private.account_requests.created_at is 'When the request was made (UTC).';

-- 1b. register: validate, hash, record, enqueue. Nothing else.
create or replace function app_public.register(email text, password text, full_name text, locale text default 'es-CO')
  returns boolean language plpgsql strict security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  request_id uuid;
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
  -- The same statements whatever the address: no lookup here (the job does
  -- it), so neither the answer nor its timing says whether it has an account.
  insert into app_private.account_requests (kind, email, full_name, password_hash, locale)
    values ('register', register.email, trim(register.full_name), crypt(password, gen_salt('bf')), register.locale)
    returning id into request_id;
  perform graphile_worker.add_job('account_request', json_build_object('id', request_id), max_attempts => 10);
  return true;
end;
$$;
comment on function app_public.register(email text, password text, full_name text, locale text) is
  'Starts a registration: answers true for every valid input, whether or not the email already has an account, with the same work on every path (one bcrypt hash, one app_private.account_requests row, one account_request job: no enumeration, by answer or by timing). The job then decides (app_private.process_account_request): an address nobody owns gets a pending registration holding this name and password with its own link (mailed; the account exists once the link is followed with this password, see complete_registration); an address whose account is verified, linked to an identity provider or holds memberships is only told by mail that someone tried to register (at most once per identity_settings.registration_notice_interval). Never changes an existing account. locale (es-CO, the default, or en: the language the registrant used) is the language of the link''s mail and of the account it makes. Errors: WEAKP (password under 10 characters), EMAIL, INVAL (blank or over 200 characters name, unknown locale).';

-- 1c. request_password_reset: validate, record, enqueue. Nothing else.
create or replace function app_public.request_password_reset(email text) returns boolean
  language plpgsql strict security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  request_id uuid;
begin
  if request_password_reset.email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(request_password_reset.email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- The same statements whatever the address (the job looks it up).
  insert into app_private.account_requests (kind, email) values ('password_reset', request_password_reset.email)
    returning id into request_id;
  perform graphile_worker.add_job('account_request', json_build_object('id', request_id), max_attempts => 10);
  return true;
end;
$$;
comment on function app_public.request_password_reset(email text) is
  'Asks for a password reset link (/restablecer-contrasena?token=…, valid identity_settings.password_reset_ttl, one hour by default, single use) for the account with this email. Answers true for every valid address, with the same work whether or not it has an account (one app_private.account_requests row and one account_request job: no enumeration, by answer or by timing); the job mails the account its link (app_private.process_account_request), at most password_reset_emails_per_hour mails per account; an account that signs in through an identity provider is told so instead; an unknown address gets nothing. Errors: EMAIL.';

-- 1d. The decision, in the account_request job (as the requests decided before).
create or replace function app_private.process_account_request(request_id uuid) returns text
  language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  request app_private.account_requests;
  settings app_private.identity_settings := app_private.identity_settings();
  profile app_public.profiles;
  noticed timestamptz;
  has_password boolean;
  token text;
  expires timestamptz;
begin
  -- Taken once: a second run of the job (or a concurrent one) finds nothing.
  delete from app_private.account_requests r where r.id = request_id returning * into request;
  if request.id is null then
    return 'gone';
  end if;

  if request.kind = 'register' then
    expires := now() + settings.email_verification_ttl;
    select p.* into profile from app_public.profiles p where p.email = request.email;
    if profile.id is null
       or (profile.email_verified_at is null and profile.auth_subject is null
           and not exists (select 1 from app_public.memberships m where m.profile_id = profile.id)) then
      -- Nobody owns the address yet. This registration keeps its own
      -- credentials with its own token; nothing else changes (no password is
      -- replaced, nobody is signed out), so a stranger's registration can
      -- neither take over nor block anyone else's.
      delete from app_private.pending_registrations r where r.email = request.email and r.expires_at <= now();
      token := encode(gen_random_bytes(32), 'hex');
      insert into app_private.pending_registrations (email, full_name, password_hash, token_hash, locale, expires_at)
        values (request.email, request.full_name, request.password_hash, encode(digest(token, 'sha256'), 'hex'),
                request.locale, expires);
      perform app_private.enqueue_account_email('confirm_registration', request.email::text, request.locale,
        jsonb_build_object('token', token, 'expiresAt', expires));
      return 'confirm_registration';
    end if;
    -- The address has an owner: tell them (at most once per interval), change nothing.
    perform pg_advisory_xact_lock(hashtextextended('register-notice:' || profile.id, 0));
    select n.last_sent_at into noticed from app_private.registration_notices n where n.profile_id = profile.id;
    if noticed is not null and noticed >= now() - settings.registration_notice_interval then
      return 'account_exists_noticed_recently';
    end if;
    insert into app_private.registration_notices (profile_id, last_sent_at) values (profile.id, now())
      on conflict (profile_id) do update set last_sent_at = excluded.last_sent_at;
    perform app_private.enqueue_account_email('account_exists', profile.email, profile.locale,
      jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', profile.auth_subject is not null));
    return 'account_exists';
  end if;

  -- password_reset. Serialise one address's requests, so the hourly limit holds under concurrency.
  perform pg_advisory_xact_lock(hashtextextended('password-reset:' || lower(request.email), 0));
  select p.* into profile from app_public.profiles p where p.email = request.email;
  if profile.id is null then
    return 'no_account';
  end if;
  if (select count(*) from app_private.password_reset_tokens t
       where t.profile_id = profile.id and t.created_at > now() - interval '1 hour') >= settings.password_reset_emails_per_hour then
    return 'over_hourly_limit';
  end if;
  token := encode(gen_random_bytes(32), 'hex');
  select s.password_hash is not null into has_password from app_private.profile_secrets s where s.profile_id = profile.id;
  if profile.auth_subject is not null and not coalesce(has_password, false) then
    -- Signs in through an identity provider: there is no password to reset,
    -- and a link would open a second way in past the provider. Say so.
    insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at, used_at)
      values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), now(), now());
    perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
      jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', true));
    return 'password_reset_identity_provider';
  end if;
  expires := now() + settings.password_reset_ttl;
  insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at)
    values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), expires);
  perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
    jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', false, 'token', token, 'expiresAt', expires));
  return 'password_reset';
end;
$$;
comment on function app_private.process_account_request(request_id uuid) is
  'The account_request job''s work (tasks/mail/account-request.ts): takes the app_private.account_requests row (deletes it; ''gone'' when another run took it) and decides what register / request_password_reset used to decide while the visitor waited. register: an address nobody owns gets a pending registration and its link (confirm_registration), an owned address a throttled account_exists notice (or nothing within registration_notice_interval). password_reset: the account''s reset link, or the identity-provider notice, or nothing (unknown address, over password_reset_emails_per_hour). Returns the outcome (for the worker''s log; it names no address).';

-- 2a. Whether an account mail's one-time link still opens something.
create or replace function app_private.account_message_link_valid(template_key text, token text) returns boolean
  language plpgsql stable security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  digest_hex text := encode(digest(token, 'sha256'), 'hex');
begin
  if token is null then
    return true; -- no link (account_exists, a reset notice to an identity-provider account)
  end if;
  case template_key
    when 'password_reset' then
      -- reset_password's rule: unused, unexpired, and still the account's address.
      return exists (select 1 from app_private.password_reset_tokens t join app_public.profiles p on p.id = t.profile_id
                      where t.token_hash = digest_hex and t.used_at is null and t.expires_at > now() and p.email = t.email);
    when 'verify_email' then
      -- verify_email's rule, and the address not verified meanwhile (a reset or a completed registration verifies it).
      return exists (select 1 from app_private.email_verification_tokens t join app_public.profiles p on p.id = t.profile_id
                      where t.token_hash = digest_hex and t.used_at is null and t.expires_at > now()
                        and p.email = t.email and p.email_verified_at is null);
    when 'confirm_registration' then
      -- complete_registration's rule: the registration is pending and the address has no owner yet.
      return exists (select 1 from app_private.pending_registrations r
                      where r.token_hash = digest_hex and r.expires_at > now()
                        and not exists (select 1 from app_public.profiles p
                                         where p.email = r.email
                                           and (p.email_verified_at is not null or p.auth_subject is not null
                                                or exists (select 1 from app_public.memberships m where m.profile_id = p.id))));
    when 'organization_invitation' then
      -- accept_invitation's rule: still pending (not accepted, revoked, replaced or expired).
      return exists (select 1 from app_private.invitation_tokens t join app_public.organization_invitations i on i.id = t.invitation_id
                      where t.token_hash = digest_hex and app_public.organization_invitations_status(i) = 'pending');
    else
      return true;
  end case;
end;
$$;
comment on function app_private.account_message_link_valid(template_key text, token text) is
  'Whether an account mail''s one-time link (token as mailed; null: the mail has none) would still open something, by the rule of the function that spends it: password_reset (reset_password: unused, unexpired, the account''s address), verify_email (verify_email, and the address not verified since), confirm_registration (complete_registration: pending, unexpired, the address without an owner), organization_invitation (accept_invitation: the invitation pending). True for a mail without a link.';

-- 2b. The token for the send task, at send time, or the message cancelled.
create or replace function app_private.account_message_token(message_id uuid) returns jsonb
  language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  a app_private.account_messages;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null or m.purpose <> 'account' or m.status not in ('queued', 'sending') then
    return null;
  end if;
  select * into a from app_private.account_messages x where x.message_id = m.id;
  if not app_private.account_message_link_valid(m.template_key, a.token) then
    perform app_private.cancel_dead_account_message(m.id);
    return null;
  end if;
  return jsonb_build_object('token', a.token);
end;
$$;
comment on function app_private.account_message_token(message_id uuid) is
  'For the send task (send_outbound_message), at send time: {token} for a queued or sending account message (token null: the mail has no link), read from app_private.account_messages. When the link would no longer open anything (app_private.account_message_link_valid: e.g. the password was reset after the reset mail was queued) the message is cancelled (LINK_NO_LONGER_VALID) and the answer is null; null as well for any other message.';

create or replace function app_private.cancel_dead_account_message(message_id uuid) returns void
  language sql security definer set search_path to pg_catalog, public, pg_temp as $$
  update app_public.outbound_messages x
     set status = 'cancelled', last_error_code = 'LINK_NO_LONGER_VALID',
         last_error = 'Not sent: its one-time link was spent, expired or replaced before it went out.'
   where x.id = message_id and x.status in ('queued', 'sending');
$$;
comment on function app_private.cancel_dead_account_message(message_id uuid) is
  'Cancels a queued or sending account message whose one-time link no longer opens anything: status cancelled (not failed: nothing went wrong), last_error_code LINK_NO_LONGER_VALID. Its token is then forgotten (_900_forget_account_token).';

-- The reason is a code of its own: the closed list grows by it (read from
-- the catalogue, so a code another migration added stays).
do $$
declare
  definition text;
begin
  select pg_get_constraintdef(c.oid) into definition from pg_constraint c
   where c.conrelid = 'app_public.outbound_messages'::regclass and c.conname = 'outbound_messages_last_error_code_check';
  if definition not like '%''LINK_NO_LONGER_VALID''%' then
-- (flush left, so test/tables.ts sees the table this migration alters)
alter table app_public.outbound_messages drop constraint outbound_messages_last_error_code_check;
    execute 'alter table app_public.outbound_messages add constraint outbound_messages_last_error_code_check '
            || regexp_replace(definition, '\]\)\)\)$', ', ''LINK_NO_LONGER_VALID''::text])))');
  end if;
end;
$$;

-- 2c. A dead link takes no slot of the pace either: checked before pacing.
create or replace function app_private.account_message_pace(message_id uuid) returns timestamptz
  language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  a app_private.account_messages;
  slot timestamptz;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null or m.purpose <> 'account' or m.status <> 'queued' then
    return null;
  end if;
  select * into a from app_private.account_messages x where x.message_id = m.id for update;
  if a.message_id is not null and not app_private.account_message_link_valid(m.template_key, a.token) then
    perform app_private.cancel_dead_account_message(m.id);
    return null; -- the claim then finds it finished
  end if;
  if a.message_id is null or a.paced_until is not null then
    return null; -- not paced here, or it has its slot already
  end if;
  slot := app_private.reserve_account_mail_slot();
  update app_private.account_messages x set paced_until = slot where x.message_id = m.id;
  if slot <= now() then
    return null;
  end if;
  update app_public.outbound_messages x set scheduled_at = slot where x.id = m.id;
  perform graphile_worker.add_job(
    'send_outbound_message', json_build_object('id', m.id),
    run_at => slot, max_attempts => m.max_attempts, job_key => 'outbound_message:' || m.id);
  return slot;
end;
$$;
comment on function app_private.account_message_pace(message_id uuid) is
  'For a queued account message that has no slot yet: reserves one under app_private.account_mail_rate and returns null (send now) or, over the rate, moves the message and its job to its slot and returns that time (UTC). A message whose one-time link no longer opens anything is cancelled instead (app_private.account_message_link_valid) and takes no slot. Null for any other message. Called by send_outbound_message before it claims, only when mail leaves through SMTP (the development log is not paced).';
