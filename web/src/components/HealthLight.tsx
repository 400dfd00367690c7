// The Event Health traffic light: red, amber or green with how many items
// are red and amber, from the event's latest report (or "not checked yet").
import { useTranslation } from "react-i18next";
import type { HealthLightFragment } from "../gql/graphql.ts";

export function HealthLight({ report }: { report: HealthLightFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!report) {
    return (
      <span className="health-light none" data-testid="health-light" data-status="none">
        <span className="dot" aria-hidden="true" />
        {t("health.notChecked")}
      </span>
    );
  }
  return (
    <span className={`health-light ${report.status}`} data-testid="health-light" data-status={report.status}>
      <span className="dot" aria-hidden="true" />
      {t(`health.status.${report.status}`)}
      {report.redCount || report.amberCount ? (
        <span className="muted"> · {t("health.counts", { red: report.redCount, amber: report.amberCount })}</span>
      ) : null}
    </span>
  );
}
