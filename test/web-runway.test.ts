// The run of show in a real browser (Debian's Chromium through playwright-core)
// on the real server, with the real worker and the deterministic local AI
// provider: the Pasarela editor at a desktop size (the seed's quick-change
// warning, reorder by keyboard and by mouse with an instant re-check in the
// browser, save, "Resolver", the explanation of an impossible show, the
// printable run of show and run cards), and the show-caller view on a phone
// (dressed marks, "Salió", ahead/behind, going offline, the copy kept on the
// device, and a reload with the server gone, from the service worker's copy). axe-core finds no serious or critical violation on these pages.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import {
  afterDndTimers,
  afterDrop,
  buildDashboard,
  expectNothingSideways,
  launchChromium,
  openScreen,
  WAIT,
} from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const ROOT = PROJECT_ROOT;
const SCREENSHOTS = join(ROOT, "test-results", "screenshots", "runway");

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
let worker: Worker;
let eventId: string;
let producerToken: string;
/** The show-caller test stops the server to take the network away entirely. */
let serverClosed = false;

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  api = await startTestServer(db, {
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  worker = await startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 2,
    tasks: { config: loadAiConfig({}) },
  });
  browser = await launchChromium();
  const { rows } = await db.owner.query("select id from app_public.events where slug = 'noche-diseno-independiente'");
  eventId = rows[0].id;
  producerToken = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  await worker?.stop().catch(() => {});
  await browser?.close();
  if (!serverClosed) await api?.close();
  await db?.drop();
});

/** A signed-in page (the producer's token in localStorage, as the sign-in page leaves it). */
const open = (size: { width: number; height: number }, token = producerToken) =>
  // Only uncaught page errors count here (as this suite always did), not console errors.
  openScreen(browser, { baseURL: api.url, suite: "runway", ...size, token, consoleErrors: false });

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `${what}: axe-core serious/critical violations`).toEqual([]);
}

async function shot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: "disabled" });
}

/** expect.poll with the page's bounded wait (its default is one second). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: WAIT });

const rowsOf = (page: Page) => page.getByTestId("runway-row");
const orderOf = async (page: Page) =>
  rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-look-id") ?? ""));
async function savedOrder() {
  const { rows } = await db.owner.query<{ look_id: string }>(
    `select s.look_id from app_public.runway_slots s join app_public.runway_schedules r on r.id = s.schedule_id
      where r.event_id = $1 order by s.sequence`,
    [eventId],
  );
  return rows.map((r) => r.look_id);
}

describe("Pasarela editor (desktop)", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ context, page, errors } = await open({ width: 1280, height: 800 }));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await context?.close();
  });

  it("shows the seed's run of show with its quick-change warning, re-checks a keyboard move at once, saves it", async () => {
    await page.goto(`/events/${eventId}?tab=runway`);
    await poll(() => rowsOf(page).count()).toBe(10);
    // The seed's draft walks the looks in their own order: look 9's change does not fit.
    await poll(() => page.getByTestId("runway-recheck").textContent()).toMatch(/1 regla incumplida/);
    await poll(() => page.getByTestId("quick-change-warning").count()).toBe(1);
    const nine = (await orderOf(page))[8];
    await poll(() => rowsOf(page).nth(8).getByTestId("quick-change-warning").count()).toBe(1);
    await axe(page, "Pasarela");
    await shot(page, "pasarela-seed");

    // Keyboard: look 9 one place down (after look 10, the finale): the re-check happens in the
    // browser, without a request, and names the broken fixed position.
    const before = await orderOf(page);
    let requests = 0;
    const count = () => requests++;
    page.on("request", count);
    const handle = rowsOf(page)
      .nth(8)
      .getByRole("button", { name: /^Mover el look 9/ });
    await handle.evaluate((button) => button.scrollIntoView({ block: "center" }));
    await handle.focus();
    // Pick up, one place down, drop. Each key waits for what a screen reader hears next (dnd-kit's live
    // region): the sensor listens for the next key only after it has announced the last one, so a fixed
    // pause was a guess (and the announcements are part of the keyboard path under test).
    const announced = page.locator('[id^="DndLiveRegion"]');
    for (const [key, said] of [
      ["Space", /sobre la posición 9\.$/], // picked up: "Moviendo «…»", then at once over its own place
      ["ArrowDown", /sobre la posición 10\.$/],
      ["Space", /quedó en la posición 10\.$/],
    ] as const) {
      await page.keyboard.press(key);
      await poll(() => announced.textContent()).toMatch(said);
      await afterDndTimers(page);
    }
    await poll(() => orderOf(page)).not.toEqual(before);
    const moved = await orderOf(page);
    expect(moved[9]).toBe(nine);
    await poll(() => page.getByTestId("runway-recheck").textContent()).toMatch(/incumplida/);
    await poll(() => rowsOf(page).nth(8).textContent()).toMatch(/Posición fija/);
    page.off("request", count);
    expect(requests).toBe(0);

    // Mouse: discard, then drag look 3 above look 2 so look 9's model (who walks look 3 too)
    // has time to change; the warning on look 9 goes at once. Then save.
    await page.getByRole("button", { name: "Descartar cambios" }).click();
    await poll(() => orderOf(page)).toEqual(before);
    // Row 3 in the middle of the viewport, clear of the sticky top bar.
    await rowsOf(page)
      .nth(2)
      .evaluate((row) => window.scrollTo(0, window.scrollY + row.getBoundingClientRect().top - window.innerHeight / 2));
    await page.waitForTimeout(100);
    const from = await rowsOf(page)
      .nth(2)
      .getByRole("button", { name: /^Mover el look 3/ })
      .boundingBox();
    const to = await rowsOf(page).nth(1).boundingBox();
    if (!from || !to) throw new Error("no boxes");
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.down();
    for (let y = from.y + from.height / 2; y >= to.y + to.height / 3; y -= 5) {
      await page.mouse.move(x, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    // Past dnd-kit's 50 ms of swallowed clicks after a drop (a Guardar pressed within them did nothing).
    await afterDrop(page);
    await poll(async () => (await orderOf(page)).slice(0, 3)).toEqual([before[0], before[2], before[1]]);
    const nineRow = page.locator(`[data-testid="runway-row"][data-look-id="${nine}"]`);
    await poll(() => nineRow.getByTestId("quick-change-warning").count()).toBe(0);
    // What the producer sees when pressing Guardar is what gets saved, and what stays on screen. (Read
    // before the click: read after it, it raced the save's own refetch in a clean-clone CI.)
    const shown = await orderOf(page);
    await page.getByTestId("save-order").click();
    await poll(savedOrder).toEqual(shown);
    await page.getByText("Orden guardado.").waitFor();
    await page.getByText("Editado a mano").waitFor();
    await poll(() => orderOf(page)).toEqual(shown);
  }, 120_000);

  it("Resolver runs the agent: an order that keeps every rule, with the local provider's notes", async () => {
    await page.getByTestId("solve-runway").click();
    await page.getByText("Orden de salida resuelto: el mejor posible (demostrado).").waitFor({ timeout: 60_000 });
    await poll(() => page.getByTestId("runway-recheck").textContent()).toBe("Todas las reglas se cumplen.");
    const notes = page.getByTestId("runway-notes");
    await notes.waitFor();
    await notes.getByText("Proveedor local (sin IA)", { exact: true }).waitFor();
    expect(await notes.textContent()).toMatch(/Proveedor local \(sin IA\): 10 looks/);
    await page.getByText("Óptimo", { exact: true }).waitFor();
    await axe(page, "Pasarela solved");
    await shot(page, "pasarela-solved");
  }, 90_000);

  it("an impossible show is explained with conflicts and ranked remedies", async () => {
    const { rows } = await db.owner.query("select id, change_minutes from app_public.looks where event_id = $1", [
      eventId,
    ]);
    await db.owner.query("update app_public.looks set change_minutes = 30 where event_id = $1", [eventId]);
    try {
      await page.reload();
      await page.getByTestId("runway-stale").waitFor();
      await page.getByTestId("solve-runway").click();
      const explanation = page.getByTestId("runway-explanation");
      await explanation.waitFor({ timeout: 60_000 });
      await explanation.getByRole("heading", { name: "Por qué no hay un orden posible" }).waitFor();
      expect(await page.getByTestId("runway-conflicts").locator("li").count()).toBeGreaterThan(0);
      expect(await page.getByTestId("runway-remedies").locator("li").count()).toBeGreaterThan(0);
      await axe(page, "Pasarela infeasible");
      await shot(page, "pasarela-infeasible");
    } finally {
      await db.owner.query(
        `update app_public.looks l set change_minutes = c.change_minutes
           from jsonb_to_recordset($1::jsonb) as c(id uuid, change_minutes int) where l.id = c.id`,
        [JSON.stringify(rows)],
      );
    }
    // Solved again for the pages that follow.
    await page.reload();
    await page.getByTestId("solve-runway").click();
    await page.getByText("Orden de salida resuelto: el mejor posible (demostrado).").waitFor({ timeout: 60_000 });
  }, 150_000);

  it("prints the run of show and one run card per model, on A4 or Letter", async () => {
    await page.goto(`/events/${eventId}/runway/print`);
    const table = page.getByTestId("print-run-of-show");
    await poll(() => table.locator("tbody tr").count()).toBe(10);
    await poll(() => page.getByTestId("run-card").count()).toBe(6);
    const pageRule = () => page.locator("style").evaluateAll((s) => s.map((e) => e.textContent).join(""));
    expect(await pageRule()).toContain("size: A4 portrait");
    await page.getByTestId("paper").selectOption("letter");
    expect(await pageRule()).toContain("size: letter portrait");
    await axe(page, "print");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.locator(".print-toolbar").isVisible()).toBe(false);
    await shot(page, "print");
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
  }, 60_000);
});

describe("show-caller view (phone)", () => {
  it("marks dressed, advances with Salió, tracks ahead/behind, and keeps working offline", async () => {
    const { context, page, errors } = await open({ width: 360, height: 740 });
    try {
      await page.goto(`/events/${eventId}/show-caller`);
      const current = page.getByTestId("caller-current");
      await current.getByRole("heading", { level: 1 }).waitFor();
      const first = await current.getByRole("heading", { level: 1 }).textContent();
      await poll(() => page.getByTestId("caller-next").count()).toBe(3);
      await axe(page, "show-caller");
      await shot(page, "show-caller");
      await expectNothingSideways(page, "show-caller");

      // A tap marks the next model dressed.
      const dressed = page.getByTestId("caller-dressed").first();
      await dressed.tap();
      expect(await dressed.getAttribute("aria-pressed")).toBe("true");

      // The first look goes out; the clock starts against the plan.
      await page.getByTestId("caller-out").tap();
      await poll(() => page.getByTestId("caller-progress").textContent()).toBe("1 de 10 han salido");
      expect(await current.getByRole("heading", { level: 1 }).textContent()).not.toBe(first);
      await poll(() => page.getByTestId("caller-delta").textContent()).toBe("A tiempo");

      // Backstage Wi-Fi drops: everything keeps working on the device.
      await context.setOffline(true);
      await poll(() => page.getByTestId("caller-online").textContent()).toMatch(/Sin conexión/);
      await page.getByTestId("caller-out").tap();
      await page.getByTestId("caller-out").tap();
      await poll(() => page.getByTestId("caller-progress").textContent()).toBe("3 de 10 han salido");
      // Two looks out within a second of the first, planned 50 and 100 s later: ahead of the plan.
      await poll(() => page.getByTestId("caller-delta").textContent()).toMatch(/^Vamos \d+ s adelantados$/);
      await shot(page, "show-caller-offline");
      await context.setOffline(false);

      // The API unreachable on a reload: the copy kept on the device and the night's state come back.
      await page.route("**/graphql", (route) => route.abort("internetdisconnected"));
      await page.reload();
      await poll(() => page.getByTestId("caller-progress").textContent()).toBe("3 de 10 han salido");
      await poll(() => page.getByTestId("caller-next").count()).toBe(3);
      await page.unroute("**/graphql");

      // No network at all (the server unreachable, not only the API: a phone that reloads a
      // sleeping tab backstage): the service worker's copy of the page opens, with the run of show
      // and the night's state kept on the device.
      const kept = () =>
        page.evaluate(async () => {
          const cache = await caches.open("fashionos-show-caller");
          return (await cache.keys()).map((request) => new URL(request.url).pathname);
        });
      await poll(async () => (await kept()).includes("/__show-caller-page")).toBe(true);
      await poll(async () => (await kept()).filter((path) => path.startsWith("/assets/")).length).toBeGreaterThan(0);
      await api.close();
      serverClosed = true;
      await page.reload();
      await poll(() => page.getByTestId("caller-progress").textContent()).toBe("3 de 10 han salido");
      await poll(() => page.getByTestId("caller-next").count()).toBe(3);
      await page.getByTestId("caller-out").tap();
      await poll(() => page.getByTestId("caller-progress").textContent()).toBe("4 de 10 han salido");
      const unexpected = errors.filter((e) => !/Failed to fetch|NetworkError|internet/i.test(e));
      expect(unexpected).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
