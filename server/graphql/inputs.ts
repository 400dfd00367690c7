// What a request's arguments may ask of the database (attack report 1, C2).
// The cost rule counted selections only; filters and orders were free, in the
// document and in variables alike: `{"not": …}` a thousand deep, a relation
// filter 250 levels deep (`organization → events → some → organization → …`)
// or an order of 2,400 columns held the event loop for seconds, ran a
// statement until its timeout, or reached PostgreSQL's own limits (54011) and
// pg-sql2's stack as INTERNAL_SERVER_ERROR. Every argument value — literal,
// variable, or a variable's default, walked along its input type — is
// measured here before planning, without recursion:
//   - any input: at most MAX_INPUT_DEPTH nested input objects and lists, and
//     JSON values at most MAX_JSON_DEPTH deep;
//   - filters, conditions and orders (the arguments that shape SQL): at most
//     MAX_FILTER_NODES values in all, lists of at most MAX_FILTER_LIST entries,
//     orders of at most MAX_ORDER_BY, relation filters (a subquery each)
//     at most MAX_RELATION_DEPTH within one another, and, for anonymous
//     callers, at most MAX_ANONYMOUS_RELATION_FILTERS per request.
// Relation filters and orders by related aggregates (a subquery each) are
// also charged in the cost (graphql/cost.ts).
import {
  type FieldNode,
  type GraphQLArgument,
  type GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  type ValueNode,
} from "postgraphile/graphql";
import type { ErrorReason } from "../../shared/errors.ts";
import { requestError } from "./documents.ts";

/** Input objects and lists nested in one argument value (JSON scalars' contents are measured on their own). */
export const MAX_INPUT_DEPTH = 10;
/** Objects and arrays nested in a JSON value (a JSON scalar argument, or anything in the variables). */
export const MAX_JSON_DEPTH = 32;
/** Objects and arrays nested anywhere in a request's variables or extensions, used or not. */
export const MAX_VARIABLES_DEPTH = MAX_INPUT_DEPTH + MAX_JSON_DEPTH;
/** Values (objects, lists and scalars) in all the filters, conditions and orders of a request. */
export const MAX_FILTER_NODES = 250;
/** Entries of a list inside a filter (`in`, `and`, `or`, …). */
export const MAX_FILTER_LIST = 100;
/** Entries of one `orderBy`. */
export const MAX_ORDER_BY = 10;
/** Relation filters nested in one another. */
export const MAX_RELATION_DEPTH = 3;
/** Relation filters in one anonymous request. */
export const MAX_ANONYMOUS_RELATION_FILTERS = 2;

/** Arguments that shape the SQL of a connection: measured more strictly. */
const SHAPING_ARGUMENTS = new Set(["filter", "condition", "orderBy"]);
const LOGICAL = new Set(["and", "or", "not"]);

type Variables = Record<string, unknown> | null | undefined;

/** What the arguments of a request add up to; shared by every field of one request. */
export interface InputTally {
  filterNodes: number;
  relationFilters: number;
}

export function newInputTally(): InputTally {
  return { filterNodes: 0, relationFilters: 0 };
}

function refuse(
  message: string,
  reason: ErrorReason<"VALIDATION_FAILED">,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return requestError(message, reason, { extensions });
}

const fieldsOf = (type: GraphQLInputObjectType) => type.getFields();
/** A table's filter (connection-filter): it has the logical operators. */
const isTableFilter = (type: GraphQLInputObjectType) => {
  const fields = fieldsOf(type);
  return "and" in fields && "or" in fields && "not" in fields;
};
/** A to-many relation filter: some / every / none of the related rows. */
const isManyFilter = (type: GraphQLInputObjectType) => {
  const fields = fieldsOf(type);
  return "some" in fields && "every" in fields && "none" in fields;
};
/**
 * A field of a table filter that crosses to another table: a related row's
 * filter, a to-many filter, or a `…Exists`/`…Exist` flag (each a subquery).
 */
function isRelationField(name: string, type: GraphQLInputType): boolean {
  if (LOGICAL.has(name)) return false;
  const named = getNamedType(type);
  if (isInputObjectType(named)) return isTableFilter(named) || isManyFilter(named);
  return isScalarType(named) && named.name === "Boolean";
}

interface Item {
  /** An AST value (from the document) or a JSON value (from the variables). */
  value: unknown;
  ast: boolean;
  type: GraphQLInputType | null;
  depth: number;
  jsonDepth: number;
  relationDepth: number;
  /** Inside a filter, condition or order. */
  shaping: boolean;
  orderBy: boolean;
}

const isAstValue = (value: unknown): value is ValueNode =>
  !!value && typeof value === "object" && typeof (value as { kind?: unknown }).kind === "string";

/**
 * Measures the arguments of one field (literals, variables, defaults) and
 * adds to the request's tally; throws a coded VALIDATION_FAILED error at the
 * first limit passed. Returns the subqueries this field's arguments add:
 * relation filters, and orders by a related table's aggregate.
 */
export function measureFieldArguments(
  field: FieldNode,
  definitions: readonly GraphQLArgument[],
  variables: Variables,
  defaults: Map<string, ValueNode>,
  tally: InputTally,
  options: { anonymous: boolean },
): number {
  let subqueries = 0;
  for (const argument of field.arguments ?? []) {
    const definition = definitions.find((d) => d.name === argument.name.value);
    if (!definition) continue; // Validation has refused it.
    const shaping = SHAPING_ARGUMENTS.has(definition.name);
    const stack: Item[] = [
      {
        value: argument.value,
        ast: true,
        type: definition.type,
        depth: 0,
        jsonDepth: 0,
        relationDepth: 0,
        shaping,
        orderBy: definition.name === "orderBy",
      },
    ];
    while (stack.length) {
      const item = stack.pop() as Item;
      let { value, ast } = item;
      // A variable stands for its value in the request, or its default.
      if (ast && isAstValue(value) && value.kind === Kind.VARIABLE) {
        const name = value.name.value;
        if (variables && Object.hasOwn(variables, name)) {
          value = variables[name];
          ast = false;
        } else {
          value = defaults.get(name);
          if (value === undefined) continue;
        }
      }
      if (value === undefined || value === null) continue;
      if (ast && isAstValue(value) && value.kind === Kind.NULL) continue;

      const type = item.type ? getNullableType(item.type) : null;
      const children = childrenOf(value, ast);
      if (item.shaping) {
        tally.filterNodes += 1;
        if (tally.filterNodes > MAX_FILTER_NODES) {
          throw refuse(
            `The request's filters, conditions and orders hold more than ${MAX_FILTER_NODES} values.`,
            "INPUT_TOO_LARGE",
            { limit: MAX_FILTER_NODES },
          );
        }
      }
      if (!children) {
        // A scalar or enum value; an order by a related table's aggregate is a subquery.
        if (item.orderBy && isAggregateOrder(value, ast)) subqueries += 1;
        continue;
      }

      // JSON: a scalar whose value is an object or list (jsonb filters, metadata).
      const json = type === null || isScalarType(type) || isEnumType(type);
      const depth = json ? item.depth : item.depth + 1;
      const jsonDepth = json ? item.jsonDepth + 1 : 0;
      if (depth > MAX_INPUT_DEPTH) {
        throw refuse(
          `Argument \`${definition.name}\` nests input objects and lists more than ${MAX_INPUT_DEPTH} levels deep.`,
          "INPUT_TOO_DEEP",
          { argument: definition.name, limit: MAX_INPUT_DEPTH },
        );
      }
      if (jsonDepth > MAX_JSON_DEPTH) {
        throw refuse(
          `A JSON value in \`${definition.name}\` nests more than ${MAX_JSON_DEPTH} levels deep.`,
          "INPUT_TOO_DEEP",
          { argument: definition.name, limit: MAX_JSON_DEPTH },
        );
      }

      if (children.kind === "list") {
        const items = children.items;
        if (type && isListType(type) && item.shaping) {
          const max = item.orderBy ? MAX_ORDER_BY : MAX_FILTER_LIST;
          if (items.length > max) {
            throw refuse(
              item.orderBy
                ? `\`orderBy\` may have at most ${MAX_ORDER_BY} entries.`
                : `A list in \`${definition.name}\` may have at most ${MAX_FILTER_LIST} entries.`,
              "LIST_TOO_LONG",
              { argument: definition.name, limit: max },
            );
          }
        }
        const itemType = type && isListType(type) ? type.ofType : null;
        for (const child of items) {
          stack.push({ ...item, value: child, ast, type: json ? null : itemType, depth, jsonDepth });
        }
        continue;
      }

      // An object: an input object's fields, or a JSON object's keys.
      const objectType = type && isInputObjectType(type) ? type : null;
      const tableFilter = !!objectType && item.shaping && isTableFilter(objectType);
      for (const [name, child] of children.entries) {
        const fieldType = objectType ? fieldsOf(objectType)[name]?.type : undefined;
        if (objectType && !fieldType) continue; // An unknown field: refused by coercion.
        let relationDepth = item.relationDepth;
        if (tableFilter && fieldType && isRelationField(name, fieldType)) {
          subqueries += 1;
          tally.relationFilters += 1;
          relationDepth += 1;
          if (relationDepth > MAX_RELATION_DEPTH) {
            throw refuse(
              `Relation filters may be nested at most ${MAX_RELATION_DEPTH} deep (\`${name}\` in \`${definition.name}\`).`,
              "TOO_MANY_RELATION_FILTERS",
              { argument: definition.name, limit: MAX_RELATION_DEPTH },
            );
          }
          if (options.anonymous && tally.relationFilters > MAX_ANONYMOUS_RELATION_FILTERS) {
            throw refuse(
              `Without signing in, a request may filter through at most ${MAX_ANONYMOUS_RELATION_FILTERS} relations.`,
              "TOO_MANY_RELATION_FILTERS",
              { argument: definition.name, limit: MAX_ANONYMOUS_RELATION_FILTERS },
            );
          }
        }
        stack.push({
          ...item,
          value: child,
          ast,
          type: json ? null : (fieldType ?? null),
          depth,
          jsonDepth,
          relationDepth,
        });
      }
    }
  }
  return subqueries;
}

/**
 * @graphile/pg-aggregates' orders by a related table's aggregate
 * (`TICKET_TIERS_COUNT_ASC`, `BOOKINGS_SUM_QUANTITY_DESC`, …). Told by name:
 * a column named like one is only charged as one.
 */
const AGGREGATE_ORDER =
  /_(COUNT|DISTINCT_COUNT|SUM|MIN|MAX|AVERAGE|STDDEV_SAMPLE|STDDEV_POPULATION|VARIANCE_SAMPLE|VARIANCE_POPULATION)_/;
function isAggregateOrder(value: unknown, ast: boolean): boolean {
  const name = ast ? ((value as ValueNode).kind === Kind.ENUM ? (value as { value: string }).value : null) : value;
  return typeof name === "string" && AGGREGATE_ORDER.test(name);
}

type Children = { kind: "list"; items: unknown[] } | { kind: "object"; entries: [string, unknown][] } | null;

function childrenOf(value: unknown, ast: boolean): Children {
  if (ast) {
    const node = value as ValueNode;
    if (node.kind === Kind.LIST) return { kind: "list", items: [...node.values] };
    if (node.kind === Kind.OBJECT) return { kind: "object", entries: node.fields.map((f) => [f.name.value, f.value]) };
    return null;
  }
  if (Array.isArray(value)) return { kind: "list", items: value };
  if (value && typeof value === "object") return { kind: "object", entries: Object.entries(value) };
  return null;
}

/** Objects and arrays nested in a JSON value, measured without recursion; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (!item || typeof item !== "object") continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child && typeof child === "object") stack.push([child, here]);
    }
  }
  return deepest;
}
