-- Uploaded images and comp card photos. A file is readable by whoever may
-- read the row it is attached to (each branch below is a query on that
-- table, so that table's own policies decide), and, while only uploaded, by
-- the roles that may attach it. The server signs a URL for a file only when
-- the caller's query returned its row, so a photo of another agency's model
-- is never reachable. Files are written by POST /uploads (insert, as the
-- caller) and by the attach/release triggers; members never update or
-- delete them directly.

alter table app_public.files enable row level security;
alter table app_public.talent_photos enable row level security;

-- files
grant select on app_public.files to :DATABASE_MEMBER;
grant select on app_public.files to :DATABASE_ANONYMOUS;
grant insert (organization_id, purpose, content_type, byte_size, width, height, thumbnail_width, thumbnail_height)
  on app_public.files to :DATABASE_MEMBER;
create policy select_members on app_public.files for select to :DATABASE_MEMBER
  using (
    case purpose
      when 'talent_photo' then exists (select 1 from app_public.talent_photos p where p.file_id = files.id)
      when 'look_photo' then exists (select 1 from app_public.looks l where l.photo_file_id = files.id)
      when 'event_cover' then exists (select 1 from app_public.events e where e.cover_file_id = files.id)
      when 'organization_logo' then exists (select 1 from app_public.organizations o where o.logo_file_id = files.id)
    end
    or (attached_at is null
        and organization_id = any(app_private.organization_ids_with_role(app_private.file_writer_roles(purpose))::uuid[])));
-- The cover of a published public event is on its public page.
create policy select_public on app_public.files for select to :DATABASE_ANONYMOUS
  using (purpose = 'event_cover' and exists (select 1 from app_public.events e where e.cover_file_id = files.id));
create policy insert_writers on app_public.files for insert to :DATABASE_MEMBER
  with check (attached_at is null
              and organization_id = any(app_private.organization_ids_with_role(app_private.file_writer_roles(purpose))::uuid[]));

-- talent_photos: comp card photos are personal data like the comp card:
-- staff read them, casting staff, admins and owners change them.
grant select on app_public.talent_photos to :DATABASE_MEMBER;
grant insert (talent_id, file_id, position) on app_public.talent_photos to :DATABASE_MEMBER;
grant update (position) on app_public.talent_photos to :DATABASE_MEMBER;
grant delete on app_public.talent_photos to :DATABASE_MEMBER;
create policy select_staff on app_public.talent_photos for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy insert_casting on app_public.talent_photos for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy update_casting on app_public.talent_photos for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy delete_casting on app_public.talent_photos for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
