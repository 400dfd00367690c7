// Event Health in a real browser (Debian's Chromium through playwright-core)
// on the real server and worker (local AI provider): on a phone, a producer
// sees the unread notice of new red items and the traffic light on the
// events list, opens the report (summary, checks with next steps), checks
// again on demand after a fix, marks the notices read; a viewer reads the
// report but has no "check now". On Proveedores, the producer asks the
// Vendor Coordination agent, books a vendor at an agreed price and sees the
// total committed against the budget. Screens under
// test-results/screenshots/health/; any console error or sideways scrolling
// fails the test.
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { buildDashboard, launchChromium, openScreen } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SCREENSHOTS = join(ROOT, "test-results", "screenshots", "health");

let db: TestDatabase;
let api: TestServer;
let worker: Worker;
let browser: Browser;
let eventId: string;
const TITLE = "Pasarela Asfalto";

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
  });
  browser = await launchChromium();
  // An event in five days with a brief short of models and no sound booked; the morning's run checked it.
  const { rows } = await db.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, required_vendor_categories)
     select o.id, $1, 'pasarela-asfalto', now() + interval '5 days', now() + interval '5 days 3 hours', 'published', '{sound}'
       from app_public.organizations o where o.slug = 'moda-bogota'
     returning id`,
    [TITLE],
  );
  eventId = rows[0].id;
  await db.owner.query("insert into app_public.event_budgets (event_id, budget_cop) values ($1, 20000000)", [eventId]);
  await db.owner.query(
    "insert into app_public.casting_briefs (event_id, title, models_needed) values ($1, 'Asfalto', 4)",
    [eventId],
  );
  await db.owner.query("select app_private.refresh_event_health($1, (now() at time zone 'America/Bogota')::date)", [
    eventId,
  ]);
  await rm(SCREENSHOTS, { recursive: true, force: true });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await api?.close();
  await db?.drop();
});

const open = (size: { name: string; width: number; height: number }) =>
  openScreen(browser, { baseURL: api.url, suite: "health", ...size });

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
}

describe("Event Health on a phone", () => {
  it("a producer sees the notice and the light, reads the report, checks again and marks the notice read", {
    timeout: 120_000,
  }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      const notices = page.getByTestId("health-notices");
      await notices.getByText(`${TITLE}: `).waitFor();
      await expect(notices.textContent()).resolves.toMatch(/Faltan 4 modelos para «Asfalto»/);
      const card = page.getByTestId("event-card").filter({ hasText: TITLE });
      await expect(card.getByTestId("health-light").getAttribute("data-status")).resolves.toBe("red");
      await expect(card.getByTestId("health-light").textContent()).resolves.toMatch(
        /En rojo · 4 en rojo, 0 en amarillo/,
      );
      await s.screen("1-events");

      // The report: the local summary arrives from the worker, then the checks with next steps.
      await notices.getByRole("link", { name: new RegExp(TITLE) }).click();
      await page.waitForURL(/\?tab=health/);
      const summary = page.getByTestId("health-summary");
      await summary.getByText(/^Proveedor local \(sin IA\): Faltan 4 modelos/).waitFor({ timeout: 20_000 });
      const checks = page.getByTestId("health-checks");
      await checks.getByText("Sin proveedor de sonido confirmado.").waitFor();
      await expect(checks.textContent()).resolves.toContain(
        "Siguiente paso: Pide recomendaciones de sonido en Proveedores y reserva uno.",
      );
      // The report's day is today's date in Bogotá, shown as a calendar day.
      const today = new Intl.DateTimeFormat("es-CO", {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "America/Bogota",
      }).format(new Date());
      await expect(page.getByTestId("health-section").textContent()).resolves.toContain(`Reporte del ${today}`);
      await s.screen("2-report");

      // Sound booked: check again now; that item turns green and the summary is rewritten.
      const { rows } = await db.owner.query(
        `insert into app_public.vendors (organization_id, name, category, city, price_min_cop)
         select organization_id, 'Sonido Andino', 'sound', 'Bogotá', 3000000 from app_public.events where id = $1
         returning id`,
        [eventId],
      );
      await db.owner.query(
        "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status) values ($1, $2, 'sound', 'booked')",
        [eventId, rows[0].id],
      );
      await page.getByTestId("health-check-now").click();
      await checks.getByText("Proveedor de sonido confirmado.").waitFor();
      // The new summary no longer mentions the sound.
      await summary.getByText(/^Proveedor local \(sin IA\): Faltan 4 modelos(?!.*sonido)/).waitFor({ timeout: 20_000 });
      await s.screen("3-checked-again");

      // Back on the list: mark the notices read; they are gone.
      await page.goto("/events");
      await notices.getByRole("button", { name: "Marcar como leídos" }).click();
      await notices.waitFor({ state: "detached" });
      const { rows: unread } = await db.owner.query(
        `select count(*)::int as n from app_public.notifications n join app_public.profiles p on p.id = n.profile_id
          where p.email = 'producer@bogota.fashionos.test' and n.read_at is null`,
      );
      expect(unread[0].n).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("a producer asks the vendor agent for lighting, books one at an agreed price and sees the total", {
    timeout: 90_000,
  }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.getByTestId("event-card").filter({ hasText: TITLE }).waitFor();
      await page.goto(`/events/${eventId}?tab=vendors`);
      await page.getByTestId("vendor-category").selectOption("lighting");
      await page.getByTestId("vendor-budget").fill("20.000.000");
      await page.getByTestId("vendor-ask").click();
      const first = page.getByTestId("vendor-recommendation").first();
      await first.getByText(/^Proveedor local \(sin IA\): Precio /).waitFor({ timeout: 20_000 });
      await s.screen("5-vendors");
      await first.getByPlaceholder("Precio acordado (COP)").fill("4500000");
      await first.getByRole("button", { name: "Reservar" }).click();
      await page.locator('[data-testid="vendor-recommendation"][data-status="booked"]').nth(1).waitFor();
      // Sound (booked earlier at its lowest price, $3.000.000) + lighting at $4.500.000.
      await page
        .getByTestId("vendors-committed")
        .filter({ hasText: /7\.500\.000/ })
        .waitFor();
      const { rows } = await db.owner.query(
        `select r.agreed_price_cop::int as price, a.kind from app_public.vendor_recommendations r
           join app_public.vendor_availability a on a.vendor_id = r.vendor_id and a.event_id = r.event_id
          where r.event_id = $1 and r.category = 'lighting' and r.status = 'booked'`,
        [eventId],
      );
      expect(rows).toEqual([{ price: 4_500_000, kind: "booked" }]);
      await s.screen("6-vendor-booked");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("a producer marks a vendor unavailable and rates a vendor after an event, on a phone", {
    timeout: 90_000,
  }, async () => {
    // A show that ended yesterday, with Sonido Andino booked for it.
    const { rows: past } = await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
       select organization_id, 'Pasarela Pasada', 'pasarela-pasada', now() - interval '30 hours', now() - interval '26 hours', 'draft'
         from app_public.events where id = $1
       returning id`,
      [eventId],
    );
    const pastId = past[0].id;
    const { rows: andino } = await db.owner.query("select id from app_public.vendors where name = 'Sonido Andino'");
    await db.owner.query(
      "insert into app_public.vendor_recommendations (event_id, vendor_id, category, status) values ($1, $2, 'sound', 'booked')",
      [pastId, andino[0].id],
    );
    const day = async (offset: number) =>
      (await db.owner.query("select ((now() at time zone 'America/Bogota')::date + $1::int)::text as d", [offset]))
        .rows[0].d as string;
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.getByTestId("event-card").filter({ hasText: TITLE }).waitFor();
      await page.goto("/proveedores");
      const card = page.getByTestId("record").filter({ hasText: "Sonido Andino" });
      const days = card.getByTestId("vendor-days");
      await days.getByRole("button", { name: "Marcar no disponible" }).click();
      const form = days.getByTestId("vendor-unavailable-form");
      // The last day before the first: a coded error, in Spanish, and nothing stored.
      await form.getByLabel("Desde").fill(await day(40));
      await form.getByLabel("Hasta").fill(await day(38));
      await form.getByRole("button", { name: "Guardar días" }).click();
      await page.getByRole("alert").filter({ hasText: "La fecha final no puede ser anterior a la inicial." }).waitFor();
      await form.getByLabel("Hasta").fill(await day(42));
      await form.getByLabel("Motivo (opcional)").fill("Gira en Cali");
      await form.getByRole("button", { name: "Guardar días" }).click();
      await days
        .locator('[data-testid="vendor-period"][data-kind="unavailable"]')
        .filter({ hasText: "Gira en Cali" })
        .waitFor();
      await s.screen("7-vendor-unavailable");
      const { rows: marked } = await db.owner.query(
        `select app_public.vendor_availability_first_day(a)::text as first, app_public.vendor_availability_last_day(a)::text as last
           from app_public.vendor_availability a where vendor_id = $1 and kind = 'unavailable'`,
        [andino[0].id],
      );
      expect(marked).toEqual([{ first: await day(40), last: await day(42) }]);

      // After the show: four stars and a note on the booked vendor.
      await page.goto(`/events/${pastId}?tab=vendors`);
      const rate = page.getByTestId("vendor-rate");
      await rate.getByRole("radio", { name: "4 estrellas" }).click();
      await rate.getByPlaceholder("Qué salió bien o mal (opcional)").fill("Puntual y buen sonido");
      await rate.getByRole("button", { name: "Guardar calificación" }).click();
      await page
        .getByTestId("vendor-rating")
        .filter({ hasText: "Calificado con 4 ★ · Puntual y buen sonido" })
        .waitFor();
      await s.screen("8-vendor-rated");
      const { rows: rated } = await db.owner.query(
        "select rating, rating_note from app_public.vendor_recommendations where event_id = $1",
        [pastId],
      );
      expect(rated).toEqual([{ rating: 4, rating_note: "Puntual y buen sonido" }]);
      // The upcoming show's booked vendor cannot be rated yet.
      await page.goto(`/events/${eventId}?tab=vendors`);
      await page.getByText("Podrás calificar a este proveedor cuando termine el evento.").first().waitFor();
      expect(await page.getByTestId("vendor-rate").count()).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("a viewer reads the report in English without the check-now button, and gets no notices", {
    timeout: 60_000,
  }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "viewer@bogota.fashionos.test");
      await page.getByTestId("event-card").filter({ hasText: TITLE }).waitFor();
      await page.getByTestId("language-toggle").click();
      await page.goto(`/events/${eventId}?tab=health`);
      await page.getByTestId("health-checks").waitFor();
      await expect(page.getByTestId("health-section").textContent()).resolves.toMatch(/Red · 3 red, 0 amber/);
      // The same report the producer read in Spanish, in English: the checks are stored as codes and facts.
      const checks = page.getByTestId("health-checks");
      await checks.getByText(/4 models missing for “Asfalto” \(0 of 4 confirmed, \d+ days to the show\)\./).waitFor();
      await checks.getByText("Vendor for sound confirmed.").waitFor();
      await expect(checks.textContent()).resolves.toContain(
        "Next step: Ask the casting agent for suggestions for this brief, or confirm the backups.",
      );
      await expect(checks.textContent()).resolves.not.toMatch(/Faltan|Proveedor de|Siguiente paso/);
      expect(await page.getByTestId("health-check-now").count()).toBe(0);
      expect(await page.getByTestId("health-notices").count()).toBe(0);
      await s.screen("4-viewer-english");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});
