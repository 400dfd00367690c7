// Communications (issue 19): the first event of each organization gets a
// draft reminder for its confirmed models, as the local writer (no AI) drafts
// it, for the producer to edit and approve in Event → Comunicaciones; and the
// first guest of each organization's list opted out of news by email. The
// castings and RSVPs loaded before already enqueued their messages (triggers
// on model_castings and guest_invitations).
import { EVENTS } from "../data/shows.ts";
import { demoUuid } from "../random.ts";
import { insertRows, type Row, type SeedContext } from "./context.ts";

export async function loadCommunications(ctx: SeedContext): Promise<void> {
  const { client, orgId, eventId, producerOf } = ctx;
  const drafts: Row[] = [];
  const seen = new Set<string>();
  for (const e of EVENTS) {
    if (seen.has(e.org)) continue;
    seen.add(e.org);
    drafts.push({
      id: demoUuid(`email-draft:${e.key}`),
      organization_id: orgId(e.org),
      event_id: eventId(e.key),
      kind: "reminder",
      audience: "confirmed_talent",
      status: "draft",
      written_by: "local",
      requested_by: producerOf(e.org),
      subject: `Recordatorio: ${e.title}`,
      preheader: "Te esperamos",
      sections: [
        {
          paragraphs: [
            "Hola, {{nombre}}:",
            `Te recordamos: ${e.title} es pronto. Llega con tiempo para peinado y maquillaje; el equipo de producción te recibe en backstage.`,
          ],
        },
      ],
    });
  }
  await insertRows(client, "app_public.email_drafts", drafts);
  const { rows: guests } = await client.query<{ id: string; organization_id: string; email: string | null }>(
    `select distinct on (g.organization_id) g.id, g.organization_id, c.email::text as email
       from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
      order by g.organization_id, g.id`,
  );
  await insertRows(
    client,
    "app_public.communication_opt_outs",
    guests.map((g) => ({
      id: demoUuid(`opt-out:${g.id}`),
      organization_id: g.organization_id,
      channel: "email",
      purpose: "marketing",
      recipient_kind: "guest",
      recipient_id: g.id,
      address: g.email,
      source: "unsubscribe_link",
    })),
  );
}
