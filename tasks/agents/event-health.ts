// The Event Health agent: the checks are computed in SQL
// (app_private.event_health_checks, stored in event_health_reports); the
// model only writes a short es-CO summary of them for the report page. The
// report's traffic light, its checks and the notices never depend on it: a
// failed or slow summary leaves the report as it is, and a summary of checks
// that changed meanwhile is not stored.
import { z } from "zod";
import { sanitizeText } from "../ai/sanitize.ts";
import type { AgentDefinition } from "./platform.ts";

export const SUMMARY_MAX = 600;

interface HealthCheck {
  key: string;
  code: string;
  severity: "red" | "amber" | "green";
  title: string;
  nextStep: string;
}

export interface HealthInput {
  reportId: string;
  eventTitle: string;
  reportDate: string;
  daysLeft: number;
  status: "red" | "amber" | "green";
  checks: HealthCheck[];
  /** Who writes the summary: "local" or the configured model, stored with it. */
  model: string;
  /** md5 of the report's checks as read: the summary is stored only on these checks. */
  checksHash: string;
}

/**
 * agent_runs.input of an Event Health run, written by app_private.refresh_event_health: the report
 * to summarise, its event and its day (America/Bogota).
 */
export const HealthRunInput = z.object({
  reportId: z.uuid().describe("The report (event_health_reports.id)."),
  eventId: z.uuid().describe("Its event (events.id)."),
  reportDate: z.iso.date().describe("The report's day in America/Bogota."),
});
export type HealthRunInput = z.infer<typeof HealthRunInput>;

export const HealthSummary = z.object({
  summary: z
    .string()
    .min(1)
    .max(SUMMARY_MAX)
    .describe(`El resumen en español de Colombia, ${SUMMARY_MAX} caracteres o menos, lo urgente primero.`),
});
export type HealthSummary = z.infer<typeof HealthSummary>;

const SEVERITY_ES = { red: "rojo", amber: "amarillo", green: "verde" } as const;

/** Cuts a text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The deterministic local summary: the red and amber titles, worst first. */
export function localSummary(input: Pick<HealthInput, "checks">): string {
  const open = input.checks.filter((c) => c.severity !== "green");
  if (open.length === 0) {
    return `Proveedor local (sin IA): todo en orden, ${input.checks.length} puntos revisados.`;
  }
  const titles = open.map((c) => c.title.replace(/\.$/, ""));
  return clip(`Proveedor local (sin IA): ${titles.join("; ")}.`, SUMMARY_MAX);
}

export const eventHealthAgent: AgentDefinition<HealthInput, HealthSummary, HealthRunInput> = {
  type: "event_health",
  runInput: HealthRunInput,
  requestFunction: "app_private.refresh_event_health",
  tool: {
    name: "resumir_salud_del_evento",
    description: "Devuelve un resumen corto, en español de Colombia, de los chequeos de salud del evento.",
    schema: HealthSummary,
  },

  async prepare(client, run, config) {
    // FOR SHARE closes a race with a re-check (app_private.refresh_event_health) that commits while
    // this run is being claimed: prepare runs in the claim's transaction, which has just marked the
    // run `running`. Without the lock, a re-check that had replaced the checks but not committed yet
    // was not seen here (the old checks were summarised, and the summary refused on the new ones),
    // while the re-check saw the run still `queued` (the claim had not committed either) and asked
    // for no new one: the day's summary stayed empty. With it, either this read waits for the
    // re-check and sees its checks, or the re-check's upsert waits for this claim to commit and then
    // finds the run `running` and queues a fresh one (test/event-health-race.test.ts). No deadlock:
    // the re-check locks no run, and the persist step locks the run, then the report.
    const { rows } = await client.query<{
      id: string;
      summary_run_id: string | null;
      report_date: string;
      status: HealthInput["status"];
      checks: HealthCheck[];
      checks_hash: string;
      title: string;
      days_left: number;
    }>(
      `select r.id, r.summary_run_id, r.report_date::text, r.status, r.checks, md5(r.checks::text) as checks_hash, e.title,
              (e.starts_at at time zone e.timezone)::date - (now() at time zone e.timezone)::date as days_left
         from app_public.event_health_reports r
         join app_public.events e on e.id = r.event_id and e.organization_id = r.organization_id
        where r.id = $1 and r.organization_id = $2
          for share of r`,
      [run.input.reportId, run.organization_id],
    );
    const report = rows[0];
    if (!report) return { skip: { stored: false, note: "El reporte ya no existe." } };
    if (report.summary_run_id !== run.id) {
      return { skip: { stored: false, note: "Otra ejecución resume los chequeos más recientes de este reporte." } };
    }
    return {
      input: {
        reportId: report.id,
        eventTitle: report.title,
        reportDate: report.report_date,
        daysLeft: report.days_left,
        status: report.status,
        // An erasure may have redacted the checks into any JSON: only well-formed checks are summarised.
        checks: (Array.isArray(report.checks) ? report.checks : []).map(({ key, code, severity, title, nextStep }) => ({
          key,
          code,
          severity,
          title,
          nextStep,
        })),
        model: config.provider === "local" ? "local" : config.model,
        checksHash: report.checks_hash,
      },
    };
  },

  messages(input) {
    const open = input.checks.filter((c) => c.severity !== "green");
    const green = input.checks.length - open.length;
    return [
      {
        role: "system",
        content:
          "Eres productora ejecutiva de desfiles de moda en Colombia y trabajas para FashionOS. " +
          "Cada mañana resumes para el equipo los chequeos de salud de un evento. Los chequeos ya están calculados: " +
          "no inventes datos, cifras ni pendientes que no estén en la lista, y no cambies su gravedad. " +
          `Escribe en español de Colombia, en ${SUMMARY_MAX} caracteres o menos, en una o dos frases directas: ` +
          "lo rojo primero, luego lo amarillo, con el siguiente paso más importante.",
      },
      {
        role: "user",
        content: [
          `Evento: ${input.eventTitle}. Faltan ${input.daysLeft} días. Semáforo: ${SEVERITY_ES[input.status]}.`,
          `Chequeos abiertos (${open.length}; ${green} en verde):`,
          JSON.stringify(
            open.map((c) => ({ gravedad: SEVERITY_ES[c.severity], chequeo: c.title, siguiente_paso: c.nextStep })),
          ),
        ].join("\n"),
      },
    ];
  },

  salvage(answer) {
    const salvaged: string[] = [];
    let text: unknown = answer;
    if (text && typeof text === "object" && !Array.isArray(text)) {
      const record = text as Record<string, unknown>;
      const key = ["summary", "resumen", "texto", "text"].find((k) => typeof record[k] === "string");
      if (key && key !== "summary") salvaged.push(`read the summary from "${key}"`);
      text = key ? record[key] : undefined;
    } else if (typeof text === "string") {
      salvaged.push("the answer was a bare string: used it as the summary");
    }
    if (typeof text !== "string" || text.trim() === "") {
      return { salvaged, problems: ['Falta "summary": un texto corto con el resumen.'] };
    }
    const clean = sanitizeText(text).replace(/\s+/g, " ").trim();
    if (clean.length > SUMMARY_MAX) salvaged.push(`cut the summary from ${clean.length} to ${SUMMARY_MAX} characters`);
    return { output: { summary: clip(clean, SUMMARY_MAX) }, salvaged, problems: [] };
  },

  local(input) {
    return { summary: localSummary(input) };
  },

  async persist(client, run, input, output) {
    // Stored only on the report this run was asked for, and only while its checks are still the
    // ones summarised (a re-run that changed them cleared the summary and asked again).
    const { rowCount } = await client.query(
      `update app_public.event_health_reports set summary = $3, summary_model = $4
        where id = $1 and summary_run_id = $2 and md5(checks::text) = $5`,
      [input.reportId, run.id, output.summary, input.model, input.checksHash],
    );
    return { reportId: input.reportId, stored: rowCount === 1 };
  },
};
