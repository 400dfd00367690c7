// The GraphQL schema as sorted SDL: what graphql/schema.graphql holds, and
// what the drift test compares it with.
// From postgraphile/graphql, the graphql instance the schema was built with:
// a resolver that picks another copy (vitest picks the ESM build) would
// refuse to print it ("from another module or realm").

import { makeSchema } from "postgraphile";
import { lexicographicSortSchema, printSchema } from "postgraphile/graphql";
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { makeLogger } from "../shared/logger.ts";
import { makeFileStorage } from "../tasks/files/storage.ts";
import { loadConfig } from "./config.ts";
import { makePreset } from "./graphile.config.ts";
import { makeFileUrlsPlugin } from "./graphql/file-urls-plugin.ts";

export async function schemaSdl(settings: DatabaseSettings): Promise<string> {
  // Secrets do not change the schema; a fixed one keeps this independent of .data/.
  const config = await loadConfig({ ...process.env, NODE_ENV: "development", JWT_SECRET: "x".repeat(32) });
  const preset = makePreset({
    authenticatorUrl: settings.authenticatorUrl,
    roles: settings.roles,
    config,
    logger: makeLogger("silent"),
    poolSize: 2,
    // What the HTTP layer adds to the schema (installUploads).
    plugins: [makeFileUrlsPlugin(makeFileStorage(config.files))],
  });
  const { schema, resolvedPreset } = await makeSchema(preset);
  try {
    return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
  } finally {
    for (const service of resolvedPreset.pgServices ?? []) await service.release?.();
  }
}
