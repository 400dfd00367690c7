// Attack on the stored copy of a booking confirmation (tasks/outbox/booking.ts):
// producers read outbound_messages on Comunicaciones, so no piece of a ticket
// code or of the booking's access token may survive redaction in whatever form
// the mail shows it (plain, grouped in fives for reading, in a link, escaped in
// HTML, split across MJML's markup), in either language. A piece is any run of
// 5 characters of a secret: each is 25 bits of a credential.
import { describe, expect, it } from "vitest";
import { renderBookingMessage } from "../tasks/outbox/booking.ts";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32, as app_private.base32
function secret(length: number, seed: number): string {
  let out = "";
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += ALPHABET[x % 32];
  }
  return out;
}

/** Every run of 5 characters of the secret. */
function pieces(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 5 <= value.length; i++) out.push(value.slice(i, i + 5));
  return out;
}

describe("a booking confirmation's stored copy", () => {
  for (const locale of ["es-CO", "en"] as const) {
    it(`keeps no piece of a ticket code or of the access token (${locale})`, async () => {
      const secrets = {
        accessToken: secret(32, 7),
        tickets: [1, 2, 3].map((seat) => ({ seat, code: secret(26, seat * 101) })),
      };
      const rendered = await renderBookingMessage(
        {
          recipient_address: "comprador@example.com",
          locale,
          variables: {
            eventTitle: "Noche de Moda",
            startsAt: "2026-12-05T01:00:00Z",
            timeZone: "America/Bogota",
            venue: "Ágora, Bogotá",
            name: "Camila Ortiz",
            reference: "FOS-ABC123",
            quantity: 3,
            totalCop: 135000,
            tierName: "General",
          },
        },
        secrets,
        "https://app.fashionos.test",
      );
      // What is sent has them (the buyer needs them)…
      for (const { code } of secrets.tickets) expect(rendered.text).toContain(code);
      expect(rendered.text).toContain(secrets.accessToken);
      // …what is stored has none of them, in any form: whitespace and markup removed, nothing is left.
      const all = [secrets.accessToken, ...secrets.tickets.map((t) => t.code)].flatMap(pieces);
      for (const [part, value] of Object.entries(rendered.stored)) {
        const squeezed = value.replace(/<[^>]*>/g, "").replace(/&nbsp;|&#160;|\s/g, "");
        const leaked = all.filter((piece) => value.includes(piece) || squeezed.includes(piece));
        expect(leaked, `stored ${part}`).toEqual([]);
      }
    });
  }
});
