--! Previous: sha1:afb17132882f24b7b68ae104c7f4632619e0f04a
--! Hash: sha1:996fd804a2fc6500a29b7c4b97c4e4975d44470f
--! Message: Request roles execute no function outside app_public without a listed reason: app_private.tier_counts was any tier's paid and reserved tickets for visitors; the tier's computed columns run as their owner and answer only for tiers the caller reads; organization_day runs as the caller

-- Tables: none
--
-- Functions outside app_public that request roles may execute are a short list with a reason each
-- (test/function-grants.test.ts). app_private.tier_counts(tier_id) was granted to visitors and members
-- because the tier's computed columns (availableCount, paidCount, reservedCount) ran as the caller and
-- called it; it runs as its owner, so anyone could ask for any tier's paid and reserved tickets by id,
-- another agency's private or draft event included. The three computed columns now run as their owner
-- themselves and answer only for a tier the caller may read, taken from the stored row (the
-- argument's id and organization_id must match it, as in 000033): availableCount for the tier's
-- organization's members and, on a published public event, for anyone; paidCount and reservedCount for
-- the organization's members. tier_counts is granted to nobody. app_private.organization_day(org, day)
-- told any member any organization's time zone; it now runs as the caller, so row-level security on
-- organizations decides (the roster's availability filter calls it for the caller's own talent).

create or replace function app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select greatest(t.quantity - c.paid - c.reserved, 0)
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and (t.organization_id = any(app_public.current_organization_ids())
          or exists (select 1 from app_public.events e
                      where e.id = t.event_id and e.status = 'published' and e.is_public));
$$;
comment on function app_public.ticket_tiers_available_count(app_public.ticket_tiers) is
  'Tickets on sale now: quantity minus paid tickets and live reservations (lapsed ones count as free already). For the organization''s members and, on a published public event, for anyone; null for a tier the caller may not read.';

create or replace function app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select c.paid
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and t.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.ticket_tiers_paid_count(app_public.ticket_tiers) is
  'Tickets sold and paid (or free and confirmed). For the organization''s members; null for anyone else.';

create or replace function app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) returns integer
  language sql stable security definer
  set search_path to pg_catalog, public, pg_temp
as $$
  select c.reserved
    from app_public.ticket_tiers t cross join lateral app_private.tier_counts(t.id) c
   where t.id = tier.id and t.organization_id = tier.organization_id
     and t.organization_id = any(app_public.current_organization_ids());
$$;
comment on function app_public.ticket_tiers_reserved_count(app_public.ticket_tiers) is
  'Tickets held by reservations that have not lapsed, waiting for payment. For the organization''s members; null for anyone else.';

comment on function app_private.tier_counts(uuid) is
  'Paid tickets and tickets in live reservations of a tier, for any tier: granted to no request role (the tier''s computed columns call it as its owner after checking the caller may read the tier).';

alter function app_private.organization_day(uuid, date) security invoker;
comment on function app_private.organization_day(uuid, date) is
  'The calendar day as a time range in the organization''s time zone (America/Bogota by default). Runs as the caller: null for an organization the caller does not belong to.';
