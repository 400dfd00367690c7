// Guests, second pass (migration 000021) against the real database:
//  * save_guest adds and edits one guest with their contact in one statement,
//    refusing bad values by constraint (the dashboard shows them by field)
//    and recording or withdrawing consent as Ley 1581 asks;
//  * erase_guest erases a guest with their invitations and seats;
//  * places freed by any path go to the waitlist: a decline was the only one;
//    now also deleting an accepted invitation or its guest (plain API deletes
//    included), taking a +1 away, and raising the guest capacity — and with
//    real concurrent transactions the capacity is never exceeded;
//  * the guest list as a cursor connection (search, status, order);
//  * check_in_counts counts guests' parties as well as tickets.
import { GraphQLError } from "postgraphile/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeMaskError } from "../server/errors.ts";
import { makeLogger } from "../shared/logger.ts";
import { boxOffice, expectRefused } from "./helpers/box-office.ts";
import { attempt, type TestDatabase } from "./helpers/db.ts";
import { agencyWithStaff } from "./helpers/guests.ts";
import { unique } from "./helpers/organizations.ts";
import { race } from "./helpers/race.ts";

let db: TestDatabase;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let producer: string;
let viewer: string;
let door: string;
let outsider: string;

beforeAll(async () => {
  ({
    db,
    bo,
    org,
    outsider,
    members: { producer, viewer, door },
  } = await agencyWithStaff("editar-invitados", ["producer", "viewer", "door"], "otra"));
});
afterAll(async () => {
  await db?.drop();
});

const SAVE = `select (g).id, (g).full_name, (g).outlet, (g).category, (g).tier, (g).notes,
                    (g).consent_granted_at, (g).consent_source, (g).consent_revoked_at
               from app_public.save_guest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) g`;

interface Guest {
  guestId?: string | null;
  fullName: string;
  outlet?: string | null;
  category?: string;
  tier?: string;
  notes?: string | null;
  email?: string | null;
  phone?: string | null;
  consent?: "granted" | "revoked" | null;
  consentSource?: string | null;
}

const params = (g: Guest, organization = org) => [
  g.guestId ? null : organization,
  g.guestId ?? null,
  g.fullName,
  g.outlet ?? null,
  g.category ?? "press",
  g.tier ?? "B",
  g.notes ?? null,
  g.email ?? null,
  g.phone ?? null,
  g.consent ?? null,
  g.consentSource ?? null,
];

async function save(who: string, g: Guest, organization = org) {
  return db.committed(
    "member",
    { session_id: await db.sessionFor(who) },
    async (c) => (await c.query(SAVE, params(g, organization))).rows[0],
  );
}

async function contactOf(guest: string) {
  const { rows } = await db.owner.query("select email, phone from app_public.guest_contacts where guest_id = $1", [
    guest,
  ]);
  return rows[0] ?? null;
}

describe("save_guest: one guest at a time", () => {
  it("adds a guest with contact and consent, then edits them; the producer's own statement", async () => {
    const email = `Lucia.${unique()}@Example.com`;
    const added = await save(producer, {
      fullName: "  Lucía Prada ",
      outlet: "Vogue",
      category: "press",
      tier: "A",
      email,
      phone: "+57 300 555 0101",
      consent: "granted",
      consentSource: "Formulario de acreditación",
    });
    expect(added.ok, added.message).toBe(true);
    const guest = added.value;
    expect(guest).toMatchObject({ full_name: "Lucía Prada", outlet: "Vogue", category: "press", tier: "A" });
    expect(guest.consent_granted_at).not.toBeNull();
    expect(guest.consent_source).toBe("Formulario de acreditación");
    expect(await contactOf(guest.id)).toEqual({ email: email.toLowerCase(), phone: "+57 300 555 0101" });

    const edited = await save(producer, {
      guestId: guest.id,
      fullName: "Lucía Prada Gómez",
      outlet: "",
      category: "buyer",
      tier: "B",
      email: null,
      phone: "+57 301 000 0000",
    });
    expect(edited.ok, edited.message).toBe(true);
    expect(edited.value).toMatchObject({ full_name: "Lucía Prada Gómez", outlet: null, category: "buyer", tier: "B" });
    // Consent untouched when not said.
    expect(edited.value.consent_source).toBe("Formulario de acreditación");
    expect(await contactOf(guest.id)).toEqual({ email: null, phone: "+57 301 000 0000" });

    // Both contact fields emptied: no contact row is kept.
    expect((await save(producer, { guestId: guest.id, fullName: "Lucía Prada Gómez" })).ok).toBe(true);
    expect(await contactOf(guest.id)).toBeNull();
  });

  it("records a withdrawal of consent, and a new consent only with how it was given (Ley 1581)", async () => {
    const added = await save(producer, {
      fullName: `Consent ${unique()}`,
      consent: "granted",
      consentSource: "Correo",
    });
    const id = added.value.id;
    const granted = added.value.consent_granted_at;
    const revoked = await save(producer, { guestId: id, fullName: "Consent", consent: "revoked" });
    expect(revoked.value.consent_revoked_at).not.toBeNull();
    expect(revoked.value.consent_granted_at).toEqual(granted);
    expect(revoked.value.consent_source).toBe("Correo");
    // Not invited again while withdrawn.
    const event = await bo.newEvent(org);
    const invited = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) =>
      (await c.query("select guest_id from app_public.invite_guests($1, null, null, false)", [event])).rows.map(
        (r) => r.guest_id,
      ),
    );
    expect(invited.value).not.toContain(id);

    // Granting again needs its source.
    const sourceless = await save(producer, { guestId: id, fullName: "Consent", consent: "granted" });
    expectRefused(sourceless, "INVAL");
    const again = await save(producer, {
      guestId: id,
      fullName: "Consent",
      consent: "granted",
      consentSource: "Formulario firmado",
    });
    expect(again.value.consent_revoked_at).toBeNull();
    expect(again.value.consent_source).toBe("Formulario firmado");
    // Withdrawing consent never given records nothing (the constraint would refuse it).
    const none = await save(producer, { fullName: `Sin consent ${unique()}`, consent: "revoked" });
    expect(none.ok, none.message).toBe(true);
    expect(none.value.consent_revoked_at).toBeNull();
  });

  it("never dates consent after it is recorded, whichever mutation writes it (migration 000036, as 000026 for talent)", async () => {
    const added = await save(producer, { fullName: `Consent date ${unique()}` });
    const id = added.value.id;
    // The API's plain updateGuest takes consentGrantedAt as given: a few hours ahead is recorded as now.
    const outcome = await db.asProfile(producer, async (c) => {
      const soon = await attempt(
        c,
        `update app_public.guests set consent_granted_at = now() + interval '5 hours', consent_source = 'Formulario'
          where id = $1 returning consent_granted_at <= now() as not_after_now`,
        [id],
      );
      const far = await attempt(
        c,
        "update app_public.guests set consent_granted_at = now() + interval '3 days' where id = $1",
        [id],
      );
      const inserted = await attempt(
        c,
        `insert into app_public.guests (organization_id, full_name, consent_granted_at, consent_source)
         values ($1, 'Futura', now() + interval '3 days', 'Formulario')`,
        [org],
      );
      return { soon, far, inserted };
    });
    expect(outcome.soon).toMatchObject({ ok: true, rows: [{ not_after_now: true }] });
    expect(outcome.far).toMatchObject({ ok: false, code: "23514" });
    expect(outcome.far.message).toContain("future");
    expect(outcome.inserted).toMatchObject({ ok: false, code: "23514" });
  });

  it("refuses bad values by the constraint the dashboard places by field, and writes nothing", async () => {
    const before = (
      await db.owner.query("select count(*)::int as n from app_public.guests where organization_id = $1", [org])
    ).rows[0].n;
    const cases: [Guest, string, string][] = [
      [{ fullName: "   " }, "23514", "guests_full_name_check"],
      [{ fullName: "x".repeat(201) }, "23514", "guests_full_name_length"],
      [{ fullName: "Ok", category: "press_corps" }, "23514", "guests_category_check"],
      [{ fullName: "Ok", tier: "D" }, "23514", "guests_tier_check"],
      [{ fullName: "Ok", email: "no-es-correo" }, "23514", "guest_contacts_email_check"],
      [{ fullName: "Ok", phone: "llámame" }, "23514", "guest_contacts_phone_check"],
      [{ fullName: "Ok", consent: "granted" }, "INVAL", "guests_consent_source_required"],
    ];
    for (const [guest, code, constraint] of cases) {
      const outcome = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) => {
        try {
          await c.query(SAVE, params(guest));
          return null;
        } catch (error) {
          return error as { code: string; constraint: string };
        }
      });
      expect(outcome.value, JSON.stringify(guest)).toMatchObject({ code, constraint });
    }
    // A second guest with an email already in the list.
    const email = `dup-${unique()}@example.com`;
    expect((await save(producer, { fullName: "Primera", email })).ok).toBe(true);
    const dup = await db.committed("member", { session_id: await db.sessionFor(producer) }, async (c) => {
      try {
        await c.query(SAVE, params({ fullName: "Segunda", email: email.toUpperCase() }));
        return null;
      } catch (error) {
        return error as { code: string; constraint: string };
      }
    });
    expect(dup.value).toMatchObject({ code: "NUNIQ", constraint: "guest_contacts_organization_email_key" });
    const after = (
      await db.owner.query("select count(*)::int as n from app_public.guests where organization_id = $1", [org])
    ).rows[0].n;
    expect(after).toBe(before + 1);
  });

  it("is for producers: viewers, door staff and other organizations write nothing", async () => {
    const guest = (await save(producer, { fullName: `Editable ${unique()}` })).value.id;
    for (const who of [viewer, door, outsider]) {
      await db.asProfile(who, async (c) => {
        const add = await attempt(c, SAVE, params({ fullName: "Intrusa" }));
        expect(add.ok).toBe(false);
        expect(add.code).toBe("42501");
        const edit = await attempt(c, SAVE, params({ guestId: guest, fullName: "Cambiada" }));
        expect(edit.ok).toBe(false);
        expect(edit.code).toBe(who === viewer ? "NTFND" : "NTFND");
        const erase = await attempt(c, "select app_public.erase_guest($1)", [guest]);
        expect(erase.code).toBe("NTFND");
      });
    }
    const { rows } = await db.owner.query("select full_name from app_public.guests where id = $1", [guest]);
    expect(rows[0].full_name).toMatch(/^Editable/);
  });
});

/*==========================================================================
 * The waitlist moves up on every path that frees places
 *==========================================================================*/

async function event(capacity: number | null) {
  const id = await bo.newEvent(org);
  await db.owner.query("update app_public.events set guest_capacity = $2 where id = $1", [id, capacity]);
  return id;
}

/** A guest invited and answered: status given, answered `ago` (older answers move up first). */
async function answered(eventId: string, status: string, ago: string, plusOne: string | null = null) {
  const { rows: g } = await db.owner.query(
    "insert into app_public.guests (organization_id, full_name) values ($1, $2) returning id",
    [org, `Persona ${unique()}`],
  );
  const { rows } = await db.owner.query(
    `insert into app_public.guest_invitations (event_id, guest_id, status, plus_one_allowed, plus_one_name, responded_at)
     values ($1, $2, $3, $4::text is not null, $4::text, now() - $5::interval) returning id, guest_id`,
    [eventId, g[0].id, status, plusOne, ago],
  );
  return rows[0] as { id: string; guest_id: string };
}

async function statuses(eventId: string): Promise<Record<string, string>> {
  const { rows } = await db.owner.query("select id, status from app_public.guest_invitations where event_id = $1", [
    eventId,
  ]);
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

async function acceptedPeople(eventId: string): Promise<number> {
  const { rows } = await db.owner.query(
    `select coalesce(sum(app_public.guest_invitations_party_size(i)), 0)::int as n
       from app_public.guest_invitations i where i.event_id = $1 and i.status = 'accepted'`,
    [eventId],
  );
  return rows[0].n;
}

async function asProducer(sql: string, values: unknown[]) {
  return db.committed(
    "member",
    { session_id: await db.sessionFor(producer) },
    async (c) => (await c.query(sql, values)).rows,
  );
}

describe("places freed go to the waitlist, whatever frees them", () => {
  it("deleting an accepted invitation (the API's plain delete) moves the first waitlisted party up", async () => {
    const e = await event(2);
    const a = await answered(e, "accepted", "3 days");
    await answered(e, "accepted", "3 days");
    const first = await answered(e, "waitlist", "2 days");
    const second = await answered(e, "waitlist", "1 day");
    expect((await asProducer("delete from app_public.guest_invitations where id = $1", [a.id])).ok).toBe(true);
    const now = await statuses(e);
    expect(now[first.id]).toBe("accepted");
    expect(now[second.id]).toBe("waitlist");
    expect(await acceptedPeople(e)).toBe(2);
  });

  it("deleting a guest (erase_guest, or the API's deleteGuest) gives their places at every event", async () => {
    const e1 = await event(1);
    const e2 = await event(1);
    const a1 = await answered(e1, "accepted", "3 days");
    const w1 = await answered(e1, "waitlist", "1 day");
    // The same guest accepted at the second event too.
    await db.owner.query(
      "insert into app_public.guest_invitations (event_id, guest_id, status, responded_at) values ($1, $2, 'accepted', now())",
      [e2, a1.guest_id],
    );
    const w2 = await answered(e2, "waitlist", "1 day");
    const erased = await asProducer("select (app_public.erase_guest($1)).id", [a1.guest_id]);
    expect(erased.ok, erased.message).toBe(true);
    expect((await statuses(e1))[w1.id]).toBe("accepted");
    expect((await statuses(e2))[w2.id]).toBe("accepted");
    const { rows } = await db.owner.query("select count(*)::int as n from app_public.guests where id = $1", [
      a1.guest_id,
    ]);
    expect(rows[0].n).toBe(0);

    // The plain delete of the row (deleteGuest) does the same through the cascade.
    const e3 = await event(1);
    const a3 = await answered(e3, "accepted", "3 days");
    const w3 = await answered(e3, "waitlist", "1 day");
    expect((await asProducer("delete from app_public.guests where id = $1", [a3.guest_id])).ok).toBe(true);
    expect((await statuses(e3))[w3.id]).toBe("accepted");
  });

  it("taking a +1 away frees their place (and seat); raising the capacity opens places; lowering it moves nobody", async () => {
    const e = await event(2);
    const pair = await answered(e, "accepted", "3 days", "Acompañante");
    const w = await answered(e, "waitlist", "1 day");
    expect(
      (await asProducer("update app_public.guest_invitations set plus_one_allowed = false where id = $1", [pair.id]))
        .ok,
    ).toBe(true);
    expect(await statuses(e)).toMatchObject({ [pair.id]: "accepted", [w.id]: "accepted" });

    const e2 = await event(1);
    await answered(e2, "accepted", "3 days");
    const w2 = await answered(e2, "waitlist", "2 days");
    const w3 = await answered(e2, "waitlist", "1 day");
    expect((await asProducer("update app_public.events set guest_capacity = 2 where id = $1", [e2])).ok).toBe(true);
    expect(await statuses(e2)).toMatchObject({ [w2.id]: "accepted", [w3.id]: "waitlist" });
    expect((await asProducer("update app_public.events set guest_capacity = 1 where id = $1", [e2])).ok).toBe(true);
    expect(await statuses(e2)).toMatchObject({ [w2.id]: "accepted", [w3.id]: "waitlist" });
    expect((await asProducer("update app_public.events set guest_capacity = null where id = $1", [e2])).ok).toBe(true);
    expect((await statuses(e2))[w3.id]).toBe("accepted");
  });

  it("deleting an event with accepted and waitlisted guests just deletes it", async () => {
    const e = await event(1);
    await answered(e, "accepted", "2 days");
    await answered(e, "waitlist", "1 day");
    await db.owner.query("delete from app_public.events where id = $1", [e]);
    expect(await statuses(e)).toEqual({});
  });

  describe("under concurrency (real committed transactions)", () => {
    it.each([1, 2, 3])(
      "a delete of an accepted invitation and new acceptances at once never exceed the capacity; the waitlist keeps its order (round %i)",
      async () => {
        const e = await event(2);
        const a = await answered(e, "accepted", "5 days");
        await answered(e, "accepted", "5 days");
        const waiting = await answered(e, "waitlist", "4 days");
        // Three more guests answering yes right now.
        const fresh = await Promise.all([1, 2, 3].map(async () => answered(e, "invited", "0 seconds")));
        const tokens = await Promise.all(
          fresh.map(
            async (f) =>
              (
                await db.owner.query(
                  "select app_private.rsvp_token(id, rsvp_version) as t from app_public.guest_invitations where id = $1",
                  [f.id],
                )
              ).rows[0].t as string,
          ),
        );
        const results = await race(db, [
          {
            role: "member",
            claims: { session_id: await db.sessionFor(producer) },
            sql: "delete from app_public.guest_invitations where id = $1",
            params: [a.id],
          },
          ...tokens.map((token) => ({
            role: "anonymous" as const,
            sql: "select status from app_public.respond_to_invitation($1, true, null, null)",
            params: [token],
          })),
        ]);
        expect(
          results.every((r) => r.ok),
          JSON.stringify(results),
        ).toBe(true);
        expect(await acceptedPeople(e)).toBe(2);
        // The place the delete freed went to the party waiting longest.
        expect((await statuses(e))[waiting.id]).toBe("accepted");
        const now = await statuses(e);
        expect(fresh.map((f) => now[f.id])).toEqual(["waitlist", "waitlist", "waitlist"]);
      },
    );

    it.each([1, 2, 3])(
      "a plain delete racing the same guest's own answer: at worst one is refused (deadlock), never a broken capacity (round %i)",
      async () => {
        const e = await event(1);
        const a = await answered(e, "accepted", "5 days");
        const waiting = await answered(e, "waitlist", "4 days");
        const token = (
          await db.owner.query(
            "select app_private.rsvp_token(id, rsvp_version) as t from app_public.guest_invitations where id = $1",
            [a.id],
          )
        ).rows[0].t as string;
        const results = await race(db, [
          {
            role: "member",
            claims: { session_id: await db.sessionFor(producer) },
            sql: "delete from app_public.guest_invitations where id = $1",
            params: [a.id],
          },
          {
            role: "anonymous",
            sql: "select status from app_public.respond_to_invitation($1, false, null, null)",
            params: [token],
          },
        ]);
        const mask = makeMaskError({ production: true, logger: makeLogger("silent") });
        for (const r of results) {
          if (r.ok) continue;
          expect(["40P01", "NTFND"]).toContain(r.code);
          // The API answers a deadlock with a coded CONFLICT (send it again), not an internal error.
          const pgError = Object.assign(new Error(r.message), { code: r.code });
          const masked = mask(new GraphQLError(pgError.message, { originalError: pgError }));
          expect(masked.extensions?.code).toBe(r.code === "40P01" ? "CONFLICT" : "NOT_FOUND");
          if (r.code === "40P01") expect(masked.extensions?.reason).toBe("CONCURRENT_UPDATE");
        }
        expect(await acceptedPeople(e)).toBeLessThanOrEqual(1);
        // Whichever won, the place it freed went to the waitlist.
        expect((await statuses(e))[waiting.id]).toBe("accepted");
      },
    );
  });
});

/*==========================================================================
 * The guest list as a connection, and the door's counts
 *==========================================================================*/

describe("the guest list, page by page", () => {
  it("orders by tier then name, searches name and outlet (accents aside), filters by status, for members only", async () => {
    const e = await event(null);
    const names = [
      ["María Fernanda Ángel", "Vogue", "B", "accepted"],
      ["Andrés Ruiz", "Fucsia", "A", "invited"],
      ["Zoe Mejía", null, "A", "waitlist"],
      ["Camila Ospina", "Vogue", "C", "declined"],
    ] as const;
    for (const [name, outlet, tier, status] of names) {
      const { rows } = await db.owner.query(
        "insert into app_public.guests (organization_id, full_name, outlet, tier) values ($1, $2, $3, $4) returning id",
        [org, name, outlet, tier],
      );
      await db.owner.query(
        "insert into app_public.guest_invitations (event_id, guest_id, status) values ($1, $2, $3)",
        [e, rows[0].id, status],
      );
    }
    const LIST = `select g.full_name from app_public.events e, app_public.events_guest_list(e, $2, $3) i
                    join app_public.guests g on g.id = i.guest_id where e.id = $1`;
    const list = (who: string, search: string | null, status: string | null) =>
      db.asProfile(who, async (c) => (await c.query(LIST, [e, search, status])).rows.map((r) => r.full_name));
    expect(await list(viewer, null, null)).toEqual([
      "Andrés Ruiz",
      "Zoe Mejía",
      "María Fernanda Ángel",
      "Camila Ospina",
    ]);
    expect(await list(producer, "maria angel", null)).toEqual(["María Fernanda Ángel"]);
    expect(await list(producer, "VOGUE", null)).toEqual(["María Fernanda Ángel", "Camila Ospina"]);
    expect(await list(producer, "vogue camila", null)).toEqual(["Camila Ospina"]);
    expect(await list(producer, null, "waitlist")).toEqual(["Zoe Mejía"]);
    expect(await list(outsider, null, null)).toEqual([]);
    expect(await list(door, null, null)).toEqual([]);
  });
});

describe("check_in_counts", () => {
  it("counts a checked-in guest's party with the tickets, per gate and in total", async () => {
    const e = await event(null);
    const pair = await answered(e, "accepted", "1 day", "Acompañante");
    const single = await answered(e, "accepted", "1 day");
    await db.owner.query(
      "update app_public.guest_invitations set checked_in_at = now(), checked_in_gate = $2 where id = $1",
      [pair.id, "VIP"],
    );
    await db.owner.query(
      "update app_public.guest_invitations set checked_in_at = now(), checked_in_gate = $2 where id = $1",
      [single.id, "Norte"],
    );
    const tier = await bo.newTier(e);
    const booking = await bo.reserve(tier, 2);
    const tickets = await db.owner.query(
      "update app_public.tickets set checked_in_at = now(), checked_in_gate = 'Norte' where booking_id = $1",
      [booking.id],
    );
    expect(tickets.rowCount).toBe(2);
    const counts = await db.asProfile(door, async (c) =>
      Object.fromEntries(
        (await c.query("select gate, entries from app_public.check_in_counts($1)", [e])).rows.map((r) => [
          r.gate ?? "total",
          r.entries,
        ]),
      ),
    );
    expect(counts).toEqual({ total: 5, Norte: 3, VIP: 2 });
  });
});
