// Account enumeration by timing (the anonymous account requests): register and
// requestPasswordReset answer the same for every valid address, and now also
// do the same work for every address — they record the request and enqueue
// one account_request job; the job looks the address up and decides which
// mail it gets. Not a clock measurement (a unit test never asserts wall-clock
// time): the request's statements are compared, per table (scans, rows read,
// written, deleted, from Postgres's own per-transaction statistics), with the
// locks it takes, the job it enqueues and the row it keeps, for an unknown
// address and for every kind of account. Then the mail still arrives end to
// end: the real API, the real worker, a local SMTP server.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processAccountRequests } from "./helpers/account-mail.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import { linkIn } from "./helpers/smtp.ts";

const PASSWORD = "correct horse battery";
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

/** The kinds of address an attacker could probe, each made as the product makes it. */
async function addresses(db: TestDatabase) {
  const profile = async (label: string, columns: { verified?: boolean; subject?: boolean; password?: boolean }) => {
    const email = uniqueEmail(label);
    const { rows } = await db.owner.query(
      `insert into app_public.profiles (email, full_name, email_verified_at, auth_subject)
       values ($1::text, 'Camila Restrepo', case when $2::boolean then now() end, case when $3::boolean then 'user_' || md5($1::text) end) returning id`,
      [email, columns.verified ?? false, columns.subject ?? false],
    );
    if (columns.password ?? true) {
      await db.owner.query(
        "insert into app_private.profile_secrets (profile_id, password_hash) values ($1, crypt($2, gen_salt('bf', 4)))",
        [rows[0].id, PASSWORD],
      );
    }
    return { email, id: rows[0].id as string };
  };
  const member = await profile("miembro", { verified: false });
  const org = await db.owner.query(
    "insert into app_public.organizations (name, slug) values ('Casa', $1) returning id",
    [`casa-${randomBytes(4).toString("hex")}`],
  );
  await db.owner.query(
    "insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, 'owner')",
    [org.rows[0].id, member.id],
  );
  const limited = await profile("al-limite", { verified: true });
  // Over its reset limit and told about a registration within the hour: the decisions that send nothing.
  await db.owner.query(
    `insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at)
     select $1, $2, md5(random()::text), now() + interval '1 hour' from generate_series(1, 5)`,
    [limited.id, limited.email],
  );
  await db.owner.query("insert into app_private.registration_notices (profile_id, last_sent_at) values ($1, now())", [
    limited.id,
  ]);
  return {
    unknown: uniqueEmail("nadie"),
    verified: (await profile("verificada", { verified: true })).email,
    unverified: (await profile("sin-verificar", { verified: false })).email,
    identityProvider: (await profile("clerk", { verified: true, subject: true, password: false })).email,
    member: member.email,
    overLimits: limited.email,
  };
}

interface Work {
  answer: unknown;
  /** Per table: what the request's transaction scanned, read and wrote (pg_stat_xact_user_tables). */
  tables: Record<string, unknown>[];
  /** The locks it holds at the end (relations by name; advisory locks by kind only). */
  locks: string[];
  /** The jobs it enqueued: task, payload keys, attempts, key, queue. */
  jobs: Record<string, unknown>[];
  /** The request row it kept (which fields, not their values). */
  requests: Record<string, unknown>[];
}

/** Runs one request as the API does (the anonymous role, its own committed transaction) and records its work. */
async function workOf(db: TestDatabase, sql: string, params: unknown[], email: string): Promise<Work> {
  const before = (await db.owner.query("select coalesce(max(id), 0) as id from graphile_worker._private_jobs")).rows[0]
    .id;
  // A connection of its own: a backend's statistics not yet reported (Postgres 15 reports them about once a
  // second) would otherwise show in this transaction's counts.
  const client = new pg.Client({ connectionString: db.settings.authenticatorUrl });
  await client.connect();
  let answer: unknown;
  let tables: Record<string, unknown>[];
  let locks: string[];
  try {
    await client.query("begin");
    await client.query(`set local role ${pg.escapeIdentifier(db.settings.roles.anonymous)}`);
    answer = (await client.query(sql, params)).rows[0]?.result;
    ({ rows: tables } = await client.query(
      `select schemaname || '.' || relname as table, seq_scan, seq_tup_read, idx_scan, idx_tup_fetch,
              n_tup_ins, n_tup_upd, n_tup_del
         from pg_stat_xact_user_tables
        where seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd + n_tup_del > 0
        order by 1`,
    ));
    locks = (
      await client.query<{ lock: string }>(
        `select l.locktype || ':' || l.mode || ':' || coalesce(c.relname, '') as lock
           from pg_locks l left join pg_class c on c.oid = l.relation
          where l.pid = pg_backend_pid() and l.locktype not in ('virtualxid', 'transactionid')
            and coalesce(c.relnamespace::regnamespace::text, '') not in ('pg_catalog', 'information_schema')
          order by 1`,
      )
    ).rows.map((r) => r.lock);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    await client.end();
  }
  const { rows: jobs } = await db.owner.query(
    `select t.identifier, array(select json_object_keys(j.payload) order by 1) as payload_keys, j.max_attempts,
            j.key, j.job_queue_id, j.run_at <= now() as due
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where j.id > $1 order by j.id`,
    [before],
  );
  // (Before migration 000037 there was no such table: the comparison above is what fails there.)
  const exists = (await db.owner.query("select to_regclass('app_private.account_requests') is not null as x")).rows[0]
    .x;
  const { rows: requests } = exists
    ? await db.owner.query(
        `select kind, full_name is not null as has_name, password_hash is not null as has_password, locale
           from app_private.account_requests where email = $1::citext`,
        [email],
      )
    : { rows: [] };
  return { answer, tables, locks, jobs, requests };
}

describe("the request does the same work whatever the address (no enumeration by timing)", () => {
  let db: TestDatabase;
  let kinds: Awaited<ReturnType<typeof addresses>>;
  beforeAll(async () => {
    db = await createTestDatabase(); // no worker: the jobs wait, so what each request enqueued can be read
    kinds = await addresses(db);
    // Warm: the first job of a task also registers the task's name.
    await db.owner.query("select app_public.request_password_reset($1)", [uniqueEmail("calentar")]);
    await db.owner.query("select app_public.register($1, $2, 'Calentar')", [uniqueEmail("calentar"), PASSWORD]);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("requestPasswordReset: the same statements, rows, locks, job and answer for an unknown address and every kind of account", async () => {
    await processAccountRequests(db.owner); // none pending: each request's row is its own
    const work: Record<string, Work> = {};
    for (const [kind, email] of Object.entries(kinds)) {
      work[kind] = await workOf(db, "select app_public.request_password_reset($1) as result", [email], email);
    }
    const unknown = work.unknown as Work;
    expect(unknown.answer).toBe(true);
    expect(unknown.jobs).toEqual([
      {
        identifier: "account_request",
        payload_keys: ["id"],
        max_attempts: 10,
        key: null,
        job_queue_id: null,
        due: true,
      },
    ]);
    expect(unknown.requests).toEqual([{ kind: "password_reset", has_name: false, has_password: false, locale: null }]);
    // It records the request and its job; nothing about accounts is read while the visitor waits.
    expect(unknown.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(["app_private.account_requests", "graphile_worker._private_jobs"]),
    );
    expect(unknown.tables.map((t) => t.table)).not.toContain("app_public.profiles");
    for (const kind of Object.keys(kinds)) expect({ kind, ...work[kind] }).toEqual({ kind, ...unknown });

    // The jobs then decide, as the request used to: a link, the identity-provider notice, or nothing.
    const outcomes = await processAccountRequests(db.owner);
    expect(outcomes.slice(-Object.keys(kinds).length)).toEqual([
      "no_account",
      "password_reset",
      "password_reset",
      "password_reset_identity_provider",
      "password_reset",
      "over_hourly_limit",
    ]);
  });

  it("register: the same statements, rows, locks, job and answer for an unknown address and every kind of account", async () => {
    await processAccountRequests(db.owner); // none pending: each request's row is its own
    const work: Record<string, Work> = {};
    for (const [kind, email] of Object.entries(kinds)) {
      work[kind] = await workOf(
        db,
        "select app_public.register($1, $2, 'Intruso', 'en') as result",
        [email, `${kind} password`],
        email,
      );
    }
    const unknown = work.unknown as Work;
    expect(unknown.answer).toBe(true);
    expect(unknown.jobs).toMatchObject([{ identifier: "account_request", payload_keys: ["id"] }]);
    expect(unknown.requests).toEqual([{ kind: "register", has_name: true, has_password: true, locale: "en" }]);
    expect(unknown.tables.map((t) => t.table)).not.toContain("app_public.profiles");
    for (const kind of Object.keys(kinds)) expect({ kind, ...work[kind] }).toEqual({ kind, ...unknown });

    const outcomes = await processAccountRequests(db.owner);
    expect(outcomes.slice(-Object.keys(kinds).length)).toEqual([
      "confirm_registration", // nobody owns it
      "account_exists", // verified
      "confirm_registration", // unverified, nothing in it: a registration may still take it over
      "account_exists", // identity provider
      "account_exists", // holds a membership
      "account_exists_noticed_recently", // told within the hour
    ]);
  });

  it("bad input is refused in the request with the same coded errors, and nothing is recorded", async () => {
    const count = async () =>
      (await db.owner.query("select count(*)::int as n from app_private.account_requests")).rows[0].n as number;
    const before = await count();
    const refused = async (sql: string, params: unknown[]) =>
      db.committed("anonymous", {}, (client) => client.query(sql, params));
    expect((await refused("select app_public.request_password_reset($1)", ["not-an-address"])).code).toBe("EMAIL");
    expect((await refused("select app_public.register($1, $2, 'X')", ["not-an-address", PASSWORD])).code).toBe("EMAIL");
    expect((await refused("select app_public.register($1, 'short', 'X')", [uniqueEmail("corta")])).code).toBe("WEAKP");
    expect(
      (await refused("select app_public.register($1, $2, '  ')", [uniqueEmail("sin-nombre"), PASSWORD])).code,
    ).toBe("INVAL");
    expect(
      (await refused("select app_public.register($1, $2, 'X', 'tlh')", [uniqueEmail("klingon"), PASSWORD])).code,
    ).toBe("INVAL");
    expect(await count()).toBe(before);
  });

  it("a request is decided once, however often its job runs", async () => {
    const email = uniqueEmail("una-vez");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Una Vez', now())",
      [email],
    );
    await db.owner.query("select app_public.request_password_reset($1)", [email]);
    const { rows } = await db.owner.query("select id from app_private.account_requests where email = $1::citext", [
      email,
    ]);
    const run = async () =>
      (await db.owner.query("select app_private.process_account_request($1) as outcome", [rows[0].id])).rows[0].outcome;
    expect(await run()).toBe("password_reset");
    expect(await run()).toBe("gone");
    const mails = await db.owner.query("select 1 from app_public.outbound_messages where recipient_address = $1", [
      email,
    ]);
    expect(mails.rowCount).toBe(1);
  });
});

describe("the mail still arrives, end to end (real API, worker and SMTP)", () => {
  let stack: MailStack;
  beforeAll(async () => {
    stack = await startMailStack({ RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "10000" });
  });
  afterAll(async () => {
    await stack?.close();
  });

  /** Until every account request has been decided and its mail (if any) has left. */
  const settled = async () =>
    expect
      .poll(
        async () =>
          (
            await stack.db.owner.query(
              `select ((select count(*) from app_private.account_requests)
                    + (select count(*) from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
                        where t.identifier = 'account_request')
                    + (select count(*) from app_public.outbound_messages m
                        where m.purpose = 'account' and m.status in ('queued', 'sending')))::int as n`,
            )
          ).rows[0].n,
        { timeout: 15_000 },
      )
      .toBe(0);

  it("forgot password: the same answer for a real and an unknown address; the real one gets its link, which works", async () => {
    const { db, server, smtp } = stack;
    const email = uniqueEmail("real");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at, locale) values ($1, 'Emma Stone', now(), 'en')",
      [email],
    );
    const nobody = uniqueEmail("nadie");
    const known = await server.graphql(operation("RequestPasswordReset"), { email });
    const unknown = await server.graphql(operation("RequestPasswordReset"), { email: nobody });
    expect(known.status).toBe(unknown.status);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toEqual({ data: { requestPasswordReset: { result: true } } });

    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Reset your FashionOS password");
    const token = linkIn(mail, "/restablecer-contrasena").searchParams.get("token");
    const reset = await server.graphql(operation("ResetPassword"), { token, password: "a-brand-new-password" });
    expect(reset.body).toEqual({ data: { resetPassword: { result: true } } });
    await settled();
    expect(smtp.to(nobody)).toEqual([]);
  });

  it("register: the same answer for a new address and a verified account's; the owner is told, the newcomer gets a link", async () => {
    const { db, server, smtp } = stack;
    const owned = uniqueEmail("duena");
    await db.owner.query(
      "insert into app_public.profiles (email, full_name, email_verified_at) values ($1, 'Dueña Real', now())",
      [owned],
    );
    const fresh = uniqueEmail("nueva");
    const variables = { password: PASSWORD, fullName: "Intruso" };
    const taken = await server.graphql(operation("Register"), { ...variables, email: owned });
    const open = await server.graphql(operation("Register"), { ...variables, email: fresh });
    expect(taken.status).toBe(open.status);
    expect(taken.body).toEqual(open.body);
    expect(taken.body).toEqual({ data: { register: { result: true } } });

    const notice = await smtp.next(owned);
    expect(notice.subject).toBe("Alguien intentó registrarse con tu correo en FashionOS");
    const link = await smtp.next(fresh);
    expect(link.subject).toBe("Confirma tu cuenta de FashionOS");
    expect(linkIn(link, "/confirmar-cuenta").searchParams.get("token")).toMatch(/^[0-9a-f]{64}$/);
    // The owner's account is untouched: the stranger's password opens nothing.
    const login = await server.graphql(operation("Login"), { email: owned, password: PASSWORD });
    expect(login.body.data?.authenticate?.result ?? null).toBeNull();
    await settled();
  });
});
