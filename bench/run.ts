// `npm run bench` (full: scale 1, long runs) and `npm run bench -- --quick`
// (CI-sized). Starts a throwaway embedded PostgreSQL with pg_stat_statements,
// builds the bench database (roles, migrations, policies, demo data, then
// bench/data.ts at the mode's scale), starts the API server and the floor
// server as child processes and a fake LLM, runs every section, writes
// bench/results/latest.json (and <mode>.json) and refreshes the mode's
// numbers in BENCHMARKS.md. Everything listens on 127.0.0.1 only.
//
// Options: --quick, --scale N, --only reads,statements,rls,fix,candidates,writes,pipeline,loadtest,runway,
//          --llm-latency 1500 --llm-jitter 500 --llm-429 0.05, --no-summary (leave BENCHMARKS.md alone),
//          --summary-only (re-render BENCHMARKS.md from bench/results/{quick,full}.json)
//          --runway-sizes 10,40,80,150 --runway-instances N --runway-limit S (section runway: pure CPU;
//          the limit defaults to the product's by show size,
//          no database; `--only runway` runs it alone and writes bench/results/runway.json)
//          --boxoffice-buyers 1000 --boxoffice-tickets 300 --boxoffice-rounds 3 --boxoffice-events 5000
//          (section boxoffice: its own small database; `--only boxoffice` runs it alone and writes
//          bench/results/box-office.json)
//          --health-events 2000 --health-past 200 (section health: its own small database; `--only health`
//          runs it alone and writes bench/results/health.json)
//          --only variants (only when named): the API's CPU per dashboard request under each variant of
//          bench/sections/api-variants.ts, side by side (--variants a,b --variant-rounds 4 --variant-seconds 3
//          --variant-warmup 3 --variant-connections 10)
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { withClient } from "../db/lib/lifecycle.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { consistencyProblems, generateData } from "./data.ts";
import { parseArgs } from "./lib/args.ts";
import { type Child, startChild } from "./lib/children.ts";
import { buildBenchDatabase, quietPool, rootUrlFor, startBenchCluster } from "./lib/cluster.ts";
import { type BenchContext, MODES, type Mode } from "./lib/context.ts";
import { updateBenchmarksMd } from "./lib/report.ts";
import { rounded } from "./lib/stats.ts";
import { DEFAULT_LLM_OPTIONS, startFakeLlm } from "./llm.ts";
import { agentRequesters, loadTest, pipeline } from "./sections/agents.ts";
import { apiVariants } from "./sections/api-variants.ts";
import { boxOfficeBench, renderBoxOffice } from "./sections/box-office.ts";
import { candidateRetrieval } from "./sections/candidates.ts";
import { healthBench, renderHealth } from "./sections/health.ts";
import {
  dashboardLoad,
  prepareReads,
  readFixes,
  rlsCost,
  statementsPerRequest,
  totalCountVariant,
} from "./sections/reads.ts";
import { renderRunway, runwaySolver } from "./sections/runway.ts";
import { bookingContention, createEvents } from "./sections/writes.ts";

const SECTIONS = [
  "reads",
  "statements",
  "rls",
  "fix",
  "candidates",
  "writes",
  "pipeline",
  "loadtest",
  "runway",
  "boxoffice",
  "health",
] as const;
/** Sections run only when named in --only. */
const EXTRA_SECTIONS = ["variants"] as const;
type Section = (typeof SECTIONS)[number] | (typeof EXTRA_SECTIONS)[number];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.flag("summary-only")) {
    // Re-render BENCHMARKS.md's blocks from the stored results, without running anything.
    for (const stored of ["quick", "full"]) {
      const file = join(PROJECT_ROOT, "bench", "results", `${stored}.json`);
      if (!existsSync(file)) continue;
      await updateBenchmarksMd(JSON.parse(await readFile(file, "utf8"))).catch((error) =>
        console.error(`bench/results/${stored}.json: ${error} (written by an older bench?)`),
      );
    }
    const runwayFile = join(PROJECT_ROOT, "bench", "results", "runway.json");
    if (existsSync(runwayFile))
      await replaceBlock("runway", renderRunway(JSON.parse(await readFile(runwayFile, "utf8"))));
    const healthFile = join(PROJECT_ROOT, "bench", "results", "health.json");
    if (existsSync(healthFile))
      await replaceBlock("health", renderHealth(JSON.parse(await readFile(healthFile, "utf8"))));
    const boxOfficeFile = join(PROJECT_ROOT, "bench", "results", "box-office.json");
    if (existsSync(boxOfficeFile))
      await replaceBlock("box-office", renderBoxOffice(JSON.parse(await readFile(boxOfficeFile, "utf8"))));
    return;
  }
  const mode: Mode = args.flag("quick") ? "quick" : "full";
  const config = { ...MODES[mode], scale: args.number("scale", MODES[mode].scale) };
  const only = new Set((args.string("only")?.split(",") ?? SECTIONS) as Section[]);
  for (const name of only)
    if (!(SECTIONS as readonly string[]).includes(name) && !(EXTRA_SECTIONS as readonly string[]).includes(name))
      throw new Error(`Unknown section ${name}`);
  const llmOptions = {
    latencyMs: args.number("llm-latency", DEFAULT_LLM_OPTIONS.latencyMs),
    jitterMs: args.number("llm-jitter", DEFAULT_LLM_OPTIONS.jitterMs),
    rate429: args.number("llm-429", DEFAULT_LLM_OPTIONS.rate429),
    retryAfterSeconds: DEFAULT_LLM_OPTIONS.retryAfterSeconds,
  };
  const started = Date.now();
  const loadAtStart = loadavg();
  const log = (message: string) =>
    console.error(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s ${message}`);
  if (only.has("runway")) {
    // Pure CPU: runs before (and without) the database of the other sections.
    await runwaySection(mode, args, !args.flag("no-summary"), log);
    only.delete("runway");
    if (only.size === 0) return;
  }
  if (only.has("health")) {
    // Its own database: runs before (and without) the others'.
    await healthSection(mode, args, !args.flag("no-summary"), log);
    only.delete("health");
    if (only.size === 0) return;
  }
  if (only.has("boxoffice")) {
    // Its own small database and server: runs before (and without) the others'.
    await boxOfficeSection(mode, args, !args.flag("no-summary"), log);
    only.delete("boxoffice");
    if (only.size === 0) return;
  }
  log(`[bench] ${mode} mode, scale ${config.scale}`);

  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()?.()
        .catch((error) => log(`[bench] cleanup: ${error}`));
  };
  const abort = (reason: string) => {
    log(`[bench] ${reason}; cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", () => abort("interrupted"));
  process.once("SIGTERM", () => abort("terminated"));
  // Nothing may run forever: the whole run has a deadline.
  const deadline = setTimeout(() => abort("deadline reached"), (mode === "quick" ? 15 : 120) * 60_000);
  deadline.unref();

  try {
    const cluster = await startBenchCluster({ log: () => {} });
    cleanups.push(() => cluster.stop());
    log(`[bench] embedded PostgreSQL on 127.0.0.1:${cluster.port} (${cluster.dataDir})`);
    const settings = await buildBenchDatabase(cluster.serverUrl);
    log("[bench] migrated and seeded; generating data");
    const data = await generateData(settings, { scale: config.scale, log });
    const owner = quietPool(settings.ownerUrl, 10);
    const root = quietPool(rootUrlFor(settings), 2);
    cleanups.push(async () => {
      await owner.end();
      await root.end();
    });
    const consistency = await withClient(settings.ownerUrl, (client) => consistencyProblems(client));
    if (consistency.length) log(`[bench] data consistency problems: ${consistency.join("; ")}`);
    // Agent request limits raised for the load test (bench database only).
    await owner.query("update app_private.agent_limits set per_user_limit = 1000000, per_organization_limit = 1000000");
    const { rows: version } = await root.query(
      "select version() as version, current_setting('shared_buffers') as shared_buffers, current_setting('max_connections') as max_connections",
    );

    const serverEnv = {
      NODE_ENV: "test",
      JWT_SECRET: randomBytes(48).toString("base64url"),
      CORS_ORIGINS: "http://localhost:5678",
      LOG_LEVEL: "silent",
      WORKER: "off",
      GRAPHIQL: "off",
      RATE_LIMIT_IP_PER_MINUTE: "100000000",
      RATE_LIMIT_USER_PER_MINUTE: "100000000",
      RATE_LIMIT_AUTH_PER_MINUTE: "1000000",
      RATE_LIMIT_AUTH_IP_PER_MINUTE: "1000000",
      // bookTickets' contention rounds are 150 anonymous buyers from one address.
      RATE_LIMIT_BOOKING_PER_MINUTE: "100000000",
      // The reads are compared row for row with a SQL floor that reads every
      // row, on organizations far larger than one page: pages and cost are not
      // what is measured here (test/api-limits.test.ts tests them), so they
      // are lifted; the cost is still computed for every request.
      GRAPHQL_MAX_COST: "1000000000",
      GRAPHQL_DEFAULT_PAGE_SIZE: "100000",
      GRAPHQL_MAX_PAGE_SIZE: "100000",
      GRAPHQL_MAX_RESPONSE_BYTES: "1000000000",
    };
    const api: Child = await startChild("server-child.ts", { settings, env: serverEnv });
    cleanups.push(() => api.stop());
    const floor: Child = await startChild("floor-child.ts", { settings, poolSize: 20, env: serverEnv });
    cleanups.push(() => floor.stop());
    const llm = await startFakeLlm({ latencyMs: 0, jitterMs: 0, rate429: 0 });
    cleanups.push(() => llm.close());
    log(`[bench] API ${api.url} (pid ${api.pid}), floor ${floor.url} (pid ${floor.pid}), fake LLM ${llm.baseUrl}`);

    const ctx: BenchContext = {
      mode,
      config,
      plan: data.plan,
      settings,
      owner,
      root,
      api,
      floor,
      typicalOrg: 2,
      log,
    };
    const results: Record<string, unknown> = {};
    const setup = await prepareReads(ctx);
    if (only.has("reads")) results.reads = await dashboardLoad(ctx, setup);
    if (only.has("variants"))
      results.apiVariants = await apiVariants(ctx, setup, {
        names: args.string("variants")?.split(","),
        rounds: args.number("variant-rounds", 4),
        seconds: args.number("variant-seconds", 3),
        warmupSeconds: args.number("variant-warmup", 3),
        connections: args.number("variant-connections", 10),
        serverEnv,
      });
    if (only.has("statements")) results.statements = await statementsPerRequest(ctx, setup);
    if (only.has("rls")) results.rls = await rlsCost(ctx, setup);
    if (only.has("fix")) {
      results.readFixes = await readFixes(ctx, setup);
      results.eventsListWithoutTotalCount = await totalCountVariant(ctx, setup);
    }
    if (only.has("candidates")) results.candidates = await candidateRetrieval(ctx);
    if (only.has("writes"))
      results.writes = { createEvent: await createEvents(ctx), bookTickets: await bookingContention(ctx) };
    if (only.has("pipeline") || only.has("loadtest")) {
      const requesters = await agentRequesters(ctx);
      if (only.has("pipeline")) results.pipeline = await pipeline(ctx, llm, requesters);
      if (only.has("loadtest")) results.loadTest = await loadTest(ctx, llm, requesters, llmOptions);
    }

    const output = rounded({
      meta: {
        date: new Date().toISOString(),
        mode,
        scale: config.scale,
        sections: [...only],
        durationSeconds: (Date.now() - started) / 1000,
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model ?? "unknown",
          memoryGiB: totalmem() / 1024 ** 3,
          platform: `${process.platform} ${process.arch}`,
          /** 1-minute load average at the start and the end: other work on the machine shows here. */
          loadAverage: { start: loadAtStart[0], end: loadavg()[0] },
        },
        node: process.version,
        postgres: version[0]?.version,
        postgresSettings: { sharedBuffers: version[0]?.shared_buffers, maxConnections: version[0]?.max_connections },
        config,
      },
      data: { ...data, consistencyProblems: consistency },
      ...results,
    });
    const dir = join(PROJECT_ROOT, "bench", "results");
    await mkdir(dir, { recursive: true });
    const json = `${JSON.stringify(output, null, 2)}\n`;
    const files = [join(dir, "latest.json"), join(dir, `${mode}.json`)];
    for (const file of files) await writeFile(file, json);
    formatJson(files);
    if (!args.flag("no-summary")) await updateBenchmarksMd(output as Record<string, any>);
    log(`[bench] done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench/results/latest.json written`);
  } finally {
    await cleanup();
    clearTimeout(deadline);
  }
}

/** The runway section: its own results file and BENCHMARKS.md block (`bench:runway`). */
async function runwaySection(
  mode: Mode,
  args: ReturnType<typeof parseArgs>,
  summary: boolean,
  log: (message: string) => void,
) {
  const started = Date.now();
  const loadAtStart = loadavg();
  const runway = await runwaySolver({
    sizes: args.list("runway-sizes", [10, 40, 80, 150]),
    instances: args.number("runway-instances", mode === "quick" ? 3 : 8),
    // 0 (the default): the product's limit by show size (timeLimitForLooks).
    timeLimitSeconds: args.number("runway-limit", 0) || null,
    log,
  });
  const highsVersion = JSON.parse(await readFile(join(PROJECT_ROOT, "node_modules", "highs", "package.json"), "utf8"))
    .version as string;
  const output = rounded({
    meta: {
      date: new Date().toISOString(),
      mode,
      durationSeconds: (Date.now() - started) / 1000,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        loadAverage: { start: loadAtStart[0], end: loadavg()[0] },
      },
      node: process.version,
      highs: highsVersion,
    },
    runway,
  });
  const dir = join(PROJECT_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "runway.json");
  await writeFile(file, `${JSON.stringify(output, null, 2)}\n`);
  formatJson([file]);
  const markdown = renderRunway(output as Record<string, any>);
  await writeFile(join(dir, "runway.md"), markdown);
  if (summary) await replaceBlock("runway", markdown);
  log(`[bench] runway done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench/results/runway.json written`);
}

/** The box office section: its own results file and BENCHMARKS.md block (`bench:box-office`). */
async function boxOfficeSection(
  mode: Mode,
  args: ReturnType<typeof parseArgs>,
  summary: boolean,
  log: (message: string) => void,
) {
  const started = Date.now();
  const loadAtStart = loadavg();
  const boxOffice = await boxOfficeBench({
    rounds: args.number("boxoffice-rounds", mode === "quick" ? 1 : 3),
    buyers: args.number("boxoffice-buyers", 1000),
    tickets: args.number("boxoffice-tickets", 300),
    events: args.number("boxoffice-events", 5000),
    log,
  });
  const output = rounded({
    meta: {
      date: new Date().toISOString(),
      mode,
      durationSeconds: (Date.now() - started) / 1000,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        loadAverage: { start: loadAtStart[0], end: loadavg()[0] },
      },
      node: process.version,
    },
    boxOffice,
  });
  const dir = join(PROJECT_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "box-office.json");
  await writeFile(file, `${JSON.stringify(output, null, 2)}\n`);
  formatJson([file]);
  const markdown = renderBoxOffice(output as Record<string, any>);
  await writeFile(join(dir, "box-office.md"), markdown);
  if (summary) await replaceBlock("box-office", markdown);
  log(
    `[bench] box office done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench/results/box-office.json written`,
  );
}

/** The Event Health section: its own results file and BENCHMARKS.md block (`bench:health`). */
async function healthSection(
  mode: Mode,
  args: ReturnType<typeof parseArgs>,
  summary: boolean,
  log: (message: string) => void,
) {
  const started = Date.now();
  const loadAtStart = loadavg();
  const health = await healthBench({
    events: args.number("health-events", mode === "quick" ? 200 : 2000),
    pastEvents: args.number("health-past", mode === "quick" ? 20 : 200),
    log,
  });
  const output = rounded({
    meta: {
      date: new Date().toISOString(),
      mode,
      durationSeconds: (Date.now() - started) / 1000,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        loadAverage: { start: loadAtStart[0], end: loadavg()[0] },
      },
      node: process.version,
    },
    health,
  });
  const dir = join(PROJECT_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "health.json");
  await writeFile(file, `${JSON.stringify(output, null, 2)}\n`);
  formatJson([file]);
  const markdown = renderHealth(output as Record<string, any>);
  await writeFile(join(dir, "health.md"), markdown);
  if (summary) await replaceBlock("health", markdown);
  log(`[bench] health done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench/results/health.json written`);
}

/** Replaces the block between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` in BENCHMARKS.md. */
async function replaceBlock(name: string, markdown: string) {
  const file = join(PROJECT_ROOT, "BENCHMARKS.md");
  if (!existsSync(file)) return;
  const text = await readFile(file, "utf8");
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  await writeFile(file, `${text.slice(0, i + start.length)}\n${markdown}${text.slice(j)}`);
}

/** Formats the results as `biome check` (npm test) expects; harmless when biome is missing. */
function formatJson(files: string[]) {
  try {
    execFileSync(join(PROJECT_ROOT, "node_modules", ".bin", "biome"), ["format", "--write", ...files], {
      stdio: "ignore",
    });
  } catch {
    // Not fatal: the numbers are written either way.
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
