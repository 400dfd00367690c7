-- The outbox (issue 19). A message holds its recipient's address and what it
-- says, so it is read only by the roles that may read that recipient's contact
-- data: talent → casting staff, admins, owners (as talent_contacts); guests
-- and buyers → producers, admins, owners (as guest_contacts and bookings);
-- vendors → producers, casting staff, admins, owners; account mail
-- (verification, registration, invitations, password reset) → nobody: its
-- links are one-time credentials and the person reads it in their mailbox
-- (its token is not in the row either: app_private.account_messages).
-- Opt-outs follow the same rule (account mail has none). Nobody writes either table
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
    else '{}' end::uuid[]));

grant select on app_public.communication_opt_outs to :DATABASE_MEMBER;
create policy select_contact_readers on app_public.communication_opt_outs for select to :DATABASE_MEMBER
  using (organization_id = any(case recipient_kind
    when 'talent' then (select app_private.organization_ids_with_role('{owner,admin,casting}'))
    when 'guest' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'buyer' then (select app_private.organization_ids_with_role('{owner,admin,producer}'))
    when 'vendor' then (select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))
    else (select app_private.organization_ids_with_role('{owner,admin}')) end::uuid[]));

grant execute on function app_public.talent_communication_consent(app_public.talent) to :DATABASE_MEMBER;
grant execute on function app_public.model_castings_invitation_message(app_public.model_castings, text) to :DATABASE_MEMBER;

-- Email drafts (the Email Generation agent): producers, admins and owners read
-- and edit them while they are drafts; requesting, approving and discarding go
-- through request_email_draft / approve_email_draft / discard_email_draft.
alter table app_public.email_drafts enable row level security;
grant select on app_public.email_drafts to :DATABASE_MEMBER;
grant update (subject, preheader, sections) on app_public.email_drafts to :DATABASE_MEMBER;
create policy select_producers on app_public.email_drafts for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]));
create policy update_producers on app_public.email_drafts for update to :DATABASE_MEMBER
  using (status = 'draft' and organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer}'))::uuid[]))
  with check (status = 'draft');
grant execute on function app_public.request_email_draft(uuid, text, text, text) to :DATABASE_MEMBER;
grant execute on function app_public.approve_email_draft(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.discard_email_draft(uuid) to :DATABASE_MEMBER;
