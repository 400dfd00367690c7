// The booking page (/reserva?clave=<access token>): the reservation and its
// countdown, the way to pay with Wompi (the server builds the signed checkout
// from the database's amount), and, once Wompi's signed event has confirmed
// the payment, the tickets with their QR codes. Wompi sends the buyer back
// here with ?id=<transaction>; the page then waits for the confirmation.
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PUBLIC_PAGES } from "../../../shared/links.ts";
import { groupedCode } from "../box-office/codes.ts";
import { TicketQr } from "../box-office/qr.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { formatCop, formatDateTime } from "../format.ts";
import { BookingPageDocument } from "../gql/graphql.ts";

/** The access token in ?clave=, even when Wompi appended its own ?id= without an &. */
function tokenIn(value: string | null): string {
  return (value ?? "").toUpperCase().match(/^[0-9A-HJKMNP-TV-Z]{32}/)?.[0] ?? "";
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function BookingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = tokenIn(params.get("clave"));
  const returnedFromWompi = params.has("id") || /\?id=/.test(params.get("clave") ?? "");
  const [info, setInfo] = useState<ServerInfo | null>(null);
  useEffect(() => void serverInfo().then(setInfo), []);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(BookingPageDocument, {
    variables: { accessToken: token },
    skip: !token,
    fetchPolicy: "network-only",
  });
  const booking = data?.bookingByAccessToken;
  const now = useNow(1000);
  const waiting = booking?.status === "pending";
  // While it waits for payment, look again every few seconds (Wompi's event may arrive any moment).
  useEffect(() => {
    if (waiting) startPolling(returnedFromWompi ? 2000 : 5000);
    else stopPolling();
    return () => stopPolling();
  }, [waiting, returnedFromWompi, startPolling, stopPolling]);

  if (!token) return <EmptyState title={t("shop.bookingNotFound")} />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  if (!booking) return <EmptyState title={t("shop.bookingNotFound")} />;

  const passes = (data?.bookingPasses?.nodes ?? []).flatMap((p) => (p ? [p] : []));
  const left = booking.expiresAt ? Math.max(0, new Date(booking.expiresAt).getTime() - now) : 0;
  const clock = `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, "0")}`;
  const timeZone = booking.eventTimezone ?? "America/Bogota";
  const status = booking.status ?? "pending";
  // A free booking is paid at once, but nobody paid: it is "confirmed", not "payment confirmed".
  const free = Number(booking.totalCop) === 0;
  return (
    <article className="booking-page">
      <p className="eyebrow">
        {t("shop.booking")} {booking.reference}
      </p>
      <h1>{booking.eventTitle}</h1>
      <p className="lede">
        {booking.eventStartsAt ? formatDateTime(booking.eventStartsAt, timeZone) : null}
        {booking.venueName ? ` · ${booking.venueName}, ${booking.venueCity}` : ""}
      </p>
      <section className="card stack" aria-labelledby="booking-summary">
        <div className="actions">
          <h2 id="booking-summary">{t("shop.summary")}</h2>
          <Chip tone={status} data-testid="booking-status">
            {free && status === "paid" ? t("shop.status.confirmed") : t(`shop.status.${status}`)}
          </Chip>
        </div>
        <p>
          {t("shop.line", { count: booking.quantity ?? 1, tier: booking.tierName })} ·{" "}
          <strong>{free ? t("shop.free") : formatCop(booking.totalCop)}</strong>
        </p>
        <p className="muted">{t("shop.buyer", { name: booking.buyerName, email: booking.buyerEmail })}</p>
        {status === "pending" ? (
          <>
            <p className="countdown" role="timer" aria-live="off">
              {t("shop.heldFor", { clock })}
            </p>
            {returnedFromWompi ? (
              <p className="run-banner" role="status" data-testid="confirming">
                {booking.lastPaymentStatus === "DECLINED" || booking.lastPaymentStatus === "ERROR"
                  ? t("shop.paymentDeclined")
                  : t("shop.confirming")}
              </p>
            ) : null}
            {info && !info.payments.wompi ? (
              <p className="run-banner" role="status" data-testid="payments-not-configured">
                {t("shop.paymentsNotConfigured")}
              </p>
            ) : (
              <a className="button block" href={`/pagos/wompi?clave=${token}`} data-testid="pay">
                {t("shop.pay", { amount: formatCop(booking.totalCop) })}
              </a>
            )}
            {info?.payments.sandbox ? <p className="muted small">{t("shop.sandbox")}</p> : null}
          </>
        ) : null}
        {status === "expired" ? (
          <p role="status">
            {booking.refundDue ? t("shop.expiredRefund") : t("shop.expired")}{" "}
            <Link to={`/evento/${booking.eventId}`}>{t("shop.backToEvent")}</Link>
          </p>
        ) : null}
        {status === "cancelled" || status === "refunded" ? (
          <p role="status">{booking.refundDue ? t("shop.refundDue") : t(`shop.closed.${status}`)}</p>
        ) : null}
        {status === "paid" ? (
          <p role="status">{t(free ? "shop.confirmedFree" : "shop.paid", { email: booking.buyerEmail })}</p>
        ) : null}
      </section>
      {passes.length ? (
        <section aria-labelledby="tickets-title">
          <div className="actions no-print">
            <h2 id="tickets-title">{t("shop.yourTickets")}</h2>
            <button type="button" className="button secondary small" onClick={() => window.print()}>
              {t("shop.print")}
            </button>
          </div>
          <div className="ticket-list">
            {passes.map((pass) => (
              <div className="card ticket" key={pass.code} data-testid="pass">
                <p className="eyebrow">{t("shop.seat", { seat: pass.seat, seats: pass.seats })}</p>
                <TicketQr code={pass.code ?? ""} label={t("shop.qrLabel", { seat: pass.seat })} size={200} />
                <p className="ticket-code">{groupedCode(pass.code ?? "")}</p>
                <Link to={`${PUBLIC_PAGES.ticket}/${pass.code}`} className="button ghost small no-print">
                  {t("shop.openTicket")}
                </Link>
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}
