// One forced function call to an OpenAI-compatible chat-completions API, with
// the tool's JSON schema generated from the zod schema that validates it.
// Provider errors become AgentErrors: 429 carries its Retry-After, 402 and
// 401/403 are final, timeouts and 5xx are transient.
import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { z } from "zod";
import type { AiConfig } from "./config.ts";
import { AgentError } from "./errors.ts";

export type ChatMessage = ChatCompletionMessageParam;

export interface ToolSpec<T> {
  name: string;
  description: string;
  schema: z.ZodType<T>;
}

export interface ToolCallResult {
  /** The raw arguments string the model produced (may be invalid JSON). */
  rawArguments: string | null;
  /** The id of the tool call, for a repair turn. */
  toolCallId: string | null;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

export interface AiProvider {
  readonly name: "openai" | "local";
  readonly model: string;
  callTool<T>(messages: ChatMessage[], tool: ToolSpec<T>): Promise<ToolCallResult>;
}

function retryAfterMs(headers: Headers | undefined): number | null {
  const value = headers?.get("retry-after-ms") ?? null;
  if (value !== null && Number.isFinite(Number(value))) return Number(value);
  const seconds = headers?.get("retry-after");
  if (!seconds) return null;
  if (Number.isFinite(Number(seconds))) return Number(seconds) * 1000;
  const date = Date.parse(seconds);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Maps an OpenAI client error to our error; exported for tests. */
export function classifyProviderError(error: unknown): AgentError {
  if (error instanceof AgentError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AgentError("AI_TIMEOUT", "The AI provider did not answer in time.", { transient: true, cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AgentError("AI_UNAVAILABLE", `Could not reach the AI provider: ${error.message}`, {
      transient: true,
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    if (status === 429)
      return new AgentError("RATE_LIMITED", "The AI provider is rate limiting requests.", { cause: error });
    if (status === 402)
      return new AgentError("AI_CREDITS_EXHAUSTED", "The AI provider reports no credits left.", { cause: error });
    if (status === 401 || status === 403) {
      return new AgentError("AI_AUTH_FAILED", `The AI provider rejected the credentials (${status}).`, {
        cause: error,
      });
    }
    if (status === 408 || status >= 500) {
      return new AgentError("AI_UNAVAILABLE", `The AI provider failed (${status}).`, { transient: true, cause: error });
    }
    return new AgentError("AI_BAD_REQUEST", `The AI provider rejected the request (${status}): ${error.message}`, {
      cause: error,
    });
  }
  return new AgentError("AI_UNAVAILABLE", `AI call failed: ${String(error)}`, { transient: true, cause: error });
}

export function makeOpenAiProvider(config: AiConfig): AiProvider {
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey ?? "missing",
    timeout: config.timeoutMs,
    // Retries are ours: 429 in the agent platform, the rest through graphile-worker.
    maxRetries: 0,
  });
  return {
    name: "openai",
    model: config.model,
    async callTool(messages, tool) {
      const started = performance.now();
      try {
        const completion = await client.chat.completions.create({
          model: config.model,
          messages,
          temperature: 0.2,
          tools: [
            {
              type: "function",
              function: { name: tool.name, description: tool.description, parameters: z.toJSONSchema(tool.schema) },
            },
          ],
          tool_choice: { type: "function", function: { name: tool.name } },
        });
        const call = completion.choices[0]?.message?.tool_calls?.find((c) => c.type === "function");
        return {
          rawArguments: call && call.type === "function" ? call.function.arguments : null,
          toolCallId: call?.id ?? null,
          model: completion.model || config.model,
          promptTokens: completion.usage?.prompt_tokens ?? 0,
          completionTokens: completion.usage?.completion_tokens ?? 0,
          latencyMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        const classified = classifyProviderError(error);
        classified.latencyMs = Math.round(performance.now() - started);
        if (error instanceof OpenAI.APIError) classified.retryAfterMs = retryAfterMs(error.headers);
        throw classified;
      }
    },
  };
}

/** The deterministic local provider: agents answer with their own `local` ranking, labelled "local". */
export const localProvider: AiProvider = {
  name: "local",
  model: "local",
  callTool() {
    return Promise.reject(new Error("The local provider answers through each agent's local() ranking."));
  },
};

export function makeProvider(config: AiConfig): AiProvider {
  return config.provider === "openai" ? makeOpenAiProvider(config) : localProvider;
}
