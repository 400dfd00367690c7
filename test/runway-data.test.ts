// Runway Timing data (issue 17) in a real PostgreSQL: a look's model is a
// confirmed casting of its event, fixed positions are unique, solved schedules
// turn stale (saying what broke) when a look, a model, the line-up or a time
// changes, the slots' computed run-of-show fields, and the solver's input
// loader, whose JSON the solver accepts as is.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRunOfShow, runOf } from "../shared/runway/checker.ts";
import { runwayShowSchema } from "../shared/runway/show.ts";
import { solveRunway } from "../tasks/runway/solver.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember, unique } from "./helpers/organizations.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;

interface Show {
  organizationId: string;
  eventId: string;
  designers: string[];
  talent: Record<string, string>;
  looks: string[];
  scheduleId: string;
  producer: string;
  casting: string;
  viewer: string;
}

/** An organization with an event, two designers in the line-up, castings and a schedule, written as the owner. */
async function newShow(): Promise<Show> {
  const q = async (sql: string, params: unknown[]) => (await db.owner.query(sql, params)).rows[0]?.id as string;
  const organizationId = await q("insert into app_public.organizations (name, slug) values ($1, $2) returning id", [
    "Runway Org",
    `runway-${unique()}`,
  ]);
  const eventId = await q(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     values ($1, 'Pasarela', $2, '2027-03-10 20:00-05', '2027-03-10 23:00-05', 'draft') returning id`,
    [organizationId, `pasarela-${unique()}`],
  );
  const designers: string[] = [];
  for (const [i, name] of ["Amelia", "Bruno"].entries()) {
    const d = await q("insert into app_public.designers (organization_id, name) values ($1, $2) returning id", [
      organizationId,
      name,
    ]);
    await db.owner.query(
      "insert into app_public.event_designers (event_id, designer_id, show_order) values ($1, $2, $3)",
      [eventId, d, i + 1],
    );
    designers.push(d);
  }
  const talent: Record<string, string> = {};
  for (const [name, status, division] of [
    ["Ana", "confirmed", "women"],
    ["Bea", "confirmed", "women"],
    ["Cami", "suggested", "women"],
    ["Dani", "backup", "women"],
    ["Eva", "backup", "women"],
  ] as const) {
    const t = await q(
      `insert into app_public.talent (organization_id, full_name, division, height_cm) values ($1, $2, $3, 175) returning id`,
      [organizationId, name, division],
    );
    await db.owner.query("insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, $3)", [
      eventId,
      t,
      status,
    ]);
    talent[name] = t;
  }
  // Eva is on hold during the show: not a candidate.
  await db.owner.query(
    "insert into app_public.talent_availability (talent_id, period, kind) values ($1, tstzrange('2027-03-10 18:00-05', '2027-03-11 02:00-05'), 'hold')",
    [talent.Eva],
  );
  const looks: string[] = [];
  for (const [i, [designer, model, change, fixed]] of (
    [
      [0, "Ana", 2, "opening"],
      [0, "Bea", 2, null],
      [1, "Ana", 1, null],
      [1, "Bea", 1, "closing"],
    ] as const
  ).entries()) {
    looks.push(
      await q(
        `insert into app_public.looks (event_id, designer_id, sequence, title, change_minutes, talent_id, fixed_position)
         values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [eventId, designers[designer], i + 1, `Look ${i + 1}`, change, talent[model], fixed],
      ),
    );
  }
  const scheduleId = await q(
    "insert into app_public.runway_schedules (event_id, starts_at, gap_seconds, change_buffer_minutes) values ($1, '2027-03-10 20:30-05', 10, 0) returning id",
    [eventId],
  );
  return {
    organizationId,
    eventId,
    designers,
    talent,
    looks,
    scheduleId,
    producer: await newMember(db, organizationId, "producer"),
    casting: await newMember(db, organizationId, "casting"),
    viewer: await newMember(db, organizationId, "viewer"),
  };
}

async function markSolved(scheduleId: string) {
  await db.owner.query(
    "update app_public.runway_schedules set solved_at = now(), solver_status = 'optimal', stale_at = null, stale_reasons = '[]' where id = $1",
    [scheduleId],
  );
}

async function staleOf(scheduleId: string) {
  const { rows } = await db.owner.query(
    "select stale_at, stale_reasons from app_public.runway_schedules where id = $1",
    [scheduleId],
  );
  return rows[0] as { stale_at: Date | null; stale_reasons: Record<string, unknown>[] };
}

async function committedAs<T>(profileId: string, fn: (client: pg.PoolClient) => Promise<T>) {
  return db.committed("member", { session_id: await db.sessionFor(profileId) }, fn);
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("a look's model", () => {
  it("must be a confirmed casting of the look's event", async () => {
    const show = await newShow();
    const other = await newShow();
    await db.asProfile(show.producer, async (client) => {
      const set = (talentId: string) =>
        attempt(client, "update app_public.looks set talent_id = $1 where id = $2", [talentId, show.looks[1]]);
      expect(await set(show.talent.Cami as string)).toMatchObject({ ok: false, code: "INVAL" }); // suggested
      expect(await set(show.talent.Dani as string)).toMatchObject({ ok: false, code: "INVAL" }); // backup
      // Someone cast for another event only: not a casting of this one (foreign key).
      expect(await set(other.talent.Ana as string)).toMatchObject({ ok: false, code: "INVAL" });
      expect(await set(show.talent.Ana as string)).toMatchObject({ ok: true, rowCount: 1 });
      const insert = await attempt(
        client,
        "insert into app_public.looks (event_id, designer_id, sequence, title, talent_id) values ($1, $2, 9, 'Nuevo', $3)",
        [show.eventId, show.designers[0], show.talent.Cami],
      );
      expect(insert).toMatchObject({ ok: false, code: "INVAL" });
    });
  });

  it("a declined model keeps the look (it is a fact) and a deleted casting leaves it without a model", async () => {
    const show = await newShow();
    await db.owner.query("update app_public.model_castings set status = 'declined' where talent_id = $1", [
      show.talent.Bea,
    ]);
    const { rows } = await db.owner.query("select count(*)::int as n from app_public.looks where talent_id = $1", [
      show.talent.Bea,
    ]);
    expect(rows[0].n).toBe(2);
    await db.owner.query("delete from app_public.model_castings where talent_id = $1", [show.talent.Bea]);
    const after = await db.owner.query("select talent_id from app_public.looks where id = $1", [show.looks[1]]);
    expect(after.rows[0].talent_id).toBeNull();
  });

  it("one opening and one closing per designer, one finale per show, checked at commit", async () => {
    const show = await newShow();
    const second = await committedAs(show.producer, (client) =>
      client.query("update app_public.looks set fixed_position = 'opening' where id = $1", [show.looks[1]]),
    );
    expect(second).toMatchObject({ ok: false, code: "23P01" });
    // Moving the opening from one look to another in one transaction is fine.
    const moved = await committedAs(show.producer, async (client) => {
      await client.query("update app_public.looks set fixed_position = 'opening' where id = $1", [show.looks[1]]);
      await client.query("update app_public.looks set fixed_position = null where id = $1", [show.looks[0]]);
    });
    expect(moved.ok).toBe(true);
    const finales = await committedAs(show.producer, (client) =>
      client.query("update app_public.looks set fixed_position = 'finale' where id = any($1::uuid[])", [
        [show.looks[2], show.looks[3]],
      ]),
    );
    expect(finales).toMatchObject({ ok: false, code: "23P01" });
  });
});

describe("a look's model against a concurrent decline (attack-report L4, real transactions)", () => {
  /** A transaction as the API opens one for the profile, left open. */
  async function open(profile: string): Promise<pg.PoolClient> {
    const session = await db.sessionFor(profile);
    const client = await db.authenticator.connect();
    await client.query("begin");
    await client.query(`set local role ${client.escapeIdentifier(db.settings.roles.member)}`);
    await client.query("select set_config('jwt.claims.session_id', $1, true)", [session]);
    return client;
  }

  /** Waits until the client's backend waits for a lock (bounded). */
  async function waitUntilBlocked(client: pg.PoolClient) {
    const pid = (client as unknown as { processID: number }).processID;
    for (let i = 0; i < 400; i++) {
      const { rows } = await db.owner.query(
        "select exists (select 1 from pg_locks where pid = $1 and not granted) as waiting",
        [pid],
      );
      if (rows[0].waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the second transaction never waited for the first one's lock");
  }

  /** A show with a solved schedule and a confirmed model who walks nothing yet. */
  async function setUp() {
    const show = await newShow();
    await markSolved(show.scheduleId);
    const fer = (
      await db.owner.query(
        "insert into app_public.talent (organization_id, full_name, division, height_cm) values ($1, 'Fer', 'women', 176) returning id",
        [show.organizationId],
      )
    ).rows[0].id as string;
    const casting = (
      await db.owner.query(
        "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'confirmed') returning id",
        [show.eventId, fer],
      )
    ).rows[0].id as string;
    return { show, fer, casting };
  }

  const ASSIGN = "update app_public.looks set talent_id = $1 where id = $2";
  // Casting staff decline through the mutation, or write the row directly (they may: the report's script did).
  const DECLINE = "select app_public.update_casting_status($1, 'declined')";
  const DECLINE_DIRECTLY = "update app_public.model_castings set status = 'declined' where id = $1";

  /** After both transactions: a look never ends with a declined model unless its run of show says so. */
  async function expectConsistent(show: Show, fer: string) {
    const look = (await db.owner.query("select talent_id from app_public.looks where id = $1", [show.looks[0]]))
      .rows[0];
    const status = (
      await db.owner.query("select status from app_public.model_castings where event_id = $1 and talent_id = $2", [
        show.eventId,
        fer,
      ])
    ).rows[0].status;
    expect(status).toBe("declined");
    if (look.talent_id === fer) {
      expect((await staleOf(show.scheduleId)).stale_reasons).toContainEqual(
        expect.objectContaining({ kind: "model_unavailable", talentId: fer, lookIds: [show.looks[0]] }),
      );
    } else {
      expect(look.talent_id).toBe(show.talent.Ana);
    }
  }

  it("the producer assigns first: the decline waits, then marks the run of show stale naming the look", async () => {
    const { show, fer, casting } = await setUp();
    const producer = await open(show.producer);
    const staff = await open(show.casting);
    try {
      expect((await producer.query(ASSIGN, [fer, show.looks[0]])).rowCount).toBe(1);
      const decline = staff.query(DECLINE_DIRECTLY, [casting]);
      // The decline waits for the producer's share lock on the casting.
      await waitUntilBlocked(staff);
      await producer.query("commit");
      await decline;
      await staff.query("commit");
    } finally {
      producer.release();
      staff.release();
    }
    await expectConsistent(show, fer);
    expect(
      (await db.owner.query("select talent_id from app_public.looks where id = $1", [show.looks[0]])).rows[0].talent_id,
    ).toBe(fer);
  });

  it("the decline goes first: the assignment waits, then sees the decline and is refused (INVAL)", async () => {
    const { show, fer, casting } = await setUp();
    const producer = await open(show.producer);
    const staff = await open(show.casting);
    let assigned: { code?: string } = {};
    try {
      await staff.query(DECLINE, [casting]);
      const assignment = producer.query(ASSIGN, [fer, show.looks[0]]).then(
        () => ({}),
        (error: { code?: string }) => ({ code: error.code }),
      );
      await waitUntilBlocked(producer);
      await staff.query("commit");
      assigned = await assignment;
      await producer.query(assigned.code ? "rollback" : "commit");
    } finally {
      producer.release();
      staff.release();
    }
    expect(assigned.code).toBe("INVAL");
    await expectConsistent(show, fer);
  });

  for (const round of [1, 2, 3]) {
    it(`both at the same moment: never a look with a declined model the run of show does not know about (round ${round})`, async () => {
      const { show, fer, casting } = await setUp();
      const [producerSession, castingSession] = [await db.sessionFor(show.producer), await db.sessionFor(show.casting)];
      await race(db, [
        { role: "member", claims: { session_id: producerSession }, sql: ASSIGN, params: [fer, show.looks[0]] },
        {
          role: "member",
          claims: { session_id: castingSession },
          sql: round % 2 ? DECLINE_DIRECTLY : DECLINE,
          params: [casting],
        },
      ]);
      await expectConsistent(show, fer);
    });
  }
});

describe("stale schedules", () => {
  it("a look changed after solving marks the schedule stale with the look and the fields", async () => {
    const show = await newShow();
    await markSolved(show.scheduleId);
    const result = await committedAs(show.producer, async (client) => {
      await client.query("update app_public.looks set title = 'Solo el título' where id = $1", [show.looks[0]]);
    });
    expect(result.ok).toBe(true);
    expect((await staleOf(show.scheduleId)).stale_at).toBeNull(); // a title does not break the run of show
    await committedAs(show.producer, (client) =>
      client.query("update app_public.looks set change_minutes = 6, talent_id = $2 where id = $1", [
        show.looks[1],
        show.talent.Ana,
      ]),
    );
    const stale = await staleOf(show.scheduleId);
    expect(stale.stale_at).not.toBeNull();
    expect(stale.stale_reasons).toEqual([
      expect.objectContaining({
        kind: "look_changed",
        lookId: show.looks[1],
        fields: ["talentId", "changeMinutes"],
        talentId: show.talent.Ana,
        previousTalentId: show.talent.Bea,
      }),
    ]);
  });

  it("a model who stops being confirmed marks it stale naming their looks, even when casting staff make the change", async () => {
    const show = await newShow();
    await markSolved(show.scheduleId);
    const casting = await db.owner.query("select id from app_public.model_castings where talent_id = $1", [
      show.talent.Ana,
    ]);
    const result = await committedAs(show.casting, (client) =>
      client.query("select app_public.update_casting_status($1, 'declined')", [casting.rows[0].id]),
    );
    expect(result.ok).toBe(true);
    expect((await staleOf(show.scheduleId)).stale_reasons).toEqual([
      expect.objectContaining({
        kind: "model_unavailable",
        talentId: show.talent.Ana,
        status: "declined",
        lookIds: [show.looks[0], show.looks[2]],
      }),
    ]);
  });

  it("a time or a setting changed after solving, looks added or removed, the line-up moved", async () => {
    const show = await newShow();
    await markSolved(show.scheduleId);
    await committedAs(show.producer, async (client) => {
      await client.query(
        "update app_public.runway_schedules set starts_at = starts_at + interval '15 minutes', gap_seconds = 20 where id = $1",
        [show.scheduleId],
      );
      await client.query("delete from app_public.looks where id = $1", [show.looks[3]]);
      await client.query("update app_public.event_designers set show_order = 3 - show_order where event_id = $1", [
        show.eventId,
      ]);
    });
    const kinds = (await staleOf(show.scheduleId)).stale_reasons.map((r) => [r.kind, r.fields ?? null]);
    expect(kinds).toEqual([
      ["settings_changed", ["startsAt", "gapSeconds"]],
      ["look_removed", null],
      ["line_up_changed", null],
      ["line_up_changed", null],
    ]);
  });

  it("keeps at most 50 reasons, and neither unsolved schedules nor the solver's own write turn stale", async () => {
    const show = await newShow();
    await committedAs(show.producer, (client) =>
      client.query("update app_public.looks set change_minutes = 3 where id = $1", [show.looks[0]]),
    );
    expect((await staleOf(show.scheduleId)).stale_at).toBeNull(); // never solved
    await markSolved(show.scheduleId);
    expect((await staleOf(show.scheduleId)).stale_at).toBeNull();
    for (let i = 0; i < 60; i++)
      await db.owner.query("update app_public.looks set change_minutes = $2 where id = $1", [show.looks[0], i % 10]);
    const stale = await staleOf(show.scheduleId);
    expect(stale.stale_reasons).toHaveLength(50);
    // Oldest dropped first: the last reason is the last change.
    expect(stale.stale_reasons.at(-1)).toMatchObject({ kind: "look_changed", lookId: show.looks[0] });
  });

  it("members cannot write the solver's columns; viewers cannot change settings", async () => {
    const show = await newShow();
    await db.asProfile(show.producer, async (client) => {
      const r = await attempt(client, "update app_public.runway_schedules set solved_at = now() where id = $1", [
        show.scheduleId,
      ]);
      expect(r).toMatchObject({ ok: false, code: "42501" });
      const ok = await attempt(client, "update app_public.runway_schedules set block_order = 'free' where id = $1", [
        show.scheduleId,
      ]);
      expect(ok).toMatchObject({ ok: true, rowCount: 1 });
    });
    await db.asProfile(show.viewer, async (client) => {
      const r = await attempt(client, "update app_public.runway_schedules set gap_seconds = 30 where id = $1", [
        show.scheduleId,
      ]);
      expect(r.rowCount).toBe(0);
    });
  });
});

describe("run-of-show fields of a slot", () => {
  it("planned clock time, seconds since the model's last walk and the change it needs", async () => {
    const show = await newShow();
    const slots = [
      [1, 0, "Ana", 0],
      [2, 1, "Bea", 50],
      [3, 2, "Ana", 100],
      [4, 3, "Bea", 150],
    ] as const;
    for (const [sequence, look, model, offset] of slots)
      await db.owner.query(
        `insert into app_public.runway_slots (schedule_id, sequence, look_id, talent_id, walk_starts_at, walk_seconds)
         values ($1, $2, $3, $4, make_interval(secs => $5), 40)`,
        [show.scheduleId, sequence, show.looks[look], show.talent[model], offset],
      );
    await db.asProfile(show.viewer, async (client) => {
      const { rows } = await client.query(
        `select s.sequence,
                app_public.runway_slots_planned_at(s) at time zone 'America/Bogota' as bogota,
                app_public.runway_slots_since_last_walk_seconds(s) as since,
                app_public.runway_slots_required_change_seconds(s) as needs
           from app_public.runway_slots s where s.schedule_id = $1 order by s.sequence`,
        [show.scheduleId],
      );
      expect(rows.map((r) => [r.sequence, r.since, r.needs])).toEqual([
        [1, null, null],
        [2, null, null],
        [3, 60, 60], // Ana: 0–40, then 100: 60 s; look 3 needs 1 min (+ 0 buffer)
        [4, 60, 60],
      ]);
      expect(rows[0].bogota.toISOString().slice(0, 16)).toBe("2027-03-10T20:30");
    });
  });
});

describe("app_private.runway_solver_input", () => {
  it("gives the solver everything it needs, which it solves as is", async () => {
    const show = await newShow();
    const { rows } = await db.owner.query("select app_private.runway_solver_input($1) as input", [show.scheduleId]);
    const input = rows[0].input;
    expect(input).toMatchObject({
      scheduleId: show.scheduleId,
      eventId: show.eventId,
      organizationId: show.organizationId,
    });
    const parsed = runwayShowSchema.parse(input);
    expect(parsed.looks.map((l) => l.id)).toEqual(show.looks);
    expect(parsed.designers.map((d) => d.name)).toEqual(["Amelia", "Bruno"]);
    // Confirmed models and available backups; not the suggested one nor the backup on hold.
    expect(parsed.models.map((m) => [m.name, m.status])).toEqual([
      ["Ana", "confirmed"],
      ["Bea", "confirmed"],
      ["Dani", "backup"],
    ]);
    expect(JSON.stringify(input)).not.toMatch(/email|phone|whatsapp/i);
    expect(parsed.settings).toEqual({
      gapSeconds: 10,
      defaultWalkSeconds: 40,
      changeBufferMinutes: 0,
      noBackToBack: true,
      blockOrder: "fixed",
      finaleSeconds: 90,
    });
    const result = await solveRunway(parsed);
    expect(result.status).toBe("optimal");
    if (result.status !== "optimal") return;
    expect(checkRunOfShow(parsed, runOf(result.slots), result.slots).violations).toEqual([]);
  });

  it("is not callable by request roles", async () => {
    const show = await newShow();
    await db.asProfile(show.producer, async (client) => {
      const r = await attempt(client, "select app_private.runway_solver_input($1)", [show.scheduleId]);
      expect(r).toMatchObject({ ok: false, code: "42501" });
    });
  });
});
