// The roster: search that ignores accents and case, filters, order and
// "show more" pages (cursors), each backed by an index on the server.
import { useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { initials } from "../format.ts";
import { type RosterCardFragment, RosterListDocument, type TalentOrderBy } from "../gql/graphql.ts";
import { DIVISIONS } from "../schemas/talent.ts";
import "./roster.css";
import { SignedImage } from "../components/SignedImage.tsx";

const PAGE = 24;
const SORTS = ["NAME_ASC", "NAME_DESC", "HEIGHT_CM_DESC", "HEIGHT_CM_ASC", "CREATED_AT_DESC"] as const;
const CONSENTS = ["ACTIVE", "AI_PROCESSING", "CASTING", "CONTACT", "NONE"] as const;
export const CASTING_ROLES = new Set(["owner", "admin", "casting"]);

function TalentCard({ talent }: { talent: RosterCardFragment }) {
  const { t } = useTranslation();
  const photo = talent.photos.nodes[0]?.file?.thumbnailUrl;
  return (
    <Link to={`/roster/${talent.rowId}`} className="card talent-card" data-testid="talent-card">
      <div className="talent-card-photo">
        {photo ? (
          <SignedImage src={photo} alt="" loading="lazy" />
        ) : (
          <span aria-hidden="true">{initials(talent.fullName)}</span>
        )}
      </div>
      <div className="talent-card-body">
        <h3>{talent.fullName}</h3>
        {talent.stageName ? <p className="muted">{talent.stageName}</p> : null}
        <p className="talent-card-meta">
          <span>{t(`roster.division.${talent.division}`)}</span>
          {talent.heightCm ? <span>{t("roster.heightValue", { cm: talent.heightCm })}</span> : null}
          {talent.city ? <span>{talent.city}</span> : null}
        </p>
        {talent.agency ? <p className="muted talent-card-agency">{talent.agency}</p> : null}
        <p className="talent-card-chips">
          {talent.consentActive ? (
            <Chip tone="confirmed">{t("roster.consentActive")}</Chip>
          ) : (
            <Chip tone="declined">{t("roster.consentNone")}</Chip>
          )}
          {talent.isMinor ? <Chip tone="medium">{t("roster.minor")}</Chip> : null}
        </p>
      </div>
    </Link>
  );
}

export function RosterPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId;
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [applied, setApplied] = useState(params.get("q") ?? "");
  const [division, setDivision] = useState(params.get("division") ?? "");
  const [city, setCity] = useState(params.get("city") ?? "");
  const [heightMin, setHeightMin] = useState(params.get("min") ?? "");
  const [heightMax, setHeightMax] = useState(params.get("max") ?? "");
  const [availableOn, setAvailableOn] = useState(params.get("on") ?? "");
  const [consent, setConsent] = useState(params.get("consent") ?? "");
  const [sort, setSort] = useState<(typeof SORTS)[number]>(
    (SORTS as readonly string[]).includes(params.get("sort") ?? "")
      ? (params.get("sort") as (typeof SORTS)[number])
      : "NAME_ASC",
  );
  const [filtersOpen, setFiltersOpen] = useState(false);

  // The search runs as the person types, a moment after they stop.
  useEffect(() => {
    const timer = setTimeout(() => setApplied(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  useEffect(() => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({
      q: applied,
      division,
      city,
      min: heightMin,
      max: heightMax,
      on: availableOn,
      consent,
      sort,
    })) {
      if (value && !(key === "sort" && value === "NAME_ASC")) next.set(key, value);
    }
    setParams(next, { replace: true });
  }, [applied, division, city, heightMin, heightMax, availableOn, consent, sort, setParams]);

  const variables = useMemo(() => {
    const height: Record<string, number> = {};
    if (/^\d+$/.test(heightMin)) height.greaterThanOrEqualTo = Number(heightMin);
    if (/^\d+$/.test(heightMax)) height.lessThanOrEqualTo = Number(heightMax);
    return {
      condition: {
        organizationId: organizationId ?? "",
        erased: false,
        ...(applied ? { search: applied } : {}),
        ...(division ? { division } : {}),
        ...(city.trim() ? { city: city.trim() } : {}),
        ...(availableOn ? { availableOn } : {}),
        ...(consent ? { consent: consent as never } : {}),
      },
      filter: Object.keys(height).length ? { heightCm: height } : undefined,
      orderBy: [sort as TalentOrderBy],
      first: PAGE,
    };
  }, [organizationId, applied, division, city, heightMin, heightMax, availableOn, consent, sort]);

  const { data, loading, error, refetch, fetchMore } = useQuery(RosterListDocument, {
    variables,
    skip: !organizationId,
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.talents;
  const people = (connection?.nodes ?? []).flatMap((n) => (n ? [n] : []));
  const canWrite = CASTING_ROLES.has(current?.role ?? "");
  const filtered = Boolean(applied || division || city || heightMin || heightMax || availableOn || consent);

  async function more() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!previous.talents || !fetchMoreResult?.talents) return previous;
          return {
            talents: {
              ...fetchMoreResult.talents,
              nodes: [...previous.talents.nodes, ...fetchMoreResult.talents.nodes],
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(search.trim());
  };
  const clear = () => {
    setSearch("");
    setApplied("");
    setDivision("");
    setCity("");
    setHeightMin("");
    setHeightMax("");
    setAvailableOn("");
    setConsent("");
  };

  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <div className="page-head">
        <h1>{t("roster.title")}</h1>
        {canWrite ? (
          <div className="page-head-actions">
            <Link to="/roster/import" className="button secondary small" data-testid="roster-import">
              {t("roster.import")}
            </Link>
            <Link to="/roster/new" className="button small" data-testid="roster-add">
              {t("roster.add")}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="lede">{t("roster.subtitle")}</p>

      <form className="roster-search" role="search" onSubmit={submit}>
        <label htmlFor="roster-q" className="visually-hidden">
          {t("roster.search")}
        </label>
        <input
          id="roster-q"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t("roster.searchPlaceholder")}
          autoComplete="off"
          data-testid="roster-search"
        />
        <button
          type="button"
          className="button secondary small"
          aria-expanded={filtersOpen}
          aria-controls="roster-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t("roster.filters")}
        </button>
      </form>

      <div id="roster-filters" className={`card roster-filters${filtersOpen ? " open" : ""}`}>
        <div className="field">
          <label htmlFor="f-division">{t("roster.filterDivision")}</label>
          <select id="f-division" value={division} onChange={(event) => setDivision(event.target.value)}>
            <option value="">{t("roster.any")}</option>
            {DIVISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`roster.division.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-city">{t("roster.filterCity")}</label>
          <input id="f-city" value={city} onChange={(event) => setCity(event.target.value)} list="f-cities" />
          <datalist id="f-cities">
            {["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-min">{t("roster.filterHeightMin")}</label>
            <input
              id="f-min"
              inputMode="numeric"
              value={heightMin}
              onChange={(event) => setHeightMin(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="f-max">{t("roster.filterHeightMax")}</label>
            <input
              id="f-max"
              inputMode="numeric"
              value={heightMax}
              onChange={(event) => setHeightMax(event.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="f-on">{t("roster.filterAvailableOn")}</label>
          <input id="f-on" type="date" value={availableOn} onChange={(event) => setAvailableOn(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-consent">{t("roster.filterConsent")}</label>
          <select id="f-consent" value={consent} onChange={(event) => setConsent(event.target.value)}>
            <option value="">{t("roster.any")}</option>
            {CONSENTS.map((c) => (
              <option key={c} value={c}>
                {t(`roster.consentFilter.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t("roster.sort")}</label>
          <select id="f-sort" value={sort} onChange={(event) => setSort(event.target.value as (typeof SORTS)[number])}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`roster.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button ghost small" onClick={clear}>
            {t("roster.clear")}
          </button>
        ) : null}
      </div>

      <p className="muted roster-count" role="status" aria-live="polite" data-testid="roster-count">
        {connection ? t("roster.count", { count: connection.totalCount }) : ""}
      </p>

      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton count={4} />
      ) : people.length === 0 ? (
        filtered ? (
          <EmptyState title={t("roster.noMatchesTitle")} body={t("roster.noMatchesBody")} />
        ) : (
          <EmptyState
            title={t("roster.emptyTitle")}
            body={t(canWrite ? "roster.emptyBody" : "roster.emptyBodyReadOnly")}
          />
        )
      ) : (
        <>
          <div className="grid two roster-grid" data-testid="roster-list">
            {people.map((person) => (
              <TalentCard key={person.rowId} talent={person} />
            ))}
          </div>
          {connection?.pageInfo.hasNextPage ? (
            <button type="button" className="button secondary block" onClick={() => void more()} disabled={loadingMore}>
              {loadingMore ? t("app.loading") : t("roster.more")}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
