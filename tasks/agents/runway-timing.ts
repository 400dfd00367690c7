// The Runway Timing agent: the run of show is decided by a solver, never by
// the model. Steps on the agent platform (platform.ts):
//
//   prepare     SQL reads the schedule's solver input (app_private.runway_solver_input):
//               looks, line-up, confirmed models and backups, settings.
//   compute     the HiGHS solver (tasks/runway/solver.ts) in a worker thread, with a time
//               limit by show size; an impossible show is explained (conflicts, seconds
//               missing, ranked remedies, each verified) — no connection held.
//   checkpoint  one transaction: the slots and the schedule's results (or the explanation);
//               the schedule is fresh again, unless the data changed while solving. An
//               impossible show finishes here: there is nothing for the model to write about.
//   model       es-CO notes for the producer (pacing, music cue per block, what to watch),
//               from the solved run of show. Optional: if the model fails for good, the run
//               still succeeds with the run of show and output.modelError.
//   persist     the notes on the schedule.
import type pg from "pg";
import { z } from "zod";
import { type PlannedSlot, type RunwayShow, runwayShowSchema } from "../../shared/runway/show.ts";
import { solveInThread, type ThreadOutcome } from "../runway/solve-in-thread.ts";
import { timeLimitForLooks } from "../runway/solver.ts";
import type { AgentDefinition, AgentRun } from "./platform.ts";
import { cutOnWord, normalizedIds } from "./salvage.ts";

/** What requestRunwayTiming stores in agent_runs.input (see the SQL function's COMMENT). */
export const RunwayTimingRequest = z.object({
  eventId: z.uuid().describe("The event (events.id)."),
  scheduleId: z.uuid().describe("The run-of-show version to solve (runway_schedules.id)."),
});
export type RunwayTimingRequest = z.infer<typeof RunwayTimingRequest>;

const PACING_MAX = 600;
const CUE_MAX = 300;
const BLOCK_NOTES_MAX = 400;
const WATCH_MAX = 300;
const WATCH_ITEMS = 8;

function block(designerIds?: readonly [string, ...string[]]) {
  return z.object({
    designer_id: (designerIds ? z.enum(designerIds) : z.string()).describe("El id exacto del bloque (diseñador)."),
    music_cue: z.string().min(1).max(CUE_MAX).describe("La música o el cambio de música del bloque, y cuándo entra."),
    notes: z.string().max(BLOCK_NOTES_MAX).describe("Qué cuidar en este bloque (cambios rápidos, luces, ritmo)."),
  });
}

/** What the model writes, as stored after salvage. */
export const RunwayNotes = z.object({
  pacing: z.string().min(1).max(PACING_MAX).describe("El ritmo del show en pocas frases."),
  blocks: z.array(block()).describe("Una entrada por bloque, en el orden del show."),
  watch: z
    .array(z.string().min(1).max(WATCH_MAX))
    .max(WATCH_ITEMS)
    .describe("Lo que backstage debe vigilar, lo más urgente primero."),
});
export type RunwayNotes = z.infer<typeof RunwayNotes>;

/** The solved run of show, as stored (and read back by a retry). */
export interface Solution {
  status: "optimal" | "feasible";
  slots: PlannedSlot[];
  designerOrder: string[];
  minSpareSeconds: number | null;
  runningSeconds: number;
  relativeGap: number | null;
}

export interface RunwayInput {
  request: RunwayTimingRequest;
  eventTitle: string;
  timeZone: string;
  startsAt: string | null;
  show: RunwayShow;
  timeLimitSeconds: number;
  /** Set by compute (the solver's outcome), then by checkpoint (what was stored). */
  outcome: ThreadOutcome | null;
  solution: Solution | null;
}

export function pinnedNotesSchema(input: Pick<RunwayInput, "solution">) {
  const ids = input.solution?.designerOrder ?? [];
  return z.object({
    pacing: RunwayNotes.shape.pacing,
    blocks: z
      .array(ids.length ? block(ids as [string, ...string[]]) : block())
      .max(Math.max(1, ids.length))
      .describe("Una entrada por bloque, en el orden del show."),
    watch: RunwayNotes.shape.watch,
  });
}

/* ------------------------------------------------------------- helpers */

const minutes = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
};

/** What the model is told about the solved run of show: names, never contact data. */
function describeSolution(input: RunwayInput, solution: Solution) {
  const looks = new Map(input.show.looks.map((l) => [l.id, l]));
  const models = new Map(input.show.models.map((m) => [m.talentId, m.name]));
  const designers = new Map(input.show.designers.map((d) => [d.id, d.name]));
  return {
    bloques: solution.designerOrder.map((designerId) => {
      const slots = solution.slots.filter((s) => s.designerId === designerId);
      return {
        designer_id: designerId,
        diseñador: designers.get(designerId) ?? designerId,
        looks: slots.length,
        entra_en_segundo: slots[0]?.startSeconds ?? 0,
        sale_en_segundo: (slots[slots.length - 1]?.startSeconds ?? 0) + (slots[slots.length - 1]?.walkSeconds ?? 0),
      };
    }),
    salidas: solution.slots.map((s) => ({
      posicion: s.position,
      segundo: s.startSeconds,
      look: looks.get(s.lookId)?.title ?? s.lookId,
      modelo: models.get(s.talentId) ?? s.talentId,
      cambio_disponible_s: s.sinceLastWalkSeconds,
      cambio_necesario_s: s.requiredChangeSeconds,
    })),
  };
}

/** The tightest quick changes, tightest first. */
function tightest(input: RunwayInput, solution: Solution, count: number) {
  return solution.slots
    .filter((s) => s.sinceLastWalkSeconds !== null && s.requiredChangeSeconds !== null)
    .map((s) => ({ slot: s, spare: (s.sinceLastWalkSeconds ?? 0) - (s.requiredChangeSeconds ?? 0) }))
    .sort((a, b) => a.spare - b.spare || a.slot.position - b.slot.position)
    .slice(0, count)
    .map(({ slot, spare }) => ({
      slot,
      spare,
      look: input.show.looks.find((l) => l.id === slot.lookId)?.title ?? slot.lookId,
      model: input.show.models.find((m) => m.talentId === slot.talentId)?.name ?? slot.talentId,
    }));
}

const sameData = (a: RunwayShow, b: RunwayShow) => {
  const key = (s: RunwayShow) =>
    JSON.stringify({
      looks: [...s.looks].sort((x, y) => (x.id < y.id ? -1 : 1)),
      designers: [...s.designers].sort((x, y) => (x.id < y.id ? -1 : 1)),
      confirmed: s.models
        .filter((m) => m.status === "confirmed")
        .map((m) => m.talentId)
        .sort(),
      settings: s.settings,
    });
  return key(a) === key(b);
};

async function loadShow(client: pg.PoolClient, scheduleId: string) {
  const { rows } = await client.query<{ input: Record<string, unknown> | null }>(
    "select app_private.runway_solver_input($1) as input",
    [scheduleId],
  );
  const raw = rows[0]?.input;
  return raw ? runwayShowSchema.parse(raw) : null;
}

/** The stored solution of this run (a retry after the checkpoint): the slots as written. */
async function storedSolution(client: pg.PoolClient, run: AgentRun, scheduleId: string): Promise<Solution | null> {
  const { rows } = await client.query<{
    solver_status: string;
    min_spare_seconds: number | null;
    running_seconds: number;
    relative_gap: string | null;
  }>(
    `select solver_status, min_spare_seconds, running_seconds, relative_gap from app_public.runway_schedules
      where id = $1 and agent_run_id = $2 and solver_status in ('optimal', 'feasible')`,
    [scheduleId, run.id],
  );
  const schedule = rows[0];
  if (!schedule) return null;
  const { rows: slots } = await client.query<PlannedSlot & { since: number | null; required: number | null }>(
    `select s.sequence as position, s.look_id as "lookId", l.designer_id as "designerId", s.talent_id as "talentId",
            extract(epoch from s.walk_starts_at)::int as "startSeconds", s.walk_seconds as "walkSeconds",
            app_public.runway_slots_since_last_walk_seconds(s) as "sinceLastWalkSeconds",
            app_public.runway_slots_required_change_seconds(s) as "requiredChangeSeconds"
       from app_public.runway_slots s join app_public.looks l on l.id = s.look_id
      where s.schedule_id = $1 order by s.sequence`,
    [scheduleId],
  );
  const designerOrder: string[] = [];
  for (const s of slots) if (designerOrder[designerOrder.length - 1] !== s.designerId) designerOrder.push(s.designerId);
  return {
    status: schedule.solver_status as Solution["status"],
    slots,
    designerOrder,
    minSpareSeconds: schedule.min_spare_seconds,
    runningSeconds: schedule.running_seconds,
    relativeGap: schedule.relative_gap === null ? null : Number(schedule.relative_gap),
  };
}

/** The run's output summary for a solved show (the notes are added by persist). */
function solvedSummary(input: RunwayInput, solution: Solution) {
  return {
    scheduleId: input.request.scheduleId,
    solverStatus: solution.status,
    looks: solution.slots.length,
    minSpareSeconds: solution.minSpareSeconds,
    relativeGap: solution.relativeGap,
    runningSeconds: solution.runningSeconds,
    timeLimitSeconds: input.timeLimitSeconds,
  };
}

/* --------------------------------------------------------------- agent */

export const runwayTimingAgent: AgentDefinition<RunwayInput, RunwayNotes, RunwayTimingRequest> = {
  type: "runway_timing",
  runInput: RunwayTimingRequest,
  requestFunction: "app_public.request_runway_timing",
  tool: {
    name: "escribir_notas_de_pasarela",
    description:
      "Devuelve las notas para la productora sobre el orden de salida ya resuelto: ritmo, música por bloque y qué vigilar.",
    schema: RunwayNotes,
  },
  pinnedSchema: pinnedNotesSchema,
  // The solver (up to a minute on large shows) and the explanation of an impossible one.
  computeSeconds: 180,

  async prepare(client, run) {
    // Parsed with runInput by the platform before prepare.
    const request = run.input;
    const { rows } = await client.query<{ title: string; timezone: string; starts_at: Date | null }>(
      `select e.title, e.timezone, s.starts_at from app_public.runway_schedules s
         join app_public.events e on e.id = s.event_id
        where s.id = $1 and s.event_id = $2 and s.organization_id = $3`,
      [request.scheduleId, request.eventId, run.organization_id],
    );
    const found = rows[0];
    if (!found) return { skip: { note: "El orden de salida ya no existe." } };
    const show = await loadShow(client, request.scheduleId);
    if (!show) return { skip: { note: "El orden de salida ya no existe." } };
    return {
      input: {
        request,
        eventTitle: found.title,
        timeZone: found.timezone,
        startsAt: found.starts_at ? new Date(found.starts_at).toISOString() : null,
        show,
        timeLimitSeconds: timeLimitForLooks(show.looks.length),
        outcome: null,
        // A retry after the checkpoint: the run of show is already stored; only the notes are left.
        solution: await storedSolution(client, run, request.scheduleId),
      },
    };
  },

  async compute(input, signal) {
    if (input.solution) return input;
    const outcome = await solveInThread(
      {
        show: input.show,
        timeLimitSeconds: input.timeLimitSeconds,
        explainTimeLimitSeconds: Math.min(30, input.timeLimitSeconds),
        remedyTimeLimitSeconds: 2,
      },
      signal,
    );
    return { ...input, outcome };
  },

  async checkpoint(client, run, input) {
    if (input.solution) return { input };
    const outcome = input.outcome;
    if (!outcome) throw new Error("runway_timing: checkpoint without a solver outcome");
    const { rows } = await client.query<{ id: string }>(
      "select id from app_public.runway_schedules where id = $1 and organization_id = $2 for update",
      [input.request.scheduleId, run.organization_id],
    );
    if (!rows[0]) return { skip: { note: "El orden de salida ya no existe." } };
    // What the solver read may have changed while it searched (no lock is held then): the result
    // is stored, and the schedule is marked stale at once so the producer solves again.
    const now = await loadShow(client, input.request.scheduleId);
    const changed = !now || !sameData(now, input.show);
    const staleSql = `stale_at = case when $3::boolean then now() end,
         stale_reasons = case when $3::boolean
           then jsonb_build_array(jsonb_build_object('kind', 'changed_while_solving', 'at', now())) else '[]' end`;
    const { result, explanation } = outcome;
    if (result.status === "optimal" || result.status === "feasible") {
      await client.query("delete from app_public.runway_slots where schedule_id = $1", [input.request.scheduleId]);
      await client.query(
        `insert into app_public.runway_slots (schedule_id, sequence, look_id, talent_id, walk_starts_at, walk_seconds)
         select $1, s.position, s."lookId", s."talentId", make_interval(secs => s."startSeconds"), s."walkSeconds"
           from jsonb_to_recordset($2::jsonb) as s(position int, "lookId" uuid, "talentId" uuid, "startSeconds" int, "walkSeconds" int)`,
        [input.request.scheduleId, JSON.stringify(result.slots)],
      );
      const relativeGap = result.stats.relativeGap === null ? null : Math.min(1, Math.max(0, result.stats.relativeGap));
      await client.query(
        `update app_public.runway_schedules
            set solved_at = now(), solver_status = $4, min_spare_seconds = $5, relative_gap = round($6::numeric, 4),
                running_seconds = $7, explanation = null, notes = null, edited_at = null, agent_run_id = $2,
                ${staleSql}
          where id = $1`,
        [
          input.request.scheduleId,
          run.id,
          changed,
          result.status,
          result.minSpareSeconds,
          relativeGap,
          result.runningSeconds,
        ],
      );
      const solution: Solution = {
        status: result.status,
        slots: result.slots,
        designerOrder: result.designerOrder,
        minSpareSeconds: result.minSpareSeconds,
        runningSeconds: result.runningSeconds,
        relativeGap,
      };
      return { input: { ...input, outcome: null, solution } };
    }
    // No order: the explanation is the result (the slots stay as they were).
    const status = result.status === "invalid" ? "invalid" : result.status === "infeasible" ? "infeasible" : "unknown";
    const stored = {
      ...(explanation ?? { structural: [], closestOrder: null, conflicts: [], missingSeconds: 0, remedies: [] }),
      closestOrder: explanation?.closestOrder?.map((s) => s.lookId) ?? null,
      timeLimitSeconds: input.timeLimitSeconds,
    };
    await client.query(
      `update app_public.runway_schedules
          set solved_at = now(), solver_status = $4, min_spare_seconds = null, relative_gap = null,
              running_seconds = null, explanation = $5::jsonb, notes = null, agent_run_id = $2,
              ${staleSql}
        where id = $1`,
      [input.request.scheduleId, run.id, changed, status, JSON.stringify(stored)],
    );
    return {
      skip: {
        scheduleId: input.request.scheduleId,
        solverStatus: status,
        looks: input.show.looks.length,
        structuralProblems: stored.structural.length,
        conflicts: stored.conflicts.length,
        missingSeconds: stored.missingSeconds,
        remedies: stored.remedies.length,
        timeLimitSeconds: input.timeLimitSeconds,
      },
    };
  },

  messages(input) {
    const solution = input.solution;
    const tight = solution ? tightest(input, solution, 5) : [];
    return [
      {
        role: "system",
        content:
          "Eres stage manager de desfiles de moda en Colombia y trabajas para FashionOS. El orden de salida ya lo " +
          "resolvió un optimizador que garantiza los cambios rápidos: no lo cambies ni lo discutas. Escribe notas " +
          "breves y concretas para la productora, en español de Colombia: el ritmo del show, una indicación de música " +
          "por bloque (cuándo entra y cómo cambia) y lo que backstage debe vigilar (los cambios más justos, las " +
          "modelos que salen varias veces). Usa solo los nombres que se te dan; nunca datos de contacto.",
      },
      {
        role: "user",
        content: [
          `Evento: ${input.eventTitle}.`,
          `Primera salida: ${input.startsAt ?? "por definir"} (${input.timeZone}).`,
          solution
            ? `Duración total: ${minutes(solution.runningSeconds)}. Cambio más justo: ${
                solution.minSpareSeconds === null ? "ninguna modelo repite" : `${solution.minSpareSeconds} s de margen`
              }.`
            : "",
          tight.length
            ? `Cambios más justos: ${tight.map((t) => `${t.model} hacia «${t.look}» (posición ${t.slot.position}, ${t.spare} s de margen)`).join("; ")}.`
            : "",
          "",
          "Orden de salida resuelto (segundos desde la primera salida):",
          JSON.stringify(solution ? describeSolution(input, solution) : {}),
          "",
          "Devuelve pacing (máximo 600 caracteres), blocks (uno por bloque con su designer_id, music_cue y notes) y watch (máximo 8 puntos).",
        ]
          .filter((line) => line !== "")
          .join("\n"),
      },
    ];
  },

  salvage(answer, input) {
    const salvaged: string[] = [];
    const problems: string[] = [];
    if (!answer || typeof answer !== "object" || Array.isArray(answer)) {
      return { salvaged, problems: ["La respuesta debe ser un objeto con pacing, blocks y watch."] };
    }
    const raw = answer as Record<string, unknown>;
    const text = (value: unknown, max: number, label: string): string | null => {
      if (typeof value !== "string" || !value.trim()) return null;
      const cut = cutOnWord(value, max);
      if (cut !== value.trim()) salvaged.push(`cut ${label} to ${max} characters`);
      return cut;
    };
    const pacing = text(raw.pacing, PACING_MAX, "pacing");
    const offered = normalizedIds(input.solution?.designerOrder ?? []);
    const seen = new Set<string>();
    const blocks: RunwayNotes["blocks"] = [];
    for (const item of Array.isArray(raw.blocks) ? raw.blocks : []) {
      if (!item || typeof item !== "object") continue;
      const entry = item as Record<string, unknown>;
      const given = typeof entry.designer_id === "string" ? entry.designer_id : "";
      const id = offered.get(given.trim().toLowerCase());
      if (!id) {
        salvaged.push(`dropped block of a designer not in the show: ${given.slice(0, 60)}`);
        continue;
      }
      if (id !== given) salvaged.push(`normalised designer id ${given.slice(0, 60)}`);
      if (seen.has(id)) {
        salvaged.push(`dropped duplicate block ${id}`);
        continue;
      }
      const cue = text(entry.music_cue, CUE_MAX, "music_cue");
      if (!cue) {
        salvaged.push(`dropped block ${id} without a music cue`);
        continue;
      }
      seen.add(id);
      blocks.push({ designer_id: id, music_cue: cue, notes: text(entry.notes, BLOCK_NOTES_MAX, "notes") ?? "" });
    }
    // Blocks in the show's order, whatever order the model used.
    const rank = new Map((input.solution?.designerOrder ?? []).map((d, i) => [d, i]));
    blocks.sort((a, b) => (rank.get(a.designer_id) ?? 0) - (rank.get(b.designer_id) ?? 0));
    const rawWatch = Array.isArray(raw.watch) ? raw.watch : typeof raw.watch === "string" ? [raw.watch] : [];
    const watch = rawWatch.map((w) => text(w, WATCH_MAX, "watch item")).filter((w): w is string => w !== null);
    if (watch.length > WATCH_ITEMS) {
      salvaged.push(`truncated watch ${watch.length}→${WATCH_ITEMS}`);
      watch.length = WATCH_ITEMS;
    }
    if (!pacing) problems.push("Falta pacing: el ritmo del show en pocas frases.");
    if (!blocks.length && (input.solution?.designerOrder.length ?? 0) > 0)
      problems.push("Falta blocks: una entrada por bloque con designer_id (de la lista), music_cue y notes.");
    if (problems.length || !pacing) return { salvaged, problems };
    return { output: { pacing, blocks, watch }, salvaged, problems: [] };
  },

  local(input) {
    // Deterministic notes from the solved run of show, labelled as such: no AI involved.
    const solution = input.solution;
    if (!solution) return { pacing: "Proveedor local (sin IA): no hay orden de salida.", blocks: [], watch: [] };
    const designers = new Map(input.show.designers.map((d) => [d.id, d.name]));
    const looks = solution.slots.length;
    const perLook = looks ? Math.round(solution.runningSeconds / looks) : 0;
    const pacing = cutOnWord(
      `Proveedor local (sin IA): ${looks} looks en ${minutes(solution.runningSeconds)}, una salida cada ${perLook} s en promedio` +
        (input.show.settings.finaleSeconds ? `, con un final de ${input.show.settings.finaleSeconds} s.` : ".") +
        (solution.minSpareSeconds === null
          ? " Ninguna modelo repite salida."
          : ` El cambio más justo tiene ${solution.minSpareSeconds} s de margen.`),
      PACING_MAX,
    );
    const blocks = solution.designerOrder.map((designerId, index) => {
      const slots = solution.slots.filter((s) => s.designerId === designerId);
      const first = slots[0]?.startSeconds ?? 0;
      const last = slots[slots.length - 1];
      const end = (last?.startSeconds ?? 0) + (last?.walkSeconds ?? 0);
      const repeats = slots.filter((s) => s.sinceLastWalkSeconds !== null).length;
      return {
        designer_id: designerId,
        music_cue: cutOnWord(
          `${index === 0 ? "Abre el show" : "Cambio de pista"} al entrar el bloque de ${designers.get(designerId) ?? designerId} ` +
            `(segundo ${first}); ${slots.length} looks hasta el segundo ${end}.`,
          CUE_MAX,
        ),
        notes: cutOnWord(
          repeats
            ? `${repeats} ${repeats === 1 ? "salida" : "salidas"} con cambio rápido en este bloque.`
            : "Sin cambios rápidos en este bloque.",
          BLOCK_NOTES_MAX,
        ),
      };
    });
    const watch = tightest(input, solution, 3).map((t) =>
      cutOnWord(
        `${t.model}: cambio hacia «${t.look}» (posición ${t.slot.position}) con ${t.spare} s de margen.`,
        WATCH_MAX,
      ),
    );
    return { pacing, blocks, watch };
  },

  async persist(client, run, input, output, writer) {
    const solution = input.solution;
    if (!solution) return { scheduleId: input.request.scheduleId };
    const names = new Map(input.show.designers.map((d) => [d.id, d.name]));
    const notes = {
      provider: writer.provider,
      model: writer.model,
      runId: run.id,
      writtenAt: new Date().toISOString(),
      pacing: output.pacing,
      blocks: output.blocks.map((b) => ({
        designerId: b.designer_id,
        designerName: names.get(b.designer_id) ?? b.designer_id,
        musicCue: b.music_cue,
        notes: b.notes,
      })),
      watch: output.watch,
    };
    // Only on the run of show this run solved (a later run may have solved it again since).
    const { rowCount } = await client.query(
      "update app_public.runway_schedules set notes = $3::jsonb where id = $1 and agent_run_id = $2",
      [input.request.scheduleId, run.id, JSON.stringify(notes)],
    );
    return { ...solvedSummary(input, solution), notes: rowCount ? "written" : "not stored: solved again since" };
  },

  async withoutModel(_client, _run, input, error) {
    return {
      ...(input.solution ? solvedSummary(input, input.solution) : { scheduleId: input.request.scheduleId }),
      notes: "not written",
      notesError: error.code,
    };
  },
};
