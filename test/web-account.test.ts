// The account-email links in a real browser (Debian's Chromium through
// playwright-core): the real server, the real worker mailing through a local
// SMTP server, and the dashboard pages the links open. A person registers,
// opens the registration link, types the password they chose and is signed in
// with the account created (in es-CO, and in English through the sign-up form,
// the link opened on another device); an account whose address is unverified asks for a
// new link from its banner and confirms it; an invited person opens the
// invitation link, registers there, confirms and joins the organization. Any
// console error fails the test.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { buildDashboard, launchChromium, openScreen } from "./helpers/browser.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import type { TestServer } from "./helpers/server.ts";
import { linkIn, type TestSmtp } from "./helpers/smtp.ts";

const PASSWORD = "long-enough-password";

let stack: MailStack;
let db: TestDatabase;
let api: TestServer;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  buildDashboard();
  browser = await launchChromium();
  stack = await startMailStack({ RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "100000" });
  ({ db, smtp, server: api } = stack);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

const openPage = (locale = "es-CO") =>
  openScreen(browser, { baseURL: api.url, suite: "account", width: 360, height: 740, locale });

async function signInOnPage(page: Page, email: string, password: string) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
}

async function register(email: string, fullName: string) {
  const { body } = await api.graphql(operation("Register"), { email, password: PASSWORD, fullName });
  expect(body).toEqual({ data: { register: { result: true } } });
}

describe("account email links in the dashboard", () => {
  it("the registration link asks for the password chosen, then the account exists, verified, and the person is in", async () => {
    const email = uniqueEmail("navegador");
    await register(email, "Valentina Navegador");
    const link = linkIn(await smtp.next(email), "/confirmar-cuenta");

    const { page, errors, close } = await openPage();
    try {
      await page.goto(link.href);
      await page.getByTestId("confirm-registration").waitFor();
      // Not the password chosen: refused, nothing made.
      await page.locator("#password").fill("not the chosen password");
      await page.getByRole("button", { name: "Confirmar y entrar" }).click();
      await page.getByText("Esa no es la contraseña que elegiste al registrarte con este enlace.").waitFor();
      await page.locator("#password").fill(PASSWORD);
      await page.getByRole("button", { name: "Confirmar y entrar" }).click();
      await page.waitForURL(/\/events$/);
      await page.getByText("Listo: tu cuenta quedó creada y tu correo confirmado.").waitFor();
      // Verified from the start: no "confirm your email" banner.
      await expect.poll(() => page.getByTestId("unverified-banner").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const { rows } = await db.owner.query("select email_verified_at from app_public.profiles where email = $1", [
      email,
    ]);
    expect(rows[0].email_verified_at).toBeInstanceOf(Date);
  });

  it("in English: the sign-up form, an English mail, its link opened on another device in English, signed in", async () => {
    const email = uniqueEmail("english");
    const first = await openPage("en-US");
    try {
      await first.page.goto(api.url);
      await first.page.getByRole("button", { name: "English" }).click();
      await first.page.getByTestId("toggle-register").click();
      await first.page.getByLabel("Full name").fill("Emma Browser");
      await first.page.getByLabel("Email").fill(email);
      await first.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await first.page.getByRole("button", { name: "Create account" }).click();
      await expect
        .poll(() => first.page.getByTestId("register-sent").textContent())
        .toContain(`Check your email (${email})`);
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Confirm your FashionOS account");
    const link = linkIn(mail, "/confirmar-cuenta");
    expect(link.searchParams.get("lang")).toBe("en");

    // Another device, nothing remembered, a Spanish browser: the link's language wins.
    const { page, errors, close } = await openPage("es-CO");
    try {
      await page.goto(link.href);
      await page.getByRole("heading", { name: "Confirm your account" }).waitFor();
      await page.locator("#password").fill("not the chosen password");
      await page.getByRole("button", { name: "Confirm and sign in" }).click();
      await page.getByText("That is not the password you chose when registering with this link.").waitFor();
      await page.locator("#password").fill(PASSWORD);
      await page.getByRole("button", { name: "Confirm and sign in" }).click();
      await page.waitForURL(/\/events$/);
      await page.getByText("Done: your account is created and your email confirmed.").waitFor();
      await expect.poll(() => page.getByTestId("unverified-banner").count()).toBe(0);
      // Followed again: used once.
      await page.goto(link.href);
      await page.locator("#password").fill(PASSWORD);
      await page.getByRole("button", { name: "Confirm and sign in" }).click();
      await page.getByText("This link is not valid, was already used or has expired.", { exact: false }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const { rows } = await db.owner.query(
      "select full_name, locale, email_verified_at is not null as verified from app_public.profiles where email = $1",
      [email],
    );
    expect(rows).toEqual([{ full_name: "Emma Browser", locale: "en", verified: true }]);
  });

  it("an account whose address is unverified sees the banner; its resend button mails a link that confirms it", async () => {
    const email = uniqueEmail("pendiente");
    // An account from before pending registrations (or an identity provider's, unverified).
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name) values ($1, 'Pendiente') returning id",
      [email],
    );
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf')))",
      [rows[0].id, PASSWORD],
    );
    const { page, errors, close } = await openPage();
    try {
      await page.goto(api.url);
      await signInOnPage(page, email, PASSWORD);
      await page.getByTestId("unverified-banner").waitFor();
      await page.getByTestId("unverified-banner").getByTestId("resend-verification").click();
      await page.getByText("Te enviamos un enlace nuevo. Revisa tu correo.").waitFor();
      const link = linkIn(await smtp.next(email), "/verificar-correo");
      expect(link.searchParams.get("token")).toMatch(/^[0-9a-f]{64}$/);
      await page.goto(link.href);
      await page.getByText(`Listo: ${email} quedó confirmado.`).waitFor();
      await expect.poll(() => page.getByTestId("unverified-banner").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the invitation link, opened signed out with no account: register there, confirm by mail, back to the invitation, join", async () => {
    const owner = DEMO_ACCOUNTS.find((a) => a.organizationSlug === "moda-bogota" && a.role === "owner");
    if (!owner) throw new Error("no demo owner");
    const ownerToken = await api.login(owner.email, DEMO_PASSWORD);
    const org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
    const email = uniqueEmail("invitada-web");
    const invited = await api.graphql(
      `mutation($org: UUID!, $email: String!) { inviteToOrganization(input: { organizationId: $org, email: $email, role: "casting" }) { result } }`,
      { org, email },
      { token: ownerToken },
    );
    expect(invited.body.errors).toBeUndefined();
    const invitationLink = linkIn(await smtp.next(email), "/invitacion");

    const { page, errors, close } = await openPage();
    try {
      // Signed out, with no account yet: the page says what to do; the person creates the account there.
      await page.goto(invitationLink.href);
      await expect
        .poll(() => page.getByTestId("login-notice").textContent())
        .toContain("Inicia sesión con el correo al que llegó la invitación");
      await page.getByTestId("toggle-register").click();
      await page.getByLabel("Nombre completo").fill("Invitada Web");
      await page.getByLabel("Correo electrónico").fill(email);
      await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Crear cuenta" }).click();
      await expect.poll(() => page.getByTestId("register-sent").textContent()).toContain(email);

      // The registration mail's link, with the password just chosen: the account exists, signed in,
      // and the dashboard goes back to the invitation by itself.
      await page.goto(linkIn(await smtp.next(email), "/confirmar-cuenta").href);
      await page.locator("#password").fill(PASSWORD);
      await page.getByRole("button", { name: "Confirmar y entrar" }).click();
      await page.waitForURL((url) => url.pathname === "/invitacion" && url.search === invitationLink.search);
      await page.getByTestId("accept-invitation").waitFor();
      await page.getByRole("button", { name: "Aceptar la invitación" }).click();
      await page.waitForURL(/\/events$/);
      await page.getByText("Ya eres parte de Moda Bogotá Producciones.").waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const { rows } = await db.owner.query(
      `select m.role from app_public.memberships m join app_public.profiles p on p.id = m.profile_id
        where p.email = $1 and m.organization_id = $2`,
      [email, org],
    );
    expect(rows).toEqual([{ role: "casting" }]);
  });
});
