// The roster: talent with measurements, consent (Ley 1581) and contacts; minors with guardians.

import { DEMO_ORGANIZATIONS } from "../../../shared/demo-accounts.ts";
import { personName, type Sex, STAGE_NAMES } from "../data/people.ts";
import {
  AGENCIES,
  DIVISION_PLAN,
  type Division,
  EYES,
  HAIR,
  KIDS_AGENCY,
  MATURE_HAIR,
  OTHER_CITIES,
} from "../data/roster.ts";
import { demoUuid, mobile, rng, slugify } from "../random.ts";
import { insertRows, type Person, type Row, type SeedContext } from "./context.ts";

export async function loadRoster(ctx: SeedContext): Promise<Person[]> {
  const { client, cal, orgId } = ctx;
  const usedNames = new Set<string>();
  const usedHandles = new Set<string>();
  const usedStageNames = new Set<string>();
  const people: Person[] = [];
  const talentRows: Row[] = [];
  const contactRows: Row[] = [];
  for (const org of DEMO_ORGANIZATIONS) {
    const orgRng = rng(`roster:${org.slug}`);
    const divisions = orgRng.shuffle(
      (DIVISION_PLAN[org.slug] ?? []).flatMap(([division, n]) => Array<Division>(n).fill(division)),
    );
    // Consent plan: ~10 % never consented, three consented without AI, one withdrew.
    const order = orgRng.shuffle(divisions.map((_, i) => i));
    const noConsent = new Set(order.slice(0, Math.round(divisions.length / 10)));
    const noAi = new Set(order.slice(noConsent.size, noConsent.size + 3));
    const revoked = new Set(order.slice(noConsent.size + 3, noConsent.size + 4));
    divisions.forEach((division, index) => {
      const r = rng(`talent:${org.slug}:${index}`);
      const id = demoUuid(`talent:${org.slug}:${index}`);
      const sex: Sex =
        division === "women" || division === "curve" || division === "petite"
          ? "f"
          : division === "men"
            ? "m"
            : division === "non_binary"
              ? r.pick(["x", "x", "f", "m"] as const)
              : r.chance(0.5)
                ? "f"
                : "m";
      let name = personName(r, sex);
      while (usedNames.has(name.full)) name = personName(r, sex);
      usedNames.add(name.full);

      const minor = division === "kids";
      let age: number;
      let height: number;
      let bust: number;
      let waist: number;
      let hips: number;
      let shoe: number;
      switch (division) {
        case "women":
          age = r.int(18, 30);
          height = r.int(168, 182);
          [bust, waist, hips] = [r.int(80, 90), r.int(58, 66), r.int(86, 94)];
          shoe = r.int(37, 41);
          break;
        case "men":
          age = r.int(18, 31);
          height = r.int(180, 192);
          [bust, waist, hips] = [r.int(88, 104), r.int(72, 84), r.int(88, 100)];
          shoe = r.int(41, 46);
          break;
        case "curve":
          age = r.int(20, 35);
          height = r.int(165, 180);
          [bust, waist, hips] = [r.int(96, 116), r.int(78, 96), r.int(104, 124)];
          shoe = r.int(38, 42);
          break;
        case "petite":
          age = r.int(18, 32);
          height = r.int(155, 167);
          [bust, waist, hips] = [r.int(78, 88), r.int(58, 66), r.int(84, 92)];
          shoe = r.int(35, 38);
          break;
        case "non_binary":
          age = r.int(19, 30);
          height = r.int(170, 188);
          [bust, waist, hips] = [r.int(80, 96), r.int(62, 78), r.int(86, 96)];
          shoe = r.int(38, 44);
          break;
        case "mature":
          age = r.int(40, 62);
          height = sex === "f" ? r.int(165, 178) : r.int(175, 188);
          [bust, waist, hips] =
            sex === "f"
              ? [r.int(86, 100), r.int(66, 82), r.int(92, 106)]
              : [r.int(94, 108), r.int(80, 94), r.int(94, 104)];
          shoe = sex === "f" ? r.int(37, 40) : r.int(41, 45);
          break;
        case "kids":
          age = r.int(6, 14);
          height = Math.min(160, Math.max(110, 110 + (age - 6) * 6 + r.int(-4, 4)));
          [bust, waist, hips] = [
            Math.round(height * 0.45) + r.int(-3, 3),
            Math.round(height * 0.38) + r.int(-2, 2),
            Math.round(height * 0.5) + r.int(-3, 3),
          ];
          shoe = Math.round(28 + (height - 110) / 5);
          break;
      }
      const shoeEu = shoe + (division !== "kids" && r.chance(0.3) ? 0.5 : 0);
      const city =
        minor || r.chance(0.7)
          ? org.city
          : r.pick([...OTHER_CITIES, ...DEMO_ORGANIZATIONS.map((o) => o.city).filter((c) => c !== org.city)]);
      const willingToTravel = minor ? r.chance(0.2) : r.chance(0.55);
      const agency = minor ? KIDS_AGENCY : r.chance(0.15) ? null : r.pick(AGENCIES[org.slug] ?? []);

      let instagram: string | null = null;
      if (!minor && r.chance(0.85)) {
        const base = `${slugify(name.first).replace(/-/g, "")}${r.pick([".", "_", ""])}${slugify(name.surname).replace(/-/g, "")}`;
        let handle = base.slice(0, 24);
        while (usedHandles.has(handle)) handle = `${base.slice(0, 24)}${r.int(1, 99)}`;
        usedHandles.add(handle);
        instagram = `@${handle}`;
      }
      let stageName: string | null = null;
      if (!minor && r.chance(0.1)) {
        const candidate = r.pick(STAGE_NAMES);
        if (!usedStageNames.has(candidate)) {
          usedStageNames.add(candidate);
          stageName = candidate;
        }
      }

      let consentGrantedAt: string | null = null;
      let consentPurposes: string[] = [];
      let consentSource: string | null = null;
      let consentRevokedAt: string | null = null;
      if (!noConsent.has(index)) {
        consentGrantedAt = cal.at(-r.int(20, 600), r.int(8, 18), r.pick([0, 15, 30, 45]));
        consentSource = minor
          ? "signed_form"
          : r.pick(["signed_form", "agency_contract", "agency_contract", "web_form", "email", "whatsapp"]);
        const purposes = new Set(["casting", "contact"]);
        if (!noAi.has(index)) purposes.add("ai_processing");
        if (!minor && r.chance(0.4)) purposes.add("marketing");
        consentPurposes = ["casting", "ai_processing", "marketing", "contact"].filter((p) => purposes.has(p));
        if (revoked.has(index)) consentRevokedAt = cal.at(-r.int(1, 15), r.int(8, 18));
      }

      talentRows.push({
        id,
        organization_id: orgId(org.slug),
        full_name: name.full,
        stage_name: stageName,
        agency,
        city,
        willing_to_travel: willingToTravel,
        division,
        gender: sex === "f" ? "femenino" : sex === "m" ? "masculino" : "no binario",
        height_cm: height,
        bust_cm: bust,
        waist_cm: waist,
        hips_cm: hips,
        shoe_eu: shoeEu,
        hair_color: division === "mature" ? r.pick(MATURE_HAIR) : r.pick(HAIR),
        eye_color: r.pick(EYES),
        measurements_taken_on: cal.date(-r.int(10, 420)),
        birth_date: cal.birthDate(age, r.int(30, 330)),
        portfolio_urls: minor
          ? []
          : Array.from(
              { length: r.int(1, 3) },
              (_, n) => `https://fotos.example.com/${org.slug}/${index + 1}-${n + 1}.jpg`,
            ),
        instagram,
        consent_granted_at: consentGrantedAt,
        consent_purposes: consentPurposes,
        consent_source: consentSource,
        consent_revoked_at: consentRevokedAt,
      });
      people.push({
        id,
        org: org.slug,
        orgId: orgId(org.slug),
        index,
        division,
        sex,
        height,
        city,
        willingToTravel,
        aiConsent: consentPurposes.includes("ai_processing") && consentRevokedAt === null,
        first: name.first,
        surname: name.surname,
        minor,
      });

      const emailBase = `${slugify(name.first).replace(/-/g, "")}.${slugify(name.surname).replace(/-/g, "")}`;
      if (minor) {
        const guardian = personName(r, r.chance(0.7) ? "f" : "m");
        const guardianName = `${guardian.first} ${name.surname} ${guardian.surname}`;
        contactRows.push({
          talent_id: id,
          organization_id: orgId(org.slug),
          email: null,
          phone: null,
          whatsapp_opt_in: r.chance(0.6),
          guardian_name: guardianName,
          guardian_phone: mobile(r),
          guardian_email: r.chance(0.6)
            ? `${slugify(guardian.first).replace(/-/g, "")}.${slugify(name.surname).replace(/-/g, "")}${index + 1}@example.com`
            : null,
        });
      } else if (r.chance(0.88)) {
        contactRows.push({
          talent_id: id,
          organization_id: orgId(org.slug),
          email: `${emailBase}${index + 1}@example.com`,
          phone: mobile(r),
          whatsapp_opt_in: r.chance(0.65),
          guardian_name: null,
          guardian_phone: null,
          guardian_email: null,
        });
      }
    });
  }
  await insertRows(client, "app_public.talent", talentRows);
  await insertRows(client, "app_public.talent_contacts", contactRows);
  return people;
}
