// Exhaustive search over every order of a small show, judged by the
// independent checker: the ground truth the solver is compared with.
import { checkRunOfShow } from "../../shared/runway/checker.ts";
import type { RunwayShow } from "../../shared/runway/show.ts";

export interface ExhaustiveResult {
  /** How many orders satisfy every rule. */
  validOrders: number;
  /** The largest smallest-spare over the valid orders (null: no model walks twice, or no valid order). */
  bestSpare: number | null;
}

export function exhaustive(show: RunwayShow): ExhaustiveResult {
  const looks = show.looks;
  const n = looks.length;
  if (n > 9) throw new Error(`exhaustive search is for small shows, got ${n} looks`);
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  let validOrders = 0;
  let bestSpare: number | null = null;
  const visit = () => {
    if (order.length === n) {
      const run = { slots: order.map((i) => ({ lookId: looks[i]?.id ?? "", talentId: looks[i]?.talentId ?? "" })) };
      const result = checkRunOfShow(show, run);
      if (result.violations.length === 0) {
        validOrders++;
        if (result.minSpareSeconds !== null && (bestSpare === null || result.minSpareSeconds > bestSpare))
          bestSpare = result.minSpareSeconds;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      order.push(i);
      visit();
      order.pop();
      used[i] = false;
    }
  };
  visit();
  return { validOrders, bestSpare };
}
