// The rules a person's comp card, contact and consent must follow, in one
// place: the same limits, patterns and lists as the database's constraints
// (app_public.talent, app_public.talent_contacts; test/talent-rules.test.ts
// compares them with the catalog and feeds both the same values), the zod
// schemas the forms and the CSV import validate with, and which form field
// each database constraint guards, so a refusal is shown next to its field.
// Messages are translation keys with their values ("key|{json}"), turned
// into es-CO or English by issueText().
import { z } from "zod";
import { todayIn } from "../dates.ts";

// The dashboard's Content-Security-Policy forbids eval: without this, zod
// probes `new Function` for its fast path and the browser reports a CSP
// violation on the console.
z.config({ jitless: true });

export const DIVISIONS = ["women", "men", "non_binary", "kids", "curve", "petite", "mature"] as const;
export const CONSENT_PURPOSES = ["casting", "ai_processing", "contact", "marketing"] as const;
export const CONSENT_SOURCES = ["signed_form", "agency_contract", "web_form", "email", "whatsapp"] as const;
export const DOCUMENT_TYPES = ["CC", "CE", "TI", "PA", "PPT"] as const;
export const AVAILABILITY_KINDS = ["unavailable", "hold"] as const;

/** Limits, as the database checks them. */
export const RULES = {
  fullName: { max: 200 },
  stageName: { max: 200 },
  agency: { max: 200 },
  city: { max: 100 },
  gender: { max: 50 },
  hairColor: { max: 50 },
  eyeColor: { max: 50 },
  heightCm: { min: 50, max: 230 },
  bustCm: { min: 30, max: 200 },
  waistCm: { min: 30, max: 200 },
  hipsCm: { min: 30, max: 200 },
  shoeEu: { min: 15, max: 52 },
  instagram: { pattern: /^@?[A-Za-z0-9._]{1,30}$/, max: 31 },
  birthDate: { after: "1900-01-01" },
  email: { pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, max: 320 },
  phone: { pattern: /^\+?[0-9 ()-]{7,20}$/, max: 20 },
  guardianName: { max: 200 },
  documentNumber: { pattern: /^[A-Za-z0-9-]{3,20}$/, max: 20 },
  availabilityNotes: { max: 1000 },
} as const;

/** Which form field each database constraint guards (a refusal's extensions.constraint). */
export const CONSTRAINT_FIELDS: Record<string, string> = {
  talent_full_name_check: "fullName",
  talent_full_name_length: "fullName",
  talent_stage_name_length: "stageName",
  talent_agency_length: "agency",
  talent_city_length: "city",
  talent_division_check: "division",
  talent_gender_length: "gender",
  talent_height_cm_check: "heightCm",
  talent_bust_cm_check: "bustCm",
  talent_waist_cm_check: "waistCm",
  talent_hips_cm_check: "hipsCm",
  talent_shoe_eu_check: "shoeEu",
  talent_hair_color_length: "hairColor",
  talent_eye_color_length: "eyeColor",
  talent_birth_date_check: "birthDate",
  talent_instagram_check: "instagram",
  talent_instagram_length: "instagram",
  talent_portfolio_urls_length: "portfolioUrls",
  talent_check: "consentGrantedAt",
  talent_consent_purposes_check: "consentPurposes",
  talent_consent_purposes_length: "consentPurposes",
  talent_consent_purposes_required: "consentPurposes",
  talent_consent_source_check: "consentSource",
  talent_consent_source_required: "consentSource",
  talent_consent_revoked_after_granted: "consentGrantedAt",
  talent_consent_granted_at_required: "consentGrantedAt",
  talent_consent_granted_at_past: "consentGrantedAt",
  talent_contacts_email_check: "email",
  talent_contacts_email_length: "email",
  talent_contacts_phone_check: "phone",
  talent_contacts_phone_length: "phone",
  talent_contacts_guardian_name_length: "guardianName",
  talent_contacts_guardian_phone_check: "guardianPhone",
  talent_contacts_guardian_phone_length: "guardianPhone",
  talent_contacts_guardian_email_check: "guardianEmail",
  talent_contacts_guardian_email_length: "guardianEmail",
  talent_contacts_document_type_check: "documentType",
  talent_contacts_document_number_check: "documentNumber",
  talent_contacts_document_number_length: "documentNumber",
  talent_contacts_document_complete: "documentNumber",
  talent_contacts_document_idx: "documentNumber",
  talent_contacts_minor_guardian: "guardianName",
};

/** Database columns (as an import's problems name them) → form fields. */
export const COLUMN_FIELDS: Record<string, string> = {
  full_name: "fullName",
  stage_name: "stageName",
  agency: "agency",
  city: "city",
  willing_to_travel: "willingToTravel",
  division: "division",
  gender: "gender",
  height_cm: "heightCm",
  bust_cm: "bustCm",
  waist_cm: "waistCm",
  hips_cm: "hipsCm",
  shoe_eu: "shoeEu",
  hair_color: "hairColor",
  eye_color: "eyeColor",
  measurements_taken_on: "measurementsTakenOn",
  birth_date: "birthDate",
  instagram: "instagram",
  consent_granted_at: "consentGrantedAt",
  consent_purposes: "consentPurposes",
  consent_source: "consentSource",
  email: "email",
  phone: "phone",
  whatsapp_opt_in: "whatsappOptIn",
  guardian_name: "guardianName",
  guardian_phone: "guardianPhone",
  guardian_email: "guardianEmail",
  document_type: "documentType",
  document_number: "documentNumber",
};

/** A message: a translation key under `talentForm.errors` and its values. */
const message = (key: string, values: Record<string, unknown> = {}) => `${key}|${JSON.stringify(values)}`;

/** Splits a message made by message() (or any other string) into key and values. */
export function issueText(text: string): { key: string; values: Record<string, unknown> } {
  const bar = text.indexOf("|");
  if (bar < 0) return { key: "invalid", values: {} };
  try {
    return { key: text.slice(0, bar), values: JSON.parse(text.slice(bar + 1)) as Record<string, unknown> };
  } catch {
    return { key: "invalid", values: {} };
  }
}

/** An optional text field: blank is null; trimmed; at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { message: message("tooLong", { max }) }))
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** An optional whole number in a range: blank is null. */
const wholeNumber = (min: number, max: number) =>
  z
    .union([z.number(), z.string()])
    .transform((value) => (typeof value === "string" ? value.trim().replace(",", ".") : value))
    .transform((value, context) => {
      if (value === "" || value === null) return null;
      const n = Number(value);
      if (!Number.isInteger(n)) {
        context.addIssue({ code: "custom", message: message("wholeNumber") });
        return z.NEVER;
      }
      if (n < min || n > max) {
        context.addIssue({ code: "custom", message: message("range", { min, max }) });
        return z.NEVER;
      }
      return n;
    })
    .nullable()
    .optional();

/** Shoe sizes come in halves (numeric(3,1) in the database). */
const shoeSize = z
  .union([z.number(), z.string()])
  .transform((value) => (typeof value === "string" ? value.trim().replace(",", ".") : value))
  .transform((value, context) => {
    if (value === "" || value === null) return null;
    const n = Number(value);
    if (!Number.isFinite(n) || Math.round(n * 10) !== n * 10) {
      context.addIssue({ code: "custom", message: message("shoeEu") });
      return z.NEVER;
    }
    if (n < RULES.shoeEu.min || n > RULES.shoeEu.max) {
      context.addIssue({ code: "custom", message: message("range", { min: RULES.shoeEu.min, max: RULES.shoeEu.max }) });
      return z.NEVER;
    }
    return n;
  })
  .nullable()
  .optional();

const patterned = (rule: { pattern: RegExp; max: number }, key: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(
      z.union([
        z.literal(""),
        z
          .string()
          .max(rule.max, { message: message("tooLong", { max: rule.max }) })
          .regex(rule.pattern, { message: message(key) }),
      ]),
    )
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

const isoDate = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.union([z.literal(""), z.iso.date({ message: message("date") })]))
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional();

const oneOf = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.enum(values, { message: message(key) });

export function isMinor(birthDate: string | null | undefined, today = new Date()): boolean {
  if (!birthDate) return false;
  const born = new Date(`${birthDate}T00:00:00`);
  if (Number.isNaN(born.getTime())) return false;
  const adult = new Date(born);
  adult.setFullYear(born.getFullYear() + 18);
  return adult > today;
}

/** The comp card, as the form and the import send it (TalentDetailInput). */
export const talentDetailsSchema = z.object({
  fullName: z
    .string({ message: message("required") })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, { message: message("required") })
        .max(RULES.fullName.max, { message: message("tooLong", { max: RULES.fullName.max }) }),
    ),
  stageName: text(RULES.stageName.max),
  agency: text(RULES.agency.max),
  city: text(RULES.city.max),
  willingToTravel: z.boolean().optional(),
  division: oneOf(DIVISIONS, "division"),
  gender: text(RULES.gender.max),
  heightCm: wholeNumber(RULES.heightCm.min, RULES.heightCm.max),
  bustCm: wholeNumber(RULES.bustCm.min, RULES.bustCm.max),
  waistCm: wholeNumber(RULES.waistCm.min, RULES.waistCm.max),
  hipsCm: wholeNumber(RULES.hipsCm.min, RULES.hipsCm.max),
  shoeEu: shoeSize,
  hairColor: text(RULES.hairColor.max),
  eyeColor: text(RULES.eyeColor.max),
  measurementsTakenOn: isoDate,
  birthDate: isoDate.refine((value) => !value || value > RULES.birthDate.after, {
    message: message("birthDate", { after: RULES.birthDate.after }),
  }),
  instagram: patterned(RULES.instagram, "instagram"),
});

/** Contact, guardian and identity document (TalentContactDetailInput). */
export const contactSchema = z
  .object({
    email: patterned(RULES.email, "email"),
    phone: patterned(RULES.phone, "phone"),
    whatsappOptIn: z.boolean().optional(),
    guardianName: text(RULES.guardianName.max),
    guardianPhone: patterned(RULES.phone, "phone"),
    guardianEmail: patterned(RULES.email, "email"),
    documentType: z.union([oneOf(DOCUMENT_TYPES, "documentType"), z.literal(""), z.null()]).optional(),
    documentNumber: patterned(RULES.documentNumber, "documentNumber"),
  })
  .superRefine((contact, context) => {
    const hasType = Boolean(contact.documentType);
    const hasNumber = Boolean(contact.documentNumber);
    if (hasType !== hasNumber) {
      context.addIssue({
        code: "custom",
        path: [hasType ? "documentNumber" : "documentType"],
        message: message("documentComplete"),
      });
    }
  });

/** Consent as captured (Ley 1581): at least one purpose, how, and when (not in the future). */
export const consentSchema = z.object({
  consentPurposes: z.array(oneOf(CONSENT_PURPOSES, "purpose")).min(1, { message: message("purposes") }),
  consentSource: oneOf(CONSENT_SOURCES, "source"),
  consentGrantedAt: z
    .string()
    .pipe(z.iso.date({ message: message("date") }))
    .refine((value) => value <= todayIn(), { message: message("future") }),
});

/** A minor needs a guardian: a name and a phone or an email (checked by the database at commit). */
export function guardianIssue(
  birthDate: string | null | undefined,
  contact: { guardianName?: string | null; guardianPhone?: string | null; guardianEmail?: string | null },
): string | null {
  if (!isMinor(birthDate)) return null;
  if (contact.guardianName && (contact.guardianPhone || contact.guardianEmail)) return null;
  return message("guardian");
}

/** zod issues → { field: message } (the first issue of each field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}

/** A database refusal's constraint → the form field it concerns (null: show it above the form). */
export function fieldOfConstraint(constraint: unknown): string | null {
  return typeof constraint === "string" ? (CONSTRAINT_FIELDS[constraint] ?? null) : null;
}
