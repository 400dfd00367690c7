// The producer's event workflow in the database (issue 14): new events are
// drafts; publishing checks what a public page needs and names what is
// missing; status moves only forward; an event with bookings is never
// deleted; the line-up and each designer's looks are ordered in one
// statement, also when two producers append at the same moment; a designer
// with looks stays in the line-up; a look's model is refused by name.
// Real Postgres as the API's roles; the concurrent appends race real
// committed transactions.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let org: string;
const people: Record<"owner" | "producer" | "casting" | "viewer", string> = {
  owner: "",
  producer: "",
  casting: "",
  viewer: "",
};

const unique = () => randomBytes(4).toString("hex");

/** The error a statement raises (inside a savepoint, so the transaction goes on), with its detail and constraint. */
async function failure(client: pg.PoolClient, sql: string, params: unknown[] = []) {
  await client.query("savepoint failure");
  try {
    await client.query(sql, params);
    await client.query("release savepoint failure");
    return null;
  } catch (error) {
    await client.query("rollback to savepoint failure");
    return error as { code?: string; detail?: string; constraint?: string; message: string };
  }
}
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  db = await createTestDatabase();
  org = (
    await db.owner.query("insert into app_public.organizations (name, slug) values ('Casa Flujo', $1) returning id", [
      `casa-flujo-${unique()}`,
    ])
  ).rows[0].id;
  for (const role of Object.keys(people) as (keyof typeof people)[]) {
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, $2, now()) returning id",
      [`${role}-${unique()}@example.com`, `${role} flujo`],
    );
    people[role] = rows[0].id;
    await db.owner.query("insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, $3)", [
      org,
      rows[0].id,
      role,
    ]);
  }
});
afterAll(async () => {
  await db?.drop();
});

async function draft(options: { public?: boolean; startsInDays?: number; description?: string | null } = {}) {
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, description, starts_at, ends_at, is_public)
     values ($1, 'Desfile', $2, $3, $4, $5, $6) returning id`,
    [
      org,
      `desfile-${unique()}`,
      options.description === undefined ? "Colecciones de temporada." : options.description,
      inDays(options.startsInDays ?? 30),
      inDays((options.startsInDays ?? 30) + 0.2),
      options.public ?? true,
    ],
  );
  return rows[0].id as string;
}

async function venue() {
  const { rows } = await db.owner.query(
    "insert into app_public.venues (organization_id, name, city) values ($1, 'Ágora', 'Bogotá') returning id",
    [org],
  );
  return rows[0].id as string;
}

async function designer(name = "Diseñadora") {
  const { rows } = await db.owner.query(
    "insert into app_public.designers (organization_id, name) values ($1, $2) returning id",
    [org, `${name} ${unique()}`],
  );
  return rows[0].id as string;
}

/** An event with everything its public page needs. */
async function readyEvent() {
  const event = await draft();
  await db.owner.query("update app_public.events set venue_id = $2 where id = $1", [event, await venue()]);
  await db.owner.query(
    "insert into app_public.event_designers (event_id, designer_id, show_order) values ($1, $2, 1)",
    [event, await designer()],
  );
  await db.owner.query(
    "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'General', 100000, 50)",
    [event],
  );
  return event;
}

const as = <T>(role: keyof typeof people, fn: (client: pg.PoolClient) => Promise<T>) => db.asProfile(people[role], fn);
const problems = async (event: string) =>
  (
    await db.owner.query(
      "select app_public.events_publication_problems(e) as p from app_public.events e where e.id = $1",
      [event],
    )
  ).rows[0].p as string[];
const statusOf = async (event: string) =>
  (await db.owner.query("select status from app_public.events where id = $1", [event])).rows[0].status as string;

describe("publishing", () => {
  it("names, in order, everything a public page still needs", async () => {
    const event = await draft({ description: "  ", startsInDays: -1 });
    expect(await problems(event)).toEqual([
      "DESCRIPTION_MISSING",
      "VENUE_MISSING",
      "STARTS_IN_PAST",
      "LINE_UP_EMPTY",
      "NO_TICKETS",
    ]);
    // A private (invitation-only) event sells no tickets, so needs no tier.
    await db.owner.query("update app_public.events set is_public = false where id = $1", [event]);
    expect(await problems(event)).not.toContain("NO_TICKETS");
    // A tier with nothing on offer is not a ticket on sale.
    await db.owner.query("update app_public.events set is_public = true where id = $1", [event]);
    await db.owner.query(
      "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'Agotada', 1000, 0)",
      [event],
    );
    expect(await problems(event)).toContain("NO_TICKETS");
    expect(await problems(await readyEvent())).toEqual([]);
  });

  it("members read the problems through the API's role; publish_event refuses with the codes as detail", async () => {
    const event = await draft({ description: null });
    await as("viewer", async (client) => {
      const { rows } = await client.query(
        "select app_public.events_publication_problems(e) as p from app_public.events e where e.id = $1",
        [event],
      );
      expect(rows[0].p).toEqual(["DESCRIPTION_MISSING", "VENUE_MISSING", "LINE_UP_EMPTY", "NO_TICKETS"]);
    });
    await as("producer", async (client) => {
      const refused = await client
        .query("select * from app_public.publish_event($1)", [event])
        .catch((error: { code: string; detail: string }) => error);
      expect(refused).toMatchObject({
        code: "NOTRD",
        detail: "DESCRIPTION_MISSING,VENUE_MISSING,LINE_UP_EMPTY,NO_TICKETS",
      });
    });
    expect(await statusOf(event)).toBe("draft");
  });

  it("the same rule holds for a plain update of the status (no way around publish_event)", async () => {
    const event = await draft({ description: null });
    await as("producer", async (client) => {
      const direct = await attempt(client, "update app_public.events set status = 'published' where id = $1", [event]);
      expect(direct).toMatchObject({ ok: false, code: "NOTRD" });
      // New events start as drafts: status is not among the columns a member may insert.
      const inserted = await attempt(
        client,
        `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
         values ($1, 'Atajo', $2, now() + interval '9 days', now() + interval '10 days', 'published')`,
        [org, `atajo-${unique()}`],
      );
      expect(inserted).toMatchObject({ ok: false, code: "42501" });
    });
  });

  it("a producer publishes a ready event; a viewer or casting member may not", async () => {
    const event = await readyEvent();
    for (const role of ["viewer", "casting"] as const) {
      await as(role, async (client) => {
        expect(await attempt(client, "select * from app_public.publish_event($1)", [event])).toMatchObject({
          ok: false,
          code: "DNIED",
        });
      });
    }
    const published = await db.committed("member", { session_id: await db.sessionFor(people.producer) }, (client) =>
      client.query("select status from app_public.publish_event($1)", [event]),
    );
    expect(published.ok).toBe(true);
    expect(await statusOf(event)).toBe("published");
    // Publishing again changes nothing.
    await as("producer", async (client) => {
      const again = await attempt(client, "select status from app_public.publish_event($1)", [event]);
      expect(again.rows).toEqual([{ status: "published" }]);
    });
  });

  it("another organization's event is not found", async () => {
    const other = (
      await db.owner.query("insert into app_public.organizations (name, slug) values ('Otra', $1) returning id", [
        `otra-${unique()}`,
      ])
    ).rows[0].id;
    const { rows } = await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
       values ($1, 'Ajeno', 'ajeno', now() + interval '5 days', now() + interval '6 days') returning id`,
      [other],
    );
    await as("owner", async (client) => {
      for (const fn of ["publish_event", "cancel_event"]) {
        expect(await attempt(client, `select * from app_public.${fn}($1)`, [rows[0].id])).toMatchObject({
          ok: false,
          code: "NTFND",
        });
      }
    });
  });
});

describe("status", () => {
  it("moves draft → published → completed; cancelled is final", async () => {
    const event = await readyEvent();
    const set = (status: string) =>
      as("producer", (client) =>
        attempt(client, "update app_public.events set status = $2 where id = $1 returning status", [event, status]),
      );
    expect(await set("completed")).toMatchObject({ ok: false, code: "CONFL" });
    await db.owner.query("update app_public.events set status = 'published' where id = $1", [event]);
    expect(await set("completed")).toMatchObject({ ok: true, rows: [{ status: "completed" }] });

    const other = await readyEvent();
    await as("producer", async (client) => {
      expect((await attempt(client, "select status from app_public.cancel_event($1)", [other])).rows).toEqual([
        { status: "cancelled" },
      ]);
      for (const status of ["draft", "published", "completed"]) {
        expect(
          await attempt(client, "update app_public.events set status = $2 where id = $1", [other, status]),
        ).toMatchObject({ ok: false, code: "CONFL" });
      }
    });
  });

  it("a published event with bookings is not unpublished, and is cancelled, not deleted", async () => {
    const event = await readyEvent();
    await db.owner.query("update app_public.events set status = 'published' where id = $1", [event]);
    const tier = (await db.owner.query("select id from app_public.ticket_tiers where event_id = $1", [event])).rows[0]
      .id;
    await db.owner.query(
      `insert into app_public.bookings (event_id, organization_id, tier_id, buyer_name, buyer_email, quantity, total_cop, status)
       values ($1, $2, $3, 'Compradora', 'compra@example.com', 2, 200000, 'paid')`,
      [event, org, tier],
    );
    await as("producer", async (client) => {
      expect(
        await attempt(client, "update app_public.events set status = 'draft' where id = $1", [event]),
      ).toMatchObject({ ok: false, code: "HASBK" });
      const deleted = await client
        .query("delete from app_public.events where id = $1", [event])
        .catch((error: { code: string; detail: string; message: string }) => error);
      expect(deleted).toMatchObject({ code: "HASBK", detail: "1" });
      expect((deleted as { message: string }).message).toMatch(/cancel it instead/);
    });
    // Without bookings a draft is deleted as before.
    const empty = await draft();
    await as("producer", async (client) => {
      expect(await attempt(client, "delete from app_public.events where id = $1", [empty])).toMatchObject({
        ok: true,
        rowCount: 1,
      });
    });
  });
});

describe("cancelling closes the box office", () => {
  /** A published event on sale with a priced tier and a free tier; returns the ids. */
  async function onSale() {
    const event = await readyEvent();
    await db.owner.query("update app_public.events set status = 'published' where id = $1", [event]);
    const priced = (await db.owner.query("select id from app_public.ticket_tiers where event_id = $1", [event])).rows[0]
      .id as string;
    const free = (
      await db.owner.query(
        "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'Prensa', 0, 20) returning id",
        [event],
      )
    ).rows[0].id as string;
    return { event, priced, free };
  }
  const book = async (event: string, tier: string, status: string, quantity: number, total: number) =>
    (
      await db.owner.query(
        `insert into app_public.bookings (event_id, organization_id, tier_id, buyer_name, buyer_email, quantity, total_cop, status, expires_at)
         values ($1, $2, $3, 'Compradora', $4, $5, $6, $7, now() + interval '15 minutes') returning id`,
        [event, org, tier, `compra-${unique()}@example.com`, quantity, total, status],
      )
    ).rows[0].id as string;

  /** cancel_event as the producer, committed. */
  const cancel = async (event: string) => {
    const done = await db.committed("member", { session_id: await db.sessionFor(people.producer) }, (client) =>
      client.query("select status from app_public.cancel_event($1)", [event]),
    );
    expect(done.ok).toBe(true);
  };
  /** The tiers' sold_count as the box office functions keep it (the rows above are inserted directly). */
  const countStock = (event: string) =>
    db.owner.query(
      `update app_public.ticket_tiers t set sold_count = (select coalesce(sum(b.quantity), 0) from app_public.bookings b
        where b.tier_id = t.id and b.status in ('pending', 'paid')) where t.event_id = $1`,
      [event],
    );

  it("reservations and free bookings are cancelled, paid ones refunded with the refund owed, stock returned", async () => {
    const { event, priced, free } = await onSale();
    const pending = await book(event, priced, "pending", 2, 200000);
    const paid = await book(event, priced, "paid", 3, 300000);
    const gratis = await book(event, free, "paid", 1, 0);
    const expired = await book(event, priced, "expired", 1, 100000);
    await countStock(event);
    await cancel(event);
    const { rows } = await db.owner.query(
      "select id, status, close_reason, closed_by from app_public.bookings where event_id = $1",
      [event],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(pending)).toMatchObject({
      status: "cancelled",
      close_reason: "Evento cancelado.",
      closed_by: people.producer,
    });
    expect(byId.get(paid)).toMatchObject({ status: "refunded", close_reason: "Evento cancelado." });
    expect(byId.get(gratis)).toMatchObject({ status: "cancelled" });
    expect(byId.get(expired)).toMatchObject({ status: "expired" });
    const refunds = await db.owner.query(
      "select booking_id, amount_in_cents, status, reason, provider from app_public.payments where kind = 'refund' and booking_id = any($1::uuid[])",
      [[pending, paid, gratis, expired]],
    );
    expect(refunds.rows).toEqual([
      {
        booking_id: paid,
        amount_in_cents: "30000000",
        status: "PENDING",
        reason: "booking_refunded",
        provider: "manual",
      },
    ]);
    const sold = await db.owner.query(
      "select sum(sold_count)::int as n from app_public.ticket_tiers where event_id = $1",
      [event],
    );
    expect(sold.rows[0].n).toBe(0);
    // No ticket of the event admits any more.
    const passes = await db.owner.query(
      "select count(*)::int as n from app_public.tickets t join app_public.bookings b on b.id = t.booking_id where b.event_id = $1 and b.status in ('pending', 'paid')",
      [event],
    );
    expect(passes.rows[0].n).toBe(0);
  });

  it("no booking is made for a cancelled event, even by the owner role (CLOSD)", async () => {
    const { event, priced } = await onSale();
    await cancel(event);
    await expect(book(event, priced, "pending", 1, 100000)).rejects.toMatchObject({ code: "CLOSD" });
  });

  it("a reservation racing the cancellation is either refused or cancelled by it: never left payable", async () => {
    for (let round = 0; round < 3; round++) {
      const { event, priced } = await onSale();
      const results = await race(db, [
        {
          role: "anonymous",
          sql: "select (r.booking).id from app_public.book_tickets($1, 1, 'Compradora', $2) r",
          params: [priced, `carrera-${unique()}@example.com`],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(people.producer) },
          sql: "select status from app_public.cancel_event($1)",
          params: [event],
        },
      ]);
      expect(results[1]).toMatchObject({ ok: true, rows: [{ status: "cancelled" }] });
      // Refused: not on sale (CLOSD), or, read after the cancellation committed, no such tier for the public (NTFND).
      if (!results[0]?.ok) expect(["CLOSD", "NTFND"]).toContain(results[0]?.code);
      const open = await db.owner.query(
        "select count(*)::int as n from app_public.bookings where event_id = $1 and status in ('pending', 'paid')",
        [event],
      );
      expect(open.rows[0].n).toBe(0);
    }
  });
});

describe("line-up", () => {
  it("add_to_line_up appends; two producers appending at once get consecutive places", async () => {
    const event = await draft();
    const [a, b, c] = [await designer("A"), await designer("B"), await designer("C")];
    await as("producer", (client) => client.query("select app_public.add_to_line_up($1, $2, 'Primera')", [event, a]));
    await db.owner.query("select app_public.add_to_line_up($1, $2)", [event, a]);
    const results = await race(db, [
      {
        role: "member",
        claims: { session_id: await db.sessionFor(people.producer) },
        sql: "select show_order from app_public.add_to_line_up($1, $2)",
        params: [event, b],
      },
      {
        role: "member",
        claims: { session_id: await db.sessionFor(people.owner) },
        sql: "select show_order from app_public.add_to_line_up($1, $2)",
        params: [event, c],
      },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const { rows } = await db.owner.query(
      "select designer_id, show_order from app_public.event_designers where event_id = $1 order by show_order",
      [event],
    );
    expect(rows.map((r) => r.show_order)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((r) => r.designer_id))).toEqual(new Set([a, b, c]));
  });

  it("a designer already in the line-up is refused by the unique constraint; a viewer may not add", async () => {
    const event = await draft();
    const a = await designer();
    await db.owner.query("select app_public.add_to_line_up($1, $2)", [event, a]);
    await as("producer", async (client) => {
      const again = await client
        .query("select app_public.add_to_line_up($1, $2)", [event, a])
        .catch((error: { code: string; constraint: string }) => error);
      expect(again).toMatchObject({ code: "23505", constraint: "event_designers_event_id_designer_id_key" });
    });
    await as("viewer", async (client) => {
      expect(
        await attempt(client, "select app_public.add_to_line_up($1, $2)", [event, await designer()]),
      ).toMatchObject({ ok: false, code: "42501" });
    });
  });

  it("reorder_line_up takes exactly the line-up, in one statement (show_order is unique)", async () => {
    const event = await draft();
    const ids: string[] = [];
    for (const name of ["A", "B", "C"]) {
      const { rows } = await db.owner.query("select id from app_public.add_to_line_up($1, $2)", [
        event,
        await designer(name),
      ]);
      ids.push(rows[0].id);
    }
    const [first, second, third] = ids as [string, string, string];
    await as("producer", async (client) => {
      const { rows } = await client.query("select id, show_order from app_public.reorder_line_up($1, $2)", [
        event,
        [third, first, second],
      ]);
      expect(rows).toEqual([
        { id: third, show_order: 1 },
        { id: first, show_order: 2 },
        { id: second, show_order: 3 },
      ]);
      for (const wrong of [
        [third, first],
        [third, first, second, second],
        [third, first, randomUuid()],
      ]) {
        expect(await attempt(client, "select app_public.reorder_line_up($1, $2)", [event, wrong])).toMatchObject({
          ok: false,
          code: "CONFL",
        });
      }
    });
    await as("viewer", async (client) => {
      expect(
        await attempt(client, "select app_public.reorder_line_up($1, $2)", [event, [second, third, first]]),
      ).toMatchObject({ ok: false, code: "DNIED" });
    });
  });

  it("a designer with looks at the event stays in its line-up (HASLK); deleting the event takes both", async () => {
    const event = await draft();
    const a = await designer();
    const entry = (await db.owner.query("select id from app_public.add_to_line_up($1, $2)", [event, a])).rows[0].id;
    await db.owner.query(
      "insert into app_public.looks (event_id, designer_id, sequence, title) values ($1, $2, 1, 'Look 1')",
      [event, a],
    );
    await as("producer", async (client) => {
      const refused = await failure(client, "delete from app_public.event_designers where id = $1", [entry]);
      expect(refused).toMatchObject({ code: "HASLK", detail: "1" });
      await client.query("delete from app_public.looks where event_id = $1", [event]);
      expect(await attempt(client, "delete from app_public.event_designers where id = $1", [entry])).toMatchObject({
        ok: true,
        rowCount: 1,
      });
    });
    // (Rolled back: the look and the line-up entry are still there.)
    await as("producer", async (client) => {
      expect(await attempt(client, "delete from app_public.events where id = $1", [event])).toMatchObject({
        ok: true,
        rowCount: 1,
      });
    });
  });
});

function randomUuid(): string {
  const hex = randomBytes(16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

describe("looks", () => {
  async function showWithLooks() {
    const event = await draft();
    const [a, b] = [await designer("A"), await designer("B")];
    await db.owner.query("select app_public.add_to_line_up($1, $2)", [event, a]);
    await db.owner.query("select app_public.add_to_line_up($1, $2)", [event, b]);
    const look = async (who: string, sequence: number) =>
      (
        await db.owner.query(
          "insert into app_public.looks (event_id, designer_id, sequence, title) values ($1, $2, $3, $4) returning id",
          [event, who, sequence, `Look ${sequence}`],
        )
      ).rows[0].id as string;
    // B's looks were numbered first, A's after: out of running order.
    const b1 = await look(b, 1);
    const b2 = await look(b, 2);
    const a1 = await look(a, 3);
    const a2 = await look(a, 5);
    const a3 = await look(a, 7);
    return { event, a, b, looks: { a1, a2, a3, b1, b2 } };
  }

  const numbers = async (event: string) =>
    Object.fromEntries(
      (await db.owner.query("select title, sequence from app_public.looks where event_id = $1", [event])).rows.map(
        (r) => [r.title, r.sequence],
      ),
    );

  it("reorder_looks permutes one designer's numbers; the others keep theirs", async () => {
    const { event, a, looks } = await showWithLooks();
    await as("producer", async (client) => {
      const { rows } = await client.query("select id, sequence from app_public.reorder_looks($1, $2, $3)", [
        event,
        a,
        [looks.a3, looks.a1, looks.a2],
      ]);
      expect(rows).toEqual([
        { id: looks.a3, sequence: 3 },
        { id: looks.a1, sequence: 5 },
        { id: looks.a2, sequence: 7 },
      ]);
      expect(
        await attempt(client, "select app_public.reorder_looks($1, $2, $3)", [event, a, [looks.a3, looks.b1]]),
      ).toMatchObject({ ok: false, code: "CONFL" });
    });
    await as("casting", async (client) => {
      expect(
        await attempt(client, "select app_public.reorder_looks($1, $2, $3)", [
          event,
          a,
          [looks.a3, looks.a1, looks.a2],
        ]),
      ).toMatchObject({ ok: false, code: "DNIED" });
      expect(await attempt(client, "select app_public.renumber_looks($1)", [event])).toMatchObject({
        ok: false,
        code: "DNIED",
      });
    });
  });

  it("renumber_looks numbers the show in line-up order", async () => {
    const { event } = await showWithLooks();
    const renumbered = await db.committed("member", { session_id: await db.sessionFor(people.producer) }, (client) =>
      client.query("select app_public.renumber_looks($1)", [event]),
    );
    expect(renumbered.ok).toBe(true);
    expect(await numbers(event)).toEqual({ "Look 3": 1, "Look 5": 2, "Look 7": 3, "Look 1": 4, "Look 2": 5 });
  });

  it("a look number already used is refused by the unique constraint, named", async () => {
    const { event, a } = await showWithLooks();
    const outcome = await db.committed("member", { session_id: await db.sessionFor(people.producer) }, (client) =>
      client.query("insert into app_public.looks (event_id, designer_id, sequence, title) values ($1, $2, 3, 'Dup')", [
        event,
        a,
      ]),
    );
    expect(outcome).toMatchObject({ ok: false, code: "23505" });
    expect(outcome.message).toMatch(/looks_event_id_sequence_key/);
  });

  it("a model who is not a confirmed casting is refused with a constraint name the form can place", async () => {
    const { event, looks } = await showWithLooks();
    const talent = (
      await db.owner.query(
        `insert into app_public.talent (organization_id, full_name, division, birth_date, height_cm)
         values ($1, 'Modelo Sin Confirmar', 'women', '1998-01-01', 176) returning id`,
        [org],
      )
    ).rows[0].id;
    await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited')",
      [event, talent],
    );
    await as("producer", async (client) => {
      const refused = await client
        .query("update app_public.looks set talent_id = $2 where id = $1", [looks.a1, talent])
        .catch((error: { code: string; constraint: string }) => error);
      expect(refused).toMatchObject({ code: "INVAL", constraint: "looks_talent_confirmed" });
    });
  });
});
