// Every class the dashboard's components name in a className is styled by some stylesheet in web/src, or is
// listed below with why it needs no rule. The Pasarela editor, the show-caller view and the printed run of show
// once shipped with none of their classes defined: rows ran together ("17:30" for position 1 at 7:30) and a
// phone cut the print table off. A class with no rule is almost always a forgotten stylesheet.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";

const WEB = join(PROJECT_ROOT, "web", "src");

/** Classes that are hooks, not looks: each with its reason. */
const UNSTYLED: Record<string, string> = {
  "booking-page": "page wrapper; its parts use the shared card, field and ticket classes",
  "ticket-page": "page wrapper; its parts use the shared card and ticket classes",
  "guests-page": "page wrapper; its parts use the shared card, table and chart classes",
  "seating-page": "page wrapper; the plan itself is .seating",
  "public-event": "page wrapper; its parts use the shared card and tier classes",
  public: "layout wrapper of the public pages (PublicLayout)",
  "box-office": "section wrapper; its parts use the shared card and table classes",
  "health-checks": "list wrapper; each check is a styled .check",
  "roster-grid": "list wrapper; the roster's cards are styled in roster.css",
  "roster-import": "page wrapper; its steps are styled in roster.css",
  "look-form": "form wrapper; its fields use the shared field classes",
  "input-compact": "a select inside a table row; the shared input rule applies",
  label: "the public page's label text, plain on purpose",
  free: "a slot state on the talent profile, read by tests; the slot's own class shows it",
  pad: "an empty grid cell on the talent profile",
  placeholder: "the QR code's box before the code is drawn",
  taken: "a seat state read by tests; the seat shows its guest",
  communications: "section wrapper of Event → Comunicaciones; its parts use the shared card, table and chip classes",
  "rate-vendor": "the rating form under a booked vendor; its fields use the shared field classes",
  "vendor-days": "wrapper of a vendor's unavailable days; the days are a shared .list",
};

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), ext) : entry.name.endsWith(ext) ? [join(dir, entry.name)] : [],
  );
}

/** The class names a stylesheet defines (any `.name` in a selector). */
const defined = new Set(
  files(WEB, ".css").flatMap((file) =>
    [
      ...readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .matchAll(/\.([a-zA-Z][\w-]*)/g),
    ].map((m) => m[1]),
  ),
);

/** The literal class names a component uses: className="a b", and the fixed words of className={`a ${x}`} / {"a"}. */
function usedClasses(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|\{([^}]*)\})/g)) {
    const [, plain, template, expression] = match;
    const parts = plain !== undefined ? [plain] : [];
    if (template !== undefined) parts.push(template.replace(/\$\{[^}]*\}/g, " "));
    // Words in quotes inside an expression: `${done ? "yes" : ""}`, {cue < 0 ? "behind" : ""}.
    for (const code of [template, expression]) {
      if (code !== undefined) parts.push(...[...code.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string));
    }
    for (const part of parts) names.push(...part.split(/\s+/).filter((n) => /^[a-z][\w-]*[\w]$/.test(n)));
  }
  return names;
}

describe("web styles", () => {
  const used = new Map<string, Set<string>>();
  for (const file of files(WEB, ".tsx")) {
    for (const name of usedClasses(readFileSync(file, "utf8"))) {
      used.set(name, (used.get(name) ?? new Set()).add(file.slice(WEB.length + 1)));
    }
  }

  it("reads the components' classes (the scan is not empty)", () => {
    expect(used.size).toBeGreaterThan(100);
    expect(used.get("runway-row")).toBeDefined();
  });

  it("every class a component uses has a rule, or a reason here why not", () => {
    const missing = [...used.entries()]
      .filter(([name]) => !defined.has(name) && !(name in UNSTYLED))
      .map(([name, where]) => `${name} (${[...where].join(", ")})`)
      .sort();
    expect(missing).toEqual([]);
  });

  it("the reasons are not stale: each listed class is still used and still has no rule", () => {
    const stale = Object.keys(UNSTYLED).filter((name) => !used.has(name) || defined.has(name));
    expect(stale).toEqual([]);
  });
});
