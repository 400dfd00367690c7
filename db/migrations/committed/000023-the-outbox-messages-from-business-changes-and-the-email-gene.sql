--! Previous: sha1:2459b298e7288be564ab83b3b87b61966207558c
--! Hash: sha1:dad71dd9eff5ccb0e20c1f67487a7781e91967e8
--! Message: The outbox, messages from business changes and the Email Generation agent

-- Tables: app_private.outbox_daily_counts, app_private.outbox_keys, app_private.outbox_settings, app_public.agent_runs, app_public.bookings, app_public.communication_opt_outs, app_public.email_drafts, app_public.events, app_public.guest_invitations, app_public.guests, app_public.model_castings, app_public.organizations, app_public.outbound_messages, app_public.profiles, app_public.talent, app_public.vendors
-- The outbox (outbound_messages, opt-outs, consent, quiet hours, daily cap, one send task), the business causes
-- that enqueue messages, and the Email Generation agent's drafts (issue 19; four steps in one).

-- ==== 000021-the-outbox-outbound-messages-opt-outs-consent-quiet-hours-da ====

-- The outbox (issue 19): every message FashionOS sends to a person — email
-- now, WhatsApp next — is one row of app_public.outbound_messages, inserted by
-- app_private.enqueue_outbound_message() in the same transaction as the
-- business change that causes it, together with its graphile-worker job
-- (job key `outbound_message:<id>`). The worker task send_outbound_message
-- (tasks/outbox/) claims the row (queued → sending), hands it to the
-- channel, and records the outcome (sent / failed / bounced); providers'
-- events later move it to delivered / read / bounced.
--
-- Never twice: a row is unique per (cause, channel, recipient, template), so
-- a retried business transaction or job enqueues nothing new; a row is sent
-- only from `queued` (or resumed from `sending` after a crash, with the same
-- provider idempotency key, see outbox_claim).
--
-- Consent (Ley 1581 de 2012, habeas data): a message goes only to a
-- recipient who consented to that purpose on that channel
-- (app_private.outbox_has_consent reads the consent the roster and the guest
-- list already record), and never after an opt-out
-- (app_public.communication_opt_outs: the unsubscribe link, "PARAR", a
-- complaint, a producer). Both are checked when the message is enqueued and
-- again just before it is sent.
--
-- Quiet hours (default 21:00–07:00 America/Bogota) move a message that is not
-- urgent to the end of the quiet period; a per-organization daily cap moves
-- the messages over it to the next day. Both are app_private.outbox_settings
-- (one row per organization, defaults when there is none).

/*==========================================================================
 * Settings, keys, counters
 *==========================================================================*/

create table if not exists app_private.outbox_settings (
  organization_id uuid primary key references app_public.organizations on delete cascade,
  quiet_hours_start time not null default '21:00',
  quiet_hours_end time not null default '07:00',
  time_zone text not null default 'America/Bogota' check (app_private.is_time_zone(time_zone)),
  daily_cap int not null default 2000 check (daily_cap >= 0),
  max_attempts int not null default 8 check (max_attempts between 1 and 25),
  updated_at timestamptz not null default now()
);
comment on table app_private.outbox_settings is 'Per organization: quiet hours (local wall clock in time_zone; start > end wraps midnight; start = end: none), the daily cap (messages claimed for sending per local day) and attempts per message. No row: the defaults (21:00–07:00 America/Bogota, 2,000 a day, 8 attempts).';

create or replace function app_private.outbox_settings_for(organization_id uuid) returns app_private.outbox_settings
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(
    (select s from app_private.outbox_settings s where s.organization_id = outbox_settings_for.organization_id),
    row(outbox_settings_for.organization_id, '21:00'::time, '07:00'::time, 'America/Bogota', 2000, 8, now())::app_private.outbox_settings);
$$;
comment on function app_private.outbox_settings_for(uuid) is 'The organization''s outbox settings, or the defaults.';

create table if not exists app_private.outbox_keys (
  id boolean primary key default true check (id),
  unsubscribe_key bytea not null default gen_random_bytes(32) check (length(unsubscribe_key) = 32),
  created_at timestamptz not null default now()
);
insert into app_private.outbox_keys default values on conflict do nothing;
comment on table app_private.outbox_keys is 'One row: the 256-bit HMAC key that signs unsubscribe links. Never exposed.';

create table if not exists app_private.outbox_daily_counts (
  organization_id uuid not null references app_public.organizations on delete cascade,
  day date not null,
  claimed int not null default 0 check (claimed >= 0),
  primary key (organization_id, day)
);
comment on table app_private.outbox_daily_counts is 'Messages first claimed for sending per organization and local day (outbox_settings.time_zone): the daily cap counts these.';

/*==========================================================================
 * Messages
 *==========================================================================*/

create table if not exists app_public.outbound_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  event_id uuid,
  channel text not null check (channel in ('email', 'whatsapp')),
  purpose text not null check (purpose in ('casting', 'invitation', 'transactional', 'coordination', 'marketing', 'account')),
  recipient_kind text not null check (recipient_kind in ('talent', 'guest', 'vendor', 'buyer', 'account')),
  talent_id uuid,
  guest_id uuid,
  vendor_id uuid,
  booking_id uuid,
  profile_id uuid references app_public.profiles on delete cascade,
  recipient_id uuid not null generated always as (coalesce(talent_id, guest_id, vendor_id, booking_id, profile_id)) stored,
  recipient_address text,
  recipient_name text,
  locale text not null default 'es-CO' check (locale in ('es-CO', 'en')),
  template_key text not null check (template_key in ('casting_invitation', 'casting_confirmed', 'call_sheet', 'reminder', 'thank_you', 'rsvp_accepted', 'booking_paid', 'structured', 'test')),
  variables jsonb check (variables is null or (jsonb_typeof(variables) = 'object' and octet_length(variables::text) <= 20000)),
  rendered_subject text,
  rendered_body text,
  rendered_html text,
  urgent boolean not null default false,
  status text not null default 'queued'
    check (status in ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'bounced', 'suppressed', 'cancelled')),
  provider_message_id text,
  attempts int not null default 0 check (attempts >= 0),
  max_attempts int not null default 8 check (max_attempts between 1 and 25),
  last_error text,
  last_error_code text check (last_error_code in ('NO_CONSENT', 'OPTED_OUT', 'NO_ADDRESS', 'INVALID_ADDRESS', 'BOUNCED', 'COMPLAINED', 'PROVIDER_REJECTED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_DEFERRED', 'PROVIDER_FAILED', 'PROVIDER_AUTH', 'RATE_LIMITED', 'CHANNEL_NOT_CONFIGURED', 'SMTP_NOT_CONFIGURED', 'TEMPLATE_INVALID', 'TEMPLATE_NOT_APPROVED', 'OUTSIDE_SERVICE_WINDOW')),
  cause_kind text not null check (cause_kind in ('casting_invitation', 'casting_confirmed', 'booking_paid', 'rsvp_accepted', 'email_draft', 'manual', 'test')),
  cause_id uuid not null,
  scheduled_at timestamptz not null default now(),
  sending_at timestamptz,
  sent_at timestamptz,
  delivered_at timestamptz,
  read_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint outbound_messages_one_recipient check (
    (recipient_kind = 'talent') = (talent_id is not null)
    and (recipient_kind = 'guest') = (guest_id is not null)
    and (recipient_kind = 'vendor') = (vendor_id is not null)
    and (recipient_kind = 'buyer') = (booking_id is not null)
    and (recipient_kind = 'account') = (profile_id is not null)),
  constraint outbound_messages_idempotent unique (cause_kind, cause_id, channel, recipient_kind, recipient_id, template_key),
  constraint outbound_messages_event_fk foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  constraint outbound_messages_talent_fk foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade,
  constraint outbound_messages_guest_fk foreign key (guest_id, organization_id) references app_public.guests (id, organization_id) on delete cascade,
  constraint outbound_messages_vendor_fk foreign key (vendor_id, organization_id) references app_public.vendors (id, organization_id) on delete cascade,
  constraint outbound_messages_booking_fk foreign key (booking_id, organization_id) references app_public.bookings (id, organization_id) on delete cascade,
  constraint outbound_messages_recipient_address_length check (length(recipient_address) <= 320),
  constraint outbound_messages_recipient_name_length check (length(recipient_name) <= 200),
  constraint outbound_messages_rendered_subject_length check (length(rendered_subject) <= 500),
  constraint outbound_messages_rendered_body_length check (length(rendered_body) <= 50000),
  constraint outbound_messages_rendered_html_length check (length(rendered_html) <= 200000),
  constraint outbound_messages_provider_message_id_length check (length(provider_message_id) <= 500),
  constraint outbound_messages_last_error_length check (length(last_error) <= 2000)
);
create index if not exists outbound_messages_organization_id_idx on app_public.outbound_messages (organization_id);
create index if not exists outbound_messages_event_id_idx on app_public.outbound_messages (event_id, organization_id);
create index if not exists outbound_messages_event_created_idx on app_public.outbound_messages (event_id, created_at desc);
create index if not exists outbound_messages_talent_id_idx on app_public.outbound_messages (talent_id, organization_id);
create index if not exists outbound_messages_guest_id_idx on app_public.outbound_messages (guest_id, organization_id);
create index if not exists outbound_messages_vendor_id_idx on app_public.outbound_messages (vendor_id, organization_id);
create index if not exists outbound_messages_booking_id_idx on app_public.outbound_messages (booking_id, organization_id);
create index if not exists outbound_messages_profile_id_idx on app_public.outbound_messages (profile_id);
create index if not exists outbound_messages_recipient_kind_idx on app_public.outbound_messages (organization_id, recipient_kind);
create unique index if not exists outbound_messages_provider_message_id_idx on app_public.outbound_messages (channel, provider_message_id)
  where provider_message_id is not null;
drop trigger if exists _100_timestamps on app_public.outbound_messages;
create trigger _100_timestamps before insert or update on app_public.outbound_messages
  for each row execute function app_private.tg__timestamps();

comment on table app_public.outbound_messages is 'The outbox: one row per message to one person on one channel, enqueued with its job in the transaction that causes it (app_private.enqueue_outbound_message) and sent once by the worker (send_outbound_message). Readable only by the roles that may read the recipient''s contact data. Written only by SQL functions and the worker.';
comment on column app_public.outbound_messages.id is 'The message; its job key is outbound_message:<id> and its email Message-ID <outbox.<id>@…>.';
comment on column app_public.outbound_messages.organization_id is 'The organization that sends it.';
comment on column app_public.outbound_messages.event_id is 'The event it is about, if any.';
comment on column app_public.outbound_messages.channel is 'email or whatsapp.';
comment on column app_public.outbound_messages.purpose is 'Why it is sent, the purpose consent is checked for (Ley 1581): casting (a casting call or its answer), invitation (a guest''s invitation), transactional (a purchase), coordination (a vendor''s work), marketing, account (sign-in and security).';
comment on column app_public.outbound_messages.recipient_kind is 'Who receives it: talent, guest, vendor (its contact), buyer (of a booking) or account (a profile). Exactly the matching id column is set.';
comment on column app_public.outbound_messages.talent_id is 'The recipient when recipient_kind is talent.';
comment on column app_public.outbound_messages.guest_id is 'The recipient when recipient_kind is guest.';
comment on column app_public.outbound_messages.vendor_id is 'The recipient (the vendor''s contact) when recipient_kind is vendor.';
comment on column app_public.outbound_messages.booking_id is 'The booking whose buyer receives it when recipient_kind is buyer.';
comment on column app_public.outbound_messages.profile_id is 'The recipient when recipient_kind is account.';
comment on column app_public.outbound_messages.recipient_id is 'Whichever recipient id is set (generated): part of the idempotency key.';
comment on column app_public.outbound_messages.recipient_address is 'The address it goes to, copied from the contact data when enqueued: an email address, or a phone number for WhatsApp. Null: the recipient has none (the message is suppressed).';
comment on column app_public.outbound_messages.recipient_name is 'The name the message greets.';
comment on column app_public.outbound_messages.locale is 'es-CO or en.';
comment on column app_public.outbound_messages.template_key is 'The template it is rendered from (tasks/outbox/templates.ts; WhatsApp maps it to an approved template): casting_invitation, casting_confirmed, call_sheet, reminder, thank_you, rsvp_accepted, booking_paid, structured (a whole structured email in variables, e.g. an approved draft), test.';
comment on column app_public.outbound_messages.variables is 'The template''s variables (a JSON object, at most 20,000 bytes).';
comment on column app_public.outbound_messages.rendered_subject is 'The subject as sent (emails).';
comment on column app_public.outbound_messages.rendered_body is 'The plain-text body as sent.';
comment on column app_public.outbound_messages.rendered_html is 'The HTML body as sent (emails, built with MJML).';
comment on column app_public.outbound_messages.urgent is 'Sent even in quiet hours.';
comment on column app_public.outbound_messages.status is 'queued → sending → sent → delivered → read; or failed (gave up), bounced (the address refused it), suppressed (no consent, an opt-out or no address: never sent), cancelled.';
comment on column app_public.outbound_messages.provider_message_id is 'The provider''s id for it (the email Message-ID, the WhatsApp message id); provider events are matched on it.';
comment on column app_public.outbound_messages.attempts is 'Times it was handed to the provider.';
comment on column app_public.outbound_messages.max_attempts is 'Attempts before it fails for good.';
comment on column app_public.outbound_messages.last_error is 'The last error, as the provider gave it.';
comment on column app_public.outbound_messages.last_error_code is 'Why it was not sent (yet): NO_CONSENT, OPTED_OUT, NO_ADDRESS (suppressed); BOUNCED, INVALID_ADDRESS, PROVIDER_REJECTED, TEMPLATE_INVALID, TEMPLATE_NOT_APPROVED, OUTSIDE_SERVICE_WINDOW (permanent); PROVIDER_UNAVAILABLE, PROVIDER_DEFERRED, PROVIDER_AUTH, RATE_LIMITED, CHANNEL_NOT_CONFIGURED, SMTP_NOT_CONFIGURED (retried); PROVIDER_FAILED (a provider''s failed event, or any other code); COMPLAINED.';
comment on column app_public.outbound_messages.cause_kind is 'What caused it: casting_invitation, casting_confirmed, booking_paid, rsvp_accepted, email_draft (a producer approved a draft), manual, test.';
comment on column app_public.outbound_messages.cause_id is 'The row that caused it (a casting, a booking, an invitation, a draft).';
comment on column app_public.outbound_messages.scheduled_at is 'When it may be sent (UTC): later than created_at when quiet hours or the daily cap hold it.';
comment on column app_public.outbound_messages.sending_at is 'When it was last handed to the provider.';
comment on column app_public.outbound_messages.sent_at is 'When the provider accepted it.';
comment on column app_public.outbound_messages.delivered_at is 'When the provider reported it delivered.';
comment on column app_public.outbound_messages.read_at is 'When the provider reported it read (WhatsApp).';
comment on column app_public.outbound_messages.failed_at is 'When it failed or bounced.';
comment on column app_public.outbound_messages.created_at is 'When it was enqueued.';
comment on column app_public.outbound_messages.updated_at is 'Last change.';

/*==========================================================================
 * Opt-outs
 *==========================================================================*/

create table if not exists app_public.communication_opt_outs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  channel text not null check (channel in ('email', 'whatsapp')),
  purpose text check (purpose in ('casting', 'invitation', 'transactional', 'coordination', 'marketing')),
  recipient_kind text not null check (recipient_kind in ('talent', 'guest', 'vendor', 'buyer', 'account')),
  recipient_id uuid not null,
  talent_id uuid,
  address text,
  source text not null check (source in ('unsubscribe_link', 'whatsapp_reply', 'complaint', 'producer')),
  message_id uuid references app_public.outbound_messages on delete set null,
  created_at timestamptz not null default now(),
  constraint communication_opt_outs_talent_fk foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade,
  constraint communication_opt_outs_address_length check (length(address) <= 320),
  constraint communication_opt_outs_talent_kind check ((recipient_kind = 'talent') = (talent_id is not null) and (talent_id is null or talent_id = recipient_id))
);
create index if not exists communication_opt_outs_organization_id_idx on app_public.communication_opt_outs (organization_id);
create index if not exists communication_opt_outs_recipient_idx on app_public.communication_opt_outs (recipient_id, channel);
create index if not exists communication_opt_outs_address_idx on app_public.communication_opt_outs (organization_id, channel, lower(address));
create index if not exists communication_opt_outs_talent_id_idx on app_public.communication_opt_outs (talent_id, organization_id);
create index if not exists communication_opt_outs_message_id_idx on app_public.communication_opt_outs (message_id);
comment on table app_public.communication_opt_outs is 'A person asked to stop (Ley 1581 de 2012): from then on nothing of that purpose (null: any purpose) reaches them on that channel, from this organization. Recorded at once by the unsubscribe link, a "PARAR" reply, a complaint or a producer. Never deleted by the product (a new consent is recorded on the person).';
comment on column app_public.communication_opt_outs.id is 'The opt-out.';
comment on column app_public.communication_opt_outs.organization_id is 'The organization they stopped.';
comment on column app_public.communication_opt_outs.channel is 'email or whatsapp.';
comment on column app_public.communication_opt_outs.purpose is 'The purpose stopped; null: every purpose but account mail.';
comment on column app_public.communication_opt_outs.recipient_kind is 'talent, guest, vendor, buyer or account.';
comment on column app_public.communication_opt_outs.recipient_id is 'The person (the id of their talent, guest, vendor, booking or profile row).';
comment on column app_public.communication_opt_outs.talent_id is 'The person when they are talent (so erasure and the roster find it).';
comment on column app_public.communication_opt_outs.address is 'The address that asked (also stops that address under another record).';
comment on column app_public.communication_opt_outs.source is 'How they asked: unsubscribe_link, whatsapp_reply, complaint, producer.';
comment on column app_public.communication_opt_outs.message_id is 'The message they answered, if any.';
comment on column app_public.communication_opt_outs.created_at is 'When (UTC).';

/*==========================================================================
 * Consent, quiet hours
 *==========================================================================*/

create or replace function app_private.outbox_has_consent(
  organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text
) returns boolean
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  t app_public.talent;
  g app_public.guests;
  whatsapp boolean;
begin
  -- An opt-out stops the purpose (or everything) on the channel, for the
  -- person and for the address. Account mail (sign-in, security) is not
  -- stopped by an unsubscribe.
  if purpose <> 'account' and exists (
    select 1 from app_public.communication_opt_outs o
     where o.organization_id = outbox_has_consent.organization_id
       and o.channel = outbox_has_consent.channel
       and (o.purpose is null or o.purpose = outbox_has_consent.purpose)
       and (o.recipient_id = outbox_has_consent.recipient_id
            or (outbox_has_consent.address is not null and lower(o.address) = lower(outbox_has_consent.address)))
  ) then
    return false;
  end if;
  case recipient_kind
  when 'talent' then
    -- The roster's consent (talent.consent_purposes): casting calls need
    -- 'casting' or 'contact'; marketing needs 'marketing'; anything else
    -- 'contact'. WhatsApp also needs talent_contacts.whatsapp_opt_in.
    select * into t from app_public.talent x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if t.id is null or t.erased_at is not null or t.consent_granted_at is null or t.consent_revoked_at is not null then
      return false;
    end if;
    if not (case purpose when 'casting' then t.consent_purposes && '{casting,contact}'
                         when 'marketing' then 'marketing' = any(t.consent_purposes)
                         else 'contact' = any(t.consent_purposes) or 'casting' = any(t.consent_purposes) end) then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.talent_contacts c where c.talent_id = t.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'guest' then
    -- The guest list's consent (guests.consent_granted_at, not revoked);
    -- WhatsApp also needs guest_contacts.whatsapp_opt_in.
    select * into g from app_public.guests x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if g.id is null or g.consent_granted_at is null or g.consent_revoked_at is not null then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.guest_contacts c where c.guest_id = g.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'buyer' then
    -- A buyer gave their address for their purchase: mail about it
    -- (transactional) only, by email; never marketing.
    return purpose = 'transactional' and channel = 'email';
  when 'vendor' then
    -- A vendor's business contact, for the work they are hired for.
    return purpose in ('coordination', 'transactional') and channel = 'email';
  when 'account' then
    return purpose = 'account' and channel = 'email';
  else
    return false;
  end case;
end;
$$;
comment on function app_private.outbox_has_consent(uuid, text, text, text, uuid, text) is 'Whether a message of this purpose may reach this person on this channel (Ley 1581 de 2012): no opt-out for the purpose (or for everything) by the person or the address, and their recorded consent — talent: consent granted, not revoked or erased, with casting/contact (marketing: marketing) among consent_purposes, and whatsapp_opt_in for WhatsApp; guests: consent granted and not revoked, whatsapp_opt_in for WhatsApp; buyers: transactional email about their purchase; vendors: coordination or transactional email; accounts: account email.';

create or replace function app_private.outbox_quiet_until(organization_id uuid, at timestamptz) returns timestamptz
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  s app_private.outbox_settings := app_private.outbox_settings_for(organization_id);
  local timestamp := at at time zone s.time_zone;
  t time := local::time;
begin
  if s.quiet_hours_start = s.quiet_hours_end then
    return null;
  elsif s.quiet_hours_start > s.quiet_hours_end then
    -- Wraps midnight (21:00–07:00).
    if t >= s.quiet_hours_start then
      return ((local::date + 1) + s.quiet_hours_end) at time zone s.time_zone;
    elsif t < s.quiet_hours_end then
      return (local::date + s.quiet_hours_end) at time zone s.time_zone;
    end if;
  elsif t >= s.quiet_hours_start and t < s.quiet_hours_end then
    return (local::date + s.quiet_hours_end) at time zone s.time_zone;
  end if;
  return null;
end;
$$;
comment on function app_private.outbox_quiet_until(uuid, timestamptz) is 'When `at` falls in the organization''s quiet hours (its time zone''s wall clock, default 21:00–07:00 America/Bogota): the end of them (UTC); otherwise null.';

create or replace function app_private.outbox_unsubscribe_token(message_id uuid) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select encode(hmac(convert_to('unsubscribe:' || message_id::text, 'UTF8'), k.unsubscribe_key, 'sha256'), 'hex')
    from app_private.outbox_keys k where k.id;
$$;
comment on function app_private.outbox_unsubscribe_token(uuid) is 'The token of a message''s unsubscribe link: hex HMAC-SHA-256 of "unsubscribe:<message id>" under app_private.outbox_keys.';

/*==========================================================================
 * Enqueue
 *==========================================================================*/

drop function if exists app_private.enqueue_outbound_message(uuid, text, text, uuid, text, jsonb, text, text, uuid, uuid, boolean, text, text, text, text);
create or replace function app_private.enqueue_outbound_message(
  organization_id uuid,
  channel text,
  recipient_kind text,
  recipient_id uuid,
  template_key text,
  variables jsonb,
  purpose text,
  cause_kind text,
  cause_id uuid,
  event_id uuid default null,
  urgent boolean default false,
  locale text default 'es-CO',
  rendered_subject text default null,
  rendered_body text default null,
  rendered_html text default null
) returns uuid
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  s app_private.outbox_settings := app_private.outbox_settings_for(organization_id);
  address text;
  name text;
  owner_org uuid;
  consent boolean;
  quiet timestamptz;
  message_id uuid;
  new_status text;
  code text;
begin
  -- The address, copied from the contact data of a person of this organization.
  case recipient_kind
  when 'talent' then
    select t.organization_id, coalesce(t.stage_name, t.full_name),
           case channel when 'email' then c.email::text else c.phone end
      into owner_org, name, address
      from app_public.talent t left join app_public.talent_contacts c on c.talent_id = t.id
     where t.id = recipient_id;
  when 'guest' then
    select g.organization_id, g.full_name, case channel when 'email' then c.email::text else c.phone end
      into owner_org, name, address
      from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
     where g.id = recipient_id;
  when 'vendor' then
    select v.organization_id, coalesce(v.contact_name, v.name),
           case channel when 'email' then v.contact_email::text else v.contact_phone end
      into owner_org, name, address
      from app_public.vendors v where v.id = recipient_id;
  when 'buyer' then
    select b.organization_id, b.buyer_name, case channel when 'email' then b.buyer_email::text end
      into owner_org, name, address
      from app_public.bookings b where b.id = recipient_id;
  when 'account' then
    select enqueue_outbound_message.organization_id, p.full_name, case channel when 'email' then p.email::text end
      into owner_org, name, address
      from app_public.profiles p where p.id = recipient_id;
  else
    raise exception 'Unknown recipient kind "%".', recipient_kind using errcode = 'INVAL';
  end case;
  if owner_org is null or owner_org <> enqueue_outbound_message.organization_id then
    raise exception 'That recipient does not exist.' using errcode = 'NTFND';
  end if;

  consent := app_private.outbox_has_consent(organization_id, channel, purpose, recipient_kind, recipient_id, address);
  if address is null then
    new_status := 'suppressed'; code := 'NO_ADDRESS';
  elsif not consent then
    new_status := 'suppressed'; code := 'NO_CONSENT';
  else
    new_status := 'queued';
  end if;
  quiet := case when urgent then null else app_private.outbox_quiet_until(organization_id, now()) end;

  insert into app_public.outbound_messages as m (
    organization_id, event_id, channel, purpose, recipient_kind,
    talent_id, guest_id, vendor_id, booking_id, profile_id,
    recipient_address, recipient_name, locale, template_key, variables,
    rendered_subject, rendered_body, rendered_html, urgent, status, last_error_code, max_attempts,
    cause_kind, cause_id, scheduled_at)
  values (
    organization_id, event_id, channel, purpose, recipient_kind,
    case recipient_kind when 'talent' then recipient_id end,
    case recipient_kind when 'guest' then recipient_id end,
    case recipient_kind when 'vendor' then recipient_id end,
    case recipient_kind when 'buyer' then recipient_id end,
    case recipient_kind when 'account' then recipient_id end,
    address, name, coalesce(locale, 'es-CO'), template_key, coalesce(variables, '{}'),
    rendered_subject, rendered_body, rendered_html, coalesce(urgent, false), new_status, code, s.max_attempts,
    cause_kind, cause_id, coalesce(quiet, now()))
  on conflict on constraint outbound_messages_idempotent do nothing
  returning m.id into message_id;

  if message_id is null then
    -- Already enqueued (a retried transaction, a second click): the same message.
    select m.id into message_id from app_public.outbound_messages m
     where m.cause_kind = enqueue_outbound_message.cause_kind and m.cause_id = enqueue_outbound_message.cause_id
       and m.channel = enqueue_outbound_message.channel and m.recipient_kind = enqueue_outbound_message.recipient_kind
       and m.recipient_id = enqueue_outbound_message.recipient_id and m.template_key = enqueue_outbound_message.template_key;
    return message_id;
  end if;

  if new_status = 'queued' then
    perform graphile_worker.add_job(
      'send_outbound_message', json_build_object('id', message_id),
      run_at => coalesce(quiet, now()), max_attempts => s.max_attempts,
      job_key => 'outbound_message:' || message_id);
  end if;
  return message_id;
end;
$$;
comment on function app_private.enqueue_outbound_message(uuid, text, text, uuid, text, jsonb, text, text, uuid, uuid, boolean, text, text, text, text) is
  'Enqueues one message in the current transaction and returns its id: the row (address copied from the recipient''s contact data; suppressed, with NO_ADDRESS or NO_CONSENT and no job, when there is no address or no consent for the purpose and channel) and its send_outbound_message job (job key outbound_message:<id>, run at the end of quiet hours unless urgent). Idempotent per (cause, channel, recipient, template): enqueued again, even by a concurrent transaction, it returns the first message''s id and adds nothing. recipient_id is the talent, guest, vendor, booking (buyer) or profile (account) id; a recipient of another organization is NTFND. Callers: the business functions and triggers that cause messages.';

/*==========================================================================
 * The worker's side
 *==========================================================================*/

create or replace function app_private.outbox_claim(message_id uuid) returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
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
    if later is null and m.attempts = 0 then
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
comment on function app_private.outbox_claim(uuid) is 'The worker''s claim, under the row lock: gone (no row), done (already finished), suppressed (consent or address missing now), later (quiet hours or the daily cap: the job is moved to run_at) or send (queued/sending → sending, attempts + 1; the row, its unsubscribe token and whether it resumes an attempt a stopped worker left in sending).';

create or replace function app_private.outbox_record_sent(
  message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text
) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  update app_public.outbound_messages m
     set status = 'sent', sent_at = now(), provider_message_id = outbox_record_sent.provider_message_id,
         rendered_subject = coalesce(outbox_record_sent.rendered_subject, m.rendered_subject),
         rendered_body = coalesce(outbox_record_sent.rendered_body, m.rendered_body),
         rendered_html = coalesce(outbox_record_sent.rendered_html, m.rendered_html),
         last_error = null, last_error_code = null
   where m.id = message_id and m.status = 'sending';
  return found;
end;
$$;
comment on function app_private.outbox_record_sent(uuid, text, text, text, text) is 'sending → sent with the provider''s id and what was sent. False when the row was not sending.';

create or replace function app_private.outbox_record_failure(
  message_id uuid, code text, detail text, permanent boolean, bounced boolean default false
) returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
begin
  update app_public.outbound_messages x
     set status = case when bounced then 'bounced'
                       when permanent or x.attempts >= x.max_attempts then 'failed'
                       else 'queued' end,
         failed_at = case when bounced or permanent or x.attempts >= x.max_attempts then now() end,
         last_error_code = case when code in ('NO_CONSENT', 'OPTED_OUT', 'NO_ADDRESS', 'INVALID_ADDRESS', 'BOUNCED', 'COMPLAINED', 'PROVIDER_REJECTED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_DEFERRED', 'PROVIDER_FAILED', 'PROVIDER_AUTH', 'RATE_LIMITED', 'CHANNEL_NOT_CONFIGURED', 'SMTP_NOT_CONFIGURED', 'TEMPLATE_INVALID', 'TEMPLATE_NOT_APPROVED', 'OUTSIDE_SERVICE_WINDOW') then code else 'PROVIDER_FAILED' end,
         last_error = left(detail, 2000)
   where x.id = message_id and x.status = 'sending'
   returning * into m;
  return m.status;
end;
$$;
comment on function app_private.outbox_record_failure(uuid, text, text, boolean, boolean) is 'An attempt failed: bounced (the address refused it), failed (permanent, or the last attempt), else back to queued for the job''s retry with back-off. Returns the new status (null when the row was not sending).';

create or replace function app_private.outbox_record_event(
  channel text, provider_message_id text, event text, at timestamptz default now(), detail text default null
) returns uuid
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  rank_now int;
  rank_new int;
begin
  select * into m from app_public.outbound_messages x
   where x.channel = outbox_record_event.channel and x.provider_message_id = outbox_record_event.provider_message_id
   for update;
  if m.id is null then
    return null;
  end if;
  if event = 'complained' then
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, talent_id, address, source, message_id)
    values (m.organization_id, m.channel, null, m.recipient_kind, m.recipient_id, m.talent_id, m.recipient_address, 'complaint', m.id);
    return m.id;
  end if;
  -- Statuses only move forward, whatever order the provider's events arrive in:
  -- sent < delivered < read; failed and bounced end a message that was not
  -- yet delivered.
  rank_now := case m.status when 'sending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 9 end;
  rank_new := case event when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 when 'failed' then 4 when 'bounced' then 4 else -1 end;
  if rank_new < 0 then
    raise exception 'Unknown provider event "%".', event using errcode = 'INVAL';
  end if;
  if rank_new = 4 then
    if rank_now < 2 then
      update app_public.outbound_messages x
         set status = event, failed_at = at, last_error_code = case event when 'bounced' then 'BOUNCED' else 'PROVIDER_FAILED' end,
             last_error = left(detail, 2000)
       where x.id = m.id;
    end if;
  elsif rank_new > rank_now then
    update app_public.outbound_messages x
       set status = event,
           sent_at = coalesce(x.sent_at, at),
           delivered_at = case when rank_new >= 2 then coalesce(x.delivered_at, at) else x.delivered_at end,
           read_at = case when rank_new = 3 then at else x.read_at end
     where x.id = m.id;
  end if;
  return m.id;
end;
$$;
comment on function app_private.outbox_record_event(text, text, text, timestamptz, text) is 'A provider''s event about a message (matched on channel and provider_message_id): sent, delivered, read move it forward only; failed and bounced end a message not yet delivered; complained records an opt-out from everything on the channel. Returns the message id, null when no message matches.';

create or replace function app_private.record_opt_out(
  message_id uuid, source text, purpose text default null
) returns uuid
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  opt_out uuid;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id;
  if m.id is null then
    return null;
  end if;
  select o.id into opt_out from app_public.communication_opt_outs o
   where o.organization_id = m.organization_id and o.channel = m.channel and o.recipient_id = m.recipient_id
     and o.purpose is not distinct from record_opt_out.purpose;
  if opt_out is null then
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, talent_id, address, source, message_id)
    values (m.organization_id, m.channel, record_opt_out.purpose, m.recipient_kind, m.recipient_id, m.talent_id, m.recipient_address, source, m.id)
    returning id into opt_out;
  end if;
  -- Honoured at once: what is still waiting to go to them on that channel is suppressed.
  update app_public.outbound_messages x
     set status = 'suppressed', last_error_code = 'OPTED_OUT'
   where x.organization_id = m.organization_id and x.channel = m.channel and x.recipient_id = m.recipient_id
     and x.status = 'queued' and x.purpose <> 'account'
     and (record_opt_out.purpose is null or x.purpose = record_opt_out.purpose);
  return opt_out;
end;
$$;
comment on function app_private.record_opt_out(uuid, text, text) is 'The recipient of a message asked to stop (unsubscribe link, "PARAR", …): records the opt-out (purpose null: everything on that channel) once and suppresses what is still queued for them. Returns the opt-out''s id; null when the message does not exist.';

create or replace function app_private.unsubscribe(message_id uuid, token text) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if token is null or message_id is null
     or app_private.outbox_unsubscribe_token(message_id) is distinct from lower(token) then
    return false;
  end if;
  return app_private.record_opt_out(message_id, 'unsubscribe_link', null) is not null;
end;
$$;
comment on function app_private.unsubscribe(uuid, text) is 'The one-click unsubscribe (RFC 8058) of a message''s link: with the right token, records an opt-out from everything on the message''s channel at once. False for a wrong token or an unknown message.';

/*==========================================================================
 * Consent as the roster shows it
 *==========================================================================*/

create or replace function app_public.talent_communication_consent(t app_public.talent) returns jsonb
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_agg(jsonb_build_object(
           'channel', ch.channel,
           'casting', app_private.outbox_has_consent(t.organization_id, ch.channel, 'casting', 'talent', t.id, null),
           'marketing', app_private.outbox_has_consent(t.organization_id, ch.channel, 'marketing', 'talent', t.id, null),
           'optedOut', exists (select 1 from app_public.communication_opt_outs o
                                where o.organization_id = t.organization_id and o.recipient_id = t.id and o.channel = ch.channel))
         order by ch.channel)
    from (values ('email'), ('whatsapp')) as ch(channel)
   where t.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.talent_communication_consent(app_public.talent) is 'Per channel (email, whatsapp): whether a casting call and a marketing message may reach this person now (their consent, WhatsApp opt-in and opt-outs; Ley 1581 de 2012), and whether they opted out. [{channel, casting, marketing, optedOut}].';

-- ==== 000022-castings-invited-or-confirmed-and-rsvps-accepted-enqueue-the ====


-- The business changes that cause messages enqueue them in their own
-- transaction (issue 19), through app_private.enqueue_outbound_message:
--
-- - a casting moved to `invited` → the casting invitation to the person, by
--   email and by WhatsApp (each suppressed without consent for it:
--   talent.consent_purposes casting/contact, and whatsapp_opt_in for WhatsApp);
--   cause casting_invitation / the casting's id, so the WhatsApp reply finds
--   its casting;
-- - a casting moved to `confirmed` → the confirmation by email;
-- - a guest's RSVP accepted → the confirmation by email to the guest.
--
-- A paid booking already gets its confirmation with its e-tickets (QR codes
-- attached inline) from send_booking_email (tasks/mail/send-booking-email.ts);
-- it is not sent twice through the outbox.
--
-- Idempotent like every enqueue: a casting invited, moved back and invited
-- again gets one invitation per channel (the row exists; nothing new).

create or replace function app_private.outbox_event_variables(event_id uuid, name text) returns jsonb
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_object(
           'eventTitle', e.title,
           'startsAt', to_char(e.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'timeZone', e.timezone,
           'venue', v.name,
           'organizationName', o.name,
           'name', coalesce(outbox_event_variables.name, ''))
    from app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where e.id = outbox_event_variables.event_id;
$$;
comment on function app_private.outbox_event_variables(uuid, text) is 'The variables every event message template takes: {eventTitle, startsAt (UTC, ISO 8601), timeZone (the event''s IANA zone), venue (its name or null), organizationName, name (who it greets)}.';

create or replace function app_private.tg_model_castings__enqueue_messages() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  vars jsonb;
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  if new.status not in ('invited', 'confirmed') then
    return null;
  end if;
  select * into person from app_public.talent t where t.id = new.talent_id;
  if person.id is null or person.erased_at is not null then
    return null;
  end if;
  vars := app_private.outbox_event_variables(new.event_id, coalesce(person.stage_name, person.full_name));
  if new.status = 'invited' then
    perform app_private.enqueue_outbound_message(new.organization_id, channel, 'talent', new.talent_id,
      'casting_invitation', vars, 'casting', 'casting_invitation', new.id, new.event_id)
      from unnest(array['email', 'whatsapp']) as channel;
  else
    perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'talent', new.talent_id,
      'casting_confirmed', vars, 'casting', 'casting_confirmed', new.id, new.event_id);
  end if;
  return null;
end;
$$;
comment on function app_private.tg_model_castings__enqueue_messages() is 'A casting moved to invited enqueues the invitation (email and WhatsApp), one moved to confirmed the confirmation (email), in the same transaction (app_private.enqueue_outbound_message: consent checked, idempotent per casting).';
drop trigger if exists _950_enqueue_messages on app_public.model_castings;
create trigger _950_enqueue_messages after insert or update of status on app_public.model_castings
  for each row execute function app_private.tg_model_castings__enqueue_messages();

create or replace function app_private.tg_guest_invitations__enqueue_messages() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  guest app_public.guests;
begin
  if new.status <> 'accepted' or (tg_op = 'UPDATE' and old.status = 'accepted') then
    return null;
  end if;
  select * into guest from app_public.guests g where g.id = new.guest_id;
  perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'guest', new.guest_id,
    'rsvp_accepted', app_private.outbox_event_variables(new.event_id, guest.full_name)
      || jsonb_build_object('plusOne', new.plus_one_name),
    'invitation', 'rsvp_accepted', new.id, new.event_id);
  return null;
end;
$$;
comment on function app_private.tg_guest_invitations__enqueue_messages() is 'An RSVP accepted enqueues its confirmation to the guest by email, in the same transaction (consent checked, idempotent per invitation).';
drop trigger if exists _950_enqueue_messages on app_public.guest_invitations;
create trigger _950_enqueue_messages after insert or update of status on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__enqueue_messages();

-- ==== 000023-a-repeated-complaint-records-one-opt-out ====

-- A provider that repeats a complaint (email providers do) records one
-- opt-out per message, and what was still queued for the person on that
-- channel is suppressed at once, as with the unsubscribe link.

create or replace function app_private.outbox_record_event(
  channel text, provider_message_id text, event text, at timestamptz default now(), detail text default null
) returns uuid
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  m app_public.outbound_messages;
  rank_now int;
  rank_new int;
begin
  select * into m from app_public.outbound_messages x
   where x.channel = outbox_record_event.channel and x.provider_message_id = outbox_record_event.provider_message_id
   for update;
  if m.id is null then
    return null;
  end if;
  if event = 'complained' then
    -- Once per message, however often the provider repeats it.
    if not exists (select 1 from app_public.communication_opt_outs o where o.message_id = m.id and o.source = 'complaint') then
      insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, talent_id, address, source, message_id)
      values (m.organization_id, m.channel, null, m.recipient_kind, m.recipient_id, m.talent_id, m.recipient_address, 'complaint', m.id);
      update app_public.outbound_messages x set status = 'suppressed', last_error_code = 'COMPLAINED'
       where x.organization_id = m.organization_id and x.channel = m.channel and x.recipient_id = m.recipient_id
         and x.status = 'queued' and x.purpose <> 'account';
    end if;
    return m.id;
  end if;
  -- Statuses only move forward, whatever order the provider's events arrive in:
  -- sent < delivered < read; failed and bounced end a message that was not
  -- yet delivered.
  rank_now := case m.status when 'sending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 9 end;
  rank_new := case event when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 when 'failed' then 4 when 'bounced' then 4 else -1 end;
  if rank_new < 0 then
    raise exception 'Unknown provider event "%".', event using errcode = 'INVAL';
  end if;
  if rank_new = 4 then
    if rank_now < 2 then
      update app_public.outbound_messages x
         set status = event, failed_at = at, last_error_code = case event when 'bounced' then 'BOUNCED' else 'PROVIDER_FAILED' end,
             last_error = left(detail, 2000)
       where x.id = m.id;
    end if;
  elsif rank_new > rank_now then
    update app_public.outbound_messages x
       set status = event,
           sent_at = coalesce(x.sent_at, at),
           delivered_at = case when rank_new >= 2 then coalesce(x.delivered_at, at) else x.delivered_at end,
           read_at = case when rank_new = 3 then at else x.read_at end
     where x.id = m.id;
  end if;
  return m.id;
end;
$$;
comment on function app_private.outbox_record_event(text, text, text, timestamptz, text) is 'A provider''s event about a message (matched on channel and provider_message_id): sent, delivered, read move it forward only; failed and bounced end a message not yet delivered; complained records an opt-out from everything on the channel. Returns the message id, null when no message matches.';

-- ==== 000024-email-generation-agent-drafts-a-producer-approves ====

-- The Email Generation agent's drafts (issue 19). A producer asks for an
-- email about an event (request_email_draft: a casting invitation, a call
-- sheet, a confirmation, a reminder, a thank-you) for an audience (the
-- event's invited or confirmed models, or its accepted guests); the agent
-- (or, without AI_API_KEY, the deterministic local writer) writes a
-- structured draft — subject, preheader, sections — never HTML; the
-- producer edits it (plain columns, producers only, while it is a draft) and
-- approves it (approve_email_draft): one outbox message per person of the
-- audience, in the same transaction, each checked for consent, rendered to
-- HTML with MJML by the worker (template `structured`).

create table if not exists app_public.email_drafts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  event_id uuid not null,
  kind text not null check (kind in ('casting_invitation', 'call_sheet', 'confirmation', 'reminder', 'thank_you')),
  audience text not null check (audience in ('invited_talent', 'confirmed_talent', 'accepted_guests')),
  locale text not null default 'es-CO' check (locale in ('es-CO', 'en')),
  subject text,
  preheader text,
  sections jsonb,
  status text not null default 'writing' check (status in ('writing', 'draft', 'approved', 'discarded', 'failed')),
  written_by text check (written_by in ('openai', 'local')),
  agent_run_id uuid,
  requested_by uuid references app_public.profiles on delete set null,
  approved_by uuid references app_public.profiles on delete set null,
  approved_at timestamptz,
  recipients int check (recipients >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  constraint email_drafts_event_fk foreign key (event_id, organization_id) references app_public.events (id, organization_id) on delete cascade,
  constraint email_drafts_agent_run_fk foreign key (agent_run_id, organization_id) references app_public.agent_runs (id, organization_id) on delete set null (agent_run_id),
  constraint email_drafts_subject_length check (length(subject) between 1 and 200),
  constraint email_drafts_preheader_length check (length(preheader) <= 200),
  -- The shape is checked when the draft is approved (approve_email_draft) and again, with zod, when each
  -- message is rendered; here only the size.
  constraint email_drafts_sections_length check (octet_length(sections::text) <= 20000),
  constraint email_drafts_complete check (status in ('writing', 'failed', 'discarded') or (subject is not null and sections is not null))
);
create index if not exists email_drafts_organization_id_idx on app_public.email_drafts (organization_id);
create index if not exists email_drafts_event_id_idx on app_public.email_drafts (event_id, organization_id);
create index if not exists email_drafts_agent_run_id_idx on app_public.email_drafts (agent_run_id, organization_id);
create index if not exists email_drafts_requested_by_idx on app_public.email_drafts (requested_by);
create index if not exists email_drafts_approved_by_idx on app_public.email_drafts (approved_by);
drop trigger if exists _100_timestamps on app_public.email_drafts;
create trigger _100_timestamps before insert or update on app_public.email_drafts
  for each row execute function app_private.tg__timestamps();
drop trigger if exists _060_requested_by_is_member on app_public.email_drafts;
create trigger _060_requested_by_is_member before insert or update of requested_by on app_public.email_drafts
  for each row execute function app_private.tg__person_is_member('requested_by');
drop trigger if exists _060_approved_by_is_member on app_public.email_drafts;
create trigger _060_approved_by_is_member before insert or update of approved_by on app_public.email_drafts
  for each row execute function app_private.tg__person_is_member('approved_by');

comment on table app_public.email_drafts is 'An email about an event written by the Email Generation agent (or the local writer) as structure — subject, preheader, sections — for a producer to edit and approve; approving sends it through the outbox to every person of the audience with consent. Producers, admins and owners.';
comment on column app_public.email_drafts.id is 'The draft; its messages have cause email_draft and this id.';
comment on column app_public.email_drafts.organization_id is 'The organization.';
comment on column app_public.email_drafts.event_id is 'The event it is about.';
comment on column app_public.email_drafts.kind is 'casting_invitation, call_sheet (time and place), confirmation, reminder or thank_you.';
comment on column app_public.email_drafts.audience is 'Who receives it: invited_talent or confirmed_talent (the event''s castings in that status), accepted_guests (RSVPs accepted).';
comment on column app_public.email_drafts.locale is 'es-CO or en.';
comment on column app_public.email_drafts.subject is 'The subject (1–200 characters).';
comment on column app_public.email_drafts.preheader is 'The line mail clients show after the subject (≤ 200 characters).';
comment on column app_public.email_drafts.sections is 'The body: [{heading?, paragraphs: [text, …] (1–8), button?: {label, href (http/https)}}] (1–8 sections). "{{nombre}}" in a paragraph becomes each person''s name.';
comment on column app_public.email_drafts.status is 'writing (the agent is at work) → draft (editable) → approved (sent to the outbox); or discarded, failed (the agent could not write it).';
comment on column app_public.email_drafts.written_by is 'openai (a model) or local (the deterministic writer, without AI).';
comment on column app_public.email_drafts.agent_run_id is 'The Email Generation run that wrote it.';
comment on column app_public.email_drafts.requested_by is 'Who asked for it.';
comment on column app_public.email_drafts.approved_by is 'Who approved it.';
comment on column app_public.email_drafts.approved_at is 'When it was approved (UTC).';
comment on column app_public.email_drafts.recipients is 'Messages enqueued when it was approved (people with and without consent; the ones without are suppressed).';
comment on column app_public.email_drafts.created_at is 'When it was requested.';
comment on column app_public.email_drafts.updated_at is 'Last change.';

create or replace function app_public.request_email_draft(event_id uuid, kind text, audience text, locale text default 'es-CO')
returns app_public.email_drafts language plpgsql volatile security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  e app_public.events;
  run app_public.agent_runs;
  draft app_public.email_drafts;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events x where x.id = request_email_draft.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  if kind is null or kind not in ('casting_invitation', 'call_sheet', 'confirmation', 'reminder', 'thank_you') then
    raise exception 'Unknown email kind.' using errcode = '23514';
  end if;
  if audience is null or audience not in ('invited_talent', 'confirmed_talent', 'accepted_guests') then
    raise exception 'Unknown audience.' using errcode = '23514';
  end if;
  perform app_private.check_agent_limits(e.organization_id);
  insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
  values (e.organization_id, e.id, 'email_generation', app_public.current_profile_id(),
          jsonb_build_object('eventId', e.id, 'kind', kind, 'audience', audience, 'locale', coalesce(locale, 'es-CO')))
  returning * into run;
  insert into app_public.email_drafts (organization_id, event_id, kind, audience, locale, agent_run_id, requested_by)
  values (e.organization_id, e.id, kind, audience, coalesce(locale, 'es-CO'), run.id, app_public.current_profile_id())
  returning * into draft;
  perform graphile_worker.add_job('email_generation', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return draft;
end;
$$;
comment on function app_public.request_email_draft(uuid, text, text, text) is
  'Asks the Email Generation agent for a draft about an event (producer, admin, owner): kind casting_invitation, call_sheet, confirmation, reminder or thank_you; audience invited_talent, confirmed_talent or accepted_guests; locale es-CO (default) or en. Returns the draft (status writing); the run fills it in (agent_runs.input: {eventId: uuid, kind: string, audience: string, locale: string}). Over the agent request limit: RATE_LIMITED.';

create or replace function app_public.approve_email_draft(id uuid) returns app_public.email_drafts
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  draft app_public.email_drafts;
  person record;
  n int := 0;
  content jsonb;
begin
  select * into draft from app_public.email_drafts d where d.id = approve_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status <> 'draft' then
    raise exception 'Only a draft can be approved.' using errcode = 'CONFL';
  end if;
  if jsonb_typeof(draft.sections) <> 'array' or jsonb_array_length(draft.sections) not between 1 and 8
     or exists (select 1 from jsonb_array_elements(draft.sections) s
                 where jsonb_typeof(s) <> 'object' or jsonb_typeof(s -> 'paragraphs') <> 'array'
                    or jsonb_array_length(s -> 'paragraphs') not between 1 and 8
                    or exists (select 1 from jsonb_array_elements(s -> 'paragraphs') p
                                where jsonb_typeof(p) <> 'string' or length(p #>> '{}') not between 1 and 2000)) then
    raise exception 'The body must be 1 to 8 sections, each with 1 to 8 paragraphs of 1 to 2,000 characters.' using errcode = '23514';
  end if;
  content := jsonb_build_object('subject', draft.subject, 'preheader', coalesce(draft.preheader, ''), 'sections', draft.sections);
  for person in
    select 'talent' as kind, c.talent_id as id, coalesce(t.stage_name, t.full_name) as name
      from app_public.model_castings c join app_public.talent t on t.id = c.talent_id
     where c.event_id = draft.event_id and draft.audience in ('invited_talent', 'confirmed_talent')
       and c.status = case draft.audience when 'invited_talent' then 'invited' else 'confirmed' end
    union all
    select 'guest', i.guest_id, g.full_name
      from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.event_id = draft.event_id and draft.audience = 'accepted_guests' and i.status = 'accepted'
  loop
    perform app_private.enqueue_outbound_message(draft.organization_id, 'email', person.kind, person.id, 'structured',
      content || jsonb_build_object('name', person.name),
      case person.kind when 'talent' then 'casting' else 'invitation' end,
      'email_draft', draft.id, draft.event_id, false, draft.locale);
    n := n + 1;
  end loop;
  update app_public.email_drafts d
     set status = 'approved', approved_by = app_public.current_profile_id(), approved_at = now(), recipients = n
   where d.id = draft.id
   returning * into draft;
  return draft;
end;
$$;
comment on function app_public.approve_email_draft(uuid) is 'Approves a draft (producer, admin, owner) and sends it, in this transaction, through the outbox to every person of its audience (each checked for consent; without it the message is suppressed); returns it with recipients. Not a draft: CONFLICT.';

create or replace function app_public.discard_email_draft(id uuid) returns app_public.email_drafts
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  draft app_public.email_drafts;
begin
  select * into draft from app_public.email_drafts d where d.id = discard_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status not in ('draft', 'failed', 'writing') then
    raise exception 'An approved draft cannot be discarded.' using errcode = 'CONFL';
  end if;
  update app_public.email_drafts d set status = 'discarded' where d.id = draft.id returning * into draft;
  return draft;
end;
$$;
comment on function app_public.discard_email_draft(uuid) is 'Discards a draft that was not approved (producer, admin, owner).';

-- GraphQL names of the relations (the outbox's from migration 000021 too).
comment on constraint email_drafts_requested_by_fkey on app_public.email_drafts is '@fieldName requester
@foreignFieldName emailDraftsRequested';
comment on constraint email_drafts_approved_by_fkey on app_public.email_drafts is '@fieldName approver
@foreignFieldName emailDraftsApproved';
comment on constraint email_drafts_event_fk on app_public.email_drafts is '@fieldName event
@foreignFieldName emailDrafts';
comment on constraint email_drafts_agent_run_fk on app_public.email_drafts is '@fieldName agentRun
@foreignFieldName emailDrafts';
comment on constraint outbound_messages_event_fk on app_public.outbound_messages is '@fieldName event
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_talent_fk on app_public.outbound_messages is '@fieldName talent
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_guest_fk on app_public.outbound_messages is '@fieldName guest
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_vendor_fk on app_public.outbound_messages is '@fieldName vendor
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_booking_fk on app_public.outbound_messages is '@fieldName booking
@foreignFieldName outboundMessages';
comment on constraint outbound_messages_profile_id_fkey on app_public.outbound_messages is '@fieldName profile
@foreignFieldName outboundMessages';
comment on constraint communication_opt_outs_talent_fk on app_public.communication_opt_outs is '@fieldName talent
@foreignFieldName communicationOptOuts';
comment on constraint communication_opt_outs_message_id_fkey on app_public.communication_opt_outs is '@fieldName message
@foreignFieldName optOuts';
