// Stable error codes for API clients. Postgres errors (RLS, constraints and
// the custom SQLSTATEs our functions raise) map to a small set of codes with
// an English message; the web client translates the codes. Anything
// unexpected is masked: the client gets an error id, the log gets the detail.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { isSafeError } from "postgraphile/grafast";
import { GraphQLError, type GraphQLFormattedError } from "postgraphile/graphql";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION_FAILED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TIMEOUT"
  | "INTERNAL_SERVER_ERROR";

interface Mapping {
  code: ErrorCode;
  /** A finer, stable reason for clients that want it (e.g. SOLD_OUT). */
  reason?: string;
  /** Use the database's message (our functions raise English, user-safe text). */
  keepMessage?: boolean;
  message?: string;
}

const PATTERN_MESSAGE =
  "A text pattern is not valid: in like and likeInsensitive patterns a backslash escapes the next character, so a pattern may not end with a single backslash (write \\\\ for a backslash).";

/** SQLSTATE → API code. The 5-letter states are raised by our own functions. */
const BY_SQLSTATE: Record<string, Mapping> = {
  LOGIN: { code: "UNAUTHENTICATED", reason: "LOGIN_REQUIRED", keepMessage: true },
  CREDS: { code: "UNAUTHENTICATED", reason: "INVALID_CREDENTIALS", keepMessage: true },
  // A token whose session was revoked or expired (app_public.current_profile_id): HTTP 401, see installPostGraphile.
  RVOKD: { code: "UNAUTHENTICATED", reason: "SESSION_REVOKED", keepMessage: true },
  DNIED: { code: "FORBIDDEN", reason: "NOT_ALLOWED", keepMessage: true },
  UNVER: { code: "FORBIDDEN", reason: "EMAIL_NOT_VERIFIED", keepMessage: true },
  NTFND: { code: "NOT_FOUND", reason: "NOT_FOUND", keepMessage: true },
  INVAL: { code: "VALIDATION_FAILED", reason: "INVALID_INPUT", keepMessage: true },
  EMAIL: { code: "VALIDATION_FAILED", reason: "INVALID_EMAIL", keepMessage: true },
  WEAKP: { code: "VALIDATION_FAILED", reason: "WEAK_PASSWORD", keepMessage: true },
  NUNIQ: { code: "CONFLICT", reason: "ALREADY_EXISTS", keepMessage: true },
  SOLDO: { code: "CONFLICT", reason: "SOLD_OUT", keepMessage: true },
  CLOSD: { code: "CONFLICT", reason: "SALES_CLOSED", keepMessage: true },
  OWNER: { code: "CONFLICT", reason: "LAST_OWNER", keepMessage: true },
  CAPAC: { code: "CONFLICT", reason: "OVER_CAPACITY", keepMessage: true },
  MAXPO: { code: "VALIDATION_FAILED", reason: "TOO_MANY_TICKETS", keepMessage: true },
  RSVEX: { code: "CONFLICT", reason: "RESERVATION_EXISTS", keepMessage: true },
  RLIMT: { code: "RATE_LIMITED", reason: "RATE_LIMITED", keepMessage: true },
  CONFL: { code: "CONFLICT", reason: "INVALID_STATE", keepMessage: true },
  NOTRD: { code: "CONFLICT", reason: "NOT_READY", keepMessage: true },
  HASBK: { code: "CONFLICT", reason: "HAS_BOOKINGS", keepMessage: true },
  HASLK: { code: "CONFLICT", reason: "HAS_LOOKS", keepMessage: true },
  "42501": { code: "FORBIDDEN", reason: "NOT_ALLOWED", message: "You do not have permission to do this." },
  "23505": { code: "CONFLICT", reason: "ALREADY_EXISTS", message: "A record with these values already exists." },
  "23503": {
    code: "VALIDATION_FAILED",
    reason: "REFERENCE_INVALID",
    message: "A referenced record does not exist or is still in use.",
  },
  "23502": { code: "VALIDATION_FAILED", reason: "REQUIRED", message: "A required value is missing." },
  "23514": { code: "VALIDATION_FAILED", reason: "OUT_OF_RANGE", message: "A value is out of range or not allowed." },
  "23P01": { code: "CONFLICT", reason: "OVERLAP", message: "This overlaps with an existing record." },
  "22P02": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: "A value has an invalid format." },
  "22007": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: "A date or time has an invalid format." },
  "22008": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: "A date or time is out of range." },
  "22003": { code: "VALIDATION_FAILED", reason: "OUT_OF_RANGE", message: "A number is out of range." },
  "22001": { code: "VALIDATION_FAILED", reason: "TOO_LONG", message: "A value is too long." },
  "22023": { code: "VALIDATION_FAILED", reason: "INVALID_INPUT", message: "A value is not valid." },
  "57014": { code: "TIMEOUT", reason: "STATEMENT_TIMEOUT", message: "The request took too long and was cancelled." },
  // Patterns (like, likeInsensitive, similarTo, regular expressions) PostgreSQL cannot read.
  "22025": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "22019": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "2200C": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "22P06": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "2201B": { code: "VALIDATION_FAILED", reason: "INVALID_FORMAT", message: "A regular expression is not valid." },
};

/**
 * SQLSTATE class → API code, for the states not listed above. Class 22
 * (data exception) is a value PostgreSQL cannot take: bad input, whichever
 * of its forty states; class 54 (program limit exceeded: too many columns,
 * a statement too complex, the stack depth limit) is a request larger than
 * the database accepts. Neither is a server fault.
 */
const BY_SQLSTATE_CLASS: Record<string, Mapping> = {
  "22": { code: "VALIDATION_FAILED", reason: "INVALID_INPUT", message: "A value is not valid." },
  "54": {
    code: "VALIDATION_FAILED",
    reason: "QUERY_TOO_COMPLEX",
    message: "The request is too complex for the database: ask for fewer filters, orders or fields.",
  },
};

/** What @dataplan/pg throws when a delete mutation's row is not there (or not visible to the caller). */
const NOTHING_DELETED = /^No values were deleted in collection '[^']*' because no values you can delete were found/;

interface PgLikeError {
  code?: unknown;
  message: string;
  constraint?: string;
  detail?: string;
}

/**
 * Machine-readable details some refusals carry in their DETAIL: what an event
 * still needs before it can be published (events_publication_problems codes),
 * how many bookings or looks stand in the way of a delete.
 */
function detailExtensions(sqlstate: string, detail: string | undefined): Record<string, unknown> {
  if (!detail) return {};
  if (sqlstate === "NOTRD") return { missing: detail.split(",").filter((code) => /^[A-Z_]+$/.test(code)) };
  if ((sqlstate === "HASBK" || sqlstate === "HASLK") && /^\d+$/.test(detail)) return { count: Number(detail) };
  return {};
}

function pgErrorOf(error: unknown): PgLikeError | null {
  if (error && typeof error === "object" && "code" in error && typeof (error as PgLikeError).code === "string") {
    const code = (error as PgLikeError).code as string;
    if (/^[0-9A-Z]{5}$/.test(code)) return error as PgLikeError;
  }
  return null;
}

/** A GraphQL error with our code; used for errors raised by the server itself. */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A full GraphQL response body carrying one error, for answers given before GraphQL runs. */
export function errorBody(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

export function makeMaskError(options: { production: boolean; logger: Logger }) {
  return function maskError(error: GraphQLError): GraphQLError | GraphQLFormattedError {
    const original = error.originalError;
    // Errors from parsing/validation/our own apiError already carry a safe message.
    if (!original || original instanceof GraphQLError) {
      if (!error.extensions?.code) {
        return new GraphQLError(error.message, {
          nodes: error.nodes,
          positions: error.positions,
          path: error.path,
          extensions: { ...error.extensions, code: "VALIDATION_FAILED" },
        });
      }
      return error;
    }
    const pgError = pgErrorOf(original);
    const state = pgError?.code as string | undefined;
    const mapping = state ? (BY_SQLSTATE[state] ?? BY_SQLSTATE_CLASS[state.slice(0, 2)]) : undefined;
    if (pgError && mapping) {
      const extensions: Record<string, unknown> = { code: mapping.code };
      if (mapping.reason) extensions.reason = mapping.reason;
      if (pgError.constraint) extensions.constraint = pgError.constraint;
      Object.assign(extensions, detailExtensions(pgError.code as string, pgError.detail));
      return new GraphQLError(mapping.keepMessage ? pgError.message : (mapping.message ?? pgError.message), {
        nodes: error.nodes,
        positions: error.positions,
        path: error.path,
        extensions,
      });
    }
    // Grafast's SafeError carries a message meant for the client (e.g. an update with an empty patch).
    // Its extensions.statusCode only chooses the HTTP status (grafserv): not for the body.
    if (isSafeError(original)) {
      const { statusCode: _status, ...extensions } = original.extensions ?? {};
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        positions: error.positions,
        path: error.path,
        extensions: { ...extensions, code: extensions.code ?? "VALIDATION_FAILED" },
      });
    }
    // A delete that matched no row the caller may delete: absent, or hidden by RLS.
    if (NOTHING_DELETED.test(original.message)) {
      return new GraphQLError("There is no such record, or you may not delete it.", {
        nodes: error.nodes,
        positions: error.positions,
        path: error.path,
        extensions: { code: "NOT_FOUND", reason: "NOT_FOUND" },
      });
    }
    // A stack overflow while planning or running a request is an input deeper
    // than the limits foresaw (graphql/inputs.ts): the request's fault, logged
    // so the limit can be tightened.
    if (original instanceof RangeError && /Maximum call stack size exceeded/.test(original.message)) {
      options.logger.warn({ path: error.path }, "a request overflowed the stack");
      return new GraphQLError("The request is nested too deeply to be processed.", {
        nodes: error.nodes,
        positions: error.positions,
        path: error.path,
        extensions: { code: "VALIDATION_FAILED", reason: "TOO_DEEP" },
      });
    }
    const errorId = randomUUID();
    options.logger.error({ errorId, err: original, path: error.path }, "unexpected GraphQL error");
    return new GraphQLError(
      options.production
        ? `An unexpected error occurred (error id ${errorId}).`
        : `${original.message} (error id ${errorId})`,
      {
        nodes: error.nodes,
        positions: error.positions,
        path: error.path,
        extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
      },
    );
  };
}
