// The run of show in the browser: the API's data as the shared checker's show
// (shared/runway: the same rules and checker the worker and the tests use), a
// timed plan for any order of looks (a dragged one too), and clock helpers.
// Pure: no React.
import { checkRunOfShow, type Violation } from "../../../shared/runway/checker.ts";
import type { RunwayShow, ShowLook } from "../../../shared/runway/show.ts";
import type { EventRunwayQuery, RunwayLookFragment, RunwayScheduleFragment } from "../gql/graphql.ts";

export type RunwayEvent = NonNullable<EventRunwayQuery["event"]>;

const present = <T>(items: readonly (T | null | undefined)[]): T[] => items.flatMap((item) => (item ? [item] : []));

const FIXED = new Set(["opening", "closing", "finale"]);

/** The show as the checker sees it. Models are the looks' own (their confirmation is the server's warning). */
export function showOf(event: RunwayEvent, schedule: RunwayScheduleFragment): RunwayShow {
  const looks = present(event.looks.nodes);
  const designers = present(event.eventDesigners.nodes);
  const talentIds = [...new Set(looks.flatMap((l) => (l.talentId ? [l.talentId] : [])))];
  return {
    looks: looks.map(
      (l): ShowLook => ({
        id: l.rowId,
        title: l.title,
        designerId: l.designerId,
        talentId: l.talentId ?? null,
        changeMinutes: l.changeMinutes,
        walkSeconds: l.walkSeconds ?? null,
        fixedPosition:
          l.fixedPosition && FIXED.has(l.fixedPosition) ? (l.fixedPosition as ShowLook["fixedPosition"]) : null,
        sequence: l.sequence,
      }),
    ),
    designers: designers.map((d) => ({
      id: d.designer?.rowId ?? "",
      name: d.designer?.name ?? "",
      showOrder: d.showOrder,
    })),
    models: talentIds.map((talentId) => ({ talentId, name: "", division: "", status: "confirmed" as const })),
    settings: {
      gapSeconds: schedule.gapSeconds,
      defaultWalkSeconds: schedule.defaultWalkSeconds,
      changeBufferMinutes: schedule.changeBufferMinutes,
      noBackToBack: schedule.noBackToBack,
      blockOrder: schedule.blockOrder === "free" ? "free" : "fixed",
      finaleSeconds: schedule.finaleSeconds ?? null,
    },
  };
}

/** The saved order: the schedule's slots, then looks it does not hold yet (added since), in their own order. */
export function savedOrder(event: RunwayEvent, schedule: RunwayScheduleFragment): string[] {
  const slots = present(schedule.runwaySlots.nodes).flatMap((s) => (s.lookId ? [s.lookId] : []));
  const looks = present(event.looks.nodes);
  const known = new Set(looks.map((l) => l.rowId));
  const kept = slots.filter((id) => known.has(id));
  const missing = looks.filter((l) => !kept.includes(l.rowId)).map((l) => l.rowId);
  return [...kept, ...missing];
}

export interface PlannedRow {
  position: number;
  look: RunwayLookFragment;
  designerName: string;
  talentId: string | null;
  modelName: string;
  /** Seconds from the schedule's start. */
  startSeconds: number;
  walkSeconds: number;
  /** Seconds since the model's previous walk ended; null on their first walk. */
  sinceLastWalkSeconds: number | null;
  /** Seconds the change into this look needs (with the buffer); null on the model's first walk. */
  requiredChangeSeconds: number | null;
  /** What the checker found wrong at this position (quick change, back to back, fixed position, block…). */
  problems: Violation[];
}

export interface Plan {
  rows: PlannedRow[];
  violations: Violation[];
  minSpareSeconds: number | null;
  runningSeconds: number;
}

/** Times and problems of an order of looks, computed by the shared checker. */
export function planOf(
  event: RunwayEvent,
  schedule: RunwayScheduleFragment,
  order: readonly string[],
  show: RunwayShow = showOf(event, schedule),
): Plan {
  const looks = new Map(present(event.looks.nodes).map((l) => [l.rowId, l]));
  const designers = new Map(present(event.eventDesigners.nodes).map((d) => [d.designer?.rowId, d.designer?.name]));
  const names = modelNames(schedule);
  const run = { slots: order.map((lookId) => ({ lookId, talentId: looks.get(lookId)?.talentId ?? "" })) };
  const check = checkRunOfShow(show, run);
  const lastEnd = new Map<string, number>();
  const rows = order.flatMap((lookId, i): PlannedRow[] => {
    const look = looks.get(lookId);
    if (!look) return [];
    const start = check.startSeconds[i] ?? 0;
    const walk = look.walkSeconds ?? schedule.defaultWalkSeconds;
    const talent = look.talentId ?? null;
    const previous = talent ? lastEnd.get(talent) : undefined;
    if (talent) lastEnd.set(talent, start + walk);
    const position = i + 1;
    return [
      {
        position,
        look,
        designerName: designers.get(look.designerId) ?? "",
        talentId: talent,
        modelName: (talent && names.get(talent)) || "",
        startSeconds: start,
        walkSeconds: walk,
        sinceLastWalkSeconds: previous === undefined ? null : start - previous,
        requiredChangeSeconds: previous === undefined ? null : (look.changeMinutes + schedule.changeBufferMinutes) * 60,
        problems: check.violations.filter((v) => violationPositions(v).includes(position)),
      },
    ];
  });
  return {
    rows,
    violations: check.violations,
    minSpareSeconds: check.minSpareSeconds,
    runningSeconds: check.runningSeconds,
  };
}

/** The positions a violation concerns (for marking rows). */
export function violationPositions(v: Violation): number[] {
  switch (v.kind) {
    case "quick_change":
      return [v.positions[1]];
    case "back_to_back":
      return [v.positions[1]];
    case "block_split":
      return v.positions;
    case "duplicate_look":
      return v.positions;
    case "fixed_position":
    case "unknown_look":
    case "wrong_model":
    case "model_not_confirmed":
    case "timing_mismatch":
      return [v.position];
    default:
      return [];
  }
}

/** Model names by talent id, from the slots (the API gives each slot its model's name). */
export function modelNames(schedule: RunwayScheduleFragment): Map<string, string> {
  const names = new Map<string, string>();
  for (const slot of present(schedule.runwaySlots.nodes))
    if (slot.talentId && slot.modelName) names.set(slot.talentId, slot.modelName);
  return names;
}

/** The instant a slot enters, from the schedule's start and the slot's offset in seconds. */
export function instantOf(startsAt: string | null | undefined, offsetSeconds: number): string | null {
  if (!startsAt) return null;
  const start = Date.parse(startsAt);
  return Number.isNaN(start) ? null : new Date(start + offsetSeconds * 1000).toISOString();
}

/** "m:ss" for a number of seconds (negative with a minus). */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? "−" : "";
  const s = Math.abs(Math.round(seconds));
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
