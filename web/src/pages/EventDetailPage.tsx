import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { Table } from "../../../shared/permissions.ts";
import { can, canSell, useAuth } from "../auth.tsx";
import { SignedImage } from "../components/SignedImage.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, refusalOf, written } from "../errors.ts";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import {
  CancelEventDocument,
  DeleteEventDocument,
  EventCancellationNoticesDocument,
  EventCoverDocument,
  EventDetailDocument,
  type EventDetailQuery,
  EventLogisticsDocument,
  EventsListDocument,
  PublishEventDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";
import { BoxOfficeSection } from "./BoxOfficeSection.tsx";
import { CastingSection } from "./CastingSection.tsx";
import { CommunicationsSection } from "./CommunicationsSection.tsx";
import { HealthSection } from "./HealthSection.tsx";
import { LineUpSection } from "./LineUpSection.tsx";
import { RunwaySection } from "./RunwaySection.tsx";
import { SponsorsSection } from "./SponsorsSection.tsx";
import { TicketTiersSection } from "./TicketTiersSection.tsx";
import { VendorsSection } from "./VendorsSection.tsx";

const TABS = [
  "overview",
  "health",
  "lineUp",
  "casting",
  "runway",
  "vendors",
  "sponsors",
  "tickets",
  "communications",
] as const;
type Tab = (typeof TABS)[number];
/** Tabs that show money (vendors' prices, sponsors' deals): only for the roles that read it (shared/permissions.ts). */
const TAB_TABLES: Partial<Record<Tab, Table>> = { vendors: "vendor_recommendations", sponsors: "sponsors" };
type EventDetail = NonNullable<EventDetailQuery["event"]>;

const present = <T,>(items: readonly (T | null)[]): T[] => items.flatMap((item) => (item ? [item] : []));

/** What the public page still needs, as a checklist; publishing is offered once nothing is missing. */
function Publication({ event, refused }: { event: EventDetail; refused: string[] }) {
  const { t } = useTranslation();
  const problems =
    event.status === "draft" ? (refused.length ? refused : present(event.publicationProblems ?? [])) : [];
  if (event.status !== "draft") return null;
  return (
    <section className="card" aria-labelledby="publication-title" data-testid="publication">
      <h2 id="publication-title">{t("publication.title")}</h2>
      {problems.length === 0 ? (
        <p role="status">{t("publication.ready")}</p>
      ) : (
        <>
          <p>{t("publication.missing")}</p>
          <ul className="checklist">
            {problems.map((code) => (
              <li key={code} data-testid="publication-problem">
                {t(`publication.problems.${code}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The event's cover, when it has one (signed URL, its own small query). */
function Cover({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(EventCoverDocument, { variables: { rowId: eventId } });
  const cover = data?.event?.cover;
  return cover ? (
    <SignedImage
      className="event-cover"
      src={cover.url}
      alt={t("event.coverAlt", { title })}
      data-testid="event-cover"
    />
  ) : null;
}

function Overview({ event, refused }: { event: EventDetail; refused: string[] }) {
  const { t } = useTranslation();
  const designers = present(event.eventDesigners.nodes);
  return (
    <div className="grid two">
      <Publication event={event} refused={refused} />
      <section className="card">
        <Cover eventId={event.rowId} title={event.title} />
        <h2>{t("event.description")}</h2>
        {event.description ? (
          <p style={{ whiteSpace: "pre-line" }}>{event.description}</p>
        ) : (
          <p className="muted">{t("event.noDescription")}</p>
        )}
        <p className="muted">
          {event.isPublic ? t("eventForm.public") : t("eventForm.private")}
          {event.capacity ? ` · ${t("event.capacity", { capacity: formatNumber(event.capacity) })}` : ""}
        </p>
      </section>
      <section className="card">
        <h2>{t("event.designers")}</h2>
        {designers.length ? (
          <ol className="list">
            {designers.map((d) => (
              <li key={d.rowId}>
                <span>
                  <strong>{d.designer?.name}</strong>
                  {d.collectionName ? <span className="muted"> · {d.collectionName}</span> : null}
                </span>
                <span className="muted">{d.designer?.city}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("event.noDesigners")}</p>
        )}
      </section>
    </div>
  );
}

/** Edit, publish, cancel, delete: each refusal says why (what is missing, the bookings that stay). */
function EventActions({ event, onRefused }: { event: EventDetail; onRefused: (missing: string[]) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<"cancel" | "delete" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [publish, { loading: publishing }] = useMutation(PublishEventDocument);
  const [cancel, { loading: cancelling }] = useMutation(CancelEventDocument);
  // Who the cancellation tells: read when the producer is about to cancel, and once it is cancelled.
  const notices = useQuery(EventCancellationNoticesDocument, {
    variables: { eventId: event.rowId },
    skip: !(confirming === "cancel" || event.status === "cancelled"),
    fetchPolicy: "network-only",
  });
  const told = notices.data?.event?.cancellationNotices ?? null;
  const [remove, { loading: deleting }] = useMutation(DeleteEventDocument, { refetchQueries: [EventsListDocument] });

  async function doPublish() {
    setProblem(null);
    try {
      written((await publish({ variables: { eventId: event.rowId } })).data?.publishEvent?.result);
      onRefused([]);
      toast("success", t("publication.published", { title: event.title }));
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.reason === "NOT_READY") {
        onRefused(refusal.missing);
        setProblem(t("publication.refused"));
      } else setProblem(t(errorKey(error)));
    }
  }

  async function doCancel() {
    setProblem(null);
    try {
      written((await cancel({ variables: { eventId: event.rowId } })).data?.cancelEvent?.result);
      toast("success", t("eventActions.cancelled", { title: event.title }));
      notices.refetch().catch(() => {});
    } catch (error) {
      setProblem(t(errorKey(error)));
    } finally {
      setConfirming(null);
    }
  }

  async function doDelete() {
    setProblem(null);
    try {
      written((await remove({ variables: { rowId: event.rowId } })).data?.deleteEvent?.event);
      toast("success", t("eventActions.deleted", { title: event.title }));
      navigate("/events", { replace: true });
    } catch (error) {
      const refusal = refusalOf(error);
      setProblem(
        refusal.reason === "HAS_BOOKINGS"
          ? t("eventActions.hasBookings", { count: refusal.count ?? 1 })
          : t(errorKey(error)),
      );
      setConfirming(null);
    }
  }

  const open = event.status === "draft" || event.status === "published";
  return (
    <div className="event-actions">
      <div className="actions">
        <Link className="button secondary small" to={`/events/${event.rowId}/editar`}>
          {t("eventActions.edit")}
        </Link>
        {event.status === "draft" ? (
          <button
            type="button"
            className="button small"
            disabled={publishing}
            onClick={() => void doPublish()}
            data-testid="publish-event"
          >
            {publishing ? t("publication.publishing") : t("publication.publish")}
          </button>
        ) : null}
        {open && confirming === null ? (
          <button type="button" className="button ghost small" onClick={() => setConfirming("cancel")}>
            {t("eventActions.cancel")}
          </button>
        ) : null}
        {confirming === null ? (
          <button type="button" className="button ghost small" onClick={() => setConfirming("delete")}>
            {t("eventActions.delete")}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm card inset" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {confirming === "cancel" ? t("eventActions.confirmCancel") : t("eventActions.confirmDelete")}
          </p>
          {confirming === "cancel" && told ? (
            <p data-testid="cancellation-notice-before">
              {(told.people ?? 0) > 0
                ? t("eventActions.noticeBefore", { count: told.people ?? 0, guests: told.guests, buyers: told.buyers })
                : t("eventActions.noticeNobody")}
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className="button small"
              disabled={cancelling || deleting}
              onClick={() => void (confirming === "cancel" ? doCancel() : doDelete())}
            >
              {confirming === "cancel" ? t("eventActions.yesCancel") : t("eventActions.yesDelete")}
            </button>
            <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
              {t("app.no")}
            </button>
          </div>
        </div>
      ) : null}
      {event.status === "cancelled" && told ? (
        <p className="muted" role="status" data-testid="cancellation-notice-after">
          {t("eventActions.noticeAfter", {
            count: told.people ?? 0,
            guests: told.guests,
            buyers: told.buyers,
            sent: told.sent,
            waiting: told.waiting,
            notSent: told.notSent,
          })}
        </p>
      ) : null}
      {problem ? (
        <p className="error-state form-error" role="alert" data-testid="event-action-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export function EventDetailPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const { eventId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((name) => {
    const table = TAB_TABLES[name];
    return !table || can(current?.role, table, "select");
  });
  const tab: Tab = tabs.includes(params.get("tab") as Tab) ? (params.get("tab") as Tab) : "overview";
  const { data, loading, error, refetch } = useQuery(EventDetailDocument, { variables: { rowId: eventId } });
  const [refused, setRefused] = useState<string[]>([]);
  const event = data?.event;
  const sells = canSell(current?.role);
  const producer = can(current?.role, "events", "update");

  return (
    <>
      <Link to="/events" className="button ghost small">
        ← {t("app.back")}
      </Link>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton count={2} />
      ) : !event ? (
        <EmptyState title={t("event.notFound")} />
      ) : (
        <>
          <div className="actions" style={{ marginTop: 12 }}>
            <Chip tone={event.status}>{t(`events.status.${event.status}`)}</Chip>
            {/* Guests, RSVP and seating (issue 16) live on their own pages. */}
            <Link to={`/events/${event.rowId}/invitados`} className="button secondary small" data-testid="open-guests">
              {t("guests.title")}
            </Link>
          </div>
          <h1>{event.title}</h1>
          <p className="lede">
            {formatDateTime(event.startsAt, event.timezone)}
            {event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}
          </p>
          {producer ? (
            <EventActions
              event={event}
              onRefused={(missing) => {
                setRefused(missing);
                if (missing.length) setParams({}, { replace: true });
                void refetch();
              }}
            />
          ) : null}
          <div className="tabs" role="tablist" aria-label={event.title}>
            {tabs.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`tab-${name}`}
                aria-selected={tab === name}
                aria-controls="tab-panel"
                onClick={() => setParams(name === "overview" ? {} : { tab: name }, { replace: true })}
              >
                {t(`event.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {tab === "overview" ? <Overview event={event} refused={refused} /> : null}
            {tab === "health" ? <HealthSection eventId={event.rowId} /> : null}
            {tab === "lineUp" ? <LineUpSection eventId={event.rowId} onChanged={() => void refetch()} /> : null}
            {tab === "casting" ? <CastingSection eventId={event.rowId} timeZone={event.timezone} /> : null}
            {tab === "runway" ? <RunwaySection eventId={event.rowId} /> : null}
            {tab === "vendors" ? <VendorsSection eventId={event.rowId} /> : null}
            {tab === "sponsors" ? <SponsorsSection eventId={event.rowId} /> : null}
            {tab === "communications" ? (
              <CommunicationsSection eventId={event.rowId} timeZone={event.timezone} />
            ) : null}
            {tab === "tickets" ? (
              <>
                <TicketTiersSection eventId={event.rowId} />
                {sells ? <BoxOfficeSection eventId={event.rowId} /> : null}
              </>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
