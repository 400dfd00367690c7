// One structured call to an OpenAI-compatible chat-completions API. The
// answer's JSON schema (generated from zod, pinned to the run) goes either as
// strict structured output (`response_format: json_schema`) or as one forced
// function call; in "auto" mode json_schema is tried first and, when the
// endpoint answers 400 that it does not support it, tool calls are used from
// then on (remembered for the process). Provider errors become AgentErrors:
// 429 carries its Retry-After, 402 and 401/403 are final, timeouts and 5xx
// are transient. The text a model returns is sanitised on arrival.
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { z } from "zod";
import type { AiConfig, OutputMode } from "./config.ts";
import { AgentError } from "./errors.ts";
import { sanitizeText } from "./sanitize.ts";
import { type JsonSchema, strictJsonSchema } from "./schema.ts";

export type ChatMessage = ChatCompletionMessageParam;

/** What an agent asks for: a named answer, validated by `schema` once it has been salvaged. */
export interface ToolSpec<T> {
  name: string;
  description: string;
  schema: z.ZodType<T>;
}

/** One call's request: the answer's name, description and JSON schema (pinned to the run). */
export interface StructuredSpec {
  name: string;
  description: string;
  schema: JsonSchema;
}

export interface ModelAnswer {
  /** The JSON text the model produced (tool arguments or message content), sanitised; null when it gave none. */
  raw: string | null;
  /** How it answered: a tool call, or content under response_format json_schema. */
  via: "tool" | "json_schema";
  /** The id of the tool call, to answer it in a repair turn. */
  toolCallId: string | null;
  /** The model's refusal message, when it refused (structured output). */
  refusal: string | null;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

export interface AiProvider {
  readonly name: "openai" | "local";
  readonly model: string;
  generate(messages: ChatMessage[], spec: StructuredSpec): Promise<ModelAnswer>;
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

/** A 400 (or 422) that says the endpoint or model does not take `response_format: json_schema`. */
export function isJsonSchemaUnsupported(error: unknown): boolean {
  if (!(error instanceof OpenAI.APIError)) return false;
  if (error.status !== 400 && error.status !== 422) return false;
  const param = (error as { param?: unknown }).param;
  return param === "response_format" || /response_format|json_schema|structured output/i.test(error.message);
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

function answerOf(completion: ChatCompletion, via: ModelAnswer["via"], fallbackModel: string, started: number) {
  const message = completion.choices[0]?.message;
  const call = message?.tool_calls?.find((c) => c.type === "function");
  const args = call && call.type === "function" ? call.function.arguments : null;
  // Under json_schema the answer is the content; an endpoint that ignored response_format and
  // called a tool anyway still answered.
  const raw = via === "json_schema" ? (message?.content ?? args) : args;
  return {
    raw: raw === null || raw === undefined ? null : sanitizeText(raw),
    via: via === "json_schema" && !message?.content && args !== null ? "tool" : via,
    toolCallId: call?.id ?? null,
    refusal: message?.refusal ? sanitizeText(message.refusal) : null,
    model: completion.model || fallbackModel,
    promptTokens: completion.usage?.prompt_tokens ?? 0,
    completionTokens: completion.usage?.completion_tokens ?? 0,
    latencyMs: Math.round(performance.now() - started),
  } satisfies ModelAnswer;
}

export function makeOpenAiProvider(config: AiConfig): AiProvider & { readonly jsonSchemaSupported: boolean | null } {
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey ?? "missing",
    timeout: config.timeoutMs,
    // Retries are ours: 429 in the agent platform, the rest through graphile-worker.
    maxRetries: 0,
  });
  // What the endpoint told us about response_format json_schema (null: not asked yet).
  let jsonSchemaSupported: boolean | null = null;
  const modeNow = (): Exclude<OutputMode, "auto"> =>
    config.outputMode === "auto" ? (jsonSchemaSupported === false ? "tool" : "json_schema") : config.outputMode;

  return {
    name: "openai",
    model: config.model,
    get jsonSchemaSupported() {
      return jsonSchemaSupported;
    },
    async generate(messages, spec) {
      const started = performance.now();
      const mode = modeNow();
      try {
        const completion =
          mode === "json_schema"
            ? await client.chat.completions.create({
                model: config.model,
                messages,
                temperature: 0.2,
                response_format: {
                  type: "json_schema",
                  json_schema: {
                    name: spec.name,
                    description: spec.description,
                    schema: strictJsonSchema(spec.schema),
                    strict: true,
                  },
                },
              })
            : await client.chat.completions.create({
                model: config.model,
                messages,
                temperature: 0.2,
                tools: [
                  {
                    type: "function",
                    function: { name: spec.name, description: spec.description, parameters: spec.schema },
                  },
                ],
                tool_choice: { type: "function", function: { name: spec.name } },
              });
        if (mode === "json_schema") jsonSchemaSupported = true;
        return answerOf(completion, mode, config.model, started);
      } catch (error) {
        let classified: AgentError;
        if (mode === "json_schema" && config.outputMode === "auto" && isJsonSchemaUnsupported(error)) {
          // Not billed (a 400); the platform logs it and calls again, as a tool call from now on.
          jsonSchemaSupported = false;
          classified = new AgentError(
            "AI_SCHEMA_UNSUPPORTED",
            `The endpoint does not take response_format json_schema (${(error as Error).message}); using a tool call.`,
            { cause: error },
          );
        } else {
          classified = classifyProviderError(error);
        }
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
  generate() {
    return Promise.reject(new Error("The local provider answers through each agent's local() ranking."));
  },
};

export function makeProvider(config: AiConfig): AiProvider {
  return config.provider === "openai" ? makeOpenAiProvider(config) : localProvider;
}
