// A small builder for HiGHS models: named columns and sparse rows, turned into
// the CSR ModelData the `highs` package (HiGHS compiled to WebAssembly) takes.
// The WebAssembly runtime loads once per process; each solve creates a native
// model and disposes it, so nothing leaks between solves.

import type { Highs } from "highs";
import * as highsModule from "highs";

let runtime: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded once (about 30 ms the first time). */
export function highsRuntime(): Promise<Highs> {
  // The package's typings describe its CommonJS build; under ESM the loader is the default export.
  const load = highsModule.default as unknown as () => Promise<Highs>;
  runtime ??= load();
  return runtime;
}

export interface Column {
  lower: number;
  upper: number;
  cost: number;
  integer: boolean;
}

export interface Row {
  lower: number;
  upper: number;
  entries: Map<number, number>;
}

export class MipBuilder {
  readonly columns: Column[] = [];
  readonly rows: Row[] = [];

  column(lower: number, upper: number, cost = 0, integer = false): number {
    this.columns.push({ lower, upper, cost, integer });
    return this.columns.length - 1;
  }

  binary(cost = 0): number {
    return this.column(0, 1, cost, true);
  }

  /** Adds `lower ≤ Σ coefficient × column ≤ upper`; repeated columns add up. */
  row(terms: Iterable<readonly [number, number]>, lower: number, upper: number): number {
    const entries = new Map<number, number>();
    for (const [column, coefficient] of terms) {
      if (coefficient === 0) continue;
      entries.set(column, (entries.get(column) ?? 0) + coefficient);
    }
    this.rows.push({ lower, upper, entries });
    return this.rows.length - 1;
  }
}

export interface MipOptions {
  /** Wall-clock seconds HiGHS may spend; the best solution found by then is returned. */
  timeLimitSeconds: number;
  /** Relative gap at which HiGHS stops as optimal (HiGHS's mip_rel_gap). */
  mipRelGap: number;
  /** Absolute gap at which HiGHS stops as optimal (mip_abs_gap); < 1 proves optimality of an integral objective. */
  mipAbsGap: number;
  /** Ignore the objective: stop at the first feasible solution. */
  feasibilityOnly?: boolean;
  /** A solution to start from (HiGHS's setSolution): every column, or some (HiGHS completes the rest). */
  start?: Float64Array | { indices: Int32Array; values: Float64Array };
}

export interface MipResult {
  /** optimal: proved; feasible: a solution, not proved optimal (time limit); infeasible: proved; unknown: no solution by the limit. */
  status: "optimal" | "feasible" | "infeasible" | "unknown";
  values: Float64Array | null;
  objective: number | null;
  /** Best bound on the objective HiGHS proved (mip_dual_bound). */
  bound: number | null;
  /** Relative MIP gap |objective − bound| / |objective| as HiGHS reports it (0 when optimal). */
  gap: number | null;
  nodes: number;
  seconds: number;
  columns: number;
  rows: number;
}

/** Solves a minimisation MIP with HiGHS. */
export async function solveMip(builder: MipBuilder, options: MipOptions): Promise<MipResult> {
  const highs = await highsRuntime();
  const numCols = builder.columns.length;
  const numRows = builder.rows.length;
  const starts = new Int32Array(numRows + 1);
  let nonzeros = 0;
  for (let r = 0; r < numRows; r++) nonzeros += builder.rows[r]?.entries.size ?? 0;
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let k = 0;
  builder.rows.forEach((row, r) => {
    starts[r] = k;
    for (const [column, coefficient] of [...row.entries].sort((a, b) => a[0] - b[0])) {
      indices[k] = column;
      values[k] = coefficient;
      k++;
    }
  });
  starts[numRows] = k;
  const inf = highs.infinity;
  const clamp = (x: number) => (x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x);
  const started = performance.now();
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: Float64Array.from(builder.columns, (c) => (options.feasibilityOnly ? 0 : c.cost)),
    colLower: Float64Array.from(builder.columns, (c) => clamp(c.lower)),
    colUpper: Float64Array.from(builder.columns, (c) => clamp(c.upper)),
    rowLower: Float64Array.from(builder.rows, (r) => clamp(r.lower)),
    rowUpper: Float64Array.from(builder.rows, (r) => clamp(r.upper)),
    matrix: { format: "csr", numRows, numCols, starts, indices, values },
    integrality: Int32Array.from(builder.columns, (c) => (c.integer ? 1 : 0)),
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelGap,
      mip_abs_gap: options.mipAbsGap,
      random_seed: 0,
      ...(options.feasibilityOnly ? { mip_max_improving_sols: 1 } : {}),
    });
    if (options.start instanceof Float64Array) model.setSolution({ colValue: options.start });
    else if (options.start) model.setSolution(options.start);
    const run = model.run();
    const codes = highs.constants.modelStatus;
    const info = (name: string) => {
      try {
        const value = model.info.get(name);
        return typeof value === "bigint" ? Number(value) : value;
      } catch {
        return null;
      }
    };
    const hasSolution = info("primal_solution_status") === 2;
    const values = hasSolution ? model.getSolution().colValue : null;
    const status: MipResult["status"] =
      run.modelStatus === codes.optimal
        ? "optimal"
        : run.modelStatus === codes.infeasible
          ? "infeasible"
          : hasSolution
            ? "feasible"
            : "unknown";
    const objective = hasSolution ? model.getObjectiveValue() : null;
    const bound = info("mip_dual_bound");
    const gap = status === "optimal" ? 0 : hasSolution ? info("mip_gap") : null;
    return {
      status,
      values,
      objective,
      bound: typeof bound === "number" && Number.isFinite(bound) ? bound : null,
      gap: typeof gap === "number" && Number.isFinite(gap) ? gap : null,
      nodes: info("mip_node_count") ?? 0,
      seconds: (performance.now() - started) / 1000,
      columns: numCols,
      rows: numRows,
    };
  } finally {
    model.dispose();
  }
}
