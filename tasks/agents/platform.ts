// What every agent shares: the run's state machine (queued → running →
// succeeded | failed), the monthly budget check, the provider call with 429
// back-off, zod validation with one repair turn, an ai_agent_logs row per
// call, and a persist step in the transaction that marks the run succeeded.
// An agent is: a task name, a prompt, a zod tool schema, and a persist step.
import type { Task } from "graphile-worker";
import type pg from "pg";
import type { z } from "zod";
import type { AiConfig } from "../ai/config.ts";
import { AgentError, SPANISH_MESSAGES } from "../ai/errors.ts";
import { costUsd } from "../ai/pricing.ts";
import type { AiProvider, ChatMessage, ToolCallResult, ToolSpec } from "../ai/provider.ts";

export type AgentType =
  | "model_casting"
  | "runway_timing"
  | "vendor_coordination"
  | "event_health"
  | "email_generation"
  | "whatsapp_automation";

export interface AgentRun {
  id: string;
  organization_id: string;
  event_id: string | null;
  agent_type: AgentType;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  requested_by: string | null;
  input: Record<string, unknown>;
  attempts: number;
}

export type Prepared<I> = { input: I } | { skip: Record<string, unknown> };

export interface AgentDefinition<I, O> {
  type: AgentType;
  tool: ToolSpec<O>;
  /** Loads what the agent needs, with SQL. `skip` finishes the run without calling a model. */
  prepare(client: pg.PoolClient, run: AgentRun, config: AiConfig): Promise<Prepared<I>>;
  /** The conversation (es-CO) sent to the model. Never contains contact data. */
  messages(input: I): ChatMessage[];
  /** Problems the schema cannot see, in Spanish, e.g. ids that were not offered. Empty when valid. */
  check(output: O, input: I): string[];
  /** The deterministic local provider's answer; it passes the same validation. */
  local(input: I): O;
  /** Writes the result in the transaction that marks the run succeeded; returns the run's output summary. */
  persist(client: pg.PoolClient, run: AgentRun, input: I, output: O): Promise<Record<string, unknown>>;
}

export interface AgentDependencies {
  provider: AiProvider;
  config: AiConfig;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Validation<O> {
  output?: O;
  problems: string[];
}

function validate<I, O>(definition: AgentDefinition<I, O>, input: I, raw: string | null): Validation<O> {
  if (raw === null) return { problems: [`No llamaste la función ${definition.tool.name}.`] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problems: ["Los argumentos de la función no son JSON válido."] };
  }
  const result = (definition.tool.schema as z.ZodType<O>).safeParse(parsed);
  if (!result.success) {
    return {
      problems: result.error.issues
        .slice(0, 10)
        .map((issue) => `${issue.path.join(".") || "(raíz)"}: ${issue.message}`),
    };
  }
  const problems = definition.check(result.data, input);
  return problems.length ? { problems } : { output: result.data, problems };
}

async function logCall(
  client: pg.PoolClient,
  run: AgentRun,
  entry: {
    operation: string;
    model: string;
    input: unknown;
    output: unknown;
    promptTokens: number;
    completionTokens: number;
    latencyMs: number;
    success: boolean;
    error: string | null;
  },
): Promise<void> {
  await client.query(
    `insert into app_public.ai_agent_logs
       (organization_id, agent_run_id, agent_type, event_id, operation, model, input_data, output_data,
        prompt_tokens, completion_tokens, tokens_used, latency_ms, cost_usd, success, error_message)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      run.organization_id,
      run.id,
      run.agent_type,
      run.event_id,
      entry.operation,
      entry.model,
      JSON.stringify(entry.input),
      entry.output === undefined ? null : JSON.stringify(entry.output),
      entry.promptTokens,
      entry.completionTokens,
      entry.promptTokens + entry.completionTokens,
      entry.latencyMs,
      costUsd(entry.model, entry.promptTokens, entry.completionTokens),
      entry.success,
      entry.error,
    ],
  );
}

/** Calls the provider, waiting out 429s as the provider asks, logging every call. */
async function callLogged<I, O>(
  client: pg.PoolClient,
  run: AgentRun,
  definition: AgentDefinition<I, O>,
  deps: AgentDependencies,
  messages: ChatMessage[],
  operation: string,
): Promise<ToolCallResult> {
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.provider.callTool(messages, definition.tool);
    } catch (error) {
      const failure = error as AgentError;
      await logCall(client, run, {
        operation,
        model: deps.provider.model,
        input: { messages },
        output: undefined,
        promptTokens: 0,
        completionTokens: 0,
        latencyMs: failure.latencyMs ?? 0,
        success: false,
        error: `${failure.code}: ${failure.message}`,
      });
      // Wait as long as the provider asks, up to maxRetryAfterMs; asked to wait longer, give up now
      // (calling again sooner would only be refused again).
      const wait = failure.retryAfterMs ?? 1000 * 2 ** attempt;
      if (
        failure.code === "RATE_LIMITED" &&
        attempt < deps.config.rateLimitRetries &&
        wait <= deps.config.maxRetryAfterMs
      ) {
        await sleep(wait);
        continue;
      }
      throw failure;
    }
  }
}

async function produceOutput<I, O>(
  client: pg.PoolClient,
  run: AgentRun,
  definition: AgentDefinition<I, O>,
  deps: AgentDependencies,
  input: I,
): Promise<O> {
  const messages = definition.messages(input);
  if (deps.provider.name === "local") {
    const started = performance.now();
    const raw = JSON.stringify(definition.local(input));
    const checked = validate(definition, input, raw);
    await logCall(client, run, {
      operation: "local",
      model: "local",
      input: { messages },
      output: JSON.parse(raw),
      promptTokens: 0,
      completionTokens: 0,
      latencyMs: Math.round(performance.now() - started),
      success: checked.output !== undefined,
      error: checked.problems.join(" ") || null,
    });
    if (checked.output === undefined) {
      throw new AgentError(
        "AI_INVALID_OUTPUT",
        `Local provider output failed validation: ${checked.problems.join(" ")}`,
      );
    }
    return checked.output;
  }

  const first = await callLogged(client, run, definition, deps, messages, "generate");
  const checked = validate(definition, input, first.rawArguments);
  await logCall(client, run, {
    operation: "generate",
    model: first.model,
    input: { messages },
    output: first.rawArguments,
    promptTokens: first.promptTokens,
    completionTokens: first.completionTokens,
    latencyMs: first.latencyMs,
    success: checked.output !== undefined,
    error: checked.problems.join(" ") || null,
  });
  if (checked.output !== undefined) return checked.output;

  // One repair turn that tells the model exactly what was wrong.
  const correction = `Tu respuesta no es válida:\n- ${checked.problems.join("\n- ")}\nLlama de nuevo la función ${definition.tool.name} con una respuesta corregida.`;
  const repairMessages: ChatMessage[] =
    first.toolCallId && first.rawArguments !== null
      ? [
          ...messages,
          {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: first.toolCallId,
                type: "function",
                function: { name: definition.tool.name, arguments: first.rawArguments },
              },
            ],
          },
          { role: "tool", tool_call_id: first.toolCallId, content: correction },
        ]
      : [...messages, { role: "user", content: correction }];
  const second = await callLogged(client, run, definition, deps, repairMessages, "repair");
  const repaired = validate(definition, input, second.rawArguments);
  await logCall(client, run, {
    operation: "repair",
    model: second.model,
    input: { correction },
    output: second.rawArguments,
    promptTokens: second.promptTokens,
    completionTokens: second.completionTokens,
    latencyMs: second.latencyMs,
    success: repaired.output !== undefined,
    error: repaired.problems.join(" ") || null,
  });
  if (repaired.output !== undefined) return repaired.output;
  throw new AgentError("AI_INVALID_OUTPUT", `Invalid output after one repair: ${repaired.problems.join(" ")}`);
}

async function markFailed(client: pg.PoolClient, runId: string, error: AgentError): Promise<void> {
  await client.query(
    `update app_public.agent_runs
        set status = 'failed', finished_at = now(), error_code = $2, error_message = $3,
            output = jsonb_build_object('detail', $4::text)
      where id = $1 and status in ('queued', 'running')`,
    [runId, error.code, SPANISH_MESSAGES[error.code], error.message.slice(0, 1000)],
  );
}

export function agentTask<I, O>(definition: AgentDefinition<I, O>, deps: AgentDependencies): Task {
  return async (payload, helpers) => {
    const agentRunId = (payload as { agentRunId?: unknown })?.agentRunId;
    if (typeof agentRunId !== "string") {
      helpers.logger.error(`${definition.type}: job without agentRunId`);
      return;
    }
    await helpers.withPgClient(async (client) => {
      const { rows } = await client.query<AgentRun>(
        `update app_public.agent_runs
            set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()),
                error_code = null, error_message = null
          where id = $1 and status in ('queued', 'running')
          returning id, organization_id, event_id, agent_type, status, requested_by, input, attempts`,
        [agentRunId],
      );
      const run = rows[0];
      // Finished, cancelled or gone: a retry after a crash must not redo it.
      if (!run) return;

      try {
        const { rows: spent } = await client.query<{ cost: number }>(
          `select coalesce(sum(cost_usd), 0)::float as cost from app_public.ai_agent_logs
            where organization_id = $1 and created_at >= date_trunc('month', now())`,
          [run.organization_id],
        );
        if ((spent[0]?.cost ?? 0) >= deps.config.monthlyBudgetUsd) {
          throw new AgentError(
            "AI_BUDGET_EXCEEDED",
            `Month-to-date AI cost ${spent[0]?.cost} USD reached the budget of ${deps.config.monthlyBudgetUsd} USD.`,
          );
        }
        const prepared = await definition.prepare(client, run, deps.config);
        const output = "skip" in prepared ? null : await produceOutput(client, run, definition, deps, prepared.input);

        await client.query("begin");
        try {
          const summary =
            "skip" in prepared || output === null
              ? "skip" in prepared
                ? prepared.skip
                : {}
              : await definition.persist(client, run, prepared.input, output);
          const { rowCount } = await client.query(
            `update app_public.agent_runs
                set status = 'succeeded', finished_at = now(), output = $2::jsonb
              where id = $1 and status = 'running'`,
            [run.id, JSON.stringify({ provider: deps.provider.name, model: deps.provider.model, ...summary })],
          );
          // Cancelled meanwhile: keep nothing.
          await client.query(rowCount === 1 ? "commit" : "rollback");
        } catch (error) {
          await client.query("rollback");
          throw error;
        }
      } catch (caught) {
        const error =
          caught instanceof AgentError
            ? caught
            : new AgentError("INTERNAL_ERROR", caught instanceof Error ? caught.message : String(caught), {
                transient: true,
                cause: caught,
              });
        const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
        if (!error.transient || lastAttempt) {
          await markFailed(client, run.id, error);
          helpers.logger.warn(`${definition.type} run ${run.id} failed: ${error.code} ${error.message}`);
          return;
        }
        // Transient: back to the queue with what went wrong; graphile-worker retries with backoff.
        await client.query(
          `update app_public.agent_runs set status = 'queued', error_code = $2, error_message = $3
            where id = $1 and status = 'running'`,
          [run.id, error.code, SPANISH_MESSAGES[error.code]],
        );
        throw error;
      }
    });
  };
}
