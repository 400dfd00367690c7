// The organization's vendors: category, city, price range in COP (whole
// pesos) and contact; the vendor agent recommends from this list.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { VENDOR_CATEGORIES } from "../../../shared/fields.ts";
import { can, useAuth } from "../auth.tsx";
import { RecordList } from "../components/RecordList.tsx";
import { errorKey, written } from "../errors.ts";
import { formatCop, formatDate } from "../format.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateVendorDocument,
  DeleteVendorAvailabilityDocument,
  DeleteVendorDocument,
  MarkVendorUnavailableDocument,
  UpcomingVendorAvailabilityDocument,
  type UpcomingVendorAvailabilityQuery,
  UpdateVendorDocument,
  type VendorInput,
  type VendorPatch,
  VendorsDocument,
  type VendorsQuery,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Vendor = NonNullable<NonNullable<VendorsQuery["vendors"]>["nodes"][number]>;

function VendorForm({
  vendor,
  organizationId,
  close,
  onSaved,
}: {
  vendor: Vendor | null;
  organizationId: string;
  close: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useRuleForm(
    "vendor",
    rawOf({
      name: vendor?.name,
      category: vendor?.category ?? "",
      city: vendor?.city,
      priceMinCop: vendor?.priceMinCop,
      priceMaxCop: vendor?.priceMaxCop,
      contactName: vendor?.contactName,
      contactEmail: vendor?.contactEmail,
      contactPhone: vendor?.contactPhone,
      website: vendor?.website,
      notes: vendor?.notes,
    }),
  );
  const [create] = useMutation(CreateVendorDocument);
  const [update] = useMutation(UpdateVendorDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label={vendor ? t("records.editFor", { name: vendor.name }) : t("vendors.add")}
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          if (vendor) {
            written(
              (await update({ variables: { rowId: vendor.rowId, patch: values as VendorPatch } })).data?.updateVendor
                ?.vendor,
            );
          } else {
            const input = { ...values, organizationId } as unknown as VendorInput;
            written((await create({ variables: { vendor: input } })).data?.createVendor?.vendor);
          }
          toast("success", t("records.saved", { name: String(values.name) }));
          onSaved();
          close();
        })
      }
    >
      <Field form={form} name="name" label={t("vendors.name")} autoComplete="organization" />
      <div className="field-row">
        <Field
          form={form}
          name="category"
          label={t("vendors.categoryLabel")}
          type="select"
          options={VENDOR_CATEGORIES.map((c) => ({ value: c, label: t(`vendors.categories.${c}`) }))}
        />
        <Field form={form} name="city" label={t("vendors.city")} />
      </div>
      <div className="field-row">
        <Field form={form} name="priceMinCop" label={t("vendors.priceMin")} type="money" />
        <Field form={form} name="priceMaxCop" label={t("vendors.priceMax")} type="money" />
      </div>
      <Field form={form} name="contactName" label={t("vendors.contactName")} />
      <div className="field-row">
        <Field form={form} name="contactEmail" label={t("vendors.contactEmail")} type="email" />
        <Field form={form} name="contactPhone" label={t("vendors.contactPhone")} type="tel" />
      </div>
      <Field form={form} name="website" label={t("vendors.website")} type="url" />
      <Field form={form} name="notes" label={t("vendors.notes")} type="textarea" />
      <FormActions
        form={form}
        submitLabel={t("records.save")}
        busyLabel={t("app.saving")}
        onCancel={close}
        cancelLabel={t("app.cancel")}
      />
    </form>
  );
}

/** A calendar day (YYYY-MM-DD) as people read it; it is a day, not an instant, so no time zone moves it. */
const day = (iso: string | null | undefined) => (iso ? formatDate(iso, "UTC") : "");

/**
 * The days a vendor cannot take an event: the ones a producer marked, and the events it is booked for. The
 * Vendor Coordination agent's shortlist leaves it out of events on those days.
 */
type Period = NonNullable<NonNullable<UpcomingVendorAvailabilityQuery["upcomingVendorAvailability"]>["nodes"][number]>;

function VendorDays({
  vendor,
  periods,
  canEdit,
  onChanged,
}: {
  vendor: Vendor;
  periods: Period[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [firstDay, setFirstDay] = useState("");
  const [lastDay, setLastDay] = useState("");
  const [notes, setNotes] = useState("");
  const [mark, { loading: marking }] = useMutation(MarkVendorUnavailableDocument);
  const [remove, { loading: removing }] = useMutation(DeleteVendorAvailabilityDocument);

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      written(
        (
          await mark({
            variables: {
              vendorId: vendor.rowId,
              firstDay,
              lastDay: lastDay || firstDay,
              notes: notes.trim() === "" ? null : notes.trim(),
            },
          })
        ).data?.markVendorUnavailable?.result,
      );
      toast("success", t("vendors.unavailable.saved"));
      setOpen(false);
      setFirstDay("");
      setLastDay("");
      setNotes("");
      onChanged();
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  async function drop(rowId: string) {
    try {
      written((await remove({ variables: { rowId } })).data?.deleteVendorAvailability?.vendorAvailability);
      toast("success", t("vendors.unavailable.removed"));
      onChanged();
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    }
  }

  return (
    <div className="vendor-days" data-testid="vendor-days">
      {periods.length > 0 ? (
        <>
          <p className="muted" style={{ marginBottom: 4 }}>
            <strong>{t("vendors.unavailable.title")}</strong>
          </p>
          <ul className="list">
            {periods.map((p) => {
              const range = t("vendors.unavailable.range", { from: day(p.firstDay), to: day(p.lastDay) });
              return (
                <li key={p.rowId} data-testid="vendor-period" data-kind={p.kind}>
                  <span>
                    {range}
                    {p.kind === "booked" && p.event
                      ? ` · ${t("vendors.unavailable.booked", { event: p.event.title })}`
                      : ""}
                    {p.notes ? ` · ${p.notes}` : ""}
                  </span>
                  {canEdit && p.kind === "unavailable" ? (
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t("vendors.unavailable.removeFor", { range })}
                      disabled={removing}
                      onClick={() => void drop(p.rowId)}
                    >
                      {t("vendors.unavailable.remove")}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {canEdit && !open ? (
        <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
          {t("vendors.unavailable.mark")}
        </button>
      ) : null}
      {canEdit && open ? (
        <form
          className="record-form"
          onSubmit={(e) => void save(e)}
          aria-label={t("vendors.unavailable.mark")}
          data-testid="vendor-unavailable-form"
        >
          <div className="field-row">
            <label>
              {t("vendors.unavailable.firstDay")}
              <input type="date" required value={firstDay} onChange={(e) => setFirstDay(e.target.value)} />
            </label>
            <label>
              {t("vendors.unavailable.lastDay")}
              <input type="date" value={lastDay} onChange={(e) => setLastDay(e.target.value)} />
            </label>
          </div>
          <label>
            {t("vendors.unavailable.notes")}
            <input value={notes} maxLength={1000} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button small" disabled={marking}>
              {t("vendors.unavailable.save")}
            </button>
            <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
              {t("app.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function priceRange(vendor: Vendor): string | null {
  if (vendor.priceMinCop && vendor.priceMaxCop)
    return `${formatCop(vendor.priceMinCop)} – ${formatCop(vendor.priceMaxCop)}`;
  if (vendor.priceMinCop) return `≥ ${formatCop(vendor.priceMinCop)}`;
  if (vendor.priceMaxCop) return `≤ ${formatCop(vendor.priceMaxCop)}`;
  return null;
}

export function VendorsPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId ?? "";
  const { data, loading, error, refetch } = useQuery(VendorsDocument, {
    variables: { organizationId },
    skip: !organizationId,
  });
  const [remove] = useMutation(DeleteVendorDocument);
  const vendors = (data?.vendors?.nodes ?? [])
    .flatMap((v) => (v ? [v] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
  const days = useQuery(UpcomingVendorAvailabilityDocument, { variables: { organizationId }, skip: !organizationId });
  const periods = (days.data?.upcomingVendorAvailability?.nodes ?? []).flatMap((p) => (p ? [p] : []));
  const reload = () => {
    void refetch();
    void days.refetch();
  };
  // A link to one vendor (#vendor-<id>, from a WhatsApp message in Mensajes) scrolls to it once the list is loaded.
  const { hash } = useLocation();
  const loaded = vendors.length > 0;
  useEffect(() => {
    if (!loaded || !hash.startsWith("#vendor-")) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: "start" });
  }, [hash, loaded]);
  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <h1>{t("vendors.title")}</h1>
      <p className="lede">{t("vendors.subtitle")}</p>
      <RecordList
        title={t("vendors.listTitle")}
        testId="vendors"
        items={vendors}
        loading={loading}
        error={error}
        onRetry={reload}
        idOf={(vendor) => vendor.rowId}
        nameOf={(vendor) => vendor.name}
        canEdit={can(current?.role, "vendors", "update")}
        addLabel={t("vendors.add")}
        emptyTitle={t("vendors.empty")}
        emptyBody={t("vendors.emptyBody")}
        summary={(vendor) => (
          <>
            <h3 id={`vendor-${vendor.rowId}`} tabIndex={-1}>
              {vendor.name}
            </h3>
            <p className="muted">
              {[
                t(`vendors.categories.${vendor.category}`),
                vendor.city,
                priceRange(vendor),
                vendor.pastRating ? t("vendors.unavailable.pastRating", { rating: vendor.pastRating }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {vendor.contactName || vendor.contactEmail || vendor.contactPhone ? (
              <p className="record-notes">
                {[vendor.contactName, vendor.contactEmail, vendor.contactPhone].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            <VendorDays
              vendor={vendor}
              periods={periods.filter((p) => p.vendorId === vendor.rowId)}
              canEdit={can(current?.role, "vendors", "update")}
              onChanged={reload}
            />
          </>
        )}
        form={(vendor, close) => (
          <VendorForm vendor={vendor} organizationId={organizationId} close={close} onSaved={reload} />
        )}
        onDelete={async (vendor) => {
          written((await remove({ variables: { rowId: vendor.rowId } })).data?.deleteVendor?.vendor);
          reload();
        }}
      />
    </>
  );
}
