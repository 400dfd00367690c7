import pino from "pino";

/** Structured JSON logs. Tokens, passwords and contact data are never passed to it. */
export function makeLogger(level: string) {
  return pino({
    level,
    base: { service: "fashionos" },
    redact: { paths: ["req.headers.authorization", "*.password", "*.token", "*.jwtToken"], remove: true },
  });
}
