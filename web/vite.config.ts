import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { API_PATH_PREFIXES } from "../shared/api-paths.ts";
import { parseEnv } from "../shared/config.ts";

const { PORT: apiPort, WEB_DEV_PORT: devPort } = parseEnv(["PORT", "WEB_DEV_PORT"]);
const api = `http://127.0.0.1:${apiPort}`;

// The dashboard is built into web/dist and served by the API server on the
// same origin; `npm run dev` serves it from Vite with the API proxied.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900 },
  server: {
    port: devPort,
    strictPort: true,
    proxy: Object.fromEntries(API_PATH_PREFIXES.map((prefix) => [`/${prefix}`, api])),
  },
});
