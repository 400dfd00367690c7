// The dashboard's CSV reading (web/src/import/talentCsv.ts), in Node: headers
// guessed in Spanish and English, values normalised to what importTalent
// takes, and every line checked with the form's rules before anything is sent.
import { describe, expect, it } from "vitest";
import { checkRow, guessMapping, isoDate, parseCsv } from "../web/src/import/talentCsv.ts";

const SPANISH = [
  "Nombre completo;División;Ciudad;Estatura;Busto;Cintura;Cadera;Zapato;Correo;Teléfono;Tipo de documento;Cédula;Fecha de nacimiento;Acudiente;Teléfono acudiente;Consentimiento;Fuente;Fecha consentimiento",
  "María José Ríos;Mujeres;Bogotá;178;84;61;90;38,5;maria@example.com;+57 300 123 4567;cc;1020304050;02/05/1999;;;casting, IA, WhatsApp;Formulario firmado;15/11/2026",
  "Tomás Peña;hombre;Cali;300;;;;;tomas@;;;;;;;;;",
  "Sofía Niño;niños;Cali;150;;;;;;;;;09/03/2015;;;;;",
  "Lucía Mora;kids;Cali;150;;;;;;;TI;1234567;09/03/2015;Ana Mora;+57 311 000 1111;;;",
].join("\n");

describe("reading a roster file", () => {
  it("parses semicolon files and guesses every column from Spanish headers", () => {
    const parsed = parseCsv(SPANISH);
    expect(parsed.rows).toHaveLength(4);
    const mapping = guessMapping(parsed.headers);
    expect(mapping).toMatchObject({
      fullName: "Nombre completo",
      division: "División",
      city: "Ciudad",
      heightCm: "Estatura",
      shoeEu: "Zapato",
      email: "Correo",
      phone: "Teléfono",
      documentType: "Tipo de documento",
      documentNumber: "Cédula",
      birthDate: "Fecha de nacimiento",
      guardianName: "Acudiente",
      guardianPhone: "Teléfono acudiente",
      consentPurposes: "Consentimiento",
      consentSource: "Fuente",
      consentGrantedAt: "Fecha consentimiento",
    });
    expect(guessMapping(["Full name", "Division", "Height cm", "Email"])).toMatchObject({
      fullName: "Full name",
      division: "Division",
      heightCm: "Height cm",
      email: "Email",
    });
  });

  it("normalises labels, decimal commas and day-first dates into importTalent's row", () => {
    const parsed = parseCsv(SPANISH);
    const mapping = guessMapping(parsed.headers);
    const first = checkRow(parsed.rows[0] as Record<string, string>, 0, mapping);
    expect(first.errors).toEqual({});
    expect(first.row).toMatchObject({
      line: 2,
      talent: {
        fullName: "María José Ríos",
        division: "women",
        heightCm: 178,
        shoeEu: "38.5",
        birthDate: "1999-05-02",
        consentPurposes: ["casting", "ai_processing", "contact"],
        consentSource: "signed_form",
      },
      contact: { email: "maria@example.com", documentType: "CC", documentNumber: "1020304050" },
    });
    expect(first.row?.talent.consentGrantedAt).toBe("2026-11-15T17:00:00.000Z");
    expect(isoDate("5/11/2026")).toBe("2026-11-05");
  });

  it("reports each line's problems by field with the form's rules, and a minor without a guardian", () => {
    const parsed = parseCsv(SPANISH);
    const mapping = guessMapping(parsed.headers);
    const [, tomas, sofia, lucia] = parsed.rows.map((row, i) => checkRow(row, i, mapping));
    expect(tomas?.row).toBeNull();
    expect(Object.keys(tomas?.errors ?? {}).sort()).toEqual(["email", "heightCm"]);
    expect(sofia?.row).toBeNull();
    expect(Object.keys(sofia?.errors ?? {})).toEqual(["guardianName"]);
    expect(lucia?.errors).toEqual({});
    expect(lucia?.row?.talent.division).toBe("kids");
  });
});
