--! Previous: sha1:de4e846ca20d7478d2148f1583cb3cca1f1de2d8
--! Hash: sha1:80efbe5d20249038b3fee5e48ec1c80bff145b28
--! Message: Vendor rating rule applies to the stars, so erasure can redact a note

-- Tables: none
--
-- The rating rule (000022) refused erase_talent's redaction of a rating note
-- (Ley 1581: supresión: the note is free text and may name a person). The
-- rule is about the stars: it now applies when a rating is given or changed;
-- a note alone may always be rewritten.
create or replace function app_private.tg_vendor_recommendations__rating() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  -- Only giving or changing the stars is held to the rule; clearing them, or rewriting the note alone
  -- (erase_talent redacts it), is always allowed.
  if new.rating is not distinct from old.rating or new.rating is null then
    return new;
  end if;
  if new.status <> 'booked' then
    raise exception 'Only a booked vendor can be rated.' using errcode = 'VNBKD';
  end if;
  if exists (select 1 from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
                and e.ends_at > now()) then
    raise exception 'The vendor can be rated once the event is over.' using errcode = 'VNOVR';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_vendor_recommendations__rating() is
  'A rating (1 to 5) is given to a booked vendor after its event ended: NOT_BOOKED (VNBKD) or EVENT_NOT_OVER (VNOVR) otherwise. The note alone may always be rewritten (erase_talent redacts it).';
