// The dashboard speaks es-CO first and English second. These checks keep the
// two catalogues in step and keep user-facing text out of the components:
// (a) both languages have the same keys (plural forms aside), no empty
//     values, and the same {{variables}} per key;
// (b) every key the components ask for exists in both languages;
// (c) no JSX text or user-facing attribute is a literal string.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  AGENT_ERROR_CODES,
  API_ERROR_CODES,
  ERROR_CODES,
  errorTranslations,
  TRANSLATED_CODES,
  TRANSLATED_REASONS,
} from "../shared/errors.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { TABLES } from "../shared/permissions.ts";

const ROOT = PROJECT_ROOT;
const SRC = join(ROOT, "web", "src");
const LANGUAGES = { "es-CO": "es-CO.json", en: "en.json" } as const;
type Language = keyof typeof LANGUAGES;

type Catalogue = { [key: string]: string | Catalogue };
/** What each language's JSON file holds. */
const files = Object.fromEntries(
  Object.entries(LANGUAGES).map(([language, file]) => [
    language,
    JSON.parse(readFileSync(join(SRC, "i18n", file), "utf8")) as Catalogue,
  ]),
) as Record<Language, Catalogue>;
/** What the dashboard loads (web/src/i18n/index.ts): the file, with the error catalogue's texts under `errors`. */
const catalogues = Object.fromEntries(
  (Object.keys(LANGUAGES) as Language[]).map((language): [Language, Catalogue] => [
    language,
    {
      ...files[language],
      errors: { ...(files[language].errors as Catalogue), ...errorTranslations(language) },
    },
  ]),
) as Record<Language, Catalogue>;

/** Every leaf as [dotted path, value]; a non-string leaf is reported as is. */
function leaves(node: Catalogue, prefix = ""): [string, unknown][] {
  return Object.entries(node).flatMap(([key, value]): [string, unknown][] =>
    value && typeof value === "object" && !Array.isArray(value)
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

// i18next plural forms: `key_one`, `key_other`… are one key, `key`, whose
// forms follow each language's plural rules (Spanish has "many", English not).
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (path: string) => path.replace(PLURAL_SUFFIX, "");

function entries(language: Language) {
  const byKey = new Map<string, { path: string; value: unknown }[]>();
  for (const [path, value] of leaves(catalogues[language])) {
    const key = baseKey(path);
    byKey.set(key, [...(byKey.get(key) ?? []), { path, value }]);
  }
  return byKey;
}
const ENTRIES = { "es-CO": entries("es-CO"), en: entries("en") } satisfies Record<Language, unknown>;

const variables = (value: string) =>
  [...value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] as string).sort();

/** Whether `path` names a string (or a set of plural forms) in a language. */
function hasString(language: Language, path: string): boolean {
  return ENTRIES[language].has(path) && !hasObject(language, path);
}
function hasObject(language: Language, path: string): boolean {
  let node: string | Catalogue | undefined = catalogues[language];
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return false;
    node = node[part];
  }
  return Boolean(node) && typeof node === "object";
}

describe("(a) the catalogues", () => {
  it("have the same keys in es-CO and en", () => {
    const es = [...ENTRIES["es-CO"].keys()].sort();
    const en = [...ENTRIES.en.keys()].sort();
    expect(
      es.filter((key) => !ENTRIES.en.has(key)),
      "keys in es-CO.json missing from en.json",
    ).toEqual([]);
    expect(
      en.filter((key) => !ENTRIES["es-CO"].has(key)),
      "keys in en.json missing from es-CO.json",
    ).toEqual([]);
  });

  it("have a non-empty string for every key", () => {
    const bad = (Object.keys(LANGUAGES) as Language[]).flatMap((language) =>
      leaves(catalogues[language])
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([path, value]) => `${language}: ${path} = ${JSON.stringify(value)}`),
    );
    expect(bad).toEqual([]);
  });

  it("give plural keys every form the language needs", () => {
    const problems: string[] = [];
    for (const language of Object.keys(LANGUAGES) as Language[]) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, forms] of ENTRIES[language]) {
        const suffixes = forms.flatMap((form) => PLURAL_SUFFIX.exec(form.path)?.[1] ?? []);
        if (suffixes.length === 0) continue;
        if (forms.length !== suffixes.length) problems.push(`${language}: ${key} is both a plain and a plural key`);
        for (const category of categories) {
          if (!suffixes.includes(category)) problems.push(`${language}: ${key}_${category} is missing`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("use the same {{variables}} for each key in both languages", () => {
    const mismatches: string[] = [];
    for (const [key, esForms] of ENTRIES["es-CO"]) {
      const enForms = ENTRIES.en.get(key);
      if (!enForms) continue;
      const union = (forms: { value: unknown }[]) =>
        [...new Set(forms.flatMap((form) => (typeof form.value === "string" ? variables(form.value) : [])))].sort();
      const es = union(esForms);
      const en = union(enForms);
      if (es.join() !== en.join())
        mismatches.push(`${key}: es-CO {{${es.join("}} {{")}}} vs en {{${en.join("}} {{")}}}`);
    }
    expect(mismatches).toEqual([]);
  });
});

/* The components, parsed with the TypeScript compiler ------------------- */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "gql" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const FILES = sourceFiles(SRC).map((path) => {
  const text = readFileSync(path, "utf8");
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return {
    path,
    name: relative(ROOT, path),
    source: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind),
  };
});

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const where = (file: (typeof FILES)[number], node: ts.Node) =>
  `${file.name}:${file.source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

interface KeyUse {
  at: string;
  /** A whole key, or the literal head of a template key such as `casting.status.${x}`. */
  key: string;
  kind: "literal" | "prefix";
  /** Whether the options passed to t() include `count` (plural keys need it). */
  count?: boolean;
}

/** The keys an argument of t() can be; null when it cannot be checked statically. */
function keysOf(argument: ts.Expression): Omit<KeyUse, "at">[] | null {
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
    return [{ key: argument.text, kind: "literal" }];
  }
  if (ts.isTemplateExpression(argument)) {
    // `casting.status.${x}`: the part before the last dot must be an object.
    const head = argument.head.text;
    const dot = head.lastIndexOf(".");
    return dot > 0 ? [{ key: head.slice(0, dot), kind: "prefix" }] : null;
  }
  if (ts.isConditionalExpression(argument)) {
    const yes = keysOf(argument.whenTrue);
    const no = keysOf(argument.whenFalse);
    return yes && no ? [...yes, ...no] : null;
  }
  if (ts.isParenthesizedExpression(argument)) return keysOf(argument.expression);
  return null;
}

/**
 * Calls whose key is computed by a helper whose keys are checked elsewhere:
 * errorKey (below), validationKey (web/src/forms.tsx: the validation.* keys of
 * shared/fields.ts MESSAGE_KEYS, each checked in both languages by
 * test/form-rules.test.ts).
 */
const CHECKED_HELPERS = new Set(["errorKey", "validationKey"]);

function translationCalls() {
  const uses: KeyUse[] = [];
  const unverifiable: string[] = [];
  for (const file of FILES) {
    walk(file.source, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const isT =
        (ts.isIdentifier(callee) && callee.text === "t") ||
        (ts.isPropertyAccessExpression(callee) &&
          callee.name.text === "t" &&
          /^i18n$/.test(callee.expression.getText()));
      const argument = node.arguments[0];
      if (!isT || !argument) return;
      const keys = keysOf(argument);
      const options = node.arguments[1];
      const count = Boolean(
        options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some((property) => property.name?.getText() === "count"),
      );
      if (keys) uses.push(...keys.map((key) => ({ ...key, count, at: where(file, node) })));
      else if (!(ts.isCallExpression(argument) && CHECKED_HELPERS.has(argument.expression.getText())))
        unverifiable.push(`${where(file, node)}: t(${argument.getText()})`);
    });
  }
  return { uses, unverifiable };
}

describe("the error texts", () => {
  it("live only in the error catalogue (shared/errors.ts), not in the JSON files", () => {
    const twice = (Object.keys(LANGUAGES) as Language[]).flatMap((language) =>
      Object.keys((files[language].errors as Catalogue | undefined) ?? {})
        .filter((key) => key in ERROR_CODES || key === "reasons")
        .map((key) => `${LANGUAGES[language]}: errors.${key}`),
    );
    expect(twice, "error codes and reasons are translated in shared/errors.ts").toEqual([]);
  });
});

describe("(b) every translation key the components use", () => {
  const { uses, unverifiable } = translationCalls();

  it("finds the t() calls", () => {
    // Guards the walker itself: a refactor that hid every call would pass vacuously.
    expect(uses.length).toBeGreaterThan(50);
    expect(uses.some((use) => use.kind === "prefix")).toBe(true);
  });

  it("exists in es-CO and en", () => {
    const missing = uses.flatMap((use) =>
      (Object.keys(LANGUAGES) as Language[]).flatMap((language) => {
        const ok = use.kind === "literal" ? hasString(language, use.key) : hasObject(language, use.key);
        return ok ? [] : [`${use.at}: ${use.kind === "prefix" ? `${use.key}.*` : use.key} missing in ${language}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  it("passes { count } to plural keys", () => {
    const plural = (key: string) => ENTRIES["es-CO"].get(key)?.every((form) => PLURAL_SUFFIX.test(form.path)) ?? false;
    const withoutCount = uses.filter((use) => use.kind === "literal" && plural(use.key) && !use.count);
    expect(withoutCount.map((use) => `${use.at}: t("${use.key}") without { count }`)).toEqual([]);
  });

  it("is a literal, a template with a literal prefix, or comes from errorKey()", () => {
    expect(unverifiable, "keys this test cannot check: use a literal or a `prefix.${x}` template").toEqual([]);
  });

  it("includes every error code errorKey() can return", () => {
    // errors.ts maps the catalogue's codes to `errors.<CODE>` (reasons with a text to
    // `errors.reasons.<REASON>`), and falls back to NETWORK and UNKNOWN.
    const codes = new Set([
      "NETWORK",
      "UNKNOWN",
      ...TRANSLATED_CODES,
      ...[...TRANSLATED_REASONS].map((r) => `reasons.${r}`),
    ]);
    // Every API and agent code has a text (internal ones are never shown).
    for (const code of [...API_ERROR_CODES, ...AGENT_ERROR_CODES]) expect(TRANSLATED_CODES.has(code), code).toBe(true);
    expect(codes.size).toBeGreaterThan(10);
    const missing = [...codes].flatMap((code) =>
      (Object.keys(LANGUAGES) as Language[]).flatMap((language) =>
        hasString(language, `errors.${code}`) ? [] : [`errors.${code} missing in ${language}`],
      ),
    );
    expect(missing).toEqual([]);
  });

  it("names every table of the permission matrix (the Team page's `permissions.tables.${table}`)", () => {
    // A template key is checked above only by its prefix; this one's values are known: a table
    // added to shared/permissions.ts needs its name in both languages, or the page shows the key.
    const missing = TABLES.flatMap((table) =>
      (Object.keys(LANGUAGES) as Language[]).flatMap((language) =>
        hasString(language, `permissions.tables.${table}`)
          ? []
          : [`permissions.tables.${table} missing in ${language}`],
      ),
    );
    expect(missing).toEqual([]);
  });

  it("writes the permission matrix's table names in lower case: they run together in one sentence", () => {
    // "…compras de boletas, Boletas, Entradas registradas, Pagos, reportes…" on the Team page; an acronym
    // (AI logs) and a brand (WhatsApp) keep their capitals.
    const capitalised = (Object.keys(LANGUAGES) as Language[]).flatMap((language) => {
      const tables = files[language].permissions;
      const names = typeof tables === "object" && typeof tables.tables === "object" ? tables.tables : {};
      return Object.entries(names).flatMap(([table, name]) =>
        typeof name === "string" && /^\p{Lu}\p{Ll}+(?!\p{L})/u.test(name) ? [`${language} ${table}: ${name}`] : [],
      );
    });
    expect(capitalised).toEqual([]);
  });
});

/* (c) No literal user-facing strings in components ---------------------- */

/** Attributes whose value people read or hear. */
const USER_FACING_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
]);

/**
 * Literal text that is truly not user-facing, as `file: text` with the reason.
 * Keep it short; prefer a translation key.
 */
const ALLOWED: Record<string, string> = {};

const hasWords = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) >= 2;

/** String literals an expression can evaluate to directly ("a", `b`, cond ? "c" : "d", x ?? "e"). */
function literalStrings(expression: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isParenthesizedExpression(expression)) return literalStrings(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...literalStrings(expression.whenTrue), ...literalStrings(expression.whenFalse)];
  if (
    ts.isBinaryExpression(expression) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      expression.operatorToken.kind,
    )
  )
    return [...literalStrings(expression.left), ...literalStrings(expression.right)];
  if (ts.isTemplateExpression(expression)) return [];
  return [];
}

function literalTexts(): { found: string[]; allowedUsed: Set<string> } {
  const found: string[] = [];
  const allowedUsed = new Set<string>();
  const report = (file: (typeof FILES)[number], node: ts.Node, what: string, text: string) => {
    const id = `${file.name}: ${text.trim()}`;
    if (id in ALLOWED) allowedUsed.add(id);
    else found.push(`${where(file, node)} ${what} ${JSON.stringify(text.trim())}`);
  };
  for (const file of FILES.filter((f) => f.path.endsWith(".tsx"))) {
    walk(file.source, (node) => {
      if (ts.isJsxText(node)) {
        if (hasWords(node.text)) report(file, node, "text", node.text);
        return;
      }
      // {"Texto"} or {cond ? "Sí" : "No"} as a child of an element.
      if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
        for (const literal of literalStrings(node.expression)) {
          if (hasWords(literal.text)) report(file, literal, "text", literal.text);
        }
        return;
      }
      if (ts.isJsxAttribute(node) && node.initializer) {
        const name = node.name.getText();
        if (!USER_FACING_ATTRIBUTES.has(name)) return;
        const literals = ts.isStringLiteral(node.initializer)
          ? [node.initializer]
          : ts.isJsxExpression(node.initializer) && node.initializer.expression
            ? literalStrings(node.initializer.expression)
            : [];
        for (const literal of literals) {
          // alt="" marks a decorative image, which is right.
          if (/\p{L}/u.test(literal.text)) report(file, literal, `${name}=`, literal.text);
        }
      }
    });
  }
  return { found, allowedUsed };
}

describe("(c) components", () => {
  it("contain no literal user-facing text (use t())", () => {
    const { found } = literalTexts();
    expect(found, "move these strings to web/src/i18n/es-CO.json and en.json").toEqual([]);
  });

  it("have no stale entries in the allow list", () => {
    const { allowedUsed } = literalTexts();
    expect(Object.keys(ALLOWED).filter((id) => !allowedUsed.has(id))).toEqual([]);
  });
});

/* (d) Each screen speaks to its own audience ---------------------------- */

/**
 * Catalogue sections written in a visitor's voice ("¿Asistirás?", "No asistirás"), with the
 * only pages that may use them. A producer's list reusing the guest's "No asistirás" for a
 * guest who declined was the fault; staff screens have their own keys (guests.invitationStatus).
 */
const VISITOR_SECTIONS: Record<string, string[]> = {
  rsvp: ["web/src/pages/RsvpPage.tsx"],
};

describe("(d) visitor-facing wording", () => {
  it("is used only by the visitor's own pages", () => {
    const { uses } = translationCalls();
    const misplaced = uses.flatMap((use) => {
      const section = use.key.split(".")[0] as string;
      const pages = VISITOR_SECTIONS[section];
      const file = use.at.replace(/:\d+$/, "");
      return pages && !pages.includes(file) ? [`${use.at}: ${use.key} is written for visitors`] : [];
    });
    expect(uses.some((use) => use.key.startsWith("rsvp."))).toBe(true);
    expect(misplaced).toEqual([]);
  });
});
