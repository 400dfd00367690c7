// Dates, numbers and money with Intl, in the interface language; event times
// are shown in the event's time zone (America/Bogota by default, and whenever
// the browser does not know the zone: see dates.ts).
import { formatInTimeZone, timeZoneLabel } from "./dates.ts";
import i18n from "./i18n/index.ts";

const locale = () => (i18n.language === "en" ? "en-US" : "es-CO");

export function formatDateTime(iso: string, timeZone?: string | null): string {
  return formatInTimeZone(locale(), iso, timeZone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** The time of day, e.g. "7:02 p. m." in es-CO (when a ticket entered). */
export function formatTime(iso: string, timeZone?: string | null): string {
  return formatInTimeZone(locale(), iso, timeZone, { hour: "numeric", minute: "2-digit" });
}

/** The time zone as people say it in the interface language, e.g. "hora estándar de Colombia". */
export function formatTimeZone(timeZone?: string | null): string {
  return timeZoneLabel(locale(), timeZone);
}

export function formatDate(iso: string, timeZone?: string | null): string {
  return formatInTimeZone(locale(), iso, timeZone, { day: "numeric", month: "short", year: "numeric" });
}

/** Whole Colombian pesos, e.g. "$ 1.250.000" in es-CO. */
export function formatCop(amount: number | string | null | undefined): string {
  return new Intl.NumberFormat("es-CO", { style: "currency", currency: "COP", maximumFractionDigits: 0 }).format(
    Number(amount ?? 0),
  );
}

export function formatUsd(amount: number | string | null | undefined): string {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "USD", maximumFractionDigits: 2 }).format(
    Number(amount ?? 0),
  );
}

export function formatNumber(value: number | string | null | undefined): string {
  return new Intl.NumberFormat(locale()).format(Number(value ?? 0));
}

export function formatPercent(ratio: number | string | null | undefined): string {
  return new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 1 }).format(Number(ratio ?? 0));
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** A calendar month, e.g. "Noviembre de 2026" (capitalised: it heads a calendar). month: 1–12. */
export function formatMonth(year: number, month: number): string {
  const name = formatInTimeZone(locale(), new Date(Date.UTC(year, month - 1, 15)).toISOString(), "UTC", {
    month: "long",
    year: "numeric",
  });
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
}

/** The days of the week, Monday first: narrow ("l") and full ("lunes") names. */
export function weekdaysFromMonday(): { short: string; long: string }[] {
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const iso = new Date(Date.UTC(2024, 0, 1 + i, 12)).toISOString();
    return {
      short: formatInTimeZone(locale(), iso, "UTC", { weekday: "narrow" }),
      long: formatInTimeZone(locale(), iso, "UTC", { weekday: "long" }),
    };
  });
}
