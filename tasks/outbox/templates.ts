// The outbox's message templates, es-CO (default) and English, usable without
// any model: each takes its variables (validated with zod) and gives a
// structured email — subject, preheader, sections — that buildEmailHtml turns
// into HTML with MJML. The Email Generation agent produces the same structure
// (never HTML), so a producer's approved draft is built by the same code.
// Every value is escaped before it reaches the markup; every message ends
// with how to stop receiving them (Ley 1581 de 2012).
import mjml2html from "mjml";
import { z } from "zod";
import { PUBLIC_PAGES } from "../../shared/links.ts";
import { formatCop } from "../mail/booking-email.ts";
import { escapeHtml } from "../mail/templates.ts";

export type Locale = "es-CO" | "en";

/** One block of an email: an optional heading, paragraphs, an optional button. */
export const emailSectionSchema = z.object({
  heading: z.string().trim().min(1).max(200).optional(),
  paragraphs: z.array(z.string().trim().min(1).max(2000)).min(1).max(8),
  button: z
    .object({
      label: z.string().trim().min(1).max(80),
      href: z.url({ protocol: /^https?$/ }).max(2048),
    })
    .optional(),
});
export type EmailSection = z.infer<typeof emailSectionSchema>;

/** A structured email: what templates and the Email Generation agent produce. */
export const emailContentSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  preheader: z.string().trim().max(200),
  sections: z.array(emailSectionSchema).min(1).max(8),
});
export type EmailContent = z.infer<typeof emailContentSchema>;

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

function when(iso: string, timeZone: string, locale: Locale): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "America/Bogota",
    }).format(date);
  }
}

const eventVariables = {
  eventTitle: z.string().max(200),
  startsAt: z.string(),
  timeZone: z.string().max(64).default("America/Bogota"),
  venue: z.string().max(300).nullish(),
  organizationName: z.string().max(200),
  name: z.string().max(200),
};

/** Every template: its variables and its content. */
export const TEMPLATES = {
  casting_invitation: {
    variables: z.object({ ...eventVariables, link: z.url().nullish() }),
    content: (v, locale): EmailContent => {
      const at = when(v.startsAt, v.timeZone, locale);
      const es = locale === "es-CO";
      return {
        subject: es ? `Invitación al casting: ${v.eventTitle}` : `Casting invitation: ${v.eventTitle}`,
        preheader: es ? `${v.organizationName} te invita a desfilar` : `${v.organizationName} invites you to walk`,
        sections: [
          {
            paragraphs: es
              ? [
                  `Hola, ${v.name}:`,
                  `${v.organizationName} te invita a desfilar en ${v.eventTitle}, el ${at}${v.venue ? ` en ${v.venue}` : ""}.`,
                  "Responde a este mensaje para confirmar o declinar.",
                ]
              : [
                  `Hi ${v.name},`,
                  `${v.organizationName} invites you to walk at ${v.eventTitle}, on ${at}${v.venue ? ` at ${v.venue}` : ""}.`,
                  "Reply to this message to confirm or decline.",
                ],
            ...(v.link ? { button: { label: es ? "Ver el evento" : "See the event", href: v.link } } : {}),
          },
        ],
      };
    },
  },
  casting_confirmed: {
    variables: z.object(eventVariables),
    content: (v, locale): EmailContent => {
      const at = when(v.startsAt, v.timeZone, locale);
      const es = locale === "es-CO";
      return {
        subject: es ? `Confirmado: ${v.eventTitle}` : `Confirmed: ${v.eventTitle}`,
        preheader: es ? "Tu participación quedó confirmada" : "Your booking is confirmed",
        sections: [
          {
            paragraphs: es
              ? [
                  `Hola, ${v.name}:`,
                  `Quedaste confirmada/o para ${v.eventTitle}, el ${at}${v.venue ? ` en ${v.venue}` : ""}.`,
                  "Te enviaremos la hoja de llamado con la hora de llegada.",
                ]
              : [
                  `Hi ${v.name},`,
                  `You are confirmed for ${v.eventTitle}, on ${at}${v.venue ? ` at ${v.venue}` : ""}.`,
                  "We will send the call sheet with your call time.",
                ],
          },
        ],
      };
    },
  },
  rsvp_accepted: {
    variables: z.object({ ...eventVariables, plusOne: z.string().max(200).nullish() }),
    content: (v, locale): EmailContent => {
      const at = when(v.startsAt, v.timeZone, locale);
      const es = locale === "es-CO";
      return {
        subject: es ? `Te esperamos en ${v.eventTitle}` : `See you at ${v.eventTitle}`,
        preheader: es ? "Tu asistencia quedó confirmada" : "Your RSVP is confirmed",
        sections: [
          {
            paragraphs: es
              ? [
                  `Hola, ${v.name}:`,
                  `Confirmaste tu asistencia a ${v.eventTitle}, el ${at}${v.venue ? ` en ${v.venue}` : ""}${v.plusOne ? `, con ${v.plusOne}` : ""}.`,
                  "Presenta tu código en la puerta.",
                ]
              : [
                  `Hi ${v.name},`,
                  `You confirmed you are coming to ${v.eventTitle}, on ${at}${v.venue ? ` at ${v.venue}` : ""}${v.plusOne ? `, with ${v.plusOne}` : ""}.`,
                  "Show your code at the door.",
                ],
          },
        ],
      };
    },
  },
  /**
   * A guest's invitation to a show with their own RSVP link
   * (app_public.send_guest_invitations): the event, its date and time in the
   * event's zone (America/Bogota by default), the venue, the +1 allowance and
   * <APP_URL>/rsvp/<token>. The link is built from the worker's APP_URL (the
   * context), never stored whole.
   */
  guest_invitation: {
    variables: z.object({
      ...eventVariables,
      venueAddress: z.string().max(400).nullish(),
      plusOneAllowed: z.boolean().default(false),
      rsvpClosesAt: z.string().nullish(),
      rsvpToken: z.string().regex(/^[0-9A-Z]{32}$/),
    }),
    content: (v, locale, context): EmailContent => {
      const es = locale === "es-CO";
      const at = when(v.startsAt, v.timeZone, locale);
      const closes = v.rsvpClosesAt ? when(v.rsvpClosesAt, v.timeZone, locale) : null;
      const where = v.venue ? `${v.venue}${v.venueAddress ? ` (${v.venueAddress})` : ""}` : null;
      const link = rsvpUrl(context, v.rsvpToken);
      return {
        subject: es ? `Invitación: ${v.eventTitle}` : `Invitation: ${v.eventTitle}`,
        preheader: es ? `${v.organizationName} te invita · ${at}` : `${v.organizationName} invites you · ${at}`,
        sections: [
          {
            paragraphs: es
              ? [
                  `Hola, ${v.name}:`,
                  `${v.organizationName} te invita a ${v.eventTitle}.`,
                  `Cuándo: ${at}.`,
                  `Dónde: ${where ?? "lugar por confirmar"}.`,
                  v.plusOneAllowed
                    ? "Puedes venir con un acompañante (+1)."
                    : "La invitación es personal (sin acompañante).",
                  `Confirma o declina tu asistencia${closes ? ` antes del ${closes}` : ""} en tu enlace personal: ${link}`,
                ]
              : [
                  `Hi ${v.name},`,
                  `${v.organizationName} invites you to ${v.eventTitle}.`,
                  `When: ${at}.`,
                  `Where: ${where ?? "venue to be confirmed"}.`,
                  v.plusOneAllowed ? "You may bring a guest (+1)." : "This invitation is for you alone (no +1).",
                  `Accept or decline${closes ? ` before ${closes}` : ""} with your personal link: ${link}`,
                ],
            button: { label: es ? "Responder a la invitación" : "Reply to the invitation", href: link },
          },
        ],
      };
    },
  },
  /**
   * The event was cancelled (app_private.tg_events__tell_cancellation, in cancel_event's transaction):
   * to a guest who accepted, waits or was sent their invitation (audience guest), or to a buyer of paid
   * tickets (audience buyer) with their bookings and what happens to their money. Only what the product
   * does: the tickets stop admitting at once; a paid booking's refund is recorded as owed and the
   * organization pays it out by hand (Wompi's dashboard or a bank transfer; nothing is refunded
   * automatically); a free booking owes nothing.
   */
  event_cancelled: {
    variables: z.object({
      ...eventVariables,
      audience: z.enum(["guest", "buyer"]),
      bookings: z
        .array(
          z.object({
            reference: z.string().max(100),
            quantity: z.number().int().min(1),
            tierName: z.string().max(200),
            totalCop: z.number().min(0),
          }),
        )
        .max(50)
        .nullish(),
      refundCop: z.number().min(0).nullish(),
    }),
    content: (v, locale): EmailContent => {
      const es = locale === "es-CO";
      const at = when(v.startsAt, v.timeZone, locale);
      const what = `${v.eventTitle}${es ? ", programado para el " : ", planned for "}${at}${v.venue ? (es ? ` en ${v.venue}` : ` at ${v.venue}`) : ""}`;
      const intro = es
        ? [`Hola, ${v.name}:`, `${v.organizationName} canceló ${what}. El evento no se realizará.`]
        : [`Hi ${v.name},`, `${v.organizationName} cancelled ${what}. The event will not take place.`];
      if (v.audience === "guest") {
        return {
          subject: es ? `Cancelado: ${v.eventTitle}` : `Cancelled: ${v.eventTitle}`,
          preheader: es ? `${v.organizationName} canceló el evento` : `${v.organizationName} cancelled the event`,
          sections: [
            {
              paragraphs: [
                ...intro,
                es
                  ? "Tu invitación queda anulada: no tienes que responder ni venir, y tu código de entrada ya no es válido."
                  : "Your invitation is withdrawn: there is nothing to answer and no need to come; your door code is no longer valid.",
                es ? "Lamentamos las molestias." : "We are sorry for the trouble.",
              ],
            },
          ],
        };
      }
      const bookings = v.bookings ?? [];
      const refund = v.refundCop ?? bookings.reduce((sum: number, b: { totalCop: number }) => sum + b.totalCop, 0);
      const lines = bookings.map((b: { reference: string; quantity: number; tierName: string; totalCop: number }) =>
        es
          ? `Compra ${b.reference}: ${b.quantity} ${b.quantity === 1 ? "boleta" : "boletas"} ${b.tierName}, ${b.totalCop > 0 ? formatCop(b.totalCop, locale) : "gratis"}.`
          : `Booking ${b.reference}: ${b.quantity} ${b.tierName} ${b.quantity === 1 ? "ticket" : "tickets"}, ${b.totalCop > 0 ? formatCop(b.totalCop, locale) : "free"}.`,
      );
      const money =
        refund > 0
          ? es
            ? [
                `${v.organizationName} registró un reembolso de ${formatCop(refund, locale)} a tu favor.`,
                `El reembolso no es automático: ${v.organizationName} te lo paga desde Wompi o por transferencia bancaria, y puede escribirte para pedir los datos de tu cuenta.`,
              ]
            : [
                `${v.organizationName} recorded a refund of ${formatCop(refund, locale)} owed to you.`,
                `The refund is not automatic: ${v.organizationName} pays it from Wompi or by bank transfer, and may write to you for your account details.`,
              ]
          : [
              es
                ? "Tus boletas eran gratis: no hay nada que reembolsar."
                : "Your tickets were free: there is nothing to refund.",
            ];
      return {
        subject: es ? `Cancelado: ${v.eventTitle} — tu compra` : `Cancelled: ${v.eventTitle} — your booking`,
        preheader: es ? "Tus boletas ya no son válidas" : "Your tickets are no longer valid",
        sections: [
          {
            paragraphs: [
              ...intro,
              ...(lines.length
                ? [lines.slice(0, 10).join(" ") + (lines.length > 10 ? ` (+${lines.length - 10})` : "")]
                : []),
              es ? "Tus boletas ya no son válidas en la puerta." : "Your tickets no longer admit at the door.",
              ...money,
            ],
          },
        ],
      };
    },
  },
  /** A structured email given whole (a producer's approved draft, a campaign). */
  structured: {
    variables: emailContentSchema.extend({ name: z.string().max(200).nullish() }),
    content: (v): EmailContent => {
      // "{{nombre}}" (the drafts' greeting) becomes the person's name.
      const fill = (text: string) => text.replace(/\{\{\s*nombre\s*\}\}/g, v.name?.trim() || "");
      return {
        subject: fill(v.subject),
        preheader: fill(v.preheader),
        sections: v.sections.map((s: EmailSection) => ({
          ...s,
          ...(s.heading ? { heading: fill(s.heading) } : {}),
          paragraphs: s.paragraphs.map(fill),
        })),
      };
    },
  },
} satisfies Record<
  string,
  { variables: z.ZodType<any>; content: (variables: any, locale: Locale, context: TemplateContext) => EmailContent }
>;
export type TemplateKey = keyof typeof TEMPLATES;

export class TemplateError extends Error {}

/** What a template may need besides its variables: where the app is (the worker's APP_URL). */
export interface TemplateContext {
  /** The public origin of the app, no trailing slash (e.g. https://app.fashionos.co); null when unknown. */
  appUrl: string | null;
}

/** The public RSVP page of a token: <APP_URL>/rsvp/<token> (web/src/pages/RsvpPage.tsx). */
function rsvpUrl(context: TemplateContext, token: string): string {
  if (!context.appUrl) throw new TemplateError("The RSVP link needs the app's URL (APP_URL).");
  return `${context.appUrl}${PUBLIC_PAGES.rsvp}/${token}`;
}

/** The footer every message carries: how to stop (Ley 1581 de 2012). */
function stopLine(locale: Locale): string {
  return locale === "es-CO"
    ? "Recibes este mensaje porque autorizaste que te contactáramos. Para no recibir más, usa este enlace:"
    : "You receive this because you agreed to be contacted. To stop receiving these messages, use this link:";
}

/** The HTML of a structured email, built with MJML (strict validation). */
export async function buildEmailHtml(
  content: EmailContent,
  locale: Locale,
  unsubscribeUrl: string | null,
): Promise<string> {
  const text = (value: string, attributes = "") =>
    `<mj-text font-size="16px" line-height="24px" color="#1f1a17"${attributes}>${escapeHtml(value)}</mj-text>`;
  const sections = content.sections
    .map(
      (s) => `<mj-section background-color="#ffffff" padding="16px" border-radius="12px"><mj-column>
      ${s.heading ? text(s.heading, ' font-size="18px" font-weight="bold"') : ""}
      ${s.paragraphs.map((p) => text(p)).join("\n      ")}
      ${
        s.button
          ? `<mj-button href="${escapeHtml(s.button.href)}" background-color="#1f1a17" color="#ffffff" border-radius="8px" font-size="16px">${escapeHtml(s.button.label)}</mj-button>`
          : ""
      }
    </mj-column></mj-section>`,
    )
    .join("\n    ");
  const stop = unsubscribeUrl
    ? `<mj-text font-size="12px" color="#6b625c">${escapeHtml(stopLine(locale))} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#6b625c">${escapeHtml(locale === "es-CO" ? "cancelar la suscripción" : "unsubscribe")}</a></mj-text>`
    : "";
  const markup = `<mjml lang="${locale === "es-CO" ? "es" : "en"}">
  <mj-head>
    <mj-title>${escapeHtml(content.subject)}</mj-title>
    <mj-preview>${escapeHtml(content.preheader)}</mj-preview>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f6f3ef">
    <mj-section padding="24px 0 8px"><mj-column>
      <mj-text font-size="20px" font-weight="bold" color="#1f1a17">FashionOS</mj-text>
    </mj-column></mj-section>
    ${sections}
    <mj-section><mj-column>${stop}</mj-column></mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(markup, { validationLevel: "strict" });
  return result.html;
}

/** The plain-text part of a structured email. */
export function buildEmailText(content: EmailContent, locale: Locale, unsubscribeUrl: string | null): string {
  const blocks: string[] = [];
  for (const s of content.sections) {
    if (s.heading) blocks.push(s.heading);
    blocks.push(...s.paragraphs);
    if (s.button) blocks.push(`${s.button.label}: ${s.button.href}`);
  }
  if (unsubscribeUrl) blocks.push(`${stopLine(locale)} ${unsubscribeUrl}`);
  return `${blocks.join("\n\n")}\n`;
}

/** A template's structured content from its variables (TemplateError when the key or the variables are wrong). */
export function templateContent(
  key: string,
  variables: unknown,
  locale: Locale,
  context: TemplateContext = { appUrl: null },
): EmailContent {
  const template = (TEMPLATES as Record<string, (typeof TEMPLATES)[TemplateKey]>)[key];
  if (!template) throw new TemplateError(`Unknown template "${key}".`);
  const parsed = template.variables.safeParse(variables);
  if (!parsed.success) {
    throw new TemplateError(
      `Variables of "${key}": ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return template.content(parsed.data as any, locale, context);
}

/** Subject, text and HTML of a template with its variables. */
export async function renderTemplate(
  key: string,
  variables: unknown,
  locale: Locale,
  unsubscribeUrl: string | null,
  context: TemplateContext = { appUrl: null },
): Promise<RenderedMessage> {
  const content = templateContent(key, variables, locale, context);
  return {
    subject: content.subject,
    text: buildEmailText(content, locale, unsubscribeUrl),
    html: await buildEmailHtml(content, locale, unsubscribeUrl),
  };
}
