// Add or edit a person: comp card (measurements in cm, shoe EU), contact and
// identity document, a guardian when the birth date makes them a minor, and
// on creation the consent they gave (Ley 1581). Checked with the same rules
// as the database (schemas/talent.ts) before sending; a refusal the database
// still makes is shown next to the field it concerns.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { ErrorState, Skeleton } from "../components/States.tsx";
import { todayIn } from "../dates.ts";
import { errorKey, written } from "../errors.ts";
import { SaveTalentDocument, TalentProfileDocument, type TalentProfileFieldsFragment } from "../gql/graphql.ts";
import {
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  consentSchema,
  contactSchema,
  DIVISIONS,
  DOCUMENT_TYPES,
  fieldErrors,
  fieldOfConstraint,
  guardianIssue,
  isMinor,
  issueText,
  talentDetailsSchema,
} from "../schemas/talent.ts";
import { useToast } from "../toasts.tsx";
import "./roster.css";

type Values = Record<string, string>;
const TEXT_FIELDS = [
  "fullName",
  "stageName",
  "agency",
  "city",
  "division",
  "gender",
  "heightCm",
  "bustCm",
  "waistCm",
  "hipsCm",
  "shoeEu",
  "hairColor",
  "eyeColor",
  "measurementsTakenOn",
  "birthDate",
  "instagram",
  "email",
  "phone",
  "guardianName",
  "guardianPhone",
  "guardianEmail",
  "documentType",
  "documentNumber",
  "consentSource",
  "consentGrantedAt",
] as const;

const today = () => todayIn();

function initialValues(talent: TalentProfileFieldsFragment | null): Values {
  const values: Values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""]));
  values.division = "women";
  values.consentGrantedAt = today();
  values.consentSource = "signed_form";
  if (!talent) return values;
  const source = { ...talent, ...(talent.contact ?? {}) } as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = source[field];
    if (value !== null && value !== undefined && field !== "consentGrantedAt" && field !== "consentSource") {
      values[field] = String(value);
    }
  }
  return values;
}

/** A refusal from the database → the field it concerns and its message (field null: above the form). */
function serverFieldError(error: unknown): { field: string | null; issue: string } {
  const graphQLErrors = (error as { errors?: { extensions?: Record<string, unknown> }[] }).errors;
  const extensions = graphQLErrors?.[0]?.extensions ?? {};
  const field = fieldOfConstraint(extensions.constraint);
  const key =
    extensions.constraint === "talent_contacts_document_idx"
      ? "documentTaken"
      : extensions.constraint === "talent_contacts_minor_guardian"
        ? "guardian"
        : "database";
  return { field, issue: `${key}|{}` };
}

export function TalentFormPage() {
  const { talentId } = useParams();
  const editing = Boolean(talentId);
  const { data, loading, error, refetch } = useQuery(TalentProfileDocument, {
    variables: { id: talentId ?? "" },
    skip: !editing,
  });
  if (editing && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (editing && loading && !data) return <Skeleton count={2} />;
  return <TalentForm key={talentId ?? "new"} talent={editing ? (data?.talent ?? null) : null} />;
}

function TalentForm({ talent }: { talent: TalentProfileFieldsFragment | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { current } = useAuth();
  const [values, setValues] = useState<Values>(() => initialValues(talent));
  const [purposes, setPurposes] = useState<string[]>(["casting"]);
  const [travel, setTravel] = useState(talent?.willingToTravel ?? false);
  const [whatsapp, setWhatsapp] = useState(talent?.contact?.whatsappOptIn ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [save, { loading: saving }] = useMutation(SaveTalentDocument);
  const creating = !talent;
  const minor = isMinor(values.birthDate);

  useEffect(() => {
    if (talent?.erasedAt) navigate(`/roster/${talent.rowId}`, { replace: true });
  }, [talent, navigate]);

  const set = (field: string) => (event: { target: { value: string } }) =>
    setValues((all) => ({ ...all, [field]: event.target.value }));

  const message = (field: string): ReactNode => {
    const text = errors[field];
    if (!text) return null;
    const { key, values: params } = issueText(text);
    return t(`talentForm.errors.${key}`, { ...params, defaultValue: t("talentForm.errors.invalid") });
  };

  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`t-${name}`}>{label}</label>
      {input}
      {hint ? (
        <span className="muted field-hint" id={`t-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {errors[name] ? (
        <p className="field-error" id={`t-${name}-error`} role="alert" data-testid={`error-${name}`}>
          {message(name)}
        </p>
      ) : null}
    </div>
  );
  const textInput = (name: string, props: Record<string, unknown> = {}) => (
    <input
      id={`t-${name}`}
      name={name}
      value={values[name] ?? ""}
      onChange={set(name)}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `t-${name}-error` : undefined}
      {...props}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const details = talentDetailsSchema.safeParse({ ...values, willingToTravel: travel });
    const contact = contactSchema.safeParse({ ...values, whatsappOptIn: whatsapp });
    const consent = creating
      ? consentSchema.safeParse({
          consentPurposes: purposes,
          consentSource: values.consentSource,
          consentGrantedAt: values.consentGrantedAt,
        })
      : null;
    const found: Record<string, string> = {
      ...(details.success ? {} : fieldErrors(details.error)),
      ...(contact.success ? {} : fieldErrors(contact.error)),
      ...(consent && !consent.success ? fieldErrors(consent.error) : {}),
    };
    const guardian = guardianIssue(values.birthDate, values);
    if (guardian) found.guardianName = guardian;
    setErrors(found);
    if (Object.keys(found).length || !details.success || !contact.success || (consent && !consent.success)) {
      document.getElementById(`t-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const contactValues = { ...contact.data, documentType: contact.data.documentType || null };
    try {
      const { data } = await save({
        variables: {
          organizationId: current?.organization.rowId,
          talentId: talent?.rowId ?? null,
          talent: {
            ...details.data,
            shoeEu: details.data.shoeEu == null ? null : String(details.data.shoeEu),
            ...(consent?.success
              ? {
                  consentPurposes: consent.data.consentPurposes,
                  consentSource: consent.data.consentSource,
                  consentGrantedAt: new Date(`${consent.data.consentGrantedAt}T12:00:00-05:00`).toISOString(),
                }
              : {}),
          },
          contact: contactValues,
        },
      });
      const saved = written(data?.saveTalent?.result);
      toast("success", t(creating ? "talentForm.created" : "talentForm.saved", { name: saved.fullName }));
      navigate(`/roster/${saved.rowId}`);
    } catch (caught) {
      const { field: name, issue } = serverFieldError(caught);
      if (name) {
        setErrors({ [name]: issue });
        document.getElementById(`t-${name}`)?.focus();
      } else {
        setFormError(caught);
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate className="talent-form" data-testid="talent-form">
      <p className="eyebrow">
        <Link to={talent ? `/roster/${talent.rowId}` : "/roster"}>{t("talentForm.back")}</Link>
      </p>
      <h1>{creating ? t("talentForm.newTitle") : t("talentForm.editTitle", { name: talent?.fullName })}</h1>
      {formError ? (
        <div className="error-state" role="alert">
          {t(errorKey(formError))}
        </div>
      ) : null}

      <fieldset className="card">
        <legend>{t("talentForm.identity")}</legend>
        {field("fullName", t("talentForm.fullName"), textInput("fullName", { required: true, autoComplete: "off" }))}
        {field("stageName", t("talentForm.stageName"), textInput("stageName"))}
        <div className="field-row">
          {field(
            "division",
            t("talentForm.division"),
            <select id="t-division" value={values.division} onChange={set("division")}>
              {DIVISIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`roster.division.${d}`)}
                </option>
              ))}
            </select>,
          )}
          {field("gender", t("talentForm.gender"), textInput("gender"))}
        </div>
        <div className="field-row">
          {field("birthDate", t("talentForm.birthDate"), textInput("birthDate", { type: "date" }))}
          {field("city", t("talentForm.city"), textInput("city", { list: "t-cities" }))}
        </div>
        <datalist id="t-cities">
          {["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {field("agency", t("talentForm.agency"), textInput("agency"))}
        {field("instagram", t("talentForm.instagram"), textInput("instagram", { placeholder: "@usuario" }))}
        <label className="checkbox">
          <input type="checkbox" checked={travel} onChange={(event) => setTravel(event.target.checked)} />
          {t("talentForm.willingToTravel")}
        </label>
      </fieldset>

      <fieldset className="card">
        <legend>{t("talentForm.measurements")}</legend>
        <div className="field-row">
          {field("heightCm", t("talentForm.heightCm"), textInput("heightCm", { inputMode: "numeric" }))}
          {field("shoeEu", t("talentForm.shoeEu"), textInput("shoeEu", { inputMode: "decimal" }))}
        </div>
        <div className="field-row three">
          {field("bustCm", t("talentForm.bustCm"), textInput("bustCm", { inputMode: "numeric" }))}
          {field("waistCm", t("talentForm.waistCm"), textInput("waistCm", { inputMode: "numeric" }))}
          {field("hipsCm", t("talentForm.hipsCm"), textInput("hipsCm", { inputMode: "numeric" }))}
        </div>
        <div className="field-row">
          {field("hairColor", t("talentForm.hairColor"), textInput("hairColor"))}
          {field("eyeColor", t("talentForm.eyeColor"), textInput("eyeColor"))}
        </div>
        {field(
          "measurementsTakenOn",
          t("talentForm.measurementsTakenOn"),
          textInput("measurementsTakenOn", { type: "date" }),
        )}
      </fieldset>

      <fieldset className="card">
        <legend>{t("talentForm.contact")}</legend>
        <p className="muted">{t("talentForm.contactPrivacy")}</p>
        <div className="field-row">
          {field("email", t("talentForm.email"), textInput("email", { type: "email", inputMode: "email" }))}
          {field("phone", t("talentForm.phone"), textInput("phone", { type: "tel", inputMode: "tel" }))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={whatsapp} onChange={(event) => setWhatsapp(event.target.checked)} />
          {t("talentForm.whatsappOptIn")}
        </label>
        <div className="field-row">
          {field(
            "documentType",
            t("talentForm.documentType"),
            <select id="t-documentType" value={values.documentType} onChange={set("documentType")}>
              <option value="">{t("talentForm.noDocument")}</option>
              {DOCUMENT_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`talentForm.documentTypes.${d}`)}
                </option>
              ))}
            </select>,
          )}
          {field("documentNumber", t("talentForm.documentNumber"), textInput("documentNumber"))}
        </div>
      </fieldset>

      {minor || values.guardianName ? (
        <fieldset className="card" data-testid="guardian">
          <legend>{t("talentForm.guardian")}</legend>
          {minor ? <p className="muted">{t("talentForm.guardianWhy")}</p> : null}
          {field("guardianName", t("talentForm.guardianName"), textInput("guardianName"))}
          <div className="field-row">
            {field("guardianPhone", t("talentForm.guardianPhone"), textInput("guardianPhone", { type: "tel" }))}
            {field("guardianEmail", t("talentForm.guardianEmail"), textInput("guardianEmail", { type: "email" }))}
          </div>
        </fieldset>
      ) : null}

      {creating ? (
        <fieldset className="card" data-testid="consent-fields">
          <legend>{t("consent.title")}</legend>
          <p className="muted">{t("consent.explain")}</p>
          <div role="group" aria-labelledby="t-purposes-label">
            <span id="t-purposes-label" className="field-label">
              {t("consent.purposes")}
            </span>
            {CONSENT_PURPOSES.map((purpose) => (
              <label className="checkbox" key={purpose}>
                <input
                  type="checkbox"
                  name="consentPurposes"
                  value={purpose}
                  checked={purposes.includes(purpose)}
                  onChange={(event) =>
                    setPurposes((all) => (event.target.checked ? [...all, purpose] : all.filter((p) => p !== purpose)))
                  }
                />
                {t(`consent.purpose.${purpose}`)}
              </label>
            ))}
            {errors.consentPurposes ? (
              <p className="field-error" role="alert" data-testid="error-consentPurposes">
                {message("consentPurposes")}
              </p>
            ) : null}
          </div>
          <div className="field-row">
            {field(
              "consentSource",
              t("consent.source"),
              <select id="t-consentSource" value={values.consentSource} onChange={set("consentSource")}>
                {CONSENT_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`consent.sources.${s}`)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "consentGrantedAt",
              t("consent.date"),
              textInput("consentGrantedAt", { type: "date", max: today() }),
            )}
          </div>
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button" disabled={saving} data-testid="talent-save">
          {saving ? t("talentForm.saving") : creating ? t("talentForm.create") : t("talentForm.save")}
        </button>
        <Link to={talent ? `/roster/${talent.rowId}` : "/roster"} className="button ghost">
          {t("talentForm.cancel")}
        </Link>
      </div>
    </form>
  );
}
