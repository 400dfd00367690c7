// A local stand-in for Wompi that speaks its protocol over real HTTP, for
// tests and the browser walk (the real Wompi is not reachable here):
//  * GET /p/ — the Web Checkout: checks the public key and the integrity
//    signature exactly as Wompi does (SHA-256 of reference + amount in cents +
//    currency + integrity secret) and shows a payment page; choosing an
//    outcome (POST /p/pay) makes a transaction, sends its signed
//    transaction.updated event to the events URL, and redirects the buyer to
//    redirect-url?id=<transaction>&env=test, as Wompi does.
//  * GET /v1/transactions/:id — the transaction, as Wompi's API returns it.
//  * events signed like Wompi's: signature.properties, signature.checksum =
//    SHA-256 of the properties' values + timestamp + events secret.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type WompiStatus = "PENDING" | "APPROVED" | "DECLINED" | "VOIDED" | "ERROR";

export interface WompiTransaction {
  id: string;
  created_at: string;
  finalized_at: string | null;
  amount_in_cents: number;
  reference: string;
  customer_email: string;
  currency: string;
  payment_method_type: string;
  payment_method: { type: string; extra: Record<string, unknown> };
  status: WompiStatus;
  status_message: string | null;
  redirect_url: string | null;
  shipping_address: null;
  payment_link_id: null;
  payment_source_id: null;
}

export interface WompiEvent {
  event: string;
  data: { transaction: WompiTransaction };
  environment: "test" | "prod";
  signature: { properties: string[]; checksum: string };
  timestamp: number;
  sent_at: string;
}

export interface Delivery {
  body: string;
  status: number;
  response: unknown;
}

export interface FakeWompi {
  url: string;
  /** For WOMPI_BASE_URL. */
  apiUrl: string;
  /** For WOMPI_CHECKOUT_URL. */
  checkoutUrl: string;
  keys: { publicKey: string; privateKey: string; integritySecret: string; eventsSecret: string };
  /** The environment for the FashionOS server. */
  env(): Record<string, string>;
  /** Where events are posted (the server's /webhooks/wompi); set once the server's URL is known. */
  eventsUrl: string | null;
  transactions: Map<string, WompiTransaction>;
  deliveries: Delivery[];
  /** A transaction for a reference (as a buyer paying in the checkout would make). */
  transaction(reference: string, amountInCents: number, status: WompiStatus, method?: string): WompiTransaction;
  /** A transaction.updated event for the transaction, signed with the events secret (or another). */
  event(
    transaction: WompiTransaction,
    options?: { timestamp?: number; secret?: string; properties?: string[] },
  ): WompiEvent;
  /** Posts an event body to the events URL. */
  deliver(body: string | WompiEvent): Promise<Delivery>;
  close(): Promise<void>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function valueAt(data: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), data);
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

export async function startFakeWompi(): Promise<FakeWompi> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const keys = {
    publicKey: `pub_test_${suffix}`,
    privateKey: `prv_test_${suffix}`,
    integritySecret: `test_integrity_${suffix}`,
    eventsSecret: `test_events_${suffix}`,
  };
  let counter = 0;
  const transactions = new Map<string, WompiTransaction>();
  const deliveries: Delivery[] = [];

  const fake: FakeWompi = {
    url: "",
    apiUrl: "",
    checkoutUrl: "",
    keys,
    eventsUrl: null,
    transactions,
    deliveries,
    env() {
      return {
        WOMPI_PUBLIC_KEY: keys.publicKey,
        WOMPI_PRIVATE_KEY: keys.privateKey,
        WOMPI_INTEGRITY_SECRET: keys.integritySecret,
        WOMPI_EVENTS_SECRET: keys.eventsSecret,
        WOMPI_BASE_URL: fake.apiUrl,
        WOMPI_CHECKOUT_URL: fake.checkoutUrl,
      };
    },
    transaction(reference, amountInCents, status, method = "NEQUI") {
      counter += 1;
      const now = new Date().toISOString();
      const txn: WompiTransaction = {
        id: `12345-${Math.floor(Date.now() / 1000)}-${String(counter).padStart(5, "0")}`,
        created_at: now,
        finalized_at: status === "PENDING" ? null : now,
        amount_in_cents: amountInCents,
        reference,
        customer_email: "comprador@example.com",
        currency: "COP",
        payment_method_type: method,
        payment_method: { type: method, extra: {} },
        status,
        status_message: status === "DECLINED" ? "Fondos insuficientes" : null,
        redirect_url: null,
        shipping_address: null,
        payment_link_id: null,
        payment_source_id: null,
      };
      transactions.set(txn.id, txn);
      return txn;
    },
    event(transaction, options = {}) {
      const properties = options.properties ?? ["transaction.id", "transaction.status", "transaction.amount_in_cents"];
      const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
      const data = { transaction: { ...transaction } };
      const values = properties.map((p) => String(valueAt(data, p) ?? "")).join("");
      return {
        event: "transaction.updated",
        data,
        environment: "test",
        signature: {
          properties,
          checksum: sha256(`${values}${timestamp}${options.secret ?? keys.eventsSecret}`).toUpperCase(),
        },
        timestamp,
        sent_at: new Date(timestamp * 1000).toISOString(),
      };
    },
    async deliver(body) {
      if (!fake.eventsUrl) throw new Error("fake Wompi: set eventsUrl first");
      const text = typeof body === "string" ? body : JSON.stringify(body);
      const response = await fetch(fake.eventsUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(typeof body === "string" ? {} : { "x-event-checksum": body.signature.checksum }),
        },
        body: text,
      });
      const delivery = { body: text, status: response.status, response: await response.json().catch(() => null) };
      deliveries.push(delivery);
      return delivery;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  /** The checkout's parameters, or why Wompi would refuse them. */
  function checkout(
    params: URLSearchParams,
  ):
    | { error: string }
    | { reference: string; amount: number; currency: string; redirect: string | null; email: string | null } {
    const reference = params.get("reference") ?? "";
    const amount = Number(params.get("amount-in-cents"));
    const currency = params.get("currency") ?? "";
    if (params.get("public-key") !== keys.publicKey) return { error: "La llave pública no es válida." };
    if (!reference || !Number.isInteger(amount) || amount <= 0 || currency !== "COP") {
      return { error: "Faltan parámetros obligatorios." };
    }
    if (params.get("signature:integrity") !== sha256(`${reference}${amount}${currency}${keys.integritySecret}`)) {
      return { error: "La firma de integridad no es válida." };
    }
    return {
      reference,
      amount,
      currency,
      redirect: params.get("redirect-url"),
      email: params.get("customer-data:email"),
    };
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const html = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Wompi (doble de pruebas)</title></head><body>${body}</body></html>`,
      );
    };
    (async () => {
      if (req.method === "GET" && url.pathname === "/p/") {
        const params = checkout(url.searchParams);
        if ("error" in params) return html(400, `<h1>Wompi</h1><p role="alert">${escape(params.error)}</p>`);
        const hidden = [...url.searchParams]
          .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
          .join("");
        const pesos = new Intl.NumberFormat("es-CO", {
          style: "currency",
          currency: "COP",
          maximumFractionDigits: 0,
        }).format(params.amount / 100);
        return html(
          200,
          `<h1>Wompi (doble de pruebas)</h1><p>Referencia <b id="reference">${escape(params.reference)}</b></p>
           <p>Total <b id="amount">${escape(pesos)}</b></p>
           <form method="post" action="/p/pay">${hidden}
             <button name="outcome" value="APPROVED">Pagar con Nequi (aprobada)</button>
             <button name="outcome" value="DECLINED">Pagar con tarjeta (rechazada)</button>
             <button name="outcome" value="ERROR">Pagar con PSE (error)</button>
           </form>`,
        );
      }
      if (req.method === "POST" && url.pathname === "/p/pay") {
        const form = new URLSearchParams(await readBody(req));
        const params = checkout(form);
        if ("error" in params) return html(400, `<p role="alert">${escape(params.error)}</p>`);
        const outcome = (form.get("outcome") ?? "APPROVED") as WompiStatus;
        const method = outcome === "DECLINED" ? "CARD" : outcome === "ERROR" ? "PSE" : "NEQUI";
        const txn = fake.transaction(params.reference, params.amount, outcome, method);
        txn.redirect_url = params.redirect;
        if (params.email) txn.customer_email = params.email;
        await fake.deliver(fake.event(txn));
        if (!params.redirect) return html(200, `<p>Transacción ${escape(txn.id)}: ${outcome}</p>`);
        const back = new URL(params.redirect);
        back.searchParams.set("id", txn.id);
        back.searchParams.set("env", "test");
        res.writeHead(303, { location: back.toString() });
        res.end();
        return;
      }
      if (url.pathname === "/favicon.ico") {
        res.writeHead(204);
        res.end();
        return;
      }
      const transaction = /^\/v1\/transactions\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && transaction) {
        const txn = transactions.get(decodeURIComponent(transaction[1] as string));
        res.writeHead(txn ? 200 : 404, { "content-type": "application/json" });
        res.end(
          JSON.stringify(
            txn ? { data: txn } : { error: { type: "NOT_FOUND_ERROR", reason: "La entidad solicitada no existe" } },
          ),
        );
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { type: "NOT_FOUND_ERROR" } }));
    })().catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.apiUrl = `${fake.url}/v1`;
  fake.checkoutUrl = `${fake.url}/p/`;
  return fake;
}
