// The first event's looks walked by its confirmed models, and a draft run of show.

import { type EventSpec } from "../data/shows.ts";
import { demoUuid, rng } from "../random.ts";
import { insertRows, type Person, type SeedContext } from "./context.ts";

export async function loadRunway(ctx: SeedContext, castEvent: EventSpec, cast: Person[]): Promise<void> {
  const { client, cal, orgId, eventId } = ctx;
  // Each look gets its model (a confirmed casting: the looks trigger checks it), two to four
  // minutes to change into it, the opening of the first block and the show's finale. The
  // draft walks the looks in their own order, timed with the schedule's settings (40 s walks,
  // 10 s gaps): look 9's four-minute change does not fit there, so the Pasarela page shows a
  // quick-change warning until "Resolver" orders the show (tests: runway agent and browser).
  const confirmed = cast.slice(0, 6);
  const lookRng = rng(`runway-looks:${castEvent.key}`);
  const lookIds = Array.from({ length: castEvent.looks }, (_, i) => demoUuid(`look:${castEvent.key}:${i + 1}`));
  for (const [i, lookId] of lookIds.entries()) {
    const sequence = i + 1;
    const model = confirmed[i % confirmed.length];
    if (!model) throw new Error("The first event needs confirmed models");
    const changeMinutes = sequence === 9 ? 4 : lookRng.int(2, 3);
    const fixed = sequence === 1 ? "opening" : sequence === lookIds.length ? "finale" : null;
    await client.query(
      "update app_public.looks set talent_id = $2, change_minutes = $3, fixed_position = $4 where id = $1",
      [lookId, model.id, changeMinutes, fixed],
    );
  }
  const scheduleId = demoUuid(`runway-schedule:${castEvent.key}:1`);
  const gapSeconds = 10;
  const walkSeconds = 40;
  await insertRows(client, "app_public.runway_schedules", [
    {
      id: scheduleId,
      organization_id: orgId(castEvent.org),
      event_id: eventId(castEvent.key),
      version: 1,
      status: "draft",
      starts_at: cal.at(castEvent.days, 19, 30),
      gap_seconds: gapSeconds,
      default_walk_seconds: walkSeconds,
      change_buffer_minutes: 1,
    },
  ]);
  await insertRows(
    client,
    "app_public.runway_slots",
    lookIds.map((lookId, i) => ({
      id: demoUuid(`runway-slot:${castEvent.key}:1:${i + 1}`),
      organization_id: orgId(castEvent.org),
      schedule_id: scheduleId,
      sequence: i + 1,
      look_id: lookId,
      talent_id: confirmed[i % confirmed.length]?.id ?? null,
      walk_starts_at: `${i * (walkSeconds + gapSeconds)} seconds`,
      walk_seconds: walkSeconds,
    })),
  );
}
