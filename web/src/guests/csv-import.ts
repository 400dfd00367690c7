// Reading a guest list from a CSV in the browser, with csv-parse: a BOM, a
// comma, semicolon or tab delimiter (Excel in es-CO writes semicolons) and
// quoted fields are handled by the library. The producer maps the file's
// columns to the guest fields (guessed from the headers, in Spanish or
// English); the database checks every row and imports all of them or none
// (app_public.import_guests).
import { parse } from "csv-parse/browser/esm/sync";

export const GUEST_FIELDS = ["fullName", "outlet", "category", "tier", "email", "phone", "notes"] as const;
export type GuestField = (typeof GUEST_FIELDS)[number];

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** The header and data rows of a CSV text; throws on a malformed file (e.g. an unclosed quote). */
export function readCsv(text: string): CsvTable {
  const records = parse(text, {
    bom: true,
    delimiter: [";", ",", "\t"],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}

const SYNONYMS: Record<GuestField, RegExp> = {
  fullName: /^(nombre( completo)?|full ?name|name|invitad[oa])$/i,
  outlet: /^(medio|empresa|compa[nñ][ií]a|outlet|company|publicaci[oó]n)$/i,
  category: /^(categor[ií]a|category|tipo|type)$/i,
  tier: /^(nivel|tier|prioridad)$/i,
  email: /^(correo( electr[oó]nico)?|e-?mail)$/i,
  phone: /^(tel[eé]fono|celular|m[oó]vil|phone|mobile|whatsapp)$/i,
  notes: /^(notas?|observaciones|notes?)$/i,
};

/** For each guest field, the index of the column whose header names it, or -1. */
export function guessMapping(header: string[]): Record<GuestField, number> {
  const mapping = {} as Record<GuestField, number>;
  for (const field of GUEST_FIELDS) {
    mapping[field] = header.findIndex((name) => SYNONYMS[field].test(name.trim()));
  }
  return mapping;
}

/** The rows as import_guests takes them, through the mapping (unmapped fields left out). */
export function mappedRows(table: CsvTable, mapping: Record<GuestField, number>, consent: boolean) {
  return table.rows.map((row) => {
    const guest: Record<string, string | boolean> = {};
    for (const field of GUEST_FIELDS) {
      const index = mapping[field];
      if (index >= 0) guest[field] = row[index] ?? "";
    }
    guest.consent = consent;
    return guest;
  });
}

export interface ImportError {
  row: number;
  column: string;
  code: string;
}
