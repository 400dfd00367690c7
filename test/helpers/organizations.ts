// Organizations and members the database tests make for themselves, written
// as the owner (so they bypass RLS: the tests then act as the members).
import { randomBytes } from "node:crypto";
import type { TestDatabase } from "./db.ts";

/** A short random suffix for unique slugs and emails. */
export const unique = () => randomBytes(4).toString("hex");

/** A new organization, "Org <label>", with a unique slug; its id. */
export async function newOrganization(db: TestDatabase, label: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.organizations (name, slug) values ($1, $2) returning id",
    [`Org ${label}`, `${label}-${unique()}`],
  );
  return rows[0].id;
}

/** Makes an existing profile a member of the organization with this role. */
export async function addMember(
  db: TestDatabase,
  organizationId: string,
  profileId: string,
  role: string,
): Promise<void> {
  await db.owner.query("insert into app_public.memberships (organization_id, profile_id, role) values ($1, $2, $3)", [
    organizationId,
    profileId,
    role,
  ]);
}

/** A new profile ("<role>-<random>@example.com") made a member with this role; its profile id. */
export async function newMember(db: TestDatabase, organizationId: string, role: string): Promise<string> {
  const { rows } = await db.owner.query(
    "insert into app_public.profiles (email, full_name) values ($1, $2) returning id",
    [`${role}-${unique()}@example.com`, `Test ${role}`],
  );
  await addMember(db, organizationId, rows[0].id, role);
  return rows[0].id;
}
