// The error catalogue: every code a person or a program can meet, once.
//
// - The API answers `extensions.code` (and often a finer `extensions.reason`)
//   with an English message for integrators (server/errors.ts).
// - An agent run that fails stores only its code in agent_runs.error_code
//   (tasks/ai/errors.ts); the database holds codes, never sentences.
// - The dashboard translates the code (and, where it has a text, the reason)
//   with the texts below: web/src/i18n builds its `errors.*` keys from them.
// - The database's own SQLSTATEs (raised by our functions) map to a reason.
//
// test/errors.test.ts holds the server, the worker, the SQL and the web to
// this file, and the README's error tables are generated from it
// (`node test/update-readme.ts`). Pure data: the web bundles it.

export const LOCALES = ["es-CO", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** What a person reads, in each language the product speaks. */
export type Texts = Readonly<Record<Locale, string>>;

export interface ReasonSpec {
  /** When it is used (English, for integrators and the README). */
  when: string;
  /** A finer text the dashboard shows instead of its code's (only where it says more). */
  text?: Texts;
}

export interface CodeSpec {
  /** When the API answers with this `extensions.code` (English); absent: the API never does. */
  api?: string;
  /** When an agent run ends with this `errorCode` (English); absent: no run does. */
  agent?: string;
  /** When the dashboard itself uses it (no server answer to read); absent: it is not a client code. */
  client?: string;
  /** Used only inside the worker (log rows), never stored on a run nor shown. */
  internal?: string;
  /** The finer `extensions.reason` values of an API code. */
  reasons?: Readonly<Record<string, ReasonSpec>>;
  /** What the dashboard says; absent only for internal codes. */
  text?: Texts;
}

export const ERROR_CODES = {
  UNAUTHENTICATED: {
    api: "bad token (HTTP 401); a token whose session was revoked or expired (HTTP 401); an action that needs a signed-in person; a registration link with another password",
    reasons: {
      LOGIN_REQUIRED: { when: "the action needs a signed-in person" },
      INVALID_CREDENTIALS: { when: "wrong email or password where a function must say so" },
      SESSION_REVOKED: { when: "the token's session was signed out, revoked or has expired (HTTP 401)" },
    },
    text: { "es-CO": "Tu sesión terminó. Inicia sesión de nuevo.", en: "Your session ended. Please sign in again." },
  },
  FORBIDDEN: {
    api: "RLS or a role check refused the action; an unverified account tried what needs a verified email; an update or delete of a row you can see but may not write",
    reasons: {
      NOT_ALLOWED: { when: "row-level security or a role check refused it" },
      EMAIL_NOT_VERIFIED: { when: "the action needs a verified email address" },
    },
    text: {
      "es-CO": "No tienes permiso para hacer esto. Pide acceso a un administrador de tu organización.",
      en: "You do not have permission to do this. Ask an admin of your organization for access.",
    },
  },
  NOT_FOUND: {
    api: "the record does not exist or is not visible to you, also when an update or delete matched no row you can see",
    reasons: { NOT_FOUND: { when: "no such record, or not visible to the caller" } },
    text: {
      "es-CO": "No encontramos lo que buscas. Puede que ya no exista.",
      en: "We could not find what you are looking for. It may no longer exist.",
    },
  },
  VALIDATION_FAILED: {
    api: "bad input: check constraints, formats, weak password, invalid email, a document or request over a limit (see Security), body too large (HTTP 413)",
    reasons: {
      INVALID_INPUT: { when: "a value the function or the request does not accept" },
      INVALID_EMAIL: {
        when: "not an email address",
        text: {
          "es-CO": "Revisa el correo: no parece una dirección válida.",
          en: "Check the email: it does not look like a valid address.",
        },
      },
      WEAK_PASSWORD: { when: "a password shorter than 10 characters" },
      OUT_OF_RANGE: { when: "a check constraint, a number out of range, a page size over the limit" },
      INVALID_FORMAT: { when: "a value, date or time PostgreSQL cannot read" },
      REQUIRED: { when: "a required value is missing" },
      REFERENCE_INVALID: { when: "a referenced record does not exist (or is still in use)" },
      TOO_LONG: { when: "a text over its length limit" },
      TOO_MANY_TICKETS: {
        when: "more tickets than the tier's max_per_order in one booking",
        text: {
          "es-CO": "Son demasiadas boletas para una sola compra en esta categoría.",
          en: "That is too many tickets for one order of this tier.",
        },
      },
      ONE_BOOKING_PER_REQUEST: {
        when: "more than one bookTickets in one request",
        text: { "es-CO": "Haz una reserva a la vez.", en: "Make one booking at a time." },
      },
      DATES_REVERSED: {
        when: "a period whose last day is before its first (markVendorUnavailable)",
        text: {
          "es-CO": "La fecha final no puede ser anterior a la inicial.",
          en: "The last day cannot be before the first day.",
        },
      },
      DATES_IN_PAST: {
        when: "a period that is over already (markVendorUnavailable)",
        text: {
          "es-CO": "Esas fechas ya pasaron. Elige fechas de hoy en adelante.",
          en: "Those days are past. Choose days from today on.",
        },
      },
      SYNTAX_ERROR: { when: "the GraphQL document does not parse" },
      INVALID_QUERY: { when: "the GraphQL document does not validate" },
      DOCUMENT_TOO_LARGE: { when: "over GRAPHQL_MAX_DOCUMENT_LENGTH characters" },
      TOO_MANY_TOKENS: { when: "over GRAPHQL_MAX_TOKENS lexical tokens" },
      TOO_DEEP: { when: "selections nested too deeply" },
      QUERY_TOO_COMPLEX: { when: "over GRAPHQL_MAX_COST" },
      NUL_CHARACTER: { when: "a string holds the NUL character" },
      INPUT_TOO_DEEP: { when: "input objects and lists nested over 10 deep in an argument, or JSON over 32 deep" },
      INPUT_TOO_LARGE: { when: "a filter, condition or order with over 250 values" },
      LIST_TOO_LONG: { when: "a list argument over 100 entries, or an orderBy over 10" },
      TOO_MANY_RELATION_FILTERS: {
        when: "relation filters nested over 3 deep, or over 2 per request for anonymous callers",
      },
      INTROSPECTION_LIMIT: { when: "`__schema`/`__type` more than once in one operation" },
      RESPONSE_TOO_LARGE: { when: "the response would exceed GRAPHQL_MAX_RESPONSE_BYTES" },
      TOO_LARGE: { when: "the body exceeds BODY_LIMIT_BYTES (HTTP 413)" },
      INVALID_BODY: { when: "the body is not valid JSON" },
      UNSUPPORTED_MEDIA_TYPE: { when: "the body is not application/json (HTTP 415)" },
      METHOD_NOT_ALLOWED: { when: "an HTTP method the GraphQL endpoint does not take (HTTP 405)" },
      NOT_ACCEPTABLE: { when: "an Accept header the GraphQL endpoint cannot answer (HTTP 406)" },
      INVALID_URL: { when: "the request URL cannot be read" },
      UNSUPPORTED_TYPE: {
        when: "an upload that is not a JPEG, PNG, WebP or AVIF image (`detected`: the type its bytes say)",
        text: {
          "es-CO": "Ese archivo no es una imagen que podamos usar. Sube una foto JPEG, PNG, WebP o AVIF.",
          en: "That file is not an image we can use. Upload a JPEG, PNG, WebP or AVIF photo.",
        },
      },
      TOO_SMALL: {
        when: "an uploaded image under the purpose's smallest side (300 px, 64 for logos; `width`, `height`, `minSide`)",
        text: {
          "es-CO": "La foto es muy pequeña. Elige una de mayor resolución.",
          en: "The photo is too small. Choose one with a higher resolution.",
        },
      },
      TOO_LARGE_DIMENSIONS: {
        when: "an uploaded image over 12,000 px a side or its pixel budget (`width`, `height`, `maxSide`, `maxPixels`)",
        text: {
          "es-CO": "La foto es demasiado grande. Elige una de menor resolución.",
          en: "The photo is too large. Choose one with a lower resolution.",
        },
      },
      INVALID_IMAGE: {
        when: "an upload whose image cannot be read (damaged or incomplete)",
        text: {
          "es-CO": "No pudimos leer la imagen: puede estar dañada o incompleta. Prueba con otra.",
          en: "We could not read the image: it may be damaged or incomplete. Try another one.",
        },
      },
    },
    text: {
      "es-CO": "Revisa los datos: hay un valor que no es válido.",
      en: "Please check the data: a value is not valid.",
    },
  },
  CONFLICT: {
    api: "duplicates and state conflicts",
    reasons: {
      ALREADY_EXISTS: { when: "a record with these values already exists" },
      SOLD_OUT: {
        when: "not enough tickets of the tier left",
        text: {
          "es-CO": "Ya no quedan suficientes boletas de esta categoría. Elige menos boletas u otra categoría.",
          en: "There are not enough tickets of this tier left. Choose fewer tickets or another tier.",
        },
      },
      SALES_CLOSED: {
        when: "the tier is not on sale",
        text: { "es-CO": "La venta de esta categoría está cerrada.", en: "Sales for this tier are closed." },
      },
      RESERVATION_EXISTS: {
        when: "the email already holds a pending reservation of the tier",
        text: {
          "es-CO":
            "Este correo ya tiene una reserva pendiente de esta categoría. Págala o espera a que venza para reservar de nuevo.",
          en: "This email already has a pending reservation of this tier. Pay it or let it expire before reserving again.",
        },
      },
      LAST_OWNER: { when: "an organization must keep at least one owner" },
      OVERLAP: { when: "overlaps an existing record (exclusion constraint)" },
      OVER_CAPACITY: {
        when: "tiers would offer more tickets than the event's capacity; no room left for a guest's +1",
        text: {
          "es-CO": "No hay cupo suficiente. No se cambió nada.",
          en: "There is not enough room. Nothing was changed.",
        },
      },
      RSVP_CLOSED: {
        when: "the event's RSVP deadline (or its start) has passed",
        text: { "es-CO": "Las respuestas para este evento están cerradas.", en: "RSVPs for this event are closed." },
      },
      INVITATIONS_CLOSED: {
        when: "an invitation link was to be sent after the event's RSVPs closed (rsvpClosesAt or its start passed): the link would only say closed",
        text: {
          "es-CO":
            "Las respuestas a este evento ya cerraron: una invitación enviada ahora llevaría un enlace cerrado. Cambia la fecha de cierre de respuestas del evento para invitar a más personas.",
          en: "RSVPs for this event are closed: an invitation sent now would carry a closed link. Move the event's RSVP closing date to invite more people.",
        },
      },
      EVENT_CANCELLED: {
        when: "the event was cancelled: its guest list is closed (no invitation added, no RSVP answered)",
        text: {
          "es-CO": "Este evento fue cancelado: ya no recibe invitaciones ni respuestas.",
          en: "This event was cancelled: it takes no more invitations or answers.",
        },
      },
      SEATING_CHANGED: {
        when: "someone else moved the guest or took the seat since the seating chart was read (optimistic concurrency)",
        text: {
          "es-CO": "Alguien movió este puesto mientras tanto. Recargamos el plano: revisa y vuelve a intentarlo.",
          en: "Someone moved this meanwhile. The chart was reloaded: check it and try again.",
        },
      },
      NOT_READY: {
        when: "an event cannot be published yet; `extensions.missing` lists what it needs (events_publication_problems codes)",
      },
      HAS_BOOKINGS: {
        when: "an event with bookings cannot be deleted (cancel it); `extensions.count` says how many",
      },
      ALREADY_UNAVAILABLE: {
        when: "the vendor is already marked unavailable on some of those days",
        text: {
          "es-CO": "El proveedor ya está marcado como no disponible en parte de esas fechas.",
          en: "The vendor is already marked unavailable on some of those days.",
        },
      },
      NOT_BOOKED: {
        when: "a rating for a vendor that was not booked for the event",
        text: {
          "es-CO": "Solo puedes calificar un proveedor que reservaste para el evento.",
          en: "You can only rate a vendor you booked for the event.",
        },
      },
      EVENT_NOT_OVER: {
        when: "a rating before the event has ended",
        text: {
          "es-CO": "Podrás calificar al proveedor cuando termine el evento.",
          en: "You can rate the vendor once the event is over.",
        },
      },
      HAS_LOOKS: { when: "a designer with looks cannot leave the line-up; `extensions.count` says how many" },
      CONCURRENT_UPDATE: {
        when: "another request changed the same rows at that moment and PostgreSQL refused this one (a deadlock or a serialization failure): nothing was written; send it again",
      },
      INVALID_STATE: {
        when: "the record is not in a state that allows this",
        text: {
          "es-CO": "Esta reserva cambió de estado. Recarga la página.",
          en: "This booking changed. Reload the page.",
        },
      },
    },
    text: {
      "es-CO": "No se pudo completar porque algo cambió. Recarga e inténtalo de nuevo.",
      en: "This could not be completed because something changed. Reload and try again.",
    },
  },
  RATE_LIMITED: {
    api: "over a request limit (HTTP 429 with `Retry-After` and `extensions.retryAfterSeconds`); over an invitation or verification-mail limit (HTTP 200, like other execution errors)",
    agent: "the provider kept answering 429 (after waiting out `Retry-After`); also the request limits",
    reasons: { RATE_LIMITED: { when: "a database function's own limit (agent requests, emails)" } },
    text: {
      "es-CO": "Límite de solicitudes excedido. Espera un minuto e inténtalo de nuevo.",
      en: "Request limit exceeded. Wait a minute and try again.",
    },
  },
  TIMEOUT: {
    api: "a statement exceeded `STATEMENT_TIMEOUT_MS`",
    reasons: { STATEMENT_TIMEOUT: { when: "PostgreSQL cancelled the statement" } },
    text: {
      "es-CO": "La operación tardó demasiado. Inténtalo de nuevo.",
      en: "The operation took too long. Please try again.",
    },
  },
  INTERNAL_SERVER_ERROR: {
    api: "anything unexpected: masked, with `extensions.errorId` (the log has the detail)",
    text: {
      "es-CO": "Algo salió mal de nuestro lado. Inténtalo de nuevo; si sigue pasando, escríbenos.",
      en: "Something went wrong on our side. Try again; if it keeps happening, contact us.",
    },
  },
  AI_CREDITS_EXHAUSTED: {
    agent: "HTTP 402, at once",
    text: {
      "es-CO": "Créditos de IA agotados. Pide a un administrador que recargue créditos con el proveedor de IA.",
      en: "AI credits exhausted. Ask an admin to top up credits with the AI provider.",
    },
  },
  AI_AUTH_FAILED: {
    agent: "HTTP 401/403, at once",
    text: {
      "es-CO": "El proveedor de IA rechazó la credencial. Avisa a un administrador.",
      en: "The AI provider rejected the credentials. Let an admin know.",
    },
  },
  AI_BAD_REQUEST: {
    agent: "another HTTP 4xx, at once (e.g. `AI_OUTPUT_MODE=json_schema` on an endpoint without it)",
    text: {
      "es-CO": "El proveedor de IA rechazó la solicitud. Avisa a un administrador.",
      en: "The AI provider rejected the request. Let an admin know.",
    },
  },
  AI_INVALID_OUTPUT: {
    agent: "nothing usable in the answer, nor after one repair turn; nothing written",
    text: {
      "es-CO": "La IA devolvió una respuesta no válida y no se guardó nada. Inténtalo de nuevo.",
      en: "The AI returned an invalid answer and nothing was saved. Please try again.",
    },
  },
  AI_BUDGET_EXCEEDED: {
    agent: "month-to-date cost reached the budget; no call made",
    text: {
      "es-CO": "Se alcanzó el presupuesto mensual de IA. Un administrador puede ampliarlo.",
      en: "The monthly AI budget has been reached. An admin can raise it.",
    },
  },
  AI_TIMEOUT: {
    agent: "timeouts after 3 attempts",
    text: {
      "es-CO": "La IA tardó demasiado en responder. Inténtalo de nuevo en unos minutos.",
      en: "The AI took too long to answer. Try again in a few minutes.",
    },
  },
  AI_UNAVAILABLE: {
    agent: "network errors, HTTP 5xx after 3 attempts",
    text: {
      "es-CO": "El servicio de IA no está disponible. Inténtalo más tarde.",
      en: "The AI service is unavailable. Try again later.",
    },
  },
  AI_SCHEMA_UNSUPPORTED: {
    internal:
      "the endpoint does not take `response_format: json_schema`; the call is made again at once as a tool call (a log row says so)",
  },
  INTERNAL_ERROR: {
    agent:
      "storing the result kept failing (3 attempts, one provider call), or no job is left to finish the run, or its input is malformed",
    text: {
      "es-CO": "Ocurrió un error inesperado en el agente. Inténtalo de nuevo.",
      en: "The agent hit an unexpected error. Please try again.",
    },
  },
  CANCELLED: {
    agent: "cancelled while queued or running (`cancelAgentRun`)",
    text: { "es-CO": "La ejecución fue cancelada.", en: "The run was cancelled." },
  },
  NETWORK: {
    client: "the dashboard cannot reach the server",
    text: {
      "es-CO": "Sin conexión con el servidor. Revisa tu internet e inténtalo de nuevo.",
      en: "No connection to the server. Check your internet and try again.",
    },
  },
  UNKNOWN: {
    client: "an answer the dashboard cannot read, or a code it does not know",
    text: { "es-CO": "Algo salió mal. Inténtalo de nuevo.", en: "Something went wrong. Please try again." },
  },
} as const satisfies Readonly<Record<string, CodeSpec>>;

type Catalogue = typeof ERROR_CODES;
export type ErrorCode = keyof Catalogue;
/** Codes the API answers with (`extensions.code`). */
export type ApiErrorCode = { [K in ErrorCode]: Catalogue[K] extends { api: string } ? K : never }[ErrorCode];
/** Codes the worker uses (agent_runs.error_code, and internal log codes). */
export type AgentErrorCode = {
  [K in ErrorCode]: Catalogue[K] extends { agent: string } | { internal: string } ? K : never;
}[ErrorCode];
/** The reasons of one API code (or of all, by default). */
export type ErrorReason<C extends ErrorCode = ErrorCode> = C extends unknown
  ? Catalogue[C] extends { reasons: infer R }
    ? keyof R & string
    : never
  : never;

export const codeEntries = (): [ErrorCode, CodeSpec][] => Object.entries(ERROR_CODES) as [ErrorCode, CodeSpec][];

export const API_ERROR_CODES = codeEntries()
  .filter(([, spec]) => spec.api)
  .map(([code]) => code) as ApiErrorCode[];
export const AGENT_ERROR_CODES = codeEntries()
  .filter(([, spec]) => spec.agent)
  .map(([code]) => code) as AgentErrorCode[];

/** Every reason with the code it refines. */
export const REASON_CODES: Readonly<Record<ErrorReason, ApiErrorCode>> = Object.fromEntries(
  codeEntries().flatMap(([code, spec]) => Object.keys(spec.reasons ?? {}).map((reason) => [reason, code])),
) as Record<ErrorReason, ApiErrorCode>;

/**
 * SQLSTATE → reason (and so the API code). The five-letter states are raised
 * by our own SQL functions with an English, user-safe message, which the API
 * keeps; the standard ones get the English message given here.
 */
const PATTERN_MESSAGE =
  "A text pattern is not valid: in like and likeInsensitive patterns a backslash escapes the next character, so a pattern may not end with a single backslash (write \\\\ for a backslash).";

export const SQLSTATES: Readonly<Record<string, { reason: ErrorReason; message?: string }>> = {
  LOGIN: { reason: "LOGIN_REQUIRED" },
  CREDS: { reason: "INVALID_CREDENTIALS" },
  // A token whose session was revoked or expired (app_public.current_profile_id): HTTP 401, see installPostGraphile.
  RVOKD: { reason: "SESSION_REVOKED" },
  DNIED: { reason: "NOT_ALLOWED" },
  UNVER: { reason: "EMAIL_NOT_VERIFIED" },
  NTFND: { reason: "NOT_FOUND" },
  INVAL: { reason: "INVALID_INPUT" },
  EMAIL: { reason: "INVALID_EMAIL" },
  WEAKP: { reason: "WEAK_PASSWORD" },
  NUNIQ: { reason: "ALREADY_EXISTS" },
  SOLDO: { reason: "SOLD_OUT" },
  CLOSD: { reason: "SALES_CLOSED" },
  OWNER: { reason: "LAST_OWNER" },
  CAPAC: { reason: "OVER_CAPACITY" },
  MAXPO: { reason: "TOO_MANY_TICKETS" },
  RSVEX: { reason: "RESERVATION_EXISTS" },
  RSVPC: { reason: "RSVP_CLOSED" },
  EVCAN: { reason: "EVENT_CANCELLED" },
  INVCL: { reason: "INVITATIONS_CLOSED" },
  MOVED: { reason: "SEATING_CHANGED" },
  RLIMT: { reason: "RATE_LIMITED" },
  CONFL: { reason: "INVALID_STATE" },
  VDATE: { reason: "DATES_REVERSED" },
  VPAST: { reason: "DATES_IN_PAST" },
  VOVLP: { reason: "ALREADY_UNAVAILABLE" },
  VNBKD: { reason: "NOT_BOOKED" },
  VNOVR: { reason: "EVENT_NOT_OVER" },
  // Raised and caught inside app_public.import_talent to undo an import that has problems (or is a dry
  // run): it never leaves the function.
  P0IMP: { reason: "INVALID_INPUT" },
  NOTRD: { reason: "NOT_READY" },
  HASBK: { reason: "HAS_BOOKINGS" },
  HASLK: { reason: "HAS_LOOKS" },
  "42501": { reason: "NOT_ALLOWED", message: "You do not have permission to do this." },
  "23505": { reason: "ALREADY_EXISTS", message: "A record with these values already exists." },
  "23503": { reason: "REFERENCE_INVALID", message: "A referenced record does not exist or is still in use." },
  "23502": { reason: "REQUIRED", message: "A required value is missing." },
  "23514": { reason: "OUT_OF_RANGE", message: "A value is out of range or not allowed." },
  "23P01": { reason: "OVERLAP", message: "This overlaps with an existing record." },
  "22P02": { reason: "INVALID_FORMAT", message: "A value has an invalid format." },
  "22007": { reason: "INVALID_FORMAT", message: "A date or time has an invalid format." },
  "22008": { reason: "INVALID_FORMAT", message: "A date or time is out of range." },
  "22003": { reason: "OUT_OF_RANGE", message: "A number is out of range." },
  "22001": { reason: "TOO_LONG", message: "A value is too long." },
  "22023": { reason: "INVALID_INPUT", message: "A value is not valid." },
  "57014": { reason: "STATEMENT_TIMEOUT", message: "The request took too long and was cancelled." },
  // Two transactions waiting on each other's rows (e.g. a plain delete of a guest invitation racing that guest's
  // RSVP): PostgreSQL refuses one and it wrote nothing; the same request sent again goes through.
  "40P01": {
    reason: "CONCURRENT_UPDATE",
    message: "Someone changed the same data at the same moment; nothing was saved. Try again.",
  },
  "40001": {
    reason: "CONCURRENT_UPDATE",
    message: "Someone changed the same data at the same moment; nothing was saved. Try again.",
  },
  // Patterns (like, likeInsensitive, similarTo, regular expressions) PostgreSQL cannot read.
  "22025": { reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "22019": { reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "2200C": { reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "22P06": { reason: "INVALID_FORMAT", message: PATTERN_MESSAGE },
  "2201B": { reason: "INVALID_FORMAT", message: "A regular expression is not valid." },
};

/**
 * SQLSTATE class → reason, for the states not listed above. Class 22
 * (data exception) is a value PostgreSQL cannot take: bad input, whichever
 * of its forty states; class 54 (program limit exceeded: too many columns,
 * a statement too complex, the stack depth limit) is a request larger than
 * the database accepts. Neither is a server fault.
 */
export const SQLSTATE_CLASSES: Readonly<Record<string, { reason: ErrorReason; message: string }>> = {
  "22": { reason: "INVALID_INPUT", message: "A value is not valid." },
  "54": {
    reason: "QUERY_TOO_COMPLEX",
    message: "The request is too complex for the database: ask for fewer filters, orders or fields.",
  },
};

/** Our own SQLSTATEs: five capital letters (the standard ones start with a digit). */
export const isCustomSqlstate = (state: string) => /^[A-Z]{5}$/.test(state);

/**
 * The dashboard's `errors.*` translations in one language: each code's text
 * under its code, each reason's under `reasons.<REASON>`.
 */
export function errorTranslations(locale: Locale): { [code: string]: string | { [reason: string]: string } } {
  const out: { [code: string]: string | { [reason: string]: string } } = {};
  const reasons: { [reason: string]: string } = {};
  for (const [code, spec] of codeEntries()) {
    if (spec.text) out[code] = spec.text[locale];
    for (const [reason, reasonSpec] of Object.entries(spec.reasons ?? {})) {
      if (reasonSpec.text) reasons[reason] = reasonSpec.text[locale];
    }
  }
  if (Object.keys(reasons).length > 0) out.reasons = reasons;
  return out;
}

/** Codes the dashboard has a text for. */
export const TRANSLATED_CODES: ReadonlySet<string> = new Set(
  codeEntries()
    .filter(([, spec]) => spec.text)
    .map(([code]) => code),
);
/** Reasons with a text of their own (they say more than their code). */
export const TRANSLATED_REASONS: ReadonlySet<string> = new Set(
  codeEntries().flatMap(([, spec]) =>
    Object.entries(spec.reasons ?? {})
      .filter(([, reason]) => reason.text)
      .map(([reason]) => reason),
  ),
);
