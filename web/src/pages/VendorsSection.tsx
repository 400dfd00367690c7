// Event → Proveedores: the status of each category the event needs, what is
// committed against its budget, a request to the Vendor Coordination agent
// (category and budget in COP; the shortlist is SQL's, the ranking the
// model's), and each recommendation with its reasoning and price range, to
// ask a quote from, book (at an agreed price) or decline.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { canSell, useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, written } from "../errors.ts";
import { formatCop } from "../format.ts";
import {
  EventVendorsDocument,
  RequestVendorRecommendationsDocument,
  UpdateVendorRecommendationDocument,
  type VendorRecommendationCardFragment,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

const CATEGORIES = [
  "sound",
  "lighting",
  "catering",
  "security",
  "hair_makeup",
  "photography",
  "staging",
  "video",
  "models_agency",
  "transport",
  "printing",
  "other",
] as const;
const WORKING = new Set(["queued", "running"]);

/** What a booked vendor costs the budget: the agreed price, else its lowest price. */
const committed = (r: VendorRecommendationCardFragment) => Number(r.agreedPriceCop ?? r.vendor?.priceMinCop ?? 0);

const STARS = [1, 2, 3, 4, 5] as const;

/** After the event: how the booked vendor did, 1 to 5 stars and a note (the vendor's rating from past events). */
function RateVendor({ rec }: { rec: VendorRecommendationCardFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [rating, setRating] = useState<number | null>(rec.rating ?? null);
  const [note, setNote] = useState(rec.ratingNote ?? "");
  const [update, { loading }] = useMutation(UpdateVendorRecommendationDocument);
  async function save(e: FormEvent) {
    e.preventDefault();
    if (rating === null) {
      toast("error", t("vendors.rate.pick"));
      return;
    }
    try {
      written(
        (
          await update({
            variables: { rowId: rec.rowId, patch: { rating, ratingNote: note.trim() === "" ? null : note.trim() } },
          })
        ).data?.updateVendorRecommendation,
      );
      toast("success", t("vendors.rate.saved"));
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }
  return (
    <form className="rate-vendor" onSubmit={(e) => void save(e)} data-testid="vendor-rate" style={{ marginTop: 8 }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="muted">{t("vendors.rate.title")}</legend>
        <span className="actions" role="radiogroup" aria-label={t("vendors.rate.title")}>
          {STARS.map((n) => (
            <button
              key={n}
              type="button"
              role="radio"
              aria-checked={rating === n}
              aria-label={t("vendors.rate.stars", { count: n })}
              className={`button small ${rating !== null && n <= rating ? "" : "secondary"}`}
              style={{ minWidth: 44, minHeight: 44 }}
              onClick={() => setRating(n)}
            >
              ★
            </button>
          ))}
        </span>
      </fieldset>
      <label className="visually-hidden" htmlFor={`rating-note-${rec.rowId}`}>
        {t("vendors.rate.note")}
      </label>
      <textarea
        id={`rating-note-${rec.rowId}`}
        placeholder={t("vendors.rate.note")}
        value={note}
        maxLength={1000}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
        style={{ width: "100%", marginTop: 8 }}
      />
      <button type="submit" className="button small" disabled={loading} style={{ marginTop: 8 }}>
        {t("vendors.rate.save")}
      </button>
    </form>
  );
}

function Recommendation({
  rec,
  canAct,
  ended,
}: {
  rec: VendorRecommendationCardFragment;
  canAct: boolean;
  ended: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [price, setPrice] = useState(rec.agreedPriceCop ? String(rec.agreedPriceCop) : "");
  const [update, { loading }] = useMutation(UpdateVendorRecommendationDocument);
  async function move(status: string) {
    try {
      const patch: { status: string; agreedPriceCop?: string | null } = { status };
      if (status === "booked") patch.agreedPriceCop = price.trim() === "" ? null : price.replace(/\D/g, "");
      written((await update({ variables: { rowId: rec.rowId, patch } })).data?.updateVendorRecommendation);
      toast("success", t(`vendors.moved.${status}`));
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }
  const v = rec.vendor;
  return (
    <li data-testid="vendor-recommendation" data-status={rec.status}>
      <span>
        <strong>{v?.name}</strong> <Chip tone={rec.status}>{t(`vendors.status.${rec.status}`)}</Chip>
        <span className="muted">
          {" "}
          · {v?.city}
          {v?.travels ? ` · ${t("vendors.travels")}` : ""}
          {v?.pastRating ? ` · ★ ${v.pastRating}` : ""}
          {rec.score !== null && rec.score !== undefined ? ` · ${rec.score}/100` : ""}
        </span>
        <span className="muted" style={{ display: "block" }}>
          {v?.priceMinCop === null || v?.priceMinCop === undefined
            ? t("vendors.priceUnknown")
            : v.priceMaxCop === null || v.priceMaxCop === undefined
              ? t("vendors.priceFrom", { min: formatCop(v.priceMinCop) })
              : t("vendors.priceRange", { min: formatCop(v.priceMinCop), max: formatCop(v.priceMaxCop) })}
          {rec.agreedPriceCop ? ` · ${t("vendors.agreed", { price: formatCop(rec.agreedPriceCop) })}` : ""}
        </span>
        {rec.reasoning ? (
          <span className="reasoning" style={{ display: "block", margin: 0 }}>
            {rec.reasoning}
          </span>
        ) : null}
        {rec.status === "booked" && rec.rating ? (
          <span className="muted" style={{ display: "block" }} data-testid="vendor-rating">
            {t("vendors.rate.given", { rating: rec.rating })}
            {rec.ratingNote ? ` · ${rec.ratingNote}` : ""}
          </span>
        ) : null}
        {canAct && rec.status === "booked" ? (
          ended ? (
            <RateVendor rec={rec} />
          ) : (
            <span className="muted" style={{ display: "block" }}>
              {t("vendors.rate.after")}
            </span>
          )
        ) : null}
        {canAct && rec.status !== "booked" && rec.status !== "rejected" ? (
          <span className="actions" style={{ marginTop: 8 }}>
            {rec.status === "suggested" ? (
              <button
                type="button"
                className="button secondary small"
                disabled={loading}
                onClick={() => void move("contacted")}
              >
                {t("vendors.requestQuote")}
              </button>
            ) : null}
            <label className="visually-hidden" htmlFor={`price-${rec.rowId}`}>
              {t("vendors.agreedPrice")}
            </label>
            <input
              id={`price-${rec.rowId}`}
              className="input-compact"
              inputMode="numeric"
              placeholder={t("vendors.agreedPrice")}
              value={price}
              onChange={(e) => setPrice(e.target.value)}
              style={{ maxWidth: 160 }}
            />
            <button type="button" className="button small" disabled={loading} onClick={() => void move("booked")}>
              {t("vendors.book")}
            </button>
            <button
              type="button"
              className="button ghost small"
              disabled={loading}
              onClick={() => void move("rejected")}
            >
              {t("vendors.decline")}
            </button>
          </span>
        ) : null}
      </span>
    </li>
  );
}

export function VendorsSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { current } = useAuth();
  const toast = useToast();
  const canAct = canSell(current?.role);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EventVendorsDocument, {
    variables: { eventId },
  });
  const [request, { loading: requesting }] = useMutation(RequestVendorRecommendationsDocument, {
    refetchQueries: [EventVendorsDocument],
  });
  const event = data?.event;
  const runs = (event?.agentRuns.nodes ?? []).flatMap((r) => (r && r.agentType === "vendor_coordination" ? [r] : []));
  const working = runs.some((r) => WORKING.has(r.status));
  useEffect(() => {
    if (!working) return;
    startPolling(2000);
    return () => stopPolling();
  }, [working, startPolling, stopPolling]);
  const required = (event?.requiredVendorCategories ?? []).flatMap((c) => (c ? [c] : []));
  const [category, setCategory] = useState<string>("");
  const [budget, setBudget] = useState("");
  const chosen = category || required[0] || "sound";

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  if (!event) return <EmptyState title={t("event.notFound")} />;
  const recs = (event.vendorRecommendations.nodes ?? []).flatMap((r) => (r ? [r] : []));
  const booked = recs.filter((r) => r.status === "booked");
  const spent = booked.reduce((sum, r) => sum + committed(r), 0);
  const planned = event.budget ? Number(event.budget.budgetCop) : null;

  async function ask(e: FormEvent) {
    e.preventDefault();
    try {
      written(
        (
          await request({
            variables: { eventId, category: chosen, budgetCop: budget.replace(/\D/g, "") || "0" },
          })
        ).data?.requestVendorRecommendations?.result,
      );
      toast("success", t("vendors.requested"));
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  const byCategory = new Map<string, VendorRecommendationCardFragment[]>();
  for (const r of [...recs].sort((a, b) => (b.score ?? -1) - (a.score ?? -1))) {
    byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  }
  const lastNote =
    runs[0]?.output && typeof runs[0].output === "object" ? (runs[0].output as { note?: string }).note : undefined;

  return (
    <div data-testid="vendors-section">
      <div className="stats card">
        <div className="stat">
          <div className="stat-value" data-testid="vendors-committed">
            {formatCop(spent)}
          </div>
          <div className="stat-label">{t("vendors.committed")}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{planned === null ? "—" : formatCop(planned)}</div>
          <div className="stat-label">{t("vendors.budget")}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{planned === null ? "—" : formatCop(planned - spent)}</div>
          <div className="stat-label">{t("vendors.left")}</div>
        </div>
      </div>
      <ul className="list card" data-testid="vendor-categories" style={{ marginTop: 12 }}>
        {required.map((c) => {
          const state = (byCategory.get(c) ?? []).some((r) => r.status === "booked")
            ? "booked"
            : (byCategory.get(c) ?? []).some((r) => r.status === "contacted")
              ? "contacted"
              : "missing";
          return (
            <li key={c}>
              <span>{t(`vendors.category.${c}`)}</span>
              <Chip tone={state === "booked" ? "confirmed" : state === "contacted" ? "invited" : "declined"}>
                {t(`vendors.categoryState.${state}`)}
              </Chip>
            </li>
          );
        })}
      </ul>
      {canAct ? (
        <form className="card" onSubmit={(e) => void ask(e)} style={{ marginTop: 12 }}>
          <h2>{t("vendors.askTitle")}</h2>
          <div className="actions">
            <label>
              {t("vendors.categoryLabel")}{" "}
              <select value={chosen} onChange={(e) => setCategory(e.target.value)} data-testid="vendor-category">
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`vendors.category.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("vendors.budgetLabel")}{" "}
              <input
                inputMode="numeric"
                value={budget}
                onChange={(e) => setBudget(e.target.value)}
                required
                data-testid="vendor-budget"
                style={{ maxWidth: 160 }}
              />
            </label>
            <button type="submit" className="button small" disabled={requesting || working} data-testid="vendor-ask">
              {working ? t("vendors.working") : t("vendors.ask")}
            </button>
          </div>
          {!working && lastNote ? <p className="muted">{lastNote}</p> : null}
        </form>
      ) : null}
      {recs.length === 0 ? (
        <EmptyState title={t("event.noVendors")} />
      ) : (
        [...byCategory.entries()].map(([c, list]) => (
          <section key={c} style={{ marginTop: 12 }}>
            <h2>{t(`vendors.category.${c}`)}</h2>
            <ul className="list card">
              {list.map((rec) => (
                <Recommendation
                  key={rec.rowId}
                  rec={rec}
                  canAct={canAct}
                  ended={new Date(event.endsAt).getTime() <= Date.now()}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
