// "Create your agency": the first thing a new account does (and how an owner
// starts another one). Only a verified address may create one; the creator
// becomes its owner and lands on the events page, whose empty state says
// what to do first. The logo is added once uploads exist (files pipeline).
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { slugify } from "../../../shared/fields.ts";
import { useAuth } from "../auth.tsx";
import { written } from "../errors.ts";
import { Field, FormActions, useRuleForm } from "../forms.tsx";
import { CreateOrganizationDocument, CurrentProfileDocument } from "../gql/graphql.ts";
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
  const first = memberships.length === 0;
  const verified = Boolean(profile?.emailVerifiedAt);

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
              navigate("/events", { replace: true });
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
          <p className="field-hint">{t("onboarding.logoLater")}</p>
          <FormActions form={form} submitLabel={t("onboarding.submit")} busyLabel={t("onboarding.submitting")} />
        </form>
      )}
    </section>
  );
}
