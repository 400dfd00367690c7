// US dollars per million tokens, from the providers' public price lists.
// Unknown models are charged at the most expensive listed rate, so the
// monthly budget errs on the side of stopping early.
const PRICES: Record<string, { input: number; output: number }> = {
  local: { input: 0, output: 0 },
  "google/gemini-2.5-flash": { input: 0.3, output: 2.5 },
  "google/gemini-2.5-flash-lite": { input: 0.1, output: 0.4 },
  "google/gemini-2.5-pro": { input: 1.25, output: 10 },
  "openai/gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "openai/gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
};
const FALLBACK = { input: 1.25, output: 10 };

export function costUsd(model: string, promptTokens: number, completionTokens: number): number {
  const price = PRICES[model] ?? FALLBACK;
  return (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
}
