// The dashboard never crashes on a time zone Intl does not know (issue 11,
// item 9): America/Bogotá made Intl throw and blanked the event page. Dates
// fall back to America/Bogota, and every date the dashboard shows goes through
// the one module that does so.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { DEFAULT_TIME_ZONE, formatInTimeZone, safeTimeZone, timeZoneLabel, todayIn } from "../web/src/dates.ts";

const SRC = resolve(PROJECT_ROOT, "web", "src");
const SHOW = "2026-03-01T01:30:00Z";
const OPTIONS: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" };

/** The dashboard's TypeScript sources, without the generated client. */
function dashboardSources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "gql" ? [] : dashboardSources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("dates in a time zone", () => {
  it("Intl itself throws on America/Bogotá (the fault this guards against)", () => {
    expect(() => new Intl.DateTimeFormat("es-CO", { timeZone: "America/Bogotá" })).toThrow(RangeError);
  });

  it("falls back to America/Bogota for a zone Intl does not know, or none", () => {
    for (const bad of ["America/Bogotá", "Mars/Olympus", "UTC+5", "", null, undefined]) {
      expect(safeTimeZone(bad), String(bad)).toBe(DEFAULT_TIME_ZONE);
    }
    expect(safeTimeZone("Europe/Madrid")).toBe("Europe/Madrid");
  });

  it("formats with the fallback instead of throwing, in both languages", () => {
    for (const locale of ["es-CO", "en-US"]) {
      const bogota = formatInTimeZone(locale, SHOW, "America/Bogota", OPTIONS);
      expect(formatInTimeZone(locale, SHOW, "America/Bogotá", OPTIONS)).toBe(bogota);
      expect(formatInTimeZone(locale, SHOW, null, OPTIONS)).toBe(bogota);
      // A real zone is honoured: 01:30 UTC is the evening before in Bogotá, morning in Madrid.
      expect(formatInTimeZone(locale, SHOW, "Europe/Madrid", OPTIONS)).not.toBe(bogota);
    }
    expect(formatInTimeZone("es-CO", SHOW, "America/Bogota", { day: "numeric" })).toBe("28");
  });

  it("knows today's date in Bogotá, which is not the UTC date after 19:00 there", () => {
    // 00:36 UTC on 30 November is 19:36 on 29 November in Bogotá.
    const evening = new Date("2026-11-30T00:36:00Z");
    expect(todayIn(undefined, evening)).toBe("2026-11-29");
    expect(todayIn("America/Bogota", evening)).toBe("2026-11-29");
    expect(todayIn("America/Bogotá", evening)).toBe("2026-11-29");
    expect(todayIn("Europe/Madrid", evening)).toBe("2026-11-30");
    expect(todayIn(undefined, new Date("2026-11-30T05:00:00Z"))).toBe("2026-11-30");
  });

  it("names a zone as people say it, not by its IANA identifier", () => {
    expect(timeZoneLabel("es-CO", "America/Bogota")).toMatch(/Colombia/);
    expect(timeZoneLabel("en-US", "America/Bogota")).toMatch(/Colombia/);
    expect(timeZoneLabel("es-CO", "America/Bogota")).not.toMatch(/America\//);
    expect(timeZoneLabel("es-CO", "Europe/Madrid")).toMatch(/Europa/);
    // An unknown zone is shown as the zone it falls back to; a zone Intl only knows as an offset keeps its name.
    expect(timeZoneLabel("es-CO", "America/Bogotá")).toBe(timeZoneLabel("es-CO", "America/Bogota"));
    expect(timeZoneLabel("en-US", "Etc/UTC")).toBe("Etc/UTC");
  });

  it("shows a dash for a value that is not a date instead of throwing", () => {
    expect(formatInTimeZone("es-CO", "not a date", "America/Bogota", OPTIONS)).toBe("—");
  });

  it("is the only place in the dashboard that builds date formats", () => {
    const files = dashboardSources();
    const offenders = files
      .filter((file) => relative(SRC, file) !== "dates.ts")
      .filter((file) => /Intl\.DateTimeFormat|toLocale(Date|Time)?String|timeZone:/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it("takes today's date from todayIn, never from the UTC date", () => {
    const files = dashboardSources();
    const offenders = files
      .filter((file) => /new Date\(\)\.toISOString\(\)\.slice\(0, 10\)/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
