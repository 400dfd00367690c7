// Where things are on disk, and which URL paths the API server owns, for every part (the ground floor
// imports nothing of ours).
import { resolve } from "node:path";

/** The repository's root folder (where package.json, .gmrc and .data/ are). */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..");

/**
 * The first segment of every URL path the API server answers itself; everything else is the dashboard's
 * (a client-side route). The server never answers these with the dashboard, and `npm run dev` proxies
 * them from Vite to the API: one list, so a new route cannot work in production and 404 in development.
 */
export const API_PATH_PREFIXES = [
  "graphql",
  "graphiql",
  "ruru-static",
  "health",
  "webhooks",
  "unsubscribe",
  "pagos",
  "config.json",
  "uploads",
  "files",
] as const;
