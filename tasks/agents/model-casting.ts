// The Model Casting agent: SQL retrieves eligible people from the roster
// (consent, board, height, city, availability: hard constraints never go to
// the model), the model ranks them with Spanish reasoning, salvage keeps what
// is valid, and the suggestions become model_castings rows.
import { z } from "zod";
import type { AgentDefinition } from "./platform.ts";
import { salvageRankedPicks } from "./salvage.ts";

const REASONING_MAX = 400;
const PRIORITIES = ["high", "medium", "low"] as const;

/** One suggestion. `talentIds` pins talent_id to the ids offered to this run (a JSON schema enum). */
function recommendation(talentIds?: readonly [string, ...string[]]) {
  return z.object({
    talent_id: (talentIds ? z.enum(talentIds) : z.string()).describe(
      "El id exacto de una persona de la lista de candidatos.",
    ),
    match_score: z.number().int().min(0).max(100).describe("Qué tan bien encaja con el brief, de 0 a 100."),
    reasoning: z
      .string()
      .min(1)
      .max(REASONING_MAX)
      .describe(`Por qué, en español, en ${REASONING_MAX} caracteres o menos.`),
    contact_priority: z.enum(PRIORITIES).describe("A quién contactar primero."),
  });
}

const LIST_DESCRIPTION = "Las personas recomendadas, de la mejor a la menos indicada.";

/** What the agent stores: validated after salvage. */
export const CastingRecommendations = z.object({
  recommendations: z.array(recommendation()).describe(LIST_DESCRIPTION),
});
export type CastingRecommendations = z.infer<typeof CastingRecommendations>;

/** What a run asks the model for: only the offered ids, at most `wanted` of them. */
export function pinnedCastingSchema(input: Pick<CastingInput, "candidates" | "wanted">) {
  const ids = input.candidates.map((c) => c.talent_id);
  const items = ids.length ? recommendation(ids as [string, ...string[]]) : recommendation();
  return z.object({
    recommendations: z.array(items).min(1).max(Math.max(1, input.wanted)).describe(LIST_DESCRIPTION),
  });
}

/** The first third of a list is contacted first, the last third last. */
function priorityByRank(rank: number, count: number): (typeof PRIORITIES)[number] {
  return rank < Math.ceil(count / 3) ? "high" : rank < Math.ceil((2 * count) / 3) ? "medium" : "low";
}

export interface Candidate {
  talent_id: string;
  display_name: string;
  agency: string | null;
  city: string | null;
  willing_to_travel: boolean;
  division: string;
  height_cm: number | null;
  bust_cm: number | null;
  waist_cm: number | null;
  hips_cm: number | null;
  shoe_eu: string | null;
  hair_color: string | null;
  eye_color: string | null;
  is_minor: boolean;
  measurements_taken_on: string | null;
  fit_score: string;
}

export interface CastingInput {
  brief: {
    id: string;
    event_id: string;
    event_title: string;
    event_starts_at: string;
    title: string;
    models_needed: number;
    height_min_cm: number | null;
    height_max_cm: number | null;
    divisions: string[];
    cities: string[];
    notes: string | null;
  };
  candidates: Candidate[];
  /** How many recommendations to ask for: the models needed, or fewer candidates. */
  wanted: number;
}

const DIVISIONS_ES: Record<string, string> = {
  women: "mujeres",
  men: "hombres",
  non_binary: "no binario",
  kids: "niños",
  curve: "curve",
  petite: "petite",
  mature: "mature",
};

const range = (min: number | null, max: number | null) =>
  min && max ? `${min}–${max} cm` : min ? `desde ${min} cm` : max ? `hasta ${max} cm` : "cualquiera";

function describeForModel(c: Candidate) {
  // Only comp-card facts: never contact data, never birth dates.
  return {
    talent_id: c.talent_id,
    nombre: c.display_name,
    agencia: c.agency,
    ciudad: c.city,
    viaja: c.willing_to_travel,
    division: DIVISIONS_ES[c.division] ?? c.division,
    estatura_cm: c.height_cm,
    busto_cm: c.bust_cm,
    cintura_cm: c.waist_cm,
    cadera_cm: c.hips_cm,
    zapato_eu: c.shoe_eu === null ? null : Number(c.shoe_eu),
    cabello: c.hair_color,
    ojos: c.eye_color,
    menor_de_edad: c.is_minor,
    medidas_tomadas: c.measurements_taken_on,
  };
}

const MONTH_YEAR = new Intl.DateTimeFormat("es-CO", { month: "long", year: "numeric", timeZone: "UTC" });

function localReasoning(c: Candidate, input: CastingInput): string {
  const parts: string[] = [];
  const { brief } = input;
  if (c.height_cm)
    parts.push(`Estatura ${c.height_cm} cm (rango del brief: ${range(brief.height_min_cm, brief.height_max_cm)}).`);
  if (c.city && (brief.cities.length === 0 || brief.cities.includes(c.city))) parts.push(`Vive en ${c.city}.`);
  else if (c.willing_to_travel) parts.push(`Vive en ${c.city ?? "otra ciudad"} y acepta viajar.`);
  parts.push(`División ${DIVISIONS_ES[c.division] ?? c.division}.`);
  if (c.measurements_taken_on)
    parts.push(`Medidas tomadas en ${MONTH_YEAR.format(new Date(c.measurements_taken_on))}.`);
  if (c.agency) parts.push(`Agencia: ${c.agency}.`);
  return `Proveedor local (sin IA): ${parts.join(" ")}`.slice(0, REASONING_MAX);
}

/**
 * What app_public.request_model_casting writes to agent_runs.input: the brief to cast for and its
 * event. `briefId` is also the key of the one-active-run-per-brief unique index.
 */
export const CastingRunInput = z.object({
  briefId: z.uuid().describe("The casting brief (casting_briefs.id)."),
  eventId: z.uuid().describe("The brief's event (events.id)."),
});
export type CastingRunInput = z.infer<typeof CastingRunInput>;

export const modelCastingAgent: AgentDefinition<CastingInput, CastingRecommendations, CastingRunInput> = {
  type: "model_casting",
  runInput: CastingRunInput,
  requestFunction: "app_public.request_model_casting",
  tool: {
    name: "recomendar_modelos",
    description: "Devuelve las personas recomendadas para el casting, elegidas solo de la lista de candidatos.",
    schema: CastingRecommendations,
  },
  pinnedSchema: pinnedCastingSchema,

  async prepare(client, run, config) {
    const { briefId } = run.input;
    const { rows: briefs } = await client.query(
      `select b.id, b.event_id, e.title as event_title, e.starts_at as event_starts_at, b.title, b.models_needed,
              b.height_min_cm, b.height_max_cm, b.divisions, b.cities, b.notes
         from app_public.casting_briefs b join app_public.events e on e.id = b.event_id
        where b.id = $1 and b.organization_id = $2`,
      [briefId, run.organization_id],
    );
    const brief = briefs[0];
    if (!brief) return { skip: { suggested: 0, candidates: 0, note: "El brief ya no existe." } };
    const { rows: candidates } = await client.query<Candidate>(
      `select talent_id, display_name, agency, city, willing_to_travel, division, height_cm, bust_cm, waist_cm, hips_cm,
              shoe_eu::text, hair_color, eye_color, is_minor, measurements_taken_on::text, fit_score::text
         from app_private.model_casting_candidates($1, $2)`,
      [brief.id, config.maxCandidates],
    );
    if (candidates.length === 0) {
      return { skip: { suggested: 0, candidates: 0, note: "No hay personas elegibles para este brief." } };
    }
    return {
      input: {
        brief: { ...brief, event_starts_at: new Date(brief.event_starts_at).toISOString() },
        candidates,
        wanted: Math.min(brief.models_needed, candidates.length),
      },
    };
  },

  messages({ brief, candidates, wanted }) {
    return [
      {
        role: "system",
        content:
          "Eres directora de casting de desfiles de moda en Colombia y trabajas para FashionOS. " +
          "Eliges modelos solo de la lista de candidatos que se te da: nunca inventes personas ni ids. " +
          "Todas las personas de la lista ya cumplen las restricciones duras (consentimiento, división, estatura, ciudad, disponibilidad). " +
          "Evalúa el encaje con el concepto creativo y la coherencia del grupo. Escribe el razonamiento en español de Colombia, " +
          "concreto y profesional, sin datos personales de contacto.",
      },
      {
        role: "user",
        content: [
          `Evento: ${brief.event_title} (${brief.event_starts_at}).`,
          `Brief: ${brief.title}. Se necesitan ${brief.models_needed} modelos.`,
          `Divisiones: ${brief.divisions.map((d) => DIVISIONS_ES[d] ?? d).join(", ") || "cualquiera"}.`,
          `Estatura: ${range(brief.height_min_cm, brief.height_max_cm)}.`,
          `Ciudades: ${brief.cities.join(", ") || "cualquiera"}.`,
          `Notas creativas: ${brief.notes ?? "ninguna"}.`,
          "",
          `Recomienda exactamente ${wanted} personas distintas de esta lista, con match_score de 0 a 100, razonamiento (máximo 400 caracteres) y prioridad de contacto:`,
          JSON.stringify(candidates.map(describeForModel)),
        ].join("\n"),
      },
    ];
  },

  salvage(answer, { candidates, wanted }) {
    const picked = salvageRankedPicks(answer, {
      list: "recommendations",
      id: { key: "talent_id", offered: candidates.map((c) => c.talent_id) },
      wanted,
      score: { key: "match_score", min: 0, max: 100 },
      texts: { reasoning: { max: REASONING_MAX, required: true } },
      choices: {
        contact_priority: {
          values: PRIORITIES,
          aliases: { alta: "high", alto: "high", media: "medium", medio: "medium", baja: "low", bajo: "low" },
          fallback: priorityByRank,
        },
      },
      noun: { one: "recomendación", many: "recomendaciones" },
    });
    return { ...picked, output: picked.output as CastingRecommendations | undefined };
  },

  local(input) {
    const ranked = input.candidates.slice(0, input.wanted);
    return {
      recommendations: ranked.map((c, index) => ({
        talent_id: c.talent_id,
        match_score: Math.max(0, Math.min(100, Math.round(Number(c.fit_score)))),
        reasoning: localReasoning(c, input),
        contact_priority: priorityByRank(index, ranked.length),
      })),
    };
  },

  async persist(client, run, input, output) {
    // The model answered seconds after the candidates were read, with no transaction held: a
    // person whose consent was withdrawn (or who was erased) meanwhile is not stored, and one
    // cast for the show meanwhile is not cast twice.
    const { rows } = await client.query<{ talent_id: string }>(
      `insert into app_public.model_castings
         (event_id, talent_id, brief_id, status, ai_match_score, ai_reasoning, contact_priority, agent_run_id)
       select $1, r.talent_id, $2, 'suggested', r.match_score, r.reasoning, r.contact_priority, $3
         from jsonb_to_recordset($4::jsonb) as r(talent_id uuid, match_score int, reasoning text, contact_priority text)
         join app_public.talent t on t.id = r.talent_id and t.organization_id = $5
        where app_public.talent_has_ai_consent(t)
       on conflict (event_id, talent_id) do nothing
       returning talent_id`,
      [input.brief.event_id, input.brief.id, run.id, JSON.stringify(output.recommendations), run.organization_id],
    );
    return {
      briefId: input.brief.id,
      candidates: input.candidates.length,
      requested: input.wanted,
      suggested: rows.length,
      talentIds: rows.map((r) => r.talent_id),
    };
  },
};
