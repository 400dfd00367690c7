// Event → Comunicaciones in a real browser (issue 19's screen): the email drafts, the messages sent and
// their status, and the WhatsApp replies, on a phone and a desktop, in Spanish; nothing cut off sideways and
// no serious accessibility violation (axe-core), through the shared screen check. And the casting cards:
// each invitation's state by email and by WhatsApp (status, reason, when) and the model's SÍ/NO, for the
// casting staff who read the model's contact data, in Spanish and English; a producer sees the answer only.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { buildDashboard, launchChromium, openScreen } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { unique } from "./helpers/organizations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let browser: Browser;
let eventId: string;
let draftSubject: string;

beforeAll(async () => {
  buildDashboard();
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "100000" });
  browser = await launchChromium();
  // The demo data's draft of the Bogotá agency (one per organization).
  const { rows } = await db.owner.query(
    `select d.event_id, d.subject from app_public.email_drafts d
       join app_public.organizations o on o.id = d.organization_id
      where o.slug = 'moda-bogota' order by d.created_at limit 1`,
  );
  expect(rows.length, "the demo data has a draft for Moda Bogotá").toBe(1);
  eventId = rows[0].event_id;
  draftSubject = rows[0].subject;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.drop();
});

describe("Event → Comunicaciones", () => {
  for (const size of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`a producer at ${size.width}×${size.height} reads the drafts, the messages sent and the replies`, {
      timeout: 120_000,
    }, async () => {
      const screen = await openScreen(browser, { baseURL: api.url, suite: "communications", ...size });
      const { page } = screen;
      try {
        await page.goto("/");
        await page.getByLabel("Correo electrónico").fill("producer@bogota.fashionos.test");
        await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Entrar" }).click();
        await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
        await page.goto(`/events/${eventId}?tab=communications`);
        const section = page.getByTestId("communications");
        await section.getByRole("heading", { name: "Borradores de correo" }).waitFor();
        // The demo draft, open for editing: its subject in the form.
        const draft = section.getByTestId("email-draft").first();
        await draft.waitFor();
        await expect.poll(() => draft.getByLabel("Asunto").inputValue()).toBe(draftSubject);
        await section.getByRole("heading", { name: "Mensajes enviados" }).waitFor();
        await section.getByRole("heading", { name: "Respuestas por WhatsApp" }).waitFor();
        await screen.check("communications");
        expect(screen.errors).toEqual([]);
      } finally {
        await screen.close();
      }
    });
  }
});

/** Two models invited to the event: one answered SÍ on WhatsApp (her email delivered), one without WhatsApp opt-in. */
async function invitedModels(event: string) {
  const org = (await db.owner.query("select organization_id from app_public.events where id = $1", [event])).rows[0]
    .organization_id as string;
  const names = { answered: `Salomé Arango ${unique()}`, noWhatsApp: `Luciana Pardo ${unique()}` };
  const ids: Record<string, string> = {};
  for (const [key, name] of Object.entries(names)) {
    const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
    const talent = (
      await db.owner.query(
        `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
         values ($1, $2, 'women', now(), '{casting,contact}', 'signed_form') returning id`,
        [org, name],
      )
    ).rows[0].id;
    await db.owner.query(
      "insert into app_public.talent_contacts (talent_id, email, phone, whatsapp_opt_in) values ($1, $2, $3, $4)",
      [talent, `${key}-${unique()}@example.com`, digits, key === "answered"],
    );
    ids[key] = (
      await db.owner.query(
        "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'invited') returning id",
        [event, talent],
      )
    ).rows[0].id;
    if (key === "answered") {
      // The email was delivered (the provider's event); the WhatsApp invitation was answered "SÍ".
      await db.owner.query(
        `update app_public.outbound_messages set status = 'delivered', sent_at = now(), delivered_at = now()
          where cause_id = $1 and channel = 'email'`,
        [ids[key]],
      );
      await db.owner.query(
        "select app_private.apply_whatsapp_message($1, $2, 'phone-1', 'text', 'SÍ', null, null, now(), 'Salomé')",
        [`wamid.${unique()}`, `57${digits}`],
      );
    }
  }
  return names;
}

describe("Casting cards: each invitation's email and WhatsApp state", () => {
  for (const size of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`casting staff at ${size.width}×${size.height} see the state per channel, the reason and the SÍ; a producer only the answer`, {
      timeout: 120_000,
    }, async () => {
      const names = await invitedModels(eventId);
      for (const role of ["casting", "producer"] as const) {
        const screen = await openScreen(browser, { baseURL: api.url, suite: "casting-messages", ...size });
        const { page } = screen;
        try {
          await page.goto("/");
          await page.getByLabel("Correo electrónico").fill(`${role}@bogota.fashionos.test`);
          await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
          await page.getByRole("button", { name: "Entrar" }).click();
          await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
          await page.goto(`/events/${eventId}?tab=casting`);
          const answered = page.getByRole("article", { name: names.answered, exact: true });
          const noWhatsApp = page.getByRole("article", { name: names.noWhatsApp, exact: true });
          await answered.waitFor();
          await answered.getByText("Confirmada", { exact: true }).waitFor();
          const answer = answered.getByTestId("casting-whatsapp-answer");
          expect(await answer.textContent()).toBe("Respuesta por WhatsAppSÍ");
          if (role === "producer") {
            // Producers do not read the models' contact data: no message, no state (and no error).
            expect(await answered.getByTestId("casting-message-email").count()).toBe(0);
            expect(await answered.getByTestId("casting-message-whatsapp").count()).toBe(0);
            expect(await noWhatsApp.getByTestId("casting-messages").count()).toBe(0);
            expect(screen.errors).toEqual([]);
            continue;
          }
          const email = answered.getByTestId("casting-message-email");
          expect(await email.textContent()).toMatch(/^✉️ CorreoEntregado\S/);
          await email.locator("time").waitFor();
          expect(await answered.getByTestId("casting-message-whatsapp").textContent()).toMatch(/^💬 WhatsAppEn cola\S/);
          const refused = noWhatsApp.getByTestId("casting-message-whatsapp");
          expect(await refused.textContent()).toMatch(/^💬 WhatsAppNo enviadosin autorización para este canal\S/);
          expect(await noWhatsApp.getByTestId("casting-whatsapp-answer").count()).toBe(0);
          await screen.check("casting-messages");

          // The same card in English.
          await page.getByRole("button", { name: "English" }).click();
          await answered.getByText("WhatsApp answer", { exact: true }).waitFor();
          expect(await answered.getByTestId("casting-message-email").textContent()).toMatch(/^✉️ EmailDelivered/);
          expect(await refused.textContent()).toMatch(/^💬 WhatsAppNot sent/);
          expect(await answer.textContent()).toBe("WhatsApp answerYES");
          await page.getByRole("button", { name: "Español" }).click();
          await answered.getByText("Respuesta por WhatsApp", { exact: true }).waitFor();
          expect(screen.errors).toEqual([]);
        } finally {
          await screen.close();
        }
      }
    });
  }
});

describe("Mensajes (every WhatsApp message of the organization)", () => {
  it("a vendor's message shows the vendor's name and links to the vendor", {
    timeout: 120_000,
  }, async () => {
    const org = (await db.owner.query("select organization_id from app_public.events where id = $1", [eventId])).rows[0]
      .organization_id as string;
    const digits = `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
    const vendorName = `Luces Andinas ${unique()}`;
    const vendor = (
      await db.owner.query(
        `insert into app_public.vendors (organization_id, name, category, city, contact_name, contact_phone)
         values ($1, $2, 'lighting', 'Bogotá', 'Jorge Luz', $3) returning id`,
        [org, vendorName, `+57 ${digits}`],
      )
    ).rows[0].id as string;
    // The message as the webhook applies it (the routing itself: api-whatsapp-parties.test.ts).
    const text = `Llegamos a las 2 p. m. con las luces ${unique()}`;
    await db.owner.query(
      "select app_private.apply_whatsapp_message($1, $2, '123', 'text', $3, null, null, now(), 'Jorge')",
      [`wamid.${unique()}`, `57${digits}`, text],
    );
    const screen = await openScreen(browser, { baseURL: api.url, suite: "communications", width: 360, height: 740 });
    const { page } = screen;
    try {
      await page.goto("/");
      await page.getByLabel("Correo electrónico").fill("producer@bogota.fashionos.test");
      await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Entrar" }).click();
      await page.getByRole("heading", { level: 1, name: "Eventos" }).waitFor();
      await page.getByRole("link", { name: "Mensajes" }).click();
      await page.getByRole("heading", { level: 1, name: "Mensajes" }).waitFor();
      const message = page.getByTestId("inbox-message").filter({ hasText: text });
      await message.waitFor();
      const party = message.getByTestId("inbox-party");
      expect(await party.getAttribute("data-kind")).toBe("vendor");
      expect(await party.textContent()).toBe(`${vendorName} · Jorge Luz`);
      expect(await message.textContent()).toContain("Proveedor");
      expect(await message.textContent()).not.toContain(digits.slice(0, 6));
      await screen.check("messages");
      await party.click();
      await page.waitForURL(`**/proveedores#vendor-${vendor}`);
      await page.locator(`#vendor-${vendor}`).waitFor();
      expect(await page.locator(`#vendor-${vendor}`).textContent()).toBe(vendorName);
      expect(screen.errors).toEqual([]);
    } finally {
      await screen.close();
    }
  });
});
