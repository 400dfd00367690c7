// A plain list with create, edit and delete (venues, vendors, sponsors,
// ticket tiers): loading, empty and error states; the form opens in place of
// the item it edits (or at the top for a new one); deleting asks first, and a
// refusal says why.
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../errors.ts";
import { useToast } from "../toasts.tsx";
import { EmptyState, ErrorState, Skeleton } from "./States.tsx";

interface Props<T> {
  /** The list's heading (h2). */
  title: string;
  items: T[];
  loading: boolean;
  error: unknown;
  onRetry(): void;
  idOf(item: T): string;
  nameOf(item: T): string;
  /** What the item shows when not being edited. */
  summary(item: T): ReactNode;
  /** The create (item null) or edit form; `close` after saving or cancelling. */
  form(item: T | null, close: () => void): ReactNode;
  canEdit: boolean;
  onDelete(item: T): Promise<void>;
  /** The message for a refused delete, when it has a specific reason; otherwise the error code's. */
  deleteRefusal?(error: unknown, item: T): string | null;
  emptyTitle: string;
  emptyBody?: string;
  addLabel: string;
  testId?: string;
}

export function RecordList<T>(props: Props<T>) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const { items, canEdit } = props;

  async function remove(item: T) {
    setDeleting(true);
    try {
      await props.onDelete(item);
      toast("success", t("records.deleted", { name: props.nameOf(item) }));
    } catch (error) {
      toast("error", props.deleteRefusal?.(error, item) ?? t(errorKey(error)));
    } finally {
      setDeleting(false);
      setConfirming(null);
    }
  }

  return (
    <section aria-labelledby={`${props.testId ?? "records"}-title`} data-testid={props.testId}>
      <div className="section-title">
        <h2 id={`${props.testId ?? "records"}-title`}>{props.title}</h2>
        {canEdit && !adding ? (
          <button type="button" className="button small" onClick={() => setAdding(true)}>
            + {props.addLabel}
          </button>
        ) : null}
      </div>
      {adding ? props.form(null, () => setAdding(false)) : null}
      {props.error ? (
        <ErrorState error={props.error} onRetry={props.onRetry} />
      ) : props.loading && items.length === 0 ? (
        <Skeleton count={2} />
      ) : items.length === 0 ? (
        adding ? null : (
          <EmptyState title={props.emptyTitle} body={props.emptyBody} />
        )
      ) : (
        <ul className="records">
          {items.map((item) => {
            const id = props.idOf(item);
            const name = props.nameOf(item);
            return (
              <li key={id} className="card record" data-testid="record">
                {editing === id ? (
                  props.form(item, () => setEditing(null))
                ) : (
                  <>
                    <div className="record-summary">{props.summary(item)}</div>
                    {canEdit ? (
                      confirming === id ? (
                        <div className="confirm" role="group" aria-label={t("records.deleteFor", { name })}>
                          <span>{t("records.confirmDelete", { name })}</span>
                          <button
                            type="button"
                            className="button small"
                            disabled={deleting}
                            onClick={() => void remove(item)}
                          >
                            {t("records.yesDelete")}
                          </button>
                          <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                            {t("app.no")}
                          </button>
                        </div>
                      ) : (
                        <div className="actions">
                          <button
                            type="button"
                            className="button secondary small"
                            aria-label={t("records.editFor", { name })}
                            onClick={() => setEditing(id)}
                          >
                            {t("records.edit")}
                          </button>
                          <button
                            type="button"
                            className="button ghost small"
                            aria-label={t("records.deleteFor", { name })}
                            onClick={() => setConfirming(id)}
                          >
                            {t("records.delete")}
                          </button>
                        </div>
                      )
                    ) : null}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
