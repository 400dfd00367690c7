// Cross-organization isolation through the real GraphQL API. People of
// Medellín Fashion Group (owner, producer, casting) try every read and every
// write of Moda Bogotá's rows: by row id, by global id, through filters,
// nested relations, unique keys and aggregates; updates, deletes, creates that
// point at Bogotá, and the custom mutations. The per-table checks are
// generated from TABLES (test/api-isolation.tables.ts), and a test keeps
// TABLES equal to the tables the schema exposes.
import { randomUUID } from "node:crypto";
import { buildSchema, type GraphQLSchema, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaSdl } from "../server/schema-sdl.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { DAY, NOT_EXPOSED, type Parents, TABLES, type TableSpec } from "./api-isolation.tables.ts";
import { account } from "./helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { type GraphQLBody, startTestServer, type TestServer } from "./helpers/server.ts";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const keyColumn = (spec: TableSpec) =>
  spec.key === "talentId" ? "talent_id" : spec.key === "guestId" ? "guest_id" : "id";

/*==========================================================================
 * Fixtures
 *==========================================================================*/

const ACTORS = ["owner", "producer", "casting"] as const;
type ActorRole = (typeof ACTORS)[number];

let db: TestDatabase;
let api: TestServer;
let schema: GraphQLSchema;
let bogota: string;
let medellin: string;
let parents: Parents;
/** Per table: the Bogotá row the cases target (its key) and its global id. */
const target: Record<string, { key: string; globalId: string }> = {};
const tokens = {} as Record<ActorRole, string>;
const profileIds = {} as Record<ActorRole, string>;
/** Per table: Bogotá's rows as a fingerprint, taken before any attack. */
let fingerprintsBefore: Record<string, { n: number; h: string }>;
let bogotaPublicTier: string;
let bogotaPrivateTier: string;
let bogotaBrief: string;
let bogotaQueuedRun: string;
let bogotaCasting: string;
let bogotaReference: string;

const one = async (sql: string, params: unknown[] = []) => {
  const { rows } = await db.owner.query(sql, params);
  if (!rows[0]) throw new Error(`no row for: ${sql}`);
  return rows[0];
};

/** Where a table's Bogotá rows are. */
function bogotaScope(spec: TableSpec): string {
  if (spec.table === "organizations") return "t.id = $1";
  if (spec.table === "profiles") {
    return "t.id in (select m.profile_id from app_public.memberships m where m.organization_id = $1)";
  }
  return "t.organization_id = $1";
}

async function fingerprints(): Promise<Record<string, { n: number; h: string }>> {
  const result: Record<string, { n: number; h: string }> = {};
  for (const spec of TABLES) {
    result[spec.table] = await one(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h
         from app_public.${spec.table} t where ${bogotaScope(spec)}`,
      [bogota],
    );
  }
  return result;
}

async function rowSnapshot(spec: TableSpec, key: string): Promise<string | null> {
  const { rows } = await db.owner.query(
    `select t::text as row from app_public.${spec.table} t where t.${keyColumn(spec)} = $1`,
    [key],
  );
  return rows[0]?.row ?? null;
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, {
    // Isolation, not cost: the nested traversals below read every row of every relation.
    GRAPHQL_MAX_COST: "10000000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
  });
  schema = buildSchema(await schemaSdl(db.settings));
  bogota = (await one("select id from app_public.organizations where slug = 'moda-bogota'")).id;
  medellin = (await one("select id from app_public.organizations where slug = 'medellin-fashion'")).id;

  // Bogotá has no agent runs, invitations or AI logs in the demo data: add some.
  bogotaBrief = (
    await one("select id from app_public.casting_briefs where organization_id = $1 order by id limit 1", [bogota])
  ).id;
  bogotaQueuedRun = (
    await one(
      `insert into app_public.agent_runs (organization_id, event_id, agent_type, status, input)
       select organization_id, event_id, 'model_casting', 'queued', jsonb_build_object('briefId', id, 'eventId', event_id)
         from app_public.casting_briefs where id = $1 returning id`,
      [bogotaBrief],
    )
  ).id;
  await db.owner.query(
    "insert into app_public.organization_invitations (organization_id, email, role) values ($1, 'invitada@bogota.example', 'producer')",
    [bogota],
  );
  await db.owner.query(
    `insert into app_public.ai_agent_logs (organization_id, agent_type, operation, model, success, cost_usd, tokens_used)
     select $1::uuid, 'model_casting', 'rank_talent', 'test-model', i > 1, 0.01, 100 from generate_series(1, 5) i
     union all
     select $2::uuid, 'model_casting', 'rank_talent', 'test-model', true, 0.02, 50 from generate_series(1, 2)`,
    [bogota, medellin],
  );
  // A public tier on sale and a tier of a private draft event.
  const publicEvent = (
    await one(
      `select id from app_public.events where organization_id = $1 and status = 'published' and is_public
         and starts_at > now() + interval '2 days' order by starts_at limit 1`,
      [bogota],
    )
  ).id;
  // Room for its 100 tickets: tiers never offer more than the event holds.
  await one("update app_public.events set capacity = capacity + 100 where id = $1 returning id", [publicEvent]);
  bogotaPublicTier = (
    await one(
      "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'Prueba Aislamiento', 50000, 100) returning id",
      [publicEvent],
    )
  ).id;
  const privateEvent = (
    await one(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public)
       values ($1, 'Ensayo Privado', 'ensayo-privado', now() + interval '20 days', now() + interval '20 days 2 hours', 'draft', false)
       returning id`,
      [bogota],
    )
  ).id;
  bogotaPrivateTier = (
    await one(
      "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'Invitados', 0, 50) returning id",
      [privateEvent],
    )
  ).id;
  bogotaCasting = (
    await one("select id from app_public.model_castings where organization_id = $1 order by id limit 1", [bogota])
  ).id;
  bogotaReference = (
    await one("select reference from app_public.bookings where organization_id = $1 order by id limit 1", [bogota])
  ).reference;
  // A payment and a door-log entry of a paid Bogotá booking (the demo data has tickets, not these).
  const paid = await one(
    `select b.id, b.reference, b.total_cop, t.id as ticket, t.event_id from app_public.bookings b
       join app_public.tickets t on t.booking_id = b.id
      where b.organization_id = $1 and b.status = 'paid' order by b.id, t.seat limit 1`,
    [bogota],
  );
  await db.owner.query(
    `insert into app_public.payments (organization_id, booking_id, provider, provider_transaction_id, reference, amount_in_cents, status)
     values ($1, $2, 'wompi', 'isolation-txn', $3, $4::bigint * 100, 'APPROVED')`,
    [bogota, paid.id, paid.reference, paid.total_cop],
  );
  await db.owner.query(
    `insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, scanned_at)
     values ($1, $2, $3, 'duplicate', 'scan', 'Puerta principal', now())`,
    [bogota, paid.event_id, paid.ticket],
  );

  const event = (await one("select id from app_public.events where organization_id = $1 order by id limit 1", [bogota]))
    .id;
  // A health report, its notice to Bogotá's owner, and a vendor's unavailable days (not in the demo data).
  const report = (
    await one(
      `insert into app_public.event_health_reports (event_id, report_date, status, checks) values ($1, '2030-01-01', 'red', '[]')
       returning id`,
      [event],
    )
  ).id;
  await db.owner.query(
    `insert into app_public.notifications (organization_id, profile_id, kind, event_id, report_id, title)
     select $1, p.id, 'event_health_red', $2, $3, 'Aviso de prueba' from app_public.profiles p where p.email = $4`,
    [bogota, event, report, account("moda-bogota", "owner").email],
  );
  await db.owner.query(
    `insert into app_public.vendor_availability (vendor_id, period, kind)
     select id, tstzrange(now() + interval '90 days', now() + interval '91 days'), 'unavailable'
       from app_public.vendors where organization_id = $1 order by id limit 1`,
    [bogota],
  );
  // A planned budget, on another event than the one creates point at (money: not in the demo data).
  await db.owner.query(
    `insert into app_public.event_budgets (event_id, budget_cop)
     select id, 25000000 from app_public.events where organization_id = $1 and id <> $2 order by id limit 1`,
    [bogota, event],
  );
  parents = {
    organization: bogota,
    event,
    designer: (
      await one("select id from app_public.designers where organization_id = $1 order by id limit 1", [bogota])
    ).id,
    talentWithoutContact: (
      await one(
        `select t.id from app_public.talent t where t.organization_id = $1
           and not exists (select 1 from app_public.talent_contacts c where c.talent_id = t.id) order by t.id limit 1`,
        [bogota],
      )
    ).id,
    talentNotCast: (
      await one(
        `select t.id from app_public.talent t where t.organization_id = $1
           and not exists (select 1 from app_public.model_castings c where c.talent_id = t.id and c.event_id = $2)
         order by t.id limit 1`,
        [bogota, event],
      )
    ).id,
    schedule: (
      await one("select id from app_public.runway_schedules where organization_id = $1 order by id limit 1", [bogota])
    ).id,
    vendor: (await one("select id from app_public.vendors where organization_id = $1 order by id limit 1", [bogota]))
      .id,
    guestWithoutContact: (
      await one(
        `select g.id from app_public.guests g where g.organization_id = $1
           and not exists (select 1 from app_public.guest_contacts c where c.guest_id = g.id) order by g.id limit 1`,
        [bogota],
      )
    ).id,
    guest: (await one("select id from app_public.guests where organization_id = $1 order by id limit 1", [bogota])).id,
    venue: (await one("select id from app_public.venues where organization_id = $1 order by id limit 1", [bogota])).id,
    layout: (
      await one("select id from app_public.venue_layouts where organization_id = $1 order by id limit 1", [bogota])
    ).id,
    seat: (await one("select id from app_public.seats where organization_id = $1 order by id limit 1", [bogota])).id,
    invitation: (
      await one(
        "select id from app_public.guest_invitations where organization_id = $1 and status = 'accepted' order by id limit 1",
        [bogota],
      )
    ).id,
    file: "",
  };
  // Bogotá's comp card photos: the demo data has none. One attached, one only uploaded.
  const bogotaFile = () =>
    one(
      `insert into app_public.files (organization_id, purpose, content_type, byte_size, width, height, thumbnail_width, thumbnail_height)
       values ($1, 'talent_photo', 'image/webp', 1000, 800, 1200, 320, 480) returning id`,
      [bogota],
    );
  await one("insert into app_public.talent_photos (talent_id, file_id) values ($1, $2) returning id", [
    parents.talentNotCast,
    (await bogotaFile()).id,
  ]);
  parents.file = (await bogotaFile()).id;

  // The Bogotá row each table's cases target, and its global id as Bogotá's
  // owner sees it (which also proves the row is really there and readable).
  const bogotaOwner = account("moda-bogota", "owner");
  const ownerToken = await api.login(bogotaOwner.email, DEMO_PASSWORD);
  for (const spec of TABLES) {
    let key: string;
    if (spec.table === "organizations") key = bogota;
    else if (spec.table === "profiles")
      key = (await one("select id from app_public.profiles where email = $1", [bogotaOwner.email])).id;
    else if (spec.table === "memberships") {
      key = (
        await one(
          "select m.id from app_public.memberships m join app_public.profiles p on p.id = m.profile_id where p.email = $1",
          [bogotaOwner.email],
        )
      ).id;
    } else if (spec.table === "bookings") {
      key = (
        await one(
          "select id from app_public.bookings where organization_id = $1 and status = 'paid' order by id limit 1",
          [bogota],
        )
      ).id;
    } else {
      key = (
        await one(
          `select ${keyColumn(spec)} as key from app_public.${spec.table} where organization_id = $1 order by 1 limit 1`,
          [bogota],
        )
      ).key;
    }
    const { body } = await api.graphql(
      `query($key: UUID!) { row: ${spec.single}(${spec.key}: $key) { id ${spec.key} } }`,
      { key },
      { token: ownerToken },
    );
    const globalId = body.data?.row?.id;
    if (typeof globalId !== "string") {
      throw new Error(`Bogotá's owner cannot read ${spec.table} ${key}: ${JSON.stringify(body)}`);
    }
    target[spec.table] = { key, globalId };
  }

  for (const role of ACTORS) {
    const person = account("medellin-fashion", role);
    tokens[role] = await api.login(person.email, DEMO_PASSWORD);
    profileIds[role] = (await one("select id from app_public.profiles where email = $1", [person.email])).id;
  }
  fingerprintsBefore = await fingerprints();
}, 120_000);

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function as(role: ActorRole, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.graphql(query, variables, { token: tokens[role] });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** A write that must not have happened: an error, or a payload without a record. */
function expectNoRecord(body: GraphQLBody, field: string, payloadField: string) {
  const record = body.data?.[field]?.[payloadField] ?? null;
  expect(record, JSON.stringify(body)).toBeNull();
  if (body.errors) {
    for (const error of body.errors) expect(["NOT_FOUND", "FORBIDDEN"]).toContain(error.extensions?.code);
  }
}

/*==========================================================================
 * Coverage
 *==========================================================================*/

describe("coverage", () => {
  it("TABLES lists exactly the row types the schema exposes", () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node"))
      .map((type) => type.name)
      .filter((name) => name !== "Query")
      .sort();
    expect(TABLES.map((spec) => spec.type).sort()).toEqual(nodeTypes);
  });

  it("TABLES and NOT_EXPOSED together are every table of app_public", async () => {
    const { rows } = await db.owner.query(
      "select relname from pg_class where relnamespace = 'app_public'::regnamespace and relkind in ('r', 'p') order by 1",
    );
    expect([...TABLES.map((spec) => spec.table), ...NOT_EXPOSED].sort()).toEqual(rows.map((r) => r.relname).sort());
  });

  it("every query and mutation the cases use exists, and no create/update/delete is left out", () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const mutation = schema.getMutationType()?.getFields() ?? {};
    for (const spec of TABLES) {
      expect(query, spec.single).toHaveProperty(spec.single);
      expect(query, spec.list).toHaveProperty(spec.list);
      expect(query).toHaveProperty(`${spec.single}ById`);
      expect(Boolean(mutation[`update${spec.type}`]), `update${spec.type}`).toBe(Boolean(spec.patch));
      expect(Boolean(mutation[`update${spec.type}ById`]), `update${spec.type}ById`).toBe(Boolean(spec.patch));
      expect(Boolean(mutation[`delete${spec.type}`]), `delete${spec.type}`).toBe(spec.deletable);
      expect(Boolean(mutation[`delete${spec.type}ById`]), `delete${spec.type}ById`).toBe(spec.deletable);
      if (spec.table !== "organizations") {
        expect(Boolean(mutation[`create${spec.type}`]), `create${spec.type}`).toBe(Boolean(spec.create));
      }
    }
  });

  it("the target rows are Bogotá's and the actors are Medellín's only", async () => {
    for (const role of ACTORS) {
      const { rows } = await db.owner.query(
        "select organization_id from app_public.memberships where profile_id = $1",
        [profileIds[role]],
      );
      expect(rows.map((r) => r.organization_id)).toEqual([medellin]);
    }
    expect(Object.keys(target).sort()).toEqual(TABLES.map((spec) => spec.table).sort());
  });
});

/*==========================================================================
 * Per table, per actor
 *==========================================================================*/

for (const role of ACTORS) {
  describe(`Medellín's ${role} against Bogotá`, () => {
    for (const spec of TABLES) {
      describe(spec.table, () => {
        it("cannot read the row by row id, by global id or through node()", async () => {
          const { key, globalId } = target[spec.table] as { key: string; globalId: string };
          const body = await as(
            role,
            `query($key: UUID!, $id: ID!) {
              byKey: ${spec.single}(${spec.key}: $key) { id }
              byGlobalId: ${spec.single}ById(id: $id) { id }
              node(id: $id) { id }
            }`,
            { key, id: globalId },
          );
          expect(body.errors).toBeUndefined();
          expect(body.data).toEqual({ byKey: null, byGlobalId: null, node: null });
        });

        it("cannot find the row or any Bogotá row through list filters", async () => {
          const { key } = target[spec.table] as { key: string };
          const byOrg = spec.orgScoped
            ? `byOrganization: ${spec.list}(filter: { organizationId: { equalTo: $org } }) { totalCount }`
            : "";
          const body = await as(
            role,
            `query($key: UUID!${spec.orgScoped ? ", $org: UUID!" : ""}) {
              byKey: ${spec.list}(filter: { ${spec.key}: { equalTo: $key } }) { totalCount nodes { id } }
              ${byOrg}
            }`,
            spec.orgScoped ? { key, org: bogota } : { key },
          );
          expect(body.errors).toBeUndefined();
          expect(body.data?.byKey).toEqual({ totalCount: 0, nodes: [] });
          if (spec.orgScoped) expect(body.data?.byOrganization).toEqual({ totalCount: 0 });
        });

        it("sees only Medellín's rows in the full list, its count and its grouped aggregates", async () => {
          const organizationField = spec.orgScoped ? "organizationId" : "";
          const grouped = spec.orgScoped ? "groupedAggregates(groupBy: [ORGANIZATION_ID]) { keys }" : "";
          const body = await as(
            role,
            `{ list: ${spec.list} { totalCount nodes { ${spec.key} ${organizationField} } ${grouped} } }`,
          );
          expect(body.errors).toBeUndefined();
          const list = body.data?.list;
          const keys = list.nodes.map((n: Record<string, string>) => n[spec.key]);
          expect(keys).not.toContain(target[spec.table]?.key);
          expect(list.totalCount).toBe(list.nodes.length);
          if (spec.orgScoped) {
            for (const node of list.nodes) expect(node.organizationId).toBe(medellin);
            for (const group of list.groupedAggregates) expect(group.keys).toEqual([medellin]);
          } else if (spec.table === "organizations") {
            expect(keys).toEqual([medellin]);
          } else {
            // Profiles: oneself and teammates, nobody who is only in Bogotá.
            const { rows } = await db.owner.query(
              `select p.id from app_public.profiles p
                where p.id = $1 or exists (select 1 from app_public.memberships m where m.profile_id = p.id and m.organization_id = $2)`,
              [profileIds[role], medellin],
            );
            expect(keys.sort()).toEqual(rows.map((r) => r.id).sort());
          }
        });

        if (spec.patch) {
          it("cannot update the row (by row id or global id); the row is unchanged", async () => {
            const { key, globalId } = target[spec.table] as { key: string; globalId: string };
            const before = await rowSnapshot(spec, key);
            const field = lowerFirst(spec.type);
            const byKey = await as(
              role,
              `mutation($key: UUID!, $patch: ${spec.type}Patch!) {
                update${spec.type}(input: { ${spec.key}: $key, patch: $patch }) { ${field} { id } }
              }`,
              { key, patch: spec.patch },
            );
            expectNoRecord(byKey, `update${spec.type}`, field);
            const byId = await as(
              role,
              `mutation($id: ID!, $patch: ${spec.type}Patch!) {
                update${spec.type}ById(input: { id: $id, patch: $patch }) { ${field} { id } }
              }`,
              { id: globalId, patch: spec.patch },
            );
            expectNoRecord(byId, `update${spec.type}ById`, field);
            expect(await rowSnapshot(spec, key)).toBe(before);
          });
        }

        if (spec.deletable) {
          it("cannot delete the row (by row id or global id); it is still there", async () => {
            const { key, globalId } = target[spec.table] as { key: string; globalId: string };
            const before = await rowSnapshot(spec, key);
            const field = lowerFirst(spec.type);
            const byKey = await as(
              role,
              `mutation($key: UUID!) { delete${spec.type}(input: { ${spec.key}: $key }) { ${field} { id } } }`,
              { key },
            );
            expectNoRecord(byKey, `delete${spec.type}`, field);
            const byId = await as(
              role,
              `mutation($id: ID!) { delete${spec.type}ById(input: { id: $id }) { ${field} { id } } }`,
              { id: globalId },
            );
            expectNoRecord(byId, `delete${spec.type}ById`, field);
            expect(before).not.toBeNull();
            expect(await rowSnapshot(spec, key)).toBe(before);
          });
        }

        const create = spec.create;
        if (create) {
          // A row that names Bogotá's organization directly is refused by RLS
          // (FORBIDDEN); one under a Bogotá parent is answered as if the parent
          // did not exist (NOT_FOUND), so the id is not confirmed.
          const placeholders = new Proxy({}, { get: () => "placeholder" }) as Parents;
          const expected = "organizationId" in create(placeholders) ? "FORBIDDEN" : "NOT_FOUND";
          it(`cannot create a row in Bogotá: ${expected}, nothing written`, async () => {
            const field = lowerFirst(spec.type);
            const { n: before } = await one(
              `select count(*)::int as n from app_public.${spec.table} t where ${bogotaScope(spec)}`,
              [bogota],
            );
            const body = await as(
              role,
              `mutation($input: ${spec.type}Input!) { create${spec.type}(input: { ${field}: $input }) { ${field} { id } } }`,
              { input: create(parents) },
            );
            expect(body.data?.[`create${spec.type}`] ?? null).toBeNull();
            expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
            const { n: after } = await one(
              `select count(*)::int as n from app_public.${spec.table} t where ${bogotaScope(spec)}`,
              [bogota],
            );
            expect(after).toBe(before);
          });
        }
      });
    }
  });
}

/*==========================================================================
 * Relations, unique keys, aggregates and functions (as Medellín's owner)
 *==========================================================================*/

describe("nested relations never lead into Bogotá", () => {
  it("from Medellín's own rows every relation stays in Medellín", async () => {
    // Several requests: together the selections exceed the query cost limit.
    const queries = [
      `{
        organizations { nodes { rowId } }
        currentProfile { memberships { nodes { organizationId } } bookings { nodes { organizationId } } }
        venues { nodes { events { nodes { organizationId venue { organizationId } } } } }
      }`,
      `{ designers { nodes { looks { nodes { organizationId event { organizationId } } } eventDesigners { nodes { organizationId } } } } }`,
      `{ talents { nodes { contact { organizationId } modelCastings { nodes { organizationId } } talentAvailability { nodes { organizationId } } } } }`,
      `{ talents { nodes { photos { nodes { organizationId file { organizationId } } } } } looks { nodes { photo { organizationId } } } events { nodes { cover { organizationId } } } }`,
      `{ ticketTiers { nodes { bookings { nodes { organizationId } } event { organizationId } } } }`,
    ];
    let text = "";
    for (const query of queries) {
      const body = await as("owner", query);
      expect(body.errors, query).toBeUndefined();
      if (body.data?.organizations) expect(body.data.organizations.nodes).toEqual([{ rowId: medellin }]);
      text += JSON.stringify(body.data);
    }
    const organizations = text.match(/"organizationId":"[^"]+"/g) ?? [];
    expect(organizations.length).toBeGreaterThan(50);
    expect(new Set(organizations)).toEqual(new Set([`"organizationId":"${medellin}"`]));
  });

  it("Bogotá's organization, and its rows reached from it, are invisible", async () => {
    const body = await as(
      "owner",
      `query($org: UUID!) {
        organization(rowId: $org) { rowId events { totalCount } venues { totalCount } talents { totalCount } }
      }`,
      { org: bogota },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.organization).toBeNull();
  });

  it("filters through relations find nothing of Bogotá", async () => {
    const slug = (await one("select slug::text from app_public.events where id = $1", [parents.event])).slug;
    const body = await as(
      "owner",
      `query($slug: String!) {
        events(filter: { organization: { slug: { equalTo: "moda-bogota" } } }) { totalCount }
        looks(filter: { event: { slug: { equalTo: $slug } } }) { totalCount }
        bookings(filter: { event: { slug: { equalTo: $slug } } }) { totalCount }
        talents(filter: { organization: { slug: { equalTo: "moda-bogota" } } }) { totalCount }
        memberships(filter: { organization: { slug: { equalTo: "moda-bogota" } } }) { totalCount }
      }`,
      { slug },
    );
    expect(body.errors).toBeUndefined();
    for (const value of Object.values(body.data ?? {})) expect(value).toEqual({ totalCount: 0 });
  });
});

describe("lookups by unique key find nothing of Bogotá", () => {
  const lookups: [string, string, () => Promise<Record<string, unknown>>][] = [
    ["organizationBySlug", `organizationBySlug(slug: "moda-bogota") { rowId }`, async () => ({})],
    [
      "eventByOrganizationIdAndSlug",
      "eventByOrganizationIdAndSlug(organizationId: $org, slug: $slug) { rowId }",
      async () => ({
        org: bogota,
        slug: (await one("select slug::text from app_public.events where id = $1", [parents.event])).slug,
      }),
    ],
    [
      "eventByRowIdAndOrganizationId",
      "eventByRowIdAndOrganizationId(rowId: $id, organizationId: $org) { rowId }",
      async () => ({ id: parents.event, org: bogota }),
    ],
    ["profileByEmail", `profileByEmail(email: "${account("moda-bogota", "owner").email}") { rowId }`, async () => ({})],
    ["bookingByReference", "bookingByReference(reference: $code) { rowId }", async () => ({ code: bogotaReference })],
    [
      "membershipByOrganizationIdAndProfileId",
      "membershipByOrganizationIdAndProfileId(organizationId: $org, profileId: $profile) { rowId }",
      async () => ({ org: bogota, profile: target.profiles?.key }),
    ],
    [
      "ticketTierByEventIdAndName",
      `ticketTierByEventIdAndName(eventId: $event, name: "Prueba Aislamiento") { rowId }`,
      async () => ({
        event: (await one("select event_id from app_public.ticket_tiers where id = $1", [bogotaPublicTier])).event_id,
      }),
    ],
    [
      "lookByEventIdAndSequence",
      "lookByEventIdAndSequence(eventId: $event, sequence: 1) { rowId }",
      async () => ({ event: parents.event }),
    ],
    [
      "talentByRowIdAndOrganizationId",
      "talentByRowIdAndOrganizationId(rowId: $id, organizationId: $org) { rowId }",
      async () => ({ id: parents.talentNotCast, org: bogota }),
    ],
    [
      "modelCastingByEventIdAndTalentId",
      "modelCastingByEventIdAndTalentId(eventId: $event, talentId: $talent) { rowId }",
      async () => {
        const row = await one("select event_id, talent_id from app_public.model_castings where id = $1", [
          bogotaCasting,
        ]);
        return { event: row.event_id, talent: row.talent_id };
      },
    ],
  ];

  for (const [name, selection, variables] of lookups) {
    it(name, async () => {
      const values = await variables();
      const declared = Object.keys(values)
        .map((v) => `$${v}: ${v === "slug" || v === "code" ? "String!" : "UUID!"}`)
        .join(", ");
      const body = await as("owner", `query${declared ? `(${declared})` : ""} { found: ${selection} }`, values);
      expect(body.errors).toBeUndefined();
      expect(body.data?.found).toBeNull();
    });
  }
});

describe("aggregates count Medellín only", () => {
  it("EventsList gives Medellín's owner Medellín's events with Medellín's numbers", async () => {
    const body = await as("owner", operation("EventsList"));
    expect(body.errors).toBeUndefined();
    const expected = await one(
      `select count(*)::int as events,
              (select count(*)::int from app_public.looks where organization_id = $1) as looks,
              (select coalesce(sum(sold_count), 0)::text from app_public.ticket_tiers where organization_id = $1) as sold,
              (select coalesce(sum(total_cop), 0)::text from app_public.bookings where organization_id = $1 and status = 'paid') as revenue
         from app_public.events where organization_id = $1`,
      [medellin],
    );
    const nodes = body.data?.events.nodes as {
      organizationId: string;
      lookCount: { totalCount: number };
      ticketSales: { aggregates: { sum: { soldCount: string } } };
      paidBookings: { aggregates: { sum: { totalCop: string } } };
    }[];
    expect(nodes).toHaveLength(expected.events);
    expect(new Set(nodes.map((n) => n.organizationId))).toEqual(new Set([medellin]));
    expect(nodes.reduce((sum, n) => sum + n.lookCount.totalCount, 0)).toBe(expected.looks);
    expect(String(nodes.reduce((sum, n) => sum + Number(n.ticketSales.aggregates.sum.soldCount), 0))).toBe(
      expected.sold,
    );
    expect(String(nodes.reduce((sum, n) => sum + Number(n.paidBookings.aggregates.sum.totalCop), 0))).toBe(
      expected.revenue,
    );
  });

  it("connection totals and sums equal Medellín's rows in the database", async () => {
    const body = await as(
      "owner",
      `{
        events { totalCount aggregates { sum { capacity } } }
        ticketTiers { totalCount aggregates { sum { soldCount quantity priceCop } } }
        bookings { totalCount aggregates { sum { quantity totalCop } } }
        sponsors { totalCount aggregates { sum { amountCop } } }
        castingBriefs { totalCount aggregates { sum { modelsNeeded } } }
        looks { totalCount }
        talents { totalCount }
        venues { totalCount }
        designers { totalCount }
      }`,
    );
    expect(body.errors).toBeUndefined();
    const sql = (table: string, expression: string) =>
      one(`select ${expression} as v from app_public.${table} where organization_id = $1`, [medellin]).then((r) => r.v);
    expect(body.data?.events).toEqual({
      totalCount: await sql("events", "count(*)::int"),
      aggregates: { sum: { capacity: await sql("events", "coalesce(sum(capacity), 0)::text") } },
    });
    expect(body.data?.ticketTiers).toEqual({
      totalCount: await sql("ticket_tiers", "count(*)::int"),
      aggregates: {
        sum: {
          soldCount: await sql("ticket_tiers", "coalesce(sum(sold_count), 0)::text"),
          quantity: await sql("ticket_tiers", "coalesce(sum(quantity), 0)::text"),
          priceCop: await sql("ticket_tiers", "coalesce(sum(price_cop), 0)::text"),
        },
      },
    });
    expect(body.data?.bookings).toEqual({
      totalCount: await sql("bookings", "count(*)::int"),
      aggregates: {
        sum: {
          quantity: await sql("bookings", "coalesce(sum(quantity), 0)::text"),
          totalCop: await sql("bookings", "coalesce(sum(total_cop), 0)::text"),
        },
      },
    });
    expect(body.data?.sponsors).toEqual({
      totalCount: await sql("sponsors", "count(*)::int"),
      aggregates: { sum: { amountCop: await sql("sponsors", "coalesce(sum(amount_cop), 0)::text") } },
    });
    expect(body.data?.castingBriefs).toEqual({
      totalCount: await sql("casting_briefs", "count(*)::int"),
      aggregates: { sum: { modelsNeeded: await sql("casting_briefs", "coalesce(sum(models_needed), 0)::text") } },
    });
    for (const [field, table] of [
      ["looks", "looks"],
      ["talents", "talent"],
      ["venues", "venues"],
      ["designers", "designers"],
    ] as const) {
      expect(body.data?.[field], field).toEqual({ totalCount: await sql(table, "count(*)::int") });
    }
    // The comparison means something: Bogotá has rows of each.
    expect((await fingerprints()).bookings?.n).toBeGreaterThan(0);
  });

  it("aiUsage reports Medellín's AI calls only, and nothing for Bogotá", async () => {
    const since = new Date(Date.now() - DAY).toISOString();
    const body = await as(
      "owner",
      `query($org: UUID!, $since: Datetime!) {
        all: aiUsage(since: $since) { calls failures }
        bogota: aiUsage(since: $since, organizationId: $org) { calls failures costUsd }
      }`,
      { org: bogota, since },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.all).toEqual({ calls: "2", failures: "0" });
    expect(body.data?.bogota).toMatchObject({ calls: "0", failures: "0" });
  });
});

describe("custom mutations refuse Bogotá's rows", () => {
  it("inviteToOrganization into Bogotá → FORBIDDEN, no invitation", async () => {
    const before = (await fingerprints()).organization_invitations;
    const body = await as(
      "owner",
      `mutation($org: UUID!) { inviteToOrganization(input: { organizationId: $org, email: "colado@example.com", role: "owner" }) { result } }`,
      { org: bogota },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(body.data?.inviteToOrganization ?? null).toBeNull();
    expect((await fingerprints()).organization_invitations).toEqual(before);
  });

  it("eraseTalent of a Bogotá person → refused, the person untouched", async () => {
    const spec = TABLES.find((t) => t.table === "talent") as TableSpec;
    const before = await rowSnapshot(spec, parents.talentNotCast);
    const body = await as("owner", "mutation($id: UUID!) { eraseTalent(input: { id: $id }) { result { rowId } } }", {
      id: parents.talentNotCast,
    });
    expect(body.data?.eraseTalent ?? null).toBeNull();
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(body.errors?.[0]?.extensions?.code);
    expect(await rowSnapshot(spec, parents.talentNotCast)).toBe(before);
  });

  it("requestModelCasting for a Bogotá brief → NOT_FOUND, no agent run", async () => {
    const before = (await fingerprints()).agent_runs;
    for (const role of ACTORS) {
      const body = await as(
        role,
        "mutation($brief: UUID!) { requestModelCasting(input: { briefId: $brief }) { result { rowId } } }",
        { brief: bogotaBrief },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(body.data?.requestModelCasting ?? null).toBeNull();
    }
    expect((await fingerprints()).agent_runs).toEqual(before);
  });

  it("cancelAgentRun of a queued Bogotá run → NOT_FOUND, still queued", async () => {
    const body = await as(
      "owner",
      "mutation($id: UUID!) { cancelAgentRun(input: { id: $id }) { result { rowId status } } }",
      {
        id: bogotaQueuedRun,
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await one("select status from app_public.agent_runs where id = $1", [bogotaQueuedRun])).status).toBe(
      "queued",
    );
  });

  it("updateCastingStatus of a Bogotá casting → NOT_FOUND, unchanged", async () => {
    const spec = TABLES.find((t) => t.table === "model_castings") as TableSpec;
    const before = await rowSnapshot(spec, bogotaCasting);
    for (const role of ACTORS) {
      const body = await as(
        role,
        `mutation($id: UUID!) { updateCastingStatus(input: { id: $id, status: "declined" }) { result { rowId } } }`,
        { id: bogotaCasting },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await rowSnapshot(spec, bogotaCasting)).toBe(before);
  });

  // SECURITY DEFINER paths look ids up with the owner's eyes; they must still
  // answer another organization's id exactly like an id that does not exist,
  // or a caller could confirm that a leaked id is real.
  const answer = async (body: Promise<GraphQLBody>) => (await body).errors?.map((e) => [e.extensions?.code, e.message]);

  it("eraseTalent answers a Bogotá id exactly like an id that does not exist", async () => {
    const erase = (id: string) =>
      as("owner", "mutation($id: UUID!) { eraseTalent(input: { id: $id }) { result { rowId } } }", { id });
    expect(await answer(erase(parents.talentNotCast))).toEqual(await answer(erase(randomUUID())));
  });

  it("a create under a Bogotá parent is answered exactly like one under a parent that does not exist", async () => {
    const look = (eventId: string) =>
      as(
        "owner",
        `mutation($event: UUID!, $designer: UUID!) {
          createLook(input: { look: { eventId: $event, designerId: $designer, sequence: 998, title: "x" } }) { look { rowId } }
        }`,
        { event: eventId, designer: parents.designer },
      );
    expect(await answer(look(parents.event))).toEqual(await answer(look(randomUUID())));
  });
});

describe("nothing of Bogotá changed", () => {
  it("every table's Bogotá rows are exactly as before the attempts", async () => {
    expect(await fingerprints()).toEqual(fingerprintsBefore);
  });
});

describe("bookTickets is the one cross-organization write, for public events only", () => {
  it("Medellín's owner can buy tickets of Bogotá's public event, and sees that booking only", async () => {
    const before = await one("select sold_count from app_public.ticket_tiers where id = $1", [bogotaPublicTier]);
    const body = await as(
      "owner",
      `mutation($tier: UUID!) {
        bookTickets(input: { tierId: $tier, quantity: 2, buyerName: "Alejandro Restrepo", buyerEmail: "owner@medellin.fashionos.test" }) {
          result { booking { rowId organizationId quantity status } }
        }
      }`,
      { tier: bogotaPublicTier },
    );
    expect(body.errors).toBeUndefined();
    const booking = body.data?.bookTickets.result.booking;
    expect(booking).toMatchObject({ organizationId: bogota, quantity: 2, status: "pending" });
    expect(
      (await one("select sold_count from app_public.ticket_tiers where id = $1", [bogotaPublicTier])).sold_count,
    ).toBe(before.sold_count + 2);
    // Their own booking is visible to them; Bogotá's other bookings, its tier and its event are not.
    const after = await as(
      "owner",
      `query($org: UUID!, $tier: UUID!) {
        bookings(filter: { organizationId: { equalTo: $org } }) { nodes { rowId } }
        ticketTier(rowId: $tier) { rowId }
      }`,
      { org: bogota, tier: bogotaPublicTier },
    );
    expect(after.data?.bookings.nodes).toEqual([{ rowId: booking.rowId }]);
    expect(after.data?.ticketTier).toBeNull();
  });

  it("a tier of Bogotá's private draft event is NOT_FOUND, exactly like a tier that does not exist", async () => {
    const book = (tier: string) =>
      as(
        "owner",
        `mutation($tier: UUID!) {
          bookTickets(input: { tierId: $tier, quantity: 1, buyerName: "Colado", buyerEmail: "colado@example.com" }) { result { booking { rowId } } }
        }`,
        { tier },
      );
    const before = await fingerprints();
    const privateTier = await book(bogotaPrivateTier);
    const missing = await book(randomUUID());
    expect(privateTier.data?.bookTickets ?? null).toBeNull();
    expect(privateTier.errors?.map((e) => [e.extensions?.code, e.message])).toEqual(
      missing.errors?.map((e) => [e.extensions?.code, e.message]),
    );
    expect(privateTier.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const after = await fingerprints();
    expect(after.bookings).toEqual(before.bookings);
    expect(after.ticket_tiers).toEqual(before.ticket_tiers);
  });
});
