// The box office in a real browser (Debian's Chromium through playwright-core)
// on the real server and worker, with Wompi as a local double speaking its
// protocol (test/helpers/fake-wompi.ts) and mail through a local SMTP server:
//  * phone (360×740): an anonymous visitor picks a tier on the public event
//    page, reserves, pays through Wompi's checkout, comes back to the booking
//    page, sees the tickets with their QR codes, opens a ticket page (in
//    English too) and receives the mail;
//  * tablet (768×1024): a producer at the door names the gate, checks tickets
//    in with a keyboard-wedge scanner (code + Enter, no click) and with the
//    camera (Chromium's fake camera films the ticket's QR), is told when a
//    ticket already entered, queues a scan offline that syncs when back online,
//    and, as supervisor, finds someone by name, undoes and redoes a check-in;
//  * desktop (1280×800): the Boletería shows tiers, counts and revenue in COP,
//    refunds a booking, marks the refund paid out, and exports the bookings and
//    the attendance as CSV (UTF-8 with BOM, es-CO dates).
// Screens are saved under test-results/screenshots/box-office/; any console
// error or sideways scrolling fails the test.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { buildDashboard, launchChromium, openScreen, type Screen } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { writeQrVideo } from "./helpers/fake-camera.ts";
import { type FakeWompi, startFakeWompi } from "./helpers/fake-wompi.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SCREENSHOTS = join(ROOT, "test-results", "screenshots", "box-office");

let db: TestDatabase;
let api: TestServer;
let wompi: FakeWompi;
let smtp: TestSmtp;
let worker: Worker;
let browser: Browser;
let eventId: string;
let eventTitle: string;
let tierId: string;
const TIER = "Preventa Pasarela";
const BUYER = { name: "Valentina Ríos", email: "valentina.rios@example.com" };
/** The codes of the tickets the phone bought, for the door. */
let codes: string[] = [];

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  wompi = await startFakeWompi();
  smtp = await startTestSmtp();
  api = await startTestServer(db, {
    ...wompi.env(),
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  wompi.eventsUrl = `${api.url}/webhooks/wompi`;
  worker = await startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 2,
    tasks: {
      mail: { smtpUrl: smtp.url, from: "FashionOS <boletas@fashionos.test>", appUrl: api.url, logWhenNoSmtp: false },
    },
  });
  browser = await launchChromium();
  const { rows } = await db.owner.query(
    `select e.id, e.title from app_public.events e join app_public.organizations o on o.id = e.organization_id
      where o.slug = 'moda-bogota' and e.status = 'published' and e.is_public and e.starts_at > now()
      order by e.starts_at limit 1`,
  );
  eventId = rows[0].id;
  eventTitle = rows[0].title;
  await db.owner.query("update app_public.events set capacity = null where id = $1", [eventId]);
  tierId = (
    await db.owner.query(
      `insert into app_public.ticket_tiers (event_id, name, description, price_cop, quantity, max_per_order)
       values ($1, $2, 'Acceso general, antes de la apertura', 45000, 40, 4) returning id`,
      [eventId, TIER],
    )
  ).rows[0].id;
  await rm(SCREENSHOTS, { recursive: true, force: true });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await api?.close();
  await wompi?.close();
  await smtp?.close();
  await db?.drop();
});

const open = (
  size: { name: string; width: number; height: number },
  options: { on?: Browser; permissions?: string[] } = {},
): Promise<Screen> =>
  openScreen(options.on ?? browser, {
    baseURL: api.url,
    suite: "box-office",
    ...size,
    context: { acceptDownloads: true, permissions: options.permissions },
    // Going offline on purpose makes the browser report the requests it could not send.
    ignoreConsole: /ERR_INTERNET_DISCONNECTED|Failed to fetch/,
  });

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
}

async function bookingByEmail(email: string) {
  const { rows } = await db.owner.query(
    "select id, status, reference from app_public.bookings where buyer_email = $1 order by created_at",
    [email],
  );
  return rows;
}

describe("the buyer, on a phone", () => {
  it("reserves, pays with Wompi, gets the tickets with QR codes and opens one", { timeout: 120_000 }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await page.goto(`/evento/${eventId}`);
      await page.getByRole("heading", { level: 1, name: eventTitle }).waitFor();
      await page.getByRole("heading", { name: "Elige tus boletas" }).waitFor();
      await s.screen("1-event");
      await page.getByRole("radio", { name: new RegExp(TIER) }).check();
      await page.getByLabel("Cantidad").selectOption("2");
      expect((await page.getByTestId("total").textContent())?.replace(/\s/g, " ")).toBe("$ 90.000");
      await page.getByLabel("Nombre de quien compra").fill(BUYER.name);
      await page.getByLabel("Correo electrónico").fill(BUYER.email);
      await page.getByTestId("book").click();

      // The booking page: reserved, counting down, with the way to pay.
      await page.waitForURL(/\/reserva\?clave=/);
      await page.getByTestId("booking-status").filter({ hasText: "Reservada" }).waitFor();
      await page.getByText(/quedan \d+:\d\d para pagar/).waitFor();
      await s.screen("2-reserved");
      const [booking] = await bookingByEmail(BUYER.email);
      expect(booking).toMatchObject({ status: "pending" });

      // Wompi's checkout (the double), reached through our signed redirect.
      await page.getByTestId("pay").click();
      await page.waitForURL(`${wompi.url}/p/**`);
      expect(await page.locator("#reference").textContent()).toBe(booking.reference);
      expect((await page.locator("#amount").textContent())?.replace(/\s/g, " ")).toBe("$ 90.000");
      await page.getByRole("button", { name: "Pagar con Nequi (aprobada)" }).click();

      // Back on the booking page: paid once Wompi's signed event arrived, the tickets below.
      await page.waitForURL(/\/reserva\?clave=.*id=/);
      await page.getByTestId("booking-status").filter({ hasText: "Pagada" }).waitFor();
      const passes = page.getByTestId("pass");
      await expect.poll(() => passes.count()).toBe(2);
      await expect.poll(() => page.getByTestId("ticket-qr").count()).toBe(2);
      await s.screen("3-paid");
      codes = (await page.locator(".ticket-code").allTextContents()).map((c) => c.replace(/\s/g, ""));
      expect(codes).toHaveLength(2);
      expect(codes.every((code) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(code))).toBe(true);

      // The mail with the tickets.
      const mail = await smtp.next(BUYER.email, { timeoutMs: 20_000 });
      expect(mail.subject).toBe(`Tus boletas para ${eventTitle}`);
      for (const code of codes) expect(mail.text).toContain(`/t/${code}`);

      // The public ticket page, printable, in Spanish and in English.
      await passes.first().getByRole("link", { name: "Abrir boleta" }).click();
      await page.waitForURL(`**/t/${codes[0]}`);
      await page.getByTestId("ticket-status").filter({ hasText: "Válida" }).waitFor();
      await page.getByText(`${BUYER.name}`).first().waitFor();
      await s.screen("4-ticket");
      await page.getByTestId("language-toggle").click();
      await page.getByTestId("ticket-status").filter({ hasText: "Valid" }).waitFor();
      await page.getByText("Show this code at the door. Each ticket admits once.").waitFor();
      await s.screen("5-ticket-en");
      await page.emulateMedia({ media: "print" });
      expect(await page.getByTestId("language-toggle").isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
      await page.getByTestId("language-toggle").click();
      expect(s.errors).toEqual([]);
    } catch (error) {
      await s.screen("failure").catch(() => {});
      throw error;
    } finally {
      await s.context.close();
    }
  });
});

describe("the door, on a tablet", () => {
  it("checks tickets in by scanner, camera and hand, once, and offline", { timeout: 180_000 }, async () => {
    expect(codes, "the phone bought the tickets first").toHaveLength(2);
    // Two more paid tickets for the offline part, bought over the API.
    const other = await api.graphql(operation("BookTickets"), {
      tierId,
      quantity: 1,
      buyerName: "Santiago Mejía",
      buyerEmail: "santiago.mejia@example.com",
    });
    const reference = other.body.data?.bookTickets.result.booking.reference as string;
    const token = other.body.data?.bookTickets.result.accessToken as string;
    await wompi.deliver(wompi.event(wompi.transaction(reference, 4_500_000, "APPROVED")));
    const page2 = await api.graphql(operation("BookingPage"), { accessToken: token });
    const offlineCode = page2.body.data?.bookingPasses.nodes[0].code as string;
    expect(offlineCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

    // A camera that films the second ticket's QR code.
    const dir = await mkdtemp(join(tmpdir(), "fashionos-camera-"));
    const video = join(dir, "ticket.y4m");
    await writeQrVideo(video, codes[1] as string);
    const cameraBrowser = await launchChromium([
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const s = await open(
      { name: "768x1024", width: 768, height: 1024 },
      { on: cameraBrowser, permissions: ["camera"] },
    );
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.getByRole("navigation").getByRole("link", { name: "Puerta" }).click();
      await page.getByRole("link", { name: "Abrir" }).first().waitFor();
      await page.goto(`/puerta/${eventId}`);
      await page.getByLabel("Puerta").fill("Puerta norte");
      await page.getByTestId("save-gate").click();
      await page.getByTestId("gate-name").filter({ hasText: "Puerta norte" }).waitFor();
      await page.getByTestId("door-result").filter({ hasText: "Listo para escanear" }).waitFor();
      await s.screen("1-door");

      // A keyboard-wedge 2D scanner: it types the code and Enter; nobody clicks or focuses anything.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.type(codes[0] as string, { delay: 5 });
      await page.keyboard.press("Enter");
      const result = page.getByTestId("door-result");
      await result.filter({ hasText: "Puede entrar" }).waitFor();
      expect(await result.textContent()).toContain(BUYER.name);
      expect(await result.textContent()).toContain(TIER);
      await s.screen("2-admitted");
      // The same ticket again, a few seconds later: red, with when and where it entered.
      await page.waitForTimeout(1600);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.type(codes[0] as string, { delay: 5 });
      await page.keyboard.press("Enter");
      await result.filter({ hasText: "Ya ingresó" }).waitFor();
      expect(await page.getByTestId("entered-at").textContent()).toMatch(/Ingresó a las .+ por Puerta norte/);
      await s.screen("3-already-in");

      // The camera reads the second ticket's QR.
      await page.getByTestId("camera-toggle").click();
      await page.getByTestId("camera").waitFor();
      await result.filter({ hasText: "Puede entrar" }).waitFor({ timeout: 30_000 });
      await page.getByTestId("camera-toggle").click();
      const { rows: entered } = await db.owner.query(
        `select t.seat, t.checked_in_gate from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
          where b.buyer_email = $1 and t.checked_in_at is not null order by t.seat`,
        [BUYER.email],
      );
      expect(entered).toEqual([
        { seat: 1, checked_in_gate: "Puerta norte" },
        { seat: 2, checked_in_gate: "Puerta norte" },
      ]);
      await page
        .getByTestId("on-site")
        .filter({ hasText: /^2 de / })
        .waitFor();

      // Offline: the scan is kept on the device, then synced when the connection is back.
      await s.context.setOffline(true);
      await page.getByTestId("offline").waitFor();
      await page.getByLabel("Código de la boleta").fill(offlineCode.toLowerCase());
      await page.getByLabel("Código de la boleta").press("Enter");
      await result.filter({ hasText: "Guardado sin conexión" }).waitFor();
      await page.getByTestId("queued").waitFor();
      await s.screen("4-offline");
      expect(
        (
          await db.owner.query(
            "select count(*)::int as n from app_public.tickets where checked_in_at is not null and booking_id = (select id from app_public.bookings where reference = $1)",
            [reference],
          )
        ).rows[0].n,
      ).toBe(0);
      await s.context.setOffline(false);
      await page.getByText("Sincronizados").waitFor({ timeout: 20_000 });
      await page.getByText("Santiago Mejía").first().waitFor();
      const { rows: synced } = await db.owner.query(
        `select t.checked_in_gate, c.method from app_public.tickets t
           join app_public.bookings b on b.id = t.booking_id
           join app_public.ticket_check_ins c on c.ticket_id = t.id
          where b.reference = $1`,
        [reference],
      );
      expect(synced).toEqual([{ checked_in_gate: "Puerta norte", method: "offline_sync" }]);

      // Supervisor: a search too short is answered, not ignored; find by name, undo the check-in (recorded),
      // check in by hand; each action says what it did next to the list (the scanner's panel is a screen away).
      await page.getByTestId("search").click();
      await page.getByTestId("search-too-short").getByText("al menos 2 letras").waitFor();
      await page.getByPlaceholder("Nombre, correo o referencia").fill("santiago");
      await page.getByTestId("search").click();
      const attendee = page.getByTestId("attendee").filter({ hasText: "Santiago Mejía" });
      expect(await page.getByTestId("search-too-short").count()).toBe(0);
      await attendee.getByRole("button", { name: "Anular ingreso" }).click();
      await page.getByTestId("hand-result").getByText("Ingreso anulado: Santiago Mejía").waitFor();
      await attendee.getByRole("button", { name: "Registrar ingreso" }).click();
      await attendee.getByRole("button", { name: "Anular ingreso" }).waitFor();
      await page
        .locator('[data-testid="hand-result"][data-outcome="checked_in"]')
        .getByText("Santiago Mejía")
        .waitFor();
      const { rows: log } = await db.owner.query(
        `select c.action, c.method, p.email from app_public.ticket_check_ins c
           join app_public.tickets t on t.id = c.ticket_id join app_public.bookings b on b.id = t.booking_id
           left join app_public.profiles p on p.id = c.actor_id
          where b.reference = $1 order by c.recorded_at, c.id`,
        [reference],
      );
      expect(log).toEqual([
        { action: "check_in", method: "offline_sync", email: "producer@bogota.fashionos.test" },
        { action: "revoke", method: "manual", email: "producer@bogota.fashionos.test" },
        { action: "check_in", method: "manual", email: "producer@bogota.fashionos.test" },
      ]);
      await s.screen("5-supervisor");
      expect(s.errors).toEqual([]);
    } catch (error) {
      await s.screen("failure").catch(() => {});
      throw error;
    } finally {
      await s.context.close();
      await cameraBrowser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("door staff, on a phone", () => {
  it("sign in straight to the door and see nothing else", { timeout: 60_000 }, async () => {
    // The seeded door account (shared/demo-accounts.ts): a new producer can try the door without inviting anyone.
    const email = DEMO_ACCOUNTS.find((a) => a.role === "door" && a.organizationSlug === "moda-bogota")?.email as string;
    const s = await open({ name: "360x740-door", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, email);
      await page.getByRole("heading", { level: 1, name: "Control de acceso" }).waitFor();
      expect(await page.getByRole("navigation").getByRole("link", { name: "Eventos" }).count()).toBe(0);
      const openDoor = page.getByRole("listitem").filter({ hasText: eventTitle }).getByRole("link", { name: "Abrir" });
      // A pill, not an oval: on a phone the event's title takes two lines and the button must not stretch with it.
      const pill = await openDoor.boundingBox();
      expect(pill?.height).toBeLessThanOrEqual(44);
      await openDoor.click();
      await page.getByLabel("Puerta").fill("Puerta sur");
      await page.getByTestId("save-gate").click();
      await page.getByTestId("on-site").waitFor();
      await page.getByLabel("Código de la boleta").fill(codes[0] as string);
      await page.getByLabel("Código de la boleta").press("Enter");
      await page.getByTestId("door-result").filter({ hasText: "Ya ingresó" }).waitFor();
      // Door staff do not search people: that is for supervisors.
      expect(await page.getByText("Supervisión").count()).toBe(0);
      await s.screen("1-door-staff");
      await page.goto(`/events/${eventId}`);
      await page.waitForURL("**/puerta");
      expect(s.errors).toEqual([]);
    } catch (error) {
      await s.screen("failure").catch(() => {});
      throw error;
    } finally {
      await s.context.close();
    }
  });
});

describe("the Boletería, on a desktop", () => {
  it("shows counts and revenue in COP, refunds, and exports CSV for Excel", { timeout: 120_000 }, async () => {
    const s = await open({ name: "1280x800", width: 1280, height: 800 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.goto(`/events/${eventId}?tab=tickets`);
      // The tiers list (TicketTiersSection) carries the box office's figures per tier.
      const tier = page.getByTestId("ticket-tiers").getByTestId("record").filter({ hasText: TIER });
      await tier.waitFor();
      // 3 paid tickets of 40 (2 from the phone, 1 from the door test).
      expect((await tier.textContent())?.replace(/\s/g, " ")).toContain("$ 45.000");
      expect((await tier.getByTestId("tier-counts").textContent())?.replace(/\s/g, " ")).toContain(
        "3 pagadas · 0 reservadas · 37 de 40 disponibles",
      );
      await page.getByTestId("revenue").waitFor();
      await s.screen("1-box-office");

      // Refund the phone's booking: its tickets stop admitting, a refund is owed until marked paid out.
      const row = page.getByTestId("booking-row").filter({ hasText: BUYER.name });
      page.once("dialog", (dialog) => void dialog.accept());
      await row.getByTestId("refund").click();
      await row.getByTestId("booking-status").filter({ hasText: "Reembolsada" }).waitFor();
      const owed = page.getByTestId("refund-owed").filter({ hasText: BUYER.name });
      await owed.waitFor();
      expect((await owed.textContent())?.replace(/\s/g, " ")).toContain("$ 90.000");
      await owed.getByRole("button", { name: "Marcar reembolsado" }).click();
      await owed.waitFor({ state: "detached" });
      const { rows: movements } = await db.owner.query(
        `select p.kind, p.status from app_public.payments p join app_public.bookings b on b.id = p.booking_id
          where b.buyer_email = $1 order by p.kind`,
        [BUYER.email],
      );
      expect(movements).toEqual([
        { kind: "charge", status: "APPROVED" },
        { kind: "refund", status: "APPROVED" },
      ]);
      await s.screen("2-refunded");

      // CSV exports: UTF-8 with BOM, semicolons, es-CO dates.
      const [bookingsFile] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-bookings").click(),
      ]);
      expect(bookingsFile.suggestedFilename()).toBe("reservas.csv");
      const bookingsCsv = await readFile((await bookingsFile.path()) as string);
      expect([...bookingsCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const bookingsText = bookingsCsv.toString("utf8").slice(1);
      const [header, ...lines] = bookingsText.trim().split("\r\n");
      expect(header).toBe(
        '"Referencia";"Fecha de la reserva";"Comprador";"Correo";"Categoría";"Boletas";"Total (COP)";"Estado";"Fecha de pago";"Medio de pago";"Transacción"',
      );
      const refunded = lines.find((line) => line.includes(BUYER.email));
      expect(refunded).toMatch(/"\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d{2}\s?[ap]\. m\."/);
      expect(refunded).toContain('"Valentina Ríos"');
      expect(refunded).toContain('"Reembolsada"');
      expect(refunded).toContain('"90000"');

      const [attendanceFile] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-attendance").click(),
      ]);
      expect(attendanceFile.suggestedFilename()).toBe("asistencia.csv");
      const attendance = (await readFile((await attendanceFile.path()) as string)).toString("utf8");
      expect(attendance.charCodeAt(0)).toBe(0xfeff);
      const santiago = attendance.split("\r\n").find((line) => line.includes("Santiago Mejía"));
      expect(santiago).toContain('"Sí"');
      expect(santiago).toContain('"Puerta norte"');
      // The Boletería in English.
      await page.getByTestId("language-toggle").click();
      await page.getByText("Revenue").waitFor();
      await row.getByTestId("booking-status").filter({ hasText: "Refunded" }).waitFor();
      await page.getByRole("button", { name: "Export bookings (CSV)" }).waitFor();
      await s.screen("3-box-office-en");
      await page.getByTestId("language-toggle").click();
      // Those who entered stay in the attendance even after their booking was refunded.
      expect(attendance.split("\r\n").filter((line) => line.includes(BUYER.email))).toHaveLength(2);
      expect(s.errors).toEqual([]);
    } catch (error) {
      await s.screen("failure").catch(() => {});
      throw error;
    } finally {
      await s.context.close();
    }
  });
});

describe("a free ticket, on a phone", () => {
  it("is confirmed at once and says so without speaking of a payment", { timeout: 60_000 }, async () => {
    // A free tier is how a producer tries the whole flow (and the confirmation mail) without Wompi.
    await db.owner.query(
      `insert into app_public.ticket_tiers (event_id, name, price_cop, quantity, max_per_order)
       values ($1, 'Prensa (cortesía)', 0, 10, 2)`,
      [eventId],
    );
    const guest = { name: "Mateo Cárdenas", email: "mateo.cardenas@example.com" };
    const s = await open({ name: "360x740-free", width: 360, height: 740 });
    const { page } = s;
    try {
      await page.goto(`/evento/${eventId}`);
      await page.getByRole("radio", { name: /Prensa \(cortesía\)/ }).check();
      await page.getByLabel("Nombre de quien compra").fill(guest.name);
      await page.getByLabel("Correo electrónico").fill(guest.email);
      await page.getByTestId("book").click();
      await page.waitForURL(/\/reserva\?clave=/);
      await page.getByTestId("booking-status").filter({ hasText: "Confirmada" }).waitFor();
      await page
        .getByText(`¡Listo! Tus boletas (sin costo) están abajo y también te las enviamos a ${guest.email}.`)
        .waitFor();
      expect(await page.getByText(/Pago confirmado|Pagada/).count()).toBe(0);
      await s.screen("1-free-confirmed");
      const mail = await smtp.next(guest.email, { timeoutMs: 20_000 });
      expect(mail.subject).toBe(`Tus boletas para ${eventTitle}`);
      expect(s.errors).toEqual([]);
    } catch (error) {
      await s.screen("failure").catch(() => {});
      throw error;
    } finally {
      await s.context.close();
    }
  });
});
