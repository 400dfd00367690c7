// The solver's worker thread (node:worker_threads): HiGHS runs synchronously
// in WebAssembly, so a solve of up to a minute would block the worker
// process's event loop — its other jobs, its heartbeat, graphile-worker's
// polling. Here it blocks only this thread. It receives a show and a time
// limit, solves, explains an impossible show, posts the outcome and exits.
import { parentPort, workerData } from "node:worker_threads";
import type { RunwayShow } from "../../shared/runway/show.ts";
import { describeConflict, explainInfeasible } from "./explain.ts";
import type { ThreadOutcome, ThreadRequest } from "./solve-in-thread.ts";
import { solveRunway } from "./solver.ts";

async function main(request: ThreadRequest): Promise<ThreadOutcome> {
  const show: RunwayShow = request.show;
  const result = await solveRunway(show, { timeLimitSeconds: request.timeLimitSeconds });
  if (result.status === "optimal" || result.status === "feasible") return { result, explanation: null };
  if (result.status === "invalid") {
    return {
      result,
      explanation: { structural: result.problems, closestOrder: null, conflicts: [], missingSeconds: 0, remedies: [] },
    };
  }
  const explanation = await explainInfeasible(show, {
    timeLimitSeconds: request.explainTimeLimitSeconds,
    remedyTimeLimitSeconds: request.remedyTimeLimitSeconds,
  });
  return {
    result,
    explanation: {
      ...explanation,
      conflicts: explanation.conflicts.map((c) => ({ ...c, message: describeConflict(show, c) })),
    },
  };
}

main(workerData as ThreadRequest).then(
  (outcome) => parentPort?.postMessage({ ok: true, outcome }),
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }),
);
