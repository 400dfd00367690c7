// Seeded random shows for the property tests and the benchmark: the same seed
// always gives the same show (mulberry32), so a failing case can be replayed.
import type { FixedPosition, RunwayShow, ShowLook } from "../../shared/runway/show.ts";

/** mulberry32: a small, well-known 32-bit PRNG; deterministic per seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomShowOptions {
  looks: number;
  models: number;
  designers: number;
  /** Share of looks with their own walk length instead of the default (0–1). */
  customWalkShare?: number;
  /** Chance that a designer has an opening / closing look, and that the show has a finale look. */
  fixedShare?: number;
  blockOrder?: "fixed" | "free";
  noBackToBack?: boolean;
  /** Change minutes are drawn from this range (inclusive). */
  changeMinutes?: [number, number];
  gapSeconds?: number;
  defaultWalkSeconds?: number;
  changeBufferMinutes?: number;
  /** Backup models (same divisions) besides the confirmed ones. */
  backups?: number;
}

export function randomShow(seed: number, o: RandomShowOptions): RunwayShow {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const designers = Array.from({ length: o.designers }, (_, d) => ({
    id: `d${d + 1}`,
    name: `Diseñador ${d + 1}`,
    showOrder: d + 1,
  }));
  const divisions = ["women", "men", "curve"];
  const models = Array.from({ length: o.models }, (_, m) => ({
    talentId: `m${m + 1}`,
    name: `Modelo ${m + 1}`,
    division: divisions[m % divisions.length] as string,
    status: "confirmed" as const,
  }));
  const backups = Array.from({ length: o.backups ?? 0 }, (_, m) => ({
    talentId: `b${m + 1}`,
    name: `Suplente ${m + 1}`,
    division: divisions[m % divisions.length] as string,
    status: "backup" as const,
  }));
  // Every designer gets at least one look (when there are enough looks).
  const designerOf = Array.from({ length: o.looks }, (_, i) => (i < o.designers ? i : int(0, o.designers - 1))).sort(
    (a, b) => a - b,
  );
  const [cLo, cHi] = o.changeMinutes ?? [2, 8];
  const looks: ShowLook[] = designerOf.map((d, i) => ({
    id: `l${i + 1}`,
    title: `Look ${i + 1}`,
    designerId: `d${d + 1}`,
    talentId: `m${int(1, o.models)}`,
    changeMinutes: int(cLo, cHi),
    walkSeconds: rand() < (o.customWalkShare ?? 0) ? int(30, 70) : null,
    fixedPosition: null as FixedPosition | null,
    sequence: i + 1,
  }));
  const fixedShare = o.fixedShare ?? 0;
  for (let d = 0; d < o.designers; d++) {
    const own = looks.filter((l) => l.designerId === `d${d + 1}`);
    if (own.length >= 2 && rand() < fixedShare) (own[0] as ShowLook).fixedPosition = "opening";
    if (own.length >= 2 && rand() < fixedShare) (own[own.length - 1] as ShowLook).fixedPosition = "closing";
  }
  if (rand() < fixedShare) {
    const last = looks.filter((l) => l.designerId === `d${o.designers}` && l.fixedPosition === null);
    const lastDesignerClosing = looks.some((l) => l.designerId === `d${o.designers}` && l.fixedPosition === "closing");
    const pick = last[last.length - 1];
    if (pick && !lastDesignerClosing) pick.fixedPosition = "finale";
  }
  return {
    looks,
    designers,
    models: [...models, ...backups],
    settings: {
      gapSeconds: o.gapSeconds ?? 10,
      defaultWalkSeconds: o.defaultWalkSeconds ?? 40,
      changeBufferMinutes: o.changeBufferMinutes ?? 0,
      noBackToBack: o.noBackToBack ?? true,
      blockOrder: o.blockOrder ?? "fixed",
      finaleSeconds: 90,
    },
  };
}

export interface PlantedShowOptions {
  looks: number;
  designers: number;
  /** The most models the show may use; fewer are used when changes allow. */
  maxModels: number;
  blockOrder?: "fixed" | "free";
  changeMinutes?: [number, number];
  customWalkShare?: number;
  fixedShare?: number;
  /** 0–1: how often the next walk goes to the model who became free last (tight changes) rather than any free one. */
  tightness?: number;
}

/**
 * A show that has a valid run of show by construction: models are given to
 * looks along a hidden order so that every change fits, then the looks are
 * listed in a shuffled order. Used where a feasible show is needed (benchmark).
 */
export function plantedShow(seed: number, o: PlantedShowOptions): RunwayShow {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const gapSeconds = 10;
  const defaultWalkSeconds = 40;
  const [cLo, cHi] = o.changeMinutes ?? [2, 6];
  const sizes = Array.from({ length: o.designers }, () => 1);
  for (let i = o.designers; i < o.looks; i++) (sizes[int(0, o.designers - 1)] as number)++;
  const hidden: ShowLook[] = [];
  let n = 0;
  sizes.forEach((size, d) => {
    for (let k = 0; k < size; k++) {
      n++;
      hidden.push({
        id: `l${n}`,
        title: `Look ${n}`,
        designerId: `d${d + 1}`,
        talentId: null,
        changeMinutes: int(cLo, cHi),
        walkSeconds: rand() < (o.customWalkShare ?? 0) ? int(30, 70) : null,
        fixedPosition: null,
        sequence: 0,
      });
    }
  });
  // Walk the hidden order: each look goes to a model who is dressed in time.
  const freeAt: { id: string; end: number; position: number }[] = [];
  let t = 0;
  hidden.forEach((look, position) => {
    const need = look.changeMinutes * 60;
    const ready = freeAt.filter((m) => m.end + need <= t && m.position < position - 1);
    let model: { id: string; end: number; position: number } | undefined;
    if (ready.length && (freeAt.length >= o.maxModels || rand() < 0.7)) {
      ready.sort((a, b) => b.end - a.end);
      model = rand() < (o.tightness ?? 0.5) ? ready[0] : ready[int(0, ready.length - 1)];
    }
    if (!model) {
      model = { id: `m${freeAt.length + 1}`, end: 0, position: -10 };
      freeAt.push(model);
    }
    const walk = look.walkSeconds ?? defaultWalkSeconds;
    look.talentId = model.id;
    model.end = t + walk;
    model.position = position;
    t += walk + gapSeconds;
  });
  // Fixed positions where the hidden order has them.
  const fixedShare = o.fixedShare ?? 0;
  let at = 0;
  for (const size of sizes) {
    if (size >= 2 && rand() < fixedShare) (hidden[at] as ShowLook).fixedPosition = "opening";
    if (size >= 2 && rand() < fixedShare) (hidden[at + size - 1] as ShowLook).fixedPosition = "closing";
    at += size;
  }
  const last = hidden[hidden.length - 1];
  if (last && last.fixedPosition === null && rand() < fixedShare) last.fixedPosition = "finale";
  // List the looks shuffled (Fisher–Yates), numbered in that order.
  const looks = [...hidden];
  for (let i = looks.length - 1; i > 0; i--) {
    const j = int(0, i);
    [looks[i], looks[j]] = [looks[j] as ShowLook, looks[i] as ShowLook];
  }
  looks.forEach((l, i) => {
    l.sequence = i + 1;
  });
  return {
    looks,
    designers: sizes.map((_, d) => ({ id: `d${d + 1}`, name: `Diseñador ${d + 1}`, showOrder: d + 1 })),
    models: freeAt.map((m) => ({
      talentId: m.id,
      name: `Modelo ${m.id}`,
      division: "women",
      status: "confirmed" as const,
    })),
    settings: {
      gapSeconds,
      defaultWalkSeconds,
      changeBufferMinutes: 0,
      noBackToBack: true,
      blockOrder: o.blockOrder ?? "fixed",
      finaleSeconds: 90,
    },
  };
}
