// The outbox's two HTTP doors (issue 19).
//
// GET /unsubscribe?m=<message id>&t=<token> shows a page with one button (es-CO
// and English); POST to the same URL records the opt-out at once — the
// one-click unsubscribe of RFC 8058 that mail clients send from the
// List-Unsubscribe / List-Unsubscribe-Post headers. A GET never unsubscribes
// (link scanners open links). The token is the HMAC the database made for the
// message (app_private.outbox_unsubscribe_token); a wrong one changes nothing
// and gets the same page as an unknown message.
//
// POST /webhooks/email takes an email provider's events, in one normalised
// shape (a relay or a small adapter turns SES / SendGrid / Postmark events
// into it):
//
//   {"events": [{"id": "evt_1", "type": "delivered" | "bounced" | "complained" | "failed" | "deferred",
//                "messageId": "<outbox.<id>@your-domain>", "at": "2026-11-29T21:00:00Z", "detail": "…"}]}
//
// signed like Stripe's webhooks: header
//   X-FashionOS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA-256(EMAIL_WEBHOOK_SECRET, "<t>.<raw body>")>
// checked in constant time before the body is read, and refused when t is
// more than 5 minutes away from now (a replayed delivery). Events move the
// message's status forward only (app_private.outbox_record_event), so a
// repeated or out-of-order event changes nothing; a complaint records an
// opt-out from everything on email.
import { createHmac, timingSafeEqual } from "node:crypto";
import type pg from "pg";
import { z } from "zod";

export interface HttpAnswer {
  status: number;
  body: string | Record<string, unknown>;
  contentType?: string;
}

/** How far (seconds) a signature's timestamp may be from now. */
export const EMAIL_WEBHOOK_TOLERANCE_SECONDS = 300;

/** The signature header value for a body (what a provider adapter sends; tests use it too). */
export function signEmailWebhook(secret: string, rawBody: string, at = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${at}.${rawBody}`).digest("hex");
  return `t=${at},v1=${v1}`;
}

export function verifyEmailWebhookSignature(
  secret: string,
  rawBody: string,
  header: string,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const parts = new Map<string, string[]>();
  for (const piece of header.split(",")) {
    const [key, value] = piece.trim().split("=", 2);
    if (!key || !value) continue;
    parts.set(key, [...(parts.get(key) ?? []), value]);
  }
  const t = Number(parts.get("t")?.[0]);
  if (!Number.isInteger(t) || Math.abs(now - t) > EMAIL_WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest();
  return (parts.get("v1") ?? []).some((candidate) => {
    if (!/^[0-9a-f]{64}$/i.test(candidate)) return false;
    return timingSafeEqual(Buffer.from(candidate, "hex"), expected);
  });
}

const emailEventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(["delivered", "bounced", "complained", "failed", "deferred"]),
  messageId: z.string().min(3).max(500),
  at: z.iso.datetime({ offset: true }).optional(),
  detail: z.string().max(2000).optional(),
});
const emailWebhookSchema = z.object({ events: z.array(emailEventSchema).min(1).max(500) });

/** The normalised Message-ID (angle brackets, as outbound_messages.provider_message_id holds it). */
function bracketed(messageId: string): string {
  const bare = messageId.trim().replace(/^<|>$/g, "");
  return `<${bare}>`;
}

export async function handleEmailWebhook(
  secret: string | null,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  ownerPool: pg.Pool,
): Promise<HttpAnswer> {
  if (!secret) return { status: 404, body: { error: "Email webhooks are not configured (EMAIL_WEBHOOK_SECRET)." } };
  const raw = headers["x-fashionos-signature"];
  const header = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  if (!verifyEmailWebhookSignature(secret, rawBody, header)) {
    return { status: 401, body: { error: "Invalid or expired signature (X-FashionOS-Signature)." } };
  }
  let parsed: z.infer<typeof emailWebhookSchema>;
  try {
    parsed = emailWebhookSchema.parse(JSON.parse(rawBody));
  } catch {
    return { status: 400, body: { error: "The body is not an events document (README: Communications)." } };
  }
  let matched = 0;
  for (const event of parsed.events) {
    if (event.type === "deferred") continue; // the provider keeps trying; nothing to record
    const { rows } = await ownerPool.query<{ id: string | null }>(
      "select app_private.outbox_record_event('email', $1, $2, coalesce($3::timestamptz, now()), $4) as id",
      [bracketed(event.messageId), event.type, event.at ?? null, event.detail ?? null],
    );
    if (rows[0]?.id) matched += 1;
  }
  return { status: 200, body: { received: parsed.events.length, matched } };
}

const unsubscribeQuery = z.object({ m: z.uuid(), t: z.string().regex(/^[0-9a-f]{64}$/i) });

function page(title: string, paragraphs: string[], form: string | null): string {
  const escape = (value: string) =>
    value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
  return `<!doctype html>
<html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#f6f3ef;color:#1f1a17;margin:0;padding:24px}
main{max-width:480px;margin:0 auto;background:#fff;border-radius:12px;padding:24px}
button{background:#1f1a17;color:#fff;border:0;border-radius:8px;font-size:16px;padding:12px 20px;min-height:44px}
p.en{color:#6b625c}</style></head>
<body><main><h1>${escape(title)}</h1>${paragraphs.map((p, i) => `<p${i % 2 ? ' class="en"' : ""}>${escape(p)}</p>`).join("")}${form ?? ""}</main></body></html>`;
}

const INVALID = page(
  "Enlace no válido",
  [
    "Este enlace para cancelar la suscripción no es válido. Si quieres dejar de recibir mensajes, responde al correo pidiéndolo.",
    "This unsubscribe link is not valid. To stop receiving messages, reply to the email asking for it.",
  ],
  null,
);

/** GET: the page with the button (never unsubscribes). */
export function unsubscribePage(query: unknown): HttpAnswer {
  const parsed = unsubscribeQuery.safeParse(query);
  if (!parsed.success) return { status: 400, body: INVALID, contentType: "text/html; charset=utf-8" };
  const action = `/unsubscribe?m=${encodeURIComponent(parsed.data.m)}&t=${encodeURIComponent(parsed.data.t)}`;
  return {
    status: 200,
    contentType: "text/html; charset=utf-8",
    body: page(
      "Cancelar la suscripción",
      [
        "¿Dejar de recibir estos mensajes por correo? Lo registramos al instante (Ley 1581 de 2012).",
        "Stop receiving these emails? It is recorded at once.",
      ],
      `<form method="post" action="${action.replace(/&/g, "&amp;")}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Cancelar la suscripción · Unsubscribe</button></form>`,
    ),
  };
}

/** POST (the one-click request, or the page's button): records the opt-out at once. */
export async function unsubscribe(query: unknown, ownerPool: pg.Pool): Promise<HttpAnswer> {
  const parsed = unsubscribeQuery.safeParse(query);
  if (!parsed.success) return { status: 400, body: INVALID, contentType: "text/html; charset=utf-8" };
  const { rows } = await ownerPool.query<{ ok: boolean }>("select app_private.unsubscribe($1, $2) as ok", [
    parsed.data.m,
    parsed.data.t.toLowerCase(),
  ]);
  if (!rows[0]?.ok) return { status: 400, body: INVALID, contentType: "text/html; charset=utf-8" };
  return {
    status: 200,
    contentType: "text/html; charset=utf-8",
    body: page(
      "Listo",
      [
        "No recibirás más mensajes de este remitente por correo. Si fue un error, pide a quien te escribe que registre de nuevo tu autorización.",
        "You will not receive more emails from this sender. If this was a mistake, ask them to record your consent again.",
      ],
      null,
    ),
  };
}
