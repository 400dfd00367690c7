// Box office settings, validated with zod: how long a reservation holds its
// tickets, the anonymous booking budget, and Wompi (Colombia's payment
// gateway: PSE, Nequi, Bancolombia, cards). Without the Wompi keys paid tiers
// can still be reserved, and the dashboard says payments are not configured.
import { z } from "zod";

export interface WompiConfig {
  /** pub_test_… (sandbox) or pub_prod_… */
  publicKey: string;
  /** prv_test_… / prv_prod_…: accepted for Wompi API calls; FashionOS makes none with it today. */
  privateKey: string | null;
  /** test_integrity_… / prod_integrity_…: signs the checkout (SHA-256 of reference, amount, currency, secret). */
  integritySecret: string;
  /** test_events_… / prod_events_…: verifies the events Wompi posts to /webhooks/wompi. */
  eventsSecret: string;
  /** Wompi's API, e.g. https://sandbox.wompi.co/v1 (sandbox) or https://production.wompi.co/v1. */
  baseUrl: string;
  /** Wompi's Web Checkout, https://checkout.wompi.co/p/ (the keys decide sandbox or production). */
  checkoutUrl: string;
  /** Whether the keys are sandbox ones (pub_test_). */
  sandbox: boolean;
}

export interface BoxOfficeConfig {
  /** Minutes a reservation holds its tickets (1 to 60). */
  reservationMinutes: number;
  /** Bookings an address may make per minute (bookTickets). */
  bookingsPerMinute: number;
  /** Where the dashboard is (the buyer comes back from Wompi to its booking page); null: the request's own origin. */
  appUrl: string | null;
  /** Null: payments are not configured (paid tiers are reservable, nothing can be paid). */
  wompi: WompiConfig | null;
}

export class BoxOfficeConfigError extends Error {}

const secret = (prefix: RegExp, name: string) =>
  z
    .string()
    .trim()
    .regex(prefix, `${name} does not look like a Wompi key (${prefix.source})`)
    .max(200)
    .optional()
    .or(z.literal(""));

const url = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/, `${name} must be an http(s) URL`)
    .optional()
    .or(z.literal(""));

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
    .optional()
    .or(z.literal("").transform(() => undefined));

const schema = z.object({
  RESERVATION_MINUTES: wholeNumber("RESERVATION_MINUTES", 1, 60),
  RATE_LIMIT_BOOKING_PER_MINUTE: wholeNumber("RATE_LIMIT_BOOKING_PER_MINUTE", 1, 1_000_000_000),
  WOMPI_PUBLIC_KEY: secret(/^pub_(test|prod)_/, "WOMPI_PUBLIC_KEY"),
  WOMPI_PRIVATE_KEY: secret(/^prv_(test|prod)_/, "WOMPI_PRIVATE_KEY"),
  WOMPI_INTEGRITY_SECRET: secret(/^(test|prod)_integrity_/, "WOMPI_INTEGRITY_SECRET"),
  WOMPI_EVENTS_SECRET: secret(/^(test|prod)_events_/, "WOMPI_EVENTS_SECRET"),
  WOMPI_BASE_URL: url("WOMPI_BASE_URL"),
  WOMPI_CHECKOUT_URL: url("WOMPI_CHECKOUT_URL"),
  APP_URL: url("APP_URL"),
});

export const WOMPI_SANDBOX_URL = "https://sandbox.wompi.co/v1";
export const WOMPI_PRODUCTION_URL = "https://production.wompi.co/v1";
export const WOMPI_CHECKOUT_URL = "https://checkout.wompi.co/p/";

export function loadBoxOfficeConfig(env: NodeJS.ProcessEnv = process.env): BoxOfficeConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new BoxOfficeConfigError(
      parsed.error.issues
        .map((issue) => {
          const name = issue.path.join(".");
          return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
        })
        .join("; "),
    );
  }
  const v = parsed.data;
  const keys = {
    WOMPI_PUBLIC_KEY: v.WOMPI_PUBLIC_KEY,
    WOMPI_INTEGRITY_SECRET: v.WOMPI_INTEGRITY_SECRET,
    WOMPI_EVENTS_SECRET: v.WOMPI_EVENTS_SECRET,
  };
  const given = Object.entries(keys).filter(([, value]) => value);
  let wompi: WompiConfig | null = null;
  if (given.length > 0) {
    const missing = Object.entries(keys)
      .filter(([, value]) => !value)
      .map(([name]) => name);
    if (missing.length) {
      throw new BoxOfficeConfigError(`Wompi needs ${missing.join(", ")} too (README: Box office).`);
    }
    const sandbox = (v.WOMPI_PUBLIC_KEY as string).startsWith("pub_test_");
    const modes = [v.WOMPI_PUBLIC_KEY, v.WOMPI_PRIVATE_KEY, v.WOMPI_INTEGRITY_SECRET, v.WOMPI_EVENTS_SECRET]
      .filter((key): key is string => Boolean(key))
      .map((key) => /(^|_)test_/.test(key));
    if (modes.some((test) => test !== sandbox)) {
      throw new BoxOfficeConfigError("The Wompi keys mix sandbox (test) and production (prod) ones.");
    }
    wompi = {
      publicKey: v.WOMPI_PUBLIC_KEY as string,
      privateKey: v.WOMPI_PRIVATE_KEY || null,
      integritySecret: v.WOMPI_INTEGRITY_SECRET as string,
      eventsSecret: v.WOMPI_EVENTS_SECRET as string,
      baseUrl: (v.WOMPI_BASE_URL || (sandbox ? WOMPI_SANDBOX_URL : WOMPI_PRODUCTION_URL)).replace(/\/+$/, ""),
      checkoutUrl: v.WOMPI_CHECKOUT_URL || WOMPI_CHECKOUT_URL,
      sandbox,
    };
  }
  return {
    reservationMinutes: v.RESERVATION_MINUTES ?? 15,
    bookingsPerMinute: v.RATE_LIMIT_BOOKING_PER_MINUTE ?? 10,
    appUrl: v.APP_URL ? v.APP_URL.replace(/\/+$/, "") : null,
    wompi,
  };
}
