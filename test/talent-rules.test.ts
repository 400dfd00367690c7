// The dashboard's talent rules (web/src/schemas/talent.ts) against the
// database's constraints: every constraint of talent and talent_contacts is
// mapped to the form field it guards (so a refusal shows next to that
// field), the numbers and lists are the catalog's, and for boundary and
// malformed values the zod schemas and PostgreSQL give the same verdict.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  CONSTRAINT_FIELDS,
  contactSchema,
  DIVISIONS,
  DOCUMENT_TYPES,
  RULES,
  talentDetailsSchema,
} from "../web/src/schemas/talent.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";

let db: TestDatabase;
let organization: string;
let constraints: { table: string; name: string; def: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  organization = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0]
    .id;
  constraints = (
    await db.owner.query(
      `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
         from pg_constraint c
        where c.conrelid in ('app_public.talent'::regclass, 'app_public.talent_contacts'::regclass) and c.contype = 'c'
        order by 2`,
    )
  ).rows;
});
afterAll(() => db?.drop());

const def = (name: string) => constraints.find((c) => c.name === name)?.def ?? "";
const listIn = (name: string) => [...def(name).matchAll(/'([^']*)'::text/g)].map((m) => m[1]);

describe("the catalog and the rules name the same things", () => {
  it("every check constraint of talent and talent_contacts is mapped to a form field", () => {
    expect(constraints.length).toBeGreaterThan(25);
    const unmapped = constraints.map((c) => c.name).filter((name) => !CONSTRAINT_FIELDS[name]);
    expect(unmapped).toEqual([]);
  });

  it("the constraints raised by functions and triggers, and the unique document index, are mapped too", async () => {
    const { rows } = await db.owner.query(
      `select p.proname, p.prosrc from pg_proc p where p.pronamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)`,
    );
    const raised = new Set<string>();
    for (const row of rows) {
      for (const m of (row.prosrc as string).matchAll(/constraint = '(talent_[a-z_]+)'/g)) raised.add(m[1] as string);
    }
    expect(raised.size).toBeGreaterThan(3);
    expect([...raised].filter((name) => !CONSTRAINT_FIELDS[name])).toEqual([]);
    const index = await db.owner.query("select 1 from pg_indexes where indexname = 'talent_contacts_document_idx'");
    expect(index.rowCount).toBe(1);
    expect(CONSTRAINT_FIELDS.talent_contacts_document_idx).toBe("documentNumber");
  });

  it("ranges, lengths and lists are the catalog's", () => {
    for (const [rule, column] of [
      ["heightCm", "height_cm"],
      ["bustCm", "bust_cm"],
      ["waistCm", "waist_cm"],
      ["hipsCm", "hips_cm"],
    ] as const) {
      expect(def(`talent_${column}_check`)).toBe(
        `CHECK (((${column} >= ${RULES[rule].min}) AND (${column} <= ${RULES[rule].max})))`,
      );
    }
    expect(def("talent_shoe_eu_check")).toContain(`(shoe_eu >= (${RULES.shoeEu.min})::numeric)`);
    expect(def("talent_shoe_eu_check")).toContain(`(shoe_eu <= (${RULES.shoeEu.max})::numeric)`);
    for (const [rule, name] of [
      ["stageName", "talent_stage_name_length"],
      ["agency", "talent_agency_length"],
      ["city", "talent_city_length"],
      ["gender", "talent_gender_length"],
      ["hairColor", "talent_hair_color_length"],
      ["eyeColor", "talent_eye_color_length"],
      ["fullName", "talent_full_name_length"],
      ["instagram", "talent_instagram_length"],
      ["email", "talent_contacts_email_length"],
      ["phone", "talent_contacts_phone_length"],
      ["guardianName", "talent_contacts_guardian_name_length"],
      ["documentNumber", "talent_contacts_document_number_length"],
    ] as const) {
      expect(def(name), name).toMatch(new RegExp(`<= ${RULES[rule].max}\\)`));
    }
    expect(listIn("talent_division_check")).toEqual([...DIVISIONS]);
    expect(listIn("talent_consent_purposes_check").sort()).toEqual([...CONSENT_PURPOSES].sort());
    expect(listIn("talent_consent_source_check")).toEqual([...CONSENT_SOURCES]);
    expect(listIn("talent_contacts_document_type_check")).toEqual([...DOCUMENT_TYPES]);
    expect(def("talent_birth_date_check")).toContain(`'${RULES.birthDate.after}'`);
  });
});

/*==========================================================================
 * The same verdict for the same value
 *==========================================================================*/

type Verdict = "ok" | "refused";

async function databaseVerdict(table: "talent" | "talent_contacts", column: string, value: unknown): Promise<Verdict> {
  const client: pg.PoolClient = await db.owner.connect();
  try {
    await client.query("begin");
    const person = (
      await client.query(
        "insert into app_public.talent (organization_id, full_name, division, birth_date) values ($1, 'Regla', 'women', '1990-01-01') returning id",
        [organization],
      )
    ).rows[0].id;
    const r =
      table === "talent"
        ? await attempt(client, `update app_public.talent set ${column} = $1 where id = $2`, [value, person])
        : await attempt(client, `insert into app_public.talent_contacts (talent_id, ${column}) values ($1, $2)`, [
            person,
            value,
          ]);
    return r.ok ? "ok" : "refused";
  } finally {
    await client.query("rollback");
    client.release();
  }
}

const BASE = { fullName: "Regla", division: "women" };

function zodVerdict(field: string, value: unknown, schema: "talent" | "contact"): Verdict {
  const parsed =
    schema === "talent"
      ? talentDetailsSchema.safeParse({ ...BASE, [field]: value })
      : contactSchema.safeParse({ [field]: value });
  return parsed.success ? "ok" : "refused";
}

/** Values at and around each rule's edges, and malformed ones. */
const CASES: { field: string; column: string; table: "talent" | "talent_contacts"; values: unknown[] }[] = [
  { field: "heightCm", column: "height_cm", table: "talent", values: [49, 50, 175, 230, 231] },
  { field: "bustCm", column: "bust_cm", table: "talent", values: [29, 30, 200, 201] },
  { field: "waistCm", column: "waist_cm", table: "talent", values: [29, 30, 200, 201] },
  { field: "hipsCm", column: "hips_cm", table: "talent", values: [29, 30, 200, 201] },
  { field: "shoeEu", column: "shoe_eu", table: "talent", values: [14.5, 15, 38.5, 52, 52.5] },
  {
    field: "instagram",
    column: "instagram",
    table: "talent",
    values: ["@sara.r", "sara_r", "@", "sara r", "ñandú", `@${"a".repeat(30)}`, `@${"a".repeat(31)}`],
  },
  { field: "division", column: "division", table: "talent", values: ["women", "mature", "giants", "Women"] },
  { field: "city", column: "city", table: "talent", values: ["Bogotá", "x".repeat(100), "x".repeat(101)] },
  { field: "stageName", column: "stage_name", table: "talent", values: ["x".repeat(200), "x".repeat(201)] },
  { field: "birthDate", column: "birth_date", table: "talent", values: ["1900-01-01", "1900-01-02", "2001-02-28"] },
  {
    field: "email",
    column: "email",
    table: "talent_contacts",
    values: ["sara@example.com", "sara@example", "sara example.com", "a@b.co", `${"a".repeat(310)}@example.com`],
  },
  {
    field: "phone",
    column: "phone",
    table: "talent_contacts",
    values: ["+57 300 123 4567", "(601) 555-1234", "12345", "+57-300-123-4567-0000-1", "300 abc 4567"],
  },
  { field: "guardianPhone", column: "guardian_phone", table: "talent_contacts", values: ["+57 310 000 1111", "12"] },
  { field: "guardianEmail", column: "guardian_email", table: "talent_contacts", values: ["luz@example.com", "luz@"] },
  {
    field: "documentNumber",
    column: "document_number",
    table: "talent_contacts",
    values: ["1020304050", "AB", "X-1234", "12 34", "1".repeat(21)],
  },
];

describe("zod and PostgreSQL give the same verdict", () => {
  for (const { field, column, table, values } of CASES) {
    it(`${field}: ${values.length} values`, async () => {
      const disagreements: string[] = [];
      for (const value of values) {
        // The contact's document has both halves or neither (its own rule, checked on both sides below).
        const dbValue = value;
        const db =
          column === "document_number"
            ? await documentVerdict(value as string)
            : await databaseVerdict(table, column, dbValue);
        const form = zodVerdict(
          field,
          typeof value === "number" ? String(value) : value,
          table === "talent" ? "talent" : "contact",
        );
        const formWithType =
          column === "document_number"
            ? contactSchema.safeParse({ documentType: "CC", documentNumber: value }).success
              ? "ok"
              : "refused"
            : form;
        if (db !== formWithType) disagreements.push(`${JSON.stringify(value)}: database ${db}, form ${formWithType}`);
      }
      expect(disagreements).toEqual([]);
    });
  }

  async function documentVerdict(number: string): Promise<Verdict> {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const person = (
        await client.query(
          "insert into app_public.talent (organization_id, full_name, division) values ($1, 'Documento', 'women') returning id",
          [organization],
        )
      ).rows[0].id;
      const r = await attempt(
        client,
        "insert into app_public.talent_contacts (talent_id, document_type, document_number) values ($1, 'CC', $2)",
        [person, number],
      );
      return r.ok ? "ok" : "refused";
    } finally {
      await client.query("rollback");
      client.release();
    }
  }

  it("a document needs both its type and its number, on both sides", async () => {
    expect(contactSchema.safeParse({ documentType: "CC" }).success).toBe(false);
    expect(contactSchema.safeParse({ documentNumber: "1020304050" }).success).toBe(false);
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const person = (
        await client.query(
          "insert into app_public.talent (organization_id, full_name, division) values ($1, 'Documento', 'women') returning id",
          [organization],
        )
      ).rows[0].id;
      const r = await attempt(
        client,
        "insert into app_public.talent_contacts (talent_id, document_type) values ($1, 'CC')",
        [person],
      );
      expect(r.code).toBe("23514");
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
});
