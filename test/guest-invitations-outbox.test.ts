// A guest's invitation end to end (issue 16's last flow through issue 19's
// outbox): a producer signed in to the real API sends an invitation
// (sendGuestInvitations), the real worker renders the guest_invitation
// template and sends it with nodemailer to a local SMTP server (smtp-server +
// mailparser), the test reads the mail as the guest would — subject, date and
// time in America/Bogota, venue, +1, how to stop, the personal RSVP link on
// APP_URL — opens the link's RSVP page through the public API and accepts.
// The producer then sees the message sent, and sending again sends nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { OutboundMessage } from "../tasks/outbox/channel.ts";
import { templateComponents } from "../tasks/outbox/channels/whatsapp.ts";
import { renderTemplate, TemplateError } from "../tasks/outbox/templates.ts";
import { account } from "./helpers/accounts.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, noQuietHours, startMailStack } from "./helpers/mail-stack.ts";
import { unique } from "./helpers/organizations.ts";
import type { TestServer } from "./helpers/server.ts";
import type { TestSmtp } from "./helpers/smtp.ts";

let stack: MailStack;
let db: TestDatabase;
let smtp: TestSmtp;
let server: TestServer;
let org: string;
let token: string;

beforeAll(async () => {
  stack = await startMailStack({
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  });
  ({ db, smtp, server } = stack);
  org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
  await noQuietHours(db, org);
  token = await server.login(account("moda-bogota", "producer").email, DEMO_PASSWORD);
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

const INVITE = `mutation ($eventId: UUID!, $guestId: UUID!) {
  createGuestInvitation(input: { guestInvitation: { eventId: $eventId, guestId: $guestId, plusOneAllowed: true } }) {
    guestInvitation { rowId }
  }
}`;
const SEND = `mutation ($eventId: UUID!, $ids: [UUID]) {
  sendGuestInvitations(input: { eventId: $eventId, invitationIds: $ids, channels: ["email", "whatsapp"] }) {
    result { invitationId channel messageId outcome reason }
  }
}`;
const STATE = `query ($id: UUID!) {
  guestInvitation(rowId: $id) { status invitationMessagesList { channel status lastErrorCode } }
}`;
const RSVP = `query ($token: String!) { rsvpByToken(token: $token) { guestName eventTitle plusOneAllowed status } }`;
const RESPOND = `mutation ($token: String!) {
  respondToInvitation(input: { token: $token, attending: true, plusOneName: "Tomás Ríos" }) { result { status plusOneName } }
}`;

async function messageStatus(id: string): Promise<string> {
  const { rows } = await db.owner.query("select status from app_public.outbound_messages where id = $1", [id]);
  return rows[0].status;
}

async function waitFor(id: string, status: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await messageStatus(id)) !== status) {
    if (Date.now() > deadline) throw new Error(`message ${id} is ${await messageStatus(id)}, not ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a guest's invitation, from the producer's click to the guest's answer", () => {
  it("arrives by email with the event, its Bogotá time, the venue, the +1, how to stop and a link that accepts", {
    timeout: 60_000,
  }, async () => {
    // A show on 12 March 2027 at 19:30 in Bogotá (00:30 UTC the next day), at a venue of the organization.
    const event = (
      await db.owner.query(
        `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, venue_id)
         values ($1, 'Colección Guadua', $2, '2027-03-13T00:30:00Z', '2027-03-13T03:00:00Z',
                 (select id from app_public.venues where organization_id = $1 order by name limit 1))
         returning id, (select name from app_public.venues v where v.id = venue_id) as venue`,
        [org, `guadua-${unique()}`],
      )
    ).rows[0];
    const email = `mariana-${unique()}@example.com`;
    const guest = (
      await db.owner.query(
        `insert into app_public.guests (organization_id, full_name, outlet, category, tier, consent_granted_at, consent_source)
         values ($1, 'Mariana Ospina Núñez', 'Revista Fucsia', 'press', 'A', now(), 'form') returning id`,
        [org],
      )
    ).rows[0].id;
    await db.owner.query("insert into app_public.guest_contacts (guest_id, email, phone) values ($1, $2, $3)", [
      guest,
      email,
      "+57 300 555 0101",
    ]);

    const invited = await server.graphql(INVITE, { eventId: event.id, guestId: guest }, { token });
    expect(invited.body.errors).toBeUndefined();
    const invitationId = invited.body.data?.createGuestInvitation.guestInvitation.rowId as string;

    const sent = await server.graphql(SEND, { eventId: event.id, ids: [invitationId] }, { token });
    expect(sent.body.errors).toBeUndefined();
    const rows = sent.body.data?.sendGuestInvitations.result as {
      channel: string;
      outcome: string;
      reason: string | null;
      messageId: string;
    }[];
    // Email queued; WhatsApp reported, not dropped: the guest never opted in to WhatsApp.
    expect(rows.map((r) => [r.channel, r.outcome, r.reason])).toEqual([
      ["email", "queued", null],
      ["whatsapp", "suppressed", "NO_CONSENT"],
    ]);

    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Invitación: Colección Guadua");
    expect(mail.text).toContain("Hola, Mariana Ospina Núñez:");
    expect(mail.text).toContain("viernes, 12 de marzo de 2027, 7:30");
    expect(mail.text).toContain(`Dónde: ${event.venue}`);
    expect(mail.text).toContain("Puedes venir con un acompañante (+1).");
    expect(mail.text).toContain("Para no recibir más");
    const unsubscribe = mail.parsed.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "";
    expect(unsubscribe).toContain(`${server.url}/unsubscribe?m=${rows[0]?.messageId}`);
    const links = [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0]));
    const rsvp = links.find((url) => url.pathname.startsWith("/rsvp/"));
    expect(rsvp?.origin).toBe(server.url);
    expect(mail.html).toContain(`href="${rsvp?.href}"`);
    const rsvpToken = rsvp?.pathname.slice("/rsvp/".length) as string;

    // The guest opens the link: the public RSVP page's data, without an account.
    const page = await server.graphql(RSVP, { token: rsvpToken });
    expect(page.body.data?.rsvpByToken).toEqual({
      guestName: "Mariana Ospina Núñez",
      eventTitle: "Colección Guadua",
      plusOneAllowed: true,
      status: "invited",
    });
    const answer = await server.graphql(RESPOND, { token: rsvpToken });
    expect(answer.body.data?.respondToInvitation.result).toEqual({ status: "accepted", plusOneName: "Tomás Ríos" });
    // The answer's own confirmation follows through the same outbox.
    const confirmation = await smtp.next(email);
    expect(confirmation.subject).toBe("Te esperamos en Colección Guadua");

    // The producer sees the invitation's message sent (and why WhatsApp was not).
    const email0 = rows[0] as (typeof rows)[number];
    await waitFor(email0.messageId, "sent");
    const state = await server.graphql(STATE, { id: invitationId }, { token });
    expect(state.body.data?.guestInvitation).toEqual({
      status: "accepted",
      invitationMessagesList: [
        { channel: "email", status: "sent", lastErrorCode: null },
        { channel: "whatsapp", status: "suppressed", lastErrorCode: "NO_CONSENT" },
      ],
    });

    // Sending again sends nothing: answered now, and the link was sent once.
    const again = await server.graphql(SEND, { eventId: event.id, ids: [invitationId] }, { token });
    expect(
      (again.body.data?.sendGuestInvitations.result as { outcome: string; reason: string }[]).map((r) => [
        r.outcome,
        r.reason,
      ]),
    ).toEqual([
      ["skipped", "ANSWERED"],
      ["skipped", "ANSWERED"],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(email)).toHaveLength(2);
  });

  it("refuses another agency's producer, who cannot name this invitation", { timeout: 30_000 }, async () => {
    const { rows } = await db.owner.query(
      `with g as (insert into app_public.guests (organization_id, full_name, consent_granted_at) values ($1, 'Lina Prado', now()) returning id)
       insert into app_public.guest_invitations (event_id, guest_id)
       select (select id from app_public.events where organization_id = $1 order by starts_at desc limit 1), g.id from g
       returning id, event_id`,
      [org],
    );
    const ours = rows[0] as { id: string; event_id: string };
    const theirs = (
      await db.owner.query(
        "select e.id from app_public.events e join app_public.organizations o on o.id = e.organization_id where o.slug = 'medellin-fashion' limit 1",
      )
    ).rows[0].id;
    const outsider = await server.login(account("medellin-fashion", "producer").email, DEMO_PASSWORD);
    for (const eventId of [theirs, ours.event_id]) {
      const refused = await server.graphql(SEND, { eventId, ids: [ours.id] }, { token: outsider });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const { rows: messages } = await db.owner.query(
      "select 1 from app_public.outbound_messages m join app_public.guest_invitations i on i.guest_id = m.guest_id where i.id = $1",
      [ours.id],
    );
    expect(messages).toEqual([]);
  });
});

describe("the guest_invitation template without the database", () => {
  const variables = {
    eventTitle: "Colección Guadua",
    startsAt: "2027-03-13T00:30:00Z",
    timeZone: "America/Bogota",
    venue: "Ágora Bogotá",
    venueAddress: "Calle 24 # 38-47, Bogotá",
    organizationName: "Moda Bogotá",
    name: "Grace Lee",
    plusOneAllowed: false,
    rsvpClosesAt: "2027-03-10T05:00:00Z",
    rsvpToken: "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  };

  it("renders in English with the Bogotá time, no +1, the closing date, the link on APP_URL and how to stop", async () => {
    const mail = await renderTemplate("guest_invitation", variables, "en", "https://app.test/unsubscribe?m=1&t=2", {
      appUrl: "https://app.test",
    });
    expect(mail.subject).toBe("Invitation: Colección Guadua");
    expect(mail.text).toContain("When: Friday, March 12, 2027 at 7:30 PM.");
    expect(mail.text).toContain("Where: Ágora Bogotá (Calle 24 # 38-47, Bogotá).");
    expect(mail.text).toContain("This invitation is for you alone (no +1).");
    expect(mail.text).toContain("before Wednesday, March 10, 2027 at 12:00 AM");
    expect(mail.text).toContain("https://app.test/rsvp/0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    expect(mail.text).toContain(
      "To stop receiving these messages, use this link: https://app.test/unsubscribe?m=1&t=2",
    );
    expect(mail.html).toContain('href="https://app.test/rsvp/0123456789ABCDEFGHJKMNPQRSTVWXYZ"');
    // Without the app's URL there is no link to send: the worker fails it as TEMPLATE_INVALID, never a broken link.
    await expect(renderTemplate("guest_invitation", variables, "en", null)).rejects.toBeInstanceOf(TemplateError);
    await expect(
      renderTemplate("guest_invitation", { ...variables, rsvpToken: "not a token" }, "en", null, {
        appUrl: "https://a",
      }),
    ).rejects.toBeInstanceOf(TemplateError);
  });

  it("maps to the approved WhatsApp template: name, event, date, venue, +1 and a URL button with the token", () => {
    const components = templateComponents(
      {
        locale: "es-CO",
        templateKey: "guest_invitation",
        recipientName: "Grace Lee",
        variables: { ...variables, plusOneAllowed: true },
      } as unknown as OutboundMessage,
      { template: "invitacion_evento", language: "es_CO" },
    );
    expect(components).toEqual([
      {
        type: "body",
        parameters: [
          { type: "text", text: "Grace Lee" },
          { type: "text", text: "Colección Guadua" },
          { type: "text", text: "viernes, 12 de marzo, 7:30 p. m." },
          { type: "text", text: "Ágora Bogotá" },
          { type: "text", text: "Puedes venir con un acompañante (+1)" },
        ],
      },
      {
        type: "button",
        sub_type: "url",
        index: "0",
        parameters: [{ type: "text", text: "0123456789ABCDEFGHJKMNPQRSTVWXYZ" }],
      },
    ]);
  });
});
