// Turns an Apollo/GraphQL error into a translation key: the API's stable
// extensions.code, an agent run's errorCode, or a network failure. The codes
// and their texts are the error catalogue's (shared/errors.ts).
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { TRANSLATED_CODES, TRANSLATED_REASONS } from "../../shared/errors.ts";

/** Codes the dashboard has a text for (the error catalogue's; web/src/i18n builds `errors.*` from it). */
const KNOWN = TRANSLATED_CODES;

/**
 * A mutation that answered without the record it should have written: the
 * server wrote nothing (it answers NOT_FOUND or FORBIDDEN for that; this
 * guards the screen should an answer ever come back empty). Never "saved".
 */
export class NothingWrittenError extends Error {
  constructor() {
    super("The server wrote nothing.");
    this.name = "NothingWrittenError";
  }
}

/** The written record of a mutation's answer, or NothingWrittenError. */
export function written<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) throw new NothingWrittenError();
  return record;
}

export function errorCodeOf(error: unknown): string {
  if (error instanceof NothingWrittenError) return "NOT_FOUND";
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === "string" && KNOWN.has(code) ? code : "UNKNOWN";
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code;
      if (code && KNOWN.has(code)) return code;
    } catch {
      // not JSON: fall through
    }
    return error.statusCode >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN";
  }
  if (error instanceof TypeError) return "NETWORK";
  return "UNKNOWN";
}

/**
 * Finer reasons (extensions.reason) that say more than their code, each with
 * its own message under errors.reasons (e.g. SOLD_OUT rather than CONFLICT):
 * the catalogue's reasons that have a text.
 */
export const REASONS = TRANSLATED_REASONS;

/** The translation key for an error or an agent run's error code: its reason's when it has a known one. */
export function errorKey(errorOrCode: unknown): string {
  if (typeof errorOrCode !== "string") {
    const reason = errorReasonOf(errorOrCode);
    if (reason && REASONS.has(reason)) return `errors.reasons.${reason}`;
  }
  const code = typeof errorOrCode === "string" ? errorOrCode : errorCodeOf(errorOrCode);
  return `errors.${KNOWN.has(code) || code === "NETWORK" ? code : "UNKNOWN"}`;
}

/** The API's finer extensions.reason (e.g. EMAIL_NOT_VERIFIED), when there is one. */
export function errorReasonOf(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const reason = error.errors[0]?.extensions?.reason;
    return typeof reason === "string" ? reason : null;
  }
  return null;
}

/** What the API says about a refusal: its code, finer reason, the constraint and details it names. */
export interface Refusal {
  code: string;
  reason: string | null;
  constraint: string | null;
  /** events_publication_problems codes (NOT_READY). */
  missing: string[];
  /** How many bookings or looks stand in the way (HAS_BOOKINGS, HAS_LOOKS). */
  count: number | null;
}

export function refusalOf(error: unknown): Refusal {
  const extensions = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    code: errorCodeOf(error),
    reason: text(extensions.reason),
    constraint: text(extensions.constraint),
    missing: Array.isArray(extensions.missing)
      ? extensions.missing.filter((m): m is string => typeof m === "string")
      : [],
    count: typeof extensions.count === "number" ? extensions.count : null,
  };
}
