// Ticket tiers, bookings (sold counts that match the bookings) and the door's check-ins.
import { createHash } from "node:crypto";
import { personName } from "../data/people.ts";
import { EVENTS } from "../data/shows.ts";
import { demoUuid, rng, slugify } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

export async function loadTickets(ctx: SeedContext): Promise<void> {
  const { client, cal, orgId, eventId, timesOf } = ctx;
  const tierRows: Row[] = [];
  const bookingRows: Row[] = [];
  const checkIns: { booking: string; at: string }[] = [];
  for (const e of EVENTS) {
    const r = rng(`tickets:${e.key}`);
    const { startsAt } = timesOf(e.key);
    const past = e.days < 0;
    const salesStart = e.status === "draft" ? cal.at(7, 10) : cal.at(e.days - (past ? 45 : 30), 10);
    const salesEnd = cal.at(e.days, 17);
    const sold = new Map<string, number>();
    const tierId = (name: string) => demoUuid(`ticket-tier:${e.key}:${name}`);
    for (let n = 0; n < e.bookings; n++) {
      const tier = r.chance(0.6)
        ? e.tiers[0]
        : r.chance(0.75)
          ? (e.tiers[1] ?? e.tiers[0])
          : (e.tiers[e.tiers.length - 1] ?? e.tiers[0]);
      if (!tier) throw new Error("event without tiers");
      const quantity = tier.price > 500_000 ? r.int(1, 2) : r.int(1, 4);
      const roll = r.next();
      const status = past ? "paid" : roll < 0.7 ? "paid" : roll < 0.9 ? "pending" : "cancelled";
      const buyer = personName(r, r.chance(0.55) ? "f" : "m");
      const provider =
        status === "pending"
          ? "wompi"
          : status === "cancelled"
            ? "mercadopago"
            : r.pick(["wompi", "wompi", "mercadopago", "stripe"]);
      const key = `booking:${e.key}:${n + 1}`;
      const digest = createHash("sha256").update(key).digest("hex");
      if (status !== "cancelled") sold.set(tier.name, (sold.get(tier.name) ?? 0) + quantity);
      bookingRows.push({
        id: demoUuid(key),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        tier_id: tierId(tier.name),
        profile_id: null,
        buyer_name: `${buyer.first} ${buyer.surname}`,
        buyer_email: `${slugify(buyer.first).replace(/-/g, "")}.${slugify(buyer.surname).replace(/-/g, "")}${n + 1}@example.com`,
        quantity,
        total_cop: tier.price * quantity,
        status,
        payment_provider: provider,
        payment_reference:
          status === "paid" ? `${provider.toUpperCase().slice(0, 3)}-${digest.slice(0, 12).toUpperCase()}` : null,
        reference: `FOS-${digest.slice(32, 45).toUpperCase()}`,
        // A demo reservation holds its tickets until the end of the seed day.
        expires_at: status === "pending" ? cal.at(0, 23, 59) : null,
        confirmed_at: status === "paid" ? cal.at(Math.min(e.days, 0) - 1 - r.int(0, 20), r.int(8, 22)) : null,
      });
      // Most buyers of past shows came: their tickets were scanned at the door.
      if (status === "paid" && past && r.chance(0.85)) {
        checkIns.push({ booking: demoUuid(key), at: cal.at(e.days, 19, r.int(0, 40)) });
      }
    }
    for (const t of e.tiers) {
      tierRows.push({
        id: tierId(t.name),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        name: t.name,
        description: t.description,
        price_cop: t.price,
        quantity: t.quantity,
        sold_count: sold.get(t.name) ?? 0,
        sales_start_at: salesStart,
        sales_end_at: salesEnd < startsAt ? salesEnd : null,
      });
    }
  }
  await insertRows(client, "app_public.ticket_tiers", tierRows);
  // Inserting bookings makes their tickets (one per seat, codes hashed).
  await insertRows(client, "app_public.bookings", bookingRows);
  await client.query(
    `update app_public.tickets t
        set checked_in_at = c.at, checked_in_gate = case when t.seat % 3 = 0 then 'Puerta 2' else 'Puerta principal' end
       from jsonb_to_recordset($1::jsonb) as c(booking uuid, at timestamptz)
      where t.booking_id = c.booking`,
    [JSON.stringify(checkIns)],
  );
}
