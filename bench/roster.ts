// `npm run bench:roster`: the roster list at 80,000 people. A throwaway
// embedded PostgreSQL with the demo data, plus 80,000 talent with Colombian
// names, accents and cities in Moda Bogotá's roster (10 % with an
// unavailable or hold period). The real API server answers the dashboard's
// own RosterList operation (graphql/operations/roster.graphql) for each
// case, timed over many requests, on the 80,000-person roster and on the
// demo's small one (Medellín, about 65 people); then the SQL of each case is
// run with its index and with the index dropped (in a transaction rolled
// back), with the plan. Writes bench/results/roster.{json,md} and the block
// `roster` of BENCHMARKS.md.
//
//   npm run bench:roster                 80,000 people, 40 requests per case
//   npm run bench:roster -- --people 20000 --requests 20 --no-summary
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { makeLogger } from "../shared/logger.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { parseArgs } from "./lib/args.ts";
import { buildBenchDatabase, startBenchCluster } from "./lib/cluster.ts";
import { graphql, loadOperation, login } from "./lib/graphql.ts";
import { ratio, rounded, type Summary, summarize } from "./lib/stats.ts";

const log = (message: string) => console.error(message);

interface Case {
  name: string;
  condition: Record<string, unknown>;
  filter?: Record<string, unknown>;
  orderBy?: string[];
  /** Pages to walk (by cursor) before the timed request. */
  skipPages?: number;
  /** The SQL the case runs (organization $1), and the index it needs. */
  sql: string;
  params: unknown[];
  index: string | null;
  /** Searches: under RLS as the casting director, a plain LIKE condition vs talent_search_ids (adopted). */
  rls?: { plain: string; adopted: string };
}

const NAME_ORDER = "order by t.name_key, t.id limit 25";
const SEARCH = (n: number) => `t.search_text like app_private.contains_pattern($${n})`;
/** What the API runs for a search (server/graphql/talent-search-plugin.ts). */
const SEARCH_IDS = (words: string) => `t.id in (select app_private.talent_search_ids(array[${words}], null))`;

function cases(): Case[] {
  return [
    {
      name: "first page, by name",
      condition: {},
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null ${NAME_ORDER}`,
      params: [],
      index: "talent_organization_id_name_idx",
    },
    {
      name: "page 40 (after 960 people), by cursor",
      condition: {},
      skipPages: 40,
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null
              and (t.name_key, t.id) > (select name_key, id from app_public.talent
                                         where organization_id = $1 order by name_key, id offset 960 limit 1)
            ${NAME_ORDER}`,
      params: [],
      index: "talent_organization_id_name_idx",
    },
    {
      name: 'search "maria"',
      condition: { search: "maria" },
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null and ${SEARCH(2)} ${NAME_ORDER}`,
      params: ["maria"],
      index: "talent_search_text_trgm_idx",
      rls: {
        plain: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH(1)} ${NAME_ORDER}`,
        adopted: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH_IDS("$1")} ${NAME_ORDER}`,
      },
    },
    {
      name: 'search "bogota"',
      condition: { search: "bogota" },
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null and ${SEARCH(2)} ${NAME_ORDER}`,
      params: ["bogota"],
      index: "talent_search_text_trgm_idx",
      rls: {
        plain: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH(1)} ${NAME_ORDER}`,
        adopted: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH_IDS("$1")} ${NAME_ORDER}`,
      },
    },
    {
      name: 'search "maria bogota"',
      condition: { search: "maria bogota" },
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null and ${SEARCH(2)} and ${SEARCH(3)} ${NAME_ORDER}`,
      params: ["maria", "bogota"],
      index: "talent_search_text_trgm_idx",
      rls: {
        plain: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH(1)} and ${SEARCH(2)} ${NAME_ORDER}`,
        adopted: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH_IDS("$1, $2")} ${NAME_ORDER}`,
      },
    },
    {
      name: 'search "ospina" (rare)',
      condition: { search: "ospina zapata" },
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null and ${SEARCH(2)} and ${SEARCH(3)} ${NAME_ORDER}`,
      params: ["ospina", "zapata"],
      index: "talent_search_text_trgm_idx",
      rls: {
        plain: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH(1)} and ${SEARCH(2)} ${NAME_ORDER}`,
        adopted: `select t.id from app_public.talent t where t.erased_at is null and ${SEARCH_IDS("$1, $2")} ${NAME_ORDER}`,
      },
    },
    {
      name: "city Cali, women, 170–185 cm",
      condition: { city: "cali", division: "women" },
      filter: { heightCm: { greaterThanOrEqualTo: 170, lessThanOrEqualTo: 185 } },
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null
              and app_private.fold(t.city) = app_private.fold($2) and t.division = 'women' and t.height_cm between 170 and 185 ${NAME_ORDER}`,
      params: ["cali"],
      index: "talent_organization_id_city_idx",
    },
    {
      name: "available on a date, AI consent, tallest first",
      condition: { availableOn: "2027-03-15", consent: "AI_PROCESSING" },
      orderBy: ["HEIGHT_CM_DESC"],
      sql: `select t.id from app_public.talent t where t.organization_id = $1 and t.erased_at is null
              and t.consent_granted_at is not null and t.consent_revoked_at is null and 'ai_processing' = any(t.consent_purposes)
              and not exists (select 1 from app_public.talent_availability a where a.talent_id = t.id
                                and a.period && app_private.organization_day(t.organization_id, '2027-03-15'))
            order by t.height_cm desc, t.id desc limit 25`,
      params: [],
      index: "talent_organization_id_height_cm_idx",
    },
  ];
}

async function generateTalent(client: pg.Client, organization: string, people: number): Promise<number> {
  const started = performance.now();
  await client.query(
    `insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division, height_cm,
                                    bust_cm, waist_cm, hips_cm, shoe_eu, birth_date, consent_granted_at, consent_purposes, consent_source)
     select $1,
            f.first[1 + ((i::bigint * 7919) % array_length(f.first, 1))::int] || ' ' || f.last[1 + ((i::bigint * 104729) % array_length(f.last, 1))::int]
              || ' ' || f.last[1 + ((i::bigint * 1299709) % array_length(f.last, 1))::int],
            case when i % 9 = 0 then f.first[1 + ((i::bigint * 31) % array_length(f.first, 1))::int] || ' ' || chr(65 + i % 26) end,
            f.agency[1 + ((i::bigint * 13) % array_length(f.agency, 1))::int],
            f.city[1 + ((i::bigint * 17) % array_length(f.city, 1))::int],
            i % 3 = 0,
            (array['women', 'men', 'women', 'curve', 'petite', 'mature', 'non_binary'])[1 + i % 7],
            150 + (i * 37) % 45, 70 + i % 30, 55 + i % 25, 80 + i % 30, 35 + (i % 12) / 2.0,
            date '1980-01-01' + (i * 53) % 9000,
            case when i % 10 < 8 then now() - interval '200 days' end,
            case when i % 10 < 6 then '{casting,ai_processing,contact}'::text[] when i % 10 < 8 then '{casting}'::text[] else '{}' end,
            case when i % 10 < 8 then 'signed_form' end
       from generate_series(1, $2::int) i,
            (select array['María', 'José', 'Juan', 'Ana', 'Luis', 'Camila', 'Valentina', 'Santiago', 'Sofía', 'Mateo',
                          'Mariana', 'Andrés', 'Daniela', 'Sebastián', 'Isabella', 'Nicolás', 'Gabriela', 'Julián', 'Laura',
                          'Felipe', 'Lucía', 'Martín', 'Paula', 'Tomás', 'Catalina', 'Simón', 'Manuela', 'Emilio', 'Salomé',
                          'Jerónimo', 'Alejandra', 'Ángela', 'Óscar', 'Iván', 'Natalia', 'Juliana', 'Esteban', 'Verónica'] as first,
                    array['Gómez', 'Rodríguez', 'González', 'Martínez', 'López', 'García', 'Hernández', 'Pérez', 'Díaz',
                          'Sánchez', 'Ramírez', 'Torres', 'Vargas', 'Rojas', 'Castro', 'Muñoz', 'Ortiz', 'Jiménez', 'Moreno',
                          'Suárez', 'Ríos', 'Peña', 'Zapata', 'Ospina', 'Restrepo', 'Cárdenas', 'Mejía', 'Londoño', 'Quintero',
                          'Arango', 'Acosta', 'Velásquez', 'Ibáñez', 'Núñez', 'Álvarez', 'Bermúdez'] as last,
                    array['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Cartagena', 'Bucaramanga', 'Pereira', 'Manizales',
                          'Santa Marta', 'Cúcuta', 'Bogotá', 'Medellín'] as city,
                    array['Cóndor Model Management', 'Élite Bogotá', 'Estudio Pasarela', 'Sabana Talent', 'Caribe Models',
                          'Andes Management', null, null] as agency) f`,
    [organization, people],
  );
  await client.query(
    `insert into app_public.talent_availability (talent_id, period, kind)
     select t.id, tstzrange(date '2027-03-01' + (n % 40)::int, date '2027-03-01' + (n % 40)::int + 1 + (n % 5)::int), case when n % 2 = 0 then 'hold' else 'unavailable' end
       from (select id, row_number() over (order by id) as n from app_public.talent where organization_id = $1) t
      where t.n % 10 = 0`,
    [organization],
  );
  await client.query("vacuum analyze app_public.talent");
  await client.query("vacuum analyze app_public.talent_availability");
  return (performance.now() - started) / 1000;
}

interface Measured {
  api: Summary;
  rows: number;
  totalCount: number;
}

async function measure(
  url: string,
  token: string,
  document: string,
  organization: string,
  c: Case,
  requests: number,
): Promise<Measured> {
  const variables = {
    condition: { organizationId: organization, erased: false, ...c.condition },
    filter: c.filter,
    orderBy: c.orderBy ?? ["NAME_ASC"],
    first: 24,
  } as Record<string, unknown>;
  for (let page = 0; page < (c.skipPages ?? 0); page++) {
    const result = await graphql(url, document, variables, token);
    const cursor = result.data?.talents?.pageInfo?.endCursor;
    if (!cursor) break;
    variables.after = cursor;
  }
  const samples: number[] = [];
  let last: Awaited<ReturnType<typeof graphql>> | null = null;
  for (let i = 0; i < requests + 3; i++) {
    last = await graphql(url, document, variables, token);
    if (last.errors) throw new Error(`${c.name}: ${JSON.stringify(last.errors)}`);
    if (i >= 3) samples.push(last.ms); // three warm-up requests
  }
  return {
    api: summarize(samples),
    rows: last?.data?.talents?.nodes?.length ?? 0,
    totalCount: last?.data?.talents?.totalCount ?? 0,
  };
}

interface SqlMeasured {
  withIndex: Summary;
  withoutIndex: Summary | null;
  plan: string;
  planWithout: string | null;
  /** Under RLS: a plain LIKE condition vs talent_search_ids. */
  rls: { plain: Summary; adopted: Summary; planPlain: string; planAdopted: string } | null;
}

async function timeSql(client: pg.Client, sql: string, params: unknown[], runs: number): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    await client.query(sql, params);
    if (i >= 2) samples.push(performance.now() - started);
  }
  return summarize(samples);
}

async function planOf(client: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query(`explain (analyze, costs off, timing off, summary on) ${sql}`, params);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function measureRls(
  client: pg.Client,
  member: { role: string; sessionId: string },
  c: Case,
  runs: number,
): Promise<SqlMeasured["rls"]> {
  if (!c.rls) return null;
  await client.query("begin");
  try {
    await client.query(`set local role ${pg.escapeIdentifier(member.role)}`);
    await client.query("select set_config('jwt.claims.session_id', $1, true)", [member.sessionId]);
    const plain = await timeSql(client, c.rls.plain, c.params, Math.max(3, Math.floor(runs / 4)));
    const adopted = await timeSql(client, c.rls.adopted, c.params, runs);
    return {
      plain,
      adopted,
      planPlain: await planOf(client, c.rls.plain, c.params),
      planAdopted: await planOf(client, c.rls.adopted, c.params),
    };
  } finally {
    await client.query("rollback");
  }
}

async function measureSql(
  client: pg.Client,
  organization: string,
  c: Case,
  runs: number,
  member: { role: string; sessionId: string },
): Promise<SqlMeasured> {
  const params = [organization, ...c.params];
  const rls = await measureRls(client, member, c, runs);
  const withIndex = await timeSql(client, c.sql, params, runs);
  const plan = await planOf(client, c.sql, params);
  if (!c.index) return { withIndex, withoutIndex: null, plan, planWithout: null, rls };
  await client.query("begin");
  try {
    await client.query(`drop index app_public.${c.index}`);
    const withoutIndex = await timeSql(client, c.sql, params, Math.max(3, Math.floor(runs / 4)));
    const planWithout = await planOf(client, c.sql, params);
    return { withIndex, withoutIndex, plan, planWithout, rls };
  } finally {
    await client.query("rollback");
  }
}

const firstLines = (plan: string | null, n = 3) =>
  (plan ?? "")
    .split("\n")
    .slice(0, n)
    .map((l) => l.trim())
    .join(" → ");

function render(r: Record<string, any>): string {
  const lines = [
    `_${r.startedAt.slice(0, 16).replace("T", " ")} UTC, ${r.people.toLocaleString("en")} people in one organization's roster (plus the demo data), ${r.requests} requests per case after 3 warm-up ones, ${Math.round(r.seconds)} s in all (generating the roster: ${Math.round(r.generateSeconds)} s). ${r.machine}. 1-minute load average ${r.loadStart} at the start, ${r.loadEnd} at the end; everything shares this machine._`,
    "",
    "**Through the API** (`RosterList`, the dashboard's own operation: 24 cards with photo, `totalCount`, as the casting director):",
    "",
    "| case | matches (totalCount) | 80k roster p50 / p95 ms | small roster p50 ms | 80k ÷ small (p50) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...r.cases.map(
      (c: any) =>
        `| ${c.name} | ${c.large.totalCount.toLocaleString("en")} | ${c.large.api.p50} / ${c.large.api.p95} | ${c.small.api.p50} | ${c.largeOverSmall}× |`,
    ),
    "",
    "**The SQL of each case** (as the owner, 25 rows), with the index it relies on and with that index dropped:",
    "",
    "| case | index | with p50 ms | without p50 ms | speed-up | plan with the index |",
    "| --- | --- | ---: | ---: | ---: | --- |",
    ...r.cases.map(
      (c: any) =>
        `| ${c.name} | \`${c.index}\` | ${c.sql.withIndex.p50} | ${c.sql.withoutIndex?.p50 ?? "–"} | ${c.speedup}× | ${firstLines(c.sql.plan, 2).replace(/\|/g, "\\|")} |`,
    ),
    "",
    "**Searches under row-level security** (as the casting director, 25 rows): the words as a plain condition (`search_text LIKE …` on the table) against `app_private.talent_search_ids` (adopted). PostgreSQL uses an index under RLS only for conditions made of LEAKPROOF functions, which LIKE and the folding wrappers are not:",
    "",
    "| case | plain condition p50 ms | talent_search_ids p50 ms | speed-up | plan of the plain condition |",
    "| --- | ---: | ---: | ---: | --- |",
    ...r.cases
      .filter((c: any) => c.sql.rls)
      .map(
        (c: any) =>
          `| ${c.name} | ${c.sql.rls.plain.p50} | ${c.sql.rls.adopted.p50} | ${c.rlsSpeedup}× | ${firstLines(c.sql.rls.planPlain, 2).replace(/\|/g, "\\|")} |`,
      ),
    "",
  ];
  return `${lines.join("\n")}\n`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const people = args.number("people", 80_000);
  const requests = args.number("requests", 40);
  const summary = !args.flag("no-summary");
  const started = Date.now();
  const loadStart = loadavg()[0]?.toFixed(1);
  log(`[bench:roster] starting a throwaway PostgreSQL and loading the demo data`);
  const cluster = await startBenchCluster({ log });
  try {
    const settings = await buildBenchDatabase(cluster.serverUrl, undefined, { statements: false });
    const owner = new pg.Client({ connectionString: settings.ownerUrl });
    owner.on("error", () => {}); // the cluster stops under it at the end
    await owner.connect();
    const orgs = (
      await owner.query(
        "select (select id from app_public.organizations where slug = 'moda-bogota') as large, (select id from app_public.organizations where slug = 'medellin-fashion') as small",
      )
    ).rows[0];
    log(`[bench:roster] generating ${people} talent`);
    const generateSeconds = await generateTalent(owner, orgs.large, people);
    log(`[bench:roster] generated in ${generateSeconds.toFixed(1)} s`);

    const config = await loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: "bench-secret-that-is-long-enough-for-hs256-0123456789",
      DATABASE_URL: settings.ownerUrl,
      CORS_ORIGINS: "http://127.0.0.1",
      LOG_LEVEL: "silent",
      WORKER: "off",
      RATE_LIMIT_IP_PER_MINUTE: "10000000",
      RATE_LIMIT_USER_PER_MINUTE: "10000000",
      RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    });
    const app = await createApp({ config, settings, logger: makeLogger("silent") });
    const port = await app.listen(0, "127.0.0.1");
    const url = `http://127.0.0.1:${port}`;
    const document = await loadOperation("roster.graphql", "RosterList");
    const tokens = {
      large: await login(url, "casting@bogota.fashionos.test", DEMO_PASSWORD),
      small: await login(url, "casting@medellin.fashionos.test", DEMO_PASSWORD),
    };
    const member = {
      role: settings.roles.member,
      sessionId: (
        await owner.query(
          "insert into app_private.sessions (profile_id) select id from app_public.profiles where email = 'casting@bogota.fashionos.test' returning id",
        )
      ).rows[0].id as string,
    };
    const results = [];
    for (const c of cases()) {
      log(`[bench:roster] ${c.name}`);
      const large = await measure(url, tokens.large, document, orgs.large, c, requests);
      const small = await measure(url, tokens.small, document, orgs.small, { ...c, skipPages: 0 }, requests);
      const sql = await measureSql(owner, orgs.large, c, requests, member);
      results.push({
        name: c.name,
        index: c.index,
        large,
        small,
        largeOverSmall: ratio(large.api.p50, small.api.p50),
        sql,
        speedup: sql.withoutIndex ? ratio(sql.withoutIndex.p50, sql.withIndex.p50) : null,
        rlsSpeedup: sql.rls ? ratio(sql.rls.plain.p50, sql.rls.adopted.p50) : null,
      });
    }
    await app.close();
    await owner.end();
    const cpu = cpus();
    const output = rounded({
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      generateSeconds,
      people,
      requests,
      machine: `${cpu.length} × ${cpu[0]?.model.split(" ").slice(0, 2).join(" ")}, Node ${process.version}`,
      loadStart,
      loadEnd: loadavg()[0]?.toFixed(1),
      cases: results,
    });
    const dir = join(PROJECT_ROOT, "bench", "results");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "roster.json"), `${JSON.stringify(output, null, 2)}\n`);
    const markdown = render(output);
    await writeFile(join(dir, "roster.md"), markdown);
    if (summary) {
      const file = join(PROJECT_ROOT, "BENCHMARKS.md");
      const text = await readFile(file, "utf8");
      const start = "<!-- bench:roster:start -->";
      const end = "<!-- bench:roster:end -->";
      const i = text.indexOf(start);
      const j = text.indexOf(end);
      if (i >= 0 && j > i) await writeFile(file, `${text.slice(0, i + start.length)}\n${markdown}${text.slice(j)}`);
    }
    log(markdown);
  } catch (error) {
    log(`[bench:roster] failed: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await cluster.stop();
  }
  process.exit(process.exitCode ?? 0);
}

await main();
