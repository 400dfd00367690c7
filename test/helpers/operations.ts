// The client's GraphQL operations (graphql/operations/*.graphql), for tests
// that speak to the API the way the web client does. Operation and fragment
// names are global across the files, as codegen tools treat them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from "graphql";
import { PROJECT_ROOT } from "../../shared/paths.ts";

export const OPERATIONS_DIR = join(PROJECT_ROOT, "graphql", "operations");

export interface OperationFile {
  /** File name inside graphql/operations. */
  file: string;
  source: string;
  document: DocumentNode;
}

interface Catalog {
  files: OperationFile[];
  operations: Map<string, OperationDefinitionNode>;
  fragments: Map<string, FragmentDefinitionNode>;
}

let catalog: Catalog | null = null;

function load(): Catalog {
  if (catalog) return catalog;
  const files = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(OPERATIONS_DIR, file), "utf8");
      return { file, source, document: parse(source) };
    });
  const operations = new Map<string, OperationDefinitionNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { file, document } of files) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        const name = definition.name?.value;
        if (!name) throw new Error(`graphql/operations/${file}: every operation needs a name.`);
        if (operations.has(name)) throw new Error(`graphql/operations/${file}: operation ${name} is defined twice.`);
        operations.set(name, definition);
      } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        const name = definition.name.value;
        if (fragments.has(name)) throw new Error(`graphql/operations/${file}: fragment ${name} is defined twice.`);
        fragments.set(name, definition);
      } else {
        throw new Error(`graphql/operations/${file}: only operations and fragments belong here (${definition.kind}).`);
      }
    }
  }
  catalog = { files, operations, fragments };
  return catalog;
}

/** Every file in graphql/operations, parsed. */
export function operationFiles(): OperationFile[] {
  return load().files;
}

/** The names of every operation in graphql/operations. */
export function operationNames(): string[] {
  return [...load().operations.keys()].sort();
}

/** The names of every fragment in graphql/operations. */
export function fragmentNames(): string[] {
  return [...load().fragments.keys()].sort();
}

/** The fragments an operation or fragment spreads, directly or through other fragments, in first-use order. */
function fragmentsUsedBy(
  root: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
) {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Fragment ${name} is used but not defined in graphql/operations.`);
        used.set(name, fragment);
        walk(fragment);
      },
    });
  };
  walk(root);
  return [...used.values()];
}

/** A self-contained document: the named operation and every fragment it uses. */
export function operationDocument(name: string): DocumentNode {
  const { operations, fragments } = load();
  const operation = operations.get(name);
  if (!operation) {
    throw new Error(`No operation named ${name} in graphql/operations (have: ${operationNames().join(", ")}).`);
  }
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, fragments)] };
}

/** The text of the named operation and the fragments it uses, ready to send. */
export function operation(name: string): string {
  return print(operationDocument(name));
}
