// The browser's CSV reader for guest imports (web/src/guests/csv-import.ts):
// what Excel in es-CO writes (BOM, semicolons, quotes, accents) and what
// Google Sheets writes (commas), mapped by their Spanish or English headers.
import { describe, expect, it } from "vitest";
import { guessMapping, mappedRows, readCsv } from "../web/src/guests/csv-import.ts";

describe("reading a guest list", () => {
  it("reads Excel's es-CO CSV (BOM, semicolons, quoted fields with ; and line breaks) and maps Spanish headers", () => {
    const text =
      "\uFEFFNombre;Medio;Categoría;Nivel;Correo electrónico;Celular;Notas\r\n" +
      '"Ospina, Mariana";Revista Fucsia;Prensa;A;mariana@example.com;+57 300 111 2233;"Vegetariana; llega tarde"\r\n' +
      'Julián Torres;;Estilista;;julian@example.com;;"Dos\r\nlíneas"\r\n';
    const table = readCsv(text);
    expect(table.header).toEqual(["Nombre", "Medio", "Categoría", "Nivel", "Correo electrónico", "Celular", "Notas"]);
    const mapping = guessMapping(table.header);
    expect(mapping).toEqual({ fullName: 0, outlet: 1, category: 2, tier: 3, email: 4, phone: 5, notes: 6 });
    expect(mappedRows(table, mapping, true)).toEqual([
      {
        fullName: "Ospina, Mariana",
        outlet: "Revista Fucsia",
        category: "Prensa",
        tier: "A",
        email: "mariana@example.com",
        phone: "+57 300 111 2233",
        notes: "Vegetariana; llega tarde",
        consent: true,
      },
      {
        fullName: "Julián Torres",
        outlet: "",
        category: "Estilista",
        tier: "",
        email: "julian@example.com",
        phone: "",
        notes: "Dos\r\nlíneas",
        consent: true,
      },
    ]);
  });

  it("reads a comma-separated export with English headers, leaving unmapped fields out", () => {
    const table = readCsv("Full name,Email,Company,Unrelated\nAna Gómez,ana@example.com,Falabella,x\n\n");
    const mapping = guessMapping(table.header);
    expect(mapping.fullName).toBe(0);
    expect(mapping.category).toBe(-1);
    expect(mappedRows(table, mapping, false)).toEqual([
      { fullName: "Ana Gómez", email: "ana@example.com", outlet: "Falabella", consent: false },
    ]);
  });

  it("refuses a malformed file (an unclosed quote) instead of importing part of it", () => {
    expect(() => readCsv('Nombre;Correo\n"Sin cerrar;a@example.com\n')).toThrow();
  });
});
