import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { canManageAi, useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey } from "../errors.ts";
import { formatDateTime, formatNumber, formatPercent, formatUsd } from "../format.ts";
import { AiActivityDocument } from "../gql/graphql.ts";

export function AiActivityPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const [info, setInfo] = useState<ServerInfo | null>(null);
  useEffect(() => {
    void serverInfo().then(setInfo);
  }, []);
  const since = useMemo(() => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  }, []);
  const allowed = canManageAi(current?.role);
  const { data, loading, error, refetch } = useQuery(AiActivityDocument, {
    variables: { organizationId: current?.organization.rowId ?? "", since },
    skip: !allowed || !current,
  });

  if (!allowed) return <EmptyState title={t("ai.forbidden")} />;
  const usage = data?.aiUsage;
  const runs = (data?.agentRuns?.nodes ?? []).flatMap((r) => (r ? [r] : []));
  const budget = info?.aiMonthlyBudgetUsd ?? 50;
  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <h1>{t("ai.title")}</h1>
      <p className="lede">
        {t("ai.subtitle")}{" "}
        {info ? (
          <Chip tone={info.aiProvider === "local" ? "local" : "succeeded"}>
            {t("ai.provider", { provider: info.aiProvider === "local" ? t("ai.providerLocal") : info.aiModel })}
          </Chip>
        ) : null}
      </p>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton count={2} />
      ) : (
        <>
          <div className="stats card">
            <div className="stat">
              <div className="stat-value">{formatNumber(usage?.calls)}</div>
              <div className="stat-label">{t("ai.calls")}</div>
            </div>
            <div className="stat">
              <div className="stat-value">{formatPercent(usage?.errorRate)}</div>
              <div className="stat-label">{t("ai.errorRate")}</div>
            </div>
            <div className="stat">
              <div className="stat-value">
                {t("ai.costValue", { cost: formatUsd(usage?.costUsd), budget: formatUsd(budget) })}
              </div>
              <div className="stat-label">{t("ai.cost")}</div>
            </div>
            <div className="stat">
              <div className="stat-value">{formatNumber(usage?.tokens)}</div>
              <div className="stat-label">{t("ai.tokens")}</div>
            </div>
          </div>
          <div className="section-title">
            <h2>{t("ai.runs")}</h2>
          </div>
          {runs.length === 0 ? (
            <EmptyState title={t("ai.noRuns")} />
          ) : (
            <ul className="list card">
              {runs.map((run) => (
                <li key={run.rowId} style={{ flexWrap: "wrap" }}>
                  <span>
                    <strong>{t(`ai.agent.${run.agentType}`)}</strong>
                    <span className="muted"> · {formatDateTime(run.createdAt)}</span>
                    {run.errorCode ? (
                      <span className="muted" style={{ display: "block" }}>
                        {t(errorKey(run.errorCode))}
                      </span>
                    ) : null}
                  </span>
                  <span className="actions">
                    <Chip tone={run.status}>{t(`ai.runStatus.${run.status}`)}</Chip>
                    <span className="muted">{t("ai.attempts", { count: run.attempts })}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
