// What an anonymous visitor sees of a public listing, over real HTTP: the
// published public events with their venue, line-up and ticket tiers, read
// through the relations in both directions (issue 11, "Also"). The foreign
// keys between tenant tables are composite (parent id, organization_id), so
// a relation joins on organization_id too: a catalog check keeps every key
// column of every relation between tables anonymous may read readable by it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  // Visibility, not cost: the nested listings below read every relation without page sizes.
  api = await startTestServer(db, { GRAPHQL_MAX_COST: "10000000" });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/** Published public events in the demo data, with what a listing shows. */
async function publicListing() {
  const { rows } = await db.owner.query(`
    select e.id, e.title, v.name as venue, v.city,
           (select count(*)::int from app_public.ticket_tiers t where t.event_id = e.id) as tiers,
           (select count(*)::int from app_public.event_designers d where d.event_id = e.id) as designers
      from app_public.events e left join app_public.venues v on v.id = e.venue_id
     where e.status = 'published' and e.is_public
     order by e.starts_at, e.id`);
  return rows;
}

describe("anonymous visitors read a public listing through its relations", () => {
  it("the demo data has public events with venues, tiers and designers (not vacuous)", async () => {
    const listing = await publicListing();
    expect(listing.length).toBeGreaterThan(0);
    expect(listing.every((e) => e.venue)).toBe(true);
    expect(listing.some((e) => e.tiers > 0)).toBe(true);
    expect(listing.some((e) => e.designers > 0)).toBe(true);
  });

  it("events { venue { name city } }", async () => {
    const { status, body } = await api.graphql(
      "{ events(orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) { nodes { rowId title venue { name city } } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const listing = await publicListing();
    expect(body.data?.events.nodes).toEqual(
      listing.map((e) => ({ rowId: e.id, title: e.title, venue: { name: e.venue, city: e.city } })),
    );
  });

  it("ticketTiers { event { … } } and events { ticketTiers }", async () => {
    const { body } = await api.graphql(
      "{ ticketTiers { nodes { name priceCop event { rowId title venue { name } } } } events { nodes { rowId ticketTiers { totalCount nodes { name } } } } }",
    );
    expect(body.errors).toBeUndefined();
    const tiers = body.data?.ticketTiers.nodes as { event: { rowId: string; venue: { name: string } } }[];
    const listing = await publicListing();
    expect(tiers.length).toBe(listing.reduce((n, e) => n + e.tiers, 0));
    for (const tier of tiers) {
      const event = listing.find((e) => e.id === tier.event.rowId);
      expect(event, "a tier of a listed event").toBeDefined();
      expect(tier.event.venue.name).toBe(event?.venue);
    }
    for (const event of body.data?.events.nodes as { rowId: string; ticketTiers: { totalCount: number } }[]) {
      expect(event.ticketTiers.totalCount).toBe(listing.find((e) => e.id === event.rowId)?.tiers);
    }
  });

  it("events { eventDesigners { designer } } and designers { eventDesigners { event } }", async () => {
    const { body } = await api.graphql(
      "{ events { nodes { rowId eventDesigners { nodes { showOrder designer { name } } } } } designers { nodes { name eventDesigners { nodes { event { title } } } } } }",
    );
    expect(body.errors).toBeUndefined();
    const lineups = (body.data?.events.nodes as { eventDesigners: { nodes: { designer: { name: string } }[] } }[])
      .flatMap((e) => e.eventDesigners.nodes)
      .map((n) => n.designer.name);
    const listing = await publicListing();
    expect(lineups.length).toBe(listing.reduce((n, e) => n + e.designers, 0));
    expect(lineups.every((name) => typeof name === "string" && name.length > 0)).toBe(true);
    expect((body.data?.designers.nodes as unknown[]).length).toBeGreaterThan(0);
  });

  it("venues { events } shows only the public events", async () => {
    const { body } = await api.graphql("{ venues { nodes { name events { nodes { rowId } } } } }");
    expect(body.errors).toBeUndefined();
    const ids = (body.data?.venues.nodes as { events: { nodes: { rowId: string }[] } }[]).flatMap((v) =>
      v.events.nodes.map((e) => e.rowId),
    );
    expect(ids.sort()).toEqual((await publicListing()).map((e) => e.id).sort());
  });

  it("still hides what a listing does not show (a venue's address, a tier's organization's bookings)", async () => {
    const address = await api.graphql("{ venues { nodes { address } } }");
    expect(address.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bookings = await api.graphql("{ ticketTiers { nodes { bookings { totalCount } } } }");
    expect(bookings.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("catalog: relations anonymous visitors may follow", () => {
  it("every key column of a foreign key between two tables anonymous may read is readable by anonymous", async () => {
    const { anonymous } = db.settings.roles;
    const { rows } = await db.owner.query(
      `with readable as (
         select c.oid from pg_class c
          where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
            and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd in ('r', '*')
                          and ($1::regrole = any(p.polroles) or 0 = any(p.polroles)))
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attnum > 0
                          and has_column_privilege($1, c.oid, a.attnum, 'SELECT'))
       )
       select k.conname, k.conrelid::regclass::text as child, a.attname as child_column,
              k.confrelid::regclass::text as parent, pa.attname as parent_column
         from pg_constraint k
         join unnest(k.conkey, k.confkey) as cols(child_attnum, parent_attnum) on true
         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = cols.child_attnum
         join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = cols.parent_attnum
        where k.contype = 'f' and k.conrelid in (select oid from readable) and k.confrelid in (select oid from readable)
        order by 1, 3`,
      [anonymous],
    );
    // Not vacuous: the relations of a public listing are among them.
    expect(rows.map((r) => r.conname)).toEqual(
      expect.arrayContaining(["events_venue_id_organization_id_fkey", "ticket_tiers_event_id_organization_id_fkey"]),
    );
    const { rows: unreadable } = await db.owner.query(
      `select r.conname, r.table_name, r.column_name
         from jsonb_to_recordset($2::jsonb) as r(conname text, table_name text, column_name text)
        where not has_column_privilege($1, r.table_name::regclass, r.column_name, 'SELECT')`,
      [
        anonymous,
        JSON.stringify(
          rows.flatMap((r) => [
            { conname: r.conname, table_name: r.child, column_name: r.child_column },
            { conname: r.conname, table_name: r.parent, column_name: r.parent_column },
          ]),
        ),
      ],
    );
    expect(unreadable).toEqual([]);
  });
});
