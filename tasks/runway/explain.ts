// Infeasible shows explained, not just refused (issue 17): which models and
// looks conflict and how many seconds are missing, and concrete remedies that
// are each verified to make the show solvable, ranked.
//
// 1. The closest order: the solver's model made elastic (every quick change may
//    fall short at a cost of one per missing second, a back-to-back walk costs
//    an hour), solved by HiGHS: the order with the fewest seconds missing.
// 2. Conflicts: what the independent checker finds wrong in that order.
// 3. Remedies, each tried and kept only when the show then has a valid order:
//    - give a conflicting look to another model of the same division from the
//      candidates (confirmed models of the event, then backups), verified by
//      solving the show again with that change;
//    - change the line-up (when the block order is fixed): the order the solver
//      finds with the blocks free;
//    - add N seconds between all looks (the smallest N that makes the closest
//      order valid, checked);
//    - hold the runway N seconds before given looks (the least total hold for the
//      closest order: right-endpoint greedy over the short changes);
//    - release a look's fixed position (opening, closing, finale) and move it
//      after the look the solver then puts before it;
//    - allow a model to walk twice in a row, when that rule is what blocks the show.
//    A plain "move look X after Y" cannot help on its own: the solver already
//    tried every order the rules allow.
// Ranking (least disruptive first): a confirmed model takes the look, then a
// line-up change, more gap, holds, a backup model, a released fixed position, the
// back-to-back rule; within a kind, fewer seconds first.
import { checkRunOfShow, runOf } from "../../shared/runway/checker.ts";
import type { FixedPosition, PlannedSlot, RunwayShow, ShowModel } from "../../shared/runway/show.ts";
import { solveMip } from "./mip.ts";
import { buildModel, planFrom, type StructuralProblem, solveRunway, structuralProblems } from "./solver.ts";

export type Conflict =
  | {
      kind: "quick_change";
      talentId: string;
      fromLookId: string;
      toLookId: string;
      positions: [number, number];
      availableSeconds: number;
      requiredSeconds: number;
      missingSeconds: number;
    }
  | { kind: "back_to_back"; talentId: string; lookIds: [string, string]; positions: [number, number] };

export type Remedy = { rank: number; message: string } & (
  | {
      kind: "reassign_look";
      lookId: string;
      fromTalentId: string;
      toTalentId: string;
      toStatus: "confirmed" | "backup";
    }
  | { kind: "change_line_up"; designerOrder: string[] }
  | { kind: "add_gap"; seconds: number; gapSeconds: number }
  | { kind: "hold"; holds: { beforeLookId: string; seconds: number }[]; totalSeconds: number }
  | { kind: "release_fixed_position"; lookId: string; fixedPosition: FixedPosition; afterLookId: string | null }
  | { kind: "allow_back_to_back" }
);

export interface Explanation {
  /** Data problems to fix first (then there is no closest order and no remedy). */
  structural: StructuralProblem[];
  /** The order with the fewest seconds missing; null when none was found in time. */
  closestOrder: PlannedSlot[] | null;
  conflicts: Conflict[];
  /** Σ seconds missing over the quick-change conflicts of the closest order. */
  missingSeconds: number;
  remedies: Remedy[];
}

export interface ExplainOptions {
  /** Who may take a look over: confirmed and backup castings (default: the show's models). */
  candidates?: readonly ShowModel[];
  /** HiGHS time for the closest order (default 10 s). */
  timeLimitSeconds?: number;
  /** HiGHS time per remedy tried (default 2 s). */
  remedyTimeLimitSeconds?: number;
  /** At most this many reassignments are tried (default 20). */
  maxReassignments?: number;
}

const KIND_RANK: Record<Remedy["kind"], number> = {
  reassign_look: 1,
  change_line_up: 2,
  add_gap: 3,
  hold: 4,
  release_fixed_position: 6,
  allow_back_to_back: 7,
};

export async function explainInfeasible(show: RunwayShow, options: ExplainOptions = {}): Promise<Explanation> {
  const structural = structuralProblems(show);
  const empty = { closestOrder: null, conflicts: [], missingSeconds: 0, remedies: [] };
  if (structural.length) return { structural, ...empty };
  const model = buildModel(show, { elastic: true });
  const mip = await solveMip(model.builder, {
    timeLimitSeconds: options.timeLimitSeconds ?? 10,
    mipRelGap: 0,
    mipAbsGap: 0.5,
  });
  if (!mip.values) return { structural, ...empty };
  const plan = planFrom(show, model.orderFrom(mip.values));
  const check = checkRunOfShow(show, runOf(plan.slots));
  const conflicts: Conflict[] = [];
  for (const v of check.violations) {
    if (v.kind === "quick_change") conflicts.push({ ...v });
    else if (v.kind === "back_to_back")
      conflicts.push({ kind: "back_to_back", talentId: v.talentId, lookIds: v.lookIds, positions: v.positions });
  }
  const missingSeconds = conflicts.reduce((sum, c) => sum + (c.kind === "quick_change" ? c.missingSeconds : 0), 0);
  const names = namer(show);
  const remedies: Remedy[] = [];
  const limit = options.remedyTimeLimitSeconds ?? 2;
  const solvable = async (changed: RunwayShow) => {
    const result = await solveRunway(changed, { timeLimitSeconds: limit, feasibilityOnly: true });
    if (result.status !== "optimal" && result.status !== "feasible") return null;
    // Every remedy is judged by the independent checker too.
    return checkRunOfShow(changed, runOf(result.slots)).violations.length ? null : result;
  };
  const quick = conflicts.filter((c) => c.kind === "quick_change");

  // A confirmed model (or a backup) of the same division takes a conflicting look over.
  const candidates = options.candidates ?? show.models;
  const division = new Map(candidates.map((m) => [m.talentId, m.division]));
  for (const m of show.models) if (!division.has(m.talentId)) division.set(m.talentId, m.division);
  const conflictLooks = [
    ...new Set(
      conflicts.flatMap((c) => (c.kind === "quick_change" ? [c.toLookId, c.fromLookId] : [c.lookIds[1], c.lookIds[0]])),
    ),
  ];
  let tries = 0;
  for (const lookId of conflictLooks) {
    const look = show.looks.find((l) => l.id === lookId);
    if (!look?.talentId) continue;
    const wanted = division.get(look.talentId);
    const pool = candidates
      .filter((c) => c.talentId !== look.talentId && c.division === wanted)
      .sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name, "es") : a.status === "confirmed" ? -1 : 1));
    for (const candidate of pool) {
      if (tries++ >= (options.maxReassignments ?? 20)) break;
      const changed: RunwayShow = {
        ...show,
        looks: show.looks.map((l) => (l.id === lookId ? { ...l, talentId: candidate.talentId } : l)),
        models: [
          ...show.models.filter((m) => m.talentId !== candidate.talentId),
          { ...candidate, status: "confirmed" },
        ],
      };
      if (!(await solvable(changed))) continue;
      remedies.push({
        kind: "reassign_look",
        lookId,
        fromTalentId: look.talentId,
        toTalentId: candidate.talentId,
        toStatus: candidate.status,
        rank: 0,
        message: `Dar el look «${names.look(lookId)}» a ${candidate.name}${candidate.status === "backup" ? " (suplente)" : ""} en lugar de ${names.model(look.talentId)}.`,
      });
    }
  }

  // The line-up, when it is fixed and a free order works.
  if (show.settings.blockOrder === "fixed" && new Set(show.looks.map((l) => l.designerId)).size > 1) {
    const result = await solvable({ ...show, settings: { ...show.settings, blockOrder: "free" } });
    if (result)
      remedies.push({
        kind: "change_line_up",
        designerOrder: result.designerOrder,
        rank: 0,
        message: `Cambiar el orden de los bloques: ${result.designerOrder.map(names.designer).join(" → ")}.`,
      });
  }

  // More gap between looks: the smallest N that makes the closest order valid.
  if (quick.length && !conflicts.some((c) => c.kind === "back_to_back")) {
    let extra = Math.max(...quick.map((c) => Math.ceil(c.missingSeconds / (c.positions[1] - c.positions[0]))));
    const withGap = (n: number) => ({
      ...show,
      settings: { ...show.settings, gapSeconds: show.settings.gapSeconds + n },
    });
    // The bound above always works for this order; a smaller N may too.
    while (extra > 1 && checkRunOfShow(withGap(extra - 1), runOf(plan.slots)).violations.length === 0) extra--;
    if (
      show.settings.gapSeconds + extra <= 600 &&
      checkRunOfShow(withGap(extra), runOf(plan.slots)).violations.length === 0
    )
      remedies.push({
        kind: "add_gap",
        seconds: extra,
        gapSeconds: show.settings.gapSeconds + extra,
        rank: 0,
        message: `Sumar ${extra} s entre looks (de ${show.settings.gapSeconds} s a ${show.settings.gapSeconds + extra} s).`,
      });

    // Holds: a pause before the later look of each short change, shared where they overlap.
    const holds = new Map<number, number>(); // position (1-based) → seconds held before it
    for (const c of [...quick].sort((a, b) => a.positions[1] - b.positions[1])) {
      let credited = 0;
      for (const [p, s] of holds) if (p > c.positions[0] && p <= c.positions[1]) credited += s;
      if (credited < c.missingSeconds)
        holds.set(c.positions[1], (holds.get(c.positions[1]) ?? 0) + c.missingSeconds - credited);
    }
    const list = [...holds]
      .sort((a, b) => a[0] - b[0])
      .map(([p, seconds]) => ({ beforeLookId: plan.slots[p - 1]?.lookId ?? "", seconds }));
    const total = list.reduce((sum, h) => sum + h.seconds, 0);
    remedies.push({
      kind: "hold",
      holds: list,
      totalSeconds: total,
      rank: 0,
      message: `Pausar la pasarela ${list.map((h) => `${h.seconds} s antes del look «${names.look(h.beforeLookId)}»`).join(", ")}.`,
    });
  }

  // Fixed positions of the looks in conflict, and of their blocks.
  const conflictDesigners = new Set(conflictLooks.map((id) => show.looks.find((l) => l.id === id)?.designerId));
  for (const look of show.looks) {
    if (!look.fixedPosition || !(conflictLooks.includes(look.id) || conflictDesigners.has(look.designerId))) continue;
    const released = { ...show, looks: show.looks.map((l) => (l.id === look.id ? { ...l, fixedPosition: null } : l)) };
    const result = await solvable(released);
    if (!result) continue;
    const at = result.slots.findIndex((s) => s.lookId === look.id);
    const afterLookId = at > 0 ? (result.slots[at - 1]?.lookId ?? null) : null;
    remedies.push({
      kind: "release_fixed_position",
      lookId: look.id,
      fixedPosition: look.fixedPosition,
      afterLookId,
      rank: 0,
      message: afterLookId
        ? `Quitar el look «${names.look(look.id)}» de ${POSITION_ES[look.fixedPosition]} y pasarlo después de «${names.look(afterLookId)}».`
        : `Quitar el look «${names.look(look.id)}» de ${POSITION_ES[look.fixedPosition]} (abre el show).`,
    });
  }

  if (show.settings.noBackToBack && conflicts.some((c) => c.kind === "back_to_back")) {
    if (await solvable({ ...show, settings: { ...show.settings, noBackToBack: false } }))
      remedies.push({
        kind: "allow_back_to_back",
        rank: 0,
        message: "Permitir que una modelo salga dos veces seguidas.",
      });
  }

  const size = (r: Remedy) =>
    r.kind === "add_gap" ? r.seconds : r.kind === "hold" ? r.totalSeconds : r.kind === "reassign_look" ? 0 : 0;
  const kindRank = (r: Remedy) => (r.kind === "reassign_look" && r.toStatus === "backup" ? 5 : KIND_RANK[r.kind]);
  remedies.sort((a, b) => kindRank(a) - kindRank(b) || size(a) - size(b) || a.message.localeCompare(b.message, "es"));
  remedies.forEach((r, i) => {
    r.rank = i + 1;
  });
  return { structural, closestOrder: plan.slots, conflicts, missingSeconds, remedies };
}

const POSITION_ES: Record<FixedPosition, string> = {
  opening: "apertura de su bloque",
  closing: "cierre de su bloque",
  finale: "cierre del show",
};

function namer(show: RunwayShow) {
  const looks = new Map(show.looks.map((l) => [l.id, l.title]));
  const models = new Map(show.models.map((m) => [m.talentId, m.name]));
  const designers = new Map(show.designers.map((d) => [d.id, d.name]));
  return {
    look: (id: string) => looks.get(id) ?? id,
    model: (id: string) => models.get(id) ?? id,
    designer: (id: string) => designers.get(id) ?? id,
  };
}

/** One conflict in es-CO, for the producer. */
export function describeConflict(show: RunwayShow, c: Conflict): string {
  const names = namer(show);
  if (c.kind === "back_to_back")
    return `${names.model(c.talentId)} saldría dos veces seguidas: «${names.look(c.lookIds[0])}» y «${names.look(c.lookIds[1])}».`;
  return (
    `${names.model(c.talentId)} tiene ${formatSeconds(c.availableSeconds)} entre «${names.look(c.fromLookId)}» y ` +
    `«${names.look(c.toLookId)}» y necesita ${formatSeconds(c.requiredSeconds)}: faltan ${formatSeconds(c.missingSeconds)}.`
  );
}

function formatSeconds(s: number): string {
  const m = Math.floor(s / 60);
  const r = s % 60;
  return m && r ? `${m} min ${r} s` : m ? `${m} min` : `${r} s`;
}

/**
 * The show with a remedy applied (what the producer accepts), for solving again.
 * Holds are not a show setting: null for them (the caller keeps the closest order).
 */
export function applyRemedy(show: RunwayShow, remedy: Remedy): RunwayShow | null {
  switch (remedy.kind) {
    case "reassign_look": {
      const candidate = show.models.find((m) => m.talentId === remedy.toTalentId);
      return {
        ...show,
        looks: show.looks.map((l) => (l.id === remedy.lookId ? { ...l, talentId: remedy.toTalentId } : l)),
        models: candidate
          ? show.models.map((m) => (m.talentId === remedy.toTalentId ? { ...m, status: "confirmed" } : m))
          : show.models,
      };
    }
    case "change_line_up":
      return {
        ...show,
        designers: show.designers.map((d) => {
          const at = remedy.designerOrder.indexOf(d.id);
          return { ...d, showOrder: at < 0 ? remedy.designerOrder.length + d.showOrder : at + 1 };
        }),
      };
    case "add_gap":
      return { ...show, settings: { ...show.settings, gapSeconds: remedy.gapSeconds } };
    case "release_fixed_position":
      return { ...show, looks: show.looks.map((l) => (l.id === remedy.lookId ? { ...l, fixedPosition: null } : l)) };
    case "allow_back_to_back":
      return { ...show, settings: { ...show.settings, noBackToBack: false } };
    case "hold":
      return null;
  }
}
