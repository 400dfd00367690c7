// The webhook side of WhatsApp (Meta's Cloud API): the app secret that signs
// every POST /webhooks/whatsapp (X-Hub-Signature-256) and the verify token of
// the GET handshake, from the variables shared/config.ts declares.
import { EnvError, parseEnv } from "../../shared/config.ts";

export interface WhatsAppWebhookConfig {
  /** The Meta app's secret; null: POST /webhooks/whatsapp answers 404 (nothing is read unsigned). */
  appSecret: string | null;
  /** What Meta must send as hub.verify_token; null: GET /webhooks/whatsapp answers 403. */
  verifyToken: string | null;
}

export class WhatsAppWebhookConfigError extends Error {}

export function loadWhatsAppWebhookConfig(env: NodeJS.ProcessEnv = process.env): WhatsAppWebhookConfig {
  try {
    const v = parseEnv(["WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"], env);
    return { appSecret: v.WHATSAPP_APP_SECRET || null, verifyToken: v.WHATSAPP_VERIFY_TOKEN || null };
  } catch (error) {
    if (error instanceof EnvError) throw new WhatsAppWebhookConfigError(error.message);
    throw error;
  }
}
