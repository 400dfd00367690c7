// Bad values that break screens or data (issue 11, item 9): time zones
// outside the IANA list, ticket tiers that offer more than the event holds
// (also under concurrent transactions), and unbounded text from callers. The
// columns are read from the catalog, so a new one is held to the same rules.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type Entrant, race } from "./helpers/race.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
const unique = () => randomUUID().slice(0, 8);

let org: string;
let producer: string;
let producer2: string;

beforeAll(async () => {
  db = await createTestDatabase();
  org = (
    await db.owner.query("insert into app_public.organizations (name, slug) values ('Valores SAS', $1) returning id", [
      `valores-${unique()}`,
    ])
  ).rows[0].id;
  const people = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, 'Productora Uno'), ($2, 'Productor Dos') returning id",
    [`p1-${unique()}@example.com`, `p2-${unique()}@example.com`],
  );
  producer = people.rows[0].id;
  producer2 = people.rows[1].id;
  await db.owner.query(
    "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'producer'), ($1, $3, 'producer')",
    [org, producer, producer2],
  );
});
afterAll(async () => {
  await db?.drop();
});

async function newEvent(capacity: number | null, extra: { isPublic?: boolean } = {}): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, capacity, status, is_public)
     values ($1, 'Pasarela', $2, now() + interval '30 days', now() + interval '30 days 3 hours', $3, 'published', $4)
     returning id`,
    [org, `pasarela-${unique()}`, capacity, extra.isPublic ?? true],
  );
  return rows[0].id;
}

/*==========================================================================
 * Time zones
 *==========================================================================*/

describe("time zones", () => {
  /** Every column of an app_public table whose name says it holds a time zone. */
  async function timeZoneColumns() {
    const { rows } = await db.owner.query(`
      select c.relname as table_name, a.attname as column_name,
             exists (select 1 from pg_constraint k
                      where k.conrelid = c.oid and k.contype = 'c' and k.conkey = array[a.attnum]
                        and pg_get_constraintdef(k.oid) = format('CHECK (app_private.is_time_zone(%s))', a.attname)
             ) as checked
        from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
         and a.attname ~ '(^|_)time_?zone$'
       order by 1, 2`);
    return rows as { table_name: string; column_name: string; checked: boolean }[];
  }

  it("every time zone column is checked against the IANA list", async () => {
    const columns = await timeZoneColumns();
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(
      expect.arrayContaining(["events.timezone", "organizations.timezone"]),
    );
    expect(columns.filter((c) => !c.checked)).toEqual([]);
  });

  it("is_time_zone() accepts exactly pg_timezone_names (less tzdata's 'Factory') and is immutable", async () => {
    const { rows } = await db.owner.query(`
      select (select count(*)::int from pg_timezone_names where name <> 'Factory' and not app_private.is_time_zone(name)) as refused,
             (select count(*)::int from pg_timezone_names where name <> 'Factory') as names,
             (select provolatile from pg_proc where oid = 'app_private.is_time_zone'::regproc) as volatility`);
    expect(rows[0]).toMatchObject({ refused: 0, volatility: "i" });
    expect(rows[0].names).toBeGreaterThan(400);
    const probes = [
      "America/Bogota",
      "Europe/Madrid",
      "UTC",
      "America/Bogotá",
      "america/bogota",
      "Bogota",
      "Factory",
      "",
    ];
    const { rows: answers } = await db.owner.query(
      "select name, app_private.is_time_zone(name) as ok from unnest($1::text[]) as name",
      [probes],
    );
    expect(Object.fromEntries(answers.map((r) => [r.name, r.ok]))).toEqual({
      "America/Bogota": true,
      "Europe/Madrid": true,
      UTC: true,
      "America/Bogotá": false,
      "america/bogota": false,
      Bogota: false,
      Factory: false,
      "": false,
    });
  });

  it("every name the database accepts is one the web client's Intl can format", async () => {
    const { rows } = await db.owner.query(
      "select name from pg_timezone_names where app_private.is_time_zone(name) order by name",
    );
    const refusedByIntl = rows
      .map((r) => r.name as string)
      .filter((timeZone) => {
        try {
          new Intl.DateTimeFormat("es-CO", { timeZone }).format(new Date());
          return false;
        } catch {
          return true;
        }
      });
    expect(refusedByIntl).toEqual([]);
  });

  it("refuses America/Bogotá (and other non-names) in every time zone column, accepts real ones", async () => {
    const columns = await timeZoneColumns();
    for (const { table_name, column_name } of columns) {
      const client = await db.owner.connect();
      try {
        await client.query("begin");
        const sql = `update app_public.${table_name} set ${column_name} = $1 where ctid = (select ctid from app_public.${table_name} limit 1)`;
        for (const bad of ["America/Bogotá", "america/bogota", "UTC+5", "Mars/Olympus"]) {
          const r = await attempt(client, sql, [bad]);
          expect(r.code, `${table_name}.${column_name} = ${bad}`).toBe("23514");
        }
        const good = await attempt(client, sql, ["America/Mexico_City"]);
        expect(good, `${table_name}.${column_name}`).toMatchObject({ ok: true, rowCount: 1 });
      } finally {
        await client.query("rollback");
        client.release();
      }
    }
  });
});

/*==========================================================================
 * Ticket tiers within the event's capacity
 *==========================================================================*/

describe("ticket tiers never offer more than the event's capacity", () => {
  const INSERT_TIER =
    "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, $2, 100000, $3) returning id";

  async function asProducer<T>(fn: (client: pg.PoolClient) => Promise<T>) {
    return db.committed("member", { session_id: await db.sessionFor(producer) }, fn);
  }
  const offered = async (event: string) =>
    (
      await db.owner.query(
        "select coalesce(sum(quantity), 0)::int as n from app_public.ticket_tiers where event_id = $1",
        [event],
      )
    ).rows[0].n as number;

  it("accepts tiers up to the capacity exactly, refuses one ticket more (CAPAC), writes nothing", async () => {
    const event = await newEvent(100);
    expect((await asProducer((c) => c.query(INSERT_TIER, [event, "General", 70]))).ok).toBe(true);
    expect((await asProducer((c) => c.query(INSERT_TIER, [event, "VIP", 30]))).ok).toBe(true);
    const over = await asProducer((c) => c.query(INSERT_TIER, [event, "Front Row", 1]));
    expect(over.code, over.message).toBe("CAPAC");
    expect(over.message).toContain("101");
    expect(await offered(event)).toBe(100);
  });

  it("refuses raising a tier's quantity above what is left, always allows lowering it", async () => {
    const event = await newEvent(100);
    const tier = (await asProducer((c) => c.query(INSERT_TIER, [event, "General", 80]))).value?.rows[0].id;
    await asProducer((c) => c.query(INSERT_TIER, [event, "VIP", 20]));
    const raise = await asProducer((c) =>
      c.query("update app_public.ticket_tiers set quantity = 81 where id = $1", [tier]),
    );
    expect(raise.code, raise.message).toBe("CAPAC");
    const lower = await asProducer((c) =>
      c.query("update app_public.ticket_tiers set quantity = 50 where id = $1", [tier]),
    );
    expect(lower.ok, lower.message).toBe(true);
    expect(await offered(event)).toBe(70);
  });

  it("refuses lowering the event's capacity below what its tiers offer", async () => {
    const event = await newEvent(100);
    await asProducer((c) => c.query(INSERT_TIER, [event, "General", 90]));
    const lower = await asProducer((c) => c.query("update app_public.events set capacity = 80 where id = $1", [event]));
    expect(lower.code, lower.message).toBe("CAPAC");
    const fine = await asProducer((c) => c.query("update app_public.events set capacity = 90 where id = $1", [event]));
    expect(fine.ok, fine.message).toBe(true);
  });

  it("sets no limit when the event has no capacity", async () => {
    const event = await newEvent(null);
    const big = await asProducer((c) => c.query(INSERT_TIER, [event, "General", 100000]));
    expect(big.ok, big.message).toBe(true);
    // Setting a capacity afterwards must still hold the tiers.
    const cap = await asProducer((c) => c.query("update app_public.events set capacity = 500 where id = $1", [event]));
    expect(cap.code).toBe("CAPAC");
  });

  describe("under concurrency (real committed transactions)", () => {
    const entrant = async (profile: string, sql: string, params: unknown[]): Promise<Entrant> => ({
      role: "member",
      claims: { session_id: await db.sessionFor(profile) },
      sql,
      params,
    });

    it.each([1, 2, 3])(
      "two producers add a 60-ticket tier to a 100-seat event at once: one is refused (round %i)",
      async () => {
        const event = await newEvent(100);
        const results = await race(db, [
          await entrant(producer, INSERT_TIER, [event, "General", 60]),
          await entrant(producer2, INSERT_TIER, [event, "Preventa", 60]),
        ]);
        expect(
          results.filter((r) => r.ok),
          JSON.stringify(results),
        ).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(["CAPAC"]);
        expect(await offered(event)).toBe(60);
      },
    );

    it.each([1, 2, 3])("a capacity cut and a new tier at once: never more offered than held (round %i)", async () => {
      const event = await newEvent(100);
      await asProducer((c) => c.query(INSERT_TIER, [event, "General", 50]));
      const results = await race(db, [
        await entrant(producer, "update app_public.events set capacity = 60 where id = $1", [event]),
        await entrant(producer2, INSERT_TIER, [event, "VIP", 40]),
      ]);
      expect(
        results.filter((r) => r.ok),
        JSON.stringify(results),
      ).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(["CAPAC"]);
      const { rows } = await db.owner.query("select capacity from app_public.events where id = $1", [event]);
      expect(await offered(event)).toBeLessThanOrEqual(rows[0].capacity);
    });
  });
});

/*==========================================================================
 * Length limits
 *==========================================================================*/

describe("every text a caller can write has a length limit", () => {
  /**
   * Columns written from callers' arguments by SECURITY DEFINER functions,
   * which column privileges cannot show.
   */
  const FUNCTION_INPUTS: Record<string, string> = {
    "bookings.buyer_name": "book_tickets (anonymous)",
    "bookings.buyer_email": "book_tickets (anonymous)",
    "profiles.email": "register (anonymous)",
    "profiles.full_name": "register (anonymous)",
    "organizations.name": "create_organization",
    "organizations.slug": "create_organization",
    "organization_invitations.email": "invite_to_organization",
  };
  const MAX = 50_000;

  interface TextColumn {
    table_name: string;
    column_name: string;
    type: string;
    writable: boolean;
    checks: string[];
  }

  async function textColumns(): Promise<TextColumn[]> {
    const { anonymous, member } = db.settings.roles;
    const { rows } = await db.owner.query(
      `select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type,
              (has_column_privilege($1, c.oid, a.attnum, 'INSERT, UPDATE') or has_column_privilege($2, c.oid, a.attnum, 'INSERT, UPDATE')) as writable,
              coalesce((select array_agg(pg_get_constraintdef(k.oid)) from pg_constraint k
                         where k.conrelid = c.oid and k.contype = 'c' and a.attnum = any(k.conkey)), '{}') as checks
         from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
          and a.atttypid in ('text'::regtype, 'citext'::regtype, 'varchar'::regtype, 'text[]'::regtype, 'citext[]'::regtype, 'jsonb'::regtype, 'json'::regtype)
        order by 1, 2`,
      [anonymous, member],
    );
    return rows;
  }

  /** The largest size a column's checks allow, or null when none bounds it. */
  function bound(column: TextColumn): number | null {
    const col = column.column_name;
    const sizes: number[] = [];
    const varchar = /^character varying\((\d+)\)$/.exec(column.type);
    if (varchar) sizes.push(Number(varchar[1]));
    for (const def of column.checks) {
      for (const m of def.matchAll(new RegExp(`length\\(\\(?${col}\\)?(?:::text)?\\) <= (\\d+)`, "g"))) {
        sizes.push(Number(m[1]));
      }
      for (const m of def.matchAll(new RegExp(`octet_length\\(\\(${col}\\)::text\\) <= (\\d+)`, "g"))) {
        sizes.push(Number(m[1]));
      }
      for (const m of def.matchAll(new RegExp(`app_private\\.text_array_fits\\(${col}, (\\d+), (\\d+)\\)`, "g"))) {
        sizes.push(Number(m[1]) * Number(m[2]));
      }
      // A closed list of values (status in (...)) or the list of time zones.
      const list = new RegExp(`^CHECK \\(\\(${col} = ANY \\(ARRAY\\[(.*)\\]\\)\\)\\)$`).exec(def);
      if (list?.[1]) sizes.push(Math.max(...[...list[1].matchAll(/'([^']*)'/g)].map((v) => (v[1] ?? "").length)));
      if (def === `CHECK (app_private.is_time_zone(${col}))`) sizes.push(64);
    }
    return sizes.length ? Math.min(...sizes) : null;
  }

  it("finds the columns (not vacuous): writable ones and the functions' inputs", async () => {
    const columns = await textColumns();
    const writable = columns.filter((c) => c.writable).map((c) => `${c.table_name}.${c.column_name}`);
    expect(writable.length).toBeGreaterThan(50);
    expect(writable).toEqual(expect.arrayContaining(["events.description", "talent.full_name", "vendors.notes"]));
    const all = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    for (const name of Object.keys(FUNCTION_INPUTS)) expect(all.has(name), name).toBe(true);
  });

  it(`bounds each of them to at most ${MAX} characters`, async () => {
    const unbounded = (await textColumns())
      .filter((c) => c.writable || FUNCTION_INPUTS[`${c.table_name}.${c.column_name}`])
      .map((c) => ({ column: `${c.table_name}.${c.column_name}`, bound: bound(c) }))
      .filter((c) => c.bound === null || c.bound > MAX);
    expect(unbounded).toEqual([]);
  });

  it("refuses a 5,000-character buyer email or name from an anonymous buyer, writes nothing", async () => {
    const event = await newEvent(null);
    const tier = (
      await db.owner.query(
        "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'General', 0, 10) returning id",
        [event],
      )
    ).rows[0].id;
    const longEmail = `${"a".repeat(4990)}@example.com`;
    const email = await db.committed("anonymous", {}, (c) =>
      c.query("select * from app_public.book_tickets($1, 1, 'Camila', $2)", [tier, longEmail]),
    );
    expect(email.code, email.message).toBe("EMAIL");
    const name = await db.committed("anonymous", {}, (c) =>
      c.query("select * from app_public.book_tickets($1, 1, $2, 'camila@example.com')", [tier, "Camila ".repeat(715)]),
    );
    expect(name.code, name.message).toBe("INVAL");
    const { rows } = await db.owner.query("select count(*)::int as n from app_public.bookings where tier_id = $1", [
      tier,
    ]);
    expect(rows[0].n).toBe(0);
    // The table holds the limit too, whatever function writes it.
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const direct = await attempt(
        client,
        `insert into app_public.bookings (organization_id, event_id, tier_id, buyer_name, buyer_email, quantity, total_cop)
         values ($1, $2, $3, 'Camila', $4, 1, 0)`,
        [org, event, tier, longEmail],
      );
      expect(direct.code).toBe("23514");
    } finally {
      await client.query("rollback");
      client.release();
    }
  });

  it("refuses over-long text from a member (an event description of 5,001 characters)", async () => {
    const event = await newEvent(null);
    const result = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("update app_public.events set description = $2 where id = $1", [event, "x".repeat(5001)]),
    );
    expect(result.code).toBe("23514");
  });
});

/*==========================================================================
 * The same refusals over the API
 *==========================================================================*/

describe("over the API", () => {
  let api: TestServer;
  let token: string;
  let event: string;

  beforeAll(async () => {
    api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1000" });
    token = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
    event = (
      await db.owner.query(
        `select e.id from app_public.events e join app_public.organizations o on o.id = e.organization_id
          where o.slug = 'moda-bogota' order by e.starts_at limit 1`,
      )
    ).rows[0].id;
  });
  afterAll(() => api?.close());

  it("updateEvent with timezone America/Bogotá → VALIDATION_FAILED, the stored zone unchanged", async () => {
    const before = (await db.owner.query("select timezone from app_public.events where id = $1", [event])).rows[0];
    const { body } = await api.graphql(
      `mutation($id: UUID!) { updateEvent(input: { rowId: $id, patch: { timezone: "America/Bogotá" } }) { event { timezone } } }`,
      { id: event },
      { token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      constraint: "events_timezone_iana",
    });
    const after = (await db.owner.query("select timezone from app_public.events where id = $1", [event])).rows[0];
    expect(after).toEqual(before);
  });

  it("createTicketTier over the event's capacity → CONFLICT / OVER_CAPACITY", async () => {
    const { rows } = await db.owner.query(
      `select e.capacity - coalesce(sum(t.quantity), 0)::int as left from app_public.events e
         left join app_public.ticket_tiers t on t.event_id = e.id where e.id = $1 group by e.id`,
      [event],
    );
    const { body } = await api.graphql(
      `mutation($id: UUID!, $q: Int!) { createTicketTier(input: { ticketTier: { eventId: $id, name: "Extra", priceCop: "1000", quantity: $q } }) { ticketTier { rowId } } }`,
      { id: event, q: Number(rows[0].left) + 1 },
      { token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "OVER_CAPACITY" });
  });

  it("bookTickets with a 5,000-character email from an anonymous visitor → VALIDATION_FAILED / INVALID_EMAIL", async () => {
    const tier = (
      await db.owner.query(
        `select t.id from app_public.ticket_tiers t join app_public.events e on e.id = t.event_id
          where e.status = 'published' and e.is_public and e.starts_at > now() limit 1`,
      )
    ).rows[0].id;
    const { body } = await api.graphql(
      `mutation($tier: UUID!, $email: String!) { bookTickets(input: { tierId: $tier, quantity: 1, buyerName: "Camila", buyerEmail: $email }) { clientMutationId } }`,
      { tier, email: `${"a".repeat(4990)}@example.com` },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", reason: "INVALID_EMAIL" });
  });
});
