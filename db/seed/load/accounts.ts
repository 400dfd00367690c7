// Organizations, their people (profiles with the demo password) and memberships.

import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "../../../shared/demo-accounts.ts";
import { demoUuid, mobile, rng } from "../random.ts";
import { insertRows, type SeedContext } from "./context.ts";

export async function loadAccounts(ctx: SeedContext): Promise<void> {
  const { client, cal, orgId, profileId } = ctx;
  await insertRows(
    client,
    "app_public.organizations",
    DEMO_ORGANIZATIONS.map((o) => ({
      id: orgId(o.slug),
      name: o.name,
      slug: o.slug,
      country: "CO",
      timezone: "America/Bogota",
      currency: "COP",
    })),
  );
  const accountRng = rng("accounts");
  await insertRows(
    client,
    "app_public.profiles",
    DEMO_ACCOUNTS.map((a) => ({
      id: profileId(a.email),
      email: a.email,
      full_name: a.fullName,
      locale: "es-CO",
      phone: mobile(accountRng),
      // .test addresses belong to no one; the demo logins count as verified.
      email_verified_at: cal.at(0),
    })),
  );
  await client.query(
    `insert into app_private.profile_secrets (profile_id, password_hash)
     select p.id, public.crypt($1, public.gen_salt('bf')) from app_public.profiles p where p.id = any($2::uuid[])`,
    [DEMO_PASSWORD, DEMO_ACCOUNTS.map((a) => profileId(a.email))],
  );
  await insertRows(
    client,
    "app_public.memberships",
    DEMO_ACCOUNTS.map((a) => ({
      id: demoUuid(`membership:${a.email}`),
      organization_id: orgId(a.organizationSlug),
      profile_id: profileId(a.email),
      role: a.role,
    })),
  );
}
