--! Previous: sha1:0c9be15bba86eddee8ee239e6a49250faf38f4eb
--! Hash: sha1:c8bda515d275b894567ca672b63dfea13c148af6
--! Message: A repeated complaint records one opt-out

-- Tables: none

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
