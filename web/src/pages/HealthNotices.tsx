// The signed-in person's unread notices (today: new red items in an event's
// health report, for owners and producers), each linking to the report, and
// a button to mark them read.
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../auth.tsx";
import { errorKey } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import { MarkNotificationsReadDocument, MyNotificationsDocument } from "../gql/graphql.ts";
import { checkTexts, type HealthMessage } from "../health/messages.ts";
import { useToast } from "../toasts.tsx";

export function HealthNotices() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const toast = useToast();
  const organizationId = current?.organization.rowId;
  const { data } = useQuery(MyNotificationsDocument, {
    variables: { organizationId: organizationId ?? "" },
    skip: !organizationId,
  });
  const [mark, { loading }] = useMutation(MarkNotificationsReadDocument, { refetchQueries: [MyNotificationsDocument] });
  const unread = (data?.notifications?.nodes ?? []).flatMap((n) => (n && !n.readAt ? [n] : []));
  if (!unread.length) return null;

  async function markRead() {
    try {
      await mark({ variables: { ids: unread.map((n) => n.rowId) } });
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  return (
    <section className="card notices" aria-live="polite" data-testid="health-notices">
      <div className="actions" style={{ justifyContent: "space-between" }}>
        <h2>{t("health.notices", { count: unread.length })}</h2>
        <button type="button" className="button secondary small" onClick={() => void markRead()} disabled={loading}>
          {t("health.markRead")}
        </button>
      </div>
      <ul className="list">
        {unread.map((n) => {
          // A notice with codes is shown in the reader's language; an older one as it was stored (es-CO).
          const data = (n.data ?? {}) as { eventTitle?: string; items?: HealthMessage[] };
          const items = Array.isArray(data.items) ? data.items : null;
          const title =
            items && data.eventTitle
              ? t("health.noticeTitle", { event: data.eventTitle, count: items.length })
              : n.title;
          const body = items
            ? items
                .map((item) => {
                  const text = checkTexts(t, item);
                  return `• ${text.title} ${text.nextStep}`;
                })
                .join("\n")
            : n.body;
          return (
            <li key={n.rowId}>
              <span>
                {n.eventId ? <Link to={`/events/${n.eventId}?tab=health`}>{title}</Link> : <strong>{title}</strong>}
                {body ? (
                  <span className="reasoning" style={{ display: "block", margin: 0, whiteSpace: "pre-line" }}>
                    {body}
                  </span>
                ) : null}
              </span>
              <span className="muted">{formatDateTime(n.createdAt)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
