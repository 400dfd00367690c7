// Which execution plans the server keeps (attack report 1, C1). Grafast plans
// each operation once per variable shape (every @include/@skip combination
// is a plan of its own) and keeps, by default, 500 operations × 50 plans,
// strongly; a plan of a dozen aliased listings is about 1 MB. Distinct valid
// anonymous documents, each sent with a few boolean combinations, grew a
// server to 4 GB until it died. So:
//   - the dashboard's own operations (graphql/operations/*.graphql, matched by
//     their text without __typename, which Apollo Client adds) keep grafast's
//     cache: at most KNOWN_PLANS_PER_OPERATION plans each, for at most
//     max(32, 3 × their count) operation documents;
//   - every other document shares a small cache of its own:
//     OTHER_OPERATIONS operations × OTHER_PLANS_PER_OPERATION plans, least
//     recently used first out. An integrator repeating a query keeps its plan;
//     distinct documents only replace each other;
//   - documents that mix introspection with data (whose plans keep an
//     introspection result of up to a few MB) share INTROSPECTION_OPERATIONS
//     (graphql/introspection.ts answers introspection alone without a plan).
// Memory for plans is then a fixed number of plans, each bounded by what a
// document may ask for (GRAPHQL_MAX_TOKENS, GRAPHQL_MAX_DEPTH, aliases, cost).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from "postgraphile/graphql";
import { PROJECT_ROOT } from "../../shared/paths.ts";
import { hasIntrospection } from "./introspection.ts";

/** Plans kept per dashboard operation (its variable shapes). */
export const KNOWN_PLANS_PER_OPERATION = 8;
/** Other documents' operations with plans kept, and plans per such operation (grafast needs ≥ 2). */
export const OTHER_OPERATIONS = 16;
export const OTHER_PLANS_PER_OPERATION = 2;
/**
 * Operations that mix introspection with data (their plans keep the
 * introspection result, up to a few MB): a cache of their own, this small.
 * Introspection alone is answered without a plan (graphql/introspection.ts).
 */
export const INTROSPECTION_OPERATIONS = 2;

const OPERATIONS_DIR = join(PROJECT_ROOT, "graphql", "operations");

type Fragments = Record<string, FragmentDefinitionNode> | Map<string, FragmentDefinitionNode>;

/**
 * An operation's text with the fragments it uses (sorted by name), without
 * locations and without `__typename` selections: the same for the file in
 * graphql/operations and for what Apollo Client sends from it.
 */
export function operationFingerprint(operation: OperationDefinitionNode, fragments: Fragments): string {
  const fragmentByName = (name: string) =>
    fragments instanceof Map ? fragments.get(name) : Object.hasOwn(fragments, name) ? fragments[name] : undefined;
  const strip = <T extends OperationDefinitionNode | FragmentDefinitionNode>(node: T): T =>
    visit(node, {
      Field(field) {
        return field.name.value === "__typename" && !field.alias && !field.selectionSet ? null : undefined;
      },
    });
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length) {
    const node = pending.pop() as OperationDefinitionNode | FragmentDefinitionNode;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragmentByName(name);
        if (fragment && !used.has(name)) {
          used.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  const parts = [print(strip(operation))];
  for (const name of [...used.keys()].sort()) parts.push(print(strip(used.get(name) as FragmentDefinitionNode)));
  return parts.join("\n");
}

/** The fingerprints of the dashboard's operations, from graphql/operations. */
export function knownOperationFingerprints(dir = OPERATIONS_DIR): Set<string> {
  const documents: DocumentNode[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".graphql"))) {
    documents.push(parse(readFileSync(join(dir, file), "utf8"), { noLocation: true }));
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const fingerprints = new Set<string>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) fingerprints.add(operationFingerprint(definition, fragments));
    }
  }
  return fingerprints;
}

/** The grafast schema options for the dashboard's operations' cache (the schema's own). */
export function knownPlanCacheOptions(knownCount: number) {
  return {
    operationsCacheMaxLength: Math.max(32, 3 * knownCount),
    operationOperationPlansCacheMaxLength: KNOWN_PLANS_PER_OPERATION,
  };
}

/**
 * Grafast keeps its plan cache in `schema.extensions.grafast`, sized by the
 * options there. Other documents are planned against a view of the schema
 * that is the schema in every respect (same types, same methods) but its
 * `extensions`, so they get a cache of their own with its own, small, limits.
 */
const views = {
  other: new WeakMap<GraphQLSchema, GraphQLSchema>(),
  introspection: new WeakMap<GraphQLSchema, GraphQLSchema>(),
};
export function otherDocumentsView(schema: GraphQLSchema, kind: keyof typeof views = "other"): GraphQLSchema {
  const existing = views[kind].get(schema);
  if (existing) return existing;
  const grafast = { ...schema.extensions.grafast };
  for (const symbol of Object.getOwnPropertySymbols(grafast)) delete (grafast as Record<symbol, unknown>)[symbol];
  const extensions = {
    ...schema.extensions,
    grafast: {
      ...grafast,
      operationsCacheMaxLength: kind === "other" ? OTHER_OPERATIONS : INTROSPECTION_OPERATIONS,
      operationOperationPlansCacheMaxLength: OTHER_PLANS_PER_OPERATION,
    },
  };
  const view = Object.create(schema, { extensions: { value: extensions, enumerable: true } }) as GraphQLSchema;
  views[kind].set(schema, view);
  return view;
}

/**
 * The plugin: sets the schema's own cache limits, and plans every other
 * document against its view of the schema (grafast's establishOperationPlan
 * middleware).
 */
export function makePlanCachePlugin(known: Set<string> = knownOperationFingerprints()): GraphileConfig.Plugin {
  const isKnown = new WeakMap<OperationDefinitionNode, boolean>();
  return {
    name: "FashionOSPlanCachePlugin",
    version: "1.0.0",
    description: "Keeps plans for the dashboard's operations; a small, fixed number for any other document.",
    schema: {
      hooks: {
        GraphQLSchema(config) {
          const extensions = (config.extensions ?? {}) as { grafast?: Record<string, unknown> };
          return {
            ...config,
            extensions: { ...extensions, grafast: { ...extensions.grafast, ...knownPlanCacheOptions(known.size) } },
          };
        },
      },
    },
    grafast: {
      middleware: {
        establishOperationPlan(next, event) {
          const { operation, fragments, schema } = event;
          let knownOperation = isKnown.get(operation);
          if (knownOperation === undefined) {
            knownOperation = known.has(operationFingerprint(operation, fragments));
            isKnown.set(operation, knownOperation);
          }
          if (knownOperation) return next();
          // The event is this request's own: the next step plans against the view.
          event.schema = otherDocumentsView(schema, hasIntrospection(operation, fragments) ? "introspection" : "other");
          return next();
        },
      },
    },
  };
}
