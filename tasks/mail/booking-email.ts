// The confirmation mail of a paid booking: its tickets, each with its QR code
// (an inline PNG made with the qrcode package) and a link to its public page,
// plus the link to the booking page. es-CO by default, English for buyers
// whose account says so. Every value from the database is escaped.
import mjml2html from "mjml";
import QRCode from "qrcode";
import { z } from "zod";
import { PUBLIC_PAGES } from "../../shared/links.ts";
import type { OutgoingMail } from "./mailer.ts";
import { escapeHtml, type Locale } from "./templates.ts";

/** Dashboard paths the links open (web/src/App.tsx routes them); the booking page takes its token as ?clave=. */

export const bookingEmailPayload = z.object({ bookingId: z.uuid() });

/** What the task reads from the database for the mail. */
export interface BookingForEmail {
  to: string;
  locale: Locale;
  buyerName: string;
  reference: string;
  totalCop: number;
  quantity: number;
  tierName: string;
  eventTitle: string;
  eventStartsAt: string;
  eventTimezone: string;
  venue: string | null;
  accessToken: string;
  tickets: { seat: number; code: string }[];
}

export function formatCop(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "es-CO" ? "es-CO" : "en-US", {
    style: "currency",
    currency: "COP",
    maximumFractionDigits: 0,
  }).format(value);
}

function eventTime(booking: BookingForEmail): string {
  const date = new Date(booking.eventStartsAt);
  try {
    return new Intl.DateTimeFormat(booking.locale, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: booking.eventTimezone,
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(booking.locale, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "America/Bogota",
    }).format(date);
  }
}

/** The ticket code as people read it: groups of 5 or fewer. */
export function groupedCode(code: string): string {
  return code.match(/.{1,5}/g)?.join(" ") ?? code;
}

export async function renderBookingEmail(booking: BookingForEmail, appUrl: string): Promise<OutgoingMail> {
  const es = booking.locale === "es-CO";
  const bookingUrl = `${appUrl}${PUBLIC_PAGES.booking}?clave=${booking.accessToken}`;
  const when = eventTime(booking);
  const place = booking.venue ? (es ? ` en ${booking.venue}` : ` at ${booking.venue}`) : "";
  const count = booking.quantity;
  const subject = es ? `Tus boletas para ${booking.eventTitle}` : `Your tickets for ${booking.eventTitle}`;
  const paid =
    booking.totalCop > 0
      ? es
        ? `Total pagado: ${formatCop(booking.totalCop, booking.locale)}.`
        : `Total paid: ${formatCop(booking.totalCop, booking.locale)}.`
      : es
        ? "Boletas sin costo."
        : "Free tickets.";
  const paragraphs = es
    ? [
        `Hola, ${booking.buyerName}:`,
        `Tu compra está confirmada: ${count} ${count === 1 ? "boleta" : "boletas"} ${booking.tierName} para ${booking.eventTitle}, ${when}${place}.`,
        `Referencia ${booking.reference}. ${paid}`,
        "Muestra en la entrada el código QR de cada boleta, en el teléfono o impreso. Cada boleta entra una sola vez.",
      ]
    : [
        `Hi ${booking.buyerName},`,
        `Your booking is confirmed: ${count} ${booking.tierName} ${count === 1 ? "ticket" : "tickets"} for ${booking.eventTitle}, ${when}${place}.`,
        `Reference ${booking.reference}. ${paid}`,
        "Show each ticket's QR code at the door, on your phone or printed. Each ticket admits once.",
      ];
  const footer = es
    ? "Guarda este correo y no lo reenvíes: quien tenga estos códigos puede entrar con tus boletas."
    : "Keep this mail and do not forward it: whoever has these codes can enter with your tickets.";
  const ticketLabel = (seat: number) => (es ? `Boleta ${seat} de ${count}` : `Ticket ${seat} of ${count}`);

  const attachments = await Promise.all(
    booking.tickets.map(async (ticket) => ({
      filename: `boleta-${ticket.seat}.png`,
      content: await QRCode.toBuffer(ticket.code, { errorCorrectionLevel: "M", margin: 2, width: 240 }),
      cid: `ticket-${ticket.seat}@fashionos`,
      contentType: "image/png",
    })),
  );

  const lines = [...paragraphs, ""];
  for (const ticket of booking.tickets) {
    lines.push(
      `${ticketLabel(ticket.seat)}: ${groupedCode(ticket.code)} — ${appUrl}${PUBLIC_PAGES.ticket}/${ticket.code}`,
    );
  }
  lines.push("", `${es ? "Tu reserva" : "Your booking"}: ${bookingUrl}`, "", footer, "— FashionOS");

  const text = (value: string, attributes = "") =>
    `<mj-text font-size="16px" line-height="24px" color="#1f1a17"${attributes}>${escapeHtml(value)}</mj-text>`;
  const tickets = booking.tickets
    .map(
      (ticket) => `<mj-section background-color="#ffffff" padding="8px 16px" border-radius="12px"><mj-column>
      ${text(ticketLabel(ticket.seat), ' font-weight="bold" align="center"')}
      <mj-image src="cid:ticket-${ticket.seat}@fashionos" alt="${escapeHtml(`QR ${ticket.code}`)}" width="200px" />
      ${text(groupedCode(ticket.code), ' align="center" font-family="Menlo, Consolas, monospace" letter-spacing="1px"')}
      <mj-button href="${escapeHtml(`${appUrl}${PUBLIC_PAGES.ticket}/${ticket.code}`)}" background-color="#ffffff" color="#1f1a17" border="1px solid #1f1a17" border-radius="8px">${escapeHtml(es ? "Ver boleta" : "Open ticket")}</mj-button>
    </mj-column></mj-section>`,
    )
    .join("\n    ");
  const markup = `<mjml lang="${es ? "es" : "en"}">
  <mj-head>
    <mj-title>${escapeHtml(subject)}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f6f3ef">
    <mj-section padding="24px 0 8px"><mj-column>
      <mj-text font-size="20px" font-weight="bold" color="#1f1a17">FashionOS</mj-text>
    </mj-column></mj-section>
    <mj-section background-color="#ffffff" padding="16px" border-radius="12px"><mj-column>
      ${paragraphs.map((p) => text(p)).join("\n      ")}
      <mj-button href="${escapeHtml(bookingUrl)}" background-color="#1f1a17" color="#ffffff" border-radius="8px" font-size="16px">${escapeHtml(es ? "Ver mi reserva" : "See my booking")}</mj-button>
    </mj-column></mj-section>
    ${tickets}
    <mj-section><mj-column>${text(footer, ' font-size="13px" color="#6b625c"')}</mj-column></mj-section>
  </mj-body>
</mjml>`;
  const html = (await mjml2html(markup, { validationLevel: "strict" })).html;
  return { to: booking.to, subject, text: `${lines.join("\n")}\n`, html, link: bookingUrl, attachments };
}
