// A draft run of show for the first event, its first walks taken by confirmed models.

import { type EventSpec } from "../data/shows.ts";
import { demoUuid, rng } from "../random.ts";
import { insertRows, type Person, type Row, type SeedContext } from "./context.ts";

export async function loadRunway(ctx: SeedContext, castEvent: EventSpec, cast: Person[]): Promise<void> {
  const { client, cal, orgId, eventId } = ctx;
  const scheduleId = demoUuid(`runway-schedule:${castEvent.key}:1`);
  await insertRows(client, "app_public.runway_schedules", [
    {
      id: scheduleId,
      organization_id: orgId(castEvent.org),
      event_id: eventId(castEvent.key),
      version: 1,
      status: "draft",
      starts_at: cal.at(castEvent.days, 19, 30),
    },
  ]);
  const confirmed = cast.slice(0, 6);
  const slotRng = rng(`runway:${castEvent.key}`);
  let offset = 0;
  const slots: Row[] = [];
  for (let sequence = 1; sequence <= 8; sequence++) {
    const walkSeconds = slotRng.int(40, 60);
    slots.push({
      id: demoUuid(`runway-slot:${castEvent.key}:1:${sequence}`),
      organization_id: orgId(castEvent.org),
      schedule_id: scheduleId,
      sequence,
      look_id: demoUuid(`look:${castEvent.key}:${sequence}`),
      // The last walks still wait for a model.
      talent_id: confirmed[sequence - 1]?.id ?? null,
      walk_starts_at: `${offset} seconds`,
      walk_seconds: walkSeconds,
    });
    offset += walkSeconds + slotRng.int(15, 30);
  }
  await insertRows(client, "app_public.runway_slots", slots);
}
