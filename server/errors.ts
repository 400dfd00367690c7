// Stable error codes for API clients. Postgres errors (RLS, constraints and
// the custom SQLSTATEs our functions raise) map to a small set of codes with
// an English message; the web client translates the codes. Codes, reasons and
// SQLSTATEs come from the error catalogue (shared/errors.ts). Anything
// unexpected is masked: the client gets an error id, the log gets the detail.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { isSafeError } from "postgraphile/grafast";
import { GraphQLError, type GraphQLFormattedError } from "postgraphile/graphql";
import {
  type ApiErrorCode,
  type ErrorReason,
  isCustomSqlstate,
  REASON_CODES,
  SQLSTATE_CLASSES,
  SQLSTATES,
} from "../shared/errors.ts";

/** The API's codes (extensions.code): the error catalogue's, shared/errors.ts. */
export type ErrorCode = ApiErrorCode;

/** Extensions of an error the server raises itself: a finer reason of its code, from the catalogue. */
export type ErrorExtensions<C extends ErrorCode> = { reason?: ErrorReason<C> } & Record<string, unknown>;

interface Mapping {
  code: ErrorCode;
  /** A finer, stable reason for clients that want it (e.g. SOLD_OUT). */
  reason: ErrorReason;
  /** Use the database's message (our functions raise English, user-safe text). */
  keepMessage: boolean;
  message?: string;
}

const mapping = (state: string, { reason, message }: { reason: ErrorReason; message?: string }): Mapping => ({
  code: REASON_CODES[reason],
  reason,
  keepMessage: isCustomSqlstate(state),
  message,
});

/** SQLSTATE → API code, from the catalogue. The 5-letter states are raised by our own functions. */
const BY_SQLSTATE: Record<string, Mapping> = Object.fromEntries(
  Object.entries(SQLSTATES).map(([state, spec]) => [state, mapping(state, spec)]),
);

/** SQLSTATE class → API code, for the states not listed above (the catalogue says why). */
const BY_SQLSTATE_CLASS: Record<string, Mapping> = Object.fromEntries(
  Object.entries(SQLSTATE_CLASSES).map(([stateClass, spec]) => [stateClass, mapping(stateClass, spec)]),
);

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
export function apiError<C extends ErrorCode>(
  code: C,
  message: string,
  extensions: ErrorExtensions<C> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** The extensions of a coded error (e.g. for Grafast's SafeError), its reason checked against the catalogue. */
export function codedExtensions<C extends ErrorCode>(
  code: C,
  extensions: ErrorExtensions<C> = {},
): { code: C } & ErrorExtensions<C> {
  return { code, ...extensions };
}

/** A full GraphQL response body carrying one error, for answers given before GraphQL runs. */
export function errorBody<C extends ErrorCode>(code: C, message: string, extensions: ErrorExtensions<C> = {}): string {
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
