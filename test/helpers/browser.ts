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
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
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

/** Debian's Chromium, headless; `args` adds to the flags every suite uses (a fake camera, say). */
export async function launchChromium(args: string[] = []): Promise<Browser> {
  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", ...args],
  });
}

export interface Screen {
  page: Page;
  context: BrowserContext;
  /** Console errors (unless `consoleErrors: false`) and uncaught page errors so far. */
  errors: string[];
  /** Screenshot, no sideways scroll, and axe-core: no serious or critical violation. */
  check(name: string): Promise<void>;
  /** Screenshot and no sideways scroll (no axe-core run). */
  screen(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface ScreenOptions {
  baseURL: string;
  /** Screenshots go to test-results/screenshots/<suite>/<name, or width x height>/. */
  suite: string;
  width: number;
  height: number;
  name?: string;
  locale?: string;
  /** A session token stored as the dashboard stores it, once per tab (a reload keeps what the page did since). */
  token?: string;
  /** Console messages of type error count as errors (default); those matching `ignoreConsole` never do. */
  consoleErrors?: boolean;
  ignoreConsole?: RegExp;
  /** More of Playwright's context options (acceptDownloads, permissions, reducedMotion, …). */
  context?: BrowserContextOptions;
}

/**
 * A new browser context and page as a person on a phone (width under 720: touch, mobile) or a desktop in
 * Bogotá sees the dashboard: es-CO, America/Bogota, reduced motion, the suite's timeout, errors collected.
 * DEBUG_BROWSER=1 prints the page's console and responses.
 */
export async function openScreen(browser: Browser, options: ScreenOptions): Promise<Screen> {
  const phone = options.width < 720;
  const name = options.name ?? `${options.width}x${options.height}`;
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: { width: options.width, height: options.height },
    isMobile: phone,
    hasTouch: phone,
    locale: options.locale ?? "es-CO",
    timezoneId: "America/Bogota",
    reducedMotion: "reduce",
    ...options.context,
  });
  if (options.token) {
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("fashionos.token", value);
        sessionStorage.setItem("seeded", "1");
      }
    }, options.token);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const errors: string[] = [];
  if (options.consoleErrors !== false) {
    page.on("console", (message) => {
      if (message.type() === "error" && !options.ignoreConsole?.test(message.text())) {
        errors.push(`console: ${message.text()}`);
      }
    });
  }
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  if (process.env.DEBUG_BROWSER) {
    page.on("console", (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
    page.on("response", (r) => console.log(`[${name}] ${r.status()} ${r.url()}`));
  }
  const dir = join(ROOT, "test-results", "screenshots", options.suite, name);
  const screen = async (shot: string) => {
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${shot}.png`), fullPage: true, animations: "disabled" });
    await expectNothingSideways(page, `${name} ${shot}`);
  };
  return {
    page,
    context,
    errors,
    screen,
    async check(shot) {
      await screen(shot);
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
      expect(serious, `${shot}: serious or critical accessibility violations (axe-core)`).toEqual([]);
    },
    close: () => context.close(),
  };
}

/**
 * Waits until dnd-kit's own timers have run. Its keyboard sensor listens for the next key only from a
 * `setTimeout` queued when an item is picked up (an arrow pressed at once was lost in a loaded CI run), and
 * after a drop it swallows clicks for 50 ms (a capture listener removed by a `setTimeout`: a Guardar pressed
 * within them did nothing in a clean-clone CI). A timer of our own, queued after dnd-kit's and at least
 * `ms` long, fires after it.
 */
export function afterDndTimers(page: Page, ms = 0): Promise<unknown> {
  return page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);
}

/** After a drop: past the 50 ms in which dnd-kit swallows clicks. */
export const afterDrop = (page: Page) => afterDndTimers(page, 60);

/** Drags with the mouse, in steps, as a person does (dnd-kit's pointer sensor needs real moves). */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error("nothing to drag, or nowhere to drop");
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
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
