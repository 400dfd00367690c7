// Infeasible shows explained (issue 17): the conflicts name the models, looks
// and seconds missing, and every remedy offered really makes the show solvable
// (checked by exhaustive search on small shows, not by the solver).
import { describe, expect, it } from "vitest";
import { prng, randomShow } from "../bench/lib/runway-shows.ts";
import type { RunwayShow } from "../shared/runway/show.ts";
import { applyRemedy, describeConflict, explainInfeasible } from "../tasks/runway/explain.ts";
import { solveRunway } from "../tasks/runway/solver.ts";
import { exhaustive } from "./helpers/runway-exhaustive.ts";

/** One designer, Ana walks the opening and the closing of a 4-look block: 3 walks apart is too close for her change. */
const tightShow = (): RunwayShow => ({
  designers: [
    { id: "A", name: "Amelia", showOrder: 1 },
    { id: "B", name: "Bruno", showOrder: 2 },
  ],
  models: [
    { talentId: "ana", name: "Ana", division: "women", status: "confirmed" },
    { talentId: "bea", name: "Bea", division: "women", status: "confirmed" },
    { talentId: "cami", name: "Cami", division: "women", status: "confirmed" },
    { talentId: "dani", name: "Dani", division: "women", status: "backup" },
    { talentId: "eli", name: "Eli", division: "men", status: "backup" },
  ],
  settings: {
    gapSeconds: 10,
    defaultWalkSeconds: 40,
    changeBufferMinutes: 0,
    noBackToBack: true,
    blockOrder: "fixed",
    finaleSeconds: 60,
  },
  looks: [
    {
      id: "a1",
      title: "Capa roja",
      designerId: "A",
      talentId: "ana",
      changeMinutes: 2,
      walkSeconds: null,
      fixedPosition: "opening",
      sequence: 1,
    },
    {
      id: "a2",
      title: "Vestido lino",
      designerId: "A",
      talentId: "bea",
      changeMinutes: 2,
      walkSeconds: null,
      fixedPosition: null,
      sequence: 2,
    },
    {
      id: "a3",
      title: "Traje sastre",
      designerId: "A",
      talentId: "cami",
      changeMinutes: 2,
      walkSeconds: null,
      fixedPosition: null,
      sequence: 3,
    },
    {
      id: "a4",
      title: "Novia",
      designerId: "A",
      talentId: "ana",
      changeMinutes: 4,
      walkSeconds: null,
      fixedPosition: "closing",
      sequence: 4,
    },
    {
      id: "b1",
      title: "Denim",
      designerId: "B",
      talentId: "bea",
      changeMinutes: 1,
      walkSeconds: null,
      fixedPosition: null,
      sequence: 5,
    },
  ],
});

describe("explainInfeasible", () => {
  it("names the model, the looks and the seconds missing, and ranks verified remedies", async () => {
    const show = tightShow();
    expect((await solveRunway(show)).status).toBe("infeasible");
    const explanation = await explainInfeasible(show);
    // a1 0–40, a4 enters at 150: Ana has 110 s and needs 4 min = 240 s.
    expect(explanation.conflicts).toEqual([
      {
        kind: "quick_change",
        talentId: "ana",
        fromLookId: "a1",
        toLookId: "a4",
        positions: [1, 4],
        availableSeconds: 110,
        requiredSeconds: 240,
        missingSeconds: 130,
      },
    ]);
    expect(explanation.missingSeconds).toBe(130);
    expect(describeConflict(show, explanation.conflicts[0] as never)).toBe(
      "Ana tiene 1 min 50 s entre «Capa roja» y «Novia» y necesita 4 min: faltan 2 min 10 s.",
    );
    const kinds = explanation.remedies.map((r) => [r.kind, "toTalentId" in r ? r.toTalentId : null]);
    // Bea and Cami (confirmed) are busy around the closing; Dani (backup, same division) is free;
    // Eli is a backup of another division and is never offered.
    expect(kinds).toContainEqual(["reassign_look", "dani"]);
    expect(kinds).not.toContainEqual(["reassign_look", "eli"]);
    const gap = explanation.remedies.find((r) => r.kind === "add_gap");
    // 130 s over 3 gaps → 44 s more per gap (43 leaves 1 s short).
    expect(gap).toMatchObject({ seconds: 44, gapSeconds: 54 });
    expect(explanation.remedies.find((r) => r.kind === "hold")).toMatchObject({
      holds: [{ beforeLookId: "a4", seconds: 130 }],
      totalSeconds: 130,
    });
    expect(explanation.remedies.map((r) => r.rank)).toEqual(explanation.remedies.map((_, i) => i + 1));
    const order = explanation.remedies.map((r) => r.kind);
    expect(order.indexOf("add_gap")).toBeLessThan(order.indexOf("hold"));
    expect(order.indexOf("hold")).toBeLessThan(order.indexOf("reassign_look")); // a backup ranks after time
    for (const remedy of explanation.remedies) {
      const changed = applyRemedy(show, remedy);
      if (changed) expect(exhaustive(changed).validOrders, remedy.message).toBeGreaterThan(0);
    }
  });

  it("offers the line-up change when the fixed block order is what blocks the show", async () => {
    const show = tightShow();
    // Ana opens A's block and walks B1 (3 min change): with A first she never has 3 minutes;
    // with B first, B1 then A1 (1 min change) fits.
    show.looks = [
      {
        id: "a1",
        title: "A1",
        designerId: "A",
        talentId: "ana",
        changeMinutes: 1,
        walkSeconds: null,
        fixedPosition: "opening",
        sequence: 1,
      },
      {
        id: "a2",
        title: "A2",
        designerId: "A",
        talentId: "bea",
        changeMinutes: 1,
        walkSeconds: null,
        fixedPosition: null,
        sequence: 2,
      },
      {
        id: "b1",
        title: "B1",
        designerId: "B",
        talentId: "ana",
        changeMinutes: 3,
        walkSeconds: null,
        fixedPosition: null,
        sequence: 3,
      },
      {
        id: "b2",
        title: "B2",
        designerId: "B",
        talentId: "cami",
        changeMinutes: 1,
        walkSeconds: null,
        fixedPosition: null,
        sequence: 4,
      },
    ];
    expect((await solveRunway(show)).status).toBe("infeasible");
    const explanation = await explainInfeasible(show);
    expect(explanation.remedies.find((r) => r.kind === "change_line_up")).toMatchObject({ designerOrder: ["B", "A"] });
    for (const remedy of explanation.remedies) {
      const changed = applyRemedy(show, remedy);
      if (changed) expect(exhaustive(changed).validOrders, remedy.message).toBeGreaterThan(0);
    }
  });

  it("reports data problems instead of conflicts when the show cannot be ordered at all", async () => {
    const show = tightShow();
    show.looks = show.looks.map((l) => (l.id === "b1" ? { ...l, talentId: null } : l));
    const explanation = await explainInfeasible(show);
    expect(explanation.structural).toEqual([{ kind: "look_without_model", lookId: "b1" }]);
    expect(explanation.remedies).toEqual([]);
  });

  const seen = { explained: 0, remediesChecked: 0 };
  it.each(Array.from({ length: 40 }, (_, i) => 900 + i))(
    "random infeasible show %i: conflicts exist and every remedy makes it solvable (exhaustive search)",
    async (seed) => {
      const rand = prng(seed);
      const show = randomShow(seed, {
        looks: 5 + Math.floor(rand() * 3),
        models: 3,
        designers: 1 + Math.floor(rand() * 2),
        blockOrder: rand() < 0.5 ? "fixed" : "free",
        fixedShare: 0.5,
        changeMinutes: [1, 3],
        backups: 2,
      });
      if (exhaustive(show).validOrders > 0) return; // only infeasible shows are explained
      const explanation = await explainInfeasible(show, { remedyTimeLimitSeconds: 5 });
      if (explanation.structural.length) return;
      expect(explanation.conflicts.length).toBeGreaterThan(0);
      seen.explained++;
      for (const remedy of explanation.remedies) {
        const changed = applyRemedy(show, remedy);
        if (!changed) continue;
        seen.remediesChecked++;
        expect(exhaustive(changed).validOrders, `${seed}: ${remedy.message}`).toBeGreaterThan(0);
      }
    },
    30_000,
  );

  it("explained enough random shows to mean something", () => {
    expect(seen.explained).toBeGreaterThanOrEqual(8);
    expect(seen.remediesChecked).toBeGreaterThanOrEqual(15);
  });
});
