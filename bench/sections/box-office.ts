// Section box office (`npm run bench -- --only boxoffice`): its own database
// (migrations and demo data, no bench data) and the real API server in a child
// process, with Wompi keys this process also holds to sign events.
//  * Sale opening: 1,000 buyers ask at the same moment for one ticket each of
//    a 300-ticket tier, as anonymous visitors over HTTP (bookTickets). Every
//    buyer must be answered (a reservation or SOLD_OUT), exactly 300 reserved,
//    none oversold; throughput and latency percentiles.
//  * Webhook replay: Wompi events for two identical sets of bookings. Set A
//    gets every event once, in order; set B gets every event twice, in a random
//    order, 16 at a time. Every booking of B must end exactly as its twin in A
//    (status, payments, refunds owed) and both tiers with the same stock.
import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";
import { type Child, startChild } from "../lib/children.ts";
import { buildBenchDatabase, quietPool, startBenchCluster } from "../lib/cluster.ts";
import { graphql } from "../lib/graphql.ts";
import { type Summary, summarize } from "../lib/stats.ts";

export interface SaleOpeningRound {
  buyers: number;
  tickets: number;
  reserved: number;
  soldOut: number;
  /** Anything else: errors, timeouts, other codes. Must be 0. */
  unanswered: number;
  soldCount: number;
  oversold: boolean;
  consistent: boolean;
  makespanMs: number;
  requestsPerSecond: number;
  latencyMs: Summary;
}

export interface WebhookReplay {
  bookingsPerSet: number;
  distinctEvents: number;
  inOrderDeliveries: number;
  shuffledDeliveries: number;
  concurrency: number;
  duplicatesAnswered: number;
  /** Bookings of set B whose final state differs from their twin in A. Must be 0. */
  mismatches: number;
  mismatchExamples: string[];
  soldCount: { inOrder: number; shuffled: number };
  outcomes: Record<string, number>;
  inOrder: { seconds: number; eventsPerSecond: number; latencyMs: Summary };
  shuffled: { seconds: number; eventsPerSecond: number; latencyMs: Summary };
  non200: number;
}

export interface BoxOfficeResult {
  saleOpening: SaleOpeningRound[];
  webhooks: WebhookReplay;
}

const BOOK = `mutation BookTickets($tierId: UUID!, $quantity: Int!, $buyerName: String!, $buyerEmail: String!) {
  bookTickets(input: { tierId: $tierId, quantity: $quantity, buyerName: $buyerName, buyerEmail: $buyerEmail }) {
    result { booking { rowId } }
  }
}`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function newTier(owner: pg.Pool, quantity: number, price: number): Promise<string> {
  const { rows } = await owner.query(
    `with event as (
       insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public)
       select id, 'Apertura de taquilla', 'bench-' || $3, now() + interval '30 days', now() + interval '30 days 4 hours',
              'published', true
         from app_public.organizations order by slug limit 1
       returning id
     )
     insert into app_public.ticket_tiers (event_id, name, price_cop, quantity, max_per_order)
     select id, 'General', $2, $1, 10 from event returning id`,
    [quantity, price, randomBytes(6).toString("hex")],
  );
  return rows[0].id;
}

async function saleOpening(api: Child, owner: pg.Pool, buyers: number, tickets: number): Promise<SaleOpeningRound> {
  const tier = await newTier(owner, tickets, 95_000);
  const latencies: number[] = [];
  let reserved = 0;
  let soldOut = 0;
  let unanswered = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: buyers }, async (_, i) => {
      try {
        const answer = await graphql(api.url, BOOK, {
          tierId: tier,
          quantity: 1,
          buyerName: `Comprador ${i}`,
          buyerEmail: `comprador-${i}-${tier.slice(0, 8)}@bench.fashionos.test`,
        });
        latencies.push(answer.ms);
        if (answer.data?.bookTickets?.result?.booking?.rowId) reserved += 1;
        else if (answer.errors?.[0]?.extensions?.reason === "SOLD_OUT") soldOut += 1;
        else unanswered += 1;
      } catch {
        unanswered += 1;
      }
    }),
  );
  const makespanMs = performance.now() - started;
  const { rows } = await owner.query(
    `select t.quantity, t.sold_count,
            (select coalesce(sum(b.quantity), 0)::int from app_public.bookings b
              where b.tier_id = t.id and b.status in ('pending', 'paid')) as held,
            (select count(*)::int from app_public.bookings b where b.tier_id = t.id) as bookings
       from app_public.ticket_tiers t where t.id = $1`,
    [tier],
  );
  const c = rows[0] as { quantity: number; sold_count: number; held: number; bookings: number };
  return {
    buyers,
    tickets,
    reserved,
    soldOut,
    unanswered,
    soldCount: c.sold_count,
    oversold: c.sold_count > c.quantity,
    consistent: c.sold_count === c.held && c.bookings === reserved && reserved === Math.min(buyers, tickets),
    makespanMs,
    requestsPerSecond: buyers / (makespanMs / 1000),
    latencyMs: summarize(latencies),
  };
}

interface Txn {
  id: string;
  status: string;
  reference: string;
  amount_in_cents: number;
  currency: string;
  payment_method_type: string;
}

/** The events one booking receives, in the order Wompi sends them (scenario by index). */
function scenario(i: number, set: string, reference: string, cents: number): Txn[] {
  const txn = (n: number, status: string): Txn => ({
    id: `${set}-${i}-${n}`,
    status,
    reference,
    amount_in_cents: cents,
    currency: "COP",
    payment_method_type: n === 1 ? "CARD" : "NEQUI",
  });
  switch (i % 5) {
    case 0: // paid at once
      return [txn(1, "PENDING"), txn(1, "APPROVED")];
    case 1: // a card declined, then Nequi approved
      return [txn(1, "PENDING"), txn(1, "DECLINED"), txn(2, "PENDING"), txn(2, "APPROVED")];
    case 2: // approved, then voided (the money went back)
      return [txn(1, "PENDING"), txn(1, "APPROVED"), txn(1, "VOIDED")];
    case 3: // an error, then approved
      return [txn(1, "ERROR"), txn(2, "APPROVED")];
    default: // declined, never paid
      return [txn(1, "PENDING"), txn(1, "DECLINED")];
  }
}

function signedEvent(txn: Txn, timestamp: number, secret: string): string {
  const properties = ["transaction.id", "transaction.status", "transaction.amount_in_cents"];
  const checksum = sha256(`${txn.id}${txn.status}${txn.amount_in_cents}${timestamp}${secret}`);
  return JSON.stringify({
    event: "transaction.updated",
    data: { transaction: txn },
    environment: "test",
    signature: { properties, checksum },
    timestamp,
    sent_at: new Date(timestamp * 1000).toISOString(),
  });
}

async function deliver(url: string, body: string): Promise<{ ms: number; status: number; outcome: string }> {
  const started = performance.now();
  const response = await fetch(`${url}/webhooks/wompi`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const json = (await response.json().catch(() => ({}))) as { outcome?: string };
  return {
    ms: performance.now() - started,
    status: response.status,
    outcome: json.outcome ?? `http ${response.status}`,
  };
}

async function bookingsFor(owner: pg.Pool, tier: string, count: number): Promise<{ id: string; reference: string }[]> {
  const { rows } = await owner.query(
    `select (r.booking).id, (r.booking).reference
       from generate_series(1, $2::int) i,
            lateral app_public.book_tickets($1::uuid, 1, 'Comprador ' || i, 'replay-' || i || '-' || $3 || '@bench.fashionos.test') r
      order by i`,
    [tier, count, tier.slice(0, 8)],
  );
  return rows;
}

/** A booking's final state without ids or times. */
async function finalStates(owner: pg.Pool, ids: string[]): Promise<string[]> {
  const { rows } = await owner.query(
    `select b.id, b.status || ' | ' || coalesce(string_agg(p.kind || ':' || p.status || ':' || coalesce(p.reason, '-'), ',' order by p.kind, p.status, p.reason), '') as state
       from unnest($1::uuid[]) with ordinality as x(id, n)
       join app_public.bookings b on b.id = x.id
       left join app_public.payments p on p.booking_id = b.id
      group by b.id, b.status, x.n order by x.n`,
    [ids],
  );
  return rows.map((r) => r.state);
}

async function webhookReplay(
  api: Child,
  owner: pg.Pool,
  secret: string,
  distinctTarget: number,
): Promise<WebhookReplay> {
  const perBooking = 13 / 5;
  const bookingsPerSet = Math.ceil(distinctTarget / perBooking / 5) * 5;
  const price = 60_000;
  const tierA = await newTier(owner, bookingsPerSet, price);
  const tierB = await newTier(owner, bookingsPerSet, price);
  const setA = await bookingsFor(owner, tierA, bookingsPerSet);
  const setB = await bookingsFor(owner, tierB, bookingsPerSet);
  const base = Math.floor(Date.now() / 1000);
  const events = (set: string, bookings: { reference: string }[]) =>
    bookings.flatMap((booking, i) =>
      scenario(i, set, booking.reference, price * 100).map((txn, k) => signedEvent(txn, base + i * 10 + k, secret)),
    );
  const inOrder = events("A", setA);
  const shuffledDistinct = events("B", setB);
  const shuffled = [...shuffledDistinct, ...shuffledDistinct];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }

  const outcomes: Record<string, number> = {};
  let non200 = 0;
  const record = (answer: { status: number; outcome: string }) => {
    outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
    if (answer.status !== 200) non200 += 1;
  };

  const aLatency: number[] = [];
  let started = performance.now();
  for (const body of inOrder) {
    const answer = await deliver(api.url, body);
    aLatency.push(answer.ms);
    record(answer);
  }
  const aSeconds = (performance.now() - started) / 1000;

  const concurrency = 16;
  const bLatency: number[] = [];
  let duplicatesAnswered = 0;
  let next = 0;
  started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < shuffled.length) {
        const body = shuffled[next++] as string;
        const answer = await deliver(api.url, body);
        bLatency.push(answer.ms);
        record(answer);
        if (answer.outcome === "duplicate") duplicatesAnswered += 1;
      }
    }),
  );
  const bSeconds = (performance.now() - started) / 1000;

  const a = await finalStates(
    owner,
    setA.map((b) => (b as { id: string }).id),
  );
  const b = await finalStates(
    owner,
    setB.map((x) => (x as { id: string }).id),
  );
  const mismatchExamples: string[] = [];
  let mismatches = 0;
  a.forEach((state, i) => {
    if (state !== b[i]) {
      mismatches += 1;
      if (mismatchExamples.length < 5) mismatchExamples.push(`#${i}: in order "${state}" vs shuffled "${b[i]}"`);
    }
  });
  const { rows } = await owner.query("select id, sold_count from app_public.ticket_tiers where id = any($1::uuid[])", [
    [tierA, tierB],
  ]);
  const sold = Object.fromEntries(rows.map((r) => [r.id, r.sold_count as number]));
  return {
    bookingsPerSet,
    distinctEvents: inOrder.length,
    inOrderDeliveries: inOrder.length,
    shuffledDeliveries: shuffled.length,
    concurrency,
    duplicatesAnswered,
    mismatches,
    mismatchExamples,
    soldCount: { inOrder: sold[tierA] ?? -1, shuffled: sold[tierB] ?? -1 },
    outcomes,
    inOrder: { seconds: aSeconds, eventsPerSecond: inOrder.length / aSeconds, latencyMs: summarize(aLatency) },
    shuffled: { seconds: bSeconds, eventsPerSecond: shuffled.length / bSeconds, latencyMs: summarize(bLatency) },
    non200,
  };
}

export async function boxOfficeBench(options: {
  rounds: number;
  buyers: number;
  tickets: number;
  events: number;
  log: (message: string) => void;
}): Promise<BoxOfficeResult> {
  const { log } = options;
  const cluster = await startBenchCluster({ log: () => {} });
  let api: Child | null = null;
  const owner = { pool: null as pg.Pool | null };
  try {
    const settings = await buildBenchDatabase(cluster.serverUrl, "fashionos_bench", { statements: false });
    owner.pool = quietPool(settings.ownerUrl, 5);
    const suffix = randomBytes(8).toString("hex");
    const secret = `test_events_${suffix}`;
    api = await startChild("server-child.ts", {
      settings,
      env: {
        NODE_ENV: "test",
        JWT_SECRET: randomBytes(48).toString("base64url"),
        CORS_ORIGINS: "http://localhost:5678",
        LOG_LEVEL: "silent",
        WORKER: "off",
        GRAPHIQL: "off",
        // One address plays a thousand buyers: the per-address budgets are not what is measured.
        RATE_LIMIT_IP_PER_MINUTE: "100000000",
        RATE_LIMIT_BOOKING_PER_MINUTE: "100000000",
        WOMPI_PUBLIC_KEY: `pub_test_${suffix}`,
        WOMPI_INTEGRITY_SECRET: `test_integrity_${suffix}`,
        WOMPI_EVENTS_SECRET: secret,
      },
    });
    log(`[boxoffice] API ${api.url} (pid ${api.pid})`);
    const saleRounds: SaleOpeningRound[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const result = await saleOpening(api, owner.pool, options.buyers, options.tickets);
      saleRounds.push(result);
      log(
        `[boxoffice] sale opening ${round + 1}: ${result.reserved} reserved / ${result.soldOut} SOLD_OUT / ${result.unanswered} other, ` +
          `sold_count ${result.soldCount}, ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.latencyMs.p95.toFixed(0)} ms`,
      );
    }
    const webhooks = await webhookReplay(api, owner.pool, secret, options.events);
    log(
      `[boxoffice] webhooks: ${webhooks.inOrderDeliveries} in order, ${webhooks.shuffledDeliveries} shuffled and duplicated; ` +
        `${webhooks.mismatches} mismatches; ${webhooks.shuffled.eventsPerSecond.toFixed(0)} events/s`,
    );
    return { saleOpening: saleRounds, webhooks };
  } finally {
    await api?.stop();
    await owner.pool?.end();
    await cluster.stop();
  }
}

const ms = (value: number) => `${Math.round(value)}`;

export function renderBoxOffice(output: Record<string, any>): string {
  const meta = output.meta;
  const result = output.boxOffice as BoxOfficeResult;
  const lines = [
    `_${meta.mode} run, ${String(meta.date).slice(0, 16).replace("T", " ")} UTC, ${Math.round(meta.durationSeconds)} s in all. ${meta.machine.cpus} × ${String(meta.machine.cpuModel).split(" ").slice(0, 2).join(" ")}, Node ${meta.node}. 1-minute load average ${meta.machine.loadAverage.start} at the start, ${meta.machine.loadAverage.end} at the end._`,
    "",
    "**Sale opening** (bookTickets over HTTP, every buyer at once, one ticket each):",
    "",
    "| round | buyers | tickets | reserved | SOLD_OUT | not answered | oversold | sold_count = held | requests/s | latency p50 / p95 / p99 ms | makespan s |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: | ---: | ---: | ---: |",
    ...result.saleOpening.map(
      (r, i) =>
        `| ${i + 1} | ${r.buyers} | ${r.tickets} | ${r.reserved} | ${r.soldOut} | ${r.unanswered} | ${r.oversold ? "**yes**" : "no"} | ${r.consistent ? "yes" : "**no**"} | ${Math.round(r.requestsPerSecond)} | ${ms(r.latencyMs.p50)} / ${ms(r.latencyMs.p95)} / ${ms(r.latencyMs.p99)} | ${(r.makespanMs / 1000).toFixed(1)} |`,
    ),
    "",
    "**Wompi events replayed** (POST /webhooks/wompi, signed like Wompi's):",
    "",
    "| delivery | events sent | concurrency | events/s | latency p50 / p95 ms | answered `duplicate` | non-200 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| set A, each event once, in order | ${result.webhooks.inOrderDeliveries} | 1 | ${Math.round(result.webhooks.inOrder.eventsPerSecond)} | ${ms(result.webhooks.inOrder.latencyMs.p50)} / ${ms(result.webhooks.inOrder.latencyMs.p95)} | – | – |`,
    `| set B, each event twice, random order | ${result.webhooks.shuffledDeliveries} | ${result.webhooks.concurrency} | ${Math.round(result.webhooks.shuffled.eventsPerSecond)} | ${ms(result.webhooks.shuffled.latencyMs.p50)} / ${ms(result.webhooks.shuffled.latencyMs.p95)} | ${result.webhooks.duplicatesAnswered} | ${result.webhooks.non200} |`,
    "",
    `${result.webhooks.bookingsPerSet} bookings per set, ${result.webhooks.distinctEvents} distinct events each. Bookings of B whose final state (status, payments, refunds owed) differs from their twin in A: **${result.webhooks.mismatches}**; tier stock after replay: ${result.webhooks.soldCount.inOrder} (A) and ${result.webhooks.soldCount.shuffled} (B).`,
    "",
  ];
  return `${lines.join("\n")}\n`;
}
