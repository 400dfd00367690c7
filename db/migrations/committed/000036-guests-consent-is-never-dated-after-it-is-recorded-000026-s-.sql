--! Previous: sha1:a2ca109de3b6caf099fd242b694d7ecf8542a0e5
--! Hash: sha1:bce31d49bf756121310944466093acb5f8ac8e4e
--! Message: Guests' consent is never dated after it is recorded (000026's rule for talent, now one trigger function for both tables)

-- Tables: app_public.guests, app_public.talent

-- Consent is never dated after the moment it is recorded, for guests too
-- (migration 000026 covered the roster only): createGuest/updateGuest take
-- consentGrantedAt as given, so a guest list's Ley 1581 record could say a
-- guest consented in 2030. One trigger function now serves every table with
-- consent_granted_at: up to a day ahead (a calendar date sent as noon in
-- Bogotá, another time zone) is stored as now(); more is refused with the
-- table's own constraint name (<table>_consent_granted_at_past).

create or replace function app_private.tg__consent_not_after_now() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.consent_granted_at > now() + interval '1 day' then
    raise exception 'Consent cannot be given in the future.'
      using errcode = '23514', constraint = tg_table_name || '_consent_granted_at_past';
  end if;
  if new.consent_granted_at > now() then
    new.consent_granted_at := now();
  end if;
  return new;
end;
$$;
comment on function app_private.tg__consent_not_after_now() is 'Consent (Ley 1581) is dated at the latest when it is recorded: a consent_granted_at up to a day ahead is stored as now(), so it can be withdrawn at once; more than a day ahead is refused (23514 <table>_consent_granted_at_past, VALIDATION_FAILED). On every insert and update of the column of app_public.talent and app_public.guests, whichever function or mutation writes it.';

drop trigger if exists _050_consent_not_after_now on app_public.talent;
create trigger _050_consent_not_after_now before insert or update of consent_granted_at on app_public.talent
  for each row execute function app_private.tg__consent_not_after_now();
drop function if exists app_private.tg_talent__consent_not_after_now();

drop trigger if exists _050_consent_not_after_now on app_public.guests;
create trigger _050_consent_not_after_now before insert or update of consent_granted_at on app_public.guests
  for each row execute function app_private.tg__consent_not_after_now();
