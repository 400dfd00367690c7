// Event → Comunicaciones (issue 19): ask the Email Generation agent for a
// draft, edit and approve it (approving sends it through the outbox to every
// person of its audience with consent), and what was sent to whom with its
// status. The messages shown are the ones the person may read (a talent's
// messages: casting staff, admins, owners).
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, written } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import {
  ApproveEmailDraftDocument,
  DiscardEmailDraftDocument,
  EventCommunicationsDocument,
  type EventCommunicationsQuery,
  RequestEmailDraftDocument,
  UpdateEmailDraftDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";
import { InboxSection } from "./InboxSection.tsx";

const KINDS = ["casting_invitation", "call_sheet", "confirmation", "reminder", "thank_you"] as const;
const AUDIENCES = ["invited_talent", "confirmed_talent", "accepted_guests"] as const;

type Draft = NonNullable<NonNullable<EventCommunicationsQuery["event"]>["emailDrafts"]["nodes"][number]>;

interface Section {
  heading?: string;
  paragraphs: string[];
}

/** The body as the producer edits it: one paragraph per block, blank lines between them. */
const bodyText = (sections: unknown): string =>
  (Array.isArray(sections) ? (sections as Section[]) : [])
    .flatMap((s) => [...(s.heading ? [s.heading] : []), ...(s.paragraphs ?? [])])
    .join("\n\n");

function DraftCard({ draft, onChanged }: { draft: Draft; onChanged: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [subject, setSubject] = useState(draft.subject ?? "");
  const [preheader, setPreheader] = useState(draft.preheader ?? "");
  const [body, setBody] = useState(bodyText(draft.sections));
  const [busy, setBusy] = useState(false);
  const [update] = useMutation(UpdateEmailDraftDocument);
  const [approve] = useMutation(ApproveEmailDraftDocument);
  const [discard] = useMutation(DiscardEmailDraftDocument);
  const act = async (what: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await what();
      toast("success", message);
      onChanged();
    } catch (error) {
      toast("error", t(errorKey(error)));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    update({
      variables: {
        rowId: draft.rowId,
        patch: {
          subject,
          preheader,
          sections: [
            {
              paragraphs: body
                .split(/\n\s*\n/)
                .map((p) => p.trim())
                .filter(Boolean)
                .slice(0, 8),
            },
          ],
        },
      },
    }).then((r) => written(r.data?.updateEmailDraft?.emailDraft));
  const heading = `${t(`communications.kinds.${draft.kind}`)} · ${t(`communications.audiences.${draft.audience}`)}`;
  if (draft.status !== "draft") {
    return (
      <li className="card record" data-testid="email-draft">
        <h3>
          {heading} <Chip tone={draft.status}>{t(`communications.draftStatus.${draft.status}`)}</Chip>
        </h3>
        {draft.subject ? <p>{draft.subject}</p> : null}
        {draft.status === "writing" && draft.agentRun?.status === "failed" ? (
          <p className="muted">{t(errorKey(draft.agentRun.errorCode ?? "INTERNAL_ERROR"))}</p>
        ) : null}
        {draft.status === "approved" ? (
          <p className="muted">{t("communications.recipients", { count: draft.recipients ?? 0 })}</p>
        ) : null}
      </li>
    );
  }
  return (
    <li className="card record" data-testid="email-draft">
      <h3>
        {heading} <Chip tone="draft">{t("communications.draftStatus.draft")}</Chip>{" "}
        {draft.writtenBy === "local" ? <Chip tone="local">{t("communications.localWriter")}</Chip> : null}
      </h3>
      <form
        className="record-form"
        aria-label={t("communications.editDraft")}
        onSubmit={(event) => {
          event.preventDefault();
          void act(save, t("communications.saved"));
        }}
      >
        <label className="field">
          <span>{t("communications.subject")}</span>
          <input value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t("communications.preheader")}</span>
          <input value={preheader} maxLength={200} onChange={(e) => setPreheader(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("communications.body")}</span>
          <textarea value={body} rows={8} onChange={(e) => setBody(e.target.value)} />
          <small className="muted">{t("communications.bodyHint")}</small>
        </label>
        <div className="form-actions">
          <button type="submit" className="button secondary" disabled={busy}>
            {t("communications.save")}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await save();
                written((await approve({ variables: { rowId: draft.rowId } })).data?.approveEmailDraft?.result);
              }, t("communications.approved"))
            }
          >
            {t("communications.approve")}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() =>
              void act(
                async () =>
                  written((await discard({ variables: { rowId: draft.rowId } })).data?.discardEmailDraft?.result),
                t("communications.discarded"),
              )
            }
          >
            {t("communications.discard")}
          </button>
        </div>
      </form>
    </li>
  );
}

export function CommunicationsSection({ eventId, timeZone }: { eventId: string; timeZone?: string | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [kind, setKind] = useState<string>("casting_invitation");
  const [audience, setAudience] = useState<string>("invited_talent");
  const { data, loading, error, refetch } = useQuery(EventCommunicationsDocument, {
    variables: { eventId },
    pollInterval: 5000,
  });
  const [request, { loading: requesting }] = useMutation(RequestEmailDraftDocument);
  if (loading && !data) return <Skeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const drafts = (data?.event?.emailDrafts.nodes ?? []).flatMap((d) => (d && d.status !== "discarded" ? [d] : []));
  const messages = (data?.event?.outboundMessages.nodes ?? []).flatMap((m) => (m ? [m] : []));
  return (
    <section className="communications" data-testid="communications">
      <h2>{t("communications.draftsTitle")}</h2>
      <form
        className="record-form"
        aria-label={t("communications.request")}
        onSubmit={(event) => {
          event.preventDefault();
          void request({ variables: { eventId, kind, audience } })
            .then((r) => {
              written(r.data?.requestEmailDraft?.result);
              toast("success", t("communications.requested"));
              void refetch();
            })
            .catch((e) => toast("error", t(errorKey(e))));
        }}
      >
        <div className="field-row">
          <label className="field">
            <span>{t("communications.kind")}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`communications.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("communications.audience")}</span>
            <select value={audience} onChange={(e) => setAudience(e.target.value)}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`communications.audiences.${a}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" className="button" disabled={requesting}>
          {t("communications.request")}
        </button>
      </form>
      {drafts.length === 0 ? (
        <EmptyState title={t("communications.noDrafts")} />
      ) : (
        <ul className="records">
          {drafts.map((d) => (
            <DraftCard key={`${d.rowId}:${d.status}`} draft={d} onChanged={() => void refetch()} />
          ))}
        </ul>
      )}
      <h2 id="communications-sent">{t("communications.sentTitle")}</h2>
      {messages.length === 0 ? (
        <EmptyState title={t("communications.noMessages")} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="communications-sent">
          <table className="table" data-testid="outbound-messages">
            <thead>
              <tr>
                <th>{t("communications.to")}</th>
                <th>{t("communications.channel")}</th>
                <th>{t("communications.template")}</th>
                <th>{t("communications.status")}</th>
                <th>{t("communications.when")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.rowId}>
                  <td>{m.recipientName ?? "—"}</td>
                  <td>{t(`communications.channels.${m.channel}`)}</td>
                  <td>{t(`communications.templates.${m.templateKey}`)}</td>
                  <td>
                    <Chip tone={m.status}>{t(`communications.statuses.${m.status}`)}</Chip>
                    {m.lastErrorCode ? (
                      <small className="muted"> {t(`communications.reasons.${m.lastErrorCode}`)}</small>
                    ) : null}
                  </td>
                  <td>{formatDateTime(m.sentAt ?? m.scheduledAt, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InboxSection eventId={eventId} />
    </section>
  );
}
