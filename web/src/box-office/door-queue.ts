// The door's offline queue: scans made without a connection are kept on the
// device (localStorage) with the moment they happened, and sent when the
// connection is back, oldest first. The server resolves conflicts: the first
// scan by time is the check-in of record (check_in_ticket's scannedAt).

export interface QueuedScan {
  code: string;
  gate: string;
  eventId: string;
  /** ISO time of the scan on this device. */
  scannedAt: string;
}

export interface QueueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = "fashionos.door.queue";

function read(store: QueueStore): QueuedScan[] {
  try {
    const parsed = JSON.parse(store.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as QueuedScan[]) : [];
  } catch {
    return [];
  }
}

export function queuedScans(store: QueueStore, eventId?: string): QueuedScan[] {
  const all = read(store);
  return eventId ? all.filter((scan) => scan.eventId === eventId) : all;
}

export function enqueueScan(store: QueueStore, scan: QueuedScan): void {
  store.setItem(KEY, JSON.stringify([...read(store), scan]));
}

export type SyncAnswer = "done" | "retry";

/**
 * Sends the queued scans oldest first. A scan the server answered (whatever
 * the outcome) leaves the queue; one that failed for lack of connection stays,
 * and the rest wait for the next try. Returns what was sent.
 */
/** The sync running on a store, if any: the connection coming back, the 10 s timer and a re-render may all ask at once. */
const running = new WeakMap<QueueStore, Promise<{ sent: QueuedScan[]; left: number }>>();

export function syncQueue(
  store: QueueStore,
  send: (scan: QueuedScan) => Promise<SyncAnswer>,
): Promise<{ sent: QueuedScan[]; left: number }> {
  // One sync at a time per queue: two at once sent the same scan twice (a duplicate attempt in the door log,
  // seen in a clean-clone CI). A caller arriving meanwhile gets the running sync's answer.
  const current = running.get(store);
  if (current) return current;
  const sync = sendAll(store, send).finally(() => running.delete(store));
  running.set(store, sync);
  return sync;
}

async function sendAll(
  store: QueueStore,
  send: (scan: QueuedScan) => Promise<SyncAnswer>,
): Promise<{ sent: QueuedScan[]; left: number }> {
  const pending = read(store).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  const sent: QueuedScan[] = [];
  for (const scan of pending) {
    if ((await send(scan)) === "retry") break;
    sent.push(scan);
    store.setItem(
      KEY,
      JSON.stringify(read(store).filter((s) => !(s.code === scan.code && s.scannedAt === scan.scannedAt))),
    );
  }
  return { sent, left: read(store).length };
}
