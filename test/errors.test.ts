// The error catalogue (shared/errors.ts) against everything that uses codes:
// the SQLSTATEs and error codes the database raises and writes, the codes and
// reasons the server and the worker write, and what the dashboard translates.
// The README's tables come from it too (test/readme-generated.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AGENT_ERROR_CODES,
  API_ERROR_CODES,
  type CodeSpec,
  ERROR_CODES,
  errorTranslations,
  LOCALES,
  REASON_CODES,
  SQLSTATES,
} from "../shared/errors.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");
const SCHEMA = read("db/schema.sql");
const catalogue = ERROR_CODES as Readonly<Record<string, CodeSpec>>;

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => {
      const path = relative(PROJECT_ROOT, join(entry.parentPath, entry.name));
      return { path, text: read(path) };
    });
}

/** Condition names PL/pgSQL may raise instead of a SQLSTATE, as their SQLSTATE. */
const CONDITION_NAMES: Record<string, string> = {
  foreign_key_violation: "23503",
  unique_violation: "23505",
  check_violation: "23514",
  not_null_violation: "23502",
  insufficient_privilege: "42501",
  invalid_parameter_value: "22023",
};

describe("the error catalogue", () => {
  it("gives every code a when, and every shown code both languages", () => {
    for (const [code, spec] of Object.entries(catalogue)) {
      expect(
        spec.api || spec.agent || spec.client || spec.internal,
        `${code}: api, agent, client or internal`,
      ).toBeTruthy();
      if (spec.internal) continue;
      for (const locale of LOCALES) expect(spec.text?.[locale]?.trim(), `${code} in ${locale}`).toBeTruthy();
      for (const [reason, reasonSpec] of Object.entries(spec.reasons ?? {})) {
        expect(reasonSpec.when.trim(), reason).toBeTruthy();
        for (const locale of LOCALES) {
          if (reasonSpec.text) expect(reasonSpec.text[locale]?.trim(), `${reason} in ${locale}`).toBeTruthy();
        }
      }
    }
    expect(API_ERROR_CODES.length).toBeGreaterThan(5);
    expect(AGENT_ERROR_CODES.length).toBeGreaterThan(5);
  });

  it("gives each reason to one code", () => {
    const seen = new Map<string, string>();
    for (const [code, spec] of Object.entries(catalogue)) {
      for (const reason of Object.keys(spec.reasons ?? {})) {
        expect(seen.get(reason), `${reason} under ${code} and ${seen.get(reason)}`).toBeUndefined();
        seen.set(reason, code);
        expect(REASON_CODES[reason as keyof typeof REASON_CODES]).toBe(code);
      }
    }
  });

  it("maps every SQLSTATE the database raises", () => {
    const raised = new Set<string>();
    for (const match of SCHEMA.matchAll(/errcode\s*=\s*'([^']+)'/gi)) {
      const state = match[1] as string;
      raised.add(CONDITION_NAMES[state] ?? state);
    }
    expect(raised.size).toBeGreaterThan(10);
    const unmapped = [...raised].filter((state) => !(state in SQLSTATES));
    expect(unmapped, "add these to SQLSTATES in shared/errors.ts (a condition name to CONDITION_NAMES here)").toEqual(
      [],
    );
    for (const { reason } of Object.values(SQLSTATES)) expect(REASON_CODES[reason], reason).toBeTruthy();
  });

  it("holds every error code the database and the worker store on a run", () => {
    const written = new Set<string>();
    const texts = [SCHEMA, ...sources("tasks").map((f) => f.text)];
    for (const text of texts) {
      // agent_runs.error_code (not the outbox's last_error_code, a delivery vocabulary of its own).
      for (const match of text.matchAll(/(?<![a-z_])error_code\s*=\s*'([A-Z_]+)'/g)) written.add(match[1] as string);
      for (const match of text.matchAll(/new AgentError\(\s*"([A-Z_]+)"/g)) written.add(match[1] as string);
    }
    expect(written.has("CANCELLED") && written.has("AI_INVALID_OUTPUT")).toBe(true);
    const agentOrInternal = new Set(
      Object.entries(catalogue)
        .filter(([, spec]) => spec.agent || spec.internal)
        .map(([code]) => code),
    );
    expect([...written].filter((code) => !agentOrInternal.has(code))).toEqual([]);
  });

  it("holds every code and reason the server writes", () => {
    const problems: string[] = [];
    for (const file of sources("server")) {
      for (const match of file.text.matchAll(/\breason\s*:\s*"([A-Z][A-Z_]+)"/g)) {
        if (!((match[1] as string) in REASON_CODES)) problems.push(`${file.path}: reason ${match[1]}`);
      }
      for (const match of file.text.matchAll(
        /(?:\bcode\s*:\s*|(?:apiError|errorBody|codedExtensions)\(\s*)"([A-Z][A-Z_]+)"/g,
      )) {
        if (!API_ERROR_CODES.includes(match[1] as (typeof API_ERROR_CODES)[number])) {
          problems.push(`${file.path}: code ${match[1]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("is the only place runs get a text: the worker writes no error_message on agent_runs", () => {
    const offenders = sources("tasks")
      .filter((f) => /update\s+app_public\.agent_runs[\s\S]{0,400}?error_message\s*=/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
    // Nor does SQL: the only writer left (cancel_agent_run) was changed by migration 000015.
    expect(SCHEMA).not.toMatch(/update app_public\.agent_runs[^;]*error_message\s*=/);
  });

  it("gives the dashboard a text for each code and for each reason that has one", () => {
    for (const locale of LOCALES) {
      const texts = errorTranslations(locale);
      for (const code of [...API_ERROR_CODES, ...AGENT_ERROR_CODES, "NETWORK", "UNKNOWN"]) {
        expect(typeof texts[code], `${code} in ${locale}`).toBe("string");
      }
      expect(texts.AI_SCHEMA_UNSUPPORTED, "internal codes are never shown").toBeUndefined();
    }
  });
});
