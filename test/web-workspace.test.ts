// The producer's workspace in a real browser (issue 14): Debian's Chromium
// through playwright-core against the real server, the real worker mailing
// through a local SMTP server, and this file's own demo-seeded database.
// A new producer, on a phone: signs up, confirms the address from the mail,
// creates the agency and uploads its logo (a wrong file refused first, by the
// browser and by the server, in Spanish), lands on the first steps, invites a
// producer, creates an event with its cover (a file too large refused in
// English, then in Spanish) and a venue made on the spot, adds a designer and
// three looks (the first with its photo), puts five people with consent on
// the roster through the roster's screens (four by the form, one by CSV),
// writes the casting brief, has the agent recommend from them, confirms one
// and puts her in look 1, is told what publishing still needs, adds a ticket
// tier, and publishes. Every uploaded image is shown back through its signed
// URL (and loads).
// On a desktop with the keyboard only: the line-up and a designer's looks
// are reordered by drag and drop's keyboard mode. The lists (venues,
// vendors, sponsors, tiers) create, edit and delete, with the database's
// refusals shown by the field they concern; a password is reset from the
// mail. Every screen passes axe-core (no serious or critical violation),
// does not scroll sideways, and logs no console error.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { afterDndTimers, buildDashboard, launchChromium, openScreen, type Screen, WAIT } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";
import { linkIn, startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const PASSWORD = "pasarela-segura-2026";
/** Uploads over 2 MB are refused (UPLOAD_MAX_BYTES, which the dashboard reads from /config.json). */
const UPLOAD_MAX_BYTES = 2_000_000;

let db: TestDatabase;
let api: TestServer;
let smtp: TestSmtp;
let worker: Worker;
let browser: Browser;
let filesDir: string;

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  smtp = await startTestSmtp();
  filesDir = await mkdtemp(join(tmpdir(), "fashionos-workspace-files-"));
  api = await startTestServer(db, {
    FILES_DIR: filesDir,
    UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES),
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  worker = await startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 2,
    tasks: {
      mail: { smtpUrl: smtp.url, from: "FashionOS <no-reply@fashionos.test>", appUrl: api.url, logWhenNoSmtp: false },
    },
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await api?.close();
  await smtp?.close();
  await db?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

const unique = () => randomBytes(4).toString("hex");
const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ state: "visible" });
const toast = (page: Page, text: string | RegExp) =>
  page.getByRole("status").filter({ hasText: text }).first().waitFor({ state: "visible" });

/** What drag and drop has said in its live regions. */
const announcements = (page: Page) => page.locator('[id^="DndLiveRegion"]').allTextContents();

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
}

/** An image of the size given, as a phone would pick it. */
const image = (width: number, height: number, format: "jpeg" | "png" = "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 232, g: 89, b: 12 } } })
    [format]()
    .toBuffer();

/** An <img> that the browser loaded (its signed URL answered with an image). */
const loaded = (img: Locator) =>
  expect
    .poll(() => img.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)), {
      timeout: WAIT,
    })
    .toBeGreaterThan(0);

/**
 * Chromium logs a refused request as a console error ("the server responded
 * with a status of 422"); take back exactly the one the test provoked.
 */
async function provoked(screen: Screen, status: number) {
  const matches = () => screen.errors.filter((e) => e.includes(`status of ${status}`));
  await expect.poll(() => matches().length).toBe(1);
  screen.errors.splice(screen.errors.indexOf(matches()[0] as string), 1);
}

/** Datetime-local value days from now, at a Bogotá wall-clock hour. */
function localDate(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(date);
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

async function run(screen: Screen, walk: () => Promise<void>) {
  try {
    await walk();
    expect(screen.errors, "console or page errors").toEqual([]);
  } catch (error) {
    await screen.page
      .screenshot({ path: `test-results/workspace-failure-${Date.now()}.png`, fullPage: true })
      .catch(() => {});
    if (error instanceof Error && screen.errors.length) error.message += `\nconsole: ${screen.errors.join("\n")}`;
    throw error;
  } finally {
    await screen.close();
  }
}

describe("a new producer on a phone", () => {
  it("signs up → creates the agency (logo) → invites a producer → creates an event (cover) → adds a designer and 3 looks (a photo) → 5 talent through the roster (one by CSV) → brief → recommendations → confirm → publishes", {
    timeout: 420_000,
  }, async () => {
    const screen = await openScreen(browser, { baseURL: api.url, suite: "workspace", width: 360, height: 740 });
    const { page } = screen;
    const email = `productora-${unique()}@example.com`;
    const invitee = `equipo-${unique()}@example.com`;
    await run(screen, async () => {
      /* Sign up. */
      await page.goto("/");
      await page.getByTestId("toggle-register").click();
      await page.getByRole("heading", { level: 1, name: "Crea tu cuenta" }).waitFor();
      // The client checks the rules before anything is sent.
      await page.getByRole("button", { name: "Crear cuenta" }).click();
      await visible(page, "Este campo es obligatorio.");
      await page.getByLabel("Nombre completo").fill("Laura Productora");
      await page.getByLabel("Correo electrónico").fill(email);
      await page.getByLabel("Contraseña", { exact: true }).fill("corta");
      await page.getByRole("button", { name: "Crear cuenta" }).click();
      await visible(page, "Mínimo 10 caracteres.");
      await screen.check("01-register");
      await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Crear cuenta" }).click();
      await expect.poll(() => page.getByTestId("register-sent").textContent()).toContain(email);

      /* Confirm from the mail: the link and the password chosen create the account and sign in. */
      await page.goto(linkIn(await smtp.next(email), "/confirmar-cuenta").href);
      await page.locator("#password").fill(PASSWORD);
      await page.getByRole("button", { name: "Confirmar y entrar" }).click();
      await visible(page, "Listo: tu cuenta quedó creada y tu correo confirmado.");
      // No agency yet: the dashboard goes straight to creating one.

      /* Create the agency. */
      await page.getByRole("heading", { level: 1, name: "Crea tu agencia" }).waitFor();
      await page.getByLabel("Nombre de la agencia").fill("Pasarela Norte Producciones");
      expect(await page.getByLabel("Dirección (identificador)").inputValue()).toBe("pasarela-norte-producciones");
      await page.getByLabel("Ciudad").fill("Barranquilla");
      await screen.check("02-create-agency");
      await page.getByRole("button", { name: "Crear agencia" }).click();
      await toast(page, "Pasarela Norte Producciones está lista.");

      /* Its logo: a wrong file is refused in Spanish, by the browser and by the server. */
      await page.getByRole("heading", { level: 1, name: "El logo de Pasarela Norte Producciones" }).waitFor();
      const logoInput = page.getByTestId("logo-upload-input");
      const logoError = () => page.getByTestId("logo-upload-error").textContent();
      const notAnImage = "Ese archivo no es una imagen que podamos usar. Sube una foto JPEG, PNG, WebP o AVIF.";
      await logoInput.setInputFiles({
        name: "logo.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("no soy un logo"),
      });
      await expect.poll(logoError).toBe(notAnImage);
      // Claimed to be a PNG: only the server, sniffing the bytes, can tell; its coded refusal is translated.
      const sniffed = page.waitForResponse((response) => response.url().endsWith("/uploads"));
      await logoInput.setInputFiles({
        name: "logo.png",
        mimeType: "image/png",
        buffer: Buffer.from("tampoco soy una imagen ".repeat(20)),
      });
      expect((await sniffed).status()).toBe(422);
      await expect.poll(logoError).toBe(notAnImage);
      await provoked(screen, 422);
      await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await image(256, 256, "png") });
      await page.getByTestId("logo-upload").getByText("Foto guardada.").waitFor();
      // Shown back through its signed URL, here and in the top bar.
      await loaded(page.getByTestId("logo-upload").getByRole("img"));
      await loaded(page.getByRole("img", { name: "Logo de Pasarela Norte Producciones" }));
      await screen.check("02b-agency-logo");
      await page.getByRole("button", { name: "Continuar" }).click();

      /* The empty state says what to do first. */
      const steps = page.getByTestId("first-steps");
      await steps.getByRole("heading", { name: "Tu agencia está lista: ¿por dónde empezar?" }).waitFor();
      await steps.getByRole("link", { name: "Crea tu primer evento" }).waitFor();
      await screen.check("03-first-steps");

      /* Invite a producer. */
      await steps.getByRole("link", { name: "Invita a tu equipo" }).click();
      await page.getByRole("heading", { level: 1, name: "Equipo" }).waitFor();
      await page.getByTestId("members").getByText("Laura Productora").waitFor();
      await page.getByLabel("Correo", { exact: true }).fill(invitee);
      await page.getByLabel("Rol", { exact: true }).selectOption("producer");
      await page.getByRole("button", { name: "Enviar invitación" }).click();
      await toast(page, `Invitación enviada a ${invitee}.`);
      const invitation = page.getByTestId("invitation").filter({ hasText: invitee });
      await invitation.getByText("Pendiente").waitFor();
      // What each role can do, from the permission matrix.
      const rules = page.getByTestId("role-rules");
      await rules.getByText("Productor", { exact: true }).click();
      await rules.getByText(/Crea, edita y borra/).waitFor();
      await screen.check("04-team");
      const mail = await smtp.next(invitee);
      // No free text in a subject (attack-report M2): the organization and the inviter are in the body.
      expect(mail.subject).toBe("Tienes una invitación a una organización en FashionOS");
      expect(linkIn(mail, "/invitacion").searchParams.get("token")).toMatch(/^[0-9a-f]{48}$/);

      /* Create an event, with its venue made on the spot. */
      await page.getByRole("navigation").getByRole("link", { name: "Eventos" }).click();
      await page.getByRole("link", { name: "Crea tu primer evento" }).click();
      await page.getByRole("heading", { level: 1, name: "Nuevo evento" }).waitFor();
      // The time zone as people say it (not "America/Bogota"); the slug is not an address (a venue has one).
      await page.getByText("Horario: hora estándar de Colombia.").waitFor();
      expect(await page.getByLabel("Identificador del evento").count()).toBe(1);
      await page.getByLabel("Título").fill("Noche Caribe Moda");
      await page.getByLabel("Descripción").fill("Diseño del Caribe colombiano en una noche de pasarela.");
      await page.getByLabel("Empieza").fill(localDate(45, 19));
      await page.getByLabel("Termina").fill(localDate(45, 17));
      await page.getByRole("button", { name: "Crear evento" }).click();
      await visible(page, "El final debe ser después del inicio.");
      await page.getByLabel("Termina").fill(localDate(45, 22));
      await page.getByRole("button", { name: "Crear un lugar nuevo" }).click();
      const newVenue = page.getByTestId("new-venue");
      await newVenue.getByLabel("Nombre del lugar").fill("Malecón del Río");
      await newVenue.getByLabel("Ciudad").fill("Barranquilla");
      await newVenue.getByRole("button", { name: "Crear lugar" }).click();
      await toast(page, "Lugar creado y elegido para el evento.");
      await page.getByLabel("Aforo").fill("400");
      /* The cover: a file over the limit is refused in the interface's language. */
      const coverInput = page.getByTestId("cover-upload-input");
      const coverError = () => page.getByTestId("cover-upload-error").textContent();
      await page.getByTestId("language-toggle").click();
      await page.getByRole("heading", { level: 1, name: "New event" }).waitFor();
      await coverInput.setInputFiles({
        name: "portada.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.concat([await image(1600, 900), Buffer.alloc(UPLOAD_MAX_BYTES)]),
      });
      await expect.poll(coverError).toBe("The file is larger than 2 MB. Choose a lighter photo.");
      await page.getByTestId("language-toggle").click();
      await expect.poll(coverError).toBe("El archivo pesa más de 2 MB. Elige una foto más liviana.");
      await coverInput.setInputFiles({ name: "portada.jpg", mimeType: "image/jpeg", buffer: await image(1600, 900) });
      // Uploaded now, saved with the event.
      await page.getByTestId("cover-upload").getByText("Portada lista: se guarda con el evento.").waitFor();
      await screen.check("05-event-form");
      await page.getByRole("button", { name: "Crear evento" }).click();
      await toast(page, "Creamos «Noche Caribe Moda» como borrador.");
      await page.getByRole("heading", { level: 1, name: "Noche Caribe Moda" }).waitFor();
      await page.getByRole("tab", { name: "Line-up y looks", selected: true }).waitFor();

      /* A designer (new) and three looks. */
      await page.getByTestId("add-designer").click();
      await page.getByLabel("Diseñador", { exact: true }).selectOption({ label: "+ Diseñador nuevo…" });
      await page.getByLabel("Nombre", { exact: true }).fill("Mónica Herrera");
      await page.getByLabel("Ciudad").fill("Cartagena");
      await page.getByLabel("Colección").fill("Mar de Leva");
      await page.getByRole("button", { name: "Agregar al line-up" }).click();
      await toast(page, "Mónica Herrera entró al line-up.");
      const block = page.getByTestId("line-up-block").filter({ hasText: "Mónica Herrera" });
      for (const [index, title] of ["Vestido lino arena", "Conjunto coral", "Capa de red"].entries()) {
        await block.getByRole("button", { name: "+ Agregar look de Mónica Herrera" }).click();
        // The suggested number follows the looks list, which refreshes after the previous look is saved.
        await expect
          .poll(() => block.getByLabel("Número de look").inputValue(), { timeout: 15_000 })
          .toBe(String(index + 1));
        await block.getByLabel("Nombre del look").fill(title);
        await block.getByLabel("Minutos de cambio").fill(String(4 + index));
        if (index === 0) {
          await block.getByLabel("Notas de vestuario").fill("Forro de seda; planchar al vapor.");
          await block
            .getByTestId("look-photo-upload-input")
            .setInputFiles({ name: "look-1.jpg", mimeType: "image/jpeg", buffer: await image(600, 900) });
          await block.getByText("Foto lista: se guarda con el look.").waitFor();
        }
        await block.getByRole("button", { name: "Agregar look" }).click();
        await toast(page, `Look ${index + 1} agregado.`);
      }
      await expect.poll(() => block.getByTestId("look").count()).toBe(3);
      await loaded(block.getByRole("img", { name: "Foto del look 1" }));
      await screen.check("06-line-up");

      /* Five people on the roster with consent for casting and AI processing, through
         the roster's screens: four by the form, one by a CSV import. */
      const people = ["Valeria Ospina", "Daniela Ríos", "Camila Pardo", "Sara Mejía", "Luisa Bernal"];
      const talentLink = () => page.getByRole("navigation").getByRole("link", { name: "Talento" }).click();
      await talentLink();
      await page.getByRole("heading", { level: 1, name: "Talento" }).waitFor();
      await page.getByText("Tu roster está vacío").waitFor();
      for (const [index, name] of people.slice(0, 4).entries()) {
        await page.getByTestId("roster-add").click();
        await page.getByRole("heading", { level: 1, name: "Agregar talento" }).waitFor();
        await page.getByLabel("Nombre completo", { exact: true }).fill(name);
        await page.getByLabel("Ciudad", { exact: true }).fill("Barranquilla");
        await page.getByLabel("Estatura (cm)", { exact: true }).fill(String(171 + index));
        await page.getByLabel("Fecha de nacimiento", { exact: true }).fill(`${2001 - index}-0${index + 3}-15`);
        const consent = page.getByTestId("consent-fields");
        // Casting by this agency is checked by default; AI processing is asked for.
        expect(await consent.getByLabel("Casting por esta agencia").isChecked()).toBe(true);
        await consent.getByLabel("Procesamiento con IA (sugerencias de casting)").check();
        if (index === 0) await screen.check("06b-talent-form");
        await page.getByTestId("talent-save").click();
        await page.getByRole("heading", { level: 1, name }).waitFor();
        await talentLink();
      }
      await page.getByTestId("roster-import").click();
      await page.getByRole("heading", { level: 1, name: "Importar roster desde CSV" }).waitFor();
      const csv = [
        "Nombre completo;División;Ciudad;Estatura;Fecha de nacimiento;Consentimiento;Fuente;Fecha consentimiento",
        "Luisa Bernal;mujeres;Barranquilla;175;20/07/2002;casting, IA;formulario firmado;01/10/2026",
      ].join("\n");
      await page
        .getByTestId("import-file")
        .setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByTestId("import-summary").getByText("1 línea lista.").waitFor();
      await screen.check("06c-talent-import");
      await page.getByTestId("import-run").click();
      await page.getByTestId("import-result").getByText("Nuevas: 1").waitFor();
      await talentLink();
      await expect
        .poll(async () => (await page.getByTestId("talent-card").locator("h3").allTextContents()).sort())
        .toEqual([...people].sort());
      await screen.check("06d-roster");

      /* Back to the event. */
      await page.getByRole("navigation").getByRole("link", { name: "Eventos" }).click();
      await page.getByTestId("event-card").filter({ hasText: "Noche Caribe Moda" }).click();
      await page.getByRole("heading", { level: 1, name: "Noche Caribe Moda" }).waitFor();

      /* The casting brief, recommendations from the agent, one confirmed. */
      await page.getByRole("tab", { name: "Casting" }).click();
      const casting = page.getByRole("tabpanel");
      await casting.getByRole("heading", { name: "Brief de casting" }).waitFor();
      await casting.getByLabel("Modelos necesarios").fill("3");
      await casting.getByRole("button", { name: "Crear brief" }).click();
      await toast(page, "Brief guardado.");
      await casting.getByRole("button", { name: "Generar recomendaciones" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: "Recomendaciones listas." })
        .first()
        .waitFor({ state: "visible", timeout: 60_000 });
      const suggestion = casting.getByTestId("casting-card").first();
      const modelName = ((await suggestion.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
      expect(people).toContain(modelName);
      await suggestion.getByRole("button", { name: "Confirmar" }).click();
      await toast(page, `Casting confirmado: ${modelName}.`);
      await screen.check("06e-casting");

      /* The confirmed model wears look 1. */
      await page.getByRole("tab", { name: "Line-up y looks" }).click();
      await block.getByRole("button", { name: "Editar el look 1" }).click();
      await block.getByLabel("Modelo").selectOption({ label: modelName });
      await block.getByRole("button", { name: "Guardar look" }).click();
      await toast(page, "Look 1 guardado.");
      await block.getByTestId("look").filter({ hasText: modelName }).waitFor();

      /* Publishing says what is missing: a public event sells tickets. */
      await page.getByTestId("publish-event").click();
      await visible(page, "Aún no se puede publicar: revisa lo que falta en el resumen.");
      await page.getByRole("tab", { name: "Resumen", selected: true }).waitFor();
      const problems = page.getByTestId("publication-problem");
      await expect
        .poll(() => problems.allTextContents())
        .toEqual(["Al menos una categoría de boletas a la venta (los eventos públicos venden boletas)."]);
      // The cover chosen in the form, saved with the event.
      await loaded(page.getByRole("img", { name: "Portada de Noche Caribe Moda" }));
      await screen.check("07-not-ready");

      /* A ticket tier, then publish. */
      await page.getByRole("tab", { name: "Boletería" }).click();
      await page.getByRole("button", { name: "+ Nueva categoría" }).click();
      await page.getByLabel("Nombre", { exact: true }).fill("General");
      await page.getByLabel("Precio (COP)").fill("180.000");
      await page.getByLabel("Cantidad").fill("500");
      // The box office's limit per order, by the same rule the database checks (1 to 50).
      expect(await page.getByLabel("Máximo por compra").inputValue()).toBe("10");
      await page.getByLabel("Máximo por compra").fill("60");
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await visible(page, "Debe ser como mucho 50.");
      await page.getByLabel("Máximo por compra").fill("4");
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      // Over the event's capacity (400): the database refuses, and the form says so by the quantity.
      const quantityError = page.getByText("Con esta cantidad las boletas superarían el aforo del evento.");
      await quantityError.waitFor();
      expect(await page.getByLabel("Cantidad").getAttribute("aria-invalid")).toBe("true");
      await page.getByLabel("Cantidad").fill("350");
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await toast(page, "Guardamos General.");
      await page.getByTestId("ticket-tiers").getByText("General · $ 180.000").waitFor();
      await screen.check("08-tickets");
      await page.getByTestId("publish-event").click();
      await toast(page, "«Noche Caribe Moda» quedó publicado.");
      await page.getByText("Publicado", { exact: true }).first().waitFor();
      await screen.check("09-published");
    });

    /* What the database holds. */
    const { rows } = await db.owner.query(
      `select o.city, m.role, e.status, e.is_public, e.capacity, e.starts_at, v.name as venue,
              (select array_agg(l.title || ':' || l.sequence || ':' || l.change_minutes order by l.sequence)
                 from app_public.looks l where l.event_id = e.id) as looks,
              (select array_agg(t.max_per_order) from app_public.ticket_tiers t where t.event_id = e.id) as per_order,
              (select count(*) from app_public.model_castings c
                 join app_public.looks l on l.event_id = c.event_id and l.talent_id = c.talent_id and l.sequence = 1
                where c.event_id = e.id and c.status = 'confirmed') as look_one_cast,
              (select count(*) from app_public.organization_invitations i
                where i.organization_id = o.id and i.email = $2 and i.role = 'producer') as invitations,
              (select array_agg(t.full_name || ':' || array_to_string(t.consent_purposes, ',') order by t.full_name)
                 from app_public.talent t where t.organization_id = o.id) as talent,
              (select f.purpose || ':' || (f.attached_at is not null) from app_public.files f
                where f.id = o.logo_file_id) as logo,
              (select f.purpose || ':' || (f.attached_at is not null) from app_public.files f
                where f.id = e.cover_file_id) as cover,
              (select array_agg(l.sequence || ':' || coalesce(f.purpose, '-') order by l.sequence)
                 from app_public.looks l left join app_public.files f on f.id = l.photo_file_id
                where l.event_id = e.id) as look_photos
         from app_public.organizations o
         join app_public.memberships m on m.organization_id = o.id
         join app_public.profiles p on p.id = m.profile_id and p.email = $1
         join app_public.events e on e.organization_id = o.id
         join app_public.venues v on v.id = e.venue_id
        where o.slug = 'pasarela-norte-producciones'`,
      [email, invitee],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      city: "Barranquilla",
      role: "owner",
      status: "published",
      is_public: true,
      capacity: 400,
      venue: "Malecón del Río",
      looks: ["Vestido lino arena:1:4", "Conjunto coral:2:5", "Capa de red:3:6"],
      per_order: [4],
      look_one_cast: "1",
      invitations: "1",
      talent: [
        "Camila Pardo:casting,ai_processing",
        "Daniela Ríos:casting,ai_processing",
        "Luisa Bernal:casting,ai_processing",
        "Sara Mejía:casting,ai_processing",
        "Valeria Ospina:casting,ai_processing",
      ],
      logo: "organization_logo:true",
      cover: "event_cover:true",
      look_photos: ["1:look_photo", "2:-", "3:-"],
    });
    // 19:00 on the Bogotá wall clock is 00:00 UTC the next day.
    expect((rows[0].starts_at as Date).getUTCHours()).toBe(0);
  });
});

describe("a producer at a desktop, with the keyboard", () => {
  it("reorders the line-up and a designer's looks by keyboard drag and drop; refusals are shown by their field", {
    timeout: 180_000,
  }, async () => {
    const { rows: events } = await db.owner.query<{ id: string; title: string }>(
      `select e.id, e.title from app_public.events e
         join app_public.organizations o on o.id = e.organization_id
        where o.slug = 'moda-bogota' and e.ends_at > now()
          and (select count(*) from app_public.event_designers ed where ed.event_id = e.id) >= 2
          and exists (select 1 from app_public.bookings b where b.event_id = e.id)
        order by e.starts_at limit 1`,
    );
    const event = events[0];
    if (!event) throw new Error("the demo seed has an upcoming Bogotá event with a line-up and bookings");
    const lineUp = async () =>
      (
        await db.owner.query<{ name: string }>(
          `select d.name from app_public.event_designers ed join app_public.designers d on d.id = ed.designer_id
            where ed.event_id = $1 order by ed.show_order`,
          [event.id],
        )
      ).rows.map((r) => r.name);
    const before = await lineUp();

    const screen = await openScreen(browser, { baseURL: api.url, suite: "workspace", width: 1280, height: 800 });
    const { page } = screen;
    await run(screen, async () => {
      await page.goto("/");
      await signIn(page, "producer@bogota.fashionos.test", DEMO_PASSWORD);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.goto(`/events/${event.id}?tab=lineUp`);
      await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
      const blocks = page.getByTestId("line-up-blocks");
      await blocks.getByTestId("line-up-block").first().waitFor();
      await screen.check("10-line-up-desktop");

      /* The first block moves down one place: Space, ArrowDown, Space on its handle. */
      const first = before[0] as string;
      await page.getByRole("button", { name: `Mover ${first}` }).focus();
      await page.keyboard.press("Space");
      // Said to screen readers (a visually hidden live region), in Spanish.
      await expect.poll(() => announcements(page)).toContain(`Tomaste ${first}, en la posición 1.`);
      await afterDndTimers(page);
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => announcements(page)).toContain(`${first} pasa a la posición 2.`);
      await page.keyboard.press("Space");
      await expect.poll(() => announcements(page)).toContain(`Soltaste ${first} en la posición 2.`);
      await toast(page, "Orden del line-up guardado.");
      await expect.poll(lineUp).toEqual([before[1], before[0], ...before.slice(2)]);
      // The screen shows the new order too.
      await expect
        .poll(() => blocks.getByTestId("line-up-block").locator("h3").first().textContent())
        .toContain(before[1] as string);

      /* A designer's looks: the last one moves up, keeping the designer's set of numbers. */
      const block = blocks.getByTestId("line-up-block").first();
      const looks = block.getByTestId("look");
      const titles = async () =>
        (await looks.locator("strong").allTextContents()).map((t) => t.replace(/^Look \d+: /, ""));
      const shown = await titles();
      expect(shown.length).toBeGreaterThanOrEqual(2);
      const last = shown[shown.length - 1] as string;
      const lastHandle = block.getByRole("button", { name: new RegExp(`^Mover Look \\d+ · ${last}$`) });
      await lastHandle.focus();
      // Each key waits for what drag and drop says, as a screen reader user would.
      await page.keyboard.press("Enter");
      await expect
        .poll(() => announcements(page))
        .toContainEqual(expect.stringMatching(new RegExp(`^Tomaste Look \\d+ · `)));
      await afterDndTimers(page);
      await page.keyboard.press("ArrowUp");
      await expect.poll(() => announcements(page)).toContainEqual(expect.stringMatching(/ pasa a la posición \d+\.$/));
      await page.keyboard.press("Enter");
      await expect.poll(() => announcements(page)).toContainEqual(expect.stringMatching(/^Soltaste Look \d+ · /));
      await toast(page, /Orden de los looks de .* guardado\./);
      await expect.poll(titles).toEqual([...shown.slice(0, -2), last, shown[shown.length - 2]]);

      /* A look number already used: the database refuses, the form says so by the number. */
      await block.getByRole("button", { name: /^\+ Agregar look de / }).click();
      const number = block.getByLabel("Número de look");
      const taken = (await looks.first().locator(".look-number").textContent())?.trim() ?? "1";
      await number.fill(taken);
      await block.getByLabel("Nombre del look").fill("Look repetido");
      await block.getByRole("button", { name: "Agregar look" }).click();
      await block.getByText("Ese número de look ya lo tiene otro look de este evento.").waitFor();
      expect(await number.getAttribute("aria-invalid")).toBe("true");
      // The focus goes to the field the database refused.
      expect(await number.evaluate((element) => element === document.activeElement)).toBe(true);
      // The client catches what it can before a round trip.
      await number.fill("0");
      await block.getByRole("button", { name: "Agregar look" }).click();
      await block.getByText("Debe ser al menos 1.").waitFor();
      await screen.check("11-look-refused");
      await block.getByRole("button", { name: "Cancelar" }).click();

      /* A look's model: one of the event's confirmed castings. */
      const firstLook = looks.first();
      const firstNumber = (await firstLook.locator(".look-number").textContent())?.trim() ?? "";
      await block.getByRole("button", { name: `Editar el look ${firstNumber}` }).click();
      const model = block.getByLabel("Modelo");
      const options = (await model.locator("option").allTextContents()).filter((o) => o !== "Sin modelo todavía");
      expect(options.length, "the first demo event has confirmed castings").toBeGreaterThan(0);
      await model.selectOption({ label: options[0] as string });
      await block.getByRole("button", { name: "Guardar look" }).click();
      await toast(page, `Look ${firstNumber} guardado.`);
      await block
        .getByTestId("look")
        .filter({ hasText: options[0] as string })
        .waitFor();
      const assigned = await db.owner.query(
        `select coalesce(nullif(t.stage_name, ''), t.full_name) as name from app_public.looks l
           join app_public.talent t on t.id = l.talent_id where l.event_id = $1 and l.sequence = $2`,
        [event.id, Number(firstNumber)],
      );
      expect(assigned.rows).toEqual([{ name: options[0] }]);

      /* Deleting an event with bookings is refused with the reason. */
      await page.getByRole("button", { name: "Eliminar", exact: true }).click();
      await page.getByRole("button", { name: "Sí, eliminar" }).click();
      await expect
        .poll(() => page.getByTestId("event-action-problem").textContent())
        .toMatch(
          /^No se puede eliminar: tiene \d+ compras? de boletas, que se guardan? siempre\. Cancélalo en su lugar\.$/,
        );
      await screen.check("12-delete-refused");
    });
    const { rows } = await db.owner.query("select 1 from app_public.events where id = $1", [event.id]);
    expect(rows).toHaveLength(1);
  });
});

describe("the lists, on a phone and at a desktop", () => {
  for (const size of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`venues, vendors, sponsors and ticket tiers: create, edit, delete at ${size.width}px`, {
      timeout: 180_000,
    }, async () => {
      const label = unique();
      const screen = await openScreen(browser, { baseURL: api.url, suite: "workspace-lists", ...size });
      const { page } = screen;
      await run(screen, async () => {
        await page.goto("/");
        await signIn(page, "producer@bogota.fashionos.test", DEMO_PASSWORD);
        await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();

        /* Venues. */
        await page.getByRole("navigation").getByRole("link", { name: "Lugares" }).click();
        await page.getByRole("heading", { level: 1, name: "Lugares" }).waitFor();
        const venues = page.getByTestId("venues");
        await venues.getByTestId("record").first().waitFor();
        await screen.check("venues");
        await venues.getByRole("button", { name: "+ Nuevo lugar" }).click();
        await page.getByLabel("Nombre del lugar").fill(`Bodega ${label}`);
        await page.getByLabel("Ciudad").fill("   ");
        await page.getByLabel("Aforo").fill("cien");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await visible(page, "Este campo es obligatorio.");
        await visible(page, "Escribe un número entero.");
        await page.getByLabel("Ciudad").fill("Medellín");
        await page.getByLabel("Aforo").fill("250");
        await page.getByLabel("Notas de montaje").fill("Pasarela de 18 m en T; backstage detrás del telón.");
        await screen.check("venue-form");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await toast(page, `Guardamos Bodega ${label}.`);
        const venue = venues.getByTestId("record").filter({ hasText: `Bodega ${label}` });
        await venue.getByText("Pasarela de 18 m en T; backstage detrás del telón.").waitFor();
        await venue.getByRole("button", { name: `Editar Bodega ${label}` }).click();
        await page.getByLabel("Aforo").fill("300");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await venue.getByText(/aforo 300/).waitFor();
        await venue.getByRole("button", { name: `Eliminar Bodega ${label}` }).click();
        await venue.getByRole("button", { name: "Sí, eliminar" }).click();
        await toast(page, `Eliminamos Bodega ${label}.`);
        await expect.poll(() => venue.count()).toBe(0);

        /* Vendors: a price range in pesos. */
        await page.getByRole("navigation").getByRole("link", { name: "Proveedores" }).click();
        const vendors = page.getByTestId("vendors");
        await vendors.getByTestId("record").first().waitFor();
        await screen.check("vendors");
        await vendors.getByRole("button", { name: "+ Nuevo proveedor" }).click();
        await page.getByLabel("Nombre", { exact: true }).fill(`Luces ${label}`);
        await page.getByLabel("Categoría").selectOption("lighting");
        await page.getByLabel("Ciudad").fill("Cali");
        await page.getByLabel("Precio desde (COP)").fill("5.000.000");
        await page.getByLabel("Precio hasta (COP)").fill("2.000.000");
        await page.getByLabel("Sitio web").fill("luces.co");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await visible(page, "El precio máximo no puede ser menor que el mínimo.");
        await visible(page, "La dirección debe empezar por https:// o http://.");
        await page.getByLabel("Precio hasta (COP)").fill("12.500.000");
        await page.getByLabel("Sitio web").fill("https://luces.co");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await toast(page, `Guardamos Luces ${label}.`);
        await vendors.getByText("Iluminación · Cali · $ 5.000.000 – $ 12.500.000").first().waitFor();
        const vendorRow = (
          await db.owner.query("select price_min_cop, price_max_cop, website from app_public.vendors where name = $1", [
            `Luces ${label}`,
          ])
        ).rows[0];
        expect(vendorRow).toEqual({ price_min_cop: "5000000", price_max_cop: "12500000", website: "https://luces.co" });
        const vendor = vendors.getByTestId("record").filter({ hasText: `Luces ${label}` });
        await vendor.getByRole("button", { name: `Eliminar Luces ${label}` }).click();
        await vendor.getByRole("button", { name: "Sí, eliminar" }).click();
        await toast(page, `Eliminamos Luces ${label}.`);

        /* An event's sponsors and ticket tiers. */
        await page.getByRole("navigation").getByRole("link", { name: "Eventos" }).click();
        await page.getByTestId("event-card").first().click();
        await page.getByRole("tab", { name: "Patrocinadores" }).click();
        const sponsors = page.getByTestId("sponsors");
        await sponsors.getByRole("button", { name: "+ Nuevo patrocinador" }).click();
        await page.getByLabel("Marca").fill(`Café ${label}`);
        await page.getByLabel("Nivel").selectOption("gold");
        await page.getByLabel("Monto (COP)").fill("45.000.000,5");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await visible(page, "Escribe pesos enteros, sin decimales (por ejemplo 1.250.000).");
        await page.getByLabel("Monto (COP)").fill("45.000.000");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await toast(page, `Guardamos Café ${label}.`);
        await sponsors.getByText("Oro · $ 45.000.000").first().waitFor();
        await screen.check("sponsors");
        const sponsor = sponsors.getByTestId("record").filter({ hasText: `Café ${label}` });
        await sponsor.getByRole("button", { name: `Eliminar Café ${label}` }).click();
        await sponsor.getByRole("button", { name: "Sí, eliminar" }).click();
        await toast(page, `Eliminamos Café ${label}.`);

        await page.getByRole("tab", { name: "Boletería" }).click();
        const tiers = page.getByTestId("ticket-tiers");
        await tiers.getByTestId("record").first().waitFor();
        await screen.check("tiers");
        // A tier with sales cannot go below what it sold: the database says so by the quantity.
        const sold = tiers
          .getByTestId("record")
          .filter({ hasText: /[1-9]\d* pagadas/ })
          .first();
        const soldName = ((await sold.locator("h3").textContent()) ?? "").split(" · ")[0] as string;
        await sold.getByRole("button", { name: `Editar ${soldName}` }).click();
        await page.getByLabel("Cantidad").fill("0");
        await page.getByRole("button", { name: "Guardar", exact: true }).click();
        await visible(page, "No puede ser menor que las boletas ya vendidas.");
        await tiers.getByRole("button", { name: "Cancelar", exact: true }).click();
        // And it is not deleted: its bookings stay.
        await sold.getByRole("button", { name: `Eliminar ${soldName}` }).click();
        await sold.getByRole("button", { name: "Sí, eliminar" }).click();
        await page
          .getByRole("alert")
          .filter({ hasText: "Esta categoría ya tiene compras: no se puede eliminar." })
          .first()
          .waitFor();
      });
    });
  }
});

describe("a forgotten password", () => {
  it("is reset from the mailed link, which signs out every session; the new password works", {
    timeout: 120_000,
  }, async () => {
    const email = `olvido-${unique()}@example.com`;
    await db.owner.query(
      `with p as (insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Olvido Web', now()) returning id)
       insert into app_private.profile_secrets (profile_id, password_hash) select id, crypt($2, gen_salt('bf', 4)) from p`,
      [email, "una-clave-vieja-2025"],
    );
    const screen = await openScreen(browser, { baseURL: api.url, suite: "workspace", width: 360, height: 740 });
    const { page } = screen;
    await run(screen, async () => {
      await page.goto("/");
      await page.getByTestId("forgot-password").click();
      await page.getByRole("heading", { level: 1, name: "Recupera tu contraseña" }).waitFor();
      await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
      await page.getByRole("button", { name: "Enviar enlace" }).click();
      await visible(page, "Escribe un correo válido, como nombre@dominio.co.");
      await page.getByLabel("Correo electrónico").fill(email);
      await screen.check("13-forgot");
      await page.getByRole("button", { name: "Enviar enlace" }).click();
      await expect.poll(() => page.getByTestId("reset-sent").textContent()).toContain(email);

      await page.goto(linkIn(await smtp.next(email), "/restablecer-contrasena").href);
      await page.getByRole("heading", { level: 1, name: "Elige una contraseña nueva" }).waitFor();
      await screen.check("14-reset");
      await page.getByLabel("Contraseña nueva").fill("una-clave-nueva-2026");
      await page.getByRole("button", { name: "Guardar contraseña" }).click();
      await expect.poll(() => page.getByTestId("login-notice").textContent()).toContain("tu contraseña cambió");
      await signIn(page, email, "una-clave-nueva-2026");
      // No agency yet: creating one comes first.
      await page.getByRole("heading", { level: 1, name: "Crea tu agencia" }).waitFor();

      // The same link again: used.
      await page.goto(linkIn(smtp.to(email)[0] as Parameters<typeof linkIn>[0], "/restablecer-contrasena").href);
      await page.getByLabel("Contraseña nueva").fill("otra-clave-mas-2026");
      await page.getByRole("button", { name: "Guardar contraseña" }).click();
      await visible(page, /Este enlace no sirve/);
    });
  });
});

describe("an admin at a desktop", () => {
  it("changes a member's role, revokes an invitation, edits and cancels an event", { timeout: 180_000 }, async () => {
    const invitee = `temporal-${unique()}@example.com`;
    const roleOf = async (email: string) =>
      (
        await db.owner.query(
          `select m.role from app_public.memberships m join app_public.profiles p on p.id = m.profile_id
             join app_public.organizations o on o.id = m.organization_id
            where p.email = $1 and o.slug = 'moda-bogota'`,
          [email],
        )
      ).rows[0]?.role;
    const screen = await openScreen(browser, { baseURL: api.url, suite: "workspace", width: 1280, height: 800 });
    const { page } = screen;
    await run(screen, async () => {
      await page.goto("/");
      await signIn(page, "admin@bogota.fashionos.test", DEMO_PASSWORD);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();

      /* The team: a role changed, an invitation sent and revoked. */
      await page.getByRole("navigation").getByRole("link", { name: "Equipo" }).click();
      const members = page.getByTestId("members");
      await members.getByTestId("member").first().waitFor();
      const viewer = members.getByTestId("member").filter({ hasText: "viewer@bogota.fashionos.test" });
      const viewerName = ((await viewer.locator("strong").textContent()) ?? "").trim();
      await viewer.getByLabel(`Rol de ${viewerName}`).selectOption("casting");
      await toast(page, `${viewerName} ahora es Casting.`);
      await expect.poll(() => roleOf("viewer@bogota.fashionos.test")).toBe("casting");
      // An admin cannot manage owners: no role picker on an owner's row.
      const owner = members.getByTestId("member").filter({ hasText: "owner@bogota.fashionos.test" });
      expect(await owner.locator("select").count()).toBe(0);
      await page.getByLabel("Correo", { exact: true }).fill(invitee);
      await page.getByLabel("Rol", { exact: true }).selectOption("viewer");
      await page.getByRole("button", { name: "Enviar invitación" }).click();
      await toast(page, `Invitación enviada a ${invitee}.`);
      const invitation = page.getByTestId("invitation").filter({ hasText: invitee });
      await invitation.getByRole("button", { name: `Revocar la invitación a ${invitee}` }).click();
      await toast(page, `Revocamos la invitación a ${invitee}.`);
      await invitation.getByText("Revocada", { exact: true }).waitFor();
      await screen.check("15-team-desktop");
      await viewer.getByLabel(`Rol de ${viewerName}`).selectOption("viewer");
      await toast(page, `${viewerName} ahora es Lector.`);
      await expect.poll(() => roleOf("viewer@bogota.fashionos.test")).toBe("viewer");

      /* An event edited (on the Bogotá wall clock) and cancelled. */
      await page.getByRole("navigation").getByRole("link", { name: "Eventos" }).click();
      const card = page.getByTestId("event-card").first();
      const title = ((await card.locator("h3").textContent()) ?? "").trim();
      await card.click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByRole("link", { name: "Editar", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Editar evento" }).waitFor();
      const startsAt = await page.getByLabel("Empieza").inputValue();
      expect(startsAt).toMatch(/T19:00$/); // the demo shows start at 19:00 in Bogotá
      await page.getByLabel("Descripción").fill("Descripción nueva desde el navegador.");
      await screen.check("16-event-edit");
      await page.getByRole("button", { name: "Guardar cambios" }).click();
      await toast(page, "Cambios guardados.");
      await page.getByText("Descripción nueva desde el navegador.").waitFor();
      await page.getByRole("button", { name: "Cancelar evento" }).click();
      // Before confirming, who will be told (the demo event's guests and buyers).
      const before = ((await page.getByTestId("cancellation-notice-before").textContent()) ?? "").trim();
      expect(before).toMatch(/^Avisaremos a \d+ personas? \(\d+ de la lista de invitados, \d+ con boletas\)/);
      const promised = Number(before.match(/^Avisaremos a (\d+)/)?.[1]);
      await page.getByRole("button", { name: "Sí, cancelar" }).click();
      await toast(page, `«${title}» quedó cancelado.`);
      await page.getByText("Cancelado", { exact: true }).first().waitFor();
      // After it, who was told: the same people, their messages in the outbox.
      const after = page.getByTestId("cancellation-notice-after");
      await after.waitFor();
      expect(((await after.textContent()) ?? "").trim()).toMatch(
        new RegExp(`^Aviso de cancelación: ${promised} personas? avisadas? `),
      );
      const eventId = new URL(page.url()).pathname.split("/")[2];
      const { rows: told } = await db.owner.query(
        `select count(distinct (recipient_kind, recipient_id))::int as n from app_public.outbound_messages
          where cause_kind = 'event_cancelled' and cause_id = $1 and status not in ('suppressed', 'cancelled', 'failed', 'bounced')`,
        [eventId],
      );
      expect(told[0].n).toBe(promised);
    });
    const { rows } = await db.owner.query(
      "select status, description from app_public.events e join app_public.organizations o on o.id = e.organization_id where o.slug = 'moda-bogota' and e.description = $1",
      ["Descripción nueva desde el navegador."],
    );
    expect(rows).toEqual([{ status: "cancelled", description: "Descripción nueva desde el navegador." }]);
  });
});

describe("the uploaded images, a final walk with axe-core", () => {
  it("an admin at a desktop changes the logo, an event's cover and a look's photo (then removes it); a visitor on a phone sees the cover", {
    timeout: 240_000,
  }, async () => {
    const { rows: events } = await db.owner.query<{ id: string; title: string }>(
      `select e.id, e.title from app_public.events e
         join app_public.organizations o on o.id = e.organization_id
        where o.slug = 'moda-bogota' and e.status = 'published' and e.is_public and e.ends_at > now()
          and exists (select 1 from app_public.looks l where l.event_id = e.id)
        order by e.starts_at limit 1`,
    );
    const event = events[0];
    if (!event) throw new Error("the demo seed has an upcoming published public Bogotá event with looks");
    const files = async () =>
      (
        await db.owner.query(
          `select (select logo_file_id from app_public.organizations where slug = 'moda-bogota') as logo,
                  (select cover_file_id from app_public.events where id = $1) as cover,
                  (select photo_file_id from app_public.looks where event_id = $1 order by sequence limit 1) as look`,
          [event.id],
        )
      ).rows[0] as { logo: string | null; cover: string | null; look: string | null };
    const before = await files();

    const desk = await openScreen(browser, { baseURL: api.url, suite: "workspace-images", width: 1280, height: 800 });
    const { page } = desk;
    await run(desk, async () => {
      await page.goto("/");
      await signIn(page, "admin@bogota.fashionos.test", DEMO_PASSWORD);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();

      /* The agency's logo, on Equipo. */
      await page.getByRole("navigation").getByRole("link", { name: "Equipo" }).click();
      const agency = page.getByTestId("agency");
      await agency.getByRole("heading", { name: "Agencia" }).waitFor();
      await page
        .getByTestId("logo-upload-input")
        .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await image(320, 320, "png") });
      await agency.getByText("Foto guardada.").waitFor();
      await loaded(page.getByRole("img", { name: "Logo de Moda Bogotá Producciones" }));
      await desk.check("team-logo");

      /* The event's cover, in its form: saved with the event, shown on its summary. */
      await page.goto(`/events/${event.id}/editar`);
      await page.getByRole("heading", { level: 1, name: "Editar evento" }).waitFor();
      await page
        .getByTestId("cover-upload-input")
        .setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: await image(1920, 1080) });
      await page.getByTestId("cover-upload").getByText("Portada lista: se guarda con el evento.").waitFor();
      await desk.check("event-form-cover");
      await page.getByRole("button", { name: "Guardar cambios" }).click();
      await toast(page, "Cambios guardados.");
      await loaded(page.getByRole("img", { name: `Portada de ${event.title}` }));
      await desk.check("event-summary-cover");

      /* A look's photo, in the look form; then removed with "Quitar foto". */
      await page.getByRole("tab", { name: "Line-up y looks" }).click();
      const number = (
        await db.owner.query("select min(sequence) as n from app_public.looks where event_id = $1", [event.id])
      ).rows[0].n as number;
      const edit = page.getByRole("button", { name: `Editar el look ${number}`, exact: true });
      const photo = page.getByRole("img", { name: `Foto del look ${number}`, exact: true });
      await edit.click();
      await page
        .getByTestId("look-photo-upload-input")
        .setInputFiles({ name: "look.jpg", mimeType: "image/jpeg", buffer: await image(800, 1200) });
      await page.getByText("Foto lista: se guarda con el look.").waitFor();
      await desk.check("look-form-photo");
      await page.getByRole("button", { name: "Guardar look" }).click();
      await toast(page, `Look ${number} guardado.`);
      await loaded(photo);
      await desk.check("line-up-photo");
      await expect.poll(async () => (await files()).look).not.toBe(before.look);
      await edit.click();
      await page.getByRole("button", { name: "Quitar foto" }).click();
      await page.getByRole("button", { name: "Guardar look" }).click();
      // Saved: the form closes, the row is back without its photo, and the database let go of the file.
      await edit.waitFor();
      await expect.poll(async () => (await files()).look).toBeNull();
      await expect.poll(() => photo.count()).toBe(0);
    });
    const after = await files();
    expect(after.logo).not.toBe(before.logo);
    expect(after.logo).toBeTruthy();
    expect(after.cover).not.toBe(before.cover);
    expect(after.cover).toBeTruthy();
    expect(after.look).toBeNull();

    /* A visitor, signed out, on a phone: the published event's public page shows the cover. */
    const phone = await openScreen(browser, { baseURL: api.url, suite: "workspace-images", width: 360, height: 740 });
    await run(phone, async () => {
      // The first signed URL the page uses has expired by the time the image loads (a page left open past
      // FILE_URL_TTL_SECONDS): answered as the server answers it, the image asks for a fresh URL and shows.
      let expired = 0;
      await phone.page.route(/\/files\//, async (route) => {
        if (expired++ > 0) return route.continue();
        return route.fulfill({
          status: 403,
          contentType: "application/json; charset=utf-8",
          body: JSON.stringify({
            errors: [
              {
                message: "This link has expired; ask the API for a new one.",
                extensions: { code: "FORBIDDEN", reason: "EXPIRED" },
              },
            ],
          }),
        });
      });
      await phone.page.goto(`/evento/${event.id}`);
      await phone.page.getByRole("heading", { level: 1, name: event.title }).waitFor();
      const cover = phone.page.getByRole("img", { name: `Portada de ${event.title}` });
      await loaded(cover);
      expect(expired).toBeGreaterThan(1);
      expect(await cover.getAttribute("data-retries")).toBe("1");
      await provoked(phone, 403);
      await phone.check("public-event-cover");
    });
  });
});
