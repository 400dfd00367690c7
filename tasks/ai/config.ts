// AI provider settings. With no AI_API_KEY the deterministic local provider
// is used, so the product works out of the box and never pretends to be an LLM.
export interface AiConfig {
  /** "openai" speaks the chat-completions protocol to AI_BASE_URL; "local" ranks deterministically. */
  provider: "openai" | "local";
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  /** Most candidates sent to the model for one casting. */
  maxCandidates: number;
  monthlyBudgetUsd: number;
  /** Longest Retry-After the worker waits in process before giving up with RATE_LIMITED. */
  maxRetryAfterMs: number;
  /** How often a 429 is retried in process before failing. */
  rateLimitRetries: number;
}

const number = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};

export function loadAiConfig(env: NodeJS.ProcessEnv = process.env): AiConfig {
  const apiKey = env.AI_API_KEY || null;
  return {
    provider: apiKey ? "openai" : "local",
    baseUrl: env.AI_BASE_URL || "https://openrouter.ai/api/v1",
    apiKey,
    model: apiKey ? env.AI_MODEL || "google/gemini-2.5-flash" : "local",
    timeoutMs: number(env.AI_TIMEOUT_MS, 30_000),
    maxCandidates: number(env.AI_MAX_CANDIDATES, 40),
    monthlyBudgetUsd: number(env.AI_MONTHLY_BUDGET_USD, 50),
    maxRetryAfterMs: number(env.AI_MAX_RETRY_AFTER_MS, 60_000),
    rateLimitRetries: number(env.AI_RATE_LIMIT_RETRIES, 2),
  };
}
