// The independent checker finds every kind of broken rule (so the property
// tests that rely on it can fail), and accepts a valid run of show.
import { describe, expect, it } from "vitest";
import { checkRunOfShow } from "../shared/runway/checker.ts";
import type { RunwayShow } from "../shared/runway/show.ts";

const show = (): RunwayShow => ({
  designers: [
    { id: "A", name: "Amelia", showOrder: 1 },
    { id: "B", name: "Bruno", showOrder: 2 },
  ],
  models: [
    { talentId: "ana", name: "Ana", division: "women", status: "confirmed" },
    { talentId: "bea", name: "Bea", division: "women", status: "confirmed" },
    { talentId: "cami", name: "Cami", division: "women", status: "confirmed" },
    { talentId: "dani", name: "Dani", division: "women", status: "backup" },
  ],
  settings: {
    gapSeconds: 10,
    defaultWalkSeconds: 40,
    changeBufferMinutes: 1,
    noBackToBack: true,
    blockOrder: "fixed",
    finaleSeconds: 60,
  },
  looks: [
    {
      id: "a1",
      title: "A1",
      designerId: "A",
      talentId: "ana",
      changeMinutes: 0,
      walkSeconds: null,
      fixedPosition: "opening",
      sequence: 1,
    },
    {
      id: "a2",
      title: "A2",
      designerId: "A",
      talentId: "bea",
      changeMinutes: 0,
      walkSeconds: 30,
      fixedPosition: null,
      sequence: 2,
    },
    {
      id: "b1",
      title: "B1",
      designerId: "B",
      talentId: "cami",
      changeMinutes: 0,
      walkSeconds: null,
      fixedPosition: null,
      sequence: 3,
    },
    {
      id: "b2",
      title: "B2",
      designerId: "B",
      talentId: "ana",
      changeMinutes: 1,
      walkSeconds: null,
      fixedPosition: "closing",
      sequence: 4,
    },
  ],
});
const run = (...pairs: [string, string][]) => ({ slots: pairs.map(([lookId, talentId]) => ({ lookId, talentId })) });
const good = run(["a1", "ana"], ["a2", "bea"], ["b1", "cami"], ["b2", "ana"]);

describe("checkRunOfShow", () => {
  it("accepts a valid run of show and recomputes its clock", () => {
    const result = checkRunOfShow(show(), good);
    // a1 0–40, a2 50–80, b1 90–130, b2 140: ana had 100 s, needs (1 + 1) × 60 = 120 → a quick-change violation.
    expect(result.startSeconds).toEqual([0, 50, 90, 140]);
    expect(result.violations).toEqual([
      {
        kind: "quick_change",
        talentId: "ana",
        fromLookId: "a1",
        toLookId: "b2",
        positions: [1, 4],
        availableSeconds: 100,
        requiredSeconds: 120,
        missingSeconds: 20,
      },
    ]);
    const relaxed = show();
    relaxed.settings.changeBufferMinutes = 0;
    const ok = checkRunOfShow(relaxed, good);
    expect(ok.violations).toEqual([]);
    expect(ok.minSpareSeconds).toBe(40);
    expect(ok.runningSeconds).toBe(140 + 40 + 10 + 60);
  });

  it("finds missing, duplicate and unknown looks, wrong and unconfirmed models", () => {
    const s = show();
    s.settings.changeBufferMinutes = 0;
    const kinds = checkRunOfShow(s, run(["a1", "ana"], ["a1", "ana"], ["zz", "bea"], ["b1", "dani"])).violations.map(
      (v) => v.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(["duplicate_look", "unknown_look", "missing_look", "wrong_model", "model_not_confirmed"]),
    );
  });

  it("finds split blocks, the wrong block order, fixed positions and back-to-back walks", () => {
    const s = show();
    s.settings.changeBufferMinutes = 0;
    const split = checkRunOfShow(s, run(["a1", "ana"], ["b1", "cami"], ["a2", "bea"], ["b2", "ana"])).violations;
    expect(split.map((v) => v.kind)).toContain("block_split");
    const order = checkRunOfShow(s, run(["b1", "cami"], ["b2", "ana"], ["a1", "ana"], ["a2", "bea"])).violations;
    expect(order.map((v) => v.kind)).toEqual(["block_order", "back_to_back"]);
    const fixed = checkRunOfShow(s, run(["a2", "bea"], ["a1", "ana"], ["b2", "ana"], ["b1", "cami"])).violations;
    expect(
      fixed.filter((v) => v.kind === "fixed_position").map((v) => v.kind === "fixed_position" && v.lookId),
    ).toEqual(["a1", "b2"]);
    s.settings.blockOrder = "free";
    const free = checkRunOfShow(s, run(["b1", "cami"], ["b2", "ana"], ["a1", "ana"], ["a2", "bea"])).violations;
    expect(free.map((v) => v.kind)).toEqual(["back_to_back"]);
    s.settings.noBackToBack = false;
    s.looks[0] = { ...(s.looks[0] as RunwayShow["looks"][number]), changeMinutes: 0 };
    expect(checkRunOfShow(s, run(["b1", "cami"], ["b2", "ana"], ["a1", "ana"], ["a2", "bea"])).violations).toEqual([]);
  });

  it("compares claimed clock times with its own", () => {
    const s = show();
    s.settings.changeBufferMinutes = 0;
    const claimed = [0, 50, 90, 140].map((startSeconds, i) => ({
      position: i + 1,
      lookId: good.slots[i]?.lookId ?? "",
      talentId: good.slots[i]?.talentId ?? "",
      designerId: "",
      startSeconds: i === 2 ? 95 : startSeconds,
      walkSeconds: i === 1 ? 30 : 40,
      sinceLastWalkSeconds: i === 3 ? 100 : null,
      requiredChangeSeconds: i === 3 ? 60 : null,
    }));
    expect(checkRunOfShow(s, good, claimed).violations).toEqual([
      { kind: "timing_mismatch", position: 3, field: "startSeconds", claimed: 95, actual: 90 },
    ]);
  });
});
