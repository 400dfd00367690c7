// The dashboard's two queries (graphql/operations/events.graphql: EventsList
// and EventDetail) written by hand as one SQL statement each, returning the
// same data as JSON. The floor server runs them under RLS as the member role;
// the RLS benchmark runs the list as the owner and as a member.
//
// Relations join on the composite keys PostGraphile uses (child.event_id =
// e.id and child.organization_id = e.organization_id).

/** The floor's pool connects with this application_name (bench/floor-child.ts); the API's pool does not. */
export const FLOOR_APPLICATION_NAME = "fashionos-bench-floor";

const sameEvent = (alias: string) => `${alias}.event_id = e.id and ${alias}.organization_id = e.organization_id`;

/**
 * PostGraphile's global object id (Relay's `id`): base64 of the JSON array
 * [type name, primary key], as the API answers it (48 bytes for a UUID key,
 * under the 57 at which PostgreSQL's base64 would break the line).
 */
const nodeId = (typeName: string, key: string) =>
  `encode(convert_to('["${typeName}","' || ${key} || '"]', 'UTF8'), 'base64')`;

/** The EventCard fragment for the row `e`. */
const EVENT_CARD = `
  'id', ${nodeId("Event", "e.id")}, 'rowId', e.id, 'organizationId', e.organization_id, 'title', e.title, 'slug', e.slug,
  'startsAt', e.starts_at, 'endsAt', e.ends_at, 'status', e.status, 'isPublic', e.is_public, 'capacity', e.capacity,
  'venue', (select json_build_object('rowId', v.id, 'name', v.name, 'city', v.city)
              from app_public.venues v where v.id = e.venue_id and v.organization_id = e.organization_id),
  'latestHealthReport', (select case when h.id is null then null else json_build_object('rowId', h.id,
                            'reportDate', h.report_date, 'status', h.status, 'redCount', h.red_count,
                            'amberCount', h.amber_count, 'computedAt', h.computed_at) end
                           from app_public.events_latest_health_report(e) h),
  'lookCount', json_build_object('totalCount', (select count(*) from app_public.looks l where ${sameEvent("l")})),
  'confirmedCastings', json_build_object('totalCount',
     (select count(*) from app_public.model_castings m where ${sameEvent("m")} and m.status = 'confirmed')),
  'castingBriefs', json_build_object('aggregates', json_build_object('sum', json_build_object('modelsNeeded',
     (select sum(b.models_needed) from app_public.casting_briefs b where ${sameEvent("b")})))),
  'ticketSales', (select json_build_object('aggregates', json_build_object('sum',
                            json_build_object('quantity', sum(t.quantity), 'soldCount', sum(t.sold_count))))
                    from app_public.ticket_tiers t where ${sameEvent("t")}),
  'paidBookings', (select json_build_object('totalCount', count(*), 'aggregates', json_build_object('sum',
                             json_build_object('quantity', sum(k.quantity), 'totalCop', sum(k.total_cop))))
                     from app_public.bookings k where ${sameEvent("k")} and k.status = 'paid')`;

/**
 * EventsList: $1 = first. With `organizationFilter`, $2 = the organization
 * (what the owner needs to see one organization; under RLS it is redundant).
 */
export function eventsListSql(options: { organizationFilter: boolean }): string {
  const where = options.organizationFilter ? "where e.organization_id = $2" : "";
  return `
select json_build_object(
  'events', json_build_object(
    'nodes', coalesce((
      select json_agg(s.card order by s.starts_at, s.id)
        from (
          select e.id, e.starts_at, json_build_object(${EVENT_CARD}) as card
            from app_public.events e
            ${where}
           order by e.starts_at, e.id
           limit $1
        ) s
    ), '[]'::json)
  )
)::text as data`;
}

/** EventDetail: $1 = the event's id. */
export const EVENT_DETAIL_SQL = `
select json_build_object('event', (
  select json_build_object(${EVENT_CARD},
    'description', e.description, 'timezone', e.timezone, 'metadata', e.metadata,
    'publicationProblems', app_public.events_publication_problems(e),
    'eventDesigners', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('rowId', ed.id, 'showOrder', ed.show_order, 'collectionName', ed.collection_name,
                        'designer', (select json_build_object('rowId', d.id, 'name', d.name, 'brand', d.brand, 'city', d.city)
                                       from app_public.designers d
                                      where d.id = ed.designer_id and d.organization_id = ed.organization_id))
                      order by ed.show_order, ed.id)
        from app_public.event_designers ed where ${sameEvent("ed")}), '[]'::json)),
    'looks', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('rowId', l.id, 'sequence', l.sequence, 'title', l.title,
                                        'changeMinutes', l.change_minutes, 'designerId', l.designer_id)
                      order by l.sequence, l.id)
        from app_public.looks l where ${sameEvent("l")}), '[]'::json)),
    'modelCastings', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('rowId', m.id, 'status', m.status, 'contactPriority', m.contact_priority,
                        'aiMatchScore', m.ai_match_score,
                        'talent', (select json_build_object('rowId', t.id, 'fullName', t.full_name, 'stageName', t.stage_name,
                                                            'division', t.division, 'city', t.city)
                                     from app_public.talent t where t.id = m.talent_id and t.organization_id = m.organization_id))
                      order by m.status, m.id)
        from app_public.model_castings m where ${sameEvent("m")}), '[]'::json)),
    'ticketTiers', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('rowId', t.id, 'name', t.name, 'priceCop', t.price_cop, 'quantity', t.quantity,
                                        'soldCount', t.sold_count, 'salesStartAt', t.sales_start_at, 'salesEndAt', t.sales_end_at)
                      order by t.name, t.id)
        from app_public.ticket_tiers t where ${sameEvent("t")}), '[]'::json)),
    'sponsors', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('rowId', s.id, 'name', s.name, 'tier', s.tier, 'status', s.status,
                                        'amountCop', s.amount_cop)
                      order by s.id)
        from app_public.sponsors s where ${sameEvent("s")}), '[]'::json))
  )
  from app_public.events e where e.id = $1
))::text as data`;
