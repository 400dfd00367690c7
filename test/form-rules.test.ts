// The dashboard's form rules (shared/fields.ts) against the database itself:
// (a) every constraint a rule names exists (or a function raises it by name);
// (b) every check, unique, exclusion and foreign key constraint on a form's
//     columns is named by a rule, so a new database rule cannot be missed;
// (c) choices are exactly the values the database's check allows;
// (d) for boundary values of every field (derived from the rule: at and past
//     its limits, blanks, formats, characters outside the BMP) the zod schema
//     and PostgreSQL give the same verdict: what the schema accepts, the
//     database stores; what it refuses, the database refuses too;
// (e) ordered pairs (ends after starts, a price range, a sales window) agree;
// (f) every message a rule can produce exists in es-CO and English.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FieldRule,
  FORMS,
  type FormName,
  type FormRules,
  fieldOfRefusal,
  formSchema,
  MESSAGE_KEYS,
  type MessageKey,
  parseField,
  slugify,
  utcToZonedLocal,
  zonedLocalToUtc,
} from "../shared/fields.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";

const ROOT = resolve(import.meta.dirname, "..");
const NAMES = Object.keys(FORMS) as FormName[];
const rulesOf = (form: FormName) => FORMS[form] as FormRules;
const identity = (key: MessageKey) => key;
const unique = () => randomBytes(4).toString("hex");

let db: TestDatabase;
/** One row per form's table, owned by one organization, that probes update. */
const rows: Partial<Record<string, string>> = {};
let sameOrgDesigner = "";
let confirmedTalent = "";

beforeAll(async () => {
  db = await createTestDatabase();
  const q = async (sql: string, params: unknown[] = []) => (await db.owner.query(sql, params)).rows[0]?.id as string;
  const org = await q("insert into app_public.organizations (name, slug) values ('Reglas', $1) returning id", [
    `reglas-${unique()}`,
  ]);
  rows.organizations = org;
  const profile = await q(
    "insert into app_public.profiles (email, full_name) values ($1, 'Regla Persona') returning id",
    [`reglas-${unique()}@example.com`],
  );
  rows.profiles = profile;
  rows.memberships = await q(
    "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'admin') returning id",
    [org, profile],
  );
  rows.organization_invitations = await q(
    "insert into app_public.organization_invitations (organization_id, email, role) values ($1, $2, 'viewer') returning id",
    [org, `invitada-${unique()}@example.com`],
  );
  const venue = await q(
    "insert into app_public.venues (organization_id, name, city) values ($1, 'Ágora', 'Bogotá') returning id",
    [org],
  );
  rows.venues = venue;
  // Far apart, so either end alone can take any probe date.
  rows.events = await q(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, venue_id)
     values ($1, 'Reglas', 'reglas', '2000-01-01T00:00Z', '2100-01-01T00:00Z', $2) returning id`,
    [org, venue],
  );
  rows.designers = await q(
    "insert into app_public.designers (organization_id, name) values ($1, 'Diseño Uno') returning id",
    [org],
  );
  sameOrgDesigner = await q(
    "insert into app_public.designers (organization_id, name) values ($1, 'Diseño Dos') returning id",
    [org],
  );
  rows.event_designers = await q(
    "insert into app_public.event_designers (event_id, designer_id, show_order) values ($1, $2, 1) returning id",
    [rows.events, rows.designers],
  );
  rows.looks = await q(
    "insert into app_public.looks (event_id, designer_id, sequence, title) values ($1, $2, 1, 'Look') returning id",
    [rows.events, rows.designers],
  );
  confirmedTalent = await q(
    `insert into app_public.talent (organization_id, full_name, division, birth_date, height_cm)
     values ($1, 'Modelo Confirmada', 'women', '1996-01-01', 178) returning id`,
    [org],
  );
  await db.owner.query(
    "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'confirmed')",
    [rows.events, confirmedTalent],
  );
  rows.vendors = await q(
    "insert into app_public.vendors (organization_id, name, category, city) values ($1, 'Luces', 'lighting', 'Cali') returning id",
    [org],
  );
  rows.sponsors = await q("insert into app_public.sponsors (event_id, name) values ($1, 'Marca') returning id", [
    rows.events,
  ]);
  // On an event of their own: tiers count against their event's capacity, which the event probes change.
  const tierEvent = await q(
    `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
     values ($1, 'Boletas', 'boletas', '2000-01-01T00:00Z', '2100-01-01T00:00Z') returning id`,
    [org],
  );
  rows.guests = await q(
    "insert into app_public.guests (organization_id, full_name) values ($1, 'Invitada') returning id",
    [org],
  );
  // guest_contacts is keyed by its guest (no id column of its own).
  await db.owner.query("insert into app_public.guest_contacts (guest_id, email) values ($1, $2)", [
    rows.guests,
    `invitada-${unique()}@example.com`,
  ]);
  rows.guest_contacts = rows.guests;
  rows.ticket_tiers = await q(
    "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity) values ($1, 'General', 1000, 10) returning id",
    [tierEvent],
  );
});
afterAll(async () => {
  await db?.drop();
});

/** Column types, to cast probes as the API's values are cast. */
async function columnType(table: string, column: string): Promise<string> {
  const { rows: found } = await db.owner.query(
    `select format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
      where a.attrelid = ('app_public.' || $1)::regclass and a.attname = $2`,
    [table, column],
  );
  if (!found[0]) throw new Error(`no column ${table}.${column}`);
  return found[0].type;
}

/** Whether PostgreSQL accepts the value in the column (owner, in a rolled-back savepoint). */
async function databaseAccepts(
  client: pg.PoolClient,
  table: string,
  assignments: { column: string; value: unknown }[],
): Promise<{ ok: boolean; error?: string }> {
  const id = rows[table];
  if (!id) throw new Error(`no fixture row for ${table}`);
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const { column, value } of assignments) {
    params.push(value);
    sets.push(`${column} = $${params.length}::${await columnType(table, column)}`);
  }
  await client.query("savepoint probe");
  try {
    const key = table === "guest_contacts" ? "guest_id" : "id";
    await client.query(`update app_public.${table} set ${sets.join(", ")} where ${key} = $1`, params);
    // Deferred constraints (unique look numbers) are checked now.
    await client.query("set constraints all immediate");
    await client.query("rollback to savepoint probe");
    return { ok: true };
  } catch (error) {
    await client.query("rollback to savepoint probe");
    return { ok: false, error: `${(error as { code?: string }).code}: ${(error as Error).message}` };
  }
}

/** Whether a database function that takes a password accepts it (register: WEAKP under the minimum). */
async function passwordAccepted(client: pg.PoolClient, password: string) {
  await client.query("savepoint probe");
  try {
    await client.query("select app_public.register($1, $2, 'Regla')", [`clave-${unique()}@example.com`, password]);
    await client.query("rollback to savepoint probe");
    return { ok: true };
  } catch (error) {
    await client.query("rollback to savepoint probe");
    return { ok: false, error: (error as Error).message };
  }
}

const ASTRAL = "😀"; // one code point, two UTF-16 units

/** Values at and past the rule's limits, blanks and format cases. */
function probes(rule: FieldRule): string[] {
  const common = ["", "   "];
  switch (rule.kind) {
    case "text": {
      const fill = (n: number) => "a".repeat(n);
      const format: Record<string, string[]> = {
        email: ["ana@moda.co", "Ana.Perez+1@Moda.COM.co", "ana@moda", "ana moda@x.co", "@moda.co", "ana@@moda.co"],
        url: ["https://moda.co", "http://moda.co/x", "ftp://moda.co", "moda.co", "HTTPS://MODA.CO"],
        instagram: ["@moda_col", "moda.col", "@", "moda col", `@${fill(30)}`, fill(31), "@ñandu"],
        phone: ["+57 300 123 4567", "(601) 555-1234", "12345", "+57-300-ABC", "+"],
        slug: ["casa-de-moda", "Casa-De-Moda", "-moda", "moda-", "moda--bogota", "moda_bogota", "ñandu", "a1-b2"],
      };
      const lengths =
        rule.format === "email"
          ? [`${fill(rule.max - 7)}@moda.co`, `${fill(rule.max - 6)}@moda.co`]
          : rule.format === "url"
            ? [`https://${fill(rule.max - 8)}`, `https://${fill(rule.max - 7)}`]
            : rule.format === "instagram" || rule.format === "phone"
              ? []
              : rule.format === "slug"
                ? [fill(rule.max), fill(rule.max + 1)]
                : [
                    "a",
                    "  Nombre con espacios  ",
                    fill(rule.max),
                    fill(rule.max + 1),
                    ` ${fill(rule.max)} `,
                    ASTRAL.repeat(rule.max),
                    ASTRAL.repeat(rule.max + 1),
                    "ñ".repeat(rule.max),
                  ];
      return [...common, ...lengths, ...(rule.format ? (format[rule.format] ?? []) : [])];
    }
    case "integer":
      return [
        ...common,
        String(rule.min - 1),
        String(rule.min),
        String(rule.min + 1),
        String(rule.max),
        String(rule.max + 1),
        "+5",
        "1.5",
        "1e3",
        "abc",
      ];
    case "money":
      return [
        ...common,
        "0",
        "-1",
        "1250000",
        "1.250.000",
        "1,250,000",
        "$ 1.250.000",
        "1,5",
        "12.50",
        "9223372036854775807",
        "9223372036854775808",
      ];
    case "choice":
      return [...common, ...rule.values, "otro", rule.values[0]?.toUpperCase() ?? "X"];
    case "datetime":
      return [...common, "2026-03-01T19:00", "2026-02-30T19:00", "2026-03-01T24:00", "mañana", "2026-03-01"];
    case "reference":
      return [...common, "not-a-uuid"];
    case "password":
      return ["", "short", "123456789", "1234567890", " ".repeat(10), `${ASTRAL.repeat(9)}`];
    case "boolean":
      return [];
  }
}

/** Valid references of the fixture's organization, per column. */
function referenceProbes(column: string): string[] {
  if (column === "venue_id") return [rows.venues as string];
  if (column === "designer_id") return [sameOrgDesigner];
  if (column === "talent_id") return [confirmedTalent];
  return [];
}

describe("(a, b, c) the rules name the database's constraints", () => {
  it("every constraint a rule names exists, or a database function raises it by name", async () => {
    const { rows: functions } = await db.owner.query(
      "select prosrc from pg_proc where pronamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)",
    );
    const raised = new Set(
      functions.flatMap((f) => [...String(f.prosrc).matchAll(/constraint = '([a-z0-9_]+)'/g)].map((m) => m[1])),
    );
    const missing: string[] = [];
    for (const form of NAMES) {
      const { table, fields, order } = rulesOf(form);
      const named = [
        ...Object.values(fields).flatMap((rule) => [...rule.constraints, ...Object.keys(rule.server ?? {})]),
        ...(order ?? []).map((o) => o.constraint),
      ].filter((name) => /^[a-z0-9_]+$/.test(name));
      const { rows: existing } = await db.owner.query(
        "select conname from pg_constraint where conrelid = ('app_public.' || $1)::regclass",
        [table],
      );
      const names = new Set(existing.map((r) => r.conname));
      for (const name of named) if (!names.has(name) && !raised.has(name)) missing.push(`${form}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it("every check, unique, exclusion and foreign key constraint on a form's columns is named by a rule", async () => {
    const unnamed: string[] = [];
    for (const form of NAMES) {
      const { table, fields, order } = rulesOf(form);
      const columns = Object.values(fields).map((rule) => rule.column);
      const named = new Set([
        ...Object.values(fields).flatMap((rule) => [...rule.constraints, ...Object.keys(rule.server ?? {})]),
        ...(order ?? []).map((o) => o.constraint),
      ]);
      const { rows: constraints } = await db.owner.query(
        `select c.conname, array_agg(a.attname::text) as columns
           from pg_constraint c
           join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
          where c.conrelid = ('app_public.' || $1)::regclass and c.contype in ('c', 'u', 'x', 'f')
          group by c.conname`,
        [table],
      );
      for (const constraint of constraints) {
        const touches = (constraint.columns as string[]).some(
          (column) => columns.includes(column) && column !== "organization_id",
        );
        if (touches && !named.has(constraint.conname)) unnamed.push(`${form} (${table}): ${constraint.conname}`);
      }
    }
    expect(unnamed, "name these in shared/fields.ts (constraints, server or order)").toEqual([]);
  });

  it("choices are exactly the values the database allows", async () => {
    const mismatches: string[] = [];
    for (const form of NAMES) {
      const { table, fields } = rulesOf(form);
      for (const [name, rule] of Object.entries(fields)) {
        if (rule.kind !== "choice") continue;
        const definitions = await db.owner.query(
          `select pg_get_constraintdef(c.oid) as def from pg_constraint c
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
            where c.conrelid = ('app_public.' || $1)::regclass and c.contype = 'c' and a.attname = $2`,
          [table, rule.column],
        );
        const allowed = definitions.rows.flatMap((r) =>
          [...String(r.def).matchAll(/'([^']+)'::text/g)].map((m) => m[1]),
        );
        if ([...allowed].sort().join() !== [...rule.values].sort().join()) {
          mismatches.push(`${form}.${name}: database ${allowed.join(",")} vs rule ${rule.values.join(",")}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("required fields are the ones the database requires", async () => {
    const mismatches: string[] = [];
    for (const form of NAMES) {
      const { table, fields } = rulesOf(form);
      for (const [name, rule] of Object.entries(fields)) {
        if (rule.kind === "password" || rule.kind === "boolean") continue;
        const { rows: found } = await db.owner.query(
          `select a.attnotnull and a.atthasdef is false as required from pg_attribute a
            where a.attrelid = ('app_public.' || $1)::regclass and a.attname = $2`,
          [table, rule.column],
        );
        // NOT NULL without a default: the database needs a value; with a default (sponsor amount, a tier's
        // quantity…) the form still asks for one, so only "database requires ⇒ rule requires" is checked.
        if (found[0]?.required && !rule.required) mismatches.push(`${form}.${name}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("(d) each field: the schema and PostgreSQL give the same verdict", () => {
  for (const form of NAMES) {
    it(`${form}`, async () => {
      const { table, fields } = rulesOf(form);
      const disagreements: string[] = [];
      let probed = 0;
      const client = await db.owner.connect();
      try {
        await client.query("begin");
        for (const [name, rule] of Object.entries(fields)) {
          const values = [...probes(rule), ...(rule.kind === "reference" ? referenceProbes(rule.column) : [])];
          for (const raw of values) {
            const schema = formSchema(form, identity, { only: [name] }).safeParse({ [name]: raw });
            const written = schema.success ? (schema.data as Record<string, unknown>)[name] : raw;
            const database =
              rule.kind === "password"
                ? await passwordAccepted(client, raw)
                : await databaseAccepts(client, table, [{ column: rule.column, value: written }]);
            probed++;
            if (schema.success !== database.ok) {
              disagreements.push(
                `${form}.${name} ${JSON.stringify(raw).slice(0, 60)}: schema ${schema.success ? "accepts" : "refuses"}, database ${database.ok ? "accepts" : `refuses (${database.error?.slice(0, 120)})`}`,
              );
            }
          }
        }
      } finally {
        await client.query("rollback");
        client.release();
      }
      expect(disagreements).toEqual([]);
      const probeable = Object.values(fields).some((rule) => rule.kind !== "boolean");
      if (probeable) expect(probed).toBeGreaterThan(3);
    });
  }
});

describe("(e) ordered pairs", () => {
  const cases: Record<string, [string, string][]> = {
    datetime: [
      ["2026-03-01T19:00", "2026-03-01T22:00"],
      ["2026-03-01T19:00", "2026-03-01T19:00"],
      ["2026-03-01T22:00", "2026-03-01T19:00"],
    ],
    money: [
      ["100000", "200000"],
      ["200.000", "200000"],
      ["300000", "200.000"],
    ],
  };
  for (const form of NAMES) {
    for (const order of rulesOf(form).order ?? []) {
      it(`${form}: ${order.field} after ${order.other}`, async () => {
        const { table, fields } = rulesOf(form);
        const first = fields[order.other] as FieldRule;
        const second = fields[order.field] as FieldRule;
        const client = await db.owner.connect();
        const disagreements: string[] = [];
        try {
          await client.query("begin");
          for (const [before, after] of cases[first.kind] ?? []) {
            const schema = formSchema(form, identity, { only: [order.other, order.field] }).safeParse({
              [order.other]: before,
              [order.field]: after,
            });
            const value = (field: string, raw: string) =>
              (formSchema(form, identity, { only: [field] }).parse({ [field]: raw }) as Record<string, unknown>)[field];
            const database = await databaseAccepts(client, table, [
              { column: first.column, value: value(order.other, before) },
              { column: second.column, value: value(order.field, after) },
            ]);
            if (schema.success !== database.ok) {
              disagreements.push(
                `${before} → ${after}: schema ${schema.success}, database ${database.ok} ${database.error ?? ""}`,
              );
            }
            if (!schema.success) {
              expect(schema.error.issues[0]).toMatchObject({ path: [order.field], message: order.message });
              // The database's refusal lands on the same field with the same words.
              expect(fieldOfRefusal(form, { constraint: order.constraint })).toEqual({
                field: order.field,
                message: order.message,
              });
            }
          }
        } finally {
          await client.query("rollback");
          client.release();
        }
        expect(disagreements).toEqual([]);
      });
    }
  }
});

describe("(f) messages", () => {
  const catalogue = (file: string) => JSON.parse(readFileSync(join(ROOT, "web", "src", "i18n", file), "utf8"));
  const es = catalogue("es-CO.json");
  const en = catalogue("en.json");

  it("every message key exists in es-CO and English, and the rules use only those keys", () => {
    for (const key of MESSAGE_KEYS) {
      const [group, leaf] = key.split(".") as [string, string];
      expect(es[group]?.[leaf], `${key} in es-CO`).toEqual(expect.any(String));
      expect(en[group]?.[leaf], `${key} in en`).toEqual(expect.any(String));
    }
    const used = NAMES.flatMap((form) => [
      ...Object.values(rulesOf(form).fields).flatMap((rule) => Object.values(rule.server ?? {})),
      ...(rulesOf(form).order ?? []).map((o) => o.message),
    ]);
    expect(used.filter((key) => !(MESSAGE_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it("the schema speaks Spanish through the translate function", () => {
    const translate = (key: MessageKey, values?: Record<string, unknown>) => {
      const [group, leaf] = key.split(".") as [string, string];
      return String(es[group][leaf]).replace(/\{\{(\w+)\}\}/g, (_, name) => String(values?.[name] ?? ""));
    };
    const result = formSchema("venue", translate).safeParse({ name: "", city: "Bogotá", capacity: "0" });
    expect(result.success).toBe(false);
    const messages = result.success
      ? []
      : result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(messages).toEqual([
      `name: ${es.validation.required}`,
      `capacity: ${translate("validation.atLeast", { min: 1 })}`,
    ]);
  });

  it("a database refusal names its field: constraints and API reasons", () => {
    expect(fieldOfRefusal("event", { constraint: "events_organization_id_slug_key" })).toEqual({
      field: "slug",
      message: "validation.slugTaken",
    });
    expect(fieldOfRefusal("ticketTier", { reason: "OVER_CAPACITY" })).toEqual({
      field: "quantity",
      message: "validation.overCapacity",
    });
    expect(fieldOfRefusal("look", { constraint: "looks_talent_confirmed" })).toEqual({
      field: "talentId",
      message: "validation.modelNotConfirmed",
    });
    expect(fieldOfRefusal("venue", { constraint: "venues_name_length" })).toEqual({
      field: "name",
      message: "validation.tooLong",
      values: { max: 200 },
    });
    expect(fieldOfRefusal("venue", { constraint: "some_other_tables_constraint" })).toBeNull();
  });
});

describe("values", () => {
  it("datetime-local values are read on the event's wall clock and sent in UTC", () => {
    expect(zonedLocalToUtc("2026-03-01T19:00", "America/Bogota")).toBe("2026-03-02T00:00:00.000Z");
    expect(utcToZonedLocal("2026-03-02T00:00:00.000Z", "America/Bogota")).toBe("2026-03-01T19:00");
    // A zone with daylight saving, both sides of the change.
    expect(zonedLocalToUtc("2026-07-01T12:00", "Europe/Madrid")).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-01T12:00", "Europe/Madrid")).toBe("2026-01-01T11:00:00.000Z");
    expect(zonedLocalToUtc("2026-02-30T12:00")).toBeNull();
    // A zone this runtime does not know reads as America/Bogota instead of throwing.
    expect(zonedLocalToUtc("2026-03-01T19:00", "America/Bogotá")).toBe("2026-03-02T00:00:00.000Z");
    expect(utcToZonedLocal("2026-03-02T00:00:00.000Z", "Mars/Olympus")).toBe("2026-03-01T19:00");
    expect(parseField(FORMS.ticketTier.fields.priceCop, "$ 1.250.000")).toEqual({ ok: true, value: "1250000" });
  });

  it("slugs from titles keep to the database's slug format", () => {
    const rule = FORMS.event.fields.slug;
    for (const title of ["Noche de Diseño Independiente", "  ¡Moda & Café!  ", "Pasarela—2026 / Medellín", "ÑANDÚ"]) {
      const slug = slugify(title, rule.max);
      expect(parseField(rule, slug), title).toEqual({ ok: true, value: slug });
    }
    expect(slugify("Noche de Diseño Independiente")).toBe("noche-de-diseno-independiente");
  });
});
