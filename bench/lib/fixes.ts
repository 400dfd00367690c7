// Changes to product SQL measured side by side, in the bench database only.
// A change not adopted yet is applied (committed, so every connection sees
// it), measured, and the definitions are put back from pg_get_functiondef. A
// change a migration has adopted is measured against the definition it
// replaced: that previous definition (read from the committed migration that
// had it) is installed for the "before" side and the adopted one put back
// after. Either way "before" is the previous definition and "after" the
// proposed or adopted one. Nothing here touches db/migrations or db/rls.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import { PROJECT_ROOT } from "../../shared/paths.ts";

/**
 * The `create or replace function <name>(…) … $$;` statement of a function as a committed
 * migration defined it: the previous definition a later migration replaced, read from the
 * migration itself (committed migrations never change).
 */
export function functionFromMigration(file: string, name: string): string {
  const text = readFileSync(join(PROJECT_ROOT, "db", "migrations", "committed", file), "utf8");
  const start = Math.max(
    text.lastIndexOf(`create or replace function ${name}(`),
    text.lastIndexOf(`create function ${name}(`),
  );
  if (start < 0) throw new Error(`${file} does not define ${name}`);
  const open = text.indexOf("$$", start);
  const close = text.indexOf("$$", open + 2);
  const end = text.indexOf(";", close);
  if (open < 0 || close < 0 || end < 0) throw new Error(`${file}: cannot read the body of ${name}`);
  return text.slice(start, end + 1).replace(/^create function /, "create or replace function ");
}

export interface FunctionChange {
  name: string;
  /** What changes and why, for the report. */
  change: string;
  /** Functions replaced, as schema.name. */
  functions: string[];
  /** The CREATE OR REPLACE statements, given the current definitions (schema.name → definition). */
  sql(originals: Map<string, string>): string;
  /** Whether the current definitions already contain the change (it was adopted by a migration). */
  adopted(originals: Map<string, string>): boolean;
  /** The definitions the change replaced, to measure an adopted change against ("before"). */
  previous(originals: Map<string, string>): string;
  /** The migration that adopted it, for the report. */
  adoptedIn?: string;
}

/** SQL functions that cannot be inlined (SECURITY DEFINER, SET) are planned again at every call site of every statement. */
export const PLPGSQL_POLICY_HELPERS: FunctionChange = {
  name: "policy helpers in PL/pgSQL",
  change:
    "current_profile_id, current_organization_ids and organization_ids_with_role rewritten in PL/pgSQL with the same " +
    "logic, SECURITY DEFINER and search_path. As LANGUAGE sql functions that cannot be inlined they are planned " +
    "again at every call, and every policy of every table a statement reads calls one (an InitPlan), nested helpers " +
    "included; PL/pgSQL keeps its plans for the session.",
  functions: [
    "app_public.current_profile_id",
    "app_public.current_organization_ids",
    "app_private.organization_ids_with_role",
  ],
  adopted: (originals) => [...originals.values()].every((d) => /LANGUAGE plpgsql/i.test(d)),
  adoptedIn: "000007",
  previous: () =>
    [
      functionFromMigration("000004-agent-platform-and-model-casting.sql", "app_public.current_profile_id"),
      functionFromMigration("000001-foundation.sql", "app_public.current_organization_ids"),
      functionFromMigration("000001-foundation.sql", "app_private.organization_ids_with_role"),
    ].join("\n"),
  sql: () => `
create or replace function app_public.current_profile_id() returns uuid
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  claim text := current_setting('jwt.claims.session_id', true);
  result uuid;
begin
  if claim ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select s.profile_id into result from app_private.sessions s
     where s.id = claim::uuid and s.revoked_at is null and s.expires_at > now();
  elsif coalesce(claim, '') = '' then
    select p.id into result from app_public.profiles p
     where p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), '');
  end if;
  return result;
end;
$$;
create or replace function app_public.current_organization_ids() returns uuid[]
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id());
end;
$$;
create or replace function app_private.organization_ids_with_role(roles text[]) returns uuid[]
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id() and m.role = any(roles));
end;
$$;`,
};

/** The view's consent test and the minor test, inlinable. */
export const INLINABLE_TALENT_HELPERS: FunctionChange = {
  name: "inlinable consent and age helpers",
  change:
    "talent_has_ai_consent and talent_is_minor without `set search_path` (they name no objects). A SQL function with a " +
    "SET clause is never inlined, so app_private.ai_talent_candidates calls them once per talent row it reads.",
  functions: ["app_public.talent_has_ai_consent", "app_public.talent_is_minor"],
  adopted: (originals) => [...originals.values()].every((d) => !/\bSET search_path/i.test(d)),
  adoptedIn: "000007",
  previous: () =>
    [
      functionFromMigration("000001-foundation.sql", "app_public.talent_has_ai_consent"),
      functionFromMigration("000001-foundation.sql", "app_public.talent_is_minor"),
    ].join("\n"),
  sql: () => `
create or replace function app_public.talent_has_ai_consent(t app_public.talent) returns boolean
language sql stable as $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and t.erased_at is null
     and 'ai_processing' = any(t.consent_purposes);
$$;
create or replace function app_public.talent_is_minor(t app_public.talent) returns boolean
language sql stable as $$
  select t.birth_date is not null and t.birth_date > (current_date - interval '18 years');
$$;`,
};

const ORG_JOIN = "join app_private.ai_talent_candidates c on c.organization_id = brief.organization_id";

/** The brief's organization as a value known when the scan starts, so talent is read by organization. */
export const CANDIDATES_BY_ORGANIZATION: FunctionChange = {
  name: "organization looked up first",
  change:
    "model_casting_candidates joins the roster on `c.organization_id = (select organization_id from casting_briefs " +
    "where id = brief_id)` instead of `= brief.organization_id`. The planner cannot know the brief's organization " +
    "when it plans the CTE join, so it hashes the whole talent table (every organization); as an InitPlan the " +
    "value is known at run time and talent is read through the (organization_id, division, height_cm) index.",
  functions: ["app_private.model_casting_candidates"],
  adopted: (originals) => !(originals.get("app_private.model_casting_candidates") ?? "").includes(ORG_JOIN),
  adoptedIn: "000007",
  previous: () =>
    functionFromMigration("000004-agent-platform-and-model-casting.sql", "app_private.model_casting_candidates"),
  sql(originals) {
    const original = originals.get("app_private.model_casting_candidates") ?? "";
    if (!original.includes(ORG_JOIN))
      throw new Error("model_casting_candidates changed: the bench's rewrite no longer applies");
    return `${original.replace(
      ORG_JOIN,
      "join app_private.ai_talent_candidates c on c.organization_id = (select b2.organization_id from app_public.casting_briefs b2 where b2.id = model_casting_candidates.brief_id)",
    )};`;
  },
};

const ACTIVE_RUN_LOOKUP = "r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running')";

/** request_model_casting's "is a run of this brief already queued or running?" lookup, able to use its index. */
export const ACTIVE_RUN_BY_INDEX: FunctionChange = {
  name: "active-run lookup that matches its partial index",
  change:
    "request_model_casting looks for a queued or running run of the brief with `r.input ->> 'briefId' = … and " +
    "r.status in ('queued', 'running')`, but agent_runs_one_active_per_brief is partial on `… and input ? 'briefId'`, " +
    "which that predicate does not imply, so every request scans all agent runs. Adding `and r.input ? 'briefId'` to " +
    "both lookups lets them use the index.",
  functions: ["app_public.request_model_casting"],
  adopted: (originals) => (originals.get("app_public.request_model_casting") ?? "").includes("r.input ? 'briefId'"),
  adoptedIn: "000012",
  previous: () =>
    functionFromMigration("000004-agent-platform-and-model-casting.sql", "app_public.request_model_casting"),
  sql(originals) {
    const original = originals.get("app_public.request_model_casting") ?? "";
    if (original.split(ACTIVE_RUN_LOOKUP).length !== 3) {
      throw new Error("request_model_casting changed: the bench's rewrite no longer applies");
    }
    return `${original.replaceAll(ACTIVE_RUN_LOOKUP, `${ACTIVE_RUN_LOOKUP} and r.input ? 'briefId'`)};`;
  },
};

/** Candidate retrieval read nearest the brief's height target first, stopping once no one further can rank higher. */
export const INDEX_ORDERED_CANDIDATES: FunctionChange = {
  name: "index-ordered candidate retrieval",
  change:
    "model_casting_candidates reads the roster in widening height bands around the brief's target through the " +
    "(organization_id, division, height_cm) index and stops when the band holds max_candidates eligible people " +
    "whose worst fit beats the best fit anyone outside it could have (the fit falls 2 points per cm from the " +
    "target). Before, it scored every eligible person of the organization (two anti-join probes each) and sorted " +
    "them to keep 40. Same candidates, same order.",
  functions: ["app_private.model_casting_candidates"],
  adopted: (originals) => /LANGUAGE plpgsql/i.test(originals.get("app_private.model_casting_candidates") ?? ""),
  adoptedIn: "000012",
  previous: () =>
    functionFromMigration(
      "000007-faster-policy-helpers-and-candidate-retrieval.sql",
      "app_private.model_casting_candidates",
    ),
  sql: () => {
    throw new Error("index-ordered candidate retrieval is defined by migration 000012 only");
  },
};

/** Every SQL change proposed for the agent path, applied together. */
export const AGENT_PATH_FIXES = [
  INLINABLE_TALENT_HELPERS,
  CANDIDATES_BY_ORGANIZATION,
  ACTIVE_RUN_BY_INDEX,
  PLPGSQL_POLICY_HELPERS,
];

/** The SQL that puts one side of a comparison in place ("before": previous, "after": proposed or adopted), or null when it is already there. */
export function sideSql(
  change: FunctionChange,
  originals: Map<string, string>,
  side: "before" | "after",
): string | null {
  const adopted = change.adopted(originals);
  if (adopted) return side === "before" ? change.previous(originals) : null;
  return side === "after" ? change.sql(originals) : null;
}

/**
 * Puts one side of each change in place (committed, so every connection sees it) and returns a
 * function that restores the definitions as they were.
 */
export async function applySide(
  pool: pg.Pool,
  changes: FunctionChange[],
  side: "before" | "after",
): Promise<() => Promise<void>> {
  const originals = await functionDefinitions(
    pool,
    changes.flatMap((c) => c.functions),
  );
  const statements = changes.flatMap((c) => sideSql(c, originals, side) ?? []);
  if (statements.length === 0) return async () => {};
  const client = await pool.connect();
  try {
    await client.query("begin");
    for (const statement of statements) await client.query(statement);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return async () => {
    for (const definition of originals.values()) await pool.query(definition);
  };
}

export async function functionDefinitions(
  client: pg.Pool | pg.Client | pg.PoolClient,
  functions: string[],
): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select n.nspname || '.' || p.proname as name, pg_get_functiondef(p.oid) as definition
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname || '.' || p.proname = any($1)`,
    [functions],
  );
  const found = new Map(rows.map((r) => [r.name, r.definition]));
  for (const name of functions) if (!found.has(name)) throw new Error(`function ${name} not found`);
  return found;
}

/** The changes not yet in the database (the others were adopted by a migration since the bench proposed them). */
export async function pendingChanges(
  client: pg.Pool | pg.Client | pg.PoolClient,
  changes: FunctionChange[],
): Promise<{ pending: FunctionChange[]; adopted: FunctionChange[] }> {
  const pending: FunctionChange[] = [];
  const adopted: FunctionChange[] = [];
  for (const change of changes) {
    (change.adopted(await functionDefinitions(client, change.functions)) ? adopted : pending).push(change);
  }
  return { pending, adopted };
}

/** Applies the changes not adopted yet (committed) and returns a function that restores the original definitions. */
export async function applyChanges(pool: pg.Pool, all: FunctionChange[]): Promise<() => Promise<void>> {
  const { pending: changes } = await pendingChanges(pool, all);
  if (changes.length === 0) return async () => {};
  const originals = await functionDefinitions(
    pool,
    changes.flatMap((c) => c.functions),
  );
  const client = await pool.connect();
  try {
    await client.query("begin");
    for (const change of changes) await client.query(change.sql(originals));
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return async () => {
    for (const definition of originals.values()) await pool.query(definition);
  };
}

/** Runs fn with the changes applied, then restores. */
export async function withChanges<T>(pool: pg.Pool, changes: FunctionChange[], fn: () => Promise<T>): Promise<T> {
  const restore = await applyChanges(pool, changes);
  try {
    return await fn();
  } finally {
    await restore();
  }
}
