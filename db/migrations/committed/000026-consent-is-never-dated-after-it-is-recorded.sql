--! Previous: sha1:ba4a9cdbe5f2de3db10af2f0d8548564bbf06dd9
--! Hash: sha1:02b2ab004e4daf99e4cf2e939ac5f7d90bcc612b
--! Message: Consent is never dated after it is recorded

-- Tables: app_public.talent
-- Consent is never dated after the moment it is recorded. The dashboard and CSV
-- import give a calendar date (turned into noon in Bogotá), and an integrator may
-- send a timestamp a few hours ahead (record_talent_consent allowed up to a day,
-- for time zones): stored as given, a consent recorded this morning "at noon"
-- could not be withdrawn before noon (talent_consent_revoked_after_granted
-- refused the withdrawal). Every path that writes consent_granted_at now goes
-- through one trigger: more than a day ahead is refused, less is recorded as now().

create or replace function app_private.tg_talent__consent_not_after_now() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.consent_granted_at > now() + interval '1 day' then
    raise exception 'Consent cannot be given in the future.' using errcode = '23514', constraint = 'talent_consent_granted_at_past';
  end if;
  if new.consent_granted_at > now() then
    new.consent_granted_at := now();
  end if;
  return new;
end;
$$;
comment on function app_private.tg_talent__consent_not_after_now() is 'Consent (Ley 1581) is dated at the latest when it is recorded: a consent_granted_at up to a day ahead (a calendar date sent as noon in Bogotá, another time zone) is stored as now(), so it can be withdrawn at once; more than a day ahead is refused (23514 talent_consent_granted_at_past, VALIDATION_FAILED). On every insert and update of the column, whichever function or mutation writes it.';
drop trigger if exists _050_consent_not_after_now on app_public.talent;
create trigger _050_consent_not_after_now before insert or update of consent_granted_at on app_public.talent
  for each row execute function app_private.tg_talent__consent_not_after_now();
