// An event's ticket tiers: price in COP (whole pesos), how many, and when
// they are on sale (on the event's wall clock). The tiers together never
// offer more than the event's capacity, and a tier never drops below what it
// sold: the database refuses both and the form says so by the quantity.
// Each tier shows the box office's figures (paid, reserved, available): this
// is the one list of tiers; reservations, payments and check-in below it are
// the box office's (BoxOfficeSection).
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { DEFAULT_TIME_ZONE, utcToZonedLocal } from "../../../shared/fields.ts";
import { can, useAuth } from "../auth.tsx";
import { RecordList } from "../components/RecordList.tsx";
import { safeTimeZone } from "../dates.ts";
import { refusalOf, written } from "../errors.ts";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import { Field, FormActions, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateTicketTierDocument,
  DeleteTicketTierDocument,
  type TicketTierInput,
  type TicketTierPatch,
  TicketTiersDocument,
  type TicketTiersQuery,
  UpdateTicketTierDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Tier = NonNullable<NonNullable<TicketTiersQuery["event"]>["ticketTiers"]["nodes"][number]>;

function TierForm({
  tier,
  eventId,
  zone,
  close,
  onSaved,
}: {
  tier: Tier | null;
  eventId: string;
  zone: string;
  close: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useRuleForm(
    "ticketTier",
    rawOf({
      name: tier?.name,
      description: tier?.description,
      priceCop: tier?.priceCop,
      quantity: tier?.quantity,
      maxPerOrder: tier?.maxPerOrder ?? 10,
      salesStartAt: utcToZonedLocal(tier?.salesStartAt, zone),
      salesEndAt: utcToZonedLocal(tier?.salesEndAt, zone),
    }),
    { zone },
  );
  const [create] = useMutation(CreateTicketTierDocument);
  const [update] = useMutation(UpdateTicketTierDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label={tier ? t("records.editFor", { name: tier.name }) : t("tiers.add")}
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          if (tier) {
            written(
              (await update({ variables: { rowId: tier.rowId, patch: values as TicketTierPatch } })).data
                ?.updateTicketTier?.ticketTier,
            );
          } else {
            const input = { ...values, eventId } as unknown as TicketTierInput;
            written((await create({ variables: { tier: input } })).data?.createTicketTier?.ticketTier);
          }
          toast("success", t("records.saved", { name: String(values.name) }));
          onSaved();
          close();
        })
      }
    >
      <Field form={form} name="name" label={t("tiers.name")} hint={t("tiers.nameHint")} />
      <div className="field-row">
        <Field form={form} name="priceCop" label={t("tiers.price")} type="money" hint={t("tiers.priceHint")} />
        <Field form={form} name="quantity" label={t("tiers.quantity")} type="number" />
        <Field
          form={form}
          name="maxPerOrder"
          label={t("tiers.maxPerOrder")}
          type="number"
          hint={t("tiers.maxPerOrderHint")}
        />
      </div>
      <Field form={form} name="description" label={t("tiers.description")} type="textarea" />
      <div className="field-row">
        <Field form={form} name="salesStartAt" label={t("tiers.salesStart")} type="datetime-local" />
        <Field form={form} name="salesEndAt" label={t("tiers.salesEnd")} type="datetime-local" />
      </div>
      <p className="field-hint">{t("eventForm.timeZone", { zone })}</p>
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

export function TicketTiersSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { current } = useAuth();
  const { data, loading, error, refetch } = useQuery(TicketTiersDocument, { variables: { eventId } });
  const [remove] = useMutation(DeleteTicketTierDocument);
  const zone = safeTimeZone(data?.event?.timezone ?? DEFAULT_TIME_ZONE);
  const tiers = (data?.event?.ticketTiers.nodes ?? [])
    .flatMap((tier) => (tier ? [tier] : []))
    .sort((a, b) => Number(a.priceCop) - Number(b.priceCop));
  const offered = tiers.reduce((sum, tier) => sum + tier.quantity, 0);
  const capacity = data?.event?.capacity;
  const reload = () => void refetch();
  return (
    <>
      {capacity ? (
        <p className="muted" data-testid="tiers-capacity">
          {t("tiers.capacity", { offered: formatNumber(offered), capacity: formatNumber(capacity) })}
        </p>
      ) : null}
      <RecordList
        title={t("tiers.title")}
        testId="ticket-tiers"
        items={tiers}
        loading={loading}
        error={error}
        onRetry={reload}
        idOf={(tier) => tier.rowId}
        nameOf={(tier) => tier.name}
        canEdit={can(current?.role, "ticket_tiers", "update")}
        addLabel={t("tiers.add")}
        emptyTitle={t("event.noTickets")}
        emptyBody={t("tiers.emptyBody")}
        summary={(tier) => (
          <>
            <h3>
              {tier.name} · {formatCop(tier.priceCop)}
            </h3>
            <p className="muted" data-testid="tier-counts">
              {t("tiers.counts", {
                paid: formatNumber(tier.paidCount ?? 0),
                reserved: formatNumber(tier.reservedCount ?? 0),
                available: formatNumber(tier.availableCount ?? 0),
                quantity: formatNumber(tier.quantity),
              })}
              {` · ${t("tiers.perOrder", { max: formatNumber(tier.maxPerOrder) })}`}
              {tier.salesStartAt || tier.salesEndAt
                ? ` · ${t("tiers.window", {
                    start: tier.salesStartAt ? formatDateTime(tier.salesStartAt, zone) : "—",
                    end: tier.salesEndAt ? formatDateTime(tier.salesEndAt, zone) : "—",
                  })}`
                : ""}
            </p>
            {tier.description ? <p className="record-notes">{tier.description}</p> : null}
          </>
        )}
        form={(tier, close) => <TierForm tier={tier} eventId={eventId} zone={zone} close={close} onSaved={reload} />}
        onDelete={async (tier) => {
          written((await remove({ variables: { rowId: tier.rowId } })).data?.deleteTicketTier?.ticketTier);
          reload();
        }}
        deleteRefusal={(error) =>
          refusalOf(error).constraint === "bookings_tier_id_organization_id_fkey" ? t("tiers.hasBookings") : null
        }
      />
    </>
  );
}
