// The event's WhatsApp replies (issue 19): what models wrote back, newest
// first, each with what FashionOS already did with it (a casting confirmed or
// declined, an opt-out) or marked as waiting for a person; unread ones can be
// marked read. The number is never shown in full (only its last digits).
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { can, useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import { EventInboxDocument, MarkInboxMessagesReadDocument } from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

export function InboxSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  const canRead = can(current?.role, "inbox_messages", "select");
  const { data, loading, error, refetch } = useQuery(EventInboxDocument, { variables: { eventId }, skip: !canRead });
  const [markRead, { loading: marking }] = useMutation(MarkInboxMessagesReadDocument);
  if (!canRead) return null;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={1} />;
  const messages = (data?.event?.inboxMessages.nodes ?? []).flatMap((m) => (m ? [m] : []));
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
        <h2 id="inbox-title">{t("inbox.title")}</h2>
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
        <EmptyState title={t("inbox.empty")} />
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {messages.map((m) => {
            const who = m.talent?.stageName || m.talent?.fullName || m.senderName || m.senderNumberMasked || "—";
            return (
              <li
                key={m.rowId}
                className="card"
                data-testid="inbox-message"
                data-unread={m.readAt ? undefined : "true"}
              >
                <div className="actions" style={{ justifyContent: "space-between" }}>
                  <strong>{who}</strong>
                  <span className="muted">{formatDateTime(m.sentAt)}</span>
                </div>
                {m.senderNumberMasked ? <div className="muted">{m.senderNumberMasked}</div> : null}
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
