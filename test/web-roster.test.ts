// The roster in a real browser (Debian's Chromium through playwright-core)
// against the real API server on this file's own demo-seeded database, at a
// phone size and a desktop size: a casting director adds talent with consent
// through the form (a minor with a guardian among them, a refusal shown next
// to its field), one more through a CSV import, uploads a comp card photo
// (stored, re-encoded, shown through its signed URL), opens the profile,
// records and withdraws consent, and searches "maria" and "bogota". On the
// desktop the roster is used with the keyboard alone. axe-core checks every
// roster screen: no serious or critical violations. Screenshots go to
// test-results/screenshots/roster-<size>/.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { buildDashboard, expectNothingSideways, launchChromium, openScreen, WAIT } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
let filesDir: string;

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  filesDir = await mkdtemp(join(tmpdir(), "fashionos-roster-files-"));
  api = await startTestServer(db, {
    FILES_DIR: filesDir,
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

interface Size {
  name: string;
  width: number;
  height: number;
}

async function open(size: Size) {
  const screen = await openScreen(browser, { baseURL: api.url, suite: "roster", ...size });
  screen.page.on("dialog", (dialog) => void dialog.accept());
  return screen;
}

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Inicia sesión" }).waitFor();
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
}

/** axe-core on the page as it is: no serious or critical violations. */
async function accessible(page: Page, screen: string) {
  // Evaluated through the DevTools protocol, which the dashboard's CSP (no inline
  // scripts, no eval) does not govern; the pages themselves run under it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]).map(
      (v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }),
    );
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, `${screen}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

async function screen(page: Page, size: Size, name: string) {
  const dir = join(SCREENSHOTS, `roster-${size.name}`);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: "disabled" });
  await expectNothingSideways(page, `${size.name} ${name}`);
  await accessible(page, `${size.name} ${name}`);
}

async function addTalent(
  page: Page,
  person: { name: string; city: string; height: string; birthDate?: string; guardian?: [string, string] },
) {
  await page.goto("/roster/new");
  await page.getByRole("heading", { level: 1, name: "Agregar talento" }).waitFor();
  await page.getByLabel("Nombre completo", { exact: true }).fill(person.name);
  await page.getByLabel("Ciudad", { exact: true }).fill(person.city);
  await page.getByLabel("Estatura (cm)", { exact: true }).fill(person.height);
  if (person.birthDate) await page.getByLabel("Fecha de nacimiento", { exact: true }).fill(person.birthDate);
  if (person.guardian) {
    await page.getByLabel("Nombre del acudiente", { exact: true }).fill(person.guardian[0]);
    await page.getByLabel("Teléfono del acudiente", { exact: true }).fill(person.guardian[1]);
  }
  const consent = page.getByTestId("consent-fields");
  await consent.getByLabel("Procesamiento con IA (sugerencias de casting)").check();
  await consent.getByLabel("Comunicaciones por WhatsApp y correo").check();
  await consent.getByLabel("¿Cómo se obtuvo?").selectOption("whatsapp");
  await page.getByTestId("talent-save").click();
  await page.getByTestId("talent-profile").waitFor();
  await page.getByRole("heading", { level: 1, name: person.name }).waitFor();
}

async function search(page: Page, words: string): Promise<string[]> {
  const box = page.getByTestId("roster-search");
  await box.fill(words);
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(words);
  await page.getByTestId("roster-list").or(page.getByText("Nadie coincide")).first().waitFor();
  // The list for these words (the previous one may still be on screen for a moment).
  await expect
    .poll(async () => {
      const names = await page.getByTestId("talent-card").locator("h3").allTextContents();
      return names.length > 0 && names.every((n) => n.length > 0);
    })
    .toBe(true);
  return page.getByTestId("talent-card").locator("h3").allTextContents();
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

describe("the roster on a phone (360×740)", () => {
  const size = { name: "360x740", width: 360, height: 740 };
  it("adds talent with consent (one by CSV), uploads a comp card photo, opens the profile, searches", {
    timeout: 240_000,
  }, async () => {
    const { context, page, errors } = await open(size);
    try {
      await signIn(page, "casting@bogota.fashionos.test");
      await page.getByRole("navigation").getByRole("link", { name: "Talento" }).click();
      await page.getByRole("heading", { level: 1, name: "Talento" }).waitFor();
      await page.getByTestId("roster-list").waitFor();
      await screen(page, size, "roster");

      // A refusal shown next to its field, before anything is sent.
      await page.goto("/roster/new");
      await page.getByLabel("Nombre completo", { exact: true }).fill("Prueba Rechazo");
      await page.getByLabel("Estatura (cm)", { exact: true }).fill("260");
      await page.getByTestId("talent-save").click();
      await expect(page.getByTestId("error-heightCm").textContent()).resolves.toContain("entre 50 y 230");
      await expect(page.getByLabel("Estatura (cm)", { exact: true })).toBeTruthy();
      await screen(page, size, "form-error");

      // Four people through the form, all with consent; one a minor with her guardian.
      await addTalent(page, { name: "María Camila Zapata", city: "Bogotá", height: "177" });
      await addTalent(page, { name: "Mariana Ospina Ruiz", city: "Medellín", height: "175" });
      await addTalent(page, { name: "Julián Andrés Mora", city: "bogota", height: "186" });
      await addTalent(page, {
        name: "Sofía Niño Pardo",
        city: "Cali",
        height: "150",
        birthDate: "2014-03-09",
        guardian: ["Luz Marina Pardo", "+57 311 222 3344"],
      });
      await screen(page, size, "profile-new");

      // The fifth by CSV: mapping guessed from Spanish headers, preview, then all or nothing.
      await page.goto("/roster/import");
      await page.getByRole("heading", { level: 1, name: "Importar roster desde CSV" }).waitFor();
      const csv = [
        "Nombre completo;División;Ciudad;Estatura;Correo;Consentimiento;Fuente;Fecha consentimiento",
        "Valentina Ríos Bogotá;mujeres;Bogotá;179;valentina.rios@example.com;casting, IA, contacto;formulario firmado;15/11/2026",
      ].join("\n");
      await page
        .getByTestId("import-file")
        .setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByTestId("import-summary").getByText("1 línea lista.").waitFor();
      await expect(page.locator("#map-fullName").inputValue()).resolves.toBe("Nombre completo");
      await screen(page, size, "import-preview");
      await page.getByTestId("import-run").click();
      await page.getByTestId("import-result").getByText("Nuevas: 1").waitFor();
      await screen(page, size, "import-done");

      const { rows } = await db.owner.query(
        `select full_name, consent_purposes, consent_source, app_public.talent_is_minor(t) as minor
           from app_public.talent t where full_name in ('María Camila Zapata', 'Mariana Ospina Ruiz', 'Julián Andrés Mora', 'Sofía Niño Pardo', 'Valentina Ríos Bogotá')
          order by full_name`,
      );
      expect(rows.map((r) => r.full_name)).toHaveLength(5);
      for (const row of rows) expect(row.consent_purposes, row.full_name).toContain("casting");
      expect(rows.find((r) => r.full_name === "Valentina Ríos Bogotá")?.consent_purposes).toEqual([
        "casting",
        "ai_processing",
        "contact",
      ]);
      expect(rows.find((r) => r.full_name === "Sofía Niño Pardo")?.minor).toBe(true);

      // A comp card photo: uploaded, re-encoded, shown through its signed URL.
      await page.goto("/roster");
      await search(page, "maría camila");
      await page.getByTestId("talent-card").first().click();
      await page.getByTestId("talent-profile").waitFor();
      const photo = await sharp({
        create: { width: 900, height: 1350, channels: 3, background: { r: 200, g: 120, b: 90 } },
      })
        .jpeg()
        .toBuffer();
      await page
        .getByTestId("photo-upload-input")
        .setInputFiles({ name: "comp.jpg", mimeType: "image/jpeg", buffer: photo });
      await page.getByTestId("photo-grid").locator("img").first().waitFor();
      await expect
        .poll(() =>
          page
            .getByTestId("photo-grid")
            .locator("img")
            .first()
            .evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBeGreaterThan(0);
      await screen(page, size, "profile-photo");

      // A second photo, made the main one (the one lists show): the order is saved.
      const second = await sharp({
        create: { width: 900, height: 1350, channels: 3, background: { r: 60, g: 90, b: 160 } },
      })
        .jpeg()
        .toBuffer();
      await page
        .getByTestId("photo-upload-input")
        .setInputFiles({ name: "comp-2.jpg", mimeType: "image/jpeg", buffer: second });
      await expect.poll(() => page.getByTestId("photo-grid").locator("img").count(), { timeout: WAIT }).toBe(2);
      const photoOrder = () =>
        db.owner
          .query(
            `select p.id from app_public.talent_photos p
               join app_public.talent t on t.id = p.talent_id
              where t.full_name = 'María Camila Zapata' order by p.position, p.id`,
          )
          .then((r) => r.rows.map((row) => row.id as string));
      const [first, added] = await photoOrder();
      await page.getByRole("button", { name: "Hacer principal la foto 2" }).click();
      await expect.poll(photoOrder, { timeout: WAIT }).toEqual([added, first]);
      await page.getByTestId("photo-grid").getByText("Principal", { exact: true }).waitFor();
      await screen(page, size, "profile-photos");

      // Consent per channel (issue 19): a casting call may reach her by email; once consent is withdrawn, by
      // no channel, on the same screen without a reload.
      const byEmail = page.getByTestId("channel-consent").locator("tbody tr", { hasText: "Correo" });
      await byEmail.getByText("Autorizado", { exact: true }).first().waitFor();
      // Consent withdrawn in one action.
      await page.getByTestId("consent-revoke").click();
      await page.getByTestId("consent").getByText("Retirado", { exact: true }).waitFor();
      await expect.poll(() => byEmail.getByText("Autorizado", { exact: true }).count(), { timeout: WAIT }).toBe(0);
      expect(await page.getByTestId("channel-consent").getByText("Autorizado", { exact: true }).count()).toBe(0);
      const revoked = await db.owner.query(
        "select consent_revoked_at from app_public.talent where full_name = 'María Camila Zapata'",
      );
      expect(revoked.rows[0].consent_revoked_at).not.toBeNull();

      // A day blocked on the availability calendar: the period is listed and its day marked.
      const day = await page.locator("#a-from").inputValue();
      await page.locator(".availability-form").getByRole("button").click();
      await expect
        .poll(
          () => page.getByTestId("availability-calendar").locator(`td[data-day="${day}"]`).getAttribute("data-kind"),
          { timeout: WAIT },
        )
        .toBe("unavailable");
      await screen(page, size, "profile-availability");

      // Searches that ignore accents and case.
      await page.goto("/roster");
      const marias = await search(page, "maria");
      expect(marias).toEqual(expect.arrayContaining(["María Camila Zapata", "Mariana Ospina Ruiz"]));
      for (const name of marias) expect(fold(name)).toContain("maria");
      await screen(page, size, "search-maria");
      await search(page, "bogota");
      // Every card shown holds "bogota" (name, agency or city), and the count is every such person.
      for (const card of await page.getByTestId("talent-card").allTextContents())
        expect(fold(card)).toContain("bogota");
      const { rows: expected } = await db.owner.query(
        `select count(*)::int as n from app_public.talent t join app_public.organizations o on o.id = t.organization_id
          where o.slug = 'moda-bogota' and t.erased_at is null
            and app_private.talent_search_text(t.full_name, t.stage_name, t.agency, t.city) like '%bogota%'`,
      );
      await expect.poll(() => page.getByTestId("roster-count").textContent()).toBe(`${expected[0].n} personas`);
      await screen(page, size, "search-bogota");
      // More words narrow it: every word, any case or accent, in the name, agency or city.
      for (const [words, name] of [
        ["bogota mora", "Julián Andrés Mora"],
        ["BOGOTÁ valentina rios", "Valentina Ríos Bogotá"],
        ["Bogota maria zapata", "María Camila Zapata"],
      ] as const) {
        expect(await search(page, words)).toContain(name);
        for (const card of await page.getByTestId("talent-card").allTextContents()) {
          for (const word of fold(words).split(" ")) expect(fold(card)).toContain(word);
        }
      }

      // Erasure on the person's request (Ley 1581): confirmed by typing the name;
      // the photo rows go with the data, and the roster no longer finds her.
      await search(page, "maria camila zapata");
      await page.getByTestId("talent-card").filter({ hasText: "María Camila Zapata" }).first().click();
      const erasure = page.getByTestId("erasure");
      await erasure.getByRole("button", { name: "Suprimir datos…" }).click();
      const confirm = erasure.getByRole("button", { name: "Suprimir definitivamente" });
      expect(await confirm.isDisabled()).toBe(true);
      await erasure.getByLabel("Escribe «María Camila Zapata» para confirmar").fill("maría camila zapata");
      await confirm.click();
      await page.getByText("Los datos de esta persona se suprimieron a su solicitud (Ley 1581).").waitFor();
      await accessible(page, "profile-erased");
      const { rows: erased } = await db.owner.query(
        `select t.full_name, t.erased_at, (select count(*)::int from app_public.talent_photos p where p.talent_id = t.id) as photos
           from app_public.talent t where t.id = $1`,
        [page.url().split("/roster/")[1]],
      );
      expect(erased[0]).toMatchObject({ full_name: "Persona anonimizada", photos: 0 });
      expect(erased[0].erased_at).not.toBeNull();
      await page.goto("/roster");
      await page.getByTestId("roster-search").fill("camila zapata");
      const { rows: left } = await db.owner.query(
        `select count(*)::int as n from app_public.talent t join app_public.organizations o on o.id = t.organization_id
          where o.slug = 'moda-bogota' and t.erased_at is null
            and t.search_text like '%camila%' and t.search_text like '%zapata%'`,
      );
      await expect
        .poll(() => page.getByTestId("roster-count").textContent(), { timeout: WAIT })
        .toBe(`${left[0].n} ${left[0].n === 1 ? "persona" : "personas"}`);
      expect(await page.getByTestId("talent-card").locator("h3").allTextContents()).not.toContain(
        "María Camila Zapata",
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the roster on a desktop, with the keyboard (1280×800)", () => {
  const size = { name: "1280x800", width: 1280, height: 800 };
  it("searches, filters and opens a profile without a mouse; a producer sees no contact data", {
    timeout: 120_000,
  }, async () => {
    const { context, page, errors } = await open(size);
    try {
      await signIn(page, "casting@bogota.fashionos.test");
      await page.goto("/roster");
      await page.getByTestId("roster-list").waitFor();
      // Tab from the top of the page to the search box and type.
      await page.keyboard.press("Tab");
      let focused = "";
      for (let i = 0; i < 30 && focused !== "roster-q"; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.id ?? "");
      }
      expect(focused).toBe("roster-q");
      await page.keyboard.type("bogota");
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("bogota");
      // Filters open with the keyboard; a division narrows the list.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByLabel("División").selectOption("men");
      await expect.poll(() => new URL(page.url()).searchParams.get("division")).toBe("men");
      await page.getByTestId("talent-card").first().waitFor();
      await screen(page, size, "roster-filtered");
      // The first card, opened with Enter.
      await page.getByTestId("talent-card").first().focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("talent-profile").waitFor();
      await page.getByTestId("contact").or(page.getByTestId("contact-none")).first().waitFor();
      await screen(page, size, "profile");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    const producer = await open(size);
    try {
      await signIn(producer.page, "producer@bogota.fashionos.test");
      await producer.page.goto("/roster");
      await producer.page.getByTestId("talent-card").first().click();
      await producer.page.getByTestId("contact-hidden").waitFor();
      expect(await producer.page.getByTestId("talent-edit").count()).toBe(0);
      expect(await producer.page.getByTestId("roster-add").count()).toBe(0);
      await accessible(producer.page, "producer profile");
    } finally {
      await producer.context.close();
    }
  });
});
