--! Previous: sha1:67460f60341c2ad2c395ec5b4bb8b5a0932f74f3
--! Hash: sha1:c5f0c80ccf0974c958be84ca842624ee2b6e2232
--! Message: Account mail through the outbox: one-time tokens kept in app_private until sent

-- Tables: app_public.outbound_messages, app_private.account_messages, app_private.account_mail_rate
-- Account mail through the outbox (issue 19): the registration link, the
-- address verification, "someone tried to register with your address",
-- organization invitations and password reset become outbound_messages rows
-- (purpose and recipient_kind `account`) sent by send_outbound_message, in
-- place of their own send_account_email job. Their one-time token never
-- enters a row the API can read: it waits in app_private.account_messages,
-- is rendered in only when the mail is sent, and is deleted when the message
-- is finished (sent, failed, bounced, cancelled, suppressed); the stored copy
-- of the mail shows the link redacted. Nobody reads account messages through
-- the API (db/rls/outbox.sql).

-- 1. Account mail has no organization, and its recipient may have no
-- account yet (a pending registration, an invited address): its recipient id
-- is then the request that caused it, so the idempotency key stays whole.
alter table app_public.outbound_messages alter column organization_id drop not null;
alter table app_public.outbound_messages drop constraint outbound_messages_one_recipient;
alter table app_public.outbound_messages drop column recipient_id; -- and outbound_messages_idempotent with it
alter table app_public.outbound_messages add column recipient_id uuid generated always as (
  coalesce(talent_id, guest_id, vendor_id, booking_id, profile_id, case when recipient_kind = 'account' then cause_id end)
) stored not null;
alter table app_public.outbound_messages
  add constraint outbound_messages_idempotent unique (cause_kind, cause_id, channel, recipient_kind, recipient_id, template_key),
  add constraint outbound_messages_one_recipient check (
    (recipient_kind = 'talent') = (talent_id is not null) and (recipient_kind = 'guest') = (guest_id is not null)
    and (recipient_kind = 'vendor') = (vendor_id is not null) and (recipient_kind = 'buyer') = (booking_id is not null)
    and (recipient_kind = 'account' or profile_id is null)),
  add constraint outbound_messages_organization check (organization_id is not null or purpose = 'account');

-- The closed lists grow by account mail's keys (guest_invitation is the guest
-- invitations' key, listed here too so either migration may run last).
alter table app_public.outbound_messages drop constraint outbound_messages_template_key_check;
alter table app_public.outbound_messages add constraint outbound_messages_template_key_check check (template_key in (
  'casting_invitation', 'casting_confirmed', 'call_sheet', 'reminder', 'thank_you', 'rsvp_accepted', 'booking_paid',
  'structured', 'test', 'guest_invitation',
  'confirm_registration', 'verify_email', 'account_exists', 'organization_invitation', 'password_reset'));
alter table app_public.outbound_messages drop constraint outbound_messages_cause_kind_check;
alter table app_public.outbound_messages add constraint outbound_messages_cause_kind_check check (cause_kind in (
  'casting_invitation', 'casting_confirmed', 'booking_paid', 'rsvp_accepted', 'email_draft', 'manual', 'test',
  'guest_invitation', 'account_request'));

comment on column app_public.outbound_messages.organization_id is
  'The organization that sends it; null for account mail (purpose account), which FashionOS itself sends.';
comment on column app_public.outbound_messages.recipient_id is
  'Whichever recipient id is set (generated): part of the idempotency key. For account mail to an address with no account yet (a pending registration, an invited address) it is cause_id.';
comment on column app_public.outbound_messages.profile_id is
  'The recipient when recipient_kind is account and the address has an account; null for account mail to an address with none yet.';
comment on column app_public.outbound_messages.template_key is
  'The template it is rendered from (tasks/outbox/templates.ts; WhatsApp maps it to an approved template): casting_invitation, casting_confirmed, call_sheet, reminder, thank_you, rsvp_accepted, booking_paid, guest_invitation (a guest''s invitation with their RSVP link), structured (a whole structured email in variables, e.g. an approved draft), test; account mail (tasks/outbox/account.ts): confirm_registration, verify_email, account_exists, organization_invitation, password_reset.';
comment on column app_public.outbound_messages.cause_kind is
  'What caused it: casting_invitation, casting_confirmed, booking_paid, rsvp_accepted, guest_invitation (a producer sent a guest''s invitation; cause_id is its link, app_private.guest_invitation_cause), email_draft (a producer approved a draft), manual, test, account_request (one request for account mail: every request is its own cause, so a second password reset is a second message with a new token).';
comment on column app_public.outbound_messages.variables is
  'The template''s variables (a JSON object, at most 20,000 bytes). Account mail''s one-time token is never here (app_private.account_messages).';
comment on column app_public.outbound_messages.rendered_body is
  'The plain-text body as sent; for account mail with the one-time link redacted.';
comment on column app_public.outbound_messages.rendered_html is
  'The HTML body as sent (emails, built with MJML); for account mail with the one-time link redacted.';

-- 2. The one-time token, outside the API, until the message is finished.
create table app_private.account_messages (
  message_id uuid primary key references app_public.outbound_messages (id) on delete cascade,
  token text constraint account_messages_token_format check (token ~ '^[0-9a-f]{32,128}$'),
  paced_until timestamptz
);
comment on table app_private.account_messages is
  'The private part of an account mail (outbound_messages with purpose account), one row per message while it is queued or sending: its one-time token (the registration, verification, invitation or reset link''s; null for mail without a link), read by the send task only to render the mail it sends, and its slot under app_private.account_mail_rate once it took one. Deleted when the message is finished, so no token outlives its mail.';
comment on column app_private.account_messages.token is 'The link''s one-time token as mailed (the database keeps only its hash elsewhere); null: the mail has no such link.';
comment on column app_private.account_messages.paced_until is 'The slot it took under app_private.account_mail_rate (null: none yet); a message moved to its slot does not take another.';

create or replace function app_private.tg_outbound_messages__forget_account_token() returns trigger
  language plpgsql set search_path to pg_catalog, public, pg_temp as $$
begin
  delete from app_private.account_messages a where a.message_id = new.id;
  return null;
end;
$$;
comment on function app_private.tg_outbound_messages__forget_account_token() is
  'Deletes an account message''s private part (its one-time token) once the message is finished: sent, delivered, read, failed, bounced, suppressed or cancelled.';
drop trigger if exists _900_forget_account_token on app_public.outbound_messages;
create trigger _900_forget_account_token after update of status on app_public.outbound_messages
  for each row when (new.purpose = 'account' and new.status not in ('queued', 'sending'))
  execute function app_private.tg_outbound_messages__forget_account_token();

-- 3. Every account mail, one outbox message: same signature, so the
-- functions that issue tokens (register, issue_email_verification,
-- invite_to_organization, request_password_reset) are unchanged.
create or replace function app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb)
  returns void language plpgsql security definer set search_path to pg_catalog, public, pg_temp as $$
declare
  template text := case kind when 'invitation' then 'organization_invitation' else kind end;
  account uuid;
  message_id uuid;
begin
  if template is null or template not in ('confirm_registration', 'verify_email', 'account_exists', 'organization_invitation', 'password_reset') then
    raise exception 'Unknown account mail "%".', kind using errcode = 'INVAL';
  end if;
  select p.id into account from app_public.profiles p where p.email = recipient::citext limit 1;
  -- Urgent (no quiet hours) and under no organization's daily cap or opt-out:
  -- the person asked for it (outbox_has_consent, outbox_claim). Paced by
  -- account_mail_rate instead (account_message_pace).
  insert into app_public.outbound_messages as m (
    organization_id, channel, purpose, recipient_kind, profile_id, recipient_address, locale, template_key,
    variables, urgent, status, max_attempts, cause_kind, cause_id)
  values (
    null, 'email', 'account', 'account', account, recipient,
    case when enqueue_account_email.locale in ('es-CO', 'en') then enqueue_account_email.locale else 'es-CO' end,
    template, coalesce(details, '{}') - 'token', true, 'queued', 10, 'account_request', gen_random_uuid())
  returning m.id into message_id;
  insert into app_private.account_messages (message_id, token) values (message_id, details->>'token');
  perform graphile_worker.add_job(
    'send_outbound_message', json_build_object('id', message_id),
    max_attempts => 10, job_key => 'outbound_message:' || message_id);
end;
$$;
comment on function app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb) is
  'Enqueues one account mail in the current transaction: kind confirm_registration, verify_email, account_exists, invitation (template organization_invitation) or password_reset, to the address `recipient`, with the template''s details (tasks/outbox/account.ts). An outbound_messages row (purpose and recipient_kind account, no organization, urgent, cause account_request with a new cause_id: every call is a new message) and its send_outbound_message job; details->>''token'' goes to app_private.account_messages, never into the row. Unknown kind: INVAL.';

-- 4. The pace (attack-report M2), now for account messages: the send task
-- asks before it claims, when mail really leaves through SMTP.
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
  'For a queued account message that has no slot yet: reserves one under app_private.account_mail_rate and returns null (send now) or, over the rate, moves the message and its job to its slot and returns that time (UTC). Null for any other message. Called by send_outbound_message before it claims, only when mail leaves through SMTP (the development log is not paced).';
comment on function app_private.reserve_account_mail_slot() is
  'Reserves the next send slot under account_mail_rate and returns when that mail may go (now, or later when over the rate). app_private.account_message_pace moves an account message whose slot is later instead of dropping it.';

-- 5. The claim: account mail takes no slot of an organization's daily cap
-- (it has no organization, and the person asked for it). Otherwise as before.
create or replace function app_private.outbox_claim(message_id uuid) returns jsonb
    language plpgsql security definer
    set search_path to 'pg_catalog', 'public', 'pg_temp'
    as $$
declare
  m app_public.outbound_messages;
  s app_private.outbox_settings;
  later timestamptz;
  local_day date;
  counted int;
  reason text;
  resumed boolean;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null then
    return jsonb_build_object('action', 'gone');
  end if;
  if m.status not in ('queued', 'sending') then
    return jsonb_build_object('action', 'done', 'status', m.status);
  end if;
  -- Consent is checked again: an opt-out or a withdrawal after enqueueing wins.
  if m.recipient_address is null
     or not app_private.outbox_has_consent(m.organization_id, m.channel, m.purpose, m.recipient_kind, m.recipient_id, m.recipient_address) then
    update app_public.outbound_messages x
       set status = 'suppressed', last_error_code = case when x.recipient_address is null then 'NO_ADDRESS' else 'NO_CONSENT' end
     where x.id = m.id;
    return jsonb_build_object('action', 'suppressed');
  end if;
  s := app_private.outbox_settings_for(m.organization_id);
  if m.status = 'queued' then
    later := case when m.urgent then null else app_private.outbox_quiet_until(m.organization_id, now()) end;
    reason := case when later is not null then 'QUIET_HOURS' end;
    if later is null and m.attempts = 0 and m.purpose <> 'account' then
      -- The daily cap: the first claim of a message takes a slot of its local day.
      local_day := (now() at time zone s.time_zone)::date;
      insert into app_private.outbox_daily_counts as d (organization_id, day, claimed)
      select m.organization_id, local_day, 1 where s.daily_cap > 0
      on conflict (organization_id, day) do update set claimed = d.claimed + 1 where d.claimed < s.daily_cap
      returning d.claimed into counted;
      if counted is null then
        reason := 'DAILY_CAP';
        later := ((local_day + 1) + case when s.quiet_hours_start = s.quiet_hours_end then '00:00'::time else s.quiet_hours_end end)
                 at time zone s.time_zone;
      end if;
    end if;
    if later is not null then
      update app_public.outbound_messages x set scheduled_at = later where x.id = m.id;
      perform graphile_worker.add_job(
        'send_outbound_message', json_build_object('id', m.id),
        run_at => later, max_attempts => m.max_attempts, job_key => 'outbound_message:' || m.id);
      return jsonb_build_object('action', 'later', 'runAt', later, 'reason', reason);
    end if;
  end if;
  -- A row found in `sending` was claimed by a worker that stopped before it
  -- recorded the outcome: it is handed to the channel again with the same
  -- idempotency key (resumed = true), so the provider (or the mailbox, for
  -- email: the same Message-ID) can tell it is the same message.
  resumed := m.status = 'sending';
  update app_public.outbound_messages x
     set status = 'sending', attempts = x.attempts + 1, sending_at = now()
   where x.id = m.id
   returning * into m;
  return jsonb_build_object(
    'action', 'send',
    'resumed', resumed,
    'unsubscribeToken', app_private.outbox_unsubscribe_token(m.id),
    'message', to_jsonb(m));
end;
$$;
comment on function app_private.outbox_claim(message_id uuid) is
  'The worker''s claim, under the row lock: gone (no row), done (already finished), suppressed (consent or address missing now), later (quiet hours or the daily cap: the job is moved to run_at; account mail is urgent and takes no daily-cap slot) or send (queued/sending → sending, attempts + 1; the row, its unsubscribe token and whether it resumes an attempt a stopped worker left in sending).';
