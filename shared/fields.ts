// Each form field's rule, stated once. The dashboard builds its zod schemas
// from these (formSchema: es-CO or English messages through the caller's
// translate function) and places a database refusal next to the field it
// concerns (fieldOfRefusal: by the constraint or reason the API reports).
// test/form-rules.test.ts holds every rule against the database itself: each
// constraint named here exists, every check and unique constraint on a form's
// columns is named here, and for boundary values of every field the schema
// and PostgreSQL give the same verdict. So the client refuses exactly what
// the database would, and says why before a round trip.
import { z } from "zod";

/** How a value is written: the text a person types and what the API receives. */
export type FieldRule =
  | TextRule
  | IntegerRule
  | MoneyRule
  | ChoiceRule
  | DateTimeRule
  | BooleanRule
  | ReferenceRule
  | PasswordRule;

interface Base {
  /** The database column (test/form-rules.test.ts writes probes to it). */
  column: string;
  required: boolean;
  /** Database constraints this rule stands for: a refusal naming one is shown by this field. */
  constraints: readonly string[];
  /**
   * Refusals only the database can decide (uniqueness, other rows, state), by
   * constraint name or API reason, with the message key shown by this field.
   */
  server?: Readonly<Record<string, MessageKey>>;
}

/** Text, trimmed; blank is null unless required. Length counts characters as PostgreSQL does (code points). */
export interface TextRule extends Base {
  kind: "text";
  max: number;
  format?: "email" | "url" | "instagram" | "phone" | "slug";
}
/** A whole number (PostgreSQL integer). */
export interface IntegerRule extends Base {
  kind: "integer";
  min: number;
  max: number;
}
/** Colombian pesos, whole (PostgreSQL bigint): "1.250.000", "1250000" or "1,250,000"; sent as a string. */
export interface MoneyRule extends Base {
  kind: "money";
  min: number;
}
export interface ChoiceRule extends Base {
  kind: "choice";
  values: readonly string[];
}
/** A datetime-local value ("2026-03-01T19:00") read in the form's time zone, sent as a UTC ISO instant. */
export interface DateTimeRule extends Base {
  kind: "datetime";
}
export interface BooleanRule extends Base {
  kind: "boolean";
}
/** The id of another row (a picker); blank is null unless required. */
export interface ReferenceRule extends Base {
  kind: "reference";
}
/** A new password: checked by the database functions that set one (register, reset_password: WEAKP). */
export interface PasswordRule extends Base {
  kind: "password";
  min: number;
}

/** Two fields in order: `field` must come after (or, not strict, not before) `other`. */
export interface OrderRule {
  field: string;
  other: string;
  strict: boolean;
  constraint: string;
  message: MessageKey;
}

export interface FormRules {
  table: string;
  fields: Readonly<Record<string, FieldRule>>;
  order?: readonly OrderRule[];
}

/** Every message key a rule can produce (validation.* in web/src/i18n). */
export const MESSAGE_KEYS = [
  "validation.required",
  "validation.tooLong",
  "validation.tooShort",
  "validation.wholeNumber",
  "validation.atLeast",
  "validation.atMost",
  "validation.wholePesos",
  "validation.choice",
  "validation.date",
  "validation.email",
  "validation.url",
  "validation.instagram",
  "validation.phone",
  "validation.slug",
  "validation.endsAfterStart",
  "validation.priceRange",
  "validation.salesWindow",
  "validation.slugTaken",
  "validation.lookNumberTaken",
  "validation.alreadyInLineUp",
  "validation.tierNameTaken",
  "validation.modelNotConfirmed",
  "validation.belowSold",
  "validation.overCapacity",
  "validation.capacityBelowTickets",
  "validation.weakPassword",
  "validation.invalidEmail",
  "validation.lastOwner",
  "validation.guestEmailTaken",
  "validation.rejected",
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

const INT_MAX = 2_147_483_647;
const BIGINT_MAX = 9_223_372_036_854_775_807n;

/* Constructors: a rule reads as what it is ----------------------------- */

const text = (column: string, max: number, options: Partial<Omit<TextRule, "kind" | "column" | "max">> = {}) =>
  ({ kind: "text", column, max, required: false, constraints: [], ...options }) satisfies TextRule;
const integer = (column: string, min: number, max: number, options: Partial<Omit<IntegerRule, "kind">> = {}) =>
  ({ kind: "integer", column, min, max, required: false, constraints: [], ...options }) satisfies IntegerRule;
const money = (column: string, options: Partial<Omit<MoneyRule, "kind">> = {}) =>
  ({ kind: "money", column, min: 0, required: false, constraints: [], ...options }) satisfies MoneyRule;
const choice = (column: string, values: readonly string[], options: Partial<Omit<ChoiceRule, "kind">> = {}) =>
  ({ kind: "choice", column, values, required: true, constraints: [], ...options }) satisfies ChoiceRule;
const datetime = (column: string, options: Partial<Omit<DateTimeRule, "kind">> = {}) =>
  ({ kind: "datetime", column, required: false, constraints: [], ...options }) satisfies DateTimeRule;
const boolean = (column: string) =>
  ({ kind: "boolean", column, required: true, constraints: [] }) satisfies BooleanRule;
const reference = (column: string, options: Partial<Omit<ReferenceRule, "kind">> = {}) =>
  ({ kind: "reference", column, required: false, constraints: [], ...options }) satisfies ReferenceRule;

/** The values of a column's `check (x in (…))`, as the database states them (db/migrations). */
export const ROLE_VALUES = ["owner", "admin", "producer", "casting", "viewer", "door"] as const;
export const VENDOR_CATEGORIES = [
  "catering",
  "lighting",
  "sound",
  "staging",
  "security",
  "photography",
  "video",
  "hair_makeup",
  "models_agency",
  "transport",
  "printing",
  "other",
] as const;
export const SPONSOR_TIERS = ["title", "gold", "silver", "bronze", "partner", "in_kind"] as const;
export const SPONSOR_STATUSES = ["prospect", "negotiating", "confirmed", "paid", "declined"] as const;
export const GUEST_CATEGORIES = [
  "press",
  "buyer",
  "stylist",
  "influencer",
  "vip",
  "designer_guest",
  "sponsor",
  "industry",
] as const;
export const GUEST_TIERS = ["A", "B", "C"] as const;

export const FORMS = {
  account: {
    table: "profiles",
    fields: {
      fullName: text("full_name", 200, {
        required: true,
        constraints: ["profiles_full_name_check", "profiles_full_name_length"],
      }),
      email: text("email", 320, {
        required: true,
        format: "email",
        // profiles_email_key never reaches anyone: register answers alike for taken addresses.
        constraints: ["profiles_email_check", "profiles_email_key"],
        server: { INVALID_EMAIL: "validation.invalidEmail" },
      }),
      password: {
        kind: "password",
        column: "password",
        min: 10,
        required: true,
        constraints: [],
        server: { WEAK_PASSWORD: "validation.weakPassword" },
      },
    },
  },
  organization: {
    table: "organizations",
    fields: {
      name: text("name", 200, {
        required: true,
        constraints: ["organizations_name_check", "organizations_name_length"],
      }),
      slug: text("slug", 64, {
        required: true,
        format: "slug",
        constraints: ["organizations_slug_check"],
        server: { organizations_slug_key: "validation.slugTaken" },
      }),
      city: text("city", 100, { constraints: ["organizations_city_length"] }),
    },
  },
  membership: {
    table: "memberships",
    fields: {
      role: choice("role", ROLE_VALUES, {
        constraints: ["memberships_role_check"],
        server: { LAST_OWNER: "validation.lastOwner" },
      }),
    },
  },
  invitation: {
    table: "organization_invitations",
    fields: {
      email: text("email", 320, {
        required: true,
        format: "email",
        constraints: ["organization_invitations_email_check", "organization_invitations_email_length"],
        server: { INVALID_EMAIL: "validation.invalidEmail" },
      }),
      role: choice("role", ROLE_VALUES, { constraints: ["organization_invitations_role_check"] }),
    },
  },
  event: {
    table: "events",
    fields: {
      title: text("title", 200, { required: true, constraints: ["events_title_check", "events_title_length"] }),
      slug: text("slug", 100, {
        required: true,
        format: "slug",
        constraints: ["events_slug_check"],
        server: { events_organization_id_slug_key: "validation.slugTaken" },
      }),
      description: text("description", 5000, { constraints: ["events_description_length"] }),
      startsAt: datetime("starts_at", { required: true }),
      endsAt: datetime("ends_at", { required: true }),
      venueId: reference("venue_id", { constraints: ["events_venue_id_organization_id_fkey"] }),
      capacity: integer("capacity", 1, INT_MAX, {
        constraints: ["events_capacity_check"],
        server: { OVER_CAPACITY: "validation.capacityBelowTickets" },
      }),
      isPublic: boolean("is_public"),
    },
    order: [
      {
        field: "endsAt",
        other: "startsAt",
        strict: true,
        constraint: "events_check",
        message: "validation.endsAfterStart",
      },
    ],
  },
  venue: {
    table: "venues",
    fields: {
      name: text("name", 200, { required: true, constraints: ["venues_name_check", "venues_name_length"] }),
      address: text("address", 300, { constraints: ["venues_address_length"] }),
      city: text("city", 100, { required: true, constraints: ["venues_city_check", "venues_city_length"] }),
      capacity: integer("capacity", 1, INT_MAX, { constraints: ["venues_capacity_check"] }),
      layoutNotes: text("layout_notes", 5000, { constraints: ["venues_layout_notes_length"] }),
    },
  },
  designer: {
    table: "designers",
    fields: {
      name: text("name", 200, { required: true, constraints: ["designers_name_check", "designers_name_length"] }),
      brand: text("brand", 200, { constraints: ["designers_brand_length"] }),
      city: text("city", 100, { constraints: ["designers_city_length"] }),
      instagram: text("instagram", 31, {
        format: "instagram",
        constraints: ["designers_instagram_check", "designers_instagram_length"],
      }),
      website: text("website", 2048, {
        format: "url",
        constraints: ["designers_website_check", "designers_website_length"],
      }),
    },
  },
  lineUpEntry: {
    table: "event_designers",
    fields: {
      designerId: reference("designer_id", {
        required: true,
        constraints: ["event_designers_designer_id_organization_id_fkey"],
        server: { event_designers_event_id_designer_id_key: "validation.alreadyInLineUp" },
      }),
      collectionName: text("collection_name", 200, { constraints: ["event_designers_collection_name_length"] }),
    },
  },
  look: {
    table: "looks",
    fields: {
      sequence: integer("sequence", 1, INT_MAX, {
        required: true,
        constraints: ["looks_sequence_check"],
        server: { looks_event_id_sequence_key: "validation.lookNumberTaken" },
      }),
      title: text("title", 200, { required: true, constraints: ["looks_title_check", "looks_title_length"] }),
      changeMinutes: integer("change_minutes", 0, 120, { required: true, constraints: ["looks_change_minutes_check"] }),
      notes: text("notes", 2000, { constraints: ["looks_notes_length"] }),
      talentId: reference("talent_id", {
        constraints: ["looks_event_id_talent_id_fkey"],
        server: { looks_talent_confirmed: "validation.modelNotConfirmed" },
      }),
    },
  },
  vendor: {
    table: "vendors",
    fields: {
      name: text("name", 200, { required: true, constraints: ["vendors_name_check", "vendors_name_length"] }),
      category: choice("category", VENDOR_CATEGORIES, { constraints: ["vendors_category_check"] }),
      city: text("city", 100, { required: true, constraints: ["vendors_city_check", "vendors_city_length"] }),
      priceMinCop: money("price_min_cop", { constraints: ["vendors_price_min_cop_check"] }),
      priceMaxCop: money("price_max_cop", { constraints: ["vendors_price_max_cop_check"] }),
      contactName: text("contact_name", 200, { constraints: ["vendors_contact_name_length"] }),
      contactEmail: text("contact_email", 320, {
        format: "email",
        constraints: ["vendors_contact_email_check", "vendors_contact_email_length"],
      }),
      contactPhone: text("contact_phone", 20, {
        format: "phone",
        constraints: ["vendors_contact_phone_check", "vendors_contact_phone_length"],
      }),
      website: text("website", 2048, {
        format: "url",
        constraints: ["vendors_website_check", "vendors_website_length"],
      }),
      notes: text("notes", 5000, { constraints: ["vendors_notes_length"] }),
    },
    order: [
      {
        field: "priceMaxCop",
        other: "priceMinCop",
        strict: false,
        constraint: "vendors_check",
        message: "validation.priceRange",
      },
    ],
  },
  sponsor: {
    table: "sponsors",
    fields: {
      name: text("name", 200, { required: true, constraints: ["sponsors_name_check", "sponsors_name_length"] }),
      tier: choice("tier", SPONSOR_TIERS, { constraints: ["sponsors_tier_check"] }),
      amountCop: money("amount_cop", { required: true, constraints: ["sponsors_amount_cop_check"] }),
      status: choice("status", SPONSOR_STATUSES, { constraints: ["sponsors_status_check"] }),
      contactName: text("contact_name", 200, { constraints: ["sponsors_contact_name_length"] }),
      contactEmail: text("contact_email", 320, {
        format: "email",
        constraints: ["sponsors_contact_email_check", "sponsors_contact_email_length"],
      }),
    },
  },
  ticketTier: {
    table: "ticket_tiers",
    fields: {
      name: text("name", 100, {
        required: true,
        constraints: ["ticket_tiers_name_check", "ticket_tiers_name_length"],
        server: { ticket_tiers_event_id_name_key: "validation.tierNameTaken" },
      }),
      description: text("description", 2000, { constraints: ["ticket_tiers_description_length"] }),
      priceCop: money("price_cop", { required: true, constraints: ["ticket_tiers_price_cop_check"] }),
      quantity: integer("quantity", 0, INT_MAX, {
        required: true,
        constraints: ["ticket_tiers_quantity_check"],
        server: { ticket_tiers_check: "validation.belowSold", OVER_CAPACITY: "validation.overCapacity" },
      }),
      // The box office's limit per booking (book_tickets refuses more: TOO_MANY_TICKETS).
      maxPerOrder: integer("max_per_order", 1, 50, {
        required: true,
        constraints: ["ticket_tiers_max_per_order_check"],
      }),
      salesStartAt: datetime("sales_start_at"),
      salesEndAt: datetime("sales_end_at"),
    },
    order: [
      {
        field: "salesEndAt",
        other: "salesStartAt",
        strict: true,
        constraint: "ticket_tiers_check1",
        message: "validation.salesWindow",
      },
    ],
  },
  // One guest of the organization's list (app_public.save_guest writes both
  // tables in one statement): the guest, and how to reach them.
  guest: {
    table: "guests",
    fields: {
      fullName: text("full_name", 200, {
        required: true,
        constraints: ["guests_full_name_check", "guests_full_name_length"],
      }),
      outlet: text("outlet", 200, { constraints: ["guests_outlet_length"] }),
      category: choice("category", GUEST_CATEGORIES, { constraints: ["guests_category_check"] }),
      tier: choice("tier", GUEST_TIERS, { constraints: ["guests_tier_check"] }),
      notes: text("notes", 2000, { constraints: ["guests_notes_length"] }),
      // Required by save_guest when consent is recorded (Ley 1581: how it was given).
      consentSource: text("consent_source", 200, {
        constraints: ["guests_consent_source_length"],
        server: { guests_consent_source_required: "validation.required" },
      }),
    },
  },
  guestContact: {
    table: "guest_contacts",
    fields: {
      email: text("email", 320, {
        format: "email",
        constraints: ["guest_contacts_email_check", "guest_contacts_email_length"],
        server: { guest_contacts_organization_email_key: "validation.guestEmailTaken" },
      }),
      phone: text("phone", 20, {
        format: "phone",
        constraints: ["guest_contacts_phone_check", "guest_contacts_phone_length"],
      }),
    },
  },
} as const satisfies Record<string, FormRules>;

export type FormName = keyof typeof FORMS;

/* Parsing one value ----------------------------------------------------- */

/** What a form holds for a field: the text typed, or a checkbox. */
export type RawValue = string | boolean | null | undefined;
export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

const FORMATS: Record<NonNullable<TextRule["format"]>, { pattern: RegExp; message: MessageKey }> = {
  // As the database's checks state them (db/migrations/committed/000001 and 000009).
  email: { pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/u, message: "validation.email" },
  url: { pattern: /^https?:\/\//u, message: "validation.url" },
  instagram: { pattern: /^@?[A-Za-z0-9._]{1,30}$/u, message: "validation.instagram" },
  phone: { pattern: /^\+?[0-9 ()-]{7,20}$/u, message: "validation.phone" },
  slug: { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/u, message: "validation.slug" },
};

/** Characters as PostgreSQL's length() counts them (code points, not UTF-16 units). */
const length = (value: string) => [...value].length;

type Parsed = { ok: true; value: unknown } | { ok: false; message: MessageKey; values?: Record<string, unknown> };

const missing = (rule: FieldRule): Parsed =>
  rule.required ? { ok: false, message: "validation.required" } : { ok: true, value: null };

/** Parses what a person typed into what the API receives, or the reason it cannot be. */
export function parseField(rule: FieldRule, raw: RawValue, timeZone = DEFAULT_TIME_ZONE): Parsed {
  if (rule.kind === "boolean") return { ok: true, value: raw === true || raw === "true" };
  if (rule.kind === "password") {
    // Passwords are not trimmed: spaces are characters too.
    const value = typeof raw === "string" ? raw : "";
    if (value === "") return missing(rule);
    if (length(value) < rule.min) return { ok: false, message: "validation.tooShort", values: { min: rule.min } };
    return { ok: true, value };
  }
  const input = typeof raw === "string" ? raw.trim() : "";
  if (input === "") return missing(rule);
  switch (rule.kind) {
    case "text": {
      const value = rule.format === "slug" ? input.toLowerCase() : input;
      if (length(value) > rule.max) return { ok: false, message: "validation.tooLong", values: { max: rule.max } };
      const format = rule.format ? FORMATS[rule.format] : null;
      if (format && !format.pattern.test(value)) return { ok: false, message: format.message };
      return { ok: true, value };
    }
    case "integer": {
      if (!/^[+-]?\d+$/.test(input)) return { ok: false, message: "validation.wholeNumber" };
      const value = Number(input);
      if (value < rule.min) return { ok: false, message: "validation.atLeast", values: { min: rule.min } };
      if (value > rule.max) return { ok: false, message: "validation.atMost", values: { max: rule.max } };
      return { ok: true, value };
    }
    case "money": {
      const compact = input.replace(/^\$\s*/, "").replace(/\s/g, "");
      const grouped = /^-?\d{1,3}([.,]\d{3})+$/.test(compact);
      if (!grouped && !/^-?\d+$/.test(compact)) return { ok: false, message: "validation.wholePesos" };
      const digits = compact.replace(/[.,]/g, "");
      const value = BigInt(digits);
      if (value < BigInt(rule.min)) return { ok: false, message: "validation.atLeast", values: { min: rule.min } };
      if (value > BIGINT_MAX)
        return { ok: false, message: "validation.atMost", values: { max: BIGINT_MAX.toString() } };
      return { ok: true, value: value.toString() };
    }
    case "choice":
      return rule.values.includes(input) ? { ok: true, value: input } : { ok: false, message: "validation.choice" };
    case "datetime": {
      const instant = zonedLocalToUtc(input, timeZone);
      return instant ? { ok: true, value: instant } : { ok: false, message: "validation.date" };
    }
    case "reference":
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input)
        ? { ok: true, value: input }
        : { ok: false, message: "validation.choice" };
  }
}

/* The zod schema of a form ---------------------------------------------- */

/**
 * The zod schema of a form: raw values in (what the inputs hold), the API's
 * values out (trimmed text or null, numbers, peso strings, UTC instants).
 * Messages come from `translate` (validation.* keys), in the person's language.
 */
export function formSchema<F extends FormName>(
  form: F,
  translate: Translate,
  options: { zone?: string; only?: readonly string[] } = {},
) {
  const rules = FORMS[form] as FormRules;
  const names = Object.keys(rules.fields).filter((name) => !options.only || options.only.includes(name));
  const shape = Object.fromEntries(
    names.map((name) => {
      const rule = rules.fields[name] as FieldRule;
      return [
        name,
        z
          .any()
          .optional()
          .transform((raw: RawValue, ctx) => {
            const parsed = parseField(rule, raw, options.zone);
            if (parsed.ok) return parsed.value;
            ctx.addIssue({ code: "custom", message: translate(parsed.message, parsed.values), continue: true });
            return z.NEVER;
          }),
      ];
    }),
  );
  return z.object(shape).superRefine(
    (values, ctx) => {
      for (const order of rules.order ?? []) {
        if (!names.includes(order.field) || !names.includes(order.other)) continue;
        const after = values[order.field];
        const before = values[order.other];
        // Compared only when both parsed: a field with its own message keeps it.
        if (typeof after !== "string" || typeof before !== "string") continue;
        const compare = (a: unknown, b: unknown) =>
          typeof a === "string" && /^\d+$/.test(a) && typeof b === "string" && /^\d+$/.test(b)
            ? BigInt(a) < BigInt(b)
              ? -1
              : BigInt(a) > BigInt(b)
                ? 1
                : 0
            : new Date(String(a)).getTime() - new Date(String(b)).getTime();
        const c = compare(after, before);
        if (c < 0 || (order.strict && c === 0)) {
          ctx.addIssue({ code: "custom", path: [order.field], message: translate(order.message) });
        }
      }
    },
    // Also when another field failed: a form shows every message at once.
    { when: () => true },
  );
}

/** Validates a whole form: the API's values, or each field's message. */
export function validateForm<F extends FormName>(
  form: F,
  raw: Record<string, RawValue>,
  translate: Translate,
  options: { zone?: string; only?: readonly string[] } = {},
): { ok: true; values: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const result = formSchema(form, translate, options).safeParse(raw);
  if (result.success) return { ok: true, values: result.data as Record<string, unknown> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/* A database refusal, by the field it concerns -------------------------- */

/**
 * The field a refusal concerns and the message for it, from the API error's
 * extensions.constraint (a check, unique or foreign key constraint, or one a
 * function names) or extensions.reason; null when it concerns no one field.
 */
export function fieldOfRefusal(
  form: FormName,
  refusal: { constraint?: string | null; reason?: string | null },
): { field: string; message: MessageKey; values?: Record<string, unknown> } | null {
  const rules = FORMS[form] as FormRules;
  for (const [field, rule] of Object.entries(rules.fields)) {
    const server = rule.server ?? {};
    if (refusal.constraint && server[refusal.constraint])
      return { field, message: server[refusal.constraint] as MessageKey };
    if (refusal.reason && server[refusal.reason]) return { field, message: server[refusal.reason] as MessageKey };
  }
  if (!refusal.constraint) return null;
  for (const order of rules.order ?? []) {
    if (order.constraint === refusal.constraint) return { field: order.field, message: order.message };
  }
  for (const [field, rule] of Object.entries(rules.fields)) {
    if (!rule.constraints.includes(refusal.constraint)) continue;
    // The rule the database applied, in this field's words where they are clear.
    if (rule.kind === "text" && refusal.constraint.endsWith("_length")) {
      return { field, message: "validation.tooLong", values: { max: rule.max } };
    }
    if (rule.kind === "text" && rule.format) return { field, message: FORMATS[rule.format].message };
    if ((rule.kind === "integer" || rule.kind === "money") && refusal.constraint.endsWith("_check")) {
      return { field, message: "validation.atLeast", values: { min: rule.min } };
    }
    return { field, message: "validation.rejected" };
  }
  return null;
}

/* Time: what a datetime-local input holds, in the event's zone ----------- */

export const DEFAULT_TIME_ZONE = "America/Bogota";

/**
 * The zone itself when Intl knows it, else America/Bogota: a name this
 * runtime's tz data lacks must not throw in a form (web/src/dates.ts follows
 * the same rule for display).
 */
function knownZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: knownZone(zone),
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant) / 60_000);
}

/** "2026-03-01T19:00" on the wall clock of `timeZone` → "2026-03-02T00:00:00.000Z"; null when not a time. */
export function zonedLocalToUtc(local: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  // A date alone is its midnight, and 24:00 the next midnight, as PostgreSQL reads them.
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || minute > 59 || second > 59 || hour > 24) return null;
  if (hour === 24 && (minute > 0 || second > 0)) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** A UTC instant → "2026-03-01T19:00" on the wall clock of `timeZone` (for a datetime-local input). */
export function utcToZonedLocal(iso: string | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (!iso) return "";
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return "";
  const local = new Date(instant + offsetMinutes(instant, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A URL slug from a title: "Noche de Diseño" → "noche-de-diseno". */
export function slugify(title: string, max = 64): string {
  return title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}
