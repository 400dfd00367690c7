// The organization's vendors: category, city, price range in COP (whole
// pesos) and contact; the vendor agent recommends from this list.
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { VENDOR_CATEGORIES } from "../../../shared/fields.ts";
import { can, useAuth } from "../auth.tsx";
import { RecordList } from "../components/RecordList.tsx";
import { written } from "../errors.ts";
import { formatCop } from "../format.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateVendorDocument,
  DeleteVendorDocument,
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
  const reload = () => void refetch();
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
            <h3>{vendor.name}</h3>
            <p className="muted">
              {[t(`vendors.categories.${vendor.category}`), vendor.city, priceRange(vendor)]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {vendor.contactName || vendor.contactEmail || vendor.contactPhone ? (
              <p className="record-notes">
                {[vendor.contactName, vendor.contactEmail, vendor.contactPhone].filter(Boolean).join(" · ")}
              </p>
            ) : null}
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
