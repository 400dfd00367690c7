// `npm run bench:outbox`: the outbox's throughput and enqueue → sent latency,
// per channel. A throwaway embedded PostgreSQL with the demo data; a local
// SMTP server (smtp-server, accepting every message, reading it whole) stands
// in for the relay, and the local Graph API server of the WhatsApp tests
// (bench/lib/fake-whatsapp.ts: bearer token, body checks, a wamid per message)
// for Meta; the real worker (tasks/runner.ts) sends a campaign of N messages
// enqueued in one transaction (app_private.enqueue_outbound_message, as a
// business change does), once per channel and worker concurrency: emails to
// guests (MJML), WhatsApp casting invitations to models (the approved
// template). Reports messages/s and the p50 / p95 of sent_at − created_at per
// message, and the ratios to the first run, from one run. Writes
// bench/results/outbox.{json,md} and the `outbox` block of BENCHMARKS.md.
//
//   npm run bench:outbox                        2,000 messages per channel at concurrency 4 and 16
//   npm run bench:outbox -- --messages 500 --channels whatsapp --no-summary
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { makeLogger } from "../shared/logger.ts";
import { PROJECT_ROOT } from "../shared/paths.ts";
import type { MailConfig } from "../tasks/mail/config.ts";
import { makeEmailChannel } from "../tasks/outbox/channels/email.ts";
import { loadWhatsAppConfig, makeWhatsAppChannel } from "../tasks/outbox/channels/whatsapp.ts";
import { startWorker } from "../tasks/runner.ts";
import { parseArgs } from "./lib/args.ts";
import { buildBenchDatabase, startBenchCluster } from "./lib/cluster.ts";
import { startFakeWhatsApp } from "./lib/fake-whatsapp.ts";
import { ratio, rounded, summarize } from "./lib/stats.ts";

const log = (message: string) => console.error(message);

async function startSmtp(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Channel = "email" | "whatsapp";

interface RunResult {
  channel: Channel;
  concurrency: number;
  messages: number;
  enqueueMs: number;
  sendSeconds: number;
  messagesPerSecond: number;
  latencyMs: ReturnType<typeof summarize>;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const messages = args.number("messages", 2000);
  const concurrencies = args.list("concurrency", [4, 16]);
  const channels = (args.string("channels") ?? "email,whatsapp").split(",") as Channel[];
  if (channels.some((c) => c !== "email" && c !== "whatsapp")) throw new Error("--channels takes email,whatsapp");
  const cluster = await startBenchCluster({ log });
  const smtp = await startSmtp();
  const graph = await startFakeWhatsApp();
  const results: RunResult[] = [];
  try {
    const settings = await buildBenchDatabase(cluster.serverUrl, undefined, { statements: false });
    const pool = new pg.Pool({ connectionString: settings.ownerUrl, max: 4 });
    const mail: MailConfig = {
      smtpUrl: smtp.url,
      from: "FashionOS <bench@fashionos.test>",
      appUrl: "http://bench.test",
      logWhenNoSmtp: false,
    };
    const whatsappConfig = loadWhatsAppConfig(graph.env());
    if (!whatsappConfig) throw new Error("the local Graph API server's settings did not load");
    try {
      const org = (
        await pool.query("insert into app_public.organizations (name, slug) values ('Bench Outbox', $1) returning id", [
          `bench-outbox-${randomUUID().slice(0, 8)}`,
        ])
      ).rows[0].id;
      await pool.query(
        "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end, daily_cap) values ($1, '00:00', '00:00', 1000000)",
        [org],
      );
      // Email: guests with consent and an address. WhatsApp: models with consent for castings, opted in, each
      // with her own Colombian mobile number.
      await pool.query(
        `with g as (
           insert into app_public.guests (organization_id, full_name, category, consent_granted_at, consent_source)
           select $1, 'Invitada ' || n, 'press', now(), 'web_form' from generate_series(1, $2) n returning id, full_name
         )
         insert into app_public.guest_contacts (guest_id, email) select id, replace(lower(full_name), ' ', '-') || '@bench.example.com' from g`,
        [org, messages],
      );
      await pool.query(
        `with t as (
           insert into app_public.talent (organization_id, full_name, division, consent_granted_at, consent_purposes, consent_source)
           select $1, 'Modelo ' || n, 'women', now(), '{casting,contact}', 'signed_form' from generate_series(1, $2) n
           returning id, full_name
         )
         insert into app_public.talent_contacts (talent_id, phone, whatsapp_opt_in)
         select id, '3' || lpad(split_part(full_name, ' ', 2), 9, '0'), true from t`,
        [org, messages],
      );
      const content = JSON.stringify({
        subject: "Colección Orquídea: ¡te esperamos!",
        preheader: "Desfile el viernes",
        sections: [{ paragraphs: ["Hola, {{nombre}}:", "Te esperamos en el Ágora, a las 7:00 p. m."] }],
      });
      const invitation = JSON.stringify({
        eventTitle: "Colección Orquídea",
        startsAt: "2030-03-14T00:00:00Z",
        timeZone: "America/Bogota",
        venue: "Ágora Bogotá",
        organizationName: "Bench Outbox",
      });
      const enqueue: Record<Channel, string> = {
        email: `select count(app_private.enqueue_outbound_message($1, 'email', 'guest', g.id, 'structured',
                  $3::jsonb || jsonb_build_object('name', g.full_name), 'invitation', 'manual', $2))
                  from app_public.guests g where g.organization_id = $1`,
        whatsapp: `select count(app_private.enqueue_outbound_message($1, 'whatsapp', 'talent', t.id, 'casting_invitation',
                  $3::jsonb || jsonb_build_object('name', t.full_name), 'casting', 'manual', $2))
                  from app_public.talent t where t.organization_id = $1`,
      };
      for (const channel of channels) {
        for (const concurrency of concurrencies) {
          const campaign = randomUUID();
          const before = channel === "email" ? smtp.received() : graph.sent.length;
          const worker = await startWorker({
            connectionString: settings.ownerUrl,
            logger: makeLogger("silent"),
            pollIntervalMs: 100,
            concurrency,
            tasks: {
              mail,
              outboxChannels: { email: makeEmailChannel(mail), whatsapp: makeWhatsAppChannel(whatsappConfig) },
            },
          });
          // Let the demo data's own messages go first.
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const started = performance.now();
          await pool.query(enqueue[channel], [org, campaign, channel === "email" ? content : invitation]);
          const enqueued = performance.now();
          for (;;) {
            const { rows } = await pool.query(
              `select count(*) filter (where status not in ('sent'))::int as open,
                      count(*) filter (where status in ('failed', 'bounced', 'suppressed', 'cancelled'))::int as lost
                 from app_public.outbound_messages where cause_id = $1`,
              [campaign],
            );
            if (rows[0].lost > 0) throw new Error(`${rows[0].lost} ${channel} messages were not sent`);
            if (rows[0].open === 0) break;
            if (performance.now() - started > 600_000) throw new Error("the campaign did not finish in 10 minutes");
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          const done = performance.now();
          await worker.stop();
          const { rows: latencies } = await pool.query<{ ms: number }>(
            "select extract(epoch from sent_at - created_at) * 1000 as ms from app_public.outbound_messages where cause_id = $1",
            [campaign],
          );
          const result: RunResult = {
            channel,
            concurrency,
            messages,
            enqueueMs: enqueued - started,
            sendSeconds: (done - started) / 1000,
            messagesPerSecond: messages / ((done - started) / 1000),
            latencyMs: summarize(latencies.map((r) => Number(r.ms))),
          };
          const arrived = (channel === "email" ? smtp.received() : graph.sent.length) - before;
          log(
            `${channel}, concurrency ${concurrency}: ${rounded(result.messagesPerSecond, 1)} messages/s, enqueue ${rounded(result.enqueueMs, 0)} ms, p95 ${rounded(result.latencyMs.p95, 0)} ms (${channel === "email" ? "SMTP" : "Graph API"} received ${arrived})`,
          );
          results.push(result);
        }
      }
    } finally {
      await pool.end();
    }
  } finally {
    await graph.close();
    await smtp.close();
    await cluster.stop();
  }

  const base = results[0] as RunResult;
  const lines = [
    `Outbox, one run (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores shared with other work: read the ratios, not the absolute numbers): per channel, a campaign of ${messages} messages enqueued in one transaction and sent by the real worker — emails to guests through a local SMTP server (smtp-server), each rendered with MJML; WhatsApp casting invitations to models through the local Graph API server of the WhatsApp tests (bench/lib/fake-whatsapp.ts, no added latency), each as the approved template (the email twin is rendered too, as for every message).`,
    "",
    "| channel | worker concurrency | enqueue (one transaction) | messages/s | enqueue → sent p50 | p95 | p99 | throughput vs first |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map(
      (r) =>
        `| ${r.channel === "email" ? "email (SMTP)" : "WhatsApp (Graph API)"} | ${r.concurrency} | ${rounded(r.enqueueMs, 0)} ms | ${rounded(r.messagesPerSecond, 1)} | ${rounded(r.latencyMs.p50 / 1000, 2)} s | ${rounded(r.latencyMs.p95 / 1000, 2)} s | ${rounded(r.latencyMs.p99 / 1000, 2)} s | ×${rounded(ratio(r.messagesPerSecond, base.messagesPerSecond), 2)} |`,
    ),
    "",
    "Enqueue → sent is measured per message from its row's created_at to its sent_at, so for a campaign it is mostly queueing behind the messages before it: p95 ≈ the campaign's duration. A single message (a casting invitation) waits only for the worker's poll and one SMTP exchange or Graph API call. The local Graph API server answers at once; Meta's real API adds a network round trip per message and caps throughput per phone number (Cloud API: 80 messages/s by default), so in production WhatsApp is bounded by Meta, not by the worker. Here the Graph API double runs in the bench's own Node process, sharing its event loop with the worker, so on two busy cores more worker concurrency adds contention rather than throughput (the WhatsApp rows at 16 are no faster than at 4); SMTP, whose exchanges wait on sockets, still scales with concurrency.",
  ];
  const markdown = lines.join("\n");
  const dir = join(PROJECT_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "outbox.json"), `${JSON.stringify({ messages, results }, null, 2)}\n`);
  await writeFile(join(dir, "outbox.md"), `${markdown}\n`);
  if (!args.flag("no-summary")) {
    const file = join(PROJECT_ROOT, "BENCHMARKS.md");
    const text = await readFile(file, "utf8");
    const start = "<!-- outbox:start -->";
    const end = "<!-- outbox:end -->";
    const block = `${start}\n${markdown}\n${end}`;
    const next = text.includes(start)
      ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
      : text.replace(
          "## Latest numbers: quick run",
          `## Outbox: throughput and enqueue → sent\n\n\`npm run bench:outbox\` (bench/outbox.ts).\n\n${block}\n\n## Latest numbers: quick run`,
        );
    await writeFile(file, next);
  }
  console.log(markdown);
}

await main();
