// Why an agent run failed, as a stable code from the error catalogue
// (shared/errors.ts). The run stores only the code (agent_runs.error_code);
// the dashboard translates it. Transient failures are retried by
// graphile-worker.
import type { AgentErrorCode } from "../../shared/errors.ts";

export type { AgentErrorCode } from "../../shared/errors.ts";

export class AgentError extends Error {
  readonly code: AgentErrorCode;
  /** Worth trying again later (network, timeouts, 5xx). */
  readonly transient: boolean;
  /** How long the provider asked us to wait (429 Retry-After). */
  retryAfterMs: number | null = null;
  /** How long the failed call took. */
  latencyMs = 0;
  constructor(code: AgentErrorCode, detail: string, options: { transient?: boolean; cause?: unknown } = {}) {
    super(detail, { cause: options.cause });
    this.name = "AgentError";
    this.code = code;
    this.transient = options.transient ?? false;
  }
}
