--! Previous: sha1:c5f0c80ccf0974c958be84ca842624ee2b6e2232
--! Hash: sha1:923bdaff178cdee4769532b4271d18976b94bebd
--! Message: Guest invitations through the outbox: send_guest_invitations, per-invitation message state

-- Tables: app_public.outbound_messages, app_public.whatsapp_templates, app_public.guest_invitations
--
-- Guest invitations through the outbox (issue 16's last flow, issue 19):
-- a producer sends the invitations of an event (chosen ones, or a category /
-- tier filter) by email and/or WhatsApp; each is one outbound_messages row
-- (template guest_invitation, purpose invitation) enqueued with its job in
-- the producer's transaction, carrying the guest's own RSVP link.
--
-- The cause of an invitation message is the invitation's LINK, not the
-- invitation: cause_kind guest_invitation, cause_id =
-- app_private.guest_invitation_cause(invitation id, rsvp_version). Sending
-- twice (a second click, two producers at once) finds the same message and
-- sends nothing new; after reissue_rsvp_link the link is a new cause, so the
-- new link can be sent, once. A message still queued with a link that no
-- longer opens (reissued, invitation cancelled, or already answered) is
-- cancelled in the same transaction: nobody receives a dead link.
--
-- Consent (Ley 1581) is enqueue_outbound_message's: a guest without consent
-- for the purpose `invitation` on the channel (no consent recorded, withdrawn,
-- an opt-out, or no WhatsApp opt-in) gets a `suppressed` row with its reason
-- and no job, and the mutation reports it; nothing is dropped silently.

/*================================================ closed lists grow by one */

-- outbound_messages' closed lists (template_key, cause_kind) already hold guest_invitation: migration 000029
-- added them with account mail's keys.
comment on column app_public.outbound_messages.cause_id is 'The row that caused it (a casting, a booking, an invitation, a draft); for guest_invitation the invitation''s link (a uuid derived from the invitation and its link version: a reissued link is a new cause).';

alter table app_public.whatsapp_templates drop constraint if exists whatsapp_templates_purpose_check;
alter table app_public.whatsapp_templates add constraint whatsapp_templates_purpose_check
  check (purpose in ('casting_invitation', 'casting_reminder', 'call_sheet', 'guest_invitation'));
comment on column app_public.whatsapp_templates.purpose is 'What the template is for: casting_invitation (body {{1}} name, {{2}} event, {{3}} date; quick-reply buttons Sí / No), casting_reminder, call_sheet, guest_invitation (body {{1}} name, {{2}} event, {{3}} date and time, {{4}} venue, {{5}} the +1 allowance; a URL button whose URL ends in /rsvp/{{1}}, filled with the guest''s RSVP token).';
comment on table app_public.whatsapp_templates is
  'The WhatsApp message templates an organization had approved in its WhatsApp Manager, per purpose. Without a row FashionOS sends the default (casting_invitation: invitacion_casting, casting_reminder: recordatorio_casting, call_sheet: hoja_de_llamado, guest_invitation: invitacion_evento; all es_CO). Owners and admins keep them; every member reads them.';

create or replace function app_private.whatsapp_template(organization uuid, purpose text,
                                                         out name text, out language_code text)
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select coalesce(t.name, d.name), coalesce(t.language_code, d.language_code)
    from (values ('casting_invitation', 'invitacion_casting', 'es_CO'),
                 ('casting_reminder', 'recordatorio_casting', 'es_CO'),
                 ('call_sheet', 'hoja_de_llamado', 'es_CO'),
                 ('guest_invitation', 'invitacion_evento', 'es_CO')) d(purpose, name, language_code)
    left join app_public.whatsapp_templates t
      on t.organization_id = whatsapp_template.organization and t.purpose = d.purpose
   where d.purpose = whatsapp_template.purpose;
$$;

create or replace function app_private.tg_outbound_messages__whatsapp() returns trigger
  language plpgsql volatile
  set search_path to pg_catalog, public, pg_temp
as $$
declare
  purpose text := case new.template_key when 'casting_invitation' then 'casting_invitation'
                                        when 'call_sheet' then 'call_sheet'
                                        when 'reminder' then 'casting_reminder'
                                        when 'guest_invitation' then 'guest_invitation' end;
  template_name text;
  template_language text;
begin
  if new.channel <> 'whatsapp' then
    return new;
  end if;
  if purpose is not null then
    select t.name, t.language_code into template_name, template_language
      from app_private.whatsapp_template(new.organization_id, purpose) t;
  end if;
  new.variables := coalesce(new.variables, '{}'::jsonb) || jsonb_build_object('whatsapp', jsonb_strip_nulls(jsonb_build_object(
    'template', template_name,
    'language', template_language,
    'castingId', case when new.cause_kind = 'casting_invitation' then new.cause_id end)));
  return new;
end;
$$;
comment on function app_private.tg_outbound_messages__whatsapp() is
  'A WhatsApp message carries what the channel needs in variables.whatsapp: the organization''s approved template for its template_key (casting_invitation, call_sheet, reminder, guest_invitation; none: free text, only inside the 24-hour window) and, for a casting invitation, the casting its quick-reply buttons answer.';

/*============================================= an invitation's message */

create or replace function app_private.guest_invitation_cause(invitation_id uuid, rsvp_version int) returns uuid
language sql immutable strict parallel safe set search_path = pg_catalog, public, pg_temp as $$
  select md5('guest_invitation:' || invitation_id::text || ':' || rsvp_version::text)::uuid;
$$;
comment on function app_private.guest_invitation_cause(uuid, int) is 'The outbox cause of an invitation''s message: a uuid derived from the invitation and its RSVP link version (MD5 of both, as a uuid). One message per link, channel and guest; a reissued link is a new cause.';

create or replace function app_private.guest_invitation_variables(invitation app_public.guest_invitations) returns jsonb
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select app_private.outbox_event_variables(invitation.event_id, g.full_name)
         || jsonb_build_object(
              'venueAddress', nullif(concat_ws(', ', v.address, v.city), ''),
              'plusOneAllowed', invitation.plus_one_allowed,
              'rsvpClosesAt', to_char(coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at) at time zone 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'rsvpToken', app_private.rsvp_token(invitation.id, invitation.rsvp_version))
    from app_public.guests g, app_public.events e
    left join app_public.venues v on v.id = e.venue_id
   where g.id = invitation.guest_id and e.id = invitation.event_id;
$$;
comment on function app_private.guest_invitation_variables(app_public.guest_invitations) is 'The guest_invitation template''s variables: the event''s (app_private.outbox_event_variables, greeting the guest) plus venueAddress, plusOneAllowed, rsvpClosesAt (UTC, ISO 8601: the RSVP closing date or the start) and rsvpToken (the current link''s token; the worker builds <APP_URL>/rsvp/<token>).';

drop type if exists app_public.guest_invitation_send cascade;
create type app_public.guest_invitation_send as (
  invitation_id uuid,
  guest_id uuid,
  guest_name text,
  channel text,
  message_id uuid,
  outcome text,
  reason text
);
comment on type app_public.guest_invitation_send is 'What sending one invitation on one channel did.';
comment on column app_public.guest_invitation_send.invitation_id is 'The invitation.';
comment on column app_public.guest_invitation_send.guest_id is 'Its guest.';
comment on column app_public.guest_invitation_send.guest_name is 'The guest''s name.';
comment on column app_public.guest_invitation_send.channel is 'email or whatsapp.';
comment on column app_public.guest_invitation_send.message_id is 'The outbox message (outbound_messages.id); null when skipped.';
comment on column app_public.guest_invitation_send.outcome is 'queued (enqueued now; sent by the worker, after quiet hours unless urgent), already_sent (this link was already sent on this channel: the same message, nothing new), suppressed (never sent: see reason) or skipped (not sent: see reason).';
comment on column app_public.guest_invitation_send.reason is 'Why it was suppressed or skipped: NO_CONSENT (no consent for invitations on this channel, withdrawn, an opt-out, or no WhatsApp opt-in; Ley 1581), NO_ADDRESS (no email or phone), ANSWERED (the guest already answered: accepted, declined or on the waitlist), CANCELLED (the invitation was withdrawn), EXPIRED (its link expired). Null otherwise.';

-- Sends the given invitations (rows of one event, locked FOR SHARE by the
-- caller so a concurrent reissue waits or is seen) on the given channels.
create or replace function app_private.send_guest_invitation_rows(invitation_ids uuid[], channels text[], locale text)
returns setof app_public.guest_invitation_send
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  i app_public.guest_invitations;
  guest_name text;
  ch text;
  message app_public.outbound_messages;
  message_id uuid;
  vars jsonb;
  skip text;
begin
  for i in
    select x.* from app_public.guest_invitations x join app_public.guests g on g.id = x.guest_id
     where x.id = any(invitation_ids)
     order by g.tier, g.full_name, x.id
       for share of x
  loop
    select g.full_name into guest_name from app_public.guests g where g.id = i.guest_id;
    skip := case when i.status = 'cancelled' then 'CANCELLED'
                 when i.status <> 'invited' then 'ANSWERED'
                 when i.rsvp_expires_at <= now() then 'EXPIRED' end;
    vars := case when skip is null then app_private.guest_invitation_variables(i) end;
    foreach ch in array channels loop
      if skip is not null then
        return next (i.id, i.guest_id, guest_name, ch, null::uuid, 'skipped', skip)::app_public.guest_invitation_send;
        continue;
      end if;
      message_id := app_private.enqueue_outbound_message(
        i.organization_id, ch, 'guest', i.guest_id, 'guest_invitation', vars, 'invitation', 'guest_invitation',
        app_private.guest_invitation_cause(i.id, i.rsvp_version), i.event_id, false, locale);
      select * into message from app_public.outbound_messages m where m.id = message_id;
      return next (i.id, i.guest_id, guest_name, ch, message.id,
                   case when message.status = 'suppressed' then 'suppressed'
                        -- Enqueued by this transaction (created_at is its
                        -- start) or found: made by an earlier send, or by a
                        -- concurrent one that enqueue_outbound_message waited for.
                        when message.created_at = now() then 'queued'
                        else 'already_sent' end,
                   case when message.status = 'suppressed' then message.last_error_code end
                  )::app_public.guest_invitation_send;
    end loop;
  end loop;
end;
$$;
comment on function app_private.send_guest_invitation_rows(uuid[], text[], text) is 'Enqueues the guest_invitation message of each invitation (status invited, link not expired) on each channel, in the caller''s transaction, and reports each (app_public.guest_invitation_send). Callers check the producer''s role first.';

create or replace function app_public.send_guest_invitations(event_id uuid, invitation_ids uuid[] default null,
                                                             categories text[] default null, tiers text[] default null,
                                                             channels text[] default '{email}', locale text default 'es-CO')
returns setof app_public.guest_invitation_send
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  chosen uuid[];
  missing int;
begin
  if cardinality(invitation_ids) > 2000 or cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many invitations, categories or tiers.' using errcode = 'INVAL';
  end if;
  if channels is null or cardinality(channels) = 0 or cardinality(channels) > 2
     or not channels <@ array['email', 'whatsapp'] or array_position(channels, null) is not null then
    raise exception 'Channels are email and/or whatsapp.' using errcode = 'INVAL';
  end if;
  if coalesce(locale, '') not in ('es-CO', 'en') then
    raise exception 'The language is es-CO or en.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = send_guest_invitations.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  channels := array(select distinct c from unnest(channels) c order by c);
  if invitation_ids is not null then
    -- Chosen invitations: every id must be one of this event's (another
    -- event's or another agency's id is refused like a missing one).
    select array_agg(i.id), cardinality(array(select distinct unnest(invitation_ids))) - count(*)
      into chosen, missing
      from app_public.guest_invitations i
     where i.id = any(invitation_ids) and i.event_id = send_guest_invitations.event_id;
    if coalesce(missing, 0) > 0 or (cardinality(invitation_ids) > 0 and chosen is null) then
      raise exception 'That invitation does not exist.' using errcode = 'NTFND';
    end if;
  else
    -- A filtered list: the event's invitations still waiting for an answer.
    select array_agg(i.id) into chosen
      from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.event_id = send_guest_invitations.event_id and i.status = 'invited'
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers));
  end if;
  return query select * from app_private.send_guest_invitation_rows(coalesce(chosen, '{}'), channels, locale);
end;
$$;
comment on function app_public.send_guest_invitations(uuid, uuid[], text[], text[], text[], text) is 'Sends guests their invitation with their own RSVP link through the outbox (template guest_invitation, purpose invitation): the chosen invitations of the event (invitationIds), or else those still waiting for an answer in the given categories and tiers (null or empty: all), on the channels (email and/or whatsapp; default email), in es-CO or en. One message per invitation link, channel and guest, enqueued in this transaction: sending again (or two producers at once) sends nothing twice (outcome already_sent); after reissueRsvpLink the new link is sent once more. Only to guests with consent for invitations on that channel (Ley 1581): the others are reported suppressed with their reason, and answered, cancelled or expired invitations skipped. Returns one row per invitation and channel. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND (the event, or an invitation not of this event — another agency''s included), VALIDATION_FAILED.';

/*=================================== inviting can send at once as well */

drop function if exists app_public.invite_guests(uuid, text[], text[], boolean);
create or replace function app_public.invite_guests(event_id uuid, categories text[] default null, tiers text[] default null,
                                                    plus_one_allowed boolean default false,
                                                    send_channels text[] default null, locale text default 'es-CO')
returns setof app_public.guest_invitations
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  created uuid[];
begin
  if cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many categories or tiers.' using errcode = 'INVAL';
  end if;
  if cardinality(send_channels) > 0 and (cardinality(send_channels) > 2 or not send_channels <@ array['email', 'whatsapp']
                                          or array_position(send_channels, null) is not null) then
    raise exception 'Channels are email and/or whatsapp.' using errcode = 'INVAL';
  end if;
  if cardinality(send_channels) > 0 and coalesce(locale, '') not in ('es-CO', 'en') then
    raise exception 'The language is es-CO or en.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = invite_guests.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  with inserted as (
    insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed)
    select invite_guests.event_id, g.id, coalesce(invite_guests.plus_one_allowed, false)
      from app_public.guests g
     where g.organization_id = org
       and g.consent_revoked_at is null
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers))
     order by g.tier, g.full_name
    on conflict do nothing
    returning id
  )
  select array_agg(id) into created from inserted;
  if cardinality(send_channels) > 0 and cardinality(created) > 0 then
    perform app_private.send_guest_invitation_rows(created,
      array(select distinct c from unnest(send_channels) c order by c), locale);
  end if;
  return query
    select i.* from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.id = any(coalesce(created, '{}'))
     order by g.tier, g.full_name;
end;
$$;
comment on function app_public.invite_guests(uuid, text[], text[], boolean, text[], text) is 'Invites the organization''s guests of the given categories and tiers (null or empty: all) to the event, with or without a +1, skipping those already invited and those who withdrew consent (Ley 1581). With sendChannels (email and/or whatsapp) the new invitations are also sent at once through the outbox, in this transaction, as sendGuestInvitations does (in locale, es-CO or en); each invitation''s invitationMessages then say queued or suppressed (and why). Returns the new invitations; each has its RSVP link (rsvpToken) to copy. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';

/*============================================ what was sent, per invitation */

create or replace function app_public.guest_invitations_invitation_messages(invitation app_public.guest_invitations)
returns setof app_public.outbound_messages
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select distinct on (m.channel) m.*
    from app_public.outbound_messages m
   where m.guest_id = invitation.guest_id and m.organization_id = invitation.organization_id
     and m.event_id = invitation.event_id and m.cause_kind = 'guest_invitation'
   order by m.channel, m.created_at desc, m.id;
$$;
comment on function app_public.guest_invitations_invitation_messages(app_public.guest_invitations) is E'@behavior -connection +list\nThe invitation''s latest guest_invitation message per channel (email, whatsapp): its status (queued, sending, sent, delivered, read, failed, bounced, suppressed, cancelled) and lastErrorCode say where it is. Empty when it was never sent. Readable like the outbox: by producers, admins and owners.';

-- A queued message whose link no longer opens (reissued, cancelled) or is no
-- longer needed (the guest answered) is cancelled: nobody gets a dead link.
create or replace function app_private.tg_guest_invitations__stale_messages() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.rsvp_version is not distinct from old.rsvp_version and new.status is not distinct from old.status then
    return null;
  end if;
  update app_public.outbound_messages m
     set status = 'cancelled'
   where m.guest_id = new.guest_id and m.organization_id = new.organization_id and m.event_id = new.event_id
     and m.cause_kind = 'guest_invitation' and m.status = 'queued'
     and (new.status <> 'invited' or m.cause_id <> app_private.guest_invitation_cause(new.id, new.rsvp_version));
  return null;
end;
$$;
comment on function app_private.tg_guest_invitations__stale_messages() is 'Cancels the queued invitation messages of an invitation whose link was reissued, or that was cancelled or answered, in the same transaction (the worker then skips them).';
drop trigger if exists _960_stale_messages on app_public.guest_invitations;
create trigger _960_stale_messages after update of rsvp_version, status on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__stale_messages();
