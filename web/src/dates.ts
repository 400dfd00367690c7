// Dates and times in a time zone. An event's time zone comes from the API and
// the database accepts only IANA names, but a name this browser's Intl does
// not know (an older browser's tz data, a row stored before the check, a
// typo such as America/Bogotá) must never blank a page: Intl throws a
// RangeError for it, so such a zone falls back to America/Bogota, where
// FashionOS's shows happen. Kept free of React and i18n so it is tested in Node.

export const DEFAULT_TIME_ZONE = "America/Bogota";

/** The time zone itself when Intl can use it, else America/Bogota. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Formats an ISO timestamp in the time zone (see safeTimeZone); "—" for a value that is not a date. */
export function formatInTimeZone(
  locale: string,
  iso: string,
  timeZone: string | null | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: safeTimeZone(timeZone) }).format(date);
}

/**
 * A time zone as people say it, e.g. "hora de Colombia" (es-CO) or "Colombia Time" (en-US), from Intl's generic
 * long name; the IANA name itself where Intl has no such name.
 */
export function timeZoneLabel(locale: string, timeZone: string | null | undefined, at = new Date()): string {
  const zone = safeTimeZone(timeZone);
  try {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value;
    return name && !/^GMT|^UTC/.test(name) ? name : zone;
  } catch {
    return zone;
  }
}

/**
 * Today's calendar date (YYYY-MM-DD) where FashionOS's shows happen, America/Bogota, or in the zone given. Not
 * the UTC date: from 19:00 in Bogotá the UTC date is already tomorrow (a consent dated tomorrow, a calendar
 * marking the wrong day).
 */
export function todayIn(timeZone: string | null | undefined = DEFAULT_TIME_ZONE, at = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: safeTimeZone(timeZone),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}
