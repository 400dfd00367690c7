// The public ticket page (/t/<code>): what the holder shows at the door, on a
// phone or printed. The code is the key: anyone holding it may see the ticket.
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { groupedCode } from "../box-office/codes.ts";
import { TicketQr } from "../box-office/qr.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { formatDateTime, formatTime } from "../format.ts";
import { TicketPageDocument } from "../gql/graphql.ts";

export function TicketPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(TicketPageDocument, {
    variables: { code },
    fetchPolicy: "network-only",
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={1} />;
  const pass = data?.ticketByCode;
  if (!pass?.code) return <EmptyState title={t("shop.ticketNotFound")} />;
  const timeZone = pass.eventTimezone ?? "America/Bogota";
  const status = pass.status ?? "not_valid";
  return (
    <article className="ticket-page">
      <div className="card ticket big">
        <p className="eyebrow">{t("shop.ticketOf", { tier: pass.tierName })}</p>
        <h1>{pass.eventTitle}</h1>
        <p className="lede">
          {pass.eventStartsAt ? formatDateTime(pass.eventStartsAt, timeZone) : null}
          {pass.venueName ? ` · ${pass.venueName}` : ""}
        </p>
        {pass.venueAddress || pass.venueCity ? (
          <p className="muted">{[pass.venueAddress, pass.venueCity].filter(Boolean).join(", ")}</p>
        ) : null}
        <TicketQr code={pass.code} label={t("shop.qrLabel", { seat: pass.seat })} size={260} />
        <p className="ticket-code" data-testid="ticket-code">
          {groupedCode(pass.code)}
        </p>
        <p>
          <strong>{pass.holderName}</strong> · {t("shop.seat", { seat: pass.seat, seats: pass.seats })}
        </p>
        <p className="muted">
          {t("shop.reference")} {pass.reference}
        </p>
        <Chip tone={status} data-testid="ticket-status">
          {status === "checked_in" && pass.checkedInAt
            ? t("shop.checkedInAt", { time: formatTime(pass.checkedInAt, timeZone) })
            : t(`shop.ticketStatus.${status}`)}
        </Chip>
        <p className="muted small">{t("shop.ticketHint")}</p>
        <button type="button" className="button secondary small no-print" onClick={() => window.print()}>
          {t("shop.print")}
        </button>
      </div>
    </article>
  );
}
