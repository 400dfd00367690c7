// Determinism for the demo data: seeded PRNG streams (one per topic, so adding
// rows to one topic does not reshuffle another), UUIDs derived from stable
// names, and dates relative to the seed day in Bogotá.
import { createHash } from "node:crypto";

const SEED = 20_260_301;

function hash32(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/** A v4-formatted UUID derived from a stable name. */
export function demoUuid(name: string): string {
  const bytes = createHash("sha256").update(`fashionos-demo:${name}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Rng {
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32, seeded from the global SEED and the stream name. */
export function rng(stream: string): Rng {
  let state = (hash32(stream) ^ SEED) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Dates relative to the seed day in Bogotá (UTC-5 all year, no daylight saving). */
export function calendar(today: Date) {
  const local = new Date(today.getTime() - 5 * 3_600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const d = local.getUTCDate();
  return {
    /** A moment `days` after the seed day at hour:minute in Bogotá, as ISO 8601. */
    at: (days: number, hour = 0, minute = 0) => new Date(Date.UTC(y, m, d + days, hour + 5, minute)).toISOString(),
    /** The calendar date `days` after the seed day. */
    date: (days: number) => new Date(Date.UTC(y, m, d + days)).toISOString().slice(0, 10),
    /** A birth date: turned `age` `daysAgo` days ago. */
    birthDate: (age: number, daysAgo: number) => new Date(Date.UTC(y - age, m, d - daysAgo)).toISOString().slice(0, 10),
  };
}

export function mobile(r: Rng): string {
  const prefix = r.pick([
    "300",
    "301",
    "302",
    "304",
    "305",
    "310",
    "311",
    "312",
    "313",
    "314",
    "315",
    "316",
    "317",
    "318",
    "320",
    "321",
    "350",
  ]);
  return `+57 ${prefix} ${r.int(200, 999)} ${r.int(1000, 9999)}`;
}

export const roundTo = (value: number, step: number) => Math.round(value / step) * step;
