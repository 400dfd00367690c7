import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { parseEnv } from "../shared/config.ts";

const apiPort = parseEnv(["PORT"]).PORT;
const api = `http://127.0.0.1:${apiPort}`;

// The dashboard is built into web/dist and served by the API server on the
// same origin; `npm run dev` serves it from Vite with the API proxied.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/graphql": api, "/config.json": api, "/health": api, "/pagos": api, "/webhooks": api },
  },
});
