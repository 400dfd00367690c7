// Section "runway": the Runway Timing solver (tasks/runway/solver.ts) on shows
// of 10, 40, 80 and 150 looks. Pure CPU, no database: `npm run bench -- --only
// runway` runs it alone. Shows are planted (built around a hidden valid order,
// so every one is solvable), seeded, with 1–8 designers, about three looks per
// model, 10 % of looks with their own walk and half the blocks with a fixed
// opening / closing. Every answer is verified by the independent checker.
import { checkRunOfShow, runOf } from "../../shared/runway/checker.ts";
import { solveRunway, timeLimitForLooks } from "../../tasks/runway/solver.ts";
import { plantedShow } from "../lib/runway-shows.ts";
import { summarize } from "../lib/stats.ts";

export interface RunwayBenchOptions {
  sizes: number[];
  instances: number;
  /** Seconds per solve; null: the product's limit by show size (timeLimitForLooks). */
  timeLimitSeconds: number | null;
  log(message: string): void;
}

export interface RunwayRow {
  looks: number;
  blockOrder: "fixed" | "free";
  instances: number;
  /** The time limit of each solve in this row, seconds. */
  limitSeconds: number;
  models: { mean: number };
  designers: number;
  /** Wall-clock seconds per solve (both HiGHS runs). */
  seconds: ReturnType<typeof summarize>;
  provedOptimal: number;
  hitTimeLimit: number;
  noAnswer: number;
  checkerViolations: number;
  /** Over the solves stopped by the time limit: (bound − spare) / bound and bound − spare in seconds. */
  relativeGapAtLimit: ReturnType<typeof summarize> | null;
  gapSecondsAtLimit: ReturnType<typeof summarize> | null;
  /** Smallest spare found (seconds), all solves. */
  minSpare: ReturnType<typeof summarize>;
  columns: number;
  rows: number;
}

export async function runwaySolver(
  o: RunwayBenchOptions,
): Promise<{ timeLimitSeconds: number | null; rows: RunwayRow[] }> {
  const rows: RunwayRow[] = [];
  // Load the WebAssembly runtime before timing anything.
  await solveRunway(plantedShow(1, { looks: 3, designers: 1, maxModels: 3 }));
  for (const looks of o.sizes) {
    for (const blockOrder of ["fixed", "free"] as const) {
      const designers = Math.min(8, Math.max(1, Math.round(looks / 15)));
      const seconds: number[] = [];
      const gaps: number[] = [];
      const gapSeconds: number[] = [];
      const spares: number[] = [];
      const models: number[] = [];
      let provedOptimal = 0;
      let hitTimeLimit = 0;
      let noAnswer = 0;
      let checkerViolations = 0;
      let columns = 0;
      let rowsCount = 0;
      for (let k = 0; k < o.instances; k++) {
        const show = plantedShow(looks * 1000 + k, {
          looks,
          designers,
          maxModels: Math.max(3, Math.round(looks / 3)),
          blockOrder,
          fixedShare: 0.5,
          customWalkShare: 0.1,
          tightness: 0.7,
        });
        models.push(new Set(show.looks.map((l) => l.talentId)).size);
        const started = performance.now();
        const result = await solveRunway(show, { timeLimitSeconds: o.timeLimitSeconds ?? timeLimitForLooks(looks) });
        seconds.push((performance.now() - started) / 1000);
        if (result.status === "invalid") throw new Error(`planted show ${looks}/${k} is invalid`);
        if (result.status === "optimal" || result.status === "feasible") {
          columns = Math.max(columns, result.stats.columns);
          rowsCount = Math.max(rowsCount, result.stats.rows);
          checkerViolations += checkRunOfShow(show, runOf(result.slots), result.slots).violations.length;
          if (result.minSpareSeconds !== null) spares.push(result.minSpareSeconds);
          if (result.status === "optimal") provedOptimal++;
          else {
            hitTimeLimit++;
            if (result.stats.relativeGap !== null) gaps.push(result.stats.relativeGap);
            if (result.stats.gapSeconds !== null) gapSeconds.push(result.stats.gapSeconds);
          }
        } else noAnswer++;
      }
      const row: RunwayRow = {
        looks,
        blockOrder,
        instances: o.instances,
        limitSeconds: o.timeLimitSeconds ?? timeLimitForLooks(looks),
        models: { mean: models.reduce((a, b) => a + b, 0) / models.length },
        designers,
        seconds: summarize(seconds),
        provedOptimal,
        hitTimeLimit,
        noAnswer,
        checkerViolations,
        relativeGapAtLimit: gaps.length ? summarize(gaps) : null,
        gapSecondsAtLimit: gapSeconds.length ? summarize(gapSeconds) : null,
        minSpare: summarize(spares),
        columns,
        rows: rowsCount,
      };
      o.log(
        `[runway] ${looks} looks, ${blockOrder}: p50 ${row.seconds.p50.toFixed(2)} s, p95 ${row.seconds.p95.toFixed(2)} s, ` +
          `${provedOptimal}/${o.instances} optimal, ${hitTimeLimit} at the limit, ${noAnswer} without an answer`,
      );
      rows.push(row);
    }
  }
  return { timeLimitSeconds: o.timeLimitSeconds, rows };
}

type R = Record<string, any>;
const f2 = (x: unknown) => (typeof x === "number" ? x.toFixed(2) : "–");
const pct = (x: unknown) => (typeof x === "number" ? `${Math.round(x * 100)} %` : "–");

/** The section as Markdown (BENCHMARKS.md's runway block). */
export function renderRunway(r: R): string {
  const m = r.meta;
  const out: string[] = [];
  out.push(
    `_${m.mode} run, ${String(m.date).slice(0, 16).replace("T", " ")} UTC, ${r.runway.rows[0]?.instances ?? 0} shows per row, ` +
      `time limit ${r.runway.timeLimitSeconds ? `${r.runway.timeLimitSeconds} s per solve` : "by show size (the product's: 10 s up to 20 looks, 20 s up to 60, 30 s up to 100, 60 s above)"}, ${Math.round(m.durationSeconds)} s in all. ` +
      `${m.machine.cpus} × ${m.machine.cpuModel}, Node ${m.node}, highs ${m.highs}. 1-minute load average ` +
      `${f2(m.machine.loadAverage.start)} at the start, ${f2(m.machine.loadAverage.end)} at the end._\n`,
  );
  out.push(
    "| looks, block order | models (mean) | limit s | solve p50 / p95 / max s | proved optimal | stopped by the limit | relative gap at the limit, median / max | gap at the limit, median s | checker violations |",
  );
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of r.runway.rows as R[]) {
    out.push(
      `| ${row.looks}, ${row.blockOrder} (${row.designers} designer${row.designers === 1 ? "" : "s"}) | ${Math.round(row.models.mean)} | ` +
        `${row.limitSeconds ?? r.runway.timeLimitSeconds} | ` +
        `${f2(row.seconds.p50)} / ${f2(row.seconds.p95)} / ${f2(row.seconds.max)} | ${row.provedOptimal}/${row.instances} | ` +
        `${row.hitTimeLimit}${row.noAnswer ? ` (+${row.noAnswer} without any order)` : ""} | ` +
        `${row.relativeGapAtLimit ? `${pct(row.relativeGapAtLimit.p50)} / ${pct(row.relativeGapAtLimit.max)}` : "–"} | ` +
        `${row.gapSecondsAtLimit ? Math.round(row.gapSecondsAtLimit.p50) : "–"} | ${row.checkerViolations} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
