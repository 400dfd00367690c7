// app_private.tier_counts(tier_id) was executable by visitors: it runs as its
// owner and answered any tier's paid and reserved tickets by id, another
// agency's private event included. It had been granted so that the tier's
// computed columns, which ran as the caller, could call it. The kind: a
// function outside app_public (the API's schema, where every function is a
// deliberate part of the API) that a request role can execute without a
// reason. This test lists, from the catalogue, every function outside
// app_public, pg_catalog and information_schema that the visitor, member or
// authenticator role may execute (EXECUTE on it and USAGE on its schema) and
// fails on any that is not on the short list below, each entry with the reason
// it is safe. Helpers that compute from their arguments alone must run as the
// caller; the SECURITY DEFINER ones answer only about the caller.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUuid } from "../db/seed/demo.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;

type Role = "anonymous" | "member" | "authenticator";
interface Allowed {
  roles: Role[];
  /**
   * "pure": computes from its arguments (and the system catalogue) only, runs as the caller. "self": runs as its
   * owner and answers about the caller only. "public": runs as its owner and answers only what is public anyway.
   */
  kind: "pure" | "self" | "public";
  why: string;
}

const ALLOWED: Record<string, Allowed> = {
  "app_private.has_org_role(uuid,text[])": {
    roles: ["anonymous", "member"],
    kind: "self",
    why: "policy helper: whether the caller holds one of these roles in the organization (the caller's own memberships)",
  },
  "app_private.organization_ids_with_role(text[])": {
    roles: ["anonymous", "member"],
    kind: "self",
    why: "policy helper: the caller's own organizations where they hold one of these roles",
  },
  "app_private.is_time_zone(text)": {
    roles: ["anonymous", "member"],
    kind: "pure",
    why: "check constraints (time zones) run as the writing role",
  },
  "app_private.text_array_fits(text[],integer,integer)": {
    roles: ["anonymous", "member"],
    kind: "pure",
    why: "check constraints (text[] lengths) run as the writing role",
  },
  "app_private.file_writer_roles(text)": {
    roles: ["member"],
    kind: "pure",
    why: "files' policies: which roles upload a kind of file (a constant per kind)",
  },
  "app_private.fold(text)": { roles: ["member"], kind: "pure", why: "roster search: accents and case folded" },
  "app_private.like_escape(text)": { roles: ["member"], kind: "pure", why: "escapes a LIKE pattern" },
  "app_private.contains_pattern(text)": { roles: ["member"], kind: "pure", why: "roster search: a LIKE pattern" },
  "app_private.talent_search_text(text,text,text,text)": {
    roles: ["member"],
    kind: "pure",
    why: "roster search: the folded text a person is found by",
  },
  "app_private.talent_search_ids(text[],text)": {
    roles: ["member"],
    kind: "self",
    why: "roster search: ids of talent in the rosters the caller may read (organization_ids_with_role), nobody else's",
  },
  "app_private.organization_day(uuid,date)": {
    roles: ["member"],
    kind: "public",
    why: "roster availability filter, once per availability row: a day in an organization's time zone, which every published event shows anyway (run as the caller, row-level security made the filter about six times slower)",
  },
  "app_private.error_reason(text)": {
    roles: ["member"],
    kind: "pure",
    why: "the import's problem list: a reason code per SQLSTATE",
  },
  "app_private.constraint_field(text)": {
    roles: ["member"],
    kind: "pure",
    why: "the import's problem list: the column a constraint names (system catalogue)",
  },
  "app_private.whatsapp_number(text)": { roles: ["member"], kind: "pure", why: "a phone number as WhatsApp's digits" },
};

/**
 * Extensions whose functions are in `public` and executable by everyone, as PostgreSQL installs them: each computes
 * from its arguments (hashes, case-insensitive text, index support, trigram similarity, accent removal) and reads no
 * table of ours. None is SECURITY DEFINER (checked below).
 */
const EXTENSIONS = ["pgcrypto", "citext", "btree_gist", "pg_trgm", "unaccent"];

interface Executable {
  signature: string;
  roles: Role[];
  definer: boolean;
  extension: string | null;
}
let executable: Executable[];

beforeAll(async () => {
  db = await createTestDatabase();
  const { anonymous, member, authenticator } = db.settings.roles;
  executable = (
    await db.owner.query<Executable>(
      `select p.oid::regprocedure::text as signature, p.prosecdef as definer,
              (select e.extname::text from pg_depend d join pg_extension e on e.oid = d.refobjid
                where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e') as extension,
              array(select r.name from (values ('anonymous', $1::text), ('member', $2::text), ('authenticator', $3::text)) r(name, role)
                     where has_function_privilege(r.role, p.oid, 'execute') and has_schema_privilege(r.role, n.oid, 'usage')) as roles
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname not in ('app_public', 'pg_catalog', 'information_schema') and n.nspname !~ '^pg_'
        order by 1`,
      [anonymous, member, authenticator],
    )
  ).rows.filter((f) => f.roles.length > 0);
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

describe("functions outside app_public that request roles may execute", () => {
  it("are found (the walk itself works)", () => {
    const names = executable.map((f) => f.signature);
    expect(names).toEqual(expect.arrayContaining(["app_private.has_org_role(uuid,text[])", "digest(text,text)"]));
  });

  it("are each on the list with a reason, for exactly the roles listed", () => {
    const unexpected: string[] = [];
    for (const f of executable) {
      if (f.extension) continue;
      const allowed = ALLOWED[f.signature];
      const extra = f.roles.filter((role) => !allowed?.roles.includes(role));
      if (extra.length) unexpected.push(`${f.signature} executable by ${extra.join(", ")}`);
    }
    expect(unexpected).toEqual([]);
  });

  it("run as the caller unless they answer only about the caller", () => {
    const wrong = executable.flatMap((f) => {
      const allowed = f.extension ? undefined : ALLOWED[f.signature];
      if (!allowed || (allowed.kind !== "pure") === f.definer) return [];
      return [`${f.signature}: ${f.definer ? "SECURITY DEFINER" : "SECURITY INVOKER"}, listed as ${allowed.kind}`];
    });
    expect(wrong).toEqual([]);
  });

  it("come from extensions only as those extensions install them, none running as its owner", () => {
    const extensions = executable.filter((f) => f.extension);
    expect([...new Set(extensions.map((f) => f.extension))].filter((e) => !EXTENSIONS.includes(e ?? ""))).toEqual([]);
    expect(extensions.filter((f) => f.definer).map((f) => f.signature)).toEqual([]);
  });

  it("leave nothing of graphile_worker's to request roles (no USAGE on its schema)", () => {
    expect(executable.filter((f) => f.signature.startsWith("graphile_worker.")).map((f) => f.signature)).toEqual([]);
  });
});

describe("the tier's box-office figures, now that tier_counts is nobody's", () => {
  const OWNER_A = demoUuid("profile:owner@bogota.fashionos.test");
  const OWNER_B = demoUuid("profile:owner@medellin.fashionos.test");

  it("a visitor cannot call tier_counts; availableCount still answers on a published public event", async () => {
    const tier = (
      await db.owner.query(
        `select t.id from app_public.ticket_tiers t join app_public.events e on e.id = t.event_id
          where e.status = 'published' and e.is_public order by t.id limit 1`,
      )
    ).rows[0].id;
    await db.asAnonymous(async (client) => {
      expect((await attempt(client, "select * from app_private.tier_counts($1)", [tier])).code).toBe("42501");
      const { rows } = await client.query(
        "select app_public.ticket_tiers_available_count(t) as available from app_public.ticket_tiers t where t.id = $1",
        [tier],
      );
      expect(rows[0].available).toBeGreaterThanOrEqual(0);
    });
  });

  it("members read their own tiers' paid and reserved tickets; another agency's member calls nothing", async () => {
    const tier = (
      await db.owner.query(
        `select t.id, app_private.tier_counts(t.id) as counts from app_public.ticket_tiers t
          join app_public.organizations o on o.id = t.organization_id and o.slug = 'moda-bogota' order by t.id limit 1`,
      )
    ).rows[0];
    await db.asProfile(OWNER_A, async (client) => {
      const { rows } = await client.query(
        "select app_public.ticket_tiers_paid_count(t) as paid, app_public.ticket_tiers_reserved_count(t) as reserved from app_public.ticket_tiers t where t.id = $1",
        [tier.id],
      );
      expect(rows[0].paid).toBeGreaterThanOrEqual(0);
      expect(rows[0].reserved).toBeGreaterThanOrEqual(0);
    });
    await db.asProfile(OWNER_B, async (client) => {
      expect((await attempt(client, "select * from app_private.tier_counts($1)", [tier.id])).code).toBe("42501");
    });
  });
});
