// The box office's pure pieces, in Node: the CSV format for Excel in
// Colombia, the door's offline queue (order, retry, exactly-once removal),
// reading ticket codes from scanners and links, the reason messages in both
// languages, and keeping ticket codes out of the request log.
import { describe, expect, it } from "vitest";
import { loggablePath } from "../server/box-office/wompi.ts";
import { errorTranslations, LOCALES } from "../shared/errors.ts";
import { groupedCode, ticketCodeIn } from "../web/src/box-office/codes.ts";
import { csvDateTime, toCsv } from "../web/src/box-office/csv.ts";
import { enqueueScan, type QueuedScan, queuedScans, syncQueue } from "../web/src/box-office/door-queue.ts";
import { REASONS } from "../web/src/errors.ts";

describe("CSV for Excel in es-CO", () => {
  it("starts with a UTF-8 BOM, separates with semicolons, ends lines with CRLF and quotes every field", () => {
    const csv = toCsv(
      ["Comprador", "Total (COP)"],
      [
        ['Valentina "Vale" Ríos', 90000],
        ["Ana; Pérez", null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"Comprador";"Total (COP)"\r\n"Valentina ""Vale"" Ríos";"90000"\r\n"Ana; Pérez";""\r\n');
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("keeps text that looks like a formula as text", () => {
    const csv = toCsv(["x"], [['=HYPERLINK("http://evil")'], ["+57 300"], ["-1"], ["@me"]]);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('"\'+57 300"');
    expect(csv).toContain('"\'-1"');
    expect(csv).toContain('"\'@me"');
  });

  it("writes dates as es-CO reads them, in the event's time zone", () => {
    expect(csvDateTime("2026-12-10T00:30:00Z")).toMatch(/^09\/12\/2026, 7:30\sp\.\sm\.$/);
    expect(csvDateTime("2026-12-10T00:30:00Z", "Europe/Madrid")).toMatch(/^10\/12\/2026, 1:30\sa\.\sm\.$/);
    expect(csvDateTime("2026-12-10T00:30:00Z", "America/Bogotá")).toMatch(/^09\/12\/2026, 7:30/);
    expect(csvDateTime(null)).toBe("");
  });
});

describe("ticket codes at the door", () => {
  const code = "1300CVQV9KFYJ90MKBY2J961JM";

  it("reads a code typed, scanned, grouped, in lower case or inside a ticket link", () => {
    for (const text of [
      code,
      code.toLowerCase(),
      "1300C VQV9K FYJ90 MKBY2 J961J M",
      ` ${code}\n`,
      `https://fashionos.co/t/${code}`,
    ]) {
      expect(ticketCodeIn(text), text).toBe(code);
    }
    // Crockford: O is 0, I and L are 1.
    expect(ticketCodeIn(code.replace(/0/g, "O").replace(/1/g, "l"))).toBe(code);
  });

  it("refuses what is not a code", () => {
    for (const text of ["", "hola", code.slice(1), `${code}X`, "U".repeat(26), "https://example.com/t/abc"]) {
      expect(ticketCodeIn(text), text).toBeNull();
    }
  });

  it("groups a code in fives for reading", () => {
    expect(groupedCode(code)).toBe("1300C VQV9K FYJ90 MKBY2 J961J M");
  });

  it("keeps ticket codes out of the request log", () => {
    expect(loggablePath(`/t/${code}`)).toBe("/t/…");
    expect(loggablePath("/events/123")).toBe("/events/123");
  });
});

describe("the offline queue", () => {
  function memory() {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  }
  const scan = (code: string, minute: number, eventId = "e1"): QueuedScan => ({
    code,
    gate: "Puerta norte",
    eventId,
    scannedAt: new Date(Date.UTC(2026, 11, 9, 23, minute)).toISOString(),
  });

  it("sends the oldest scan first and forgets each one the server answered", async () => {
    const store = memory();
    enqueueScan(store, scan("B", 5));
    enqueueScan(store, scan("A", 2));
    enqueueScan(store, scan("C", 7, "e2"));
    expect(queuedScans(store, "e1").map((s) => s.code)).toEqual(["B", "A"]);
    const sent: string[] = [];
    const result = await syncQueue(store, async (s) => {
      sent.push(s.code);
      return "done";
    });
    expect(sent).toEqual(["A", "B", "C"]);
    expect(result).toMatchObject({ left: 0 });
    expect(queuedScans(store)).toEqual([]);
  });

  it("two syncs asked for at once send each scan once (the connection back, the timer and a re-render)", async () => {
    const store = memory();
    enqueueScan(store, scan("A", 1));
    enqueueScan(store, scan("B", 2));
    const sent: string[] = [];
    const send = async (s: QueuedScan) => {
      sent.push(s.code);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return "done" as const;
    };
    const [first, second] = await Promise.all([syncQueue(store, send), syncQueue(store, send)]);
    expect(sent).toEqual(["A", "B"]);
    expect(second).toBe(first);
    // Once it is over, the next sync runs again.
    enqueueScan(store, scan("C", 3));
    await syncQueue(store, send);
    expect(sent).toEqual(["A", "B", "C"]);
  });

  it("keeps a scan that could not be sent, and the ones after it, for the next try", async () => {
    const store = memory();
    for (const [code, minute] of [
      ["A", 1],
      ["B", 2],
      ["C", 3],
    ] as const)
      enqueueScan(store, scan(code, minute));
    let calls = 0;
    const first = await syncQueue(store, async (s) => {
      calls += 1;
      return s.code === "B" ? "retry" : "done";
    });
    expect(calls).toBe(2);
    expect(first.sent.map((s) => s.code)).toEqual(["A"]);
    expect(queuedScans(store).map((s) => s.code)).toEqual(["B", "C"]);
    const second = await syncQueue(store, async () => "done");
    expect(second.sent.map((s) => s.code)).toEqual(["B", "C"]);
    expect(queuedScans(store)).toEqual([]);
  });

  it("survives a corrupt store", () => {
    const store = memory();
    store.setItem("fashionos.door.queue", "{not json");
    expect(queuedScans(store)).toEqual([]);
    enqueueScan(store, scan("A", 1));
    expect(queuedScans(store)).toHaveLength(1);
  });
});

describe("reason messages", () => {
  it("exist in es-CO and en for every reason the dashboard translates", () => {
    // The dashboard's reasons are the error catalogue's with a text (shared/errors.ts); web/src/i18n adds them under errors.reasons.
    const reasons = [...REASONS];
    expect(reasons.length).toBeGreaterThan(5);
    for (const locale of LOCALES) {
      const catalogue = errorTranslations(locale);
      for (const reason of reasons) {
        expect((catalogue.reasons as Record<string, string>)[reason], `${locale}: ${reason}`).toBeTruthy();
      }
    }
  });
});
