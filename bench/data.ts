// The bench data set: a large, realistic FashionOS database built with
// set-based SQL (generate_series, insert … select) in a few statements per
// table, so scale 1 (50 organizations, 2,000 events, 100,000 talent, 500,000
// castings, 1,000,000 bookings, 1,000,000 AI log rows) loads in minutes.
//
// Every row goes through the real schema: triggers, check constraints,
// composite foreign keys and unique indexes all stay on. Keys are derived
// from stable names (md5 of "kind:n" shaped as a UUID), so a child row can name
// its parent without a lookup, and every choice is a hash of the row number,
// so two runs at the same scale produce the same data.
//
//   npm run bench:data -- --scale 0.02            throwaway embedded cluster, report, removed
//   npm run bench:data -- --scale 1 --keep        kept in .data/bench-postgres (see the printed hint)
//   npm run bench:data -- --database-url postgres://superuser@host/postgres --scale 0.1
import { join } from "node:path";
import pg from "pg";
import { withClient } from "../db/lib/lifecycle.ts";
import { type DatabaseSettings, databaseSettings } from "../db/lib/settings.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { parseArgs } from "./lib/args.ts";
import { BENCH_DATABASE, buildBenchDatabase, startBenchCluster } from "./lib/cluster.ts";

/** Password of every bench account (owner, admin, producer, casting, viewer of each bench organization). */
export const BENCH_PASSWORD = "FashionOS-bench-2026";
export const BENCH_ROLES = ["owner", "admin", "producer", "casting", "viewer"] as const;
export type BenchRole = (typeof BENCH_ROLES)[number];

/** Share of all talent held by organization 1, the large agency used for candidate retrieval at scale. */
export const BIG_ORG_TALENT_SHARE = 0.8;

export interface DataPlan {
  scale: number;
  organizations: number;
  events: number;
  /** Talent of organization 1 (the large roster). */
  bigOrgTalent: number;
  /** Talent of each other organization. */
  otherOrgTalent: number;
  talent: number;
  venuesPerOrg: number;
  designersPerOrg: number;
  looksPerEvent: number;
  designersPerEvent: number;
  sponsorsPerEvent: number;
  tiersPerEvent: number;
  /** Target castings per event; an event never casts more than 80 % of its organization's roster. */
  castingsPerEvent: number;
  bookings: number;
  agentRuns: number;
  aiLogs: number;
  /** Share of talent with an availability period (unavailable or hold). */
  availabilityShare: number;
}

export function planFor(scale: number): DataPlan {
  if (!(scale > 0) || scale > 20) throw new Error(`--scale must be in (0, 20], got ${scale}`);
  const organizations = Math.max(3, Math.round(50 * scale));
  const events = Math.max(organizations * 2, Math.round(2000 * scale));
  const talentTarget = Math.max(organizations * 20, Math.round(100_000 * scale));
  const bigOrgTalent = Math.round(talentTarget * BIG_ORG_TALENT_SHARE);
  const otherOrgTalent = Math.max(10, Math.floor((talentTarget - bigOrgTalent) / (organizations - 1)));
  const aiLogs = Math.max(10, Math.round(1_000_000 * scale));
  return {
    scale,
    organizations,
    events,
    bigOrgTalent,
    otherOrgTalent,
    talent: bigOrgTalent + otherOrgTalent * (organizations - 1),
    venuesPerOrg: 4,
    designersPerOrg: 12,
    looksPerEvent: 12,
    designersPerEvent: 3,
    sponsorsPerEvent: 2,
    tiersPerEvent: 3,
    castingsPerEvent: Math.max(1, Math.round((500_000 * scale) / events)),
    bookings: Math.max(10, Math.round(1_000_000 * scale)),
    agentRuns: Math.max(events, Math.round(aiLogs / 4)),
    aiLogs,
    availabilityShare: 0.15,
  };
}

export function benchOrgSlug(k: number): string {
  return `bench-org-${String(k).padStart(3, "0")}`;
}

export function benchAccountEmail(k: number, role: BenchRole): string {
  return `${role}@org-${String(k).padStart(3, "0")}.bench.fashionos.test`;
}

export interface StepTiming {
  step: string;
  seconds: number;
}

export interface DataReport {
  plan: DataPlan;
  steps: StepTiming[];
  seconds: number;
  /** Rows per table in the whole database (demo data included). */
  rows: Record<string, number>;
  databaseBytes: number;
  databaseSize: string;
}

const q = (text: string) => pg.escapeLiteral(text);
const arr = (items: readonly string[]) => `array[${items.map(q).join(", ")}]`;

const CITIES = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Manizales"];
const FIRST_NAMES = [
  "Valentina",
  "Mariana",
  "Isabella",
  "Sofía",
  "Daniela",
  "Camila",
  "Gabriela",
  "Sara",
  "Laura",
  "Manuela",
  "Juliana",
  "Natalia",
  "Santiago",
  "Sebastián",
  "Mateo",
  "Nicolás",
  "Alejandro",
  "Samuel",
  "Juan Pablo",
  "Tomás",
  "Andrés",
  "Felipe",
  "Emiliano",
  "Martín",
];
const SURNAMES = [
  "Restrepo",
  "Gómez",
  "Rodríguez",
  "Martínez",
  "García",
  "López",
  "Hernández",
  "Ramírez",
  "Vélez",
  "Uribe",
  "Ospina",
  "Cárdenas",
  "Zuluaga",
  "Mejía",
  "Castaño",
  "Jaramillo",
  "Salazar",
  "Quintero",
  "Arango",
  "Rojas",
  "Valencia",
  "Montoya",
  "Giraldo",
  "Henao",
];
const AGENCIES = ["Stock Models", "Élite Colombia", "Lotus Models", "Mega Models", "Vogue Talent", "Pasarela Andina"];
const BRANDS = ["Bancolombia", "Avianca", "Juan Valdez", "Postobón", "Éxito", "Natura", "Arturo Calle", "Leonisa"];
const ORG_PREFIXES = ["Producciones", "Moda", "Pasarela", "Estudio", "Colectivo", "Casa de Moda", "Semana de la Moda"];
const DIVISIONS = `array['women','men','non_binary','kids','curve','petite','mature']`;

/** Per-session helpers: stable UUIDs from names and cheap deterministic hashes. */
const HELPERS = `
create function pg_temp.bid(kind text, n bigint) returns uuid language sql immutable parallel safe as $$
  select overlay(overlay(md5('fashionos-bench:' || kind || ':' || n) placing '4' from 13) placing '8' from 17)::uuid
$$;
create function pg_temp.h(n bigint, salt int) returns int language sql immutable parallel safe as $$
  select hashint8(n * 7919 + salt) & 2147483647
$$;
`;

/**
 * Adds the bench organizations and everything they own to a migrated
 * database (demo data may be there too). Connects as the owner role, so RLS
 * does not apply, but every trigger and constraint does.
 */
export async function generateData(
  settings: DatabaseSettings,
  options: { scale: number; log?: (message: string) => void },
): Promise<DataReport> {
  const plan = planFor(options.scale);
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: settings.ownerUrl });
  await client.connect();
  const steps: StepTiming[] = [];
  const started = performance.now();
  try {
    const { rows: existing } = await client.query(
      "select count(*)::int as n from app_public.organizations where slug like 'bench-org-%'",
    );
    if ((existing[0]?.n ?? 0) > 0) throw new Error("This database already holds bench data; reset it first.");
    await client.query("set synchronous_commit = off");
    await client.query("set maintenance_work_mem = '256MB'");
    await client.query(HELPERS);
    for (const [name, sql, tables = []] of generationSteps(plan)) {
      const t0 = performance.now();
      await client.query("begin");
      try {
        // Secondary (non-unique) indexes of the big tables are dropped before the load and built again after it,
        // in the same transaction: one sort beats a million random inserts. Unique indexes, keys, checks and
        // triggers stay on throughout.
        const { rows: indexes } = await client.query<{ name: string; definition: string }>(
          `select format('%I.%I', n.nspname, c.relname) as name, pg_get_indexdef(i.indexrelid) as definition
             from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
            where i.indrelid = any($1::regclass[]) and not i.indisunique`,
          [tables],
        );
        for (const index of indexes) await client.query(`drop index ${index.name}`);
        await client.query(sql);
        // Deferred checks (a minor needs a guardian) run now rather than at commit, before the index builds.
        if (indexes.length) await client.query("set constraints all immediate");
        for (const index of indexes) await client.query(index.definition);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw new Error(`bench data step "${name}" failed: ${(error as Error).message}`, { cause: error });
      }
      const seconds = (performance.now() - t0) / 1000;
      steps.push({ step: name, seconds });
      log(`[data] ${name.padEnd(28)} ${seconds.toFixed(1)} s`);
    }
    const t0 = performance.now();
    await client.query("vacuum (analyze)");
    steps.push({ step: "vacuum analyze", seconds: (performance.now() - t0) / 1000 });
    log(`[data] ${"vacuum analyze".padEnd(28)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const seconds = (performance.now() - started) / 1000;
    const rows = await countRows(client);
    const { rows: size } = await client.query(
      "select pg_database_size(current_database())::bigint as bytes, pg_size_pretty(pg_database_size(current_database())) as pretty",
    );
    return {
      plan,
      steps,
      seconds,
      rows,
      databaseBytes: Number(size[0]?.bytes ?? 0),
      databaseSize: String(size[0]?.pretty ?? ""),
    };
  } finally {
    await client.end();
  }
}

/** Rows in every app_public table plus sessions and password secrets. */
export async function countRows(client: pg.Client | pg.PoolClient): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select schemaname || '.' || relname as name from pg_stat_user_tables
      where schemaname = 'app_public' or (schemaname = 'app_private' and relname in ('sessions', 'profile_secrets'))
      order by schemaname, relname`,
  );
  const result: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query(`select count(*)::bigint as n from ${name}`);
    result[name.replace(/^app_public\./, "")] = Number(rows[0]?.n ?? 0);
  }
  return result;
}

/** The SQL of each step, with the tables whose secondary indexes are rebuilt after it. */
export function generationSteps(plan: DataPlan): [string, string, string[]?][] {
  const O = plan.organizations;
  const E = plan.events;
  const Tb = plan.bigOrgTalent;
  const To = plan.otherOrgTalent;
  const R = plan.agentRuns;
  const roles = arr(BENCH_ROLES);
  return [
    [
      "organizations and accounts",
      `
      create temp table b_org as
        select k, pg_temp.bid('org', k) as id,
               case when k = 1 then 0 else ${Tb} + (k - 2) * ${To} end as talent_base,
               case when k = 1 then ${Tb} else ${To} end as talent_count,
               (${E} - k) / ${O} + 1 as event_count
          from generate_series(1, ${O}) k;
      insert into app_public.organizations (id, name, slug, country, timezone, currency)
        select id,
               format('%s %s %s', (${arr(ORG_PREFIXES)})[1 + pg_temp.h(k, 1) % ${ORG_PREFIXES.length}],
                      (${arr(CITIES)})[1 + (k - 1) % ${CITIES.length}], k),
               'bench-org-' || lpad(k::text, 3, '0'), 'CO', 'America/Bogota', 'COP'
          from b_org;
      insert into app_public.profiles (id, email, full_name, locale, phone)
        select pg_temp.bid('profile', (o.k - 1) * 5 + r.i),
               format('%s@org-%s.bench.fashionos.test', r.role, lpad(o.k::text, 3, '0')),
               format('%s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(o.k * 5 + r.i, 2) % ${FIRST_NAMES.length}],
                      (${arr(SURNAMES)})[1 + pg_temp.h(o.k * 5 + r.i, 3) % ${SURNAMES.length}]),
               'es-CO', '+57 3' || lpad((pg_temp.h(o.k * 5 + r.i, 4) % 1000000000)::text, 9, '0')
          from b_org o cross join unnest(${roles}) with ordinality as r(role, i);
      -- One bcrypt hash for every bench account: hashing 250 passwords would only add seconds.
      insert into app_private.profile_secrets (profile_id, password_hash)
        select pg_temp.bid('profile', (o.k - 1) * 5 + r.i), h.hash
          from b_org o cross join generate_series(1, 5) r(i)
          cross join (select public.crypt(${q(BENCH_PASSWORD)}, public.gen_salt('bf')) as hash) h;
      insert into app_public.memberships (id, organization_id, profile_id, role)
        select pg_temp.bid('membership', (o.k - 1) * 5 + r.i), o.id, pg_temp.bid('profile', (o.k - 1) * 5 + r.i), r.role
          from b_org o cross join unnest(${roles}) with ordinality as r(role, i);
      `,
    ],
    [
      "venues and designers",
      `
      insert into app_public.venues (id, organization_id, name, address, city, capacity)
        select pg_temp.bid('venue', (o.k - 1) * ${plan.venuesPerOrg} + j), o.id,
               format('%s %s', (array['Salón','Teatro','Centro de Eventos','Hangar','Casa'])[1 + pg_temp.h(o.k * 10 + j, 5) % 5],
                      (${arr(CITIES)})[1 + pg_temp.h(o.k * 10 + j, 6) % ${CITIES.length}]),
               format('Calle %s # %s-%s', 10 + j * 7, 5 + o.k % 90, 10 + j),
               (${arr(CITIES)})[1 + pg_temp.h(o.k * 10 + j, 6) % ${CITIES.length}],
               200 + pg_temp.h(o.k * 10 + j, 7) % 1800
          from b_org o cross join generate_series(1, ${plan.venuesPerOrg}) j;
      insert into app_public.designers (id, organization_id, name, brand, city, bio, instagram)
        select pg_temp.bid('designer', (o.k - 1) * ${plan.designersPerOrg} + j), o.id,
               format('%s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(o.k * 100 + j, 8) % ${FIRST_NAMES.length}],
                      (${arr(SURNAMES)})[1 + pg_temp.h(o.k * 100 + j, 9) % ${SURNAMES.length}]),
               format('Atelier %s', (${arr(SURNAMES)})[1 + pg_temp.h(o.k * 100 + j, 9) % ${SURNAMES.length}]),
               (${arr(CITIES)})[1 + pg_temp.h(o.k * 100 + j, 10) % ${CITIES.length}],
               'Diseño de autor con textiles colombianos y producción local.',
               format('@bench_designer_%s_%s', o.k, j)
          from b_org o cross join generate_series(1, ${plan.designersPerOrg}) j;
      `,
    ],
    [
      "events and line-ups",
      `
      -- About one past show in ten was cancelled; the first always is, so that even the smallest scale has one.
      create temp table b_event as
        select i, k, q, pg_temp.bid('event', i) as id, o.id as organization_id, starts_at,
               starts_at + make_interval(hours => 2 + pg_temp.h(i, 11) % 3) as ends_at,
               case when starts_at < now() then (case when pg_temp.h(i, 12) % 10 = 0 or i = 1 then 'cancelled' else 'completed' end)
                    else (case when pg_temp.h(i, 12) % 10 < 6 then 'published' else 'draft' end) end as status
          from (
            select i, (i - 1) % ${O} + 1 as k, (i - 1) / ${O} as q,
                   date_trunc('hour', now()) - interval '365 days'
                     + (i - 1) * (interval '730 days' / ${E}) + interval '19 hours' as starts_at
              from generate_series(1, ${E}) i
          ) s join b_org o using (k);
      create unique index on b_event (i);
      analyze b_event;
      insert into app_public.events (id, organization_id, organizer_id, venue_id, title, slug, description, starts_at, ends_at,
                                     timezone, status, capacity, metadata, is_public)
        select e.id, e.organization_id, pg_temp.bid('profile', (e.k - 1) * 5 + 3),
               pg_temp.bid('venue', (e.k - 1) * ${plan.venuesPerOrg} + e.q % ${plan.venuesPerOrg} + 1),
               format('%s %s %s', (array['Desfile','Pasarela','Showroom','Colección','Noche de Moda'])[1 + pg_temp.h(e.i, 13) % 5],
                      (array['Primavera','Verano','Resort','Otoño','Cápsula'])[1 + pg_temp.h(e.i, 14) % 5], e.i),
               'bench-event-' || e.i,
               'Desfile con diseñadores invitados, música en vivo y venta de entradas.',
               -- A cancelled show was published and sold tickets first: it is cancelled after its bookings (step
               -- "cancellations"), the way it happens, since a cancelled event takes no booking (migration 000024).
               e.starts_at, e.ends_at, 'America/Bogota',
               case when e.status = 'cancelled' then 'published' else e.status end, 150 + pg_temp.h(e.i, 15) % 1500,
               jsonb_build_object('season', (array['SS','FW','Resort'])[1 + e.i % 3], 'hashtags', jsonb_build_array('#moda', '#colombia')),
               e.status in ('published', 'completed') and pg_temp.h(e.i, 16) % 4 <> 0
          from b_event e;
      insert into app_public.event_designers (id, organization_id, event_id, designer_id, show_order, collection_name)
        select pg_temp.bid('event_designer', e.i * 10 + j), e.organization_id, e.id,
               pg_temp.bid('designer', (e.k - 1) * ${plan.designersPerOrg} + (e.q * ${plan.designersPerEvent} + j) % ${plan.designersPerOrg} + 1),
               j + 1, format('Colección %s', e.i * 10 + j)
          from b_event e cross join generate_series(0, ${plan.designersPerEvent - 1}) j;
      insert into app_public.looks (id, organization_id, event_id, designer_id, sequence, title, change_minutes)
        select pg_temp.bid('look', (e.i - 1) * ${plan.looksPerEvent} + s), e.organization_id, e.id,
               pg_temp.bid('designer', (e.k - 1) * ${plan.designersPerOrg}
                 + (e.q * ${plan.designersPerEvent} + (s - 1) % ${plan.designersPerEvent}) % ${plan.designersPerOrg} + 1),
               s, format('Look %s', s), 3 + pg_temp.h(e.i * 100 + s, 17) % 8
          from b_event e cross join generate_series(1, ${plan.looksPerEvent}) s;
      insert into app_public.sponsors (id, organization_id, event_id, name, tier, amount_cop, status, contact_name)
        select pg_temp.bid('sponsor', e.i * 10 + j), e.organization_id, e.id,
               (${arr(BRANDS)})[1 + pg_temp.h(e.i * 10 + j, 18) % ${BRANDS.length}],
               (array['title','gold','silver','bronze','partner','in_kind'])[1 + pg_temp.h(e.i * 10 + j, 19) % 6],
               (5 + pg_temp.h(e.i * 10 + j, 20) % 95) * 1000000::bigint,
               (array['prospect','negotiating','confirmed','paid','declined'])[1 + pg_temp.h(e.i * 10 + j, 21) % 5],
               'Gerencia de mercadeo'
          from b_event e cross join generate_series(1, ${plan.sponsorsPerEvent}) j;
      create temp table b_tier as
        select (e.i - 1) * 3 + j + 1 as t, e.i, j, pg_temp.bid('tier', (e.i - 1) * 3 + j + 1) as id,
               (array[80000, 250000, 600000])[j + 1] + (pg_temp.h(e.i, 22) % 5) * 10000 as price,
               e.status <> 'draft' as sellable
          from b_event e cross join generate_series(0, ${plan.tiersPerEvent - 1}) j;
      alter table b_tier add column st int;
      update b_tier b set st = s.st from (select t, row_number() over (order by t) as st from b_tier where sellable) s
       where s.t = b.t;
      create unique index on b_tier (t);
      create unique index on b_tier (st);
      analyze b_tier;
      insert into app_public.ticket_tiers (id, organization_id, event_id, name, description, price_cop, quantity, sold_count,
                                           sales_start_at)
        select b.id, e.organization_id, e.id, (array['General','VIP','Front Row'])[b.j + 1],
               (array['Acceso general','Zona VIP con bebida de bienvenida','Primera fila junto a la pasarela'])[b.j + 1],
               b.price, 0, 0, e.starts_at - interval '60 days'
          from b_tier b join b_event e using (i);
      insert into app_public.casting_briefs (id, organization_id, event_id, title, models_needed, height_min_cm, height_max_cm,
                                             divisions, cities, notes)
        select pg_temp.bid('brief', 2 * e.i - 1), e.organization_id, e.id, 'Casting principal', 8 + pg_temp.h(e.i, 23) % 12,
               172, 186, '{women}'::text[], '{}'::text[], 'Pasarela principal: presencia, caminata segura.'
          from b_event e
        union all
        select pg_temp.bid('brief', 2 * e.i), e.organization_id, e.id, 'Casting hombres', 4 + pg_temp.h(e.i, 24) % 6,
               180, 195, '{men}', array[(${arr(CITIES)})[1 + e.i % ${CITIES.length}]], 'Cierre del desfile.'
          from b_event e where e.i % 2 = 0;
      `,
    ],
    [
      "talent and contacts",
      `
      create temp table b_talent as
        select n, k, pg_temp.bid('talent', n) as id, o.id as organization_id,
               (${DIVISIONS})[case when d < 40 then 1 when d < 68 then 2 when d < 75 then 3 when d < 80 then 4
                                   when d < 88 then 5 when d < 94 then 6 else 7 end] as division
          from (
            select n, case when n <= ${Tb} then 1 else 2 + (n - ${Tb} - 1) / ${To} end as k, pg_temp.h(n, 30) % 100 as d
              from generate_series(1, ${plan.talent}) n
          ) s join b_org o using (k);
      insert into app_public.talent (id, organization_id, full_name, stage_name, agency, city, willing_to_travel, division,
                                     gender, height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                     measurements_taken_on, birth_date, portfolio_urls, instagram, consent_granted_at,
                                     consent_purposes, consent_source, consent_revoked_at)
        select t.id, t.organization_id,
               format('%s %s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(t.n, 31) % ${FIRST_NAMES.length}],
                      (${arr(SURNAMES)})[1 + pg_temp.h(t.n, 32) % ${SURNAMES.length}],
                      (${arr(SURNAMES)})[1 + pg_temp.h(t.n, 33) % ${SURNAMES.length}]),
               case when pg_temp.h(t.n, 34) % 5 = 0 then format('%s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(t.n, 31) % ${FIRST_NAMES.length}], t.n) end,
               case when pg_temp.h(t.n, 35) % 10 < 6 then (${arr(AGENCIES)})[1 + pg_temp.h(t.n, 36) % ${AGENCIES.length}] end,
               (${arr(CITIES)})[1 + pg_temp.h(t.n, 37) % ${CITIES.length}],
               pg_temp.h(t.n, 38) % 10 < 4,
               t.division,
               case t.division when 'women' then 'female' when 'men' then 'male' when 'non_binary' then 'non_binary'
                    else (array['female','male'])[1 + t.n % 2] end,
               case t.division when 'women' then 165 + pg_temp.h(t.n, 39) % 21 when 'men' then 175 + pg_temp.h(t.n, 39) % 21
                    when 'non_binary' then 165 + pg_temp.h(t.n, 39) % 26 when 'kids' then 110 + pg_temp.h(t.n, 39) % 51
                    when 'curve' then 163 + pg_temp.h(t.n, 39) % 18 when 'petite' then 150 + pg_temp.h(t.n, 39) % 16
                    else 160 + pg_temp.h(t.n, 39) % 26 end,
               case when t.division = 'kids' then 60 + pg_temp.h(t.n, 40) % 20 else 78 + pg_temp.h(t.n, 40) % 30 end,
               case when t.division = 'kids' then 55 + pg_temp.h(t.n, 41) % 15 else 58 + pg_temp.h(t.n, 41) % 30 end,
               case when t.division = 'kids' then 62 + pg_temp.h(t.n, 42) % 20 else 84 + pg_temp.h(t.n, 42) % 30 end,
               case when t.division = 'kids' then 28 + pg_temp.h(t.n, 43) % 8 else 35 + pg_temp.h(t.n, 43) % 10 end,
               (array['negro','castaño','rubio','pelirrojo','gris'])[1 + pg_temp.h(t.n, 44) % 5],
               (array['café','negro','verde','azul','miel'])[1 + pg_temp.h(t.n, 45) % 5],
               current_date - pg_temp.h(t.n, 46) % 700,
               case when t.division = 'kids' then (current_date - make_interval(years => 7 + pg_temp.h(t.n, 47) % 10))::date - pg_temp.h(t.n, 48) % 300
                    when t.division = 'mature' then (current_date - make_interval(years => 40 + pg_temp.h(t.n, 47) % 25))::date - pg_temp.h(t.n, 48) % 300
                    else (current_date - make_interval(years => 19 + pg_temp.h(t.n, 47) % 20))::date - pg_temp.h(t.n, 48) % 300 end,
               array[format('https://portfolio.bench.fashionos.test/talent/%s/1.jpg', t.n)],
               '@bench_model_' || t.n,
               case when c.v < 90 then now() - make_interval(days => 30 + pg_temp.h(t.n, 50) % 700) end,
               case when c.v < 85 then case when pg_temp.h(t.n, 51) % 3 = 0 then '{casting,ai_processing,contact}'::text[]
                                             else '{casting,ai_processing}'::text[] end
                    when c.v < 90 then '{casting,ai_processing}'::text[] else '{}'::text[] end,
               case when c.v < 90 then (array['signed_form','agency_contract','web_form','email','whatsapp'])[1 + pg_temp.h(t.n, 52) % 5] end,
               case when c.v >= 85 and c.v < 90 then now() - make_interval(days => pg_temp.h(t.n, 53) % 29) end
          from b_talent t cross join lateral (select pg_temp.h(t.n, 49) % 100 as v) c;
      insert into app_public.talent_contacts (talent_id, organization_id, email, phone, whatsapp_opt_in, guardian_name,
                                              guardian_phone, guardian_email)
        select t.id, t.organization_id, format('modelo%s@correo.bench.fashionos.test', t.n),
               '+57 3' || lpad((pg_temp.h(t.n, 54) % 1000000000)::text, 9, '0'), pg_temp.h(t.n, 55) % 3 <> 0,
               case when t.division = 'kids' then format('%s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(t.n, 56) % ${FIRST_NAMES.length}],
                                                         (${arr(SURNAMES)})[1 + pg_temp.h(t.n, 32) % ${SURNAMES.length}]) end,
               case when t.division = 'kids' then '+57 3' || lpad((pg_temp.h(t.n, 57) % 1000000000)::text, 9, '0') end,
               case when t.division = 'kids' then format('acudiente%s@correo.bench.fashionos.test', t.n) end
          from b_talent t;
      `,
      ["app_public.talent", "app_public.talent_contacts"],
    ],
    [
      "talent availability",
      `
      insert into app_public.talent_availability (id, organization_id, talent_id, period, kind, notes)
        select pg_temp.bid('availability', t.n), t.organization_id, t.id,
               tstzrange(date_trunc('day', now()) + make_interval(days => pg_temp.h(t.n, 60) % 730 - 365),
                         date_trunc('day', now()) + make_interval(days => pg_temp.h(t.n, 60) % 730 - 365 + 1 + pg_temp.h(t.n, 61) % 10)),
               case when pg_temp.h(t.n, 62) % 10 < 7 then 'unavailable' else 'hold' end,
               'Compromiso con otra producción.'
          from b_talent t
         where pg_temp.h(t.n, 59) % 1000 < ${Math.round(plan.availabilityShare * 1000)};
      `,
      ["app_public.talent_availability"],
    ],
    [
      "agent runs",
      `
      create temp table b_run as
        select r, pg_temp.bid('run', r) as id, o.k, o.id as organization_id, e.id as event_id, e.i,
               case when r <= ${E} then 'model_casting'
                    else (array['model_casting','model_casting','model_casting','model_casting','model_casting',
                                'vendor_coordination','vendor_coordination','event_health','event_health','runway_timing',
                                'email_generation','whatsapp_automation'])[1 + pg_temp.h(r, 70) % 12] end as agent_type,
               case when r <= ${E} or pg_temp.h(r, 71) % 100 < 93 then 'succeeded'
                    when pg_temp.h(r, 71) % 100 < 98 then 'failed' else 'cancelled' end as status,
               case when r <= ${E} then least(e.starts_at - interval '20 days', now() - interval '1 day')
                    else now() - make_interval(days => 1 + pg_temp.h(r, 72) % 364, mins => pg_temp.h(r, 73) % 1440) end as created_at
          from (
            select r, case when r <= ${E} then r else null end as own_event,
                   ((r - 1) % ${O}) + 1 as k
              from generate_series(1, ${R}) r
          ) s
          join b_org o using (k)
          join b_event e on e.i = coalesce(s.own_event, o.k + ${O} * (pg_temp.h(s.r, 74) % o.event_count));
      create unique index on b_run (r);
      analyze b_run;
      insert into app_public.agent_runs (id, organization_id, event_id, agent_type, status, requested_by, input, output,
                                         error_code, error_message, attempts, started_at, finished_at, created_at)
        select b.id, b.organization_id, b.event_id, b.agent_type, b.status,
               pg_temp.bid('profile', (b.k - 1) * 5 + case when b.agent_type = 'model_casting' then 4 else 3 end),
               case when b.agent_type = 'model_casting'
                    then jsonb_build_object('briefId', pg_temp.bid('brief', 2 * b.i - 1), 'eventId', b.event_id)
                    else jsonb_build_object('eventId', b.event_id) end,
               case when b.status = 'succeeded'
                    then jsonb_build_object('provider', 'openai', 'model', 'google/gemini-2.5-flash', 'suggested', 10) end,
               case when b.status = 'failed' then (array['AI_TIMEOUT','RATE_LIMITED','AI_INVALID_OUTPUT'])[1 + b.r % 3]
                    when b.status = 'cancelled' then 'CANCELLED' end,
               case when b.status = 'failed' then 'La IA tardó demasiado en responder. Inténtalo de nuevo en unos minutos.'
                    when b.status = 'cancelled' then 'Cancelada por el usuario.' end,
               case when b.status = 'cancelled' then 0 else 1 end,
               case when b.status <> 'cancelled' then b.created_at + interval '1 second' end,
               b.created_at + make_interval(secs => 2 + pg_temp.h(b.r, 75) % 5),
               b.created_at
          from b_run b;
      `,
      ["app_public.agent_runs"],
    ],
    [
      "model castings",
      `
      insert into app_public.model_castings (id, organization_id, event_id, talent_id, brief_id, status, ai_match_score,
                                             ai_reasoning, contact_priority, responded_at, agent_run_id)
        select pg_temp.bid('casting', e.i * 1000000 + j), e.organization_id, e.id,
               pg_temp.bid('talent', o.talent_base + (pg_temp.h(e.i, 80) % o.talent_count + j) % o.talent_count + 1),
               pg_temp.bid('brief', 2 * e.i - 1), st.status, 40 + pg_temp.h(e.i * 1000 + j, 82) % 60,
               'Estatura y división dentro del rango del brief; experiencia en pasarela y disponibilidad confirmada.',
               (array['high','medium','low'])[1 + pg_temp.h(e.i * 1000 + j, 83) % 3],
               case when st.status in ('confirmed', 'declined', 'backup')
                    then least(now(), e.starts_at - make_interval(days => 1 + pg_temp.h(e.i * 1000 + j, 84) % 10)) end,
               case when st.status = 'suggested' then pg_temp.bid('run', e.i) end
          from b_event e join b_org o using (k)
          cross join lateral generate_series(0, least(${plan.castingsPerEvent}, (o.talent_count * 4) / 5) - 1) j
          cross join lateral (
            select case when e.starts_at < now()
                        then (array['confirmed','confirmed','confirmed','confirmed','declined','declined','backup','invited','suggested','suggested'])[1 + pg_temp.h(e.i * 1000 + j, 81) % 10]
                        else (array['confirmed','confirmed','invited','invited','declined','suggested','suggested','suggested','suggested','suggested'])[1 + pg_temp.h(e.i * 1000 + j, 81) % 10]
                   end as status
          ) st;
      `,
      ["app_public.model_castings"],
    ],
    [
      "bookings and stock",
      `
      insert into app_public.bookings (id, organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email, quantity,
                                       total_cop, status, payment_provider, payment_reference, created_at)
        select pg_temp.bid('booking', m), e.organization_id, e.id, b.id,
               case when pg_temp.h(m, 90) % 100 = 0 then pg_temp.bid('profile', (e.k - 1) * 5 + 5) end,
               format('%s %s', (${arr(FIRST_NAMES)})[1 + pg_temp.h(m, 91) % ${FIRST_NAMES.length}],
                      (${arr(SURNAMES)})[1 + pg_temp.h(m, 92) % ${SURNAMES.length}]),
               format('comprador%s@correo.bench.fashionos.test', m),
               x.quantity, x.quantity * b.price, x.status,
               case when x.status in ('paid', 'refunded') then (array['wompi','mercadopago','stripe','cash'])[1 + pg_temp.h(m, 94) % 4] end,
               case when x.status in ('paid', 'refunded') then 'ref-' || m end,
               least(now(), e.starts_at) - make_interval(days => pg_temp.h(m, 97) % 60, mins => pg_temp.h(m, 98) % 1440)
          from generate_series(1, ${plan.bookings}) m
          join b_tier b on b.st = (m - 1) % (select count(*) from b_tier where sellable) + 1
          join b_event e on e.i = b.i
          cross join lateral (
            select case b.j when 0 then 1 + pg_temp.h(m, 99) % 4 when 1 then 1 + pg_temp.h(m, 99) % 2 else 1 end as quantity,
                   case when e.status = 'cancelled' then (case when pg_temp.h(m, 93) % 10 < 7 then 'refunded' else 'cancelled' end)
                        when e.status = 'completed' then (array['paid','paid','paid','paid','paid','paid','paid','paid','cancelled','refunded'])[1 + pg_temp.h(m, 93) % 10]
                        else (array['paid','paid','paid','paid','paid','paid','paid','pending','pending','cancelled'])[1 + pg_temp.h(m, 93) % 10]
                   end as status
          ) x;
      -- sold_count is what pending and paid bookings hold; some tiers of future shows are sold out.
      create temp table b_stock as
        select s.id, s.i, s.sold,
               s.sold + case when pg_temp.h(s.t, 100) % 10 = 0 then 0 else 20 + pg_temp.h(s.t, 101) % 300 end as quantity
          from (
            select b.t, b.id, b.i, coalesce(sum(k.quantity) filter (where k.status in ('pending', 'paid')), 0)::int as sold
              from b_tier b left join app_public.bookings k on k.tier_id = b.id
             group by b.t, b.id, b.i
          ) s;
      -- The database refuses tiers that offer more than the event holds: grow the capacity first where needed.
      update app_public.events e
         set capacity = q.total
        from (select e2.id, sum(s.quantity)::int as total from b_stock s join b_event e2 on e2.i = s.i group by e2.id) q
       where e.id = q.id and e.capacity < q.total;
      update app_public.ticket_tiers t
         set sold_count = s.sold, quantity = s.quantity
        from b_stock s
       where t.id = s.id;
      `,
      // Inserting bookings makes their tickets (one per seat), in the same statement.
      ["app_public.bookings", "app_public.tickets"],
    ],
    [
      "cancellations",
      `
      -- Past shows that were cancelled after selling (their bookings are already refunded or cancelled): the
      -- database's own cancellation closes what is left of their box office.
      update app_public.events e
         set status = 'cancelled'
        from b_event b
       where b.id = e.id and b.status = 'cancelled';
      `,
    ],
    [
      "ai agent logs",
      `
      insert into app_public.ai_agent_logs (id, organization_id, agent_run_id, agent_type, event_id, operation, model,
                                            input_data, output_data, prompt_tokens, completion_tokens, tokens_used,
                                            latency_ms, cost_usd, success, error_message, created_at)
        select pg_temp.bid('log', m), r.organization_id, r.id, r.agent_type, r.event_id, x.operation, x.model,
               jsonb_build_object('messages', jsonb_build_array(
                 jsonb_build_object('role', 'system', 'content', 'Eres directora de casting de desfiles de moda en Colombia.'),
                 jsonb_build_object('role', 'user', 'content', format('Evento %s. Recomienda personas de la lista de candidatos.', r.i)))),
               case when x.success then jsonb_build_object('recommendations', 8 + m % 5) end,
               x.prompt, x.completion, x.prompt + x.completion, x.latency,
               round((x.prompt * 0.3 + x.completion * 2.5) / 1000000.0 * (x.model <> 'local')::int, 6),
               x.success,
               case when not x.success then 'AI_TIMEOUT: The AI provider did not answer in time.' end,
               r.created_at + make_interval(secs => (m - 1) / ${R} + 1)
          from generate_series(1, ${plan.aiLogs}) m
          join b_run r on r.r = (m - 1) % ${R} + 1
          cross join lateral (
            select case when pg_temp.h(m, 110) % 10 = 0 then 'local' when pg_temp.h(m, 110) % 20 = 1 then 'repair' else 'generate' end as operation,
                   case when pg_temp.h(m, 110) % 10 = 0 then 'local' else 'google/gemini-2.5-flash' end as model,
                   case when pg_temp.h(m, 110) % 10 = 0 then 0 else 1800 + pg_temp.h(m, 111) % 2500 end as prompt,
                   case when pg_temp.h(m, 110) % 10 = 0 then 0 else 300 + pg_temp.h(m, 112) % 900 end as completion,
                   600 + pg_temp.h(m, 113) % 4000 as latency,
                   pg_temp.h(m, 114) % 25 <> 0 as success
          ) x;
      `,
      ["app_public.ai_agent_logs"],
    ],
  ];
}

/**
 * Consistency problems of the bench data (empty when consistent): stock
 * that disagrees with bookings, and children whose organization differs from
 * their parent's.
 */
export async function consistencyProblems(client: pg.Client | pg.PoolClient): Promise<string[]> {
  const checks: [string, string][] = [
    [
      "ticket tiers whose sold_count differs from their pending and paid bookings",
      `select count(*) from app_public.ticket_tiers t
        where t.sold_count <> coalesce((select sum(b.quantity) from app_public.bookings b
                                         where b.tier_id = t.id and b.status in ('pending', 'paid')), 0)`,
    ],
    ["ticket tiers sold above quantity", "select count(*) from app_public.ticket_tiers where sold_count > quantity"],
    [
      "bookings whose organization differs from their event's or tier's",
      `select count(*) from app_public.bookings b join app_public.events e on e.id = b.event_id
         join app_public.ticket_tiers t on t.id = b.tier_id
        where b.organization_id <> e.organization_id or b.organization_id <> t.organization_id or t.event_id <> b.event_id`,
    ],
    [
      "castings whose talent, event or brief belongs to another organization",
      `select count(*) from app_public.model_castings m join app_public.events e on e.id = m.event_id
         join app_public.talent t on t.id = m.talent_id left join app_public.casting_briefs b on b.id = m.brief_id
        where m.organization_id <> e.organization_id or m.organization_id <> t.organization_id
           or (b.id is not null and b.organization_id <> m.organization_id)`,
    ],
    [
      "events whose venue belongs to another organization",
      `select count(*) from app_public.events e join app_public.venues v on v.id = e.venue_id
        where v.organization_id <> e.organization_id`,
    ],
    [
      "looks and line-ups whose designer belongs to another organization",
      `select (select count(*) from app_public.looks l join app_public.designers d on d.id = l.designer_id
                where d.organization_id <> l.organization_id)
            + (select count(*) from app_public.event_designers l join app_public.designers d on d.id = l.designer_id
                where d.organization_id <> l.organization_id)`,
    ],
    [
      "AI logs whose organization differs from their run's",
      `select count(*) from app_public.ai_agent_logs l join app_public.agent_runs r on r.id = l.agent_run_id
        where l.organization_id <> r.organization_id`,
    ],
    [
      "minors without a guardian contact",
      `select count(*) from app_public.talent t
        where app_public.talent_is_minor(t) and t.erased_at is null
          and not exists (select 1 from app_public.talent_contacts c where c.talent_id = t.id and c.guardian_name is not null)`,
    ],
    [
      "bench organizations without one account per role",
      `select count(*) from app_public.organizations o
        where o.slug like 'bench-org-%'
          and (select count(distinct m.role) from app_public.memberships m where m.organization_id = o.id) <> 5`,
    ],
  ];
  const problems: string[] = [];
  for (const [label, sql] of checks) {
    const { rows } = await client.query(sql);
    const n = Number(Object.values(rows[0] ?? {})[0] ?? 0);
    if (n !== 0) problems.push(`${n} ${label}`);
  }
  return problems;
}

export function formatReport(report: DataReport): string {
  const lines = [
    `scale ${report.plan.scale}: ${report.seconds.toFixed(1)} s, database ${report.databaseSize}`,
    ...report.steps.map((s) => `  ${s.step.padEnd(28)} ${s.seconds.toFixed(1).padStart(7)} s`),
    "rows:",
    ...Object.entries(report.rows)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `  ${table.padEnd(28)} ${n.toLocaleString("en-US").padStart(12)}`),
  ];
  return lines.join("\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.number("scale", 1);
  const keep = args.flag("keep");
  const databaseUrl = args.string("database-url") ?? process.env.BENCH_DATABASE_URL;
  const log = (message: string) => console.error(message);
  let settings: DatabaseSettings;
  let stop = async () => {};
  if (databaseUrl) {
    settings = databaseSettings(databaseUrl, args.string("database") ?? BENCH_DATABASE);
    log(`[data] rebuilding database ${settings.databaseName} on the given server`);
    await buildBenchDatabase(databaseUrl, settings.databaseName, { statements: false });
  } else {
    const port = keep ? Number(process.env.BENCH_PG_PORT || 54339) : undefined;
    const keepDir = ".data/bench-postgres";
    const cluster = await startBenchCluster({ log, port, keepDir: keep ? join(PROJECT_ROOT, keepDir) : undefined });
    stop = () => cluster.stop();
    // --keep builds the database `npm start` uses, so the dashboard can be tried on it.
    const name = keep ? "fashionos" : BENCH_DATABASE;
    log(`[data] building ${name} (migrations, policies, demo data) on an embedded cluster at port ${cluster.port}`);
    settings = await buildBenchDatabase(cluster.serverUrl, name, { statements: false });
    if (keep) {
      log(
        `[data] kept: EMBEDDED_PG_DIR=${keepDir} EMBEDDED_PG_PORT=${cluster.port} npm start  (accounts: see bench/data.ts)`,
      );
    }
  }
  try {
    const report = await generateData(settings, { scale, log });
    const problems = await withClient(settings.ownerUrl, (client) => consistencyProblems(client));
    console.log(formatReport(report));
    console.log(problems.length ? `consistency problems:\n  ${problems.join("\n  ")}` : "consistency: ok");
    if (args.flag("json")) console.log(JSON.stringify({ ...report, problems }, null, 2));
    if (problems.length) process.exitCode = 1;
  } finally {
    await stop();
  }
}

if (import.meta.main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
