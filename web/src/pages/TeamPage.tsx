// The team: members with their roles (admins change roles and remove people;
// anyone may leave), invitations by email with their status (owners and
// admins invite and revoke), and what each role can do, shown from the same
// permission matrix the database's policies are tested against.
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { COMMANDS, PERMISSIONS, ROLES, type Role, TABLES, type Table } from "../../../shared/permissions.ts";
import { can, useAuth } from "../auth.tsx";
import { ImageUpload } from "../components/ImageUpload.tsx";
import { SignedImage } from "../components/SignedImage.tsx";
import { Chip, EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { errorKey, refusalOf, written } from "../errors.ts";
import { formatDate } from "../format.ts";
import { Field, FormActions, useRuleForm } from "../forms.tsx";
import {
  CurrentProfileDocument,
  InviteToOrganizationDocument,
  RemoveMembershipDocument,
  RevokeInvitationDocument,
  TeamDocument,
  type TeamQuery,
  UpdateMembershipRoleDocument,
  UpdateOrganizationLogoDocument,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Organization = NonNullable<TeamQuery["organization"]>;
type Member = NonNullable<Organization["memberships"]["nodes"][number]>;
type Invitation = NonNullable<Organization["organizationInvitations"]["nodes"][number]>;

/** Roles a member may grant: owners any, admins any but owner (app_private.can_grant_role). */
const grantable = (role: string | undefined): readonly Role[] =>
  role === "owner" ? ROLES : role === "admin" ? ROLES.filter((r) => r !== "owner") : [];

function MemberRow({
  member,
  myRole,
  myProfileId,
  onChanged,
}: {
  member: Member;
  myRole: string | undefined;
  myProfileId: string | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [updateRole, { loading: changing }] = useMutation(UpdateMembershipRoleDocument);
  const [remove, { loading: removing }] = useMutation(RemoveMembershipDocument, {
    refetchQueries: [CurrentProfileDocument],
  });
  const name = member.profile?.fullName ?? t("team.unknownMember");
  const self = member.profile?.rowId === myProfileId;
  // Only owners manage owners (the database checks it too).
  const manageable = can(myRole, "memberships", "update") && (member.role !== "owner" || myRole === "owner");
  const roles = grantable(myRole);
  const describe = (error: unknown) =>
    refusalOf(error).reason === "LAST_OWNER" ? t("validation.lastOwner") : t(errorKey(error));

  async function changeRole(role: string) {
    try {
      written((await updateRole({ variables: { rowId: member.rowId, role } })).data?.updateMembership?.membership);
      toast("success", t("team.roleChanged", { name, role: t(`roles.${role}`) }));
      onChanged();
    } catch (error) {
      toast("error", describe(error));
      onChanged();
    }
  }

  async function removeMember() {
    try {
      written((await remove({ variables: { rowId: member.rowId } })).data?.deleteMembership?.membership);
      toast("success", self ? t("team.left") : t("team.removed", { name }));
      if (self) navigate("/", { replace: true });
      else onChanged();
    } catch (error) {
      toast("error", describe(error));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <li className="member" data-testid="member">
      <div className="member-who">
        <strong>{name}</strong>
        {self ? <span className="muted"> · {t("team.you")}</span> : null}
        <span className="muted member-email">{member.profile?.email}</span>
      </div>
      <div className="member-actions">
        {manageable && !self ? (
          <>
            <label htmlFor={`role-${member.rowId}`} className="visually-hidden">
              {t("team.roleOf", { name })}
            </label>
            <select
              id={`role-${member.rowId}`}
              className="select-compact"
              value={member.role}
              disabled={changing}
              onChange={(event) => void changeRole(event.target.value)}
            >
              {(roles.includes(member.role as Role) ? roles : [member.role as Role, ...roles]).map((role) => (
                <option key={role} value={role} disabled={!roles.includes(role)}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <Chip tone={member.role === "owner" ? "published" : "draft"}>{t(`roles.${member.role}`)}</Chip>
        )}
        {(manageable || self) && !confirming ? (
          <button type="button" className="button ghost small" onClick={() => setConfirming(true)}>
            {self ? t("team.leave") : t("team.remove")}
          </button>
        ) : null}
        {confirming ? (
          <span className="confirm" role="group" aria-label={self ? t("team.leave") : t("team.remove")}>
            <span>{self ? t("team.confirmLeave") : t("team.confirmRemove", { name })}</span>
            <button type="button" className="button small" disabled={removing} onClick={() => void removeMember()}>
              {t("app.yes")}
            </button>
            <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
              {t("app.no")}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}

function InviteForm({
  organizationId,
  myRole,
  onInvited,
}: {
  organizationId: string;
  myRole: string | undefined;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useRuleForm("invitation", { email: "", role: "producer" });
  const [invite] = useMutation(InviteToOrganizationDocument);
  return (
    <form
      className="card"
      aria-labelledby="invite-title"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          await invite({
            variables: { organizationId, email: String(values.email), role: String(values.role) },
          });
          toast("success", t("team.invited", { email: String(values.email) }));
          form.reset({ email: "", role: String(values.role) });
          onInvited();
        })
      }
    >
      <h2 id="invite-title">{t("team.inviteTitle")}</h2>
      <p className="muted">{t("team.inviteExplain")}</p>
      <div className="field-row">
        <Field form={form} name="email" label={t("team.inviteEmail")} type="email" autoComplete="off" />
        <Field
          form={form}
          name="role"
          label={t("team.inviteRole")}
          type="select"
          options={grantable(myRole).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </div>
      <FormActions form={form} submitLabel={t("team.inviteSubmit")} busyLabel={t("team.inviteSubmitting")} />
    </form>
  );
}

function InvitationRow({
  invitation,
  myRole,
  onChanged,
}: {
  invitation: Invitation;
  myRole: string | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [revoke, { loading }] = useMutation(RevokeInvitationDocument);
  const status = invitation.status ?? "pending";
  const revocable = status === "pending" && (invitation.role !== "owner" || myRole === "owner");
  return (
    <li data-testid="invitation">
      <span>
        <strong className="member-email">{invitation.email}</strong>
        <span className="muted">
          {" "}
          · {t(`roles.${invitation.role}`)} ·{" "}
          {status === "pending"
            ? t("team.expires", { date: formatDate(invitation.expiresAt) })
            : t("team.sent", { date: formatDate(invitation.createdAt) })}
        </span>
      </span>
      <span className="actions">
        <Chip tone={status === "accepted" ? "confirmed" : status === "pending" ? "invited" : "declined"}>
          {status === "revoked" && invitation.revokedReason
            ? t(`team.revokedReason.${invitation.revokedReason}`)
            : t(`team.invitationStatus.${status}`)}
        </Chip>
        {revocable ? (
          <button
            type="button"
            className="button ghost small"
            disabled={loading}
            aria-label={t("team.revokeFor", { email: invitation.email })}
            onClick={() =>
              void revoke({ variables: { invitationId: invitation.rowId } })
                .then(() => {
                  toast("success", t("team.revoked", { email: invitation.email }));
                  onChanged();
                })
                .catch((error: unknown) => toast("error", t(errorKey(error))))
            }
          >
            {t("team.revoke")}
          </button>
        ) : null}
      </span>
    </li>
  );
}

/** What each role can do, from shared/permissions.ts: the tables it edits, reads, or only its own row of. */
function RoleRules() {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>("producer");
  const visible = TABLES.filter((table) => ROLES.some((r) => PERMISSIONS[table][r].select !== "deny"));
  const kind = (table: Table, r: Role) => {
    const cell = PERMISSIONS[table][r];
    const writes = COMMANDS.filter((command) => command !== "select" && cell[command] !== "deny");
    if (writes.some((command) => cell[command] === "allow")) return "edit";
    if (writes.length > 0) return "own";
    return cell.select === "deny" ? "none" : "read";
  };
  const groups = (["edit", "own", "read", "none"] as const).map((k) => ({
    kind: k,
    tables: visible.filter((table) => kind(table, role) === k),
  }));
  return (
    <section className="card" aria-labelledby="roles-title" data-testid="role-rules">
      <h2 id="roles-title">{t("team.rolesTitle")}</h2>
      <p className="muted">{t("team.rolesExplain")}</p>
      <div className="segmented" role="radiogroup" aria-label={t("team.rolesTitle")}>
        {ROLES.map((r) => (
          <label key={r} className={r === role ? "selected" : undefined}>
            <input type="radio" name="role-rules" value={r} checked={r === role} onChange={() => setRole(r)} />
            {t(`roles.${r}`)}
          </label>
        ))}
      </div>
      <p>{t(`team.roleSummary.${role}`)}</p>
      <dl className="role-rules">
        {groups
          .filter((group) => group.tables.length > 0)
          .map((group) => (
            <div key={group.kind}>
              <dt>{t(`team.access.${group.kind}`)}</dt>
              <dd>{group.tables.map((table) => t(`permissions.tables.${table}`)).join(", ")}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

/** The agency's logo: admins and owners upload or change it; everyone else sees it. */
function AgencyCard() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const [attach] = useMutation(UpdateOrganizationLogoDocument);
  const organization = current?.organization;
  if (!organization) return null;
  const logo = organization.logo?.thumbnailUrl ?? null;
  return (
    <section className="card agency-card" aria-labelledby="agency-title" data-testid="agency">
      <h2 id="agency-title">{t("team.agency")}</h2>
      <p>
        <strong>{organization.name}</strong>
        {organization.city ? <span className="muted"> · {organization.city}</span> : null}
      </p>
      {can(current?.role, "organizations", "update") ? (
        <ImageUpload
          purpose="organization_logo"
          organizationId={organization.rowId}
          label={t("team.logo")}
          shape="square"
          currentUrl={logo}
          testId="logo-upload"
          onUploaded={async (file) => {
            const { data } = await attach({ variables: { rowId: organization.rowId, fileId: file.rowId } });
            written(data?.updateOrganization?.organization);
          }}
        />
      ) : logo ? (
        <SignedImage className="agency-logo" src={logo} alt={t("app.logoAlt", { name: organization.name })} />
      ) : (
        <p className="muted">{t("team.noLogo")}</p>
      )}
    </section>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const { current, profile } = useAuth();
  const organizationId = current?.organization.rowId ?? "";
  const { data, loading, error, refetch } = useQuery(TeamDocument, {
    variables: { organizationId },
    skip: !organizationId,
  });
  const myRole = current?.role;
  const members = (data?.organization?.memberships.nodes ?? [])
    .flatMap((m) => (m ? [m] : []))
    .sort((a, b) => (a.profile?.fullName ?? "").localeCompare(b.profile?.fullName ?? "", "es"));
  const invitations = (data?.organization?.organizationInvitations.nodes ?? []).flatMap((i) => (i ? [i] : []));
  const manages = can(myRole, "organization_invitations", "select");
  const reload = () => void refetch();

  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <div className="page-head">
        <h1>{t("team.title")}</h1>
        <Link to="/crear-agencia" className="button secondary small">
          {t("team.newAgency")}
        </Link>
      </div>
      <p className="lede">{t("team.subtitle")}</p>
      <AgencyCard />
      <div className="grid two">
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">{t("team.members", { count: members.length })}</h2>
          {error ? (
            <ErrorState error={error} onRetry={reload} />
          ) : loading && !data ? (
            <Skeleton count={1} />
          ) : members.length === 0 ? (
            <EmptyState title={t("team.noMembers")} />
          ) : (
            <ul className="list members" data-testid="members">
              {members.map((member) => (
                <MemberRow
                  key={member.rowId}
                  member={member}
                  myRole={myRole}
                  myProfileId={profile?.rowId}
                  onChanged={reload}
                />
              ))}
            </ul>
          )}
        </section>
        {manages ? <InviteForm organizationId={organizationId} myRole={myRole} onInvited={reload} /> : null}
      </div>
      {manages ? (
        <section aria-labelledby="invitations-title">
          <div className="section-title">
            <h2 id="invitations-title">{t("team.invitations")}</h2>
          </div>
          {error ? null : loading && !data ? (
            <Skeleton count={1} />
          ) : invitations.length === 0 ? (
            <EmptyState title={t("team.noInvitations")} body={t("team.noInvitationsBody")} />
          ) : (
            <ul className="list card" data-testid="invitations">
              {invitations.map((invitation) => (
                <InvitationRow key={invitation.rowId} invitation={invitation} myRole={myRole} onChanged={reload} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <div className="section-title" />
      <RoleRules />
    </>
  );
}
