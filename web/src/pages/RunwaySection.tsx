// Event → Pasarela: the run of show (position, clock time in the event's time
// zone, look, designer, model, minutes since the model's last walk, quick-change
// warnings), drag to reorder (mouse, touch and keyboard, @dnd-kit) with an
// instant re-check by the shared checker, "Resolver" to run the Runway Timing
// agent, its notes, and the explanation of an impossible show.

import { useMutation, useQuery } from "@apollo/client/react";
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../auth.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { formatInTimeZone } from "../dates.ts";
import { errorKey, written } from "../errors.ts";
import {
  type AgentRunStatusFragment,
  EventRunwayDocument,
  ReorderRunwaySlotsDocument,
  RequestRunwayTimingDocument,
  type RunwayScheduleFragment,
} from "../gql/graphql.ts";
import i18n from "../i18n/index.ts";
import { clock, instantOf, type PlannedRow, planOf, type RunwayEvent, savedOrder } from "../runway/model.ts";
import { useToast } from "../toasts.tsx";
import "./runway.css";

const ACTIVE = new Set(["queued", "running"]);
export const canProduce = (role: string | undefined) => role === "owner" || role === "admin" || role === "producer";
const locale = () => (i18n.language === "en" ? "en-US" : "es-CO");

export function timeOf(iso: string | null, zone: string): string {
  return iso ? formatInTimeZone(locale(), iso, zone, { hour: "numeric", minute: "2-digit", second: "2-digit" }) : "—";
}

interface Conflict {
  kind: "quick_change" | "back_to_back";
  talentId: string;
  fromLookId?: string;
  toLookId?: string;
  lookIds?: [string, string];
  availableSeconds?: number;
  requiredSeconds?: number;
  missingSeconds?: number;
}
interface Remedy {
  rank: number;
  kind: string;
  message: string;
  lookId?: string;
  toTalentId?: string;
  toStatus?: string;
  seconds?: number;
  gapSeconds?: number;
  totalSeconds?: number;
  designerOrder?: string[];
}
interface Explanation {
  structural: { kind: string; lookId?: string }[];
  conflicts: Conflict[];
  missingSeconds: number;
  remedies: Remedy[];
}
interface Notes {
  provider: string;
  pacing: string;
  blocks: { designerId: string; designerName: string; musicCue: string; notes: string }[];
  watch: string[];
}
interface StaleReason {
  kind: string;
  title?: string;
  fields?: string[];
}

function RunBanner({ run }: { run: AgentRunStatusFragment }) {
  const { t } = useTranslation();
  const output = (run.output ?? {}) as { provider?: string; solverStatus?: string; notesError?: string };
  if (ACTIVE.has(run.status)) {
    return (
      <div className="run-banner" role="status" data-testid="runway-run-status">
        <span style={{ display: "flex", alignItems: "center", gap: 10 }}>
          <span className="spinner dark" aria-hidden="true" />
          {run.status === "queued" ? t("runway.queued") : t("runway.running")}
        </span>
      </div>
    );
  }
  if (run.status === "failed" || run.status === "cancelled") {
    return (
      <div className="run-banner failed" role="alert" data-testid="runway-run-status">
        <span>
          <strong>{t("runway.failed")}:</strong> {t(errorKey(run.errorCode ?? "UNKNOWN"))}
        </span>
      </div>
    );
  }
  return (
    <div className="run-banner" role="status" data-testid="runway-run-status">
      <span>
        {t(`runway.solved.${output.solverStatus ?? "optimal"}`)}
        {output.notesError ? ` ${t("runway.notesFailed")}` : null}
      </span>
      {output.provider === "local" ? <Chip tone="local">{t("casting.localProvider")}</Chip> : null}
    </div>
  );
}

function SortableRow({
  row,
  zone,
  startsAt,
  editable,
}: {
  row: PlannedRow;
  /** The event's IANA time zone. */
  zone: string;
  startsAt: string | null | undefined;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: row.look.rowId,
    disabled: !editable,
  });
  const quick = row.problems.find((p) => p.kind === "quick_change");
  const other = row.problems.filter((p) => p.kind !== "quick_change");
  const since = row.sinceLastWalkSeconds;
  return (
    <li
      ref={setNodeRef}
      className={`runway-row${row.problems.length ? " warn" : ""}${isDragging ? " dragging" : ""}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="runway-row"
      data-look-id={row.look.rowId}
    >
      {editable ? (
        <button
          type="button"
          className="drag-handle"
          aria-label={t("runway.move", { position: row.position, look: row.look.title })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⋮⋮</span>
        </button>
      ) : null}
      <span className="runway-position">{row.position}</span>
      <span className="runway-time">{timeOf(instantOf(startsAt, row.startSeconds), zone)}</span>
      <span className="runway-look">
        <strong>{row.look.title}</strong>
        <span className="muted"> · {row.designerName}</span>
        {row.look.fixedPosition ? <Chip tone="fixed">{t(`runway.fixed.${row.look.fixedPosition}`)}</Chip> : null}
      </span>
      <span className="runway-model">{row.modelName || (row.talentId ? "—" : t("runway.noModel"))}</span>
      <span className="runway-since">
        {since === null ? t("runway.firstWalk") : t("runway.sinceLast", { time: clock(since) })}
      </span>
      <span className="runway-warnings">
        {quick && quick.kind === "quick_change" ? (
          <span className="chip declined" data-testid="quick-change-warning">
            {t("runway.quickChangeShort", { missing: clock(quick.missingSeconds) })}
          </span>
        ) : null}
        {other.map((p) => (
          <span key={p.kind} className="chip declined">
            {t(`runway.violation.${p.kind}`)}
          </span>
        ))}
      </span>
    </li>
  );
}

function ExplanationCard({
  event,
  explanation,
  status,
}: {
  event: RunwayEvent;
  explanation: Explanation;
  status: string;
}) {
  const { t } = useTranslation();
  const looks = new Map(event.looks.nodes.flatMap((l) => (l ? [[l.rowId, l.title] as const] : [])));
  const designers = new Map(
    event.eventDesigners.nodes.flatMap((d) => (d?.designer ? [[d.designer.rowId, d.designer.name] as const] : [])),
  );
  return (
    <section className="card explanation" aria-labelledby="explanation-title" data-testid="runway-explanation">
      <h2 id="explanation-title">{t(`runway.explanation.${status}`)}</h2>
      {explanation.structural.length ? (
        <ul>
          {explanation.structural.map((p, i) => (
            <li key={`${p.kind}-${i}`}>
              {t(`runway.structural.${p.kind}`, { look: p.lookId ? (looks.get(p.lookId) ?? "") : "" })}
            </li>
          ))}
        </ul>
      ) : null}
      {explanation.conflicts.length ? (
        <>
          <p>{t("runway.missingTotal", { time: clock(explanation.missingSeconds) })}</p>
          <h3>{t("runway.conflicts")}</h3>
          <ul data-testid="runway-conflicts">
            {explanation.conflicts.map((c, i) => (
              <li key={`${c.talentId}-${i}`}>
                {c.kind === "quick_change"
                  ? t("runway.conflictQuick", {
                      from: looks.get(c.fromLookId ?? "") ?? "",
                      to: looks.get(c.toLookId ?? "") ?? "",
                      available: clock(c.availableSeconds ?? 0),
                      required: clock(c.requiredSeconds ?? 0),
                      missing: clock(c.missingSeconds ?? 0),
                    })
                  : t("runway.conflictBackToBack", {
                      from: looks.get(c.lookIds?.[0] ?? "") ?? "",
                      to: looks.get(c.lookIds?.[1] ?? "") ?? "",
                    })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {explanation.remedies.length ? (
        <>
          <h3>{t("runway.remedies")}</h3>
          <ol data-testid="runway-remedies">
            {explanation.remedies.map((r) => (
              <li key={r.rank}>
                {r.kind === "add_gap"
                  ? t("runway.remedy.add_gap", { seconds: r.seconds, gap: r.gapSeconds })
                  : r.kind === "hold"
                    ? t("runway.remedy.hold", { seconds: r.totalSeconds })
                    : r.kind === "change_line_up"
                      ? t("runway.remedy.change_line_up", {
                          order: (r.designerOrder ?? []).map((d) => designers.get(d) ?? d).join(" → "),
                        })
                      : r.kind === "reassign_look"
                        ? t(r.toStatus === "backup" ? "runway.remedy.reassign_backup" : "runway.remedy.reassign_look", {
                            look: looks.get(r.lookId ?? "") ?? "",
                          })
                        : r.kind === "release_fixed_position"
                          ? t("runway.remedy.release_fixed_position", { look: looks.get(r.lookId ?? "") ?? "" })
                          : t("runway.remedy.allow_back_to_back")}
                <span className="muted remedy-detail" lang="es-CO">
                  {" "}
                  {r.message}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function NotesCard({ notes }: { notes: Notes }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="notes-title" data-testid="runway-notes">
      <div className="section-title">
        <h2 id="notes-title">{t("runway.notesTitle")}</h2>
        {notes.provider === "local" ? <Chip tone="local">{t("casting.localProvider")}</Chip> : null}
      </div>
      <p lang="es-CO">{notes.pacing}</p>
      {notes.blocks.length ? (
        <dl className="cues">
          {notes.blocks.map((b) => (
            <div key={b.designerId}>
              <dt>{b.designerName}</dt>
              <dd lang="es-CO">
                {b.musicCue}
                {b.notes ? <span className="muted"> {b.notes}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {notes.watch.length ? (
        <>
          <h3>{t("runway.watch")}</h3>
          <ul lang="es-CO">
            {notes.watch.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Editor({
  event,
  schedule,
  editable,
}: {
  event: RunwayEvent;
  schedule: RunwayScheduleFragment;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const saved = useMemo(() => savedOrder(event, schedule), [event, schedule]);
  const [order, setOrder] = useState(saved);
  const [announcement, setAnnouncement] = useState("");
  // Only a different saved order replaces the one being edited. A refetch that brings the same order (the
  // agent's polling, another query writing this event into Apollo's cache) makes a new array: resetting on
  // identity silently undid a producer's unsaved moves just before Guardar (seen in CI).
  const savedKey = useRef(saved.join());
  useEffect(() => {
    const key = saved.join();
    if (key === savedKey.current) return;
    savedKey.current = key;
    setOrder(saved);
  }, [saved]);
  const plan = useMemo(() => planOf(event, schedule, order), [event, schedule, order]);
  const dirty = order.join() !== saved.join();
  const [save, { loading: saving }] = useMutation(ReorderRunwaySlotsDocument, {
    refetchQueries: [EventRunwayDocument],
  });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titles = new Map(event.looks.nodes.flatMap((l) => (l ? [[l.rowId, l.title] as const] : [])));
  const positionOf = (id: unknown) => order.indexOf(String(id)) + 1;

  function onDragEnd(e: DragEndEvent) {
    const { active, over } = e;
    if (!over || active.id === over.id) return;
    const from = order.indexOf(String(active.id));
    const to = order.indexOf(String(over.id));
    const next = arrayMove(order, from, to);
    setOrder(next);
    const after = planOf(event, schedule, next);
    setAnnouncement(
      after.violations.length ? t("runway.recheckProblems", { count: after.violations.length }) : t("runway.recheckOk"),
    );
  }

  async function persist() {
    try {
      const { data } = await save({ variables: { scheduleId: schedule.rowId, lookIds: order } });
      written(data?.reorderRunwaySlots?.result);
      toast("success", t("runway.orderSaved"));
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }

  const quick = plan.violations.filter((v) => v.kind === "quick_change").length;
  return (
    <section className="card" aria-labelledby="run-of-show-title">
      <div className="section-title">
        <h2 id="run-of-show-title">{t("runway.runOfShow")}</h2>
        <span className="muted" data-testid="runway-summary">
          {t("runway.summary", {
            looks: plan.rows.length,
            time: clock(plan.runningSeconds),
            spare: plan.minSpareSeconds === null ? "—" : clock(plan.minSpareSeconds),
          })}
        </span>
      </div>
      <p className={`recheck ${plan.violations.length ? "bad" : "good"}`} role="status" data-testid="runway-recheck">
        {plan.violations.length
          ? t("runway.recheckProblems", { count: plan.violations.length }) +
            (quick ? ` ${t("runway.recheckQuick", { count: quick })}` : "")
          : t("runway.recheckOk")}
      </p>
      {editable ? <p className="muted">{t("runway.dragHelp")}</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t("runway.dragInstructions") },
          announcements: {
            onDragStart: ({ active }) => t("runway.announce.start", { look: titles.get(String(active.id)) ?? "" }),
            onDragOver: ({ active, over }) =>
              over
                ? t("runway.announce.over", {
                    look: titles.get(String(active.id)) ?? "",
                    position: positionOf(over.id),
                  })
                : "",
            onDragEnd: ({ active, over }) =>
              over
                ? t("runway.announce.end", { look: titles.get(String(active.id)) ?? "", position: positionOf(over.id) })
                : "",
            onDragCancel: ({ active }) => t("runway.announce.cancel", { look: titles.get(String(active.id)) ?? "" }),
          },
        }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="runway-list" aria-label={t("runway.runOfShow")}>
            {plan.rows.map((row) => (
              <SortableRow
                key={row.look.rowId}
                row={row}
                zone={event.timezone}
                startsAt={schedule.startsAt}
                editable={editable}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
      {editable && dirty ? (
        <div className="actions" style={{ marginTop: 12 }}>
          <button
            type="button"
            className="button"
            onClick={() => void persist()}
            disabled={saving}
            data-testid="save-order"
          >
            {saving ? t("casting.saving") : t("runway.saveOrder")}
          </button>
          <button type="button" className="button secondary" onClick={() => setOrder(saved)} disabled={saving}>
            {t("runway.discard")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

export function RunwaySection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { current } = useAuth();
  const editable = canProduce(current?.role);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EventRunwayDocument, {
    variables: { eventId },
    notifyOnNetworkStatusChange: false,
  });
  const [request] = useMutation(RequestRunwayTimingDocument);
  const [starting, setStarting] = useState(false);
  const event = data?.event;
  const schedule = event?.runwaySchedules.nodes.find(Boolean) ?? null;
  const run = event?.agentRuns.nodes.find((r) => r?.agentType === "runway_timing") ?? null;
  const active = Boolean(run && ACTIVE.has(run.status));
  const lastStatus = useRef<string | null>(null);

  useEffect(() => {
    if (active) startPolling(1000);
    else stopPolling();
    const previous = lastStatus.current;
    lastStatus.current = run?.status ?? null;
    if (previous && ACTIVE.has(previous) && run && !ACTIVE.has(run.status)) {
      if (run.status === "succeeded") toast("success", t("runway.runDone"));
      else toast("error", t(errorKey(run.errorCode ?? "UNKNOWN")));
    }
    return () => stopPolling();
  }, [active, run, startPolling, stopPolling, toast, t]);

  async function solve() {
    setStarting(true);
    try {
      const { data: requested } = await request({ variables: { eventId } });
      written(requested?.requestRunwayTiming?.result);
      lastStatus.current = "queued";
      toast("info", t("runway.runRequested"));
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

  const explanation = schedule?.explanation as Explanation | null | undefined;
  const notes = schedule?.notes as Notes | null | undefined;
  const staleReasons = (schedule?.staleReasons ?? []) as StaleReason[];
  const hasSlots = Boolean(schedule?.runwaySlots.nodes.length);
  return (
    <div className="grid">
      <div className="runway-actions">
        {schedule?.solverStatus ? (
          <Chip
            tone={
              schedule.solverStatus === "optimal" || schedule.solverStatus === "feasible" ? "confirmed" : "declined"
            }
          >
            {t(`runway.status.${schedule.solverStatus}`)}
          </Chip>
        ) : (
          <Chip tone="draft">{t("runway.status.draft")}</Chip>
        )}
        {schedule?.editedAt ? <Chip tone="invited">{t("runway.editedByHand")}</Chip> : null}
        {editable ? (
          <button
            type="button"
            className="button"
            onClick={() => void solve()}
            disabled={active || starting}
            aria-busy={active || starting}
            data-testid="solve-runway"
          >
            {active || starting ? <span className="spinner" aria-hidden="true" /> : null}
            {active || starting ? t("runway.solving") : t("runway.solve")}
          </button>
        ) : null}
        {hasSlots ? (
          <>
            <Link className="button secondary" to={`/events/${eventId}/show-caller`} data-testid="open-show-caller">
              {t("runway.showCaller")}
            </Link>
            <Link className="button secondary" to={`/events/${eventId}/runway/print`} data-testid="open-print">
              {t("runway.print")}
            </Link>
          </>
        ) : null}
      </div>
      {run ? <RunBanner run={run} /> : null}
      {schedule?.staleAt ? (
        <div className="run-banner failed" role="alert" data-testid="runway-stale">
          <span>
            <strong>{t("runway.stale")}</strong>{" "}
            {staleReasons
              .slice(-5)
              .map((r) =>
                t(`runway.staleReason.${r.kind}`, {
                  look: r.title ?? "",
                  fields: (r.fields ?? []).map((f) => t(`runway.field.${f}`)).join(", "),
                }),
              )
              .join(" · ")}
          </span>
        </div>
      ) : null}
      {schedule && explanation && ["infeasible", "invalid", "unknown"].includes(schedule.solverStatus ?? "") ? (
        <ExplanationCard event={event} explanation={explanation} status={schedule.solverStatus ?? "infeasible"} />
      ) : null}
      {notes ? <NotesCard notes={notes} /> : null}
      {schedule && (hasSlots || event.looks.nodes.length) ? (
        <Editor event={event} schedule={schedule} editable={editable} />
      ) : (
        <EmptyState title={t("event.noRunway")} body={editable ? t("runway.emptyHelp") : undefined} />
      )}
    </div>
  );
}
