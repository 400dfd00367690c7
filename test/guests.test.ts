// Guests, RSVP and seating (issue 16) against the real database: inviting a
// filtered list, RSVP links that open only their own invitation (a forged,
// reissued, cancelled or expired link reads nothing), answers against the
// guest capacity with a waitlist (real concurrent transactions), the closing
// date, seats never assigned twice (constraint, and two producers at once),
// optimistic concurrency in the seating editor, auto-seating by tier, and the
// door checking a guest in through the box office's check-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boxOffice, expectRefused } from "./helpers/box-office.ts";
import { attempt, type TestDatabase } from "./helpers/db.ts";
import { agencyWithStaff, insertGuest } from "./helpers/guests.ts";
import { unique } from "./helpers/organizations.ts";
import { type Entrant, race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;
let producer2: string;
let viewer: string;
let door: string;
let outsider: string;
let otherOrg: string;

beforeAll(async () => {
  ({
    db,
    bo,
    org,
    otherOrg,
    outsider,
    members: { producer, producer2, viewer, door },
  } = await agencyWithStaff("invitados", ["producer", "producer2", "viewer", "door"], "ajena"));
});
afterAll(async () => {
  await db?.drop();
});

interface Invitation {
  id: string;
  status: string;
  guest_id: string;
  rsvp_token: string | null;
}

async function newEvent(options: { capacity?: number | null; closesIn?: string | null; startsIn?: string } = {}) {
  const event = await bo.newEvent(org, { startsIn: options.startsIn });
  await db.owner.query(
    "update app_public.events set guest_capacity = $2, rsvp_closes_at = now() + $3::interval where id = $1",
    [event, options.capacity ?? null, options.closesIn ?? null],
  );
  return event;
}

async function newGuest(
  options: { name?: string; category?: string; tier?: string; email?: string; revoked?: boolean; orgId?: string } = {},
): Promise<string> {
  return insertGuest(db, { ...options, orgId: options.orgId ?? org, tier: options.tier ?? "B" });
}

/** invite_guests as a producer, committed, with each new invitation's token as the producer sees it. */
async function invite(
  event: string,
  options: { categories?: string[] | null; tiers?: string[] | null; plusOne?: boolean } = {},
): Promise<Invitation[]> {
  const outcome = await db.committed(
    "member",
    { session_id: await db.sessionFor(producer) },
    async (c) =>
      (
        await c.query(
          `select i.id, i.status, i.guest_id, app_public.guest_invitations_rsvp_token(i) as rsvp_token
             from app_public.invite_guests($1, $2, $3, $4) i`,
          [event, options.categories ?? null, options.tiers ?? null, options.plusOne ?? false],
        )
      ).rows as Invitation[],
  );
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value ?? [];
}

/** One guest invited to the event; returns the invitation and its token. */
async function invitedGuest(
  event: string,
  options: { plusOne?: boolean; tier?: string; category?: string } = {},
): Promise<Invitation & { token: string }> {
  const guest = await newGuest({ tier: options.tier, category: options.category });
  const { rows } = await db.owner.query(
    `insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed) values ($1, $2, $3)
     returning id, status, guest_id, app_private.rsvp_token(id, rsvp_version) as rsvp_token`,
    [event, guest, options.plusOne ?? false],
  );
  return { ...rows[0], token: rows[0].rsvp_token };
}

const RSVP = "select to_jsonb(app_public.rsvp_by_token($1)) as rsvp";
const RESPOND = "select * from app_public.respond_to_invitation($1, $2, $3, $4)";

async function rsvp(token: string) {
  return db.asAnonymous(async (c) => (await c.query(RSVP, [token])).rows[0].rsvp ?? undefined);
}

async function respond(token: string, attending: boolean, plusOne: string | null = null, notes: string | null = null) {
  return db.committed(
    "anonymous",
    {},
    async (c) => (await c.query(RESPOND, [token, attending, plusOne, notes])).rows[0],
  );
}

async function statusOf(invitation: string): Promise<string> {
  const { rows } = await db.owner.query("select status from app_public.guest_invitations where id = $1", [invitation]);
  return rows[0].status;
}

describe("inviting a filtered list", () => {
  it("invites the guests of the chosen categories and tiers once, skipping withdrawn consent", async () => {
    const event = await newEvent();
    const label = unique();
    const pressA = await newGuest({ name: `Prensa A ${label}`, category: "press", tier: "A" });
    const buyerA = await newGuest({ name: `Compradora A ${label}`, category: "buyer", tier: "A" });
    const pressC = await newGuest({ name: `Prensa C ${label}`, category: "press", tier: "C" });
    const withdrawn = await newGuest({ name: `Retirada ${label}`, category: "press", tier: "A", revoked: true });

    const first = await invite(event, { categories: ["press", "buyer"], tiers: ["A"], plusOne: true });
    const invited = first.map((i) => i.guest_id);
    expect(invited).toEqual(expect.arrayContaining([pressA, buyerA]));
    expect(invited).not.toContain(pressC);
    expect(invited).not.toContain(withdrawn);
    for (const invitation of first) {
      expect(invitation.status).toBe("invited");
      expect(invitation.rsvp_token).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    }
    // Again: nobody is invited twice; the wider filter adds only the new ones.
    expect(await invite(event, { categories: ["press", "buyer"], tiers: ["A"] })).toEqual([]);
    const wider = await invite(event, { categories: ["press"] });
    expect(wider.map((i) => i.guest_id)).toContain(pressC);
    expect(wider.map((i) => i.guest_id)).not.toContain(pressA);
  });

  it("refuses viewers, door staff and other organizations as if the event did not exist", async () => {
    const event = await newEvent();
    for (const who of [viewer, door, outsider]) {
      const result = await db.asProfile(who, (c) =>
        attempt(c, "select * from app_public.invite_guests($1, null, null, false)", [event]),
      );
      expectRefused(result, "NTFND");
    }
    const anonymous = await db.asAnonymous((c) =>
      attempt(c, "select * from app_public.invite_guests($1, null, null, false)", [event]),
    );
    expect(anonymous.ok).toBe(false);
  });

  it("shows the RSVP token only to producers: a viewer reads the list without links or contacts", async () => {
    const event = await newEvent();
    const invitation = await invitedGuest(event);
    const seen = await db.asProfile(viewer, async (c) => {
      const { rows } = await c.query(
        `select app_public.guest_invitations_rsvp_token(i) as token from app_public.guest_invitations i where i.id = $1`,
        [invitation.id],
      );
      const contacts = await c.query("select * from app_public.guest_contacts where guest_id = $1", [
        invitation.guest_id,
      ]);
      const guests = await c.query("select full_name from app_public.guests where id = $1", [invitation.guest_id]);
      return { token: rows[0]?.token, contacts: contacts.rowCount, guests: guests.rowCount };
    });
    expect(seen).toEqual({ token: null, contacts: 0, guests: 1 });
    const outsiderSees = await db.asProfile(outsider, async (c) => ({
      guests: (await c.query("select 1 from app_public.guests where organization_id = $1", [org])).rowCount,
      invitations: (await c.query("select 1 from app_public.guest_invitations where organization_id = $1", [org]))
        .rowCount,
    }));
    expect(outsiderSees).toEqual({ guests: 0, invitations: 0 });
  });
});

describe("RSVP links", () => {
  it("open their own invitation and nothing else", async () => {
    const event = await newEvent();
    const ana = await invitedGuest(event, { plusOne: true });
    const bea = await invitedGuest(event);
    const page = await rsvp(ana.token);
    expect(page.status).toBe("invited");
    expect(page.plus_one_allowed).toBe(true);
    expect(page.event_title).toBe("Bogotá Fashion Night");
    expect(page.open).toBe(true);
    expect(page.door_code).toBeNull();
    const names = await db.owner.query("select id, full_name from app_public.guests where id = any($1)", [
      [ana.guest_id, bea.guest_id],
    ]);
    const nameOf = (id: string) => names.rows.find((r) => r.id === id)?.full_name;
    expect(page.guest_name).toBe(nameOf(ana.guest_id));
    expect((await rsvp(bea.token)).guest_name).toBe(nameOf(bea.guest_id));
  });

  it("read nothing when forged, reissued, cancelled or expired", async () => {
    const event = await newEvent();
    const forged = "0".repeat(32);
    expect(await rsvp(forged)).toBeUndefined();
    expect(await rsvp("not a token")).toBeUndefined();
    // One character changed.
    const real = await invitedGuest(event);
    const flipped = (real.token[0] === "A" ? "B" : "A") + real.token.slice(1);
    expect(await rsvp(flipped)).toBeUndefined();

    // Reissued: the old link opens nothing, the new one opens the invitation.
    const reissued = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) => {
      const { rows } = await c.query(
        "select app_public.guest_invitations_rsvp_token(i) as token from app_public.reissue_rsvp_link($1) i",
        [real.id],
      );
      return rows[0].token as string;
    });
    expect(reissued.ok).toBe(true);
    expect(reissued.value).not.toBe(real.token);
    expect(await rsvp(real.token)).toBeUndefined();
    expect((await rsvp(reissued.value as string)).status).toBe("invited");
    expectRefused(await respond(real.token, true), "NTFND");

    // Cancelled by the producer.
    const cancelled = await invitedGuest(event);
    await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select app_public.cancel_guest_invitation($1)", [cancelled.id]),
    );
    expect(await rsvp(cancelled.token)).toBeUndefined();
    expectRefused(await respond(cancelled.token, true), "NTFND");

    // Expired.
    const expired = await invitedGuest(event);
    await db.owner.query(
      "update app_public.guest_invitations set rsvp_expires_at = now() - interval '1 second' where id = $1",
      [expired.id],
    );
    expect(await rsvp(expired.token)).toBeUndefined();
    expectRefused(await respond(expired.token, false), "NTFND");
  });

  it("are never stored: the table holds only hashes", async () => {
    const event = await newEvent();
    const invitation = await invitedGuest(event);
    const { rows } = await db.owner.query(
      "select t::text as row, encode(rsvp_hash, 'hex') as hash from app_public.guest_invitations t where id = $1",
      [invitation.id],
    );
    expect(rows[0].row).not.toContain(invitation.token);
    expect(rows[0].hash).toHaveLength(64);
  });
});

describe("answering", () => {
  it("accepts with a +1 and notes, gives the door code, and can change the answer", async () => {
    const event = await newEvent({ capacity: 10 });
    const invitation = await invitedGuest(event, { plusOne: true });
    const accepted = await respond(invitation.token, true, "  Juan Pérez ", "Vegetariana; silla de ruedas");
    expect(accepted.ok, accepted.message).toBe(true);
    expect(accepted.value).toMatchObject({
      status: "accepted",
      plus_one_name: "Juan Pérez",
      notes: "Vegetariana; silla de ruedas",
    });
    expect(accepted.value.door_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const declined = await respond(invitation.token, false);
    expect(declined.value).toMatchObject({ status: "declined", door_code: null });
    expect(await statusOf(invitation.id)).toBe("declined");
  });

  it("refuses a +1 the invitation does not allow, and over-long notes, changing nothing", async () => {
    const event = await newEvent();
    const invitation = await invitedGuest(event);
    expectRefused(await respond(invitation.token, true, "Colado"), "INVAL");
    expectRefused(await respond(invitation.token, true, null, "x".repeat(501)), "INVAL");
    expect(await statusOf(invitation.id)).toBe("invited");
  });

  it("honours the closing date: the page says closed and answers are refused (RSVPC)", async () => {
    const event = await newEvent({ closesIn: "-1 hour" });
    const invitation = await invitedGuest(event);
    expect((await rsvp(invitation.token)).open).toBe(false);
    expectRefused(await respond(invitation.token, true), "RSVPC");
    expect(await statusOf(invitation.id)).toBe("invited");
  });

  it("puts a party over the guest capacity on the waitlist, and moves it up when a place frees", async () => {
    const event = await newEvent({ capacity: 3 });
    const couple = await invitedGuest(event, { plusOne: true });
    const single = await invitedGuest(event);
    const late = await invitedGuest(event, { plusOne: true });
    expect((await respond(couple.token, true, "Acompañante")).value.status).toBe("accepted");
    expect((await respond(single.token, true)).value.status).toBe("accepted");
    expect((await respond(late.token, true, "Otra")).value.status).toBe("waitlist");
    // A +1 added to an accepted place that no longer fits is refused; the place is kept.
    const solo = await invitedGuest(event, { plusOne: true });
    expect((await respond(solo.token, true)).value.status).toBe("waitlist");
    // The couple declines: two places free, the waitlist's first (a party of 2) moves up.
    await respond(couple.token, false);
    expect(await statusOf(late.id)).toBe("accepted");
    expect(await statusOf(solo.id)).toBe("waitlist");
    // The single one would now bring someone: no room, refused, still accepted.
    const single2 = await db.owner.query(
      "update app_public.guest_invitations set plus_one_allowed = true where id = $1 returning id",
      [single.id],
    );
    expect(single2.rowCount).toBe(1);
    expectRefused(await respond(single.token, true, "Amiga"), "CAPAC");
    expect(await statusOf(single.id)).toBe("accepted");
  });

  describe("under concurrency (real committed transactions)", () => {
    it.each([1, 2, 3])(
      "six guests accept at once for three places: three accepted, three waitlisted (round %i)",
      async () => {
        const event = await newEvent({ capacity: 3 });
        const invitations = await Promise.all(Array.from({ length: 6 }, () => invitedGuest(event)));
        const results = await race(
          db,
          invitations.map((i): Entrant => ({ role: "anonymous", sql: RESPOND, params: [i.token, true, null, null] })),
        );
        expect(
          results.every((r) => r.ok),
          JSON.stringify(results),
        ).toBe(true);
        const statuses = results.map((r) => r.rows[0]?.status).sort();
        expect(statuses).toEqual(["accepted", "accepted", "accepted", "waitlist", "waitlist", "waitlist"]);
        const { rows } = await db.owner.query(
          "select count(*)::int as n from app_public.guest_invitations where event_id = $1 and status = 'accepted'",
          [event],
        );
        expect(rows[0].n).toBe(3);
      },
    );
  });
});

/*==========================================================================
 * Seating
 *==========================================================================*/

async function layoutWithSeats(event: string, rows: number, perRow: number): Promise<string[][]> {
  const venue = (
    await db.owner.query(
      "insert into app_public.venues (organization_id, name, city) values ($1, $2, 'Bogotá') returning id",
      [org, `Ágora ${unique()}`],
    )
  ).rows[0].id;
  const layout = (
    await db.owner.query(
      "insert into app_public.venue_layouts (venue_id, name) values ($1, 'Pasarela en T') returning id",
      [venue],
    )
  ).rows[0].id;
  await db.owner.query("update app_public.events set venue_id = $2, venue_layout_id = $3 where id = $1", [
    event,
    venue,
    layout,
  ]);
  const seats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: string[] = [];
    for (let n = 1; n <= perRow; n++) {
      const { rows: inserted } = await db.owner.query(
        `insert into app_public.seats (layout_id, section, row_label, row_index, seat_number, front_row)
         values ($1, 'Pasarela', $2, $3, $4, $3 = 1) returning id`,
        [layout, String.fromCharCode(64 + r), r, n],
      );
      row.push(inserted[0].id);
    }
    seats.push(row);
  }
  return seats;
}

const ASSIGN = "select * from app_public.assign_seat($1, $2, $3, $4, $5)";

async function assign(
  who: string,
  event: string,
  seat: string,
  invitation: string,
  expected: string | null = null,
  plusOne = false,
) {
  return db.committed("member", { session_id: await db.sessionFor(who) }, async (c) => {
    return (await c.query(ASSIGN, [event, seat, invitation, plusOne, expected])).rows[0];
  });
}

async function acceptedGuest(event: string, options: { plusOne?: string; tier?: string } = {}) {
  const invitation = await invitedGuest(event, { plusOne: Boolean(options.plusOne), tier: options.tier });
  const answer = await respond(invitation.token, true, options.plusOne ?? null);
  expect(answer.value?.status).toBe("accepted");
  return invitation;
}

describe("seating", () => {
  it("refuses, for another agency's event, an invitation of this agency: nothing read, nothing locked, nothing told (attack)", async () => {
    const event = await newEvent();
    const [[seat, free]] = (await layoutWithSeats(event, 1, 2)) as [[string, string]];
    const seated = await acceptedGuest(event);
    const unseated = await acceptedGuest(event);
    await db.owner.query(
      "insert into app_public.seat_assignments (event_id, seat_id, invitation_id) values ($1, $2, $3)",
      [event, seat, seated.id],
    );
    // The other agency's owner, on an event of its own, names this agency's invitation (and seat).
    const theirs = await bo.newEvent(otherOrg);
    const attempts = [
      await assign(outsider, theirs, seat, seated.id, seat), // "already there": answered with the row
      await assign(outsider, theirs, free, seated.id, null), // "someone moved it": tells it is seated
      await assign(outsider, theirs, free, unseated.id, null), // a foreign key error: tells it is not
    ];
    for (const outcome of attempts) expectRefused(outcome, "NTFND");
    const { rows } = await db.owner.query("select seat_id from app_public.seat_assignments where event_id = $1", [
      event,
    ]);
    expect(rows).toEqual([{ seat_id: seat }]);
  });

  it("never assigns a seat twice: the constraint refuses a second guest on it", async () => {
    const event = await newEvent();
    const [[seat]] = (await layoutWithSeats(event, 1, 1)) as [[string]];
    const first = await acceptedGuest(event);
    const second = await acceptedGuest(event);
    await db.owner.query(
      "insert into app_public.seat_assignments (event_id, seat_id, invitation_id) values ($1, $2, $3)",
      [event, seat, first.id],
    );
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const twice = await attempt(
        client,
        "insert into app_public.seat_assignments (event_id, seat_id, invitation_id) values ($1, $2, $3)",
        [event, seat, second.id],
      );
      expect(twice.code).toBe("23505");
      expect(twice.message).toContain("seat_assignments_seat_once");
    } finally {
      await client.query("rollback");
      client.release();
    }
  });

  it.each([1, 2, 3])(
    "two producers drop different guests on the same seat at once: one wins, the other is told (round %i)",
    async () => {
      const event = await newEvent();
      const [[seat]] = (await layoutWithSeats(event, 1, 2)) as [[string]];
      const a = await acceptedGuest(event);
      const b = await acceptedGuest(event);
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: ASSIGN,
          params: [event, seat, a.id, false, null],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer2) },
          sql: ASSIGN,
          params: [event, seat, b.id, false, null],
        },
      ]);
      expect(
        results.filter((r) => r.ok),
        JSON.stringify(results),
      ).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(["MOVED"]);
      const { rows } = await db.owner.query(
        "select count(*)::int as n from app_public.seat_assignments where seat_id = $1",
        [seat],
      );
      expect(rows[0].n).toBe(1);
    },
  );

  it.each([1, 2])(
    "two producers move the same guest at once from where they saw it: one move wins, nothing is lost (round %i)",
    async () => {
      const event = await newEvent();
      const [[s1, s2, s3]] = (await layoutWithSeats(event, 1, 3)) as [[string, string, string]];
      const guest = await acceptedGuest(event);
      expect((await assign(producer, event, s1, guest.id)).ok).toBe(true);
      const results = await race(db, [
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: ASSIGN,
          params: [event, s2, guest.id, false, s1],
        },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer2) },
          sql: ASSIGN,
          params: [event, s3, guest.id, false, s1],
        },
      ]);
      expect(
        results.filter((r) => r.ok),
        JSON.stringify(results),
      ).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(["MOVED"]);
      const { rows } = await db.owner.query(
        "select seat_id from app_public.seat_assignments where invitation_id = $1",
        [guest.id],
      );
      expect(rows).toHaveLength(1);
      expect([s2, s3]).toContain(rows[0].seat_id);
    },
  );

  it("refuses a stale move (someone moved this) and a guest who is not coming, changing nothing", async () => {
    const event = await newEvent();
    const [[s1, s2]] = (await layoutWithSeats(event, 1, 2)) as [[string, string]];
    const guest = await acceptedGuest(event);
    expect((await assign(producer, event, s1, guest.id)).ok).toBe(true);
    // The editor still thinks the guest is unseated.
    expectRefused(await assign(producer2, event, s2, guest.id, null), "MOVED");
    const invited = await invitedGuest(event);
    expectRefused(await assign(producer, event, s2, invited.id), "INVAL");
    expectRefused(await assign(producer, event, s2, guest.id, null, true), "INVAL");
    // Unassigning what someone else changed meanwhile is refused too.
    const stale = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select * from app_public.unassign_seat($1, $2, $3)", [event, s1, invited.id]),
    );
    expectRefused(stale, "MOVED");
    const { rows } = await db.owner.query("select seat_id from app_public.seat_assignments where invitation_id = $1", [
      guest.id,
    ]);
    expect(rows.map((r) => r.seat_id)).toEqual([s1]);
  });

  it("auto-seats tier A in the front row, +1s next to their guest, keeping existing seats", async () => {
    const event = await newEvent();
    const seats = await layoutWithSeats(event, 2, 3);
    const front = new Set(seats[0]);
    const c1 = await acceptedGuest(event, { tier: "C" });
    const a1 = await acceptedGuest(event, { tier: "A", plusOne: "Acompañante" });
    const b1 = await acceptedGuest(event, { tier: "B" });
    const placed = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) =>
      Number((await c.query("select app_public.auto_seat($1) as n", [event])).rows[0].n),
    );
    expect(placed.value).toBe(4);
    const { rows } = await db.owner.query(
      "select invitation_id, plus_one, seat_id from app_public.seat_assignments where event_id = $1",
      [event],
    );
    const seatOf = (inv: string, plusOne = false) =>
      rows.find((r) => r.invitation_id === inv && r.plus_one === plusOne)?.seat_id;
    expect(front.has(seatOf(a1.id))).toBe(true);
    expect(front.has(seatOf(a1.id, true))).toBe(true);
    expect(front.has(seatOf(b1.id))).toBe(true);
    expect(front.has(seatOf(c1.id))).toBe(false);
    const again = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) =>
      Number((await c.query("select app_public.auto_seat($1) as n", [event])).rows[0].n),
    );
    expect(again.value).toBe(0);
    // The guest's RSVP page shows the seats.
    const page = await rsvp(a1.token);
    expect(page.seat_labels).toHaveLength(2);
    expect(page.seat_labels[0]).toMatch(/^Pasarela · A \d$/);
  });
});

/*==========================================================================
 * The door
 *==========================================================================*/

const CHECK_IN = "select * from app_public.check_in_ticket($1, $2, $3, null, 'device-g')";

async function scan(who: string, code: string, event: string | null) {
  const outcome = await db.committed("member", { session_id: await db.sessionFor(who) }, async (c) => {
    return (await c.query(CHECK_IN, [code, "Puerta VIP", event])).rows[0];
  });
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

describe("the door", () => {
  it("checks an accepted guest's party in once with the box office's check-in, showing category and seats", async () => {
    const event = await newEvent();
    const [[seat]] = (await layoutWithSeats(event, 1, 2)) as [[string]];
    const guest = await acceptedGuest(event, { tier: "A", plusOne: "Juan" });
    expect((await assign(producer, event, seat, guest.id)).ok).toBe(true);
    const code = (await rsvp(guest.token)).door_code as string;
    const first = await scan(door, code, event);
    expect(first).toMatchObject({
      outcome: "checked_in",
      invitation_id: guest.id,
      ticket_id: null,
      seats: 2,
      guest_category: "press",
      guest_tier: "A",
      seat_labels: ["Pasarela · A 1"],
      checked_in_gate: "Puerta VIP",
    });
    expect(first.holder_name).toContain("+ Juan");
    const second = await scan(door, code, event);
    expect(second).toMatchObject({ outcome: "already_checked_in", checked_in_gate: "Puerta VIP" });
    const { rows } = await db.owner.query(
      "select action from app_public.ticket_check_ins where invitation_id = $1 order by recorded_at",
      [guest.id],
    );
    expect(rows.map((r) => r.action)).toEqual(["check_in", "duplicate"]);
    const report = await db.asProfile(
      viewer,
      async (c) => (await c.query("select * from app_public.guest_report($1)", [event])).rows,
    );
    expect(report.find((r) => r.category === null)).toMatchObject({ invited: 1, accepted: 1, attended: 1 });
  });

  it("refuses a declined guest, another event's guest, and answers not_found to another organization's door", async () => {
    const event = await newEvent();
    const other = await newEvent();
    const declined = await invitedGuest(event);
    await respond(declined.token, true);
    const code = (await rsvp(declined.token)).door_code as string;
    await respond(declined.token, false);
    expect((await scan(door, code, event)).outcome).toBe("not_valid");
    const elsewhere = await acceptedGuest(other);
    const otherCode = (await rsvp(elsewhere.token)).door_code as string;
    expect((await scan(door, otherCode, event)).outcome).toBe("wrong_event");
    const otherDoor = await bo.addMember(otherOrg, "door", "other-door");
    expect((await scan(otherDoor, otherCode, null)).outcome).toBe("not_found");
    const { rows } = await db.owner.query("select checked_in_at from app_public.guest_invitations where id = $1", [
      elsewhere.id,
    ]);
    expect(rows[0].checked_in_at).toBeNull();
  });
});

describe("a cancelled event closes its guest list", () => {
  const cancel = async (event: string) => {
    const done = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select status from app_public.cancel_event($1)", [event]),
    );
    expect(done.ok, done.message).toBe(true);
  };

  it("cancels open invitations, frees seats, and then refuses answers, invitations and the door", async () => {
    const event = await newEvent({ capacity: 1 });
    const [[seat]] = (await layoutWithSeats(event, 1, 1)) as [[string]];
    const accepted = await acceptedGuest(event);
    expect((await assign(producer, event, seat, accepted.id)).ok).toBe(true);
    const code = (await rsvp(accepted.token)).door_code as string;
    const invited = await invitedGuest(event);
    const waiting = await invitedGuest(event);
    expect((await respond(waiting.token, true)).value?.status).toBe("waitlist");
    const declined = await invitedGuest(event);
    await respond(declined.token, false);

    await cancel(event);
    expect(await statusOf(accepted.id)).toBe("cancelled");
    expect(await statusOf(invited.id)).toBe("cancelled");
    expect(await statusOf(waiting.id)).toBe("cancelled");
    expect(await statusOf(declined.id)).toBe("declined");
    const { rows: seats } = await db.owner.query("select 1 from app_public.seat_assignments where event_id = $1", [
      event,
    ]);
    expect(seats).toEqual([]);
    // The link still opens, to say so; it takes no answer.
    expect(await rsvp(invited.token)).toMatchObject({ status: "cancelled", open: false, door_code: null });
    expectRefused(await respond(invited.token, true), "EVCAN");
    expect(await statusOf(invited.id)).toBe("cancelled");
    // No invitation can be added; the door refuses the guest who had accepted.
    const outcome = await db.committed("member", { session_id: await db.sessionFor(producer) }, (c) =>
      c.query("select * from app_public.invite_guests($1)", [event]),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe("EVCAN");
    await expect(
      db.owner.query("insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2)", [
        event,
        await newGuest(),
      ]),
    ).rejects.toMatchObject({ code: "EVCAN" });
    expect((await scan(door, code, event)).outcome).toBe("not_valid");
  });

  it("an answer racing the cancellation: whichever commits first, nobody stays accepted", async () => {
    for (let round = 0; round < 3; round++) {
      const event = await newEvent();
      const invitation = await invitedGuest(event);
      const results = await race(db, [
        { role: "anonymous", sql: RESPOND, params: [invitation.token, true, null, null] },
        {
          role: "member",
          claims: { session_id: await db.sessionFor(producer) },
          sql: "select status from app_public.cancel_event($1)",
          params: [event],
        },
      ]);
      expect(results[1]?.ok, results[1]?.message).toBe(true);
      if (!results[0]?.ok) expect(results[0]?.code).toBe("EVCAN");
      expect(await statusOf(invitation.id)).toBe("cancelled");
    }
  });
});

/*==========================================================================
 * Import and layouts
 *==========================================================================*/

describe("importing guests from a CSV", () => {
  const IMPORT = "select (r).imported, (r).merged, (r).errors from (select app_public.import_guests($1, $2, $3) r) s";

  async function importRows(rows: unknown[], who = producer) {
    return db.committed("member", { session_id: await db.sessionFor(who) }, async (c) => {
      return (await c.query(IMPORT, [org, JSON.stringify(rows), "Lista de prensa BAM 2026"])).rows[0];
    });
  }

  async function countGuests(): Promise<number> {
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_public.guests where organization_id = $1",
      [org],
    );
    return rows[0].n;
  }

  it("imports nothing when any row fails, and lists the errors per row", async () => {
    const before = await countGuests();
    const outcome = await importRows([
      { fullName: "Laura Restrepo", email: "laura@example.com", category: "Prensa", tier: "A" },
      { fullName: "", email: "sin-nombre@example.com" },
      { fullName: "Pedro Díaz", email: "no-es-un-correo", category: "marciano", tier: "Z", phone: "abc" },
    ]);
    expect(outcome.ok, outcome.message).toBe(true);
    expect(outcome.value).toMatchObject({ imported: 0, merged: 0 });
    expect(outcome.value.errors).toEqual([
      { row: 2, column: "fullName", code: "required" },
      { row: 3, column: "category", code: "invalid_category" },
      { row: 3, column: "tier", code: "invalid_tier" },
      { row: 3, column: "email", code: "invalid_email" },
      { row: 3, column: "phone", code: "invalid_phone" },
    ]);
    expect(await countGuests()).toBe(before);
  });

  it("imports valid rows, merges duplicates by email (in the list and in the file), records consent", async () => {
    const existing = await newGuest({
      name: "Ana Vieja",
      category: "buyer",
      tier: "C",
      email: "ana.merge@example.com",
    });
    const before = await countGuests();
    const outcome = await importRows([
      { fullName: "Ana María Gómez", email: "ANA.MERGE@example.com", tier: "A", consent: true },
      {
        fullName: "Julián Torres",
        email: "julian@example.com",
        category: "estilista",
        phone: "+57 310 555 0000",
        consent: true,
      },
      { fullName: "Julián Torres Mejía", email: "julian@example.com", outlet: "Studio F" },
      { fullName: "Sin Correo", category: "influenciadora" },
    ]);
    expect(outcome.value).toMatchObject({ imported: 2, merged: 2, errors: [] });
    expect(await countGuests()).toBe(before + 2);
    const { rows } = await db.owner.query(
      `select g.id, g.full_name, g.outlet, g.category, g.tier, g.consent_source, c.email::text, c.phone
         from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
        where g.organization_id = $1 and (c.email in ('ana.merge@example.com', 'julian@example.com') or g.full_name = 'Sin Correo')
        order by g.full_name`,
      [org],
    );
    expect(rows).toMatchObject([
      { id: existing, full_name: "Ana María Gómez", category: "buyer", tier: "A", email: "ana.merge@example.com" },
      {
        full_name: "Julián Torres Mejía",
        outlet: "Studio F",
        category: "stylist",
        phone: "+57 310 555 0000",
        consent_source: "Lista de prensa BAM 2026",
      },
      { full_name: "Sin Correo", category: "influencer", tier: "B", email: null },
    ]);
  });

  it("is for producers only: a viewer and another organization are refused, nothing written", async () => {
    const before = await countGuests();
    expectRefused(await importRows([{ fullName: "Intrusa" }], viewer), "NTFND");
    expectRefused(await importRows([{ fullName: "Intrusa" }], outsider), "NTFND");
    expect(await countGuests()).toBe(before);
  });
});

describe("drawing a layout", () => {
  it("adds rows of seats labelled A, B, … with the front rows flagged, continuing a section", async () => {
    const venue = (
      await db.owner.query(
        "insert into app_public.venues (organization_id, name, city) values ($1, 'Bodega', 'Cali') returning id",
        [org],
      )
    ).rows[0].id;
    const layout = (
      await db.owner.query(
        "insert into app_public.venue_layouts (venue_id, name) values ($1, 'Frontal') returning id",
        [venue],
      )
    ).rows[0].id;
    const add = async (section: string, rowsCount: number, perRow: number, front: number) =>
      db.committed(
        "member",
        { session_id: await db.sessionFor(producer) },
        async (c) =>
          (
            await c.query(
              "select row_label, seat_number, front_row from app_public.add_seat_rows($1, $2, $3, $4, $5)",
              [layout, section, rowsCount, perRow, front],
            )
          ).rows,
      );
    const first = await add("Centro", 2, 3, 1);
    expect(first.value).toHaveLength(6);
    expect(first.value?.filter((s) => s.front_row).map((s) => s.row_label)).toEqual(["A", "A", "A"]);
    const more = await add("Centro", 1, 2, 0);
    expect(more.value?.map((s) => `${s.row_label}${s.seat_number}`)).toEqual(["C1", "C2"]);
    expectRefused(await add("Centro", 30, 2, 0), "INVAL");
    const viewerTry = await db.committed("member", { session_id: await db.sessionFor(viewer) }, (c) =>
      c.query("select * from app_public.add_seat_rows($1, 'X', 1, 1, 0)", [layout]),
    );
    expectRefused(viewerTry, "NTFND");
  });
});
