// A real local HTTP server that speaks the OpenAI chat-completions protocol,
// scriptable per test: a queue of behaviours (one per request, in order) and
// a default behaviour once the queue is empty. Every request is recorded, so
// tests can check what the agent sent (tools, tool_choice, repair turns).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; description?: string; parameters?: Record<string, unknown> } }[];
  tool_choice?: unknown;
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (null when it was not JSON). */
  body: ChatRequestBody;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  /** 0-based position among all requests since the last reset. */
  index: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Wait this long before answering (the client may give up first). */
  delayMs?: number;
}

export type Behaviour = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface FakeLlm {
  /** Base URL for the OpenAI client (AI_BASE_URL), e.g. http://127.0.0.1:1234/v1. */
  url: string;
  /** Every request received since the last reset, in arrival order. */
  requests: RecordedRequest[];
  /** Queue behaviours, used one per request in order. */
  enqueue(...behaviours: Behaviour[]): void;
  /** The behaviour once the queue is empty. */
  setDefault(behaviour: Behaviour): void;
  /** Forgets requests and queued behaviours; the default goes back to the one given at start. */
  reset(): void;
  /** Waits until at least `count` requests have arrived. */
  waitForRequests(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

/* ---------------------------------------------------------------- helpers */

export interface OfferedCandidate {
  talent_id: string;
  [key: string]: unknown;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : ""))
      .join("\n");
  }
  return "";
}

/** The candidate list the agent offered: the JSON array in the last user message that has one. */
export function offeredCandidates(request: RecordedRequest): OfferedCandidate[] {
  const users = (request.body.messages ?? []).filter((m) => m.role === "user").reverse();
  for (const message of users) {
    for (const line of textOf(message.content).split("\n").reverse()) {
      const trimmed = line.trim();
      if (!trimmed.startsWith("[")) continue;
      try {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed)) return parsed as OfferedCandidate[];
      } catch {
        // not the list
      }
    }
  }
  throw new Error("fake LLM: no candidate list in the request's user messages");
}

/** How many recommendations the prompt asks for ("Recomienda exactamente N ..."). */
export function wantedCount(request: RecordedRequest): number {
  const users = (request.body.messages ?? []).filter((m) => m.role === "user");
  for (const message of users.reverse()) {
    const match = /exactamente (\d+)/.exec(textOf(message.content));
    if (match) return Number(match[1]);
  }
  return 3;
}

export interface Recommendation {
  talent_id: string;
  match_score: number;
  reasoning: string;
  contact_priority: "high" | "medium" | "low";
}

/** Valid recommendations for the first `count` offered candidates (default: as many as the prompt asks). */
export function recommendationsFor(request: RecordedRequest, count?: number): Recommendation[] {
  const offered = offeredCandidates(request);
  const n = Math.min(count ?? wantedCount(request), offered.length);
  const priorities = ["high", "medium", "low"] as const;
  return offered.slice(0, n).map((candidate, index) => ({
    talent_id: candidate.talent_id,
    match_score: Math.max(0, 95 - index * 3),
    reasoning: `Encaja con el concepto del brief: caminata segura y experiencia en pasarela (candidata ${index + 1}).`,
    contact_priority: priorities[Math.min(2, Math.floor((index * 3) / Math.max(n, 1)))] ?? "low",
  }));
}

export const DEFAULT_USAGE = { prompt_tokens: 1800, completion_tokens: 450 };

/** Whether the request asked for strict structured output (`response_format: json_schema`). */
export function wantsJsonSchema(request: RecordedRequest): boolean {
  return (request.body.response_format as { type?: string } | undefined)?.type === "json_schema";
}

/** The JSON schema the request sent: the tool's parameters, or response_format's schema. */
export function sentSchema(request: RecordedRequest): Record<string, unknown> | undefined {
  if (wantsJsonSchema(request)) {
    return (request.body.response_format as { json_schema?: { schema?: Record<string, unknown> } }).json_schema?.schema;
  }
  return request.body.tools?.[0]?.function.parameters;
}

/**
 * A chat.completion answering with `args` the way the request asked: as message content under
 * response_format json_schema, else as a call of the forced tool (a string is sent verbatim).
 */
export function answerCompletion(
  request: RecordedRequest,
  args: unknown,
  usage: { prompt_tokens: number; completion_tokens: number } = DEFAULT_USAGE,
): Record<string, unknown> {
  if (!wantsJsonSchema(request)) return toolCallCompletion(request, args, usage);
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.body.model ?? "fake-model",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: typeof args === "string" ? args : JSON.stringify(args) },
        finish_reason: "stop",
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** A chat.completion whose only choice calls `name` with `args` (a string is sent verbatim). */
export function toolCallCompletion(
  request: RecordedRequest,
  args: unknown,
  usage: { prompt_tokens: number; completion_tokens: number } = DEFAULT_USAGE,
): Record<string, unknown> {
  const name =
    (request.body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name ??
    request.body.tools?.[0]?.function.name ??
    "recomendar_modelos";
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.body.model ?? "fake-model",
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: null,
          tool_calls: [
            {
              id: `call_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
              type: "function",
              function: { name, arguments: typeof args === "string" ? args : JSON.stringify(args) },
            },
          ],
        },
        finish_reason: "tool_calls",
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** Answers with what `make` builds, as the request asked (tool call or json_schema content). */
export const answerWith =
  (make: (request: RecordedRequest) => unknown): Behaviour =>
  (request) => ({ status: 200, body: answerCompletion(request, make(request)) });
const toolCall = answerWith;

/** Recommendations for the first `count` offered candidates, then changed by `edit`. */
const edited = (edit: (recommendations: Recommendation[], request: RecordedRequest) => unknown, count?: number) =>
  answerWith((request) => ({ recommendations: edit(recommendationsFor(request, count), request) }));

const apiError = (status: number, message: string, type: string, headers: Record<string, string> = {}): Behaviour =>
  function errorReply() {
    return { status, headers, body: { error: { message, type, code: status } } };
  };

/** Ready-made behaviours. */
export const llm = {
  /** A valid answer built from the candidates actually offered in the request. */
  good:
    (count?: number): Behaviour =>
    (request) => ({
      status: 200,
      body: answerCompletion(request, { recommendations: recommendationsFor(request, count) }),
    }),
  /** More than asked for: `count` valid recommendations (e.g. 5 for a brief of 3), scores descending. */
  overAnswer: (count: number): Behaviour => edited((r) => r, count),
  /** Valid recommendations changed by `edit` (e.g. ids in upper case, scores as strings). */
  edited: (edit: (recommendations: Recommendation[], request: RecordedRequest) => unknown, count?: number) =>
    edited(edit, count),
  /** The whole answer as given (any JSON value or a raw string), however the request asked. */
  raw: (make: (request: RecordedRequest) => unknown): Behaviour => answerWith(make),
  /** HTTP 400 as OpenAI answers a model that does not take response_format json_schema. */
  jsonSchemaUnsupported: (): Behaviour => (request) =>
    wantsJsonSchema(request)
      ? {
          status: 400,
          body: {
            error: {
              message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
              type: "invalid_request_error",
              param: "response_format",
              code: null,
            },
          },
        }
      : { status: 200, body: answerCompletion(request, { recommendations: recommendationsFor(request) }) },
  /** A valid-looking answer that recommends the given ids (e.g. people who were never offered). */
  withIds: (ids: string[]): Behaviour =>
    toolCall((request) => {
      const base = recommendationsFor(request, ids.length);
      return {
        recommendations: ids.map((talent_id, i) => ({ ...(base[i] ?? base[0]), talent_id })),
      };
    }),
  /** The first recommendation's talent_id replaced by one that was never offered. */
  inventedTalentId: (id: string = randomUUID()): Behaviour =>
    toolCall((request) => {
      const recommendations = recommendationsFor(request);
      if (recommendations[0]) recommendations[0].talent_id = id;
      return { recommendations };
    }),
  /** The first recommendation scored 140 (out of 0–100). */
  score140: (): Behaviour =>
    toolCall((request) => {
      const recommendations = recommendationsFor(request);
      if (recommendations[0]) recommendations[0].match_score = 140;
      return { recommendations };
    }),
  /** The first recommendation scored 7.5 (not an integer). */
  score7_5: (): Behaviour =>
    toolCall((request) => {
      const recommendations = recommendationsFor(request);
      if (recommendations[0]) recommendations[0].match_score = 7.5;
      return { recommendations };
    }),
  /** The first candidate recommended twice. */
  duplicate: (): Behaviour =>
    toolCall((request) => {
      const recommendations = recommendationsFor(request, 2);
      const first = recommendations[0];
      return { recommendations: first ? [first, { ...first, match_score: 80 }] : [] };
    }),
  /** Arguments that are not JSON. */
  nonJsonArguments: (): Behaviour => toolCall(() => '{"recommendations": [{"talent_id": "abc", oops'),
  /** A plain text answer without the function call. */
  contentOnly:
    (text = "Te recomiendo a las tres primeras personas de la lista."): Behaviour =>
    (request) => ({
      status: 200,
      body: {
        id: `chatcmpl-${randomUUID()}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: request.body.model ?? "fake-model",
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
        usage: { ...DEFAULT_USAGE, total_tokens: DEFAULT_USAGE.prompt_tokens + DEFAULT_USAGE.completion_tokens },
      },
    }),
  /** HTTP 429; `retryAfter` is the Retry-After header in seconds, `retryAfterMs` the retry-after-ms header. */
  rateLimited: (options: { retryAfter?: number; retryAfterMs?: number } = {}): Behaviour =>
    apiError(429, "Rate limit exceeded", "rate_limit_exceeded", {
      ...(options.retryAfter !== undefined ? { "retry-after": String(options.retryAfter) } : {}),
      ...(options.retryAfterMs !== undefined ? { "retry-after-ms": String(options.retryAfterMs) } : {}),
    }),
  paymentRequired: (): Behaviour => apiError(402, "Insufficient credits", "insufficient_quota"),
  unauthorized: (): Behaviour => apiError(401, "Invalid API key", "invalid_api_key"),
  serverError: (): Behaviour => apiError(500, "Internal server error", "server_error"),
  /** Answers with `then` (default: a good answer) after `delayMs`, e.g. longer than the client's timeout. */
  slow:
    (delayMs: number, then: Behaviour = llm.good()): Behaviour =>
    async (request) => ({ ...(await then(request)), delayMs }),
};

/* ----------------------------------------------------------------- server */

export async function startFakeLlm(options: { defaultBehaviour?: Behaviour } = {}): Promise<FakeLlm> {
  const initialDefault = options.defaultBehaviour ?? llm.good();
  let fallback = initialDefault;
  let queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const waiters = new Set<() => void>();

  async function answer(res: ServerResponse, request: RecordedRequest): Promise<void> {
    const behaviour = queue.shift() ?? fallback;
    let reply: Reply;
    try {
      reply = await behaviour(request);
    } catch (error) {
      reply = { status: 500, body: { error: { message: `fake LLM behaviour threw: ${String(error)}` } } };
    }
    if (reply.delayMs) {
      const delay = reply.delayMs;
      // The client may give up (timeout) or die: stop waiting then.
      const closed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), delay);
        res.once("close", () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (closed || res.destroyed) return;
    }
    const body =
      reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      "content-type": typeof reply.body === "string" ? "text/plain" : "application/json",
      ...reply.headers,
    });
    res.end(body);
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: ChatRequestBody;
      try {
        body = raw ? (JSON.parse(raw) as ChatRequestBody) : {};
      } catch {
        body = {};
      }
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (req.method !== "POST" || !path.endsWith("/chat/completions")) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `fake LLM: no route ${req.method} ${path}` } }));
        return;
      }
      const recorded: RecordedRequest = {
        method: req.method,
        path,
        headers: req.headers,
        body,
        receivedAt: Date.now(),
        index: requests.length,
      };
      requests.push(recorded);
      for (const wake of waiters) wake();
      void answer(res, recorded).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(...behaviours) {
      queue.push(...behaviours);
    },
    setDefault(behaviour) {
      fallback = behaviour;
    },
    reset() {
      requests.length = 0;
      queue = [];
      fallback = initialDefault;
    },
    waitForRequests(count, timeoutMs = 15_000) {
      if (requests.length >= count) return Promise.resolve([...requests]);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (requests.length >= count) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve([...requests]);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake LLM: expected ${count} requests within ${timeoutMs} ms, got ${requests.length}`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
