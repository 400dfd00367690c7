-- Organisations, profiles, memberships and invitations.

alter table app_public.organizations enable row level security;
alter table app_public.profiles enable row level security;
alter table app_public.memberships enable row level security;
alter table app_public.organization_invitations enable row level security;

-- organizations: members read; admins edit; owners delete. Created through
-- create_organization() only, so the creator always becomes its owner.
grant select on app_public.organizations to :DATABASE_MEMBER;
grant update (name, slug, country, timezone, currency, city, logo_file_id) on app_public.organizations to :DATABASE_MEMBER;
grant delete on app_public.organizations to :DATABASE_MEMBER;
create policy select_members on app_public.organizations for select
  using (id = any((select app_public.current_organization_ids())::uuid[]));
create policy select_door on app_public.organizations for select
  using (id = any((select app_private.organization_ids_with_role('{door}'))::uuid[]));
create policy update_admins on app_public.organizations for update
  using (id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));
create policy delete_owners on app_public.organizations for delete
  using (id = any((select app_private.organization_ids_with_role('{owner}'))::uuid[]));

-- profiles: yourself and the people you share an organization with.
grant select on app_public.profiles to :DATABASE_MEMBER;
grant update (full_name, locale, phone, avatar_url) on app_public.profiles to :DATABASE_MEMBER;
create policy select_self_and_teammates on app_public.profiles for select
  using (
    id = (select app_public.current_profile_id())
    or exists (
      select 1 from app_public.memberships m
       where m.profile_id = profiles.id
         and m.organization_id = any((select app_public.current_organization_ids())::uuid[])
    )
  );
create policy update_self on app_public.profiles for update
  using (id = (select app_public.current_profile_id()));

-- memberships: members see their organization's team; admins change roles
-- and remove people; anyone may leave. Owner changes are checked by trigger
-- (only owners manage owners; an organization keeps at least one owner).
-- New memberships come from create_organization() and accept_invitation().
grant select on app_public.memberships to :DATABASE_MEMBER;
grant update (role) on app_public.memberships to :DATABASE_MEMBER;
grant delete on app_public.memberships to :DATABASE_MEMBER;
create policy select_members on app_public.memberships for select
  using (organization_id = any((select app_public.current_organization_ids())::uuid[]));
-- Everyone sees their own memberships (door staff: only those).
create policy select_own on app_public.memberships for select
  using (profile_id = (select app_public.current_profile_id()));
create policy update_admins on app_public.memberships for update
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));
create policy delete_admins_or_self on app_public.memberships for delete
  using (
    organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[])
    or profile_id = (select app_public.current_profile_id())
  );

-- invitations: admins read them. Created through invite_to_organization() so
-- the token is generated and hashed in one place, and ended only through
-- revoke_invitation(), which keeps the row as history and lets only owners end
-- an invitation to become owner. No delete: an admin could otherwise erase an
-- owner invitation or the record of who invited whom (attack-report L1).
grant select on app_public.organization_invitations to :DATABASE_MEMBER;
create policy select_admins on app_public.organization_invitations for select
  using (organization_id = any((select app_private.organization_ids_with_role('{owner,admin}'))::uuid[]));

-- Anonymous visitors may ask `currentProfile { memberships { organization } }`
-- and get null instead of an error: the grant lets the query plan, and with
-- no policy for the anonymous role RLS returns no rows.
grant select on app_public.memberships to :DATABASE_ANONYMOUS;
grant select on app_public.organizations to :DATABASE_ANONYMOUS;
