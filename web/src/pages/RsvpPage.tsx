// The public RSVP page (/rsvp/<token>): a guest answers an invitation from the
// link they received, on their phone, without an account. The token is the
// key: it opens only its own invitation; a forged, reissued, cancelled or
// expired link opens nothing. Once accepted, the page shows the door QR (the
// box office's check-in scans it like a ticket) and, when seated, the seats.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { groupedCode } from "../box-office/codes.ts";
import { TicketQr } from "../box-office/qr.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import { RespondToInvitationDocument, RsvpPageDocument } from "../gql/graphql.ts";

export function RsvpPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(RsvpPageDocument, {
    variables: { token },
    fetchPolicy: "network-only",
  });
  const [respond, { loading: saving }] = useMutation(RespondToInvitationDocument);
  const rsvp = data?.rsvpByToken;
  const [bringPlusOne, setBringPlusOne] = useState(false);
  const [plusOneName, setPlusOneName] = useState("");
  const [notes, setNotes] = useState("");
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!rsvp) return;
    setBringPlusOne(Boolean(rsvp.plusOneName));
    setPlusOneName(rsvp.plusOneName ?? "");
    setNotes(rsvp.notes ?? "");
  }, [rsvp]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={1} />;
  if (!rsvp?.status) return <EmptyState title={t("rsvp.notFound")} body={t("rsvp.notFoundHint")} />;

  const timeZone = rsvp.eventTimezone ?? "America/Bogota";
  const answered = rsvp.status !== "invited";
  const showForm = rsvp.open && (!answered || editing);

  async function answer(attending: boolean, e?: FormEvent) {
    e?.preventDefault();
    setProblem(null);
    try {
      await respond({
        variables: {
          token,
          attending,
          plusOneName: attending && bringPlusOne ? plusOneName.trim() || null : null,
          notes: notes.trim() || null,
        },
      });
      setEditing(false);
      await refetch();
    } catch (failure) {
      setProblem(t(errorKey(failure)));
      void refetch();
    }
  }

  return (
    <article className="rsvp-page">
      <p className="eyebrow">{t("rsvp.invitedBy", { organization: rsvp.organizationName })}</p>
      <h1>{rsvp.eventTitle}</h1>
      <p className="lede">
        {rsvp.eventStartsAt ? formatDateTime(rsvp.eventStartsAt, timeZone) : null}
        {rsvp.venueName ? ` · ${rsvp.venueName}` : ""}
      </p>
      {rsvp.venueAddress || rsvp.venueCity ? (
        <p className="muted">{[rsvp.venueAddress, rsvp.venueCity].filter(Boolean).join(", ")}</p>
      ) : null}
      <section className="card stack" aria-labelledby="rsvp-guest">
        <h2 id="rsvp-guest">{t("rsvp.hello", { name: rsvp.guestName })}</h2>
        <Chip tone={rsvp.status} data-testid="rsvp-status">
          {t(`rsvp.status.${rsvp.status}`)}
        </Chip>
        {rsvp.status === "waitlist" ? <p>{t("rsvp.waitlistHint")}</p> : null}
        {rsvp.status === "accepted" && rsvp.plusOneName ? (
          <p>{t("rsvp.withPlusOne", { name: rsvp.plusOneName })}</p>
        ) : null}
        {rsvp.status === "accepted" && rsvp.doorCode ? (
          <div className="rsvp-pass">
            <TicketQr code={rsvp.doorCode} label={t("rsvp.qrLabel")} size={240} />
            <p className="ticket-code" data-testid="door-code">
              {groupedCode(rsvp.doorCode)}
            </p>
            {rsvp.seatLabels?.length ? (
              <p data-testid="rsvp-seats">
                <strong>{t("rsvp.seats")}</strong> {rsvp.seatLabels.join(" · ")}
              </p>
            ) : (
              <p className="muted">{t("rsvp.seatLater")}</p>
            )}
            <p className="muted small">{t("rsvp.qrHint")}</p>
          </div>
        ) : null}
        {rsvp.status === "cancelled" ? (
          // The only cancelled invitations a link opens are those of a cancelled event.
          <p data-testid="rsvp-event-cancelled">{t("rsvp.eventCancelled", { organization: rsvp.organizationName })}</p>
        ) : !rsvp.open ? (
          <p className="muted" data-testid="rsvp-closed">
            {t("rsvp.closed")}
          </p>
        ) : rsvp.closesAt ? (
          <p className="muted small">{t("rsvp.closesAt", { when: formatDateTime(rsvp.closesAt, timeZone) })}</p>
        ) : null}
        {rsvp.open && answered && !editing ? (
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            {t("rsvp.change")}
          </button>
        ) : null}
      </section>
      {showForm ? (
        <form className="card stack" onSubmit={(e) => void answer(true, e)} aria-labelledby="rsvp-answer">
          <h2 id="rsvp-answer">{t("rsvp.question")}</h2>
          {rsvp.plusOneAllowed ? (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={bringPlusOne}
                  onChange={(e) => setBringPlusOne(e.target.checked)}
                  data-testid="bring-plus-one"
                />
                <span>{t("rsvp.bringPlusOne")}</span>
              </label>
              {bringPlusOne ? (
                <div className="field">
                  <label htmlFor="plus-one-name">{t("rsvp.plusOneName")}</label>
                  <input
                    id="plus-one-name"
                    value={plusOneName}
                    maxLength={200}
                    required
                    autoComplete="off"
                    onChange={(e) => setPlusOneName(e.target.value)}
                  />
                </div>
              ) : null}
            </>
          ) : (
            <p className="muted small">{t("rsvp.justYou")}</p>
          )}
          <div className="field">
            <label htmlFor="rsvp-notes">{t("rsvp.notes")}</label>
            <textarea
              id="rsvp-notes"
              rows={3}
              maxLength={500}
              value={notes}
              placeholder={t("rsvp.notesPlaceholder")}
              onChange={(e) => setNotes(e.target.value)}
            />
          </div>
          {problem ? (
            <p className="form-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="rsvp-actions">
            <button type="submit" className="button block" disabled={saving} data-testid="rsvp-accept">
              {t("rsvp.accept")}
            </button>
            <button
              type="button"
              className="button secondary block"
              disabled={saving}
              onClick={() => void answer(false)}
              data-testid="rsvp-decline"
            >
              {t("rsvp.decline")}
            </button>
          </div>
        </form>
      ) : problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
}
