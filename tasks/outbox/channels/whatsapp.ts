// WhatsApp Cloud API (Meta's Graph API), the outbound half: settings from the
// environment (shared/config.ts, zod), and a client that sends template and
// free-text messages and classifies every failure as retryable or permanent
// by the Graph error code.
//
// Meta's rules this follows (developers.facebook.com/docs/whatsapp/cloud-api):
//  * POST {WHATSAPP_API_URL}/{version}/{phone-number-id}/messages with
//    `Authorization: Bearer {token}` and a JSON body
//    `{ messaging_product: "whatsapp", recipient_type: "individual", to, type, … }`.
//    The answer is `{ messaging_product, contacts: [{ input, wa_id }],
//    messages: [{ id: "wamid.…" }] }`; the wamid is what status webhooks name.
//  * A business may start a conversation only with an approved template
//    (`type: "template"`, `template: { name, language: { code }, components }`).
//    Free text (`type: "text"`) is allowed only inside the 24-hour
//    customer-service window that opens each time the person writes to us;
//    outside it Meta answers error 131047 ("Re-engagement message").
//  * Errors come as `{ error: { message, type, code, error_subcode,
//    error_data: { details }, fbtrace_id } }`; the codes are listed in
//    "Error codes" (throttling 4/80007/130429/131056, Meta-side trouble
//    1/2/131000/131016/133004, everything else is about the request, the
//    account or the recipient and does not get better by retrying).
import { type Env, EnvError, parseEnv } from "../../../shared/config.ts";
import { ChannelError, type OutboundMessage, type OutboxChannel, type SendContext } from "../channel.ts";

export interface WhatsAppConfig {
  /** Access token (a System User token with whatsapp_business_messaging). */
  token: string;
  /** The id of the sending business phone number (digits), not the number itself. */
  phoneNumberId: string;
  /** The Graph API origin, https://graph.facebook.com in production. */
  apiUrl: string;
  /** The Graph API version in every path, e.g. v21.0. */
  apiVersion: string;
  /** Milliseconds per call; a timeout is retryable. */
  timeoutMs: number;
}

export class WhatsAppConfigError extends Error {}

export const GRAPH_API_URL = "https://graph.facebook.com";
export const GRAPH_API_VERSION = "v21.0";

const WHATSAPP_SEND_ENV = [
  "WHATSAPP_TOKEN",
  "WHATSAPP_PHONE_NUMBER_ID",
  "WHATSAPP_API_URL",
  "WHATSAPP_API_VERSION",
  "WHATSAPP_TIMEOUT_MS",
] as const;

/** The sending settings; null when WhatsApp is not configured (no token and no phone number id). */
export function loadWhatsAppConfig(env: NodeJS.ProcessEnv = process.env): WhatsAppConfig | null {
  let v: Pick<Env, (typeof WHATSAPP_SEND_ENV)[number]>;
  try {
    v = parseEnv(WHATSAPP_SEND_ENV, env);
  } catch (error) {
    if (error instanceof EnvError) throw new WhatsAppConfigError(error.message);
    throw error;
  }
  if (!v.WHATSAPP_TOKEN && !v.WHATSAPP_PHONE_NUMBER_ID) return null;
  if (!v.WHATSAPP_TOKEN || !v.WHATSAPP_PHONE_NUMBER_ID) {
    throw new WhatsAppConfigError(
      `WhatsApp needs ${v.WHATSAPP_TOKEN ? "WHATSAPP_PHONE_NUMBER_ID" : "WHATSAPP_TOKEN"} too (README: WhatsApp).`,
    );
  }
  return {
    token: v.WHATSAPP_TOKEN,
    phoneNumberId: v.WHATSAPP_PHONE_NUMBER_ID,
    apiUrl: (v.WHATSAPP_API_URL || GRAPH_API_URL).replace(/\/+$/, ""),
    apiVersion: v.WHATSAPP_API_VERSION || GRAPH_API_VERSION,
    timeoutMs: v.WHATSAPP_TIMEOUT_MS,
  };
}

/**
 * A phone number as WhatsApp's `to` / `wa_id`: digits only, with the country
 * code. A Colombian mobile written nationally (10 digits starting with 3,
 * "300 123 4567") gets 57 in front; a number with a leading + or 00 keeps its
 * own country code. Null for anything that cannot be a number (fewer than 8
 * or more than 15 digits, E.164's limit). The SQL twin is
 * app_private.whatsapp_number(text); test/whatsapp-graph.test.ts holds them equal.
 */
export function whatsappNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  let digits = trimmed.replace(/[^0-9]/g, "");
  if (!trimmed.startsWith("+") && digits.startsWith("00")) digits = digits.slice(2);
  else if (!trimmed.startsWith("+") && digits.length === 10 && digits.startsWith("3")) digits = `57${digits}`;
  return digits.length >= 8 && digits.length <= 15 ? digits : null;
}

/** One parameter of a template component, as the Cloud API takes it. */
export type TemplateParameter =
  | { type: "text"; text: string; parameter_name?: string }
  | { type: "payload"; payload: string };

/** A template component: the body's variables, or a quick-reply button's payload. */
export type TemplateComponent =
  | { type: "header" | "body"; parameters: TemplateParameter[] }
  | { type: "button"; sub_type: "quick_reply" | "url"; index: string; parameters: TemplateParameter[] };

export interface TemplateMessage {
  /** The recipient, digits with country code (whatsappNumber). */
  to: string;
  /** The approved template's name, e.g. "invitacion_casting". */
  name: string;
  /** Its language as approved, e.g. "es_CO" or "es". */
  language: string;
  components: TemplateComponent[];
}

export interface TextMessage {
  to: string;
  /** Up to 4096 characters (Meta's limit). */
  body: string;
}

export interface SentMessage {
  /** The wamid Meta gives the message; status webhooks name it. */
  providerMessageId: string;
  /** The recipient's WhatsApp id as Meta resolved it. */
  waId: string | null;
}

/** What Meta answered (or why nothing was answered), and whether sending again later may work. */
export class WhatsAppSendError extends Error {
  readonly retryable: boolean;
  /** The Graph error code (null: HTTP-level trouble, a timeout, an unreadable answer). */
  readonly graphCode: number | null;
  readonly httpStatus: number | null;
  /** Our short code for the outbox row: GRAPH_<code>, WINDOW_CLOSED, TIMEOUT, NETWORK, HTTP_<status>. */
  readonly code: string;
  constructor(
    message: string,
    options: { retryable: boolean; graphCode?: number | null; httpStatus?: number | null; code: string },
  ) {
    super(message);
    this.name = "WhatsAppSendError";
    this.retryable = options.retryable;
    this.graphCode = options.graphCode ?? null;
    this.httpStatus = options.httpStatus ?? null;
    this.code = options.code;
  }
}

/** Graph codes that mean "later": throttling and Meta-side trouble. Everything else is permanent. */
const RETRYABLE_GRAPH_CODES = new Set([
  1, // API Unknown
  2, // API Service (temporary downtime)
  4, // API Too Many Calls (app rate limit)
  80007, // WhatsApp Business Account rate limit
  130429, // Cloud API throughput reached
  131000, // Something went wrong
  131016, // Service unavailable
  131048, // Spam rate limit hit (lower quality: retry later, slower)
  131056, // Pair rate limit: too many messages to this number, retry later
  133004, // Server temporarily unavailable
]);

/** Whether a Graph error code is worth retrying (throttling, Meta-side trouble). */
export function isRetryableGraphCode(code: number): boolean {
  return RETRYABLE_GRAPH_CODES.has(code);
}

/** Graph error 131047: more than 24 hours since the person last wrote; only a template may be sent. */
export const REENGAGEMENT_REQUIRED = 131047;

interface GraphErrorBody {
  error?: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    error_data?: { details?: string };
    fbtrace_id?: string;
  };
}

export interface WhatsAppClient {
  sendTemplate(message: TemplateMessage): Promise<SentMessage>;
  /**
   * Free text. Only inside the 24-hour customer-service window: `windowOpen`
   * says whether the person wrote to us within 24 hours (the caller knows,
   * app_private.whatsapp_window_open); when it is not, nothing is sent and the
   * error is permanent (WINDOW_CLOSED: send a template instead).
   */
  sendText(message: TextMessage, windowOpen: boolean): Promise<SentMessage>;
}

export function makeWhatsAppClient(config: WhatsAppConfig, fetchImpl: typeof fetch = globalThis.fetch): WhatsAppClient {
  const endpoint = `${config.apiUrl}/${config.apiVersion}/${encodeURIComponent(config.phoneNumberId)}/messages`;

  async function post(payload: Record<string, unknown>): Promise<SentMessage> {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: "POST",
        headers: { Authorization: `Bearer ${config.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", ...payload }),
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (error) {
      const timeout = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw new WhatsAppSendError(
        timeout ? `The Graph API did not answer within ${config.timeoutMs} ms.` : "The Graph API could not be reached.",
        { retryable: true, code: timeout ? "TIMEOUT" : "NETWORK" },
      );
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const graph = (json as GraphErrorBody | null)?.error;
      if (graph && typeof graph.code === "number") {
        const details = graph.error_data?.details ? ` (${graph.error_data.details})` : "";
        throw new WhatsAppSendError(`Graph error ${graph.code}: ${graph.message ?? "no message"}${details}`, {
          retryable: isRetryableGraphCode(graph.code),
          graphCode: graph.code,
          httpStatus: response.status,
          code: `GRAPH_${graph.code}`,
        });
      }
      // No Graph error body: a proxy or Meta's edge. 5xx and 429 may pass; any other 4xx will not.
      throw new WhatsAppSendError(`The Graph API answered HTTP ${response.status}.`, {
        retryable: response.status >= 500 || response.status === 429,
        httpStatus: response.status,
        code: `HTTP_${response.status}`,
      });
    }
    const body = json as { messages?: { id?: unknown }[]; contacts?: { wa_id?: unknown }[] } | null;
    const id = body?.messages?.[0]?.id;
    if (typeof id !== "string" || id === "") {
      // Accepted without an id: we cannot follow it, but Meta has it; sending again could duplicate it.
      throw new WhatsAppSendError("The Graph API accepted the message without a message id.", {
        retryable: false,
        httpStatus: response.status,
        code: "NO_MESSAGE_ID",
      });
    }
    const waId = body?.contacts?.[0]?.wa_id;
    return { providerMessageId: id, waId: typeof waId === "string" ? waId : null };
  }

  return {
    sendTemplate(message) {
      return post({
        to: message.to,
        type: "template",
        template: {
          name: message.name,
          language: { code: message.language },
          ...(message.components.length ? { components: message.components } : {}),
        },
      });
    },
    async sendText(message, windowOpen) {
      if (!windowOpen) {
        throw new WhatsAppSendError(
          "Free text is allowed only within 24 hours of the person's last message; send an approved template.",
          { retryable: false, code: "WINDOW_CLOSED" },
        );
      }
      return post({ to: message.to, type: "text", text: { preview_url: false, body: message.body.slice(0, 4096) } });
    },
  };
}

/*------------------------------------------------------ the outbox channel */

/** What the outbox row carries for WhatsApp (variables.whatsapp, set by app_private.tg_outbound_messages__whatsapp). */
interface WhatsAppVariables {
  template?: string;
  language?: string;
  castingId?: string;
}

/** A date as a person in the event's time zone reads it: "sábado 12 de diciembre, 7:00 p. m.". */
function eventDate(startsAt: unknown, timeZone: unknown, locale: string): string {
  const date = typeof startsAt === "string" ? new Date(startsAt) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: typeof timeZone === "string" ? timeZone : "America/Bogota",
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "numeric",
      minute: "2-digit",
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

const param = (text: unknown): TemplateParameter => ({ type: "text", text: String(text ?? "").slice(0, 1000) || "—" });

/**
 * The template's components for an outbox message: the body's variables in
 * the order the approved template expects them ({{1}} the person's name,
 * {{2}} the event, {{3}} its date and time, {{4}} the venue; a guest invitation
 * adds {{5}} its +1 allowance and a URL button with the RSVP token) and, for a casting
 * invitation, the payloads of its two quick-reply buttons (Sí / No):
 * casting:<id>:si and casting:<id>:no, which come back in the reply webhook
 * (app_private.apply_whatsapp_message).
 */
export function templateComponents(message: OutboundMessage, whatsapp: WhatsAppVariables): TemplateComponent[] {
  const v = message.variables;
  const body: TemplateComponent = {
    type: "body",
    parameters: [
      param(v.name || message.recipientName),
      param(v.eventTitle),
      param(eventDate(v.startsAt, v.timeZone, message.locale)),
      param(v.venue || "Por confirmar"),
    ],
  };
  if (message.templateKey === "guest_invitation") {
    // A guest's invitation (invitacion_evento): {{5}} the +1 allowance, and a
    // URL button whose approved URL ends in /rsvp/{{1}}: the guest's token.
    const es = message.locale !== "en";
    body.parameters.push(
      param(
        v.plusOneAllowed
          ? es
            ? "Puedes venir con un acompañante (+1)"
            : "You may bring a guest (+1)"
          : es
            ? "Invitación personal"
            : "Personal invitation",
      ),
    );
    return [body, { type: "button", sub_type: "url", index: "0", parameters: [param(v.rsvpToken)] }];
  }
  if (message.templateKey !== "casting_invitation" || !whatsapp.castingId) return [body];
  return [
    body,
    ...(["si", "no"] as const).map(
      (answer, index): TemplateComponent => ({
        type: "button",
        sub_type: "quick_reply",
        index: String(index),
        parameters: [{ type: "payload", payload: `casting:${whatsapp.castingId}:${answer}` }],
      }),
    ),
  ];
}

const TEMPLATE_CODES = new Set([132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069]);
const AUTH_CODES = new Set([0, 3, 10, 190]);
const UNDELIVERABLE_CODES = new Set([131026, 131021, 131050]);

/** A Graph failure as the outbox's ChannelError (its closed list of codes, tasks/outbox/channel.ts). */
export function toChannelError(error: unknown): ChannelError {
  if (!(error instanceof WhatsAppSendError)) {
    return new ChannelError("PROVIDER_UNAVAILABLE", error instanceof Error ? error.message : String(error), {
      retryable: true,
      cause: error,
    });
  }
  const graph = error.graphCode;
  if (error.code === "WINDOW_CLOSED" || graph === REENGAGEMENT_REQUIRED) {
    return new ChannelError("OUTSIDE_SERVICE_WINDOW", error.message, { retryable: false, cause: error });
  }
  if (graph !== null && TEMPLATE_CODES.has(graph)) {
    return new ChannelError("TEMPLATE_NOT_APPROVED", error.message, { retryable: false, cause: error });
  }
  if (graph !== null && (AUTH_CODES.has(graph) || (graph >= 200 && graph <= 299))) {
    // A token or permission problem is fixed in the settings; the message waits for it (retried with back-off).
    return new ChannelError("PROVIDER_AUTH", error.message, { retryable: true, cause: error });
  }
  if (graph !== null && UNDELIVERABLE_CODES.has(graph)) {
    return new ChannelError("BOUNCED", error.message, { retryable: false, bounced: true, cause: error });
  }
  if (error.retryable) {
    const throttled = graph === 4 || graph === 80007 || graph === 130429 || graph === 131056 || graph === 131048;
    return new ChannelError(throttled ? "RATE_LIMITED" : "PROVIDER_UNAVAILABLE", error.message, {
      retryable: true,
      cause: error,
    });
  }
  return new ChannelError(error.code === "NO_MESSAGE_ID" ? "PROVIDER_FAILED" : "PROVIDER_REJECTED", error.message, {
    retryable: false,
    cause: error,
  });
}

export interface WhatsAppChannelOptions {
  /**
   * Whether the person wrote within 24 hours: needed only for free text
   * (messages without an approved template). Default: asks the worker's
   * database, app_private.whatsapp_window_open (the last message in
   * app_private.whatsapp_inbound from that number, less than 24 hours old).
   * With neither this nor a database free text is never sent
   * (OUTSIDE_SERVICE_WINDOW), which Meta's rule allows.
   */
  windowOpen?: (number: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

/** The 24-hour customer-service window, from the worker's database (the send task's query). */
async function windowOpenInDatabase(number: string, context: SendContext | undefined): Promise<boolean> {
  if (!context?.query) return false;
  const rows = await context.query<{ open: boolean }>("select app_private.whatsapp_window_open($1) as open", [number]);
  return rows[0]?.open === true;
}

/**
 * The outbox's WhatsApp channel (Meta's 24-hour rule): an approved template
 * when the organization has one for the message (casting_invitation,
 * call_sheet, reminder), sent at any time; otherwise the rendered text as free
 * text, only while the customer-service window is open (the person wrote to
 * us less than 24 hours ago, app_private.whatsapp_window_open); outside it
 * nothing is sent and the message fails with OUTSIDE_SERVICE_WINDOW (no
 * template applies, and Meta would refuse it with 131047).
 */
export function makeWhatsAppChannel(config: WhatsAppConfig, options: WhatsAppChannelOptions = {}): OutboxChannel {
  const client = makeWhatsAppClient(config, options.fetch);
  return {
    name: "whatsapp",
    async send(message, context) {
      const to = whatsappNumber(message.recipientAddress);
      if (!to) {
        throw new ChannelError("INVALID_ADDRESS", "The recipient's phone is not a WhatsApp number.", {
          retryable: false,
          bounced: true,
        });
      }
      const whatsapp = (message.variables.whatsapp ?? {}) as WhatsAppVariables;
      try {
        const sent = whatsapp.template
          ? await client.sendTemplate({
              to,
              name: whatsapp.template,
              language: whatsapp.language ?? "es_CO",
              components: templateComponents(message, whatsapp),
            })
          : await client.sendText(
              { to, body: message.text },
              await (options.windowOpen ? options.windowOpen(to) : windowOpenInDatabase(to, context)),
            );
        return { providerMessageId: sent.providerMessageId };
      } catch (error) {
        throw toChannelError(error);
      }
    },
  };
}
