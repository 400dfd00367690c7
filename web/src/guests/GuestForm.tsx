// One guest of the organization's list, added or edited from an event's guest
// page (phone first: one column of labelled fields). The guest's data and
// their contact are checked with the database's own rules (shared/fields.ts:
// forms `guest` and `guestContact`) and saved in one statement (saveGuest);
// a refusal is shown by the field it concerns (a taken email, a bad phone).
// Consent for communications follows Ley 1581: recorded with how it was
// given, or withdrawn (the guest is then not invited again); never edited as
// a date. A new guest can be invited to this event at once. Editing offers
// erasing the guest (eraseGuest), after a confirmation that says what goes
// with them; their places go to the waitlist.
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { GUEST_CATEGORIES, GUEST_TIERS } from "../../../shared/fields.ts";
import { errorKey, refusalOf, written } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import { Field, rawOf, useRuleForm } from "../forms.tsx";
import {
  EraseGuestDocument,
  type GuestFieldsFragment,
  InviteGuestDocument,
  SaveGuestDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Consent = "granted" | "revoked" | null;

export function GuestForm({
  guest,
  organizationId,
  eventId,
  timezone,
  onDone,
  onCancel,
}: {
  /** The guest to edit; null to add one. */
  guest: GuestFieldsFragment | null;
  organizationId: string;
  eventId: string;
  timezone: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const editing = Boolean(guest);
  const details = useMemo(
    () =>
      rawOf({
        fullName: guest?.fullName ?? "",
        outlet: guest?.outlet ?? "",
        category: guest?.category ?? "press",
        tier: guest?.tier ?? "B",
        notes: guest?.notes ?? "",
        consentSource: "",
      }),
    [guest],
  );
  const contactValues = useMemo(
    () => rawOf({ email: guest?.contact?.email ?? "", phone: guest?.contact?.phone ?? "" }),
    [guest],
  );
  const form = useRuleForm("guest", details);
  const contact = useRuleForm("guestContact", contactValues);
  const [consent, setConsent] = useState<Consent>(null);
  const [invite, setInvite] = useState(true);
  const [plusOne, setPlusOne] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [save] = useMutation(SaveGuestDocument);
  const [inviteGuest] = useMutation(InviteGuestDocument);
  const [erase, { loading: erasing }] = useMutation(EraseGuestDocument);
  const active = Boolean(guest?.consentGrantedAt && !guest?.consentRevokedAt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    let values: Record<string, unknown> = {};
    let reach: Record<string, unknown> = {};
    const checked = await form.submit(null, async (v) => {
      values = v;
    });
    const reachable = await contact.submit(null, async (v) => {
      reach = v;
    });
    if (!checked || !reachable) return;
    // Consent is recorded with how it was given (Ley 1581): asked here before a round trip.
    if (consent === "granted" && !values.consentSource) {
      form.refuse({ constraint: "guests_consent_source_required", reason: null });
      return;
    }
    setBusy(true);
    try {
      const saved = await save({
        variables: {
          organizationId: editing ? null : organizationId,
          guestId: guest?.rowId ?? null,
          fullName: String(values.fullName),
          outlet: (values.outlet as string | null) ?? null,
          category: String(values.category),
          tier: String(values.tier),
          notes: (values.notes as string | null) ?? null,
          email: (reach.email as string | null) ?? null,
          phone: (reach.phone as string | null) ?? null,
          consent,
          consentSource: consent === "granted" ? ((values.consentSource as string | null) ?? null) : null,
        },
      });
      const record = written(saved.data?.saveGuest?.result);
      if (!editing && invite) {
        await inviteGuest({ variables: { eventId, guestId: record.rowId, plusOneAllowed: plusOne } });
        toast("success", t("guests.form.addedInvited"));
      } else {
        toast("success", t(editing ? "guests.form.saved" : "guests.form.added"));
      }
      onDone();
    } catch (error) {
      const refusal = refusalOf(error);
      if (!form.refuse(refusal) && !contact.refuse(refusal)) setFormError(t(errorKey(error)));
    } finally {
      setBusy(false);
    }
  }

  async function eraseGuest() {
    if (!guest) return;
    if (!window.confirm(t("guests.form.eraseConfirm", { name: guest.fullName }))) return;
    try {
      await erase({ variables: { guestId: guest.rowId } });
      toast("success", t("guests.form.erased", { name: guest.fullName }));
      onDone();
    } catch (error) {
      setFormError(t(errorKey(error)));
    }
  }

  const consentState = !guest?.consentGrantedAt
    ? t("guests.form.consentNone")
    : guest.consentRevokedAt
      ? t("guests.form.consentRevoked", { date: formatDateTime(guest.consentRevokedAt, timezone) })
      : t("guests.form.consentActive", {
          date: formatDateTime(guest.consentGrantedAt, timezone),
          source: guest.consentSource ?? "",
        });

  return (
    <form
      className="card stack no-print"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="guest-form-title"
      data-testid="guest-form"
      noValidate
    >
      <h2 id="guest-form-title">{editing ? t("guests.form.editTitle") : t("guests.form.addTitle")}</h2>
      <Field form={form} name="fullName" label={t("guests.form.fullName")} autoComplete="off" />
      <Field form={form} name="outlet" label={t("guests.form.outlet")} />
      <div className="field-row">
        <Field
          form={form}
          name="category"
          type="select"
          label={t("guests.form.category")}
          options={GUEST_CATEGORIES.map((c) => ({ value: c, label: t(`guests.category.${c}`) }))}
        />
        <Field
          form={form}
          name="tier"
          type="select"
          label={t("guests.form.tier")}
          hint={t("guests.form.tierHint")}
          options={GUEST_TIERS.map((tier) => ({ value: tier, label: tier }))}
        />
      </div>
      <Field form={contact} name="phone" type="tel" label={t("guests.form.phone")} hint={t("guests.form.phoneHint")} />
      <Field form={contact} name="email" type="email" label={t("guests.form.email")} />
      <Field form={form} name="notes" type="textarea" label={t("guests.form.notes")} />
      <fieldset className="nested">
        <legend>{t("guests.form.consentLegend")}</legend>
        {editing ? (
          <p className="muted small" data-testid="consent-state">
            {consentState}
          </p>
        ) : null}
        {active ? (
          <label className="check">
            <input
              type="checkbox"
              checked={consent === "revoked"}
              onChange={(e) => setConsent(e.target.checked ? "revoked" : null)}
            />
            <span>{t("guests.form.revoke")}</span>
          </label>
        ) : (
          <label className="check">
            <input
              type="checkbox"
              checked={consent === "granted"}
              onChange={(e) => setConsent(e.target.checked ? "granted" : null)}
            />
            <span>{t("guests.form.grant")}</span>
          </label>
        )}
        {consent === "granted" ? (
          <Field form={form} name="consentSource" label={t("guests.form.source")} hint={t("guests.form.sourceHint")} />
        ) : null}
      </fieldset>
      {editing ? null : (
        <div className="stack">
          <label className="check">
            <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.target.checked)} />
            <span>{t("guests.form.inviteToEvent")}</span>
          </label>
          {invite ? (
            <label className="check">
              <input type="checkbox" checked={plusOne} onChange={(e) => setPlusOne(e.target.checked)} />
              <span>{t("guests.form.plusOne")}</span>
            </label>
          ) : null}
        </div>
      )}
      {formError ? (
        <p className="error-state form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined} data-testid="save-guest">
          {busy ? t("guests.form.saving") : t("guests.form.save")}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t("guests.form.cancel")}
        </button>
        {editing ? (
          <button
            type="button"
            className="button ghost danger"
            onClick={() => void eraseGuest()}
            disabled={busy || erasing}
            data-testid="erase-guest"
          >
            {t("guests.form.erase")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
