// "Create your agency": the first thing a new account does (and how an owner
// starts another one). Only a verified address may create one; the creator
// becomes its owner, is offered to upload the agency's logo (it needs the
// agency to exist: a file belongs to an organization), and lands on the
// events page, whose empty state says what to do first.
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { slugify } from "../../../shared/fields.ts";
import { useAuth } from "../auth.tsx";
import { ImageUpload } from "../components/ImageUpload.tsx";
import { written } from "../errors.ts";
import { Field, FormActions, useRuleForm } from "../forms.tsx";
import { CreateOrganizationDocument, CurrentProfileDocument, UpdateOrganizationLogoDocument } from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";
import { ResendVerificationButton } from "./ResendVerificationButton.tsx";

export function CreateAgencyPage() {
  const { t } = useTranslation();
  const { profile, memberships, switchOrganization } = useAuth();
  const navigate = useNavigate();
  const toast = useToast();
  const form = useRuleForm("organization", { name: "", slug: "", city: "" });
  // The slug follows the name until the person edits it.
  const [slugEdited, setSlugEdited] = useState(false);
  const [create] = useMutation(CreateOrganizationDocument, {
    refetchQueries: [CurrentProfileDocument],
    awaitRefetchQueries: true,
  });
  const [created, setCreated] = useState<{ rowId: string; name: string } | null>(null);
  const first = memberships.length === 0;
  const verified = Boolean(profile?.emailVerifiedAt);

  if (created) return <AgencyLogo agency={created} onDone={() => navigate("/events", { replace: true })} />;

  return (
    <section className="narrow" data-testid="create-agency">
      <p className="eyebrow">
        {first ? t("onboarding.welcome", { name: profile?.fullName ?? "" }) : t("onboarding.another")}
      </p>
      <h1>{t("onboarding.title")}</h1>
      <p className="lede">{t("onboarding.subtitle")}</p>
      {!verified ? (
        <div className="card">
          <h2>{t("onboarding.verifyFirstTitle")}</h2>
          <p>{t("onboarding.verifyFirst", { email: profile?.email ?? "" })}</p>
          <ResendVerificationButton />
        </div>
      ) : (
        <form
          className="card"
          noValidate
          onSubmit={(event) =>
            void form.submit(event, async (values) => {
              const { data } = await create({
                variables: {
                  name: String(values.name),
                  slug: String(values.slug),
                  city: (values.city as string | null) ?? null,
                },
              });
              const organization = written(data?.createOrganization?.result);
              switchOrganization(organization.rowId);
              toast("success", t("onboarding.created", { name: organization.name }));
              setCreated({ rowId: organization.rowId, name: organization.name });
            })
          }
        >
          <Field
            form={{
              ...form,
              set(name, value) {
                form.set(name, value);
                if (!slugEdited && typeof value === "string") form.set("slug", slugify(value, 64));
              },
            }}
            name="name"
            label={t("onboarding.name")}
            autoComplete="organization"
          />
          <Field
            form={{
              ...form,
              set(name, value) {
                setSlugEdited(true);
                form.set(name, value);
              },
            }}
            name="slug"
            label={t("onboarding.slug")}
            hint={t("onboarding.slugHint")}
          />
          <Field form={form} name="city" label={t("onboarding.city")} autoComplete="address-level2" />
          <FormActions form={form} submitLabel={t("onboarding.submit")} busyLabel={t("onboarding.submitting")} />
        </form>
      )}
    </section>
  );
}

/** Right after creating the agency: its logo (optional; admins and owners change it later on Equipo). */
function AgencyLogo({ agency, onDone }: { agency: { rowId: string; name: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const [attach] = useMutation(UpdateOrganizationLogoDocument);
  const [saved, setSaved] = useState(false);
  return (
    <section className="narrow" data-testid="agency-logo-step">
      <h1>{t("onboarding.logoTitle", { name: agency.name })}</h1>
      <p className="lede">{t("onboarding.logoBody")}</p>
      <div className="card">
        <ImageUpload
          purpose="organization_logo"
          organizationId={agency.rowId}
          label={t("onboarding.logo")}
          shape="square"
          testId="logo-upload"
          onUploaded={async (file) => {
            const { data } = await attach({ variables: { rowId: agency.rowId, fileId: file.rowId } });
            written(data?.updateOrganization?.organization);
            setSaved(true);
          }}
        />
        <div className="actions">
          <button type="button" className={saved ? "button" : "button secondary"} onClick={onDone}>
            {saved ? t("onboarding.continue") : t("onboarding.skipLogo")}
          </button>
        </div>
      </div>
    </section>
  );
}
