// What every loader of the demo data shares: the connection, the seed day's
// calendar, the ids derived from stable names, and one multi-row insert.
import type pg from "pg";
import { DEMO_ACCOUNTS } from "../../../shared/demo-accounts.ts";
import type { Sex } from "../data/people.ts";
import type { Division } from "../data/roster.ts";
import { EVENTS } from "../data/shows.ts";
import { calendar, demoUuid } from "../random.ts";

export type Row = Record<string, unknown>;

/** One multi-row insert: the rows travel as a single jsonb parameter. */
export async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((key, i) => key !== columns[i])) {
      throw new Error(`Seed rows for ${table} must all have the same columns.`);
    }
  }
  if (!columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`Bad column name in ${table}.`);
  const list = columns.join(", ");
  await client.query(
    `insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

/** A person of the roster, as the casting loader needs them. */
export interface Person {
  id: string;
  org: string;
  orgId: string;
  index: number;
  division: Division;
  sex: Sex;
  height: number;
  city: string;
  willingToTravel: boolean;
  aiConsent: boolean;
  first: string;
  surname: string;
  minor: boolean;
}

export interface SeedContext {
  client: pg.Client;
  cal: ReturnType<typeof calendar>;
  orgId(slug: string): string;
  profileId(email: string): string;
  eventId(key: string): string;
  designerId(key: string): string;
  /** The demo producer of an organization (the organizer of its events). */
  producerOf(org: string): string;
  /** When an event starts and ends (19:00–22:30 in Bogotá on its day). */
  timesOf(key: string): { startsAt: string; endsAt: string };
}

export function seedContext(client: pg.Client, today: Date): SeedContext {
  const cal = calendar(today);
  const orgId = (slug: string) => demoUuid(`organization:${slug}`);
  const profileId = (email: string) => demoUuid(`profile:${email}`);
  const eventId = (key: string) => demoUuid(`event:${key}`);
  const designerId = (key: string) => demoUuid(`designer:${key}`);
  const producerOf = (org: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.organizationSlug === org && a.role === "producer");
    if (!account) throw new Error(`No producer for ${org}`);
    return profileId(account.email);
  };
  const eventTimes = new Map(
    EVENTS.map((e) => [e.key, { startsAt: cal.at(e.days, 19), endsAt: cal.at(e.days, 22, 30) }] as const),
  );
  const timesOf = (key: string) => {
    const times = eventTimes.get(key);
    if (!times) throw new Error(`Unknown event ${key}`);
    return times;
  };
  return { client, cal, orgId, profileId, eventId, designerId, producerOf, timesOf };
}
