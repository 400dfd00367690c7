// A local OpenAI-compatible chat-completions server for the agent benchmarks.
// POST …/chat/completions answers with a valid recommendation list built
// from the candidates in the last user message (the JSON list the Model
// Casting agent sends) — as message content under `response_format:
// json_schema`, else as the forced tool call — after a configurable latency
// with jitter; a share of requests gets HTTP 429 with Retry-After, as real
// providers do under load. `answerCount` makes it over-answer (e.g. 5 people
// for a brief of 3), as real models often do. Deterministic: one seeded PRNG.
//
//   node bench/llm.ts --port 8787 --latency 1500 --jitter 500 --rate429 0.05
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "./lib/args.ts";

export interface FakeLlmOptions {
  /** Mean answer time in ms. */
  latencyMs: number;
  /** Uniform jitter around the mean, ± ms. */
  jitterMs: number;
  /** Share of requests answered with 429 (0–1). */
  rate429: number;
  /** Retry-After sent with a 429, seconds. */
  retryAfterSeconds: number;
  seed: number;
  /** Answer with this many people whatever the prompt asks for (null: as many as asked). */
  answerCount: number | null;
}

export const DEFAULT_LLM_OPTIONS: FakeLlmOptions = {
  latencyMs: 1500,
  jitterMs: 500,
  rate429: 0.05,
  retryAfterSeconds: 1,
  seed: 7,
  answerCount: null,
};

export interface FakeLlmStats {
  requests: number;
  answered: number;
  tooManyRequests: number;
  badRequests: number;
}

export interface FakeLlm {
  /** Base URL for the openai client (ends with /v1). */
  baseUrl: string;
  stats: FakeLlmStats;
  setOptions(options: Partial<FakeLlmOptions>): void;
  resetStats(): void;
  close(): Promise<void>;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ChatMessage {
  role: string;
  content?: unknown;
}

interface ChatRequest {
  model?: string;
  messages?: ChatMessage[];
  tool_choice?: { function?: { name?: string } };
  tools?: { function?: { name?: string } }[];
  response_format?: { type?: string; json_schema?: { name?: string } };
}

/** Picks talent from the candidate list of the last user message, as a model asked for N people would. */
export function answerFor(
  request: ChatRequest,
  answerCount: number | null = null,
): { name: string; args: string; asContent: boolean } | null {
  const asContent = request.response_format?.type === "json_schema";
  const name = asContent
    ? request.response_format?.json_schema?.name
    : (request.tool_choice?.function?.name ?? request.tools?.[0]?.function?.name);
  const user = [...(request.messages ?? [])].reverse().find((m) => m.role === "user");
  if (!name || typeof user?.content !== "string") return null;
  const lines = user.content.split("\n");
  const listLine = [...lines].reverse().find((line) => line.trimStart().startsWith("["));
  if (!listLine) return null;
  let candidates: { talent_id?: unknown; nombre?: unknown; estatura_cm?: unknown; ciudad?: unknown }[];
  try {
    candidates = JSON.parse(listLine);
  } catch {
    return null;
  }
  const wanted = answerCount ?? Number(/exactamente (\d+)/.exec(user.content)?.[1] ?? candidates.length);
  const chosen = candidates.filter((c) => typeof c.talent_id === "string").slice(0, wanted);
  const recommendations = chosen.map((c, index) => ({
    talent_id: c.talent_id,
    match_score: Math.max(50, 96 - index * 2),
    reasoning:
      `Encaja con el concepto del desfile: ${c.estatura_cm ? `${c.estatura_cm} cm de estatura, ` : ""}` +
      `presencia segura en pasarela${c.ciudad ? ` y base en ${c.ciudad}` : ""}. Buena coherencia con el resto del grupo.`,
    contact_priority:
      index < Math.ceil(chosen.length / 3) ? "high" : index < (2 * chosen.length) / 3 ? "medium" : "low",
  }));
  return { name, args: JSON.stringify({ recommendations }), asContent };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeLlm(initial: Partial<FakeLlmOptions> = {}, port = 0): Promise<FakeLlm> {
  let options: FakeLlmOptions = { ...DEFAULT_LLM_OPTIONS, ...initial };
  let random = mulberry32(options.seed);
  const stats: FakeLlmStats = { requests: 0, answered: 0, tooManyRequests: 0, badRequests: 0 };
  let counter = 0;

  const server: Server = createServer((req, res) => {
    (async () => {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        send(res, 404, { error: { message: "Not found", type: "invalid_request_error" } });
        return;
      }
      stats.requests++;
      const request = (await readJson(req)) as ChatRequest;
      if (random() < options.rate429) {
        stats.tooManyRequests++;
        send(
          res,
          429,
          {
            error: {
              message: "Rate limit exceeded, slow down.",
              type: "rate_limit_error",
              code: "rate_limit_exceeded",
            },
          },
          { "retry-after": String(options.retryAfterSeconds) },
        );
        return;
      }
      const answer = answerFor(request, options.answerCount);
      const delay = Math.max(0, options.latencyMs + (random() * 2 - 1) * options.jitterMs);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (!answer) {
        stats.badRequests++;
        send(res, 400, {
          error: { message: "No candidate list in the last user message.", type: "invalid_request_error" },
        });
        return;
      }
      stats.answered++;
      const id = ++counter;
      const promptTokens = Math.ceil(JSON.stringify(request.messages ?? []).length / 4);
      const completionTokens = Math.ceil(answer.args.length / 4);
      send(res, 200, {
        id: `chatcmpl-bench-${id}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: request.model ?? "bench",
        choices: [
          answer.asContent
            ? { index: 0, finish_reason: "stop", message: { role: "assistant", content: answer.args } }
            : {
                index: 0,
                finish_reason: "tool_calls",
                message: {
                  role: "assistant",
                  content: null,
                  tool_calls: [
                    {
                      id: `call_bench_${id}`,
                      type: "function",
                      function: { name: answer.name, arguments: answer.args },
                    },
                  ],
                },
              },
        ],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
      });
    })().catch((error) => {
      stats.badRequests++;
      if (!res.headersSent) send(res, 400, { error: { message: String(error), type: "invalid_request_error" } });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    stats,
    setOptions(next) {
      options = { ...options, ...next };
      if (next.seed !== undefined) random = mulberry32(next.seed);
    },
    resetStats() {
      stats.requests = 0;
      stats.answered = 0;
      stats.tooManyRequests = 0;
      stats.badRequests = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (import.meta.main) {
  const args = parseArgs(process.argv.slice(2));
  const llm = await startFakeLlm(
    {
      latencyMs: args.number("latency", DEFAULT_LLM_OPTIONS.latencyMs),
      jitterMs: args.number("jitter", DEFAULT_LLM_OPTIONS.jitterMs),
      rate429: args.number("rate429", DEFAULT_LLM_OPTIONS.rate429),
      retryAfterSeconds: args.number("retry-after", DEFAULT_LLM_OPTIONS.retryAfterSeconds),
    },
    args.number("port", 8787),
  );
  console.log(`fake LLM at ${llm.baseUrl} (AI_BASE_URL=${llm.baseUrl} AI_API_KEY=bench)`);
}
