--! Previous: sha1:29351269eea02738b56995a9693cf557a001db64
--! Hash: sha1:da5f44db04b5e27158cd87e0c04658c3449d3bf3
--! Message: fixes from the first tests

-- PL/pgSQL resolves every field a statement names, so one statement cannot
-- read new.id on talent and new.talent_id on talent_contacts: branch instead.
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
    raise exception 'A minor needs a guardian contact (name and phone or email).' using errcode = 'INVAL';
  end if;
  return null;
end;
$$;

-- Removing a minor's guardian contact must fail at commit too.
drop trigger if exists _900_minor_needs_guardian on app_public.talent_contacts;
create constraint trigger _900_minor_needs_guardian after insert or update or delete on app_public.talent_contacts
  deferrable initially deferred for each row execute function app_private.tg_talent__minor_needs_guardian();

-- A malformed session claim means "no session", not an error.
create or replace function app_public.current_profile_id() returns uuid
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  with claims as (
    select current_setting('jwt.claims.session_id', true) as session_id,
           nullif(current_setting('jwt.claims.auth_subject', true), '') as auth_subject
  )
  select coalesce(
    (select s.profile_id
       from claims, app_private.sessions s
      where claims.session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        and s.id = claims.session_id::uuid
        and s.revoked_at is null
        and s.expires_at > now()),
    (select p.id
       from claims, app_public.profiles p
      where coalesce(claims.session_id, '') = ''
        and p.auth_subject = claims.auth_subject)
  );
$$;
comment on function app_public.current_profile_id() is 'The signed-in profile, or null when the session is missing, malformed, revoked or expired.';

create or replace function app_public.logout() returns boolean
language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where id = (select s.id from app_private.sessions s
                  where current_setting('jwt.claims.session_id', true) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                    and s.id = current_setting('jwt.claims.session_id', true)::uuid)
       and revoked_at is null
    returning 1
  )
  select exists (select 1 from revoked);
$$;

-- book_tickets: "quantity" is also a ticket_tiers column, so name the argument.
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
  if buyer_name is null or length(trim(buyer_name)) = 0 then
    raise exception 'The buyer''s name is required.' using errcode = 'INVAL';
  end if;
  if buyer_email is null or buyer_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
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
comment on function app_public.book_tickets(uuid, int, text, text) is 'Books tickets of a tier of a published event; never sells more than the tier''s quantity. Free tiers are paid at once; others stay pending until payment.';

-- invite_to_organization: the argument organization_id shadowed the conflict target.
create or replace function app_public.invite_to_organization(organization_id uuid, email text, role text default 'viewer')
returns text
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  invitation app_public.organization_invitations;
  token text := encode(gen_random_bytes(24), 'hex');
begin
  perform app_private.assert_org_role(invite_to_organization.organization_id,
    case when invite_to_organization.role = 'owner' then '{owner}'::text[] else '{owner,admin}'::text[] end);
  if invite_to_organization.role is null or invite_to_organization.role not in ('owner', 'admin', 'producer', 'casting', 'viewer') then
    raise exception 'Unknown role.' using errcode = 'INVAL';
  end if;
  if email is null or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  insert into app_public.organization_invitations as i (organization_id, email, role, invited_by)
    values (invite_to_organization.organization_id, invite_to_organization.email, invite_to_organization.role, app_public.current_profile_id())
    on conflict on constraint organization_invitations_organization_id_email_key do update
      set role = excluded.role, invited_by = excluded.invited_by,
          expires_at = now() + interval '14 days', accepted_at = null
    returning * into invitation;
  insert into app_private.invitation_tokens (invitation_id, token_hash)
    values (invitation.id, encode(digest(token, 'sha256'), 'hex'))
    on conflict (invitation_id) do update set token_hash = excluded.token_hash;
  return token;
end;
$$;
comment on function app_public.invite_to_organization(uuid, text, text) is 'Invites an email address with a role (admins; owners for the owner role). Returns the secret token to send, shown only once.';
