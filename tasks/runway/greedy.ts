// A constructive first order for the run-of-show solver: a randomised greedy
// ("list scheduling" with restarts), the standard way to hand a MIP solver a
// feasible start. HiGHS takes it as a starting solution (setSolution), so the
// search spends its time improving an order instead of looking for a first one,
// which on large shows (150 looks) it often could not do within the limit.
//
// One pass walks the positions in order: the blocks in line-up order (free
// order: the line-up, then random orders on later passes; the finale's block
// last), and at each position the look, among those that may walk there
// (opening first, closing and finale last), whose model is dressed in time and
// did not walk just before — preferring the models with the most looks still to
// walk in this block (they need the block's length to fit their changes), then
// in the whole show, then the longest change, then the longest wait; the models
// of the fixed looks just ahead (this block's closing, the next block's opening)
// are kept back when they would not be dressed in time for them. Later passes
// draw among the best few at random (seeded: the same show gives the same
// orders). A pass that reaches a position where no look fits is dropped. The best
// valid order found (largest smallest spare) within the time budget wins.
// Pure and deterministic for a given show and number of passes.
import { changeSecondsOf, type RunwayShow, type ShowLook, walkOf } from "../../shared/runway/show.ts";

export interface GreedyResult {
  order: ShowLook[];
  /** Smallest spare of any quick change in the order (null: nobody walks twice). */
  minSpareSeconds: number | null;
  passes: number;
}

/** mulberry32: a small seeded PRNG, so the passes are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Valid orders by randomised greedy passes within `budgetSeconds` (and at most `maxPasses`);
 * the best one found, or null when no pass got through. `blockOrder` lists the designers in
 * line-up order (the caller's blockOrderOf).
 */
export function greedyOrder(
  show: RunwayShow,
  blockOrder: readonly string[],
  options: { budgetSeconds: number; maxPasses?: number; seed?: number },
): GreedyResult | null {
  const started = performance.now();
  const { settings } = show;
  const free = settings.blockOrder === "free";
  const byBlock = new Map<string, ShowLook[]>(blockOrder.map((d) => [d, []]));
  for (const look of show.looks) byBlock.get(look.designerId)?.push(look);
  const finaleBlock = show.looks.find((l) => l.fixedPosition === "finale")?.designerId;
  const totalByModel = new Map<string, number>();
  for (const look of show.looks)
    totalByModel.set(look.talentId ?? "", (totalByModel.get(look.talentId ?? "") ?? 0) + 1);
  const rand = prng(options.seed ?? 17);
  let best: GreedyResult | null = null;
  const maxPasses = options.maxPasses ?? 10_000;
  let passes = 0;

  for (; passes < maxPasses; passes++) {
    if (passes > 0 && (performance.now() - started) / 1000 > options.budgetSeconds) break;
    // Pass 0 is plain greedy; later ones pick among the best few at random.
    const spread = passes === 0 ? 1 : 1 + Math.floor(rand() * 3);
    let blocks = [...blockOrder];
    if (free && passes > 0) {
      for (let i = blocks.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [blocks[i], blocks[j]] = [blocks[j] as string, blocks[i] as string];
      }
    }
    if (finaleBlock !== undefined) blocks = [...blocks.filter((d) => d !== finaleBlock), finaleBlock];

    const lastEnd = new Map<string, number>();
    const left = new Map(totalByModel);
    const order: ShowLook[] = [];
    let clock = 0;
    let previousModel: string | null = null;
    let minSpare: number | null = null;
    let failed = false;
    for (const [b, designerId] of blocks.entries()) {
      const remaining = [...(byBlock.get(designerId) ?? [])];
      const size = remaining.length;
      // Looks that must wait for given positions: this block's closing (or finale) and the next block's opening.
      const closing = remaining.find((l) => l.fixedPosition === "closing" || l.fixedPosition === "finale");
      const nextOpening = (byBlock.get(blocks[b + 1] ?? "") ?? []).find((l) => l.fixedPosition === "opening");
      for (let r = 0; r < size && !failed; r++) {
        const last = r === size - 1;
        const allowed = remaining.filter((l) =>
          r === 0 && remaining.some((o) => o.fixedPosition === "opening")
            ? l.fixedPosition === "opening"
            : l.fixedPosition === "closing" || l.fixedPosition === "finale"
              ? last
              : !last || !remaining.some((o) => o.fixedPosition === "closing" || o.fixedPosition === "finale"),
        );
        const fitting: { look: ShowLook; spare: number | null; score: number }[] = [];
        for (const look of allowed) {
          const model = look.talentId ?? "";
          if (settings.noBackToBack && previousModel === model) continue;
          const end = lastEnd.get(model);
          const spare = end === undefined ? null : clock - end - changeSecondsOf(look, settings);
          if (spare !== null && spare < 0) continue;
          // Most looks still to walk first; then the longest wait (a first walk counts as a long one).
          const waited = end === undefined ? 1e6 : clock - end;
          const inBlock = remaining.filter((l) => l.talentId === look.talentId).length;
          fitting.push({
            look,
            spare,
            score: inBlock * 1e10 + (left.get(model) ?? 0) * 1e7 + changeSecondsOf(look, settings) * 1e3 + waited,
          });
        }
        if (!fitting.length) {
          failed = true;
          break;
        }
        // Keep the models of the fixed looks ahead dressed in time for them (when anything else fits):
        // their entrance is estimated with the default walk.
        const step = settings.defaultWalkSeconds + settings.gapSeconds;
        const reserved = (look: ShowLook) => {
          const end = clock + walkOf(look, settings);
          const tooClose = (fixed: ShowLook | undefined, positionsAhead: number) =>
            fixed !== undefined &&
            fixed !== look &&
            fixed.talentId === look.talentId &&
            clock + positionsAhead * step - end < changeSecondsOf(fixed, settings);
          return tooClose(closing, size - 1 - r) || tooClose(nextOpening, size - r);
        };
        const unreserved = fitting.filter((f) => !reserved(f.look));
        if (unreserved.length) fitting.splice(0, fitting.length, ...unreserved);
        fitting.sort((a, b) => b.score - a.score || a.look.sequence - b.look.sequence);
        const pick = fitting[Math.min(fitting.length - 1, Math.floor(rand() * spread))] as (typeof fitting)[number];
        const model = pick.look.talentId ?? "";
        if (pick.spare !== null) minSpare = minSpare === null ? pick.spare : Math.min(minSpare, pick.spare);
        order.push(pick.look);
        remaining.splice(remaining.indexOf(pick.look), 1);
        left.set(model, (left.get(model) ?? 1) - 1);
        lastEnd.set(model, clock + walkOf(pick.look, settings));
        clock += walkOf(pick.look, settings) + settings.gapSeconds;
        previousModel = model;
      }
      if (failed) break;
    }
    if (failed) continue;
    if (!best || (minSpare ?? Number.POSITIVE_INFINITY) > (best.minSpareSeconds ?? Number.POSITIVE_INFINITY)) {
      best = { order, minSpareSeconds: minSpare, passes: passes + 1 };
    }
    // Nobody walks twice: nothing to improve.
    if (minSpare === null) break;
  }
  if (best) best.passes = passes;
  return best;
}
