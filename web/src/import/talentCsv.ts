// A roster file (CSV, parsed with papaparse) turned into importTalent's rows:
// the columns guessed from their headers (Spanish or English, accents and
// case aside) and changeable by the person, the values normalised (labels
// to codes, dd/mm/yyyy dates, "si"/"no"), and every line checked with the
// same rules as the form (schemas/talent.ts) before anything is sent. Pure:
// tested in Node (test/web-roster-csv.test.ts).
import Papa from "papaparse";
import {
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  consentSchema,
  contactSchema,
  DIVISIONS,
  fieldErrors,
  guardianIssue,
  talentDetailsSchema,
} from "../schemas/talent.ts";

/** The fields a file's columns can map to, in the order the mapping shows them. */
export const IMPORT_FIELDS = [
  "fullName",
  "division",
  "stageName",
  "agency",
  "city",
  "heightCm",
  "bustCm",
  "waistCm",
  "hipsCm",
  "shoeEu",
  "hairColor",
  "eyeColor",
  "birthDate",
  "instagram",
  "email",
  "phone",
  "documentType",
  "documentNumber",
  "guardianName",
  "guardianPhone",
  "guardianEmail",
  "consentPurposes",
  "consentSource",
  "consentGrantedAt",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ["fullName", "division"];

export const fold = (value: string) =>
  value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Header words that name each field (folded). */
const ALIASES: Record<ImportField, string[]> = {
  fullName: ["nombre completo", "nombre", "full name", "name", "nombres y apellidos"],
  division: ["division", "categoria", "board"],
  stageName: ["nombre artistico", "stage name", "alias"],
  agency: ["agencia", "agency"],
  city: ["ciudad", "city"],
  heightCm: ["estatura", "altura", "height", "estatura cm", "height cm"],
  bustCm: ["busto", "pecho", "bust", "chest", "busto cm"],
  waistCm: ["cintura", "waist", "cintura cm"],
  hipsCm: ["cadera", "hips", "cadera cm"],
  shoeEu: ["zapato", "calzado", "talla zapato", "shoe", "shoe eu", "talla calzado"],
  hairColor: ["cabello", "pelo", "color de cabello", "hair", "hair color"],
  eyeColor: ["ojos", "color de ojos", "eyes", "eye color"],
  birthDate: ["fecha de nacimiento", "nacimiento", "birth date", "date of birth", "birthday"],
  instagram: ["instagram", "ig"],
  email: ["correo", "email", "correo electronico", "e mail"],
  phone: ["telefono", "celular", "whatsapp", "phone", "mobile"],
  documentType: ["tipo de documento", "tipo documento", "document type"],
  documentNumber: ["documento", "cedula", "numero de documento", "document", "document number", "id"],
  guardianName: ["acudiente", "tutor", "guardian", "nombre acudiente", "guardian name"],
  guardianPhone: ["telefono acudiente", "guardian phone"],
  guardianEmail: ["correo acudiente", "guardian email"],
  consentPurposes: ["consentimiento", "finalidades", "consent", "purposes", "autorizacion"],
  consentSource: ["fuente", "origen consentimiento", "source", "consent source"],
  consentGrantedAt: ["fecha consentimiento", "fecha de autorizacion", "consent date"],
};

/** Which column of the file each field takes (null: none), guessed from the headers. */
export function guessMapping(headers: string[]): Record<ImportField, string | null> {
  const folded = headers.map((header) => ({ header, key: fold(header) }));
  const used = new Set<string>();
  const mapping = {} as Record<ImportField, string | null>;
  for (const field of IMPORT_FIELDS) {
    const match =
      folded.find(({ header, key }) => !used.has(header) && ALIASES[field].includes(key)) ??
      folded.find(({ header, key }) => !used.has(header) && key === fold(field));
    mapping[field] = match?.header ?? null;
    if (match) used.add(match.header);
  }
  return mapping;
}

export interface ParsedFile {
  headers: string[];
  rows: Record<string, string>[];
  /** Problems the parser found (unbalanced quotes…), by line. */
  errors: { line: number; message: string }[];
}

/** Parses CSV text: a header line, then one person per line; separators guessed (, ; tab). */
export function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  return {
    headers: (result.meta.fields ?? []).filter((h) => h !== ""),
    rows: result.data,
    errors: result.errors.map((error) => ({ line: (error.row ?? 0) + 2, message: error.message })),
  };
}

const DIVISION_LABELS: Record<string, (typeof DIVISIONS)[number]> = {
  mujer: "women",
  mujeres: "women",
  femenino: "women",
  hombre: "men",
  hombres: "men",
  masculino: "men",
  "no binario": "non_binary",
  "non binary": "non_binary",
  nino: "kids",
  ninos: "kids",
  ninas: "kids",
  infantil: "kids",
  curvy: "curve",
  "talla grande": "curve",
  maduro: "mature",
  madura: "mature",
  maduros: "mature",
};
const PURPOSE_LABELS: Record<string, (typeof CONSENT_PURPOSES)[number]> = {
  ia: "ai_processing",
  ai: "ai_processing",
  "ai processing": "ai_processing",
  "procesamiento con ia": "ai_processing",
  contacto: "contact",
  comunicaciones: "contact",
  whatsapp: "contact",
  correo: "contact",
  email: "contact",
  mercadeo: "marketing",
};
const SOURCE_LABELS: Record<string, (typeof CONSENT_SOURCES)[number]> = {
  "formulario firmado": "signed_form",
  firmado: "signed_form",
  "signed form": "signed_form",
  contrato: "agency_contract",
  "contrato agencia": "agency_contract",
  "formulario web": "web_form",
  web: "web_form",
  correo: "email",
  whatsapp: "whatsapp",
};

function code<T extends string>(value: string, codes: readonly T[], labels: Record<string, T>): string {
  const key = fold(value);
  const asCode = key.replace(/ /g, "_");
  if ((codes as readonly string[]).includes(asCode)) return asCode;
  return labels[key] ?? value.trim();
}

/** 2026-11-05, 5/11/2026 and 05-11-2026 (day first, as in Colombia) → 2026-11-05. */
export function isoDate(value: string): string {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]?.padStart(2, "0")}-${dayFirst[1]?.padStart(2, "0")}`;
  return text;
}

export interface ImportRow {
  line: number;
  talent: Record<string, unknown>;
  contact: Record<string, unknown>;
}

export interface CheckedRow {
  line: number;
  /** The row as importTalent takes it (when it passed). */
  row: ImportRow | null;
  /** Field → message (schemas/talent.ts messages). */
  errors: Record<string, string>;
  /** What the line says, per field (for the preview). */
  values: Partial<Record<ImportField, string>>;
}

/** One line of the file → importTalent's row, or its problems. Line numbers count the header as line 1. */
export function checkRow(
  record: Record<string, string>,
  index: number,
  mapping: Record<ImportField, string | null>,
): CheckedRow {
  const line = index + 2;
  const values: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    const value = column ? (record[column] ?? "").trim() : "";
    if (value) values[field] = value;
  }
  const talentInput: Record<string, unknown> = {
    fullName: values.fullName ?? "",
    division: values.division ? code(values.division, DIVISIONS, DIVISION_LABELS) : "",
  };
  for (const field of [
    "stageName",
    "agency",
    "city",
    "heightCm",
    "bustCm",
    "waistCm",
    "hipsCm",
    "shoeEu",
    "hairColor",
    "eyeColor",
    "instagram",
  ] as const) {
    if (values[field]) talentInput[field] = values[field];
  }
  if (values.birthDate) talentInput.birthDate = isoDate(values.birthDate);
  const contactInput: Record<string, unknown> = {};
  for (const field of ["email", "phone", "documentNumber", "guardianName", "guardianPhone", "guardianEmail"] as const) {
    if (values[field]) contactInput[field] = values[field];
  }
  if (values.documentType) contactInput.documentType = values.documentType.toUpperCase();

  const errors: Record<string, string> = {};
  const talent = talentDetailsSchema.safeParse(talentInput);
  if (!talent.success) Object.assign(errors, fieldErrors(talent.error));
  const contact = contactSchema.safeParse(contactInput);
  if (!contact.success) Object.assign(errors, fieldErrors(contact.error));
  const guardian = guardianIssue(talentInput.birthDate as string | undefined, contactInput as never);
  if (guardian) errors.guardianName = guardian;

  let consent: Record<string, unknown> = {};
  if (values.consentPurposes || values.consentSource || values.consentGrantedAt) {
    const parsed = consentSchema.safeParse({
      consentPurposes: (values.consentPurposes ?? "")
        .split(/[,;|/]/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => code(p, CONSENT_PURPOSES, PURPOSE_LABELS)),
      consentSource: code(values.consentSource ?? "", CONSENT_SOURCES, SOURCE_LABELS),
      consentGrantedAt: isoDate(values.consentGrantedAt ?? ""),
    });
    if (parsed.success) {
      consent = {
        consentPurposes: [...new Set(parsed.data.consentPurposes)],
        consentSource: parsed.data.consentSource,
        consentGrantedAt: new Date(`${parsed.data.consentGrantedAt}T12:00:00-05:00`).toISOString(),
      };
    } else {
      Object.assign(errors, fieldErrors(parsed.error));
    }
  }
  if (Object.keys(errors).length || !talent.success || !contact.success) return { line, row: null, errors, values };
  const { shoeEu, ...details } = talent.data;
  return {
    line,
    errors,
    values,
    row: {
      line,
      talent: { ...details, ...(shoeEu == null ? {} : { shoeEu: String(shoeEu) }), ...consent },
      contact: { ...contact.data, documentType: contact.data.documentType || null },
    },
  };
}
