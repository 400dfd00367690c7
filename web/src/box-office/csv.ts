import { formatInTimeZone } from "../dates.ts";

// CSV for spreadsheets in Colombia: UTF-8 with a byte-order mark (so Excel
// reads accents right), semicolons between fields (Excel in es-CO uses the
// comma for decimals and the semicolon as its list separator), CRLF line
// ends, every field quoted. Dates in es-CO as people there read them, in the
// event's time zone.

const BOM = "\uFEFF";

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading =, +, - or @ would be a formula to a spreadsheet: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV document (with BOM) from a header row and data rows. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(field).join(";")).join("\r\n")}\r\n`;
}

/** A date and time as es-CO writes it ("09/12/2026, 7:30 p. m."), in the time zone; empty for null. */
export function csvDateTime(iso: string | null | undefined, timeZone = "America/Bogota"): string {
  if (!iso) return "";
  return formatInTimeZone("es-CO", iso, timeZone, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}
