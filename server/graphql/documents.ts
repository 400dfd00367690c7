// Parsing and validating GraphQL documents, in place of grafserv's own
// parseAndValidate. Grafserv keeps the last 500 results, failures included, and
// a rejected document's errors hold its whole AST (and, through the stack of an
// error built inside a validation visitor, the validation context): distinct
// anonymous documents could grow the process until it died (issue 11, item 1).
// Here a document is measured before anything expensive runs, refused
// documents are never kept, and the cache of valid ones is bounded in bytes.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  Source,
  type ValidationRule,
  validate,
  visit,
} from "postgraphile/graphql";
import { ERROR_CODES, type ErrorReason } from "../../shared/errors.ts";

export interface DocumentLimits {
  /** Characters (UTF-16 code units) a document may have; checked before parsing. */
  maxDocumentLength: number;
  /** Lexical tokens a document may have; the parser stops counting past it (graphql-js `maxTokens`). */
  maxTokens: number;
}

/**
 * Selection sets, inline fragments and fragment spreads a document may nest,
 * following spreads into their fragments. graphql-js's validation rules (and
 * graphql-armor's) recurse once per level; measured first, without recursion,
 * so none of them can exhaust the stack ("Maximum call stack size exceeded").
 * Far above what the field-depth limit (GRAPHQL_MAX_DEPTH) lets through.
 */
export const MAX_NESTING = 64;

/**
 * graphql-js keeps 50–95 bytes of AST and tokens per source character
 * (measured on Node 24 with dense and sparse documents); a cached document is
 * charged this much so the cache stays within DOCUMENT_CACHE_BYTES.
 */
const AST_BYTES_PER_CHARACTER = 100;
const DOCUMENT_CACHE_BYTES = 32 * 1024 * 1024;
const DOCUMENT_CACHE_ENTRIES = 500;

export type ParseAndValidateResult =
  | { document: DocumentNode; errors?: undefined }
  | { document?: undefined; errors: readonly GraphQLError[] };

/**
 * A request error that holds nothing but its message, code and locations: no
 * AST nodes and no captured stack frames (V8 keeps a frame's receiver alive
 * until the stack is formatted, so an error built inside a visitor would pin
 * the visitor and its validation context).
 */
export function requestError(
  message: string,
  reason: ErrorReason<"VALIDATION_FAILED">,
  options: { source?: Source; positions?: readonly number[]; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const positions = options.source && options.positions?.length ? options.positions : undefined;
    return new GraphQLError(message, {
      source: positions ? options.source : undefined,
      positions,
      extensions: { ...options.extensions, code: "VALIDATION_FAILED", reason },
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const isValidationReason = (reason: unknown): reason is ErrorReason<"VALIDATION_FAILED"> =>
  typeof reason === "string" && Object.hasOwn(ERROR_CODES.VALIDATION_FAILED.reasons, reason);

/** A validation error turned into a small, coded one (keeping a finer reason when it has one). */
function smallValidationError(error: GraphQLError, source: Source): GraphQLError {
  const { code: _code, reason, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  return requestError(
    error.message.replace(/^Syntax Error: /, ""),
    isValidationReason(reason) ? reason : "INVALID_QUERY",
    {
      source,
      positions: error.positions,
      extensions,
    },
  );
}

interface Nesting {
  /** Deepest nesting inside the definition itself. */
  local: number;
  /** Fragments spread from the definition, with the nesting at the spread. */
  spreads: { name: string; depth: number }[];
}

/**
 * Nesting of the deepest operation (selection sets, inline fragments and
 * spreads, through fragments), and whether any string literal holds a NUL
 * character. graphql-js's visit() is iterative, and so is the walk over
 * fragments, so a document of any shape is measured without recursion.
 */
function inspectDocument(document: DocumentNode): { nesting: number; hasNul: boolean } {
  const byDefinition = new Map<string, Nesting>();
  const operations: string[] = [];
  let hasNul = false;
  document.definitions.forEach((definition, index) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) return;
    const key = definition.kind === Kind.FRAGMENT_DEFINITION ? definition.name.value : `#operation ${index}`;
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(key);
    const nesting: Nesting = { local: 0, spreads: [] };
    let depth = 0;
    visit(definition, {
      SelectionSet: {
        enter() {
          depth += 1;
          if (depth > nesting.local) nesting.local = depth;
        },
        leave() {
          depth -= 1;
        },
      },
      FragmentSpread(node) {
        nesting.spreads.push({ name: node.name.value, depth });
      },
      StringValue(node) {
        if (node.value.includes("\u0000")) hasNul = true;
      },
    });
    // A repeated fragment name is a validation error; keep the deeper one.
    const existing = byDefinition.get(key);
    if (!existing || existing.local < nesting.local) byDefinition.set(key, nesting);
  });

  // Depth of each fragment including what it spreads, depth-first with an
  // explicit stack. A cycle contributes nothing here: validation reports it.
  const total = new Map<string, number>();
  const onStack = new Set<string>();
  const resolve = (start: string): number => {
    const stack: { key: string; next: number; best: number }[] = [];
    const push = (key: string) => {
      onStack.add(key);
      stack.push({ key, next: 0, best: byDefinition.get(key)?.local ?? 0 });
    };
    push(start);
    let result = 0;
    while (stack.length) {
      const frame = stack[stack.length - 1] as { key: string; next: number; best: number };
      const spreads = byDefinition.get(frame.key)?.spreads ?? [];
      if (frame.next < spreads.length) {
        const spread = spreads[frame.next] as { name: string; depth: number };
        const known = total.get(spread.name);
        if (known !== undefined) {
          frame.best = Math.max(frame.best, spread.depth + 1 + known);
          frame.next += 1;
        } else if (onStack.has(spread.name) || !byDefinition.has(spread.name)) {
          frame.next += 1;
        } else {
          push(spread.name);
        }
        continue;
      }
      stack.pop();
      onStack.delete(frame.key);
      total.set(frame.key, frame.best);
      result = frame.best;
      const parent = stack[stack.length - 1];
      if (parent) {
        const spread = byDefinition.get(parent.key)?.spreads[parent.next] as { name: string; depth: number };
        parent.best = Math.max(parent.best, spread.depth + 1 + frame.best);
        parent.next += 1;
      }
    }
    return result;
  };
  let nesting = 0;
  for (const key of byDefinition.keys()) nesting = Math.max(nesting, total.get(key) ?? resolve(key));
  return { nesting: operations.length ? nesting : 0, hasNul };
}

/**
 * Documents up to this many characters are cached under their own text; longer ones under a digest. V8
 * hashes a string by its contents only up to 16,383 characters (String::kMaxHashCalcLength) and longer
 * ones by their length alone, so distinct long documents of one length would share a hash bucket.
 */
export const DOCUMENT_KEY_MAX_TEXT = 16_000;

/**
 * The parse cache's key for a document: its text (no second copy: the cached document's `loc.source.body`
 * is that same string), or a digest of a longer one. A sha1 per request was ~1 % of the API's CPU on the
 * dashboard reads (BENCHMARKS.md).
 */
export function documentCacheKey(query: string): string {
  return query.length <= DOCUMENT_KEY_MAX_TEXT
    ? query
    : `#${createHash("sha1").update(query).digest("base64")}${query.length}`;
}

/**
 * A parseAndValidate for one schema: limits first (length, tokens, nesting,
 * NUL characters), then graphql-js validation with the server's rules; every
 * error is a small VALIDATION_FAILED one; only valid documents are cached.
 */
export function makeParseAndValidate(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  limits: DocumentLimits,
): (query: string) => ParseAndValidateResult {
  const cache = new LRUCache<string, DocumentNode>({
    max: DOCUMENT_CACHE_ENTRIES,
    maxSize: DOCUMENT_CACHE_BYTES,
  });
  const refuse = (error: GraphQLError): ParseAndValidateResult => ({ errors: [error] });

  return function parseAndValidate(query: string): ParseAndValidateResult {
    const key = documentCacheKey(query);
    const cached = cache.get(key);
    // The document parsed from exactly this text: a short text equal to a long document's digest key
    // (a one-line comment) is not that document.
    if (cached && cached.loc?.source.body === query) return { document: cached };

    if (query.length > limits.maxDocumentLength) {
      return refuse(
        requestError(
          `The document is ${query.length} characters long; at most ${limits.maxDocumentLength} are accepted (GRAPHQL_MAX_DOCUMENT_LENGTH).`,
          "DOCUMENT_TOO_LARGE",
        ),
      );
    }
    const source = new Source(query, "GraphQL request");
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: limits.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError)) {
        // A stack overflow in the recursive-descent parser: nesting beyond reason.
        return refuse(requestError("The document is nested too deeply to be parsed.", "TOO_DEEP"));
      }
      if (/tokens\. Parsing aborted\.$/.test(error.message)) {
        return refuse(
          requestError(
            `The document has more than ${limits.maxTokens} tokens (GRAPHQL_MAX_TOKENS).`,
            "TOO_MANY_TOKENS",
          ),
        );
      }
      return refuse(
        requestError(error.message.replace(/^Syntax Error: /, "Syntax error: "), "SYNTAX_ERROR", {
          source,
          positions: error.positions,
        }),
      );
    }

    const { nesting, hasNul } = inspectDocument(document);
    if (hasNul) {
      return refuse(requestError("Strings may not contain the NUL character (\\u0000).", "NUL_CHARACTER"));
    }
    if (nesting > MAX_NESTING) {
      return refuse(
        requestError(
          `The document nests selections and fragments ${nesting} levels deep; at most ${MAX_NESTING} are accepted.`,
          "TOO_DEEP",
        ),
      );
    }

    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, document, rules);
    } catch {
      // A rule that failed on this document (e.g. a stack overflow) refuses it.
      return refuse(requestError("The document could not be validated.", "INVALID_QUERY"));
    }
    if (errors.length) return { errors: errors.map((error) => smallValidationError(error, source)) };
    // Charged by the document's length (its key is the same string, or a digest).
    cache.set(key, document, { size: Math.max(1, query.length * AST_BYTES_PER_CHARACTER) });
    return { document };
  };
}
