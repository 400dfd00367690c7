import pino, { type DestinationStream } from "pino";

/**
 * Fields that may hold a secret or a person's contact data, at any of the
 * first levels of a log object: removed before a line is written. Code does
 * not pass such values to the log on purpose; this catches what a library
 * hands over (graphile-worker's job rows, an error's request options, …).
 */
const SECRET_KEYS = [
  "password",
  "token",
  "jwtToken",
  "authorization",
  "cookie",
  "payload",
  "variables",
  "email",
  "to",
  "connectionString",
];
const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
];

/** Structured JSON logs (to `destination`, default stdout). Tokens, passwords and contact data are never written. */
export function makeLogger(level: string, destination?: DestinationStream) {
  return pino(
    {
      level,
      base: { service: "fashionos" },
      redact: { paths: REDACT_PATHS, remove: true },
    },
    destination,
  );
}
