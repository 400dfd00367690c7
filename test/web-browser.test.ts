// The dashboard in a real browser (Debian's Chromium through playwright-core)
// against the real API server, the real worker with the deterministic local
// AI provider, and this file's own demo-seeded database. At a phone, a tablet
// and a desktop size: sign in with the demo credentials the sign-in page
// shows, open an upcoming event, generate casting recommendations, confirm
// one, switch languages, sign out; the AI activity page for an owner or admin
// and not for a viewer. Every main screen is saved under
// test-results/screenshots/<size>/ and checked for horizontal scrolling; any
// console error or uncaught page error fails the size.
//
// CHROMIUM_PATH overrides /usr/bin/chromium; DEBUG_BROWSER=1 prints the
// page's console and every response while the test runs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const ROOT = PROJECT_ROOT;
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
/** Bounded waits: generous for a slow CI machine, short enough to fail clearly. */
const WAIT = 15_000;
const AGENT_WAIT = 45_000;

interface Size {
  name: string;
  width: number;
  height: number;
  /** The demo account that runs the casting flow (its role). */
  role: "casting" | "producer" | "admin";
  /** Which upcoming Bogotá event with a brief: 0 or 1. */
  event: 0 | 1;
}

const SIZES: Size[] = [
  { name: "360x740", width: 360, height: 740, role: "casting", event: 0 },
  { name: "768x1024", width: 768, height: 1024, role: "producer", event: 1 },
  { name: "1280x800", width: 1280, height: 800, role: "admin", event: 0 },
];

const ROLE_ES = {
  owner: "Propietario",
  admin: "Administrador",
  producer: "Productor",
  casting: "Casting",
  viewer: "Lector",
};

interface UpcomingEvent {
  id: string;
  title: string;
  briefId: string;
}

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
let events: UpcomingEvent[];
const workers = new Set<Worker>();

beforeAll(async () => {
  // The server serves web/dist: build it when it is missing or older than web/src.
  // NODE_ENV=production: vitest sets NODE_ENV=test, and Vite would then
  // bundle React's development build into web/dist.
  const build = spawnSync(process.execPath, [join(ROOT, "web", "build-if-stale.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, NODE_ENV: "production" },
  });
  expect(build.status, `web/build-if-stale.ts failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
  expect(existsSync(join(ROOT, "web", "dist", "index.html"))).toBe(true);

  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  db = await createTestDatabase();
  // Many sign-ins and a polling dashboard from one IP in a minute: the limits
  // themselves are tested in the API tests, not here.
  api = await startTestServer(db, {
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-gpu",
      "--disable-dev-shm-usage",
    ],
  });

  const { rows } = await db.owner.query<UpcomingEvent>(
    `select e.id, e.title, b.id as "briefId"
       from app_public.events e
       join app_public.organizations o on o.id = e.organization_id
       join app_public.casting_briefs b on b.event_id = e.id
      where o.slug = 'moda-bogota' and e.ends_at > now()
      order by e.starts_at`,
  );
  events = rows;
  expect(events.length, "the demo seed has two upcoming Bogotá events with a casting brief").toBeGreaterThanOrEqual(2);
}, 180_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop().catch(() => {});
  await browser?.close();
  await api?.close();
  await db?.drop();
});

it("`npm run build` (vite build) succeeds", { timeout: 120_000 }, async () => {
  // Into a scratch directory, so the web/dist this file's server serves is never half-written.
  const outDir = await mkdtemp(join(tmpdir(), "fashionos-web-"));
  try {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "vite", "bin", "vite.js"),
        "build",
        "--config",
        join(ROOT, "web", "vite.config.ts"),
        "--outDir",
        outDir,
        "--emptyOutDir",
        "--logLevel",
        "warn",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 110_000, env: { ...process.env, NODE_ENV: "production" } },
    );
    expect(result.status, `vite build failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(outDir, "index.html"))).toBe(true);
    const scripts = (await readdir(join(outDir, "assets"))).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    // A production bundle: React's development build greets developers on the console.
    for (const script of scripts) {
      expect(await readFile(join(outDir, "assets", script), "utf8")).not.toContain("Download the React DevTools");
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

/* One size: a fresh context, its own screenshots and console ------------- */

class Session {
  readonly errors: string[] = [];
  readonly size: Size;
  readonly context: BrowserContext;
  readonly page: Page;

  constructor(size: Size, context: BrowserContext, page: Page) {
    this.size = size;
    this.context = context;
    this.page = page;
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
    if (process.env.DEBUG_BROWSER) {
      page.on("console", (m) => console.log(`[${size.name}] ${m.type()}: ${m.text()}`));
      page.on("response", (r) =>
        console.log(
          `[${size.name}] ${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData()?.slice(0, 80) ?? ""}`,
        ),
      );
    }
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
  }

  static async open(size: Size): Promise<Session> {
    await rm(join(SCREENSHOTS, size.name), { recursive: true, force: true });
    const context = await browser.newContext({
      baseURL: api.url,
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 1,
      isMobile: size.width < 720,
      hasTouch: size.width < 720,
      locale: "es-CO",
      timezoneId: "America/Bogota",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    return new Session(size, context, page);
  }

  /** Saves a screenshot of the screen and checks it does not scroll sideways. */
  async screen(name: string): Promise<void> {
    const dir = join(SCREENSHOTS, this.size.name);
    await mkdir(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: "disabled" });
    // Required of the phone and tablet sizes, and kept at the desktop size too.
    await this.expectNoSidewaysScroll(name);
  }

  async expectNoSidewaysScroll(screen: string): Promise<void> {
    const layout = await this.page.evaluate(() => {
      const width = window.innerWidth;
      // Elements that stick out to the right, outside a deliberate horizontal
      // scroller (the tab bar): html/body clipping would hide them from
      // scrollWidth while they are still cut off for the reader.
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
      // Text that runs out of its box (a long word or figure) is not an element of its own.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || clipsInside(node)) continue;
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1) offenders.push(describe(parent, box.right));
      }
      return {
        width,
        scrollWidth: document.documentElement.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        offenders: offenders.slice(0, 10),
      };
    });
    expect(layout.scrollWidth, `${this.size.name} ${screen}: the page scrolls sideways`).toBeLessThanOrEqual(
      layout.width,
    );
    expect(layout.bodyScrollWidth, `${this.size.name} ${screen}: the body scrolls sideways`).toBeLessThanOrEqual(
      layout.width,
    );
    expect(layout.offenders, `${this.size.name} ${screen}: elements wider than the screen`).toEqual([]);
  }

  async token(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem("fashionos.token"));
  }

  /** Signs in from the sign-in page with a demo account the page itself offers. */
  async signIn(role: keyof typeof ROLE_ES): Promise<void> {
    const { page } = this;
    await page.getByRole("heading", { level: 1, name: "Inicia sesión" }).waitFor();
    const demo = page.getByRole("region", { name: "Cuentas de demostración" });
    await demo.getByText(`Contraseña de todas: ${DEMO_PASSWORD}`).waitFor();
    await demo.getByRole("button", { name: `Usar ${ROLE_ES[role]}` }).click();
    const email = page.getByLabel("Correo electrónico");
    const password = page.getByLabel("Contraseña", { exact: true });
    expect(await email.inputValue()).toBe(`${role}@bogota.fashionos.test`);
    expect(await password.inputValue()).toBe(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Entrar" }).click();
    await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
    expect(await this.token()).toBeTruthy();
  }

  /** Signs out; back on the sign-in page with no token stored, and the old token revoked. */
  async signOut(): Promise<void> {
    const { page } = this;
    const token = await this.token();
    expect(token).toBeTruthy();
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await page.getByRole("heading", { level: 1, name: "Inicia sesión" }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/");
    expect(await this.token()).toBeNull();
    // The revoked token is refused outright (attack-report M5), never a member with no profile.
    const me = await api.graphql("{ currentProfile { rowId } }", {}, { token: token ?? "" });
    expect(me.status).toBe(401);
    expect(me.body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "SESSION_REVOKED" });
    expect(me.body.data?.currentProfile ?? null).toBeNull();
  }

  navigation(): Locator {
    return this.page.getByRole("navigation", { name: "FashionOS" });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

const visible = (locator: Locator, timeout = WAIT) => locator.waitFor({ state: "visible", timeout });

async function resetSuggestions(briefId: string): Promise<void> {
  // The agent only suggests people not yet considered for the event: drop the
  // previous size's suggestions so this size generates its own.
  await db.owner.query("delete from app_public.model_castings where brief_id = $1 and agent_run_id is not null", [
    briefId,
  ]);
}

async function castingRow(eventId: string, name: string) {
  const { rows } = await db.owner.query<{ status: string; ai_reasoning: string | null; agent_run_id: string | null }>(
    `select m.status, m.ai_reasoning, m.agent_run_id
       from app_public.model_castings m join app_public.talent t on t.id = m.talent_id
      where m.event_id = $1 and coalesce(nullif(t.stage_name, ''), t.full_name) = $2`,
    [eventId, name],
  );
  const [row, ...others] = rows;
  if (!row || others.length) throw new Error(`expected one casting for ${name}, found ${rows.length}`);
  return row;
}

describe.each(SIZES)("dashboard at $name", (size) => {
  it("signs in, generates and confirms castings, switches language, signs out", { timeout: 180_000 }, async () => {
    const event = events[size.event];
    if (!event) throw new Error("no upcoming event");
    await resetSuggestions(event.briefId);
    const session = await Session.open(size);
    const { page } = session;
    try {
      /* Sign-in page, in Spanish, with the demo credentials. */
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Inicia sesión" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("es-CO");
      await visible(page.getByRole("region", { name: "Cuentas de demostración" }));
      await session.screen("login");
      await session.signIn(size.role);

      /* Events. */
      await visible(page.getByRole("heading", { level: 2, name: "Próximos" }));
      const nav = session.navigation();
      await visible(nav.getByRole("link", { name: "Eventos" }));
      expect(await nav.getByRole("link", { name: "Actividad IA" }).count()).toBe(size.role === "admin" ? 1 : 0);
      const upcoming = page.locator("div.section-title:has(h2:text-is('Próximos')) + div");
      const card = upcoming.getByTestId("event-card").filter({ has: page.getByRole("heading", { name: event.title }) });
      await visible(card);
      await session.screen("events");
      // "Sold" is what was paid, as on Boletería and at the door; roles that do not read bookings see the
      // tiers' count, which includes reservations, under a label that says so.
      const { rows: tickets } = await db.owner.query(
        `select coalesce((select sum(quantity) from app_public.bookings where event_id = $1 and status = 'paid'), 0)::int as paid,
                coalesce((select sum(sold_count) from app_public.ticket_tiers where event_id = $1), 0)::int as held`,
        [event.id],
      );
      const seesBookings = size.role !== "casting";
      const soldStat = card.locator(".stat").filter({
        has: page.getByText(seesBookings ? "Boletas vendidas" : "Boletas vendidas o reservadas", { exact: true }),
      });
      await expect
        .poll(() => soldStat.locator(".stat-value").textContent())
        .toMatch(new RegExp(`^${(seesBookings ? tickets[0].paid : tickets[0].held).toLocaleString("es-CO")} de `));

      /* The event, then its Casting tab. */
      await card.click();
      await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
      await visible(page.getByRole("tab", { name: "Resumen", selected: true }));
      await session.screen("event");
      await page.getByRole("tab", { name: "Casting" }).click();
      await visible(page.getByRole("tab", { name: "Casting", selected: true }));
      const panel = page.getByRole("tabpanel");
      await visible(panel.getByRole("heading", { name: "Brief de casting" }));
      await expect.poll(() => page.getByLabel("Modelos necesarios").inputValue()).toMatch(/^\d+$/);
      const aiCards = panel.getByTestId("casting-card").filter({ hasText: "Proveedor local" });
      expect(await aiCards.count(), "no earlier suggestions for this brief").toBe(0);
      await session.screen("casting");

      /* Generate: the run is queued (no worker yet), the button is disabled with a spinner. */
      const generate = panel.getByTestId("generate-castings");
      expect(await generate.textContent()).toBe("Generar recomendaciones");
      await panel.getByRole("button", { name: "Generar recomendaciones" }).click();
      await visible(page.getByRole("status").filter({ hasText: "Solicitud enviada al agente de casting." }));
      await visible(panel.getByTestId("run-status").getByText("En cola: el agente empezará en unos segundos."));
      await visible(panel.getByRole("button", { name: "Generando recomendaciones…" }));
      expect(await generate.isDisabled()).toBe(true);
      expect(await generate.getAttribute("aria-busy")).toBe("true");
      await visible(generate.locator(".spinner"));
      await session.screen("casting-queued");

      // Now the real worker picks the job up, with the local provider.
      const worker = await startWorker({
        connectionString: db.settings.ownerUrl,
        logger: makeLogger("silent"),
        pollIntervalMs: 200,
        tasks: { config: loadAiConfig({}) },
      });
      workers.add(worker);
      try {
        await visible(page.getByRole("status").filter({ hasText: "Recomendaciones listas." }), AGENT_WAIT);
        await visible(panel.getByRole("button", { name: "Generar recomendaciones" }));
      } finally {
        await worker.stop();
        workers.delete(worker);
      }
      expect(await generate.isDisabled()).toBe(false);
      const runStatus = panel.getByTestId("run-status");
      await visible(runStatus.getByText("Proveedor local (sin IA)"));
      const outcome = /^(\d+) sugerencias? nuevas? del roster\./.exec((await runStatus.textContent()) ?? "");
      expect(outcome, "the run banner says how many suggestions").not.toBeNull();
      const suggested = Number(outcome?.[1]);
      expect(suggested).toBeGreaterThan(0);
      await expect.poll(() => aiCards.count()).toBe(suggested);

      // Every suggestion has a name, a score, Spanish reasoning and a priority.
      for (const suggestion of await aiCards.all()) {
        expect((await suggestion.getByRole("heading", { level: 3 }).textContent())?.trim()).toBeTruthy();
        expect(await suggestion.locator(".score").textContent()).toMatch(/^\d{1,3}$/);
        expect(await suggestion.locator(".reasoning").textContent()).toMatch(/^Proveedor local \(sin IA\): /);
        expect(await suggestion.getByText(/^Prioridad (alta|media|baja)$/).count()).toBe(1);
      }

      /* The best suggestion: name, score, Spanish reasoning, priority, status. */
      const best = aiCards.first();
      const name = (await best.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "";
      expect(name.length).toBeGreaterThan(1);
      const cardByName = panel.getByRole("article", { name, exact: true });
      expect(await cardByName.count()).toBe(1);
      const score = Number(await cardByName.locator(".score").textContent());
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      await visible(cardByName.getByText("Puntaje", { exact: true }));
      expect(await cardByName.locator(".reasoning").textContent()).toMatch(
        /^Proveedor local \(sin IA\): .*Estatura \d+ cm/,
      );
      await visible(cardByName.getByText(/^Prioridad (alta|media|baja)$/));
      await visible(cardByName.getByText("Sugerida", { exact: true }));
      expect(await castingRow(event.id, name)).toMatchObject({ status: "suggested" });
      await session.screen("casting-suggestions");

      /* Confirm it: a success toast, the card and the database agree. */
      await cardByName.getByRole("button", { name: "Confirmar" }).click();
      await visible(page.getByRole("status").filter({ hasText: `Casting confirmado: ${name}.` }));
      await visible(cardByName.getByText("Confirmada", { exact: true }));
      expect(await cardByName.getByText("Sugerida", { exact: true }).count()).toBe(0);
      expect(await cardByName.getByRole("button", { name: "Confirmar" }).count()).toBe(0);
      const row = await castingRow(event.id, name);
      expect(row.status).toBe("confirmed");
      expect(row.agent_run_id).toBeTruthy();
      expect(row.ai_reasoning).toMatch(/^Proveedor local/);
      await session.screen("casting-confirmed");

      /* A long page: the top bar stays on screen when scrolled. */
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      const banner = await page.getByRole("banner").boundingBox();
      expect(banner?.y, "the sticky top bar is at the top of the screen").toBe(0);
      expect(banner?.height ?? 999, "the top bar is one row").toBeLessThan(80);
      await page.evaluate(() => window.scrollTo(0, 0));

      /* English, kept across a reload; then Spanish again. */
      await page.getByRole("button", { name: "English" }).click();
      await visible(nav.getByRole("link", { name: "Events" }));
      await visible(panel.getByRole("button", { name: "Generate recommendations" }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.reload();
      await visible(session.navigation().getByRole("link", { name: "Events" }));
      await visible(page.getByRole("tab", { name: "Casting", selected: true }));
      await visible(page.getByRole("heading", { name: "Casting brief" }));
      await visible(page.getByRole("button", { name: "Sign out" }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await session.screen("casting-en");
      await page.getByRole("button", { name: "Español" }).click();
      await visible(nav.getByRole("link", { name: "Eventos" }));
      await visible(page.getByRole("heading", { name: "Brief de casting" }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("es-CO");

      /* AI activity: the admin sees it here; the others sign in as the owner. */
      if (size.role !== "admin") {
        await session.signOut();
        await session.signIn("owner");
      }
      await session.navigation().getByRole("link", { name: "Actividad IA" }).click();
      await page.getByRole("heading", { level: 1, name: "Actividad IA" }).waitFor();
      await visible(page.getByText("Proveedor: local (sin IA, determinista)"));
      const runs = page.locator("div.section-title:has(h2:text-is('Ejecuciones recientes')) + ul");
      await visible(runs.getByRole("listitem").filter({ hasText: "Casting de modelos" }).first());
      await visible(runs.getByText("Completada").first());
      await visible(runs.getByText("1 intento", { exact: true }).first());
      for (const label of ["Llamadas este mes", "Tasa de error", "Costo del mes", "Tokens"]) {
        await visible(page.getByText(label, { exact: true }));
      }
      const calls = page.locator(".stat", { hasText: "Llamadas este mes" }).locator(".stat-value");
      expect(Number(await calls.textContent())).toBeGreaterThanOrEqual(1);
      await session.screen("ai-activity");
      await session.signOut();
      await session.screen("signed-out");

      /* A viewer: no AI activity link, and the page itself says no. */
      await session.signIn("viewer");
      await visible(session.navigation().getByRole("link", { name: "Eventos" }));
      expect(await session.navigation().getByRole("link", { name: "Actividad IA" }).count()).toBe(0);
      await session.screen("viewer-events");
      await page.goto("/ai");
      await visible(page.getByText("Solo propietarios y administradores ven la actividad de IA."));
      await session.screen("viewer-ai");
      await session.signOut();

      expect(session.errors, `console or page errors at ${size.name}`).toEqual([]);
    } catch (error) {
      // What the page looked like when it failed, next to the screenshots.
      await session.screen("failure").catch(() => {});
      if (error instanceof Error && session.errors.length) {
        error.message += `\nconsole or page errors so far:\n${session.errors.join("\n")}`;
      }
      throw error;
    } finally {
      await session.close();
    }
  });
});

it("a save the server refuses shows its error, never “saved” (the producer lost the right meanwhile)", {
  timeout: 120_000,
}, async () => {
  const size = SIZES[0] as Size;
  const event = events[0] as UpcomingEvent;
  const membership = async (role: string) =>
    db.owner.query(
      `update app_public.memberships m set role = $1 from app_public.profiles p
        where p.id = m.profile_id and p.email = 'producer@bogota.fashionos.test' returning m.id`,
      [role],
    );
  const notesOf = async () =>
    (await db.owner.query("select notes from app_public.casting_briefs where id = $1", [event.briefId])).rows[0].notes;
  const session = await Session.open(size);
  const { page } = session;
  try {
    await page.goto("/");
    await session.signIn("producer");
    await page.goto(`/events/${event.id}`);
    await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
    await page.getByRole("tab", { name: "Casting" }).click();
    await visible(page.getByRole("tabpanel").getByRole("heading", { name: "Brief de casting" }));
    const before = await notesOf();
    // Demoted to viewer while the form is open: the update now writes nothing.
    expect((await membership("viewer")).rowCount).toBe(1);
    await page.getByLabel("Notas creativas").fill("Cambio que no debe guardarse");
    await page.getByRole("button", { name: "Guardar brief" }).click();
    // Viewers may not even read casting briefs: to them the brief is not there.
    await visible(page.getByRole("alert").filter({ hasText: "No encontramos lo que buscas." }));
    expect(await page.getByText("Brief guardado.").count()).toBe(0);
    expect(await notesOf()).toBe(before);
  } finally {
    await membership("producer");
    await session.close();
  }
});
