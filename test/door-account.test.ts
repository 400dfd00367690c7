// Attack on the demo door accounts (door@bogota / door@medellin): a door
// member checks tickets in and sees nothing else — no money, no guests'
// contacts, no talent, no outbound messages. The kind is checked from the
// catalogue (every app_public table and view, so a new one is checked without
// being listed) with the member role, and over real HTTP as the seeded account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUuid } from "../db/seed/demo.ts";
import { DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { startTestServer, type TestServer } from "./helpers/server.ts";

let db: TestDatabase;
let server: TestServer;
const DOOR = demoUuid("profile:door@bogota.fashionos.test");

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe("a door member", () => {
  it("reads no row of any table but its events, its organization, its own membership and profile", async () => {
    const { rows: relations } = await db.owner.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'app_public' and c.relkind in ('r', 'v', 'm', 'p') order by 1`,
    );
    expect(relations.length).toBeGreaterThan(30);
    const { rows: mine } = await db.owner.query(
      "select organization_id from app_public.memberships where profile_id = $1 and role = 'door'",
      [DOOR],
    );
    expect(mine).toHaveLength(1);
    const org = mine[0].organization_id as string;
    const expected: Record<string, string> = {
      "app_public.events": `select count(*)::int as n from app_public.events where organization_id = '${org}'`,
      "app_public.organizations": "select 1 as n",
      "app_public.memberships": "select 1 as n",
      "app_public.profiles": "select 1 as n",
    };
    const seen: Record<string, number | string> = {};
    const want: Record<string, number> = {};
    for (const { name } of relations) {
      seen[name] = await db.asProfile(DOOR, async (c) => {
        await c.query("savepoint s");
        try {
          return (await c.query(`select count(*)::int as n from ${name}`)).rows[0].n as number;
        } catch (error) {
          await c.query("rollback to savepoint s");
          return (error as { code?: string }).code === "42501" ? 0 : String(error);
        }
      });
      want[name] = expected[name] ? (await db.owner.query(expected[name])).rows[0].n : 0;
    }
    expect(seen).toEqual(want);
    expect(want["app_public.events"]).toBeGreaterThan(0);
  });

  it("changes no row of any table (leaving the organization, its own membership, aside)", async () => {
    const { rows: tables } = await db.owner.query<{ name: string; column: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name,
              (select a.attname from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attname <> 'id'
                order by a.attnum limit 1)::text as column
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'app_public' and c.relkind = 'r' order by 1`,
    );
    const changed: string[] = [];
    for (const { name, column } of tables) {
      for (const sql of [`update ${name} set ${column} = ${column}`, `delete from ${name}`]) {
        const count = await db.asProfile(DOOR, async (c) => {
          try {
            return (await c.query(sql)).rowCount ?? 0;
          } catch {
            return 0; // refused: no privilege, or a rule of the table
          }
        });
        if (count > 0) changed.push(`${sql}: ${count}`);
      }
    }
    expect(changed).toEqual(["delete from app_public.memberships: 1"]);
  });

  it("over HTTP, signed in as the seeded door account, reads check-in figures and nothing of money, guests, talent or messages", async () => {
    const token = await server.login("door@bogota.fashionos.test", DEMO_PASSWORD);
    const { body } = await server.graphql(
      `query Door {
        events { nodes { rowId validTicketCount } }
        bookings { totalCount }
        payments { totalCount }
        eventBudgets { totalCount }
        tickets { totalCount }
        ticketTiers { totalCount }
        guests { totalCount }
        guestContacts { totalCount }
        guestInvitations { totalCount }
        talents { totalCount }
        talentContacts { totalCount }
        outboundMessages { totalCount }
        inboxMessages { totalCount }
        emailDrafts { totalCount }
        vendors { totalCount }
        sponsors { totalCount }
        communicationOptOuts { totalCount }
        organizationInvitations { totalCount }
        memberships { totalCount }
      }`,
      {},
      { token },
    );
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, { totalCount?: number; nodes?: { validTicketCount: number | null }[] }>;
    const counts = Object.fromEntries(
      Object.entries(data)
        .filter(([key]) => key !== "events")
        .map(([key, value]) => [key, value.totalCount]),
    );
    expect(counts).toEqual({
      bookings: 0,
      payments: 0,
      eventBudgets: 0,
      tickets: 0,
      ticketTiers: 0,
      guests: 0,
      guestContacts: 0,
      guestInvitations: 0,
      talents: 0,
      talentContacts: 0,
      outboundMessages: 0,
      inboxMessages: 0,
      emailDrafts: 0,
      vendors: 0,
      sponsors: 0,
      communicationOptOuts: 0,
      organizationInvitations: 0,
      memberships: 1,
    });
    // What the door needs: its events and how many valid tickets each has.
    expect(data.events?.nodes?.length).toBeGreaterThan(0);
    expect(data.events?.nodes?.some((e) => (e.validTicketCount ?? 0) > 0)).toBe(true);
    // And the AI spend (money) is refused.
    const usage = await server.graphql("query { aiUsage { calls costUsd tokens } }", {}, { token });
    expect(JSON.stringify(usage.body.data?.aiUsage ?? null)).not.toMatch(/[1-9]/);
  });
});
