// The printable run of show and each model's run card (which looks, at what
// times, how many minutes to change), made into a PDF by the browser's print
// dialog. The paper (A4 or US Letter) sets the CSS @page size; the layout fits
// both.
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { formatDateTime } from "../format.ts";
import { EventRunwayDocument } from "../gql/graphql.ts";
import { clock, instantOf, type PlannedRow, planOf, savedOrder } from "../runway/model.ts";
import { timeOf } from "./RunwaySection.tsx";
import "./runway.css";

const PAPERS = { a4: "A4", letter: "letter" } as const;
type Paper = keyof typeof PAPERS;

export function RunwayPrintPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const [paper, setPaper] = useState<Paper>(() =>
    (localStorage.getItem("fashionos.paper") as Paper | null) === "letter" ? "letter" : "a4",
  );
  const { data, loading, error, refetch } = useQuery(EventRunwayDocument, { variables: { eventId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  const event = data?.event;
  const schedule = event?.runwaySchedules.nodes.find(Boolean);
  if (!event || !schedule) return <EmptyState title={t("event.noRunway")} />;
  const plan = planOf(event, schedule, savedOrder(event, schedule));
  const byModel = new Map<string, PlannedRow[]>();
  for (const row of plan.rows) {
    if (!row.talentId) continue;
    byModel.set(row.talentId, [...(byModel.get(row.talentId) ?? []), row]);
  }
  const models = [...byModel.values()].sort((a, b) =>
    (a[0]?.modelName ?? "").localeCompare(b[0]?.modelName ?? "", "es"),
  );
  const at = (row: PlannedRow) => timeOf(instantOf(schedule.startsAt, row.startSeconds), event.timezone);

  return (
    <div className="print-page" data-paper={paper}>
      {/* The paper size for the browser's print dialog. */}
      <style>{`@page { size: ${PAPERS[paper]} portrait; margin: 12mm; }`}</style>
      <div className="print-toolbar no-print">
        <Link to={`/events/${eventId}?tab=runway`} className="button ghost small">
          ← {t("app.back")}
        </Link>
        <label htmlFor="paper">{t("print.paper")}</label>
        <select
          id="paper"
          value={paper}
          onChange={(e) => {
            const value = e.target.value === "letter" ? "letter" : "a4";
            localStorage.setItem("fashionos.paper", value);
            setPaper(value);
          }}
          data-testid="paper"
        >
          <option value="a4">{t("print.a4")}</option>
          <option value="letter">{t("print.letter")}</option>
        </select>
        <button type="button" className="button small" onClick={() => window.print()}>
          {t("print.print")}
        </button>
      </div>
      <h1>{t("print.title", { event: event.title })}</h1>
      <p className="lede">
        {schedule.startsAt ? formatDateTime(schedule.startsAt, event.timezone) : "—"} ·{" "}
        {t("runway.summary", {
          looks: plan.rows.length,
          time: clock(plan.runningSeconds),
          spare: plan.minSpareSeconds === null ? "—" : clock(plan.minSpareSeconds),
        })}
      </p>
      <table className="print-table" data-testid="print-run-of-show">
        <thead>
          <tr>
            <th scope="col">{t("print.position")}</th>
            <th scope="col">{t("print.time")}</th>
            <th scope="col">{t("print.look")}</th>
            <th scope="col">{t("print.designer")}</th>
            <th scope="col">{t("print.model")}</th>
            <th scope="col">{t("print.change")}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.look.rowId} className={row.problems.length ? "warn" : ""}>
              <td>{row.position}</td>
              <td>{at(row)}</td>
              <td>{row.look.title}</td>
              <td>{row.designerName}</td>
              <td>{row.modelName || "—"}</td>
              <td>
                {row.sinceLastWalkSeconds === null
                  ? t("runway.firstWalk")
                  : t("print.changeFits", {
                      available: clock(row.sinceLastWalkSeconds),
                      required: clock(row.requiredChangeSeconds ?? 0),
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="run-cards" aria-labelledby="run-cards-title">
        <h2 id="run-cards-title">{t("print.runCards")}</h2>
        {models.map((rows) => (
          <article key={rows[0]?.talentId} className="run-card" data-testid="run-card">
            <h3>{rows[0]?.modelName || "—"}</h3>
            <p className="muted">{event.title}</p>
            <ol>
              {rows.map((row) => (
                <li key={row.look.rowId}>
                  <strong>
                    {t("print.cardLine", { position: row.position, time: at(row), look: row.look.title })}
                  </strong>
                  <span>
                    {" "}
                    · {row.designerName} ·{" "}
                    {row.sinceLastWalkSeconds === null
                      ? t("print.cardFirst", { minutes: row.look.changeMinutes })
                      : t("print.cardChange", {
                          minutes: row.look.changeMinutes,
                          available: clock(row.sinceLastWalkSeconds),
                        })}
                  </span>
                </li>
              ))}
            </ol>
          </article>
        ))}
      </section>
    </div>
  );
}
