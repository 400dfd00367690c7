--! Previous: sha1:5c30fbb720225e71bf96ca297442e6447ec5404c
--! Hash: sha1:8a3d29a93cb4c1f1079b9c6cc26666ab658f80f7
--! Message: answer foreign ids like missing ones

-- A signed-in caller must not be able to tell another organization's ids
-- from ids that do not exist, and current_profile() must answer null, not
-- an error, to a visitor without a session.

create or replace function app_public.current_profile() returns app_public.profiles
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select * from app_public.profiles where id = app_public.current_profile_id();
$$;
comment on function app_public.current_profile() is 'The signed-in profile, or null.';

create or replace function app_public.erase_talent(id uuid) returns app_public.talent
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
begin
  select * into person from app_public.talent t where t.id = erase_talent.id;
  -- Another organization's person is answered exactly like a missing one.
  if person.id is null or not (person.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(person.organization_id, '{owner,admin,casting}');
  delete from app_public.talent_contacts c where c.talent_id = person.id;
  delete from app_public.talent_availability a where a.talent_id = person.id;
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      consent_purposes = '{}', consent_revoked_at = coalesce(t.consent_revoked_at, now()),
      erased_at = now()
   where t.id = person.id
   returning * into person;
  update app_public.model_castings c set ai_reasoning = null where c.talent_id = person.id;
  return person;
end;
$$;
comment on function app_public.erase_talent(uuid) is 'Anonymises a person on request (habeas data): personal data and contacts are removed, castings, runway slots and bookings stay.';

-- Request context (a signed-in caller): a parent in another organization is
-- reported as missing. Without claims (the owner, the worker) the RLS check
-- on the child decides, as before.
create or replace function app_private.tg__inherit_organization() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  parent_table text := tg_argv[0];
  parent_column text := tg_argv[1];
  parent_id uuid := (to_jsonb(new) ->> parent_column)::uuid;
  parent_organization uuid;
begin
  if parent_id is null then
    return new;
  end if;
  execute format('select organization_id from app_public.%I where id = $1', parent_table)
    into parent_organization using parent_id;
  if parent_organization is null
     or (app_public.current_profile_id() is not null
         and not (parent_organization = any(app_public.current_organization_ids()))) then
    raise exception 'The referenced % does not exist.', parent_table using errcode = 'NTFND';
  end if;
  new.organization_id := parent_organization;
  return new;
end;
$$;
