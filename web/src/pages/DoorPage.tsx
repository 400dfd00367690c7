// The door (/puerta/:eventId): door staff, producers, admins and owners check
// tickets in. Three ways in, all through checkInTicket: the camera (a
// maintained scanner library, @yudiel/react-qr-scanner on barcode-detector's
// ZXing WebAssembly, served from this origin), a 2D scanner that types the
// code and Enter like a keyboard (no click needed, whatever has focus), and
// typing the code by hand. Each device names its gate; the page shows entries
// per gate and in total. Without a connection scans queue on the device with
// their time and sync when it is back; the server keeps the first scan by
// time. Supervisors (producers and above) also find people by name, check them
// in by hand and undo a check-in.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { type IDetectedBarcode, prepareZXingModule, Scanner } from "@yudiel/react-qr-scanner";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import readerWasm from "zxing-wasm/reader/zxing_reader.wasm?url";
import { canSell, useAuth } from "../auth.tsx";
import { ticketCodeIn } from "../box-office/codes.ts";
import { enqueueScan, type QueuedScan, queuedScans, syncQueue } from "../box-office/door-queue.ts";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorCodeOf, errorKey } from "../errors.ts";
import { formatDateTime, formatNumber, formatTime } from "../format.ts";
import {
  type CheckInFieldsFragment,
  CheckInTicketByHandDocument,
  CheckInTicketDocument,
  DoorCountsDocument,
  DoorEventsDocument,
  RevokeCheckInDocument,
  SearchAttendeesDocument,
} from "../gql/graphql.ts";

// The scanner's WebAssembly comes from this origin (no CDN: venues' Wi-Fi, the CSP).
prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? readerWasm : prefix + path) },
});

const GATE_KEY = "fashionos.door.gate";
const DEVICE_KEY = "fashionos.door.device";

function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

type Shown =
  | { kind: "result"; result: CheckInFieldsFragment; at: number }
  | { kind: "queued"; at: number }
  | { kind: "invalid"; at: number }
  | { kind: "error"; message: string; at: number };

/** Whether typing goes to a field (then the field gets it, not the scanner buffer). */
const typingInField = () => {
  const active = document.activeElement;
  return (
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement
  );
};

export function DoorEventsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DoorEventsDocument);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton count={2} />;
  const events = (data?.events?.nodes ?? []).flatMap((e) => (e ? [e] : []));
  return (
    <>
      <h1>{t("door.title")}</h1>
      <p className="lede">{t("door.chooseEvent")}</p>
      {events.length === 0 ? <EmptyState title={t("door.noEvents")} /> : null}
      <ul className="list card">
        {events.map((event) => (
          <li key={event.rowId}>
            <span>
              <strong>{event.title}</strong>
              <span className="muted"> · {formatDateTime(event.startsAt, event.timezone)}</span>
            </span>
            <Link to={`/puerta/${event.rowId}`} className="button small">
              {t("door.open")}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function DoorPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const { current } = useAuth();
  const client = useApolloClient();
  const supervisor = canSell(current?.role);
  const [gate, setGate] = useState(() => localStorage.getItem(GATE_KEY) ?? "");
  const [gateDraft, setGateDraft] = useState(gate);
  const [code, setCode] = useState("");
  const [camera, setCamera] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [online, setOnline] = useState(navigator.onLine);
  const [queued, setQueued] = useState(() => queuedScans(localStorage, eventId).length);
  const [synced, setSynced] = useState<{ scan: QueuedScan; result: CheckInFieldsFragment }[]>([]);
  const codeInput = useRef<HTMLInputElement>(null);
  const recent = useRef(new Map<string, number>());
  const buffer = useRef({ text: "", at: 0 });
  const [checkIn] = useMutation(CheckInTicketDocument);
  const counts = useQuery(DoorCountsDocument, { variables: { eventId }, pollInterval: 5000 });

  const focusCode = useCallback(() => {
    if (!typingInField()) codeInput.current?.focus();
  }, []);

  const submit = useCallback(
    async (text: string, from: "camera" | "keys" = "keys") => {
      const found = ticketCodeIn(text);
      if (!found) {
        setShown({ kind: "invalid", at: Date.now() });
        return;
      }
      // The camera sees the same ticket many times a second while it is held up:
      // one answer per ticket every 10 s. A key press repeated by accident: 1.5 s.
      const last = recent.current.get(found) ?? 0;
      if (Date.now() - last < (from === "camera" ? 10_000 : 1500)) return;
      recent.current.set(found, Date.now());
      const scannedAt = new Date().toISOString();
      const queue = () => {
        enqueueScan(localStorage, { code: found, gate, eventId, scannedAt });
        setQueued(queuedScans(localStorage, eventId).length);
        setShown({ kind: "queued", at: Date.now() });
      };
      if (!navigator.onLine) return queue();
      try {
        const { data } = await checkIn({ variables: { code: found, gate, eventId, deviceId: deviceId() } });
        const result = data?.checkInTicket?.result;
        if (result) setShown({ kind: "result", result, at: Date.now() });
        void counts.refetch();
      } catch (error) {
        if (errorCodeOf(error) === "NETWORK") return queue();
        setShown({ kind: "error", message: t(errorKey(error)), at: Date.now() });
      }
    },
    [checkIn, counts, eventId, gate, t],
  );

  // Sends the queued scans when the connection is back (and every 10 s while any wait).
  const sync = useCallback(async () => {
    if (!navigator.onLine || queuedScans(localStorage).length === 0) return;
    const done: { scan: QueuedScan; result: CheckInFieldsFragment }[] = [];
    await syncQueue(localStorage, async (scan) => {
      try {
        const { data } = await client.mutate({
          mutation: CheckInTicketDocument,
          variables: { ...scan, deviceId: deviceId() },
        });
        const result = data?.checkInTicket?.result;
        if (result && scan.eventId === eventId) done.push({ scan, result });
        return "done";
      } catch (error) {
        return errorCodeOf(error) === "NETWORK" ? "retry" : "done";
      }
    });
    setQueued(queuedScans(localStorage, eventId).length);
    if (done.length) setSynced((before) => [...done, ...before].slice(0, 20));
    void counts.refetch();
  }, [client, counts, eventId]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const timer = setInterval(() => void sync(), 10_000);
    void sync();
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      clearInterval(timer);
    };
  }, [sync]);

  // A 2D scanner types the code and Enter. When no field has focus, collect
  // what it types and submit on Enter, so no click is needed.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!gate || typingInField() || event.ctrlKey || event.metaKey || event.altKey) return;
      const now = Date.now();
      if (now - buffer.current.at > 1000) buffer.current.text = "";
      buffer.current.at = now;
      if (event.key === "Enter") {
        const text = buffer.current.text;
        buffer.current.text = "";
        if (text) {
          event.preventDefault();
          void submit(text);
        }
      } else if (event.key.length === 1) {
        buffer.current.text += event.key;
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [gate, submit]);

  function saveGate(e: FormEvent) {
    e.preventDefault();
    const name = gateDraft.trim().slice(0, 60);
    if (!name) return;
    localStorage.setItem(GATE_KEY, name);
    setGate(name);
    setTimeout(focusCode, 0);
  }

  function onCodeSubmit(e: FormEvent) {
    e.preventDefault();
    const text = code;
    setCode("");
    void submit(text).then(focusCode);
  }

  const event = counts.data?.event;
  const gates = (counts.data?.checkInCounts?.nodes ?? []).flatMap((g) => (g ? [g] : []));
  const total = gates.find((g) => g.gate === null)?.entries ?? 0;
  const zone = event?.timezone ?? "America/Bogota";

  if (!gate) {
    return (
      <form className="card stack door-gate" onSubmit={saveGate}>
        <h1>{t("door.nameGate")}</h1>
        <p className="muted">{t("door.nameGateHint")}</p>
        <div className="field">
          <label htmlFor="gate">{t("door.gate")}</label>
          <input
            id="gate"
            required
            maxLength={60}
            value={gateDraft}
            onChange={(e) => setGateDraft(e.target.value)}
            placeholder={t("door.gatePlaceholder")}
          />
        </div>
        <button type="submit" className="button block" data-testid="save-gate">
          {t("door.saveGate")}
        </button>
      </form>
    );
  }

  return (
    <div className="door">
      <div className="actions">
        <Link to="/puerta" className="button ghost small">
          ← {t("door.events")}
        </Link>
        <span className="chip" data-testid="gate-name">
          {t("door.atGate", { gate })}
        </span>
        <button
          type="button"
          className="button ghost small"
          onClick={() => {
            localStorage.removeItem(GATE_KEY);
            setGateDraft(gate);
            setGate("");
          }}
        >
          {t("door.changeGate")}
        </button>
      </div>
      <h1>{event?.title ?? t("door.title")}</h1>
      {!online ? (
        <p className="run-banner offline" role="status" data-testid="offline">
          {t("door.offline")}
        </p>
      ) : null}
      {queued > 0 ? (
        <p className="run-banner" role="status" data-testid="queued">
          {t("door.queued", { count: queued })}
        </p>
      ) : null}

      <DoorResult shown={shown} zone={zone} />

      <form className="card door-entry" onSubmit={onCodeSubmit}>
        <label htmlFor="door-code">{t("door.code")}</label>
        <div className="field-row">
          <input
            id="door-code"
            ref={codeInput}
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t("door.codePlaceholder")}
          />
          <button type="submit" className="button" data-testid="check-in">
            {t("door.checkIn")}
          </button>
        </div>
        <p className="muted small">{t("door.scannerHint")}</p>
      </form>

      <section className="card">
        <div className="actions">
          <h2>{t("door.camera")}</h2>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setCamera((on) => !on)}
            data-testid="camera-toggle"
          >
            {camera ? t("door.cameraOff") : t("door.cameraOn")}
          </button>
        </div>
        {camera ? (
          <div className="door-camera" data-testid="camera">
            <Scanner
              // Ideals only: a cheap tablet's camera must never be refused for its resolution.
              constraints={{ facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } }}
              formats={["qr_code"]}
              onScan={(found: IDetectedBarcode[]) => {
                const value = found[0]?.rawValue;
                if (value) void submit(value, "camera");
              }}
              onError={(error) =>
                setShown({ kind: "error", message: t(`door.cameraError.${error.kind}`), at: Date.now() })
              }
              allowMultiple
              scanDelay={1500}
              sound={false}
              components={{ finder: true, torch: true, onOff: false, zoom: false }}
            />
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="counts-title">
        <h2 id="counts-title">{t("door.onSite")}</h2>
        <p className="stat-value" data-testid="on-site">
          {t("door.totalOf", {
            entries: formatNumber(total),
            tickets: formatNumber(event?.validTicketCount ?? 0),
          })}
        </p>
        <ul className="list">
          {gates
            .filter((g) => g.gate !== null)
            .map((g) => (
              <li key={g.gate}>
                <span>{g.gate}</span>
                <strong>{formatNumber(g.entries)}</strong>
              </li>
            ))}
        </ul>
      </section>

      {synced.length ? (
        <section className="card" aria-labelledby="synced-title">
          <h2 id="synced-title">{t("door.synced")}</h2>
          <ul className="list">
            {synced.map(({ scan, result }) => (
              <li key={`${scan.code}-${scan.scannedAt}`}>
                <span>
                  <strong>{result.holderName ?? "—"}</strong>
                  <span className="muted"> · {formatTime(scan.scannedAt, zone)}</span>
                </span>
                <span className={`chip ${result.outcome}`}>{t(`door.outcome.${result.outcome}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {supervisor ? (
        <Supervisor eventId={eventId} gate={gate} zone={zone} onChange={() => void counts.refetch()} />
      ) : null}
    </div>
  );
}

function DoorResult({ shown, zone, testId = "door-result" }: { shown: Shown | null; zone: string; testId?: string }) {
  const { t } = useTranslation();
  if (!shown) {
    return (
      <div className="door-result idle" role="status" data-testid={testId}>
        {t("door.ready")}
      </div>
    );
  }
  if (shown.kind === "queued") {
    return (
      <div className="door-result queued" role="status" data-testid={testId} key={shown.at}>
        <strong>{t("door.savedOffline")}</strong>
      </div>
    );
  }
  if (shown.kind === "invalid" || shown.kind === "error") {
    return (
      <div className="door-result refused" role="alert" data-testid={testId} key={shown.at}>
        <strong>{shown.kind === "invalid" ? t("door.invalidCode") : shown.message}</strong>
      </div>
    );
  }
  const { result } = shown;
  const ok = result.outcome === "checked_in";
  return (
    <div
      className={`door-result ${ok ? "admitted" : "refused"}`}
      role={ok ? "status" : "alert"}
      data-testid={testId}
      data-outcome={result.outcome}
      key={shown.at}
    >
      <strong>{t(`door.outcome.${result.outcome}`)}</strong>
      {result.holderName && result.invitationId ? (
        <span data-testid="door-guest">
          {result.holderName} ·{" "}
          {t("door.guest", {
            category: t(`guests.category.${result.guestCategory}`),
            tier: result.guestTier,
          })}{" "}
          · {t("door.party", { count: result.seats ?? 1 })}
          {result.seatLabels?.length ? ` · ${result.seatLabels.join(", ")}` : ""}
        </span>
      ) : result.holderName ? (
        <span>
          {result.holderName} · {result.tierName} · {t("shop.seat", { seat: result.seat, seats: result.seats })}
        </span>
      ) : null}
      {result.outcome === "already_checked_in" && result.checkedInAt ? (
        <span data-testid="entered-at">
          {t("door.enteredAt", { time: formatTime(result.checkedInAt, zone), gate: result.checkedInGate })}
        </span>
      ) : null}
      {result.outcome === "not_valid" && result.bookingStatus ? (
        <span>
          {result.invitationId
            ? t(`guests.invitationStatus.${result.bookingStatus}`)
            : t(`shop.status.${result.bookingStatus}`)}
        </span>
      ) : null}
      {result.outcome === "wrong_event" && result.eventTitle ? <span>{result.eventTitle}</span> : null}
    </div>
  );
}

function Supervisor({
  eventId,
  gate,
  zone,
  onChange,
}: {
  eventId: string;
  gate: string;
  zone: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  // null until the first search; a search shorter than 2 characters is answered with a hint, not silence.
  const [submitted, setSubmitted] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(SearchAttendeesDocument, {
    variables: { eventId, search: submitted ?? "" },
    skip: submitted === null || submitted.trim().length < 2,
    fetchPolicy: "network-only",
  });
  const [byHand] = useMutation(CheckInTicketByHandDocument);
  const [revoke] = useMutation(RevokeCheckInDocument);
  const [problem, setProblem] = useState<string | null>(null);
  // What the last action did, shown here: the scanner's panel is a screen away on a phone.
  const [done, setDone] = useState<Shown | { kind: "revoked"; name: string; at: number } | null>(null);
  const act = async (run: () => Promise<Shown | { kind: "revoked"; name: string; at: number } | null>) => {
    setProblem(null);
    setDone(null);
    try {
      setDone(await run());
      await refetch();
      onChange();
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  };
  const tooShort = submitted !== null && submitted.trim().length < 2;
  const tickets = (data?.eventAttendees?.nodes ?? []).flatMap((ticket) => (ticket?.booking ? [ticket] : []));
  return (
    <section className="card stack" aria-labelledby="supervisor-title">
      <h2 id="supervisor-title">{t("door.supervisor")}</h2>
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(search);
        }}
      >
        <label htmlFor="attendee-search" className="visually-hidden">
          {t("door.search")}
        </label>
        <input
          id="attendee-search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t("door.searchPlaceholder")}
          minLength={2}
          maxLength={100}
        />
        <button type="submit" className="button secondary" data-testid="search">
          {t("door.search")}
        </button>
      </form>
      {problem || error ? (
        <p className="form-error" role="alert">
          {problem ?? t(errorKey(error))}
        </p>
      ) : null}
      {tooShort ? (
        <p className="muted" role="status" data-testid="search-too-short">
          {t("door.searchTooShort")}
        </p>
      ) : null}
      {!tooShort && data && tickets.length === 0 ? <p className="muted">{t("door.nobody")}</p> : null}
      {done?.kind === "revoked" ? (
        <p className="door-result refused" role="status" data-testid="hand-result">
          <strong>{t("door.revokedFor", { name: done.name })}</strong>
        </p>
      ) : done ? (
        <DoorResult shown={done} zone={zone} testId="hand-result" />
      ) : null}
      <ul className="list">
        {tickets.map((ticket) => (
          <li key={ticket.rowId} data-testid="attendee">
            <span>
              <strong>{ticket.booking?.buyerName}</strong>
              <span className="muted">
                {" "}
                · {ticket.booking?.tier?.name} ·{" "}
                {t("shop.seat", { seat: ticket.seat, seats: ticket.booking?.quantity })}
                {ticket.checkedInAt
                  ? ` · ${t("door.enteredAt", { time: formatTime(ticket.checkedInAt, zone), gate: ticket.checkedInGate })}`
                  : ""}
              </span>
            </span>
            {ticket.checkedInAt ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() =>
                  void act(async () => {
                    await revoke({ variables: { ticketId: ticket.rowId, reason: t("door.revokedAtDoor") } });
                    return { kind: "revoked", name: ticket.booking?.buyerName ?? "—", at: Date.now() };
                  })
                }
              >
                {t("door.revoke")}
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() =>
                  void act(async () => {
                    const answer = await byHand({ variables: { ticketId: ticket.rowId, gate } });
                    const result = answer.data?.checkInTicketByHand?.result;
                    return result ? { kind: "result", result, at: Date.now() } : null;
                  })
                }
              >
                {t("door.checkInByHand")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
