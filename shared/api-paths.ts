// The URL paths the API server owns, for the server and for the dashboard's dev server (no Node built-ins:
// web/vite.config.ts reads it, and a shared module the web imports may not use them).
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
