// Every class the dashboard's components name in a className is styled by some stylesheet in web/src, or is
// listed below with why it needs no rule. The Pasarela editor, the show-caller view and the printed run of show
// once shipped with none of their classes defined: rows ran together ("17:30" for position 1 at 7:30) and a
// phone cut the print table off. A class with no rule is almost always a forgotten stylesheet.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
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

/** Buttons that draw themselves with their own class (a rule of their own, not the shared .button). */
const SELF_STYLED_BUTTONS: Record<string, string> = {
  "drag-handle": "the grip of a sortable row (line-up, looks, run of show)",
  "caller-dressed": "the show-caller's big dressed toggle",
  "caller-undo": "the show-caller's undo",
  "caller-out": "the show-caller's Salió",
};

/** Classes X whose stylesheet styles every `<button>` inside them (`.X button { … }`): tabs, toasts, demo logins. */
const stylesButtonsInside = new Set(
  files(WEB, ".css").flatMap((file) =>
    [
      ...readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .matchAll(/\.([a-zA-Z][\w-]*) button\b/g),
    ].map((m) => m[1] as string),
  ),
);

/** Each `<tag>` of a component: its own classes and those of the elements around it in the same file. */
function elementsIn(file: string, tag: string): { line: number; own: string[]; around: string[] }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const classesOf = (element: ts.JsxOpeningLikeElement): string[] => {
    const attribute = element.attributes.properties.find(
      (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(source) === "className",
    );
    return attribute ? usedClasses(attribute.getText(source)) : [];
  };
  const found: { line: number; own: string[]; around: string[] }[] = [];
  const visit = (node: ts.Node, around: string[]): void => {
    let inside = around;
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : null;
    if (opening) {
      const own = classesOf(opening);
      if (opening.tagName.getText(source) === tag) {
        found.push({ line: source.getLineAndCharacterOfPosition(opening.getStart(source)).line + 1, own, around });
      }
      inside = [...around, ...own];
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, []);
  return found;
}

describe("web buttons", () => {
  const all = files(WEB, ".tsx").flatMap((file) =>
    elementsIn(file, "button").map((b) => ({ ...b, where: `${file.slice(WEB.length + 1)}:${b.line}` })),
  );

  it("finds the components' buttons (the scan is not empty)", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((b) => b.own.includes("drag-handle"))).toBe(true);
    expect(stylesButtonsInside.has("tabs")).toBe(true);
  });

  // Event → Comunicaciones once shipped «Redactar con IA», «Guardar», «Aprobar y enviar» and «Descartar» as the
  // browser's grey default buttons: `className="secondary"` alone, or no class at all, styles nothing.
  it("every <button> is styled: the shared .button, a look of its own, or a container that styles its buttons", () => {
    const unstyled = all
      .filter(
        (b) =>
          !b.own.includes("button") &&
          !b.own.some((name) => name in SELF_STYLED_BUTTONS) &&
          !b.around.some((name) => stylesButtonsInside.has(name)),
      )
      .map((b) => `${b.where} (${b.own.join(" ") || "no class"})`);
    expect(unstyled).toEqual([]);
  });

  it("each button look of its own has a rule", () => {
    expect(Object.keys(SELF_STYLED_BUTTONS).filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe("web tables", () => {
  // Comunicaciones' sent messages and the talent profile's consent once had a bare <table>: no borders, and on a
  // phone each date wrapped into a one-word column. The shared look is .table (or a table class of its own).
  it("every <table> has a class of its own look", () => {
    const tables = files(WEB, ".tsx").flatMap((file) =>
      elementsIn(file, "table").map((b) => ({ ...b, where: `${file.slice(WEB.length + 1)}:${b.line}` })),
    );
    expect(tables.length).toBeGreaterThan(3);
    expect(tables.filter((b) => !b.own.some((name) => defined.has(name))).map((b) => b.where)).toEqual([]);
  });
});
