// Finds the GraphQL documents and variables that our non-web clients (the bench, test helpers, seed
// scripts) send, by reading their TypeScript source, and checks them against the exported schema.
// The web's documents are checked by codegen; these are plain strings that nothing else looked at:
// the bench's writes section sent EventInput.status for a whole session after the API removed it.
//
// What counts as a document: a string literal or template (without `${}`) that starts with
// `query`, `mutation`, `subscription` or `fragment`, and a `loadOperation("file.graphql", "Name")`
// call. What counts as a variables object: the object literal next to a document in a call of
// a function named `graphql` (`graphql(url, DOC, VARS)`, `api.graphql(DOC, VARS)`) or in an object
// literal `{ query: DOC, variables: VARS }`. A document or variables given by name is followed to
// its one declaration (`const X = …`, `x: …`) in the same file; what cannot be followed is left
// out of the variables check (its document is still validated where it is written).
//
// Variables are checked for what the source says for sure: every key names a declared variable
// or an input field (recursively through nested object and array literals), required ones are
// present unless a spread may supply them, and literal values (strings, numbers, booleans, null)
// coerce to their input type (an enum value, an Int, …).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  validate,
} from "graphql";
import ts from "typescript";
import { loadOperation } from "../../bench/lib/graphql.ts";

export interface ClientDocument {
  /** file:line where the document is written (or loaded). */
  at: string;
  /** First operation's name (or the fragment's), for reports. */
  name: string;
  source: string;
}

export interface ClientVariables {
  at: string;
  operation: string;
  problems: string[];
}

export interface ClientReport {
  documents: ClientDocument[];
  /** Problems with the documents themselves (syntax, validation against the schema). */
  documentProblems: string[];
  variables: ClientVariables[];
}

const KEYWORD = /^\s*(#[^\n]*\n\s*)*((query|mutation|subscription)\s*[_A-Za-z0-9]*\s*[({@]|fragment\s+\w+\s+on\s)/;

/** Every .ts file under the given roots (relative to `root`), skipping node_modules and results. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === "node_modules" || entry === "results") continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts") && !path.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const folder of folders) {
    const path = join(root, folder);
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) walk(path);
    else if (statSync(path, { throwIfNoEntry: false })) out.push(path);
  }
  return out.sort();
}

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (
    ts.isAsExpression(n) ||
    ts.isParenthesizedExpression(n) ||
    ts.isSatisfiesExpression(n) ||
    ts.isAwaitExpression(n) ||
    ts.isNonNullExpression(n) ||
    ts.isTypeAssertionExpression(n)
  ) {
    n = n.expression;
  }
  return n;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

type Resolved = { kind: "document"; source: string; name: string } | { kind: "unknown" };

/** Checks the files' documents and variables against `schema`. `root` makes the file names short. */
export async function checkClientSources(schema: GraphQLSchema, root: string, files: string[]): Promise<ClientReport> {
  const report: ClientReport = { documents: [], documentProblems: [], variables: [] };
  const loaded = new Map<string, Promise<string>>();
  const load = (file: string, name: string) => {
    const key = `${file}#${name}`;
    if (!loaded.has(key)) loaded.set(key, loadOperation(file, name));
    return loaded.get(key) as Promise<string>;
  };

  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const at = (node: ts.Node) =>
      `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

    // Names declared once in this file with an initializer: `const X = …` and `x: …` in object literals.
    const declared = new Map<string, ts.Expression[]>();
    const remember = (name: string, value: ts.Expression) => declared.set(name, [...(declared.get(name) ?? []), value]);
    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        remember(node.name.text, node.initializer);
      } else if (ts.isPropertyAssignment(node)) {
        const name = propertyName(node.name);
        if (name) remember(name, node.initializer);
      }
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const follow = (node: ts.Expression, depth = 0): ts.Expression => {
      const n = unwrap(node);
      if (depth > 5) return n;
      const name = ts.isIdentifier(n) ? n.text : ts.isPropertyAccessExpression(n) ? n.name.text : undefined;
      const values = name ? declared.get(name) : undefined;
      return values?.length === 1 && values[0] ? follow(values[0], depth + 1) : n;
    };

    // A literal GraphQL document's text, or a loadOperation call's document.
    const documentText = async (node: ts.Expression): Promise<Resolved> => {
      const n = follow(node);
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && KEYWORD.test(n.text)) {
        return { kind: "document", source: n.text, name: firstName(n.text) };
      }
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "loadOperation") {
        const [fileArg, nameArg] = n.arguments.map((a) => unwrap(a));
        if (fileArg && nameArg && ts.isStringLiteralLike(fileArg) && ts.isStringLiteralLike(nameArg)) {
          try {
            return { kind: "document", source: await load(fileArg.text, nameArg.text), name: nameArg.text };
          } catch (error) {
            report.documentProblems.push(`${at(n)}: ${(error as Error).message}`);
          }
        }
      }
      return { kind: "unknown" };
    };

    const pairs: { node: ts.Node; document: ts.Expression; variables: ts.Expression }[] = [];
    const visit = (node: ts.Node) => {
      // Documents written in place.
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (KEYWORD.test(node.text)) {
          report.documents.push({ at: at(node), name: firstName(node.text), source: node.text });
        }
      } else if (ts.isTemplateExpression(node) && KEYWORD.test(node.head.text)) {
        report.documentProblems.push(
          `${at(node)}: a GraphQL document built with \${…} cannot be checked; use variables instead`,
        );
      } else if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "loadOperation" &&
        node.arguments.length === 2 &&
        node.arguments.every((a) => ts.isStringLiteralLike(a))
      ) {
        report.documents.push({ at: at(node), name: node.arguments.map((a) => a.getText(sf)).join(" "), source: "" });
      }
      // Documents sent with variables.
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : "";
        if (name === "graphql") {
          node.arguments.forEach((arg, i) => {
            const next = node.arguments[i + 1];
            if (next) pairs.push({ node, document: arg, variables: next });
          });
        }
      } else if (ts.isObjectLiteralExpression(node)) {
        const props = new Map<string, ts.Expression>();
        for (const p of node.properties) {
          if (ts.isPropertyAssignment(p)) {
            const key = propertyName(p.name);
            if (key) props.set(key, p.initializer);
          } else if (ts.isShorthandPropertyAssignment(p)) {
            props.set(p.name.text, p.name);
          }
        }
        const query = props.get("query");
        const variables = props.get("variables");
        if (query && variables) pairs.push({ node, document: query, variables });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);

    for (const pair of pairs) {
      const document = await documentText(pair.document);
      if (document.kind !== "document") continue;
      const variables = follow(pair.variables);
      if (!ts.isObjectLiteralExpression(variables)) continue;
      let parsed: DocumentNode;
      try {
        parsed = parse(document.source);
      } catch {
        continue; // reported with the document
      }
      const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const problems: string[] = [];
      const declaredVariables = new Map(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          { type: typeFromAST(schema, v.type) as GraphQLInputType | undefined, hasDefault: !!v.defaultValue },
        ]),
      );
      const fields = new Map(
        [...declaredVariables].map(([name, v]) => [
          name,
          { type: v.type, required: !!v.type && isNonNullType(v.type) && !v.hasDefault },
        ]),
      );
      checkObject(variables, fields, "$", problems, follow);
      report.variables.push({ at: at(pair.node), operation: document.name, problems });
    }
  }

  for (const document of report.documents) {
    if (!document.source) continue;
    let parsed: DocumentNode;
    try {
      parsed = parse(document.source);
    } catch (error) {
      report.documentProblems.push(`${document.at} ${document.name}: ${(error as Error).message}`);
      continue;
    }
    // A lone fragment is checked where it is spread; an operation is validated whole.
    if (!parsed.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) continue;
    for (const error of validate(schema, parsed)) {
      report.documentProblems.push(`${document.at} ${document.name}: ${error.message}`);
    }
  }
  // loadOperation calls: their documents are validated through the pairs above and by
  // test/bench-operations.test.ts; here they are only loaded (a missing operation is a problem).
  for (const document of report.documents.filter((d) => !d.source)) {
    const [file, name] = document.name.split(" ").map((s) => s.replace(/^["'`]|["'`]$/g, ""));
    if (!file || !name) continue;
    try {
      const source = await load(file, name);
      for (const error of validate(schema, parse(source))) {
        report.documentProblems.push(`${document.at} ${name}: ${error.message}`);
      }
      document.source = source;
      document.name = name;
    } catch (error) {
      report.documentProblems.push(`${document.at}: ${(error as Error).message}`);
    }
  }
  return report;
}

function firstName(source: string): string {
  try {
    const d = parse(source).definitions[0];
    return d && "name" in d && d.name ? d.name.value : "(anonymous)";
  } catch {
    return "(unparsable)";
  }
}

type Fields = Map<string, { type: GraphQLInputType | undefined; required: boolean }>;

function checkObject(
  node: ts.ObjectLiteralExpression,
  fields: Fields,
  path: string,
  problems: string[],
  follow: (n: ts.Expression) => ts.Expression,
): void {
  const seen = new Set<string>();
  let spread = false;
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      spread = true;
      continue;
    }
    const key =
      ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p)
        ? propertyName(p.name)
        : undefined;
    if (!key) {
      spread = true; // a computed key: cannot tell what it supplies
      continue;
    }
    seen.add(key);
    const field = fields.get(key);
    const where = path === "$" ? `$${key}` : `${path}.${key}`;
    if (!field) {
      problems.push(`${where} is not ${path === "$" ? "a variable of the operation" : "a field of the input type"}`);
      continue;
    }
    if (!field.type) continue; // the variable's type is unknown to the schema: validate() reports it
    if (ts.isPropertyAssignment(p)) checkValue(follow(p.initializer), field.type, where, problems, follow);
  }
  if (spread) return;
  for (const [name, field] of fields) {
    if (field.required && !seen.has(name))
      problems.push(`${path === "$" ? `$${name}` : `${path}.${name}`} is required`);
  }
}

function checkValue(
  node: ts.Expression,
  type: GraphQLInputType,
  path: string,
  problems: string[],
  follow: (n: ts.Expression) => ts.Expression,
): void {
  if (node.kind === ts.SyntaxKind.NullKeyword) {
    if (isNonNullType(type)) problems.push(`${path} is null but its type ${type} is non-null`);
    return;
  }
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (ts.isArrayLiteralExpression(node)) {
      for (const [i, element] of node.elements.entries()) {
        if (!ts.isSpreadElement(element)) {
          checkValue(follow(element), nullable.ofType as GraphQLInputType, `${path}[${i}]`, problems, follow);
        }
      }
      return;
    }
    // A single value stands for a list of one (input coercion).
    checkValue(node, nullable.ofType as GraphQLInputType, path, problems, follow);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (ts.isObjectLiteralExpression(node)) {
      const fields: Fields = new Map(
        Object.values(nullable.getFields()).map((f) => [
          f.name,
          { type: f.type, required: isNonNullType(f.type) && f.defaultValue === undefined },
        ]),
      );
      checkObject(node, fields, path, problems, follow);
    } else if (isLiteral(node)) {
      problems.push(`${path} is a ${ts.SyntaxKind[node.kind]} but ${nullable} is an input object`);
    }
    return;
  }
  if (!isLiteral(node)) return;
  if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
    problems.push(`${path} is ${ts.isArrayLiteralExpression(node) ? "a list" : "an object"} but ${nullable} is a leaf`);
    return;
  }
  const value = literalValue(node);
  const named = getNamedType(nullable);
  try {
    if (isEnumType(named) || isScalarType(named)) {
      const parsed = named.parseValue(value);
      if (parsed === undefined) throw new Error("not a value of the type");
    }
  } catch (error) {
    problems.push(`${path} = ${JSON.stringify(value)} is not a ${named}: ${(error as Error).message}`);
  }
}

function isLiteral(node: ts.Expression): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isNumericLiteral(node) ||
    (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    ts.isArrayLiteralExpression(node) ||
    ts.isObjectLiteralExpression(node)
  );
}

function literalValue(node: ts.Expression): unknown {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) {
    return node.operator === ts.SyntaxKind.MinusToken ? -Number(node.operand.text) : Number(node.operand.text);
  }
  return node.kind === ts.SyntaxKind.TrueKeyword;
}
