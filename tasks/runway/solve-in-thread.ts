// Runs the Runway Timing solver (and, for an impossible show, the
// explanation) in a worker thread, so the worker process stays responsive
// while HiGHS searches; aborting the signal terminates the thread.
import { Worker } from "node:worker_threads";
import type { RunwayShow } from "../../shared/runway/show.ts";
import type { Conflict, Explanation } from "./explain.ts";
import type { SolveResult } from "./solver.ts";

export interface ThreadRequest {
  show: RunwayShow;
  /** Seconds for the solver (both HiGHS runs). */
  timeLimitSeconds: number;
  /** Seconds for the closest order of an impossible show, and per remedy tried. */
  explainTimeLimitSeconds: number;
  remedyTimeLimitSeconds: number;
}

/** An explanation with each conflict's es-CO message. */
export type StoredExplanation = Omit<Explanation, "conflicts"> & { conflicts: (Conflict & { message: string })[] };

export interface ThreadOutcome {
  result: SolveResult;
  /** Why there is no order (infeasible, invalid, unknown); null when there is one. */
  explanation: StoredExplanation | null;
}

export class SolverThreadError extends Error {}

export function solveInThread(request: ThreadRequest, signal?: AbortSignal): Promise<ThreadOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SolverThreadError("aborted before it started"));
      return;
    }
    const worker = new Worker(new URL("./solve-thread.ts", import.meta.url), { workerData: request });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      action();
    };
    const onAbort = () => {
      void worker.terminate();
      finish(() => reject(new SolverThreadError("aborted")));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.once("message", (message: { ok: true; outcome: ThreadOutcome } | { ok: false; error: string }) => {
      finish(() => (message.ok ? resolve(message.outcome) : reject(new SolverThreadError(message.error))));
      void worker.terminate();
    });
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => finish(() => reject(new SolverThreadError(`solver thread exited with ${code}`))));
  });
}
