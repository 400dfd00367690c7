// The account emails, in es-CO (default) and English: a plain-text part and an
// HTML part rendered with MJML. Every value from the database is escaped
// before it reaches the markup.
import mjml2html from "mjml";
import { z } from "zod";
import { PUBLIC_PAGES } from "../../shared/links.ts";

export const LOCALES = ["es-CO", "en"] as const;
export type Locale = (typeof LOCALES)[number];

// The database validated the address already; this only refuses what could not be one.
const ADDRESS = z
  .string()
  .max(320)
  .regex(/^[^@\s]+@[^@\s]+$/);
const ROLE = z.enum(["owner", "admin", "producer", "casting", "viewer", "door"]);

/**
 * An account mail's data: an outbox message's variables with its address,
 * locale and one-time token (tasks/outbox/account.ts; enqueued by
 * app_private.enqueue_account_email), or the payload of a send_account_email
 * job a previous version queued (`notBefore` was its pace slot).
 */
const paced = { notBefore: z.string().optional() };
export const accountEmailSchema = z.discriminatedUnion("kind", [
  // A pending registration's link (app_public.register): with the password
  // chosen when registering, it creates the account.
  z.object({
    kind: z.literal("confirm_registration"),
    to: ADDRESS,
    locale: z.enum(LOCALES).catch("es-CO"),
    token: z.string().regex(/^[0-9a-f]{64}$/),
    expiresAt: z.string(),
    ...paced,
  }),
  // A signed-in account's address to verify (resend_email_verification).
  z.object({
    kind: z.literal("verify_email"),
    to: ADDRESS,
    locale: z.enum(LOCALES).catch("es-CO"),
    token: z.string().regex(/^[0-9a-f]{64}$/),
    expiresAt: z.string(),
    ...paced,
  }),
  z.object({
    kind: z.literal("account_exists"),
    to: ADDRESS,
    locale: z.enum(LOCALES).catch("es-CO"),
    name: z.string().max(200),
    viaIdentityProvider: z.boolean(),
    ...paced,
  }),
  z.object({
    kind: z.literal("invitation"),
    to: ADDRESS,
    locale: z.enum(LOCALES).catch("es-CO"),
    token: z.string().regex(/^[0-9a-f]{48}$/),
    organizationName: z.string().max(200),
    inviterName: z.string().max(200).nullable(),
    inviterEmail: ADDRESS.nullable().optional(),
    role: ROLE,
    expiresAt: z.string(),
    ...paced,
  }),
  z.discriminatedUnion("viaIdentityProvider", [
    z.object({
      kind: z.literal("password_reset"),
      to: ADDRESS,
      locale: z.enum(LOCALES).catch("es-CO"),
      name: z.string().max(200),
      viaIdentityProvider: z.literal(false),
      token: z.string().regex(/^[0-9a-f]{64}$/),
      expiresAt: z.string(),
      ...paced,
    }),
    z.object({
      kind: z.literal("password_reset"),
      to: ADDRESS,
      locale: z.enum(LOCALES).catch("es-CO"),
      name: z.string().max(200),
      viaIdentityProvider: z.literal(true),
      ...paced,
    }),
  ]),
]);
export type AccountEmail = z.infer<typeof accountEmailSchema>;

export interface RenderedEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the person has to follow, when there is one (also logged by the development fallback). */
  link: string | null;
}

/** Dashboard paths the links open (web/src/App.tsx routes them). */

const ROLE_NAMES: Record<Locale, Record<z.infer<typeof ROLE>, string>> = {
  "es-CO": {
    owner: "propietario",
    admin: "administrador",
    producer: "productor",
    casting: "casting",
    viewer: "lector",
    door: "control de acceso",
  },
  en: {
    owner: "owner",
    admin: "admin",
    producer: "producer",
    casting: "casting",
    viewer: "viewer",
    door: "door staff",
  },
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/** A date and time in Bogotá, as people there read it. */
export function when(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Bogota",
  }).format(date);
}

interface Content {
  subject: string;
  /** Paragraphs of plain text (no markup). */
  paragraphs: string[];
  button: { label: string; href: string } | null;
  footer: string;
}

function content(mail: AccountEmail, appUrl: string): Content {
  const es = mail.locale === "es-CO";
  // English mails open the dashboard in English, on any device (web/src/i18n: ?lang=).
  const lang = es ? "" : "&lang=en";
  switch (mail.kind) {
    // No name in these two: it is whatever the registrant typed, and the
    // mail goes to an address they may not own (attack-report M2).
    case "confirm_registration": {
      const href = `${appUrl}${PUBLIC_PAGES.confirmRegistration}?token=${mail.token}${lang}`;
      const expires = when(mail.expiresAt, mail.locale);
      return es
        ? {
            subject: "Confirma tu cuenta de FashionOS",
            paragraphs: [
              "Hola:",
              "Alguien (quizá tú) pidió crear una cuenta de FashionOS con este correo. Para crearla, abre el enlace y escribe la contraseña que elegiste al registrarte.",
              `El enlace sirve una sola vez y vence el ${expires} (hora de Bogotá).`,
            ],
            button: { label: "Confirmar mi cuenta", href },
            footer:
              "¿No fuiste tú? Ignora este mensaje: sin la contraseña elegida nadie puede crear la cuenta, y ninguna cuenta tuya cambió.",
          }
        : {
            subject: "Confirm your FashionOS account",
            paragraphs: [
              "Hello,",
              "Someone (perhaps you) asked to create a FashionOS account with this email address. To create it, open the link and enter the password you chose when registering.",
              `The link works once and expires on ${expires} (Bogotá time).`,
            ],
            button: { label: "Confirm my account", href },
            footer:
              "Not you? Ignore this message: without the chosen password nobody can create the account, and no account of yours changed.",
          };
    }
    case "verify_email": {
      const href = `${appUrl}${PUBLIC_PAGES.verifyEmail}?token=${mail.token}${lang}`;
      const expires = when(mail.expiresAt, mail.locale);
      return es
        ? {
            subject: "Confirma tu correo en FashionOS",
            paragraphs: [
              "Hola:",
              "Para confirmar que este correo es tuyo, abre el enlace e inicia sesión en tu cuenta de FashionOS si te lo pide. Hasta entonces no podrás crear organizaciones ni aceptar invitaciones.",
              `El enlace sirve una sola vez y vence el ${expires} (hora de Bogotá).`,
            ],
            button: { label: "Confirmar mi correo", href },
            footer:
              "¿No tienes una cuenta en FashionOS? Ignora este mensaje: sin la contraseña de la cuenta nadie puede confirmarla.",
          }
        : {
            subject: "Confirm your email on FashionOS",
            paragraphs: [
              "Hello,",
              "To confirm that this email address is yours, open the link and sign in to your FashionOS account if asked. Until then you cannot create organizations or accept invitations.",
              `The link works once and expires on ${expires} (Bogotá time).`,
            ],
            button: { label: "Confirm my email", href },
            footer: "No FashionOS account? Ignore this message: without the account's password nobody can confirm it.",
          };
    }
    case "account_exists": {
      const href = es ? `${appUrl}/` : `${appUrl}/?lang=en`;
      return es
        ? {
            subject: "Alguien intentó registrarse con tu correo en FashionOS",
            paragraphs: [
              `Hola, ${mail.name}:`,
              "Alguien (quizá tú) intentó crear una cuenta de FashionOS con este correo, pero ya tienes una. No cambiamos nada en tu cuenta.",
              mail.viaIdentityProvider
                ? "Si fuiste tú, inicia sesión como lo haces siempre, con tu proveedor de identidad."
                : "Si fuiste tú, inicia sesión con tu correo y tu contraseña.",
            ],
            button: { label: "Ir a FashionOS", href },
            footer: "Si no fuiste tú, no tienes que hacer nada.",
          }
        : {
            subject: "Someone tried to register with your email on FashionOS",
            paragraphs: [
              `Hi ${mail.name},`,
              "Someone (perhaps you) tried to create a FashionOS account with this email address, but you already have one. Nothing in your account changed.",
              mail.viaIdentityProvider
                ? "If it was you, sign in as you always do, with your identity provider."
                : "If it was you, sign in with your email and password.",
            ],
            button: { label: "Go to FashionOS", href },
            footer: "If it was not you, there is nothing you need to do.",
          };
    }
    case "invitation": {
      // The organization's name and the inviter's name are whatever the
      // inviter typed: never in the subject or the first lines, only quoted
      // and labelled as theirs (attack-report M2). The inviter's address is
      // verified (only verified accounts create organizations or join them).
      const href = `${appUrl}${PUBLIC_PAGES.acceptInvitation}?token=${mail.token}${lang}`;
      const expires = when(mail.expiresAt, mail.locale);
      const role = ROLE_NAMES[mail.locale][mail.role];
      const inviter = [
        mail.inviterName ? `«${mail.inviterName}»` : null,
        mail.inviterEmail ? `<${mail.inviterEmail}>` : null,
      ]
        .filter(Boolean)
        .join(" ");
      return es
        ? {
            subject: "Tienes una invitación a una organización en FashionOS",
            paragraphs: [
              "Hola:",
              `Te invitaron a unirte a una organización en FashionOS con el rol de ${role}.`,
              `Lo que escribió quien te invita (FashionOS no lo verificó): organización «${mail.organizationName}»; enviada por ${inviter || "una cuenta de FashionOS"}.`,
              `Para aceptar, abre el enlace e inicia sesión (o crea tu cuenta y confírmala) con este mismo correo, ${mail.to}. La invitación sirve una sola vez y vence el ${expires} (hora de Bogotá).`,
            ],
            button: { label: "Ver la invitación", href },
            footer:
              "Si no esperabas esta invitación, ignórala. FashionOS nunca te pide pagos ni datos bancarios por correo.",
          }
        : {
            subject: "You have an invitation to an organization on FashionOS",
            paragraphs: [
              "Hello,",
              `You were invited to join an organization on FashionOS as ${role}.`,
              `What the inviter wrote (not verified by FashionOS): organization «${mail.organizationName}»; sent by ${inviter || "a FashionOS account"}.`,
              `To accept, open the link and sign in (or create your account and confirm it) with this same email address, ${mail.to}. The invitation works once and expires on ${expires} (Bogotá time).`,
            ],
            button: { label: "See the invitation", href },
            footer:
              "If you did not expect this invitation, ignore it. FashionOS never asks you for payments or bank details by email.",
          };
    }
    case "password_reset": {
      if (mail.viaIdentityProvider) {
        return es
          ? {
              subject: "Tu cuenta de FashionOS no usa contraseña",
              paragraphs: [
                `Hola, ${mail.name}:`,
                "Alguien (quizá tú) pidió restablecer la contraseña de tu cuenta de FashionOS. Tu cuenta entra con tu proveedor de identidad, así que no tiene una contraseña que restablecer.",
                "Inicia sesión como lo haces siempre, con tu proveedor de identidad.",
              ],
              button: { label: "Ir a FashionOS", href: `${appUrl}/` },
              footer: "Si no fuiste tú, no tienes que hacer nada: no cambiamos nada en tu cuenta.",
            }
          : {
              subject: "Your FashionOS account has no password",
              paragraphs: [
                `Hi ${mail.name},`,
                "Someone (perhaps you) asked to reset the password of your FashionOS account. Your account signs in through your identity provider, so it has no password to reset.",
                "Sign in as you always do, with your identity provider.",
              ],
              button: { label: "Go to FashionOS", href: `${appUrl}/` },
              footer: "If it was not you, there is nothing you need to do: nothing in your account changed.",
            };
      }
      const href = `${appUrl}${PUBLIC_PAGES.resetPassword}?token=${mail.token}`;
      const expires = when(mail.expiresAt, mail.locale);
      return es
        ? {
            subject: "Restablece tu contraseña de FashionOS",
            paragraphs: [
              `Hola, ${mail.name}:`,
              "Alguien (quizá tú) pidió restablecer la contraseña de tu cuenta de FashionOS. Abre el enlace y elige una contraseña nueva; al guardarla cerraremos la sesión en todos tus dispositivos.",
              `El enlace sirve una sola vez y vence el ${expires} (hora de Bogotá).`,
            ],
            button: { label: "Elegir una contraseña nueva", href },
            footer: "Si no fuiste tú, ignora este mensaje: tu contraseña no cambia mientras nadie abra el enlace.",
          }
        : {
            subject: "Reset your FashionOS password",
            paragraphs: [
              `Hi ${mail.name},`,
              "Someone (perhaps you) asked to reset the password of your FashionOS account. Open the link and choose a new password; saving it signs you out on every device.",
              `The link works once and expires on ${expires} (Bogotá time).`,
            ],
            button: { label: "Choose a new password", href },
            footer:
              "If it was not you, ignore this message: your password does not change unless someone opens the link.",
          };
    }
  }
}

async function html(c: Content, locale: Locale): Promise<string> {
  const text = (value: string, attributes = "") =>
    `<mj-text font-size="16px" line-height="24px" color="#1f1a17"${attributes}>${escapeHtml(value)}</mj-text>`;
  const markup = `<mjml lang="${locale === "es-CO" ? "es" : "en"}">
  <mj-head>
    <mj-title>${escapeHtml(c.subject)}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f6f3ef">
    <mj-section padding="24px 0 8px"><mj-column>
      <mj-text font-size="20px" font-weight="bold" color="#1f1a17">FashionOS</mj-text>
    </mj-column></mj-section>
    <mj-section background-color="#ffffff" padding="16px" border-radius="12px"><mj-column>
      ${c.paragraphs.map((p) => text(p)).join("\n      ")}
      ${
        c.button
          ? `<mj-button href="${escapeHtml(c.button.href)}" background-color="#1f1a17" color="#ffffff" border-radius="8px" font-size="16px">${escapeHtml(c.button.label)}</mj-button>
      ${text(c.button.href, ' font-size="13px" color="#6b625c"')}`
          : ""
      }
    </mj-column></mj-section>
    <mj-section><mj-column>${text(c.footer, ' font-size="13px" color="#6b625c"')}</mj-column></mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(markup, { validationLevel: "strict" });
  return result.html;
}

/** The mail for a job payload, with links into the dashboard at appUrl. */
export async function renderAccountEmail(mail: AccountEmail, appUrl: string): Promise<RenderedEmail> {
  const c = content(mail, appUrl);
  const lines = [...c.paragraphs];
  if (c.button) lines.push(`${c.button.label}: ${c.button.href}`);
  lines.push(c.footer, "— FashionOS");
  return {
    to: mail.to,
    subject: c.subject,
    text: `${lines.join("\n\n")}\n`,
    html: await html(c, mail.locale),
    link: c.button?.href ?? null,
  };
}
