import type { HTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../errors.ts";

export function Skeleton({ count = 3 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <div className="grid two" aria-busy="true">
      <span className="visually-hidden">{t("app.loading")}</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="skeleton" />
      ))}
    </div>
  );
}

export function EmptyState({ title, body }: { title: string; body?: string }) {
  return (
    <div className="card empty">
      <h3>{title}</h3>
      {body ? <p className="muted">{body}</p> : null}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <p>
        <strong>{t("errors.loadFailed")}</strong> {t(errorKey(error))}
      </p>
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t("app.retry")}
        </button>
      ) : null}
    </div>
  );
}

export function Chip({
  tone,
  children,
  ...rest
}: { tone: string; children: ReactNode } & Omit<HTMLAttributes<HTMLSpanElement>, "className">) {
  return (
    <span className={`chip ${tone}`} {...rest}>
      {children}
    </span>
  );
}
