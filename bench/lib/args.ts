// A tiny argv reader: --name value, --name=value and boolean --flag.
export interface Args {
  flag(name: string): boolean;
  string(name: string): string | undefined;
  number(name: string, fallback: number): number;
  list(name: string, fallback: number[]): number[];
}

export function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) values.set(name, inline);
    else if (argv[i + 1] !== undefined && !(argv[i + 1] ?? "").startsWith("--")) values.set(name, argv[++i] ?? "");
    else flags.add(name);
  }
  return {
    flag: (name) => flags.has(name) || ["1", "true", "yes", "on"].includes(values.get(name) ?? ""),
    string: (name) => values.get(name),
    number(name, fallback) {
      const raw = values.get(name);
      if (raw === undefined) return fallback;
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${raw}"`);
      return n;
    },
    list(name, fallback) {
      const raw = values.get(name);
      if (raw === undefined) return fallback;
      const items = raw.split(",").map(Number);
      if (items.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`--${name} must be numbers like 5,50`);
      return items;
    },
  };
}
