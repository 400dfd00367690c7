-- The model roster, personal contacts, availability, casting briefs and
-- castings. Talent is personal data (Ley 1581 de 2012): viewers never see it,
-- producers read comp cards but never contacts, and only casting staff,
-- admins and owners change it.

alter table app_public.talent enable row level security;
alter table app_public.talent_contacts enable row level security;
alter table app_public.talent_availability enable row level security;
alter table app_public.casting_briefs enable row level security;
alter table app_public.model_castings enable row level security;

-- talent
grant select on app_public.talent to :DATABASE_MEMBER;
grant insert (organization_id, full_name, stage_name, agency, city, willing_to_travel, division, gender, height_cm, bust_cm,
              waist_cm, hips_cm, shoe_eu, hair_color, eye_color, measurements_taken_on, birth_date, portfolio_urls, instagram,
              consent_granted_at, consent_purposes, consent_source, consent_revoked_at)
  on app_public.talent to :DATABASE_MEMBER;
grant update (full_name, stage_name, agency, city, willing_to_travel, division, gender, height_cm, bust_cm,
              waist_cm, hips_cm, shoe_eu, hair_color, eye_color, measurements_taken_on, birth_date, portfolio_urls, instagram,
              consent_granted_at, consent_purposes, consent_source, consent_revoked_at)
  on app_public.talent to :DATABASE_MEMBER;
grant delete on app_public.talent to :DATABASE_MEMBER;
create policy select_staff on app_public.talent for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy insert_casting on app_public.talent for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy update_casting on app_public.talent for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy delete_casting on app_public.talent for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));

-- talent_contacts: casting staff, admins and owners only.
grant select on app_public.talent_contacts to :DATABASE_MEMBER;
grant insert (talent_id, email, phone, whatsapp_opt_in, guardian_name, guardian_phone, guardian_email, document_type,
              document_number)
  on app_public.talent_contacts to :DATABASE_MEMBER;
grant update (email, phone, whatsapp_opt_in, guardian_name, guardian_phone, guardian_email, document_type, document_number)
  on app_public.talent_contacts to :DATABASE_MEMBER;
grant delete on app_public.talent_contacts to :DATABASE_MEMBER;
create policy select_casting on app_public.talent_contacts for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy insert_casting on app_public.talent_contacts for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy update_casting on app_public.talent_contacts for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy delete_casting on app_public.talent_contacts for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));

-- talent_availability: producers read it to plan; casting staff keep it.
grant select on app_public.talent_availability to :DATABASE_MEMBER;
grant insert (talent_id, period, kind, notes) on app_public.talent_availability to :DATABASE_MEMBER;
grant update (period, kind, notes) on app_public.talent_availability to :DATABASE_MEMBER;
grant delete on app_public.talent_availability to :DATABASE_MEMBER;
create policy select_staff on app_public.talent_availability for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy insert_casting on app_public.talent_availability for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy update_casting on app_public.talent_availability for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy delete_casting on app_public.talent_availability for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));

-- casting_briefs: producers also write them, because a producer states what
-- the show needs before casting staff (or the casting agent) fill it.
grant select on app_public.casting_briefs to :DATABASE_MEMBER;
grant insert (event_id, title, models_needed, height_min_cm, height_max_cm, divisions, cities, notes)
  on app_public.casting_briefs to :DATABASE_MEMBER;
grant update (title, models_needed, height_min_cm, height_max_cm, divisions, cities, notes)
  on app_public.casting_briefs to :DATABASE_MEMBER;
grant delete on app_public.casting_briefs to :DATABASE_MEMBER;
create policy select_staff on app_public.casting_briefs for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy insert_staff on app_public.casting_briefs for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy update_staff on app_public.casting_briefs for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy delete_staff on app_public.casting_briefs for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));

-- model_castings: casting staff, admins and owners add and remove people;
-- producers also move them along (invite, confirm, decline, backup, contact
-- priority), as updateCastingStatus lets them: the producer runs the show and,
-- on the night, confirms the backup who replaces a model who did not come.
grant select on app_public.model_castings to :DATABASE_MEMBER;
grant insert (event_id, talent_id, brief_id, status, contact_priority, responded_at) on app_public.model_castings to :DATABASE_MEMBER;
grant update (status, contact_priority, responded_at) on app_public.model_castings to :DATABASE_MEMBER;
grant delete on app_public.model_castings to :DATABASE_MEMBER;
create policy select_staff on app_public.model_castings for select to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy insert_casting on app_public.model_castings for insert to :DATABASE_MEMBER
  with check (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
create policy update_staff on app_public.model_castings for update to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,producer,casting}'))::uuid[]));
create policy delete_casting on app_public.model_castings for delete to :DATABASE_MEMBER
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin,casting}'))::uuid[]));
