// The demo data set: two production companies (Bogotá and Medellín) with their
// team, venues, shows, designers and looks, a roster of 130 models, castings,
// a draft run of show, vendors, sponsors, ticket tiers and bookings, guest lists,
// invitations and seating.
//
// The data catalogue is in data/ (people's names, shows, roster, vendors) and
// each topic has its loader in load/, called here in order. Deterministic:
// every choice comes from small seeded PRNG streams (one per topic, so adding
// rows to one topic does not reshuffle another; random.ts) and every primary
// key is a UUID derived from a stable name ("talent:moda-bogota:17"). The only
// input besides the code is the seed day: all dates (shows, sales windows,
// availability, consent, birth dates) are relative to today in Bogotá, so the
// demo always has upcoming shows and the ages never drift. Seeding two empty
// databases on the same day gives identical rows apart from created_at /
// updated_at and the bcrypt hashes (test/seed.test.ts records them for a fixed
// day in test/__snapshots__/seed-rows.json).
import type pg from "pg";
import { loadAccounts } from "./load/accounts.ts";
import { loadCasting } from "./load/casting.ts";
import { loadCommunications } from "./load/communications.ts";
import { seedContext } from "./load/context.ts";
import { loadGuests } from "./load/guests.ts";
import { loadRoster } from "./load/roster.ts";
import { loadRunway } from "./load/runway.ts";
import { loadShows } from "./load/shows.ts";
import { loadSponsors } from "./load/sponsors.ts";
import { loadTickets } from "./load/tickets.ts";
import { loadVendors } from "./load/vendors.ts";
import { loadWhatsApp } from "./load/whatsapp.ts";

export { demoUuid } from "./random.ts";

export interface SeedOptions {
  /** The seed day (its date in Bogotá is used); defaults to now. */
  today?: Date;
}

/** Loads the demo data into an empty database; returns false (and changes nothing) when it already has data. */
export async function seedDemoData(client: pg.Client, options: SeedOptions = {}): Promise<boolean> {
  await client.query("begin");
  try {
    const { rows } = await client.query("select exists (select 1 from app_public.organizations) as has_data");
    if (rows[0]?.has_data) {
      await client.query("rollback");
      console.error("[db] the database already has data; demo data not loaded");
      return false;
    }
    await loadDemoData(client, options.today ?? new Date());
    await client.query("commit");
    return true;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

async function loadDemoData(client: pg.Client, today: Date): Promise<void> {
  const ctx = seedContext(client, today);
  await loadAccounts(ctx);
  await loadShows(ctx);
  const people = await loadRoster(ctx);
  const { castEvent, cast } = await loadCasting(ctx, people);
  await loadRunway(ctx, castEvent, cast);
  await loadVendors(ctx);
  await loadSponsors(ctx);
  await loadTickets(ctx);
  await loadGuests(ctx);
  await loadCommunications(ctx);
  await loadWhatsApp(ctx, castEvent, cast);
}
