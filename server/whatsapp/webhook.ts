// WhatsApp Cloud API webhooks (Meta, "Webhooks" in the Cloud API docs).
//
// GET /webhooks/whatsapp — the verification handshake: Meta calls with
// hub.mode=subscribe, hub.challenge and hub.verify_token; when the token is
// ours we answer the challenge, as plain text, with 200. Anything else: 403.
//
// POST /webhooks/whatsapp — every notification, signed: X-Hub-Signature-256 is
// "sha256=" + hex HMAC-SHA256 of the raw body bytes with the app secret. The
// signature is checked (timing-safe) on the bytes as received, before the
// body is parsed; a missing or wrong one is answered 401 and nothing is read.
// A verified body is Meta's envelope: { object: "whatsapp_business_account",
// entry: [{ id, changes: [{ field: "messages", value: { metadata, contacts,
// messages?, statuses? } }] }] }. Each message is applied once by wamid
// (app_private.apply_whatsapp_message), each status moves its outbox row
// forward only (app_private.apply_whatsapp_status). We answer 200 for every
// verified delivery, also one we ignore, because Meta retries anything else
// for days.
import { createHmac, timingSafeEqual } from "node:crypto";
import type pg from "pg";
import { z } from "zod";
import { errorBody } from "../errors.ts";
import type { WhatsAppWebhookConfig } from "./config.ts";

export interface WebhookAnswer {
  status: number;
  /** JSON body, or the challenge as plain text. */
  body: string;
  contentType: "application/json; charset=utf-8" | "text/plain; charset=utf-8";
}

const json = (status: number, body: string): WebhookAnswer => ({
  status,
  body,
  contentType: "application/json; charset=utf-8",
});

/** GET /webhooks/whatsapp: Meta's subscription handshake. */
export function handleWhatsAppVerification(
  config: WhatsAppWebhookConfig,
  query: Record<string, unknown>,
): WebhookAnswer {
  const mode = query["hub.mode"];
  const token = query["hub.verify_token"];
  const challenge = query["hub.challenge"];
  if (
    config.verifyToken &&
    mode === "subscribe" &&
    typeof token === "string" &&
    typeof challenge === "string" &&
    challenge.length > 0 &&
    challenge.length <= 200 &&
    safeEqual(token, config.verifyToken)
  ) {
    return { status: 200, body: challenge, contentType: "text/plain; charset=utf-8" };
  }
  return json(
    403,
    errorBody("FORBIDDEN", "The WhatsApp webhook verification did not match (hub.mode, hub.verify_token).", {
      reason: "NOT_ALLOWED",
    }),
  );
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Meta's signature of a body: "sha256=" + hex HMAC-SHA256 with the app secret. */
export function whatsappSignature(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
}

/** Whether X-Hub-Signature-256 signs these exact bytes (timing-safe). */
export function verifyWhatsAppSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (typeof header !== "string" || !/^sha256=[0-9a-fA-F]{64}$/.test(header)) return false;
  const expected = Buffer.from(whatsappSignature(rawBody, appSecret).slice(7), "hex");
  const given = Buffer.from(header.slice(7), "hex");
  return timingSafeEqual(expected, given);
}

const text = (max: number) => z.string().max(max);

const messageSchema = z.looseObject({
  from: z.string().regex(/^[0-9]{8,15}$/),
  id: text(200).min(1),
  timestamp: z.string().regex(/^[0-9]{1,12}$/),
  type: text(40),
  context: z.looseObject({ id: text(200).optional() }).optional(),
  text: z.looseObject({ body: text(4096) }).optional(),
  button: z.looseObject({ payload: text(1000).optional(), text: text(1000).optional() }).optional(),
  interactive: z
    .looseObject({
      type: text(40),
      button_reply: z.looseObject({ id: text(256), title: text(256) }).optional(),
      list_reply: z.looseObject({ id: text(256), title: text(256) }).optional(),
    })
    .optional(),
  image: z.looseObject({ caption: text(4096).optional() }).optional(),
  video: z.looseObject({ caption: text(4096).optional() }).optional(),
  document: z.looseObject({ caption: text(4096).optional() }).optional(),
});

const statusSchema = z.looseObject({
  id: text(500).min(1),
  status: text(40),
  timestamp: z.string().regex(/^[0-9]{1,12}$/),
  recipient_id: text(40).optional(),
  errors: z.array(z.looseObject({ code: z.number().int(), title: text(500).optional() })).optional(),
});

const envelopeSchema = z.looseObject({
  object: z.string(),
  entry: z
    .array(
      z.looseObject({
        changes: z
          .array(
            z.looseObject({
              field: z.string(),
              value: z.looseObject({
                metadata: z.looseObject({ phone_number_id: text(40).optional() }).optional(),
                contacts: z
                  .array(
                    z.looseObject({
                      wa_id: text(40).optional(),
                      profile: z.looseObject({ name: text(200).optional() }).optional(),
                    }),
                  )
                  .optional(),
                messages: z.array(z.unknown()).max(1000).optional(),
                statuses: z.array(z.unknown()).max(1000).optional(),
              }),
            }),
          )
          .max(100),
      }),
    )
    .max(100),
});

/** What a person wrote or tapped, as one text: the text, the button's label, the list choice, a caption. */
function bodyOf(message: z.infer<typeof messageSchema>): string | null {
  return (
    message.text?.body ??
    message.button?.text ??
    message.interactive?.button_reply?.title ??
    message.interactive?.list_reply?.title ??
    message.image?.caption ??
    message.video?.caption ??
    message.document?.caption ??
    null
  );
}

/** The payload of a tapped button: a template's quick reply (button.payload) or an interactive reply's id. */
function payloadOf(message: z.infer<typeof messageSchema>): string | null {
  return message.button?.payload ?? message.interactive?.button_reply?.id ?? null;
}

export interface WebhookOutcome {
  messages: { id: string; outcome: string }[];
  statuses: { id: string; outcome: string }[];
  ignored: number;
}

/** POST /webhooks/whatsapp. */
export async function handleWhatsAppWebhook(
  config: WhatsAppWebhookConfig,
  rawBody: Buffer,
  signatureHeader: string | undefined,
  ownerPool: pg.Pool,
): Promise<WebhookAnswer> {
  if (!config.appSecret) {
    return json(404, errorBody("NOT_FOUND", "WhatsApp webhooks are not configured (WHATSAPP_APP_SECRET)."));
  }
  if (!verifyWhatsAppSignature(rawBody, signatureHeader, config.appSecret)) {
    return json(401, errorBody("UNAUTHENTICATED", "X-Hub-Signature-256 is missing or does not sign this body."));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString("utf8"));
  } catch {
    return json(400, errorBody("VALIDATION_FAILED", "The body is not JSON.", { reason: "INVALID_BODY" }));
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success || envelope.data.object !== "whatsapp_business_account") {
    // Signed by Meta but not a WhatsApp notification we know: nothing to do, and no retry wanted.
    return json(200, JSON.stringify({ ok: true, ignored: true }));
  }
  const outcome: WebhookOutcome = { messages: [], statuses: [], ignored: 0 };
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== "messages") {
        outcome.ignored++;
        continue;
      }
      const value = change.value;
      const phoneNumberId = value.metadata?.phone_number_id ?? null;
      for (const raw of value.messages ?? []) {
        const message = messageSchema.safeParse(raw);
        if (!message.success) {
          outcome.ignored++;
          continue;
        }
        const m = message.data;
        const name = value.contacts?.find((c) => c.wa_id === m.from)?.profile?.name ?? null;
        const { rows } = await ownerPool.query<{ result: { outcome: string } }>(
          `select app_private.apply_whatsapp_message($1, $2, $3, $4, $5, $6, $7, to_timestamp($8), $9) as result`,
          [
            m.id,
            m.from,
            phoneNumberId,
            m.type,
            bodyOf(m),
            payloadOf(m),
            m.context?.id ?? null,
            Number(m.timestamp),
            name,
          ],
        );
        outcome.messages.push({ id: m.id, outcome: rows[0]?.result.outcome ?? "unknown" });
      }
      for (const raw of value.statuses ?? []) {
        const status = statusSchema.safeParse(raw);
        if (!status.success) {
          outcome.ignored++;
          continue;
        }
        const s = status.data;
        const error = s.errors?.[0];
        const { rows } = await ownerPool.query<{ result: { outcome: string } }>(
          `select app_private.apply_whatsapp_status($1, $2, to_timestamp($3), $4, $5) as result`,
          [s.id, s.status, Number(s.timestamp), error ? `GRAPH_${error.code}` : null, error?.title ?? null],
        );
        outcome.statuses.push({ id: s.id, outcome: rows[0]?.result.outcome ?? "unknown" });
      }
    }
  }
  return json(200, JSON.stringify({ ok: true, ...outcome }));
}
