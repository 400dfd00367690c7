// The cost of one request, computed with its variables, before planning. A
// validation rule cannot do this: validation results are cached per document,
// whatever the variables, so `first: $n` (or no `first` at all) was counted as
// a page of one (issue 11, item 2). The cost is about the most values the
// response can hold: graphql-armor's weights (object 2, scalar 1) without its
// ×1.5 per level, with connections counted at the page size they will really
// return: `first`/`last` from literals or variables, the default page size
// when neither is given. Arguments are measured too (graphql/inputs.ts):
// each relation filter and each order by a related table's aggregate costs a
// default page.

import { LRUCache } from "lru-cache";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "postgraphile/graphql";
import { requestError } from "./documents.ts";
import { measureFieldArguments, newInputTally } from "./inputs.ts";
import { checkIntrospectionCount } from "./introspection.ts";

export interface CostLimits {
  maxCost: number;
  defaultPageSize: number;
  maxPageSize: number;
}

export interface CostOptions {
  /** The caller is not signed in: fewer relation filters (graphql/inputs.ts). */
  anonymous?: boolean;
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
/** Children of a connection that repeat once per row of the page. */
const PER_ROW = new Set(["nodes", "edges"]);

type Variables = Record<string, unknown> | null | undefined;

function argumentValue(node: ValueNode | undefined, variables: Variables, defaults: Map<string, ValueNode>): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (variables && Object.hasOwn(variables, name)) return variables[name];
      return argumentValue(defaults.get(name), variables, defaults);
    }
    default:
      return undefined; // Not an Int: validation has already refused it.
  }
}

/** Throws a coded error unless `value` is a page size (or offset) this API accepts. */
function checkCount(name: string, value: unknown, max: number): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw requestError(
      max === Number.MAX_SAFE_INTEGER
        ? `\`${name}\` must be a whole number of at least 0.`
        : `\`${name}\` must be a whole number from 0 to ${max} (GRAPHQL_MAX_PAGE_SIZE).`,
      "OUT_OF_RANGE",
      { extensions: { argument: name } },
    );
  }
  return value;
}

/**
 * Rows a connection field will return, from its `first`/`last` arguments, or
 * the default page size. Refuses a negative or too large page and a negative
 * offset, before anything runs.
 */
export function pageSizeOf(
  field: FieldNode,
  variables: Variables,
  defaults: Map<string, ValueNode>,
  limits: CostLimits,
): number {
  const arg = (name: string) =>
    argumentValue(field.arguments?.find((a) => a.name.value === name)?.value, variables, defaults);
  const first = checkCount("first", arg("first"), limits.maxPageSize);
  const last = checkCount("last", arg("last"), limits.maxPageSize);
  checkCount("offset", arg("offset"), Number.MAX_SAFE_INTEGER);
  if (first === null && last === null) return limits.defaultPageSize;
  return Math.min(first ?? Number.MAX_SAFE_INTEGER, last ?? Number.MAX_SAFE_INTEGER);
}

function fieldDefinition(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (type && (isObjectType(type) || isInterfaceType(type))) return type.getFields()[name];
  return undefined;
}

/** Cost of the operation named `operationName` (or the only one) with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  limits: CostLimits,
  options: CostOptions = {},
): number {
  const tally = newInputTally();
  const anonymous = options.anonymous ?? false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName ? definition.name?.value === operationName : operation === undefined)
    ) {
      operation = definition;
    }
  }
  if (!operation) return 0; // grafast reports the unknown operation.
  // One schema description per request at most (graphql/introspection.ts).
  checkIntrospectionCount(operation, fragments);
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const rootType =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  // The document passed validation and the nesting guard: recursion here is
  // bounded, fragments are acyclic and every field exists.
  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
    inConnection = false,
  ): [string, number][] => {
    const costs: [string, number][] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        costs.push([selection.name.value, fieldCost(selection, parentType, inConnection)]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        costs.push(...selectionCost(selection.selectionSet, type ?? parentType, inConnection));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) {
          const type = schema.getType(fragment.typeCondition.name.value) ?? parentType;
          costs.push(...selectionCost(fragment.selectionSet, type, inConnection));
        }
      }
    }
    return costs;
  };

  const fieldCost = (field: FieldNode, parentType: GraphQLNamedType | undefined, inConnection: boolean): number => {
    const name = field.name.value;
    // __typename is answered from memory (Apollo Client adds it everywhere);
    // introspection is limited to once per operation and cached instead
    // (graphql/introspection.ts).
    if (name === "__schema" || name === "__type" || name === "__typename") return 0;
    const definition = fieldDefinition(parentType, name);
    // Arguments within their limits (graphql/inputs.ts); each relation filter
    // or order by a related aggregate is a subquery, charged as a default
    // page of rows.
    const subqueries = definition
      ? measureFieldArguments(field, definition.args, variables, defaults, tally, { anonymous })
      : 0;
    const relationCost = subqueries * limits.defaultPageSize;
    if (!field.selectionSet) return SCALAR_COST + relationCost;
    const returnType = definition ? getNamedType(definition.type) : undefined;
    const isConnection = !!definition?.args.some((a) => a.name === "first");
    const pageSize = isConnection ? pageSizeOf(field, variables, defaults, limits) : 1;
    let cost = OBJECT_COST;
    // Fragments are flattened: only fields are levels.
    for (const [childName, childCost] of selectionCost(field.selectionSet, returnType, isConnection)) {
      const repeat = isConnection && PER_ROW.has(childName) ? pageSize : 1;
      cost += childCost * repeat;
    }
    // A list of objects outside a connection (grouped aggregates, …) is
    // counted as one default page; a simple collection (a `…List` field,
    // which takes `first`) as the page it asked for.
    const nullable = definition ? getNullableType(definition.type) : undefined;
    if (!(inConnection && PER_ROW.has(name)) && nullable && isListType(nullable) && !name.startsWith("__")) {
      cost *= isConnection ? pageSize : limits.defaultPageSize;
    }
    return cost + relationCost;
  };

  return selectionCost(operation.selectionSet, rootType ?? undefined).reduce((sum, [, cost]) => sum + cost, 0);
}

/** Null when the request is within the limits, else the coded error to answer with. */
export function checkRequestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  limits: CostLimits,
  options: CostOptions = {},
): GraphQLError | null {
  let cost: number;
  try {
    cost = operationCost(schema, document, operationName, variables, limits, options);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  if (cost > limits.maxCost) {
    return requestError(
      `Query cost limit of ${limits.maxCost} exceeded, found ${Math.round(cost)} (GRAPHQL_MAX_COST). Ask for smaller pages (first) or fewer nested connections.`,
      "QUERY_TOO_COMPLEX",
      { extensions: { cost: Math.round(cost), maxCost: limits.maxCost } },
    );
  }
  return null;
}

/** Variables longer than this (as JSON) are measured every time rather than remembered. */
const MAX_REMEMBERED_VARIABLES_LENGTH = 2_000;
/**
 * Bytes of keys remembered in all (least recently used forgotten first). A
 * bound per document was not enough: the document cache holds tens of
 * thousands of small documents (graphql/documents.ts), and 500 keys of 2,000
 * characters each let a visitor pin ~1 MB per cached document with unused
 * variables.
 */
const MAX_REMEMBERED_BYTES = 4 * 1024 * 1024;
/** What a remembered key costs besides its characters (the cache's entry). */
const KEY_OVERHEAD_BYTES = 100;

/**
 * checkRequestCost with a memory of the requests found within the limits.
 * The cost is a pure function of the document (parsed once and cached by
 * graphql/documents.ts, so the same object comes back), the operation, the
 * variables and whether the caller is anonymous, for fixed limits; a
 * dashboard sends the same few documents with the same few variables all day,
 * and walking the document again was ~2.5 % of the API's CPU per request
 * (BENCHMARKS.md). Refusals are never remembered (they are rare, and each is
 * built afresh), nor are requests with long variables (the key would cost
 * more than the walk). The memory is one least-recently-used cache of at
 * most MAX_REMEMBERED_BYTES, keyed by the schema's and the document's
 * numbers (given per object, never reused), so neither varied variables nor
 * many documents can grow it without bound.
 */
export function makeCostChecker(limits: CostLimits) {
  let nextNumber = 0;
  const numbers = new WeakMap<object, number>();
  const numberOf = (value: object): number => {
    let n = numbers.get(value);
    if (n === undefined) {
      n = nextNumber++;
      numbers.set(value, n);
    }
    return n;
  };
  const withinLimits = new LRUCache<string, true>({
    maxSize: MAX_REMEMBERED_BYTES,
    // JavaScript strings: up to two bytes a character.
    sizeCalculation: (_value, key) => key.length * 2 + KEY_OVERHEAD_BYTES,
  });
  function check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Variables,
    options: CostOptions = {},
  ): GraphQLError | null {
    const variablesJson = variables ? JSON.stringify(variables) : "";
    if (variablesJson === undefined || variablesJson.length > MAX_REMEMBERED_VARIABLES_LENGTH) {
      return checkRequestCost(schema, document, operationName, variables, limits, options);
    }
    const key = `${numberOf(schema)}\u0000${numberOf(document)}\u0000${options.anonymous ? "a" : "s"}\u0000${operationName ?? ""}\u0000${variablesJson}`;
    if (withinLimits.get(key)) return null;
    const error = checkRequestCost(schema, document, operationName, variables, limits, options);
    if (error === null) withinLimits.set(key, true);
    return error;
  }
  /** Bytes of keys remembered now (for tests). */
  check.rememberedBytes = () => withinLimits.calculatedSize;
  check.maxRememberedBytes = MAX_REMEMBERED_BYTES;
  return check;
}
