// The seating chart editor (/events/<id>/asientos), desktop first: the
// event's layout as a grid (sections, rows from the runway out, front row
// marked), the accepted guests and their +1s not yet seated, and drag and
// drop (@dnd-kit) of a person onto a seat, from seat to seat, or back to the
// list. Each move says what the editor saw (assignSeat's expectedSeatId), so
// when another producer changed the chart meanwhile the move is refused with
// "someone moved this" and the chart reloads: nobody's assignment is lost.
// Auto-seat fills the free seats tier A first into the front row. Printing
// gives the chart on paper. Seats, assignments and the accepted guests are
// each read page by page to the last (400 a page, within the API's query
// cost limit), so a show with a thousand guests is drawn whole; a search
// finds a person among the unseated.

import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { type FormEvent, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { canSell, useAuth } from "../auth.tsx";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, errorReasonOf } from "../errors.ts";
import { formatDateTime } from "../format.ts";
import {
  AddSeatRowsDocument,
  AssignSeatDocument,
  AutoSeatDocument,
  CreateVenueLayoutDocument,
  SeatingAssignmentsDocument,
  SeatingChartDocument,
  SeatingGuestsDocument,
  SeatingSeatsDocument,
  UnassignSeatDocument,
  UseVenueLayoutDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

/** One person to seat: an accepted guest, or their +1. */
interface Person {
  key: string;
  invitationId: string;
  plusOne: boolean;
  name: string;
  detail: string;
  tier: string;
  seatId: string | null;
}

interface SeatView {
  rowId: string;
  section: string;
  rowLabel: string;
  rowIndex: number;
  seatNumber: number;
  frontRow: boolean;
  label: string | null;
}

const UNSEATED = "unseated";

export function SeatingPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const { current } = useAuth();
  const canEdit = canSell(current?.role);
  const toast = useToast();
  const chart = useQuery(SeatingChartDocument, { variables: { eventId }, fetchPolicy: "cache-and-network" });
  const layoutId = chart.data?.event?.venueLayoutId ?? null;
  const who = useEveryPage(eventId, layoutId, !chart.data);
  const data = chart.data && who.data ? chart.data : undefined;
  const loading = chart.loading || who.loading;
  const error = chart.error ?? who.error;
  const refetch = async () => {
    await Promise.all([chart.refetch(), who.reload()]);
  };
  const [find, setFind] = useState("");
  const [assign] = useMutation(AssignSeatDocument);
  const [unassign] = useMutation(UnassignSeatDocument);
  const [autoSeat, { loading: autoSeating }] = useMutation(AutoSeatDocument);
  const [conflict, setConflict] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );

  const event = data?.event;
  const placed = who.data;
  const { people, seats, bySeat } = useMemo(() => {
    const seatOf = new Map<string, string>();
    const bySeat = new Map<string, string>();
    for (const a of placed?.assignments ?? []) {
      const key = `${a.invitationId}:${a.plusOne ? 1 : 0}`;
      seatOf.set(key, a.seatId);
      bySeat.set(a.seatId, key);
    }
    const people: Person[] = [];
    for (const i of placed?.guests ?? []) {
      if (!i.guest) continue;
      const detail = [i.guest.outlet, t(`guests.category.${i.guest.category}`)].filter(Boolean).join(" · ");
      const guestKey = `${i.rowId}:0`;
      people.push({
        key: guestKey,
        invitationId: i.rowId,
        plusOne: false,
        name: i.guest.fullName,
        detail,
        tier: i.guest.tier,
        seatId: seatOf.get(guestKey) ?? null,
      });
      if (i.plusOneName) {
        const key = `${i.rowId}:1`;
        people.push({
          key,
          invitationId: i.rowId,
          plusOne: true,
          name: i.plusOneName,
          detail: t("seating.plusOneOf", { name: i.guest.fullName }),
          tier: i.guest.tier,
          seatId: seatOf.get(key) ?? null,
        });
      }
    }
    people.sort((a, b) => a.tier.localeCompare(b.tier) || a.name.localeCompare(b.name));
    const seats = placed?.seats ?? [];
    return { people, seats, bySeat };
  }, [placed, t]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={3} />;
  if (!event) return <EmptyState title={t("guests.eventNotFound")} />;
  const personByKey = new Map(people.map((p) => [p.key, p]));
  const unseated = people.filter((p) => !p.seatId);
  const words = fold(find).split(/\s+/).filter(Boolean);
  const listed = words.length
    ? unseated.filter((p) => words.every((w) => fold(`${p.name} ${p.detail}`).includes(w)))
    : unseated;

  async function onDragEnd(drag: DragEndEvent) {
    const person = personByKey.get(String(drag.active.id));
    const target = drag.over ? String(drag.over.id) : null;
    if (!person || !target || target === person.seatId) return;
    setConflict(null);
    try {
      if (target === UNSEATED) {
        if (!person.seatId) return;
        await unassign({
          variables: { eventId, seatId: person.seatId, expectedInvitationId: person.invitationId },
        });
      } else {
        await assign({
          variables: {
            eventId,
            seatId: target,
            invitationId: person.invitationId,
            plusOne: person.plusOne,
            expectedSeatId: person.seatId,
          },
        });
      }
    } catch (failure) {
      const message = errorReasonOf(failure) === "SEATING_CHANGED" ? t("seating.someoneMoved") : t(errorKey(failure));
      setConflict(message);
    }
    await refetch();
  }

  async function runAutoSeat() {
    setConflict(null);
    try {
      const result = await autoSeat({ variables: { eventId } });
      toast("success", t("seating.autoSeated", { count: result.data?.autoSeat?.result ?? 0 }));
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    }
    await refetch();
  }

  // Sections, each with its rows in order from the runway.
  const sections = new Map<string, Map<number, SeatView[]>>();
  for (const seat of seats) {
    const rows = sections.get(seat.section) ?? new Map<number, SeatView[]>();
    const row = rows.get(seat.rowIndex) ?? [];
    row.push(seat);
    rows.set(seat.rowIndex, row);
    sections.set(seat.section, rows);
  }

  return (
    <article className="seating-page">
      <p className="no-print">
        <Link to={`/events/${eventId}/invitados`} className="button ghost small">
          ← {t("guests.title")}
        </Link>
      </p>
      <p className="eyebrow">{t("seating.title")}</p>
      <h1>{event.title}</h1>
      <p className="lede">
        {formatDateTime(event.startsAt, event.timezone)}
        {event.venue ? ` · ${event.venue.name}` : ""}
        {event.venueLayout ? ` · ${event.venueLayout.name}` : ""}
      </p>
      {conflict ? (
        <p className="form-error" role="alert" data-testid="seating-conflict">
          {conflict}
        </p>
      ) : null}
      {canEdit ? <LayoutTools event={event} onChange={() => void refetch()} /> : null}
      {event.venueLayout ? (
        <DndContext sensors={sensors} onDragEnd={(drag) => void onDragEnd(drag)}>
          <div className="seating">
            <Unseated people={listed} total={unseated.length} find={find} onFind={setFind} canEdit={canEdit} />
            <div className="chart" data-testid="seating-chart">
              <p className="runway" aria-hidden="true">
                {t("seating.runway")}
              </p>
              {[...sections.entries()].map(([section, rows]) => (
                <section key={section} className="chart-section" aria-label={section}>
                  <h2>{section}</h2>
                  {[...rows.entries()]
                    .sort(([a], [b]) => a - b)
                    .map(([index, row]) => (
                      <div key={index} className="chart-row">
                        <span className="row-label">{row[0]?.rowLabel}</span>
                        {row
                          .sort((a, b) => a.seatNumber - b.seatNumber)
                          .map((seat) => {
                            const key = bySeat.get(seat.rowId);
                            return (
                              <SeatCell
                                key={seat.rowId}
                                seat={seat}
                                person={key ? (personByKey.get(key) ?? null) : null}
                                canEdit={canEdit}
                              />
                            );
                          })}
                      </div>
                    ))}
                </section>
              ))}
              {seats.length === 0 ? <p className="muted">{t("seating.noSeats")}</p> : null}
            </div>
          </div>
        </DndContext>
      ) : (
        <p className="muted">{t("seating.noLayout")}</p>
      )}
      <div className="actions no-print">
        {canEdit && event.venueLayout ? (
          <button
            type="button"
            className="button"
            onClick={() => void runAutoSeat()}
            disabled={autoSeating}
            data-testid="auto-seat"
          >
            {t("seating.autoSeat")}
          </button>
        ) : null}
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t("seating.print")}
        </button>
      </div>
    </article>
  );
}

function Unseated({
  people,
  total,
  find,
  onFind,
  canEdit,
}: {
  people: Person[];
  total: number;
  find: string;
  onFind: (value: string) => void;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: UNSEATED, disabled: !canEdit });
  return (
    <aside
      ref={setNodeRef}
      className={`unseated no-print${isOver ? " over" : ""}`}
      aria-labelledby="unseated-title"
      data-testid="unseated"
    >
      <h2 id="unseated-title">{t("seating.unseated", { count: total })}</h2>
      {total === 0 ? <p className="muted small">{t("seating.everyoneSeated")}</p> : null}
      {total > 0 ? (
        <div className="field">
          <label htmlFor="find-person">{t("seating.searchPeople")}</label>
          <input id="find-person" type="search" value={find} onChange={(e) => onFind(e.target.value)} />
        </div>
      ) : null}
      <ul className="people">
        {people.map((person) => (
          <li key={person.key}>
            <PersonChip person={person} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function PersonChip({ person, canEdit, compact = false }: { person: Person; canEdit: boolean; compact?: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: person.key,
    disabled: !canEdit,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 } : undefined;
  return (
    <span
      ref={setNodeRef}
      style={style}
      className={`person tier-${person.tier}${isDragging ? " dragging" : ""}${compact ? " compact" : ""}`}
      data-testid="person"
      data-person={person.name}
      title={`${person.name} · ${person.detail}`}
      {...listeners}
      {...attributes}
    >
      <strong>{person.name}</strong>
      {compact ? null : (
        <span className="small muted">
          {person.tier} · {person.detail}
        </span>
      )}
    </span>
  );
}

function SeatCell({ seat, person, canEdit }: { seat: SeatView; person: Person | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: seat.rowId, disabled: !canEdit });
  return (
    <div
      ref={setNodeRef}
      className={`seat${seat.frontRow ? " front" : ""}${person ? " taken" : ""}${isOver ? " over" : ""}`}
      data-testid="seat"
      data-seat={seat.label ?? ""}
      aria-label={`${seat.label ?? ""}${person ? ` · ${person.name}` : ` · ${t("seating.free")}`}`}
    >
      <span className="seat-number">{seat.seatNumber}</span>
      {person ? <PersonChip person={person} canEdit={canEdit} compact /> : null}
    </div>
  );
}

interface ChartEvent {
  rowId: string;
  venueId?: string | null;
  venueLayoutId?: string | null;
  venueLayout?: { rowId: string; name: string } | null;
}

function LayoutTools({ event, onChange }: { event: ChartEvent; onChange: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [createLayout] = useMutation(CreateVenueLayoutDocument);
  const [useLayout] = useMutation(UseVenueLayoutDocument);
  const [addRows, { loading }] = useMutation(AddSeatRowsDocument);
  const [section, setSection] = useState("");
  const [rowCount, setRowCount] = useState(3);
  const [perRow, setPerRow] = useState(10);
  const [frontRows, setFrontRows] = useState(1);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      let layoutId = event.venueLayoutId ?? null;
      if (!layoutId) {
        if (!event.venueId) {
          toast("error", t("seating.needVenue"));
          return;
        }
        const made = await createLayout({ variables: { venueId: event.venueId, name: t("seating.defaultName") } });
        layoutId = made.data?.createVenueLayout?.venueLayout?.rowId ?? null;
        if (!layoutId) return;
        await useLayout({ variables: { eventId: event.rowId, layoutId } });
      }
      await addRows({
        variables: { layoutId, section: section.trim(), rowCount, seatsPerRow: perRow, frontRows },
      });
      setSection("");
      onChange();
    } catch (failure) {
      toast("error", t(errorKey(failure)));
    }
  }

  return (
    <form className="card stack no-print" onSubmit={submit} aria-labelledby="add-rows">
      <h2 id="add-rows">{t("seating.addRows")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="section-name">{t("seating.section")}</label>
          <input
            id="section-name"
            required
            maxLength={60}
            value={section}
            placeholder={t("seating.sectionPlaceholder")}
            onChange={(e) => setSection(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="row-count">{t("seating.rows")}</label>
          <input
            id="row-count"
            type="number"
            min={1}
            max={26}
            value={rowCount}
            onChange={(e) => setRowCount(Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="per-row">{t("seating.perRow")}</label>
          <input
            id="per-row"
            type="number"
            min={1}
            max={100}
            value={perRow}
            onChange={(e) => setPerRow(Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="front-rows">{t("seating.frontRows")}</label>
          <input
            id="front-rows"
            type="number"
            min={0}
            max={rowCount}
            value={frontRows}
            onChange={(e) => setFrontRows(Number(e.target.value))}
          />
        </div>
      </div>
      <button type="submit" className="button secondary" disabled={loading}>
        {t("seating.addRowsButton")}
      </button>
    </form>
  );
}

/** Text for comparing as people do: lower case, without accents. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

interface PageOf<T> {
  nodes: (T | null)[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Reads a connection page by page to its last page. */
async function readAll<T>(read: (after: string | null) => Promise<PageOf<T> | null | undefined>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await read(after);
    all.push(...(page?.nodes ?? []).flatMap((n) => (n ? [n] : [])));
    if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}

interface Placed {
  seats: SeatView[];
  assignments: { rowId: string; seatId: string; invitationId: string; plusOne: boolean }[];
  guests: {
    rowId: string;
    plusOneName?: string | null;
    guest?: { rowId: string; fullName: string; outlet?: string | null; category: string; tier: string } | null;
  }[];
}

/** The layout's seats, who sits where and the accepted guests: every page of each. */
function useEveryPage(eventId: string, layoutId: string | null, skip: boolean) {
  const client = useApolloClient();
  const [data, setData] = useState<Placed | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    if (skip) return;
    setLoading(true);
    try {
      const options = { fetchPolicy: "network-only" as const };
      const [seats, assignments, guests] = await Promise.all([
        layoutId
          ? readAll(
              async (after) =>
                (await client.query({ query: SeatingSeatsDocument, variables: { layoutId, after }, ...options })).data
                  ?.venueLayout?.seats,
            )
          : Promise.resolve([]),
        readAll(
          async (after) =>
            (await client.query({ query: SeatingAssignmentsDocument, variables: { eventId, after }, ...options })).data
              ?.event?.seatAssignments,
        ),
        readAll(
          async (after) =>
            (await client.query({ query: SeatingGuestsDocument, variables: { eventId, after }, ...options })).data
              ?.event?.guestInvitations,
        ),
      ]);
      setData({ seats: seats as SeatView[], assignments, guests });
      setError(null);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  }, [client, eventId, layoutId, skip]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}
