// WhatsApp: each organization's approved casting invitation template, and the
// first show's replies in its inbox (the confirmed models' "SÍ", and a question
// from one invited model that a person must answer).

import type { EventSpec } from "../data/shows.ts";
import { demoUuid } from "../random.ts";
import { insertRows, type Person, type SeedContext } from "./context.ts";

export async function loadWhatsApp(ctx: SeedContext, castEvent: EventSpec, cast: Person[]): Promise<void> {
  const { client, cal, orgId, eventId } = ctx;
  await insertRows(client, "app_public.whatsapp_templates", [
    {
      id: demoUuid(`whatsapp-template:${castEvent.org}:casting_invitation`),
      organization_id: orgId(castEvent.org),
      purpose: "casting_invitation",
      name: "invitacion_casting",
      language_code: "es_CO",
    },
  ]);
  const replies = cast.slice(0, 7).map((p, i) => ({
    id: demoUuid(`inbox-message:${castEvent.key}:${p.id}`),
    talent: p.id,
    casting: demoUuid(`model-casting:${castEvent.key}:${p.id}`),
    wamid: `wamid.demo${demoUuid(`wamid:${castEvent.key}:${p.id}`).replace(/-/g, "")}`,
    name: p.first,
    body: i < 6 ? "SÍ" : "Hola, ¿a qué hora es el fitting? ¿Llevo tacones negros?",
    action: i < 6 ? "casting_confirmed" : null,
    sentAt: i < 6 ? null : cal.at(0, 8, 15),
  }));
  // The masked number comes from the contact row, as the webhook would write it; a confirmation at responded_at.
  for (const r of replies) {
    await client.query(
      `insert into app_public.inbox_messages (id, organization_id, provider_message_id, event_id, talent_id, model_casting_id,
                                              sender_name, sender_number_masked, message_type, body, action, sent_at)
       select $1, c.organization_id, $2, c.event_id, c.talent_id, case when $6::text is null then null else c.id end,
              $3, app_private.mask_number(app_private.whatsapp_number(tc.phone)), 'text', $4, $6,
              coalesce($7::timestamptz, c.responded_at, now())
         from app_public.model_castings c
         left join app_public.talent_contacts tc on tc.talent_id = c.talent_id
        where c.id = $5 and c.event_id = $8`,
      [r.id, r.wamid, r.name, r.body, r.casting, r.action, r.sentAt, eventId(castEvent.key)],
    );
  }
}
