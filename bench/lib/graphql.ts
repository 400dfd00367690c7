// GraphQL over HTTP for the bench: operations taken from graphql/operations
// (the documents the dashboard sends), a fetch helper and sign-in.
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type ASTNode,
  buildSchema,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
  visit,
} from "graphql";
import { PROJECT_ROOT } from "../../shared/paths.ts";

/**
 * One operation of a .graphql file with the fragments it uses, as the client would send it. Fragments come
 * from every file in graphql/operations (codegen reads them as one set: EventsList's card spreads
 * health.graphql's HealthLight).
 */
export async function loadOperation(file: string, name: string): Promise<string> {
  const folder = join(PROJECT_ROOT, "graphql", "operations");
  const document = parse(await readFile(join(folder, file), "utf8"));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`No operation ${name} in ${file}`);
  const files = (await readdir(folder)).filter((f) => f.endsWith(".graphql"));
  const all = await Promise.all(files.map(async (f) => parse(await readFile(join(folder, f), "utf8")).definitions));
  const fragments = new Map(
    all.flat().flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const needed = new Set<string>();
  const collect = (node: DocumentNode["definitions"][number]) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) collect(fragment);
      },
    });
  collect(operation);
  const missing = [...needed].filter((n) => !fragments.has(n));
  if (missing.length) throw new Error(`${name} in ${file} spreads unknown fragment(s) ${missing.join(", ")}`);
  const definitions = [operation, ...[...needed].flatMap((n) => fragments.get(n) ?? [])];
  return definitions.map((d) => print(d)).join("\n\n");
}

/** The document without `totalCount` directly under the connection field `connection` (other counts stay). */
export function withoutConnectionTotalCount(document: string, connection: string): string {
  const edited = visit(parse(document), {
    Field(node, _key, _parent, _path, ancestors) {
      if (node.name.value !== "totalCount") return undefined;
      const fields = (ancestors as readonly (ASTNode | readonly ASTNode[])[]).filter(
        (a): a is FieldNode => !Array.isArray(a) && (a as ASTNode).kind === Kind.FIELD,
      );
      return fields.at(-1)?.name.value === connection && !fields.at(-1)?.alias ? null : undefined;
    },
  });
  return print(edited);
}

/** The document with `totalCount` added directly under the connection field `connection` (as it was before it was dropped). */
export function withConnectionTotalCount(document: string, connection: string): string {
  const edited = visit(parse(document), {
    Field(node) {
      if (node.name.value !== connection || node.alias || !node.selectionSet) return undefined;
      if (node.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "totalCount")) {
        return undefined;
      }
      const totalCount: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "totalCount" } };
      return {
        ...node,
        selectionSet: { ...node.selectionSet, selections: [totalCount, ...node.selectionSet.selections] },
      };
    },
  });
  return print(edited);
}

export interface GraphQLResponse {
  status: number;
  ms: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

let exportedSchema: GraphQLSchema | undefined;
const checkedDocuments = new Map<string, OperationDefinitionNode>();

/**
 * Refuses, before anything is sent, a document that does not validate against the exported schema
 * (graphql/schema.graphql) or variables that do not coerce to its variable types (graphql-js's
 * getVariableValues: an input field the API no longer has, a missing required one, a bad enum value).
 * The bench once sent EventInput.status for a session after the API removed it; the error names it now.
 */
export function checkRequest(query: string, variables: Record<string, unknown> = {}): void {
  exportedSchema ??= buildSchema(readFileSync(join(PROJECT_ROOT, "graphql", "schema.graphql"), "utf8"));
  let operation = checkedDocuments.get(query);
  if (!operation) {
    const document = parse(query);
    const errors = validate(exportedSchema, document);
    if (errors.length)
      throw new Error(
        `bench document invalid against graphql/schema.graphql: ${errors.map((e) => e.message).join("; ")}`,
      );
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || !operations[0]) throw new Error("bench documents hold exactly one operation");
    operation = operations[0];
    checkedDocuments.set(query, operation);
  }
  const coerced = getVariableValues(exportedSchema, operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
  if (coerced.errors) {
    throw new Error(
      `bench variables for ${operation.name?.value ?? "an operation"} refused by graphql/schema.graphql: ${coerced.errors.map((e) => e.message).join("; ")}`,
    );
  }
}

export async function graphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse> {
  checkRequest(query, variables);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, "data" | "errors">;
  return { status: response.status, ms: performance.now() - started, ...body };
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const result = await graphql(
    baseUrl,
    "mutation Login($email: String!, $password: String!) { authenticate(input: { email: $email, password: $password }) { result } }",
    { email, password },
  );
  const token = result.data?.authenticate?.result;
  if (typeof token !== "string") throw new Error(`login failed for ${email}: ${JSON.stringify(result)}`);
  return token;
}

/** The session id claim of a FashionOS token (what the floor server is given instead of the token). */
export function sessionIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
  if (typeof payload.session_id !== "string") throw new Error("token has no session_id");
  return payload.session_id;
}
