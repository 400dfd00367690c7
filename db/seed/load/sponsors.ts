// Each event's sponsors.

import { personName } from "../data/people.ts";
import { EVENTS } from "../data/shows.ts";
import { demoUuid, rng, slugify } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

export async function loadSponsors(ctx: SeedContext): Promise<void> {
  const { client, orgId, eventId } = ctx;
  const sponsorRows: Row[] = [];
  for (const e of EVENTS) {
    const r = rng(`sponsors:${e.key}`);
    for (const s of e.sponsors) {
      const contact = personName(r, r.chance(0.5) ? "f" : "m");
      sponsorRows.push({
        id: demoUuid(`sponsor:${e.key}:${s.name}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        name: s.name,
        tier: s.tier,
        amount_cop: s.amount,
        status: s.status,
        contact_name: contact.full,
        contact_email: `${slugify(contact.first).replace(/-/g, "")}.${slugify(contact.surname).replace(/-/g, "")}@example.com`,
      });
    }
  }
  await insertRows(client, "app_public.sponsors", sponsorRows);
}
