// Event Health messages in the reader's language. The checks are computed in
// SQL (app_private.event_health_checks) with stable message codes — titleCode
// and nextStepCode — and their facts as parameters; the texts live in
// web/src/i18n (health.checkTitles.<code>, health.nextSteps.<code>), and
// test/event-health-codes.test.ts fails when SQL has a code without a text.
// A report computed before the codes existed keeps its es-CO texts.
// Pure (no i18n instance, no DOM): the language comes with `t`, so the same
// code renders a report in a test.
import type { TFunction } from "i18next";

export interface HealthMessage {
  titleCode?: string | null;
  title?: string | null;
  nextStepCode?: string | null;
  nextStep?: string | null;
  facts?: Record<string, unknown> | null;
}

const num = (value: unknown): number | null => {
  const n = typeof value === "number" ? value : typeof value === "string" && value !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : null;
};

/** Whole Colombian pesos as format.ts writes them ("$ 1.250.000"), and a ratio as a percent in the language. */
const cop = (amount: number) =>
  new Intl.NumberFormat("es-CO", { style: "currency", currency: "COP", maximumFractionDigits: 0 }).format(amount);
const percent = (language: string, ratio: number) =>
  new Intl.NumberFormat(language === "en" ? "en-US" : "es-CO", { style: "percent", maximumFractionDigits: 1 }).format(
    ratio,
  );

/** The interpolation values of a check: its facts, with money, ratios and categories formatted. */
export function messageParams(t: TFunction, code: string | null | undefined, facts: Record<string, unknown>) {
  const language = t("health.locale");
  const formatCop = cop;
  const formatPercent = (ratio: number) => percent(language, ratio);
  const params: Record<string, unknown> = { ...facts };
  if (typeof facts.category === "string") {
    params.category = t(`vendors.categories.${facts.category}`).toLocaleLowerCase();
  }
  const spent = num(facts.spentCop);
  const planned = num(facts.plannedCop);
  if (spent !== null) params.spent = formatCop(spent);
  if (planned !== null) params.planned = formatCop(planned);
  const kind = code?.split(".")[0];
  if (kind === "budget") params.percent = formatPercent(planned ? (spent ?? 0) / planned : 0);
  if (kind === "ticket_sales") {
    params.percent = formatPercent(num(facts.share) ?? 0);
    params.pastPercent = formatPercent(num(facts.pastShare) ?? 0);
  }
  if (kind === "ai_errors") params.percent = formatPercent(num(facts.rate) ?? 0);
  // Plurals follow the number that names what is missing.
  if (code === "casting.missing") params.count = num(facts.missing) ?? 0;
  if (code === "run_of_show.stale") params.count = num(facts.changes) ?? 0;
  return params;
}

/** A check's title and next step in the interface language. */
export function checkTexts(t: TFunction, check: HealthMessage): { title: string; nextStep: string } {
  const facts = check.facts && typeof check.facts === "object" ? check.facts : {};
  const title = check.titleCode
    ? t(`health.checkTitles.${check.titleCode}`, messageParams(t, check.titleCode, facts))
    : (check.title ?? "");
  const nextStep = check.nextStepCode
    ? t(`health.nextSteps.${check.nextStepCode}`, messageParams(t, check.nextStepCode, facts))
    : (check.nextStep ?? "");
  return { title, nextStep };
}
