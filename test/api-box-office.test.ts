// The box office over real HTTP (issue 15): booking through GraphQL (once per
// request, the anonymous budget per address), Wompi's Web Checkout redirect
// with the integrity signature over the database's amount, the signed event
// webhook (valid, tampered, wrongly signed, replayed, out of order), the
// confirmation mail with the tickets through the real worker and a local SMTP
// server, the expiry job on the worker's crontab, check-in and the door role.
// Wompi is a local double speaking its protocol (test/helpers/fake-wompi.ts).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { bookingMessages } from "./helpers/booking-mail.ts";
import { boxOffice, unique } from "./helpers/box-office.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type FakeWompi, startFakeWompi } from "./helpers/fake-wompi.ts";
import { operation } from "./helpers/operations.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
let api: TestServer;
let wompi: FakeWompi;
let smtp: TestSmtp;
let worker: Worker;
let bo: ReturnType<typeof boxOffice>;
let org: string;
let event: string;

beforeAll(async () => {
  db = await createTestDatabase();
  bo = boxOffice(db);
  wompi = await startFakeWompi();
  smtp = await startTestSmtp();
  api = await startTestServer(db, {
    ...wompi.env(),
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_BOOKING_PER_MINUTE: "1000",
  });
  wompi.eventsUrl = `${api.url}/webhooks/wompi`;
  worker = await startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger(process.env.TEST_WORKER_LOG_LEVEL || "silent"),
    pollIntervalMs: 100,
    concurrency: 2,
    tasks: {
      mail: { smtpUrl: smtp.url, from: "FashionOS <boletas@fashionos.test>", appUrl: api.url, logWhenNoSmtp: false },
    },
  });
  org = await bo.newOrganization("taquilla");
  event = await bo.newEvent(org);
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await wompi?.close();
  await smtp?.close();
  await db?.drop();
});

interface Reservation {
  rowId: string;
  reference: string;
  status: string;
  quantity: number;
  totalCop: string;
  expiresAt: string | null;
  accessToken: string;
}

async function reserve(tierId: string, quantity = 2, email = `buyer-${unique()}@example.com`): Promise<Reservation> {
  const { status, body } = await api.graphql(operation("BookTickets"), {
    tierId,
    quantity,
    buyerName: "Mariana Gómez",
    buyerEmail: email,
  });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const { booking, accessToken } = body.data?.bookTickets.result;
  return { ...booking, accessToken } as Reservation;
}

async function bookingPage(accessToken: string) {
  const { body } = await api.graphql(operation("BookingPage"), { accessToken });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as {
    bookingByAccessToken: { status: string; lastPaymentStatus: string | null; refundDue: boolean } | null;
    bookingPasses: { nodes: { code: string; seat: number; status: string }[] };
  };
}

/** GET /pagos/wompi for the token, not following the redirect. */
async function checkout(accessToken: string): Promise<Response> {
  return fetch(`${api.url}/pagos/wompi?clave=${accessToken}`, { redirect: "manual" });
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("booking over GraphQL", () => {
  it("gives the visitor a reservation and its access token, which opens the booking page", async () => {
    const tier = await bo.newTier(event, { price: 45_000 });
    const booking = await reserve(tier, 2);
    expect(booking).toMatchObject({ status: "pending", quantity: 2, totalCop: "90000" });
    expect(booking.accessToken).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    const page = await bookingPage(booking.accessToken);
    expect(page.bookingByAccessToken).toMatchObject({ status: "pending", lastPaymentStatus: null });
    expect(page.bookingPasses.nodes).toEqual([]);
  });

  it("answers every refusal with a coded error: too many, sold out, a second reservation, closed, bad email", async () => {
    const tier = await bo.newTier(event, { quantity: 12, maxPerOrder: 10 });
    const email = `dup-${unique()}@example.com`;
    const book = (quantity: number, buyerEmail = `x-${unique()}@example.com`, tierId = tier) =>
      api.graphql(operation("BookTickets"), { tierId, quantity, buyerName: "Ana", buyerEmail });
    const cases: [Promise<{ body: { errors?: { extensions?: Record<string, unknown> }[] } }>, string, string][] = [];
    cases.push([book(11), "VALIDATION_FAILED", "TOO_MANY_TICKETS"]);
    cases.push([book(1, "not-an-email"), "VALIDATION_FAILED", "INVALID_EMAIL"]);
    const first = await book(10, email);
    expect(first.body.errors).toBeUndefined();
    cases.push([book(1, email), "CONFLICT", "RESERVATION_EXISTS"]);
    cases.push([book(5), "CONFLICT", "SOLD_OUT"]);
    const closed = await bo.newTier(event, { salesStart: "-3 days", salesEnd: "-1 day" });
    cases.push([book(1, undefined, closed), "CONFLICT", "SALES_CLOSED"]);
    for (const [pending, code, reason] of cases) {
      const { body } = await pending;
      expect(body.errors?.[0]?.extensions, reason).toMatchObject({ code, reason });
    }
    await bo.expectStockConsistent(tier);
  });

  it("holds the reservation for RESERVATION_MINUTES", async () => {
    const short = await startTestServer(db, { RESERVATION_MINUTES: "2" });
    try {
      const tier = await bo.newTier(event);
      const { body } = await short.graphql(operation("BookTickets"), {
        tierId: tier,
        quantity: 1,
        buyerName: "Ana",
        buyerEmail: `ana-${unique()}@example.com`,
      });
      const minutes = (new Date(body.data?.bookTickets.result.booking.expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(1.5);
      expect(minutes).toBeLessThanOrEqual(2);
    } finally {
      await short.close();
    }
  });

  it("refuses a RESERVATION_MINUTES or Wompi configuration that makes no sense at start-up", async () => {
    const invalid: Record<string, string>[] = [
      { RESERVATION_MINUTES: "0" },
      { RESERVATION_MINUTES: "61" },
      { RESERVATION_MINUTES: "quince" },
      { WOMPI_PUBLIC_KEY: wompi.keys.publicKey },
      { ...wompi.env(), WOMPI_EVENTS_SECRET: "prod_events_x" },
      { ...wompi.env(), WOMPI_PUBLIC_KEY: "sk_live_x" },
    ];
    for (const env of invalid) {
      await expect(startTestServer(db, env), JSON.stringify(env)).rejects.toThrow(/RESERVATION_MINUTES|Wompi|WOMPI/);
    }
  });

  it("refuses bookTickets asked twice in one request (aliases, fragments, two operations): nothing held", async () => {
    const tier = await bo.newTier(event, { quantity: 100 });
    const input = (i: number) =>
      `input: { tierId: "${tier}", quantity: 10, buyerName: "Hoarder", buyerEmail: "h${i}-${unique()}@example.com" }`;
    const documents = [
      `mutation { a: bookTickets(${input(1)}) { result { accessToken } } b: bookTickets(${input(2)}) { result { accessToken } } }`,
      `mutation { ${Array.from({ length: 15 }, (_, i) => `b${i}: bookTickets(${input(i)}) { result { accessToken } }`).join(" ")} }`,
      `mutation { ...F bookTickets(${input(3)}) { result { accessToken } } } fragment F on Mutation { x: bookTickets(${input(4)}) { result { accessToken } } }`,
    ];
    for (const query of documents) {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(body.errors?.[0]?.extensions, JSON.stringify(body)).toMatchObject({
        code: "VALIDATION_FAILED",
        reason: "ONE_BOOKING_PER_REQUEST",
      });
    }
    expect(await bo.soldCount(tier)).toBe(0);
  });

  it("limits anonymous bookings per address, with Retry-After; signed-in staff are not limited by address", async () => {
    const limited = await startTestServer(db, { RATE_LIMIT_BOOKING_PER_MINUTE: "3", RATE_LIMIT_IP_PER_MINUTE: "1000" });
    try {
      const tier = await bo.newTier(event, { quantity: 100, price: 0 });
      const attempt = (token?: string) =>
        limited.graphql(
          operation("BookTickets"),
          { tierId: tier, quantity: 1, buyerName: "Ana", buyerEmail: `ana-${unique()}@example.com` },
          token ? { token } : {},
        );
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await attempt());
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
      expect(answers[3]?.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
      expect(Number(answers[3]?.body.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
      expect(await bo.soldCount(tier)).toBe(3);
      // A producer selling at the door from the same address is not throttled by it.
      const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer");
      const token = await limited.login(producer?.email as string, DEMO_PASSWORD);
      expect((await attempt(token)).status).toBe(200);
      expect(await bo.soldCount(tier)).toBe(4);
    } finally {
      await limited.close();
    }
  });
});

describe("Wompi Web Checkout", () => {
  it("sends the buyer to Wompi with the database's amount and a valid integrity signature", async () => {
    const tier = await bo.newTier(event, { price: 62_500 });
    const booking = await reserve(tier, 3);
    const response = await checkout(booking.accessToken);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") as string);
    expect(`${location.origin}${location.pathname}`).toBe(wompi.checkoutUrl);
    const params = location.searchParams;
    expect(params.get("public-key")).toBe(wompi.keys.publicKey);
    expect(params.get("currency")).toBe("COP");
    expect(params.get("amount-in-cents")).toBe("18750000");
    expect(params.get("reference")).toBe(booking.reference);
    expect(params.get("signature:integrity")).toBe(
      sha256(`${booking.reference}18750000COP${wompi.keys.integritySecret}`),
    );
    expect(params.get("redirect-url")).toBe(`${api.url}/reserva?clave=${booking.accessToken}`);
    // Wompi's checkout accepts it...
    expect((await fetch(location)).status).toBe(200);
    // ...and refuses the same form with a lower amount: the signature no longer matches.
    const cheaper = new URL(location);
    cheaper.searchParams.set("amount-in-cents", "100");
    const refused = await fetch(cheaper);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("firma de integridad");
  });

  it("sends nothing to pay back to the booking page: paid, expired, or a token that opens nothing (404)", async () => {
    const free = await reserve(await bo.newTier(event, { price: 0 }), 1);
    const paid = await checkout(free.accessToken);
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`${api.url}/reserva?clave=${free.accessToken}`);
    const lapsed = await reserve(await bo.newTier(event), 1);
    await bo.lapse(lapsed.rowId);
    expect((await checkout(lapsed.accessToken)).headers.get("location")).toBe(
      `${api.url}/reserva?clave=${lapsed.accessToken}`,
    );
    expect((await checkout("0".repeat(32))).status).toBe(404);
    expect((await checkout("not-a-token")).status).toBe(404);
  });

  it("without Wompi keys: paid tiers are reservable, checkout says payments are not configured, no webhook", async () => {
    const bare = await startTestServer(db, {});
    try {
      const config = await (await fetch(`${bare.url}/config.json`)).json();
      expect(config.payments).toEqual({ wompi: false, sandbox: false });
      expect((await (await fetch(`${api.url}/config.json`)).json()).payments).toEqual({ wompi: true, sandbox: true });
      const tier = await bo.newTier(event, { price: 30_000 });
      const { body } = await bare.graphql(operation("BookTickets"), {
        tierId: tier,
        quantity: 1,
        buyerName: "Ana",
        buyerEmail: `ana-${unique()}@example.com`,
      });
      const booking = {
        ...body.data?.bookTickets.result.booking,
        accessToken: body.data?.bookTickets.result.accessToken,
      } as Reservation;
      expect(booking.status).toBe("pending");
      const response = await fetch(`${bare.url}/pagos/wompi?clave=${booking.accessToken}`, { redirect: "manual" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toContain("pago=no-configurado");
      const hook = await fetch(`${bare.url}/webhooks/wompi`, { method: "POST", body: "{}" });
      expect(hook.status).toBe(404);
      expect(await bo.statusOf(booking.rowId)).toBe("pending");
    } finally {
      await bare.close();
    }
  });
});

describe("POST /webhooks/wompi", () => {
  it("a payment through Wompi's checkout confirms the booking, and the tickets arrive by mail with QR codes", async () => {
    const tier = await bo.newTier(event, { price: 80_000 });
    const email = `pago-${unique()}@example.com`;
    const booking = await reserve(tier, 2, email);
    const location = (await checkout(booking.accessToken)).headers.get("location") as string;
    const page = await fetch(location);
    const form = new URLSearchParams(new URL(location).searchParams);
    form.set("outcome", "APPROVED");
    const paid = await fetch(`${wompi.url}/p/pay`, { method: "POST", body: form, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(paid.status).toBe(303);
    const back = new URL(paid.headers.get("location") as string);
    expect(back.searchParams.get("clave")).toBe(booking.accessToken);
    expect(back.searchParams.get("id")).toMatch(/^12345-/);
    expect(wompi.deliveries.at(-1)?.response).toMatchObject({ ok: true, outcome: "confirmed" });

    const after = await bookingPage(booking.accessToken);
    expect(after.bookingByAccessToken).toMatchObject({ status: "paid", lastPaymentStatus: "APPROVED" });
    expect(after.bookingPasses.nodes.map((p) => [p.seat, p.status])).toEqual([
      [1, "valid"],
      [2, "valid"],
    ]);

    const mail = await smtp.next(email, { timeoutMs: 20_000 });
    expect(mail.subject).toContain("Tus boletas para");
    for (const pass of after.bookingPasses.nodes) {
      expect(mail.text).toContain(`${api.url}/t/${pass.code}`);
    }
    expect(mail.text).toContain(`${api.url}/reserva?clave=${booking.accessToken}`);
    const images = mail.parsed.attachments.filter((a) => a.contentType === "image/png");
    expect(images).toHaveLength(2);
    expect(images.every((image) => image.content.subarray(1, 4).toString() === "PNG")).toBe(true);
    expect(images.map((image) => image.cid).sort()).toEqual(["ticket-1@fashionos", "ticket-2@fashionos"]);
    expect(mail.html).toContain("data:image/png;base64"); // mailparser inlines the cid: images

    // Through the outbox: one booking_paid message, sent once, stored with the codes and the link redacted.
    const messages = await bookingMessages(db, booking.rowId);
    expect(messages).toEqual([expect.objectContaining({ cause_kind: "booking_paid", status: "sent" })]);
    expect(mail.parsed.messageId).toBe(`<outbox.${messages[0]?.id}@fashionos.test>`);
    for (const secret of [booking.accessToken, ...after.bookingPasses.nodes.map((p) => p.code)]) {
      expect(`${messages[0]?.rendered_body}${messages[0]?.rendered_html}`).not.toContain(secret);
    }
    expect(smtp.to(email)).toHaveLength(1);
  });

  it("refuses a tampered event, a wrong secret, a checksum that leaves the amount out, and junk (400): nothing changes", async () => {
    const tier = await bo.newTier(event, { price: 10_000 });
    const booking = await reserve(tier, 1);
    const txn = wompi.transaction(booking.reference, 1_000_000, "DECLINED");
    const signed = wompi.event(txn);
    const tampered = structuredClone(signed);
    tampered.data.transaction.status = "APPROVED";
    const cases: [string, string | object][] = [
      ["tampered status", tampered],
      ["wrong secret", wompi.event({ ...txn, status: "APPROVED" }, { secret: "test_events_not-ours" })],
      [
        "amount not covered",
        wompi.event({ ...txn, status: "APPROVED" }, { properties: ["transaction.id", "transaction.status"] }),
      ],
      ["not json", "{nope"],
      ["not an event", { hello: "world" }],
    ];
    for (const [label, body] of cases) {
      const delivery = await wompi.deliver(typeof body === "string" ? body : JSON.stringify(body));
      expect(delivery.status, label).toBe(400);
    }
    expect(await bo.statusOf(booking.rowId)).toBe("pending");
    const { rows } = await db.owner.query("select count(*)::int as n from app_public.payments where booking_id = $1", [
      booking.rowId,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it("answers a replayed event `duplicate` and an older one `stale`, changing nothing", async () => {
    const tier = await bo.newTier(event, { price: 10_000, quantity: 5 });
    const booking = await reserve(tier, 1);
    const txn = wompi.transaction(booking.reference, 1_000_000, "APPROVED");
    const approved = wompi.event(txn);
    expect((await wompi.deliver(approved)).response).toMatchObject({ outcome: "confirmed" });
    for (let i = 0; i < 3; i++)
      expect((await wompi.deliver(approved)).response).toMatchObject({ outcome: "duplicate" });
    const olderPending = wompi.event({ ...txn, status: "PENDING" }, { timestamp: approved.timestamp - 60 });
    expect((await wompi.deliver(olderPending)).response).toMatchObject({ outcome: "stale" });
    expect(await bo.statusOf(booking.rowId)).toBe("paid");
    expect(await bo.expectStockConsistent(tier)).toBe(1);
  });

  it("out of order: a void delivered before the approval leaves the booking cancelled either way", async () => {
    const tier = await bo.newTier(event, { price: 10_000, quantity: 5 });
    const booking = await reserve(tier, 1);
    const txn = wompi.transaction(booking.reference, 1_000_000, "APPROVED");
    const approved = wompi.event(txn, { timestamp: 1_800_000_000 });
    const voided = wompi.event({ ...txn, status: "VOIDED" }, { timestamp: 1_800_000_100 });
    expect((await wompi.deliver(voided)).response).toMatchObject({ outcome: "cancelled_voided" });
    expect((await wompi.deliver(approved)).response).toMatchObject({ outcome: "stale" });
    expect(await bo.statusOf(booking.rowId)).toBe("cancelled");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
  });

  it("ignores other event types (200) once verified", async () => {
    const txn = wompi.transaction("FOS-ANY", 100, "APPROVED");
    const other = { ...wompi.event(txn), event: "nequi_token.updated" };
    const delivery = await wompi.deliver(other);
    expect(delivery.status).toBe(200);
    expect(delivery.response).toMatchObject({ ignored: "nequi_token.updated" });
  });
});

describe("the worker", () => {
  it("expires lapsed reservations from its crontab and releases their tickets", async () => {
    const tier = await bo.newTier(event, { quantity: 4 });
    const booking = await reserve(tier, 4);
    await bo.lapse(booking.rowId);
    // The crontab schedules expire_reservations every minute; run the job it queues, now.
    await db.owner.query("select graphile_worker.add_job('expire_reservations', '{}'::json)");
    const deadline = Date.now() + 15_000;
    while ((await bo.statusOf(booking.rowId)) !== "expired" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await bo.statusOf(booking.rowId)).toBe("expired");
    expect(await bo.expectStockConsistent(tier)).toBe(0);
    const { crontab } = await import("../tasks/index.ts");
    expect(crontab).toMatch(/^\* \* \* \* \* expire_reservations/m);
  });
});

describe("the door over GraphQL", () => {
  it("supervisors find paid buyers by name, email or reference (wildcards taken literally); others find nobody", async () => {
    const tier = await bo.newTier(event, { price: 0 });
    const email = `ximena-${unique()}@example.com`;
    const { rows } = await db.owner.query(
      "select id from app_public.profiles where email = 'producer@bogota.fashionos.test'",
    );
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'producer') on conflict do nothing",
      [org, rows[0].id],
    );
    const producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
    const { body } = await api.graphql(operation("BookTickets"), {
      tierId: tier,
      quantity: 2,
      buyerName: "Ximena Ortiz_Díaz",
      buyerEmail: email,
    });
    const reference = body.data?.bookTickets.result.booking.reference as string;
    const search = async (text: string, token?: string) =>
      (await api.graphql(operation("SearchAttendees"), { eventId: event, search: text }, token ? { token } : {})).body;
    for (const text of ["ximena", "ORTIZ_d", email.toUpperCase(), reference.slice(4, 10)]) {
      const found = await search(text, producer);
      expect(found.errors, text).toBeUndefined();
      expect(
        found.data?.eventAttendees.nodes.map((n: { seat: number; booking: { buyerName: string } }) => [
          n.booking.buyerName,
          n.seat,
        ]),
        text,
      ).toEqual([
        ["Ximena Ortiz_Díaz", 1],
        ["Ximena Ortiz_Díaz", 2],
      ]);
    }
    expect((await search("Ortiz%", producer)).data?.eventAttendees.nodes).toEqual([]);
    expect((await search("x", producer)).data?.eventAttendees.nodes).toEqual([]);
    const viewer = await api.login("viewer@bogota.fashionos.test", DEMO_PASSWORD);
    expect((await search("ximena", viewer)).data?.eventAttendees.nodes).toEqual([]);
  });

  it("the door role scans once; a second scan is told when it entered; producers see the counts", async () => {
    const doorEmail = `door-${unique()}@example.com`;
    const { rows } = await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Portero', now()) returning id",
      [doorEmail],
    );
    await db.owner.query(
      "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf', 4)))",
      [rows[0].id, DEMO_PASSWORD],
    );
    await db.owner.query(
      "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'door')",
      [org, rows[0].id],
    );
    const token = await api.login(doorEmail, DEMO_PASSWORD);
    const tier = await bo.newTier(event, { price: 0 });
    const booking = await reserve(tier, 1);
    const code = (await bookingPage(booking.accessToken)).bookingPasses.nodes[0]?.code as string;
    const scan = () => api.graphql(operation("CheckInTicket"), { code, gate: "Puerta 1", eventId: event }, { token });
    const first = await scan();
    expect(first.body.data?.checkInTicket.result).toMatchObject({ outcome: "checked_in", holderName: "Mariana Gómez" });
    const second = await scan();
    expect(second.body.data?.checkInTicket.result).toMatchObject({
      outcome: "already_checked_in",
      checkedInAt: first.body.data?.checkInTicket.result.checkedInAt,
      checkedInGate: "Puerta 1",
    });
    const counts = await api.graphql(operation("DoorCounts"), { eventId: event }, { token });
    expect(counts.body.errors).toBeUndefined();
    expect(counts.body.data?.checkInCounts.nodes).toContainEqual({ gate: null, entries: 1 });
    // The door reads no bookings.
    const bookings = await api.graphql("{ bookings { totalCount } tickets { totalCount } }", {}, { token });
    expect(bookings.body.data).toEqual({ bookings: { totalCount: 0 }, tickets: { totalCount: 0 } });
    // The public ticket page shows it entered.
    const ticket = await api.graphql(operation("TicketPage"), { code });
    expect(ticket.body.data?.ticketByCode).toMatchObject({ status: "checked_in", holderName: "Mariana Gómez" });
  });
});
