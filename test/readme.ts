// The generated blocks of README.md and db/README.md, each between
// `<!-- name:start -->` and `<!-- name:end -->`, rendered from the data the
// code runs on, so the documentation cannot drift:
// test/readme-generated.test.ts compares them, `node test/update-readme.ts`
// rewrites them. (The permission matrix has its own pair, test/readme.test.ts
// and test/print-permissions.ts.)
import { type ConfigGroup, ENV_NAMES, variableDoc } from "../shared/config.ts";
import {
  AGENT_ERROR_CODES,
  API_ERROR_CODES,
  type CodeSpec,
  ERROR_CODES,
  REASON_CODES,
  SQLSTATE_CLASSES,
  SQLSTATES,
} from "../shared/errors.ts";
import { renderTableIndex } from "./tables.ts";

export interface GeneratedBlock {
  /** The Markdown file, relative to the project root. */
  file: string;
  name: string;
  render(): string;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const spec = (code: string): CodeSpec => (ERROR_CODES as Readonly<Record<string, CodeSpec>>)[code] as CodeSpec;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

/** The API's codes and reasons, and the SQLSTATEs our functions raise. */
function renderApiErrors(): string {
  const rows = API_ERROR_CODES.map((code) => {
    const { api, reasons } = spec(code);
    return [
      `\`${code}\``,
      api ?? "",
      Object.keys(reasons ?? {})
        .map((r) => `\`${r}\``)
        .join(", "),
    ];
  });
  const custom = Object.entries(SQLSTATES)
    .filter(([state]) => /^[A-Z]{5}$/.test(state))
    .map(([state, { reason }]) => `\`${state}\` → \`${REASON_CODES[reason]}\` / \`${reason}\``);
  const classes = Object.entries(SQLSTATE_CLASSES).map(
    ([stateClass, { reason }]) =>
      `Any other state of class \`${stateClass}\` is \`${REASON_CODES[reason]}\` / \`${reason}\``,
  );
  return [
    table(["code", "when", "reasons"], rows),
    "",
    `Database functions raise custom SQLSTATEs that map to these: ${custom.join(", ")}. ${classes.join("; ")}.`,
    "",
    "Generated from the error catalogue, `shared/errors.ts` (`node test/update-readme.ts`).",
  ].join("\n");
}

/** How agent runs fail, and what the dashboard says (es-CO). */
function renderAgentErrors(): string {
  const rows = AGENT_ERROR_CODES.map((code) => {
    const { agent, text } = spec(code);
    return [`\`${code}\``, agent ?? "", text?.["es-CO"] ?? ""];
  });
  return [
    table(["`errorCode`", "when", "what the dashboard says"], rows),
    "",
    "Generated from the error catalogue, `shared/errors.ts` (`node test/update-readme.ts`).",
  ].join("\n");
}

/** The configuration tables: every variable of these groups, in the schema's order. */
function renderConfiguration(groups: readonly ConfigGroup[]): string {
  const rows = ENV_NAMES.filter((name) => groups.includes(variableDoc(name).group)).map((name) => {
    const doc = variableDoc(name);
    return [`\`${name}\``, doc.default, doc.meaning];
  });
  return [
    table(["variable", "default", "meaning"], rows),
    "",
    "Generated from the configuration schema, `shared/config.ts` (`node test/update-readme.ts`).",
  ].join("\n");
}

export const README_BLOCKS: readonly GeneratedBlock[] = [
  {
    file: "README.md",
    name: "configuration",
    render: () => renderConfiguration(["server", "database", "auth", "limits", "mail", "box office"]),
  },
  { file: "README.md", name: "configuration-files", render: () => renderConfiguration(["files"]) },
  { file: "README.md", name: "configuration-whatsapp", render: () => renderConfiguration(["whatsapp"]) },
  { file: "README.md", name: "configuration-ai", render: () => renderConfiguration(["ai", "worker"]) },
  { file: "README.md", name: "error-codes", render: renderApiErrors },
  { file: "README.md", name: "agent-error-codes", render: renderAgentErrors },
  { file: "db/README.md", name: "tables", render: renderTableIndex },
];

const markers = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** The text between a block's markers (null when the README lacks them). */
export function currentBlock(readme: string, name: string): string | null {
  const [start, end] = markers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return null;
  return readme.slice(from + start.length, to).trim();
}

/** A Markdown file with its generated blocks rendered anew. */
export function updateReadme(readme: string, blocks: readonly GeneratedBlock[]): string {
  let text = readme;
  for (const block of blocks) {
    const [start, end] = markers(block.name);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${block.file} has no ${start} … ${end} block`);
    text = `${text.slice(0, from + start.length)}\n${block.render()}\n${text.slice(to)}`;
  }
  return text;
}
