// Writes: createEvent through GraphQL under load (a unique slug per
// request), and book_tickets under contention: 50 concurrent buyers of one
// tier holding fewer tickets than buyers, as anonymous visitors over HTTP.
import { BENCH_PASSWORD, benchAccountEmail, benchOrgSlug } from "../data.ts";
import { type BenchContext, waitForIdle } from "../lib/context.ts";
import { graphql, login } from "../lib/graphql.ts";
import { type LoadResult, runLoad } from "../lib/load.ts";
import { type Summary, summarize } from "../lib/stats.ts";

export interface CreateEventResult {
  levels: (LoadResult & { rowsCreated: number })[];
}

export interface ContentionRound {
  quantity: number;
  buyers: number;
  succeeded: number;
  soldOut: number;
  otherErrors: number;
  soldCount: number;
  bookings: number;
  /** sold_count ≤ quantity, sold_count = tickets of the bookings made, successes = bookings. */
  consistent: boolean;
  makespanMs: number;
}

export interface ContentionResult {
  rounds: ContentionRound[];
  latencyMs: Summary;
  successLatencyMs: Summary;
  soldOutLatencyMs: Summary;
  allConsistent: boolean;
  oversold: number;
}

const CREATE_EVENT = `mutation CreateEvent($event: EventInput!) {
  createEvent(input: { event: $event }) { event { rowId slug status } }
}`;

const BOOK_TICKETS = `mutation BookTickets($tierId: UUID!, $quantity: Int!, $buyerName: String!, $buyerEmail: String!) {
  bookTickets(input: { tierId: $tierId, quantity: $quantity, buyerName: $buyerName, buyerEmail: $buyerEmail }) {
    result { booking { rowId quantity status } }
  }
}`;

export async function createEvents(ctx: BenchContext): Promise<CreateEventResult> {
  const token = await login(ctx.api.url, benchAccountEmail(ctx.typicalOrg, "producer"), BENCH_PASSWORD);
  const organizationId = (
    await ctx.owner.query("select id from app_public.organizations where slug = $1", [benchOrgSlug(ctx.typicalOrg)])
  ).rows[0]?.id as string;
  const prefix = `bench-w${Date.now().toString(36)}`;
  let counter = 0;
  const makeBody = () => {
    const n = ++counter;
    const starts = new Date(Date.now() + (30 + (n % 300)) * 86_400_000);
    return JSON.stringify({
      query: CREATE_EVENT,
      operationName: "CreateEvent",
      variables: {
        event: {
          organizationId,
          title: `Desfile de carga ${n}`,
          slug: `${prefix}-${n}`,
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 3 * 3_600_000).toISOString(),
          capacity: 400,
          description: "Evento creado por el benchmark de escrituras.",
        },
      },
    });
  };
  const first = await graphql(ctx.api.url, CREATE_EVENT, JSON.parse(makeBody()).variables, token);
  if (first.errors?.length) throw new Error(`createEvent failed: ${JSON.stringify(first.errors)}`);
  const levels: CreateEventResult["levels"] = [];
  for (const connections of ctx.config.writeConnections) {
    await waitForIdle(ctx);
    const before = await countEvents(ctx, prefix);
    const result = await runLoad({
      url: `${ctx.api.url}/graphql`,
      connections,
      durationSeconds: ctx.config.writeSeconds,
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
      makeBody,
      checkBody: (body) => body.includes('"rowId"') && !body.includes('"errors"'),
    });
    const rowsCreated = (await countEvents(ctx, prefix)) - before;
    levels.push({ ...result, rowsCreated });
    ctx.log(
      `[writes] createEvent c=${String(connections).padStart(2)}  ${result.requestsPerSecond.toFixed(0)} req/s p50 ${result.latencyMs.p50.toFixed(1)} p95 ${result.latencyMs.p95.toFixed(1)} p99 ${result.latencyMs.p99.toFixed(1)} ms; ${rowsCreated} rows for ${result.requests} answers${result.errors + result.badBodies ? `, errors ${result.errors}+${result.badBodies}` : ""}`,
    );
  }
  return { levels };
}

async function countEvents(ctx: BenchContext, prefix: string): Promise<number> {
  const { rows } = await ctx.owner.query("select count(*)::int as n from app_public.events where slug like $1", [
    `${prefix}-%`,
  ]);
  return rows[0]?.n as number;
}

export async function bookingContention(ctx: BenchContext): Promise<ContentionResult> {
  const { rows } = await ctx.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public, capacity)
     select id, 'Venta con contención (bench)', 'bench-contention-' || floor(random() * 1e9)::bigint,
            now() + interval '30 days', now() + interval '30 days 3 hours', 'published', true, 500
       from app_public.organizations where slug = $1
     returning id`,
    [benchOrgSlug(ctx.typicalOrg)],
  );
  const eventId = rows[0]?.id as string;
  const rounds: ContentionRound[] = [];
  const all: number[] = [];
  const success: number[] = [];
  const soldOutTimes: number[] = [];
  for (let round = 0; round < ctx.config.contentionRounds; round++) {
    const { rows: tiers } = await ctx.owner.query(
      `insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, $2, 120000, $3) returning id`,
      [eventId, `Ronda ${round + 1}`, ctx.config.tierQuantity],
    );
    const tierId = tiers[0]?.id as string;
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: ctx.config.buyers }, (_, i) =>
        graphql(ctx.api.url, BOOK_TICKETS, {
          tierId,
          quantity: 1,
          buyerName: `Comprador ${round}-${i}`,
          buyerEmail: `comprador.${round}.${i}@correo.bench.fashionos.test`,
        }),
      ),
    );
    const makespanMs = performance.now() - started;
    let succeeded = 0;
    let soldOut = 0;
    let otherErrors = 0;
    for (const answer of answers) {
      all.push(answer.ms);
      if (answer.data?.bookTickets?.result?.booking?.rowId) {
        succeeded++;
        success.push(answer.ms);
      } else if (answer.errors?.some((e) => e.extensions?.reason === "SOLD_OUT")) {
        soldOut++;
        soldOutTimes.push(answer.ms);
      } else {
        otherErrors++;
        if (otherErrors === 1)
          ctx.log(`[writes] unexpected bookTickets answer: ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }
    const { rows: check } = await ctx.owner.query(
      `select t.quantity, t.sold_count,
              (select count(*)::int from app_public.bookings b where b.tier_id = t.id) as bookings,
              (select coalesce(sum(b.quantity), 0)::int from app_public.bookings b where b.tier_id = t.id
                 and b.status in ('pending', 'paid')) as held
         from app_public.ticket_tiers t where t.id = $1`,
      [tierId],
    );
    const c = check[0] as { quantity: number; sold_count: number; bookings: number; held: number };
    const consistent = c.sold_count <= c.quantity && c.sold_count === c.held && c.bookings === succeeded;
    rounds.push({
      quantity: c.quantity,
      buyers: ctx.config.buyers,
      succeeded,
      soldOut,
      otherErrors,
      soldCount: c.sold_count,
      bookings: c.bookings,
      consistent,
      makespanMs,
    });
  }
  const result: ContentionResult = {
    rounds,
    latencyMs: summarize(all),
    successLatencyMs: summarize(success),
    soldOutLatencyMs: summarize(soldOutTimes),
    allConsistent: rounds.every((r) => r.consistent),
    oversold: rounds.filter((r) => r.soldCount > r.quantity).length,
  };
  const r0 = rounds[0];
  ctx.log(
    `[writes] bookTickets ${rounds.length}× (${ctx.config.buyers} buyers, ${ctx.config.tierQuantity} tickets): ${r0?.succeeded} sold / ${r0?.soldOut} SOLD_OUT per round, consistent ${result.allConsistent}, p50 ${result.latencyMs.p50.toFixed(1)} p95 ${result.latencyMs.p95.toFixed(1)} ms`,
  );
  return result;
}
