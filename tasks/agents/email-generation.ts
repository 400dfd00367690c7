// The Email Generation agent (issue 19): SQL reads the event's facts (title,
// date and time on the event's wall clock, venue and address, organization,
// how many people the audience has — never anyone's contact data), the model
// writes the email as structure — subject, preheader, sections of paragraphs —
// validated with zod, and persist stores it on the producer's draft
// (app_public.email_drafts), where they edit and approve it. The HTML is
// built from that structure with MJML when each message is sent
// (tasks/outbox/templates.ts), never taken from the model. Without AI_API_KEY
// the deterministic local writer drafts it from the same facts.
import { z } from "zod";
import { sanitizeText } from "../ai/sanitize.ts";
import type { AgentDefinition } from "./platform.ts";
import { cutOnWord } from "./salvage.ts";

export const EmailRunInput = z.object({
  eventId: z.uuid().describe("The event (events.id)."),
  kind: z.string().describe("casting_invitation, call_sheet, confirmation, reminder or thank_you."),
  audience: z.string().describe("invited_talent, confirmed_talent or accepted_guests."),
  locale: z.string().describe("es-CO or en."),
});
export type EmailRunInput = z.infer<typeof EmailRunInput>;

const SUBJECT_MAX = 120;
const PREHEADER_MAX = 150;
const PARAGRAPH_MAX = 600;

/** What the model returns: no HTML, no links, no addresses. */
export const EmailDraftAnswer = z.object({
  subject: z.string().min(1).max(SUBJECT_MAX).describe("El asunto, claro y corto."),
  preheader: z.string().max(PREHEADER_MAX).describe("La línea que se ve después del asunto."),
  sections: z
    .array(
      z.object({
        heading: z.string().min(1).max(120).optional().describe("Un título corto para la sección (opcional)."),
        paragraphs: z
          .array(z.string().min(1).max(PARAGRAPH_MAX))
          .min(1)
          .max(5)
          .describe("Párrafos de texto plano, sin HTML ni enlaces."),
      }),
    )
    .min(1)
    .max(4)
    .describe("Las secciones del cuerpo, en orden."),
});
export type EmailDraftAnswer = z.infer<typeof EmailDraftAnswer>;

export interface EmailInput {
  draftId: string;
  kind: string;
  audience: string;
  locale: "es-CO" | "en";
  event: {
    title: string;
    /** On the event's wall clock, e.g. "sábado, 12 de diciembre de 2026, 7:00 p. m.". */
    startsAt: string;
    endsAt: string | null;
    timeZone: string;
    venue: string | null;
    address: string | null;
    city: string | null;
    organization: string;
    description: string | null;
  };
  audienceSize: number;
}

const KIND_ES: Record<string, string> = {
  casting_invitation: "invitación al casting",
  call_sheet: "hoja de llamado (hora y lugar de llegada)",
  confirmation: "confirmación de participación",
  reminder: "recordatorio",
  thank_you: "agradecimiento después del evento",
};
const AUDIENCE_ES: Record<string, string> = {
  invited_talent: "modelos invitadas/os al casting",
  confirmed_talent: "modelos confirmadas/os",
  accepted_guests: "invitados que confirmaron asistencia",
};

/** HTML or markup a model might still send: the text is kept, the tags are not. */
const stripMarkup = (text: string) =>
  sanitizeText(text)
    .replace(/<[^>]*>/g, "")
    .replace(/\s+\n/g, "\n")
    .trim();

function localDraft(input: EmailInput): EmailDraftAnswer {
  const e = input.event;
  const place = [e.venue, e.address, e.city].filter(Boolean).join(", ") || "el lugar por confirmar";
  const en = input.locale === "en";
  const where = en ? `at ${place}` : `en ${place}`;
  const when = e.startsAt;
  const greeting = en ? "Hi {{nombre}}," : "Hola, {{nombre}}:";
  const byKind: Record<string, EmailDraftAnswer> = {
    casting_invitation: {
      subject: en ? `Casting invitation: ${e.title}` : `Invitación al casting: ${e.title}`,
      preheader: en ? `${e.organization} invites you to walk` : `${e.organization} te invita a desfilar`,
      sections: [
        {
          paragraphs: [
            greeting,
            en
              ? `${e.organization} invites you to walk at ${e.title}, on ${when}, ${where}.`
              : `${e.organization} te invita a desfilar en ${e.title}, el ${when}, ${where}.`,
            en ? "Reply to confirm or decline." : "Responde para confirmar o declinar.",
          ],
        },
      ],
    },
    call_sheet: {
      subject: en ? `Call sheet: ${e.title}` : `Hoja de llamado: ${e.title}`,
      preheader: en ? `When and where: ${when}` : `Cuándo y dónde: ${when}`,
      sections: [
        {
          heading: en ? "When and where" : "Cuándo y dónde",
          paragraphs: [
            greeting,
            en ? `The show starts on ${when}, ${where}.` : `El desfile empieza el ${when}, ${where}.`,
            en
              ? "Please arrive with time for hair and make-up; the production team will meet you backstage."
              : "Llega con tiempo para peinado y maquillaje; el equipo de producción te recibe en backstage.",
          ],
        },
      ],
    },
    confirmation: {
      subject: en ? `Confirmed: ${e.title}` : `Confirmado: ${e.title}`,
      preheader: en ? "Your place is confirmed" : "Tu participación quedó confirmada",
      sections: [
        {
          paragraphs: [
            greeting,
            en
              ? `You are confirmed for ${e.title}, on ${when}, ${where}.`
              : `Quedó confirmada tu participación en ${e.title}, el ${when}, ${where}.`,
          ],
        },
      ],
    },
    reminder: {
      subject: en ? `Reminder: ${e.title}` : `Recordatorio: ${e.title}`,
      preheader: en ? `See you on ${when}` : `Te esperamos el ${when}`,
      sections: [
        {
          paragraphs: [
            greeting,
            en
              ? `A reminder: ${e.title} is on ${when}, ${where}.`
              : `Te recordamos: ${e.title} es el ${when}, ${where}.`,
          ],
        },
      ],
    },
    thank_you: {
      subject: en ? `Thank you for ${e.title}` : `Gracias por ${e.title}`,
      preheader: en ? `From ${e.organization}` : `De parte de ${e.organization}`,
      sections: [
        {
          paragraphs: [
            greeting,
            en
              ? `Thank you for being part of ${e.title}. It would not have been the same without you.`
              : `Gracias por ser parte de ${e.title}. No habría sido lo mismo sin ti.`,
          ],
        },
      ],
    },
  };
  return (byKind[input.kind] ?? byKind.reminder) as EmailDraftAnswer;
}

export const emailGenerationAgent: AgentDefinition<EmailInput, EmailDraftAnswer, EmailRunInput> = {
  type: "email_generation",
  runInput: EmailRunInput,
  requestFunction: "app_public.request_email_draft",
  tool: {
    name: "redactar_correo",
    description: "Devuelve el correo como estructura: asunto, preencabezado y secciones de párrafos (sin HTML).",
    schema: EmailDraftAnswer,
  },

  async prepare(client, run) {
    const { rows } = await client.query(
      `select d.id as draft_id, e.title, e.description, e.timezone,
              to_char(e.starts_at at time zone e.timezone, 'YYYY-MM-DD HH24:MI') as starts_local,
              to_char(e.ends_at at time zone e.timezone, 'YYYY-MM-DD HH24:MI') as ends_local,
              v.name as venue, v.address, v.city, o.name as organization,
              case d.audience
                when 'accepted_guests' then (select count(*) from app_public.guest_invitations i where i.event_id = e.id and i.status = 'accepted')
                else (select count(*) from app_public.model_castings c where c.event_id = e.id
                        and c.status = case d.audience when 'invited_talent' then 'invited' else 'confirmed' end)
              end::int as audience_size
         from app_public.email_drafts d
         join app_public.events e on e.id = d.event_id
         join app_public.organizations o on o.id = e.organization_id
         left join app_public.venues v on v.id = e.venue_id
        where d.agent_run_id = $1 and d.organization_id = $2 and d.status = 'writing'`,
      [run.id, run.organization_id],
    );
    const row = rows[0];
    if (!row) return { skip: { note: "El borrador ya no existe o ya fue escrito." } };
    const locale = run.input.locale === "en" ? "en" : "es-CO";
    const format = (local: string | null) =>
      local === null
        ? null
        : new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(
            new Date(`${local.replace(" ", "T")}:00Z`),
          );
    return {
      input: {
        draftId: row.draft_id,
        kind: run.input.kind,
        audience: run.input.audience,
        locale,
        event: {
          title: row.title,
          startsAt: format(row.starts_local) as string,
          endsAt: format(row.ends_local),
          timeZone: row.timezone,
          venue: row.venue,
          address: row.address,
          city: row.city,
          organization: row.organization,
          description: row.description ? String(row.description).slice(0, 1000) : null,
        },
        audienceSize: row.audience_size,
      },
    };
  },

  messages(input) {
    return [
      {
        role: "system",
        content:
          "Eres productora de desfiles de moda en Colombia y escribes correos para FashionOS. Escribes solo con los datos " +
          "dados: nunca inventes fechas, horas, lugares, precios ni enlaces. Texto plano, sin HTML, sin enlaces y sin datos " +
          `de contacto. Tono cálido y profesional${input.locale === "en" ? ", in English" : ", en español de Colombia"}. ` +
          'Empieza el primer párrafo con el saludo "{{nombre}}" (se reemplaza por el nombre de cada persona).',
      },
      {
        role: "user",
        content: [
          `Tipo de correo: ${KIND_ES[input.kind] ?? input.kind}. Para: ${AUDIENCE_ES[input.audience] ?? input.audience} (${input.audienceSize} personas).`,
          `Datos del evento (hora local ${input.event.timeZone}): ${JSON.stringify(input.event)}`,
          `Asunto de máximo ${SUBJECT_MAX} caracteres, preencabezado de máximo ${PREHEADER_MAX}, de 1 a 4 secciones con 1 a 5 párrafos de máximo ${PARAGRAPH_MAX} caracteres.`,
        ].join("\n"),
      },
    ];
  },

  salvage(answer) {
    const salvaged: string[] = [];
    const a = (answer ?? {}) as Record<string, unknown>;
    const text = (value: unknown, max: number, label: string): string | undefined => {
      if (typeof value !== "string") return undefined;
      const clean = stripMarkup(value);
      if (clean !== value.trim()) salvaged.push(`stripped markup from ${label}`);
      if (clean.length > max) {
        salvaged.push(`cut ${label} ${clean.length}→${max}`);
        return cutOnWord(clean, max);
      }
      return clean || undefined;
    };
    const sections = (Array.isArray(a.sections) ? a.sections : [])
      .slice(0, 4)
      .map((s, i) => {
        const section = (s ?? {}) as Record<string, unknown>;
        const paragraphs = (Array.isArray(section.paragraphs) ? section.paragraphs : [])
          .map((p, j) => text(p, PARAGRAPH_MAX, `section ${i + 1} paragraph ${j + 1}`))
          .filter((p): p is string => !!p)
          .slice(0, 5);
        const heading = text(section.heading, 120, `section ${i + 1} heading`);
        return { ...(heading ? { heading } : {}), paragraphs };
      })
      .filter((s) => s.paragraphs.length > 0);
    const candidate = {
      subject: text(a.subject, SUBJECT_MAX, "subject"),
      preheader: text(a.preheader, PREHEADER_MAX, "preheader") ?? "",
      sections,
    };
    const parsed = EmailDraftAnswer.safeParse(candidate);
    if (!parsed.success) {
      return {
        salvaged,
        problems: [
          "La respuesta debe ser {subject, preheader, sections: [{heading?, paragraphs: [texto]}]} con al menos un asunto y un párrafo.",
        ],
      };
    }
    return { output: parsed.data, salvaged, problems: [] };
  },

  local(input) {
    return localDraft(input);
  },

  async persist(client, _run, input, output, writer) {
    const { rowCount } = await client.query(
      `update app_public.email_drafts
          set subject = $2, preheader = $3, sections = $4::jsonb, status = 'draft', written_by = $5
        where id = $1 and status = 'writing'`,
      [input.draftId, output.subject, output.preheader, JSON.stringify(output.sections), writer.provider],
    );
    return { draftId: input.draftId, kind: input.kind, audience: input.audience, written: rowCount === 1 };
  },
};
