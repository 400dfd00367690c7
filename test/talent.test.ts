// Talent personal data (Ley 1581 de 2012): which people AI agents may
// process, minors and their guardians, erasure on request (habeas data), and
// the AI usage totals owners and admins see.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember, newOrganization, unique } from "./helpers/organizations.ts";

let db: TestDatabase;

/** db.committed() as the member role with a fresh session of the profile. */
async function committedAs<T>(profileId: string, fn: (client: pg.PoolClient) => Promise<T>) {
  return db.committed("member", { session_id: await db.sessionFor(profileId) }, fn);
}

interface TalentOptions {
  consentGrantedAt?: string | null;
  purposes?: string[];
  revokedAt?: string | null;
  erasedAt?: string | null;
  birthDate?: string | null;
}

/** A talent row written as the owner. Time options are intervals relative to now (e.g. "-30 days"). */
async function newTalent(organizationId: string, name: string, options: TalentOptions = {}): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.talent (organization_id, full_name, stage_name, division, height_cm, city, birth_date,
                                    consent_granted_at, consent_purposes, consent_source, consent_revoked_at, erased_at)
     values ($1, $2, $3, 'women', 178, 'Medellín', $4::date,
             now() + $5::interval, $6::text[], case when $5::interval is not null then 'signed_form' end,
             now() + $7::interval, now() + $8::interval)
     returning id`,
    [
      organizationId,
      name,
      `${name} Stage`,
      options.birthDate ?? "1998-04-12",
      options.consentGrantedAt === undefined ? "-30 days" : options.consentGrantedAt,
      options.purposes ?? [],
      options.revokedAt ?? null,
      options.erasedAt ?? null,
    ],
  );
  return rows[0].id;
}

async function countOf(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.owner.query(`select count(*)::int as n from (${sql}) q`, params);
  return rows[0].n;
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  if (!db) return;
  await db.drop();
});

describe("consent for AI processing", () => {
  let org: string;
  let otherOrg: string;
  let casting: string;
  const talent: Record<string, string> = {};

  beforeAll(async () => {
    org = await newOrganization(db, "consent");
    otherOrg = await newOrganization(db, "consent-other");
    casting = await newMember(db, org, "casting");
    talent.none = await newTalent(org, "Sin Consentimiento", { consentGrantedAt: null });
    talent.ai = await newTalent(org, "Con IA", { purposes: ["casting", "ai_processing"] });
    talent.noAi = await newTalent(org, "Sin IA", { purposes: ["casting", "contact", "marketing"] });
    talent.revoked = await newTalent(org, "Revocado", { purposes: ["casting", "ai_processing"], revokedAt: "-1 day" });
    talent.erased = await newTalent(org, "Borrado", { purposes: ["ai_processing"], erasedAt: "-1 hour" });
    talent.emptyPurposes = await newTalent(org, "Sin Propositos", { purposes: [] });
    talent.otherAi = await newTalent(otherOrg, "Otra Con IA", { purposes: ["ai_processing"] });
  });

  const candidateIds = async (client: pg.Pool | pg.PoolClient = db.owner) =>
    (
      await client.query(
        "select id from app_private.ai_talent_candidates where organization_id = any($1::uuid[]) order by id",
        [[org, otherOrg]],
      )
    ).rows.map((r) => r.id);

  it("ai_talent_candidates lists exactly the people with unrevoked, unerased ai_processing consent", async () => {
    expect(await candidateIds()).toEqual([talent.ai, talent.otherAi].sort());
  });

  it("ai_talent_candidates carries no contact or consent data", async () => {
    const { fields } = await db.owner.query("select * from app_private.ai_talent_candidates limit 0");
    const columns = fields.map((f) => f.name);
    expect(columns).toContain("display_name");
    for (const secret of [
      "full_name",
      "birth_date",
      "email",
      "phone",
      "guardian_name",
      "consent_purposes",
      "erased_at",
    ]) {
      expect(columns).not.toContain(secret);
    }
    const { rows } = await db.owner.query(
      "select display_name, is_minor from app_private.ai_talent_candidates where id = $1",
      [talent.ai],
    );
    expect(rows).toEqual([{ display_name: "Con IA Stage", is_minor: false }]);
  });

  it("talent_has_ai_consent() agrees with the view, for the owner and for casting staff", async () => {
    const expected = {
      [talent.none as string]: false,
      [talent.ai as string]: true,
      [talent.noAi as string]: false,
      [talent.revoked as string]: false,
      [talent.erased as string]: false,
      [talent.emptyPurposes as string]: false,
    };
    const asOwner = await db.owner.query(
      "select t.id, app_public.talent_has_ai_consent(t) as ok from app_public.talent t where t.organization_id = $1",
      [org],
    );
    expect(Object.fromEntries(asOwner.rows.map((r) => [r.id, r.ok]))).toEqual(expected);
    await db.asProfile(casting, async (client) => {
      const asCasting = await client.query(
        "select t.id, app_public.talent_has_ai_consent(t) as ok from app_public.talent t where t.organization_id = $1",
        [org],
      );
      expect(Object.fromEntries(asCasting.rows.map((r) => [r.id, r.ok]))).toEqual(expected);
    });
  });

  it("drops a person from the candidates as soon as consent is revoked", async () => {
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      await client.query("update app_public.talent set consent_revoked_at = now() where id = $1", [talent.ai]);
      expect(await candidateIds(client)).toEqual([talent.otherAi]);
    } finally {
      await client.query("rollback");
      client.release();
    }
    expect(await candidateIds()).toEqual([talent.ai, talent.otherAi].sort());
  });
});

describe("minors need a guardian contact (checked at commit)", () => {
  let org: string;
  let casting: string;
  beforeAll(async () => {
    org = await newOrganization(db, "minors");
    casting = await newMember(db, org, "casting");
  });

  const minorBirthDate = () => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() - 15);
    return d.toISOString().slice(0, 10);
  };
  const INSERT_TALENT =
    "insert into app_public.talent (organization_id, full_name, division, birth_date) values ($1, $2, 'kids', $3::date) returning id";

  it("refuses to commit a minor without a guardian contact (INVAL), and keeps nothing", async () => {
    const name = `Menor ${unique()}`;
    let insertedBeforeCommit = false;
    const result = await committedAs(casting, async (client) => {
      // The check is deferred: the insert itself succeeds.
      const { rowCount } = await client.query(INSERT_TALENT, [org, name, minorBirthDate()]);
      insertedBeforeCommit = rowCount === 1;
    });
    expect(insertedBeforeCommit).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.code, result.message).toBe("INVAL");
    expect(await countOf("select 1 from app_public.talent where full_name = $1", [name])).toBe(0);
  });

  it("refuses a guardian contact without a phone or email (INVAL)", async () => {
    const name = `Menor ${unique()}`;
    const result = await committedAs(casting, async (client) => {
      const { rows } = await client.query(INSERT_TALENT, [org, name, minorBirthDate()]);
      await client.query("insert into app_public.talent_contacts (talent_id, guardian_name) values ($1, 'Madre')", [
        rows[0].id,
      ]);
    });
    expect(result.code, result.message).toBe("INVAL");
    expect(await countOf("select 1 from app_public.talent where full_name = $1", [name])).toBe(0);
  });

  it("commits a minor whose guardian contact is added in the same transaction", async () => {
    const name = `Menor ${unique()}`;
    const result = await committedAs(casting, async (client) => {
      const { rows } = await client.query(INSERT_TALENT, [org, name, minorBirthDate()]);
      await client.query(
        "insert into app_public.talent_contacts (talent_id, guardian_name, guardian_phone) values ($1, 'Luz Marina Gómez', '+57 300 123 4567')",
        [rows[0].id],
      );
      return rows[0].id as string;
    });
    expect(result.ok, result.message).toBe(true);
    const { rows } = await db.owner.query(
      "select app_public.talent_is_minor(t) as minor, c.guardian_name from app_public.talent t join app_public.talent_contacts c on c.talent_id = t.id where t.id = $1",
      [result.value],
    );
    expect(rows).toEqual([{ minor: true, guardian_name: "Luz Marina Gómez" }]);
  });

  it("commits an adult without any contact", async () => {
    const result = await committedAs(casting, async (client) => {
      await client.query(INSERT_TALENT, [org, `Adulta ${unique()}`, "1995-01-01"]);
    });
    expect(result.ok, result.message).toBe(true);
  });

  it("refuses to commit a birth date change that makes someone without a guardian a minor (INVAL)", async () => {
    const id = await newTalent(org, "Cambio de Fecha");
    const result = await committedAs(casting, async (client) => {
      const { rowCount } = await client.query("update app_public.talent set birth_date = $2::date where id = $1", [
        id,
        minorBirthDate(),
      ]);
      return rowCount;
    });
    expect(result.code, result.message).toBe("INVAL");
    const { rows } = await db.owner.query(
      "select birth_date::text as birth_date from app_public.talent where id = $1",
      [id],
    );
    expect(rows).toEqual([{ birth_date: "1998-04-12" }]);
  });

  it("refuses to commit removing the only guardian contact of a minor (INVAL)", async () => {
    const created = await committedAs(casting, async (client) => {
      const { rows } = await client.query(INSERT_TALENT, [org, `Menor ${unique()}`, minorBirthDate()]);
      await client.query(
        "insert into app_public.talent_contacts (talent_id, guardian_name, guardian_email) values ($1, 'Padre', 'padre@example.com')",
        [rows[0].id],
      );
      return rows[0].id as string;
    });
    expect(created.ok, created.message).toBe(true);
    const removed = await committedAs(casting, async (client) => {
      return (await client.query("delete from app_public.talent_contacts where talent_id = $1", [created.value]))
        .rowCount;
    });
    expect(removed.ok, "deleting a minor's only guardian contact must not commit").toBe(false);
    expect(removed.code, removed.message).toBe("INVAL");
    expect(await countOf("select 1 from app_public.talent_contacts where talent_id = $1", [created.value])).toBe(1);
  });
});

describe("erase_talent", () => {
  let org: string;
  let otherOrg: string;
  let event: string;
  let casting: string;
  let viewer: string;
  let otherCasting: string;
  let booking: string;

  beforeAll(async () => {
    org = await newOrganization(db, "erase");
    otherOrg = await newOrganization(db, "erase-other");
    casting = await newMember(db, org, "casting");
    viewer = await newMember(db, org, "viewer");
    otherCasting = await newMember(db, otherOrg, "casting");
    const events = await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, status, is_public)
       values ($1, 'Medellín Moda', $2, now() + interval '20 days', now() + interval '20 days 4 hours', 'published', true)
       returning id`,
      [org, `moda-${unique()}`],
    );
    event = events.rows[0].id;
    const tiers = await db.owner.query(
      "insert into app_public.ticket_tiers (event_id, name, price_cop, quantity, sold_count) values ($1, 'General', 60000, 100, 2) returning id",
      [event],
    );
    const bookings = await db.owner.query(
      `insert into app_public.bookings (organization_id, event_id, tier_id, buyer_name, buyer_email, quantity, total_cop)
       values ($1, $2, $3, 'Sofía Arango', 'sofia@example.com', 2, 120000) returning id`,
      [org, event, tiers.rows[0].id],
    );
    booking = bookings.rows[0].id;
  });

  /** A fully described person with contacts, availability and a casting for the event. */
  async function richTalent(birthDate = "1999-07-20"): Promise<{ id: string; castingId: string }> {
    // One transaction, so a minor and their guardian contact are committed together.
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const result = await richTalentIn(client, birthDate);
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
  }

  async function richTalentIn(client: pg.PoolClient, birthDate: string): Promise<{ id: string; castingId: string }> {
    const { rows } = await client.query(
      `insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division, gender,
                                      height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                      measurements_taken_on, birth_date, portfolio_urls, instagram,
                                      consent_granted_at, consent_purposes, consent_source)
       values ($1, 'Daniela Restrepo Vélez', 'Dani R', 'Stock Models', 'Cali', true, 'women', 'femenino',
               180, 84, 61, 90, 39.5, 'castaño', 'miel', '2024-11-02', $2::date,
               '{https://example.com/a.jpg,https://example.com/b.jpg}', '@dani.r',
               now() - interval '60 days', '{casting,ai_processing,contact}', 'agency_contract')
       returning id`,
      [org, birthDate],
    );
    const id = rows[0].id as string;
    await client.query(
      `insert into app_public.talent_contacts (talent_id, email, phone, guardian_name, guardian_phone)
       values ($1, 'dani@example.com', '+57 310 555 0000', 'Marta Vélez', '+57 311 555 0000')`,
      [id],
    );
    await client.query(
      `insert into app_public.talent_availability (talent_id, period, kind, notes) values
         ($1, tstzrange(now() + interval '1 day', now() + interval '3 days'), 'unavailable', 'Viaje a Bogotá'),
         ($1, tstzrange(now() + interval '5 days', now() + interval '6 days'), 'hold', 'Campaña')`,
      [id],
    );
    const castings = await client.query(
      `insert into app_public.model_castings (event_id, talent_id, status, ai_match_score, ai_reasoning, contact_priority)
       values ($1, $2, 'confirmed', 92, 'Altura y experiencia en pasarela', 'high') returning id`,
      [event, id],
    );
    return { id, castingId: castings.rows[0].id };
  }

  const snapshot = async () => ({
    castings: await countOf("select 1 from app_public.model_castings where organization_id = $1", [org]),
    bookings: await countOf("select 1 from app_public.bookings where organization_id = $1", [org]),
    booking: (await db.owner.query("select to_jsonb(b) as row from app_public.bookings b where id = $1", [booking]))
      .rows[0].row,
  });

  it("anonymises the person for casting staff: personal data cleared, contacts and availability deleted", async () => {
    const { id, castingId } = await richTalent();
    const before = await snapshot();

    const result = await committedAs(casting, async (client) => {
      return (await client.query("select * from app_public.erase_talent($1)", [id])).rows[0];
    });
    expect(result.ok, result.message).toBe(true);
    expect(result.value).toMatchObject({ id, full_name: "Persona anonimizada" });

    const { rows } = await db.owner.query("select * from app_public.talent where id = $1", [id]);
    const person = rows[0];
    expect(person).toMatchObject({
      organization_id: org,
      full_name: "Persona anonimizada",
      stage_name: null,
      agency: null,
      city: null,
      gender: null,
      height_cm: null,
      bust_cm: null,
      waist_cm: null,
      hips_cm: null,
      shoe_eu: null,
      hair_color: null,
      eye_color: null,
      measurements_taken_on: null,
      birth_date: null,
      portfolio_urls: [],
      instagram: null,
      consent_purposes: [],
    });
    expect(person.erased_at).toBeInstanceOf(Date);
    expect(person.consent_revoked_at).toBeInstanceOf(Date);
    expect(await countOf("select 1 from app_public.talent_contacts where talent_id = $1", [id])).toBe(0);
    expect(await countOf("select 1 from app_public.talent_availability where talent_id = $1", [id])).toBe(0);

    // Castings and the organization's bookings stay; only the AI's words about the person go.
    const castings = await db.owner.query(
      "select id, status, ai_match_score, ai_reasoning from app_public.model_castings where talent_id = $1",
      [id],
    );
    expect(castings.rows).toEqual([{ id: castingId, status: "confirmed", ai_match_score: 92, ai_reasoning: null }]);
    expect(await snapshot()).toEqual(before);

    // And the AI agents may no longer process them.
    expect(await countOf("select 1 from app_private.ai_talent_candidates where id = $1", [id])).toBe(0);
    const consent = await db.owner.query(
      "select app_public.talent_has_ai_consent(t) as ok from app_public.talent t where id = $1",
      [id],
    );
    expect(consent.rows[0].ok).toBe(false);
  });

  it("erases a minor too, although their guardian contact goes with the rest", async () => {
    const fifteen = new Date();
    fifteen.setUTCFullYear(fifteen.getUTCFullYear() - 15);
    const { id } = await richTalent(fifteen.toISOString().slice(0, 10));
    const result = await committedAs(casting, async (client) => {
      return (await client.query("select erased_at from app_public.erase_talent($1)", [id])).rows[0];
    });
    expect(result.ok, result.message).toBe(true);
    expect(await countOf("select 1 from app_public.talent where id = $1 and erased_at is not null", [id])).toBe(1);
  });

  it("refuses a viewer of the organization (DNIED) and changes nothing", async () => {
    const { id } = await richTalent();
    await db.asProfile(viewer, async (client) => {
      // Viewers do not see talent at all...
      expect((await client.query("select id from app_public.talent where id = $1", [id])).rowCount).toBe(0);
      // ...and the function, running as definer, says they may not.
      const result = await attempt(client, "select app_public.erase_talent($1)", [id]);
      expect(result.code, result.message).toBe("DNIED");
    });
    const { rows } = await db.owner.query("select full_name, erased_at from app_public.talent where id = $1", [id]);
    expect(rows).toEqual([{ full_name: "Daniela Restrepo Vélez", erased_at: null }]);
  });

  it("answers casting staff of another organization as if the person did not exist (NTFND)", async () => {
    const { id } = await richTalent();
    const result = await committedAs(otherCasting, async (client) => {
      return (await client.query("select app_public.erase_talent($1)", [id])).rows;
    });
    expect(result.code, result.message).toBe("NTFND");
    expect(await countOf("select 1 from app_public.talent_contacts where talent_id = $1", [id])).toBe(1);
    expect(await countOf("select 1 from app_public.talent where id = $1 and erased_at is null", [id])).toBe(1);
  });

  it("gives an unknown id NTFND, and refuses anonymous visitors", async () => {
    await db.asProfile(casting, async (client) => {
      const result = await attempt(client, "select app_public.erase_talent($1)", [
        "00000000-0000-4000-8000-000000000000",
      ]);
      expect(result.code).toBe("NTFND");
    });
    const { id } = await richTalent();
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, "select app_public.erase_talent($1)", [id]);
      expect(result.code).toBe("42501");
    });
  });
});

describe("erasure reaches every column that can hold talent data (Ley 1581: supresión)", () => {
  // The columns are read from the catalog: the free text (text, citext,
  // json, jsonb, text[]) of every table that references talent, and of the AI
  // agents' records (agent_runs, ai_agent_logs and every table that
  // references agent_runs). A column limited to a list of values cannot hold
  // a person and is left out (checked, not assumed). Every other column gets
  // the person planted in it, then erase_talent runs once, and none of them
  // may still hold the person's name, agency, city or measurements.
  interface DataColumn {
    table_name: string;
    column_name: string;
    type: string;
    /** Why it may hold the person: "references talent" or "AI record". */
    source: string;
    closed: boolean;
  }

  async function dataColumns(): Promise<DataColumn[]> {
    const { rows } = await db.owner.query(`
      with tables as (
        select distinct c.conrelid as oid, 'references talent' as source from pg_constraint c
         where c.contype = 'f' and c.confrelid = 'app_public.talent'::regclass
        union
        select 'app_public.agent_runs'::regclass, 'AI record'
        union
        select c.conrelid, 'AI record' from pg_constraint c
         where c.contype = 'f' and c.confrelid = 'app_public.agent_runs'::regclass
      )
      select t.oid::regclass::text as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type,
             string_agg(t.source, ', ' order by t.source) as source,
             exists (select 1 from pg_constraint k where k.conrelid = t.oid and k.contype = 'c' and k.conkey = array[a.attnum]
                        and pg_get_constraintdef(k.oid) ~ ('^CHECK \\(\\(' || a.attname || ' = ANY \\(ARRAY\\[')) as closed
        from tables t
        join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
       where a.atttypid in ('text'::regtype, 'citext'::regtype, 'varchar'::regtype, 'json'::regtype, 'jsonb'::regtype,
                            'text[]'::regtype)
       group by t.oid, a.attname, a.atttypid, a.atttypmod, a.attnum
       order by 1, 2`);
    return rows.map((r) => ({ ...r, table_name: r.table_name.replace(/^app_public\./, "") }));
  }

  const NAME = "Valentina Ospina Herrera";
  const STAGE = "Vale O";
  const AGENCY = "Agencia Colibrí";
  const CITY = "Bucaramanga";
  const MEASURES = "177-83-60-89";
  const MARKERS = [NAME, STAGE, AGENCY, CITY, MEASURES];

  let org: string;
  let casting: string;
  let person: string;
  let other: string;
  /** One row per table, each tied to the person (tables referencing talent) or to the organization (AI records). */
  let rows: Record<string, string>;
  /** A second AI log that names the person without their id. */
  let nameOnlyLog: string;

  /** What gets planted: the person as a prompt, an answer and a note would carry them. */
  function plant(column: DataColumn): unknown {
    const card = { talent_id: person, nombre: STAGE, agencia: AGENCY, ciudad: CITY, medidas: MEASURES };
    const someoneElse = { talent_id: other, nombre: "Otra Modelo", agencia: "Otra Agencia", ciudad: "Cali" };
    const text =
      column.source === "references talent"
        ? `${STAGE} (${NAME}) de ${AGENCY}, ${CITY}, medidas ${MEASURES}`
        : `Candidata ${person}: ${STAGE}, ${AGENCY}, ${CITY}, ${MEASURES}`;
    if (column.type === "jsonb" || column.type === "json") {
      return JSON.stringify({
        messages: [{ role: "user", content: JSON.stringify([card, someoneElse]) }],
        recommendation: { talent_id: person, reasoning: `${STAGE} encaja: ${MEASURES}` },
        talentIds: [person, other],
        nota: `${NAME} confirmó por WhatsApp`,
        otra: someoneElse,
      });
    }
    if (column.type === "text[]") return [text];
    return text;
  }

  beforeAll(async () => {
    org = await newOrganization(db, "erase-reach");
    casting = await newMember(db, org, "casting");
    const owner = await newMember(db, org, "owner");
    const client = await db.owner.connect();
    try {
      await client.query("begin");
      const talent = await client.query(
        `insert into app_public.talent (organization_id, full_name, stage_name, agency, city, division, height_cm,
                                        bust_cm, waist_cm, hips_cm, consent_granted_at, consent_purposes, consent_source)
         values ($1, $2, $3, $4, $5, 'women', 177, 83, 60, 89, now(), '{casting,ai_processing}', 'signed_form'),
                ($1, 'Otra Modelo', null, 'Otra Agencia', 'Cali', 'women', 175, 80, 60, 88, now(), '{casting}', 'signed_form')
         returning id`,
        [org, NAME, STAGE, AGENCY, CITY],
      );
      person = talent.rows[0].id;
      other = talent.rows[1].id;
      const event = (
        await client.query(
          `insert into app_public.events (organization_id, title, slug, starts_at, ends_at)
           values ($1, 'Colección Andina', $2, now() + interval '40 days', now() + interval '40 days 3 hours') returning id`,
          [org, `andina-${unique()}`],
        )
      ).rows[0].id;
      const run = (
        await client.query(
          `insert into app_public.agent_runs (organization_id, event_id, agent_type, status, requested_by, input)
           values ($1, $2, 'model_casting', 'succeeded', $3, '{}') returning id`,
          [org, event, owner],
        )
      ).rows[0].id;
      const id = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0].id as string;
      const schedule = await id(
        "insert into app_public.runway_schedules (event_id, agent_run_id) values ($1, $2) returning id",
        [event, run],
      );
      const vendor = await id(
        "insert into app_public.vendors (organization_id, name, category, city) values ($1, 'Luces Andinas', 'lighting', 'Bogotá') returning id",
        [org],
      );
      rows = {
        talent_contacts: await id(
          "insert into app_public.talent_contacts (talent_id, email, phone) values ($1, 'vale@example.com', '+57 300 000 0000') returning talent_id as id",
          [person],
        ),
        talent_availability: await id(
          "insert into app_public.talent_availability (talent_id, period, kind, notes) values ($1, tstzrange(now() + interval '1 day', now() + interval '2 days'), 'hold', 'x') returning id",
          [person],
        ),
        model_castings: await id(
          "insert into app_public.model_castings (event_id, talent_id, status, agent_run_id) values ($1, $2, 'suggested', $3) returning id",
          [event, person, run],
        ),
        runway_schedules: schedule,
        runway_slots: await id(
          "insert into app_public.runway_slots (schedule_id, sequence, talent_id, walk_starts_at) values ($1, 1, $2, '0 seconds') returning id",
          [schedule, person],
        ),
        agent_runs: run,
        ai_agent_logs: await id(
          "insert into app_public.ai_agent_logs (organization_id, agent_run_id, agent_type, event_id, operation, model, tokens_used, cost_usd, success) values ($1, $2, 'model_casting', $3, 'generate', 'test-model', 1234, 0.0123, true) returning id",
          [org, run, event],
        ),
        event_health_reports: await id(
          "insert into app_public.event_health_reports (event_id, organization_id, report_date, status, checks, summary, summary_run_id) values ($1, $2, '2030-01-01', 'amber', '[]', 'Resumen', $3) returning id",
          [event, org, run],
        ),
        vendor_recommendations: await id(
          "insert into app_public.vendor_recommendations (event_id, vendor_id, category, agent_run_id) values ($1, $2, 'lighting', $3) returning id",
          [event, vendor, run],
        ),
        inbox_messages: await id(
          "insert into app_public.inbox_messages (organization_id, provider_message_id, event_id, talent_id, message_type, body, sent_at) values ($1, 'wamid.erasure-test', $2, $3, 'text', 'Hola', now()) returning id",
          [org, event, person],
        ),
        outbound_messages: await id(
          `insert into app_public.outbound_messages (organization_id, event_id, channel, purpose, recipient_kind, talent_id,
                                                     recipient_address, template_key, cause_kind, cause_id)
           values ($1, $2, 'email', 'casting', 'talent', $3, 'vale@example.com', 'casting_invitation', 'test', gen_random_uuid())
           returning id`,
          [org, event, person],
        ),
        email_drafts: await id(
          `insert into app_public.email_drafts (organization_id, event_id, kind, audience, agent_run_id)
           values ($1, $2, 'reminder', 'confirmed_talent', $3) returning id`,
          [org, event, run],
        ),
        communication_opt_outs: await id(
          `insert into app_public.communication_opt_outs (organization_id, channel, recipient_kind, recipient_id, talent_id, address, source)
           values ($1, 'whatsapp', 'talent', $2, $2, '+57 300 000 0000', 'whatsapp_reply') returning id`,
          [org, person],
        ),
      };
      nameOnlyLog = await id(
        `insert into app_public.ai_agent_logs (organization_id, agent_run_id, agent_type, operation, model, error_message, input_data, success)
         values ($1, $2, 'whatsapp_automation', 'generate', 'test-model', $3, $4, false) returning id`,
        [
          org,
          run,
          `No se pudo escribir a ${NAME} (${STAGE}).`,
          JSON.stringify({ saludo: `Hola ${STAGE}, ¿confirmas?` }),
        ],
      );
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
  });

  it("lists the columns from the catalog (not vacuous) and checks which are closed lists", async () => {
    const columns = await dataColumns();
    const free = columns.filter((c) => !c.closed).map((c) => `${c.table_name}.${c.column_name}`);
    expect(free).toEqual(
      expect.arrayContaining([
        "model_castings.ai_reasoning",
        "ai_agent_logs.input_data",
        "ai_agent_logs.output_data",
        "ai_agent_logs.error_message",
        "agent_runs.output",
        "agent_runs.error_message",
        "talent_contacts.guardian_name",
        "talent_availability.notes",
      ]),
    );
    const closed = columns.filter((c) => c.closed).map((c) => `${c.table_name}.${c.column_name}`);
    expect(closed).toEqual(expect.arrayContaining(["model_castings.status", "agent_runs.status"]));
  });

  it("has a row of every table those columns live in", async () => {
    const tables = [...new Set((await dataColumns()).map((c) => c.table_name))];
    expect(tables.filter((t) => !rows[t])).toEqual([]);
  });

  it("leaves none of them holding the person after one erase_talent, and keeps what is not theirs", async () => {
    // Contacts and availability are the person's alone: erasure deletes those rows.
    const DELETED = new Set(["talent_contacts", "talent_availability"]);
    const columns = (await dataColumns()).filter((c) => !c.closed && !DELETED.has(c.table_name));
    const keyOf = (table: string) => (table === "talent_contacts" ? "talent_id" : "id");
    for (const column of columns) {
      await db.owner.query(
        `update app_public.${column.table_name} set ${column.column_name} = $1 where ${keyOf(column.table_name)} = $2`,
        [plant(column), rows[column.table_name]],
      );
    }
    const planted = await db.owner.query(
      "select count(*)::int as n from app_public.ai_agent_logs where id = $1 and input_data::text like '%' || $2 || '%'",
      [rows.ai_agent_logs, AGENCY],
    );
    expect(planted.rows[0].n).toBe(1);

    const result = await committedAs(casting, (client) => client.query("select app_public.erase_talent($1)", [person]));
    expect(result.ok, result.message).toBe(true);

    const leftovers: string[] = [];
    for (const column of columns) {
      const { rows: found } = await db.owner.query(
        `select ${column.column_name}::text as value from app_public.${column.table_name} where ${keyOf(column.table_name)} = $1`,
        [rows[column.table_name]],
      );
      const value = found[0]?.value ?? null;
      for (const marker of MARKERS) {
        if (value?.toLowerCase().includes(marker.toLowerCase()))
          leftovers.push(`${column.table_name}.${column.column_name}: ${marker}`);
      }
    }
    expect(leftovers).toEqual([]);
    for (const table of DELETED) {
      expect(await countOf(`select 1 from app_public.${table} where ${keyOf(table)} = $1`, [rows[table]]), table).toBe(
        0,
      );
    }

    // What is about someone else, and the bookkeeping, stay.
    const log = (await db.owner.query("select * from app_public.ai_agent_logs where id = $1", [rows.ai_agent_logs]))
      .rows[0];
    expect(log.input_data.talentIds).toEqual([person, other]);
    expect(log.input_data.otra).toMatchObject({ talent_id: other, nombre: "Otra Modelo" });
    expect(log.input_data.recommendation).toEqual({ talent_id: person, suprimido: true });
    expect(log.input_data.nota).toBe("Persona anonimizada confirmó por WhatsApp");
    expect({ tokens: log.tokens_used, cost: Number(log.cost_usd), success: log.success }).toEqual({
      tokens: 1234,
      cost: 0.0123,
      success: true,
    });
    // A log that only named them: the names go, the rest of the sentence stays.
    const named = (
      await db.owner.query("select error_message, input_data from app_public.ai_agent_logs where id = $1", [
        nameOnlyLog,
      ])
    ).rows[0];
    expect(named).toEqual({
      error_message: "No se pudo escribir a Persona anonimizada (Persona anonimizada).",
      input_data: { saludo: "Hola Persona anonimizada, ¿confirmas?" },
    });
    // Their casting and runway slot stay (without the free text about them).
    expect(
      await countOf("select 1 from app_public.model_castings where id = $1 and ai_reasoning is null", [
        rows.model_castings,
      ]),
    ).toBe(1);
    expect(
      await countOf("select 1 from app_public.runway_slots where id = $1 and talent_id = $2", [
        rows.runway_slots,
        person,
      ]),
    ).toBe(1);
  });

  it("keeps a worker that was mid-run from writing the erased person back", async () => {
    // The erasure above committed; a casting run that read the roster before it now writes its results.
    const prompt = JSON.stringify({
      messages: [{ role: "user", content: JSON.stringify([{ talent_id: person, nombre: STAGE, ciudad: CITY }]) }],
    });
    const log = await db.owner.query(
      `insert into app_public.ai_agent_logs (organization_id, agent_run_id, agent_type, operation, model, input_data, output_data, success)
       values ($1, $2, 'model_casting', 'generate', 'test-model', $3, $4, true) returning input_data::text as input, output_data::text as output`,
      [
        org,
        rows.agent_runs,
        prompt,
        JSON.stringify({ recommendations: [{ talent_id: person, reasoning: `${CITY}, ${MEASURES}` }] }),
      ],
    );
    for (const marker of MARKERS) {
      expect(log.rows[0].input).not.toContain(marker);
      expect(log.rows[0].output).not.toContain(marker);
    }
    const run = await db.owner.query(
      "update app_public.agent_runs set output = $2 where id = $1 returning output::text as output",
      [rows.agent_runs, JSON.stringify({ detail: `talent_id ${person} (${CITY}) no está en la lista` })],
    );
    expect(run.rows[0].output).not.toContain(CITY);
    const castingRow = await db.owner.query(
      `update app_public.model_castings set ai_reasoning = $2 where id = $1 returning ai_reasoning`,
      [rows.model_castings, `De ${CITY}, ${MEASURES}`],
    );
    expect(castingRow.rows[0].ai_reasoning).toBeNull();
  });
});

describe("erasure finds names as whole words, whatever the case and accents (attack-report L2)", () => {
  let org: string;
  let casting: string;
  let run: string;
  beforeAll(async () => {
    org = await newOrganization(db, "erase-words");
    casting = await newMember(db, org, "casting");
    const owner = await newMember(db, org, "owner");
    run = (
      await db.owner.query(
        `insert into app_public.agent_runs (organization_id, agent_type, status, requested_by, input)
         values ($1, 'model_casting', 'succeeded', $2, '{}') returning id`,
        [org, owner],
      )
    ).rows[0].id;
  });

  /** Plants free texts that do not hold the person's id in AI logs, erases the person, returns what is left. */
  async function eraseAndRead(fullName: string, stageName: string | null, texts: string[]): Promise<string[]> {
    const person = (
      await db.owner.query(
        `insert into app_public.talent (organization_id, full_name, stage_name, division) values ($1, $2, $3, 'women') returning id`,
        [org, fullName, stageName],
      )
    ).rows[0].id;
    const ids: string[] = [];
    for (const text of texts) {
      const { rows } = await db.owner.query(
        `insert into app_public.ai_agent_logs (organization_id, agent_run_id, agent_type, operation, model, error_message, input_data, success)
         values ($1, $2, 'whatsapp_automation', 'generate', 'test-model', $3, $4, false) returning id`,
        [org, run, text, JSON.stringify({ texto: text })],
      );
      ids.push(rows[0].id);
    }
    const erased = await committedAs(casting, (client) => client.query("select app_public.erase_talent($1)", [person]));
    expect(erased.ok, erased.message).toBe(true);
    const left: string[] = [];
    for (const id of ids) {
      const { rows } = await db.owner.query(
        "select error_message, input_data->>'texto' as texto from app_public.ai_agent_logs where id = $1",
        [id],
      );
      // The text column and the JSON string are redacted alike.
      expect(rows[0].texto).toBe(rows[0].error_message);
      left.push(rows[0].error_message);
    }
    return left;
  }

  it("never a part of a word: erasing the stage name Teo leaves Mateo and Teodoro alone", async () => {
    expect(
      await eraseAndRead("Teresa Ocampo", "Teo", [
        "Mateo Ruiz confirmó la prueba.",
        "Teodoro llega a las 6.",
        "teo llega tarde; TEO. (Teo)",
      ]),
    ).toEqual([
      "Mateo Ruiz confirmó la prueba.",
      "Teodoro llega a las 6.",
      "Persona anonimizada llega tarde; Persona anonimizada. (Persona anonimizada)",
    ]);
  });

  it("with or without accents, in any case and spacing; the full name goes whole before a shorter name inside it", async () => {
    expect(
      await eraseAndRead("Ángela Gómez", "Ángela", [
        "Hola Ángela Gómez, ¿confirmas?",
        "ANGELA  GOMEZ y angela gómez no respondieron.",
        "Escribir a Angela mañana.",
        "Angelica Gomezano no es ella.",
      ]),
    ).toEqual([
      "Hola Persona anonimizada, ¿confirmas?",
      "Persona anonimizada y Persona anonimizada no respondieron.",
      "Escribir a Persona anonimizada mañana.",
      "Angelica Gomezano no es ella.",
    ]);
  });
});

describe("ai_usage", () => {
  let orgA: string;
  let orgB: string;
  let adminA: string;
  let ownerB: string;
  let viewerA: string;

  const zeros = { calls: 0, failures: 0, error_rate: 0, tokens: 0, cost_usd: 0 };

  beforeAll(async () => {
    orgA = await newOrganization(db, "usage-a");
    orgB = await newOrganization(db, "usage-b");
    adminA = await newMember(db, orgA, "admin");
    viewerA = await newMember(db, orgA, "viewer");
    ownerB = await newMember(db, orgB, "owner");
    const log = (org: string, success: boolean, tokens: number, cost: number, age = "0 seconds") =>
      db.owner.query(
        `insert into app_public.ai_agent_logs (organization_id, agent_type, operation, model, tokens_used, cost_usd, success, created_at)
         values ($1, 'model_casting', 'rank_candidates', 'local', $2, $3, $4, now() - $5::interval)`,
        [org, tokens, cost, success, age],
      );
    await log(orgA, true, 100, 0.01);
    await log(orgA, true, 200, 0.02);
    await log(orgA, true, 300, 0.03);
    await log(orgA, false, 50, 0.005);
    await log(orgA, false, 1000, 1, "40 days");
    await log(orgB, false, 1000, 0.1);
    await log(orgB, false, 1000, 0.1);
    await log(orgB, true, 1000, 0.1);
  });

  async function usageAs(profile: string, since: string, organizationId: string | null = null) {
    return db.asProfile(profile, async (client) => {
      const { rows } = await client.query("select * from app_public.ai_usage(now() - $1::interval, $2)", [
        since,
        organizationId,
      ]);
      expect(rows).toHaveLength(1);
      return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
    });
  }

  it("sums calls, failures, error rate, tokens and cost over the admin's organization only", async () => {
    expect(await usageAs(adminA, "7 days")).toEqual({
      calls: 4,
      failures: 1,
      error_rate: 0.25,
      tokens: 650,
      cost_usd: 0.065,
    });
    expect(await usageAs(adminA, "60 days")).toEqual({
      calls: 5,
      failures: 2,
      error_rate: 0.4,
      tokens: 1650,
      cost_usd: 1.065,
    });
    expect(await usageAs(ownerB, "7 days")).toEqual({
      calls: 3,
      failures: 2,
      error_rate: 0.6667,
      tokens: 3000,
      cost_usd: 0.3,
    });
  });

  it("gives zeros for an organization where the caller is not owner or admin", async () => {
    expect(await usageAs(adminA, "7 days", orgB)).toEqual(zeros);
    expect(await usageAs(adminA, "7 days", orgA)).toMatchObject({ calls: 4 });
    expect(await usageAs(viewerA, "60 days")).toEqual(zeros);
    expect(await usageAs(viewerA, "60 days", orgA)).toEqual(zeros);
  });

  it("is not available to anonymous visitors, and members cannot read the logs directly", async () => {
    await db.asAnonymous(async (client) => {
      const result = await attempt(client, "select app_public.ai_usage(now() - interval '7 days')");
      expect(result.code).toBe("42501");
    });
    await db.asProfile(adminA, async (client) => {
      const result = await attempt(client, "select count(*) from app_public.ai_agent_logs");
      expect(result.code).toBe("42501");
    });
  });
});
