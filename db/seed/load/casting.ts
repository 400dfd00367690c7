// Casting briefs, availability (unavailable and holds, some on show days) and the first show's castings.

import { EVENTS, type EventSpec } from "../data/shows.ts";
import { demoUuid, rng } from "../random.ts";
import { insertRows, type Person, type Row, type SeedContext } from "./context.ts";

export async function loadCasting(
  ctx: SeedContext,
  people: Person[],
): Promise<{ castEvent: EventSpec; cast: Person[] }> {
  const { client, cal, orgId, eventId } = ctx;
  const briefId = (key: string) => demoUuid(`casting-brief:${key}`);
  const briefRows: Row[] = [];
  const availabilityRows: Row[] = [];
  const busy = new Set<string>();
  const matches = new Map<string, Person[]>();
  const UNAVAILABLE_NOTES = [
    "Campaña de vestidos de baño en Cartagena.",
    "Viaje familiar fuera del país.",
    "Pasarela confirmada en Ciudad de México.",
    "Rodaje de comercial de televisión.",
  ] as const;
  const HOLD_NOTES = [
    "Opción retenida para catálogo de temporada.",
    "Segunda opción para campaña de una marca de jeans.",
    "En espera de confirmación de un editorial.",
  ] as const;
  for (const e of EVENTS) {
    if (!e.brief) continue;
    const b = e.brief;
    briefRows.push({
      id: briefId(e.key),
      organization_id: orgId(e.org),
      event_id: eventId(e.key),
      title: b.title,
      models_needed: b.modelsNeeded,
      height_min_cm: b.heightMin,
      height_max_cm: b.heightMax,
      divisions: b.divisions,
      cities: b.cities,
      notes: b.notes,
    });
    const fits = people.filter(
      (p) =>
        p.org === e.org &&
        p.aiConsent &&
        b.divisions.includes(p.division) &&
        p.height >= b.heightMin &&
        p.height <= b.heightMax &&
        (b.cities.includes(p.city) || p.willingToTravel),
    );
    // A handful of good fits are busy on the show day: the casting agent must leave them out.
    const r = rng(`availability:${e.key}`);
    const shuffled = r.shuffle(fits.filter((p) => !busy.has(p.id)));
    const blocked = shuffled.slice(0, 5);
    blocked.forEach((p, i) => {
      busy.add(p.id);
      const unavailable = i < 3;
      availabilityRows.push({
        id: demoUuid(`availability:${e.key}:${p.id}`),
        organization_id: p.orgId,
        talent_id: p.id,
        period: `[${cal.at(e.days - r.int(0, 2), 8)},${cal.at(e.days + r.int(1, 3), 20)})`,
        kind: unavailable ? "unavailable" : "hold",
        notes: unavailable ? r.pick(UNAVAILABLE_NOTES) : r.pick(HOLD_NOTES),
      });
    });
    matches.set(e.key, shuffled.slice(blocked.length));
  }
  // Periods away from every show.
  const elsewhere = rng("availability:elsewhere");
  for (const p of elsewhere.shuffle(people.filter((p) => !p.minor && !busy.has(p.id))).slice(0, 10)) {
    const start = elsewhere.chance(0.5) ? elsewhere.int(-12, -6) : elsewhere.int(55, 80);
    const unavailable = elsewhere.chance(0.6);
    availabilityRows.push({
      id: demoUuid(`availability:elsewhere:${p.id}`),
      organization_id: p.orgId,
      talent_id: p.id,
      period: `[${cal.at(start, 0)},${cal.at(start + elsewhere.int(2, 6), 0)})`,
      kind: unavailable ? "unavailable" : "hold",
      notes: unavailable ? elsewhere.pick(UNAVAILABLE_NOTES) : elsewhere.pick(HOLD_NOTES),
    });
  }
  await insertRows(client, "app_public.casting_briefs", briefRows);
  await insertRows(client, "app_public.talent_availability", availabilityRows);

  const castEvent = EVENTS[0];
  if (!castEvent?.brief) throw new Error("The first event needs a brief");
  const castingRng = rng(`castings:${castEvent.key}`);
  const cast = (matches.get(castEvent.key) ?? []).slice(0, 9);
  await insertRows(
    client,
    "app_public.model_castings",
    cast.map((p, i) => ({
      id: demoUuid(`model-casting:${castEvent.key}:${p.id}`),
      organization_id: p.orgId,
      event_id: eventId(castEvent.key),
      talent_id: p.id,
      brief_id: briefId(castEvent.key),
      status: i < 6 ? "confirmed" : "invited",
      responded_at: i < 6 ? cal.at(-castingRng.int(1, 4), castingRng.int(9, 18), castingRng.pick([0, 20, 40])) : null,
    })),
  );
  return { castEvent, cast };
}
