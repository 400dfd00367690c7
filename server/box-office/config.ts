// Box office settings, read through the configuration schema (shared/config.ts):
// how long a reservation holds its tickets, the anonymous booking budget, and
// Wompi (Colombia's payment gateway: PSE, Nequi, Bancolombia, cards). Without the Wompi keys paid tiers
// can still be reserved, and the dashboard says payments are not configured.
import { type Env, EnvError, parseEnv } from "../../shared/config.ts";

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

/** The variables the box office reads (shared/config.ts declares them with their defaults). */
const BOX_OFFICE_ENV = [
  "RESERVATION_MINUTES",
  "RATE_LIMIT_BOOKING_PER_MINUTE",
  "WOMPI_PUBLIC_KEY",
  "WOMPI_PRIVATE_KEY",
  "WOMPI_INTEGRITY_SECRET",
  "WOMPI_EVENTS_SECRET",
  "WOMPI_BASE_URL",
  "WOMPI_CHECKOUT_URL",
  "APP_URL",
] as const;

export const WOMPI_SANDBOX_URL = "https://sandbox.wompi.co/v1";
export const WOMPI_PRODUCTION_URL = "https://production.wompi.co/v1";
export const WOMPI_CHECKOUT_URL = "https://checkout.wompi.co/p/";

export function loadBoxOfficeConfig(env: NodeJS.ProcessEnv = process.env): BoxOfficeConfig {
  let v: Pick<Env, (typeof BOX_OFFICE_ENV)[number]>;
  try {
    v = parseEnv(BOX_OFFICE_ENV, env);
  } catch (error) {
    if (error instanceof EnvError) throw new BoxOfficeConfigError(error.message);
    throw error;
  }
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
    reservationMinutes: v.RESERVATION_MINUTES,
    bookingsPerMinute: v.RATE_LIMIT_BOOKING_PER_MINUTE,
    appUrl: v.APP_URL ? v.APP_URL.replace(/\/+$/, "") : null,
    wompi,
  };
}
