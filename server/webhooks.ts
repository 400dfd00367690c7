// POST /webhooks/clerk: Clerk sends user.created / user.updated / user.deleted
// signed with Svix. A bad or missing signature writes nothing; replays are
// harmless because every write is an upsert or a delete by subject.
import type pg from "pg";
import { Webhook, WebhookVerificationError } from "svix";

interface ClerkUser {
  id: string;
  email_addresses?: { id: string; email_address: string }[];
  primary_email_address_id?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  image_url?: string | null;
}

interface ClerkEvent {
  type: string;
  data: ClerkUser;
}

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

export async function handleClerkWebhook(
  secret: string | null,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  ownerPool: pg.Pool,
): Promise<WebhookResult> {
  if (!secret) return { status: 404, body: { error: "Clerk webhooks are not configured (CLERK_WEBHOOK_SECRET)." } };
  let event: ClerkEvent;
  try {
    const header = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
    };
    event = new Webhook(secret).verify(rawBody, {
      "svix-id": header("svix-id"),
      "svix-timestamp": header("svix-timestamp"),
      "svix-signature": header("svix-signature"),
    }) as ClerkEvent;
  } catch (error) {
    if (error instanceof WebhookVerificationError || error instanceof SyntaxError) {
      return { status: 400, body: { error: "Invalid webhook signature." } };
    }
    throw error;
  }
  const user = event.data;
  if (!user || typeof user.id !== "string") return { status: 400, body: { error: "Event has no user id." } };

  switch (event.type) {
    case "user.created":
    case "user.updated": {
      const email =
        user.email_addresses?.find((e) => e.id === user.primary_email_address_id)?.email_address ??
        user.email_addresses?.[0]?.email_address;
      if (!email) return { status: 400, body: { error: "User has no email address." } };
      const fullName = [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || email.split("@")[0];
      const { rows } = await ownerPool.query(
        "select id from app_private.upsert_profile_from_identity($1, $2, $3, $4) as id",
        [user.id, email, fullName, user.image_url?.startsWith("https://") ? user.image_url : null],
      );
      return { status: 200, body: { ok: true, profileId: rows[0].id } };
    }
    case "user.deleted": {
      const { rows } = await ownerPool.query("select app_private.forget_identity($1) as outcome", [user.id]);
      return { status: 200, body: { ok: true, outcome: rows[0].outcome } };
    }
    default:
      return { status: 200, body: { ok: true, ignored: event.type } };
  }
}
