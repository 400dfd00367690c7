// A person's profile: the comp card with its photos, contact (only for the
// roles that may read it), consent (Ley 1581: record, withdraw in one
// action), the availability calendar (unavailable / hold periods), the
// casting history, and erasure on the person's request (Ley 1581: supresión),
// confirmed by typing their name.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { ImageUpload } from "../components/ImageUpload.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { todayIn } from "../dates.ts";
import { errorKey, written } from "../errors.ts";
import { formatDate, formatDateTime, formatMonth, initials, weekdaysFromMonday } from "../format.ts";
import {
  AddTalentAvailabilityDocument,
  AddTalentPhotoDocument,
  DeleteTalentAvailabilityDocument,
  DeleteTalentPhotoDocument,
  EraseTalentDocument,
  MoveTalentPhotoDocument,
  RecordTalentConsentDocument,
  RevokeTalentConsentDocument,
  TalentProfileDocument,
  type TalentProfileFieldsFragment,
} from "../gql/graphql.ts";
import {
  AVAILABILITY_KINDS,
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  consentSchema,
  fieldErrors,
  issueText,
} from "../schemas/talent.ts";
import { useToast } from "../toasts.tsx";
import { CASTING_ROLES } from "./RosterPage.tsx";
import "./roster.css";
import { SignedImage } from "../components/SignedImage.tsx";

const today = () => todayIn();
/** A calendar date at 00:00 in Bogotá (UTC−5, no daylight saving), as an ISO instant. */
const bogotaMidnight = (date: string) => new Date(`${date}T00:00:00-05:00`).toISOString();
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function TalentProfilePage() {
  const { t } = useTranslation();
  const { talentId = "" } = useParams();
  const { current } = useAuth();
  const { data, loading, error, refetch } = useQuery(TalentProfileDocument, { variables: { id: talentId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={3} />;
  const talent = data?.talent;
  if (!talent) return <EmptyState title={t("profile.notFoundTitle")} body={t("profile.notFoundBody")} />;
  const canWrite = CASTING_ROLES.has(current?.role ?? "") && !talent.erasedAt;
  return (
    <div className="profile" data-testid="talent-profile">
      <p className="eyebrow">
        <Link to="/roster">{t("profile.back")}</Link>
      </p>
      <div className="page-head">
        <h1>{talent.fullName}</h1>
        {canWrite ? (
          <Link to={`/roster/${talent.rowId}/edit`} className="button secondary small" data-testid="talent-edit">
            {t("profile.edit")}
          </Link>
        ) : null}
      </div>
      {talent.stageName ? <p className="lede">{talent.stageName}</p> : null}
      {talent.erasedAt ? <p className="run-banner">{t("profile.erased")}</p> : null}
      <CompCard talent={talent} />
      <Photos talent={talent} canWrite={canWrite} onChange={() => void refetch()} />
      <Contact talent={talent} />
      <Consent talent={talent} canWrite={canWrite} />
      <ChannelConsent talent={talent} />
      <Availability talent={talent} canWrite={canWrite} onChange={() => void refetch()} />
      <Castings talent={talent} />
      {canWrite ? <Erasure talent={talent} onErased={() => void refetch()} /> : null}
    </div>
  );
}

function CompCard({ talent }: { talent: TalentProfileFieldsFragment }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t("talentForm.division"), t(`roster.division.${talent.division}`)],
    [t("talentForm.heightCm"), talent.heightCm ? t("roster.heightValue", { cm: talent.heightCm }) : null],
    [
      t("profile.measurements"),
      talent.bustCm || talent.waistCm || talent.hipsCm
        ? t("profile.measurementsValue", {
            bust: talent.bustCm ?? "—",
            waist: talent.waistCm ?? "—",
            hips: talent.hipsCm ?? "—",
          })
        : null,
    ],
    [t("talentForm.shoeEu"), talent.shoeEu ? String(Number(talent.shoeEu)) : null],
    [t("talentForm.hairColor"), talent.hairColor ?? null],
    [t("talentForm.eyeColor"), talent.eyeColor ?? null],
    [t("talentForm.agency"), talent.agency ?? null],
    [
      t("talentForm.city"),
      talent.city ? `${talent.city}${talent.willingToTravel ? ` · ${t("profile.travels")}` : ""}` : null,
    ],
    [t("talentForm.instagram"), talent.instagram ?? null],
    [
      t("talentForm.measurementsTakenOn"),
      talent.measurementsTakenOn ? formatDate(`${talent.measurementsTakenOn}T12:00:00Z`) : null,
    ],
  ];
  return (
    <section className="card" aria-labelledby="compcard-title">
      <h2 id="compcard-title">{t("profile.compCard")}</h2>
      {talent.isMinor ? <Chip tone="medium">{t("roster.minor")}</Chip> : null}
      <dl className="compcard">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function Photos({
  talent,
  canWrite,
  onChange,
}: {
  talent: TalentProfileFieldsFragment;
  canWrite: boolean;
  onChange(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [attach] = useMutation(AddTalentPhotoDocument);
  const [remove] = useMutation(DeleteTalentPhotoDocument);
  const [move] = useMutation(MoveTalentPhotoDocument);
  const [moving, setMoving] = useState(false);
  const photos = talent.photos.nodes.flatMap((p) => (p ? [p] : []));
  const nextPosition = photos.reduce((max, p) => Math.max(max, p.position + 1), 0);

  /** The chosen photo first (lists show it), the others in their order: positions renumbered 0, 1, 2… */
  async function makeMain(id: string) {
    const order = [id, ...photos.map((p) => p.rowId).filter((other) => other !== id)];
    setMoving(true);
    try {
      for (const [position, rowId] of order.entries()) {
        if (photos.find((p) => p.rowId === rowId)?.position === position) continue;
        const { data } = await move({ variables: { id: rowId, position } });
        written(data?.updateTalentPhoto?.talentPhoto);
      }
      onChange();
    } catch (error) {
      toast("error", t(errorKey(error)));
    } finally {
      setMoving(false);
    }
  }
  return (
    <section className="card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t("profile.photos")}</h2>
      {photos.length ? (
        <ul className="photo-grid" data-testid="photo-grid">
          {photos.map((photo, index) => (
            <li key={photo.rowId}>
              <a href={photo.file?.url} target="_blank" rel="noreferrer">
                <SignedImage
                  src={photo.file?.thumbnailUrl}
                  alt={t("profile.photoAlt", { name: talent.fullName, number: index + 1 })}
                  loading="lazy"
                />
              </a>
              {index === 0 ? (
                <span className="photo-main">{t("profile.mainPhoto")}</span>
              ) : canWrite ? (
                <button
                  type="button"
                  className="button ghost small"
                  disabled={moving}
                  aria-label={t("profile.makeMainLabel", { number: index + 1 })}
                  onClick={() => void makeMain(photo.rowId)}
                >
                  {t("profile.makeMain")}
                </button>
              ) : null}
              {canWrite ? (
                <button
                  type="button"
                  className="button ghost small"
                  onClick={async () => {
                    if (!window.confirm(t("profile.deletePhotoConfirm"))) return;
                    try {
                      const { data } = await remove({ variables: { id: photo.rowId } });
                      written(data?.deleteTalentPhoto?.talentPhoto);
                      onChange();
                    } catch (error) {
                      toast("error", t(errorKey(error)));
                    }
                  }}
                >
                  {t("profile.deletePhoto")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("profile.noPhotos")}</p>
      )}
      {canWrite && photos.length < 12 ? (
        <ImageUpload
          purpose="talent_photo"
          organizationId={talent.organizationId}
          label={t("profile.addPhoto")}
          gallery
          testId="photo-upload"
          onUploaded={async (file) => {
            const { data } = await attach({
              variables: { talentId: talent.rowId, fileId: file.rowId, position: nextPosition },
            });
            written(data?.createTalentPhoto?.talentPhoto);
            onChange();
          }}
        />
      ) : null}
    </section>
  );
}

function Contact({ talent }: { talent: TalentProfileFieldsFragment }) {
  const { t } = useTranslation();
  const { current } = useAuth();
  const contact = talent.contact;
  // RLS gives contact data only to casting staff, admins and owners; for them no row means none was given.
  const mayRead = CASTING_ROLES.has(current?.role ?? "");
  return (
    <section className="card" aria-labelledby="contact-title">
      <h2 id="contact-title">{t("profile.contact")}</h2>
      {contact ? (
        <dl className="compcard" data-testid="contact">
          {[
            [t("talentForm.email"), contact.email],
            [
              t("talentForm.phone"),
              contact.phone ? `${contact.phone}${contact.whatsappOptIn ? " · WhatsApp" : ""}` : null,
            ],
            [
              t("talentForm.documentNumber"),
              contact.documentNumber ? `${contact.documentType} ${contact.documentNumber}` : null,
            ],
            [t("talentForm.guardianName"), contact.guardianName],
            [t("talentForm.guardianPhone"), contact.guardianPhone],
            [t("talentForm.guardianEmail"), contact.guardianEmail],
          ]
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      ) : mayRead ? (
        <p className="muted" data-testid="contact-none">
          {t("profile.noContact")}
        </p>
      ) : (
        <p className="muted" data-testid="contact-hidden">
          {t("profile.contactHidden")}
        </p>
      )}
    </section>
  );
}

interface ChannelConsentRow {
  channel: string;
  casting: boolean;
  marketing: boolean;
  optedOut: boolean;
}

/** Per channel, whether a casting call and news may reach the person now (issue 19: consent, WhatsApp opt-in, opt-outs). */
function ChannelConsent({ talent }: { talent: TalentProfileFieldsFragment }) {
  const { t } = useTranslation();
  const rows = (Array.isArray(talent.communicationConsent) ? talent.communicationConsent : []) as ChannelConsentRow[];
  if (rows.length === 0) return null;
  const mark = (ok: boolean) => (
    <Chip tone={ok ? "confirmed" : "declined"}>
      {ok ? t("communications.consentYes") : t("communications.consentNo")}
    </Chip>
  );
  return (
    <section className="card" data-testid="channel-consent">
      <h2 id="channel-consent-title">{t("communications.consentTitle")}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="channel-consent-title">
        <table className="table">
          <thead>
            <tr>
              <th>{t("communications.channel")}</th>
              <th>{t("communications.consentCasting")}</th>
              <th>{t("communications.consentMarketing")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel}>
                <td>
                  {t(`communications.channels.${row.channel}`)}
                  {row.optedOut ? <small className="muted"> · {t("communications.optedOut")}</small> : null}
                </td>
                <td>{mark(row.casting)}</td>
                <td>{mark(row.marketing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Consent({ talent, canWrite }: { talent: TalentProfileFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [purposes, setPurposes] = useState<string[]>((talent.consentPurposes ?? []).flatMap((p) => (p ? [p] : [])));
  const [source, setSource] = useState(talent.consentSource ?? "signed_form");
  const [date, setDate] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [record, { loading: recording }] = useMutation(RecordTalentConsentDocument);
  const [revoke, { loading: revoking }] = useMutation(RevokeTalentConsentDocument);
  const given = (talent.consentPurposes ?? []).flatMap((p) => (p ? [p] : []));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = consentSchema.safeParse({
      consentPurposes: purposes,
      consentSource: source,
      consentGrantedAt: date,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const { data } = await record({
        variables: {
          talentId: talent.rowId,
          purposes: parsed.data.consentPurposes,
          source: parsed.data.consentSource,
          grantedAt: new Date(`${parsed.data.consentGrantedAt}T12:00:00-05:00`).toISOString(),
        },
      });
      written(data?.recordTalentConsent?.result);
      toast("success", t("consent.recorded"));
      setEditing(false);
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }
  const issue = (field: string) => {
    const text = errors[field];
    if (!text) return null;
    const { key, values } = issueText(text);
    return (
      <p className="field-error" role="alert">
        {t(`talentForm.errors.${key}`, { ...values, defaultValue: t("talentForm.errors.invalid") })}
      </p>
    );
  };

  return (
    <section className="card" aria-labelledby="consent-title" data-testid="consent">
      <h2 id="consent-title">{t("consent.title")}</h2>
      {talent.consentActive ? (
        <>
          <p>
            <Chip tone="confirmed">{t("roster.consentActive")}</Chip>{" "}
            {t("consent.givenOn", {
              date: talent.consentGrantedAt ? formatDate(talent.consentGrantedAt) : "—",
              source: t(`consent.sources.${talent.consentSource}`),
            })}
          </p>
          <ul className="consent-purposes">
            {given.map((p) => (
              <li key={p}>{t(`consent.purpose.${p}`)}</li>
            ))}
          </ul>
        </>
      ) : talent.consentRevokedAt ? (
        <p>
          <Chip tone="declined">{t("consent.revokedChip")}</Chip>{" "}
          {t("consent.revokedOn", { date: formatDate(talent.consentRevokedAt) })}
        </p>
      ) : (
        <p>
          <Chip tone="declined">{t("roster.consentNone")}</Chip> {t("consent.none")}
        </p>
      )}
      <p className="muted">{t("consent.aiNote")}</p>
      {canWrite && !editing ? (
        <div className="actions">
          <button
            type="button"
            className="button secondary small"
            onClick={() => setEditing(true)}
            data-testid="consent-record"
          >
            {talent.consentActive ? t("consent.change") : t("consent.record")}
          </button>
          {talent.consentActive ? (
            <button
              type="button"
              className="button ghost small danger"
              disabled={revoking}
              data-testid="consent-revoke"
              onClick={async () => {
                if (!window.confirm(t("consent.revokeConfirm", { name: talent.fullName }))) return;
                try {
                  const { data } = await revoke({ variables: { talentId: talent.rowId } });
                  written(data?.revokeTalentConsent?.result);
                  toast("success", t("consent.revoked"));
                } catch (error) {
                  toast("error", t(errorKey(error)));
                }
              }}
            >
              {t("consent.revoke")}
            </button>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <form onSubmit={submit} noValidate className="consent-form">
          <div role="group" aria-labelledby="c-purposes">
            <span id="c-purposes" className="field-label">
              {t("consent.purposes")}
            </span>
            {CONSENT_PURPOSES.map((purpose) => (
              <label className="checkbox" key={purpose}>
                <input
                  type="checkbox"
                  checked={purposes.includes(purpose)}
                  onChange={(event) =>
                    setPurposes((all) => (event.target.checked ? [...all, purpose] : all.filter((p) => p !== purpose)))
                  }
                />
                {t(`consent.purpose.${purpose}`)}
              </label>
            ))}
            {issue("consentPurposes")}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="c-source">{t("consent.source")}</label>
              <select id="c-source" value={source} onChange={(event) => setSource(event.target.value)}>
                {CONSENT_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`consent.sources.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="c-date">{t("consent.date")}</label>
              <input
                id="c-date"
                type="date"
                value={date}
                max={today()}
                onChange={(event) => setDate(event.target.value)}
              />
              {issue("consentGrantedAt")}
            </div>
          </div>
          <div className="actions">
            <button type="submit" className="button small" disabled={recording}>
              {t("consent.save")}
            </button>
            <button type="button" className="button ghost small" onClick={() => setEditing(false)}>
              {t("talentForm.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Availability({
  talent,
  canWrite,
  onChange,
}: {
  talent: TalentProfileFieldsFragment;
  canWrite: boolean;
  onChange(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(today());
  const [kind, setKind] = useState<string>("unavailable");
  const [notes, setNotes] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddTalentAvailabilityDocument);
  const [remove] = useMutation(DeleteTalentAvailabilityDocument);
  const periods = talent.talentAvailability.nodes
    .flatMap((p) => (p ? [p] : []))
    .sort((a, b) => String(a.period.start?.value).localeCompare(String(b.period.start?.value)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to || to < from) {
      setProblem(t("profile.periodInvalid"));
      return;
    }
    if (notes.length > 1000) {
      setProblem(t("talentForm.errors.tooLong", { max: 1000 }));
      return;
    }
    setProblem(null);
    try {
      const { data } = await add({
        variables: {
          talentId: talent.rowId,
          kind,
          notes: notes.trim() || null,
          // Whole days in Bogotá: from 00:00 of the first to 00:00 after the last.
          period: {
            start: { value: bogotaMidnight(from), inclusive: true },
            end: { value: bogotaMidnight(addDays(to, 1)), inclusive: false },
          },
        },
      });
      written(data?.createTalentAvailability?.talentAvailability);
      setNotes("");
      onChange();
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }

  return (
    <section className="card" aria-labelledby="availability-title" data-testid="availability">
      <h2 id="availability-title">{t("profile.availability")}</h2>
      <MonthCalendar
        periods={periods.map((p) => ({
          kind: p.kind,
          start: p.period.start?.value ? String(p.period.start.value) : null,
          end: p.period.end?.value ? String(p.period.end.value) : null,
        }))}
      />
      {periods.length ? (
        <ul className="list">
          {periods.map((period) => {
            const start = String(period.period.start?.value ?? "");
            const end = String(period.period.end?.value ?? "");
            return (
              <li key={period.rowId}>
                <span>
                  <Chip tone={period.kind === "hold" ? "medium" : "declined"}>{t(`profile.kind.${period.kind}`)}</Chip>{" "}
                  {t("profile.periodRange", {
                    from: formatDate(start, "America/Bogota"),
                    to: formatDate(new Date(new Date(end).getTime() - 1).toISOString(), "America/Bogota"),
                  })}
                  {period.notes ? <span className="muted"> · {period.notes}</span> : null}
                </span>
                {canWrite ? (
                  <button
                    type="button"
                    className="button ghost small"
                    onClick={async () => {
                      try {
                        const { data } = await remove({ variables: { id: period.rowId } });
                        written(data?.deleteTalentAvailability?.talentAvailability);
                        onChange();
                      } catch (error) {
                        toast("error", t(errorKey(error)));
                      }
                    }}
                  >
                    {t("profile.deletePeriod")}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t("profile.alwaysAvailable")}</p>
      )}
      {canWrite ? (
        <form onSubmit={submit} noValidate className="availability-form">
          <div className="field-row">
            <div className="field">
              <label htmlFor="a-from">{t("profile.from")}</label>
              <input id="a-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="a-to">{t("profile.to")}</label>
              <input id="a-to" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="a-kind">{t("profile.kindLabel")}</label>
              <select id="a-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
                {AVAILABILITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`profile.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="a-notes">{t("profile.notes")}</label>
              <input id="a-notes" value={notes} maxLength={1000} onChange={(event) => setNotes(event.target.value)} />
            </div>
          </div>
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" className="button secondary small" disabled={adding}>
            {t("profile.addPeriod")}
          </button>
        </form>
      ) : null}
    </section>
  );
}

interface BlockedPeriod {
  kind: string;
  /** ISO instants; null: unbounded on that side. */
  start: string | null;
  end: string | null;
}

/**
 * One month of the availability calendar, Monday first: each day in Bogotá
 * that a period touches is marked unavailable or on hold (unavailable wins),
 * in words for screen readers and in colour for the eye.
 */
function MonthCalendar({ periods }: { periods: BlockedPeriod[] }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => today().slice(0, 7));
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const title = formatMonth(year, monthNumber);
  const weekdays = weekdaysFromMonday();
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7;
  const kindOn = (day: string): string | null => {
    const from = Date.parse(bogotaMidnight(day));
    const to = Date.parse(bogotaMidnight(addDays(day, 1)));
    let kind: string | null = null;
    for (const period of periods) {
      const starts = period.start ? Date.parse(period.start) : Number.NEGATIVE_INFINITY;
      const ends = period.end ? Date.parse(period.end) : Number.POSITIVE_INFINITY;
      if (starts < to && ends > from) {
        if (period.kind === "unavailable") return "unavailable";
        kind = period.kind;
      }
    }
    return kind;
  };
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const shift = (delta: number) =>
    setMonth(new Date(Date.UTC(year, monthNumber - 1 + delta, 1)).toISOString().slice(0, 7));
  const now = today();

  return (
    <div className="month" data-testid="availability-calendar">
      <div className="month-head">
        <button type="button" className="button ghost small" onClick={() => shift(-1)}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t("profile.previousMonth")}</span>
        </button>
        <h3 id="month-title" aria-live="polite">
          {title}
        </h3>
        <button type="button" className="button ghost small" onClick={() => shift(1)}>
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">{t("profile.nextMonth")}</span>
        </button>
      </div>
      <table className="month-grid" aria-labelledby="month-title">
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday.long} scope="col" abbr={weekday.long}>
                {weekday.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? "empty"}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    className={[kindOn(day) ?? "free", day === now ? "today" : ""].join(" ").trim()}
                    data-day={day}
                    data-kind={kindOn(day) ?? "free"}
                  >
                    {Number(day.slice(8))}
                    {kindOn(day) ? <span className="visually-hidden">: {t(`profile.kind.${kindOn(day)}`)}</span> : null}
                  </td>
                ) : (
                  <td key={`pad-${i}`} className="pad" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="month-legend">
        <span className="swatch unavailable" aria-hidden="true" /> {t("profile.kind.unavailable")}
        <span className="swatch hold" aria-hidden="true" /> {t("profile.kind.hold")}
      </p>
    </div>
  );
}

function Castings({ talent }: { talent: TalentProfileFieldsFragment }) {
  const { t } = useTranslation();
  const castings = talent.modelCastings.nodes.flatMap((c) => (c ? [c] : []));
  return (
    <section className="card" aria-labelledby="castings-title">
      <h2 id="castings-title">{t("profile.castings")}</h2>
      {castings.length ? (
        <ul className="list" data-testid="castings">
          {castings.map((casting) => (
            <li key={casting.rowId}>
              <span>
                {casting.event ? (
                  <Link to={`/events/${casting.event.rowId}`}>{casting.event.title}</Link>
                ) : (
                  <span className="avatar" aria-hidden="true">
                    {initials(talent.fullName)}
                  </span>
                )}
                {casting.event ? (
                  <span className="muted"> · {formatDateTime(casting.event.startsAt, casting.event.timezone)}</span>
                ) : null}
              </span>
              <Chip tone={casting.status}>{t(`casting.status.${casting.status}`)}</Chip>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("profile.noCastings")}</p>
      )}
    </section>
  );
}

/**
 * Erasure on the person's request (habeas data, Ley 1581 de 2012): their
 * personal data, contacts, availability and photos go, castings stay
 * anonymised (app_public.erase_talent). Irreversible, so it asks for the
 * person's name to be typed first.
 */
function Erasure({ talent, onErased }: { talent: TalentProfileFieldsFragment; onErased(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [erase, { loading }] = useMutation(EraseTalentDocument);
  const matches = typed.trim().toLocaleLowerCase("es-CO") === talent.fullName.trim().toLocaleLowerCase("es-CO");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    try {
      const { data } = await erase({ variables: { id: talent.rowId } });
      written(data?.eraseTalent?.result);
      toast("success", t("profile.erasedToast"));
      onErased();
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }

  return (
    <section className="card danger-zone" aria-labelledby="erase-title" data-testid="erasure">
      <h2 id="erase-title">{t("profile.eraseTitle")}</h2>
      <p className="muted">{t("profile.eraseBody")}</p>
      {open ? (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="erase-name">{t("profile.eraseConfirmLabel", { name: talent.fullName })}</label>
            <input
              id="erase-name"
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button danger small" disabled={!matches || loading}>
              {t("profile.eraseConfirm")}
            </button>
            <button type="button" className="button ghost small" onClick={() => setOpen(false)}>
              {t("profile.eraseCancel")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
          {t("profile.eraseStart")}
        </button>
      )}
    </section>
  );
}
