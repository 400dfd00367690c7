--! Previous: sha1:f07000f8ec41931b615c889fba62f06ef73fe45e
--! Hash: sha1:a2ca109de3b6caf099fd242b694d7ecf8542a0e5
--! Message: Sending guest invitations takes the event FOR SHARE first: next to cancel_event it deadlocked (KEY SHARE did not wait for the cancellation's update, and both then locked the invitations in different orders)

-- Tables: none

-- Sending guest invitations next to cancel_event deadlocked (40P01, seen in a
-- CI run of test/guest-invitations-races.test.ts): the send held the event
-- only FOR KEY SHARE, which the cancellation's UPDATE of the event does not
-- wait for, so both went on to lock the event's invitations, in different
-- orders (the send by tier and name, the cancellation's trigger by its own
-- scan). The send now takes the event FOR SHARE first: a cancellation waits
-- for the send to commit (and cancels what it queued), or the send waits for
-- the cancellation and skips the cancelled invitations.

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
  -- The event first, FOR SHARE: a guest's answer and a link's reissue lock it
  -- FOR UPDATE, and cancel_event updates it, so each of them and a send take
  -- turns on the event row before any invitation is locked. (KEY SHARE, the
  -- lock each message's foreign key takes, does not conflict with the
  -- cancellation's update: send and cancel_event then locked the invitations
  -- in different orders and deadlocked; migration 000035.)
  perform 1 from app_public.events e
   where e.id in (select x.event_id from app_public.guest_invitations x where x.id = any(invitation_ids))
   order by e.id
     for share;
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
