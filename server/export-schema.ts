// npm run schema:export: writes graphql/schema.graphql from the live database.
import "./env.ts";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { prepareDatabase } from "../db/lib/prepare.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import { schemaSdl } from "./schema-sdl.ts";

const { server, settings } = await prepareDatabase({ seedDemoData: false });
try {
  await writeFile(join(PROJECT_ROOT, "graphql", "schema.graphql"), await schemaSdl(settings));
  console.error("[graphql] wrote graphql/schema.graphql");
} finally {
  await server.stop();
}
process.exit(0);
