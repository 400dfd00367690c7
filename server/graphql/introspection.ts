// Introspection (`__schema`, `__type`) at a bounded price (attack report 1,
// C3). It was free in the cost and every alias was built anew: fifteen
// aliases of `__schema { types { fields { … } } }` in a 578-character
// document built about 12 MB per request and held the event loop for up to
// 1.7 s. Now:
//   - an operation asks for `__schema` / `__type` at most once
//     (INTROSPECTION_LIMIT, checked with the cost, graphql/cost.ts), so one
//     request builds at most one schema description;
//   - an operation of introspection alone (the explorer's, codegen's) is
//     answered from a cache of results by document and variables, computed
//     once with graphql-js (no execution plan is made or kept for it);
//     a result over GRAPHQL_MAX_RESPONSE_BYTES is remembered as such, so
//     asking again builds nothing;
//   - an operation mixing introspection and data is planned by grafast,
//     whose plans keep their introspection results: such plans are kept in
//     a cache of their own of INTROSPECTION_OPERATIONS operations
//     (graphql/plan-cache.ts).
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
} from "postgraphile/graphql";
import { requestError } from "./documents.ts";

/** Bytes of introspection results kept (their JSON length). */
const CACHE_BYTES = 16 * 1024 * 1024;
const CACHE_ENTRIES = 64;

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

type Fragments = Record<string, FragmentDefinitionNode> | Map<string, FragmentDefinitionNode>;

/** The root fields of an operation, through fragments and inline fragments, without recursion. */
function rootFields(operation: OperationDefinitionNode, fragments: Fragments): { name: string; key: string }[] {
  const fragmentByName = (name: string) =>
    fragments instanceof Map ? fragments.get(name) : Object.hasOwn(fragments, name) ? fragments[name] : undefined;
  const fields: { name: string; key: string }[] = [];
  const pending: SelectionSetNode[] = [operation.selectionSet];
  const seen = new Set<string>();
  while (pending.length) {
    const selectionSet = pending.pop() as SelectionSetNode;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.push({ name: selection.name.value, key: selection.alias?.value ?? selection.name.value });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragmentByName(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}

/** Whether an operation asks for `__schema` or `__type` anywhere (they exist only on the query root). */
export function hasIntrospection(operation: OperationDefinitionNode, fragments: Fragments): boolean {
  return rootFields(operation, fragments).some((field) => INTROSPECTION_FIELDS.has(field.name));
}

/** An operation of introspection (and `__typename`) alone: answered without a plan. */
function isIntrospectionOnly(operation: OperationDefinitionNode, fragments: Fragments): boolean {
  const fields = rootFields(operation, fragments);
  return (
    operation.operation === "query" &&
    fields.length > 0 &&
    fields.every((field) => INTROSPECTION_FIELDS.has(field.name) || field.name === "__typename")
  );
}

/** Throws INTROSPECTION_LIMIT when an operation asks for `__schema`/`__type` more than once (by response key). */
export function checkIntrospectionCount(operation: OperationDefinitionNode, fragments: Fragments): void {
  const keys = new Set(
    rootFields(operation, fragments)
      .filter((field) => INTROSPECTION_FIELDS.has(field.name))
      .map((field) => field.key),
  );
  if (keys.size > 1) {
    throw requestError(
      `An operation may ask for \`__schema\` or \`__type\` once; this one asks ${keys.size} times. Send one request per type, or one \`__schema\` query.`,
      "INTROSPECTION_LIMIT",
      { extensions: { limit: 1 } },
    );
  }
}

interface Cached {
  result: ExecutionResult;
  bytes: number;
}

/**
 * A grafast `execute` middleware step: answers introspection-only operations
 * from the cache (or computes and keeps them), and returns null for any other
 * operation so grafast runs it.
 */
export function makeIntrospectionResponder(options: {
  maxResponseBytes: number;
  /** graphql-js's execute; a test counts the calls. */
  execute?: typeof execute;
}) {
  const run = options.execute ?? execute;
  const caches = new WeakMap<GraphQLSchema, LRUCache<string, Cached>>();
  const cacheFor = (schema: GraphQLSchema) => {
    let cache = caches.get(schema);
    if (!cache) {
      cache = new LRUCache<string, Cached>({
        max: CACHE_ENTRIES,
        maxSize: CACHE_BYTES,
        sizeCalculation: (c) => c.bytes,
      });
      caches.set(schema, cache);
    }
    return cache;
  };
  const tooLarge = (): ExecutionResult => ({
    errors: [
      requestError(
        `The response would be larger than ${options.maxResponseBytes} bytes (GRAPHQL_MAX_RESPONSE_BYTES); ask for fewer fields.`,
        "RESPONSE_TOO_LARGE",
        { extensions: { limitBytes: options.maxResponseBytes } },
      ),
    ],
  });

  return function respond(args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown> | null;
  }): ExecutionResult | null {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return null;
    const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
    for (const definition of args.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    if (!isIntrospectionOnly(operation, fragments)) return null;

    const source = args.document.loc?.source.body ?? print(args.document);
    const key = createHash("sha1")
      .update(source)
      .update("\u0000")
      .update(args.operationName ?? "")
      .update("\u0000")
      .update(JSON.stringify(args.variableValues ?? {}))
      .digest("base64");
    const cache = cacheFor(args.schema);
    const cached = cache.get(key);
    if (cached) return cached.bytes > options.maxResponseBytes ? tooLarge() : { ...cached.result };

    const result = run({
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variableValues: args.variableValues ?? undefined,
    }) as ExecutionResult;
    if (result.errors?.length) return result; // Not kept: rare, and coded by the error masking.
    const bytes = Buffer.byteLength(JSON.stringify(result));
    if (bytes > options.maxResponseBytes) {
      // Remembered by its size alone: asking again builds nothing.
      cache.set(key, { result: {}, bytes }, { size: 1 });
      return tooLarge();
    }
    cache.set(key, { result, bytes });
    return { ...result };
  };
}
