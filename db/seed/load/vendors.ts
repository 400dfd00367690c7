// Vendors in every category and the recommendations some events got.

import { personName } from "../data/people.ts";
import { EVENTS } from "../data/shows.ts";
import { VENDOR_CATEGORIES, VENDOR_NOTES, VENDORS } from "../data/vendors.ts";
import { demoUuid, mobile, rng, roundTo, slugify } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

export async function loadVendors(ctx: SeedContext): Promise<void> {
  const { client, orgId, eventId } = ctx;
  const vendorRows: Row[] = [];
  const vendorId = (category: string, i: number) => demoUuid(`vendor:${category}:${i}`);
  for (const category of VENDOR_CATEGORIES) {
    const { range, vendors } = VENDORS[category];
    vendors.forEach(([name, city], i) => {
      const r = rng(`vendor:${category}:${i}`);
      const contact = personName(r, r.chance(0.5) ? "f" : "m");
      const min = roundTo(range[0] * (0.8 + r.next() * 0.4), 100_000);
      const max = Math.max(min + 500_000, roundTo(range[1] * (0.8 + r.next() * 0.5), 100_000));
      const domain = slugify(name)
        .replace(/-(s-a-s|ltda)$/, "")
        .replace(/-/g, "");
      vendorRows.push({
        id: vendorId(category, i),
        organization_id: orgId(i < 2 ? "moda-bogota" : "medellin-fashion"),
        name,
        category,
        city,
        price_min_cop: min,
        price_max_cop: max,
        rating: (35 + r.int(0, 15)) / 10,
        contact_name: contact.full,
        contact_email: `comercial.${domain.slice(0, 40)}@example.com`,
        contact_phone: mobile(r),
        website: `https://${domain.slice(0, 40)}.example.com`,
        notes: r.pick(VENDOR_NOTES),
      });
    });
  }
  await insertRows(client, "app_public.vendors", vendorRows);
  const recommendations: [string, string, number, number, string, string][] = [
    [
      "bogota-fashion-week-pasarela-principal",
      "lighting",
      0,
      92,
      "contacted",
      "Amplia experiencia en pasarelas de gran formato en Ágora y precio dentro del presupuesto de producción.",
    ],
    [
      "bogota-fashion-week-pasarela-principal",
      "catering",
      0,
      85,
      "suggested",
      "Menú de pasabocas para 1.800 invitados con opciones vegetarianas; buenas referencias de otras productoras.",
    ],
    [
      "colombiamoda-showcase",
      "staging",
      2,
      88,
      "suggested",
      "Monta pasarelas modulares de 30 metros en Plaza Mayor y tiene bodega a quince minutos del recinto.",
    ],
    [
      "colombiamoda-showcase",
      "hair_makeup",
      2,
      80,
      "booked",
      "Equipo de doce maquilladores con experiencia en backstage de vestidos de baño.",
    ],
  ];
  await insertRows(
    client,
    "app_public.vendor_recommendations",
    recommendations.map(([event, category, i, score, status, reasoning]) => {
      const e = EVENTS.find((x) => x.key === event);
      if (!e) throw new Error(`Unknown event ${event}`);
      return {
        id: demoUuid(`vendor-recommendation:${event}:${category}:${i}`),
        organization_id: orgId(e.org),
        event_id: eventId(event),
        vendor_id: vendorId(category, i),
        category,
        score,
        reasoning,
        status,
      };
    }),
  );
}
