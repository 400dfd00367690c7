// Invitations over real HTTP and SMTP (attack-report M2, L1). The report's
// spam run: a new account verified itself, created an organization named
// "URGENTE: su pago fue rechazado, actualice en fashionos-pagos.example" and
// sent 40 invitations whose subject was "{inviter name} te invitó a {org
// name}". Now the inviter hits a limit, and the mail keeps the inviter's free
// text out of the subject and the first lines, quoted and labelled as theirs.
// And an admin can no longer delete an invitation (an owner invitation they
// may not revoke, or the history of who invited whom).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../shared/demo-accounts.ts";
import type { TestDatabase } from "./helpers/db.ts";
import { type MailStack, startMailStack } from "./helpers/mail-stack.ts";
import { operation } from "./helpers/operations.ts";
import type { TestServer } from "./helpers/server.ts";
import { linkIn, type TestSmtp } from "./helpers/smtp.ts";

const PASSWORD = "attacker-password-1";
const PHISHING = "URGENTE: su pago fue rechazado, actualice en fashionos-pagos.example";
const NAME = "Tu cuenta será suspendida: confirma tus datos en https://fashionos-soporte.example";

let stack: MailStack;
let db: TestDatabase;
let api: TestServer;
let smtp: TestSmtp;

beforeAll(async () => {
  stack = await startMailStack(
    { RATE_LIMIT_AUTH_PER_MINUTE: "1000", RATE_LIMIT_IP_PER_MINUTE: "100000" },
    { concurrency: 4 },
  );
  ({ db, smtp, server: api } = stack);
});
afterAll(async () => {
  await stack?.close();
});

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.org`;
const INVITE = `mutation($o: UUID!, $e: String!, $r: String!) { inviteToOrganization(input: { organizationId: $o, email: $e, role: $r }) { result } }`;

describe("the report's spam run", () => {
  it("a fresh account's phishing organization: invitations stop at the inviter's limit, and no mail carries its text where a reader trusts it", async () => {
    // The attacker registers with a phishing "name", confirms, creates the organization.
    const email = uniqueEmail("attacker");
    await api.graphql(operation("Register"), { email, password: PASSWORD, fullName: NAME });
    const registrationMail = await smtp.next(email);
    expect(`${registrationMail.subject}\n${registrationMail.text}`).not.toMatch(/suspendida|fashionos-soporte/);
    const completed = await api.graphql(operation("CompleteRegistration"), {
      token: linkIn(registrationMail, "/confirmar-cuenta").searchParams.get("token"),
      password: PASSWORD,
    });
    const token = completed.body.data?.completeRegistration.result as string;
    expect(token).toBeTruthy();
    const org = await api.graphql(
      `mutation($s: String!, $n: String!) { createOrganization(input: { name: $n, slug: $s }) { result { rowId } } }`,
      { s: `o${Date.now()}`, n: PHISHING },
      { token },
    );
    const orgId = org.body.data?.createOrganization.result.rowId as string;
    expect(orgId).toBeTruthy();

    const outcomes: string[] = [];
    const victims: string[] = [];
    for (let i = 0; i < 40; i++) {
      const victim = uniqueEmail(`victim${i}`);
      const response = await api.graphql(INVITE, { o: orgId, e: victim, r: "viewer" }, { token });
      const code = response.body.errors?.[0]?.extensions?.code as string | undefined;
      outcomes.push(code ?? "sent");
      if (!code) victims.push(victim);
    }
    // 20 an hour per inviter by default; the rest are refused with a code, nothing mailed.
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(20);
    expect(new Set(outcomes.slice(20))).toEqual(new Set(["RATE_LIMITED"]));

    const mail = await smtp.next(victims[0] as string);
    expect(mail.subject).toBe("Tienes una invitación a una organización en FashionOS");
    expect(mail.subject).not.toMatch(/URGENTE|pago|suspendida/);
    const lines = mail.text.split("\n").filter((line) => line.trim());
    expect(lines.slice(0, 2)).toEqual([
      "Hola:",
      "Te invitaron a unirte a una organización en FashionOS con el rol de lector.",
    ]);
    // The organization's and the inviter's names appear only quoted, labelled as the inviter's words.
    const quoted = lines.find((line) => line.includes(PHISHING));
    expect(quoted).toContain(`Lo que escribió quien te invita (FashionOS no lo verificó): organización «${PHISHING}»`);
    expect(quoted).toContain(`«${NAME}» <${email}>`);
    for (const line of lines.filter((l) => l !== quoted)) expect(line).not.toMatch(/URGENTE|suspendida/);
    expect(mail.html).not.toMatch(/<title>[^<]*URGENTE/);
  });
});

describe("invitation history (attack-report L1)", () => {
  const demo = (role: string) => {
    const found = DEMO_ACCOUNTS.find((a) => a.organizationSlug === "moda-bogota" && a.role === role);
    if (!found) throw new Error(`no demo ${role}`);
    return found.email;
  };

  it("an admin can neither revoke nor delete an owner invitation: it stays pending in the owner's list", async () => {
    const owner = await api.login(demo("owner"), DEMO_PASSWORD);
    const admin = await api.login(demo("admin"), DEMO_PASSWORD);
    const org = (await db.owner.query("select id from app_public.organizations where slug = 'moda-bogota'")).rows[0].id;
    const invited = await api.graphql(INVITE, { o: org, e: uniqueEmail("future-owner"), r: "owner" }, { token: owner });
    expect(invited.body.errors).toBeUndefined();
    const list = await api.graphql(
      `{ organizationInvitations(orderBy: CREATED_AT_DESC, first: 1) { nodes { rowId role status } } }`,
      {},
      { token: admin },
    );
    const invitation = list.body.data?.organizationInvitations.nodes[0];
    expect(invitation).toMatchObject({ role: "owner", status: "pending" });

    const revoke = await api.graphql(
      `mutation($i: UUID!) { revokeInvitation(input: { invitationId: $i }) { clientMutationId } }`,
      { i: invitation.rowId },
      { token: admin },
    );
    expect(revoke.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // There is no delete mutation any more: the request cannot even run.
    const remove = await api.graphql(
      `mutation($i: UUID!) { deleteOrganizationInvitation(input: { rowId: $i }) { clientMutationId } }`,
      { i: invitation.rowId },
      { token: admin },
    );
    expect(remove.status).toBe(400);
    expect(remove.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const still = await api.graphql(
      `query($i: UUID!) { organizationInvitation(rowId: $i) { status } }`,
      { i: invitation.rowId },
      { token: owner },
    );
    expect(still.body.data?.organizationInvitation).toEqual({ status: "pending" });
  });
});
