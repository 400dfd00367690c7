// Mail settings, validated with zod. Account emails (verification, "someone
// tried to register", invitations) go out through SMTP with nodemailer; in
// development without SMTP_URL they are written to the log instead, labelled.
import { z } from "zod";

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

const schema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("")),
  MAIL_FROM: z.string().trim().min(3).max(320).optional().or(z.literal("")),
  APP_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, "APP_URL must be an http(s) URL")
    .optional()
    .or(z.literal("")),
  PORT: z.string().optional(),
  NODE_ENV: z.string().optional(),
});

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new MailConfigError(parsed.error.issues.map((issue) => issue.message).join("; "));
  }
  const values = parsed.data;
  const production = values.NODE_ENV === "production";
  return {
    smtpUrl: values.SMTP_URL || null,
    from: values.MAIL_FROM || "FashionOS <no-reply@fashionos.localhost>",
    appUrl: (values.APP_URL || `http://localhost:${values.PORT || 5678}`).replace(/\/+$/, ""),
    logWhenNoSmtp: !production,
  };
}
