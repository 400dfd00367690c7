// Shared by the WhatsApp tests and `npm run bench:outbox` (bench/ may not import test/).
// A local stand-in for Meta's WhatsApp Cloud API that speaks its protocol over
// real HTTP (the real Graph API is not reachable here):
//  * POST /{version}/{phone-number-id}/messages — checks the bearer token, the
//    phone number id and the body's shape as the Cloud API does, and answers
//    `{ messaging_product, contacts: [{ input, wa_id }], messages: [{ id: "wamid.…" }] }`
//    or a Graph error `{ error: { message, type, code, error_data, fbtrace_id } }`.
//    Free text to a number that has not written within 24 hours gets 131047, as
//    Meta answers; `failNext` queues any other error.
//  * webhooks signed like Meta's: X-Hub-Signature-256 = "sha256=" + hex
//    HMAC-SHA256 of the raw body with the app secret, posted to `webhookUrl`
//    in Meta's envelope (object whatsapp_business_account, entry[].changes[]
//    with field "messages" and value { messaging_product, metadata, contacts,
//    messages | statuses }).
//  * the verification handshake: GET webhookUrl?hub.mode=subscribe&hub.challenge=…&hub.verify_token=….
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentRecord {
  id: string;
  to: string;
  type: string;
  body: Record<string, any>;
  at: Date;
}

export interface Delivery {
  status: number;
  body: string;
}

export type WaStatus = "sent" | "delivered" | "read" | "failed";

export interface FakeWhatsApp {
  /** For WHATSAPP_API_URL. */
  url: string;
  token: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
  appSecret: string;
  verifyToken: string;
  version: string;
  /** The environment for the FashionOS server and worker. */
  env(): Record<string, string>;
  /** Where webhooks are posted (the server's /webhooks/whatsapp). */
  webhookUrl: string | null;
  /** Every message the API accepted, in order. */
  sent: SentRecord[];
  /** Every request to /messages, accepted or not. */
  requests: number;
  /** The next sends answer this Graph error (once each). */
  failNext(code: number, httpStatus?: number, message?: string): void;
  /** Milliseconds the API waits before answering (throughput runs: 0). */
  latencyMs: number;
  /**
   * An inbound text message's webhook body (opens the 24-hour window for `from`, counted from its
   * timestamp: `timestamp` in Unix seconds, default now).
   */
  inboundText(
    from: string,
    text: string,
    options?: { id?: string; contextId?: string; name?: string; timestamp?: number },
  ): object;
  /** An inbound tap on a template's quick-reply button (type "button", with context of the template's wamid). */
  inboundButton(from: string, payload: string, text: string, contextId: string, options?: { id?: string }): object;
  /** A status update's webhook body for a message this API sent. */
  status(
    id: string,
    status: WaStatus,
    options?: { timestamp?: number; recipient?: string; errors?: { code: number; title: string }[] },
  ): object;
  /** Signs and posts a webhook body (or a raw string) like Meta; `secret` overrides the app secret, `tamper` changes the body after signing. */
  deliver(
    body: object | string,
    options?: { secret?: string; tamper?: (raw: string) => string; signature?: string | null },
  ): Promise<Delivery>;
  /** Meta's verification GET, with the given verify token (default: the right one). */
  verify(options?: { token?: string; mode?: string; challenge?: string }): Promise<Delivery>;
  close(): Promise<void>;
}

/** Meta's signature: "sha256=" + hex HMAC-SHA256 of the raw body with the app secret. */
export function metaSignature(rawBody: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody, "utf8").digest("hex")}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const wamid = () => `wamid.HBgM${randomBytes(18).toString("base64url")}`;
const now = () => Math.floor(Date.now() / 1000);

export async function startFakeWhatsApp(): Promise<FakeWhatsApp> {
  const suffix = randomBytes(6).toString("hex");
  const failures: { code: number; httpStatus: number; message: string }[] = [];
  const lastInbound = new Map<string, number>();
  const sent: SentRecord[] = [];

  const graphError = (code: number, message: string, type = "OAuthException") => ({
    error: {
      message,
      type,
      code,
      error_data: { messaging_product: "whatsapp", details: message },
      fbtrace_id: `A${randomBytes(8).toString("hex")}`,
    },
  });

  const fake: FakeWhatsApp = {
    url: "",
    token: `EAAG${randomBytes(24).toString("hex")}`,
    phoneNumberId: `1${Date.now()}`.slice(0, 15),
    displayPhoneNumber: "573001112233",
    appSecret: `app-secret-${suffix}`,
    verifyToken: `verify-${suffix}`,
    version: "v21.0",
    webhookUrl: null,
    sent,
    requests: 0,
    latencyMs: 0,
    env() {
      return {
        WHATSAPP_TOKEN: fake.token,
        WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
        WHATSAPP_API_URL: fake.url,
        WHATSAPP_API_VERSION: fake.version,
        WHATSAPP_APP_SECRET: fake.appSecret,
        WHATSAPP_VERIFY_TOKEN: fake.verifyToken,
      };
    },
    failNext(code, httpStatus = 400, message = `Error ${code}`) {
      failures.push({ code, httpStatus, message });
    },
    inboundText(from, text, options = {}) {
      return envelope({
        contacts: [{ profile: { name: options.name ?? "Modelo" }, wa_id: from }],
        messages: [
          {
            from,
            id: options.id ?? wamid(),
            timestamp: String(options.timestamp ?? now()),
            ...(options.contextId ? { context: { from: fake.displayPhoneNumber, id: options.contextId } } : {}),
            type: "text",
            text: { body: text },
          },
        ],
      });
    },
    inboundButton(from, payload, text, contextId, options = {}) {
      return envelope({
        contacts: [{ profile: { name: "Modelo" }, wa_id: from }],
        messages: [
          {
            context: { from: fake.displayPhoneNumber, id: contextId },
            from,
            id: options.id ?? wamid(),
            timestamp: String(now()),
            type: "button",
            button: { payload, text },
          },
        ],
      });
    },
    status(id, status, options = {}) {
      const record = sent.find((s) => s.id === id);
      return envelope({
        statuses: [
          {
            id,
            status,
            timestamp: String(options.timestamp ?? now()),
            recipient_id: options.recipient ?? record?.to ?? "570000000000",
            ...(status !== "failed"
              ? {
                  conversation: { id: randomBytes(16).toString("hex"), origin: { type: "utility" } },
                  pricing: { billable: true, pricing_model: "CBP", category: "utility" },
                }
              : {
                  errors: options.errors ?? [
                    { code: 131026, title: "Message undeliverable", message: "Message undeliverable" },
                  ],
                }),
          },
        ],
      });
    },
    async deliver(body, options = {}) {
      if (!fake.webhookUrl) throw new Error("webhookUrl is not set");
      const raw = typeof body === "string" ? body : JSON.stringify(body);
      // An inbound message opens the window, as it does at Meta.
      try {
        const parsed = JSON.parse(raw);
        for (const entry of parsed.entry ?? [])
          for (const change of entry.changes ?? [])
            for (const message of change.value?.messages ?? [])
              lastInbound.set(message.from, Number(message.timestamp) * 1000 || Date.now());
      } catch {}
      const signature =
        options.signature === undefined ? metaSignature(raw, options.secret ?? fake.appSecret) : options.signature;
      const sentBody = options.tamper ? options.tamper(raw) : raw;
      const response = await fetch(fake.webhookUrl, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "facebookexternalua",
          ...(signature === null ? {} : { "X-Hub-Signature-256": signature }),
        },
        body: sentBody,
      });
      return { status: response.status, body: await response.text() };
    },
    async verify(options = {}) {
      if (!fake.webhookUrl) throw new Error("webhookUrl is not set");
      const url = new URL(fake.webhookUrl);
      url.searchParams.set("hub.mode", options.mode ?? "subscribe");
      url.searchParams.set("hub.challenge", options.challenge ?? "1158201444");
      url.searchParams.set("hub.verify_token", options.token ?? fake.verifyToken);
      const response = await fetch(url);
      return { status: response.status, body: await response.text() };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function envelope(value: Record<string, unknown>) {
    return {
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: fake.displayPhoneNumber, phone_number_id: fake.phoneNumberId },
                ...value,
              },
              field: "messages",
            },
          ],
        },
      ],
    };
  }

  const server: Server = createServer(async (req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/(v[0-9]+\.[0-9])\/([^/]+)\/messages$/.exec(url.pathname);
    if (req.method !== "POST" || !match) {
      return answer(400, graphError(100, "Unsupported request", "GraphMethodException"));
    }
    fake.requests++;
    const raw = await readBody(req);
    if (fake.latencyMs > 0) await new Promise((r) => setTimeout(r, fake.latencyMs));
    if (req.headers.authorization !== `Bearer ${fake.token}`) {
      return answer(401, graphError(190, "Invalid OAuth access token - Cannot parse access token"));
    }
    if (match[2] !== fake.phoneNumberId) {
      return answer(
        400,
        graphError(
          100,
          `Unsupported post request. Object with ID '${match[2]}' does not exist`,
          "GraphMethodException",
        ),
      );
    }
    let body: Record<string, any>;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, graphError(100, "Invalid parameter"));
    }
    const failure = failures.shift();
    if (failure) return answer(failure.httpStatus, graphError(failure.code, failure.message));
    if (body.messaging_product !== "whatsapp") {
      return answer(400, graphError(100, "The parameter messaging_product is required."));
    }
    if (typeof body.to !== "string" || !/^\+?[0-9]{8,15}$/.test(body.to)) {
      return answer(400, graphError(100, "Invalid parameter: to"));
    }
    const to = body.to.replace(/^\+/, "");
    if (body.type === "template") {
      const t = body.template;
      if (!t || typeof t.name !== "string" || typeof t.language?.code !== "string") {
        return answer(400, graphError(131008, "Required parameter is missing: template name or language"));
      }
      if (t.components !== undefined && !Array.isArray(t.components)) {
        return answer(400, graphError(131009, "Parameter value is not valid: components"));
      }
    } else if (body.type === "text") {
      if (typeof body.text?.body !== "string" || body.text.body.length === 0 || body.text.body.length > 4096) {
        return answer(400, graphError(131009, "Parameter value is not valid: text.body"));
      }
      const last = lastInbound.get(to);
      if (last === undefined || Date.now() - last > 24 * 3600_000) {
        return answer(
          400,
          graphError(REENGAGEMENT, "Re-engagement message: more than 24 hours since the customer last replied"),
        );
      }
    } else {
      return answer(400, graphError(131051, "Unsupported message type"));
    }
    const id = wamid();
    sent.push({ id, to, type: body.type, body, at: new Date() });
    return answer(200, {
      messaging_product: "whatsapp",
      contacts: [{ input: body.to, wa_id: to }],
      messages: [{ id, ...(body.type === "template" ? { message_status: "accepted" } : {}) }],
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

const REENGAGEMENT = 131047;
