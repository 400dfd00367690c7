// Roster search and filters on `talents(condition: …)`, and the orders the
// roster offers, each backed by an index (migration 000013) so an
// 80,000-person roster pages as fast as a small one (BENCHMARKS.md, roster):
//
// - search: every word must appear in name, stage name, agency or city,
//   ignoring accents and case ("maria bogota" finds María … in Bogotá):
//   app_private.talent_search_text (unaccent + lower) LIKE '%word%', on a
//   pg_trgm GIN index, run by app_private.talent_search_ids because under
//   RLS only leakproof conditions may use an index;
// - city: the same city whatever its accents or case ("bogota" = "Bogotá"),
//   the same way;
// - availableOn: no unavailable or hold period on that day (in the
//   organization's time zone);
// - consent: active consent (any purpose, or one purpose), or none;
// - erased: people erased on request (false hides them).
// Orders: NAME (folded full name; HEIGHT_CM and CREATED_AT come with their
// indexes), each with the primary key after it so cursors are exact.
import { GraphQLEnumType } from "postgraphile/graphql";
import { addPgTableCondition, addPgTableOrderBy, orderByAscDesc } from "postgraphile/utils";

const TALENT = { schemaName: "app_public", tableName: "talent" };
const MAX_WORDS = 6;

/** The words of a search, as the SQL receives them (at most six, each at most 100 characters). */
export function searchWords(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(/\s+/)
    .map((word) => word.trim().slice(0, 100))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

const ConsentCondition = new GraphQLEnumType({
  name: "TalentConsentCondition",
  description: "Whose consent (Ley 1581 de 2012) a roster list keeps.",
  values: {
    ACTIVE: { value: "active", description: "Consent given for some purpose and not withdrawn." },
    CASTING: { value: "casting", description: "Active consent to casting by this agency." },
    AI_PROCESSING: { value: "ai_processing", description: "Active consent to processing by AI agents." },
    CONTACT: { value: "contact", description: "Active consent to communications by WhatsApp and email." },
    MARKETING: { value: "marketing", description: "Active consent to marketing." },
    NONE: { value: "none", description: "No active consent: never given, or withdrawn." },
  },
});

export const TalentSearchPlugins: GraphileConfig.Plugin[] = [
  addPgTableCondition(TALENT, "search", (build) => {
    const { sqlValueWithCodec, TYPES, listOfCodec } = build.dataplanPg;
    const { sql } = build;
    return {
      description:
        "Words that must all appear in the name, stage name, agency or city, ignoring accents and case (`maria bogota` finds María in Bogotá).",
      type: build.graphql.GraphQLString,
      apply(condition, value) {
        const words = searchWords(value);
        if (words.length === 0) return;
        // Through app_private.talent_search_ids: under RLS a LIKE on the
        // folded text could not use its index (see the function's comment).
        condition.where(
          sql`${condition.alias}.id in (select app_private.talent_search_ids(${sqlValueWithCodec(words, listOfCodec(TYPES.text))}, null))`,
        );
      },
    };
  }),
  addPgTableCondition(TALENT, "city", (build) => {
    const { sqlValueWithCodec, TYPES } = build.dataplanPg;
    const { sql } = build;
    return {
      description: "Home city, ignoring accents and case (`bogota` is Bogotá).",
      type: build.graphql.GraphQLString,
      apply(condition, value) {
        if (typeof value !== "string" || !value.trim()) return;
        condition.where(
          sql`${condition.alias}.id in (select app_private.talent_search_ids(null, ${sqlValueWithCodec(value.trim().slice(0, 100), TYPES.text)}))`,
        );
      },
    };
  }),
  addPgTableCondition(TALENT, "availableOn", (build) => {
    const { sqlValueWithCodec, TYPES } = build.dataplanPg;
    const { sql } = build;
    const dateType = build.getTypeByName("Date");
    if (!dateType || !build.graphql.isInputType(dateType)) throw new Error("The Date scalar is missing.");
    return {
      description:
        "People with no unavailable or hold period on this day (in the organization's time zone, America/Bogota by default).",
      type: dateType,
      apply(condition, value) {
        if (value == null) return;
        condition.where(
          (() => {
            const period = sql.identifier(Symbol("period"));
            return sql`not exists (
            select 1 from app_public.talent_availability ${period}
             where ${period}.talent_id = ${condition.alias}.id
               and ${period}.period && app_private.organization_day(${condition.alias}.organization_id, ${sqlValueWithCodec(value, TYPES.date)})
          )`;
          })(),
        );
      },
    };
  }),
  addPgTableCondition(TALENT, "consent", (build) => {
    const { sqlValueWithCodec, TYPES } = build.dataplanPg;
    const { sql } = build;
    return {
      description: "Keeps people by their consent (Ley 1581 de 2012).",
      type: ConsentCondition,
      apply(condition, value) {
        if (value == null) return;
        condition.where(
          (() => {
            const t = condition.alias;
            const active = sql`(${t}.consent_granted_at is not null and ${t}.consent_revoked_at is null and cardinality(${t}.consent_purposes) > 0)`;
            if (value === "none") return sql`not ${active}`;
            if (value === "active") return active;
            return sql`(${active} and ${sqlValueWithCodec(value, TYPES.text)} = any(${t}.consent_purposes))`;
          })(),
        );
      },
    };
  }),
  addPgTableCondition(TALENT, "erased", (build) => ({
    description: "true: only people erased on request (habeas data); false: only the others.",
    type: build.graphql.GraphQLBoolean,
    apply(condition, value) {
      if (typeof value !== "boolean") return;
      condition.where(build.sql`(${condition.alias}.erased_at is not null) = ${build.sql.literal(value)}`);
    },
  })),
  addPgTableOrderBy(TALENT, (build) => {
    const { TYPES } = build.dataplanPg;
    const { sql } = build;
    return orderByAscDesc(
      "NAME",
      // talent.name_key: the folded full name, stored and indexed with the organization.
      (queryBuilder) => ({ fragment: sql`${queryBuilder.alias}.name_key`, codec: TYPES.text }),
      { nullable: false },
    );
  }),
];
