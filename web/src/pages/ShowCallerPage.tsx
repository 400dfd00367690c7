// The show caller's view for the night (phone and tablet, dark, large type):
// the look about to go out, the next three with their model and whether they
// are dressed (a tap marks it), a running clock against the plan (ahead or
// behind, in seconds), and "Salió" to advance.
//
// Offline: backstage Wi-Fi fails. Once the run of show has loaded, it is kept
// on the device (localStorage) with the night's state (who went out when, who
// is dressed); nothing the caller does needs the network, and a reload shows
// the kept copy when the API cannot be reached. A service worker (runway/offline.ts) keeps
// the page's own files, so a reload works with no network at all.
import { useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { EventRunwayDocument, type EventRunwayQuery } from "../gql/graphql.ts";
import { clock, instantOf, planOf, type RunwayEvent, savedOrder } from "../runway/model.ts";
import { keepShowCallerOffline } from "../runway/offline.ts";
import { timeOf } from "./RunwaySection.tsx";
import "./runway.css";

interface NightState {
  /** Index of the look about to go out (equal to the number of looks once all are out). */
  current: number;
  /** Looks marked dressed. */
  dressed: string[];
  /** When each look went out (ms since the epoch), by position − 1. */
  exits: number[];
}

const EMPTY: NightState = { current: 0, dressed: [], exits: [] };
const dataKey = (eventId: string) => `fashionos.showCaller.${eventId}.data`;
const stateKey = (scheduleId: string) => `fashionos.showCaller.${scheduleId}.state`;

function readJson<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function useOnline() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, []);
  return online;
}

function useNow(intervalMs = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function Night({ event }: { event: RunwayEvent }) {
  const { t } = useTranslation();
  const schedule = event.runwaySchedules.nodes.find(Boolean);
  const online = useOnline();
  const now = useNow();
  const key = schedule ? stateKey(schedule.rowId) : "";
  const [state, setState] = useState<NightState>(() => (key ? (readJson<NightState>(key) ?? EMPTY) : EMPTY));
  const update = useCallback(
    (next: NightState) => {
      setState(next);
      if (key) localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  const plan = useMemo(
    () => (schedule ? planOf(event, schedule, savedOrder(event, schedule)) : null),
    [event, schedule],
  );
  if (!schedule || !plan || !plan.rows.length) {
    return <p className="caller-empty">{t("event.noRunway")}</p>;
  }
  const rows = plan.rows;
  const started = state.exits[0];
  const done = state.current >= rows.length;
  const currentRow = rows[state.current];
  const next = rows.slice(state.current + 1, state.current + 4);
  // Ahead/behind: the last look out against its planned offset from the first one's exit.
  const lastOut = state.current - 1;
  const lastExit = state.exits[lastOut];
  const delta =
    started !== undefined && lastExit !== undefined
      ? Math.round((lastExit - started) / 1000 - (rows[lastOut]?.startSeconds ?? 0))
      : null;
  // The next look's cue: seconds until its planned exit (negative: late).
  const cue = started !== undefined && currentRow ? Math.round(currentRow.startSeconds - (now - started) / 1000) : null;

  const toggleDressed = (lookId: string) =>
    update({
      ...state,
      dressed: state.dressed.includes(lookId)
        ? state.dressed.filter((id) => id !== lookId)
        : [...state.dressed, lookId],
    });
  const out = () => {
    if (done) return;
    const exits = [...state.exits];
    exits[state.current] = Date.now();
    update({ ...state, current: state.current + 1, exits });
  };
  const undo = () => {
    if (state.current === 0) return;
    update({ ...state, current: state.current - 1, exits: state.exits.slice(0, state.current - 1) });
  };
  const dressed = (lookId: string) => state.dressed.includes(lookId);

  return (
    <>
      <div className="caller-status">
        <span className={`caller-online ${online ? "on" : "off"}`} role="status" data-testid="caller-online">
          {online ? t("caller.online") : t("caller.offline")}
        </span>
        <span data-testid="caller-progress">{t("caller.progress", { out: state.current, total: rows.length })}</span>
      </div>
      <div className="caller-clock" data-testid="caller-clock" aria-live="polite">
        {delta === null ? (
          <span>{t("caller.plannedStart", { time: timeOf(instantOf(schedule.startsAt, 0), event.timezone) })}</span>
        ) : delta > 0 ? (
          <span className="behind" data-testid="caller-delta">
            {t("caller.behind", { seconds: delta })}
          </span>
        ) : delta < 0 ? (
          <span className="ahead" data-testid="caller-delta">
            {t("caller.ahead", { seconds: -delta })}
          </span>
        ) : (
          <span className="on-time" data-testid="caller-delta">
            {t("caller.onTime")}
          </span>
        )}
        {cue !== null && !done ? (
          <span className={cue < 0 ? "behind" : ""}>
            {cue < 0 ? t("caller.cueLate", { time: clock(-cue) }) : t("caller.cueIn", { time: clock(cue) })}
          </span>
        ) : null}
      </div>
      {currentRow ? (
        <section className="caller-current" aria-labelledby="caller-current-title" data-testid="caller-current">
          <p className="caller-label">{t("caller.now", { position: currentRow.position })}</p>
          <h1 id="caller-current-title">{currentRow.look.title}</h1>
          <p className="caller-model">{currentRow.modelName || "—"}</p>
          <p className="caller-meta">
            {currentRow.designerName} · {timeOf(instantOf(schedule.startsAt, currentRow.startSeconds), event.timezone)}
          </p>
          <button
            type="button"
            className={`caller-dressed ${dressed(currentRow.look.rowId) ? "yes" : ""}`}
            aria-pressed={dressed(currentRow.look.rowId)}
            onClick={() => toggleDressed(currentRow.look.rowId)}
          >
            {dressed(currentRow.look.rowId) ? t("caller.dressed") : t("caller.notDressed")}
          </button>
        </section>
      ) : (
        <section className="caller-current" data-testid="caller-current">
          <h1>{t("caller.finale")}</h1>
        </section>
      )}
      {next.length ? (
        <section aria-labelledby="caller-next-title">
          <h2 id="caller-next-title" className="caller-label">
            {t("caller.next")}
          </h2>
          <ol className="caller-next">
            {next.map((row) => (
              <li key={row.look.rowId} data-testid="caller-next">
                <span className="caller-next-position">{row.position}</span>
                <span className="caller-next-look">
                  <strong>{row.modelName || "—"}</strong>
                  <span>{row.look.title}</span>
                </span>
                <button
                  type="button"
                  className={`caller-dressed small ${dressed(row.look.rowId) ? "yes" : ""}`}
                  aria-pressed={dressed(row.look.rowId)}
                  aria-label={t("caller.dressedOf", {
                    state: dressed(row.look.rowId) ? t("caller.dressed") : t("caller.notDressed"),
                    model: row.modelName || row.look.title,
                  })}
                  onClick={() => toggleDressed(row.look.rowId)}
                  data-testid="caller-dressed"
                >
                  {dressed(row.look.rowId) ? t("caller.dressed") : t("caller.notDressed")}
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <div className="caller-actions">
        <button type="button" className="caller-undo" onClick={undo} disabled={state.current === 0}>
          {t("caller.undo")}
        </button>
        <button type="button" className="caller-out" onClick={out} disabled={done} data-testid="caller-out">
          {t("caller.out")}
        </button>
      </div>
    </>
  );
}

export function ShowCallerPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const { data, error, loading } = useQuery(EventRunwayDocument, { variables: { eventId } });
  const [kept] = useState(() => readJson<EventRunwayQuery>(dataKey(eventId)));
  useEffect(() => {
    if (!data?.event) return;
    localStorage.setItem(dataKey(eventId), JSON.stringify(data));
    // Loaded from the server: keep the page's own files too, so it opens with no network at all.
    keepShowCallerOffline();
  }, [data, eventId]);
  const event = data?.event ?? (error || !loading ? kept?.event : null);
  useEffect(() => {
    document.documentElement.classList.add("caller-mode");
    return () => document.documentElement.classList.remove("caller-mode");
  }, []);
  return (
    <main className="caller" id="main">
      <header className="caller-header">
        <Link to={`/events/${eventId}?tab=runway`} className="caller-back">
          ← {t("caller.exit")}
        </Link>
        <span className="caller-title">{event?.title ?? t("caller.title")}</span>
      </header>
      {event ? (
        <Night event={event} />
      ) : loading ? (
        <p className="caller-empty">{t("app.loading")}</p>
      ) : (
        <p className="caller-empty" role="alert">
          {t("caller.unavailable")}
        </p>
      )}
    </main>
  );
}
