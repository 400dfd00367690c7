// AI provider settings, read from the environment through zod. With no
// AI_API_KEY the deterministic local provider is used, so the product works
// out of the box and never pretends to be an LLM.
import { z } from "zod";

export type OutputMode = "auto" | "json_schema" | "tool";

export interface AiConfig {
  /** "openai" speaks the chat-completions protocol to AI_BASE_URL; "local" ranks deterministically. */
  provider: "openai" | "local";
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  /**
   * How the answer's JSON schema is sent: "json_schema" as `response_format` (strict structured
   * output), "tool" as a forced function call, "auto" json_schema first and, when the endpoint
   * answers 400 that it does not support it, a tool call from then on (remembered per process).
   */
  outputMode: OutputMode;
  /** Most candidates sent to the model for one casting. */
  maxCandidates: number;
  monthlyBudgetUsd: number;
  /** Longest Retry-After the worker waits in process before giving up with RATE_LIMITED. */
  maxRetryAfterMs: number;
  /** How often a 429 is retried in process before failing. */
  rateLimitRetries: number;
  /** Most runs of one organization running at once across all workers; null: no cap. */
  maxRunningPerOrganization: number | null;
}

/** A number from the environment: unset or empty means the default; anything else must parse. */
const count = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `expected a number ≥ 0, got "${value}"` });
        return z.NEVER;
      }
      return n;
    });

const AiEnv = z.object({
  AI_API_KEY: z.string().optional(),
  AI_BASE_URL: z.string().optional(),
  AI_MODEL: z.string().optional(),
  AI_TIMEOUT_MS: count(30_000),
  AI_OUTPUT_MODE: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.toLowerCase() : "auto"))
    .pipe(z.enum(["auto", "json_schema", "tool"])),
  AI_MAX_CANDIDATES: count(40),
  AI_MONTHLY_BUDGET_USD: count(50),
  AI_MAX_RETRY_AFTER_MS: count(60_000),
  AI_RATE_LIMIT_RETRIES: count(2),
  AI_MAX_RUNNING_PER_ORGANIZATION: count(0),
});

export class AiConfigError extends Error {}

export function loadAiConfig(env: NodeJS.ProcessEnv = process.env): AiConfig {
  const parsed = AiEnv.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new AiConfigError(`Invalid AI settings: ${detail}`);
  }
  const e = parsed.data;
  const apiKey = e.AI_API_KEY || null;
  return {
    provider: apiKey ? "openai" : "local",
    baseUrl: e.AI_BASE_URL || "https://openrouter.ai/api/v1",
    apiKey,
    model: apiKey ? e.AI_MODEL || "google/gemini-2.5-flash" : "local",
    timeoutMs: e.AI_TIMEOUT_MS,
    outputMode: e.AI_OUTPUT_MODE,
    maxCandidates: e.AI_MAX_CANDIDATES,
    monthlyBudgetUsd: e.AI_MONTHLY_BUDGET_USD,
    maxRetryAfterMs: e.AI_MAX_RETRY_AFTER_MS,
    rateLimitRetries: e.AI_RATE_LIMIT_RETRIES,
    maxRunningPerOrganization: e.AI_MAX_RUNNING_PER_ORGANIZATION > 0 ? e.AI_MAX_RUNNING_PER_ORGANIZATION : null,
  };
}

/**
 * How long one attempt of a run may take before /health calls it overdue, in seconds: every
 * provider call (the first, its 429 retries, and the same again for one repair turn) timing out,
 * every allowed Retry-After waited in full, plus a minute for SQL and the queue.
 */
export function runDeadlineSeconds(config: AiConfig): number {
  const callsPerTurn = 1 + config.rateLimitRetries;
  const perTurnMs = callsPerTurn * config.timeoutMs + config.rateLimitRetries * config.maxRetryAfterMs;
  return Math.ceil((2 * perTurnMs) / 1000) + 60;
}
