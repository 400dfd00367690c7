// The organization's venues: name, address, city, capacity and how the space
// is laid out for a show. Events pick from them (or create one in place).
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { can, useAuth } from "../auth.tsx";
import { RecordList } from "../components/RecordList.tsx";
import { written } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateVenueDocument,
  DeleteVenueDocument,
  UpdateVenueDocument,
  type VenueInput,
  type VenuePatch,
  VenuesDocument,
  type VenuesQuery,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Venue = NonNullable<NonNullable<VenuesQuery["venues"]>["nodes"][number]>;

function VenueForm({
  venue,
  organizationId,
  close,
  onSaved,
}: {
  venue: Venue | null;
  organizationId: string;
  close: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useRuleForm(
    "venue",
    rawOf({
      name: venue?.name,
      address: venue?.address,
      city: venue?.city,
      capacity: venue?.capacity,
      layoutNotes: venue?.layoutNotes,
    }),
  );
  const [create] = useMutation(CreateVenueDocument);
  const [update] = useMutation(UpdateVenueDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label={venue ? t("records.editFor", { name: venue.name }) : t("venues.add")}
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          if (venue) {
            written(
              (await update({ variables: { rowId: venue.rowId, patch: values as VenuePatch } })).data?.updateVenue
                ?.venue,
            );
          } else {
            const input = { ...values, organizationId } as unknown as VenueInput;
            written((await create({ variables: { venue: input } })).data?.createVenue?.venue);
          }
          toast("success", t("records.saved", { name: String(values.name) }));
          onSaved();
          close();
        })
      }
    >
      <Field form={form} name="name" label={t("venues.name")} />
      <div className="field-row">
        <Field form={form} name="city" label={t("venues.city")} autoComplete="address-level2" />
        <Field form={form} name="capacity" label={t("venues.capacity")} type="number" />
      </div>
      <Field form={form} name="address" label={t("venues.address")} autoComplete="street-address" />
      <Field
        form={form}
        name="layoutNotes"
        label={t("venues.layoutNotes")}
        type="textarea"
        hint={t("venues.layoutHint")}
      />
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

export function VenuesPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId ?? "";
  const { data, loading, error, refetch } = useQuery(VenuesDocument, {
    variables: { organizationId },
    skip: !organizationId,
  });
  const [remove] = useMutation(DeleteVenueDocument);
  const venues = (data?.venues?.nodes ?? [])
    .flatMap((v) => (v ? [v] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
  const reload = () => void refetch();
  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <h1>{t("venues.title")}</h1>
      <p className="lede">{t("venues.subtitle")}</p>
      <RecordList
        title={t("venues.listTitle")}
        testId="venues"
        items={venues}
        loading={loading}
        error={error}
        onRetry={reload}
        idOf={(venue) => venue.rowId}
        nameOf={(venue) => venue.name}
        canEdit={can(current?.role, "venues", "update")}
        addLabel={t("venues.add")}
        emptyTitle={t("venues.empty")}
        emptyBody={t("venues.emptyBody")}
        summary={(venue) => (
          <>
            <h3>{venue.name}</h3>
            <p className="muted">
              {[
                venue.address,
                venue.city,
                venue.capacity ? t("venues.capacityValue", { capacity: formatNumber(venue.capacity) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {venue.layoutNotes ? <p className="record-notes">{venue.layoutNotes}</p> : null}
          </>
        )}
        form={(venue, close) => (
          <VenueForm venue={venue} organizationId={organizationId} close={close} onSaved={reload} />
        )}
        onDelete={async (venue) => {
          written((await remove({ variables: { rowId: venue.rowId } })).data?.deleteVenue?.venue);
          reload();
        }}
      />
    </>
  );
}
