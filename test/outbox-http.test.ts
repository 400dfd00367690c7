// The outbox over HTTP (issue 19): the one-click unsubscribe of a real
// received mail's List-Unsubscribe header (RFC 8058), and POST /webhooks/email
// with its signature (X-FashionOS-Signature), against the real server, worker
// and a local SMTP server.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signEmailWebhook } from "../server/outbox.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, noQuietHours, startMailStack } from "./helpers/mail-stack.ts";
import { newOrganization, unique } from "./helpers/organizations.ts";
import type { TestServer } from "./helpers/server.ts";
import type { TestSmtp } from "./helpers/smtp.ts";

const SECRET = "email-webhook-secret-for-tests-0123456789";
let stack: MailStack;
let db: TestDatabase;
let smtp: TestSmtp;
let server: TestServer;
let org: string;

beforeAll(async () => {
  stack = await startMailStack({ EMAIL_WEBHOOK_SECRET: SECRET });
  ({ db, smtp, server } = stack);
  org = await newOrganization(db, "outbox-http");
  await noQuietHours(db, org);
});
afterAll(async () => {
  await stack?.close();
});

async function talentWithEmail(): Promise<{ id: string; email: string }> {
  const { rows } = await db.owner.query(
    `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
     values ($1, 'Lucía Ríos', 'women', now(), '{casting}', 'signed_form') returning id`,
    [org],
  );
  const email = `lucia-${unique()}@example.com`;
  await db.owner.query("insert into app_public.talent_contacts (talent_id, email) values ($1, $2)", [
    rows[0].id,
    email,
  ]);
  return { id: rows[0].id, email };
}

async function send(talent: string): Promise<string> {
  const { rows } = await db.owner.query(
    `select app_private.enqueue_outbound_message($1, 'email', 'talent', $2, 'structured', $3, 'casting', 'manual', $4) as id`,
    [
      org,
      talent,
      JSON.stringify({ subject: "Hola", preheader: "", sections: [{ paragraphs: ["Un mensaje de prueba."] }] }),
      randomUUID(),
    ],
  );
  return rows[0].id;
}

async function statusOf(id: string): Promise<string> {
  return (await db.owner.query("select status from app_public.outbound_messages where id = $1", [id])).rows[0].status;
}

async function waitSent(id: string): Promise<void> {
  for (let i = 0; i < 600 && (await statusOf(id)) !== "sent"; i++) await new Promise((r) => setTimeout(r, 50));
  const row = (
    await db.owner.query("select status, last_error_code, last_error from app_public.outbound_messages where id = $1", [
      id,
    ])
  ).rows[0];
  expect(row).toMatchObject({ status: "sent" });
}

describe("one-click unsubscribe", () => {
  it("the List-Unsubscribe link: GET shows the button and records nothing; the one-click POST records the opt-out at once", async () => {
    const talent = await talentWithEmail();
    const id = await send(talent.id);
    await waitSent(id);
    const mail = await smtp.next(talent.email);
    const header = mail.parsed.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "";
    const link = /<(https?:[^>]+)>/.exec(header)?.[1];
    expect(link?.startsWith(`${server.url}/unsubscribe?m=${id}&t=`)).toBe(true);

    const page = await fetch(link as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Cancelar la suscripción");
    const optOuts = () =>
      db.owner.query("select source, channel, purpose from app_public.communication_opt_outs where recipient_id = $1", [
        talent.id,
      ]);
    expect((await optOuts()).rows).toEqual([]);

    // What a mail client sends (RFC 8058).
    const post = await fetch(link as string, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain("Listo");
    expect((await optOuts()).rows).toEqual([{ source: "unsubscribe_link", channel: "email", purpose: null }]);
    const next = await send(talent.id);
    expect(await statusOf(next)).toBe("suppressed");
  });

  it("a wrong token or an unknown message changes nothing (400, the same page)", async () => {
    const talent = await talentWithEmail();
    const id = await send(talent.id);
    await waitSent(id);
    for (const url of [
      `${server.url}/unsubscribe?m=${id}&t=${"a".repeat(64)}`,
      `${server.url}/unsubscribe?m=${randomUUID()}&t=${"a".repeat(64)}`,
      `${server.url}/unsubscribe?m=nope`,
    ]) {
      const response = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Enlace no válido");
    }
    expect(
      (await db.owner.query("select 1 from app_public.communication_opt_outs where recipient_id = $1", [talent.id]))
        .rows,
    ).toEqual([]);
  });
});

describe("POST /webhooks/email", () => {
  const post = (body: string, signature?: string) =>
    fetch(`${server.url}/webhooks/email`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "x-fashionos-signature": signature } : {}) },
      body,
    });

  it("refuses a missing, tampered or stale signature and writes nothing", async () => {
    const talent = await talentWithEmail();
    const id = await send(talent.id);
    await waitSent(id);
    const body = JSON.stringify({
      events: [{ id: "evt-1", type: "bounced", messageId: `<outbox.${id}@fashionos.test>` }],
    });
    expect((await post(body)).status).toBe(401);
    expect((await post(body.replace("bounced", "delivered"), signEmailWebhook(SECRET, body))).status).toBe(401);
    expect((await post(body, signEmailWebhook("another-secret-of-some-length", body))).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect((await post(body, signEmailWebhook(SECRET, body, stale))).status).toBe(401);
    expect(await statusOf(id)).toBe("sent");
  });

  it("moves statuses forward only; a complaint opts the person out", async () => {
    const talent = await talentWithEmail();
    const id = await send(talent.id);
    await waitSent(id);
    const event = (type: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ events: [{ id: randomUUID(), type, messageId: `outbox.${id}@fashionos.test`, ...extra }] });
    const signed = async (body: string) => post(body, signEmailWebhook(SECRET, body));

    const delivered = await signed(event("delivered", { at: "2026-11-29T21:00:00Z" }));
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ received: 1, matched: 1 });
    expect(await statusOf(id)).toBe("delivered");
    // A late bounce for a delivered message, and a replay: nothing moves back.
    expect((await signed(event("bounced"))).status).toBe(200);
    expect((await signed(event("delivered"))).status).toBe(200);
    expect(await statusOf(id)).toBe("delivered");
    expect((await signed(event("complained"))).status).toBe(200);
    expect((await signed(event("complained"))).status).toBe(200);
    const optOuts = await db.owner.query(
      "select source from app_public.communication_opt_outs where recipient_id = $1",
      [talent.id],
    );
    expect(optOuts.rows).toEqual([{ source: "complaint" }]);
    // An unknown message id is received, not matched.
    const unknown = JSON.stringify({ events: [{ id: "x", type: "delivered", messageId: "<nobody@example.com>" }] });
    expect(await (await post(unknown, signEmailWebhook(SECRET, unknown))).json()).toEqual({ received: 1, matched: 0 });
    // Not an events document.
    const bad = JSON.stringify({ hello: "world" });
    expect((await post(bad, signEmailWebhook(SECRET, bad))).status).toBe(400);
  });

  it("a bounce before delivery ends the message as bounced", async () => {
    const talent = await talentWithEmail();
    const id = await send(talent.id);
    await waitSent(id);
    const body = JSON.stringify({
      events: [
        { id: "b", type: "bounced", messageId: `<outbox.${id}@fashionos.test>`, detail: "550 5.1.1 mailbox unknown" },
      ],
    });
    expect((await post(body, signEmailWebhook(SECRET, body))).status).toBe(200);
    const row = (
      await db.owner.query(
        "select status, last_error_code, last_error from app_public.outbound_messages where id = $1",
        [id],
      )
    ).rows[0];
    expect(row).toEqual({ status: "bounced", last_error_code: "BOUNCED", last_error: "550 5.1.1 mailbox unknown" });
  });
});
