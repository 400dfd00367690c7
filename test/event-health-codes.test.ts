// Event Health checks are stored with stable message codes (titleCode,
// nextStepCode) and their facts as parameters, so the dashboard shows them in
// the reader's language (issue 18). This test enumerates the codes from SQL
// and fails when the web has no text for one in either language, when a
// check uses a code the list does not hold, or when the API's comment does
// not list them; and it renders real reports through the web's own
// formatter in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorTranslations } from "../shared/errors.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { checkTexts, type HealthMessage } from "../web/src/health/messages.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

type Catalogue = { [key: string]: string | Catalogue };
const LANGUAGES = { "es-CO": "es-CO.json", en: "en.json" } as const;
const catalogue = (file: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, "web", "src", "i18n", file), "utf8")) as Catalogue;

/** The text at a dotted path, or its plural forms' `_other`. */
function textAt(root: Catalogue, path: string): string | undefined {
  const parts = path.split(".");
  let node: string | Catalogue | undefined = root;
  for (const [index, part] of parts.entries()) {
    if (!node || typeof node === "string") return undefined;
    const last = index === parts.length - 1;
    node = last ? (node[part] ?? node[`${part}_other`]) : node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The sub-catalogue at a dotted path. */
function nodeAt(root: Catalogue, path: string): Catalogue {
  let node: string | Catalogue | undefined = root;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (!node || typeof node === "string") throw new Error(`No catalogue at ${path}`);
  return node;
}

/** Every leaf path under a node, plural suffixes folded. */
function codesUnder(node: Catalogue, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string"
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`]
      : codesUnder(value, `${prefix}${key}.`),
  );
}

let db: TestDatabase;
let codes: { kind: "title" | "next_step"; code: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  codes = (await db.owner.query("select kind, code from app_private.event_health_codes() order by kind, code")).rows;
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

const KEY = { title: "health.checkTitles", next_step: "health.nextSteps" } as const;

describe("Event Health message codes", () => {
  it("SQL lists codes of both kinds, each once", () => {
    expect(codes.filter((c) => c.kind === "title").length).toBeGreaterThan(10);
    expect(codes.filter((c) => c.kind === "next_step").length).toBeGreaterThan(10);
    const seen = codes.map((c) => `${c.kind}:${c.code}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  for (const [language, file] of Object.entries(LANGUAGES)) {
    it(`${language} has a text for every code SQL can store, and none for a code it cannot`, () => {
      const texts = catalogue(file);
      const missing = codes.filter((c) => !textAt(texts, `${KEY[c.kind]}.${c.code}`)?.trim());
      expect(missing, `web/src/i18n/${file} lacks these codes`).toEqual([]);
      for (const kind of ["title", "next_step"] as const) {
        const inWeb = [...new Set(codesUnder(nodeAt(texts, KEY[kind])))].sort();
        const inSql = codes.filter((c) => c.kind === kind).map((c) => c.code);
        expect(inWeb, `${KEY[kind]} in ${file} has texts for codes SQL no longer stores`).toEqual(
          expect.arrayContaining(inSql),
        );
        expect(inWeb.filter((code) => !inSql.includes(code))).toEqual([]);
      }
    });
  }

  it("every code the checks use is in the list, and the API's comment lists them all", async () => {
    const { rows } = await db.owner.query<{ source: string; comment: string }>(
      `select pg_get_functiondef('app_private.event_health_checks(uuid, timestamptz)'::regprocedure) as source,
              -- The API's EventHealthReport.checks is the computed column (the stored one is kept out of the API).
              obj_description('app_public.event_health_reports_checks(app_public.event_health_reports)'::regprocedure,
                              'pg_proc') as comment`,
    );
    const { source = "", comment = "" } = rows[0] ?? {};
    const used = [...new Set([...source.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1] ?? ""))];
    expect(used.length).toBeGreaterThan(20);
    const known = new Set(codes.map((c) => c.code));
    expect(used.filter((code) => !known.has(code))).toEqual([]);
    for (const { code } of codes) expect(comment, `the checks column's comment lacks ${code}`).toContain(code);
  });

  it("health_check() refuses a code the list does not hold", async () => {
    await expect(
      db.owner.query("select app_private.health_check('x', 'x', 'red', 'casting.nope', 't', 'none', 'n', '{}')"),
    ).rejects.toThrow(/Unknown Event Health message code/);
  });

  it("a real report renders in Spanish and in English from its codes and facts", async () => {
    const { rows: orgs } = await db.owner.query(
      "insert into app_public.organizations (name, slug) values ('Casa Códigos', 'casa-codigos') returning id",
    );
    const { rows: events } = await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, required_vendor_categories)
       values ($1, 'Pasarela Códigos', 'pasarela-codigos', now() + interval '10 days', now() + interval '10 days 2 hours',
               'draft', '{sound,hair_makeup}') returning id`,
      [orgs[0].id],
    );
    await db.owner.query(
      "insert into app_public.casting_briefs (event_id, title, models_needed) values ($1, 'Asfalto', 3)",
      [events[0].id],
    );
    const { rows } = await db.owner.query<{ checks: HealthMessage[] }>(
      "select app_private.event_health_checks($1) as checks",
      [events[0].id],
    );
    const checks = rows[0]?.checks ?? [];
    expect(checks.every((c) => c.titleCode && c.nextStepCode)).toBe(true);

    const i18n = i18next.createInstance();
    await i18n.init({
      resources: Object.fromEntries(
        Object.entries(LANGUAGES).map(([language, file]) => [
          language,
          { translation: { ...catalogue(file), errors: errorTranslations(language as "en" | "es-CO") } },
        ]),
      ),
      lng: "es-CO",
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    const render = (language: string) => {
      const t = i18n.getFixedT(language);
      return checks.map((check) => checkTexts(t, check));
    };
    const spanish = render("es-CO");
    const english = render("en");
    // Spanish from the codes is the text SQL stored in es-CO for the same check (money and percents aside).
    for (const [index, check] of checks.entries()) {
      if (check.titleCode === "budget.unplanned") continue;
      expect(spanish[index]?.title).toBe(check.title);
      expect(spanish[index]?.nextStep).toBe(check.nextStep);
    }
    const englishText = english.map((c) => `${c.title} ${c.nextStep}`).join("\n");
    expect(englishText).toContain("3 models missing for “Asfalto” (0 of 3 confirmed, 10 days to the show).");
    expect(englishText).toContain("No vendor for hair and make-up confirmed.");
    expect(englishText).toContain("Ask for sound recommendations in Vendors and book one.");
    expect(englishText).not.toMatch(/\b(Faltan|Sin proveedor|Pide|Nada por hacer)\b/);
    // No text is left with an unfilled {{parameter}} or a raw key.
    for (const text of [...spanish, ...english]) {
      expect(`${text.title} ${text.nextStep}`).not.toMatch(/\{\{|health\.|undefined|NaN/);
    }
  });
});
