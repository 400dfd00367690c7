// Guests in a real browser (Debian's Chromium through playwright-core) on the
// real server and this file's own demo-seeded database:
//  * phone (360×740): a guest opens the RSVP link from their invitation,
//    accepts with a +1 and a dietary note, sees the door QR and their seat,
//    reads the page in English, changes the answer; a forged link and a closed
//    event say so;
//  * phone: a producer selects invitations and sends them through the outbox,
//    sees each one's state (queued; not sent without consent, and why), and a
//    second send sends nothing new;
//  * tablet (768×1024): a producer at the door scans the guest's code with a
//    keyboard-wedge scanner and sees the guest's category, party and seat.
// Screens are saved under test-results/screenshots/guests/; any console error
// or sideways scrolling fails the test.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { buildDashboard, dragWithMouse, launchChromium, openScreen, type Screen, WAIT } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const ROOT = PROJECT_ROOT;
const SCREENSHOTS = join(ROOT, "test-results", "screenshots", "guests");

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
let eventId: string;
let eventTitle: string;
let invitation: { id: string; token: string; guest: string };

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  api = await startTestServer(db, {
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  browser = await launchChromium();
  // Bogotá's show with a seating plan (the demo data gives its first upcoming published show one).
  const { rows } = await db.owner.query(
    `select e.id, e.title from app_public.events e join app_public.organizations o on o.id = e.organization_id
      where o.slug = 'moda-bogota' and e.venue_layout_id is not null order by e.starts_at limit 1`,
  );
  eventId = rows[0].id;
  eventTitle = rows[0].title;
  // A tier A press guest, invited with a +1, not answered yet.
  const guest = (
    await db.owner.query(
      `insert into app_public.guests (organization_id, full_name, outlet, category, tier)
       select organization_id, 'Mariana Ospina', 'Revista Fucsia', 'press', 'A' from app_public.events where id = $1
       returning id`,
      [eventId],
    )
  ).rows[0].id;
  const inserted = await db.owner.query(
    `insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed) values ($1, $2, true)
     returning id, app_private.rsvp_token(id, rsvp_version) as token`,
    [eventId, guest],
  );
  invitation = { id: inserted.rows[0].id, token: inserted.rows[0].token, guest };
  await rm(SCREENSHOTS, { recursive: true, force: true });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.drop();
});

const open = (size: { name: string; width: number; height: number }): Promise<Screen> =>
  openScreen(browser, { baseURL: api.url, suite: "guests", ...size });

/** Seats the guest (and, with 2, the +1) on free front-row seats of the right side, as the producer would. */
async function seatFrontRow(people: 1 | 2) {
  await db.owner.query(
    `insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
     select $1, s.id, $2, n.plus_one
       from (select s.id, row_number() over (order by s.seat_number desc) as k from app_public.seats s
              join app_public.events e on e.venue_layout_id = s.layout_id
             where e.id = $1 and s.front_row and s.section = 'Pasarela derecha'
               and not exists (select 1 from app_public.seat_assignments a where a.seat_id = s.id and a.event_id = $1)) s
       join (values (1, false), (2, true)) as n(k, plus_one) on n.k = s.k
      where n.k <= $3`,
    [eventId, invitation.id, people],
  );
}

async function invitationRow() {
  const { rows } = await db.owner.query(
    "select status, plus_one_name, notes, checked_in_at from app_public.guest_invitations where id = $1",
    [invitation.id],
  );
  return rows[0];
}

describe("the guest, on a phone", () => {
  it("accepts with a +1 and a note, gets the door QR and the seat, then changes the answer", {
    timeout: 90_000,
  }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await page.goto(`/rsvp/${invitation.token}`);
      await page.getByRole("heading", { level: 1, name: eventTitle }).waitFor();
      await page.getByRole("heading", { name: "Hola, Mariana Ospina" }).waitFor();
      await page.getByTestId("rsvp-status").filter({ hasText: "Sin responder" }).waitFor();
      await s.screen("1-invited");

      await page.getByTestId("bring-plus-one").check();
      await page.getByLabel("Nombre de tu acompañante").fill("Andrés Gómez");
      await page.getByLabel(/Necesidades de alimentación/).fill("Vegetariana");
      await page.getByTestId("rsvp-accept").click();
      await page.getByTestId("rsvp-status").filter({ hasText: "Confirmado" }).waitFor();
      await page.getByTestId("ticket-qr").waitFor();
      await page.getByText("Vienes con Andrés Gómez.").waitFor();
      await page.getByText("Te asignaremos puesto antes del evento.").waitFor();
      expect(await invitationRow()).toMatchObject({
        status: "accepted",
        plus_one_name: "Andrés Gómez",
        notes: "Vegetariana",
      });
      await s.screen("2-accepted");

      // The producer seats the party (auto-seat: tier A to the front row); the page shows the seats.
      await seatFrontRow(2);
      await page.reload();
      await page.getByTestId("rsvp-seats").filter({ hasText: "Pasarela derecha · A" }).waitFor();
      const doorCode = (await page.getByTestId("door-code").textContent())?.replace(/\s/g, "") ?? "";
      expect(doorCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

      // In English.
      await page.getByTestId("language-toggle").click();
      await page.getByTestId("rsvp-status").filter({ hasText: "Confirmed" }).waitFor();
      await page.getByText("You are coming with Andrés Gómez.").waitFor();
      await s.screen("3-english");
      await page.getByTestId("language-toggle").click();

      // Changing the answer: not coming after all.
      await page.getByRole("button", { name: "Cambiar mi respuesta" }).click();
      await page.getByTestId("rsvp-decline").click();
      await page.getByTestId("rsvp-status").filter({ hasText: "No asistirás" }).waitFor();
      expect(await page.getByTestId("ticket-qr").count()).toBe(0);
      expect((await invitationRow()).status).toBe("declined");
      await s.screen("4-declined");

      // And coming again, alone.
      await page.getByRole("button", { name: "Cambiar mi respuesta" }).click();
      await page.getByTestId("bring-plus-one").uncheck();
      await page.getByTestId("rsvp-accept").click();
      await page.getByTestId("rsvp-status").filter({ hasText: "Confirmado" }).waitFor();
      expect(await invitationRow()).toMatchObject({ status: "accepted", plus_one_name: null });
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("says so for a forged link, a closed event and a cancelled one, without a form", { timeout: 60_000 }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await page.goto(`/rsvp/${"7".repeat(32)}`);
      await page.getByText("Este enlace de invitación no es válido o ya venció.").waitFor();
      await s.screen("5-forged");

      const other = await db.owner.query(
        `with g as (
           insert into app_public.guests (organization_id, full_name, category, tier)
           select organization_id, 'Camilo Restrepo', 'buyer', 'B' from app_public.events where id = $1 returning id)
         insert into app_public.guest_invitations (event_id, guest_id) select $1, g.id from g
         returning app_private.rsvp_token(id, rsvp_version) as token`,
        [eventId],
      );
      const { rows } = await db.owner.query("select rsvp_closes_at from app_public.events where id = $1", [eventId]);
      await db.owner.query("update app_public.events set rsvp_closes_at = now() - interval '1 minute' where id = $1", [
        eventId,
      ]);
      try {
        await page.goto(`/rsvp/${other.rows[0].token}`);
        await page.getByTestId("rsvp-closed").waitFor();
        expect(await page.getByTestId("rsvp-accept").count()).toBe(0);
        await s.screen("6-closed");
      } finally {
        await db.owner.query("update app_public.events set rsvp_closes_at = $2 where id = $1", [
          eventId,
          rows[0].rsvp_closes_at,
        ]);
      }

      // A show the agency cancelled: the link says so (not "invalid"), with no form.
      const cancelled = await db.owner.query(
        `with e as (
           insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
           select organization_id, 'Desfile suspendido', 'desfile-suspendido', now() + interval '20 days',
                  now() + interval '20 days 2 hours' from app_public.events where id = $1 returning id, organization_id),
         g as (
           insert into app_public.guests (organization_id, full_name, category, tier)
           select organization_id, 'Lucía Cárdenas', 'press', 'A' from e returning id)
         insert into app_public.guest_invitations (event_id, guest_id) select e.id, g.id from e, g
         returning event_id, app_private.rsvp_token(id, rsvp_version) as token`,
        [eventId],
      );
      await db.owner.query("update app_public.events set status = 'cancelled' where id = $1", [
        cancelled.rows[0].event_id,
      ]);
      await page.goto(`/rsvp/${cancelled.rows[0].token}`);
      await page.getByTestId("rsvp-event-cancelled").getByText("canceló este evento").waitFor();
      expect(await page.getByTestId("rsvp-accept").count()).toBe(0);
      await s.screen("7-event-cancelled");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe("the door, on a tablet", () => {
  it("checks the guest in from their code and shows category, party and seat", { timeout: 60_000 }, async () => {
    const s = await open({ name: "768x1024", width: 768, height: 1024 });
    const { page } = s;
    try {
      const code = (
        await db.owner.query(
          "select app_private.base32(app_private.guest_door_secret(id, app_private.box_office_key())) as code from app_public.guest_invitations where id = $1",
          [invitation.id],
        )
      ).rows[0].code as string;
      // Declined and accepted again alone, the guest lost the seats: seat them again.
      await seatFrontRow(1);
      await page.goto("/");
      await page.getByLabel("Correo electrónico").fill("producer@bogota.fashionos.test");
      await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Entrar" }).click();
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.goto(`/puerta/${eventId}`);
      await page.getByLabel("Puerta").fill("Puerta VIP");
      await page.getByTestId("save-gate").click();
      await page.getByTestId("door-result").filter({ hasText: "Listo para escanear" }).waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.type(code, { delay: 5 });
      await page.keyboard.press("Enter");
      const result = page.getByTestId("door-result");
      await result.filter({ hasText: "Puede entrar" }).waitFor();
      const guest = await page.getByTestId("door-guest").textContent();
      expect(guest).toContain("Mariana Ospina");
      expect(guest).toContain("Prensa");
      expect(guest).toContain("nivel A");
      expect(guest).toContain("Pasarela derecha · A");
      await s.screen("1-door-guest");
      expect((await invitationRow()).checked_in_at).not.toBeNull();
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
}

describe("the producer, on a phone", () => {
  it("reads the guests page and its report table without anything cut off", { timeout: 60_000 }, async () => {
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.goto(`/events/${eventId}/invitados`);
      await page.getByTestId("guest-report").waitFor();
      await s.screen("producer-guests");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe("the producer sends invitations, on a phone", () => {
  it("selects invitations, sends them through the outbox and sees each one's state, with why one was not sent", {
    timeout: 60_000,
  }, async () => {
    // Two invited guests of a press outlet: one agreed to be contacted, one never did (Ley 1581).
    const invited: Record<string, string> = {};
    for (const [name, consent] of [
      ["Sofía Arango", true],
      ["Tomás Villa", false],
    ] as const) {
      const { rows } = await db.owner.query(
        `with g as (
           insert into app_public.guests (organization_id, full_name, outlet, category, tier, consent_granted_at, consent_source)
           select organization_id, $2, 'Revista Envíos', 'press', 'B', case when $3 then now() end, case when $3 then 'form' end
             from app_public.events where id = $1 returning id)
         insert into app_public.guest_invitations (event_id, guest_id) select $1, g.id from g returning id, guest_id`,
        [eventId, name, consent],
      );
      await db.owner.query("insert into app_public.guest_contacts (guest_id, email) values ($1, $2)", [
        rows[0].guest_id,
        `${name.split(" ")[0]?.toLowerCase()}-${Date.now()}@example.com`,
      ]);
      invited[name] = rows[0].id;
    }
    const s = await open({ name: "360x740", width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, "producer@bogota.fashionos.test");
      await page.goto(`/events/${eventId}/invitados`);
      await page.locator("#guest-filter").fill("envios");
      await page.getByTestId("guest-search").click();
      const rows = page.getByTestId("guest-row");
      await expect.poll(() => rows.count(), { timeout: WAIT }).toBe(2);
      await expect
        .poll(() => rows.getByTestId("invitation-message").allTextContents())
        .toEqual(["Invitación sin enviar", "Invitación sin enviar"]);
      await page.getByTestId("select-all").check();
      await page.getByTestId("send-invitations").click();
      const report = page.getByTestId("send-report");
      await report.waitFor();
      expect(await report.textContent()).toContain("En cola: 1 · ya enviadas: 0 · no enviadas: 1 · omitidas: 0");
      expect(await report.textContent()).toContain(
        "Tomás Villa · Correo: no enviada (sin autorización para este canal)",
      );
      const state = (name: string) =>
        rows.filter({ hasText: name }).getByTestId("invitation-message").allTextContents();
      await expect.poll(() => state("Sofía Arango")).toEqual(["Correo: En cola"]);
      await expect.poll(() => state("Tomás Villa")).toEqual(["Correo: No enviado (sin autorización para este canal)"]);
      await s.screen("producer-sends-invitations");

      // Sending the same again (a second tap) sends nothing new.
      await page.getByTestId("select-all").check();
      await page.getByTestId("send-invitations").click();
      await expect.poll(async () => (await report.textContent()) ?? "").toContain("En cola: 0 · ya enviadas: 1");
      const { rows: messages } = await db.owner.query(
        `select m.status from app_public.outbound_messages m join app_public.guest_invitations i on i.guest_id = m.guest_id
          where i.id = any($1) and m.cause_kind = 'guest_invitation' order by m.status`,
        [Object.values(invited)],
      );
      expect(messages.map((m) => m.status)).toEqual(["queued", "suppressed"]);

      // Once the RSVPs are closed, no link goes out: the producer reads why, in Spanish, and nothing is sent.
      const { rows: closes } = await db.owner.query("select rsvp_closes_at from app_public.events where id = $1", [
        eventId,
      ]);
      await db.owner.query("update app_public.events set rsvp_closes_at = now() - interval '1 minute' where id = $1", [
        eventId,
      ]);
      try {
        await page.getByTestId("select-all").check();
        await page.getByTestId("send-invitations").click();
        await page
          .getByText(
            "Las respuestas a este evento ya cerraron: una invitación enviada ahora llevaría un enlace cerrado.",
            {
              exact: false,
            },
          )
          .first()
          .waitFor({ timeout: WAIT });
      } finally {
        await db.owner.query("update app_public.events set rsvp_closes_at = $2 where id = $1", [
          eventId,
          closes[0].rsvp_closes_at,
        ]);
      }
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe("the producer, on a desktop", () => {
  it("imports contacts from a CSV (errors first, nothing half-imported), invites a filtered list sending it at once, and copies a link", {
    timeout: 90_000,
  }, async () => {
    const s = await open({ name: "1280x800", width: 1280, height: 800 });
    const { page } = s;
    try {
      await s.context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await signIn(page, "producer@bogota.fashionos.test");
      await page.goto(`/events/${eventId}`);
      await page.getByTestId("open-guests").click();
      await page.waitForURL(`**/events/${eventId}/invitados`);
      await page.getByTestId("guest-report").waitFor();
      const org = (await db.owner.query("select organization_id from app_public.events where id = $1", [eventId]))
        .rows[0].organization_id;
      const count = async () =>
        (await db.owner.query("select count(*)::int as n from app_public.guests where organization_id = $1", [org]))
          .rows[0].n;
      const before = await count();

      // A file with a bad row: the errors per row, nothing imported.
      const bad =
        "\uFEFFNombre;Medio;Categoría;Nivel;Correo\r\nLucía Prada;Vogue;Prensa;A;lucia@example.com\r\nSin Correo Bueno;;Prensa;Z;no-es-correo\r\n";
      await page
        .getByLabel("Archivo CSV")
        .setInputFiles({ name: "prensa.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
      await page.getByText("2 filas en el archivo.").waitFor();
      expect(await page.getByLabel("Nombre", { exact: true }).inputValue()).toBe("0");
      await page.getByTestId("import").click();
      const errors = page.getByTestId("import-errors");
      await errors.getByText("No se importó nada: hay 2 errores.").waitFor();
      expect(await errors.textContent()).toContain("Fila 3, Correo: no es un correo válido");
      expect(await count()).toBe(before);
      await s.screen("2-import-errors");

      // The corrected file: imported, with consent recorded.
      const good = bad.replace(";Z;no-es-correo", ";B;sincorreo@example.com");
      await page
        .getByLabel("Archivo CSV")
        .setInputFiles({ name: "prensa.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
      await page.getByText("Estos contactos aceptaron recibir comunicaciones (Ley 1581)").click();
      await page.getByLabel("¿Dónde dieron su consentimiento?").fill("Acreditación BAM 2026");
      await page.getByTestId("import").click();
      await page.getByText("Importados: 2. Combinados por correo: 0.").waitFor();
      expect(await count()).toBe(before + 2);

      // Invite press of tier A and send the invitations by email at once: Lucía is among them, her mail queued.
      await page.getByTestId("invite-send-channels").getByLabel("Correo").check();
      await page.getByTestId("invite").click();
      await page.getByText(/^\d+ invitaci(ón|ones) nuevas?\.$/).waitFor();
      const row = page.getByTestId("guest-row").filter({ hasText: "Lucía Prada" });
      await row.waitFor({ timeout: 40_000 });
      expect(await row.getByTestId("invitation-message").allTextContents()).toEqual(["Correo: En cola"]);
      await row.getByRole("button", { name: "Copiar enlace" }).click();
      await page.getByText("Enlace copiado.").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(new RegExp(`^${api.url}/rsvp/[0-9A-HJKMNP-TV-Z]{32}$`));
      await s.screen("1-guests");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("drags guests onto seats, is told when someone else moved one meanwhile, and auto-seats the rest", {
    timeout: 90_000,
  }, async () => {
    const s = await open({ name: "1280x800", width: 1280, height: 800 });
    const { page } = s;
    try {
      // Mariana (accepted, as on her phone above) back on the list: unseat her.
      await db.owner.query("update app_public.guest_invitations set status = 'accepted' where id = $1", [
        invitation.id,
      ]);
      await db.owner.query("delete from app_public.seat_assignments where invitation_id = $1", [invitation.id]);
      await signIn(page, "producer@bogota.fashionos.test");
      await page.goto(`/events/${eventId}/asientos`);
      await page.getByTestId("seating-chart").waitFor();
      const mariana = page.getByTestId("unseated").locator('[data-person="Mariana Ospina"]');
      await mariana.waitFor();
      const freeSeat = page.locator('[data-testid="seat"][data-seat="Pasarela izquierda · B 4"]');
      await dragWithMouse(page, mariana, freeSeat);
      await freeSeat.locator('[data-person="Mariana Ospina"]').waitFor();
      const seatOf = async () =>
        (
          await db.owner.query(
            `select s.section || ' · ' || s.row_label || ' ' || s.seat_number as label from app_public.seat_assignments a
               join app_public.seats s on s.id = a.seat_id where a.invitation_id = $1 and not a.plus_one`,
            [invitation.id],
          )
        ).rows.map((r) => r.label);
      expect(await seatOf()).toEqual(["Pasarela izquierda · B 4"]);
      await s.screen("3-seated");

      // Another producer moves her meanwhile (this screen still shows B 4).
      await db.owner.query(
        `update app_public.seat_assignments a set seat_id = s.id from app_public.seats s, app_public.events e
          where a.invitation_id = $1 and not a.plus_one and e.id = $2 and s.layout_id = e.venue_layout_id
            and s.section = 'Pasarela izquierda' and s.row_label = 'C' and s.seat_number = 8`,
        [invitation.id, eventId],
      );
      await dragWithMouse(
        page,
        freeSeat.locator('[data-person="Mariana Ospina"]'),
        page.locator('[data-seat="Pasarela izquierda · B 5"]'),
      );
      await page.getByTestId("seating-conflict").filter({ hasText: "Alguien movió esto mientras tanto" }).waitFor();
      expect(await seatOf()).toEqual(["Pasarela izquierda · C 8"]);
      await page.locator('[data-seat="Pasarela izquierda · C 8"]').locator('[data-person="Mariana Ospina"]').waitFor();
      await s.screen("4-someone-moved");

      // Auto-seat everyone still without a seat.
      await page.getByTestId("auto-seat").click();
      await page.getByText(/personas? ubicadas?\./).waitFor();
      await page.getByText("Todos los confirmados tienen puesto.").waitFor();
      const { rows } = await db.owner.query(
        `select count(*)::int as n from app_public.guest_invitations i
          cross join lateral (values (false), (true)) p(plus_one)
          where i.event_id = $1 and i.status = 'accepted' and (not p.plus_one or i.plus_one_name is not null)
            and not exists (select 1 from app_public.seat_assignments a where a.invitation_id = i.id and a.plus_one = p.plus_one)`,
        [eventId],
      );
      expect(rows[0].n).toBe(0);
      await s.screen("5-auto-seated");
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});
