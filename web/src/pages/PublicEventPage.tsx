// The public event page (/evento/:eventId): an anonymous visitor picks a tier
// and how many tickets, gives a name and an email, and gets a reservation
// (or, for a free tier, the tickets). The booking page takes it from there.
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { PUBLIC_PAGES } from "../../../shared/links.ts";
import { rememberBooking, rememberedBookings } from "../box-office/bookings.ts";
import { SignedImage } from "../components/SignedImage.tsx";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey } from "../errors.ts";
import { formatCop, formatDateTime, formatNumber } from "../format.ts";
import { BookTicketsDocument, PublicEventDocument } from "../gql/graphql.ts";

export function PublicEventPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PublicEventDocument, { variables: { rowId: eventId } });
  const [book, { loading: booking }] = useMutation(BookTicketsDocument);
  const [info, setInfo] = useState<ServerInfo | null>(null);
  const [tierId, setTierId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(1);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => void serverInfo().then(setInfo), []);

  const event = data?.event;
  const mine = rememberedBookings(eventId);
  const now = Date.now();
  const tiers = (event?.ticketTiers.nodes ?? [])
    .flatMap((tier) => (tier ? [tier] : []))
    .map((tier) => {
      const opens = tier.salesStartAt ? new Date(tier.salesStartAt).getTime() : null;
      const closes = new Date(tier.salesEndAt ?? event?.startsAt ?? 0).getTime();
      const onSale = (opens === null || opens <= now) && now < closes;
      return { ...tier, onSale, opens, available: tier.availableCount ?? 0 };
    })
    .sort((a, b) => Number(a.priceCop) - Number(b.priceCop));
  const chosen = tiers.find((tier) => tier.rowId === tierId) ?? null;
  const most = chosen ? Math.max(1, Math.min(chosen.maxPerOrder, chosen.available)) : 1;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    setProblem(null);
    try {
      const result = await book({
        variables: { tierId: chosen.rowId, quantity, buyerName: name, buyerEmail: email },
      });
      const reservation = result.data?.bookTickets?.result;
      const token = reservation?.accessToken;
      if (!token || !reservation?.booking) throw new Error("no booking");
      rememberBooking({ reference: reservation.booking.reference, token, eventId });
      navigate(`${PUBLIC_PAGES.booking}?clave=${token}`);
    } catch (failure) {
      setProblem(t(errorKey(failure)));
      void refetch();
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  if (!event || event.status !== "published") return <EmptyState title={t("shop.eventNotFound")} />;
  return (
    <article className="public-event">
      <p className="eyebrow">{t("shop.tickets")}</p>
      <h1>{event.title}</h1>
      <p className="lede">
        {formatDateTime(event.startsAt, event.timezone)}
        {event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}
      </p>
      {event.cover ? (
        <SignedImage
          className="event-cover"
          src={event.cover.url}
          alt={t("event.coverAlt", { title: event.title })}
          data-testid="event-cover"
        />
      ) : null}
      {event.description ? <p style={{ whiteSpace: "pre-line" }}>{event.description}</p> : null}
      {mine.length ? (
        <section className="card" aria-labelledby="my-bookings">
          <h2 id="my-bookings">{t("shop.myBookings")}</h2>
          <ul className="list">
            {mine.map((b) => (
              <li key={b.reference}>
                <span>{b.reference}</span>
                <Link to={`${PUBLIC_PAGES.booking}?clave=${b.token}`} className="button secondary small">
                  {t("shop.openBooking")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form className="card stack" onSubmit={submit} aria-labelledby="choose-tier">
        <h2 id="choose-tier">{t("shop.chooseTier")}</h2>
        {tiers.length === 0 ? <p className="muted">{t("shop.noTiers")}</p> : null}
        <fieldset className="tiers">
          <legend className="visually-hidden">{t("shop.chooseTier")}</legend>
          {tiers.map((tier) => {
            const disabled = !tier.onSale || tier.available === 0;
            return (
              <label key={tier.rowId} className={`tier-option${disabled ? " disabled" : ""}`}>
                <input
                  type="radio"
                  name="tier"
                  value={tier.rowId}
                  checked={tierId === tier.rowId}
                  disabled={disabled}
                  onChange={() => {
                    setTierId(tier.rowId);
                    setQuantity(1);
                  }}
                />
                <span className="tier-text">
                  <strong>{tier.name}</strong>
                  {tier.description ? <span className="muted">{tier.description}</span> : null}
                  <span className="muted">
                    {!tier.onSale
                      ? tier.opens && tier.opens > now
                        ? t("shop.salesOpen", {
                            when: formatDateTime(new Date(tier.opens).toISOString(), event.timezone),
                          })
                        : t("shop.salesClosed")
                      : tier.available === 0
                        ? t("shop.soldOut")
                        : t("shop.left", { count: tier.available, formatted: formatNumber(tier.available) })}
                  </span>
                </span>
                <span className="tier-price">
                  {Number(tier.priceCop) === 0 ? t("shop.free") : formatCop(tier.priceCop)}
                </span>
              </label>
            );
          })}
        </fieldset>
        {chosen ? (
          <>
            <div className="field-row">
              <div className="field">
                <label htmlFor="quantity">{t("shop.quantity")}</label>
                <select id="quantity" value={quantity} onChange={(e) => setQuantity(Number(e.target.value))}>
                  {Array.from({ length: most }, (_, i) => i + 1).map((n) => (
                    <option key={n} value={n}>
                      {formatNumber(n)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <span className="label">{t("shop.total")}</span>
                <strong className="total" data-testid="total">
                  {Number(chosen.priceCop) === 0 ? t("shop.free") : formatCop(Number(chosen.priceCop) * quantity)}
                </strong>
              </div>
            </div>
            <div className="field">
              <label htmlFor="buyer-name">{t("shop.name")}</label>
              <input
                id="buyer-name"
                autoComplete="name"
                required
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="buyer-email">{t("shop.email")}</label>
              <input
                id="buyer-email"
                type="email"
                autoComplete="email"
                required
                maxLength={320}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <span className="muted small">{t("shop.emailHint")}</span>
            </div>
            {Number(chosen.priceCop) > 0 ? (
              <p className="muted small">
                {info && !info.payments.wompi
                  ? t("shop.paymentsNotConfigured")
                  : t("shop.holdNotice", { minutes: info?.reservationMinutes ?? 15 })}
              </p>
            ) : null}
            {problem ? (
              <p className="form-error" role="alert">
                {problem}
              </p>
            ) : null}
            <button type="submit" className="button block" disabled={booking} data-testid="book">
              {Number(chosen.priceCop) === 0 ? t("shop.getTickets") : t("shop.reserve")}
            </button>
          </>
        ) : null}
      </form>
    </article>
  );
}
