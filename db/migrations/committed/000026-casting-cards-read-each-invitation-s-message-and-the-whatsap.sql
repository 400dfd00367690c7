--! Previous: sha1:ba4a9cdbe5f2de3db10af2f0d8548564bbf06dd9
--! Hash: sha1:3dba1a8b399a5f575867aa2cbabc7325c89fe09d
--! Message: Casting cards read each invitation's message and the WhatsApp answer as the caller

-- Tables: app_public.model_castings, app_public.outbound_messages, app_public.inbox_messages
--
-- The casting card shows where each invitation is (issue 19, Screens): the
-- invitation the casting sent by email and by WhatsApp (status, reason, when)
-- and whether the model answered on WhatsApp. Both are
-- computed columns that run as the caller (SECURITY INVOKER), so the policies
-- of outbound_messages and inbox_messages decide what each role sees: a role
-- that may not read the model's contact data (producers, viewers) gets no
-- messages and no state, never an error. PostGraphile plans them into the
-- statement that reads the castings (no query per card).
--
-- model_castings_whatsapp_status (000025) was SECURITY DEFINER and showed the
-- state to every member; it now runs as the caller too.

create or replace function app_public.model_castings_invitation_message(casting app_public.model_castings, channel text)
  returns app_public.outbound_messages
  language sql stable strict
  set search_path to pg_catalog, public, pg_temp
as $$
  select m.*
    from app_public.outbound_messages m
   where m.cause_kind = 'casting_invitation'
     and m.cause_id = casting.id
     and m.channel = model_castings_invitation_message.channel
     and m.organization_id = casting.organization_id
   order by m.created_at desc
   limit 1;
$$;
comment on function app_public.model_castings_invitation_message(app_public.model_castings, text) is
  'The invitation this casting sent on a channel (email or whatsapp), with its status (queued, sending, sent, delivered, read, failed, bounced, suppressed, cancelled), the reason (lastErrorCode: NO_CONSENT, OPTED_OUT, NO_ADDRESS, OUTSIDE_SERVICE_WINDOW, …) and when (sentAt, deliveredAt, readAt, failedAt, updatedAt, UTC); null when none was enqueued on that channel. Only the roles that may read the model''s contact data see it (owners, admins, casting staff); for anyone else it is null, never an error. Other messages of the casting (the confirmation email) are under the event''s outboundMessages.';

create or replace function app_public.model_castings_whatsapp_answer(casting app_public.model_castings) returns text
  language sql stable
  set search_path to pg_catalog, public, pg_temp
as $$
  select case i.action when 'casting_confirmed' then 'yes' when 'casting_declined' then 'no' end
    from app_public.inbox_messages i
   where i.model_casting_id = casting.id
     and i.action in ('casting_confirmed', 'casting_declined')
   order by i.sent_at desc
   limit 1;
$$;
comment on function app_public.model_castings_whatsapp_answer(app_public.model_castings) is
  'The model''s answer to the invitation on WhatsApp: yes ("SÍ" or the Sí button), no ("NO" or the No button), or null when they have not answered there (they may have answered another way: see status and respondedAt). Readable by whoever reads the inbox (owners, admins, producers, casting staff); null for anyone else.';

alter function app_public.model_castings_whatsapp_status(app_public.model_castings) security invoker;
comment on function app_public.model_castings_whatsapp_status(app_public.model_castings) is
  'Where the casting invitation on WhatsApp is: queued, sending, sent, delivered, read, failed, suppressed (no consent, an opt-out or no number) or cancelled; null when none was sent, or when the caller may not read the model''s contact data (only owners, admins and casting staff see the state).';
