--! Previous: sha1:b8cb5d5d392d0aad90209ac0d6c692619bb8d8c3
--! Hash: sha1:2ede8c67ae4fb8cbc40a6992d97e0dd2954a2cbb
--! Message: Files and roster

-- Tables: app_public.events, app_public.files, app_public.looks, app_public.organizations, app_public.talent, app_public.talent_contacts, app_public.talent_photos

/*==========================================================================
 * Files: comp card photos, look photos, event covers, organization logos
 *==========================================================================*/

-- The bytes live outside the database (local disk in development, an
-- S3-compatible store in production; tasks/files/storage.ts). A row of
-- app_public.files is what the database knows of one uploaded image: its
-- organization, what it was uploaded for, and its re-encoded size. The
-- storage keys are derived from (organization_id, id) by the server, never
-- chosen by a client. A file is uploaded first (POST /uploads inserts the
-- row as the caller, under RLS) and then attached to the row that owns it:
-- a talent_photos row, looks.photo_file_id, events.cover_file_id or
-- organizations.logo_file_id. Whoever can read the owning row can read the
-- file row, and only then does the server sign a URL for it.
-- A file that is detached (its owner deleted, replaced or erased) is deleted,
-- and deleting a file row enqueues the deletion of its objects, which the
-- worker does after commit.
create table app_public.files (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  purpose text not null check (purpose in ('talent_photo', 'look_photo', 'event_cover', 'organization_logo')),
  content_type text not null check (content_type = any (array['image/webp'])),
  byte_size int not null check (byte_size between 1 and 50000000),
  width int not null check (width between 1 and 20000),
  height int not null check (height between 1 and 20000),
  thumbnail_width int not null check (thumbnail_width between 1 and 20000),
  thumbnail_height int not null check (thumbnail_height between 1 and 20000),
  attached_at timestamptz,
  created_at timestamptz not null default now(),
  unique (id, organization_id)
);
create index on app_public.files (organization_id);
-- Uploads never attached are swept by the worker (delete_stale_uploads).
create index on app_public.files (created_at) where attached_at is null;
comment on table app_public.files is E'@behavior -insert -update -delete\nAn uploaded image (re-encoded as WebP, with a thumbnail for lists). Uploaded with POST /uploads, then attached to the row that owns it; readable by whoever may read that row, and served through short-lived signed URLs (url, thumbnailUrl). Deleted, with its stored objects, when that row lets go of it.';
comment on column app_public.files.id is 'Unique identifier of the file.';
comment on column app_public.files.organization_id is 'Organization the file belongs to.';
comment on column app_public.files.purpose is 'What it was uploaded for: talent_photo (comp card), look_photo, event_cover or organization_logo. It can only be attached there.';
comment on column app_public.files.content_type is 'Media type of the stored image (always image/webp: uploads are re-encoded).';
comment on column app_public.files.byte_size is 'Size of the stored image in bytes.';
comment on column app_public.files.width is 'Width of the stored image in pixels (at most 2,000).';
comment on column app_public.files.height is 'Height of the stored image in pixels (at most 2,000).';
comment on column app_public.files.thumbnail_width is 'Width of the thumbnail in pixels (at most 480).';
comment on column app_public.files.thumbnail_height is 'Height of the thumbnail in pixels (at most 480).';
comment on column app_public.files.attached_at is 'When the file was attached to its row; null while only uploaded (unattached uploads are deleted after 24 hours).';
comment on column app_public.files.created_at is 'When the file was uploaded.';

/** The roles that may upload and attach a file of a purpose: whoever writes the owning row. */
create function app_private.file_writer_roles(purpose text) returns text[]
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case purpose
    when 'talent_photo' then '{owner,admin,casting}'::text[]
    when 'look_photo' then '{owner,admin,producer}'::text[]
    when 'event_cover' then '{owner,admin,producer}'::text[]
    when 'organization_logo' then '{owner,admin}'::text[]
    else '{}'::text[]
  end;
$$;
comment on function app_private.file_writer_roles(text) is 'The membership roles that write the rows a file of this purpose is attached to (talent: casting staff; looks and events: producers; logos: admins).';

-- Deleting file rows enqueues the deletion of their objects, in the deleting
-- transaction: a rolled-back erasure deletes nothing, a committed one cannot
-- lose the job. The payload holds ids only (500 files a job).
create function app_private.tg_files__enqueue_object_deletion() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  batch json;
begin
  for batch in
    select json_agg(json_build_object('organizationId', g.organization_id, 'fileId', g.id))
      from (select gone.*, (row_number() over () - 1) / 500 as chunk from gone) g
     group by g.chunk
  loop
    perform graphile_worker.add_job('delete_stored_files', json_build_object('files', batch), max_attempts => 25);
  end loop;
  return null;
end;
$$;
comment on function app_private.tg_files__enqueue_object_deletion() is 'Enqueues delete_stored_files for the deleted file rows (the worker deletes the objects after commit).';
create trigger _900_delete_objects after delete on app_public.files
  referencing old table as gone for each statement execute function app_private.tg_files__enqueue_object_deletion();

-- Attaching: the file must have been uploaded for this place (its purpose)
-- and is marked attached. Releasing: a file its row lets go of (the row
-- deleted, or another file put in its place) is deleted. SECURITY DEFINER:
-- callers have no write grants on files; the RLS of the owning row already
-- decided whether they may write it, and the composite foreign key keeps the
-- file in the row's organization.
create function app_private.tg__attach_file() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  file_column text := tg_argv[0];
  expected_purpose text := tg_argv[1];
  organization_column text := coalesce(tg_argv[2], 'organization_id');
  new_file uuid := (to_jsonb(new) ->> file_column)::uuid;
  old_file uuid := case when tg_op = 'UPDATE' then (to_jsonb(old) ->> file_column)::uuid end;
  organization uuid := (to_jsonb(new) ->> organization_column)::uuid;
  found_purpose text;
begin
  if new_file is not null and new_file is distinct from old_file then
    -- Only the row's own organization's files: another's is left to the
    -- foreign key, answered like an id that does not exist.
    select f.purpose into found_purpose from app_public.files f
     where f.id = new_file and f.organization_id = organization for update;
    if found_purpose is not null and found_purpose <> expected_purpose then
      raise exception 'This file was uploaded as % and cannot be used as %.', found_purpose, expected_purpose
        using errcode = 'INVAL', column = file_column;
    end if;
    update app_public.files f set attached_at = coalesce(f.attached_at, now())
     where f.id = new_file and f.organization_id = organization;
  end if;
  return new;
end;
$$;
comment on function app_private.tg__attach_file() is 'Before insert/update of a row that holds a file (arguments: column, purpose, organization column if not organization_id): refuses a file uploaded for another purpose (INVAL) and marks it attached.';

create function app_private.tg__release_file() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  file_column text := tg_argv[0];
  old_file uuid := (to_jsonb(old) ->> file_column)::uuid;
begin
  if old_file is not null and (tg_op = 'DELETE' or old_file is distinct from (to_jsonb(new) ->> file_column)::uuid) then
    delete from app_public.files f where f.id = old_file;
  end if;
  return null;
end;
$$;
comment on function app_private.tg__release_file() is 'After update/delete of a row that holds a file (argument: column): deletes the file it no longer holds (its objects follow through delete_stored_files).';

/*--------------------------------------------------------------------------
 * Comp card photos
 *--------------------------------------------------------------------------*/

create table app_public.talent_photos (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references app_public.organizations on delete cascade,
  talent_id uuid not null,
  file_id uuid not null,
  position int not null default 0 check (position between 0 and 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (talent_id, organization_id) references app_public.talent (id, organization_id) on delete cascade,
  foreign key (file_id, organization_id) references app_public.files (id, organization_id) on delete cascade,
  unique (file_id)
);
create index on app_public.talent_photos (talent_id, organization_id, position);
create index on app_public.talent_photos (organization_id);
create index on app_public.talent_photos (file_id, organization_id);
comment on table app_public.talent_photos is 'The photos of a person''s comp card, in order (the first is the one lists show). At most 12 per person.';
comment on column app_public.talent_photos.id is 'Unique identifier of the photo.';
comment on column app_public.talent_photos.organization_id is 'Organization of the person (set automatically).';
comment on column app_public.talent_photos.talent_id is 'The person.';
comment on column app_public.talent_photos.file_id is 'The uploaded image (purpose talent_photo).';
comment on column app_public.talent_photos.position is 'Order on the comp card, smallest first (0 is the main photo).';
comment on column app_public.talent_photos.created_at is 'When the photo was added.';
comment on column app_public.talent_photos.updated_at is 'When the photo was last changed.';
comment on constraint talent_photos_talent_id_organization_id_fkey on app_public.talent_photos is '@fieldName talent
@foreignFieldName photos';
comment on constraint talent_photos_file_id_organization_id_fkey on app_public.talent_photos is '@fieldName file
@foreignFieldName talentPhotos
@foreignSingleFieldName talentPhoto';
create trigger _050_organization before insert on app_public.talent_photos
  for each row execute function app_private.tg__inherit_organization('talent', 'talent_id');
create trigger _100_timestamps before insert or update on app_public.talent_photos
  for each row execute function app_private.tg__timestamps();
create trigger _200_attach_file before insert or update of file_id on app_public.talent_photos
  for each row execute function app_private.tg__attach_file('file_id', 'talent_photo');
create trigger _900_release_file after update of file_id or delete on app_public.talent_photos
  for each row execute function app_private.tg__release_file('file_id');

create function app_private.tg_talent_photos__at_most_twelve() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  -- The person's row is locked so two uploads at once cannot both be the 13th.
  perform 1 from app_public.talent t where t.id = new.talent_id for update;
  if (select count(*) from app_public.talent_photos p where p.talent_id = new.talent_id) >= 12 then
    raise exception 'A comp card holds at most 12 photos.' using errcode = 'INVAL', column = 'file_id';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_talent_photos__at_most_twelve() is 'Refuses a 13th photo of a person (INVAL).';
create trigger _150_at_most_twelve before insert on app_public.talent_photos
  for each row execute function app_private.tg_talent_photos__at_most_twelve();

/*--------------------------------------------------------------------------
 * Look photos, event covers, organization logos
 *--------------------------------------------------------------------------*/

alter table app_public.looks add column photo_file_id uuid;
alter table app_public.looks add constraint looks_photo_file_id_organization_id_fkey
  foreign key (photo_file_id, organization_id) references app_public.files (id, organization_id) on delete set null (photo_file_id);
create unique index looks_photo_file_id_idx on app_public.looks (photo_file_id, organization_id);
comment on column app_public.looks.photo_file_id is 'Photo of the look (a file uploaded as look_photo); replacing or removing it deletes the old one.';
comment on constraint looks_photo_file_id_organization_id_fkey on app_public.looks is '@fieldName photo
@foreignFieldName looks
@foreignSingleFieldName look';
create trigger _200_attach_file before insert or update of photo_file_id on app_public.looks
  for each row execute function app_private.tg__attach_file('photo_file_id', 'look_photo');
create trigger _900_release_file after update of photo_file_id or delete on app_public.looks
  for each row execute function app_private.tg__release_file('photo_file_id');

alter table app_public.events add column cover_file_id uuid;
alter table app_public.events add constraint events_cover_file_id_organization_id_fkey
  foreign key (cover_file_id, organization_id) references app_public.files (id, organization_id) on delete set null (cover_file_id);
create unique index events_cover_file_id_idx on app_public.events (cover_file_id, organization_id);
comment on column app_public.events.cover_file_id is 'Cover image of the event (a file uploaded as event_cover); shown on the public page of a published public event. Replacing or removing it deletes the old one.';
comment on constraint events_cover_file_id_organization_id_fkey on app_public.events is '@fieldName cover
@foreignFieldName events
@foreignSingleFieldName event';
create trigger _200_attach_file before insert or update of cover_file_id on app_public.events
  for each row execute function app_private.tg__attach_file('cover_file_id', 'event_cover');
create trigger _900_release_file after update of cover_file_id or delete on app_public.events
  for each row execute function app_private.tg__release_file('cover_file_id');

alter table app_public.organizations add column logo_file_id uuid;
alter table app_public.organizations add constraint organizations_logo_file_id_id_fkey
  foreign key (logo_file_id, id) references app_public.files (id, organization_id) on delete set null (logo_file_id);
create unique index organizations_logo_file_id_idx on app_public.organizations (logo_file_id, id);
comment on column app_public.organizations.logo_file_id is 'Logo of the organization (a file uploaded as organization_logo). Replacing or removing it deletes the old one.';
comment on constraint organizations_logo_file_id_id_fkey on app_public.organizations is '@fieldName logo
@foreignFieldName logoOfOrganizations
@foreignSingleFieldName logoOfOrganization';
create trigger _200_attach_file before insert or update of logo_file_id on app_public.organizations
  for each row execute function app_private.tg__attach_file('logo_file_id', 'organization_logo', 'id');
create trigger _900_release_file after update of logo_file_id or delete on app_public.organizations
  for each row execute function app_private.tg__release_file('logo_file_id');

/*--------------------------------------------------------------------------
 * Erasure (Ley 1581) includes photos
 *--------------------------------------------------------------------------*/

-- Where a person can be, found from the catalog so a new column or table is
-- covered without editing this function:
-- - rows that reference them (foreign keys to talent): contacts, availability
--   and comp card photos are deleted (the photos' files and stored objects
--   follow: the objects are deleted by the worker after commit); every other
--   such row keeps its keys and states and loses its free text (today
--   model_castings.ai_reasoning);
-- - records written by the AI agents (agent_runs, ai_agent_logs and any table
--   referencing agent_runs) of their organization: free text and JSON are
--   redacted (see redact_person); tokens, costs and outcomes stay, so AI usage
--   and budgets remain right.
create or replace function app_public.erase_talent(id uuid) returns app_public.talent
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  names text[];
  target record;
  assignments text;
begin
  select * into person from app_public.talent t where t.id = erase_talent.id for update;
  -- Another organization's person is answered exactly like a missing one.
  if person.id is null or not (person.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(person.organization_id, '{owner,admin,casting}');
  names := array_remove(array[person.full_name, person.stage_name], null);
  if person.erased_at is not null then
    names := '{}';
  end if;

  delete from app_public.talent_contacts c where c.talent_id = person.id;
  delete from app_public.talent_availability a where a.talent_id = person.id;
  -- Their photos: the rows, the files (tg__release_file) and, once this
  -- transaction commits, the stored objects (delete_stored_files).
  delete from app_public.talent_photos p where p.talent_id = person.id;
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      -- Consent given is withdrawn; consent never given stays never given
      -- (talent_consent_revoked_after_granted).
      consent_purposes = '{}',
      consent_revoked_at = case when t.consent_granted_at is not null
                                then coalesce(t.consent_revoked_at, greatest(now(), t.consent_granted_at)) end,
      erased_at = coalesce(t.erased_at, now())
   where t.id = person.id
   returning * into person;

  for target in select * from app_private.talent_reference_columns() loop
    execute format('update %s set %s where %I = $1', target.table_name, target.assignments, target.key_column)
      using person.id;
  end loop;

  for target in select * from app_private.ai_record_columns() loop
    execute format(
      'update %1$s set %2$I = %3$s where organization_id = $3 and app_private.mentions_person(%2$I::text, $1, $2)',
      target.table_name, target.column_name,
      case when target.is_json then format('app_private.redact_person(%I, $1, $2)', target.column_name)
           else format('app_private.redact_person_text(%I, $1, $2)', target.column_name) end)
      using person.id, names, person.organization_id;
  end loop;
  return person;
end;
$$;
comment on function app_public.erase_talent(uuid) is
  'Erases a person on request (habeas data, Ley 1581 de 2012: supresión), in one transaction: personal data anonymised, contacts, availability and comp card photos deleted (the stored images are deleted by the worker right after commit), the free text of rows about them cleared, and AI prompts, answers and run summaries that hold them redacted. Castings, runway slots and bookings stay. Owner, admin or casting; another organization''s person is NOT_FOUND.';

create or replace function app_private.talent_reference_columns()
returns table (table_name regclass, key_column name, assignments text)
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select c.conrelid::regclass, k.attname,
         string_agg(format('%I = null', a.attname), ', ' order by a.attnum)
    from pg_constraint c
    join pg_attribute k on k.attrelid = c.conrelid
     and k.attnum = c.conkey[array_position(c.confkey, (select r.attnum from pg_attribute r
                                                         where r.attrelid = 'app_public.talent'::regclass and r.attname = 'id'))]
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum > 0 and not a.attisdropped and not a.attnotnull
     and a.atttypid in ('text'::regtype, 'public.citext'::regtype, 'jsonb'::regtype, 'text[]'::regtype)
   where c.contype = 'f' and c.confrelid = 'app_public.talent'::regclass
     and c.conrelid not in ('app_public.talent_contacts'::regclass, 'app_public.talent_availability'::regclass,
                            'app_public.talent_photos'::regclass)
     and not app_private.is_closed_vocabulary(c.conrelid, a.attnum)
   group by c.conrelid, k.attname;
$$;
comment on function app_private.talent_reference_columns() is 'For erase_talent: per table referencing talent (but contacts, availability and photos, which it deletes), the free-text columns to clear.';


/*==========================================================================
 * The roster: search that ignores accents and case, profiles saved whole,
 * consent captured and revoked, identity documents, CSV import
 *==========================================================================*/

-- Search: unaccent + pg_trgm behind immutable wrappers, so expression indexes
-- can hold them. (An ICU nondeterministic collation would ignore accents in
-- comparisons, but PostgreSQL 15 refuses LIKE on such collations, and a
-- roster search is a substring search: "maria" inside "Ana María Gómez".)
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- unaccent(text) is STABLE because it finds its dictionary through the
-- search_path; naming the dictionary makes the result depend on the input
-- only, which is what IMMUTABLE promises (PostgreSQL's documented pattern).
create function app_private.fold(value text) returns text
language sql immutable parallel safe strict set search_path = pg_catalog, public, pg_temp as $$
  select lower(public.unaccent('public.unaccent'::regdictionary, value));
$$;
comment on function app_private.fold(text) is 'Text for comparing as people do: lower case, without accents ("Bogotá" → "bogota", "MARÍA" → "maria").';

create function app_private.talent_search_text(full_name text, stage_name text, agency text, city text) returns text
language sql immutable parallel safe set search_path = pg_catalog, public, pg_temp as $$
  select app_private.fold(coalesce(full_name, '') || ' ' || coalesce(stage_name, '') || ' ' || coalesce(agency, '') || ' ' || coalesce(city, ''));
$$;
comment on function app_private.talent_search_text(text, text, text, text) is 'What roster search looks in: name, stage name, agency and city, folded (see fold). Indexed with pg_trgm.';

-- A LIKE pattern that finds the folded words anywhere: "%maria%".
create function app_private.contains_pattern(value text) returns text
language sql immutable parallel safe strict set search_path = pg_catalog, public, pg_temp as $$
  select '%' || replace(replace(replace(app_private.fold(value), '\', '\\'), '%', '\%'), '_', '\_') || '%';
$$;
comment on function app_private.contains_pattern(text) is 'A LIKE pattern matching folded text that contains the folded value (wildcards in the value are escaped).';

-- Stored, so neither an index recheck nor a sort folds text again (unaccent
-- is the expensive part: BENCHMARKS.md, roster); kept up to date by
-- PostgreSQL on every write (erasure included). Not in the API.
alter table app_public.talent
  add column search_text text generated always as (app_private.talent_search_text(full_name, stage_name, agency, city)) stored,
  add column name_key text generated always as (app_private.fold(full_name)) stored;
comment on column app_public.talent.search_text is E'@behavior -*\nWhat roster search looks in (see talent_search_text), kept by PostgreSQL.';
comment on column app_public.talent.name_key is E'@behavior -*\nThe full name folded (see fold): the roster''s order by name, kept by PostgreSQL.';
create index talent_search_text_trgm_idx on app_public.talent using gin (search_text public.gin_trgm_ops);
-- Keyset pagination in each order the roster offers, within an organization.
create index talent_organization_id_name_idx on app_public.talent (organization_id, name_key, id);
create index talent_organization_id_height_cm_idx on app_public.talent (organization_id, height_cm, id);
create index talent_organization_id_created_at_idx on app_public.talent (organization_id, created_at, id);
create index talent_organization_id_city_idx on app_public.talent (organization_id, app_private.fold(city));

-- The people whose name, stage name, agency or city hold every word, and/or
-- whose city is `city` (accents and case aside), among the rosters the
-- caller may read. Why a function: under row-level security PostgreSQL only
-- uses an index for a condition built from LEAKPROOF functions, and LIKE,
-- unaccent and our wrappers are not (only a superuser may declare them so),
-- so a roster search written as a plain condition scans the organization's
-- whole roster, folding every name (BENCHMARKS.md, roster). Here, as the
-- owner, the trigram and city indexes serve; the caller's query then joins
-- on the ids with uuid equality (leakproof), still under its own RLS.
create function app_private.talent_search_ids(words text[], city text) returns setof uuid
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp rows 500 as $$
declare
  query text := 'select t.id from app_public.talent t where t.organization_id = any($1)';
  i int;
begin
  for i in 1 .. least(coalesce(cardinality(words), 0), 6) loop
    query := query || format(' and t.search_text like app_private.contains_pattern($2[%s])', i);
  end loop;
  if city is not null then
    query := query || ' and app_private.fold(t.city) = app_private.fold($3)';
  end if;
  return query execute query
    using app_private.organization_ids_with_role('{owner,admin,producer,casting}'), words, city;
end;
$$;
comment on function app_private.talent_search_ids(text[], text) is 'Ids of the people, in the rosters the caller may read, whose name, stage name, agency or city contain every word (at most 6) and whose city is `city`, accents and case aside; index-backed (see why in the migration). For the talents(condition: {search, city}) of the API.';

-- The day a date names, in the organization's time zone ([00:00, next 00:00)).
create function app_private.organization_day(organization uuid, day date) returns tstzrange
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select tstzrange((day::timestamp at time zone o.timezone), ((day + 1)::timestamp at time zone o.timezone), '[)')
    from app_public.organizations o where o.id = organization;
$$;
comment on function app_private.organization_day(uuid, date) is 'The calendar day as a time range in the organization''s time zone (America/Bogota by default).';

/*--------------------------------------------------------------------------
 * Consent (Ley 1581 de 2012, art. 9: prior, express, informed, provable)
 *--------------------------------------------------------------------------*/

-- Consent names how it was collected, and is withdrawn only after it was given.
alter table app_public.talent add constraint talent_consent_source_required
  check (consent_granted_at is null or consent_source is not null);
alter table app_public.talent add constraint talent_consent_revoked_after_granted
  check (consent_revoked_at is null or (consent_granted_at is not null and consent_revoked_at >= consent_granted_at));

create function app_public.talent_consent_active(t app_public.talent) returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and cardinality(t.consent_purposes) > 0;
$$;
comment on function app_public.talent_consent_active(app_public.talent) is 'Whether the person gave consent for at least one purpose and has not withdrawn it.';

create function app_public.record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamptz)
returns app_public.talent
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
begin
  if granted_at is null then
    raise exception 'The date consent was given is required.' using errcode = '23514', constraint = 'talent_consent_granted_at_required';
  end if;
  if granted_at > now() + interval '1 day' then
    raise exception 'Consent cannot be given in the future.' using errcode = '23514', constraint = 'talent_consent_granted_at_past';
  end if;
  if coalesce(cardinality(purposes), 0) = 0 then
    raise exception 'Choose at least one purpose.' using errcode = '23514', constraint = 'talent_consent_purposes_required';
  end if;
  update app_public.talent t set
      consent_granted_at = record_talent_consent.granted_at,
      consent_purposes = (select array_agg(distinct p order by p) from unnest(purposes) p),
      consent_source = record_talent_consent.source,
      consent_revoked_at = null
   where t.id = record_talent_consent.talent_id and t.erased_at is null
   returning * into person;
  if person.id is null then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  return person;
end;
$$;
comment on function app_public.record_talent_consent(uuid, text[], text, timestamptz) is
  'Records the consent a person gave (Ley 1581 de 2012): the purposes (casting, ai_processing, contact — WhatsApp and email —, marketing), how it was collected (signed_form, agency_contract, web_form, email, whatsapp) and when. Replaces an earlier or withdrawn consent. Casting staff, admins and owners (RLS); anyone else gets NOT_FOUND.';

create function app_public.revoke_talent_consent(talent_id uuid) returns app_public.talent
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
begin
  update app_public.talent t set consent_revoked_at = coalesce(t.consent_revoked_at, now())
   where t.id = revoke_talent_consent.talent_id and t.consent_granted_at is not null
   returning * into person;
  if person.id is null then
    raise exception 'That person does not exist or never gave consent.' using errcode = 'NTFND';
  end if;
  return person;
end;
$$;
comment on function app_public.revoke_talent_consent(uuid) is
  'Withdraws a person''s consent in one action (Ley 1581 de 2012): from now on no agent processes them (ai_talent_candidates) and they are not contacted. The record of what was given stays. Casting staff, admins and owners.';

/*--------------------------------------------------------------------------
 * Identity documents (duplicates across imports are found by them)
 *--------------------------------------------------------------------------*/

alter table app_public.talent_contacts
  add column document_type text check (document_type = any (array['CC', 'CE', 'TI', 'PA', 'PPT'])),
  add column document_number text check (document_number ~ '^[A-Za-z0-9-]{3,20}$'),
  add constraint talent_contacts_document_number_length check (length(document_number) <= 20),
  add constraint talent_contacts_document_complete check ((document_type is null) = (document_number is null));
comment on column app_public.talent_contacts.document_type is 'Identity document: CC (cédula de ciudadanía), CE (cédula de extranjería), TI (tarjeta de identidad, minors), PA (passport) or PPT (permiso por protección temporal).';
comment on column app_public.talent_contacts.document_number is 'Number of the identity document (letters, digits and dashes, 3–20). Unique per organization and type.';
create unique index talent_contacts_document_idx on app_public.talent_contacts (organization_id, document_type, upper(document_number))
  where document_number is not null;
create index talent_contacts_organization_id_email_idx on app_public.talent_contacts (organization_id, email);

-- The minor-guardian rule names a constraint, so the dashboard shows it by the guardian's name.
create or replace function app_private.tg_talent__minor_needs_guardian() returns trigger
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  person_id uuid;
begin
  if tg_op = 'DELETE' then
    person_id := old.talent_id;
  elsif tg_table_name = 'talent' then
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
    raise exception 'A minor needs a guardian contact (name and phone or email).'
      using errcode = 'INVAL', constraint = 'talent_contacts_minor_guardian', column = 'guardian_name';
  end if;
  return null;
end;
$$;

/*--------------------------------------------------------------------------
 * A person saved whole: comp card and contact in one transaction
 *--------------------------------------------------------------------------*/

-- What a form or a CSV row says about a person. Composite types (not the
-- tables' row types) so every field is optional in the API and the
-- organization and ids come from the arguments.
create type app_public.talent_details as (
  full_name text,
  stage_name text,
  agency text,
  city text,
  willing_to_travel boolean,
  division text,
  gender text,
  height_cm int,
  bust_cm int,
  waist_cm int,
  hips_cm int,
  shoe_eu numeric,
  hair_color text,
  eye_color text,
  measurements_taken_on date,
  birth_date date,
  instagram text,
  consent_granted_at timestamptz,
  consent_purposes text[],
  consent_source text
);
comment on type app_public.talent_details is 'A person''s comp card and consent as a form sends them (see talent for each field''s rules).';
comment on column app_public.talent_details.full_name is 'Legal name (required).';
comment on column app_public.talent_details.stage_name is 'Professional name, if different.';
comment on column app_public.talent_details.agency is 'Representing agency.';
comment on column app_public.talent_details.city is 'Home city.';
comment on column app_public.talent_details.willing_to_travel is 'Accepts castings outside their city (default false).';
comment on column app_public.talent_details.division is 'women, men, non_binary, kids, curve, petite or mature (required).';
comment on column app_public.talent_details.gender is 'Gender as the person describes it.';
comment on column app_public.talent_details.height_cm is 'Height in cm (50–230).';
comment on column app_public.talent_details.bust_cm is 'Bust / chest in cm (30–200).';
comment on column app_public.talent_details.waist_cm is 'Waist in cm (30–200).';
comment on column app_public.talent_details.hips_cm is 'Hips in cm (30–200).';
comment on column app_public.talent_details.shoe_eu is 'Shoe size EU (15–52, halves allowed).';
comment on column app_public.talent_details.hair_color is 'Hair colour.';
comment on column app_public.talent_details.eye_color is 'Eye colour.';
comment on column app_public.talent_details.measurements_taken_on is 'When the measurements were taken.';
comment on column app_public.talent_details.birth_date is 'Date of birth (under 18: a guardian contact is required).';
comment on column app_public.talent_details.instagram is 'Instagram handle (@ optional).';
comment on column app_public.talent_details.consent_granted_at is 'When consent was given (Ley 1581); with purposes and source.';
comment on column app_public.talent_details.consent_purposes is 'casting, ai_processing, contact (WhatsApp and email), marketing.';
comment on column app_public.talent_details.consent_source is 'signed_form, agency_contract, web_form, email or whatsapp.';

create type app_public.talent_contact_details as (
  email text,
  phone text,
  whatsapp_opt_in boolean,
  guardian_name text,
  guardian_phone text,
  guardian_email text,
  document_type text,
  document_number text
);
comment on type app_public.talent_contact_details is 'A person''s contact, guardian and identity document as a form sends them (see talent_contacts).';
comment on column app_public.talent_contact_details.email is 'Email address.';
comment on column app_public.talent_contact_details.phone is 'Phone (WhatsApp), e.g. +57 300 123 4567.';
comment on column app_public.talent_contact_details.whatsapp_opt_in is 'Agreed to receive WhatsApp messages.';
comment on column app_public.talent_contact_details.guardian_name is 'Guardian of a minor.';
comment on column app_public.talent_contact_details.guardian_phone is 'Guardian''s phone.';
comment on column app_public.talent_contact_details.guardian_email is 'Guardian''s email.';
comment on column app_public.talent_contact_details.document_type is 'CC, CE, TI, PA or PPT.';
comment on column app_public.talent_contact_details.document_number is 'Identity document number.';

-- As the caller (RLS and column grants decide): a minor's guardian is
-- checked at commit, so the person and their contact must be written in the
-- same transaction; GraphQL runs each mutation field in its own.
create function app_public.save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details,
                                       contact app_public.talent_contact_details)
returns app_public.talent
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  person app_public.talent;
  -- Field by field: a row value IS NOT NULL only when every field is.
  has_contact boolean := coalesce(contact.email, contact.phone, contact.guardian_name, contact.guardian_phone,
                                  contact.guardian_email, contact.document_type, contact.document_number) is not null
                         or coalesce(contact.whatsapp_opt_in, false);
begin
  if talent is null then  -- null, or every field null
    raise exception 'The person''s details are required.' using errcode = '23502', column = 'full_name';
  end if;
  if save_talent.talent_id is null then
    insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division, gender,
                                   height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                   measurements_taken_on, birth_date, instagram,
                                   consent_granted_at, consent_purposes, consent_source)
    values (save_talent.organization_id, talent.full_name, talent.stage_name, talent.agency, talent.city,
            coalesce(talent.willing_to_travel, false), talent.division, talent.gender, talent.height_cm, talent.bust_cm,
            talent.waist_cm, talent.hips_cm, talent.shoe_eu, talent.hair_color, talent.eye_color,
            talent.measurements_taken_on, talent.birth_date, talent.instagram,
            talent.consent_granted_at, coalesce(talent.consent_purposes, '{}'), talent.consent_source)
    returning * into person;
  else
    -- Consent is not touched here: record_talent_consent / revoke_talent_consent.
    update app_public.talent t set
        full_name = talent.full_name, stage_name = talent.stage_name, agency = talent.agency, city = talent.city,
        willing_to_travel = coalesce(talent.willing_to_travel, false), division = talent.division,
        gender = talent.gender, height_cm = talent.height_cm, bust_cm = talent.bust_cm, waist_cm = talent.waist_cm,
        hips_cm = talent.hips_cm, shoe_eu = talent.shoe_eu, hair_color = talent.hair_color,
        eye_color = talent.eye_color, measurements_taken_on = talent.measurements_taken_on,
        birth_date = talent.birth_date, instagram = talent.instagram
     where t.id = save_talent.talent_id and t.erased_at is null
     returning * into person;
    if person.id is null then
      raise exception 'That person does not exist.' using errcode = 'NTFND';
    end if;
  end if;

  if has_contact then
    insert into app_public.talent_contacts (talent_id, email, phone, whatsapp_opt_in, guardian_name, guardian_phone,
                                            guardian_email, document_type, document_number)
    values (person.id, contact.email, contact.phone, coalesce(contact.whatsapp_opt_in, false), contact.guardian_name,
            contact.guardian_phone, contact.guardian_email, contact.document_type, contact.document_number)
    on conflict on constraint talent_contacts_pkey do update set
      email = excluded.email, phone = excluded.phone, whatsapp_opt_in = excluded.whatsapp_opt_in,
      guardian_name = excluded.guardian_name, guardian_phone = excluded.guardian_phone,
      guardian_email = excluded.guardian_email, document_type = excluded.document_type,
      document_number = excluded.document_number;
  elsif save_talent.talent_id is not null then
    delete from app_public.talent_contacts c where c.talent_id = person.id;
  end if;
  return person;
end;
$$;
comment on function app_public.save_talent(uuid, uuid, app_public.talent_details, app_public.talent_contact_details) is
  'Creates (talentId null, in organizationId) or updates a person''s comp card and contact in one transaction, as the caller: casting staff, admins and owners. On create the consent fields are recorded too; on update they are left alone (recordTalentConsent, revokeTalentConsent). A contact with no value deletes the contact. Errors: VALIDATION_FAILED with the constraint (which field), NOT_FOUND, FORBIDDEN.';

/*--------------------------------------------------------------------------
 * CSV import: all or nothing, duplicates merged, a problem list per line
 *--------------------------------------------------------------------------*/

create type app_public.talent_import_row as (
  line int,
  talent app_public.talent_details,
  contact app_public.talent_contact_details
);
comment on type app_public.talent_import_row is 'One line of a roster file, already mapped to fields.';
comment on column app_public.talent_import_row.line is 'Line number in the file (shown with its problems).';
comment on column app_public.talent_import_row.talent is 'The comp card and consent.';
comment on column app_public.talent_import_row.contact is 'Contact, guardian and identity document.';

create type app_public.talent_import_problem as (line int, field text, code text, message text);
comment on type app_public.talent_import_problem is 'Why a line cannot be imported.';
comment on column app_public.talent_import_problem.line is 'Line number in the file.';
comment on column app_public.talent_import_problem.field is 'The column (talent or contact field, e.g. height_cm, email), when one is to blame.';
comment on column app_public.talent_import_problem.code is 'Like the API''s reasons: REQUIRED, OUT_OF_RANGE, INVALID_FORMAT, TOO_LONG, ALREADY_EXISTS, INVALID_INPUT.';
comment on column app_public.talent_import_problem.message is 'The database''s message (English).';

create type app_public.talent_import_report as (
  committed boolean,
  created int,
  updated int,
  merged int,
  problems app_public.talent_import_problem[]
);
comment on type app_public.talent_import_report is 'What an import did, or would do.';
comment on column app_public.talent_import_report.committed is 'Whether the rows were written (false on a dry run or when any line has a problem: then nothing was).';
comment on column app_public.talent_import_report.created is 'New people.';
comment on column app_public.talent_import_report.updated is 'People already on the roster (same identity document, else same email) whose card was completed and updated.';
comment on column app_public.talent_import_report.merged is 'Lines that repeat an earlier line of the same file (same document or email), merged into it.';
comment on column app_public.talent_import_report.problems is 'Every problem, by line.';

-- The API reason of an SQLSTATE (as server/errors.ts maps them).
create function app_private.error_reason(state text) returns text
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select case state
    when '23514' then 'OUT_OF_RANGE' when '23502' then 'REQUIRED' when '23505' then 'ALREADY_EXISTS'
    when '22P02' then 'INVALID_FORMAT' when '22007' then 'INVALID_FORMAT' when '22008' then 'INVALID_FORMAT'
    when '22003' then 'OUT_OF_RANGE' when '22001' then 'TOO_LONG' when '23503' then 'REFERENCE_INVALID'
    when '42501' then 'NOT_ALLOWED' else 'INVALID_INPUT' end;
$$;
comment on function app_private.error_reason(text) is 'The API reason (server/errors.ts) for an SQLSTATE, for problems reported in a result instead of raised.';

-- The column a constraint is about (single-column checks; the named rules).
create function app_private.constraint_field(constraint_name text) returns text
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select case constraint_name
    when 'talent_contacts_document_idx' then 'document_number'
    when 'talent_contacts_document_complete' then 'document_number'
    when 'talent_contacts_minor_guardian' then 'guardian_name'
    when 'talent_check' then 'consent_granted_at'
    when 'talent_consent_source_required' then 'consent_source'
    when 'talent_consent_revoked_after_granted' then 'consent_granted_at'
    else (select a.attname::text from pg_constraint k
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
           where k.conname = constraint_name and k.connamespace = 'app_public'::regnamespace
             and cardinality(k.conkey) = 1 limit 1)
  end;
$$;
comment on function app_private.constraint_field(text) is 'The field a constraint of talent or talent_contacts guards, for problems reported by line.';

create function app_public.import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean default false)
returns app_public.talent_import_report
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  report app_public.talent_import_report := row(false, 0, 0, 0, '{}')::app_public.talent_import_report;
  r app_public.talent_import_row;
  d app_public.talent_details;
  c app_public.talent_contact_details;
  match uuid;
  created_here uuid[] := '{}';
  state text;
  message text;
  failed_constraint text;
  failed_column text;
begin
  if app_public.current_profile_id() is null then
    raise exception 'Sign in to import a roster.' using errcode = 'LOGIN';
  end if;
  if not app_private.has_org_role(import_talent.organization_id, '{owner,admin,casting}') then
    raise exception 'Only casting staff, admins and owners of the organization import its roster.' using errcode = 'DNIED';
  end if;
  if coalesce(cardinality(rows), 0) = 0 then
    raise exception 'The file has no rows.' using errcode = '23502', column = 'rows';
  end if;
  if cardinality(rows) > 5000 then
    raise exception 'At most 5,000 rows per import.' using errcode = '22023';
  end if;

  begin
    foreach r in array rows loop
      d := r.talent;
      c := coalesce(r.contact, row(null, null, null, null, null, null, null, null)::app_public.talent_contact_details);
      begin
        if d is null then
          raise exception 'The line is empty.' using errcode = '23502', column = 'full_name';
        end if;
        -- The same person: by identity document, else by email.
        match := null;
        if c.document_number is not null then
          select tc.talent_id into match from app_public.talent_contacts tc
           where tc.organization_id = import_talent.organization_id and tc.document_type = c.document_type
             and upper(tc.document_number) = upper(c.document_number);
        end if;
        if match is null and c.email is not null then
          select tc.talent_id into match from app_public.talent_contacts tc
           where tc.organization_id = import_talent.organization_id and tc.email = c.email::citext
           order by tc.created_at limit 1;
        end if;

        if match is null then
          insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division,
                                         gender, height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                         measurements_taken_on, birth_date, instagram,
                                         consent_granted_at, consent_purposes, consent_source)
          values (import_talent.organization_id, d.full_name, d.stage_name, d.agency, d.city,
                  coalesce(d.willing_to_travel, false), d.division, d.gender, d.height_cm, d.bust_cm, d.waist_cm,
                  d.hips_cm, d.shoe_eu, d.hair_color, d.eye_color, d.measurements_taken_on, d.birth_date, d.instagram,
                  d.consent_granted_at, coalesce(d.consent_purposes, '{}'), d.consent_source)
          returning id into match;
          created_here := created_here || match;
          report.created := report.created + 1;
        else
          -- A known person: what the line says completes and updates the card.
          update app_public.talent t set
              full_name = coalesce(d.full_name, t.full_name), stage_name = coalesce(d.stage_name, t.stage_name),
              agency = coalesce(d.agency, t.agency), city = coalesce(d.city, t.city),
              willing_to_travel = coalesce(d.willing_to_travel, t.willing_to_travel),
              division = coalesce(d.division, t.division), gender = coalesce(d.gender, t.gender),
              height_cm = coalesce(d.height_cm, t.height_cm), bust_cm = coalesce(d.bust_cm, t.bust_cm),
              waist_cm = coalesce(d.waist_cm, t.waist_cm), hips_cm = coalesce(d.hips_cm, t.hips_cm),
              shoe_eu = coalesce(d.shoe_eu, t.shoe_eu), hair_color = coalesce(d.hair_color, t.hair_color),
              eye_color = coalesce(d.eye_color, t.eye_color),
              measurements_taken_on = coalesce(d.measurements_taken_on, t.measurements_taken_on),
              birth_date = coalesce(d.birth_date, t.birth_date), instagram = coalesce(d.instagram, t.instagram),
              consent_granted_at = coalesce(d.consent_granted_at, t.consent_granted_at),
              consent_purposes = case when d.consent_granted_at is not null then coalesce(d.consent_purposes, '{}')
                                      else t.consent_purposes end,
              consent_source = case when d.consent_granted_at is not null then d.consent_source else t.consent_source end,
              consent_revoked_at = case when d.consent_granted_at is not null then null else t.consent_revoked_at end
           where t.id = match and t.erased_at is null;
          if match = any(created_here) then
            report.merged := report.merged + 1;
          else
            report.updated := report.updated + 1;
          end if;
        end if;

        if c.email is not null or c.phone is not null or c.guardian_name is not null or c.guardian_phone is not null
           or c.guardian_email is not null or c.document_number is not null or c.document_type is not null
           or coalesce(c.whatsapp_opt_in, false) then
          insert into app_public.talent_contacts as tc (talent_id, email, phone, whatsapp_opt_in, guardian_name,
                                                        guardian_phone, guardian_email, document_type, document_number)
          values (match, c.email, c.phone, coalesce(c.whatsapp_opt_in, false), c.guardian_name, c.guardian_phone,
                  c.guardian_email, c.document_type, c.document_number)
          on conflict on constraint talent_contacts_pkey do update set
            email = coalesce(excluded.email, tc.email), phone = coalesce(excluded.phone, tc.phone),
            whatsapp_opt_in = coalesce(c.whatsapp_opt_in, tc.whatsapp_opt_in),
            guardian_name = coalesce(excluded.guardian_name, tc.guardian_name),
            guardian_phone = coalesce(excluded.guardian_phone, tc.guardian_phone),
            guardian_email = coalesce(excluded.guardian_email, tc.guardian_email),
            document_type = coalesce(excluded.document_type, tc.document_type),
            document_number = coalesce(excluded.document_number, tc.document_number);
        end if;
        -- The rules checked at commit (a minor's guardian) are checked now, so
        -- a problem is reported on its own line.
        set constraints all immediate;
        set constraints all deferred;
      exception when others then
        get stacked diagnostics state = returned_sqlstate, message = message_text,
                                failed_constraint = constraint_name, failed_column = column_name;
        if state in ('LOGIN', 'DNIED', '57014') then
          raise;
        end if;
        report.problems := report.problems || row(
          r.line,
          coalesce(nullif(failed_column, ''), app_private.constraint_field(failed_constraint)),
          app_private.error_reason(state),
          message)::app_public.talent_import_problem;
      end;
    end loop;
    if cardinality(report.problems) > 0 or dry_run then
      -- Undo every line: all or nothing.
      raise exception 'import not committed' using errcode = 'P0IMP';
    end if;
    report.committed := true;
  exception when sqlstate 'P0IMP' then
    report.committed := false;
  end;
  return report;
end;
$$;
comment on function app_public.import_talent(uuid, app_public.talent_import_row[], boolean) is
  'Imports a roster (a CSV file mapped to fields by the dashboard), all or nothing, in one transaction: a line whose identity document (else email) matches someone on the roster updates that person (what the line leaves empty stays), a line that repeats an earlier line is merged into it, the rest are created. Every problem is reported with its line and field, and then nothing is written; dryRun checks everything and writes nothing. At most 5,000 lines. Casting staff, admins and owners.';
