// WhatsApp messages (issue 19): what models, guests and vendors wrote, newest
// first — an event's (Event → Comunicaciones) or all the organization's
// (Mensajes) — each with who wrote (the party the number belongs to, linked
// to them: the model's profile, the event's guest list, the vendor on
// Proveedores), what FashionOS already did with it (a casting confirmed or
// declined, an opt-out) or marked as waiting for a person; unread ones can be
// marked read. The number is never shown in full (only its last digits).
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can, useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import {
  EventInboxDocument,
  type InboxMessageFieldsFragment,
  MarkInboxMessagesReadDocument,
  OrganizationInboxDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

/** Who wrote: the organization's party the number belongs to, and where it is kept. */
function partyOf(m: InboxMessageFieldsFragment): { kind: string; name: string; to: string } | null {
  if (m.talent)
    return { kind: "talent", name: m.talent.stageName || m.talent.fullName, to: `/roster/${m.talent.rowId}` };
  if (m.vendor) {
    const name = m.vendor.contactName ? `${m.vendor.name} · ${m.vendor.contactName}` : m.vendor.name;
    return { kind: "vendor", name, to: `/proveedores#vendor-${m.vendor.rowId}` };
  }
  if (m.guest)
    return {
      kind: "guest",
      name: m.guest.fullName,
      to: m.event ? `/events/${m.event.rowId}/invitados` : "/events",
    };
  return null;
}

/** An event's messages (eventId) or every message of the organization (organizationId). */
export function InboxSection({ eventId, organizationId }: { eventId?: string; organizationId?: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  const canRead = can(current?.role, "inbox_messages", "select");
  const forEvent = useQuery(EventInboxDocument, { variables: { eventId: eventId ?? "" }, skip: !canRead || !eventId });
  const forOrganization = useQuery(OrganizationInboxDocument, {
    variables: { organizationId: organizationId ?? "" },
    skip: !canRead || !organizationId || Boolean(eventId),
  });
  const { loading, error, refetch } = eventId ? forEvent : forOrganization;
  const connection = eventId ? forEvent.data?.event?.inboxMessages : forOrganization.data?.organization?.inboxMessages;
  const [markRead, { loading: marking }] = useMutation(MarkInboxMessagesReadDocument);
  if (!canRead) return null;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !connection) return <Skeleton count={1} />;
  const messages = (connection?.nodes ?? []).flatMap((m) => (m ? [m] : []));
  const unread = messages.filter((m) => !m.readAt).map((m) => m.rowId);

  async function markAllRead() {
    try {
      await markRead({ variables: { ids: unread } });
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  return (
    <section className="grid" aria-labelledby="inbox-title" data-testid="whatsapp-inbox">
      <div className="section-title">
        <h2 id="inbox-title">{t(eventId ? "inbox.title" : "inbox.allTitle")}</h2>
        {unread.length > 0 ? (
          <button
            type="button"
            className="button small secondary"
            disabled={marking}
            onClick={() => void markAllRead()}
            data-testid="inbox-mark-read"
          >
            {t("inbox.markRead", { count: unread.length })}
          </button>
        ) : null}
      </div>
      {messages.length === 0 ? (
        <EmptyState title={t(eventId ? "inbox.empty" : "inbox.allEmpty")} />
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {messages.map((m) => {
            const party = partyOf(m);
            const who = m.senderName || m.senderNumberMasked || "—";
            return (
              <li
                key={m.rowId}
                className="card"
                data-testid="inbox-message"
                data-unread={m.readAt ? undefined : "true"}
              >
                <div className="actions" style={{ justifyContent: "space-between" }}>
                  <strong>
                    {party ? (
                      <Link to={party.to} data-testid="inbox-party" data-kind={party.kind}>
                        {party.name}
                      </Link>
                    ) : (
                      who
                    )}
                  </strong>
                  <span className="muted">{formatDateTime(m.sentAt)}</span>
                </div>
                <div className="muted">
                  {[
                    party ? t(`inbox.party.${party.kind}`) : t("inbox.party.unknown"),
                    m.senderNumberMasked,
                    !eventId && m.event ? m.event.title : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
                <p style={{ margin: "6px 0", overflowWrap: "anywhere" }}>
                  {m.body ?? t(`inbox.type.${m.messageType}`, t("inbox.type.unknown"))}
                </p>
                <div className="actions">
                  {m.action ? (
                    <Chip tone={m.action === "casting_confirmed" ? "confirmed" : "declined"}>
                      {t(`inbox.action.${m.action}`)}
                    </Chip>
                  ) : (
                    <Chip tone="invited">{t("inbox.action.none")}</Chip>
                  )}
                  {m.readAt ? null : <Chip tone="high">{t("inbox.unread")}</Chip>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
