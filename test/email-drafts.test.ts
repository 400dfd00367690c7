// The Email Generation agent and its drafts (issue 19): a producer asks for a
// draft, the agent (a fake OpenAI-compatible server, or the deterministic
// local writer) writes it as structure validated with zod, the producer edits
// and approves it, and approving sends it through the outbox — HTML built with
// MJML, never the model's — to every person of the audience with consent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeLogger } from "../shared/logger.ts";
import { loadAiConfig } from "../tasks/ai/config.ts";
import type { Worker } from "../tasks/runner.ts";
import { startWorker } from "../tasks/runner.ts";
import { fakeLlmConfig, logsOf, waitForRun } from "./helpers/agent-runs.ts";
import { attempt, createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type FakeLlm, llm, startFakeLlm } from "./helpers/fake-llm.ts";
import { newMember, newOrganization, unique } from "./helpers/organizations.ts";
import { startTestSmtp, type TestSmtp } from "./helpers/smtp.ts";

let db: TestDatabase;
let smtp: TestSmtp;
let fake: FakeLlm;
let org: string;
let event: string;
let producer: string;
const people: { id: string; email: string; consent: boolean }[] = [];

async function worker(ai: "local" | "fake"): Promise<Worker> {
  return startWorker({
    connectionString: db.settings.ownerUrl,
    logger: makeLogger("silent"),
    pollIntervalMs: 100,
    concurrency: 2,
    tasks: {
      config: ai === "local" ? loadAiConfig({}) : fakeLlmConfig(fake.url),
      mail: {
        smtpUrl: smtp.url,
        from: "FashionOS <no-reply@fashionos.test>",
        appUrl: "http://x.test",
        logWhenNoSmtp: false,
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtp();
  fake = await startFakeLlm();
  org = await newOrganization(db, "drafts");
  await db.owner.query(
    "insert into app_private.outbox_settings (organization_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')",
    [org],
  );
  producer = await newMember(db, org, "producer");
  const venue = (
    await db.owner.query(
      "insert into app_public.venues (organization_id, name, city, address) values ($1, 'Ágora Bogotá', 'Bogotá', 'Cra. 40 #22C-67') returning id",
      [org],
    )
  ).rows[0].id;
  event = (
    await db.owner.query(
      `insert into app_public.events (organization_id, title, slug, starts_at, ends_at, venue_id)
       values ($1, 'Colección Páramo', $2, '2030-03-14 00:00:00Z', '2030-03-14 02:00:00Z', $3) returning id`,
      [org, `paramo-${unique()}`, venue],
    )
  ).rows[0].id;
  for (const consent of [true, true, false]) {
    const { rows } = await db.owner.query(
      `insert into app_public.talent (organization_id, full_name, stage_name, division, consent_granted_at, consent_purposes, consent_source)
       values ($1, 'Modelo', $2, 'women', $3, $4, $5) returning id`,
      [
        org,
        `Mariana ${unique()}`,
        consent ? new Date() : null,
        consent ? ["casting"] : [],
        consent ? "signed_form" : null,
      ],
    );
    const email = `mariana-${unique()}@example.com`;
    await db.owner.query("insert into app_public.talent_contacts (talent_id, email) values ($1, $2)", [
      rows[0].id,
      email,
    ]);
    // Confirmed without going through "invited": no invitation mail in the way.
    await db.owner.query(
      "insert into app_public.model_castings (event_id, talent_id, status) values ($1, $2, 'confirmed')",
      [event, rows[0].id],
    );
    people.push({ id: rows[0].id, email, consent });
  }
  // The confirmation mails of the castings above are not this test's: let them go first.
  const w = await worker("local");
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.owner.query(
      "select count(*)::int as n from app_public.outbound_messages where organization_id = $1 and status = 'queued'",
      [org],
    );
    if (rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const person of people.filter((p) => p.consent)) await smtp.next(person.email);
  await w.stop();
});
afterAll(async () => {
  await fake?.close();
  await smtp?.close();
  await db?.drop();
});

async function request(kind: string, audience = "confirmed_talent") {
  return db.committed("member", { session_id: await db.sessionFor(producer) }, async (client) => {
    const { rows } = await client.query("select * from app_public.request_email_draft($1, $2, $3)", [
      event,
      kind,
      audience,
    ]);
    return rows[0];
  });
}

const draftOf = async (id: string) =>
  (await db.owner.query("select * from app_public.email_drafts where id = $1", [id])).rows[0];

describe("drafting", () => {
  it("the local writer drafts a call sheet from the event's facts, labelled local, logged", async () => {
    const w = await worker("local");
    try {
      const requested = await request("call_sheet");
      if (!requested.ok) throw new Error(requested.message);
      expect(requested.value.status).toBe("writing");
      const run = await waitForRun(db, requested.value.agent_run_id);
      expect(run.status).toBe("succeeded");
      const draft = await draftOf(requested.value.id);
      expect(draft).toMatchObject({
        status: "draft",
        written_by: "local",
        subject: "Hoja de llamado: Colección Páramo",
      });
      // 14 March 2030, 00:00 UTC is 13 March, 7:00 p. m. in Bogotá.
      const body = JSON.stringify(draft.sections);
      expect(body).toContain("13 de marzo de 2030");
      expect(body).toContain("Ágora Bogotá, Cra. 40 #22C-67, Bogotá");
      const logs = await logsOf(db, requested.value.agent_run_id);
      expect(logs.length).toBeGreaterThan(0);
    } finally {
      await w.stop();
    }
  });

  it("a model's answer is validated and stripped of markup; the tokens and cost are logged", async () => {
    fake.reset();
    fake.enqueue(
      llm.raw(() => ({
        subject: "Recordatorio: <b>Colección Páramo</b>",
        preheader: "Te esperamos",
        sections: [
          {
            heading: "Nos vemos pronto",
            paragraphs: [
              "Hola, {{nombre}}:",
              "<script>alert(1)</script>Llega a las 5:00 p. m. al <a href='x'>Ágora</a>.",
            ],
          },
        ],
      })),
    );
    const w = await worker("fake");
    try {
      const requested = await request("reminder");
      if (!requested.ok) throw new Error(requested.message);
      const run = await waitForRun(db, requested.value.agent_run_id);
      expect(run.status).toBe("succeeded");
      const draft = await draftOf(requested.value.id);
      expect(draft.written_by).toBe("openai");
      expect(draft.subject).toBe("Recordatorio: Colección Páramo");
      expect(draft.sections[0].paragraphs[1]).toBe("alert(1)Llega a las 5:00 p. m. al Ágora.");
      const [log] = await logsOf(db, requested.value.agent_run_id);
      expect(log).toBeTruthy();
      // The request carried the event's facts, never an address.
      const sent = JSON.stringify(fake.requests[0]?.body.messages);
      expect(sent).toContain("Colección Páramo");
      for (const p of people) expect(sent).not.toContain(p.email);
    } finally {
      await w.stop();
    }
  });
});

describe("edit, approve, send", () => {
  it("a producer edits and approves; each person with consent gets the MJML email with their name; once", async () => {
    const w = await worker("local");
    try {
      const requested = await request("confirmation");
      if (!requested.ok) throw new Error(requested.message);
      await waitForRun(db, requested.value.agent_run_id);
      const session = { session_id: await db.sessionFor(producer) };
      const edited = await db.committed("member", session, (client) =>
        client.query(
          "update app_public.email_drafts set subject = 'Confirmado: Colección Páramo ✨', sections = $2 where id = $1 returning id",
          [
            requested.value.id,
            JSON.stringify([{ paragraphs: ["Hola, {{nombre}}:", "Te esperamos en el Ágora. ¡Qué emoción!"] }]),
          ],
        ),
      );
      expect(edited.ok && edited.value?.rowCount).toBe(1);
      const approved = await db.committed(
        "member",
        session,
        async (client) =>
          (await client.query("select * from app_public.approve_email_draft($1)", [requested.value.id])).rows[0],
      );
      if (!approved.ok) throw new Error(approved.message);
      expect(approved.value).toMatchObject({ status: "approved", recipients: 3 });

      for (const person of people.filter((p) => p.consent)) {
        const mail = await smtp.next(person.email);
        expect(mail.subject).toBe("Confirmado: Colección Páramo ✨");
        expect(mail.text).toMatch(/^Hola, Mariana [0-9a-f]{8}:/);
        expect(mail.html).toContain("Te esperamos en el Ágora. ¡Qué emoción!");
        expect(mail.html).toContain("mj-column"); // MJML's output, not the model's
      }
      const without = people.find((p) => !p.consent) as (typeof people)[number];
      const { rows } = await db.owner.query(
        "select status from app_public.outbound_messages where cause_kind = 'email_draft' and cause_id = $1 and talent_id = $2",
        [requested.value.id, without.id],
      );
      expect(rows).toEqual([{ status: "suppressed" }]);

      // Approved: no more edits, no second approval.
      const again = await db.committed("member", session, (client) =>
        client.query("select app_public.approve_email_draft($1)", [requested.value.id]),
      );
      expect(again.ok ? "ok" : again.code).toBe("CONFL");
      const late = await db.committed("member", session, (client) =>
        client.query("update app_public.email_drafts set subject = 'Otro' where id = $1", [requested.value.id]),
      );
      expect(late.ok && late.value?.rowCount).toBe(0);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.to(without.email)).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  it("viewers and casting staff neither read nor request drafts", async () => {
    for (const role of ["viewer", "casting"]) {
      const profile = await newMember(db, org, role);
      await db.asProfile(profile, async (client) => {
        const { rows } = await client.query("select id from app_public.email_drafts");
        expect(rows).toEqual([]);
      });
      await db.asProfile(profile, async (client) => {
        const r = await attempt(client, "select app_public.request_email_draft($1, 'reminder', 'confirmed_talent')", [
          event,
        ]);
        expect(r.code).toBe("DNIED");
      });
    }
  });
});
