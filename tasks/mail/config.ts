// Mail settings, from the variables shared/config.ts declares (zod, with
// their defaults). Account emails (verification, "someone tried to register",
// invitations) go out through SMTP with nodemailer; in development without
// SMTP_URL they are written to the log instead, labelled.
import { type Env, EnvError, parseEnv } from "../../shared/config.ts";

export interface MailConfig {
  /** smtp:// or smtps:// URL with credentials, e.g. smtps://user:pass@smtp.example.com:465. Null: no SMTP. */
  smtpUrl: string | null;
  /** The From header, e.g. "FashionOS <no-reply@fashionos.co>". */
  from: string;
  /** Where the dashboard is, for the links in the mails (no trailing slash). */
  appUrl: string;
  /** Without SMTP_URL: write the mail to the log (development) or fail the job so it is retried (production). */
  logWhenNoSmtp: boolean;
}

export class MailConfigError extends Error {}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  let values: Pick<Env, "SMTP_URL" | "MAIL_FROM" | "APP_URL" | "PORT" | "NODE_ENV">;
  try {
    values = parseEnv(["SMTP_URL", "MAIL_FROM", "APP_URL", "PORT", "NODE_ENV"], env);
  } catch (error) {
    if (error instanceof EnvError) throw new MailConfigError(error.message);
    throw error;
  }
  const production = values.NODE_ENV === "production";
  return {
    smtpUrl: values.SMTP_URL || null,
    from: values.MAIL_FROM || "FashionOS <no-reply@fashionos.localhost>",
    appUrl: (values.APP_URL || `http://localhost:${values.PORT}`).replace(/\/+$/, ""),
    logWhenNoSmtp: !production,
  };
}
