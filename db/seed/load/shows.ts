// Venues, events, designers, each show's line-up and its looks.

import { COLOURS, DESIGNER_GARMENTS, DESIGNERS, EVENTS, GARMENTS, LOOK_NOTES, VENUES } from "../data/shows.ts";
import { demoUuid, rng, slugify } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

export async function loadShows(ctx: SeedContext): Promise<void> {
  const { client, orgId, eventId, designerId, producerOf, timesOf } = ctx;
  await insertRows(
    client,
    "app_public.venues",
    VENUES.map((v) => ({
      id: demoUuid(`venue:${v.key}`),
      organization_id: orgId(v.org),
      name: v.name,
      address: v.address,
      city: v.city,
      capacity: v.capacity,
    })),
  );
  await insertRows(
    client,
    "app_public.events",
    EVENTS.map((e) => ({
      id: eventId(e.key),
      organization_id: orgId(e.org),
      organizer_id: producerOf(e.org),
      venue_id: demoUuid(`venue:${e.venue}`),
      title: e.title,
      slug: slugify(e.key),
      description: e.description,
      starts_at: timesOf(e.key).startsAt,
      ends_at: timesOf(e.key).endsAt,
      timezone: "America/Bogota",
      status: e.status,
      capacity: e.capacity,
      metadata: e.metadata,
      is_public: e.isPublic,
    })),
  );
  await insertRows(
    client,
    "app_public.designers",
    DESIGNERS.map((d) => ({
      id: designerId(d.key),
      organization_id: orgId(d.org),
      name: d.name,
      brand: d.brand,
      city: d.city,
      bio: d.bio,
      instagram: `@${d.instagram}`,
      website: `https://${slugify(d.brand).replace(/-/g, "")}.example.com`,
    })),
  );
  const eventDesigners: Row[] = [];
  const looks: Row[] = [];
  for (const e of EVENTS) {
    const r = rng(`looks:${e.key}`);
    e.designers.forEach((d, i) => {
      eventDesigners.push({
        id: demoUuid(`event-designer:${e.key}:${d.key}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        designer_id: designerId(d.key),
        show_order: i + 1,
        collection_name: d.collection,
      });
    });
    const garments = new Map(e.designers.map((d) => [d.key, r.shuffle(DESIGNER_GARMENTS[d.key] ?? GARMENTS)]));
    const used = new Map<string, number>();
    for (let sequence = 1; sequence <= e.looks; sequence++) {
      // Designers walk in show order, each with a consecutive block of looks.
      const designer = e.designers[Math.floor(((sequence - 1) * e.designers.length) / e.looks)];
      if (!designer) throw new Error("look without designer");
      const pool = garments.get(designer.key) ?? GARMENTS;
      const n = used.get(designer.key) ?? 0;
      used.set(designer.key, n + 1);
      looks.push({
        id: demoUuid(`look:${e.key}:${sequence}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        designer_id: designerId(designer.key),
        sequence,
        title: `${pool[n % pool.length]} ${r.pick(COLOURS)}`,
        notes: r.pick(LOOK_NOTES),
        change_minutes: r.int(3, 15),
      });
    }
  }
  await insertRows(client, "app_public.event_designers", eventDesigners);
  await insertRows(client, "app_public.looks", looks);
}
