--! Previous: sha1:069ff6f6d7ddc48758a01c021e2667afa83e80cf
--! Hash: sha1:97785396d68e1a76f4793e9f7aa07b637ea4ac60
--! Message: hardening the data layer

-- Hardening of the data layer (issue 11, items 6, 8, 9 and 10): invariants
-- that hold under concurrency, references to people limited to the
-- organization's members, validated time zones, capacity and length limits,
-- and erasure (Ley 1581) that reaches the AI records.

/*==========================================================================
 * 6. The last-owner rule under concurrency
 *==========================================================================*/

-- Two owners leaving (or demoting each other) at the same moment both saw the
-- other still there, and both succeeded. Removing or demoting an owner now
-- first locks the organization's row (FOR NO KEY UPDATE: it does not block
-- inserts that merely reference the organization), so such changes of one
-- organization run one after the other; at READ COMMITTED, the isolation the
-- API and the worker use, the count that follows the lock takes a new snapshot
-- and sees what the previous transaction committed. (SERIALIZABLE callers are
-- protected by PostgreSQL's write-skew detection instead.) SECURITY DEFINER:
-- the lock and the count must not depend on what the caller may read.
create or replace function app_private.tg_memberships__keep_an_owner() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  organization uuid;
begin
  if old.role = 'owner' and (tg_op = 'DELETE' or new.role <> 'owner') then
    select o.id into organization from app_public.organizations o where o.id = old.organization_id for no key update;
    -- No row: the organization itself is being deleted, and its memberships
    -- with it: there is no owner to keep and no ownership to manage. (Before,
    -- an owner deleting an organization with two owners was refused: the
    -- cascade removed their own membership first, and then they were no
    -- longer an owner who may remove the other.)
    if organization is null then
      return case when tg_op = 'DELETE' then old else new end;
    end if;
    if not exists (
      select 1 from app_public.memberships m
       where m.organization_id = old.organization_id and m.role = 'owner' and m.id <> old.id
    ) then
      raise exception 'An organization must keep at least one owner.' using errcode = 'OWNER';
    end if;
  end if;
  -- Only owners may grant or take away ownership (anyone may leave).
  if (old.role = 'owner' or (tg_op = 'UPDATE' and new.role = 'owner'))
     and app_public.current_profile_id() is not null
     and not app_private.has_org_role(old.organization_id, '{owner}')
     and not (tg_op = 'DELETE' and old.profile_id = app_public.current_profile_id()) then
    raise exception 'Only owners can manage owners.' using errcode = 'DNIED';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
comment on function app_private.tg_memberships__keep_an_owner() is
  'Keeps at least one owner per organization (OWNER), also under concurrent removals: removing or demoting an owner locks the organization row first. Only owners manage owners (DNIED).';

/*==========================================================================
 * 8. References to people: members of the row's organization only
 *==========================================================================*/

-- A column that names a person (a foreign key to profiles) in a tenant table
-- accepts only members of the row's organization. Anyone else is answered
-- exactly as an id that does not exist: the same SQLSTATE (23503), message,
-- detail and constraint name the foreign key itself would give, so the
-- answer never tells which profile ids exist. It runs before the foreign key
-- (BEFORE trigger vs. the key's AFTER check), so a random id takes this same
-- path. For an organization the caller does not belong to it says nothing
-- and lets the row-level security check refuse the row, so it cannot be used
-- to probe another organization's members either.
-- Argument: the column. Memberships (which define membership) and bookings
-- (the buyer is anyone signed in, set by book_tickets) are the exceptions,
-- listed with their reasons in test/people-references.test.ts.
create or replace function app_private.tg__person_is_member() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  person_column text := tg_argv[0];
  person uuid := (to_jsonb(new) ->> person_column)::uuid;
  organization uuid := (to_jsonb(new) ->> 'organization_id')::uuid;
  constraint_name text;
begin
  if person is null
     or (tg_op = 'UPDATE' and person is not distinct from (to_jsonb(old) ->> person_column)::uuid)
     or exists (select 1 from app_public.memberships m where m.organization_id = organization and m.profile_id = person)
     or (app_public.current_profile_id() is not null
         and not (organization = any(app_public.current_organization_ids()))) then
    return new;
  end if;
  select c.conname into constraint_name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
   where c.conrelid = tg_relid and c.contype = 'f' and c.confrelid = 'app_public.profiles'::regclass
     and a.attname = person_column;
  raise exception 'insert or update on table "%" violates foreign key constraint "%"', tg_table_name, constraint_name
    using errcode = 'foreign_key_violation',
          detail = format('Key (%s)=(%s) is not present in table "profiles".', person_column, person),
          schema = tg_table_schema, table = tg_table_name, constraint = constraint_name;
end;
$$;
comment on function app_private.tg__person_is_member() is
  'Refuses a person (profile id in the column named by the trigger argument) who is not a member of the row''s organization, with the very error the foreign key gives for an id that does not exist (23503).';

drop trigger if exists _060_organizer_is_member on app_public.events;
create trigger _060_organizer_is_member before insert or update of organizer_id on app_public.events
  for each row execute function app_private.tg__person_is_member('organizer_id');
drop trigger if exists _060_invited_by_is_member on app_public.organization_invitations;
create trigger _060_invited_by_is_member before insert or update of invited_by on app_public.organization_invitations
  for each row execute function app_private.tg__person_is_member('invited_by');
drop trigger if exists _060_requested_by_is_member on app_public.agent_runs;
create trigger _060_requested_by_is_member before insert or update of requested_by on app_public.agent_runs
  for each row execute function app_private.tg__person_is_member('requested_by');

-- The invitation's acceptor and revoker are set by accept_invitation and
-- revoke_invitation to the acting member; the same guard keeps them members.
drop trigger if exists _060_accepted_by_is_member on app_public.organization_invitations;
create trigger _060_accepted_by_is_member before insert or update of accepted_by on app_public.organization_invitations
  for each row execute function app_private.tg__person_is_member('accepted_by');
drop trigger if exists _060_revoked_by_is_member on app_public.organization_invitations;
create trigger _060_revoked_by_is_member before insert or update of revoked_by on app_public.organization_invitations
  for each row execute function app_private.tg__person_is_member('revoked_by');

comment on column app_public.events.organizer_id is 'Profile of the lead producer: a member of the event''s organization.';

/*==========================================================================
 * 9a. Time zones: names from the IANA database only
 *==========================================================================*/

-- 'America/Bogotá' was accepted and made Intl throw in every browser that
-- showed the event. Every time zone column now has a check that it is one of
-- the IANA names this PostgreSQL knows (pg_timezone_names), through
-- app_private.is_time_zone(). Why not a check that reads pg_timezone_names
-- itself: CHECK expressions must be immutable (PostgreSQL assumes so, and
-- dump/restore re-evaluates them), and that view reads the tzdata files at
-- every call (about 12 ms), so it is neither. is_time_zone() holds the list
-- as a literal, written into its body by app_private.refresh_time_zones():
-- truly immutable, and microseconds per check. After a tzdata upgrade run
-- `select app_private.refresh_time_zones()`; it rewrites the list and
-- re-checks every stored value (IANA only adds names; old ones remain as
-- links). 'Factory' is left out: it is tzdata's placeholder, not a place,
-- and Intl refuses it. (A domain would do the same, but PostGraphile would
-- turn it into a new GraphQL scalar and change the API's String fields.)
create or replace function app_private.refresh_time_zones() returns int
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  names text[] := (select array_agg(z.name order by z.name) from pg_timezone_names z where z.name <> 'Factory');
  checked record;
  invalid bigint;
begin
  execute format($f$
    create or replace function app_private.is_time_zone(name text) returns boolean
    language sql immutable parallel safe as $body$ select name = any (%L::text[]) $body$
  $f$, names);
  execute $c$comment on function app_private.is_time_zone(text) is
    'Whether a text is an IANA time zone name as pg_timezone_names spells it (e.g. America/Bogota). Immutable: the list is a literal written by app_private.refresh_time_zones().'$c$;
  -- Values stored under an older list must still be valid.
  for checked in
    select k.conrelid::regclass as table_name, a.attname as column_name
      from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
     where k.contype = 'c' and pg_get_constraintdef(k.oid) like '%app_private.is_time_zone(%'
  loop
    execute format('select count(*) from %s where not app_private.is_time_zone(%I)', checked.table_name, checked.column_name)
      into invalid;
    if invalid > 0 then
      raise exception '% rows of % have a % that is no longer a time zone.', invalid, checked.table_name, checked.column_name;
    end if;
  end loop;
  return cardinality(names);
end;
$$;
comment on function app_private.refresh_time_zones() is
  'Rewrites app_private.is_time_zone() from pg_timezone_names (run after a tzdata upgrade) and re-checks stored time zones. Returns how many names it holds.';
select app_private.refresh_time_zones();

-- Stored values that are not time zones: an accent typed by mistake is
-- repaired when that gives a real name, anything else becomes America/Bogota
-- (these values blanked the event page, so no one saw them in use).
update app_public.events
   set timezone = case when app_private.is_time_zone(translate(timezone, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN'))
                       then translate(timezone, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN') else 'America/Bogota' end
 where not app_private.is_time_zone(timezone);
update app_public.organizations
   set timezone = case when app_private.is_time_zone(translate(timezone, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN'))
                       then translate(timezone, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN') else 'America/Bogota' end
 where not app_private.is_time_zone(timezone);

alter table app_public.events drop constraint if exists events_timezone_iana;
alter table app_public.events add constraint events_timezone_iana check (app_private.is_time_zone(timezone));
alter table app_public.organizations drop constraint if exists organizations_timezone_iana;
alter table app_public.organizations add constraint organizations_timezone_iana check (app_private.is_time_zone(timezone));
comment on column app_public.events.timezone is 'IANA time zone of the event, e.g. America/Bogota (the default); other spellings are refused.';
comment on column app_public.organizations.timezone is 'IANA time zone used to show dates, e.g. America/Bogota (the default); other spellings are refused.';

/*==========================================================================
 * 9b. Ticket tiers within the event's capacity
 *==========================================================================*/

-- The tiers of an event may not offer more tickets than the event holds.
-- Adding a tier or raising its quantity locks the event row first, so two
-- tiers added at once are checked one after the other (each sees the other's
-- committed quantity); lowering the event's capacity is checked under the
-- same row lock. Lowering a quantity is always allowed. Raises CAPAC
-- (CONFLICT / OVER_CAPACITY in the API). Bookings change sold_count only and
-- never take this lock.
create or replace function app_private.tg_ticket_tiers__within_capacity() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  event_capacity int;
  others bigint;
begin
  if tg_op = 'UPDATE' and new.event_id = old.event_id and new.quantity <= old.quantity then
    return new;
  end if;
  select e.capacity into event_capacity from app_public.events e where e.id = new.event_id for no key update;
  if event_capacity is null then
    return new;
  end if;
  select coalesce(sum(t.quantity), 0) into others
    from app_public.ticket_tiers t where t.event_id = new.event_id and t.id <> new.id;
  if others + new.quantity > event_capacity then
    raise exception 'The ticket tiers of this event would offer % tickets, more than its capacity of %.',
      others + new.quantity, event_capacity using errcode = 'CAPAC';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_ticket_tiers__within_capacity() is
  'Refuses (CAPAC) a tier whose quantity would take the event''s tiers above its capacity; serialised per event by a row lock.';
drop trigger if exists _300_within_capacity on app_public.ticket_tiers;
create trigger _300_within_capacity before insert or update of quantity, event_id on app_public.ticket_tiers
  for each row execute function app_private.tg_ticket_tiers__within_capacity();

create or replace function app_private.tg_events__capacity_holds_tiers() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  offered bigint;
begin
  if new.capacity is not null and (old.capacity is null or new.capacity < old.capacity) then
    select coalesce(sum(t.quantity), 0) into offered from app_public.ticket_tiers t where t.event_id = new.id;
    if offered > new.capacity then
      raise exception 'The ticket tiers of this event offer % tickets; its capacity cannot be lower (asked %).',
        offered, new.capacity using errcode = 'CAPAC';
    end if;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_events__capacity_holds_tiers() is
  'Refuses (CAPAC) lowering an event''s capacity below the tickets its tiers offer.';
drop trigger if exists _300_capacity_holds_tiers on app_public.events;
create trigger _300_capacity_holds_tiers before update of capacity on app_public.events
  for each row execute function app_private.tg_events__capacity_holds_tiers();

comment on column app_public.events.capacity is 'Maximum audience for this event; the ticket tiers together never offer more.';

/*==========================================================================
 * 9c. Length limits on every text a caller can write
 *==========================================================================*/

-- A 5,000-character buyer_email was stored. Every text column that the
-- anonymous or member role can write, directly or through a function, has a
-- length limit (in characters); test/values.test.ts reads them from the
-- catalog. Checks on trimmed length (length(trim(x)) between 1 and 200) do not
-- bound the raw value, so these bound the value itself.
create or replace function app_private.text_array_fits(items text[], max_items int, max_length int) returns boolean
language sql immutable parallel safe set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(cardinality(items), 0) <= max_items
     and coalesce((select max(length(item)) from unnest(items) as item), 0) <= max_length;
$$;
comment on function app_private.text_array_fits(text[], int, int) is
  'For check constraints on text[] columns: at most max_items elements of at most max_length characters each. Immutable.';

do $$
declare
  limit_ record;
begin
  for limit_ in
    select * from (values
      ('profiles', 'full_name', 200), ('profiles', 'phone', 20), ('profiles', 'avatar_url', 2048),
      ('organizations', 'name', 200), ('organizations', 'country', 2), ('organizations', 'currency', 3),
      ('organization_invitations', 'email', 320),
      ('venues', 'name', 200), ('venues', 'address', 300), ('venues', 'city', 100),
      ('events', 'title', 200), ('events', 'description', 5000),
      ('designers', 'name', 200), ('designers', 'brand', 200), ('designers', 'city', 100), ('designers', 'bio', 5000),
      ('designers', 'instagram', 31), ('designers', 'website', 2048),
      ('event_designers', 'collection_name', 200),
      ('looks', 'title', 200), ('looks', 'notes', 2000),
      ('talent', 'full_name', 200), ('talent', 'stage_name', 200), ('talent', 'agency', 200), ('talent', 'city', 100),
      ('talent', 'gender', 50), ('talent', 'hair_color', 50), ('talent', 'eye_color', 50), ('talent', 'instagram', 31),
      ('talent_contacts', 'email', 320), ('talent_contacts', 'phone', 20), ('talent_contacts', 'guardian_name', 200),
      ('talent_contacts', 'guardian_phone', 20), ('talent_contacts', 'guardian_email', 320),
      ('talent_availability', 'notes', 1000),
      ('casting_briefs', 'title', 200), ('casting_briefs', 'notes', 5000),
      ('vendors', 'name', 200), ('vendors', 'city', 100), ('vendors', 'contact_name', 200), ('vendors', 'contact_email', 320),
      ('vendors', 'contact_phone', 20), ('vendors', 'website', 2048), ('vendors', 'notes', 5000),
      ('vendor_recommendations', 'reasoning', 2000),
      ('sponsors', 'name', 200), ('sponsors', 'contact_name', 200), ('sponsors', 'contact_email', 320),
      ('ticket_tiers', 'name', 100), ('ticket_tiers', 'description', 2000),
      ('bookings', 'buyer_name', 200), ('bookings', 'buyer_email', 320), ('bookings', 'payment_reference', 200)
    ) as v(table_name, column_name, max_length)
  loop
    execute format('alter table app_public.%I drop constraint if exists %I', limit_.table_name,
      limit_.table_name || '_' || limit_.column_name || '_length');
    execute format('alter table app_public.%I add constraint %I check (length(%I) <= %s)', limit_.table_name,
      limit_.table_name || '_' || limit_.column_name || '_length', limit_.column_name, limit_.max_length);
  end loop;
end;
$$;

alter table app_public.events drop constraint if exists events_metadata_length;
alter table app_public.events add constraint events_metadata_length check (octet_length(metadata::text) <= 20000);
alter table app_public.talent drop constraint if exists talent_portfolio_urls_length;
alter table app_public.talent add constraint talent_portfolio_urls_length check (app_private.text_array_fits(portfolio_urls, 20, 2048));
alter table app_public.talent drop constraint if exists talent_consent_purposes_length;
alter table app_public.talent add constraint talent_consent_purposes_length check (app_private.text_array_fits(consent_purposes, 4, 20));
alter table app_public.casting_briefs drop constraint if exists casting_briefs_divisions_length;
alter table app_public.casting_briefs add constraint casting_briefs_divisions_length check (app_private.text_array_fits(divisions, 7, 20));
alter table app_public.casting_briefs drop constraint if exists casting_briefs_cities_length;
alter table app_public.casting_briefs add constraint casting_briefs_cities_length check (app_private.text_array_fits(cities, 50, 100));

comment on column app_public.events.metadata is 'Free-form structured details (dress code, season, hashtags...), at most 20,000 bytes as JSON text.';
comment on column app_public.talent.portfolio_urls is 'Links to portfolio photos (at most 20, each at most 2,048 characters).';
comment on column app_public.casting_briefs.cities is 'Cities to cast from (empty: any; at most 50); people willing to travel also qualify.';

-- book_tickets: say which input is too long instead of a bare check violation.
create or replace function app_public.book_tickets(tier_id uuid, quantity int, buyer_name text, buyer_email text)
returns app_public.bookings
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  tier app_public.ticket_tiers;
  event app_public.events;
  booking app_public.bookings;
begin
  if quantity is null or quantity < 1 or quantity > 20 then
    raise exception 'You can book between 1 and 20 tickets at a time.' using errcode = 'INVAL';
  end if;
  if buyer_name is null or length(trim(buyer_name)) = 0 or length(trim(buyer_name)) > 200 then
    raise exception 'The buyer''s name is required (at most 200 characters).' using errcode = 'INVAL';
  end if;
  if buyer_email is null or length(buyer_email) > 320 or buyer_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- The row lock serialises buyers of one tier, so stock can never go negative.
  select * into tier from app_public.ticket_tiers t where t.id = book_tickets.tier_id for update;
  if tier.id is not null then
    select * into event from app_public.events e where e.id = tier.event_id;
  end if;
  if tier.id is null
     or not (
       (event.status = 'published' and event.is_public)
       or app_private.has_org_role(event.organization_id, '{owner,admin,producer}')
     ) then
    raise exception 'That ticket tier does not exist.' using errcode = 'NTFND';
  end if;
  if event.status <> 'published' or event.ends_at < now() then
    raise exception 'Tickets for this event are not on sale.' using errcode = 'CLOSD';
  end if;
  if (tier.sales_start_at is not null and now() < tier.sales_start_at)
     or now() >= coalesce(tier.sales_end_at, event.starts_at) then
    raise exception 'Sales for this ticket tier are closed.' using errcode = 'CLOSD';
  end if;
  if tier.sold_count + book_tickets.quantity > tier.quantity then
    raise exception 'Not enough tickets left (% available).', tier.quantity - tier.sold_count using errcode = 'SOLDO';
  end if;
  update app_public.ticket_tiers t set sold_count = t.sold_count + book_tickets.quantity where t.id = tier.id;
  insert into app_public.bookings (organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email,
                                   quantity, total_cop, status, payment_provider)
    values (tier.organization_id, tier.event_id, tier.id, app_public.current_profile_id(), trim(buyer_name),
            buyer_email, book_tickets.quantity, tier.price_cop * book_tickets.quantity,
            case when tier.price_cop = 0 then 'paid' else 'pending' end,
            case when tier.price_cop = 0 then 'free' end)
    returning * into booking;
  return booking;
end;
$$;
comment on function app_public.book_tickets(uuid, int, text, text) is 'Books 1 to 20 tickets of a tier of a published event; never sells more than the tier''s quantity. Buyer name at most 200 characters (INVAL), email at most 320 (EMAIL). Free tiers are paid at once; others stay pending until payment.';

/*==========================================================================
 * 10. Erasure (Ley 1581, supresión) reaches the AI records
 *==========================================================================*/

-- How a person is removed from free-form records that were not written about
-- them alone (a prompt lists 40 candidates; a log holds the model's answer):
-- - a string equal to their id stays: it only points at the anonymised row;
-- - a string containing their id (e.g. a prompt or raw answer embedding them
--   as JSON) is replaced as a whole: it carries their comp card;
-- - an object with their id as one of its values (a candidate, a
--   recommendation) is reduced to that id and "suprimido": true;
-- - their names (full and stage name) elsewhere become "Persona anonimizada".
create or replace function app_private.redact_person_text(value text, person uuid, names text[]) returns text
language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
declare
  name text;
begin
  if value is null or value = person::text then
    return value;
  end if;
  if strpos(lower(value), person::text) > 0 then
    return '[dato suprimido: Ley 1581]';
  end if;
  foreach name in array coalesce(names, '{}') loop
    if length(trim(name)) >= 3 then
      -- ***= makes the rest of the pattern a literal string (no regex metacharacters).
      value := regexp_replace(value, '***=' || trim(name), 'Persona anonimizada', 'gi');
    end if;
  end loop;
  return value;
end;
$$;
comment on function app_private.redact_person_text(text, uuid, text[]) is
  'Removes a person from a free-form text: the whole text when it contains their id, else their names. For erase_talent.';

create or replace function app_private.redact_person(document jsonb, person uuid, names text[]) returns jsonb
language plpgsql immutable set search_path = pg_catalog, public, pg_temp as $$
declare
  id_value jsonb := to_jsonb(person::text);
  result jsonb;
begin
  case jsonb_typeof(document)
    when 'object' then
      if exists (select 1 from jsonb_each(document) e where e.value = id_value) then
        select jsonb_object_agg(e.key, e.value) || '{"suprimido": true}' into result
          from jsonb_each(document) e where e.value = id_value;
      else
        select coalesce(jsonb_object_agg(e.key, app_private.redact_person(e.value, person, names)), '{}') into result
          from jsonb_each(document) e;
      end if;
      return result;
    when 'array' then
      select coalesce(jsonb_agg(app_private.redact_person(e.value, person, names) order by e.n), '[]') into result
        from jsonb_array_elements(document) with ordinality as e(value, n);
      return result;
    when 'string' then
      return to_jsonb(app_private.redact_person_text(document #>> '{}', person, names));
    else
      return document;
  end case;
end;
$$;
comment on function app_private.redact_person(jsonb, uuid, text[]) is
  'Removes a person from a JSON document (see redact_person_text; objects holding their id keep only the id). For erase_talent.';

create or replace function app_private.mentions_person(value text, person uuid, names text[]) returns boolean
language sql immutable set search_path = pg_catalog, public, pg_temp as $$
  select value is not null and (
    strpos(lower(value), person::text) > 0
    or exists (select 1 from unnest(coalesce(names, '{}')) n where length(trim(n)) >= 3 and strpos(lower(value), lower(trim(n))) > 0)
  );
$$;
comment on function app_private.mentions_person(text, uuid, text[]) is 'Whether a text holds a person''s id or one of their names.';

-- Where a person can be, found from the catalog so a new column or table is
-- covered without editing this function:
-- - rows that reference them (foreign keys to talent): contacts and
--   availability are deleted; every other such row keeps its keys and states
--   and loses its free text (today model_castings.ai_reasoning);
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
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      consent_purposes = '{}', consent_revoked_at = coalesce(t.consent_revoked_at, now()),
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
  'Erases a person on request (habeas data, Ley 1581 de 2012: supresión), in one transaction: personal data anonymised, contacts and availability deleted, the free text of rows about them cleared, and AI prompts, answers and run summaries that hold them redacted. Castings, runway slots and bookings stay. Owner, admin or casting; another organization''s person is NOT_FOUND.';

-- A column whose check lists its allowed values (status in (...)) holds no
-- free text.
create or replace function app_private.is_closed_vocabulary(table_name regclass, column_number smallint) returns boolean
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select exists (
    select 1 from pg_constraint k
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = column_number
     where k.conrelid = table_name and k.contype = 'c' and k.conkey = array[column_number]
       and pg_get_constraintdef(k.oid) ~ ('^CHECK \(\(' || a.attname || ' = ANY \(ARRAY\['));
$$;
-- The free-text columns of rows that reference a person (foreign keys to
-- talent), except contacts and availability, which erasure deletes: nullable
-- text, citext and jsonb columns without a closed list of values.
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
     and c.conrelid not in ('app_public.talent_contacts'::regclass, 'app_public.talent_availability'::regclass)
     and not app_private.is_closed_vocabulary(c.conrelid, a.attnum)
   group by c.conrelid, k.attname;
$$;

-- The free-text columns of the AI agents' records: agent_runs, ai_agent_logs
-- and every table with a foreign key to agent_runs.
create or replace function app_private.ai_record_columns()
returns table (table_name regclass, column_name name, is_json boolean)
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select c.oid::regclass, a.attname, a.atttypid = 'jsonb'::regtype
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     and a.atttypid in ('text'::regtype, 'public.citext'::regtype, 'jsonb'::regtype)
   where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
     and (c.oid in ('app_public.agent_runs'::regclass, 'app_public.ai_agent_logs'::regclass)
          or exists (select 1 from pg_constraint f
                      where f.conrelid = c.oid and f.contype = 'f' and f.confrelid = 'app_public.agent_runs'::regclass))
     and not app_private.is_closed_vocabulary(c.oid, a.attnum)
   order by 1, 2;
$$;

comment on function app_private.talent_reference_columns() is 'For erase_talent: per table referencing talent, the free-text columns to clear.';
comment on function app_private.ai_record_columns() is 'For erase_talent: the free-text columns of the AI agents'' records.';
comment on function app_private.is_closed_vocabulary(regclass, smallint) is 'Whether a check constraint limits the column to a list of values.';

-- A worker that was already running when the person was erased must not
-- write them back: AI records and castings written afterwards are redacted
-- for every erased person they mention (by id; their names are gone).
create or replace function app_private.tg__forget_erased_talent() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  row_json jsonb := to_jsonb(new);
  erased uuid[];
  person uuid;
  target record;
  value jsonb;
begin
  if tg_table_name = 'model_castings' then
    if exists (select 1 from app_public.talent t where t.id = new.talent_id and t.erased_at is not null) then
      row_json := row_json || jsonb_build_object('ai_reasoning', null);
      new := jsonb_populate_record(new, row_json);
    end if;
    return new;
  end if;
  select array_agg(distinct t.id) into erased
    from regexp_matches(row_json::text, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g') as m(found)
    join app_public.talent t on t.id = m.found[1]::uuid
   where t.erased_at is not null and t.organization_id = new.organization_id;
  if erased is null then
    return new;
  end if;
  foreach person in array erased loop
    for target in select * from app_private.ai_record_columns() c where c.table_name = tg_relid::regclass loop
      value := row_json -> target.column_name::text;
      if value is not null and value <> 'null'::jsonb then
        row_json := jsonb_set(row_json, array[target.column_name::text],
          case when target.is_json then app_private.redact_person(value, person, '{}')
               else to_jsonb(app_private.redact_person_text(value #>> '{}', person, '{}')) end);
      end if;
    end loop;
  end loop;
  new := jsonb_populate_record(new, row_json);
  return new;
end;
$$;
comment on function app_private.tg__forget_erased_talent() is
  'Redacts erased people from AI records (by id) and clears the reasoning of castings of erased people, whenever they are written after the erasure.';

drop trigger if exists _900_forget_erased_talent on app_public.ai_agent_logs;
create trigger _900_forget_erased_talent before insert or update on app_public.ai_agent_logs
  for each row execute function app_private.tg__forget_erased_talent();
drop trigger if exists _900_forget_erased_talent on app_public.agent_runs;
create trigger _900_forget_erased_talent before insert or update on app_public.agent_runs
  for each row execute function app_private.tg__forget_erased_talent();
drop trigger if exists _900_forget_erased_talent on app_public.model_castings;
create trigger _900_forget_erased_talent before insert or update on app_public.model_castings
  for each row execute function app_private.tg__forget_erased_talent();
