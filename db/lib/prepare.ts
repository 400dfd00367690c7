// Makes the database ready for the product: created on first use (roles and
// database), migrated, policies applied, demo data loaded into an empty one.
import { databaseExists, isEmpty, migrateDatabase, resetDatabase, seedDatabase } from "./lifecycle.ts";
import { type PostgresServer, resolveServer } from "./server.ts";
import { type DatabaseSettings, databaseSettings } from "./settings.ts";

export interface PreparedDatabase {
  server: PostgresServer;
  settings: DatabaseSettings;
  seeded: boolean;
}

export async function prepareDatabase(options: {
  seedDemoData: boolean;
  log?: (m: string) => void;
}): Promise<PreparedDatabase> {
  const log = options.log ?? ((m: string) => console.error(m));
  const server = await resolveServer(process.env, log);
  const settings = databaseSettings(server.url, server.databaseName);
  try {
    if (!(await databaseExists(settings))) {
      log(`[db] creating database ${settings.databaseName} and its roles`);
      await resetDatabase(settings);
    }
    await migrateDatabase(settings, { quiet: true });
    let seeded = false;
    if (options.seedDemoData && (await isEmpty(settings))) {
      await seedDatabase(settings);
      seeded = true;
      log("[db] demo data loaded");
    }
    return { server, settings, seeded };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
