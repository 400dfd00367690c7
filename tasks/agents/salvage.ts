// Salvage: what real models get wrong in ordinary ways is repaired without
// another (billed) call, and only what must be refused is refused. Every
// agent defines a `salvage(answer, input)` step (see platform.ts); these are
// its building blocks, written once for all agents:
//
// - `parseAnswer`     the model's JSON text, also when wrapped in a code fence or prose.
// - `normalizedIds`   ids that differ from the offered ones only in case or surrounding whitespace.
// - `coerceNumber`    "85", 85.4, 140 → an integer in range, when unambiguous.
// - `cutOnWord`       text over its limit, cut on a word.
// - `coerceChoice`    "High", "alta" → "high".
// - `salvageRankedPicks` all of it for the common shape "pick up to N of these offered ids, each
//   with a score and some text" (casting suggestions; vendor ranking will be the same shape):
//   more than wanted → the best `wanted` by score (then the model's order); unknown ids dropped
//   and never stored; duplicates dropped (the first kept); what remains is usable even when fewer
//   than wanted. Nothing usable left → `problems` (Spanish, for the repair turn).
//
// Each change is recorded as a short English note ("truncated 5→3"), stored with the run's output
// and on the log row of the call.

/** What salvage made of an answer. */
export interface Salvaged<O> {
  /** The usable output (valid for the agent's schema), or undefined when nothing usable remains. */
  output?: O;
  /** Each change made without another call, e.g. "truncated 5→3", "dropped id not offered: …". */
  salvaged: string[];
  /** Why nothing usable remains, in Spanish, for the repair turn. Empty when `output` is set. */
  problems: string[];
}

/** Notes are short: an id or a value quoted in one is cut to this many characters. */
const QUOTE_LIMIT = 60;
export const quote = (value: unknown): string => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const shown = text === undefined ? String(value) : text;
  return shown.length > QUOTE_LIMIT ? `${shown.slice(0, QUOTE_LIMIT)}…` : shown;
};
/** A value as a model sent it: strings in quotes ("85"), the rest as JSON (85.4, null). */
const shown = (value: unknown): string => (typeof value === "string" ? `"${quote(value)}"` : quote(value));

/**
 * The JSON value of a model's answer. Accepts the text as is, inside a ```json code fence, or the
 * outermost {…} / […] within surrounding prose (noted). Returns undefined when there is no JSON.
 */
export function parseAnswer(raw: string, salvaged: string[]): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // fall through to the ways models wrap JSON
  }
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(raw);
  const candidates = [fence?.[1]];
  for (const [open, close] of [
    ["{", "}"],
    ["[", "]"],
  ] as const) {
    const start = raw.indexOf(open);
    const end = raw.lastIndexOf(close);
    if (start >= 0 && end > start) candidates.push(raw.slice(start, end + 1));
  }
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    try {
      const value = JSON.parse(candidate);
      salvaged.push("extracted JSON from surrounding text");
      return value;
    } catch {
      // next
    }
  }
  return undefined;
}

/** Lookup key of an id: ids that differ only in case or surrounding whitespace are the same id. */
const idKey = (id: string) => id.trim().toLowerCase();

/** The offered ids by lookup key, to normalise what a model sends. */
export function normalizedIds(offered: readonly string[]): Map<string, string> {
  return new Map(offered.map((id) => [idKey(id), id]));
}

/** Text cut to at most `max` characters on a word boundary (with an ellipsis), or as is when it fits. */
export function cutOnWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  // A single word longer than the limit is cut where it must be.
  const cut = (lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:.\-–—]+$/, "");
  return `${cut}…`;
}

export type Coerced<T> = { value: T; note?: string } | { problem: string };

/**
 * A number from a model: a finite number or a numeric string ("85", " 85.4 ", "85%"), rounded to
 * an integer and clamped to [min, max]. Ambiguous values are refused: non-numeric text, and
 * fractions between 0 and 1 when the range is wider (a 0–1 scale or a tiny score?).
 */
export function coerceNumber(value: unknown, min: number, max: number, label: string): Coerced<number> {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(value)) n = Number.parseFloat(value);
  else return { problem: `${label} ${shown(value)} no es un número.` };
  if (!Number.isFinite(n)) return { problem: `${label} ${shown(value)} no es un número.` };
  if (n > 0 && n < 1 && !Number.isInteger(n) && max > 1) {
    return { problem: `${label} ${shown(value)} es ambiguo: usa un entero de ${min} a ${max}.` };
  }
  const rounded = Math.round(n);
  const clamped = Math.min(max, Math.max(min, rounded));
  if (clamped === value) return { value: clamped };
  const steps: string[] = [];
  if (typeof value === "string") steps.push(`coerced ${label} ${shown(value)}→${rounded}`);
  else if (rounded !== n) steps.push(`rounded ${label} ${n}→${rounded}`);
  if (clamped !== rounded) steps.push(`clamped ${label} ${rounded}→${clamped}`);
  return { value: clamped, note: steps.join(", ") };
}

/** A closed choice from a model, matched case- and whitespace-insensitively, with aliases ("alta" → "high"). */
export function coerceChoice(
  value: unknown,
  values: readonly string[],
  aliases: Record<string, string> = {},
): { value: string; changed: boolean } | undefined {
  if (typeof value !== "string") return undefined;
  if (values.includes(value)) return { value, changed: false };
  const key = value.trim().toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === key) ?? aliases[key];
  return hit ? { value: hit, changed: true } : undefined;
}

export interface RankedPicksSpec {
  /** The answer's list property, e.g. "recommendations". A bare list is accepted too (noted). */
  list: string;
  /** The property naming what was picked, and the ids offered (nothing else may be stored). */
  id: { key: string; offered: readonly string[] };
  /** How many picks were asked for: extras beyond it are dropped, best scores kept. */
  wanted: number;
  /** The score property and its range. */
  score: { key: string; min: number; max: number };
  /** Free-text properties: longest length (cut on a word beyond it) and whether they may be empty. */
  texts: Record<string, { max: number; required: boolean }>;
  /** Closed-choice properties: allowed values, aliases, and the value to use when missing or unknown (by rank). */
  choices?: Record<
    string,
    { values: readonly string[]; aliases?: Record<string, string>; fallback(rank: number, count: number): string }
  >;
  /** Nouns for the Spanish repair text, e.g. { one: "recomendación", many: "recomendaciones" }. */
  noun: { one: string; many: string };
}

/** Summarises repeated notes: ["rounded score 85.4→85", …] stay individual up to 6 of a kind, then "…and N more". */
function compact(notes: string[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const note of notes) {
    const kind = note.split(/[ :]/, 2).join(" ");
    byKind.set(kind, [...(byKind.get(kind) ?? []), note]);
  }
  return [...byKind.values()].flatMap((group) =>
    group.length > 6 ? [...group.slice(0, 5), `…and ${group.length - 5} more like "${group[0]}"`] : group,
  );
}

/**
 * Salvages an answer of the shape `{ [list]: [{ [id], [score], …texts, …choices }] }`: see the
 * file comment. The output keeps only the spec's properties, best score first (ties: the model's
 * order).
 */
export function salvageRankedPicks(answer: unknown, spec: RankedPicksSpec): Salvaged<Record<string, unknown>> {
  const notes: string[] = [];
  const problems: string[] = [];
  let list: unknown;
  if (Array.isArray(answer)) {
    list = answer;
    notes.push(`took a bare list as ${spec.list}`);
  } else if (answer && typeof answer === "object") {
    list = (answer as Record<string, unknown>)[spec.list];
  }
  if (!Array.isArray(list)) {
    return { salvaged: notes, problems: [`Falta la lista "${spec.list}".`] };
  }
  const offered = normalizedIds(spec.id.offered);
  const seen = new Set<string>();
  const kept: { item: Record<string, unknown>; score: number; order: number }[] = [];
  let normalisedIds = 0;

  list.forEach((entry, index) => {
    const where = `${spec.noun.one} ${index + 1}`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      notes.push(`dropped ${where}: not an object`);
      problems.push(`La ${where} no es un objeto.`);
      return;
    }
    const raw = entry as Record<string, unknown>;
    const rawId = raw[spec.id.key];
    const id = typeof rawId === "string" ? offered.get(idKey(rawId)) : undefined;
    if (id === undefined) {
      notes.push(`dropped id not offered: ${quote(rawId)}`);
      problems.push(`${spec.id.key} ${quote(rawId)} no está en la lista de candidatos.`);
      return;
    }
    if (id !== rawId) normalisedIds++;
    if (seen.has(id)) {
      notes.push(`dropped duplicate: ${id}`);
      problems.push(`${spec.id.key} ${id} está repetido.`);
      return;
    }
    const score = coerceNumber(raw[spec.score.key], spec.score.min, spec.score.max, spec.score.key);
    if ("problem" in score) {
      notes.push(`dropped ${where}: ${spec.score.key} ${shown(raw[spec.score.key])} unusable`);
      problems.push(`${where}: ${score.problem}`);
      return;
    }
    if (score.note) notes.push(score.note);
    const item: Record<string, unknown> = { [spec.id.key]: id, [spec.score.key]: score.value };
    for (const [key, rule] of Object.entries(spec.texts)) {
      const value = raw[key];
      const text = typeof value === "string" ? value.trim() : "";
      if (rule.required && text === "") {
        notes.push(`dropped ${where}: no ${key}`);
        problems.push(`${where}: falta ${key}.`);
        return;
      }
      const cut = cutOnWord(text, rule.max);
      if (cut.length < text.length) notes.push(`cut ${key} ${text.length}→${cut.length} chars`);
      item[key] = cut;
    }
    seen.add(id);
    kept.push({ item, score: score.value, order: index });
  });
  if (normalisedIds)
    notes.push(`normalised ${normalisedIds} ${spec.id.key}${normalisedIds > 1 ? "s" : ""} (case/whitespace)`);

  if (kept.length === 0) {
    return {
      salvaged: compact(notes),
      problems: [`No llegó ninguna ${spec.noun.one} utilizable.`, ...problems.slice(0, 10)],
    };
  }
  // Best first; the model's order breaks ties. Beyond `wanted`, the lowest go.
  kept.sort((a, b) => b.score - a.score || a.order - b.order);
  if (kept.length > spec.wanted) {
    notes.push(`truncated ${kept.length}→${spec.wanted}`);
    kept.length = spec.wanted;
  }
  // Closed choices, by final rank (a fallback such as "contact the best third first" needs it).
  for (const [key, rule] of Object.entries(spec.choices ?? {})) {
    kept.forEach(({ item, order }, rank) => {
      const value = (list as Record<string, unknown>[])[order]?.[key];
      const choice = coerceChoice(value, rule.values, rule.aliases);
      if (choice) {
        if (choice.changed) notes.push(`normalised ${key} ${shown(value)}→${choice.value}`);
        item[key] = choice.value;
      } else {
        item[key] = rule.fallback(rank, kept.length);
        notes.push(`set ${key} by rank: ${value === undefined ? "missing" : shown(value)}→${item[key]}`);
      }
    });
  }
  return { output: { [spec.list]: kept.map((k) => k.item) }, salvaged: compact(notes), problems: [] };
}
