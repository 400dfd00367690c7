// Why an agent run failed, as a stable English code and the Spanish text the
// dashboard shows. Transient failures are retried by graphile-worker.
export type AgentErrorCode =
  | "RATE_LIMITED"
  | "AI_CREDITS_EXHAUSTED"
  | "AI_AUTH_FAILED"
  | "AI_INVALID_OUTPUT"
  | "AI_BUDGET_EXCEEDED"
  | "AI_TIMEOUT"
  | "AI_UNAVAILABLE"
  | "AI_BAD_REQUEST"
  | "AI_SCHEMA_UNSUPPORTED"
  | "NOT_FOUND"
  | "INTERNAL_ERROR";

export const SPANISH_MESSAGES: Record<AgentErrorCode, string> = {
  RATE_LIMITED: "Límite de solicitudes excedido. Espera un minuto e inténtalo de nuevo.",
  AI_CREDITS_EXHAUSTED:
    "Créditos de IA agotados. Recarga créditos con tu proveedor de IA para seguir usando los agentes.",
  AI_AUTH_FAILED: "El proveedor de IA rechazó la credencial configurada. Revisa AI_API_KEY.",
  AI_INVALID_OUTPUT: "La IA devolvió una respuesta no válida. No se guardó nada; inténtalo de nuevo.",
  AI_BUDGET_EXCEEDED: "Se alcanzó el presupuesto mensual de IA de tu organización.",
  AI_TIMEOUT: "La IA tardó demasiado en responder. Inténtalo de nuevo en unos minutos.",
  AI_UNAVAILABLE: "El servicio de IA no está disponible en este momento. Inténtalo de nuevo más tarde.",
  AI_BAD_REQUEST: "El proveedor de IA rechazó la solicitud.",
  // Never final: the call is made again as a tool call at once.
  AI_SCHEMA_UNSUPPORTED: "El proveedor de IA no admite respuestas con esquema JSON; se usa una llamada de función.",
  NOT_FOUND: "No se encontró lo que se pidió al agente.",
  INTERNAL_ERROR:
    "Ocurrió un error inesperado. El equipo técnico puede revisarlo con el identificador de la ejecución.",
};

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
