// AI provider settings, from the variables shared/config.ts declares (zod,
// with their defaults). With no AI_API_KEY the deterministic local provider
// is used, so the product works out of the box and never pretends to be an LLM.
import { type Env, EnvError, parseEnv } from "../../shared/config.ts";

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

export class AiConfigError extends Error {}

/** The variables the AI settings read (shared/config.ts declares them with their defaults). */
const AI_ENV = [
  "AI_API_KEY",
  "AI_BASE_URL",
  "AI_MODEL",
  "AI_TIMEOUT_MS",
  "AI_OUTPUT_MODE",
  "AI_MAX_CANDIDATES",
  "AI_MONTHLY_BUDGET_USD",
  "AI_MAX_RETRY_AFTER_MS",
  "AI_RATE_LIMIT_RETRIES",
  "AI_MAX_RUNNING_PER_ORGANIZATION",
] as const;

export function loadAiConfig(env: NodeJS.ProcessEnv = process.env): AiConfig {
  let e: Pick<Env, (typeof AI_ENV)[number]>;
  try {
    e = parseEnv(AI_ENV, env);
  } catch (error) {
    if (error instanceof EnvError) throw new AiConfigError(`Invalid AI settings: ${error.message}`);
    throw error;
  }
  const apiKey = e.AI_API_KEY || null;
  return {
    provider: apiKey ? "openai" : "local",
    baseUrl: e.AI_BASE_URL,
    apiKey,
    model: apiKey ? e.AI_MODEL : "local",
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
