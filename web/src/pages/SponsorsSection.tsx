// An event's sponsors: tier, amount in COP (whole pesos), where the deal
// stands, and who to talk to.
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { SPONSOR_STATUSES, SPONSOR_TIERS } from "../../../shared/fields.ts";
import { can, useAuth } from "../auth.tsx";
import { RecordList } from "../components/RecordList.tsx";
import { Chip } from "../components/States.tsx";
import { written } from "../errors.ts";
import { formatCop } from "../format.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateSponsorDocument,
  DeleteSponsorDocument,
  type SponsorInput,
  type SponsorPatch,
  SponsorsDocument,
  type SponsorsQuery,
  UpdateSponsorDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Sponsor = NonNullable<NonNullable<SponsorsQuery["event"]>["sponsors"]["nodes"][number]>;

function SponsorForm({
  sponsor,
  eventId,
  close,
  onSaved,
}: {
  sponsor: Sponsor | null;
  eventId: string;
  close: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useRuleForm(
    "sponsor",
    rawOf({
      name: sponsor?.name,
      tier: sponsor?.tier ?? "partner",
      amountCop: sponsor?.amountCop ?? "",
      status: sponsor?.status ?? "prospect",
      contactName: sponsor?.contactName,
      contactEmail: sponsor?.contactEmail,
    }),
  );
  const [create] = useMutation(CreateSponsorDocument);
  const [update] = useMutation(UpdateSponsorDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label={sponsor ? t("records.editFor", { name: sponsor.name }) : t("sponsors.add")}
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          if (sponsor) {
            written(
              (await update({ variables: { rowId: sponsor.rowId, patch: values as SponsorPatch } })).data?.updateSponsor
                ?.sponsor,
            );
          } else {
            const input = { ...values, eventId } as unknown as SponsorInput;
            written((await create({ variables: { sponsor: input } })).data?.createSponsor?.sponsor);
          }
          toast("success", t("records.saved", { name: String(values.name) }));
          onSaved();
          close();
        })
      }
    >
      <Field form={form} name="name" label={t("sponsors.name")} autoComplete="organization" />
      <div className="field-row">
        <Field
          form={form}
          name="tier"
          label={t("sponsors.tier")}
          type="select"
          options={SPONSOR_TIERS.map((tier) => ({ value: tier, label: t(`sponsors.tiers.${tier}`) }))}
        />
        <Field
          form={form}
          name="status"
          label={t("sponsors.status")}
          type="select"
          options={SPONSOR_STATUSES.map((status) => ({ value: status, label: t(`event.sponsorStatus.${status}`) }))}
        />
      </div>
      <Field form={form} name="amountCop" label={t("sponsors.amount")} type="money" hint={t("sponsors.amountHint")} />
      <div className="field-row">
        <Field form={form} name="contactName" label={t("sponsors.contactName")} />
        <Field form={form} name="contactEmail" label={t("sponsors.contactEmail")} type="email" />
      </div>
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

export function SponsorsSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { current } = useAuth();
  const { data, loading, error, refetch } = useQuery(SponsorsDocument, { variables: { eventId } });
  const [remove] = useMutation(DeleteSponsorDocument);
  const sponsors = (data?.event?.sponsors.nodes ?? [])
    .flatMap((s) => (s ? [s] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
  const reload = () => void refetch();
  return (
    <RecordList
      title={t("sponsors.title")}
      testId="sponsors"
      items={sponsors}
      loading={loading}
      error={error}
      onRetry={reload}
      idOf={(sponsor) => sponsor.rowId}
      nameOf={(sponsor) => sponsor.name}
      canEdit={can(current?.role, "sponsors", "update")}
      addLabel={t("sponsors.add")}
      emptyTitle={t("event.noSponsors")}
      emptyBody={t("sponsors.emptyBody")}
      summary={(sponsor) => (
        <>
          <h3>
            {sponsor.name} <Chip tone={sponsor.status}>{t(`event.sponsorStatus.${sponsor.status}`)}</Chip>
          </h3>
          <p className="muted">
            {t(`sponsors.tiers.${sponsor.tier}`)} · {formatCop(sponsor.amountCop)}
          </p>
          {sponsor.contactName || sponsor.contactEmail ? (
            <p className="record-notes">{[sponsor.contactName, sponsor.contactEmail].filter(Boolean).join(" · ")}</p>
          ) : null}
        </>
      )}
      form={(sponsor, close) => <SponsorForm sponsor={sponsor} eventId={eventId} close={close} onSaved={reload} />}
      onDelete={async (sponsor) => {
        written((await remove({ variables: { rowId: sponsor.rowId } })).data?.deleteSponsor?.sponsor);
        reload();
      }}
    />
  );
}
