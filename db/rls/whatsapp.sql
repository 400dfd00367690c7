-- WhatsApp: each organization's approved templates (every member reads them,
-- owners and admins keep them) and the inbox of replies. The inbox holds what
-- models wrote (personal data, Ley 1581) but never a full number: owners,
-- admins, producers and casting staff read it and mark it read; only the
-- webhook (app_private.apply_whatsapp_message, as the owner) writes it.

alter table app_public.whatsapp_templates enable row level security;
alter table app_public.inbox_messages enable row level security;

grant select, insert, delete on app_public.whatsapp_templates to :DATABASE_MEMBER;
grant update (name, language_code) on app_public.whatsapp_templates to :DATABASE_MEMBER;
create policy select_members on app_public.whatsapp_templates for select to :DATABASE_MEMBER
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
create policy insert_admins on app_public.whatsapp_templates for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));
create policy update_admins on app_public.whatsapp_templates for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));
create policy delete_admins on app_public.whatsapp_templates for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));

grant select on app_public.inbox_messages to :DATABASE_MEMBER;
grant update (read_at) on app_public.inbox_messages to :DATABASE_MEMBER;
create policy select_staff on app_public.inbox_messages for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy update_staff on app_public.inbox_messages for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));

grant execute on function app_public.mark_inbox_messages_read(uuid[]) to :DATABASE_MEMBER;
grant execute on function app_private.whatsapp_number(text) to :DATABASE_MEMBER;
grant execute on function app_public.model_castings_whatsapp_status(app_public.model_castings) to :DATABASE_MEMBER;
grant execute on function app_public.model_castings_whatsapp_answer(app_public.model_castings) to :DATABASE_MEMBER;
