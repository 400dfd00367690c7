// A MEASUREMENT, not a fix: what @dataplan/pg would save if it remembered the
// SQL it builds for a step at run time (BENCHMARKS.md, "Findings and fixes").
// Loaded only into a bench API child (`--only variants`, variant `sql-memo`)
// with `node --import`; it rewrites nothing on disk. @dataplan/pg builds each
// PgSelectStep's SQL on every request (buildTheQuery: pg-sql2 fragments,
// compile, sha256 of the text), from the step's static info and a few runtime
// values: first/last/offset/after/before, placeholder values, and "apply"
// callbacks (the inlined child selects of PgSelectInlineApplyStep, and the
// arguments' filters and orders). The callbacks are closures made per
// request, so no key can be built for them from outside; this patch tags the
// callbacks PgSelectInlineApplyStep makes with a digest of that step's own
// runtime values, and remembers buildTheQuery's result per step when every
// input has a key (otherwise it builds as before). Upstream, the digest
// would be part of the apply protocol.
import { registerHooks } from "node:module";

const TARGET = /@dataplan[/\\]pg[/\\]dist[/\\]steps[/\\]pgSelect\.js$/;
const APPLY_INPUT = /grafast[/\\]dist[/\\]steps[/\\]applyInput\.js$/;
const APPLY_INPUT_CALLBACK =
  "return (parentThing) => inputArgsApply(this.operationPlan.schema, this.inputType, parentThing, value, getTargetFromParent, scope);";

/** ApplyInputStep's callback depends only on the step and its input value and scope: tagged with them. */
function transformApplyInput(source: string): string {
  if (!source.includes(APPLY_INPUT_CALLBACK)) throw new Error("sql-memo-patch: ApplyInputStep callback not found");
  return source.replace(
    APPLY_INPUT_CALLBACK,
    () => `const callback = (parentThing) => inputArgsApply(this.operationPlan.schema, this.inputType, parentThing, value, getTargetFromParent, scope);
        try {
            callback.$$memoDigest = "in" + this.id + ":" + globalThis.__sqlMemo.keyOf(value) + ":" + globalThis.__sqlMemo.keyOf(scope);
        } catch (error) {
            if (error !== globalThis.__sqlMemo.UNKEYABLE) throw error;
        }
        return callback;`,
  );
}

// Keys for runtime values, shared by the two patched modules. A function is
// keyed by the digest its maker tagged it with, or else by its identity
// (a plan-time constant, e.g. grafast's applyInputConstant, is the same object
// on every request; a closure made per request only ever misses).
const UNKEYABLE = Symbol("unkeyable");
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;
function keyOf(value: unknown): string {
  if (value === undefined || value === null) return "~";
  if (typeof value === "function") {
    const digest = (value as { $$memoDigest?: unknown }).$$memoDigest;
    if (typeof digest === "string") return `f${digest}`;
    let id = functionIds.get(value);
    if (id === undefined) {
      id = nextFunctionId++;
      functionIds.set(value, id);
    }
    return `#${id}`;
  }
  if (Array.isArray(value)) return `[${value.map(keyOf).join(",")}]`;
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && !(value instanceof Date)) throw UNKEYABLE;
    return JSON.stringify(value, (_key, v) => {
      if (typeof v === "function") throw UNKEYABLE;
      return v;
    });
  }
  return `${typeof value}:${String(value)}`;
}
const stats: Record<string, number> = { hits: 0, misses: 0, unkeyed: 0 };
process.on("exit", () => process.stderr.write(`[sql-memo] ${JSON.stringify(stats)}\n`));
(globalThis as Record<string, unknown>).__sqlMemo = { keyOf, UNKEYABLE, stats };

const PRELUDE = `
const __memo = new WeakMap();
const { keyOf: __keyOf, UNKEYABLE: __UNKEYABLE, stats: __stats } = globalThis.__sqlMemo;
function __unary(values, id) { return id == null ? "~" : __keyOf(values[id].unaryValue()); }
function __stepKey(step, executionDetails, withPlaceholders) {
  const { values, count } = executionDetails;
  const why = (reason) => { __stats[reason] = (__stats[reason] || 0) + 1; return null; };
  if (executionDetails.stream != null) return why("stream");
  if (step.streamDetailsDepIds && step.streamDetailsDepIds.length > 0) return why("streamDetails");
  try {
    const parts = [
      count === 1 ? "1" : "n",
      __unary(values, step.firstStepId), __unary(values, step.lastStepId), __unary(values, step.offsetStepId),
      __unary(values, step.afterStepId), __unary(values, step.beforeStepId),
      ...step.applyDepIds.map((id) => __unary(values, id)),
    ];
    // A deferred fragment (a function call whose arguments are runtime values) is keyed by what it
    // compiles to: its text and its values.
    for (const d of step.deferreds ?? []) {
      const fragment = values[d.dependencyIndex].unaryValue();
      const compiled = pg_sql2_1.default.compile(fragment);
      parts.push("d" + compiled.text + __keyOf(compiled.values));
    }
    if (withPlaceholders) {
      for (const p of step.placeholders) {
        const ev = values[p.dependencyIndex];
        parts.push(ev.isBatch && count !== 1 ? "batch" : __keyOf(ev.at(0)));
      }
    }
    return parts.join("|");
  } catch (error) {
    if (error === __UNKEYABLE) return why("unkeyableValue");
    throw error;
  }
}
function __memoBuildTheQuery(step, executionDetails, rawInfo) {
  const key = __stepKey(step, executionDetails, true);
  if (key === null) { __stats.unkeyed++; return buildTheQuery(rawInfo); }
  let byKey = __memo.get(step);
  if (!byKey) { byKey = new Map(); __memo.set(step, byKey); }
  let result = byKey.get(key);
  if (result) __stats.hits++;
  else {
    __stats.misses++;
    result = buildTheQuery(rawInfo);
    if (byKey.size < 64) byKey.set(key, result);
  }
  return result;
}
`;

function transform(source: string): string {
  const call = "} = buildTheQuery({\n            executionDetails,";
  if (!source.includes(call)) throw new Error("sql-memo-patch: PgSelectStep.execute's buildTheQuery call not found");
  const inline =
    "        return [\n            (queryBuilder) => {\n                const { parts, info, meta } = buildPartsForInlining({";
  if (!source.includes(inline)) throw new Error("sql-memo-patch: PgSelectInlineApplyStep.execute not found");
  return (
    source
      .replace(call, () => "} = __memoBuildTheQuery(this, executionDetails, {\n            executionDetails,")
      .replace(
        inline,
        () => `        const __digest = __stepKey(this, executionDetails, false);
        const __callbacks = [
            (queryBuilder) => {
                const { parts, info, meta } = buildPartsForInlining({`,
      )
      // (Function replacements: a replacement string would read "$$" as "$".)
      // The inline step's execute returns its array at the end of the method: tag the callback.
      .replace(
        "                    queryBuilder.setMeta(this.identifier, details);\n                }\n            },\n        ];\n    }\n}",
        () =>
          '                    queryBuilder.setMeta(this.identifier, details);\n                }\n            },\n        ];\n        if (__digest !== null) __callbacks[0].$$memoDigest = this.id + ":" + __digest;\n        return __callbacks;\n    }\n}',
      ) + PRELUDE
  );
}

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (APPLY_INPUT.test(url)) {
      const source =
        typeof result.source === "string" ? result.source : new TextDecoder().decode(result.source as Uint8Array);
      return { ...result, source: transformApplyInput(source) };
    }
    if (!TARGET.test(url)) return result;
    const source =
      typeof result.source === "string" ? result.source : new TextDecoder().decode(result.source as Uint8Array);
    const patched = transform(source);
    if (!patched.includes("__callbacks[0].$$memoDigest")) throw new Error("sql-memo-patch: inline step not tagged");
    return { ...result, source: patched };
  },
});
