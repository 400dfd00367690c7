import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { canCast, useAuth } from "../auth.tsx";
import { SignedImage } from "../components/SignedImage.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, written } from "../errors.ts";
import { formatDateTime, initials } from "../format.ts";
import {
  type AgentRunStatusFragment,
  type CastingBriefFieldsFragment,
  type CastingCardFragment,
  CreateCastingBriefDocument,
  EventCastingDocument,
  RequestModelCastingDocument,
  UpdateCastingBriefDocument,
  UpdateCastingStatusDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

const DIVISIONS = ["women", "men", "non_binary", "kids", "curve", "petite", "mature"] as const;
const ACTIONS = [
  ["invite", "invited"],
  ["confirm", "confirmed"],
  ["decline", "declined"],
  ["backup", "backup"],
] as const;
const ACTIVE = new Set(["queued", "running"]);
/** An invitation message's state as a chip colour. */
const MESSAGE_TONE: Record<string, string> = {
  queued: "invited",
  sending: "invited",
  sent: "invited",
  delivered: "backup",
  read: "confirmed",
  failed: "declined",
  bounced: "declined",
  suppressed: "declined",
  cancelled: "declined",
};

/** https URLs outside the reserved example domains (RFC 2606), which can never load. */
function isLoadablePhoto(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === "https:" && !/(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/.test(hostname);
  } catch {
    return false;
  }
}

function BriefForm({
  brief,
  eventId,
  editable,
}: {
  brief: CastingBriefFieldsFragment | null;
  eventId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [modelsNeeded, setModelsNeeded] = useState(String(brief?.modelsNeeded ?? 10));
  const [heightMin, setHeightMin] = useState(brief?.heightMinCm ? String(brief.heightMinCm) : "");
  const [heightMax, setHeightMax] = useState(brief?.heightMaxCm ? String(brief.heightMaxCm) : "");
  const [divisions, setDivisions] = useState<string[]>((brief?.divisions ?? []).filter((d): d is string => !!d));
  const [cities, setCities] = useState((brief?.cities ?? []).filter(Boolean).join(", "));
  const [notes, setNotes] = useState(brief?.notes ?? "");
  const [update, { loading: updating }] = useMutation(UpdateCastingBriefDocument);
  const [create, { loading: creating }] = useMutation(CreateCastingBriefDocument, {
    refetchQueries: [EventCastingDocument],
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    const values = {
      modelsNeeded: Number(modelsNeeded),
      heightMinCm: heightMin ? Number(heightMin) : null,
      heightMaxCm: heightMax ? Number(heightMax) : null,
      divisions,
      cities: cities
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
      notes: notes || null,
    };
    try {
      if (brief) {
        const { data } = await update({ variables: { rowId: brief.rowId, patch: values } });
        written(data?.updateCastingBrief?.castingBrief);
      } else {
        const { data } = await create({ variables: { brief: { ...values, eventId } } });
        written(data?.createCastingBrief?.castingBrief);
      }
      toast("success", t("casting.briefSaved"));
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }

  const busy = updating || creating;
  return (
    <form className="card" onSubmit={save} aria-labelledby="brief-title">
      <h2 id="brief-title">{t("casting.briefTitle")}</h2>
      {!brief ? <p className="muted">{t("casting.noBrief")}</p> : null}
      <fieldset disabled={!editable || busy} style={{ border: 0, padding: 0, margin: 0 }}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="models-needed">{t("casting.modelsNeeded")}</label>
            <input
              id="models-needed"
              type="number"
              min={1}
              max={200}
              required
              value={modelsNeeded}
              onChange={(e) => setModelsNeeded(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="cities">{t("casting.cities")}</label>
            <input id="cities" value={cities} onChange={(e) => setCities(e.target.value)} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="height-min">{t("casting.heightMin")}</label>
            <input
              id="height-min"
              type="number"
              min={50}
              max={230}
              value={heightMin}
              onChange={(e) => setHeightMin(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="height-max">{t("casting.heightMax")}</label>
            <input
              id="height-max"
              type="number"
              min={50}
              max={230}
              value={heightMax}
              onChange={(e) => setHeightMax(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="field" style={{ border: 0, padding: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: "0.9rem", marginBottom: 6 }}>{t("casting.divisions")}</legend>
          <div className="actions">
            {DIVISIONS.map((division) => {
              const checked = divisions.includes(division);
              return (
                <label
                  key={division}
                  className={`chip ${checked ? "confirmed" : ""}`}
                  style={{ cursor: "pointer", margin: 0, padding: "6px 12px" }}
                >
                  <input
                    type="checkbox"
                    className="visually-hidden"
                    checked={checked}
                    onChange={() =>
                      setDivisions(checked ? divisions.filter((d) => d !== division) : [...divisions, division])
                    }
                  />
                  {t(`casting.division.${division}`)}
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="notes">{t("casting.notes")}</label>
          <textarea id="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        {editable ? (
          <button type="submit" className="button secondary">
            {busy ? t("casting.saving") : brief ? t("casting.saveBrief") : t("casting.createBrief")}
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}

function RunBanner({ run }: { run: AgentRunStatusFragment }) {
  const { t } = useTranslation();
  const output = (run.output ?? {}) as { suggested?: number; requested?: number; provider?: string };
  if (ACTIVE.has(run.status)) {
    return (
      <div className="run-banner" role="status" data-testid="run-status">
        <span style={{ display: "flex", alignItems: "center", gap: 10 }}>
          <span className="spinner dark" aria-hidden="true" />
          {run.status === "queued" ? t("casting.queued") : t("casting.running")}
        </span>
      </div>
    );
  }
  if (run.status === "failed" || run.status === "cancelled") {
    return (
      <div className="run-banner failed" role="alert" data-testid="run-status">
        <span>
          <strong>{t("casting.failed")}:</strong> {t(errorKey(run.errorCode ?? "UNKNOWN"))}
        </span>
      </div>
    );
  }
  return (
    <div className="run-banner" role="status" data-testid="run-status">
      <span>
        {output.suggested ? t("casting.succeeded", { count: output.suggested }) : t("casting.succeededNone")}
        {output.suggested && output.requested && output.suggested < output.requested
          ? ` ${t("casting.fewerThanRequested", { requested: output.requested })}`
          : null}
      </span>
      {output.provider === "local" ? <Chip tone="local">{t("casting.localProvider")}</Chip> : null}
    </div>
  );
}

/**
 * Where the invitation is, per channel (issue 19): the email's and the WhatsApp message's status, the reason
 * when it was not sent or failed, and when; and the model's answer on WhatsApp (SÍ/NO). Roles that may not
 * read the model's contact data get no messages from the API (and see nothing here).
 */
function InvitationMessages({ casting, timeZone }: { casting: CastingCardFragment; timeZone?: string | null }) {
  const { t } = useTranslation();
  const messages = (
    [
      ["email", casting.invitationEmail],
      ["whatsapp", casting.invitationWhatsapp],
    ] as const
  ).flatMap(([channel, message]) => (message ? [{ channel, ...message }] : []));
  // "No answer yet" only while an invitation that reached WhatsApp waits for one.
  const awaiting =
    casting.status === "invited" && ["sent", "delivered", "read"].includes(casting.invitationWhatsapp?.status ?? "");
  if (messages.length === 0 && !casting.whatsappAnswer) return null;
  return (
    <ul className="casting-messages" aria-label={t("casting.messages.title")} data-testid="casting-messages">
      {messages.map((m) => (
        <li key={m.channel} data-testid={`casting-message-${m.channel}`}>
          <span className="channel">
            <span aria-hidden="true">{m.channel === "email" ? "✉️" : "💬"}</span>{" "}
            {t(`communications.channels.${m.channel}`)}
          </span>
          <Chip tone={MESSAGE_TONE[m.status] ?? "suggested"}>{t(`communications.statuses.${m.status}`)}</Chip>
          {m.lastErrorCode ? <span className="muted">{t(`communications.reasons.${m.lastErrorCode}`)}</span> : null}
          <time className="muted" dateTime={m.updatedAt}>
            {formatDateTime(m.updatedAt, timeZone)}
          </time>
        </li>
      ))}
      {casting.whatsappAnswer || awaiting ? (
        <li data-testid="casting-whatsapp-answer">
          <span className="channel">{t("casting.messages.answer")}</span>
          {casting.whatsappAnswer ? (
            <Chip tone={casting.whatsappAnswer === "yes" ? "confirmed" : "declined"}>
              {t(`casting.messages.${casting.whatsappAnswer === "yes" ? "yes" : "no"}`)}
            </Chip>
          ) : (
            <span className="muted">{t("casting.messages.noAnswer")}</span>
          )}
        </li>
      ) : null}
    </ul>
  );
}

function CastingCard({
  casting,
  editable,
  timeZone,
}: {
  casting: CastingCardFragment;
  editable: boolean;
  timeZone?: string | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [updateStatus, { loading }] = useMutation(UpdateCastingStatusDocument);
  const talent = casting.talent;
  const name = talent?.stageName || talent?.fullName || "";
  const photo = talent?.portfolioUrls?.find((url): url is string => Boolean(url && isLoadablePhoto(url)));

  async function move(status: string) {
    try {
      const { data } = await updateStatus({ variables: { id: casting.rowId, status } });
      written(data?.updateCastingStatus?.result);
      toast("success", t(`casting.statusChanged.${status}`, { name }));
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }

  return (
    <article className="card" data-testid="casting-card" aria-label={name}>
      <div className="talent">
        <div className="avatar" aria-hidden="true">
          {photo ? <SignedImage src={photo} alt="" loading="lazy" /> : initials(name)}
        </div>
        <div>
          <div style={{ display: "flex", justifyContent: "space-between", gap: 8, alignItems: "start" }}>
            <div>
              <h3>{name}</h3>
              <div className="muted">
                {talent?.agency ?? t("casting.agencyUnknown")}
                {talent?.city ? ` · ${talent.city}` : ""}
              </div>
            </div>
            {casting.aiMatchScore !== null && casting.aiMatchScore !== undefined ? (
              <div style={{ textAlign: "right" }}>
                <div className="score">{casting.aiMatchScore}</div>
                <div className="muted">{t("casting.score")}</div>
              </div>
            ) : null}
          </div>
          <div className="measure">
            {talent?.heightCm ? t("casting.height", { height: talent.heightCm }) : null}
            {talent?.bustCm && talent.waistCm && talent.hipsCm
              ? ` · ${t("casting.measurements", { bust: talent.bustCm, waist: talent.waistCm, hips: talent.hipsCm })}`
              : null}
            {talent?.shoeEu ? ` · ${t("casting.shoe", { size: Number(talent.shoeEu) })}` : null}
          </div>
          <div className="actions" style={{ marginTop: 8 }}>
            <Chip tone={casting.status}>{t(`casting.status.${casting.status}`)}</Chip>
            {casting.contactPriority ? (
              <Chip tone={casting.contactPriority}>{t(`casting.priority.${casting.contactPriority}`)}</Chip>
            ) : null}
          </div>
          <InvitationMessages casting={casting} timeZone={timeZone} />
        </div>
      </div>
      {casting.aiReasoning ? <p className="reasoning">{casting.aiReasoning}</p> : null}
      {editable ? (
        <div className="actions">
          {ACTIONS.filter(([, status]) => status !== casting.status).map(([action, status]) => (
            <button
              key={action}
              type="button"
              className={`button small ${status === "confirmed" ? "" : "secondary"}`}
              disabled={loading}
              onClick={() => void move(status)}
              data-testid={`casting-${action}`}
            >
              {t(`casting.actions.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
    </article>
  );
}

export function CastingSection({ eventId, timeZone }: { eventId: string; timeZone?: string | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  const editable = canCast(current?.role);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EventCastingDocument, {
    variables: { eventId },
    notifyOnNetworkStatusChange: false,
  });
  const [request] = useMutation(RequestModelCastingDocument);
  // From the click until the refetched run is in the cache: without it the
  // button flickers back to enabled between the mutation and the refetch.
  const [starting, setStarting] = useState(false);
  const event = data?.event;
  const brief = event?.castingBriefs.nodes.find(Boolean) ?? null;
  const run = event?.agentRuns.nodes.find((r) => r?.agentType === "model_casting") ?? null;
  const active = Boolean(run && ACTIVE.has(run.status));
  const lastStatus = useRef<string | null>(null);

  // Follow the run: poll while it is queued or running, announce the outcome once.
  useEffect(() => {
    if (active) startPolling(1000);
    else stopPolling();
    const previous = lastStatus.current;
    lastStatus.current = run?.status ?? null;
    if (previous && ACTIVE.has(previous) && run && !ACTIVE.has(run.status)) {
      if (run.status === "succeeded") toast("success", t("casting.runDone"));
      else toast("error", t(errorKey(run.errorCode ?? "UNKNOWN")));
    }
    return () => stopPolling();
  }, [active, run, startPolling, stopPolling, toast, t]);

  async function generate() {
    if (!brief) return;
    setStarting(true);
    try {
      const { data: requested } = await request({ variables: { briefId: brief.rowId } });
      written(requested?.requestModelCasting?.result);
      lastStatus.current = "queued";
      toast("info", t("casting.runRequested"));
      await refetch();
    } catch (caught) {
      toast("error", t(errorKey(caught)));
    } finally {
      setStarting(false);
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  if (!event) return <EmptyState title={t("event.notFound")} />;

  const castings = [...event.modelCastings.nodes.flatMap((c) => (c ? [c] : []))].sort(
    (a, b) => (b.aiMatchScore ?? -1) - (a.aiMatchScore ?? -1),
  );
  return (
    <div className="grid">
      <BriefForm key={brief?.rowId ?? "new"} brief={brief} eventId={eventId} editable={editable} />
      {editable && brief ? (
        <button
          type="button"
          className="button block"
          onClick={() => void generate()}
          disabled={active || starting}
          aria-busy={active || starting}
          data-testid="generate-castings"
        >
          {active || starting ? <span className="spinner" aria-hidden="true" /> : null}
          {active || starting ? t("casting.generating") : t("casting.generate")}
        </button>
      ) : null}
      {run ? <RunBanner run={run} /> : null}
      <div className="section-title">
        <h2>{t("casting.suggestions")}</h2>
      </div>
      {castings.length === 0 ? (
        <EmptyState title={t("casting.noSuggestions")} />
      ) : (
        <div className="grid two">
          {castings.map((casting) => (
            <CastingCard key={casting.rowId} casting={casting} editable={editable} timeZone={timeZone} />
          ))}
        </div>
      )}
    </div>
  );
}
