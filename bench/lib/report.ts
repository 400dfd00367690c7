// Renders a run's numbers as Markdown tables: bench/results/<mode>.md, and
// the block between `<!-- bench:<mode>:start -->` and `<!-- bench:<mode>:end -->`
// in BENCHMARKS.md (the prose around it is written by hand).
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../shared/paths.ts";

type R = Record<string, any>;

const n0 = (x: unknown) => (typeof x === "number" ? Math.round(x).toLocaleString("en-US") : "–");
const n1 = (x: unknown) => (typeof x === "number" ? x.toFixed(1) : "–");
const n2 = (x: unknown) => (typeof x === "number" ? x.toFixed(2) : "–");
const pct = (x: unknown) => (typeof x === "number" ? `${(x * 100).toFixed(0)} %` : "–");
const sec = (ms: unknown) => (typeof ms === "number" ? (ms / 1000).toFixed(2) : "–");

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n\`\`\`\n${body}\n\`\`\`\n\n</details>`;
}

export function renderMarkdown(r: R): string {
  const m = r.meta;
  const out: string[] = [];
  out.push(
    `_${m.mode} run, ${m.date.slice(0, 16).replace("T", " ")} UTC, scale ${m.scale}, ${n0(m.durationSeconds)} s in all. ` +
      `${m.machine.cpus} × ${m.machine.cpuModel}, ${n0(m.machine.memoryGiB)} GiB, Node ${m.node}, ` +
      `${String(m.postgres).split(" on ")[0]} (shared_buffers ${m.postgresSettings.sharedBuffers}). ` +
      `1-minute load average ${n1(m.machine.loadAverage?.start)} at the start, ${n1(m.machine.loadAverage?.end)} at the end. ` +
      "Everything (PostgreSQL, API, floor, load generator, worker, fake LLM) shares this one machine._",
  );

  const d = r.data;
  if (d) {
    out.push("\n**Data** (`bench/data.ts`)\n");
    const rows = d.rows as Record<string, number>;
    const keys = [
      "organizations",
      "profiles",
      "events",
      "venues",
      "ticket_tiers",
      "casting_briefs",
      "looks",
      "talent",
      "talent_contacts",
      "talent_availability",
      "model_castings",
      "bookings",
      "agent_runs",
      "ai_agent_logs",
    ];
    out.push(
      `${n1(d.seconds)} s to generate (${d.steps.map((s: R) => `${s.step} ${n1(s.seconds)} s`).join(", ")}); ` +
        `database ${d.databaseSize}; consistency problems: ${d.consistencyProblems.length || "none"}. ` +
        `Organization 1 holds ${n0(d.plan.bigOrgTalent)} talent, the others ${n0(d.plan.otherOrgTalent)} each.\n`,
    );
    out.push(
      table(
        ["table", "rows (demo data included)"],
        keys.map((k) => [k, n0(rows[k])]),
      ),
    );
  }

  if (r.reads) {
    out.push(
      `\n**1. Dashboard reads** — ${r.reads.member}, ${r.reads.eventsInOrganization} events in the organization; ` +
        `EventDetail of an event with ${r.reads.detailEvent.castings} castings and ${r.reads.detailEvent.looks} looks. ` +
        `Same rows via GraphQL and the floor: ${r.reads.sameData ? "yes" : "**no**"}.\n`,
    );
    const rows: (string | number)[][] = [];
    for (const q of r.reads.queries) {
      for (const l of q.levels) {
        rows.push([
          `${q.name}, ${l.connections} conn.`,
          n0(l.graphql.requestsPerSecond),
          `${n1(l.graphql.latencyMs.p50)} / ${n1(l.graphql.latencyMs.p95)} / ${n1(l.graphql.latencyMs.p99)}`,
          n0(l.floor.requestsPerSecond),
          `${n1(l.floor.latencyMs.p50)} / ${n1(l.floor.latencyMs.p95)} / ${n1(l.floor.latencyMs.p99)}`,
          `${n2(l.ratio.requestsPerSecond)}×`,
          `${n2(l.ratio.p50)}×`,
          // Older result files have no CPU figures.
          l.graphql.serverCpuMsPerRequest === undefined
            ? "—"
            : `${n2(l.graphql.serverCpuMsPerRequest)} / ${n2(l.floor.serverCpuMsPerRequest)}`,
          l.graphql.databaseCpuMsPerRequest === undefined
            ? "—"
            : `${n2(l.graphql.databaseCpuMsPerRequest)} / ${n2(l.floor.databaseCpuMsPerRequest ?? Number.NaN)}`,
          l.graphql.errors + l.graphql.badBodies + l.floor.errors + l.floor.badBodies,
        ]);
      }
    }
    out.push(
      table(
        [
          "query",
          "GraphQL req/s",
          "GraphQL p50 / p95 / p99 ms",
          "floor req/s",
          "floor p50 / p95 / p99 ms",
          "req/s GraphQL ÷ floor",
          "p50 GraphQL ÷ floor",
          "server CPU ms/request GraphQL / floor",
          "database CPU ms/request GraphQL / floor",
          "errors",
        ],
        rows,
      ),
    );
  }

  if (r.statements) {
    out.push("\n**2. SQL statements per GraphQL request** (pg_stat_statements)\n");
    out.push(
      table(
        ["request", "list size", "data statements", "transaction / settings statements"],
        r.statements.map((s: R) => [
          s.label,
          s.listSize,
          n2(s.dataStatementsPerRequest),
          n2(s.transactionStatementsPerRequest),
        ]),
      ),
    );
    const example = r.statements.find((s: R) => s.query === "EventsList");
    if (example) {
      out.push(
        `\n${details(
          "statements of one EventsList request",
          example.statements
            .map((s: R) => `${s.kind.padEnd(11)} ${n2(s.callsPerRequest)}×  ${n2(s.meanMs)} ms  ${s.query}`)
            .join("\n"),
        )}`,
      );
    }
  }

  if (r.rls) {
    out.push(
      `\n**3. RLS cost** — EventsList SQL, ${r.rls.events} events, ${r.rls.iterations} iterations per variant\n`,
    );
    out.push(
      table(
        ["variant", "mean ms", "p50 ms", "p95 ms"],
        r.rls.variants.map((v: R) => [v.name, n2(v.latencyMs.mean), n2(v.latencyMs.p50), n2(v.latencyMs.p95)]),
      ),
    );
    out.push(
      `\nMember with RLS ÷ owner, same SQL: **${n2(r.rls.ratioMean)}×** (mean), ${n2(r.rls.ratioP50)}× (p50); ` +
        `RLS alone (no explicit filter, as GraphQL) ÷ owner: ${n2(r.rls.ratioRlsOnlyMean)}×. ` +
        `Index scans in the member's plan: ${r.rls.explain.indexScans.map((s: string) => `\`${s}\``).join(", ")}; ` +
        `sequential scans: ${r.rls.explain.seqScans.length ? r.rls.explain.seqScans.map((s: string) => `\`${s}\``).join(", ") : "none"}.\n`,
    );
    out.push(details("EXPLAIN (ANALYZE, BUFFERS) of EventsList as a member", r.rls.explain.plan));
    out.push(details("EXPLAIN (ANALYZE, BUFFERS) of EventDetail as a member", r.rls.detailExplain.plan));
  }

  const readFixes = Array.isArray(r.readFixes) ? { measured: r.readFixes, adopted: [] } : r.readFixes;
  for (const f of readFixes?.measured ?? []) {
    const title = f.adoptedIn
      ? `Fix adopted by migration ${f.adoptedIn}, measured against the previous definition: ${f.name}.`
      : `Proposed fix, measured: ${f.name}.`;
    const [before, after] = f.adoptedIn ? ["previous", "adopted"] : ["before", "after"];
    out.push(
      `\n**${title}** ${f.change} Method: ${f.method}. Same data ${before} and ${after}: ${f.sameData ? "yes" : "**no**"}.\n`,
    );
    out.push(
      table(
        ["EventsList SQL (section 3)", `${before} mean ms`, `${after} mean ms`],
        f.rls.before.map((b: R, i: number) => [b.name, n2(b.latencyMs.mean), n2(f.rls.after[i]?.latencyMs.mean)]),
      ),
    );
    out.push(`\nMember ÷ owner: ${n2(f.rls.ratioBefore)}× ${before}, ${n2(f.rls.ratioAfter)}× ${after}.\n`);
    out.push(
      table(
        [
          "dashboard query",
          `GraphQL req/s ${before} → ${after}`,
          `GraphQL p50 ms ${before} → ${after}`,
          `floor req/s ${before} → ${after}`,
        ],
        f.reads.map((x: R) => [
          `${x.name}, ${x.connections} conn.`,
          `${n0(x.graphqlBefore.requestsPerSecond)} → ${n0(x.graphqlAfter.requestsPerSecond)} (**${n2(x.graphqlSpeedup)}×**)`,
          `${n1(x.graphqlBefore.latencyMs.p50)} → ${n1(x.graphqlAfter.latencyMs.p50)}`,
          `${n0(x.floorBefore.requestsPerSecond)} → ${n0(x.floorAfter.requestsPerSecond)} (${n2(x.floorSpeedup)}×)`,
        ]),
      ),
    );
  }

  if (r.eventsListWithoutTotalCount) {
    const v = r.eventsListWithoutTotalCount;
    out.push(`\n**Variant, measured: ${v.note}**\n`);
    out.push(
      table(
        ["EventsList", "with totalCount (previous) req/s (p50 ms)", "without (adopted) req/s (p50 ms)", "speed-up"],
        v.levels.map((l: R) => [
          `${l.connections} conn.`,
          `${n0(l.with.requestsPerSecond)} (${n1(l.with.latencyMs.p50)})`,
          `${n0(l.without.requestsPerSecond)} (${n1(l.without.latencyMs.p50)})`,
          `${n2(l.speedup)}×`,
        ]),
      ),
    );
  }

  if (r.writes) {
    out.push("\n**4. Writes**\n");
    out.push(
      table(
        ["createEvent (GraphQL)", "req/s", "p50 / p95 / p99 ms", "rows created", "errors"],
        r.writes.createEvent.levels.map((l: R) => [
          `${l.connections} conn.`,
          n0(l.requestsPerSecond),
          `${n1(l.latencyMs.p50)} / ${n1(l.latencyMs.p95)} / ${n1(l.latencyMs.p99)}`,
          n0(l.rowsCreated),
          l.errors + l.badBodies,
        ]),
      ),
    );
    const b = r.writes.bookTickets;
    const first = b.rounds[0] ?? {};
    out.push(
      `\nbookTickets under contention: ${b.rounds.length} rounds of ${first.buyers} concurrent anonymous buyers of one ` +
        `${first.quantity}-ticket tier: ${b.rounds.map((x: R) => `${x.succeeded} sold / ${x.soldOut} SOLD_OUT`).join(", ")}; ` +
        `oversold tiers: ${b.oversold}; sold_count = bookings in every round: ${b.allConsistent ? "yes" : "**no**"}. ` +
        `Latency p50 / p95 / max: ${n1(b.latencyMs.p50)} / ${n1(b.latencyMs.p95)} / ${n1(b.latencyMs.max)} ms ` +
        `(successes p95 ${n1(b.successLatencyMs.p95)} ms, SOLD_OUT p95 ${n1(b.soldOutLatencyMs.p95)} ms).`,
    );
  }

  if (r.pipeline) {
    const p = r.pipeline;
    out.push(
      `\n**5. Agent pipeline** — casting on the product's worker, ${p.castingWorker ?? `concurrency ${p.concurrency}`}; ` +
        `graphile-worker's no-op at concurrency ${p.concurrency}; zero-latency model\n`,
    );
    const previous = p.casting.sequentialPrevious;
    out.push(
      table(
        ["job", "start latency p50 / p95 ms", "÷ no-op (p50)", "jobs/s (burst)"],
        [
          [
            "graphile-worker no-op (job created → task entered)",
            `${n1(p.noop.startLatencyMs.p50)} / ${n1(p.noop.startLatencyMs.p95)}`,
            "1.00×",
            `${n0(p.noop.burst.jobsPerSecond)} (${p.noop.burst.jobs} jobs)`,
          ],
          [
            "Model Casting (agent_runs.created_at → started_at)",
            `${n1(p.casting.startLatencyMs.p50)} / ${n1(p.casting.startLatencyMs.p95)}`,
            `**${n2(p.startRatioP50)}×**`,
            `${n1(p.casting.burst.jobsPerSecond)} (${p.casting.burst.succeeded}/${p.casting.burst.jobs} succeeded, peak ${p.casting.burst.peakConcurrency} running)`,
          ],
          ...(previous
            ? [
                [
                  `Model Casting, previous definitions (${(p.previousDefinitions ?? []).join(", ")})`,
                  `${n1(previous.startLatencyMs.p50)} / ${n1(previous.startLatencyMs.p95)}`,
                  `${n2(p.startRatioP50Previous)}×`,
                  `${n1(p.casting.burstPrevious?.jobsPerSecond)} (${p.casting.burstPrevious?.succeeded}/${p.casting.burstPrevious?.jobs} succeeded, peak ${p.casting.burstPrevious?.peakConcurrency} running)`,
                ],
              ]
            : []),
        ],
      ),
    );
    out.push(
      `\nCasting request → result with a zero-latency model: p50 ${n1(p.casting.totalLatencyMs.p50)} ms, p95 ${n1(p.casting.totalLatencyMs.p95)} ms; ` +
        `of which the requestModelCasting mutation over HTTP p50 ${n1(p.casting.requestLatencyMs?.p50)} ms ` +
        `(${n1(previous?.requestLatencyMs?.p50)} ms with the previous definitions), ` +
        `the job (started → finished) p50 ${n1(p.casting.jobDurationMs?.p50)} ms, the model call inside it p50 ${n1(p.casting.modelCallMs?.p50)} ms. ` +
        `Burst jobs/s adopted ÷ previous: ${n2(p.adoptedSpeedup)}×; casting ÷ no-op jobs/s: ${n2(p.throughputRatio)}×.`,
    );
  }

  if (r.loadTest) {
    const l = r.loadTest;
    out.push(
      `\n**6. Load test** — ${l.runs[0]?.requests ?? 100} concurrent requestModelCasting calls (distinct briefs) per row; ` +
        `fake LLM ${l.llm.latencyMs} ± ${l.llm.jitterMs} ms, ${pct(l.llm.rate429)} HTTP 429 with Retry-After ${l.llm.retryAfterSeconds} s ` +
        "(the same seeded model for every row)\n",
    );
    out.push(
      table(
        [
          "worker",
          "succeeded (salvaged)",
          "rejected",
          "lost",
          "duplicated runs / castings",
          "request → result p50 / p95 s",
          "makespan s",
          "model p95 s",
          "makespan ÷ model p95",
          "peak running",
          "429s",
        ],
        l.runs.map((x: R) => [
          x.worker,
          `${x.succeeded}/${x.requests} (${pct(x.successRate)})${x.salvagedRuns ? ` (${x.salvagedRuns} salvaged)` : ""}`,
          x.rejected
            ? `${x.rejected} (${Object.entries(x.rejectedCodes ?? {})
                .map(([k, v]) => `${v} ${k}`)
                .join(", ")})`
            : 0,
          x.lost,
          `${x.duplicatedRuns} / ${x.duplicatedCastings}`,
          `${sec(x.resultLatencyMs.p50)} / **${sec(x.resultLatencyMs.p95)}**`,
          n1(x.makespanSeconds),
          sec(x.modelLatencyMs?.p95),
          `${n2(x.makespanOverModelP95)}×`,
          x.peakConcurrency,
          x.llm429,
        ]),
      ),
    );
  }

  if (r.candidates) {
    const c = r.candidates;
    const brief = (b: R) =>
      `${b.organization}: roster ${n0(b.roster)} (${n0(b.withAiConsent)} with AI consent), brief ${b.divisions.join(", ")} ` +
      `${b.heightMinCm}–${b.heightMaxCm} cm on a show with ${b.castingsOnEvent} castings, ${n0(b.eligible)} eligible`;
    out.push(
      `\n**7. Candidate retrieval** — top ${c.maxCandidates} of \`model_casting_candidates\`, ${c.iterations} iterations each; ` +
        `${n0(c.totalTalent)} talent in the database. Large roster: ${brief(c.large)}. Typical: ${brief(c.typical)}.\n`,
    );
    out.push(
      table(
        ["variant", "large roster p50 / p95 ms", "typical p50 / p95 ms", "speed-up large / typical", "same candidates"],
        c.variants.map((v: R) => [
          v.change ? `${v.name} (bench DB, rolled back)` : v.name,
          `${n1(v.large.latencyMs.p50)} / ${n1(v.large.latencyMs.p95)}`,
          `${n1(v.typical.latencyMs.p50)} / ${n1(v.typical.latencyMs.p95)}`,
          v.kind === "previous"
            ? `as committed is ${n1(v.speedupLarge)}× / ${n1(v.speedupTypical)}× faster`
            : `${n1(v.speedupLarge)}× / ${n1(v.speedupTypical)}×`,
          v.change ? (v.sameCandidates ? "yes" : "no") : "–",
        ]),
      ),
    );
    if (c.adoptedChanges?.length) {
      out.push(
        `\nAdopted by migrations, so part of "as committed", each measured against the definition it replaced: ${c.adoptedChanges.join(", ")}.\n`,
      );
    }
    for (const v of c.variants) out.push(details(`EXPLAIN (ANALYZE, BUFFERS), large roster, ${v.name}`, v.plan));
  }
  return `${out.join("\n")}\n`;
}

/** Writes bench/results/<mode>.md and replaces the mode's block in BENCHMARKS.md when its markers are there. */
export async function updateBenchmarksMd(results: R): Promise<void> {
  const mode = results.meta.mode as string;
  const markdown = renderMarkdown(results);
  await writeFile(join(PROJECT_ROOT, "bench", "results", `${mode}.md`), markdown);
  const file = join(PROJECT_ROOT, "BENCHMARKS.md");
  if (!existsSync(file)) return;
  const text = await readFile(file, "utf8");
  const start = `<!-- bench:${mode}:start -->`;
  const end = `<!-- bench:${mode}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  await writeFile(file, `${text.slice(0, i + start.length)}\n${markdown}${text.slice(j)}`);
}
