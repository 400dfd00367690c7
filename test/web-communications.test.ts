// Event → Comunicaciones in a real browser (issue 19's screen): the email drafts, the messages sent and
// their status, and the WhatsApp replies, on a phone and a desktop, in Spanish; nothing cut off sideways and
// no serious accessibility violation (axe-core), through the shared screen check.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { buildDashboard, launchChromium, openScreen } from "./helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
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
