--! Previous: sha1:8a3d29a93cb4c1f1079b9c6cc26666ab658f80f7
--! Hash: sha1:ccb4e02ca112af87bbb748cbb4370b15e0948111
--! Message: faster policy helpers and candidate retrieval

-- Measured in bench/ (BENCHMARKS.md, sections 3 and 7).
--
-- Policy helpers in PL/pgSQL: as LANGUAGE sql functions that cannot be
-- inlined (SECURITY DEFINER) they were planned again at every call, and every
-- policy of every table a statement reads calls one; PL/pgSQL keeps its plans
-- for the session. Same logic, same answers.
create or replace function app_public.current_profile_id() returns uuid
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  claim text := current_setting('jwt.claims.session_id', true);
  result uuid;
begin
  if claim ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select s.profile_id into result from app_private.sessions s
     where s.id = claim::uuid and s.revoked_at is null and s.expires_at > now();
  elsif coalesce(claim, '') = '' then
    select p.id into result from app_public.profiles p
     where p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), '');
  end if;
  return result;
end;
$$;
create or replace function app_public.current_organization_ids() returns uuid[]
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id());
end;
$$;
create or replace function app_private.organization_ids_with_role(roles text[]) returns uuid[]
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id() and m.role = any(roles));
end;
$$;
comment on function app_public.current_profile_id() is 'The signed-in profile, or null when the session is missing, malformed, revoked or expired.';
comment on function app_public.current_organization_ids() is 'Organizations the signed-in profile belongs to.';
comment on function app_private.organization_ids_with_role(text[]) is 'Organizations where the signed-in profile holds one of the roles; policies call it once per statement.';

-- The consent and age tests name no objects, so they need no search_path;
-- without a SET clause PostgreSQL inlines them into the candidate view
-- instead of calling them once per talent row.
create or replace function app_public.talent_has_ai_consent(t app_public.talent) returns boolean
language sql stable as $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and t.erased_at is null
     and 'ai_processing' = any(t.consent_purposes);
$$;
create or replace function app_public.talent_is_minor(t app_public.talent) returns boolean
language sql stable as $$
  select t.birth_date is not null and t.birth_date > (current_date - interval '18 years');
$$;
comment on function app_public.talent_has_ai_consent(app_public.talent) is 'Whether the person consented to processing by AI agents and has not withdrawn it.';
comment on function app_public.talent_is_minor(app_public.talent) is 'Whether the person is under 18 today.';

create or replace function app_private.model_casting_candidates(brief_id uuid, max_candidates int)
returns table (
  talent_id uuid,
  display_name text,
  agency text,
  city text,
  willing_to_travel boolean,
  division text,
  height_cm int,
  bust_cm int,
  waist_cm int,
  hips_cm int,
  shoe_eu numeric,
  hair_color text,
  eye_color text,
  is_minor boolean,
  measurements_taken_on date,
  fit_score numeric
)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  with brief as (
    select b.*, tstzrange(e.starts_at, e.ends_at) as event_period,
           (coalesce(b.height_min_cm, 0) + coalesce(b.height_max_cm, 250)) / 2.0 as height_target
      from app_public.casting_briefs b
      join app_public.events e on e.id = b.event_id
     where b.id = model_casting_candidates.brief_id
  )
  select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm, c.waist_cm,
         c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
         round(
           100
           - least(40, abs(coalesce(c.height_cm, brief.height_target) - brief.height_target) * 2)
           - case when cardinality(brief.cities) = 0 or c.city = any(brief.cities) then 0 else 15 end
           - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
         , 1) as fit_score
    from brief
    -- The organization as a value known when the scan starts, so talent is
    -- read through its (organization_id, division, height_cm) index rather
    -- than hashed whole across every organization.
    join app_private.ai_talent_candidates c
      on c.organization_id = (select b2.organization_id from app_public.casting_briefs b2 where b2.id = model_casting_candidates.brief_id)
   where (cardinality(brief.divisions) = 0 or c.division = any(brief.divisions))
     and (brief.height_min_cm is null or c.height_cm >= brief.height_min_cm)
     and (brief.height_max_cm is null or c.height_cm <= brief.height_max_cm)
     and (cardinality(brief.cities) = 0 or c.city = any(brief.cities) or c.willing_to_travel)
     and (not c.is_minor or 'kids' = any(brief.divisions))
     and not exists (
       select 1 from app_public.talent_availability a
        where a.talent_id = c.id and a.period && brief.event_period
     )
     and not exists (
       select 1 from app_public.model_castings m where m.event_id = brief.event_id and m.talent_id = c.id
     )
   order by fit_score desc, c.id
   limit greatest(model_casting_candidates.max_candidates, 0);
$$;
comment on function app_private.model_casting_candidates(uuid, int) is 'Eligible, pre-ranked candidates for a casting brief; the Model Casting agent sends only these to the model.';
