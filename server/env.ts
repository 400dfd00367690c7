// Imported first by the entry points: Grafast reads GRAPHILE_ENV when it loads.
process.env.GRAPHILE_ENV ??= process.env.NODE_ENV === "production" ? "production" : "development";
