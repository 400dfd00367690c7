// POST /webhooks/clerk: Clerk sends user.created / user.updated / user.deleted
// signed with Svix. A bad or missing signature writes nothing. What a verified
// delivery does is decided in one SQL function (app_private.apply_identity_event):
// a repeated svix-id is answered without effect, a deleted user stays deleted
// (tombstone), and an event older than the last one applied for the user is
// ignored. An existing account is linked by email only when Clerk says the
// email is verified.
import type pg from "pg";
import { Webhook, WebhookVerificationError } from "svix";

interface ClerkEmailAddress {
  id: string;
  email_address: string;
  /** Clerk's verification of this address; "verified" is the only status that proves ownership. */
  verification?: { status?: string | null } | null;
}

interface ClerkUser {
  id: string;
  email_addresses?: ClerkEmailAddress[];
  primary_email_address_id?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  image_url?: string | null;
  /** Milliseconds since the epoch of the user's last change. */
  updated_at?: number | null;
}

interface ClerkEvent {
  type: string;
  /** Milliseconds since the epoch when Clerk created the event. */
  timestamp?: number | null;
  data: ClerkUser;
}

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

/** A millisecond epoch as a Date, or null when it is not one. */
function msDate(value: unknown): Date | null {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export async function handleClerkWebhook(
  secret: string | null,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  ownerPool: pg.Pool,
): Promise<WebhookResult> {
  if (!secret) return { status: 404, body: { error: "Clerk webhooks are not configured (CLERK_WEBHOOK_SECRET)." } };
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  };
  let event: ClerkEvent;
  try {
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
  if (event?.type !== "user.created" && event?.type !== "user.updated" && event?.type !== "user.deleted") {
    return { status: 200, body: { ok: true, ignored: event?.type ?? null } };
  }
  const user = event.data;
  if (!user || typeof user.id !== "string" || user.id === "") {
    return { status: 400, body: { error: "Event has no user id." } };
  }
  const svixId = header("svix-id");
  // When the change happened: the user's updated_at, else the event's own
  // timestamp, else Svix's (which is the time of this delivery attempt).
  const eventAt =
    msDate(user.updated_at) ?? msDate(event.timestamp) ?? new Date(Number(header("svix-timestamp")) * 1000);

  let email: string | null = null;
  let emailVerified = false;
  let fullName: string | null = null;
  let avatarUrl: string | null = null;
  if (event.type === "user.created" || event.type === "user.updated") {
    const address =
      user.email_addresses?.find((e) => e.id === user.primary_email_address_id) ?? user.email_addresses?.[0];
    if (!address?.email_address) return { status: 400, body: { error: "User has no email address." } };
    email = address.email_address;
    emailVerified = address.verification?.status === "verified";
    fullName = [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || email.split("@")[0] || null;
    avatarUrl = user.image_url?.startsWith("https://") ? user.image_url : null;
  }

  const { rows } = await ownerPool.query<{ result: { outcome: string; profileId?: string | null } }>(
    "select app_private.apply_identity_event($1, $2, $3, $4, $5, $6, $7, $8) as result",
    [svixId, event.type, user.id, eventAt, email, emailVerified, fullName, avatarUrl],
  );
  const result = rows[0]?.result ?? { outcome: "unknown" };
  return {
    status: 200,
    body: { ok: true, outcome: result.outcome, ...(result.profileId ? { profileId: result.profileId } : {}) },
  };
}
