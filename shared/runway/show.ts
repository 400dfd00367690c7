// The run-of-show problem as the Runway Timing solver, checker and remedy
// generator see it: a show's looks, designers, models and settings, as
// `app_private.runway_solver_input(schedule_id)` returns them (validated here
// with zod at that boundary), and the shape of a planned run of show.
//
// Units: seconds for walks, gaps, clock offsets and spare time; minutes for
// change_minutes and the change buffer (as producers state them). Offsets are
// from the schedule's start (`runway_schedules.starts_at`, a UTC instant shown
// in America/Bogota); nothing here depends on a time zone.
//
// The rules (issue 17; domain.md "The show"):
// - every look walks once, worn by its model (a confirmed casting of the event);
// - a designer's looks walk as one contiguous block; blocks follow the event's
//   line-up (`event_designers.show_order`) when the order is fixed, any order when free;
// - a look fixed as `opening` walks first in its designer's block, `closing` last in
//   it, `finale` last in the whole show (the showstopper before the finale walk);
// - the runway never stops: walk k+1 enters `gapSeconds` after walk k ends;
// - quick change: between the end of a model's walk and the start of their next
//   walk there are at least (next look's change_minutes + changeBufferMinutes) × 60 s;
// - with `noBackToBack`, a model never walks two consecutive positions;
// - the finale (all models out, in the look they wore last) starts `gapSeconds`
//   after the last walk and lasts `finaleSeconds` (null: no finale).
import { z } from "zod";

export const FIXED_POSITIONS = ["opening", "closing", "finale"] as const;
export type FixedPosition = (typeof FIXED_POSITIONS)[number];

const id = z.string().min(1).max(100);

export const showLookSchema = z.object({
  id,
  title: z.string(),
  designerId: id,
  /** The model wearing it; null when none is assigned yet (the show cannot be solved then). */
  talentId: id.nullable(),
  /** Minutes the model needs to get into this look (the quick change before it), 0–120. */
  changeMinutes: z.number().int().min(0).max(120),
  /** Seconds this look is on the runway; null: the schedule's default. */
  walkSeconds: z.number().int().min(5).max(600).nullable(),
  fixedPosition: z.enum(FIXED_POSITIONS).nullable(),
  /** The producer's own order of the looks (looks.sequence): used only to list looks in messages. */
  sequence: z.number().int(),
});
export type ShowLook = z.infer<typeof showLookSchema>;

export const showDesignerSchema = z.object({
  id,
  name: z.string(),
  /** Position of the designer's block in the event's line-up (1 opens). */
  showOrder: z.number().int(),
});
export type ShowDesigner = z.infer<typeof showDesignerSchema>;

export const showModelSchema = z.object({
  talentId: id,
  name: z.string(),
  division: z.string(),
  /** Casting status for this event: confirmed models walk, backups may take over a look. */
  status: z.enum(["confirmed", "backup"]),
});
export type ShowModel = z.infer<typeof showModelSchema>;

export const showSettingsSchema = z.object({
  /** Seconds between the end of one walk and the start of the next, 0–600. */
  gapSeconds: z.number().int().min(0).max(600),
  /** Walk length for looks without their own, 5–600 s. */
  defaultWalkSeconds: z.number().int().min(5).max(600),
  /** Minutes added to every quick change, 0–60. */
  changeBufferMinutes: z.number().int().min(0).max(60),
  /** "A model never walks twice in a row." */
  noBackToBack: z.boolean(),
  /** fixed: blocks follow the line-up (show_order); free: the solver orders them. */
  blockOrder: z.enum(["fixed", "free"]),
  /** Length of the finale walk (all models out), seconds; null: no finale. */
  finaleSeconds: z.number().int().min(0).max(1800).nullable(),
});
export type ShowSettings = z.infer<typeof showSettingsSchema>;

export const runwayShowSchema = z.object({
  looks: z.array(showLookSchema).max(1000),
  designers: z.array(showDesignerSchema).max(200),
  /** Confirmed and backup castings of the event (backups only appear as remedy candidates). */
  models: z.array(showModelSchema).max(2000),
  settings: showSettingsSchema,
});
export type RunwayShow = z.infer<typeof runwayShowSchema>;

/** One walk of a planned run of show. */
export interface PlannedSlot {
  /** 1 opens the show. */
  position: number;
  lookId: string;
  designerId: string;
  talentId: string;
  /** Seconds from the schedule's start when the look enters the runway. */
  startSeconds: number;
  walkSeconds: number;
  /** Seconds between the end of this model's previous walk and this walk's start; null on their first walk. */
  sinceLastWalkSeconds: number | null;
  /** Seconds this change needs: (changeMinutes + buffer) × 60; null on the model's first walk. */
  requiredChangeSeconds: number | null;
}

/** A run of show as the checker verifies it: the looks in order (talent may differ from the look's own after a remedy). */
export interface RunOfShow {
  slots: { lookId: string; talentId: string }[];
}

export const walkOf = (look: ShowLook, settings: ShowSettings) => look.walkSeconds ?? settings.defaultWalkSeconds;
export const changeSecondsOf = (look: ShowLook, settings: ShowSettings) =>
  (look.changeMinutes + settings.changeBufferMinutes) * 60;
