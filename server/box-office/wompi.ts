// Wompi (https://docs.wompi.co): the Web Checkout redirect and the signed
// event webhook. Plain functions over the owner pool; the HTTP layer mounts
// them (GET /pagos/wompi, POST /webhooks/wompi).
//
// Checkout ("Widget & Checkout Web"): the buyer's browser is sent to Wompi's
// checkout with the booking's reference, its amount in COP cents and an
// integrity signature, SHA-256 of reference + amount in cents + currency +
// integrity secret (hex). The amount comes from the database, never from the
// client, so a tampered form cannot pay less: Wompi refuses a signature that
// does not match.
//
// Events ("Eventos"): Wompi POSTs transaction.updated with
// signature.properties (paths inside data, e.g. transaction.id,
// transaction.status, transaction.amount_in_cents), signature.checksum and a
// timestamp. checksum = SHA-256 of the properties' values concatenated, then
// the timestamp, then the events secret. Only a verified event changes
// anything; app_private.apply_wompi_event applies it once (by checksum) and
// in any order.
import { createHash, timingSafeEqual } from "node:crypto";
import type pg from "pg";
import { z } from "zod";
import { PUBLIC_PAGES } from "../../shared/links.ts";
import type { BoxOfficeConfig, WompiConfig } from "./config.ts";

/** Wompi's integrity signature for a checkout: hex SHA-256 of reference + amount in cents + currency + secret. */
export function integritySignature(reference: string, amountInCents: number, currency: string, secret: string): string {
  return createHash("sha256").update(`${reference}${amountInCents}${currency}${secret}`).digest("hex");
}

/** The value at a dotted path inside an object (Wompi's signature.properties are paths inside data). */
function valueAt(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => {
    if (value && typeof value === "object" && Object.hasOwn(value, key)) return (value as Record<string, unknown>)[key];
    return undefined;
  }, data);
}

/** The checksum Wompi computes for an event: hex SHA-256 of the properties' values, the timestamp and the secret. */
export function eventChecksum(data: unknown, properties: string[], timestamp: number, secret: string): string {
  const values = properties.map((path) => {
    const value = valueAt(data, path);
    return value === null || value === undefined ? "" : String(value);
  });
  return createHash("sha256")
    .update(`${values.join("")}${timestamp}${secret}`)
    .digest("hex");
}

/** Properties a checksum must cover for FashionOS to trust the transaction it carries. */
const REQUIRED_PROPERTIES = ["transaction.id", "transaction.status", "transaction.amount_in_cents"];

const transactionSchema = z.looseObject({
  id: z.string().min(1).max(100),
  status: z.string().min(1).max(40),
  reference: z.string().min(1).max(100),
  amount_in_cents: z.number().int().nonnegative(),
  currency: z.string().max(3).optional(),
  payment_method_type: z.string().max(40).nullish(),
  status_message: z.string().max(2000).nullish(),
});

const eventSchema = z.object({
  event: z.string().max(100),
  data: z.looseObject({}),
  environment: z.string().max(20).optional(),
  signature: z.object({
    properties: z.array(z.string().max(200)).min(1).max(20),
    checksum: z.string().regex(/^[0-9a-fA-F]{64}$/),
  }),
  timestamp: z.number().int().positive(),
  sent_at: z.string().max(40).optional(),
});

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * POST /webhooks/wompi. 404 when Wompi is not configured; 400 for a body that
 * is not a Wompi event or whose checksum does not verify (nothing written);
 * 200 otherwise, with what the event did, so Wompi does not retry what was
 * decided (a replay is answered `duplicate` and changes nothing).
 */
export async function handleWompiWebhook(
  wompi: WompiConfig | null,
  rawBody: string,
  ownerPool: pg.Pool,
): Promise<HttpAnswer> {
  if (!wompi) return { status: 404, body: { error: "Wompi is not configured (WOMPI_EVENTS_SECRET)." } };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: "The body is not JSON." } };
  }
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success) return { status: 400, body: { error: "The body is not a Wompi event." } };
  const event = parsed.data;
  const expected = eventChecksum(event.data, event.signature.properties, event.timestamp, wompi.eventsSecret);
  const given = event.signature.checksum.toLowerCase();
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
    return { status: 400, body: { error: "Invalid event checksum." } };
  }
  if (event.event !== "transaction.updated") {
    return { status: 200, body: { ok: true, ignored: event.event } };
  }
  if (!REQUIRED_PROPERTIES.every((property) => event.signature.properties.includes(property))) {
    return { status: 400, body: { error: `The checksum must cover ${REQUIRED_PROPERTIES.join(", ")}.` } };
  }
  const transaction = transactionSchema.safeParse(event.data.transaction);
  if (!transaction.success) return { status: 400, body: { error: "The event has no valid transaction." } };
  const { rows } = await ownerPool.query<{ result: { outcome: string; bookingId?: string | null } }>(
    "select app_private.apply_wompi_event($1, $2::jsonb, to_timestamp($3)) as result",
    [given, JSON.stringify(transaction.data), event.timestamp],
  );
  const result = rows[0]?.result ?? { outcome: "unknown" };
  return { status: 200, body: { ok: true, outcome: result.outcome } };
}

/** A booking access token: 32 Crockford base32 characters (what bookTickets returns as accessToken). */
const ACCESS_TOKEN = /^[0-9A-HJKMNP-TV-Z]{32}$/;

/** The booking page of a token (where Wompi sends the buyer back): APP_URL, else the origin the buyer used. */
export function bookingPageUrl(config: BoxOfficeConfig, requestOrigin: string, accessToken: string): string {
  return `${config.appUrl ?? requestOrigin}${PUBLIC_PAGES.booking}?clave=${accessToken}`;
}

/** Wompi's Web Checkout URL for a booking, with the integrity signature over the database's amount. */
export function checkoutUrl(
  wompi: WompiConfig,
  booking: { reference: string; amountInCents: number; currency: string; email: string; name: string },
  redirectUrl: string,
): string {
  const url = new URL(wompi.checkoutUrl);
  url.searchParams.set("public-key", wompi.publicKey);
  url.searchParams.set("currency", booking.currency);
  url.searchParams.set("amount-in-cents", String(booking.amountInCents));
  url.searchParams.set("reference", booking.reference);
  url.searchParams.set(
    "signature:integrity",
    integritySignature(booking.reference, booking.amountInCents, booking.currency, wompi.integritySecret),
  );
  url.searchParams.set("redirect-url", redirectUrl);
  url.searchParams.set("customer-data:email", booking.email);
  url.searchParams.set("customer-data:full-name", booking.name);
  return url.toString();
}

/**
 * GET /pagos/wompi?clave=<access token>: sends the buyer to Wompi's Web
 * Checkout for a pending reservation (303), or back to the booking page when
 * there is nothing to pay (paid, expired, not configured) — the page says why.
 * 404 for a token that opens nothing.
 */
export async function handleWompiCheckout(
  config: BoxOfficeConfig,
  accessToken: string | undefined,
  requestOrigin: string,
  ownerPool: pg.Pool,
): Promise<HttpAnswer> {
  const token = (accessToken ?? "").trim().toUpperCase();
  if (!ACCESS_TOKEN.test(token)) return { status: 404, body: { error: "No such booking." } };
  const { rows } = await ownerPool.query<{
    reference: string;
    status: string;
    amount_in_cents: string;
    currency: string;
    buyer_email: string;
    buyer_name: string;
  }>("select * from app_private.checkout_by_access_token($1) where booking_id is not null", [token]);
  const booking = rows[0];
  if (!booking) return { status: 404, body: { error: "No such booking." } };
  const back = bookingPageUrl(config, requestOrigin, token);
  if (!config.wompi) return { status: 303, body: {}, headers: { Location: `${back}&pago=no-configurado` } };
  if (booking.status !== "pending" || Number(booking.amount_in_cents) === 0) {
    return { status: 303, body: {}, headers: { Location: back } };
  }
  const location = checkoutUrl(
    config.wompi,
    {
      reference: booking.reference,
      amountInCents: Number(booking.amount_in_cents),
      currency: booking.currency,
      email: booking.buyer_email,
      name: booking.buyer_name,
    },
    back,
  );
  return { status: 303, body: {}, headers: { Location: location, "Cache-Control": "no-store" } };
}

/**
 * A request path fit for the log: a ticket code in /t/<code> is a bearer
 * secret (whoever holds it enters), so the log keeps only that it was a
 * ticket page. (The booking page's token travels in ?clave=, which is never
 * logged.)
 */
export function loggablePath(path: string): string {
  const ticketPage = `${PUBLIC_PAGES.ticket}/`;
  if (!path.startsWith(ticketPage) || path.length === ticketPage.length) return path;
  return `${ticketPage}…${path.slice(ticketPage.length).replace(/^[^/]+/, "")}`;
}
