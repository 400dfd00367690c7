--! Previous: sha1:37d26725928cd68cf58bed8b4e0c71ce7ed44deb
--! Hash: sha1:404cdc10e202caebf6184ebb6f79a1bee940da88
--! Message: SECURITY DEFINER computed columns refuse a forged row: an argument whose id is stored under another organization answers nothing (another agency's RSVP token, paid ticket count or consent)

-- Tables: none

-- Computed columns that run as their owner check the row they are given
-- against the stored one. PostgreSQL lets a caller pass any value of a table's
-- row type (select f(row(...)) with another agency's id and the caller's own
-- organization_id), so a SECURITY DEFINER function that checked only the
-- argument's organization_id answered for another agency's row: the RSVP
-- token of its invitation, the paid tickets of its event. Each now answers
-- nothing when a stored row with that id belongs to another organization.
-- (It cannot simply re-read the stored row: a mutation's payload calls these
-- STABLE functions in the statement that wrote the row, whose snapshot does
-- not see the new row or its new rsvp_version yet.)
-- test/security-definer-rows.test.ts finds every such function in the
-- catalogue and forges a row for each.

create or replace function app_public.events_valid_ticket_count(event app_public.events) returns integer
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select case when app_private.has_org_role(event.organization_id, '{owner,admin,producer,door}')
               and not exists (select 1 from app_public.events s
                                where s.id = event.id and s.organization_id <> event.organization_id) then
    (select count(*)::int from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
      where t.event_id = event.id and b.status = 'paid') end;
$$;

create or replace function app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) returns text
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select case when invitation.status <> 'cancelled'
               and app_private.has_org_role(invitation.organization_id, '{owner,admin,producer}')
               and not exists (select 1 from app_public.guest_invitations s
                                where s.id = invitation.id and s.organization_id <> invitation.organization_id)
              then app_private.rsvp_token(invitation.id, invitation.rsvp_version) end;
$$;

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
   where t.organization_id = any(app_public.current_organization_ids())
     and not exists (select 1 from app_public.talent s where s.id = t.id and s.organization_id <> t.organization_id);
$$;
