// The Vendor Coordination agent: SQL shortlists the organization's vendors
// for an event and a category (city or travels, free on the event's dates,
// within the budget, capacity, not already recommended: hard constraints
// never go to the model), the model ranks them with es-CO reasoning, salvage
// keeps what is valid (never a vendor not shortlisted), and the picks become
// vendor_recommendations rows the producer asks a quote from, books or
// declines.
import { z } from "zod";
import type { AgentDefinition } from "./platform.ts";
import { salvageRankedPicks } from "./salvage.ts";

const REASONING_MAX = 400;
/** How many recommendations a request asks for (at most). */
export const VENDORS_WANTED = 5;

function pick(vendorIds?: readonly [string, ...string[]]) {
  return z.object({
    vendor_id: (vendorIds ? z.enum(vendorIds) : z.string()).describe("El id exacto de un proveedor de la lista."),
    score: z.number().int().min(0).max(100).describe("Qué tan bien encaja con el evento y el presupuesto, de 0 a 100."),
    reasoning: z
      .string()
      .min(1)
      .max(REASONING_MAX)
      .describe(`Por qué, en español, en ${REASONING_MAX} caracteres o menos.`),
  });
}

const LIST_DESCRIPTION = "Los proveedores recomendados, del más al menos indicado.";

/**
 * agent_runs.input of a Vendor Coordination run, written by app_public.request_vendor_recommendations.
 * `vendorRequest` (event id and category) keys the one-active-run-per-event-and-category index.
 */
export const VendorRunInput = z.object({
  eventId: z.uuid().describe("The event (events.id)."),
  category: z.string().describe("The vendor category (vendors.category)."),
  budgetCop: z.number().int().min(0).describe("The budget in COP (whole pesos)."),
  vendorRequest: z.string().describe("eventId:category, the key of the one active run per event and category."),
});
export type VendorRunInput = z.infer<typeof VendorRunInput>;

export const VendorRecommendations = z.object({ recommendations: z.array(pick()).describe(LIST_DESCRIPTION) });
export type VendorRecommendations = z.infer<typeof VendorRecommendations>;

export interface ShortlistedVendor {
  vendor_id: string;
  name: string;
  city: string;
  travels: boolean;
  price_min_cop: string | null;
  price_max_cop: string | null;
  capacity: number | null;
  rating: string | null;
  past_rating: string | null;
  past_bookings: number;
  notes: string | null;
}

export interface VendorInput {
  event: { id: string; title: string; starts_at: string; city: string | null; capacity: number | null };
  category: string;
  budgetCop: number;
  vendors: ShortlistedVendor[];
  wanted: number;
}

const CATEGORY_ES: Record<string, string> = {
  catering: "catering",
  lighting: "iluminación",
  sound: "sonido",
  staging: "escenografía",
  security: "seguridad",
  photography: "fotografía",
  video: "video",
  hair_makeup: "peinado y maquillaje",
  models_agency: "agencia de modelos",
  transport: "transporte",
  printing: "impresos",
  other: "otros",
};

const COP = new Intl.NumberFormat("es-CO", { style: "currency", currency: "COP", maximumFractionDigits: 0 });
const cop = (value: string | number | null) => (value === null ? "sin dato" : COP.format(Number(value)));

/** The deterministic local ranking's reason: facts from the shortlist only. */
function localReasoning(v: ShortlistedVendor, input: VendorInput): string {
  const parts = [`Precio ${cop(v.price_min_cop)}–${cop(v.price_max_cop)} (presupuesto ${cop(input.budgetCop)}).`];
  if (v.past_rating !== null) parts.push(`Calificación en eventos anteriores: ${v.past_rating}/5.`);
  else if (v.rating !== null) parts.push(`Calificación: ${v.rating}/5.`);
  parts.push(
    input.event.city && v.city.toLowerCase() === input.event.city.toLowerCase()
      ? `En ${v.city}.`
      : `De ${v.city}${v.travels ? ", viaja" : ""}.`,
  );
  if (v.past_bookings > 0) parts.push(`Reservado ${v.past_bookings} ${v.past_bookings === 1 ? "vez" : "veces"} antes.`);
  return `Proveedor local (sin IA): ${parts.join(" ")}`.slice(0, REASONING_MAX);
}

export const vendorCoordinationAgent: AgentDefinition<VendorInput, VendorRecommendations, VendorRunInput> = {
  type: "vendor_coordination",
  runInput: VendorRunInput,
  requestFunction: "app_public.request_vendor_recommendations",
  tool: {
    name: "recomendar_proveedores",
    description: "Devuelve los proveedores recomendados, elegidos solo de la lista dada.",
    schema: VendorRecommendations,
  },
  pinnedSchema(input) {
    const ids = input.vendors.map((v) => v.vendor_id);
    const items = ids.length ? pick(ids as [string, ...string[]]) : pick();
    return z.object({
      recommendations: z.array(items).min(1).max(Math.max(1, input.wanted)).describe(LIST_DESCRIPTION),
    });
  },

  async prepare(client, run) {
    const { eventId, category, budgetCop } = run.input;
    const { rows: events } = await client.query(
      `select e.id, e.title, e.starts_at, v.city, e.capacity from app_public.events e
         left join app_public.venues v on v.id = e.venue_id and v.organization_id = e.organization_id
        where e.id = $1 and e.organization_id = $2`,
      [eventId, run.organization_id],
    );
    const event = events[0];
    if (!event) return { skip: { suggested: 0, shortlisted: 0, note: "El evento ya no existe." } };
    const { rows: vendors } = await client.query<ShortlistedVendor>(
      `select vendor_id, name, city, travels, price_min_cop::text, price_max_cop::text, capacity, rating::text,
              past_rating::text, past_bookings, notes
         from app_private.vendor_shortlist($1, $2, $3)`,
      [eventId, category, budgetCop],
    );
    if (vendors.length === 0) {
      return {
        skip: {
          suggested: 0,
          shortlisted: 0,
          note: "Ningún proveedor cumple la categoría, la ciudad, las fechas y el presupuesto.",
        },
      };
    }
    return {
      input: {
        event: { ...event, starts_at: new Date(event.starts_at).toISOString() },
        category,
        budgetCop: Number(budgetCop),
        vendors,
        wanted: Math.min(VENDORS_WANTED, vendors.length),
      },
    };
  },

  messages({ event, category, budgetCop, vendors, wanted }) {
    return [
      {
        role: "system",
        content:
          "Eres productora de desfiles de moda en Colombia y trabajas para FashionOS. Eliges proveedores solo de la lista dada: " +
          "nunca inventes proveedores ni ids. Todos los de la lista ya cumplen ciudad, fechas, capacidad y presupuesto. " +
          "Compara precio, calificaciones de eventos anteriores y notas. Escribe el razonamiento en español de Colombia, " +
          "concreto y profesional, sin datos de contacto.",
      },
      {
        role: "user",
        content: [
          `Evento: ${event.title} (${event.starts_at}), ciudad ${event.city ?? "por definir"}, aforo ${event.capacity ?? "sin dato"}.`,
          `Categoría: ${CATEGORY_ES[category] ?? category}. Presupuesto: ${cop(budgetCop)}.`,
          `Recomienda hasta ${wanted} proveedores distintos de esta lista, con score de 0 a 100 y razonamiento (máximo ${REASONING_MAX} caracteres):`,
          JSON.stringify(
            vendors.map((v) => ({
              vendor_id: v.vendor_id,
              nombre: v.name,
              ciudad: v.city,
              viaja: v.travels,
              precio_min_cop: v.price_min_cop === null ? null : Number(v.price_min_cop),
              precio_max_cop: v.price_max_cop === null ? null : Number(v.price_max_cop),
              capacidad: v.capacity,
              calificacion: v.rating === null ? null : Number(v.rating),
              calificacion_eventos_anteriores: v.past_rating === null ? null : Number(v.past_rating),
              reservas_anteriores: v.past_bookings,
              notas: v.notes,
            })),
          ),
        ].join("\n"),
      },
    ];
  },

  salvage(answer, { vendors, wanted }) {
    const picked = salvageRankedPicks(answer, {
      list: "recommendations",
      id: { key: "vendor_id", offered: vendors.map((v) => v.vendor_id) },
      wanted,
      score: { key: "score", min: 0, max: 100 },
      texts: { reasoning: { max: REASONING_MAX, required: true } },
      noun: { one: "recomendación", many: "recomendaciones" },
    });
    return { ...picked, output: picked.output as VendorRecommendations | undefined };
  },

  local(input) {
    // The shortlist is already best rated first, then cheapest.
    return {
      recommendations: input.vendors.slice(0, input.wanted).map((v, rank) => ({
        vendor_id: v.vendor_id,
        score: Math.max(0, 90 - rank * 10),
        reasoning: localReasoning(v, input),
      })),
    };
  },

  async persist(client, run, input, output) {
    // The model answered seconds after the shortlist was read: a vendor booked elsewhere, marked
    // unavailable or recommended meanwhile is not stored (the shortlist is read again here).
    const { rows } = await client.query<{ vendor_id: string }>(
      `insert into app_public.vendor_recommendations (event_id, vendor_id, category, score, reasoning, status, agent_run_id)
       select $1, r.vendor_id, $2, r.score, r.reasoning, 'suggested', $3
         from jsonb_to_recordset($4::jsonb) as r(vendor_id uuid, score int, reasoning text)
        where r.vendor_id in (select s.vendor_id from app_private.vendor_shortlist($1, $2, $5, 1000) s)
       on conflict (event_id, vendor_id) do nothing
       returning vendor_id`,
      [input.event.id, input.category, run.id, JSON.stringify(output.recommendations), input.budgetCop],
    );
    return {
      category: input.category,
      budgetCop: input.budgetCop,
      shortlisted: input.vendors.length,
      requested: input.wanted,
      suggested: rows.length,
      vendorIds: rows.map((r) => r.vendor_id),
    };
  },
};
