// A local SMTP server (the smtp-server package) that accepts every message
// and parses it with mailparser, so tests receive the account emails exactly
// as nodemailer sent them over the wire.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The envelope recipients (RCPT TO). */
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** Waits (bounded) for the next mail to `to` that arrived after `since` mails. */
  next(to: string, options?: { timeoutMs?: number }): Promise<ReceivedMail>;
  /** Mails to an address so far. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

const addresses = (value: ParsedMail["to"]): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) =>
    group.value.map((a) => (a.address ?? "").toLowerCase()),
  );

export interface TestSmtpOptions {
  /** Recipients the server refuses at RCPT TO with 550 5.1.1 (a bounce). */
  reject?: (address: string) => boolean;
  /** Milliseconds each message takes to be accepted (a slow relay). */
  delayMs?: number;
}

export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const mails: ReceivedMail[] = [];
  const seen = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.reject?.(address.address.toLowerCase())) {
        const error = new Error(
          "5.1.1 <" + address.address + ">: Recipient address rejected: User unknown",
        ) as Error & {
          responseCode: number;
        };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          return parsed;
        })
        .then((parsed) => {
          mails.push({
            from: parsed.from?.text ?? "",
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const to = (address: string) => mails.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to,
    async next(address, options = {}) {
      const key = address.toLowerCase();
      const already = seen.get(key) ?? 0;
      const deadline = Date.now() + (options.timeoutMs ?? 15_000);
      for (;;) {
        const received = to(address);
        if (received.length > already) {
          seen.set(key, already + 1);
          return received[already] as ReceivedMail;
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${options.timeoutMs ?? 15_000} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that goes to `path` on the dashboard. */
export function linkIn(mail: ReceivedMail, path: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === path) return url;
  }
  throw new Error(`no ${path} link in: ${mail.text}`);
}
