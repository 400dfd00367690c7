// Ticket codes as people and scanners produce them: 26 Crockford base32
// characters (the database's app_private.base32_decode accepts the same
// spellings). A QR holds the bare code; a scanned link to the public ticket
// page (/t/<code>) works too.

/** The code in a scanned or typed text, normalised (upper case, no spaces or dashes), or null. */
export function ticketCodeIn(text: string): string | null {
  const trimmed = text.trim();
  const fromLink = /\/t\/([0-9A-Za-z -]+)\s*$/.exec(trimmed);
  const candidate = (fromLink?.[1] ?? trimmed).replace(/[\s-]/g, "").toUpperCase();
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(candidate.replace(/O/g, "0").replace(/[IL]/g, "1"))
    ? candidate.replace(/O/g, "0").replace(/[IL]/g, "1")
    : null;
}

/** A code grouped for reading aloud or typing: 5-character groups. */
export function groupedCode(code: string): string {
  return code.match(/.{1,5}/g)?.join(" ") ?? code;
}
