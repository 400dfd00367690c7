// The Runway Timing solver: orders a show's looks with HiGHS (mixed-integer
// programming) so that every quick change fits, the designers' blocks and fixed
// positions hold, and no model walks twice in a row. Pure: no database, no clock
// other than the time limit. The rules are in show.ts.
//
// Objective. The runway never stops, so the running time is fixed by the looks,
// their walks, the gap and the finale: Σ walks + (n − 1) × gap (+ gap + finale).
// What an order changes is how tight the changes are, so the solver "evens the
// gaps": it maximises the smallest spare time of any quick change (spare = time
// between the model's walks − the change it needs, in seconds). A show whose
// tightest change has 4 minutes to spare is safer backstage than one with 10 s.
//
// Formulation (position assignment inside blocks, HiGHS does the search):
//   x[i,r] ∈ {0,1}   look i walks r-th in its designer's block (opening: r = 0; closing, finale: last)
//   u[d,e] ∈ {0,1}   block d walks before block e (free block order; constants when fixed);
//                    transitivity rows keep it a linear order, the finale's block is last
//   S[i] ≥ 0         seconds from the start when look i enters (looks whose model walks twice or more)
//   o[i,j] ∈ {0,1}   two looks of one model in one block: i walks before j
//   z ≥ 0            the smallest spare time, maximised
// with Σ_r x[i,r] = 1 and each offset of a block taken once; start(d) = Σ_e size(e)·u[e,d];
// S[i] = (w0 + gap) × (start(d) + r) + Σ_k (w_k − w0) × [k before i], w0 the most common walk
// (exact entrance times; with every look at the default walk, S is linear in x alone);
// for two looks i, j of one model: S[j] − S[i] − z ≥ w_i + R_j − M(1 − [i before j]) and the
// mirror row (R = change seconds incl. buffer; [i before j] is o, u or a constant).
// Valid inequalities make the relaxation strong: a model's looks are at least K positions apart,
// the least K with K × gap + (the K − 1 longest walks) ≥ R (≥ 2 with the back-to-back rule), so any
// K consecutive positions hold at most one of them (whole show when the order is fixed, inside
// each block when free). Two HiGHS runs: any valid order first (no objective), then the best
// one started from it in the time left.
//
// Exact on small shows (HiGHS proves optimality: the spare is whole seconds and
// mip_abs_gap < 1); on large ones the time limit returns the best order found and
// the MIP gap between it and HiGHS's proved bound.

import {
  changeSecondsOf,
  type FixedPosition,
  type PlannedSlot,
  type RunwayShow,
  type ShowLook,
  walkOf,
} from "../../shared/runway/show.ts";
import { greedyOrder } from "./greedy.ts";
import { MipBuilder, type MipResult, solveMip } from "./mip.ts";

export interface SolveOptions {
  /** Seconds HiGHS may search (default 10). */
  timeLimitSeconds?: number;
  /** Relative MIP gap accepted as optimal (default 0: prove it). */
  mipRelGap?: number;
  /** Stop at the first valid order (status feasible): enough to test a remedy. */
  feasibilityOnly?: boolean;
}

/** Why a show cannot be ordered whatever the changes: data to fix first. */
export type StructuralProblem =
  | { kind: "look_without_model"; lookId: string }
  | { kind: "model_not_confirmed"; lookId: string; talentId: string }
  | { kind: "unknown_designer"; lookId: string; designerId: string }
  | { kind: "duplicate_fixed_position"; position: FixedPosition; lookIds: string[]; designerId: string | null }
  | { kind: "closing_and_finale"; designerId: string; lookIds: string[] }
  | { kind: "finale_block_not_last"; lookId: string; designerId: string; lastDesignerId: string };

export interface SolveStats {
  /** HiGHS's outcome. */
  mipStatus: MipResult["status"];
  /** Proved upper bound on the smallest spare, seconds (null: nothing to bound). */
  boundSeconds: number | null;
  /** Seconds between that bound and the answer's smallest spare (0: proved optimal). */
  gapSeconds: number | null;
  /**
   * (bound − answer) / bound: the share of the best possible spare not proved
   * reached (0: optimal; 1: only a valid order, no spare proved). HiGHS's own
   * mip_gap divides by the answer instead, which explodes near 0 s of spare.
   */
  relativeGap: number | null;
  seconds: number;
  nodes: number;
  columns: number;
  rows: number;
}

export type SolveResult =
  | {
      status: "optimal" | "feasible";
      slots: PlannedSlot[];
      /** Designer ids in block order. */
      designerOrder: string[];
      /** The tightest quick change's spare seconds; null when no model walks twice. */
      minSpareSeconds: number | null;
      /** Seconds from the first entrance to the end of the last walk (or of the finale). */
      runningSeconds: number;
      /** Seconds from the start when the finale begins; null without a finale. */
      finaleStartSeconds: number | null;
      stats: SolveStats;
    }
  | { status: "invalid"; problems: StructuralProblem[] }
  | { status: "infeasible"; stats: SolveStats }
  | { status: "unknown"; stats: SolveStats };

/** Problems that make the show impossible to order (or to solve at all) whatever the quick changes. */
export function structuralProblems(show: RunwayShow): StructuralProblem[] {
  const problems: StructuralProblem[] = [];
  const confirmed = new Set(show.models.filter((m) => m.status === "confirmed").map((m) => m.talentId));
  const designers = new Map(show.designers.map((d) => [d.id, d]));
  for (const look of show.looks) {
    if (look.talentId === null) problems.push({ kind: "look_without_model", lookId: look.id });
    else if (!confirmed.has(look.talentId))
      problems.push({ kind: "model_not_confirmed", lookId: look.id, talentId: look.talentId });
    if (!designers.has(look.designerId))
      problems.push({ kind: "unknown_designer", lookId: look.id, designerId: look.designerId });
  }
  for (const position of ["opening", "closing"] as const) {
    const byDesigner = groupBy(
      show.looks.filter((l) => l.fixedPosition === position),
      (l) => l.designerId,
    );
    for (const [designerId, looks] of byDesigner)
      if (looks.length > 1)
        problems.push({ kind: "duplicate_fixed_position", position, designerId, lookIds: looks.map((l) => l.id) });
  }
  const finales = show.looks.filter((l) => l.fixedPosition === "finale");
  if (finales.length > 1)
    problems.push({
      kind: "duplicate_fixed_position",
      position: "finale",
      designerId: null,
      lookIds: finales.map((l) => l.id),
    });
  const finale = finales[0];
  if (finale) {
    const closing = show.looks.find((l) => l.fixedPosition === "closing" && l.designerId === finale.designerId);
    if (closing)
      problems.push({ kind: "closing_and_finale", designerId: finale.designerId, lookIds: [closing.id, finale.id] });
    if (show.settings.blockOrder === "fixed") {
      const order = blockOrderOf(show);
      const last = order[order.length - 1];
      if (last !== undefined && last !== finale.designerId)
        problems.push({
          kind: "finale_block_not_last",
          lookId: finale.id,
          designerId: finale.designerId,
          lastDesignerId: last,
        });
    }
  }
  return problems;
}

/** Designers that have looks, in line-up order (show_order, then id). */
export function blockOrderOf(show: RunwayShow): string[] {
  const withLooks = new Set(show.looks.map((l) => l.designerId));
  return show.designers
    .filter((d) => withLooks.has(d.id))
    .sort((a, b) => a.showOrder - b.showOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => d.id);
}

/** Orders the show. Never throws for a bad show: returns `invalid` with the problems. */
export async function solveRunway(show: RunwayShow, options: SolveOptions = {}): Promise<SolveResult> {
  const problems = structuralProblems(show);
  if (problems.length) return { status: "invalid", problems };
  if (!show.looks.length) {
    const stats: SolveStats = {
      mipStatus: "optimal",
      boundSeconds: null,
      gapSeconds: null,
      relativeGap: null,
      seconds: 0,
      nodes: 0,
      columns: 0,
      rows: 0,
    };
    return { status: "optimal", ...planFrom(show, []), stats };
  }
  const model = buildModel(show, { elastic: false });
  const limit = options.timeLimitSeconds ?? timeLimitForLooks(show.looks.length);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  // A constructive first order (randomised greedy passes, tasks/runway/greedy.ts) in a small
  // share of the time: when it finds one, HiGHS starts from it and spends the rest improving it.
  const greedy = greedyOrder(show, blockOrderOf(show), { budgetSeconds: Math.min(2, limit * 0.1) });
  if (greedy && (options.feasibilityOnly || !model.hasPairs || limit - elapsed() <= 0.05)) {
    return fromOrder(show, greedy.order, model, elapsed(), model.hasPairs ? "feasible" : "optimal", null);
  }
  // Otherwise two HiGHS searches: a first valid order (no objective; on large shows with several
  // blocks, block by block first), then the best order, started from it, in the time left.
  // Large shows with several blocks: if the whole model finds nothing in 25 % of the time,
  // the blocks are solved one by one (rolling horizon) for a first order.
  const decompose = show.looks.length >= 30 && new Set(show.looks.map((l) => l.designerId)).size >= 2;
  let first: MipResult | null = null;
  let rolled: ShowLook[] | null = greedy?.order ?? null;
  if (!greedy) {
    first = await solveMip(model.builder, {
      timeLimitSeconds: decompose ? limit * 0.25 : limit - elapsed(),
      mipRelGap: 0,
      mipAbsGap: 0.5,
      feasibilityOnly: true,
    });
    if (!first.values && first.status !== "infeasible" && decompose) {
      rolled = await rollingHorizon(show, limit * 0.4);
      if (rolled) first = null;
      else if (limit - elapsed() > 0.05) {
        // The blocks one by one reached a dead end: the whole model again, with the time left.
        const again = await solveMip(model.builder, {
          timeLimitSeconds: limit - elapsed(),
          mipRelGap: 0,
          mipAbsGap: 0.5,
          feasibilityOnly: true,
        });
        first = { ...again, nodes: again.nodes + first.nodes };
      }
    }
  }
  const noSearch = { status: "unknown" as const, values: null, objective: null, bound: null, gap: null, nodes: 0 };
  let mip: MipResult = first ?? {
    ...noSearch,
    seconds: 0,
    columns: model.builder.columns.length,
    rows: model.builder.rows.length,
  };
  let proved: number | null = null; // HiGHS's bound on the objective (−spare)
  const start = first?.values ?? (rolled ? model.startFrom(rolled) : null);
  if (start && model.hasPairs && !options.feasibilityOnly && limit - elapsed() > 0.05) {
    const second = await solveMip(model.builder, {
      timeLimitSeconds: limit - elapsed(),
      mipRelGap: options.mipRelGap ?? 0,
      mipAbsGap: 0.5,
      start,
    });
    proved = second.bound;
    if (second.values) mip = second;
    else if (first?.values) mip = { ...first, status: "feasible" };
    mip = { ...mip, nodes: (first?.nodes ?? 0) + second.nodes, columns: second.columns, rows: second.rows };
  } else if (first?.values) {
    // No quick changes to optimise (the first valid order is optimal), or no time left.
    mip = { ...first, status: model.hasPairs ? "feasible" : "optimal" };
  }
  mip = { ...mip, seconds: elapsed() };
  // The block-by-block order stands when HiGHS found nothing better from it.
  if (!mip.values && rolled) {
    const plan = planFrom(show, rolled);
    const bound = proved === null || plan.minSpareSeconds === null ? null : Math.floor(-proved + 1e-6);
    const gapSeconds =
      bound === null || plan.minSpareSeconds === null ? null : Math.max(0, bound - plan.minSpareSeconds);
    return {
      status: model.hasPairs ? "feasible" : "optimal",
      ...plan,
      stats: {
        mipStatus: "feasible",
        seconds: mip.seconds,
        nodes: mip.nodes,
        columns: mip.columns,
        rows: mip.rows,
        boundSeconds: bound,
        gapSeconds,
        relativeGap: gapSeconds === null || bound === null ? null : bound <= 0 ? 0 : gapSeconds / bound,
      },
    };
  }
  const base = {
    mipStatus: mip.status,
    seconds: mip.seconds,
    nodes: mip.nodes,
    columns: mip.columns,
    rows: mip.rows,
  };
  if (mip.status === "infeasible" || mip.status === "unknown" || !mip.values) {
    const stats = { ...base, boundSeconds: null, gapSeconds: null, relativeGap: null };
    return { status: mip.status === "infeasible" ? "infeasible" : "unknown", stats };
  }
  let plan = planFrom(show, model.orderFrom(mip.values));
  if (rolled && mip.status !== "optimal") {
    const other = planFrom(show, rolled);
    if ((other.minSpareSeconds ?? 0) > (plan.minSpareSeconds ?? 0)) plan = other;
  }
  const spare = plan.minSpareSeconds;
  const bound =
    spare === null ? null : mip.status === "optimal" ? spare : proved === null ? null : Math.floor(-proved + 1e-6);
  const gapSeconds = spare === null || bound === null ? null : Math.max(0, bound - spare);
  const stats: SolveStats = {
    ...base,
    boundSeconds: bound,
    gapSeconds,
    relativeGap: gapSeconds === null || bound === null ? null : bound <= 0 ? 0 : gapSeconds / bound,
  };
  return { status: mip.status === "optimal" ? "optimal" : "feasible", ...plan, stats };
}

/**
 * The solver's default time limit for a show of `looks` looks, in seconds: the agent runs in the
 * worker, so large shows get more time (BENCHMARKS.md, run-of-show solver).
 */
export function timeLimitForLooks(looks: number): number {
  return looks <= 20 ? 10 : looks <= 60 ? 20 : looks <= 100 ? 30 : 60;
}

/** A result for an order found without HiGHS's optimisation (the greedy's, when nothing is left to improve). */
function fromOrder(
  show: RunwayShow,
  order: ShowLook[],
  model: BuiltModel,
  seconds: number,
  status: "optimal" | "feasible",
  boundSeconds: number | null,
): SolveResult {
  const plan = planFrom(show, order);
  const bound = status === "optimal" ? plan.minSpareSeconds : boundSeconds;
  const gapSeconds = bound === null || plan.minSpareSeconds === null ? null : Math.max(0, bound - plan.minSpareSeconds);
  return {
    status,
    ...plan,
    stats: {
      mipStatus: status,
      seconds,
      nodes: 0,
      columns: model.builder.columns.length,
      rows: model.builder.rows.length,
      boundSeconds: plan.minSpareSeconds === null ? null : bound,
      gapSeconds,
      relativeGap: gapSeconds === null || bound === null ? null : bound <= 0 ? 0 : gapSeconds / bound,
    },
  };
}

/** Timings of an order of looks, as the solver computes them (the checker recomputes its own). */
export function planFrom(show: RunwayShow, order: ShowLook[]) {
  const { settings } = show;
  const slots: PlannedSlot[] = [];
  const lastEnd = new Map<string, number>();
  let clock = 0;
  let minSpare: number | null = null;
  order.forEach((look, index) => {
    const talentId = look.talentId ?? "";
    const walk = walkOf(look, settings);
    const previousEnd = lastEnd.get(talentId);
    const since = previousEnd === undefined ? null : clock - previousEnd;
    const required = previousEnd === undefined ? null : changeSecondsOf(look, settings);
    if (since !== null && required !== null)
      minSpare = Math.min(minSpare ?? Number.POSITIVE_INFINITY, since - required);
    slots.push({
      position: index + 1,
      lookId: look.id,
      designerId: look.designerId,
      talentId,
      startSeconds: clock,
      walkSeconds: walk,
      sinceLastWalkSeconds: since,
      requiredChangeSeconds: required,
    });
    lastEnd.set(talentId, clock + walk);
    clock += walk + settings.gapSeconds;
  });
  const lastEndAll = clock - settings.gapSeconds;
  const finaleStartSeconds = settings.finaleSeconds === null || !order.length ? null : lastEndAll + settings.gapSeconds;
  const designerOrder: string[] = [];
  for (const slot of slots)
    if (designerOrder[designerOrder.length - 1] !== slot.designerId) designerOrder.push(slot.designerId);
  return {
    slots,
    designerOrder,
    minSpareSeconds: minSpare,
    runningSeconds: Math.max(
      0,
      finaleStartSeconds === null ? lastEndAll : finaleStartSeconds + (settings.finaleSeconds ?? 0),
    ),
    finaleStartSeconds,
  };
}

export interface BuildOptions {
  /**
   * Elastic: every quick change may fall short by a penalised number of
   * seconds and a back-to-back walk is allowed at a penalty; minimises what is
   * missing instead of maximising the spare. Used to explain infeasible shows.
   */
  elastic: boolean;
  /**
   * Rolling horizon: the show is one block of a larger show, entering
   * `offsetSeconds` after its start, and these models walked before it (end of
   * their last walk, seconds from the start; whether that walk was the one just before).
   */
  prior?: {
    offsetSeconds: number;
    lastWalk: Map<string, { endSeconds: number; adjacent: boolean }>;
    /** Models who walk again in later blocks: walking early here leaves them time (the block's objective). */
    later: Set<string>;
  };
}

export interface BuiltModel {
  builder: MipBuilder;
  hasPairs: boolean;
  orderFrom(values: Float64Array): ShowLook[];
  /** The model's placement columns (x, and u for a free block order) for a given order: a start for HiGHS. */
  startFrom(order: readonly ShowLook[]): { indices: Int32Array; values: Float64Array };
}

/** Seconds a back-to-back walk costs in the elastic model (it should be the last resort). */
export const BACK_TO_BACK_PENALTY = 3600;

type Terms = [number, number][];
/** A linear expression: Σ coefficient × column + constant. */
interface Expr {
  terms: Terms;
  constant: number;
}
const scaled = (e: Expr, k: number): Expr => ({ terms: e.terms.map(([c, v]) => [c, v * k]), constant: e.constant * k });

export function buildModel(show: RunwayShow, options: BuildOptions): BuiltModel {
  const { settings } = show;
  const looks = show.looks;
  const n = looks.length;
  const g = settings.gapSeconds;
  const free = settings.blockOrder === "free";
  const walk = looks.map((l) => walkOf(l, settings));
  const change = looks.map((l) => changeSecondsOf(l, settings));
  const wMin = Math.min(...walk);
  const wMax = Math.max(...walk);
  const totalWalk = walk.reduce((a, c) => a + c, 0);
  const sMax = totalWalk - wMin + Math.max(0, n - 1) * g;
  const b = new MipBuilder();
  const NEG = Number.NEGATIVE_INFINITY;
  const POS = Number.POSITIVE_INFINITY;

  // Blocks, their sizes, and which block walks before which.
  const order = blockOrderOf(show);
  const blockIndex = new Map(order.map((d, k) => [d, k]));
  const D = order.length;
  const lookBlock = looks.map((l) => blockIndex.get(l.designerId) ?? 0);
  const members: number[][] = order.map(() => []);
  looks.forEach((_, i) => members[lookBlock[i] ?? 0]?.push(i));
  const size = members.map((m) => m.length);
  const finaleLook = looks.findIndex((l) => l.fixedPosition === "finale");
  const finaleBlock = finaleLook >= 0 ? lookBlock[finaleLook] : undefined;
  // before(d, e): 1 when block d walks before block e (a constant when the order is fixed).
  const u = new Map<string, number>();
  const before = (d: number, e: number): Expr => {
    if (!free) return { terms: [], constant: d < e ? 1 : 0 };
    if (d < e) return { terms: [[u.get(`${d},${e}`) as number, 1]], constant: 0 };
    return { terms: [[u.get(`${e},${d}`) as number, -1]], constant: 1 };
  };
  if (free) {
    for (let d = 0; d < D; d++)
      for (let e = d + 1; e < D; e++) {
        const fixedTo = finaleBlock === e ? 1 : finaleBlock === d ? 0 : undefined;
        u.set(`${d},${e}`, fixedTo === undefined ? b.binary() : b.column(fixedTo, fixedTo, 0, true));
      }
    // A linear order: no cycle among any three blocks.
    for (let a = 0; a < D; a++)
      for (let c = a + 1; c < D; c++)
        for (let e = c + 1; e < D; e++) {
          const ac = u.get(`${a},${c}`) as number;
          const ce = u.get(`${c},${e}`) as number;
          const ae = u.get(`${a},${e}`) as number;
          // a<c, c<e ⇒ a<e ; and a>c, c>e ⇒ a>e
          b.row(
            [
              [ac, 1],
              [ce, 1],
              [ae, -1],
            ],
            NEG,
            1,
          );
          b.row(
            [
              [ac, 1],
              [ce, 1],
              [ae, -1],
            ],
            0,
            POS,
          );
        }
  }
  const fixedStart: number[] = [];
  for (let d = 0, at = 0; d < D; d++) {
    fixedStart.push(at);
    at += size[d] ?? 0;
  }
  // Where block d starts (0-based position).
  const start = (d: number): Expr => {
    if (!free) return { terms: [], constant: fixedStart[d] ?? 0 };
    const terms: Terms = [];
    let constant = 0;
    for (let e = 0; e < D; e++) {
      if (e === d) continue;
      const be = before(e, d);
      for (const [c, v] of be.terms) terms.push([c, v * (size[e] ?? 0)]);
      constant += be.constant * (size[e] ?? 0);
    }
    return { terms, constant };
  };

  // x[i][r]: look i walks r-th in its block (opening: first, closing and finale: last).
  const x: Map<number, number>[] = looks.map((look, i) => {
    const own = size[lookBlock[i] ?? 0] ?? 0;
    const m = new Map<number, number>();
    const offsets =
      look.fixedPosition === "opening"
        ? [0]
        : look.fixedPosition === "closing" || look.fixedPosition === "finale"
          ? [own - 1]
          : Array.from({ length: own }, (_, r) => r);
    for (const r of offsets) m.set(r, b.binary());
    return m;
  });
  for (let i = 0; i < n; i++)
    b.row(
      [...(x[i]?.values() ?? [])].map((c) => [c, 1] as [number, number]),
      1,
      1,
    );
  members.forEach((group, d) => {
    for (let r = 0; r < (size[d] ?? 0); r++) {
      const terms: Terms = [];
      for (const i of group) {
        const c = x[i]?.get(r);
        if (c !== undefined) terms.push([c, 1]);
      }
      b.row(terms, 1, 1);
    }
  });
  const offset = (i: number): Terms => [...(x[i] ?? [])].map(([r, c]) => [c, r]);
  const position = (i: number): Expr => {
    const s = start(lookBlock[i] ?? 0);
    return { terms: [...s.terms, ...offset(i)], constant: s.constant };
  };

  // Models that walk twice or more, and how far apart (in positions) their looks must be at least.
  const byModel = groupBy(
    looks.map((_, i) => i),
    (i) => looks[i]?.talentId ?? "",
  );
  const multi = [...byModel.values()].filter((v) => v.length > 1);
  const prior = options.prior;
  const afterPrior = looks.map((_, i) => i).filter((i) => prior?.lastWalk.has(looks[i]?.talentId ?? ""));
  const hasPairs = multi.length > 0 || afterPrior.length > 0;
  const rule = settings.noBackToBack && !options.elastic;
  // Over k positions at most k gaps and the k − 1 longest walks of the show pass between two walks.
  const longest = [...walk].sort((p, q) => q - p);
  const reach: number[] = [0];
  for (let k = 1; k <= n; k++) reach.push(k * g + longest.slice(0, k - 1).reduce((a, c) => a + c, 0));
  const minDistance = (j: number) => {
    let k = 1;
    while (k < n && (reach[k] ?? 0) < (change[j] ?? 0)) k++;
    return Math.max(rule ? 2 : 1, k);
  };
  if (!options.elastic) {
    for (const group of multi) {
      const kMin = Math.min(...group.map(minDistance));
      if (kMin < 2) continue;
      // Windows of kMin consecutive positions hold at most one of the model's looks: inside
      // each block always; across blocks when the block order (so every position) is fixed.
      const windows: { cells: [number, number][] }[] = [];
      const placed = (i: number) =>
        [...(x[i] ?? [])].map(([r, c]) => [free ? r : (fixedStart[lookBlock[i] ?? 0] ?? 0) + r, c] as [number, number]);
      const scopes = free ? members.map((m) => group.filter((i) => m.includes(i))) : [group];
      for (const scope of scopes) {
        if (scope.length < 2) continue;
        const cells = scope.flatMap(placed);
        const lo = Math.min(...cells.map(([p]) => p));
        const hi = Math.max(...cells.map(([p]) => p));
        for (let p = lo; p + kMin - 1 <= hi; p++) {
          const inWindow = cells.filter(([q]) => q >= p && q < p + kMin);
          if (inWindow.length > 1) windows.push({ cells: inWindow });
        }
      }
      for (const w of windows)
        b.row(
          w.cells.map(([, c]) => [c, 1] as [number, number]),
          NEG,
          1,
        );
    }
  }

  // Entrance times S[i] = (w0 + gap) × position(i) + Σ_k (w_k − w0) × [k walks before i].
  const walksLater = looks.map((_, i) => i).filter((i) => prior?.later.has(looks[i]?.talentId ?? ""));
  const timed = new Set([...multi.flat(), ...afterPrior, ...walksLater]);
  // Entrance times are exact: a base walk w0 (the most common one, usually the default) per
  // position, corrected by each differing look's (w_k − w0) for the looks that walk before.
  const counts = new Map<number, number>();
  for (const w of walk) counts.set(w, (counts.get(w) ?? 0) + 1);
  const w0 = [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0] ?? wMin;
  const long = looks.map((_, k) => k).filter((k) => (walk[k] ?? 0) !== w0);
  const sVar = new Map<number, number>();
  const withinBefore = new Map<string, number>();
  /** 1 when look k walks before look i (same block: a new binary tied to their offsets). */
  const lookBefore = (k: number, i: number): Expr => {
    const dk = lookBlock[k] ?? 0;
    const di = lookBlock[i] ?? 0;
    if (dk !== di) return before(dk, di);
    const key = k < i ? `${k},${i}` : `${i},${k}`;
    let v = withinBefore.get(key);
    if (v === undefined) {
      v = b.binary();
      withinBefore.set(key, v);
      const [lo, hi] = k < i ? [k, i] : [i, k];
      const own = size[dk] ?? 0;
      // v = 1 ⇔ offset(lo) < offset(hi)
      b.row([...offset(lo), ...scaled({ terms: offset(hi), constant: 0 }, -1).terms, [v, own]], NEG, own - 1);
      b.row([...offset(hi), ...scaled({ terms: offset(lo), constant: 0 }, -1).terms, [v, -own]], NEG, -1);
    }
    return k < i ? { terms: [[v, 1]], constant: 0 } : { terms: [[v, -1]], constant: 1 };
  };
  for (const i of timed) {
    // Rolling horizon: a block's models who walk again later should walk early in it.
    const s = b.column(0, sMax, prior && walksLater.includes(i) ? 1 : 0);
    sVar.set(i, s);
    const pos = position(i);
    const terms: Terms = [[s, 1], ...scaled(pos, -(w0 + g)).terms];
    let constant = pos.constant * (w0 + g);
    for (const k of long) {
      if (k === i) continue;
      const e = scaled(lookBefore(k, i), (walk[k] ?? 0) - w0);
      for (const [c, v] of e.terms) terms.push([c, -v]);
      constant += e.constant;
    }
    b.row(terms, constant, constant);
  }

  // Quick changes between two looks of one model, whichever walks first:
  //   S[j] − S[i] − w_i − R_j ≥ z when i walks before j (big-M when the order is a variable).
  const z = b.column(0, hasPairs && !options.elastic && !prior ? sMax : 0, options.elastic || prior ? 0 : -1);
  const bigM = 2 * sMax + wMax + Math.max(...change) + 1;
  const pairRow = (i: number, j: number, iFirst: Expr, extraNeed = 0, withZ = true) => {
    // S[j] − S[i] − z (+ shortfall) ≥ need − M(1 − iFirst)
    const need = (walk[i] ?? 0) + extraNeed;
    const terms: Terms = [
      [sVar.get(j) as number, 1],
      [sVar.get(i) as number, -1],
    ];
    if (withZ) terms.push([z, -1]);
    let lower = need;
    if (iFirst.terms.length || iFirst.constant !== 1) {
      if (!iFirst.terms.length && iFirst.constant === 0) return undefined; // j is known to walk first
      for (const [c, v] of iFirst.terms) terms.push([c, -bigM * v]);
      lower = need - bigM * (1 - iFirst.constant);
    }
    return { terms, lower };
  };
  // Models who walked before this block (rolling horizon): their change into the block's look.
  for (const i of afterPrior) {
    const last = prior?.lastWalk.get(looks[i]?.talentId ?? "");
    if (!last || !prior) continue;
    b.row(
      [
        [sVar.get(i) as number, 1],
        [z, -1],
      ],
      last.endSeconds - prior.offsetSeconds + (change[i] ?? 0),
      POS,
    );
    const first = x[i]?.get(0);
    if (last.adjacent && settings.noBackToBack && first !== undefined) b.row([[first, 1]], 0, 0);
  }
  const shortfallVars: number[] = [];
  for (const group of multi) {
    for (let a = 0; a < group.length; a++)
      for (let c = a + 1; c < group.length; c++) {
        const i = group[a] as number;
        const j = group[c] as number;
        const iFirst = lookBefore(i, j);
        const jFirst: Expr = { terms: scaled(iFirst, -1).terms, constant: 1 - iFirst.constant };
        for (const [p, q, first] of [
          [i, j, iFirst],
          [j, i, jFirst],
        ] as const) {
          const row = pairRow(p, q, first, change[q] ?? 0);
          if (!row) continue;
          if (options.elastic) {
            const v = b.column(0, POS, 1);
            row.terms.push([v, 1]);
            shortfallVars.push(v);
          }
          b.row(row.terms, row.lower, POS);
          // Back to back across blocks (free order) when the change itself does not forbid it.
          if (settings.noBackToBack && free && lookBlock[p] !== lookBlock[q] && (change[q] ?? 0) < 2 * g + wMin) {
            const r = pairRow(p, q, first, 2 * g + wMin, false);
            if (r && options.elastic) {
              const v = b.column(0, 1, BACK_TO_BACK_PENALTY, true);
              r.terms.push([v, 2 * g + wMin]);
            }
            if (r) b.row(r.terms, r.lower, POS);
          }
        }
      }
    if (options.elastic && settings.noBackToBack) {
      // Back to back inside a block (fixed order: anywhere): allowed at a penalty, so the explanation can name it.
      const cellsOf = (i: number) =>
        [...(x[i] ?? [])].map(([r, c]) => [free ? r : (fixedStart[lookBlock[i] ?? 0] ?? 0) + r, c] as [number, number]);
      const scopes = free ? members.map((m) => group.filter((i) => m.includes(i))) : [group];
      for (const scope of scopes) {
        const cells = scope.flatMap(cellsOf);
        for (const [p] of cells) {
          const pair = cells.filter(([q]) => q === p || q === p + 1);
          if (!pair.some(([q]) => q === p + 1) || !pair.some(([q]) => q === p)) continue;
          const v = b.column(0, 1, BACK_TO_BACK_PENALTY, true);
          b.row([...pair.map(([, c]) => [c, 1] as [number, number]), [v, -1]], NEG, 1);
        }
      }
    }
  }

  return {
    builder: b,
    hasPairs,
    orderFrom(values) {
      const blockRank = order.map((_, d) => {
        const e = start(d);
        return e.terms.reduce((sum, [c, v]) => sum + v * (values[c] ?? 0), e.constant);
      });
      const out: { look: ShowLook; key: number }[] = [];
      looks.forEach((look, i) => {
        for (const [r, c] of x[i] ?? [])
          if ((values[c] ?? 0) > 0.5) out.push({ look, key: Math.round(blockRank[lookBlock[i] ?? 0] ?? 0) + r });
      });
      return out.sort((p, q) => p.key - q.key).map((o) => o.look);
    },
    startFrom(ordered) {
      const indices: number[] = [];
      const values: number[] = [];
      const at = new Map(ordered.map((l, p) => [l.id, p]));
      const blockStart = order.map((_, d) =>
        Math.min(...(members[d] ?? []).map((i) => at.get(looks[i]?.id ?? "") ?? 0)),
      );
      looks.forEach((look, i) => {
        const r = (at.get(look.id) ?? 0) - (blockStart[lookBlock[i] ?? 0] ?? 0);
        for (const [offsetInBlock, c] of x[i] ?? []) {
          indices.push(c);
          values.push(offsetInBlock === r ? 1 : 0);
        }
      });
      for (const [key, c] of u) {
        const [d, e] = key.split(",").map(Number) as [number, number];
        indices.push(c);
        values.push((blockStart[d] ?? 0) < (blockStart[e] ?? 0) ? 1 : 0);
      }
      const sorted = indices.map((c, k) => [c, values[k] ?? 0] as const).sort((p, q) => p[0] - q[0]);
      return { indices: Int32Array.from(sorted, (v) => v[0]), values: Float64Array.from(sorted, (v) => v[1]) };
    },
  };
}

/**
 * A first valid order by rolling horizon (a standard decomposition): the blocks
 * in line-up order (the finale's block last), each solved by HiGHS given when
 * every model last walked. May miss an order the whole model would find; then
 * null, and the whole model searches.
 */
async function rollingHorizon(show: RunwayShow, timeLimitSeconds: number): Promise<ShowLook[] | null> {
  const started = performance.now();
  const { settings } = show;
  const finale = show.looks.find((l) => l.fixedPosition === "finale")?.designerId;
  const order = blockOrderOf(show);
  if (finale !== undefined) order.push(...order.splice(order.indexOf(finale), 1));
  const lastWalk = new Map<string, { endSeconds: number; adjacent: boolean }>();
  const blockOf = new Map(order.map((d, k) => [d, k]));
  const lastBlock = new Map<string, number>();
  for (const l of show.looks)
    lastBlock.set(l.talentId ?? "", Math.max(lastBlock.get(l.talentId ?? "") ?? -1, blockOf.get(l.designerId) ?? 0));
  const out: ShowLook[] = [];
  let clock = 0;
  for (const [k, designerId] of order.entries()) {
    const left = timeLimitSeconds - (performance.now() - started) / 1000;
    if (left <= 0.05) return null;
    const sub: RunwayShow = {
      ...show,
      looks: show.looks.filter((l) => l.designerId === designerId),
      designers: show.designers.filter((d) => d.id === designerId),
      settings: { ...settings, blockOrder: "fixed" },
    };
    const later = new Set([...lastBlock].filter(([, b]) => b > k).map(([t]) => t));
    const model = buildModel(sub, { elastic: false, prior: { offsetSeconds: clock, lastWalk, later } });
    const result = await solveMip(model.builder, {
      // Each block gets its share of the time; its best order so far is kept.
      timeLimitSeconds: Math.min(left, Math.max(0.3, left / (order.length - k))),
      mipRelGap: 0.05,
      mipAbsGap: 0.5,
    });
    let values = result.values;
    if (!values && result.status !== "infeasible") {
      // No order in its share: any order will do, in the time left.
      const left2 = timeLimitSeconds - (performance.now() - started) / 1000;
      if (left2 > 0.05)
        values = (
          await solveMip(model.builder, {
            timeLimitSeconds: left2,
            mipRelGap: 0,
            mipAbsGap: 0.5,
            feasibilityOnly: true,
          })
        ).values;
    }
    if (!values) return null;
    for (const [talent, walk] of lastWalk) lastWalk.set(talent, { ...walk, adjacent: false });
    for (const look of model.orderFrom(values)) {
      out.push(look);
      const end = clock + walkOf(look, settings);
      lastWalk.set(look.talentId ?? "", { endSeconds: end, adjacent: false });
      clock = end + settings.gapSeconds;
    }
    const lastTalent = out[out.length - 1]?.talentId ?? "";
    const lastEntry = lastWalk.get(lastTalent);
    if (lastEntry) lastWalk.set(lastTalent, { ...lastEntry, adjacent: true });
  }
  return out;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
