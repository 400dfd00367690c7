// Guests, invitations and seating (issue 16). Each organization keeps a guest
// list; its first upcoming published show has a seating plan (front row and
// two more rows per side), invitations with answers, and the tier A guests
// seated in the front row.
import { DEMO_ORGANIZATIONS } from "../../../shared/demo-accounts.ts";
import { personName } from "../data/people.ts";
import { EVENTS } from "../data/shows.ts";
import { demoUuid, mobile, rng, slugify } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

const GUEST_CATEGORIES = ["press", "buyer", "stylist", "influencer", "vip", "designer_guest", "sponsor", "industry"];
const OUTLETS = [
  "Revista Fucsia",
  "El Tiempo",
  "Vogue Latinoamérica",
  "Falabella",
  "Arturo Calle",
  "Studio F",
  "Inexmoda",
  "Semana",
];

export async function loadGuests(ctx: SeedContext): Promise<void> {
  const { client, cal, orgId, eventId } = ctx;
  const guestRows: Row[] = [];
  const guestContactRows: Row[] = [];
  const layoutRows: Row[] = [];
  const seatRows: Row[] = [];
  const invitationRows: Row[] = [];
  const assignmentRows: Row[] = [];
  const layoutOfEvent: { event: string; layout: string; capacity: number }[] = [];
  for (const o of DEMO_ORGANIZATIONS) {
    const r = rng(`guests:${o.slug}`);
    const guests: { id: string; tier: string }[] = [];
    for (let n = 1; n <= 30; n++) {
      const person = personName(r, r.chance(0.6) ? "f" : "m");
      const category = GUEST_CATEGORIES[(n - 1) % GUEST_CATEGORIES.length] as string;
      const tier = n <= 8 ? "A" : n <= 20 ? "B" : "C";
      const id = demoUuid(`guest:${o.slug}:${n}`);
      guests.push({ id, tier });
      guestRows.push({
        id,
        organization_id: orgId(o.slug),
        full_name: person.full,
        outlet: category === "press" || category === "buyer" ? r.pick(OUTLETS) : null,
        category,
        tier,
        consent_granted_at: n % 10 === 0 ? null : cal.at(-60 - n, 10),
        consent_source: n % 10 === 0 ? null : "Formulario de acreditación",
      });
      // Every tenth guest came from a list without contact details.
      if (n % 10 === 0) continue;
      guestContactRows.push({
        guest_id: id,
        organization_id: orgId(o.slug),
        email: `${slugify(person.first).replace(/-/g, "")}.${slugify(person.surname).replace(/-/g, "")}.${n}@example.com`,
        phone: mobile(r),
        whatsapp_opt_in: r.chance(0.5),
      });
    }
    const show = EVENTS.find((e) => e.org === o.slug && e.status === "published" && e.days > 0);
    if (!show) continue;
    const layout = demoUuid(`layout:${show.key}`);
    layoutRows.push({
      id: layout,
      organization_id: orgId(o.slug),
      venue_id: demoUuid(`venue:${show.venue}`),
      name: "Pasarela en T",
    });
    const seats: string[] = [];
    for (const section of ["Pasarela izquierda", "Pasarela derecha"]) {
      for (let row = 1; row <= 3; row++) {
        for (let number = 1; number <= 8; number++) {
          const id = demoUuid(`seat:${show.key}:${section}:${row}:${number}`);
          if (row === 1) seats.push(id);
          seatRows.push({
            id,
            organization_id: orgId(o.slug),
            layout_id: layout,
            section,
            row_label: String.fromCharCode(64 + row),
            row_index: row,
            seat_number: number,
            front_row: row === 1,
          });
        }
      }
    }
    layoutOfEvent.push({ event: eventId(show.key), layout, capacity: 48 });
    const ir = rng(`invitations:${show.key}`);
    let frontSeat = 0;
    for (const [n, g] of guests.entries()) {
      if (g.tier === "C" && n % 2 === 0) continue;
      const roll = ir.next();
      const status = roll < 0.55 ? "accepted" : roll < 0.7 ? "declined" : "invited";
      const id = demoUuid(`invitation:${show.key}:${n + 1}`);
      const plusOne = g.tier === "A";
      invitationRows.push({
        id,
        organization_id: orgId(o.slug),
        event_id: eventId(show.key),
        guest_id: g.id,
        status,
        plus_one_allowed: plusOne,
        plus_one_name: plusOne && status === "accepted" && ir.chance(0.5) ? personName(ir, "f").full : null,
        notes: status === "accepted" && ir.chance(0.2) ? "Vegetariana" : null,
        responded_at: status === "invited" ? null : cal.at(-ir.int(1, 10), ir.int(8, 22)),
      });
      if (status === "accepted" && g.tier === "A" && frontSeat < seats.length) {
        assignmentRows.push({
          id: demoUuid(`seat-assignment:${show.key}:${n + 1}`),
          organization_id: orgId(o.slug),
          event_id: eventId(show.key),
          seat_id: seats[frontSeat++],
          invitation_id: id,
          plus_one: false,
        });
      }
    }
  }
  await insertRows(client, "app_public.guests", guestRows);
  await insertRows(client, "app_public.guest_contacts", guestContactRows);
  await insertRows(client, "app_public.venue_layouts", layoutRows);
  await insertRows(client, "app_public.seats", seatRows);
  await client.query(
    `update app_public.events e set venue_layout_id = l.layout, guest_capacity = l.capacity
       from jsonb_to_recordset($1::jsonb) as l(event uuid, layout uuid, capacity int) where e.id = l.event`,
    [JSON.stringify(layoutOfEvent)],
  );
  // Each invitation gets its RSVP link and door code from its trigger.
  await insertRows(client, "app_public.guest_invitations", invitationRows);
  await insertRows(client, "app_public.seat_assignments", assignmentRows);
}
