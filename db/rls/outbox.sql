-- The outbox (issue 19). A message holds its recipient's address and what it
-- says, so it is read only by the roles that may read that recipient's contact
-- data: talent → casting staff, admins, owners (as talent_contacts); guests
-- and buyers → producers, admins, owners (as guest_contacts and bookings);
-- vendors → producers, casting staff, admins, owners; account mail → admins
-- and owners. Opt-outs follow the same rule. Nobody writes either table
-- directly: messages are enqueued by the business functions
-- (app_private.enqueue_outbound_message) and moved by the worker and the
-- providers' webhooks; opt-outs are recorded by the unsubscribe link, replies
-- and complaints.

alter table app_public.outbound_messages enable row level security;
alter table app_public.communication_opt_outs enable row level security;

grant select on app_public.outbound_messages to :DATABASE_MEMBER;
create policy select_contact_readers on app_public.outbound_messages for select to :DATABASE_MEMBER
  using (organization_id = any(case recipient_kind
    when 'talent' then (select app_private.organization_ids_with_role('{owner,admin,casting}'))
    when 'guest' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'buyer' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'vendor' then (select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))
    else (select app_private.organization_ids_with_role('{owner,admin}')) end::uuid[]));

grant select on app_public.communication_opt_outs to :DATABASE_MEMBER;
create policy select_contact_readers on app_public.communication_opt_outs for select to :DATABASE_MEMBER
  using (organization_id = any(case recipient_kind
    when 'talent' then (select app_private.organization_ids_with_role('{owner,admin,casting}'))
    when 'guest' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'buyer' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'vendor' then (select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))
    else (select app_private.organization_ids_with_role('{owner,admin}')) end::uuid[]));

grant execute on function app_public.talent_communication_consent(app_public.talent) to :DATABASE_MEMBER;
