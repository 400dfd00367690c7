// Fixtures shared by the guest tests (guests, guest-editing, guest-invitations-send): a database of the
// file's own with one agency's staff and another agency's owner, and guests with their contact rows,
// written as the owner (the tests then act as the members). Each file used to copy this setup.
import { boxOffice } from "./box-office.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { unique } from "./organizations.ts";

export interface Agency<Member extends string> {
  db: TestDatabase;
  bo: ReturnType<typeof boxOffice>;
  org: string;
  /** Profile ids by the labels asked for. */
  members: Record<Member, string>;
  otherOrg: string;
  /** The other agency's owner. */
  outsider: string;
}

/**
 * A new test database with organization `label`, one member per entry of `members` in that order (a label
 * ending in a digit is another member of that role: "producer2" is a second producer), then another
 * organization `otherLabel` with its owner, the outsider. Drop `db` in the file's afterAll.
 */
export async function agencyWithStaff<Member extends string>(
  label: string,
  members: readonly Member[],
  otherLabel: string,
): Promise<Agency<Member>> {
  const db = await createTestDatabase();
  const bo = boxOffice(db);
  const org = await bo.newOrganization(label);
  const ids = {} as Record<Member, string>;
  for (const member of members) {
    const role = member.replace(/\d+$/, "");
    ids[member] = role === member ? await bo.addMember(org, role) : await bo.addMember(org, role, member);
  }
  const otherOrg = await bo.newOrganization(otherLabel);
  const outsider = await bo.addMember(otherOrg, "owner", "outsider");
  return { db, bo, org, members: ids, otherOrg, outsider };
}

export interface GuestRow {
  orgId: string;
  name?: string;
  category?: string;
  tier?: string;
  /** Consent granted a day ago (default), or never. */
  consent?: boolean;
  consentSource?: string | null;
  /** Consent granted, then withdrawn now. */
  revoked?: boolean;
  /** Undefined: a fresh address; null: none. */
  email?: string | null;
  /** Undefined: +57 300 555 0101; null: none. */
  phone?: string | null;
  whatsapp?: boolean;
}

/** A guest and its contact row; the guest's id. Category "press" and tier "A" unless given. */
export async function insertGuest(db: TestDatabase, options: GuestRow): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app_public.guests (organization_id, full_name, category, tier, consent_granted_at, consent_source, consent_revoked_at)
     values ($1, $2, $3, $4, case when $5 then now() - interval '1 day' end, $6, case when $7 then now() end) returning id`,
    [
      options.orgId,
      options.name ?? `Invitada ${unique()}`,
      options.category ?? "press",
      options.tier ?? "A",
      options.consent ?? true,
      options.consentSource ?? null,
      options.revoked ?? false,
    ],
  );
  const id = rows[0].id as string;
  await db.owner.query(
    "insert into app_public.guest_contacts (guest_id, email, phone, whatsapp_opt_in) values ($1, $2, $3, $4)",
    [
      id,
      options.email === undefined ? `guest-${unique()}@example.com` : options.email,
      options.phone === undefined ? "+57 300 555 0101" : options.phone,
      options.whatsapp ?? false,
    ],
  );
  return id;
}
