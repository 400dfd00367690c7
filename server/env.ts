// Imported first by the entry points: Grafast reads GRAPHILE_ENV when it loads.
import { parseEnv } from "../shared/config.ts";

process.env.GRAPHILE_ENV ??= parseEnv(["NODE_ENV"]).NODE_ENV === "production" ? "production" : "development";
