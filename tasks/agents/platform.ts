// What every agent shares. An agent is a definition (below): a task name, a
// prepare step in SQL, a prompt, the zod schema of its answer (and, per run,
// a pinned version of it), a salvage step, a deterministic local answer and a
// persist step. The platform runs it as a graphile-worker task:
//
//   1. claim + prepare, one short transaction: the run becomes `running`
//      (attempts + 1, a deadline), the monthly budget is checked, an answer a
//      previous attempt already paid for is picked up, the agent's SQL reads
//      what it needs. Over the optional per-organization cap the job is put
//      back a few seconds later instead.
//   2. the model, with no database connection held: the provider call (429s
//      waited out as the provider asks), then salvage — what can be repaired
//      without another call is, and only when nothing usable remains is there
//      one repair turn. Every call writes an ai_agent_logs row (a short
//      statement of its own), with tokens, latency, cost and what salvage did.
//   3. persist, a second short transaction, guarded so a run is persisted
//      once: the run row is locked and must still be `running` (a cancelled
//      run stores nothing), the agent writes its rows, the run becomes
//      `succeeded` with its output, and the successful call's log row is
//      written with it.
//
// A failure after a successful provider call never pays for the same answer
// again: the validated answer is kept with the run (agent_runs.kept_answer) with a
// log row that says success = false, and the retry only persists it. Model
// text is sanitised (NUL, lone surrogates) before it is stored anywhere.
// Transient failures go back to the queue (graphile-worker retries with
// backoff, 3 attempts); permanent ones fail the run with a stable code from
// the error catalogue (shared/errors.ts), which the dashboard translates. The worker checks for cancellation between steps.
import type { JobHelpers, Task } from "graphile-worker";
import type pg from "pg";
import { z } from "zod";
import { type AiConfig, runDeadlineSeconds } from "../ai/config.ts";
import { AgentError } from "../ai/errors.ts";
import { costUsd } from "../ai/pricing.ts";
import type { AiProvider, ChatMessage, ModelAnswer, StructuredSpec, ToolSpec } from "../ai/provider.ts";
import { sanitizeDeep, sanitizeText } from "../ai/sanitize.ts";
import { providerJsonSchema } from "../ai/schema.ts";
import { parseAnswer, type Salvaged } from "./salvage.ts";

export type AgentType =
  | "model_casting"
  | "runway_timing"
  | "vendor_coordination"
  | "event_health"
  | "email_generation"
  | "whatsapp_automation";

/**
 * An agent_runs row as the worker sees it. `input` is what the agent's request function in SQL
 * wrote (agent_runs.input), parsed with the agent's `runInput` schema.
 */
export interface AgentRun<R = unknown> {
  id: string;
  organization_id: string;
  event_id: string | null;
  agent_type: AgentType;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  requested_by: string | null;
  input: R;
  attempts: number;
}

/**
 * A run input schema as its request function's COMMENT states it, e.g. `{briefId: uuid, eventId: uuid}`
 * (optional keys end in `?`). test/agent-inputs.test.ts holds every request function's COMMENT to it.
 */
export function describeRunInput(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema) as {
    properties?: Record<string, { type?: string; format?: string }>;
    required?: string[];
  };
  const keys = Object.entries(json.properties ?? {}).map(
    ([key, value]) => `${key}${json.required?.includes(key) ? "" : "?"}: ${value.format ?? value.type ?? "json"}`,
  );
  return `{${keys.join(", ")}}`;
}

/** What prepare found: the agent's input, or a reason to finish without calling a model. */
export type Prepared<I> = { input: I } | { skip: Record<string, unknown> };

/**
 * An agent. `R` is the request (agent_runs.input, written by its SQL request function), `I` what
 * prepare reads (never contact data), `O` the answer as stored. To add one: a definition, its entry
 * in AGENTS (tasks/index.ts), a request function in SQL that inserts the agent_runs row with an
 * input `runInput` accepts and calls graphile_worker.add_job(<type>, {agentRunId}, job_key =>
 * 'agent_run:' || id) in the caller's transaction, and that function's COMMENT naming the input
 * (`describeRunInput(runInput)`, checked by test/agent-inputs.test.ts). The platform does the rest
 * (see the file comment).
 */
export interface AgentDefinition<I, O, R = unknown> {
  type: AgentType;
  /**
   * The shape of agent_runs.input for this agent. The worker parses every run with it before
   * prepare: a run whose input does not match fails at once with INTERNAL_ERROR.
   */
  runInput: z.ZodType<R>;
  /** The SQL function that requests a run (it writes the input; its COMMENT documents it). */
  requestFunction: string;
  /** The answer's name and description for the model, and the zod schema the stored answer must pass. */
  tool: ToolSpec<O>;
  /**
   * The schema sent to the model for this run: `tool.schema` narrowed to the input, so the provider
   * cannot produce what would be refused (enums of the offered ids, `max` = how many are wanted).
   * Default: `tool.schema`.
   */
  pinnedSchema?(input: I): z.ZodType;
  /** Reads what the agent needs, with SQL, in the claim transaction. `skip` finishes the run without a model. */
  prepare(client: pg.PoolClient, run: AgentRun<R>, config: AiConfig): Promise<Prepared<I>>;
  /** The conversation (es-CO) sent to the model. Never contains contact data. */
  messages(input: I): ChatMessage[];
  /**
   * Turns the model's parsed (and sanitised) answer into a valid output without another call:
   * repair what is unambiguous, drop what must be refused, note each change. Return no output
   * only when nothing usable remains (then the model gets one repair turn with `problems`).
   * Building blocks: ./salvage.ts.
   */
  salvage(answer: unknown, input: I): Salvaged<O>;
  /** The deterministic local provider's answer; it goes through the same salvage and validation. */
  local(input: I): O;
  /** Writes the result in the transaction that marks the run succeeded; returns the run's output summary. */
  persist(
    client: pg.PoolClient,
    run: AgentRun<R>,
    input: I,
    output: O,
    /** Who wrote the answer: the provider ("openai" or "local") and the model. */
    writer: { provider: AiProvider["name"]; model: string },
  ): Promise<Record<string, unknown>>;
  /**
   * Optional work between prepare and the model, with no database connection held: CPU-heavy or
   * slow work such as a solver (in a worker thread). The platform aborts `signal` when the run is
   * cancelled meanwhile (it checks every 2 s). A retry's prepare may find the work already stored
   * by `checkpoint` and pass it on: then return the input as it is.
   */
  compute?(input: I, signal: AbortSignal): Promise<I>;
  /**
   * Stores what `compute` produced in a short transaction of its own, before the model is called,
   * guarded like persist (the run row is locked and must still be running), so the result stands
   * whatever the model does. Returns the model's input, or `skip` to finish the run without a model.
   */
  checkpoint?(client: pg.PoolClient, run: AgentRun<R>, input: I): Promise<Prepared<I>>;
  /** Seconds `compute` may take at most, added to the running attempt's deadline. */
  computeSeconds?: number;
  /**
   * The model's part is optional (it only writes text about what `checkpoint` stored): when it fails
   * for good (a permanent error, the budget, or the last attempt of a transient one), the run still
   * succeeds with this summary and `output.modelError` (the code) instead of failing.
   */
  withoutModel?(client: pg.PoolClient, run: AgentRun<R>, input: I, error: AgentError): Promise<Record<string, unknown>>;
}

export interface AgentDependencies {
  provider: AiProvider;
  config: AiConfig;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type WithClient = JobHelpers["withPgClient"];

/* ------------------------------------------------------------------ logs */

interface LogEntry {
  operation: string;
  model: string;
  input: unknown;
  output: unknown;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  success: boolean;
  error: string | null;
  salvaged: string[];
}

async function writeLog(client: pg.PoolClient, run: AgentRun, entry: LogEntry): Promise<void> {
  // Model text reaches the log (output, errors naming its ids, repair turns in the input): sanitised.
  await client.query(
    `insert into app_public.ai_agent_logs
       (organization_id, agent_run_id, agent_type, event_id, operation, model, input_data, output_data,
        prompt_tokens, completion_tokens, tokens_used, latency_ms, cost_usd, success, error_message, salvaged)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      run.organization_id,
      run.id,
      run.agent_type,
      run.event_id,
      entry.operation,
      entry.model,
      JSON.stringify(sanitizeDeep(entry.input)),
      entry.output === undefined ? null : JSON.stringify(sanitizeDeep(entry.output)),
      entry.promptTokens,
      entry.completionTokens,
      entry.promptTokens + entry.completionTokens,
      entry.latencyMs,
      costUsd(entry.model, entry.promptTokens, entry.completionTokens),
      entry.success,
      entry.error === null ? null : sanitizeText(entry.error).slice(0, 2000),
      JSON.stringify(sanitizeDeep(entry.salvaged)),
    ],
  );
}

/* ---------------------------------------------------- 2. the model call */

interface Checked<O> {
  output?: O;
  salvaged: string[];
  problems: string[];
}

/** The answer → parsed JSON → sanitised → the agent's salvage → the stored schema. */
export function checkAnswer<I, O>(
  definition: AgentDefinition<I, O>,
  input: I,
  answer: Pick<ModelAnswer, "raw" | "via" | "refusal">,
): Checked<O> {
  if (answer.raw === null) {
    if (answer.refusal) return { salvaged: [], problems: [`Te negaste a responder: ${answer.refusal}`] };
    return {
      salvaged: [],
      problems: [
        answer.via === "tool"
          ? `No llamaste la función ${definition.tool.name}.`
          : "No devolviste la respuesta en JSON con el esquema pedido.",
      ],
    };
  }
  const salvaged: string[] = [];
  const parsed = parseAnswer(answer.raw, salvaged);
  if (parsed === undefined) {
    return {
      salvaged,
      problems: [
        answer.via === "tool" ? "Los argumentos de la función no son JSON válido." : "Tu respuesta no es JSON válido.",
      ],
    };
  }
  const clean = sanitizeDeep(parsed);
  if (JSON.stringify(clean) !== JSON.stringify(parsed)) {
    salvaged.push("removed NUL/control characters and lone surrogates from the text");
  }
  const result = definition.salvage(clean, input);
  salvaged.push(...result.salvaged);
  if (result.output === undefined) return { salvaged, problems: result.problems };
  // Salvage promises a valid output; the stored schema has the last word.
  const valid = (definition.tool.schema as z.ZodType<O>).safeParse(result.output);
  if (!valid.success) {
    return {
      salvaged,
      problems: valid.error.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(raíz)"}: ${issue.message}`),
    };
  }
  return { output: valid.data, salvaged, problems: [] };
}

class Cancelled extends Error {}

async function isStillRunning(withClient: WithClient, runId: string): Promise<boolean> {
  const { rows } = await withClient((client) =>
    client.query<{ status: string }>("select status from app_public.agent_runs where id = $1", [runId]),
  );
  return rows[0]?.status === "running";
}

/** Calls the provider, waiting out 429s as the provider asks, logging every failed call at once. */
async function callLogged(
  withClient: WithClient,
  run: AgentRun,
  deps: AgentDependencies,
  messages: ChatMessage[],
  spec: StructuredSpec,
  operation: string,
  logInput: unknown,
): Promise<ModelAnswer> {
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0, fallbacks = 0; ; ) {
    try {
      return await deps.provider.generate(messages, spec);
    } catch (error) {
      const failure = error instanceof AgentError ? error : new AgentError("AI_UNAVAILABLE", String(error));
      await withClient((client) =>
        writeLog(client, run, {
          operation,
          model: deps.provider.model,
          input: logInput,
          output: undefined,
          promptTokens: 0,
          completionTokens: 0,
          latencyMs: failure.latencyMs ?? 0,
          success: false,
          error: `${failure.code}: ${failure.message}`,
          salvaged: [],
        }),
      );
      // The endpoint does not take response_format json_schema: the provider now uses a tool call.
      if (failure.code === "AI_SCHEMA_UNSUPPORTED" && fallbacks++ === 0) continue;
      // Wait as long as the provider asks, up to maxRetryAfterMs; asked to wait longer, give up now
      // (calling again sooner would only be refused again).
      const wait = failure.retryAfterMs ?? 1000 * 2 ** attempt;
      if (
        failure.code === "RATE_LIMITED" &&
        attempt < deps.config.rateLimitRetries &&
        wait <= deps.config.maxRetryAfterMs
      ) {
        attempt++;
        await sleep(wait);
        continue;
      }
      throw failure;
    }
  }
}

/** What step 2 produced: the output, what salvage did, and the successful call (logged by step 3). */
interface Produced<O> {
  output: O;
  salvaged: string[];
  call: LogEntry | null;
  /** The attempt whose call produced the answer, when a previous attempt paid for it. */
  reusedFromAttempt?: number;
}

function logOf(operation: string, answer: ModelAnswer, input: unknown, checked: Checked<unknown>): LogEntry {
  return {
    operation,
    model: answer.model,
    input,
    output: answer.raw,
    promptTokens: answer.promptTokens,
    completionTokens: answer.completionTokens,
    latencyMs: answer.latencyMs,
    success: checked.output !== undefined,
    error: checked.problems.join(" ") || null,
    salvaged: checked.salvaged,
  };
}

async function produce<I, O>(
  withClient: WithClient,
  run: AgentRun,
  definition: AgentDefinition<I, O>,
  deps: AgentDependencies,
  input: I,
): Promise<Produced<O>> {
  const messages = definition.messages(input);
  if (deps.provider.name === "local") {
    const started = performance.now();
    const answer = definition.local(input);
    const checked = checkAnswer(definition, input, { raw: JSON.stringify(answer), via: "tool", refusal: null });
    const call: LogEntry = {
      operation: "local",
      model: "local",
      input: { messages },
      output: answer,
      promptTokens: 0,
      completionTokens: 0,
      latencyMs: Math.round(performance.now() - started),
      success: checked.output !== undefined,
      error: checked.problems.join(" ") || null,
      salvaged: checked.salvaged,
    };
    if (checked.output === undefined) {
      await withClient((client) => writeLog(client, run, call));
      throw new AgentError("AI_INVALID_OUTPUT", `Local provider output failed validation: ${call.error}`);
    }
    return { output: checked.output, salvaged: checked.salvaged, call };
  }

  const spec: StructuredSpec = {
    name: definition.tool.name,
    description: definition.tool.description,
    schema: providerJsonSchema(definition.pinnedSchema?.(input) ?? definition.tool.schema),
  };
  const first = await callLogged(withClient, run, deps, messages, spec, "generate", { messages });
  const checked = checkAnswer(definition, input, first);
  if (checked.output !== undefined) {
    return {
      output: checked.output,
      salvaged: checked.salvaged,
      call: logOf("generate", first, { messages }, checked),
    };
  }
  await withClient((client) => writeLog(client, run, logOf("generate", first, { messages }, checked)));
  // Cancelled while the model was thinking: do not pay for a repair.
  if (!(await isStillRunning(withClient, run.id))) throw new Cancelled();

  // Nothing usable: one repair turn that tells the model exactly what was wrong.
  const correction = `Tu respuesta no es válida:\n- ${checked.problems.join("\n- ")}\n${
    first.via === "tool"
      ? `Llama de nuevo la función ${definition.tool.name} con una respuesta corregida.`
      : "Responde de nuevo con el JSON corregido, según el esquema."
  }`;
  const repairMessages: ChatMessage[] =
    first.via === "tool" && first.toolCallId && first.raw !== null
      ? [
          ...messages,
          {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: first.toolCallId,
                type: "function",
                function: { name: definition.tool.name, arguments: first.raw },
              },
            ],
          },
          { role: "tool", tool_call_id: first.toolCallId, content: correction },
        ]
      : first.raw !== null
        ? [...messages, { role: "assistant", content: first.raw }, { role: "user", content: correction }]
        : [...messages, { role: "user", content: correction }];
  const second = await callLogged(withClient, run, deps, repairMessages, spec, "repair", { correction });
  const repaired = checkAnswer(definition, input, second);
  if (repaired.output !== undefined) {
    return {
      output: repaired.output,
      salvaged: repaired.salvaged,
      call: logOf("repair", second, { correction }, repaired),
    };
  }
  await withClient((client) => writeLog(client, run, logOf("repair", second, { correction }, repaired)));
  throw new AgentError("AI_INVALID_OUTPUT", `Invalid output after one repair: ${repaired.problems.join(" ")}`);
}

/* ----------------------------------------------- 1. claim and prepare */

interface StoredAnswer {
  answer: unknown;
  salvaged: string[];
  provider: string;
  model: string;
  attempt: number;
}

type Claim<I, R> =
  | { kind: "gone" }
  | { kind: "deferred"; running: number }
  | {
      kind: "ready";
      run: AgentRun<R>;
      prepared: Prepared<I>;
      stored: StoredAnswer | null;
      /** Over the monthly budget with an optional model: the work goes on, the model is not called. */
      overBudget: AgentError | null;
    }
  | { kind: "error"; run: AgentRun; error: unknown };

async function claim<I, O, R>(
  client: pg.PoolClient,
  definition: AgentDefinition<I, O, R>,
  deps: AgentDependencies,
  runId: string,
  taskIdentifier: string,
): Promise<Claim<I, R>> {
  // The claim is not worth a disk flush of its own: lost in a database crash, the run is simply
  // claimed again. (The persist transaction stays fully durable.) One round trip for both.
  await client.query("begin; set local synchronous_commit = off");
  try {
    const claimSql = `update app_public.agent_runs
          set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()),
              deadline_at = now() + make_interval(secs => $2), error_code = null
        where id = $1 and status in ('queued', 'running')
        returning id, organization_id, event_id, agent_type, status, requested_by, input, attempts, kept_answer`;
    const cap = deps.config.maxRunningPerOrganization;
    if (cap !== null) {
      const { rows: found } = await client.query<{ organization_id: string; status: string }>(
        "select organization_id, status from app_public.agent_runs where id = $1 for update",
        [runId],
      );
      const current = found[0];
      if (current && ["queued", "running"].includes(current.status)) {
        // One organization's claims at a time, so concurrent claims cannot all pass the cap.
        await client.query("select pg_advisory_xact_lock(hashtextextended('agent_running:' || $1, 0))", [
          current.organization_id,
        ]);
        const { rows: counted } = await client.query<{ running: number }>(
          `select count(*)::int as running from app_public.agent_runs
            where organization_id = $1 and status = 'running' and id <> $2`,
          [current.organization_id, runId],
        );
        const running = counted[0]?.running ?? 0;
        if (running >= cap) {
          // Back to the queue a little later, freeing this worker slot for another organization's run.
          // A new job with the same key replaces this one (which is locked, so it is not retried).
          await client.query(
            `select graphile_worker.add_job($1, json_build_object('agentRunId', $2::text),
               job_key => 'agent_run:' || $2, max_attempts => 3,
               run_at => now() + make_interval(secs => 1 + 2 * random()))`,
            [taskIdentifier, runId],
          );
          await client.query("commit");
          return { kind: "deferred", running };
        }
      }
    }
    const { rows } = await client.query<AgentRun & { kept_answer: StoredAnswer | null }>(claimSql, [
      runId,
      runDeadlineSeconds(deps.config) + (definition.computeSeconds ?? 0),
    ]);
    // Finished, cancelled or gone: a retry after a crash must not redo it.
    if (!rows[0]) {
      await client.query("commit");
      return { kind: "gone" };
    }
    const { kept_answer: keptAnswer, ...run } = rows[0];
    // The claim stands even when what follows fails: the attempt is counted and the error recorded.
    await client.query("savepoint work");
    try {
      // The month's spend: an index-only sum.
      const { rows: found } = await client.query<{ cost: number }>(
        `select coalesce(sum(l.cost_usd), 0)::float as cost from app_public.ai_agent_logs l
          where l.organization_id = $1 and l.created_at >= date_trunc('month', now())`,
        [run.organization_id],
      );
      const cost = found[0]?.cost ?? 0;
      let overBudget: AgentError | null = null;
      if (cost >= deps.config.monthlyBudgetUsd) {
        overBudget = new AgentError(
          "AI_BUDGET_EXCEEDED",
          `Month-to-date AI cost ${cost} USD reached the budget of ${deps.config.monthlyBudgetUsd} USD.`,
        );
        if (!definition.withoutModel) throw overBudget;
      }
      // The request as the agent declared it; a malformed one is a bug in its SQL request function.
      const input = definition.runInput.safeParse(run.input);
      if (!input.success) {
        throw new AgentError(
          "INTERNAL_ERROR",
          `agent_runs.input does not match the ${definition.type} agent's runInput (written by ${definition.requestFunction}): ${input.error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ")}`,
        );
      }
      const typedRun: AgentRun<R> = { ...run, input: input.data };
      const prepared = await definition.prepare(client, typedRun, deps.config);
      await client.query("commit");
      return { kind: "ready", run: typedRun, prepared, stored: keptAnswer, overBudget };
    } catch (error) {
      await client.query("rollback to savepoint work");
      await client.query("commit");
      return { kind: "error", run, error };
    }
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/* --------------------------------------------------------- 3. persist */

/** Persists once: false when the run is no longer running (cancelled, or finished by another worker). */
async function persistOnce<I, O, R>(
  client: pg.PoolClient,
  definition: AgentDefinition<I, O, R>,
  deps: AgentDependencies,
  run: AgentRun<R>,
  prepared: Prepared<I>,
  produced: Produced<O> | null,
  modelError: AgentError | null = null,
): Promise<boolean> {
  await client.query("begin");
  try {
    const { rows } = await client.query<{ status: string }>(
      "select status from app_public.agent_runs where id = $1 for update",
      [run.id],
    );
    if (rows[0]?.status !== "running") {
      await client.query("rollback");
      return false;
    }
    const summary =
      "skip" in prepared
        ? prepared.skip
        : modelError && definition.withoutModel
          ? await definition.withoutModel(client, run, prepared.input, modelError)
          : produced === null
            ? {}
            : await definition.persist(client, run, prepared.input, produced.output, {
                provider: deps.provider.name,
                model: produced.call?.model ?? deps.provider.model,
              });
    const output = {
      provider: deps.provider.name,
      model: deps.provider.model,
      ...summary,
      ...(modelError ? { modelError: modelError.code } : {}),
      ...(produced ? { salvaged: produced.salvaged } : {}),
      ...(produced?.reusedFromAttempt ? { answerFromAttempt: produced.reusedFromAttempt } : {}),
    };
    await client.query(
      `update app_public.agent_runs
          set status = 'succeeded', finished_at = now(), output = $2::jsonb, kept_answer = null
        where id = $1`,
      [run.id, JSON.stringify(sanitizeDeep(output))],
    );
    if (produced?.call) await writeLog(client, run, produced.call);
    await client.query("commit");
    return true;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/** The persist failed after a good answer: keep the answer (no second bill) and log the step as failed. */
async function keepAnswer<O>(
  client: pg.PoolClient,
  run: AgentRun,
  deps: AgentDependencies,
  produced: Produced<O>,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await client.query("begin");
  try {
    if (produced.call) {
      await writeLog(client, run, {
        ...produced.call,
        success: false,
        error: `PERSIST_FAILED: ${message} (the answer is kept; the retry stores it without calling the model)`,
      });
    }
    // Kept only while the run is still this worker's to finish (not cancelled meanwhile).
    await client.query(
      `update app_public.agent_runs set kept_answer = $2::jsonb
        where id = $1 and status = 'running' and kept_answer is null`,
      [
        run.id,
        JSON.stringify(
          sanitizeDeep({
            answer: produced.output,
            salvaged: produced.salvaged,
            provider: deps.provider.name,
            model: produced.call?.model ?? deps.provider.model,
            attempt: produced.reusedFromAttempt ?? run.attempts,
          }),
        ),
      ],
    );
    await client.query("commit");
  } catch (keepError) {
    await client.query("rollback").catch(() => {});
    throw keepError;
  }
}

/* ------------------------------------------- 1b. work without a connection */

/** Runs the agent's compute step, aborting it when the run stops being `running` (cancelled). */
async function computeWatched<I>(
  withClient: WithClient,
  run: AgentRun,
  compute: (input: I, signal: AbortSignal) => Promise<I>,
  input: I,
): Promise<I> {
  const controller = new AbortController();
  let stopped = false;
  const watch = (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      if (stopped) return;
      if (!(await isStillRunning(withClient, run.id).catch(() => true))) {
        controller.abort();
        return;
      }
    }
  })();
  try {
    return await compute(input, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new Cancelled();
    throw error;
  } finally {
    stopped = true;
    void watch;
  }
}

/** The compute step's result stored once, in its own transaction; null when the run is no longer running. */
async function checkpointOnce<I>(
  client: pg.PoolClient,
  run: AgentRun,
  store: (client: pg.PoolClient) => Promise<Prepared<I>>,
): Promise<Prepared<I> | null> {
  await client.query("begin");
  try {
    const { rows } = await client.query<{ status: string }>(
      "select status from app_public.agent_runs where id = $1 for update",
      [run.id],
    );
    if (rows[0]?.status !== "running") {
      await client.query("rollback");
      return null;
    }
    const next = await store(client);
    await client.query("commit");
    return next;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/* ------------------------------------------------------------ the task */

async function markFailed(client: pg.PoolClient, runId: string, error: AgentError): Promise<void> {
  await client.query(
    `update app_public.agent_runs
        set status = 'failed', finished_at = now(), error_code = $2,
            output = jsonb_build_object('detail', $3::text), kept_answer = null
      where id = $1 and status in ('queued', 'running')`,
    [runId, error.code, sanitizeText(error.message).slice(0, 1000)],
  );
}

const asAgentError = (caught: unknown): AgentError =>
  caught instanceof AgentError
    ? caught
    : new AgentError("INTERNAL_ERROR", caught instanceof Error ? caught.message : String(caught), {
        transient: true,
        cause: caught,
      });

export function agentTask<I, O, R>(definition: AgentDefinition<I, O, R>, deps: AgentDependencies): Task {
  return async (payload, helpers) => {
    const agentRunId = (payload as { agentRunId?: unknown })?.agentRunId;
    if (typeof agentRunId !== "string") {
      helpers.logger.error(`${definition.type}: job without agentRunId`);
      return;
    }
    const withClient: WithClient = helpers.withPgClient;

    // 1. Claim and prepare.
    const claimed = await withClient((client) =>
      claim(client, definition, deps, agentRunId, helpers.job.task_identifier),
    );
    if (claimed.kind === "gone") return;
    if (claimed.kind === "deferred") {
      helpers.logger.debug(
        `${definition.type} run ${agentRunId} deferred: ${claimed.running} running in its organization`,
      );
      return;
    }
    const { run } = claimed;
    let produced: Produced<O> | null = null;
    try {
      if (claimed.kind === "error") throw claimed.error;
      const { stored, run } = claimed;
      let { prepared } = claimed;

      // 1b. Work without a connection (a solver), stored before the model is asked anything.
      if ("input" in prepared && definition.compute && definition.checkpoint) {
        const computed = await computeWatched(withClient, run, definition.compute, prepared.input);
        const checkpoint = definition.checkpoint;
        const next = await withClient((client) => checkpointOnce(client, run, (c) => checkpoint(c, run, computed)));
        if (next === null) return; // cancelled meanwhile: nothing stored
        prepared = next;
      }

      // 2. The model, no connection held (or the answer an earlier attempt paid for).
      let modelError: AgentError | null = null;
      if ("input" in prepared) {
        // Validated and salvaged when it was produced; the agent's persist re-checks what can have
        // changed since (e.g. consent), so it is stored as it is. An answer erasure has redacted no
        // longer fits the schema: the model is asked again.
        const kept = stored ? (definition.tool.schema as z.ZodType<O>).safeParse(stored.answer) : null;
        if (stored && kept?.success) {
          produced = { output: kept.data, salvaged: stored.salvaged, call: null, reusedFromAttempt: stored.attempt };
        } else if (claimed.overBudget) {
          modelError = claimed.overBudget;
        } else {
          try {
            produced = await produce(withClient, run, definition, deps, prepared.input);
          } catch (caught) {
            const error = caught instanceof Cancelled ? null : asAgentError(caught);
            // An optional model that failed for good: the run keeps what the work stored.
            if (
              !error ||
              !definition.withoutModel ||
              (error.transient && helpers.job.attempts < helpers.job.max_attempts)
            )
              throw caught;
            modelError = error;
          }
        }
      }

      // 3. Persist once.
      let persisted: boolean;
      const ready = prepared;
      try {
        persisted = await withClient((client) =>
          persistOnce(client, definition, deps, run, ready, produced, modelError),
        );
      } catch (error) {
        if (produced) {
          const kept = produced;
          await withClient((client) => keepAnswer(client, run, deps, kept, error));
        }
        throw error;
      }
      if (!persisted && produced?.call) {
        // Cancelled while the model answered: the call was made and billed; nothing is stored.
        const call = produced.call;
        await withClient((client) =>
          writeLog(client, run, {
            ...call,
            error: "answer not stored: the run was no longer running (cancelled, or finished by another worker)",
          }),
        );
      }
    } catch (caught) {
      if (caught instanceof Cancelled) return;
      const error = asAgentError(caught);
      const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
      if (!error.transient || lastAttempt) {
        await withClient((client) => markFailed(client, run.id, error));
        helpers.logger.warn(`${definition.type} run ${run.id} failed: ${error.code} ${error.message}`);
        return;
      }
      // Transient: back to the queue with what went wrong; graphile-worker retries with backoff.
      const { rowCount } = await withClient((client) =>
        client.query(
          `update app_public.agent_runs set status = 'queued', error_code = $2
            where id = $1 and status = 'running'`,
          [run.id, error.code],
        ),
      );
      // Cancelled meanwhile: nothing to retry.
      if (rowCount === 0) return;
      throw error;
    }
  };
}
