// An event's guest list (/events/<id>/invitados): answers by category, the
// RSVP settings (guest capacity, closing date), inviting a filtered list of
// the organization's guests (and sending them their invitations at once),
// adding or editing one guest (and erasing them), sending the selected
// invitations through the outbox (email / WhatsApp, each with its own RSVP
// link) and each invitation's message state, each RSVP link to copy,
// withdrawing an invitation or reissuing its link, importing contacts from a
// CSV (all or nothing, errors per row), and the list as CSV or printed. The
// list is read page by page (guestList: search and answer filtered on the
// server), so a show with a thousand guests is listed whole.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { GUEST_CATEGORIES, GUEST_TIERS as TIERS } from "../../../shared/fields.ts";
import { PUBLIC_PAGES } from "../../../shared/links.ts";
import { canSell, useAuth } from "../auth.tsx";
import { csvDateTime, toCsv } from "../box-office/csv.ts";
import { download } from "../box-office/exports.ts";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey } from "../errors.ts";
import { formatDateTime, formatNumber } from "../format.ts";
import {
  CancelGuestInvitationDocument,
  EventGuestsDocument,
  type GuestInvitationFieldsFragment,
  GuestListPageDocument,
  type GuestListPageQuery,
  ImportGuestsDocument,
  InviteGuestsDocument,
  ReissueRsvpLinkDocument,
  SendGuestInvitationsDocument,
  type SendGuestInvitationsMutation,
  UpdateGuestSettingsDocument,
} from "../gql/graphql.ts";
import {
  type CsvTable,
  GUEST_FIELDS,
  type GuestField,
  guessMapping,
  type ImportError,
  mappedRows,
  readCsv,
} from "../guests/csv-import.ts";
import { GuestForm } from "../guests/GuestForm.tsx";
import { useToast } from "../toasts.tsx";

const STATUSES = ["invited", "accepted", "declined", "waitlist", "cancelled"] as const;
/** The outbox's channels an invitation can go on (app_public.send_guest_invitations). */
const CHANNELS = ["email", "whatsapp"] as const;
const MESSAGE_LANGUAGES = ["es-CO", "en"] as const;
/** Invitations per page of the list (about 2,700 of the API's 5,000 cost points). */
const PAGE = 100;

export function rsvpLink(token: string): string {
  return `${window.location.origin}${PUBLIC_PAGES.rsvp}/${token}`;
}

export function GuestsPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const { current } = useAuth();
  const canEdit = canSell(current?.role);
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(EventGuestsDocument, {
    variables: { eventId },
    fetchPolicy: "cache-and-network",
  });
  const [invite, { loading: inviting }] = useMutation(InviteGuestsDocument);
  const [categories, setCategories] = useState<string[]>(["press", "buyer"]);
  const [tiers, setTiers] = useState<string[]>(["A"]);
  const [plusOne, setPlusOne] = useState(false);
  const [sendNow, setSendNow] = useState<string[]>([]);
  const [sendLocale, setSendLocale] = useState<string>("es-CO");
  const [adding, setAdding] = useState(false);
  // Bumped after any change, so the list reads its first page again.
  const [version, setVersion] = useState(0);
  const changed = () => {
    void refetch();
    setVersion((v) => v + 1);
  };

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={3} />;
  const event = data?.event;
  if (!event) return <EmptyState title={t("guests.eventNotFound")} />;
  const report = (data?.guestReport?.nodes ?? []).flatMap((n) => (n ? [n] : []));
  const total = report.find((row) => row.category === null);

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  async function submitInvite(e: FormEvent) {
    e.preventDefault();
    try {
      const result = await invite({
        variables: {
          eventId,
          categories,
          tiers,
          plusOneAllowed: plusOne,
          sendChannels: sendNow.length > 0 ? sendNow : null,
          locale: sendLocale,
        },
      });
      const count = result.data?.inviteGuests?.result?.length ?? 0;
      toast("success", t("guests.invited", { count }));
      changed();
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    }
  }

  return (
    <article className="guests-page">
      <p className="no-print">
        <Link to={`/events/${eventId}`} className="button ghost small">
          ← {event.title}
        </Link>
      </p>
      <p className="eyebrow">{t("guests.title")}</p>
      <h1>{event.title}</h1>
      <p className="lede">{formatDateTime(event.startsAt, event.timezone)}</p>
      <p className="no-print actions">
        <Link to={`/events/${eventId}/asientos`} className="button secondary small" data-testid="open-seating">
          {t("seating.open")}
        </Link>
        {canEdit && !adding ? (
          <button type="button" className="button small" onClick={() => setAdding(true)} data-testid="add-guest">
            {t("guests.add")}
          </button>
        ) : null}
      </p>

      {canEdit && adding ? (
        <GuestForm
          guest={null}
          organizationId={event.organizationId}
          eventId={eventId}
          timezone={event.timezone}
          onDone={() => {
            setAdding(false);
            changed();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}

      <section className="card" aria-labelledby="guest-report">
        <h2 id="guest-report">{t("guests.report")}</h2>
        {/* A phone scrolls the table sideways (the page itself never scrolls sideways). */}
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="guest-report">
          <table className="table" data-testid="guest-report">
            <thead>
              <tr>
                <th>{t("guests.categoryLabel")}</th>
                <th>{t("guests.invitedCount")}</th>
                <th>{t("guests.invitationStatus.accepted")}</th>
                <th>{t("guests.invitationStatus.declined")}</th>
                <th>{t("guests.invitationStatus.waitlist")}</th>
                <th>{t("guests.attended")}</th>
              </tr>
            </thead>
            <tbody>
              {report.map((row) => (
                <tr key={row.category ?? "total"} className={row.category ? undefined : "total"}>
                  <td>{row.category ? t(`guests.category.${row.category}`) : t("guests.total")}</td>
                  <td>{formatNumber(row.invited)}</td>
                  <td>{formatNumber(row.accepted)}</td>
                  <td>{formatNumber(row.declined)}</td>
                  <td>{formatNumber(row.waitlist)}</td>
                  <td>{formatNumber(row.attended)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {event.guestCapacity ? (
          <p className="muted" data-testid="capacity-use">
            {t("guests.capacityUse", {
              accepted: formatNumber(total?.acceptedPeople ?? 0),
              capacity: formatNumber(event.guestCapacity),
            })}
          </p>
        ) : null}
        {total ? null : <p className="muted">{t("guests.noneInvited")}</p>}
      </section>

      {canEdit ? (
        <GuestSettings
          eventId={eventId}
          capacity={event.guestCapacity ?? null}
          closesAt={event.rsvpClosesAt ?? null}
          onSaved={changed}
        />
      ) : null}

      {canEdit ? (
        <form className="card stack no-print" onSubmit={submitInvite} aria-labelledby="invite-list">
          <h2 id="invite-list">{t("guests.invite")}</h2>
          <fieldset className="chips-field">
            <legend>{t("guests.categoryLabel")}</legend>
            {GUEST_CATEGORIES.map((c) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={categories.includes(c)}
                  onChange={() => setCategories(toggle(categories, c))}
                />
                <span>{t(`guests.category.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="chips-field">
            <legend>{t("guests.tier")}</legend>
            {TIERS.map((tier) => (
              <label key={tier} className="check">
                <input type="checkbox" checked={tiers.includes(tier)} onChange={() => setTiers(toggle(tiers, tier))} />
                <span>{tier}</span>
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={plusOne} onChange={(e) => setPlusOne(e.target.checked)} />
            <span>{t("guests.allowPlusOne")}</span>
          </label>
          <p className="muted small">{t("guests.inviteHint")}</p>
          <SendOptions
            idPrefix="invite-send"
            legend={t("guests.sendNow")}
            channels={sendNow}
            onChannels={setSendNow}
            locale={sendLocale}
            onLocale={setSendLocale}
          />
          <button type="submit" className="button" disabled={inviting} data-testid="invite">
            {t("guests.inviteButton")}
          </button>
        </form>
      ) : null}

      {canEdit ? <ImportGuests organizationId={event.organizationId} onImported={changed} /> : null}

      <GuestList key={version} eventId={eventId} event={event} canEdit={canEdit} onChanged={changed} />
    </article>
  );
}

interface ListEvent {
  title: string;
  timezone: string;
  organizationId: string;
}

/** The list, a page at a time; search and the answer filter run on the server. */
function GuestList({
  eventId,
  event,
  canEdit,
  onChanged,
}: {
  eventId: string;
  event: ListEvent;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useApolloClient();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [cancel] = useMutation(CancelGuestInvitationDocument);
  const [reissue] = useMutation(ReissueRsvpLinkDocument);
  const [sendInvitations, { loading: sending }] = useMutation(SendGuestInvitationsDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [channels, setChannels] = useState<string[]>(["email"]);
  const [locale, setLocale] = useState<string>("es-CO");
  const [report, setReport] = useState<SendResult[] | null>(null);
  const variables = { eventId, search: search || null, status: status || null, first: PAGE };
  // The first page from the server (after a change the list is mounted
  // anew: never a row already erased), then "load more" merges in the cache.
  const { data, error, refetch, fetchMore } = useQuery(GuestListPageDocument, {
    variables,
    fetchPolicy: "network-only",
    nextFetchPolicy: "cache-first",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.event?.guestList;
  const shown = (connection?.nodes ?? []).flatMap((n) => (n ? [n] : []));

  async function more() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.event?.guestList;
          const next = fetchMoreResult?.event?.guestList;
          if (!previous.event || !before || !next) return previous;
          return { event: { ...previous.event, guestList: { ...next, nodes: [...before.nodes, ...next.nodes] } } };
        },
      });
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    } finally {
      setLoadingMore(false);
    }
  }

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(rsvpLink(token));
      toast("success", t("guests.linkCopied"));
    } catch {
      window.prompt(t("guests.copyLink"), rsvpLink(token));
    }
  }

  /** Every invitation the filters match, read page by page. */
  async function everyone(): Promise<GuestInvitationFieldsFragment[]> {
    const all: GuestInvitationFieldsFragment[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: GuestListPageQuery } = await client.query({
        query: GuestListPageDocument,
        variables: { ...variables, after },
        fetchPolicy: "network-only",
      });
      const list: NonNullable<GuestListPageQuery["event"]>["guestList"] | undefined = page.data?.event?.guestList;
      all.push(...(list?.nodes ?? []).flatMap((n) => (n ? [n] : [])));
      if (!list?.pageInfo.hasNextPage || !list.pageInfo.endCursor) return all;
      after = list.pageInfo.endCursor;
    }
  }

  async function exportCsv() {
    setExporting(true);
    try {
      const rows = await everyone();
      const header = [
        t("guests.name"),
        t("guests.outlet"),
        t("guests.categoryLabel"),
        t("guests.tier"),
        t("guests.statusLabel"),
        t("guests.plusOne"),
        t("guests.notes"),
        t("guests.email"),
        t("guests.phone"),
        t("guests.respondedAt"),
        t("guests.checkedInAt"),
      ];
      const lines = rows.map((i) => [
        i.guest?.fullName,
        i.guest?.outlet,
        t(`guests.category.${i.guest?.category}`),
        i.guest?.tier,
        t(`guests.invitationStatus.${i.status}`),
        i.plusOneName,
        i.notes,
        i.guest?.contact?.email,
        i.guest?.contact?.phone,
        csvDateTime(i.respondedAt, event.timezone),
        csvDateTime(i.checkedInAt, event.timezone),
      ]);
      download(`invitados-${event.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`, toCsv(header, lines));
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    } finally {
      setExporting(false);
    }
  }

  async function send() {
    if (selected.length === 0) return toast("error", t("guests.sendNoneSelected"));
    if (channels.length === 0) return toast("error", t("guests.sendChooseChannel"));
    try {
      const result = await sendInvitations({ variables: { eventId, invitationIds: selected, channels, locale } });
      setReport((result.data?.sendGuestInvitations?.result ?? []).flatMap((r) => (r ? [r] : [])));
      setSelected([]);
      await refetch();
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    }
  }

  const total = connection?.totalCount ?? 0;
  const allShownSelected = shown.length > 0 && shown.every((i) => selected.includes(i.rowId));
  return (
    <section className="card" aria-labelledby="guest-list">
      <div className="section-head">
        <h2 id="guest-list">{t("guests.list", { count: total })}</h2>
        <div className="actions no-print">
          <button
            type="button"
            className="button secondary small"
            onClick={() => void exportCsv()}
            disabled={exporting}
            aria-busy={exporting || undefined}
          >
            {exporting ? t("guests.exporting") : t("guests.exportCsv")}
          </button>
          <button type="button" className="button secondary small" onClick={() => window.print()}>
            {t("guests.print")}
          </button>
        </div>
      </div>
      <form
        className="field-row no-print"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(typed.trim());
        }}
      >
        <div className="field">
          <label htmlFor="guest-filter">{t("guests.search")}</label>
          <input id="guest-filter" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="guest-status">{t("guests.statusFilter")}</label>
          <select id="guest-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("guests.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`guests.invitationStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button secondary" data-testid="guest-search">
            {t("guests.searchButton")}
          </button>
        </div>
      </form>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Skeleton count={2} /> : null}
      {data && shown.length === 0 ? (
        <p className="muted">{search || status ? t("guests.noMatch") : t("guests.noneInvited")}</p>
      ) : null}
      {canEdit && shown.length > 0 ? (
        <fieldset className="send-bar stack no-print" aria-describedby="send-hint">
          <legend>{t("guests.sendTitle")}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={() => setSelected(allShownSelected ? [] : shown.map((i) => i.rowId))}
              data-testid="select-all"
            />
            <span>{t("guests.selectAll")}</span>
          </label>
          <SendOptions
            idPrefix="list-send"
            legend={t("guests.channelsLabel")}
            channels={channels}
            onChannels={setChannels}
            locale={locale}
            onLocale={setLocale}
          />
          <p id="send-hint" className="muted small">
            {t("guests.sendNowHint")}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void send()}
            disabled={sending || selected.length === 0}
            aria-busy={sending || undefined}
            data-testid="send-invitations"
          >
            {t("guests.sendInvitations")} ({t("guests.selected", { count: selected.length })})
          </button>
        </fieldset>
      ) : null}
      {report ? <SendReport results={report} onClose={() => setReport(null)} /> : null}
      <ul className="list guest-list" data-testid="guest-list">
        {shown.map((i) =>
          editing === i.guest?.rowId && i.guest ? (
            <li key={i.rowId}>
              <GuestForm
                guest={i.guest}
                organizationId={event.organizationId}
                eventId={eventId}
                timezone={event.timezone}
                onDone={() => {
                  setEditing(null);
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={i.rowId} data-testid="guest-row">
              {canEdit ? (
                <input
                  type="checkbox"
                  className="no-print guest-select"
                  aria-label={t("guests.select", { name: i.guest?.fullName })}
                  checked={selected.includes(i.rowId)}
                  onChange={() =>
                    setSelected((list) =>
                      list.includes(i.rowId) ? list.filter((id) => id !== i.rowId) : [...list, i.rowId],
                    )
                  }
                />
              ) : null}
              <div className="guest-main">
                <strong>{i.guest?.fullName}</strong>
                <span className="muted small">
                  {[i.guest?.outlet, t(`guests.category.${i.guest?.category}`), `${t("guests.tier")} ${i.guest?.tier}`]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                {i.plusOneName ? <span className="small">+1: {i.plusOneName}</span> : null}
                {i.notes ? <span className="small">{i.notes}</span> : null}
                {canEdit ? <InvitationMessages messages={i.invitationMessagesList} /> : null}
              </div>
              <Chip tone={i.status}>{t(`guests.invitationStatus.${i.status}`)}</Chip>
              {canEdit ? (
                <div className="actions no-print">
                  <button
                    type="button"
                    className="button ghost small"
                    onClick={() => setEditing(i.guest?.rowId ?? null)}
                    data-testid="edit-guest"
                  >
                    {t("guests.edit")}
                  </button>
                  {i.rsvpToken ? (
                    <>
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() => void copy(i.rsvpToken ?? "")}
                      >
                        {t("guests.copyLink")}
                      </button>
                      <button
                        type="button"
                        className="button ghost small"
                        onClick={async () => {
                          if (!window.confirm(t("guests.reissueConfirm"))) return;
                          try {
                            await reissue({ variables: { invitationId: i.rowId } });
                            toast("success", t("guests.reissued"));
                          } catch (failure) {
                            toast("error", t(errorKey(failure)));
                          }
                        }}
                      >
                        {t("guests.reissue")}
                      </button>
                      <button
                        type="button"
                        className="button ghost small"
                        onClick={async () => {
                          if (!window.confirm(t("guests.cancelConfirm", { name: i.guest?.fullName }))) return;
                          try {
                            await cancel({ variables: { invitationId: i.rowId } });
                            onChanged();
                          } catch (failure) {
                            toast("error", t(errorKey(failure)));
                          }
                        }}
                      >
                        {t("guests.cancel")}
                      </button>
                    </>
                  ) : null}
                </div>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {total > shown.length ? (
        <div className="actions no-print">
          <p className="muted small" data-testid="guest-count">
            {t("guests.shownOf", { shown: formatNumber(shown.length), total: formatNumber(total) })}
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() => void more()}
            disabled={loadingMore}
            aria-busy={loadingMore || undefined}
            data-testid="load-more"
          >
            {t("guests.loadMore")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function GuestSettings({
  eventId,
  capacity,
  closesAt,
  onSaved,
}: {
  eventId: string;
  capacity: number | null;
  closesAt: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [update, { loading }] = useMutation(UpdateGuestSettingsDocument);
  const [value, setValue] = useState(capacity ? String(capacity) : "");
  const [closes, setCloses] = useState(closesAt ? closesAt.slice(0, 16) : "");
  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await update({
        variables: {
          eventId,
          guestCapacity: value ? Number(value) : null,
          rsvpClosesAt: closes ? new Date(closes).toISOString() : null,
        },
      });
      toast("success", t("guests.saved"));
      onSaved();
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    }
  }
  return (
    <form className="card stack no-print" onSubmit={save} aria-labelledby="rsvp-settings">
      <h2 id="rsvp-settings">{t("guests.settings")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="guest-capacity">{t("guests.capacity")}</label>
          <input
            id="guest-capacity"
            type="number"
            min={1}
            inputMode="numeric"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="rsvp-closes">{t("guests.closesAt")}</label>
          <input id="rsvp-closes" type="datetime-local" value={closes} onChange={(e) => setCloses(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="button secondary" disabled={loading}>
        {t("guests.save")}
      </button>
    </form>
  );
}

function ImportGuests({ organizationId, onImported }: { organizationId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [importGuests, { loading }] = useMutation(ImportGuestsDocument);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<Record<GuestField, number> | null>(null);
  const [consent, setConsent] = useState(false);
  const [source, setSource] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);

  async function choose(file: File | undefined) {
    setProblem(null);
    setErrors([]);
    if (!file) return;
    try {
      const read = readCsv(await file.text());
      if (read.rows.length === 0) throw new Error("empty");
      setTable(read);
      setMapping(guessMapping(read.header));
    } catch {
      setTable(null);
      setProblem(t("guests.import.unreadable"));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!table || !mapping) return;
    if (mapping.fullName < 0) {
      setProblem(t("guests.import.needName"));
      return;
    }
    setProblem(null);
    try {
      const result = await importGuests({
        variables: { organizationId, rows: mappedRows(table, mapping, consent), consentSource: source || null },
      });
      const answer = result.data?.importGuests?.result;
      const found = (answer?.errors ?? []) as ImportError[];
      if (found.length) {
        setErrors(found);
        return;
      }
      toast("success", t("guests.import.done", { imported: answer?.imported ?? 0, merged: answer?.merged ?? 0 }));
      setTable(null);
      setErrors([]);
      onImported();
    } catch (failure) {
      setProblem(t(errorKey(failure)));
    }
  }

  return (
    <form className="card stack no-print" onSubmit={submit} aria-labelledby="import-guests">
      <h2 id="import-guests">{t("guests.import.title")}</h2>
      <p className="muted small">{t("guests.import.hint")}</p>
      <div className="field">
        <label htmlFor="guest-csv">{t("guests.import.file")}</label>
        <input id="guest-csv" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {table && mapping ? (
        <>
          <p>{t("guests.import.rows", { count: table.rows.length })}</p>
          <div className="mapping">
            {GUEST_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>{t(`guests.import.field.${field}`)}</label>
                <select
                  id={`map-${field}`}
                  value={mapping[field]}
                  onChange={(e) => setMapping({ ...mapping, [field]: Number(e.target.value) })}
                >
                  <option value={-1}>{t("guests.import.none")}</option>
                  {table.header.map((name, index) => (
                    <option key={index} value={index}>
                      {name || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <label className="check">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            <span>{t("guests.import.consent")}</span>
          </label>
          {consent ? (
            <div className="field">
              <label htmlFor="consent-source">{t("guests.import.source")}</label>
              <input id="consent-source" maxLength={200} value={source} onChange={(e) => setSource(e.target.value)} />
            </div>
          ) : null}
          <button type="submit" className="button" disabled={loading} data-testid="import">
            {t("guests.import.button", { count: table.rows.length })}
          </button>
        </>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {errors.length ? (
        <div role="alert" data-testid="import-errors">
          <p className="form-error">{t("guests.import.failed", { count: errors.length })}</p>
          <ul className="list">
            {errors.slice(0, 100).map((error) => (
              <li key={`${error.row}-${error.column}`}>
                {t("guests.import.errorLine", {
                  row: error.row + 1,
                  field: t(`guests.import.field.${error.column}`),
                  problem: t(`guests.import.code.${error.code}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}

type SendResult = NonNullable<
  NonNullable<NonNullable<SendGuestInvitationsMutation["sendGuestInvitations"]>["result"]>[number]
>;

/** Channels (email, WhatsApp) and the message's language, for inviting and for sending later. */
function SendOptions({
  idPrefix,
  legend,
  channels,
  onChannels,
  locale,
  onLocale,
}: {
  idPrefix: string;
  legend: string;
  channels: string[];
  onChannels: (channels: string[]) => void;
  locale: string;
  onLocale: (locale: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <fieldset className="chips-field" data-testid={`${idPrefix}-channels`}>
        <legend>{legend}</legend>
        {CHANNELS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={channels.includes(c)}
              onChange={() => onChannels(channels.includes(c) ? channels.filter((x) => x !== c) : [...channels, c])}
            />
            <span>{t(`communications.channels.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      {channels.length > 0 ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-locale`}>{t("guests.messageLanguage")}</label>
          <select id={`${idPrefix}-locale`} value={locale} onChange={(e) => onLocale(e.target.value)}>
            {MESSAGE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`guests.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}

/** Where an invitation's own message is, per channel (the outbox's status and, when not sent, why). */
function InvitationMessages({ messages }: { messages: GuestInvitationFieldsFragment["invitationMessagesList"] }) {
  const { t } = useTranslation();
  const list = (messages ?? []).flatMap((m) => (m ? [m] : []));
  if (list.length === 0) {
    return (
      <span className="muted small" data-testid="invitation-message">
        {t("guests.notSent")}
      </span>
    );
  }
  return (
    <span className="small invitation-messages">
      {list.map((m) => (
        <span key={m.rowId} data-testid="invitation-message" data-status={m.status}>
          {t("guests.messageState", {
            channel: t(`communications.channels.${m.channel}`),
            status: t(`communications.statuses.${m.status}`),
          })}
          {m.lastErrorCode ? ` (${t(`communications.reasons.${m.lastErrorCode}`)})` : ""}
        </span>
      ))}
    </span>
  );
}

/** What a send did: counts, and each invitation not sent with its reason (nothing dropped silently). */
function SendReport({ results, onClose }: { results: SendResult[]; onClose: () => void }) {
  const { t } = useTranslation();
  const count = (outcome: string) => results.filter((r) => r.outcome === outcome).length;
  const notSent = results.filter((r) => r.outcome === "suppressed" || r.outcome === "skipped");
  const reason = (r: SendResult) =>
    r.outcome === "skipped" ? t(`guests.skipReasons.${r.reason}`) : t(`communications.reasons.${r.reason}`);
  return (
    <section className="card stack no-print" role="status" aria-labelledby="send-report" data-testid="send-report">
      <h3 id="send-report">{t("guests.sendReport")}</h3>
      <p>
        {t("guests.sendSummary", {
          queued: formatNumber(count("queued")),
          already: formatNumber(count("already_sent")),
          suppressed: formatNumber(count("suppressed")),
          skipped: formatNumber(count("skipped")),
        })}
      </p>
      {notSent.length > 0 ? (
        <ul className="list small">
          {notSent.map((r) => (
            <li key={`${r.invitationId}-${r.channel}`}>
              {r.guestName} · {t(`communications.channels.${r.channel}`)}: {t(`guests.outcomes.${r.outcome}`)} (
              {reason(r)})
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button ghost small" onClick={onClose}>
        {t("app.close")}
      </button>
    </section>
  );
}
