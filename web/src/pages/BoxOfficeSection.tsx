// Event → Boletería, for owners, admins and producers, below the tiers
// (TicketTiersSection: each tier's paid, reserved and available tickets):
// the totals and revenue in COP, the bookings with their
// status (a lapsed reservation reads expired at once), cancel and refund,
// refunds owed (a late payment that found the tier sold out, a double
// payment, a refund) until they are marked paid out, the CSV exports, and
// links to the public page and the door.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { attendanceCsv, bookingsCsv, download, type ExportLabels } from "../box-office/exports.ts";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey } from "../errors.ts";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import {
  type BoxOfficeBookingFragment,
  BoxOfficeDocument,
  CancelBookingDocument,
  CompleteRefundDocument,
  RefundBookingDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

const PAGE = 50;

export function BoxOfficeSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useApolloClient();
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useQuery(BoxOfficeDocument, {
    variables: { eventId, first: PAGE, offset: page * PAGE },
    pollInterval: 15_000,
  });
  const [cancel] = useMutation(CancelBookingDocument);
  const [refund] = useMutation(RefundBookingDocument);
  const [complete] = useMutation(CompleteRefundDocument);
  const [info, setInfo] = useState<ServerInfo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => void serverInfo().then(setInfo), []);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  const event = data?.event;
  if (!event) return <EmptyState title={t("event.notFound")} />;
  const zone = event.timezone;
  const tiers = event.ticketTiers.nodes
    .flatMap((tier) => (tier ? [tier] : []))
    .sort((a, b) => Number(a.priceCop) - Number(b.priceCop));
  const bookings = event.bookings.nodes.flatMap((b) => (b ? [b] : []));
  const revenue = event.paidBookings.aggregates?.sum?.totalCop ?? 0;
  const sold = tiers.reduce((sum, tier) => sum + (tier.paidCount ?? 0), 0);
  const reserved = tiers.reduce((sum, tier) => sum + (tier.reservedCount ?? 0), 0);
  const available = tiers.reduce((sum, tier) => sum + (tier.availableCount ?? 0), 0);
  const owed = (data?.eventRefundsOwed?.nodes ?? []).flatMap((refund) => (refund?.booking ? [refund] : []));

  const act = async (key: string, run: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await run();
      toast("success", done);
      await refetch();
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    } finally {
      setBusy(null);
    }
  };

  const labels: ExportLabels = {
    bookings: [
      t("boxOffice.csv.reference"),
      t("boxOffice.csv.createdAt"),
      t("boxOffice.csv.buyer"),
      t("boxOffice.csv.email"),
      t("boxOffice.csv.tier"),
      t("boxOffice.csv.quantity"),
      t("boxOffice.csv.totalCop"),
      t("boxOffice.csv.status"),
      t("boxOffice.csv.paidAt"),
      t("boxOffice.csv.provider"),
      t("boxOffice.csv.paymentReference"),
    ],
    attendance: [
      t("boxOffice.csv.reference"),
      t("boxOffice.csv.buyer"),
      t("boxOffice.csv.email"),
      t("boxOffice.csv.tier"),
      t("boxOffice.csv.ticket"),
      t("boxOffice.csv.entered"),
      t("boxOffice.csv.enteredAt"),
      t("boxOffice.csv.gate"),
    ],
    status: (status) => (status ? t(`shop.status.${status}`) : ""),
    yes: t("boxOffice.csv.yes"),
    no: t("boxOffice.csv.no"),
  };
  const exportCsv = async (kind: "bookings" | "attendance") => {
    setBusy(kind);
    try {
      const text =
        kind === "bookings"
          ? await bookingsCsv(client, eventId, zone, labels)
          : await attendanceCsv(client, eventId, zone, labels);
      download(`${kind === "bookings" ? t("boxOffice.bookingsFile") : t("boxOffice.attendanceFile")}.csv`, text);
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="box-office stack">
      {info && !info.payments.wompi ? (
        <p className="run-banner" role="status" data-testid="payments-not-configured">
          {t("boxOffice.paymentsNotConfigured")}
        </p>
      ) : null}
      <div className="actions">
        <Link to={`/evento/${eventId}`} className="button secondary small" data-testid="public-page">
          {t("boxOffice.publicPage")}
        </Link>
        <Link to={`/puerta/${eventId}`} className="button secondary small">
          {t("boxOffice.door")}
        </Link>
        <button
          type="button"
          className="button ghost small"
          disabled={busy !== null}
          onClick={() => void exportCsv("bookings")}
          data-testid="export-bookings"
        >
          {t("boxOffice.exportBookings")}
        </button>
        <button
          type="button"
          className="button ghost small"
          disabled={busy !== null}
          onClick={() => void exportCsv("attendance")}
          data-testid="export-attendance"
        >
          {t("boxOffice.exportAttendance")}
        </button>
      </div>
      <div className="stats card">
        <div className="stat">
          <div className="stat-value" data-testid="revenue">
            {formatCop(revenue)}
          </div>
          <div className="stat-label">{t("boxOffice.revenue")}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatNumber(sold)}</div>
          <div className="stat-label">{t("boxOffice.sold")}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatNumber(reserved)}</div>
          <div className="stat-label">{t("boxOffice.reserved")}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatNumber(available)}</div>
          <div className="stat-label">{t("boxOffice.available")}</div>
        </div>
      </div>

      {owed.length ? (
        <section className="card" aria-labelledby="owed-title">
          <h2 id="owed-title">{t("boxOffice.refundsOwed")}</h2>
          <ul className="list">
            {owed.map((payment) => (
              <li key={payment.rowId} data-testid="refund-owed">
                <span>
                  <strong>{payment.booking?.buyerName}</strong> · {payment.booking?.reference} ·{" "}
                  {formatCop(Number(payment.amountInCents) / 100)}
                  <span className="muted">
                    {" "}
                    · {t(`boxOffice.refundReason.${payment.reason ?? "booking_refunded"}`)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button small"
                  disabled={busy !== null}
                  onClick={() =>
                    void act(
                      payment.rowId,
                      () => complete({ variables: { paymentId: payment.rowId } }),
                      t("boxOffice.refundMarked"),
                    )
                  }
                >
                  {t("boxOffice.markRefunded")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="bookings-title">
        <h2 id="bookings-title">
          {t("boxOffice.bookings")} <span className="muted">({formatNumber(event.bookings.totalCount)})</span>
        </h2>
        {bookings.length === 0 ? <p className="muted">{t("boxOffice.noBookings")}</p> : null}
        <ul className="list bookings">
          {bookings.map((booking) => (
            <BookingRow
              key={booking.rowId}
              booking={booking}
              zone={zone}
              busy={busy !== null}
              onCancel={() =>
                void act(
                  booking.rowId,
                  () =>
                    cancel({ variables: { bookingId: booking.rowId, reason: t("boxOffice.cancelledFromDashboard") } }),
                  t("boxOffice.cancelled"),
                )
              }
              onRefund={() => {
                if (
                  !window.confirm(
                    t("boxOffice.confirmRefund", { buyer: booking.buyerName, amount: formatCop(booking.totalCop) }),
                  )
                )
                  return;
                void act(
                  booking.rowId,
                  () =>
                    refund({ variables: { bookingId: booking.rowId, reason: t("boxOffice.refundedFromDashboard") } }),
                  t("boxOffice.refunded"),
                );
              }}
            />
          ))}
        </ul>
        {event.bookings.totalCount > PAGE ? (
          <div className="actions">
            <button
              type="button"
              className="button ghost small"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              {t("boxOffice.newer")}
            </button>
            <span className="muted">
              {t("boxOffice.page", {
                page: formatNumber(page + 1),
                pages: formatNumber(Math.ceil(event.bookings.totalCount / PAGE)),
              })}
            </span>
            <button
              type="button"
              className="button ghost small"
              disabled={(page + 1) * PAGE >= event.bookings.totalCount}
              onClick={() => setPage(page + 1)}
            >
              {t("boxOffice.older")}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function BookingRow({
  booking,
  zone,
  busy,
  onCancel,
  onRefund,
}: {
  booking: BoxOfficeBookingFragment;
  zone: string;
  busy: boolean;
  onCancel: () => void;
  onRefund: () => void;
}) {
  const { t } = useTranslation();
  const status = booking.currentStatus ?? booking.status;
  const lastCharge = booking.payments.nodes.filter((p) => p?.kind === "charge").at(-1);
  return (
    <li data-testid="booking-row" data-reference={booking.reference}>
      <span>
        <strong>{booking.buyerName}</strong>{" "}
        <Chip tone={status} data-testid="booking-status">
          {t(`shop.status.${status}`)}
        </Chip>
        <span className="muted" style={{ display: "block" }}>
          {booking.reference} · {booking.tier?.name} · {t("shop.line", { count: booking.quantity, tier: "" }).trim()} ·{" "}
          {formatCop(booking.totalCop)} · {formatDateTime(booking.createdAt, zone)}
          {lastCharge ? ` · ${t(`boxOffice.payment.${lastCharge.status}`)}` : ""}
          {lastCharge?.paymentMethodType ? ` (${lastCharge.paymentMethodType})` : ""}
        </span>
      </span>
      {status === "pending" || (status === "paid" && Number(booking.totalCop) === 0) ? (
        <button type="button" className="button secondary small" disabled={busy} onClick={onCancel}>
          {t("boxOffice.cancel")}
        </button>
      ) : status === "paid" ? (
        <button
          type="button"
          className="button secondary small"
          disabled={busy}
          onClick={onRefund}
          data-testid="refund"
        >
          {t("boxOffice.refund")}
        </button>
      ) : null}
    </li>
  );
}
