// Summarises a V8 CPU profile (`*.cpuprofile`, as BENCH_CPU_PROF writes for the
// bench's API and floor children) by self time and by inclusive time, per
// package and per function, over the samples after the schema was built (the
// start-up is not what a request costs).
//
//   node bench/cpuprofile.ts <file.cpuprofile> [--top 40] [--all] [--after <function>]
//
// --all keeps every sample; --after starts after the last sample whose stack
// holds a function of that name (default "buildSchema": PostGraphile's schema
// build; the floor has none, so for it the whole profile is used). Idle time
// is left out of the busy total; "(garbage collector)" and "(program)" are
// V8's own.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a frame belongs to: the last node_modules/<pkg> of its URL, `ours:<dir>`, `node:` or V8's own. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:internal";
  const path = url.replace(/^file:\/\//, "");
  const at = path.lastIndexOf("/node_modules/");
  if (at >= 0) {
    const rest = path.slice(at + "/node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const ours = path.match(/\/(server|shared|bench|db|tasks)\//);
  return ours ? `ours:${ours[1]}` : path;
}

function functionKey(frame: CallFrame): string {
  const file = frame.url.replace(/^.*\/node_modules\//, "").replace(/^file:\/\/.*\/(server|shared|bench)\//, "$1/");
  return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
}

export interface Summary {
  busyMs: number;
  idleMs: number;
  selfByPackage: [string, number][];
  inclusiveByPackage: [string, number][];
  selfByFunction: [string, number][];
  inclusiveByFunction: [string, number][];
}

export function summarise(profile: Profile, options: { after?: string | null } = {}): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      stack.push(byId.get(at) as ProfileNode);
    return stack;
  };
  let start = 0;
  if (options.after) {
    const after = options.after;
    const found = profile.samples.findLastIndex((id) => stackOf(id).some((n) => n.callFrame.functionName === after));
    start = found + 1;
  }
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  const selfPkg = new Map<string, number>();
  const inclPkg = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclFn = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
  for (let i = start; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack = stackOf(profile.samples[i] as number);
    const leaf = stack[0] as ProfileNode;
    if (leaf.callFrame.functionName === "(idle)") {
      idle += ms;
      continue;
    }
    busy += ms;
    add(selfPkg, packageOf(leaf.callFrame), ms);
    add(selfFn, functionKey(leaf.callFrame), ms);
    const packages = new Set<string>();
    const functions = new Set<string>();
    for (const node of stack) {
      if (node.callFrame.functionName === "(root)") continue;
      packages.add(packageOf(node.callFrame));
      functions.add(functionKey(node.callFrame));
    }
    for (const p of packages) add(inclPkg, p, ms);
    for (const f of functions) add(inclFn, f, ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busyMs: busy,
    idleMs: idle,
    selfByPackage: sorted(selfPkg),
    inclusiveByPackage: sorted(inclPkg),
    selfByFunction: sorted(selfFn),
    inclusiveByFunction: sorted(inclFn),
  };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "40" }, all: { type: "boolean" }, after: { type: "string" } },
  });
  const top = Number(values.top);
  for (const file of positionals) {
    const summary = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile, {
      after: values.all ? null : (values.after ?? "buildSchema"),
    });
    const pct = (ms: number) => `${((100 * ms) / summary.busyMs).toFixed(1).padStart(5)} %`;
    const table = (title: string, rows: [string, number][]) => {
      console.log(`\n${title}`);
      for (const [key, ms] of rows.slice(0, top)) console.log(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${key}`);
    };
    console.log(`${file}: busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms`);
    table("self time by package", summary.selfByPackage);
    table("inclusive time by package", summary.inclusiveByPackage);
    table("self time by function", summary.selfByFunction);
    table("inclusive time by function", summary.inclusiveByFunction);
  }
}
