// What the install* modules share: settings, the logger, the owner pool, the
// token verifier, the rate limiters, and the PostGraphile plugins modules
// contribute before installPostGraphile builds the preset.
import type pg from "pg";
import type { Logger } from "pino";
import type { DatabaseSettings } from "../../db/lib/settings.ts";
import type { Claims } from "../auth.ts";
import type { ServerConfig } from "../config.ts";
import type { RateLimiters } from "../rate-limit.ts";

export interface AppContext {
  config: ServerConfig;
  logger: Logger;
  /** Connects as the database owner: health, webhooks, shared rate limits. Never for requests' own data. */
  ownerPool: pg.Pool;
  settings: DatabaseSettings;
  verify(authorization: string | undefined): Promise<Claims>;
  limiters: RateLimiters;
  /** Added to the PostGraphile preset by installPostGraphile. */
  presetPlugins: GraphileConfig.Plugin[];
  /** Origins images are served from besides this server (an S3 endpoint), for the dashboard's CSP. */
  imageOrigins: string[];
}

/** The path grafserv serves GraphQL on; hooks that guard it compare against it. */
export const GRAPHQL_PATH = "/graphql";
