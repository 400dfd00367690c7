// Candidate retrieval for casting at scale: app_private.model_casting_candidates
// as the worker calls it, for the next show of the organization holding the
// large roster (organization 1, 80 % of all talent) and of a typical one,
// timed over many iterations, with the plan of the function body. The
// definitions earlier migrations replaced (and any change still proposed)
// are tried inside transactions that are rolled back, so the bench database
// ends as it began.
import pg from "pg";
import { benchOrgSlug } from "../data.ts";
import type { BenchContext } from "../lib/context.ts";
import {
  CANDIDATES_BY_ORGANIZATION,
  type FunctionChange,
  functionDefinitions,
  INDEX_ORDERED_CANDIDATES,
  INLINABLE_TALENT_HELPERS,
  pendingChanges,
  sideSql,
} from "../lib/fixes.ts";
import { ratio, type Summary, summarize } from "../lib/stats.ts";

/** What the worker selects (tasks/agents/model-casting.ts). */
const CANDIDATES_SQL = `select talent_id, display_name, agency, city, willing_to_travel, division, height_cm, bust_cm, waist_cm, hips_cm,
       shoe_eu::text, hair_color, eye_color, is_minor, measurements_taken_on::text, fit_score::text
  from app_private.model_casting_candidates($1, $2)`;

const MAX_CANDIDATES = 40;

interface BriefInfo {
  organization: string;
  roster: number;
  withAiConsent: number;
  id: string;
  divisions: string[];
  heightMinCm: number | null;
  heightMaxCm: number | null;
  castingsOnEvent: number;
  eligible: number;
}

interface Measured {
  latencyMs: Summary;
  candidates: number;
  /** The candidates returned, in order (compared across variants). */
  ids?: string[];
}

export interface CandidateVariant {
  name: string;
  change: string | null;
  /** "previous": a definition a migration replaced (speed-ups are as committed ÷ it); "proposed": not adopted yet. */
  kind?: "committed" | "previous" | "proposed";
  large: Measured;
  typical: Measured;
  speedupLarge: number;
  speedupTypical: number;
  sameCandidates: boolean;
  /** EXPLAIN (ANALYZE, BUFFERS) of the body for the large roster's brief. */
  plan: string;
}

export interface CandidatesResult {
  /** Proposed changes already adopted by a migration (measured as part of the baseline). */
  adoptedChanges: string[];
  iterations: number;
  maxCandidates: number;
  totalTalent: number;
  large: BriefInfo;
  typical: BriefInfo;
  variants: CandidateVariant[];
}

/**
 * The plan of the function's work. A LANGUAGE sql body is explained as one statement; a PL/pgSQL
 * one (committed definitions only) is run once under auto_explain as the superuser, with the plans
 * of the statements it runs sent back as messages.
 */
async function explainBody(client: pg.Client, briefId: string, root: pg.Pool): Promise<string> {
  const { rows } = await client.query<{ prosrc: string; language: string }>(
    `select p.prosrc, l.lanname as language from pg_proc p
       join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
      where n.nspname = 'app_private' and p.proname = 'model_casting_candidates'`,
  );
  if (rows[0]?.language === "plpgsql") {
    const superuser = await root.connect();
    const plans: string[] = [];
    const onNotice = (notice: { message?: string }) => {
      if (notice.message?.includes("Query Text")) plans.push(notice.message);
    };
    superuser.on("notice", onNotice);
    try {
      await superuser.query("load 'auto_explain'");
      for (const setting of [
        "auto_explain.log_min_duration = 0",
        "auto_explain.log_analyze = on",
        "auto_explain.log_buffers = on",
        "auto_explain.log_nested_statements = on",
        "client_min_messages = log",
      ]) {
        await superuser.query(`set ${setting}`);
      }
      await superuser.query(CANDIDATES_SQL, [briefId, MAX_CANDIDATES]);
    } finally {
      await superuser.query("reset client_min_messages").catch(() => {});
      await superuser.query("set auto_explain.log_min_duration = -1").catch(() => {});
      superuser.off("notice", onNotice);
      superuser.release();
    }
    return plans.join("\n\n");
  }
  const body = (rows[0]?.prosrc ?? "")
    .replaceAll("model_casting_candidates.brief_id", "$1::uuid")
    .replaceAll("model_casting_candidates.max_candidates", "$2::int")
    .trim()
    .replace(/;\s*$/, "");
  const plan = await client.query(`explain (analyze, buffers) ${body}`, [briefId, MAX_CANDIDATES]);
  return plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function measure(client: pg.Client, briefId: string, iterations: number): Promise<Measured> {
  for (let i = 0; i < 3; i++) await client.query(CANDIDATES_SQL, [briefId, MAX_CANDIDATES]);
  const samples: number[] = [];
  let ids: string[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const { rows } = await client.query(CANDIDATES_SQL, [briefId, MAX_CANDIDATES]);
    samples.push(performance.now() - t0);
    ids = rows.map((r) => r.talent_id);
  }
  return Object.defineProperty({ latencyMs: summarize(samples), candidates: ids.length }, "ids", {
    value: ids,
    enumerable: false,
  }) as Measured;
}

async function briefOf(client: pg.Client, k: number): Promise<BriefInfo> {
  // The main brief of the organization's next show (its event already has castings).
  const { rows } = await client.query(
    `select o.id as organization_id, b.id, b.divisions, b.height_min_cm, b.height_max_cm,
            (select count(*)::int from app_public.model_castings m where m.event_id = b.event_id) as castings
       from app_public.organizations o
       join app_public.casting_briefs b on b.organization_id = o.id
       join app_public.events e on e.id = b.event_id
      where o.slug = $1 and e.starts_at > now()
      order by e.starts_at, b.title limit 1`,
    [benchOrgSlug(k)],
  );
  const brief = rows[0];
  if (!brief) throw new Error(`no upcoming brief in ${benchOrgSlug(k)}`);
  const { rows: counts } = await client.query(
    `select count(*)::int as roster,
            count(*) filter (where app_public.talent_has_ai_consent(t))::int as consent,
            (select count(*)::int from app_private.model_casting_candidates($2, 1000000)) as eligible
       from app_public.talent t where t.organization_id = $1`,
    [brief.organization_id, brief.id],
  );
  return {
    organization: benchOrgSlug(k),
    roster: counts[0]?.roster,
    withAiConsent: counts[0]?.consent,
    id: brief.id,
    divisions: brief.divisions,
    heightMinCm: brief.height_min_cm,
    heightMaxCm: brief.height_max_cm,
    castingsOnEvent: brief.castings,
    eligible: counts[0]?.eligible,
  };
}

export async function candidateRetrieval(ctx: BenchContext): Promise<CandidatesResult> {
  const client = new pg.Client({ connectionString: ctx.settings.ownerUrl });
  await client.connect();
  const iterations = ctx.config.candidateIterations;
  try {
    const large = await briefOf(client, 1);
    const typical = await briefOf(client, ctx.typicalOrg);
    const { rows: total } = await client.query("select count(*)::int as n from app_public.talent");
    const run = async (name: string, statements: string[]) => {
      await client.query("begin");
      try {
        for (const statement of statements) await client.query(statement);
        return {
          name,
          large: await measure(client, large.id, iterations),
          typical: await measure(client, typical.id, iterations),
          plan: await explainBody(client, large.id, ctx.root),
        };
      } finally {
        await client.query("rollback");
      }
    };
    const baseline = await run("as committed", []);
    const variants: CandidateVariant[] = [
      {
        ...baseline,
        change: null,
        kind: "committed",
        speedupLarge: 1,
        speedupTypical: 1,
        sameCandidates: true,
      },
    ];
    const sameAsBaseline = (m: { large: Measured; typical: Measured }) =>
      JSON.stringify([m.large.ids, m.typical.ids]) === JSON.stringify([baseline.large.ids, baseline.typical.ids]);
    const changes = [INDEX_ORDERED_CANDIDATES, CANDIDATES_BY_ORGANIZATION, INLINABLE_TALENT_HELPERS];
    const { pending, adopted } = await pendingChanges(client, changes);
    // The definitions migrations replaced, newest first: how much the adopted ones gained.
    for (const change of adopted) {
      const originals = await functionDefinitions(client, change.functions);
      const measured = await run(
        `previous definition, before ${change.name} (migration ${change.adoptedIn ?? "?"})`,
        [sideSql(change, originals, "before") ?? ""].filter(Boolean),
      );
      variants.push({
        ...measured,
        change: change.change,
        kind: "previous",
        speedupLarge: ratio(measured.large.latencyMs.p50, baseline.large.latencyMs.p50),
        speedupTypical: ratio(measured.typical.latencyMs.p50, baseline.typical.latencyMs.p50),
        sameCandidates: sameAsBaseline(measured),
      });
    }
    // Changes still proposed: how much they would gain.
    const experiments: [string, FunctionChange[]][] = pending.map((c) => [c.name, [c]]);
    if (pending.length > 1) experiments.push(["all proposed changes", pending]);
    for (const [name, group] of experiments) {
      const originals = await functionDefinitions(
        client,
        group.flatMap((c) => c.functions),
      );
      const measured = await run(
        name,
        group.map((c) => c.sql(originals)),
      );
      variants.push({
        ...measured,
        change: group.length === 1 ? (group[0]?.change ?? null) : "all the changes above",
        kind: "proposed",
        speedupLarge: ratio(baseline.large.latencyMs.p50, measured.large.latencyMs.p50),
        speedupTypical: ratio(baseline.typical.latencyMs.p50, measured.typical.latencyMs.p50),
        sameCandidates: sameAsBaseline(measured),
      });
    }
    for (const v of variants) {
      ctx.log(
        `[candidates] ${v.name.padEnd(34)} large roster (${large.roster}) p50 ${v.large.latencyMs.p50.toFixed(1)} ms, typical (${typical.roster}) p50 ${v.typical.latencyMs.p50.toFixed(1)} ms` +
          (v.change
            ? `; ${v.speedupLarge.toFixed(1)}× / ${v.speedupTypical.toFixed(1)}× faster, same candidates ${v.sameCandidates}`
            : ""),
      );
    }
    if (adopted.length) ctx.log(`[candidates] adopted by migrations: ${adopted.map((c) => c.name).join(", ")}`);
    return {
      adoptedChanges: adopted.map((c) => c.name),
      iterations,
      maxCandidates: MAX_CANDIDATES,
      totalTalent: total[0]?.n,
      large,
      typical,
      variants,
    };
  } finally {
    await client.end();
  }
}
