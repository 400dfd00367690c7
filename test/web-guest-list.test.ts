// The guest list beyond the first pass (issue 16 leftovers), in a real browser
// (Debian's Chromium through playwright-core) on the real server and this
// file's own demo-seeded database:
//  * phone (360×740): a producer adds one guest from the event's guest page
//    (a bad phone and an email another guest has are shown by their fields),
//    invites them at once, edits them, withdraws their consent (Ley 1581) and
//    erases them after a confirmation; their place goes to the waitlist;
//  * desktop (1280×800): an event with 1,000 accepted guests, seeded through
//    SQL: the list pages ("Cargar más"), searches on the server, exports all
//    1,000 to CSV; the seat editor draws all 1,040 seats and lists all 1,000
//    people, finds one by search, seats them by drag and drop, and auto-seats
//    everyone;
//  * the same event through the API: guestList and the editor's queries read
//    every invitation and seat page by page, each page within the cost limit;
//  * door staff opening the guest list or the seating chart land at the door.
// Screens are saved under test-results/screenshots/guest-list/; console
// errors, sideways scrolling and serious axe-core violations fail the test.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { buildDashboard, dragWithMouse, launchChromium, openScreen } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

const SUITE = "guest-list";
const SCREENS = join(PROJECT_ROOT, "test-results", "screenshots", SUITE);
const PRODUCER = "producer@bogota.fashionos.test";
const GUESTS = 1000;
const SEATS = 4 * 26 * 10;

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
/** Bogotá's show with a seating plan (the demo data gives it one). */
let smallEvent: string;
/** An event with 1,000 accepted guests and 1,040 seats. */
let bigEvent: string;
let bigLayout: string;

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  api = await startTestServer(db, {
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  browser = await launchChromium();
  const { rows } = await db.owner.query(
    `select e.id from app_public.events e join app_public.organizations o on o.id = e.organization_id
      where o.slug = 'moda-bogota' and e.venue_layout_id is not null order by e.starts_at limit 1`,
  );
  smallEvent = rows[0].id;

  // The large show: a new event of Moda Bogotá at the small show's venue, a
  // layout of four sections of 26 rows of 10 seats, and 1,000 guests who
  // accepted (the last, alphabetically and by tier, is Ximena Úrsula Zapata).
  const big = await db.owner.query(
    `insert into app_public.events (organization_id, venue_id, title, slug, starts_at, ends_at, status)
     select organization_id, venue_id, 'Gala de los mil', 'gala-de-los-mil', now() + interval '40 days',
            now() + interval '40 days 4 hours', 'published'
       from app_public.events where id = $1 returning id, venue_id`,
    [smallEvent],
  );
  bigEvent = big.rows[0].id;
  bigLayout = (
    await db.owner.query(
      "insert into app_public.venue_layouts (venue_id, name) values ($1, 'Gran salón') returning id",
      [big.rows[0].venue_id],
    )
  ).rows[0].id;
  await db.owner.query(
    `insert into app_public.seats (layout_id, section, row_label, row_index, seat_number, front_row)
     select $1, 'Sección ' || s, chr(64 + r), r, n, r = 1
       from generate_series(1, 4) s, generate_series(1, 26) r, generate_series(1, 10) n`,
    [bigLayout],
  );
  await db.owner.query("update app_public.events set venue_layout_id = $2 where id = $1", [bigEvent, bigLayout]);
  await db.owner.query(
    `with g as (
       insert into app_public.guests (organization_id, full_name, outlet, category, tier)
       select e.organization_id,
              case when n = $2 then 'Ximena Úrsula Zapata' else 'Invitado ' || lpad(n::text, 4, '0') end,
              'Medio ' || (n % 37), (array['press', 'buyer', 'stylist', 'vip'])[1 + n % 4],
              case when n = $2 then 'C' else (array['A', 'B', 'C'])[1 + n % 3] end
         from app_public.events e, generate_series(1, $2) n where e.id = $1
       returning id)
     insert into app_public.guest_invitations (event_id, guest_id, status, responded_at)
     select $1, g.id, 'accepted', now() from g`,
    [bigEvent, GUESTS],
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.drop();
});

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
}

async function guestByName(name: string) {
  const { rows } = await db.owner.query(
    `select g.id, g.tier, g.consent_granted_at, g.consent_source, g.consent_revoked_at, c.email, c.phone
       from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
      where g.full_name = $1`,
    [name],
  );
  return rows[0] ?? null;
}

describe("one guest at a time, on a phone", () => {
  it("adds a guest (errors by field), invites them, edits them, withdraws consent and erases them", {
    timeout: 120_000,
  }, async () => {
    const s = await openScreen(browser, { baseURL: api.url, suite: SUITE, width: 360, height: 740 });
    const { page } = s;
    try {
      // Full: one place, taken; someone waiting.
      await db.owner.query("update app_public.events set guest_capacity = null where id = $1", [smallEvent]);
      const taken = `tomado-${Date.now()}@example.com`;
      await db.owner.query(
        `with g as (insert into app_public.guests (organization_id, full_name)
                    select organization_id, 'Contacto Existente' from app_public.events where id = $1 returning id)
         insert into app_public.guest_contacts (guest_id, email) select id, $2 from g`,
        [smallEvent, taken],
      );
      await signIn(page, PRODUCER);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.goto(`/events/${smallEvent}/invitados`);
      await page.getByTestId("guest-report").waitFor();
      await page.getByTestId("add-guest").click();
      const form = page.getByTestId("guest-form");
      await form.getByLabel("Nombre completo").fill("Valentina Arango");
      await form.getByLabel("Medio o empresa").fill("ELLE Colombia");
      await form.getByLabel("Categoría").selectOption("press");
      await form.getByLabel("Nivel").selectOption("A");
      await form.getByLabel("Celular").fill("llámame");
      await form.getByLabel("Correo").fill(taken);
      await form.getByText("El invitado autorizó recibir comunicaciones").click();
      await form.getByTestId("save-guest").click();
      // Checked before sending: the phone, and consent without its source.
      await form.getByText("Teléfono: de 7 a 20 dígitos", { exact: false }).waitFor();
      await form.getByLabel("Celular").fill("+57 310 555 0199");
      await form.getByTestId("save-guest").click();
      await form.getByText("Este campo es obligatorio", { exact: false }).waitFor();
      await form.getByLabel("¿Cómo la dio?").fill("Formulario de acreditación");
      await form.getByTestId("save-guest").click();
      // Only the database knows the email is taken: shown by the email field.
      await form.getByText("Otro invitado de la lista ya tiene este correo.").waitFor();
      expect(await guestByName("Valentina Arango")).toBeNull();
      await s.check("1-add-errors");
      // The form alone (the README's picture of it), without the sticky header stitched over it.
      await page.addStyleTag({ content: "header { position: static !important; }" });
      await form.screenshot({ path: `${SCREENS}/360x740/guest-form.png`, animations: "disabled" });
      await form.getByLabel("Correo").fill("valentina.arango@example.com");
      await form.getByTestId("save-guest").click();
      await page.getByText("Invitado añadido e invitado al evento.").waitFor();
      const row = page.getByTestId("guest-row").filter({ hasText: "Valentina Arango" });
      await row.waitFor();
      const saved = await guestByName("Valentina Arango");
      expect(saved).toMatchObject({
        tier: "A",
        email: "valentina.arango@example.com",
        phone: "+57 310 555 0199",
        consent_source: "Formulario de acreditación",
        consent_revoked_at: null,
      });
      await s.check("2-added");

      // Edit: tier B; then withdraw consent.
      await row.getByTestId("edit-guest").click();
      const edit = page.getByTestId("guest-form");
      expect(await edit.getByLabel("Nombre completo").inputValue()).toBe("Valentina Arango");
      expect(await edit.getByLabel("Celular").inputValue()).toBe("+57 310 555 0199");
      await edit.getByTestId("consent-state").filter({ hasText: "Formulario de acreditación" }).waitFor();
      await edit.getByLabel("Nivel").selectOption("B");
      await edit.getByText("El invitado retiró su autorización").click();
      await s.check("3-edit");
      await edit.getByTestId("save-guest").click();
      await page.getByText("Cambios guardados.").waitFor();
      const edited = await guestByName("Valentina Arango");
      expect(edited.tier).toBe("B");
      expect(edited.consent_revoked_at).not.toBeNull();
      expect(edited.consent_source).toBe("Formulario de acreditación");

      // She accepted; the show is full and someone waits. Erasing her (after the
      // confirmation) gives her place to the waitlist.
      const invitation = (
        await db.owner.query("select id from app_public.guest_invitations where event_id = $1 and guest_id = $2", [
          smallEvent,
          edited.id,
        ])
      ).rows[0].id;
      await db.owner.query(
        "update app_public.guest_invitations set status = 'accepted', responded_at = now() where id = $1",
        [invitation],
      );
      const waiting = (
        await db.owner.query(
          `with g as (insert into app_public.guests (organization_id, full_name)
                      select organization_id, 'Persona en Espera' from app_public.events where id = $1 returning id)
           insert into app_public.guest_invitations (event_id, guest_id, status, responded_at)
           select $1, g.id, 'waitlist', now() from g returning id`,
          [smallEvent],
        )
      ).rows[0].id;
      const accepted = (
        await db.owner.query(
          `select coalesce(sum(app_public.guest_invitations_party_size(i)), 0)::int as n
             from app_public.guest_invitations i where i.event_id = $1 and i.status = 'accepted'`,
          [smallEvent],
        )
      ).rows[0].n;
      await db.owner.query("update app_public.events set guest_capacity = $2 where id = $1", [smallEvent, accepted]);
      await page.reload();
      const again = page.getByTestId("guest-row").filter({ hasText: "Valentina Arango" });
      await again.getByTestId("edit-guest").click();
      let asked = "";
      page.once("dialog", (dialog) => {
        asked = dialog.message();
        void dialog.accept();
      });
      await page.getByTestId("erase-guest").click();
      await page.getByText("Valentina Arango fue eliminado de la lista.").waitFor();
      expect(asked).toContain("lista de espera");
      expect(await guestByName("Valentina Arango")).toBeNull();
      const promoted = await db.owner.query("select status from app_public.guest_invitations where id = $1", [waiting]);
      expect(promoted.rows[0].status).toBe("accepted");
      await page.getByTestId("guest-row").filter({ hasText: "Valentina Arango" }).waitFor({ state: "detached" });
      expect(s.errors).toEqual([]);
    } finally {
      await db.owner.query("update app_public.events set guest_capacity = null where id = $1", [smallEvent]);
      await s.close();
    }
  });
});

describe("a show with 1,000 guests, on a desktop", () => {
  it("lists them page by page, searches on the server and exports all of them", { timeout: 180_000 }, async () => {
    const s = await openScreen(browser, { baseURL: api.url, suite: SUITE, width: 1280, height: 800 });
    const { page } = s;
    try {
      await signIn(page, PRODUCER);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.goto(`/events/${bigEvent}/invitados`);
      await page.getByRole("heading", { name: "Lista (1000)" }).waitFor();
      const rows = page.getByTestId("guest-row");
      await page.getByTestId("guest-count").filter({ hasText: "Se muestran 100 de 1.000." }).waitFor();
      expect(await rows.count()).toBe(100);
      await page.getByTestId("load-more").click();
      await page.getByTestId("guest-count").filter({ hasText: "Se muestran 200 de 1.000." }).waitFor();
      expect(await rows.count()).toBe(200);
      // Tier A first, by name.
      expect(await rows.first().textContent()).toContain("Invitado 0003");
      await s.check("4-big-list");

      // The last guest of the list, found by search (accents and case aside).
      await page.getByLabel("Buscar por nombre o medio").fill("ursula ZAPATA");
      await page.getByTestId("guest-search").click();
      await page.getByRole("heading", { name: "Lista (1)" }).waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain("Ximena Úrsula Zapata");
      await page.getByLabel("Buscar por nombre o medio").fill("");
      await page.getByTestId("guest-search").click();
      await page.getByRole("heading", { name: "Lista (1000)" }).waitFor();

      // The CSV holds all 1,000, not the pages on screen.
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Exportar CSV" }).click();
      const file = await (await download).path();
      const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
      const lines = text.split(/\r?\n/).filter(Boolean);
      expect(lines.length).toBe(GUESTS + 1);
      expect(text).toContain("Ximena Úrsula Zapata");
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("draws every seat and every person in the seat editor, seats one by drag and drop and the rest automatically", {
    timeout: 240_000,
  }, async () => {
    const s = await openScreen(browser, { baseURL: api.url, suite: SUITE, width: 1280, height: 800 });
    const { page } = s;
    try {
      await signIn(page, PRODUCER);
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      // A thousand draggable people and 1,040 seats: generous waits for a loaded CI machine.
      page.setDefaultTimeout(45_000);
      await page.goto(`/events/${bigEvent}/asientos`);
      await page.getByRole("heading", { name: "Sin puesto (1000)" }).waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("seat").count()).toBe(SEATS);
      expect(await page.getByTestId("unseated").getByTestId("person").count()).toBe(GUESTS);
      await page.getByLabel("Buscar persona").fill("úrsula");
      const ximena = page.getByTestId("unseated").locator('[data-person="Ximena Úrsula Zapata"]');
      await ximena.waitFor();
      expect(await page.getByTestId("unseated").getByTestId("person").count()).toBe(1);
      const seat = page.locator('[data-testid="seat"][data-seat="Sección 4 · Z 10"]');
      await dragWithMouse(page, ximena, seat);
      await seat.locator('[data-person="Ximena Úrsula Zapata"]').waitFor({ timeout: 30_000 });
      const { rows } = await db.owner.query(
        `select s.section || ' · ' || s.row_label || ' ' || s.seat_number as label
           from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
           join app_public.guest_invitations i on i.id = a.invitation_id
           join app_public.guests g on g.id = i.guest_id where g.full_name = 'Ximena Úrsula Zapata'`,
      );
      expect(rows.map((r) => r.label)).toEqual(["Sección 4 · Z 10"]);
      await page.getByLabel("Buscar persona").fill("");
      await page.getByRole("heading", { name: "Sin puesto (999)" }).waitFor({ timeout: 30_000 });
      await page.getByTestId("auto-seat").click();
      await page.getByText("999 personas ubicadas.").waitFor({ timeout: 60_000 });
      await page.getByText("Todos los confirmados tienen puesto.").waitFor({ timeout: 60_000 });
      const seated = await db.owner.query(
        "select count(*)::int as n from app_public.seat_assignments where event_id = $1",
        [bigEvent],
      );
      expect(seated.rows[0].n).toBe(GUESTS);
      expect(await page.locator('[data-testid="seat"].taken').count()).toBe(GUESTS);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe("a show with 1,000 guests, through the API", () => {
  it("reads every invitation and seat page by page, each page within the cost limit", async () => {
    const token = await api.login(PRODUCER, DEMO_PASSWORD);
    const read = async (name: string, variables: Record<string, unknown>, pick: (data: any) => any) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages += 1) {
        const { status, body } = await api.graphql(operation(name), { ...variables, after }, { token });
        expect(status, JSON.stringify(body.errors)).toBe(200);
        expect(body.errors).toBeUndefined();
        const connection = pick(body.data);
        ids.push(...connection.nodes.map((n: { rowId: string }) => n.rowId));
        if (!connection.pageInfo.hasNextPage) return { ids, total: connection.totalCount as number };
        after = connection.pageInfo.endCursor;
      }
      throw new Error("more than 50 pages");
    };
    const list = await read("GuestListPage", { eventId: bigEvent, first: 100 }, (d) => d.event.guestList);
    expect(list.total).toBe(GUESTS);
    expect(new Set(list.ids).size).toBe(GUESTS);
    const guests = await read("SeatingGuests", { eventId: bigEvent }, (d) => d.event.guestInvitations);
    expect(new Set(guests.ids).size).toBe(GUESTS);
    const seats = await read("SeatingSeats", { layoutId: bigLayout }, (d) => d.venueLayout.seats);
    expect(new Set(seats.ids).size).toBe(SEATS);
    const assignments = await read("SeatingAssignments", { eventId: bigEvent }, (d) => d.event.seatAssignments);
    expect(assignments.total).toBe(assignments.ids.length);
    // The list's order is the page order: tier, then name.
    const { rows } = await db.owner.query(
      `select i.id from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
        where i.event_id = $1 order by g.tier, lower(unaccent(g.full_name)), i.id`,
      [bigEvent],
    );
    expect(list.ids).toEqual(rows.map((r) => r.id));
    // Searching and filtering happen on the server, over every page.
    const found = await api.graphql(operation("GuestListPage"), { eventId: bigEvent, search: "ÚRSULA" }, { token });
    expect(found.body.data?.event.guestList.totalCount).toBe(1);
    const declined = await api.graphql(
      operation("GuestListPage"),
      { eventId: bigEvent, status: "declined" },
      { token },
    );
    expect(declined.body.data?.event.guestList.totalCount).toBe(0);
  });
});

describe("door staff", () => {
  it("never open the guest list or the seating chart: they land at the door", { timeout: 60_000 }, async () => {
    const email = "portero-invitados@bogota.fashionos.test";
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Pedro Portero', now()) returning id",
      [email],
    );
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf', 4)))",
      [rows[0].id, DEMO_PASSWORD],
    );
    await db.owner.query(
      `insert into app_public.memberships (organization_id, profile_id, role)
       select id, $1, 'door' from app_public.organizations where slug = 'moda-bogota'`,
      [rows[0].id],
    );
    const s = await openScreen(browser, { baseURL: api.url, suite: SUITE, width: 360, height: 740 });
    const { page } = s;
    try {
      await signIn(page, email);
      await page.getByRole("heading", { level: 1, name: "Control de acceso" }).waitFor();
      for (const path of [`/events/${smallEvent}/invitados`, `/events/${smallEvent}/asientos`, "/roster", "/ai"]) {
        await page.goto(path);
        await page.waitForURL("**/puerta");
        await page.getByRole("heading", { level: 1, name: "Control de acceso" }).waitFor();
      }
      // Their own pages still open.
      await page.goto("/equipo");
      await page.waitForURL("**/equipo");
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
