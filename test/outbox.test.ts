// The outbox (issue 19): app_private.enqueue_outbound_message, the
// send_outbound_message task with the real worker, and a local SMTP server
// (smtp-server + mailparser) receiving what nodemailer sends. Consent, opt-outs,
// quiet hours, the daily cap, bounces, retries and idempotency under
// concurrent transactions.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeLogger } from "../shared/logger.ts";
import { startWorker, type Worker } from "../tasks/runner.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { newMember, newOrganization, unique } from "./helpers/organizations.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
let smtp: TestSmtp;
let worker: Worker;
let org: string;
let event: string;

const APP_URL = "http://fashionos.test";

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp({ reject: (address) => address.startsWith("rebota") });
  org = await newOrganization(db, "outbox");
  // No quiet hours for this organization unless a test sets them: the suite runs at any hour.
  await db.owner.query(
    "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')",
    [org],
  );
  event = (
    await db.owner.query(
      // Its venue is the one the messages' variables name: the send task reads the event's details again.
      `with v as (insert into app_public.venues (organization_id, name, city) values ($1, 'Ágora Bogotá', 'Bogotá') returning id)
       insert into app_public.events (organization_id, title, slug, starts_at, ends_at, venue_id)
       select $1, 'Colección Orquídea', $2, now() + interval '20 days', now() + interval '20 days 2 hours', v.id from v
       returning id`,
      [org, `orquidea-${unique()}`],
    )
  ).rows[0].id;
  worker = await startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 4,
    tasks: {
      mail: { smtpUrl: smtp.url, from: "FashionOS <no-reply@fashionos.test>", appUrl: APP_URL, logWhenNoSmtp: false },
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
  await db?.drop();
});

interface TalentOptions {
  consent?: boolean;
  purposes?: string[];
  whatsapp?: boolean;
  email?: string | null;
  organization?: string;
}

/** A person of the roster with (by default) consent for casting and an email address. */
async function newTalent(options: TalentOptions = {}): Promise<{ id: string; email: string | null }> {
  const consent = options.consent ?? true;
  const { rows } = await db.owner.query(
    `insert into app_public.talent (organization_id, full_name, stage_name, division, consent_granted_at, consent_purposes, consent_source)
     values ($1, 'Ángela Muñoz Peña', $2, 'women', $3, $4, $5) returning id`,
    [
      options.organization ?? org,
      `Ángela ${unique()}`,
      consent ? new Date() : null,
      consent ? (options.purposes ?? ["casting"]) : [],
      consent ? "signed_form" : null,
    ],
  );
  const id = rows[0].id as string;
  const email = options.email === undefined ? `angela-${unique()}@example.com` : options.email;
  await db.owner.query(
    "insert into app_public.talent_contacts (talent_id, email, phone, whatsapp_opt_in) values ($1, $2, '+57 300 123 4567', $3)",
    [id, email, options.whatsapp ?? false],
  );
  return { id, email };
}

const variables = (name = "Ángela") => ({
  eventTitle: "Colección Orquídea",
  startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
  timeZone: "America/Bogota",
  venue: "Ágora Bogotá",
  organizationName: "Casa Añil",
  name,
  link: "https://fashionos.test/eventos/orquidea?a=1&b=ñ",
});

async function enqueue(
  talent: string,
  options: { channel?: string; cause?: string; urgent?: boolean; purpose?: string; organization?: string } = {},
): Promise<string> {
  const { rows } = await db.owner.query(
    `select app_private.enqueue_outbound_message($1, $2, 'talent', $3, 'casting_invitation', $4, $5, 'casting_invitation', $6, $7, $8) as id`,
    [
      options.organization ?? org,
      options.channel ?? "email",
      talent,
      JSON.stringify(variables()),
      options.purpose ?? "casting",
      options.cause ?? randomUUID(),
      options.organization ? null : event,
      options.urgent ?? false,
    ],
  );
  return rows[0].id;
}

async function message(id: string) {
  const { rows } = await db.owner.query("select * from app_public.outbound_messages where id = $1", [id]);
  return rows[0];
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await message(id);
    if (statuses.includes(row.status)) return row;
    if (Date.now() > deadline)
      throw new Error(`message ${id} is ${row.status} (${row.last_error_code}), not ${statuses}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function jobsFor(id: string) {
  const { rows } = await db.owner.query(
    "select run_at, max_attempts from graphile_worker.jobs where key = $1 and task_identifier = 'send_outbound_message'",
    [`outbound_message:${id}`],
  );
  return rows;
}

describe("sending an email through the outbox", () => {
  it("arrives once over SMTP with its Message-ID, List-Unsubscribe, accents and links, and is recorded as sent", async () => {
    const talent = await newTalent();
    const id = await enqueue(talent.id);
    const mail = await smtp.next(talent.email as string);
    const row = await waitForStatus(id, ["sent"]);

    expect(mail.subject).toBe("Invitación al casting: Colección Orquídea");
    expect(mail.parsed.messageId).toBe(`<outbox.${id}@fashionos.test>`);
    expect(row.provider_message_id).toBe(`<outbox.${id}@fashionos.test>`);
    expect(mail.text).toContain("Casa Añil te invita a desfilar en Colección Orquídea");
    expect(mail.text).toContain("en Ágora Bogotá");
    expect(mail.html).toContain("Ángela");
    expect(mail.html).toContain('href="https://fashionos.test/eventos/orquidea?a=1&amp;b=ñ"');
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0]?.name : null).toBe(
      row.recipient_name,
    );

    const token = (await db.owner.query("select app_private.outbox_unsubscribe_token($1) as t", [id])).rows[0].t;
    const link = `${APP_URL}/unsubscribe?m=${id}&t=${token}`;
    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line ?? "";
    expect(header("list-unsubscribe").replace(/\s+/g, " ")).toBe(`List-Unsubscribe: <${link}>`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link.replace("&", "&amp;"));

    expect(row.attempts).toBe(1);
    expect(row.sent_at).not.toBeNull();
    expect(row.rendered_subject).toBe(mail.subject);
    expect(smtp.to(talent.email as string)).toHaveLength(1);
  });

  it("a refused recipient (550 5.1.1 at RCPT TO) is recorded as bounced, not retried", async () => {
    const talent = await newTalent({ email: `rebota-${unique()}@example.com` });
    const id = await enqueue(talent.id);
    const row = await waitForStatus(id, ["bounced", "failed"]);
    expect(row.status).toBe("bounced");
    expect(row.last_error_code).toBe("BOUNCED");
    expect(row.last_error).toContain("5.1.1");
    expect(row.attempts).toBe(1);
    expect(row.failed_at).not.toBeNull();
  });
});

describe("consent and opt-outs (Ley 1581)", () => {
  it("no consent, no casting purpose, or no WhatsApp opt-in: suppressed with no job, nothing sent", async () => {
    const cases = [
      { talent: await newTalent({ consent: false }), channel: "email" },
      { talent: await newTalent({ purposes: ["ai_processing"] }), channel: "email" },
      { talent: await newTalent({ whatsapp: false }), channel: "whatsapp" },
    ];
    for (const c of cases) {
      const id = await enqueue(c.talent.id, { channel: c.channel });
      const row = await message(id);
      expect(row.status).toBe("suppressed");
      expect(row.last_error_code).toBe("NO_CONSENT");
      expect(await jobsFor(id)).toEqual([]);
    }
    const withoutAddress = await newTalent({ email: null });
    const id = await enqueue(withoutAddress.id);
    expect((await message(id)).last_error_code).toBe("NO_ADDRESS");
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const c of cases) expect(smtp.to(c.talent.email as string)).toEqual([]);
  });

  it("consent withdrawn after enqueueing wins: the message is suppressed when claimed", async () => {
    const talent = await newTalent();
    const id = await whileStopped(async () => {
      const queued = await enqueue(talent.id);
      expect((await message(queued)).status).toBe("queued");
      await db.owner.query("update app_public.talent set consent_revoked_at = now() where id = $1", [talent.id]);
      return queued;
    });
    const row = await waitForStatus(id, ["suppressed", "sent"]);
    expect(row.status).toBe("suppressed");
    expect(smtp.to(talent.email as string)).toEqual([]);
  });

  it("the unsubscribe token opts out at once: queued messages suppressed, later ones too; a wrong token does nothing", async () => {
    const talent = await newTalent();
    const first = await enqueue(talent.id);
    await waitForStatus(first, ["sent"]);
    const token = (await db.owner.query("select app_private.outbox_unsubscribe_token($1) as t", [first])).rows[0].t;
    expect(
      (await db.owner.query("select app_private.unsubscribe($1, $2) as ok", [first, "0".repeat(64)])).rows[0].ok,
    ).toBe(false);
    expect((await db.owner.query("select app_private.unsubscribe($1, $2) as ok", [first, token])).rows[0].ok).toBe(
      true,
    );
    // Twice is the same opt-out.
    expect((await db.owner.query("select app_private.unsubscribe($1, $2) as ok", [first, token])).rows[0].ok).toBe(
      true,
    );
    const optOuts = await db.owner.query("select * from app_public.communication_opt_outs where recipient_id = $1", [
      talent.id,
    ]);
    expect(optOuts.rows).toHaveLength(1);
    expect(optOuts.rows[0]).toMatchObject({ source: "unsubscribe_link", channel: "email", purpose: null });
    const later = await enqueue(talent.id);
    expect(await message(later)).toMatchObject({ status: "suppressed", last_error_code: "NO_CONSENT" });
    expect(smtp.to(talent.email as string)).toHaveLength(1);
  });
});

/** Runs fn with the worker stopped (what it enqueues waits), then starts it again. */
async function whileStopped<T>(fn: () => Promise<T>): Promise<T> {
  await worker.stop();
  try {
    return await fn();
  } finally {
    worker = await restartWorker();
  }
}

async function restartWorker(): Promise<Worker> {
  return startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 4,
    tasks: {
      mail: { smtpUrl: smtp.url, from: "FashionOS <no-reply@fashionos.test>", appUrl: APP_URL, logWhenNoSmtp: false },
    },
  });
}

describe("idempotency", () => {
  it("the same cause, recipient and template enqueued twice is one message and one job", async () => {
    const talent = await newTalent();
    const cause = randomUUID();
    const a = await enqueue(talent.id, { cause });
    const b = await enqueue(talent.id, { cause });
    expect(b).toBe(a);
    await waitForStatus(a, ["sent"]);
    const c = await enqueue(talent.id, { cause });
    expect(c).toBe(a);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(talent.email as string)).toHaveLength(1);
  });

  it("two concurrent transactions enqueueing the same message make one row and one job", async () => {
    const talent = await newTalent();
    const cause = randomUUID();
    await whileStopped(async () => {
      const one = await db.owner.connect();
      const two = await db.owner.connect();
      try {
        await one.query("begin");
        await two.query("begin");
        const sql = `select app_private.enqueue_outbound_message($1, 'email', 'talent', $2, 'casting_invitation', $3, 'casting', 'casting_invitation', $4) as id`;
        const params = [org, talent.id, JSON.stringify(variables()), cause];
        const first = await one.query(sql, params);
        const secondPromise = two.query(sql, params); // waits on the first's unique key
        await new Promise((resolve) => setTimeout(resolve, 200));
        await one.query("commit");
        const second = await secondPromise;
        await two.query("commit");
        expect(second.rows[0].id).toBe(first.rows[0].id);
        const rows = await db.owner.query(
          "select count(*)::int as n from app_public.outbound_messages where cause_id = $1 and talent_id = $2",
          [cause, talent.id],
        );
        expect(rows.rows[0].n).toBe(1);
        expect(await jobsFor(first.rows[0].id)).toHaveLength(1);
      } finally {
        one.release();
        two.release();
      }
    });
  });
});

describe("quiet hours and the daily cap", () => {
  it("outbox_quiet_until: 21:00–07:00 America/Bogota by default", async () => {
    const other = await newOrganization(db, "quiet");
    const at = async (iso: string) =>
      (await db.owner.query("select app_private.outbox_quiet_until($1, $2) as t", [other, iso])).rows[0].t;
    // 21:30 in Bogotá (UTC−5) → 07:00 the next morning.
    expect(await at("2026-11-30T02:30:00Z")).toEqual(new Date("2026-11-30T12:00:00Z"));
    // 05:00 in Bogotá → 07:00 the same morning.
    expect(await at("2026-11-30T10:00:00Z")).toEqual(new Date("2026-11-30T12:00:00Z"));
    // 20:59 and 07:00 are not quiet.
    expect(await at("2026-11-30T01:59:00Z")).toBeNull();
    expect(await at("2026-11-30T12:00:00Z")).toBeNull();
  });

  it("in quiet hours a message waits for their end (job and row); an urgent one goes now", async () => {
    const quiet = await newOrganization(db, "quiet-now");
    // Quiet from an hour ago to an hour from now, on Bogotá's wall clock.
    await db.owner.query(
      `insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end)
       values ($1, ((now() - interval '1 hour') at time zone 'America/Bogota')::time(0),
                   ((now() + interval '1 hour') at time zone 'America/Bogota')::time(0))`,
      [quiet],
    );
    const talent = await newTalent({ organization: quiet });
    const id = await enqueue(talent.id, { organization: quiet });
    const row = await message(id);
    const wait = (new Date(row.scheduled_at).getTime() - Date.now()) / 60_000;
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThan(61);
    const [job] = await jobsFor(id);
    expect(new Date(job.run_at).getTime()).toBe(new Date(row.scheduled_at).getTime());

    const urgent = await newTalent({ organization: quiet });
    const urgentId = await enqueue(urgent.id, { organization: quiet, urgent: true });
    await waitForStatus(urgentId, ["sent"]);
    expect(smtp.to(urgent.email as string)).toHaveLength(1);
    expect(smtp.to(talent.email as string)).toHaveLength(0);
    expect((await message(id)).status).toBe("queued");
  });

  it("over the daily cap, messages move to the next day; the ones under it are sent", async () => {
    const capped = await newOrganization(db, "capped");
    await db.owner.query(
      "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end, daily_cap) values ($1, '00:00', '00:00', 2)",
      [capped],
    );
    const people = [await newTalent({ organization: capped }), await newTalent({ organization: capped })];
    people.push(await newTalent({ organization: capped }));
    const ids = [];
    for (const p of people) ids.push(await enqueue(p.id, { organization: capped }));
    const deadline = Date.now() + 15_000;
    let rows: { status: string; scheduled_at: Date }[] = [];
    while (Date.now() < deadline) {
      rows = (
        await db.owner.query(
          "select status, scheduled_at from app_public.outbound_messages where id = any($1) order by status",
          [ids],
        )
      ).rows;
      if (rows.filter((r) => r.status === "sent").length === 2 && rows.some((r) => r.scheduled_at > new Date())) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows.map((r) => r.status)).toEqual(["queued", "sent", "sent"]);
    const next = (
      await db.owner.query(
        "select ((now() at time zone 'America/Bogota')::date + 1)::timestamp at time zone 'America/Bogota' as t",
      )
    ).rows[0].t;
    expect(rows[0]?.scheduled_at).toEqual(next);
    const counts = await db.owner.query(
      "select claimed from app_private.outbox_daily_counts where organization_id = $1",
      [capped],
    );
    expect(counts.rows).toEqual([{ claimed: 2 }]);
  });
});

describe("retries", () => {
  it("an SMTP server that does not answer: back to queued with the error, retried with back-off", async () => {
    const { makeSendOutboundMessage } = await import("../tasks/outbox/send.ts");
    const { makeEmailChannel } = await import("../tasks/outbox/channels/email.ts");
    const talent = await newTalent();
    const id = await whileStopped(async () => {
      const id = await enqueue(talent.id);
      // One run of the task by hand, with an SMTP_URL where nothing listens.
      const task = makeSendOutboundMessage({
        channels: {
          email: makeEmailChannel({
            smtpUrl: "smtp://127.0.0.1:9",
            from: "FashionOS <no-reply@fashionos.test>",
            appUrl: APP_URL,
            logWhenNoSmtp: false,
          }),
        },
        appUrl: APP_URL,
      });
      const client = await db.owner.connect();
      try {
        const helpers = {
          logger: makeLogger("silent") as never,
          withPgClient: <T>(fn: (c: typeof client) => Promise<T>) => fn(client),
        };
        await expect(task({ id }, helpers as never)).rejects.toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
      } finally {
        client.release();
      }
      expect(await message(id)).toMatchObject({
        status: "queued",
        attempts: 1,
        last_error_code: "PROVIDER_UNAVAILABLE",
      });
      // graphile-worker would retry it with back-off; the test brings the retry forward.
      await db.owner.query("update graphile_worker._private_jobs set run_at = now() where key = $1", [
        `outbound_message:${id}`,
      ]);
      return id;
    });
    // The real worker then sends it.
    const row = await waitForStatus(id, ["sent"]);
    expect(row.attempts).toBe(2);
    expect(smtp.to(talent.email as string)).toHaveLength(1);
  });
});

describe("who reads the outbox (contact data)", () => {
  it("a talent's messages: casting staff, admins and owners; not producers, viewers or another organization", async () => {
    const talent = await newTalent();
    const id = await enqueue(talent.id);
    const visible = async (role: string, organization = org) => {
      const profile = await newMember(db, organization, role);
      return db.asProfile(profile, async (client) => {
        const { rows } = await client.query(
          "select recipient_address from app_public.outbound_messages where id = $1",
          [id],
        );
        return rows.length === 1;
      });
    };
    expect(await visible("owner")).toBe(true);
    expect(await visible("admin")).toBe(true);
    expect(await visible("casting")).toBe(true);
    expect(await visible("producer")).toBe(false);
    expect(await visible("viewer")).toBe(false);
    expect(await visible("owner", await newOrganization(db, "outsider"))).toBe(false);
  });

  it("request roles write nothing and call none of the worker's functions", async () => {
    const profile = await newMember(db, org, "owner");
    const talent = await newTalent();
    await db.asProfile(profile, async (client) => {
      const insert = await attempt(
        client,
        `insert into app_public.outbound_messages (organization_id, channel, purpose, recipient_kind, talent_id, template_key, cause_kind, cause_id)
         values ($1, 'email', 'casting', 'talent', $2, 'casting_invitation', 'manual', gen_random_uuid())`,
        [org, talent.id],
      );
      expect(insert.code).toBe("42501");
    });
    await db.asProfile(profile, async (client) => {
      const call = await attempt(client, "select app_private.outbox_claim(gen_random_uuid())");
      expect(call.code).toBe("42501");
    });
  });
});

describe("business changes enqueue their messages in the same transaction", () => {
  it("a casting invited (by a producer, through updateCastingStatus) gets one invitation per channel; confirmed, a confirmation", async () => {
    const talent = await newTalent({ whatsapp: false });
    const casting = (
      await db.owner.query(
        "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'suggested') returning id",
        [event, talent.id],
      )
    ).rows[0].id;
    const producer = await newMember(db, org, "producer");
    const invite = async (status: string) =>
      db.committed("member", { session_id: await db.sessionFor(producer) }, (client) =>
        client.query("select app_public.update_casting_status($1, $2)", [casting, status]),
      );
    // Rolled back with its transaction: nothing enqueued, nothing sent.
    await db.asProfile(producer, (client) =>
      client.query("select app_public.update_casting_status($1, 'invited')", [casting]),
    );
    expect(
      (await db.owner.query("select 1 from app_public.outbound_messages where cause_id = $1", [casting])).rows,
    ).toEqual([]);
    expect((await invite("invited")).ok).toBe(true);
    const mail = await smtp.next(talent.email as string);
    expect(mail.subject).toBe("Invitación al casting: Colección Orquídea");
    const rows = async () =>
      (
        await db.owner.query(
          "select channel, template_key, status, last_error_code from app_public.outbound_messages where cause_id = $1 order by template_key, channel",
          [casting],
        )
      ).rows;
    await waitForStatus(
      (
        await db.owner.query("select id from app_public.outbound_messages where cause_id = $1 and channel = 'email'", [
          casting,
        ])
      ).rows[0].id,
      ["sent"],
    );
    expect(await rows()).toEqual([
      { channel: "email", template_key: "casting_invitation", status: "sent", last_error_code: null },
      { channel: "whatsapp", template_key: "casting_invitation", status: "suppressed", last_error_code: "NO_CONSENT" },
    ]);
    // Back to suggested and invited again: still one invitation.
    expect((await invite("suggested")).ok).toBe(true);
    expect((await invite("invited")).ok).toBe(true);
    expect((await invite("confirmed")).ok).toBe(true);
    const confirmation = await smtp.next(talent.email as string);
    expect(confirmation.subject).toBe("Confirmado: Colección Orquídea");
    expect((await rows()).map((r) => `${r.template_key}/${r.channel}`)).toEqual([
      "casting_confirmed/email",
      "casting_invitation/email",
      "casting_invitation/whatsapp",
    ]);
    expect(smtp.to(talent.email as string)).toHaveLength(2);
  });

  it("an RSVP accepted sends the guest a confirmation (a guest without consent gets none)", async () => {
    const guestWith = async (consent: boolean) => {
      const { rows } = await db.owner.query(
        "insert into app_public.guests (organization_id, full_name, category, consent_granted_at, consent_source) values ($1, 'Sofía Núñez', 'press', $2, $3) returning id",
        [org, consent ? new Date() : null, consent ? "web_form" : null],
      );
      const email = `sofia-${unique()}@example.com`;
      await db.owner.query("insert into app_public.guest_contacts (guest_id, email) values ($1, $2)", [
        rows[0].id,
        email,
      ]);
      const invitation = (
        await db.owner.query(
          "insert into app_public.guest_invitations (event_id, guest_id) values ($1, $2) returning id",
          [event, rows[0].id],
        )
      ).rows[0].id;
      await db.owner.query("update app_public.guest_invitations set status = 'accepted' where id = $1", [invitation]);
      return { invitation, email };
    };
    const yes = await guestWith(true);
    const no = await guestWith(false);
    const mail = await smtp.next(yes.email);
    expect(mail.subject).toBe("Te esperamos en Colección Orquídea");
    expect(
      (await db.owner.query("select status from app_public.outbound_messages where cause_id = $1", [no.invitation]))
        .rows,
    ).toEqual([{ status: "suppressed" }]);
    expect(smtp.to(no.email)).toEqual([]);
  });
});
