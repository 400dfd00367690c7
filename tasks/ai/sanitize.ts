// Model text is untrusted bytes on their way into PostgreSQL. Two kinds of
// character make an insert fail outright: NUL (`\u0000`), which neither text
// nor jsonb can hold, and lone UTF-16 surrogates (`\ud83d` without its pair),
// which jsonb rejects and text silently mangles. Other C0 control characters
// (except tab and newlines) are invisible junk in a dashboard. Everything a
// model wrote goes through here before it is stored anywhere: logs, run
// output, castings.

// C0 controls except \t \n \r, plus DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text without NUL or other control characters, with lone surrogates replaced by U+FFFD. */
export function sanitizeText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
}

/** Whether sanitizeText would change the text. */
export function needsSanitizing(text: string): boolean {
  return HAS_LONE_SURROGATE.test(text) || HAS_CONTROL.test(text);
}

/** A copy of a JSON-like value with every string (object keys included) sanitised. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === "string") return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => sanitizeDeep(item)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[sanitizeText(key)] = sanitizeDeep(item);
    return copy as T;
  }
  return value;
}
