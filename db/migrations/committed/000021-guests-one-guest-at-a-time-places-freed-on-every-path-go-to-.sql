--! Previous: sha1:e99cc25c63e39ca0f9c9c94c45ba2d967baa8cdc
--! Hash: sha1:5772dd985b6c54e5b207a0f3593cc3c96059d978
--! Message: Guests: one guest at a time, places freed on every path go to the waitlist, the guest list paged, people on site counted

-- Tables: app_public.events, app_public.guest_invitations

-- Tables: app_public.events, app_public.guest_invitations, app_public.seat_assignments

-- Tables: app_public.events, app_public.guest_invitations

-- Tables: app_public.events, app_public.guest_contacts, app_public.guest_invitations, app_public.guests, app_public.seat_assignments, app_public.tickets

-- Tables: app_public.events, app_public.guest_contacts, app_public.guest_invitations, app_public.guests, app_public.seat_assignments, app_public.tickets
--
-- Guests, second pass (issue 16 leftovers):
--
-- * One guest at a time from the dashboard: save_guest adds or edits a guest
--   and their contact in one statement (the CSV import was the only way in),
--   recording or withdrawing consent for communications as Ley 1581 asks
--   (consent is given at a moment, by some means; withdrawing it is kept);
--   erase_guest erases a guest (Ley 1581's right to suppression) with their
--   invitations and seats, and gives the places they held to the waitlist.
-- * Places freed by any path go to the waitlist. Until now only a decline
--   or a withdrawal (cancel_guest_invitation) moved waitlisted parties up;
--   deleting an accepted invitation (or its guest), taking a +1 away from an
--   accepted invitation, or raising the event's guest capacity freed places
--   nobody got. Triggers now call promote_waitlist on each of those changes,
--   whatever path made them (the API's plain deletes and updates included).
-- * The guest list pages: events_guest_list is the event's invitations in
--   the list's order (tier, name), searchable (accents and case aside) and
--   filterable by status, as a cursor connection, so a show with 1,000
--   guests is listed page by page instead of stopping at 180.
-- * check_in_counts counts people on site: tickets and checked-in guest
--   parties (a guest and their +1), not tickets alone.

/*==========================================================================
 * The waitlist moves up whenever places free up
 *==========================================================================*/

-- promote_waitlist locks the event row first (lock_event_guests). A deleted
-- event (this trigger fired by its cascade) has no places to give: skipped.
create or replace function app_private.tg_guest_invitations__free_places() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if tg_op = 'DELETE' then
    if old.status = 'accepted' and exists (select 1 from app_public.events e where e.id = old.event_id) then
      perform app_private.promote_waitlist(old.event_id);
    end if;
    return old;
  end if;
  -- UPDATE of plus_one_allowed: a +1 taken away (its name dropped by _070_defaults).
  if old.plus_one_name is not null and new.plus_one_name is null then
    delete from app_public.seat_assignments a where a.invitation_id = new.id and a.plus_one;
    if new.status = 'accepted' then
      perform app_private.promote_waitlist(new.event_id);
    end if;
  end if;
  return new;
end;
$$;
comment on function app_private.tg_guest_invitations__free_places() is 'Gives the places an accepted invitation frees to the waitlist (promote_waitlist): when it is deleted (directly, or with its guest), or when its +1 is taken away (whose seat is freed too).';
drop trigger if exists _900_free_places on app_public.guest_invitations;
create trigger _900_free_places after delete on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__free_places();
drop trigger if exists _900_free_places_plus_one on app_public.guest_invitations;
create trigger _900_free_places_plus_one after update of plus_one_allowed on app_public.guest_invitations
  for each row execute function app_private.tg_guest_invitations__free_places();

create or replace function app_private.tg_events__guest_capacity() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if new.guest_capacity is null or new.guest_capacity > coalesce(old.guest_capacity, 0) then
    perform app_private.promote_waitlist(new.id);
  end if;
  return new;
end;
$$;
comment on function app_private.tg_events__guest_capacity() is 'Gives the places a larger (or removed) guest capacity opens to the waitlist, first answered first. A smaller capacity moves nobody out: it applies to the next answers.';
drop trigger if exists _900_guest_capacity on app_public.events;
create trigger _900_guest_capacity after update of guest_capacity on app_public.events
  for each row when (old.guest_capacity is distinct from new.guest_capacity)
  execute function app_private.tg_events__guest_capacity();

/*==========================================================================
 * One guest at a time: add, edit, erase
 *==========================================================================*/

-- Runs as the caller: RLS and the grants decide who may write (producers,
-- admins and owners of the organization), and a check constraint refuses a
-- bad value by its name, which the dashboard shows by the field.
create or replace function app_public.save_guest(organization_id uuid, guest_id uuid, full_name text,
                                                 outlet text default null, category text default 'industry',
                                                 tier text default 'B', notes text default null,
                                                 email text default null, phone text default null,
                                                 consent text default null, consent_source text default null)
returns app_public.guests
language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
declare
  guest app_public.guests;
  v_email text := lower(nullif(trim(save_guest.email), ''));
  v_phone text := nullif(trim(save_guest.phone), '');
  v_source text := nullif(trim(save_guest.consent_source), '');
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if save_guest.consent is not null and save_guest.consent not in ('granted', 'revoked') then
    raise exception 'consent is granted, revoked or null (unchanged).' using errcode = 'INVAL';
  end if;
  if save_guest.consent = 'granted' and v_source is null then
    raise exception 'Say how the guest gave consent (a form, an email…).'
      using errcode = 'INVAL', constraint = 'guests_consent_source_required';
  end if;
  if save_guest.guest_id is null then
    insert into app_public.guests (organization_id, full_name, outlet, category, tier, notes, consent_granted_at, consent_source)
      values (save_guest.organization_id, trim(save_guest.full_name), nullif(trim(save_guest.outlet), ''),
              coalesce(save_guest.category, 'industry'), coalesce(save_guest.tier, 'B'), nullif(trim(save_guest.notes), ''),
              case when save_guest.consent = 'granted' then now() end,
              case when save_guest.consent = 'granted' then v_source end)
      returning * into guest;
  else
    update app_public.guests g
       set full_name = trim(save_guest.full_name),
           outlet = nullif(trim(save_guest.outlet), ''),
           category = coalesce(save_guest.category, g.category),
           tier = coalesce(save_guest.tier, g.tier),
           notes = nullif(trim(save_guest.notes), ''),
           -- Granting records a new consent now (also after a withdrawal);
           -- withdrawing keeps when and how it had been given.
           consent_granted_at = case when save_guest.consent = 'granted' then now() else g.consent_granted_at end,
           consent_source = case when save_guest.consent = 'granted' then v_source else g.consent_source end,
           consent_revoked_at = case when save_guest.consent = 'granted' then null
                                     when save_guest.consent = 'revoked' and g.consent_granted_at is not null
                                       then coalesce(g.consent_revoked_at, now())
                                     else g.consent_revoked_at end
     where g.id = save_guest.guest_id
     returning * into guest;
    if guest.id is null then
      raise exception 'That guest does not exist.' using errcode = 'NTFND';
    end if;
  end if;
  begin
    if v_email is null and v_phone is null then
      delete from app_public.guest_contacts c where c.guest_id = guest.id;
    else
      insert into app_public.guest_contacts as c (guest_id, email, phone) values (guest.id, v_email, v_phone)
        on conflict on constraint guest_contacts_pkey do update set email = excluded.email, phone = excluded.phone;
    end if;
  exception when unique_violation then
    raise exception 'Another guest of the organization has that email.'
      using errcode = 'NUNIQ', constraint = 'guest_contacts_organization_email_key';
  end;
  return guest;
end;
$$;
comment on function app_public.save_guest(uuid, uuid, text, text, text, text, text, text, text, text, text) is 'Adds a guest (guestId null, to organizationId) or edits one (guestId), with their contact in the same statement: fullName (1 to 200 characters), outlet, category (press, buyer, stylist, influencer, vip, designer_guest, sponsor, industry), tier (A, B, C), notes (≤ 2,000), email (unique in the organization) and phone (both empty: no contact kept). consent (Ley 1581 de 2012): "granted" records consent for communications now with consentSource (how it was given, required), also after a withdrawal; "revoked" records its withdrawal now (the guest is not invited again); null leaves it as it is. Producers, admins and owners (row-level security). Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (by constraint: guests_full_name_check, guests_consent_source_required, guest_contacts_email_check, …), CONFLICT / ALREADY_EXISTS (constraint guest_contacts_organization_email_key).';

create or replace function app_public.erase_guest(guest_id uuid) returns app_public.guests
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  guest app_public.guests;
  event uuid;
begin
  select * into guest from app_public.guests g where g.id = erase_guest.guest_id;
  if guest.id is null or not app_private.has_org_role(guest.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That guest does not exist.' using errcode = 'NTFND';
  end if;
  -- The lock order of every function that changes who is accepted: the
  -- events first (in id order), then their invitations.
  for event in
    select i.event_id from app_public.guest_invitations i where i.guest_id = guest.id order by i.event_id
  loop
    perform 1 from app_public.events e where e.id = event for update;
  end loop;
  -- Cascades to the contact, invitations, seats and door log; the places of
  -- accepted invitations go to the waitlist (tg_guest_invitations__free_places).
  delete from app_public.guests g where g.id = guest.id;
  return guest;
end;
$$;
comment on function app_public.erase_guest(uuid) is 'Erases a guest (Ley 1581 de 2012: suppression on request): their contact data, invitations, seats and door records go with them, and the places they held at each event go to its waitlist, first answered first. Locks the events before the invitations, like the RSVP. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND.';

/*==========================================================================
 * The guest list, page by page
 *==========================================================================*/

-- Runs as the caller (RLS on guest_invitations and guests applies).
create or replace function app_public.events_guest_list(event app_public.events, search text default null,
                                                        status text default null)
returns setof app_public.guest_invitations
language sql stable set search_path = pg_catalog, public, pg_temp as $$
  select i.*
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
   where i.event_id = event.id
     and (events_guest_list.status is null or i.status = events_guest_list.status)
     and (nullif(trim(events_guest_list.search), '') is null
          or not exists (
            select 1 from regexp_split_to_table(lower(public.unaccent(trim(left(events_guest_list.search, 200)))), '\s+') w
             where strpos(lower(public.unaccent(g.full_name || ' ' || coalesce(g.outlet, ''))), w) = 0))
   order by g.tier, lower(public.unaccent(g.full_name)), i.id;
$$;
comment on function app_public.events_guest_list(app_public.events, text, text) is E'@sortable false\n@filterable false\nThe event''s invitations as the guest list shows them: tier A first, then by name. search: words that must all appear in the guest''s name or outlet, accents and case aside ("maria vogue"); status: invited, accepted, declined, waitlist or cancelled (null: all). A cursor connection: page it with first/after.';

/*==========================================================================
 * People on site at the door
 *==========================================================================*/

comment on column app_public.gate_count.entries is 'People checked in through it (currently on record): a ticket is one person, a guest invitation its party (the guest and their +1).';
create or replace function app_public.check_in_counts(event_id uuid) returns setof app_public.gate_count
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
begin
  select e.organization_id into org from app_public.events e where e.id = check_in_counts.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer,door}') then
    return;
  end if;
  return query
    select g.gate, g.entries from (
      select p.gate, sum(p.people)::int as entries
        from (
          select t.checked_in_gate as gate, 1 as people
            from app_public.tickets t
           where t.event_id = check_in_counts.event_id and t.checked_in_at is not null
          union all
          select i.checked_in_gate, app_public.guest_invitations_party_size(i)
            from app_public.guest_invitations i
           where i.event_id = check_in_counts.event_id and i.checked_in_at is not null
        ) p
       group by rollup (p.gate)
    ) g order by g.gate nulls first;
end;
$$;
comment on function app_public.check_in_counts(uuid) is 'People on site per gate, and the total (the row whose gate is null): checked-in tickets (one person each) and guest invitations (their party: the guest and their +1). For door staff, producers, admins and owners of the event''s organization; nothing for anyone else.';

/*==========================================================================
 * The report counts people too (the capacity is in people)
 *==========================================================================*/

do $$
begin
  if not exists (select 1 from pg_attribute where attrelid = 'app_public.guest_report_row'::regclass and attname = 'accepted_people') then
    alter type app_public.guest_report_row add attribute accepted_people int;
  end if;
end;
$$;
comment on column app_public.guest_report_row.accepted_people is 'People those accepted invitations bring (guests and their named +1s): what counts against the guest capacity.';

create or replace function app_public.guest_report(event_id uuid) returns setof app_public.guest_report_row
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select g.category, count(*)::int,
         count(*) filter (where i.status = 'accepted')::int,
         count(*) filter (where i.status = 'declined')::int,
         count(*) filter (where i.status = 'waitlist')::int,
         count(*) filter (where i.checked_in_at is not null)::int,
         coalesce(sum(app_public.guest_invitations_party_size(i)) filter (where i.status = 'accepted'), 0)::int
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
    join app_public.events e on e.id = i.event_id
   where i.event_id = guest_report.event_id and i.status <> 'cancelled'
     and app_private.has_org_role(e.organization_id, '{owner,admin,producer,casting,viewer}')
   group by rollup (g.category)
   order by g.category nulls first;
$$;
comment on function app_public.guest_report(uuid) is 'Invited, accepted (invitations, and the people they bring), declined, waitlisted and attended per guest category at the event, and the total (the row whose category is null). For the organization''s members; nothing for anyone else.';

/*==========================================================================
 * Auto-seat in one statement (a thousand people within the request's time)
 *==========================================================================*/

-- The first version placed people one by one, each with a search for the
-- next free seat: with a thousand guests it outlived the API's statement
-- timeout. Now the unseated people, in order, are matched with the free
-- seats, in order, by rank: one INSERT … SELECT.
create or replace function app_public.auto_seat(event_id uuid) returns int
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  org uuid;
  layout uuid;
  placed int;
begin
  select e.organization_id, e.venue_layout_id into org, layout from app_public.events e where e.id = auto_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if layout is null then
    raise exception 'Choose a seating plan for the event first.' using errcode = 'INVAL';
  end if;
  perform 1 from app_public.events e where e.id = auto_seat.event_id for update;
  with people as (
    -- Unseated people, tier A first; a +1 right after their guest.
    select i.id as invitation_id, p.plus_one,
           row_number() over (order by g.tier, i.responded_at nulls last, g.full_name, i.id, p.plus_one) as k
      from app_public.guest_invitations i
      join app_public.guests g on g.id = i.guest_id
      cross join lateral (values (false), (true)) as p(plus_one)
     where i.event_id = auto_seat.event_id and i.status = 'accepted'
       and (not p.plus_one or i.plus_one_name is not null)
       and not exists (select 1 from app_public.seat_assignments a where a.invitation_id = i.id and a.plus_one = p.plus_one)
  ), free as (
    -- Free seats, front row first, then row by row from the runway.
    select s.id as seat_id,
           row_number() over (order by s.front_row desc, s.row_index, s.section, s.seat_number) as k
      from app_public.seats s
     where s.layout_id = layout
       and not exists (select 1 from app_public.seat_assignments a where a.event_id = auto_seat.event_id and a.seat_id = s.id)
  )
  insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
  select auto_seat.event_id, free.seat_id, people.invitation_id, people.plus_one
    from people join free on free.k = people.k;
  get diagnostics placed = row_count;
  return placed;
end;
$$;
comment on function app_public.auto_seat(uuid) is 'Seats every accepted guest (and +1) not yet seated on the free seats of the event''s layout, tier A first into the front row, then by row, a +1 next to their guest; keeps existing assignments. One statement, so a thousand guests are seated within the request''s time. Returns how many people it seated. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (no layout chosen).';
