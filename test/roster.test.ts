// The roster through the real GraphQL API, with the dashboard's own
// operations (graphql/operations/roster.graphql): search that ignores
// accents and case, filters, orders and cursor pages; a person saved whole
// (comp card and contact, a minor's guardian at commit); consent recorded and
// withdrawn in one action, honoured by the AI candidate rules; contact data
// only for the roles that may read it; CSV import all or nothing, with
// duplicates merged and problems by line and field; two imports racing for
// one identity document.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { operation } from "./helpers/operations.ts";
import { race } from "./helpers/race.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let api: TestServer;
let bogota: string;
let medellin: string;
const tokens = {} as Record<"casting" | "producer" | "viewer" | "admin" | "medellinCasting", string>;
const tag = randomBytes(3).toString("hex");

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestServer(db, { RATE_LIMIT_IP_PER_MINUTE: "100000", RATE_LIMIT_USER_PER_MINUTE: "100000" });
  const { rows } = await db.owner.query(
    `select (select id from app_public.organizations where slug = 'moda-bogota') as bogota,
            (select id from app_public.organizations where slug = 'medellin-fashion') as medellin`,
  );
  bogota = rows[0].bogota;
  medellin = rows[0].medellin;
  tokens.casting = await api.login("casting@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.producer = await api.login("producer@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.viewer = await api.login("viewer@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.admin = await api.login("admin@bogota.fashionos.test", DEMO_PASSWORD);
  tokens.medellinCasting = await api.login("casting@medellin.fashionos.test", DEMO_PASSWORD);
}, 60_000);

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function call(token: string | undefined, name: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await api.graphql(operation(name), variables, token ? { token } : {});
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

interface Card {
  rowId: string;
  fullName: string;
  city: string | null;
  agency: string | null;
  heightCm: number | null;
}

async function roster(
  condition: Record<string, unknown>,
  options: {
    filter?: Record<string, unknown>;
    orderBy?: string[];
    first?: number;
    after?: string;
    token?: string;
  } = {},
) {
  const body = await call(options.token ?? tokens.casting, "RosterList", {
    condition: { organizationId: bogota, erased: false, ...condition },
    filter: options.filter,
    orderBy: options.orderBy ?? ["NAME_ASC"],
    first: options.first ?? 100,
    after: options.after,
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.talents as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Card[];
  };
}

const fold = (text: string | null) =>
  (text ?? "")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** A person written as the owner, with a marker in the name so searches can find exactly them. */
async function person(fullName: string, fields: Record<string, unknown> = {}): Promise<string> {
  const values = { organization_id: bogota, full_name: fullName, division: "women", ...fields };
  const columns = Object.keys(values);
  const { rows } = await db.owner.query(
    `insert into app_public.talent (${columns.join(", ")}) values (${columns.map((_, i) => `$${i + 1}`).join(", ")}) returning id`,
    Object.values(values),
  );
  return rows[0].id;
}

/*==========================================================================
 * Search, filters, order, pages
 *==========================================================================*/

describe("roster search ignores accents and case", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {
      maria: await person(`María Fernanda Ríos ${tag}`, { city: "Medellín", agency: "Élite Models", height_cm: 176 }),
      mario: await person(`MARIO ALBERTO PÉREZ ${tag}`, { city: "Bogotá", division: "men", height_cm: 185 }),
      ana: await person(`Ana Lucía Núñez ${tag}`, { city: "bogota", agency: "Marías Agencia", height_cm: 168 }),
      wild: await person(`Valentina 50%_off ${tag}`, { city: "Cali", height_cm: 172 }),
    };
  });

  it('"maria" finds María, and every result holds "maria" in name, agency or city, accents aside', async () => {
    const found = await roster({ search: "maria" });
    expect(found.nodes.map((n) => n.rowId)).toEqual(expect.arrayContaining([ids.maria, ids.ana]));
    expect(found.nodes.length).toBeGreaterThan(2); // the demo roster's Marías too
    for (const node of found.nodes) {
      expect(fold([node.fullName, node.agency, node.city].join(" "))).toContain("maria");
    }
    expect(found.nodes.map((n) => n.rowId)).not.toContain(ids.mario);
  });

  it('"bogota" finds Bogotá and bogota; "BOGOTÁ" and "Bogota" find the same people', async () => {
    const lower = await roster({ search: `bogota ${tag}` });
    expect(lower.nodes.map((n) => n.rowId).sort()).toEqual([ids.mario, ids.ana].sort());
    for (const variant of ["BOGOTÁ", "Bogota", "bOgOtÁ"]) {
      const other = await roster({ search: `${variant} ${tag}` });
      expect(other.nodes.map((n) => n.rowId).sort()).toEqual([ids.mario, ids.ana].sort());
    }
  });

  it("all words must match (name and city), and wildcards are plain characters", async () => {
    expect((await roster({ search: `maria medellin ${tag}` })).nodes.map((n) => n.rowId)).toEqual([ids.maria]);
    expect((await roster({ search: `50%_ ${tag}` })).nodes.map((n) => n.rowId)).toEqual([ids.wild]);
    expect((await roster({ search: `5%f ${tag}` })).nodes).toEqual([]);
    expect((await roster({ search: `___ ${tag}` })).nodes).toEqual([]);
  });

  it("city matches the whole city whatever its accents; division and height range filter", async () => {
    const city = await roster({ city: "BOGOTA", search: tag });
    expect(city.nodes.map((n) => n.rowId).sort()).toEqual([ids.mario, ids.ana].sort());
    const women = await roster(
      { search: tag, division: "women" },
      { filter: { heightCm: { greaterThanOrEqualTo: 170, lessThanOrEqualTo: 180 } } },
    );
    expect(women.nodes.map((n) => n.rowId).sort()).toEqual([ids.maria, ids.wild].sort());
  });

  it("orders by name without regard to accents or case, and by height, both ways", async () => {
    const byName = await roster({ search: tag });
    expect(byName.nodes.map((n) => n.rowId)).toEqual([ids.ana, ids.maria, ids.mario, ids.wild]);
    const byNameDesc = await roster({ search: tag }, { orderBy: ["NAME_DESC"] });
    expect(byNameDesc.nodes.map((n) => n.rowId)).toEqual([ids.wild, ids.mario, ids.maria, ids.ana]);
    const tallest = await roster({ search: tag }, { orderBy: ["HEIGHT_CM_DESC"] });
    expect(tallest.nodes.map((n) => n.heightCm)).toEqual([185, 176, 172, 168]);
  });

  it("pages with cursors: every person once, in order, and totalCount the whole list", async () => {
    const all = await roster({}, { first: 200 });
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(all.totalCount).toBe(all.nodes.length);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const chunk = await roster({}, { first: 7, after });
      expect(chunk.totalCount).toBe(all.totalCount);
      seen.push(...chunk.nodes.map((n) => n.rowId));
      if (!chunk.pageInfo.hasNextPage) break;
      after = chunk.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.rowId));
    const names = all.nodes.map((n) => fold(n.fullName));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("availableOn leaves out people unavailable or on hold that day (Bogotá time), not the day after", async () => {
    const busy = await person(`Ocupada ${tag}`);
    const held = await person(`Reservada ${tag}`);
    await db.owner.query(
      `insert into app_public.talent_availability (talent_id, period, kind) values
         ($1, tstzrange('2031-03-10 00:00-05', '2031-03-11 00:00-05'), 'unavailable'),
         ($2, tstzrange('2031-03-10 22:00-05', '2031-03-10 23:30-05'), 'hold')`,
      [busy, held],
    );
    const onTheDay = await roster({ search: tag, availableOn: "2031-03-10" });
    expect(onTheDay.nodes.map((n) => n.rowId)).not.toContain(busy);
    expect(onTheDay.nodes.map((n) => n.rowId)).not.toContain(held);
    expect(onTheDay.nodes.map((n) => n.rowId)).toContain(ids.maria);
    const dayAfter = await roster({ search: tag, availableOn: "2031-03-11" });
    expect(dayAfter.nodes.map((n) => n.rowId)).toEqual(expect.arrayContaining([busy, held]));
  });

  it("consent filters: active, a purpose, none (withdrawn counts as none)", async () => {
    const withAi = await person(`Con IA ${tag}`, {
      consent_granted_at: "2026-01-10",
      consent_purposes: ["casting", "ai_processing"],
      consent_source: "signed_form",
    });
    const withdrawn = await person(`Retirada ${tag}`, {
      consent_granted_at: "2026-01-10",
      consent_purposes: ["casting", "ai_processing"],
      consent_source: "whatsapp",
      consent_revoked_at: "2026-02-01",
    });
    const ai = (await roster({ search: tag, consent: "AI_PROCESSING" })).nodes.map((n) => n.rowId);
    expect(ai).toEqual([withAi]);
    const active = (await roster({ search: tag, consent: "ACTIVE" })).nodes.map((n) => n.rowId);
    expect(active).toEqual([withAi]);
    const none = (await roster({ search: tag, consent: "NONE" })).nodes.map((n) => n.rowId);
    expect(none).toContain(withdrawn);
    expect(none).not.toContain(withAi);
  });

  it("erased people are hidden from the roster and kept for castings", async () => {
    const gone = await person(`Borrada ${tag}`);
    await db.owner.query(
      "update app_public.talent set erased_at = now(), full_name = 'Persona anonimizada' where id = $1",
      [gone],
    );
    expect((await roster({})).nodes.map((n) => n.rowId)).not.toContain(gone);
    expect((await roster({ erased: true })).nodes.map((n) => n.rowId)).toContain(gone);
  });

  it("another agency's casting staff finds none of Bogotá's people, by any search", async () => {
    const body = await call(tokens.medellinCasting, "RosterList", {
      condition: { search: "maria" },
      orderBy: ["NAME_ASC"],
      first: 100,
    });
    const orgs = new Set(
      (
        await db.owner.query("select organization_id from app_public.talent where id = any($1)", [
          body.data?.talents.nodes.map((n: Card) => n.rowId),
        ])
      ).rows.map((r) => r.organization_id),
    );
    expect([...orgs]).toEqual([medellin]);
    const viewer = await call(tokens.viewer, "RosterList", { condition: { organizationId: bogota }, first: 10 });
    expect(viewer.data?.talents.totalCount).toBe(0);
  });
});

/*==========================================================================
 * A person saved whole; contact data by role
 *==========================================================================*/

const adult = {
  fullName: "Sara Restrepo Ochoa",
  stageName: "Sara R",
  agency: "Cóndor Model Management",
  city: "Bogotá",
  willingToTravel: true,
  division: "women",
  heightCm: 178,
  bustCm: 84,
  waistCm: 61,
  hipsCm: 90,
  shoeEu: "38.5",
  hairColor: "Castaño",
  eyeColor: "Café",
  birthDate: "1999-05-02",
  instagram: "@sara.r",
  consentGrantedAt: "2026-11-01T15:00:00Z",
  consentPurposes: ["casting", "ai_processing", "contact"],
  consentSource: "signed_form",
};

describe("saveTalent", () => {
  it("creates the comp card, contact and consent in one call (casting staff), and updates them", async () => {
    const created = await call(tokens.casting, "SaveTalent", {
      organizationId: bogota,
      talent: adult,
      contact: {
        email: `sara-${tag}@example.com`,
        phone: "+57 300 555 0101",
        whatsappOptIn: true,
        documentType: "CC",
        documentNumber: `10${tag}`,
      },
    });
    expect(created.errors).toBeUndefined();
    const saved = created.data?.saveTalent.result;
    expect(saved).toMatchObject({
      fullName: adult.fullName,
      heightCm: 178,
      consentActive: true,
      consentSource: "signed_form",
    });
    expect(saved.contact).toMatchObject({ email: `sara-${tag}@example.com`, documentType: "CC" });

    // An update without consent fields leaves consent as it was.
    const updated = await call(tokens.casting, "SaveTalent", {
      talentId: saved.rowId,
      talent: { ...adult, consentGrantedAt: null, consentPurposes: null, consentSource: null, heightCm: 179 },
      contact: { email: `sara-${tag}@example.com` },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.saveTalent.result).toMatchObject({ heightCm: 179, consentActive: true });
    expect(updated.data?.saveTalent.result.contact).toMatchObject({ phone: null, documentNumber: null });
  });

  it("refuses a minor without a guardian, naming the guardian field, and writes nothing", async () => {
    const before = (await db.owner.query("select count(*)::int as n from app_public.talent")).rows[0].n;
    const body = await call(tokens.casting, "SaveTalent", {
      organizationId: bogota,
      talent: { fullName: `Menor ${tag}`, division: "kids", birthDate: "2015-06-01" },
      contact: null,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      constraint: "talent_contacts_minor_guardian",
    });
    expect((await db.owner.query("select count(*)::int as n from app_public.talent")).rows[0].n).toBe(before);
    const withGuardian = await call(tokens.casting, "SaveTalent", {
      organizationId: bogota,
      talent: { fullName: `Menor ${tag}`, division: "kids", birthDate: "2015-06-01" },
      contact: { guardianName: "Luz Ángela Ramírez", guardianPhone: "+57 310 000 1111" },
    });
    expect(withGuardian.errors).toBeUndefined();
    expect(withGuardian.data?.saveTalent.result.isMinor).toBe(true);
  });

  it.each([
    ["heightCm", { heightCm: 260 }, "talent_height_cm_check"],
    ["instagram", { instagram: "not a handle!" }, "talent_instagram_check"],
    ["division", { division: "giants" }, "talent_division_check"],
    [
      "consentSource",
      { consentGrantedAt: "2026-01-01T00:00:00Z", consentPurposes: ["casting"], consentSource: null },
      "talent_consent_source_required",
    ],
  ])("a database refusal names the constraint of the field (%s)", async (_field, patch, constraint) => {
    const body = await call(tokens.casting, "SaveTalent", {
      organizationId: bogota,
      talent: { fullName: `Rechazo ${tag}`, division: "women", ...patch },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", constraint });
  });

  it("is refused to producers and viewers (FORBIDDEN) and to another agency (FORBIDDEN/NOT_FOUND)", async () => {
    for (const token of [tokens.producer, tokens.viewer, tokens.medellinCasting]) {
      const body = await call(token, "SaveTalent", {
        organizationId: bogota,
        talent: { fullName: `Intruso ${tag}`, division: "men" },
      });
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(body.errors?.[0]?.extensions?.code);
    }
    expect(
      (await db.owner.query("select 1 from app_public.talent where full_name = $1", [`Intruso ${tag}`])).rowCount,
    ).toBe(0);
  });

  it("contact data reaches casting staff and admins, never producers", async () => {
    const id = (
      await db.owner.query("select talent_id from app_public.talent_contacts where email = $1", [
        `sara-${tag}@example.com`,
      ])
    ).rows[0].talent_id;
    for (const [token, visible] of [
      [tokens.casting, true],
      [tokens.admin, true],
      [tokens.producer, false],
    ] as const) {
      const body = await call(token, "TalentProfile", { id });
      expect(body.errors).toBeUndefined();
      expect(body.data?.talent.fullName).toBe(adult.fullName);
      if (visible) expect(body.data?.talent.contact.email).toBe(`sara-${tag}@example.com`);
      else expect(body.data?.talent.contact).toBeNull();
    }
  });
});

/*==========================================================================
 * Consent
 *==========================================================================*/

describe("consent (Ley 1581)", () => {
  let id: string;
  const candidates = async () =>
    (await db.owner.query("select 1 from app_private.ai_talent_candidates where id = $1", [id])).rowCount;

  beforeAll(async () => {
    id = await person(`Consentida ${tag}`);
  });

  it("records purposes, source and date; AI candidates include the person only with ai_processing", async () => {
    const contactOnly = await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["casting", "contact"],
      source: "whatsapp",
      grantedAt: "2026-11-20T14:00:00Z",
    });
    expect(contactOnly.data?.recordTalentConsent.result).toMatchObject({
      consentActive: true,
      consentSource: "whatsapp",
    });
    expect(await candidates()).toBe(0);
    await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["casting", "ai_processing", "contact"],
      source: "signed_form",
      grantedAt: "2026-11-21T14:00:00Z",
    });
    expect(await candidates()).toBe(1);
  });

  it("is withdrawn with one action: no longer an AI candidate, the record of what was given stays", async () => {
    const body = await call(tokens.casting, "RevokeTalentConsent", { talentId: id });
    expect(body.errors).toBeUndefined();
    const result = body.data?.revokeTalentConsent.result;
    expect(result.consentActive).toBe(false);
    expect(result.consentRevokedAt).not.toBeNull();
    expect(result.consentPurposes).toEqual(["ai_processing", "casting", "contact"]);
    expect(await candidates()).toBe(0);
    // Given again later: active again.
    await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["ai_processing"],
      source: "email",
      grantedAt: new Date().toISOString(),
    });
    expect(await candidates()).toBe(1);
  });

  it("refuses no purpose, a future date and an unknown source; producers and other agencies get NOT_FOUND", async () => {
    const none = await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: [],
      source: "email",
      grantedAt: "2026-01-01T00:00:00Z",
    });
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_FAILED",
      constraint: "talent_consent_purposes_required",
    });
    const future = await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["casting"],
      source: "email",
      grantedAt: "2999-01-01T00:00:00Z",
    });
    expect(future.errors?.[0]?.extensions?.constraint).toBe("talent_consent_granted_at_past");
    const source = await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["casting"],
      source: "pigeon",
      grantedAt: "2026-01-01T00:00:00Z",
    });
    expect(source.errors?.[0]?.extensions?.constraint).toBe("talent_consent_source_check");
    for (const token of [tokens.producer, tokens.medellinCasting]) {
      const revoke = await call(token, "RevokeTalentConsent", { talentId: id });
      expect(revoke.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await candidates()).toBe(1);
  });

  // The dashboard sends a calendar date as noon in Bogotá: consent recorded "today" in the morning (or, with a
  // UTC date, in a Bogotá evening: tomorrow) lay in the future, and withdrawing it was refused until then.
  it("dated a few hours ahead, is recorded as now and can be withdrawn at once", async () => {
    const ahead = new Date(Date.now() + 5 * 3_600_000).toISOString();
    const recorded = await call(tokens.casting, "RecordTalentConsent", {
      talentId: id,
      purposes: ["casting"],
      source: "whatsapp",
      grantedAt: ahead,
    });
    expect(recorded.errors).toBeUndefined();
    const { rows } = await db.owner.query(
      "select consent_granted_at <= now() as not_ahead from app_public.talent where id = $1",
      [id],
    );
    expect(rows[0].not_ahead).toBe(true);
    const revoked = await call(tokens.casting, "RevokeTalentConsent", { talentId: id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeTalentConsent.result.consentActive).toBe(false);
    // The same for a person created with consent through saveTalent's path (a plain insert).
    const { rows: created } = await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, $2, 'women', now() + interval '5 hours', '{casting}', 'whatsapp')
       returning consent_granted_at <= now() as not_ahead`,
      [bogota, `Mañanera ${tag}`],
    );
    expect(created[0].not_ahead).toBe(true);
    await expect(
      db.owner.query(
        `insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
         values ($1, $2, 'women', now() + interval '2 days', '{casting}', 'whatsapp')`,
        [bogota, `Futura ${tag}`],
      ),
    ).rejects.toMatchObject({ code: "23514", constraint: "talent_consent_granted_at_past" });
  });
});

/*==========================================================================
 * CSV import
 *==========================================================================*/

interface ImportRow {
  line: number;
  talent: Record<string, unknown>;
  contact?: Record<string, unknown>;
}

const importing = (rows: ImportRow[], options: { dryRun?: boolean; token?: string; organizationId?: string } = {}) =>
  call(options.token ?? tokens.casting, "ImportTalent", {
    organizationId: options.organizationId ?? bogota,
    rows,
    dryRun: options.dryRun ?? false,
  });

const consent = {
  consentGrantedAt: "2026-11-01T00:00:00Z",
  consentPurposes: ["casting", "ai_processing"],
  consentSource: "signed_form",
};

describe("importTalent", () => {
  const countTagged = async (marker: string) =>
    (await db.owner.query("select count(*)::int as n from app_public.talent where full_name like $1", [`%${marker}%`]))
      .rows[0].n;

  it("a dry run reports and writes nothing; the real run creates everyone", async () => {
    const marker = `csv1-${tag}`;
    const rows = [1, 2, 3].map((i) => ({
      line: i + 1,
      talent: { fullName: `Modelo ${i} ${marker}`, division: "women", heightCm: 170 + i, city: "Cali", ...consent },
      contact: { email: `m${i}-${marker}@example.com` },
    }));
    const dry = await importing(rows, { dryRun: true });
    expect(dry.data?.importTalent.result).toMatchObject({
      committed: false,
      created: 3,
      updated: 0,
      merged: 0,
      problems: [],
    });
    expect(await countTagged(marker)).toBe(0);
    const real = await importing(rows);
    expect(real.data?.importTalent.result).toMatchObject({ committed: true, created: 3, problems: [] });
    expect(await countTagged(marker)).toBe(3);
  });

  it("one bad line: every problem by line and field, and nothing is written (all or nothing)", async () => {
    const marker = `csv2-${tag}`;
    const body = await importing([
      { line: 2, talent: { fullName: `Bien ${marker}`, division: "men" } },
      { line: 3, talent: { fullName: `Alta ${marker}`, division: "men", heightCm: 300 } },
      { line: 4, talent: { fullName: `Correo ${marker}`, division: "men" }, contact: { email: "no-es-un-correo" } },
      { line: 5, talent: { fullName: `Menor ${marker}`, division: "kids", birthDate: "2016-01-01" } },
      { line: 6, talent: { fullName: "", division: "women" } },
    ]);
    expect(body.errors).toBeUndefined();
    const report = body.data?.importTalent.result;
    expect(report.committed).toBe(false);
    expect(
      report.problems.map((p: { line: number; field: string; code: string }) => [p.line, p.field, p.code]),
    ).toEqual([
      [3, "height_cm", "OUT_OF_RANGE"],
      [4, "email", "OUT_OF_RANGE"],
      [5, "guardian_name", "INVALID_INPUT"],
      [6, "full_name", "OUT_OF_RANGE"],
    ]);
    expect(await countTagged(marker)).toBe(0);
  });

  it("merges lines that repeat a document or an email, and updates people already on the roster", async () => {
    const marker = `csv3-${tag}`;
    const existing = await person(`Existente ${marker}`, { city: "Pereira", height_cm: 171 });
    await db.owner.query(
      "insert into app_public.talent_contacts (talent_id, email, document_type, document_number) values ($1, $2, 'CC', $3)",
      [existing, `existente-${marker}@example.com`, `77${tag}`],
    );
    const body = await importing([
      {
        line: 2,
        talent: { fullName: `Nueva ${marker}`, division: "women", heightCm: 175 },
        contact: { email: `nueva-${marker}@Example.com`, documentType: "CC", documentNumber: `88${tag}` },
      },
      // The same person again (by document), with her city: merged into line 2.
      { line: 3, talent: { city: "Bogotá" }, contact: { documentType: "CC", documentNumber: `88${tag}` } },
      // The same email as line 2, other case: merged too.
      { line: 4, talent: { instagram: "@nueva" }, contact: { email: `NUEVA-${marker}@example.com` } },
      // Someone already on the roster, found by document: updated, what the line leaves empty stays.
      {
        line: 5,
        talent: { heightCm: 173, ...consent },
        contact: { documentType: "CC", documentNumber: `77${tag}`, phone: "+57 301 222 3344" },
      },
    ]);
    expect(body.data?.importTalent.result).toMatchObject({
      committed: true,
      created: 1,
      merged: 2,
      updated: 1,
      problems: [],
    });
    const { rows } = await db.owner.query(
      `select t.full_name, t.city, t.height_cm, t.instagram, c.email, c.phone, t.consent_purposes
         from app_public.talent t left join app_public.talent_contacts c on c.talent_id = t.id
        where t.full_name like $1 order by t.full_name`,
      [`%${marker}%`],
    );
    expect(rows).toEqual([
      {
        full_name: `Existente ${marker}`,
        city: "Pereira",
        height_cm: 173,
        instagram: null,
        email: `existente-${marker}@example.com`,
        phone: "+57 301 222 3344",
        consent_purposes: ["casting", "ai_processing"],
      },
      {
        full_name: `Nueva ${marker}`,
        city: "Bogotá",
        height_cm: 175,
        instagram: "@nueva",
        email: `NUEVA-${marker}@example.com`,
        phone: null,
        consent_purposes: [],
      },
    ]);
  });

  it("is refused to producers, and to another agency, before any line is read", async () => {
    for (const [token, code] of [
      [tokens.producer, "FORBIDDEN"],
      [tokens.medellinCasting, "FORBIDDEN"],
    ] as const) {
      const body = await importing([{ line: 2, talent: { fullName: `Intrusa ${tag}`, division: "women" } }], { token });
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(
      (await db.owner.query("select 1 from app_public.talent where full_name = $1", [`Intrusa ${tag}`])).rowCount,
    ).toBe(0);
  });

  it("two imports racing with the same identity document: one person, the other import reports it and writes nothing", async () => {
    const marker = `race-${tag}`;
    const casting = (
      await db.owner.query("select id from app_public.profiles where email = 'casting@bogota.fashionos.test'")
    ).rows[0].id;
    const entrant = async (name: string) => ({
      role: "member" as const,
      claims: { session_id: await db.sessionFor(casting) },
      sql: `select (r).* from app_public.import_talent($1, array[row(2, row($2, null, null, null, null, 'women', null, null, null, null, null, null, null, null, null, null, null, null, null, null)::app_public.talent_details,
                      row(null, null, null, null, null, null, 'CC', $3)::app_public.talent_contact_details)::app_public.talent_import_row]) r`,
      params: [bogota, `${name} ${marker}`, `99${tag}`],
    });
    const results = await race(db, [await entrant("Primera"), await entrant("Segunda")]);
    expect(
      results.every((r) => r.ok),
      JSON.stringify(results),
    ).toBe(true);
    const committed = results.map((r) => r.rows[0]?.committed);
    expect(committed.sort()).toEqual([false, true]);
    const loser = results.find((r) => r.rows[0]?.committed === false);
    expect(JSON.stringify(loser?.rows[0]?.problems)).toMatch(/ALREADY_EXISTS/);
    expect(await countTagged(marker)).toBe(1);
  });
});
