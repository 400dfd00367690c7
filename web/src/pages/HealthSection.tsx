// An event's health report: the traffic light, the Event Health agent's
// summary (written after the checks, never needed for them), every check
// with its next step, worst first, and the last two weeks of lights.
// Producers, admins and owners can check again now.
import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { can, canSell, useAuth } from "../auth.tsx";
import { HealthLight } from "../components/HealthLight.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, written } from "../errors.ts";
import { formatDate, formatDateTime } from "../format.ts";
import { EventHealthDocument, RequestEventHealthDocument } from "../gql/graphql.ts";
import { checkTexts, type HealthMessage } from "../health/messages.ts";
import { useToast } from "../toasts.tsx";

interface Check extends HealthMessage {
  key: string;
  code: string;
  severity: "red" | "amber" | "green";
  title: string;
  nextStep: string;
}

const WORKING = new Set(["queued", "running"]);

export function HealthSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { current } = useAuth();
  const toast = useToast();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EventHealthDocument, {
    variables: { eventId },
  });
  const [request, { loading: requesting }] = useMutation(RequestEventHealthDocument, {
    refetchQueries: [EventHealthDocument],
  });
  const report = data?.event?.latestHealthReport;
  // The summary is written from every check, the budget's included: only the roles that read money get it (the
  // database answers null to the others, and leaves the budget check out of their list).
  const seesSummary = can(current?.role, "event_budgets", "select");
  const runStatus = report?.summaryRun?.status;
  // While the summary is being written, look again every few seconds.
  const writing = Boolean(runStatus && WORKING.has(runStatus));
  useEffect(() => {
    if (!writing) return;
    startPolling(3000);
    return () => stopPolling();
  }, [writing, startPolling, stopPolling]);

  async function checkNow() {
    try {
      written((await request({ variables: { eventId } })).data?.requestEventHealth?.result);
      toast("success", t("health.checked"));
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  const stored: unknown = report?.checks;
  const checks = (Array.isArray(stored) ? (stored as Check[]) : []).filter((c) => c && typeof c.title === "string");
  const history = (data?.event?.healthReports.nodes ?? []).flatMap((r) => (r ? [r] : []));
  return (
    <div data-testid="health-section">
      <div className="actions" style={{ justifyContent: "space-between" }}>
        <HealthLight report={report} />
        {canSell(current?.role) ? (
          <button
            type="button"
            className="button small"
            onClick={() => void checkNow()}
            disabled={requesting}
            data-testid="health-check-now"
          >
            {requesting ? t("health.checking") : t("health.checkNow")}
          </button>
        ) : null}
      </div>
      {!report ? (
        <EmptyState title={t("health.emptyTitle")} body={t("health.emptyBody")} />
      ) : (
        <>
          <p className="muted">
            {t("health.computed", {
              // A calendar day (America/Bogota), not an instant: shown as it is.
              date: formatDate(report.reportDate, "UTC"),
              at: formatDateTime(report.computedAt),
            })}
          </p>
          {seesSummary ? (
            <section className="card" data-testid="health-summary">
              <h2>{t("health.summary")}</h2>
              {report.summary ? (
                <>
                  <p>{report.summary}</p>
                  {report.summaryModel === "local" ? <Chip tone="local">{t("health.localSummary")}</Chip> : null}
                </>
              ) : writing ? (
                <p className="muted">{t("health.summaryWriting")}</p>
              ) : (
                <p className="muted">{t("health.summaryMissing")}</p>
              )}
            </section>
          ) : null}
          <ul className="list card health-checks" data-testid="health-checks" style={{ marginTop: 12 }}>
            {checks.map((check) => {
              // In the reader's language, from the check's codes and facts.
              const text = checkTexts(t, check);
              return (
                <li key={check.key} data-severity={check.severity} data-code={check.titleCode ?? undefined}>
                  <span>
                    <span className={`health-light ${check.severity}`}>
                      <span className="dot" aria-hidden="true" />
                      <span className="visually-hidden">{t(`health.status.${check.severity}`)}</span>
                    </span>{" "}
                    <strong>{text.title}</strong>
                    {check.severity !== "green" ? (
                      <span className="reasoning" style={{ display: "block", margin: 0 }}>
                        {t("health.nextStep")}: {text.nextStep}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
          {history.length > 1 ? (
            <section className="card">
              <h2>{t("health.history")}</h2>
              <ul className="list">
                {history.map((r) => (
                  <li key={r.rowId}>
                    <span>{formatDate(r.reportDate, "UTC")}</span>
                    <HealthLight report={r} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
