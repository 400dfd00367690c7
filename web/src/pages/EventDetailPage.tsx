import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { canSell, useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import { EventDetailDocument, type EventDetailQuery, EventLogisticsDocument } from "../gql/graphql.ts";
import { BoxOfficeSection } from "./BoxOfficeSection.tsx";
import { CastingSection } from "./CastingSection.tsx";
import { HealthSection } from "./HealthSection.tsx";
import { VendorsSection } from "./VendorsSection.tsx";

const TABS = ["overview", "health", "looks", "casting", "runway", "vendors", "sponsors", "tickets"] as const;
type Tab = (typeof TABS)[number];
type EventDetail = NonNullable<EventDetailQuery["event"]>;

const present = <T,>(items: readonly (T | null)[]): T[] => items.flatMap((item) => (item ? [item] : []));

function Overview({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const designers = present(event.eventDesigners.nodes);
  return (
    <div className="grid two">
      <section className="card">
        <h2>{t("event.description")}</h2>
        <p style={{ whiteSpace: "pre-line" }}>{event.description}</p>
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

function Looks({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const looks = present(event.looks.nodes);
  const designers = new Map(present(event.eventDesigners.nodes).map((d) => [d.designer?.rowId, d.designer?.name]));
  if (!looks.length) return <EmptyState title={t("event.noLooks")} />;
  return (
    <ol className="list card">
      {looks.map((look) => (
        <li key={look.rowId}>
          <span>
            <strong>{look.sequence}.</strong> {look.title}
            <span className="muted"> · {designers.get(look.designerId)}</span>
          </span>
          <span className="muted">{t("event.lookChange", { minutes: look.changeMinutes })}</span>
        </li>
      ))}
    </ol>
  );
}

function Sponsors({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const sponsors = present(event.sponsors.nodes);
  if (!sponsors.length) return <EmptyState title={t("event.noSponsors")} body={t("event.readOnly")} />;
  return (
    <>
      <p className="muted">{t("event.readOnly")}</p>
      <ul className="list card">
        {sponsors.map((s) => (
          <li key={s.rowId}>
            <span>
              <strong>{s.name}</strong> <Chip tone={s.status}>{t(`event.sponsorStatus.${s.status}`)}</Chip>
            </span>
            <span>{formatCop(s.amountCop)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Tickets({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const tiers = present(event.ticketTiers.nodes);
  if (!tiers.length) return <EmptyState title={t("event.noTickets")} body={t("event.readOnly")} />;
  return (
    <>
      <p className="muted">{t("event.readOnly")}</p>
      <ul className="list card">
        {tiers.map((tier) => (
          <li key={tier.rowId}>
            <span>
              <strong>{tier.name}</strong>
              <span className="muted">
                {" "}
                · {t("event.tier", { sold: formatNumber(tier.soldCount), quantity: formatNumber(tier.quantity) })}
              </span>
            </span>
            <span>{formatCop(tier.priceCop)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Logistics({ eventId, part }: { eventId: string; part: "runway" | "vendors" }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EventLogisticsDocument, { variables: { rowId: eventId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={1} />;
  const event = data?.event;
  if (part === "runway") {
    const schedule = present(event?.runwaySchedules.nodes ?? [])[0];
    const slots = present(schedule?.runwaySlots.nodes ?? []).sort((a, b) => a.sequence - b.sequence);
    if (!schedule || !slots.length) return <EmptyState title={t("event.noRunway")} body={t("event.readOnly")} />;
    return (
      <>
        <p className="muted">{t("event.readOnly")}</p>
        <ol className="list card">
          {slots.map((slot) => {
            const offset = slot.walkStartsAt;
            const clock = `${String((offset.hours ?? 0) * 60 + (offset.minutes ?? 0)).padStart(2, "0")}:${String(Math.floor(offset.seconds ?? 0)).padStart(2, "0")}`;
            return (
              <li key={slot.rowId}>
                <span>
                  <strong>{slot.sequence}.</strong> {slot.look?.title}
                  <span className="muted"> · {slot.talent ? slot.talent.stageName || slot.talent.fullName : "—"}</span>
                </span>
                <span className="muted">{clock}</span>
              </li>
            );
          })}
        </ol>
      </>
    );
  }
  const vendors = present(event?.vendorRecommendations.nodes ?? []);
  if (!vendors.length) return <EmptyState title={t("event.noVendors")} body={t("event.readOnly")} />;
  return (
    <>
      <p className="muted">{t("event.readOnly")}</p>
      <ul className="list card">
        {vendors.map((r) => (
          <li key={r.rowId}>
            <span>
              <strong>{r.vendor?.name}</strong>
              <span className="muted"> · {r.vendor?.city}</span>
              {r.reasoning ? (
                <span className="reasoning" style={{ display: "block", margin: 0 }}>
                  {r.reasoning}
                </span>
              ) : null}
            </span>
            <span className="muted">
              {r.vendor ? `${formatCop(r.vendor.priceMinCop)} – ${formatCop(r.vendor.priceMaxCop)}` : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function EventDetailPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get("tab") as Tab) ? (params.get("tab") as Tab) : "overview";
  const { data, loading, error, refetch } = useQuery(EventDetailDocument, { variables: { rowId: eventId } });
  const event = data?.event;
  const { current } = useAuth();
  const sells = canSell(current?.role);

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
          </div>
          <h1>{event.title}</h1>
          <p className="lede">
            {formatDateTime(event.startsAt, event.timezone)}
            {event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}
          </p>
          <div className="tabs" role="tablist" aria-label={event.title}>
            {TABS.map((name) => (
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
            {tab === "overview" ? <Overview event={event} /> : null}
            {tab === "health" ? <HealthSection eventId={event.rowId} /> : null}
            {tab === "looks" ? <Looks event={event} /> : null}
            {tab === "casting" ? <CastingSection eventId={event.rowId} /> : null}
            {tab === "runway" ? <Logistics eventId={event.rowId} part={tab} /> : null}
            {tab === "vendors" ? <VendorsSection eventId={event.rowId} /> : null}
            {tab === "sponsors" ? <Sponsors event={event} /> : null}
            {tab === "tickets" ? sells ? <BoxOfficeSection eventId={event.rowId} /> : <Tickets event={event} /> : null}
          </div>
        </>
      )}
    </>
  );
}
