import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can, useAuth } from "../auth.tsx";
import { HealthLight } from "../components/HealthLight.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import { type EventCardFragment, EventsListDocument } from "../gql/graphql.ts";
import { HealthNotices } from "./HealthNotices.tsx";

// Figures a role may not read (RLS hides castings from viewers and bookings
// from casting staff and viewers) are left out rather than shown as zero.
const SEES_CASTINGS = new Set(["owner", "admin", "producer", "casting"]);
const SEES_BOOKINGS = new Set(["owner", "admin", "producer"]);

function EventCard({ event, role }: { event: EventCardFragment; role: string }) {
  const { t } = useTranslation();
  const needed = Number(event.castingBriefs.aggregates?.sum?.modelsNeeded ?? 0);
  // Sold means paid, as on Boletería and at the door: who reads bookings sees the paid tickets; the others
  // (casting, viewers) only the tiers' count, which includes reservations still waiting for payment.
  const paidKnown = SEES_BOOKINGS.has(role);
  const sold = paidKnown
    ? Number(event.paidBookings.aggregates?.sum?.quantity ?? 0)
    : Number(event.ticketSales.aggregates?.sum?.soldCount ?? 0);
  const total = Number(event.ticketSales.aggregates?.sum?.quantity ?? 0);
  return (
    <Link to={`/events/${event.rowId}`} className="card event-card" data-testid="event-card">
      <div style={{ display: "flex", justifyContent: "space-between", gap: 12, alignItems: "start" }}>
        <h3>{event.title}</h3>
        <Chip tone={event.status}>{t(`events.status.${event.status}`)}</Chip>
      </div>
      <div className="event-meta">
        <span>{formatDateTime(event.startsAt)}</span>
        <span>{event.venue ? `${event.venue.name} · ${event.venue.city}` : t("events.noVenue")}</span>
      </div>
      <HealthLight report={event.latestHealthReport} />
      <div className="stats">
        <div className="stat">
          <div className="stat-value">{formatNumber(event.lookCount.totalCount)}</div>
          <div className="stat-label">{t("events.looks")}</div>
        </div>
        {SEES_CASTINGS.has(role) ? (
          <div className="stat">
            <div className="stat-value">
              {t("events.castingsValue", { confirmed: event.confirmedCastings.totalCount, needed })}
            </div>
            <div className="stat-label">{t("events.castings")}</div>
          </div>
        ) : null}
        <div className="stat">
          <div className="stat-value">
            {t("events.ticketsValue", { sold: formatNumber(sold), total: formatNumber(total) })}
          </div>
          <div className="stat-label">{t(paidKnown ? "events.ticketsSold" : "events.ticketsSoldOrReserved")}</div>
        </div>
        {SEES_BOOKINGS.has(role) ? (
          <div className="stat">
            <div className="stat-value">{formatCop(event.paidBookings.aggregates?.sum?.totalCop)}</div>
            <div className="stat-label">{t("events.revenue")}</div>
          </div>
        ) : null}
      </div>
    </Link>
  );
}

/** A new agency's first steps: what to do first, each one a link. */
function FirstSteps() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const steps = [
    { to: "/events/nuevo", title: t("firstSteps.event"), body: t("firstSteps.eventBody"), table: "events" },
    { to: "/equipo", title: t("firstSteps.team"), body: t("firstSteps.teamBody"), table: "organization_invitations" },
    { to: "/lugares", title: t("firstSteps.venues"), body: t("firstSteps.venuesBody"), table: "venues" },
  ] as const;
  // Invitations are written only through inviteToOrganization and revokeInvitation
  // (no direct insert or delete): those who see them are those who manage the team, as on TeamPage.
  const mine = steps.filter((step) =>
    step.table === "organization_invitations"
      ? can(current?.role, step.table, "select")
      : can(current?.role, step.table, "insert") || can(current?.role, step.table, "delete"),
  );
  if (mine.length === 0) return <EmptyState title={t("events.emptyTitle")} body={t("events.emptyBody")} />;
  return (
    <section className="card empty first-steps" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t("firstSteps.title")}</h2>
      <p className="muted">{t("firstSteps.body")}</p>
      <ol>
        {mine.map((step, index) => (
          <li key={step.to}>
            <Link to={step.to} className={index === 0 ? "button" : "button secondary"}>
              {step.title}
            </Link>
            <span className="muted">{step.body}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function EventsPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId;
  const { data, loading, error, refetch } = useQuery(EventsListDocument, {
    variables: { filter: { organizationId: { equalTo: organizationId ?? "" } } },
    skip: !organizationId,
  });
  const events = (data?.events?.nodes ?? []).flatMap((e) => (e ? [e] : []));
  const now = Date.now();
  const upcoming = events.filter((e) => new Date(e.endsAt).getTime() >= now);
  const past = events.filter((e) => new Date(e.endsAt).getTime() < now).reverse();

  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <div className="page-head">
        <h1>{t("events.title")}</h1>
        {can(current?.role, "events", "insert") ? (
          <Link to="/events/nuevo" className="button" data-testid="new-event">
            + {t("events.new")}
          </Link>
        ) : null}
      </div>
      <p className="lede">{t("events.subtitle")}</p>
      <HealthNotices />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton />
      ) : events.length === 0 ? (
        <FirstSteps />
      ) : (
        <>
          <div className="section-title">
            <h2>{t("events.upcoming")}</h2>
          </div>
          {upcoming.length ? (
            <div className="grid two">
              {upcoming.map((event) => (
                <EventCard key={event.rowId} event={event} role={current?.role ?? "viewer"} />
              ))}
            </div>
          ) : (
            <EmptyState title={t("events.emptyUpcoming")} />
          )}
          <div className="section-title">
            <h2>{t("events.past")}</h2>
          </div>
          {past.length ? (
            <div className="grid two">
              {past.map((event) => (
                <EventCard key={event.rowId} event={event} role={current?.role ?? "viewer"} />
              ))}
            </div>
          ) : (
            <EmptyState title={t("events.emptyPast")} />
          )}
        </>
      )}
    </>
  );
}
