// The dashboard read path: EventsList and EventDetail through the full stack
// (HTTP + JWT + GraphQL + RLS) against the floor (node http + pg + the same
// SQL under the same RLS); SQL statements per GraphQL request; and the cost
// of RLS itself (owner vs member on the same SQL), with the plan.
import pg from "pg";
import { BENCH_PASSWORD, benchAccountEmail, benchOrgSlug } from "../data.ts";
import { cpuMs } from "../lib/children.ts";
import { type BenchContext, waitForIdle } from "../lib/context.ts";
import { EVENT_DETAIL_SQL, eventsListSql, FLOOR_APPLICATION_NAME } from "../lib/dashboard-sql.ts";
import { applySide, PLPGSQL_POLICY_HELPERS, pendingChanges } from "../lib/fixes.ts";
import { graphql, loadOperation, login, sessionIdOf, withConnectionTotalCount } from "../lib/graphql.ts";
import { type LoadResult, mergeLoads, runLoad } from "../lib/load.ts";
import { ratio, type Summary, summarize } from "../lib/stats.ts";

export interface ReadTarget {
  name: "EventsList" | "EventDetail";
  graphqlBody: string;
  floorPath: string;
}

/**
 * A load with the CPU its server process used per answered request, and the CPU of the PostgreSQL backends
 * serving that server's pool (ms; NaN without /proc).
 */
export type ServerLoadResult = LoadResult & { serverCpuMsPerRequest: number; databaseCpuMsPerRequest?: number };

/**
 * CPU used so far by each PostgreSQL backend of the authenticator role (the API's and the floor's pools),
 * by pid, for the floor's backends or the others. The cluster runs on this machine, so /proc has them.
 */
async function backendCpu(ctx: BenchContext, side: "api" | "floor"): Promise<Map<number, number>> {
  const { rows } = await ctx.root.query<{ pid: number }>(
    `select pid from pg_stat_activity
      where datname = current_database() and usename = $1 and backend_type = 'client backend'
        and (application_name = $2) = $3`,
    [ctx.settings.roles.authenticator, FLOOR_APPLICATION_NAME, side === "floor"],
  );
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}

export interface ReadLevel {
  connections: number;
  graphql: ServerLoadResult;
  floor: ServerLoadResult;
  /** GraphQL ÷ floor (cpuPerRequest: the API's CPU per request ÷ the floor server's). */
  ratio: { requestsPerSecond: number; p50: number; p95: number; p99: number; cpuPerRequest?: number };
}

/**
 * Runs a load and measures the CPU its server process spent on it, and its PostgreSQL backends (a backend
 * that started during the load counts from 0; one that ended during it is missed, which pools 20 strong
 * with a 10 s idle timeout hardly do within a run).
 */
async function withServerCpu(
  ctx: BenchContext,
  side: "api" | "floor",
  load: Promise<LoadResult> | (() => Promise<LoadResult>),
) {
  const pid = side === "api" ? ctx.api.pid : ctx.floor.pid;
  const backendsBefore = await backendCpu(ctx, side);
  const before = cpuMs(pid);
  const result = await (typeof load === "function" ? load() : load);
  const used = cpuMs(pid) - before;
  let databaseUsed = 0;
  for (const [backend, ms] of await backendCpu(ctx, side)) databaseUsed += ms - (backendsBefore.get(backend) ?? 0);
  const perRequest = (ms: number) => (result.requests > 0 ? ms / result.requests : Number.NaN);
  return Object.assign(result, {
    serverCpuMsPerRequest: perRequest(used),
    databaseCpuMsPerRequest: perRequest(databaseUsed),
  });
}

export interface ReadsResult {
  member: string;
  organization: string;
  eventsInOrganization: number;
  detailEvent: { id: string; title: string; castings: number; looks: number };
  /** The GraphQL and floor answers carry the same rows (checked before the load). */
  sameData: boolean;
  queries: { name: string; levels: ReadLevel[] }[];
}

export const GOOD_GRAPHQL = (body: string) => body.includes('"data"') && !body.includes('"errors"');
const GOOD_FLOOR = (body: string) => body.startsWith('{"data":{') && !body.includes('"errors"');

async function floorJson(ctx: BenchContext, path: string, sessionId: string): Promise<any> {
  const response = await fetch(`${ctx.floor.url}${path}`, { headers: { "x-session-id": sessionId } });
  return response.json();
}

/** The rows that must agree between GraphQL and the floor. */
/**
 * The fields a response has, as paths (`events.nodes[].venue.city`): GraphQL and the floor must answer with
 * the same fields (Relay's `id` included), so that a field added to the dashboard's operations but not to
 * the floor's SQL does not make the comparison unfair.
 */
export function fieldPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => fieldPaths(item, `${prefix}[]`)))].sort();
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key]) => key !== "__typename")
    .flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      // A null object and an object with fields are the same field (an event without a venue or a report).
      return child === null ? [path] : fieldPaths(child, path);
    })
    .sort();
}

function fingerprint(list: any): string {
  const events = list?.events ?? list?.event;
  const nodes = (events?.nodes ?? [events]) as any[];
  return JSON.stringify({
    total: events?.totalCount ?? null,
    nodes: nodes.map((n) => [
      n?.id,
      n?.rowId,
      n?.lookCount?.totalCount,
      n?.confirmedCastings?.totalCount,
      Number(n?.castingBriefs?.aggregates?.sum?.modelsNeeded ?? 0),
      Number(n?.ticketSales?.aggregates?.sum?.soldCount ?? 0),
      Number(n?.paidBookings?.totalCount ?? 0),
      Number(n?.paidBookings?.aggregates?.sum?.totalCop ?? 0),
      n?.modelCastings?.nodes?.length ?? null,
      n?.looks?.nodes?.length ?? null,
    ]),
  });
}

export async function prepareReads(ctx: BenchContext) {
  const email = benchAccountEmail(ctx.typicalOrg, "producer");
  const token = await login(ctx.api.url, email, BENCH_PASSWORD);
  const sessionId = sessionIdOf(token);
  const organizationId = (
    await ctx.owner.query("select id from app_public.organizations where slug = $1", [benchOrgSlug(ctx.typicalOrg)])
  ).rows[0]?.id as string;
  const { rows: events } = await ctx.owner.query(
    `select e.id, e.title, (select count(*) from app_public.model_castings m where m.event_id = e.id)::int as castings,
            (select count(*) from app_public.looks l where l.event_id = e.id)::int as looks
       from app_public.events e
      where e.organization_id = $1
      order by (e.status = 'published' and e.starts_at > now()) desc, e.starts_at
      limit 1`,
    [organizationId],
  );
  const { rows: counted } = await ctx.owner.query(
    "select count(*)::int as n from app_public.events where organization_id = $1",
    [organizationId],
  );
  const detailEvent = events[0] as { id: string; title: string; castings: number; looks: number };
  return {
    email,
    token,
    sessionId,
    organizationId,
    detailEvent,
    eventsInOrganization: counted[0]?.n as number,
    listQuery: await loadOperation("events.graphql", "EventsList"),
    detailQuery: await loadOperation("events.graphql", "EventDetail"),
  };
}

export type ReadsSetup = Awaited<ReturnType<typeof prepareReads>>;

export function readTargets(setup: ReadsSetup): ReadTarget[] {
  const first = 50;
  return [
    {
      name: "EventsList",
      graphqlBody: JSON.stringify({ query: setup.listQuery, variables: { first }, operationName: "EventsList" }),
      floorPath: `/events-list?first=${first}`,
    },
    {
      name: "EventDetail",
      graphqlBody: JSON.stringify({
        query: setup.detailQuery,
        variables: { rowId: setup.detailEvent.id },
        operationName: "EventDetail",
      }),
      floorPath: `/event-detail?id=${setup.detailEvent.id}`,
    },
  ];
}

async function graphqlLoad(
  ctx: BenchContext,
  setup: ReadsSetup,
  target: ReadTarget,
  connections: number,
  seconds: number,
) {
  await waitForIdle(ctx);
  return withServerCpu(ctx, "api", () =>
    runLoad({
      url: `${ctx.api.url}/graphql`,
      connections,
      durationSeconds: seconds,
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        authorization: `Bearer ${setup.token}`,
      },
      body: target.graphqlBody,
      checkBody: GOOD_GRAPHQL,
    }),
  );
}

async function floorLoad(
  ctx: BenchContext,
  setup: ReadsSetup,
  target: ReadTarget,
  connections: number,
  seconds: number,
) {
  await waitForIdle(ctx);
  return withServerCpu(ctx, "floor", () =>
    runLoad({
      url: `${ctx.floor.url}${target.floorPath}`,
      connections,
      durationSeconds: seconds,
      method: "GET",
      headers: { "x-session-id": setup.sessionId },
      checkBody: GOOD_FLOOR,
    }),
  );
}

/** What each target answers via GraphQL and via the floor (compared before any load). */
/** The leaf field paths, with the prefixes of paths that go on below them removed (null vs object). */
function fieldsOf(data: unknown): string {
  const paths = fieldPaths(data);
  return ` fields ${paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[]`))).join(",")}`;
}

async function fingerprints(ctx: BenchContext, setup: ReadsSetup, targets: ReadTarget[]) {
  const out: { name: string; graphql: string; floor: string }[] = [];
  for (const target of targets) {
    const body = JSON.parse(target.graphqlBody);
    const viaGraphql = await graphql(ctx.api.url, body.query, body.variables, setup.token);
    if (viaGraphql.errors?.length) throw new Error(`${target.name} failed: ${JSON.stringify(viaGraphql.errors)}`);
    const viaFloor = await floorJson(ctx, target.floorPath, setup.sessionId);
    out.push({
      name: target.name,
      graphql: fingerprint(viaGraphql.data) + fieldsOf(viaGraphql.data),
      floor: fingerprint(viaFloor.data) + fieldsOf(viaFloor.data),
    });
  }
  return out;
}

export async function dashboardLoad(ctx: BenchContext, setup: ReadsSetup): Promise<ReadsResult> {
  const targets = readTargets(setup);
  // Same rows both ways, or the comparison means nothing.
  let sameData = true;
  for (const f of await fingerprints(ctx, setup, targets)) {
    if (f.graphql !== f.floor) {
      sameData = false;
      ctx.log(
        `[reads] ${f.name}: GraphQL and floor differ\n  graphql ${f.graphql.slice(0, 400)}\n  floor   ${f.floor.slice(0, 400)}`,
      );
    }
  }
  const queries: ReadsResult["queries"] = [];
  for (const target of targets) {
    await graphqlLoad(ctx, setup, target, 10, ctx.config.warmupSeconds);
    await floorLoad(ctx, setup, target, 10, ctx.config.warmupSeconds);
    const levels: ReadLevel[] = [];
    for (const connections of ctx.config.connections) {
      const viaGraphql = await graphqlLoad(ctx, setup, target, connections, ctx.config.loadSeconds);
      const viaFloor = await floorLoad(ctx, setup, target, connections, ctx.config.loadSeconds);
      const level: ReadLevel = {
        connections,
        graphql: viaGraphql,
        floor: viaFloor,
        ratio: {
          requestsPerSecond: ratio(viaGraphql.requestsPerSecond, viaFloor.requestsPerSecond),
          p50: ratio(viaGraphql.latencyMs.p50, viaFloor.latencyMs.p50),
          p95: ratio(viaGraphql.latencyMs.p95, viaFloor.latencyMs.p95),
          p99: ratio(viaGraphql.latencyMs.p99, viaFloor.latencyMs.p99),
          cpuPerRequest: ratio(viaGraphql.serverCpuMsPerRequest, viaFloor.serverCpuMsPerRequest),
        },
      };
      levels.push(level);
      const errors = viaGraphql.errors + viaGraphql.badBodies + viaFloor.errors + viaFloor.badBodies;
      ctx.log(
        `[reads] ${target.name.padEnd(11)} c=${String(connections).padStart(2)}  graphql ${viaGraphql.requestsPerSecond.toFixed(0).padStart(5)} req/s p50 ${viaGraphql.latencyMs.p50.toFixed(1)} p95 ${viaGraphql.latencyMs.p95.toFixed(1)} ms | floor ${viaFloor.requestsPerSecond.toFixed(0).padStart(5)} req/s p50 ${viaFloor.latencyMs.p50.toFixed(1)} p95 ${viaFloor.latencyMs.p95.toFixed(1)} ms | ${level.ratio.requestsPerSecond.toFixed(2)}× throughput, server CPU ${viaGraphql.serverCpuMsPerRequest.toFixed(2)} vs ${viaFloor.serverCpuMsPerRequest.toFixed(2)}, database CPU ${viaGraphql.databaseCpuMsPerRequest.toFixed(2)} vs ${viaFloor.databaseCpuMsPerRequest.toFixed(2)} ms/request${errors ? ` (${errors} errors)` : ""}`,
      );
    }
    queries.push({ name: target.name, levels });
  }
  return {
    member: setup.email,
    organization: benchOrgSlug(ctx.typicalOrg),
    eventsInOrganization: setup.eventsInOrganization,
    detailEvent: setup.detailEvent,
    sameData,
    queries,
  };
}

/* SQL statements per GraphQL request ------------------------------------ */

export interface StatementCount {
  label: string;
  query: "EventsList" | "EventDetail";
  /** Rows in the list that drives nesting (events listed, or castings of the event). */
  listSize: number;
  requests: number;
  dataStatementsPerRequest: number;
  transactionStatementsPerRequest: number;
  statements: { kind: "data" | "transaction"; callsPerRequest: number; meanMs: number; query: string }[];
}

const TRANSACTION_STATEMENT =
  /^\s*(begin|start transaction|commit|end|rollback|savepoint|release|set\s|reset\s|discard|show\s)/i;

function classify(query: string): "data" | "transaction" {
  if (TRANSACTION_STATEMENT.test(query)) return "transaction";
  // PostGraphile applies pgSettings (role, claims, statement_timeout) with one set_config select.
  if (/set_config\s*\(/i.test(query) && !/app_public\./i.test(query)) return "transaction";
  return "data";
}

async function countStatements(
  ctx: BenchContext,
  label: string,
  query: "EventsList" | "EventDetail",
  document: string,
  variables: Record<string, unknown>,
  token: string,
  listSize: number,
): Promise<StatementCount> {
  const roles = [ctx.settings.roles.authenticator, ctx.settings.roles.member, ctx.settings.roles.anonymous];
  const n = ctx.config.statementRequests;
  // One request first so nothing one-off (plan caches, prepared statements) is counted.
  await graphql(ctx.api.url, document, variables, token);
  await waitForIdle(ctx);
  await ctx.root.query("select pg_stat_statements_reset()");
  for (let i = 0; i < n; i++) {
    const result = await graphql(ctx.api.url, document, variables, token);
    if (result.errors?.length) throw new Error(`${label}: ${JSON.stringify(result.errors)}`);
  }
  const { rows } = await ctx.root.query<{ query: string; calls: string; mean: number }>(
    `select s.query, s.calls, s.mean_exec_time as mean
       from pg_stat_statements s
      where s.dbid = (select oid from pg_database where datname = current_database())
        and s.userid in (select oid from pg_roles where rolname = any($1))
      order by s.calls desc`,
    [roles],
  );
  const statements = rows.map((r) => ({
    kind: classify(r.query),
    callsPerRequest: Number(r.calls) / n,
    meanMs: r.mean,
    query: r.query.replace(/\s+/g, " ").slice(0, 240),
  }));
  const sum = (kind: "data" | "transaction") =>
    statements.filter((s) => s.kind === kind).reduce((total, s) => total + s.callsPerRequest, 0);
  const result: StatementCount = {
    label,
    query,
    listSize,
    requests: n,
    dataStatementsPerRequest: sum("data"),
    transactionStatementsPerRequest: sum("transaction"),
    statements,
  };
  ctx.log(
    `[statements] ${label.padEnd(34)} ${result.dataStatementsPerRequest.toFixed(2)} data + ${result.transactionStatementsPerRequest.toFixed(2)} transaction/settings statements per request`,
  );
  return result;
}

export async function statementsPerRequest(ctx: BenchContext, setup: ReadsSetup): Promise<StatementCount[]> {
  const { token } = setup;
  const all = setup.eventsInOrganization;
  const small = Math.min(3, all);
  // An event with no nested rows, next to the busiest one.
  const { rows } = await ctx.owner.query(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status)
     values ($1, 'Evento vacío (bench)', 'bench-empty-' || floor(random() * 1e9)::bigint, now() + interval '90 days',
             now() + interval '90 days 3 hours', 'draft')
     returning id`,
    [setup.organizationId],
  );
  const emptyEvent = rows[0]?.id as string;
  const results = [
    await countStatements(
      ctx,
      `EventsList first ${small}`,
      "EventsList",
      setup.listQuery,
      { first: small },
      token,
      small,
    ),
    await countStatements(
      ctx,
      `EventsList first ${all + 1}`,
      "EventsList",
      setup.listQuery,
      { first: all + 1 },
      token,
      all + 1,
    ),
    await countStatements(
      ctx,
      "EventDetail, 0 castings",
      "EventDetail",
      setup.detailQuery,
      { rowId: emptyEvent },
      token,
      0,
    ),
    await countStatements(
      ctx,
      `EventDetail, ${setup.detailEvent.castings} castings`,
      "EventDetail",
      setup.detailQuery,
      { rowId: setup.detailEvent.id },
      token,
      setup.detailEvent.castings,
    ),
  ];
  results.push(
    await countStatements(
      ctx,
      `EventsList first ${all + 1}, with events { totalCount } (the operation before 000012)`,
      "EventsList",
      withConnectionTotalCount(setup.listQuery, "events"),
      { first: all + 1 },
      token,
      all + 1,
    ),
  );
  await ctx.owner.query("delete from app_public.events where id = $1", [emptyEvent]);
  return results;
}

/* RLS cost --------------------------------------------------------------- */

export interface RlsResult {
  iterations: number;
  organization: string;
  events: number;
  variants: { name: string; role: string; sql: string; latencyMs: Summary }[];
  /** Member with RLS ÷ owner, same SQL (explicit organization filter in both). */
  ratioMean: number;
  ratioP50: number;
  /** Member relying on RLS alone (as GraphQL does) ÷ owner with the explicit filter. */
  ratioRlsOnlyMean: number;
  explain: { role: string; sql: string; plan: string; indexScans: string[]; seqScans: string[] };
  detailExplain: { plan: string; indexScans: string[]; seqScans: string[] };
}

function scans(plan: string) {
  const indexScans = [
    ...plan.matchAll(/(Index(?: Only)? Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/g),
  ].map((m) => `${m[1]} ${m[2]}`);
  const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1] ?? "");
  return { indexScans: [...new Set(indexScans)], seqScans: [...new Set(seqScans)] };
}

interface RlsVariantSummary {
  name: string;
  role: string;
  sql: string;
  latencyMs: Summary;
  /** Raw samples (not enumerable: kept out of the JSON results). */
  samples?: number[];
}

/**
 * The events-list SQL as the owner and as a member, interleaved in blocks
 * on two direct connections with the same round trips (begin; role; claims;
 * the query, timed; commit).
 */
async function measureRls(ctx: BenchContext, setup: ReadsSetup, iterations: number): Promise<RlsVariantSummary[]> {
  const owner = new pg.Client({ connectionString: ctx.settings.ownerUrl });
  const member = new pg.Client({ connectionString: ctx.settings.authenticatorUrl });
  await owner.connect();
  await member.connect();
  const setRole = `set local role ${pg.escapeIdentifier(ctx.settings.roles.member)}`;
  const withFilter = eventsListSql({ organizationFilter: true });
  const rlsOnly = eventsListSql({ organizationFilter: false });
  const first = setup.eventsInOrganization + 1;
  const variants = [
    { name: "owner (no RLS), explicit organization filter", role: "owner", client: owner, sql: withFilter },
    { name: "member (RLS), same SQL", role: "member", client: member, sql: withFilter },
    { name: "member (RLS) without the filter, as GraphQL", role: "member", client: member, sql: rlsOnly },
  ].map((v) => ({ ...v, samples: [] as number[] }));
  try {
    const once = async (v: (typeof variants)[number]) => {
      await v.client.query("begin");
      if (v.role === "member") await v.client.query(setRole);
      await v.client.query("select set_config('jwt.claims.session_id', $1, true)", [setup.sessionId]);
      const params = v.sql === withFilter ? [first, setup.organizationId] : [first];
      const t0 = performance.now();
      await v.client.query(v.sql, params);
      const ms = performance.now() - t0;
      await v.client.query("commit");
      return ms;
    };
    for (const v of variants) for (let i = 0; i < 20; i++) await once(v);
    const block = 25;
    for (let done = 0; done < iterations; done += block) {
      for (const v of variants) for (let i = 0; i < block; i++) v.samples.push(await once(v));
    }
  } finally {
    await owner.end();
    await member.end();
  }
  return variants.map((v) =>
    Object.defineProperty(
      {
        name: v.name,
        role: v.role,
        sql: v.sql === withFilter ? "with filter" : "RLS only",
        latencyMs: summarize(v.samples),
      },
      "samples",
      { value: v.samples, enumerable: false },
    ),
  );
}

async function explainAsMember(ctx: BenchContext, setup: ReadsSetup, sql: string, params: unknown[]): Promise<string> {
  const member = new pg.Client({ connectionString: ctx.settings.authenticatorUrl });
  await member.connect();
  try {
    await member.query("begin");
    await member.query(`set local role ${pg.escapeIdentifier(ctx.settings.roles.member)}`);
    await member.query("select set_config('jwt.claims.session_id', $1, true)", [setup.sessionId]);
    const { rows } = await member.query(`explain (analyze, buffers) ${sql}`, params);
    await member.query("rollback");
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await member.end();
  }
}

export async function rlsCost(ctx: BenchContext, setup: ReadsSetup): Promise<RlsResult> {
  const summaries = await measureRls(ctx, setup, ctx.config.rlsIterations);
  const plan = await explainAsMember(ctx, setup, eventsListSql({ organizationFilter: false }), [
    setup.eventsInOrganization + 1,
  ]);
  const detailPlan = await explainAsMember(ctx, setup, EVENT_DETAIL_SQL, [setup.detailEvent.id]);
  const [o, m, r] = summaries;
  const result: RlsResult = {
    iterations: ctx.config.rlsIterations,
    organization: benchOrgSlug(ctx.typicalOrg),
    events: setup.eventsInOrganization,
    variants: summaries,
    ratioMean: ratio(m?.latencyMs.mean ?? 0, o?.latencyMs.mean ?? 0),
    ratioP50: ratio(m?.latencyMs.p50 ?? 0, o?.latencyMs.p50 ?? 0),
    ratioRlsOnlyMean: ratio(r?.latencyMs.mean ?? 0, o?.latencyMs.mean ?? 0),
    explain: { role: "member", sql: "EventsList (bench/lib/dashboard-sql.ts), RLS only", plan, ...scans(plan) },
    detailExplain: { plan: detailPlan, ...scans(detailPlan) },
  };
  for (const s of summaries) {
    ctx.log(
      `[rls] ${s.name.padEnd(46)} mean ${s.latencyMs.mean.toFixed(2)} p50 ${s.latencyMs.p50.toFixed(2)} p95 ${s.latencyMs.p95.toFixed(2)} ms`,
    );
  }
  ctx.log(
    `[rls] member ÷ owner: ${result.ratioMean.toFixed(2)}× mean; index scans: ${result.explain.indexScans.join(", ")}`,
  );
  return result;
}

/* Proposed fixes on the read path, measured ------------------------------ */

export interface ReadFixResult {
  name: string;
  change: string;
  /** The migration that adopted the change (before = its previous definition), or null for a proposal. */
  adoptedIn: string | null;
  method: string;
  sameData: boolean;
  rls: { before: RlsVariantSummary[]; after: RlsVariantSummary[]; ratioBefore: number; ratioAfter: number };
  reads: {
    name: string;
    connections: number;
    graphqlBefore: LoadResult;
    graphqlAfter: LoadResult;
    floorBefore: LoadResult;
    floorAfter: LoadResult;
    graphqlSpeedup: number;
    floorSpeedup: number;
  }[];
}

/**
 * A change measured on the read path: `side(ctx, "before" | "after")` puts that side in place and
 * returns the restore. "before" is the previous definition, "after" the proposed or adopted one.
 */
interface ReadChange {
  name: string;
  change: string;
  /** The migration that adopted it, when one did. */
  adoptedIn(ctx: BenchContext): Promise<string | null>;
  side(ctx: BenchContext, side: "before" | "after"): Promise<() => Promise<void>>;
}

const COVERING_INDEXES = {
  bookings: {
    name: "bookings_event_id_status_covering_idx",
    sql: `create index bookings_event_id_status_covering_idx on app_public.bookings (event_id, status)
            include (organization_id, profile_id, quantity, total_cop)`,
  },
  castings: {
    name: "model_castings_event_id_status_idx",
    sql: "create index model_castings_event_id_status_idx on app_public.model_castings (event_id, status) include (organization_id)",
  },
};

/** Covering indexes for the per-event counts and sums the dashboard shows (paid bookings, confirmed castings). */
const DASHBOARD_INDEXES: ReadChange = {
  name: "covering indexes for the dashboard's per-event aggregates",
  change:
    "create index on app_public.bookings (event_id, status) include (organization_id, profile_id, quantity, total_cop); " +
    "create index on app_public.model_castings (event_id, status) include (organization_id). The paid-bookings count " +
    "and sums and the confirmed-castings count of every event card then come from index-only scans instead of " +
    "visiting every booking and casting row of the event (the policy columns are in the index, so RLS needs no heap).",
  async adoptedIn(ctx) {
    const { rows } = await ctx.owner.query(
      "select count(*)::int as n from pg_indexes where schemaname = 'app_public' and indexname = any($1)",
      [[COVERING_INDEXES.bookings.name, COVERING_INDEXES.castings.name]],
    );
    return rows[0]?.n === 2 ? "000012" : null;
  },
  async side(ctx, side) {
    const adopted = (await this.adoptedIn(ctx)) !== null;
    const vacuum = () => ctx.owner.query("vacuum (analyze) app_public.bookings, app_public.model_castings");
    const create = async () => {
      for (const index of Object.values(COVERING_INDEXES)) await ctx.owner.query(index.sql);
      await vacuum();
    };
    const drop = async () => {
      for (const index of Object.values(COVERING_INDEXES)) {
        await ctx.owner.query(`drop index if exists app_public.${index.name}`);
      }
      await vacuum();
    };
    // Adopted: "before" drops them (put back after); proposed: "after" creates them (dropped after).
    if (adopted && side === "before") {
      await drop();
      return create;
    }
    if (!adopted && side === "after") {
      await create();
      return drop;
    }
    return async () => {};
  },
};

const POLICY_HELPERS: ReadChange = {
  name: PLPGSQL_POLICY_HELPERS.name,
  change: PLPGSQL_POLICY_HELPERS.change,
  adoptedIn: async (ctx) =>
    (await pendingChanges(ctx.owner, [PLPGSQL_POLICY_HELPERS])).pending.length === 0
      ? (PLPGSQL_POLICY_HELPERS.adoptedIn ?? "a migration")
      : null,
  side: (ctx, side) => applySide(ctx.owner, [PLPGSQL_POLICY_HELPERS], side),
};

/**
 * Before and after a change, alternated (before, after, before, after, …)
 * so drift on the machine hits both sides: the RLS comparison, and the
 * dashboard at 1 and 10 connections, GraphQL and floor.
 */
async function readFix(ctx: BenchContext, setup: ReadsSetup, fix: ReadChange): Promise<ReadFixResult> {
  const adoptedIn = await fix.adoptedIn(ctx);
  const rounds = ctx.config.fixRounds;
  const iterations = ctx.config.fixRlsIterations;
  const seconds = ctx.config.fixSeconds;
  const targets = readTargets(setup);
  const levels = [1, 10];
  let fingerprintsBefore = "";
  let fingerprintsAfter = "";
  const rlsBefore: RlsVariantSummary[][] = [];
  const rlsAfter: RlsVariantSummary[][] = [];
  const loads = new Map<string, { gb: LoadResult[]; ga: LoadResult[]; fb: LoadResult[]; fa: LoadResult[] }>();
  const key = (name: string, c: number) => `${name}@${c}`;
  for (const t of targets) for (const c of levels) loads.set(key(t.name, c), { gb: [], ga: [], fb: [], fa: [] });
  for (let round = 0; round < rounds; round++) {
    for (const fixed of [false, true]) {
      const restore = await fix.side(ctx, fixed ? "after" : "before");
      try {
        if (round === 0) {
          if (fixed) fingerprintsAfter = JSON.stringify(await fingerprints(ctx, setup, targets));
          else fingerprintsBefore = JSON.stringify(await fingerprints(ctx, setup, targets));
        }
        (fixed ? rlsAfter : rlsBefore).push(await measureRls(ctx, setup, iterations));
        for (const target of targets) {
          await graphqlLoad(ctx, setup, target, 10, 1);
          for (const connections of levels) {
            const slot = loads.get(key(target.name, connections));
            slot?.[fixed ? "ga" : "gb"].push(await graphqlLoad(ctx, setup, target, connections, seconds));
            slot?.[fixed ? "fa" : "fb"].push(await floorLoad(ctx, setup, target, connections, seconds));
          }
        }
      } finally {
        await restore();
      }
    }
  }
  const reads: ReadFixResult["reads"] = [];
  for (const target of targets) {
    for (const connections of levels) {
      const slot = loads.get(key(target.name, connections));
      if (!slot) continue;
      const [gb, ga, fb, fa] = [mergeLoads(slot.gb), mergeLoads(slot.ga), mergeLoads(slot.fb), mergeLoads(slot.fa)];
      reads.push({
        name: target.name,
        connections,
        graphqlBefore: gb,
        graphqlAfter: ga,
        floorBefore: fb,
        floorAfter: fa,
        graphqlSpeedup: ratio(ga.requestsPerSecond, gb.requestsPerSecond),
        floorSpeedup: ratio(fa.requestsPerSecond, fb.requestsPerSecond),
      });
    }
  }
  const before = mergeRls(rlsBefore);
  const after = mergeRls(rlsAfter);
  const result: ReadFixResult = {
    name: fix.name,
    change: fix.change,
    adoptedIn,
    method:
      (adoptedIn
        ? `adopted by migration ${adoptedIn}: "before" is the previous definition, put in place in the bench database and removed again`
        : "applied in the bench database and removed again") +
      `, ${rounds} round${rounds > 1 ? "s" : ""} of before then after ` +
      `(${seconds} s per load run, ${iterations} RLS iterations per variant per side and round), pooled`,
    sameData: fingerprintsBefore === fingerprintsAfter,
    rls: {
      before,
      after,
      ratioBefore: ratio(before[1]?.latencyMs.mean ?? 0, before[0]?.latencyMs.mean ?? 0),
      ratioAfter: ratio(after[1]?.latencyMs.mean ?? 0, after[0]?.latencyMs.mean ?? 0),
    },
    reads,
  };
  ctx.log(
    `[fix] ${fix.name}: member ${before[1]?.latencyMs.mean.toFixed(2)} → ${after[1]?.latencyMs.mean.toFixed(2)} ms, member ÷ owner ${result.rls.ratioBefore.toFixed(2)}× → ${result.rls.ratioAfter.toFixed(2)}×; ` +
      reads
        .map(
          (r) =>
            `${r.name} c=${r.connections} GraphQL ${r.graphqlSpeedup.toFixed(2)}×, floor ${r.floorSpeedup.toFixed(2)}×`,
        )
        .join("; ") +
      `; same data ${result.sameData}`,
  );
  return result;
}

/** Each read-path change, previous definition vs proposed or adopted one, side by side. */
export async function readFixes(
  ctx: BenchContext,
  setup: ReadsSetup,
): Promise<{ measured: ReadFixResult[]; adopted: string[] }> {
  const measured: ReadFixResult[] = [];
  for (const fix of [POLICY_HELPERS, DASHBOARD_INDEXES]) measured.push(await readFix(ctx, setup, fix));
  return { measured, adopted: measured.filter((m) => m.adoptedIn).map((m) => m.name) };
}

function mergeRls(rounds: RlsVariantSummary[][]): RlsVariantSummary[] {
  const first = rounds[0] ?? [];
  return first.map((v, i) => ({
    ...v,
    latencyMs: summarize(rounds.flatMap((r) => r[i]?.samples ?? [])),
  }));
}

/* Variant: EventsList with and without events.totalCount ----------------- */

export interface TotalCountVariantResult {
  note: string;
  levels: { connections: number; with: LoadResult; without: LoadResult; speedup: number }[];
}

/**
 * The dashboard does not show events.totalCount, and PostGraphile fetches it
 * with a second statement in a second transaction; migration 000012's
 * change dropped it from the operation. The previous operation (with it)
 * and the adopted one, back to back.
 */
export async function totalCountVariant(ctx: BenchContext, setup: ReadsSetup): Promise<TotalCountVariantResult> {
  const [adopted] = readTargets(setup);
  if (!adopted) throw new Error("no EventsList target");
  const body = JSON.parse(adopted.graphqlBody);
  const list: ReadTarget = {
    ...adopted,
    graphqlBody: JSON.stringify({ ...body, query: withConnectionTotalCount(body.query, "events") }),
  };
  const without = adopted;
  const levels: TotalCountVariantResult["levels"] = [];
  await graphqlLoad(ctx, setup, without, 10, ctx.config.warmupSeconds);
  for (const connections of [1, 10]) {
    const a = await graphqlLoad(ctx, setup, list, connections, ctx.config.loadSeconds);
    const b = await graphqlLoad(ctx, setup, without, connections, ctx.config.loadSeconds);
    levels.push({ connections, with: a, without: b, speedup: ratio(b.requestsPerSecond, a.requestsPerSecond) });
  }
  ctx.log(
    `[variant] EventsList without events.totalCount: ${levels.map((l) => `c=${l.connections} ${l.speedup.toFixed(2)}× req/s`).join(", ")}`,
  );
  return {
    note: "graphql/operations/events.graphql EventsList: the previous operation, with events { totalCount }, vs the adopted one without it (the dashboard does not show it)",
    levels,
  };
}
