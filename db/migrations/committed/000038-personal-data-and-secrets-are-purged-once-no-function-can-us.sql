--! Previous: sha1:01bb7c8b90f30508772c08b34641bf6b94ab066d
--! Hash: sha1:90eb824069689fce21ae46976ce136ea516f3507
--! Message: Personal data and secrets are purged once no function can use them (expired registrations with password hashes, spent tokens, ended sessions, abandoned account requests): app_private.purge_expired_secrets, hourly

-- Tables: app_private.account_requests, app_private.email_verification_tokens, app_private.password_reset_tokens, app_private.pending_registrations, app_private.sessions

-- Personal data and secrets are kept only while they serve their purpose
-- (Ley 1581 de 2012, art. 4 "principio de finalidad"; Decreto 1377 de 2013,
-- art. 11: data are kept only for as long as the purpose they were collected
-- for requires). Until now nothing deleted them: a registration whose link was
-- never followed kept the registrant's name, address and password hash for
-- ever (it was only replaced when the same address registered again), spent
-- and expired reset and verification tokens kept the address they were sent
-- to, an account request whose job gave up kept its password hash, and every
-- sign-in left a session row behind. The hourly purge_expired_secrets job
-- (tasks/purge-expired.ts) calls app_private.purge_expired_secrets(), which
-- deletes what no function can use any more. Every app_private table with an
-- expires_at column must be purged here (test/purge-expired.test.ts walks
-- the catalogue).

-- The purge's scans, so it stays an index range read whatever the tables' size.
create index if not exists pending_registrations_expires_at_idx on app_private.pending_registrations (expires_at);
create index if not exists password_reset_tokens_expires_at_idx on app_private.password_reset_tokens (expires_at);
create index if not exists email_verification_tokens_expires_at_idx on app_private.email_verification_tokens (expires_at);
create index if not exists sessions_expires_at_idx on app_private.sessions (expires_at);
create index if not exists account_requests_created_at_idx on app_private.account_requests (created_at);

create or replace function app_private.purge_expired_secrets(
  out pending_registrations int,
  out password_reset_tokens int,
  out email_verification_tokens int,
  out sessions int,
  out account_requests int
)
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
begin
  -- A registration's link dies at expires_at (complete_registration refuses it
  -- as NTFND, the same answer as an unknown link): its name, address and
  -- password hash have no use after it.
  delete from app_private.pending_registrations r where r.expires_at <= now();
  get diagnostics pending_registrations = row_count;
  -- Reset and verification tokens: spent or expired ones open nothing, but
  -- the per-account hourly limits count the tokens of the last hour, so a
  -- token goes a day after it was issued, once it is spent or expired.
  delete from app_private.password_reset_tokens t
   where (t.used_at is not null or t.expires_at <= now()) and t.created_at < now() - interval '1 day';
  get diagnostics password_reset_tokens = row_count;
  delete from app_private.email_verification_tokens t
   where (t.used_at is not null or t.expires_at <= now()) and t.created_at < now() - interval '1 day';
  get diagnostics email_verification_tokens = row_count;
  -- A session past its expiry or revoked is refused (current_profile_id: the
  -- row must exist, unrevoked and unexpired); a missing row is refused the
  -- same way. A day's margin keeps "your session has ended" meaning exactly that.
  delete from app_private.sessions s
   where s.expires_at < now() - interval '1 day' or s.revoked_at < now() - interval '1 day';
  get diagnostics sessions = row_count;
  -- An account request is taken (and deleted) by its account_request job
  -- within seconds; one still here after a day belongs to a job that gave up
  -- (it holds a registrant's password hash).
  delete from app_private.account_requests a where a.created_at < now() - interval '1 day';
  get diagnostics account_requests = row_count;
end;
$$;
revoke all on function app_private.purge_expired_secrets() from public;
comment on function app_private.purge_expired_secrets() is
  'Deletes personal data and secrets no function can use any more (Ley 1581 art. 4, finalidad; Decreto 1377 de 2013 art. 11): expired pending registrations (name, address, password hash), reset and verification tokens a day after issue once spent or expired (the hourly limits count the last hour), sessions a day past expiry or revocation, account requests left by a job that gave up after a day. Returns how many rows of each went. Run hourly by the worker (crontab purge_expired_secrets, tasks/purge-expired.ts); safe to run at any time and concurrently.';
