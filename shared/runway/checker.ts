// The independent checker of a run of show. It shares nothing with the
// solver's model (only the input types): it walks the order once, recomputes
// every clock time from the rules in show.ts, and lists every rule broken.
// The solver's answers, a producer's drag-and-drop order and the remedies are
// all judged by this one function. Pure (no Node, no DOM): the worker, the
// tests and the dashboard (the Pasarela page re-checks a dragged order in the
// browser) run the same code.
import type { PlannedSlot, RunOfShow, RunwayShow } from "./show.ts";

export type Violation =
  | { kind: "unknown_look"; position: number; lookId: string }
  | { kind: "duplicate_look"; lookId: string; positions: number[] }
  | { kind: "missing_look"; lookId: string }
  | { kind: "wrong_model"; position: number; lookId: string; talentId: string; expectedTalentId: string | null }
  | { kind: "model_not_confirmed"; position: number; lookId: string; talentId: string }
  | { kind: "block_split"; designerId: string; positions: number[] }
  | { kind: "block_order"; designerId: string; after: string }
  | { kind: "fixed_position"; position: number; lookId: string; fixedPosition: "opening" | "closing" | "finale" }
  | { kind: "back_to_back"; talentId: string; positions: [number, number]; lookIds: [string, string] }
  | {
      kind: "quick_change";
      talentId: string;
      fromLookId: string;
      toLookId: string;
      positions: [number, number];
      /** Seconds between the end of the earlier walk and the start of the later one. */
      availableSeconds: number;
      /** (later look's change minutes + buffer) × 60. */
      requiredSeconds: number;
      missingSeconds: number;
    }
  | { kind: "timing_mismatch"; position: number; field: string; claimed: number | null; actual: number | null };

export interface CheckResult {
  violations: Violation[];
  /** Clock offsets recomputed by the checker, seconds from the schedule start. */
  startSeconds: number[];
  /** The tightest change's spare seconds (null when no model walks twice). */
  minSpareSeconds: number | null;
  runningSeconds: number;
}

/**
 * Verifies a run of show against the show's rules. `claimed` (the solver's
 * slots) is compared with the recomputed times when given.
 */
export function checkRunOfShow(show: RunwayShow, run: RunOfShow, claimed?: readonly PlannedSlot[]): CheckResult {
  const violations: Violation[] = [];
  const s = show.settings;
  const lookById = new Map(show.looks.map((l) => [l.id, l]));
  const confirmed = new Set(show.models.filter((m) => m.status === "confirmed").map((m) => m.talentId));

  // Every look exactly once.
  const seen = new Map<string, number[]>();
  run.slots.forEach((slot, index) => {
    const list = seen.get(slot.lookId) ?? [];
    list.push(index + 1);
    seen.set(slot.lookId, list);
    const look = lookById.get(slot.lookId);
    if (!look) violations.push({ kind: "unknown_look", position: index + 1, lookId: slot.lookId });
    else if (look.talentId !== slot.talentId)
      violations.push({
        kind: "wrong_model",
        position: index + 1,
        lookId: slot.lookId,
        talentId: slot.talentId,
        expectedTalentId: look.talentId,
      });
    if (!confirmed.has(slot.talentId))
      violations.push({
        kind: "model_not_confirmed",
        position: index + 1,
        lookId: slot.lookId,
        talentId: slot.talentId,
      });
  });
  for (const [lookId, positions] of seen)
    if (positions.length > 1) violations.push({ kind: "duplicate_look", lookId, positions });
  for (const look of show.looks) if (!seen.has(look.id)) violations.push({ kind: "missing_look", lookId: look.id });

  // Blocks: each designer's positions contiguous; the line-up order when fixed.
  const designerOf = (i: number) => lookById.get(run.slots[i]?.lookId ?? "")?.designerId;
  const positionsOf = new Map<string, number[]>();
  run.slots.forEach((_, i) => {
    const d = designerOf(i);
    if (d === undefined) return;
    positionsOf.set(d, [...(positionsOf.get(d) ?? []), i + 1]);
  });
  for (const [designerId, positions] of positionsOf) {
    const first = positions[0] ?? 0;
    const last = positions[positions.length - 1] ?? 0;
    if (last - first + 1 !== positions.length) violations.push({ kind: "block_split", designerId, positions });
  }
  if (s.blockOrder === "fixed") {
    const lineUp = new Map(show.designers.map((d) => [d.id, d.showOrder]));
    let previous: string | undefined;
    for (let i = 0; i < run.slots.length; i++) {
      const d = designerOf(i);
      if (d === undefined || d === previous) continue;
      // Blocks must appear by ascending show_order (ties broken by id).
      if (previous !== undefined) {
        const a = lineUp.get(previous) ?? 0;
        const b = lineUp.get(d) ?? 0;
        if (a > b || (a === b && previous > d))
          violations.push({ kind: "block_order", designerId: d, after: previous });
      }
      previous = d;
    }
  }

  // Fixed positions.
  run.slots.forEach((slot, i) => {
    const look = lookById.get(slot.lookId);
    if (!look?.fixedPosition) return;
    const positions = positionsOf.get(look.designerId) ?? [];
    const ok =
      look.fixedPosition === "opening"
        ? positions[0] === i + 1
        : look.fixedPosition === "closing"
          ? positions[positions.length - 1] === i + 1
          : i === run.slots.length - 1;
    if (!ok)
      violations.push({
        kind: "fixed_position",
        position: i + 1,
        lookId: slot.lookId,
        fixedPosition: look.fixedPosition,
      });
  });

  // Clock: walk k+1 enters gap seconds after walk k ends; changes and back-to-back per model.
  const startSeconds: number[] = [];
  const lastWalk = new Map<string, { end: number; position: number; lookId: string }>();
  let minSpare: number | null = null;
  let t = 0;
  let end = 0;
  run.slots.forEach((slot, i) => {
    const look = lookById.get(slot.lookId);
    const walkSeconds = look?.walkSeconds ?? s.defaultWalkSeconds;
    if (i > 0) t = end + s.gapSeconds;
    startSeconds.push(t);
    const previous = lastWalk.get(slot.talentId);
    let since: number | null = null;
    let required: number | null = null;
    if (previous && look) {
      since = t - previous.end;
      required = 60 * (look.changeMinutes + s.changeBufferMinutes);
      minSpare = minSpare === null ? since - required : Math.min(minSpare, since - required);
      if (since < required)
        violations.push({
          kind: "quick_change",
          talentId: slot.talentId,
          fromLookId: previous.lookId,
          toLookId: slot.lookId,
          positions: [previous.position, i + 1],
          availableSeconds: since,
          requiredSeconds: required,
          missingSeconds: required - since,
        });
      if (s.noBackToBack && previous.position === i)
        violations.push({
          kind: "back_to_back",
          talentId: slot.talentId,
          positions: [i, i + 1],
          lookIds: [previous.lookId, slot.lookId],
        });
    }
    end = t + walkSeconds;
    lastWalk.set(slot.talentId, { end, position: i + 1, lookId: slot.lookId });
    const c = claimed?.[i];
    if (claimed) {
      const compare = (field: string, a: number | null | undefined, b: number | null) => {
        if ((a ?? null) !== b)
          violations.push({ kind: "timing_mismatch", position: i + 1, field, claimed: a ?? null, actual: b });
      };
      compare("position", c?.position, i + 1);
      compare("startSeconds", c?.startSeconds, t);
      compare("walkSeconds", c?.walkSeconds, walkSeconds);
      compare("sinceLastWalkSeconds", c?.sinceLastWalkSeconds, since);
      compare("requiredChangeSeconds", c?.requiredChangeSeconds, required);
      if (c && (c.lookId !== slot.lookId || c.talentId !== slot.talentId))
        violations.push({
          kind: "timing_mismatch",
          position: i + 1,
          field: "lookId/talentId",
          claimed: null,
          actual: null,
        });
    }
  });
  if (claimed && claimed.length !== run.slots.length)
    violations.push({
      kind: "timing_mismatch",
      position: 0,
      field: "slots",
      claimed: claimed.length,
      actual: run.slots.length,
    });
  const runningSeconds = run.slots.length ? (s.finaleSeconds === null ? end : end + s.gapSeconds + s.finaleSeconds) : 0;
  return { violations, startSeconds, minSpareSeconds: minSpare, runningSeconds };
}

/** A solver's slots as a run of show. */
export function runOf(slots: readonly { lookId: string; talentId: string }[]): RunOfShow {
  return { slots: slots.map((s) => ({ lookId: s.lookId, talentId: s.talentId })) };
}
