--! Previous: sha1:29351269eea02738b56995a9693cf557a001db64
--! Hash: sha1:9211ca82daf18754f0d55861034fe27de8f72d95
--! Message: minor guardian check fix

-- PL/pgSQL resolves every field a statement names, so one statement cannot
-- read new.id on talent and new.talent_id on talent_contacts: branch instead.
create or replace function app_private.tg_talent__minor_needs_guardian() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  person_id uuid;
begin
  if tg_table_name = 'talent' then
    person_id := (to_jsonb(new) ->> 'id')::uuid;
  else
    person_id := (to_jsonb(new) ->> 'talent_id')::uuid;
  end if;
  select * into person from app_public.talent where id = person_id;
  if person.id is not null and person.erased_at is null and app_public.talent_is_minor(person)
     and not exists (
       select 1 from app_public.talent_contacts c
        where c.talent_id = person.id and c.guardian_name is not null
          and (c.guardian_phone is not null or c.guardian_email is not null)
     ) then
    raise exception 'A minor needs a guardian contact (name and phone or email).' using errcode = 'INVAL';
  end if;
  return null;
end;
$$;
