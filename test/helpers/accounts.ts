// The demo accounts the API tests sign in with (shared/demo-accounts.ts).
import { DEMO_ACCOUNTS, type DemoAccount } from "../../shared/demo-accounts.ts";

/** The demo account with this role in this organization (e.g. account("moda-bogota", "producer")). */
export function account(organizationSlug: string, role: string): DemoAccount {
  const found = DEMO_ACCOUNTS.find((a) => a.organizationSlug === organizationSlug && a.role === role);
  if (!found) throw new Error(`no demo ${role} in ${organizationSlug}`);
  return found;
}
