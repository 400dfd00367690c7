// The line-up and its looks: designers' blocks in show order (drag and drop,
// or the keyboard), each designer's looks with number, name, the minutes a
// model needs to change into it, garment notes and the model (a confirmed
// casting of this event), reordered the same way. Producers, admins and
// owners edit; everyone else reads. A look's photo is uploaded in its form
// (ImageUpload) and saved with the look (photoFileId); replacing or removing
// it deletes the old image after commit.
import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, useAuth } from "../auth.tsx";
import { ImageUpload } from "../components/ImageUpload.tsx";
import { SignedImage } from "../components/SignedImage.tsx";
import { SortableList } from "../components/Sortable.tsx";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, refusalOf, written } from "../errors.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  AddToLineUpDocument,
  CreateDesignerDocument,
  CreateLookDocument,
  DeleteLookDocument,
  type DesignerInput,
  LineUpDocument,
  type LineUpQuery,
  type LookInput,
  type LookPatch,
  OrganizationDesignersDocument,
  RemoveFromLineUpDocument,
  RenumberLooksDocument,
  ReorderLineUpDocument,
  ReorderLooksDocument,
  UpdateLookDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type LineUpEvent = NonNullable<LineUpQuery["event"]>;
type Entry = NonNullable<LineUpEvent["eventDesigners"]["nodes"][number]>;
type Look = NonNullable<LineUpEvent["looks"]["nodes"][number]>;
type Model = { rowId: string; name: string };

const present = <T,>(items: readonly (T | null)[]): T[] => items.flatMap((item) => (item ? [item] : []));
const NEW = "__new__";

/** Add a designer to the end of the line-up: one of the organization's, or a new one. */
function AddDesigner({
  eventId,
  organizationId,
  inLineUp,
  onAdded,
  onClose,
}: {
  eventId: string;
  organizationId: string;
  /** Designer ids already in the line-up (not offered again). */
  inLineUp: Set<string>;
  onAdded: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const designers = useQuery(OrganizationDesignersDocument, {
    variables: { organizationId },
    fetchPolicy: "network-only",
  });
  const available = present(designers.data?.designers?.nodes ?? []).filter((d) => !inLineUp.has(d.rowId));
  const entry = useRuleForm("lineUpEntry", { designerId: "", collectionName: "" });
  const designer = useRuleForm("designer", { name: "", brand: "", city: "" });
  const [createDesigner] = useMutation(CreateDesignerDocument);
  const [add] = useMutation(AddToLineUpDocument);
  // With no designer to pick yet, a new one is the only choice.
  const none = Boolean(designers.data) && available.length === 0;
  useEffect(() => {
    if (none && entry.values.designerId === "") entry.set("designerId", NEW);
  }, [none, entry]);
  const creating = entry.values.designerId === NEW;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    let designerId = String(entry.values.designerId);
    let name = available.find((d) => d.rowId === designerId)?.name ?? "";
    if (creating) {
      const created = await designer.submit(null, async (values) => {
        const { data } = await createDesigner({
          variables: { designer: { ...values, organizationId } as unknown as DesignerInput },
        });
        const made = written(data?.createDesigner?.designer);
        designerId = made.rowId;
        name = made.name;
      });
      if (!created) return;
    }
    const added = await entry.submit(
      null,
      async (values) => {
        written(
          (
            await add({
              variables: { eventId, designerId, collectionName: (values.collectionName as string | null) ?? null },
            })
          ).data?.addToLineUp?.result,
        );
      },
      { only: creating ? ["collectionName"] : undefined },
    );
    if (added) {
      toast("success", t("lineUp.added", { name }));
      onAdded();
    } else if (creating) {
      // The designer exists now: pick it from the list instead of creating it twice.
      await designers.refetch();
      entry.set("designerId", designerId);
    }
  }

  return (
    <form className="card inset" noValidate onSubmit={(event) => void save(event)} aria-labelledby="add-designer-title">
      <h3 id="add-designer-title">{t("lineUp.addTitle")}</h3>
      <Field
        form={entry}
        name="designerId"
        label={t("lineUp.designer")}
        type="select"
        emptyLabel={t("lineUp.chooseDesigner")}
        options={[
          ...[...available]
            .sort((a, b) => a.name.localeCompare(b.name, "es"))
            .map((d) => ({ value: d.rowId, label: d.city ? `${d.name} · ${d.city}` : d.name })),
          { value: NEW, label: t("lineUp.newDesigner") },
        ]}
      />
      {creating ? (
        <fieldset className="nested">
          <legend>{t("lineUp.newDesignerLegend")}</legend>
          <Field form={designer} name="name" label={t("lineUp.designerName")} />
          <div className="field-row">
            <Field form={designer} name="brand" label={t("lineUp.brand")} />
            <Field form={designer} name="city" label={t("lineUp.city")} />
          </div>
          {designer.formError ? (
            <p className="error-state form-error" role="alert">
              {designer.formError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <Field form={entry} name="collectionName" label={t("lineUp.collection")} />
      <FormActions
        form={{ ...entry, busy: entry.busy || designer.busy }}
        submitLabel={t("lineUp.add")}
        busyLabel={t("app.saving")}
        onCancel={onClose}
        cancelLabel={t("app.cancel")}
      />
    </form>
  );
}

/** Add or edit one look of a designer. */
function LookForm({
  eventId,
  designerId,
  look,
  nextNumber,
  models,
  onSaved,
  onClose,
}: {
  eventId: string;
  designerId: string;
  look: Look | null;
  nextNumber: number;
  models: Model[];
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  // The photo: undefined = unchanged, null = removed, an id = a new upload (sent with the look).
  const [photo, setPhoto] = useState<{ fileId: string | null; url: string | null } | undefined>(undefined);
  const form = useRuleForm(
    "look",
    look
      ? rawOf({
          sequence: look.sequence,
          title: look.title,
          changeMinutes: look.changeMinutes,
          notes: look.notes,
          talentId: look.talentId,
        })
      : { sequence: String(nextNumber), title: "", changeMinutes: "5", notes: "", talentId: "" },
  );
  const [create] = useMutation(CreateLookDocument);
  const [update] = useMutation(UpdateLookDocument);
  return (
    <form
      className="card inset look-form"
      noValidate
      aria-label={look ? t("looks.editTitle", { number: look.sequence }) : t("looks.addTitle")}
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          const photoPatch = photo === undefined ? {} : { photoFileId: photo.fileId };
          if (look) {
            const patch = { ...values, ...photoPatch } as LookPatch;
            written((await update({ variables: { rowId: look.rowId, patch } })).data?.updateLook?.look);
            toast("success", t("looks.saved", { number: values.sequence }));
          } else {
            const input = { ...values, ...photoPatch, eventId, designerId } as unknown as LookInput;
            written((await create({ variables: { look: input } })).data?.createLook?.look);
            toast("success", t("looks.added", { number: values.sequence }));
          }
          onSaved();
        })
      }
    >
      <div className="field-row">
        <Field form={form} name="sequence" label={t("looks.number")} type="number" />
        <Field
          form={form}
          name="changeMinutes"
          label={t("looks.changeMinutes")}
          type="number"
          hint={t("looks.changeHint")}
        />
      </div>
      <Field form={form} name="title" label={t("looks.title")} />
      <Field form={form} name="notes" label={t("looks.notes")} type="textarea" />
      <Field
        form={form}
        name="talentId"
        label={t("looks.model")}
        type="select"
        emptyLabel={models.length ? t("looks.noModel") : t("looks.noConfirmed")}
        options={models.map((m) => ({ value: m.rowId, label: m.name }))}
        hint={t("looks.modelHint")}
      />
      <ImageUpload
        purpose="look_photo"
        organizationId={current?.organization.rowId ?? ""}
        label={t("looks.photo")}
        currentUrl={photo === undefined ? (look?.photo?.thumbnailUrl ?? null) : photo.url}
        doneLabel={t("looks.photoReady")}
        testId="look-photo-upload"
        disabled={form.busy}
        onUploaded={(file) => setPhoto({ fileId: file.rowId, url: file.thumbnailUrl })}
        onRemove={() => setPhoto({ fileId: null, url: null })}
      />
      <FormActions
        form={form}
        submitLabel={look ? t("looks.save") : t("looks.add")}
        busyLabel={t("app.saving")}
        onCancel={onClose}
        cancelLabel={t("app.cancel")}
      />
    </form>
  );
}

function DesignerBlock({
  event,
  entry,
  looks,
  models,
  nextNumber,
  editable,
  handle,
  onChanged,
}: {
  event: LineUpEvent;
  entry: Entry;
  looks: Look[];
  models: Model[];
  nextNumber: number;
  editable: boolean;
  handle: React.ReactNode;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [order, setOrder] = useState<string[] | null>(null);
  const [remove, { loading: removing }] = useMutation(RemoveFromLineUpDocument);
  const [deleteLook] = useMutation(DeleteLookDocument);
  const [reorder] = useMutation(ReorderLooksDocument);
  const designerId = entry.designer?.rowId ?? "";
  const name = entry.designer?.name ?? "";
  const shown = order ? order.flatMap((id) => looks.filter((l) => l.rowId === id)) : looks;
  const modelName = (look: Look) => models.find((m) => m.rowId === look.talentId)?.name ?? null;

  async function removeEntry() {
    try {
      written((await remove({ variables: { rowId: entry.rowId } })).data?.deleteEventDesigner?.eventDesigner);
      toast("success", t("lineUp.removed", { name }));
      onChanged();
    } catch (error) {
      const refusal = refusalOf(error);
      toast(
        "error",
        refusal.reason === "HAS_LOOKS" ? t("lineUp.hasLooks", { name, count: refusal.count ?? 1 }) : t(errorKey(error)),
      );
    } finally {
      setConfirming(false);
    }
  }

  async function reorderLooks(ids: string[]) {
    setOrder(ids);
    try {
      await reorder({ variables: { eventId: event.rowId, designerId, lookIds: ids } });
      toast("success", t("looks.reordered", { name }));
    } catch (error) {
      toast("error", t(errorKey(error)));
    } finally {
      onChanged();
      setOrder(null);
    }
  }

  return (
    <article className="card block" aria-labelledby={`block-${entry.rowId}`} data-testid="line-up-block">
      <header className="block-head">
        {handle}
        <div className="block-title">
          <h3 id={`block-${entry.rowId}`}>
            <span className="block-number">{t("lineUp.block", { number: entry.showOrder })}</span> {name}
          </h3>
          <span className="muted">
            {[entry.collectionName, entry.designer?.city, t("lineUp.lookCount", { count: looks.length })]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </div>
        {editable && !confirming ? (
          <button
            type="button"
            className="button ghost small"
            onClick={() => setConfirming(true)}
            aria-label={t("lineUp.removeFor", { name })}
          >
            {t("lineUp.remove")}
          </button>
        ) : null}
      </header>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t("lineUp.removeFor", { name })}>
          <span>{t("lineUp.confirmRemove", { name })}</span>
          <button type="button" className="button small" disabled={removing} onClick={() => void removeEntry()}>
            {t("app.yes")}
          </button>
          <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
            {t("app.no")}
          </button>
        </div>
      ) : null}
      {shown.length ? (
        <SortableList
          items={shown}
          idOf={(look) => look.rowId}
          nameOf={(look) => t("looks.name", { number: look.sequence, title: look.title })}
          onReorder={(ids) => void reorderLooks(ids)}
          disabled={!editable}
          label={t("looks.listOf", { name })}
          testId="looks"
          render={(look, lookHandle) =>
            editing === look.rowId ? (
              <LookForm
                eventId={event.rowId}
                designerId={designerId}
                look={look}
                nextNumber={nextNumber}
                models={models}
                onClose={() => setEditing(null)}
                onSaved={() => {
                  setEditing(null);
                  onChanged();
                }}
              />
            ) : (
              <div className={look.photo ? "look-row with-photo" : "look-row"} data-testid="look">
                {lookHandle}
                <span className="look-number" aria-hidden="true">
                  {look.sequence}
                </span>
                {look.photo ? (
                  <SignedImage
                    className="look-photo"
                    src={look.photo.thumbnailUrl}
                    alt={t("looks.photoOf", { number: look.sequence })}
                    loading="lazy"
                  />
                ) : null}
                <div className="look-main">
                  <strong>
                    <span className="visually-hidden">{t("looks.numberLabel", { number: look.sequence })} </span>
                    {look.title}
                  </strong>
                  <span className="muted">
                    {[
                      modelName(look) ?? t("looks.noModelShort"),
                      t("event.lookChange", { minutes: look.changeMinutes }),
                    ].join(" · ")}
                  </span>
                  {look.notes ? <span className="look-notes">{look.notes}</span> : null}
                </div>
                {editable ? (
                  <span className="look-actions">
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t("looks.editFor", { number: look.sequence })}
                      onClick={() => setEditing(look.rowId)}
                    >
                      {t("looks.edit")}
                    </button>
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t("looks.deleteFor", { number: look.sequence })}
                      onClick={() =>
                        void deleteLook({ variables: { rowId: look.rowId } })
                          .then(() => {
                            toast("success", t("looks.deleted", { number: look.sequence }));
                            onChanged();
                          })
                          .catch((error: unknown) => toast("error", t(errorKey(error))))
                      }
                    >
                      {t("looks.delete")}
                    </button>
                  </span>
                ) : null}
              </div>
            )
          }
        />
      ) : (
        <p className="muted">{t("looks.none")}</p>
      )}
      {editable ? (
        adding ? (
          <LookForm
            eventId={event.rowId}
            designerId={designerId}
            look={null}
            nextNumber={nextNumber}
            models={models}
            onClose={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              onChanged();
            }}
          />
        ) : (
          <button type="button" className="button secondary small" onClick={() => setAdding(true)}>
            + {t("looks.addFor", { name })}
          </button>
        )
      ) : null}
    </article>
  );
}

export function LineUpSection({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId ?? "";
  const editable = can(current?.role, "event_designers", "update");
  const { data, loading, error, refetch } = useQuery(LineUpDocument, { variables: { eventId } });
  const [adding, setAdding] = useState(false);
  const [order, setOrder] = useState<string[] | null>(null);
  const [reorder] = useMutation(ReorderLineUpDocument);
  const [renumber, { loading: renumbering }] = useMutation(RenumberLooksDocument);
  const changed = () => {
    void refetch();
    onChanged();
  };

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  const event = data?.event;
  if (!event) return <EmptyState title={t("event.notFound")} />;
  const entries = present(event.eventDesigners.nodes);
  const shown = order ? order.flatMap((id) => entries.filter((e) => e.rowId === id)) : entries;
  const looks = present(event.looks.nodes);
  const inLineUp = new Set(entries.flatMap((e) => (e.designer ? [e.designer.rowId] : [])));
  const nextNumber = Math.max(0, ...looks.map((l) => l.sequence)) + 1;
  const models: Model[] = present(event.confirmedCastings.nodes)
    .flatMap((c) => (c.talent ? [{ rowId: c.talent.rowId, name: c.talent.stageName || c.talent.fullName }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));

  async function reorderBlocks(ids: string[]) {
    setOrder(ids);
    try {
      await reorder({ variables: { eventId, entryIds: ids } });
      toast("success", t("lineUp.reordered"));
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    } finally {
      changed();
      setOrder(null);
    }
  }

  return (
    <section aria-labelledby="line-up-title" data-testid="line-up">
      <div className="section-title">
        <h2 id="line-up-title">{t("lineUp.title")}</h2>
        {editable && looks.length > 1 ? (
          <button
            type="button"
            className="button ghost small"
            disabled={renumbering}
            onClick={() =>
              void renumber({ variables: { eventId } })
                .then(() => {
                  toast("success", t("looks.renumbered"));
                  changed();
                })
                .catch((caught: unknown) => toast("error", t(errorKey(caught))))
            }
          >
            {t("looks.renumber")}
          </button>
        ) : null}
      </div>
      <p className="muted">{editable ? t("lineUp.explain") : t("lineUp.readOnly")}</p>
      {entries.length === 0 ? (
        <EmptyState title={t("event.noDesigners")} body={editable ? t("lineUp.emptyBody") : undefined} />
      ) : (
        <SortableList
          items={shown}
          idOf={(entry) => entry.rowId}
          nameOf={(entry) => entry.designer?.name ?? ""}
          onReorder={(ids) => void reorderBlocks(ids)}
          disabled={!editable}
          label={t("lineUp.title")}
          testId="line-up-blocks"
          render={(entry, handle) => (
            <DesignerBlock
              event={event}
              entry={entry}
              looks={looks.filter((l) => l.designerId === entry.designer?.rowId)}
              models={models}
              nextNumber={nextNumber}
              editable={editable}
              handle={handle}
              onChanged={changed}
            />
          )}
        />
      )}
      {editable ? (
        adding ? (
          <AddDesigner
            eventId={eventId}
            organizationId={organizationId}
            inLineUp={inLineUp}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              changed();
            }}
          />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setAdding(true)} data-testid="add-designer">
              + {t("lineUp.addDesigner")}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}
