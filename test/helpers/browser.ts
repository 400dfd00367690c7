// The dashboard in Debian's Chromium (playwright-core) for the workspace
// tests: the built web/dist, a page at a phone or desktop size whose console
// errors are collected, screenshots under test-results/screenshots/<suite>/,
// no sideways scrolling, and axe-core (@axe-core/playwright) run on every
// screen with no serious or critical violation allowed.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const WAIT = 15_000;

/** Builds web/dist when it is missing or older than its sources (as `npm start` does). */
export function buildDashboard(): void {
  const build = spawnSync(process.execPath, [join(ROOT, "web", "build-if-stale.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 170_000,
    env: { ...process.env, NODE_ENV: "production" },
  });
  expect(build.status, `web/build-if-stale.ts failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
}

export async function launchChromium(): Promise<Browser> {
  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
}

export interface Screen {
  page: Page;
  /** Console errors and uncaught page errors so far. */
  errors: string[];
  /** Screenshot, no sideways scroll, and axe-core: no serious or critical violation. */
  check(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openScreen(
  browser: Browser,
  options: { baseURL: string; suite: string; width: number; height: number },
): Promise<Screen> {
  const phone = options.width < 720;
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: { width: options.width, height: options.height },
    isMobile: phone,
    hasTouch: phone,
    locale: "es-CO",
    timezoneId: "America/Bogota",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  const dir = join(ROOT, "test-results", "screenshots", options.suite, `${options.width}x${options.height}`);
  return {
    page,
    errors,
    async check(name) {
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: "disabled" });
      await expectNothingSideways(page, name);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n").slice(1, 2).join("") ?? ""}`)
              .join(" | ")}`,
        );
      expect(serious, `${name}: serious or critical accessibility violations (axe-core)`).toEqual([]);
    },
    close: () => context.close(),
  };
}

/**
 * Fails when the page scrolls sideways, or when an element or a text sticks out to the right of the screen
 * outside a horizontal scroller: html and body clip sideways overflow, so `scrollWidth` alone never sees
 * it (a guests table cut off on a phone passed four suites' own scrollWidth-only checks).
 */
export async function expectNothingSideways(page: Page, name: string): Promise<void> {
  const layout = await sideways(page);
  expect(layout.scrollWidth, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(layout.width);
  expect(layout.offenders, `${name}: elements wider than the screen`).toEqual([]);
}

/**
 * The page's width against the screen's, and the elements (or text) that
 * stick out to the right outside a deliberate horizontal scroller (the tab
 * bar, the nav): html/body clip sideways overflow, so scrollWidth alone would
 * not see them, while they are still cut off for the reader. (The same check
 * as test/web-browser.test.ts.)
 */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipsInside = (node: Node) => {
      for (let parent = node.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const describe = (element: Element, right: number) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().split(/\s+/).join(".")}` : ""} right=${Math.round(right)} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1 || clipsInside(element)) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      offenders.push(describe(element, box.right));
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || clipsInside(node)) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) offenders.push(describe(parent, box.right));
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, offenders: offenders.slice(0, 10) };
  });
}
