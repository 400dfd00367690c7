// /restablecer-contrasena?token=… — the link in the password reset mail. It
// works signed in or out: the new password is set with the token alone (it
// proves the mailbox), every session of the account ends, and the person
// signs in again with the new password.
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { errorCodeOf } from "../errors.ts";
import { Field, FormActions, useRuleForm } from "../forms.tsx";
import { ResetPasswordDocument } from "../gql/graphql.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const { signedIn, forgetSession } = useAuth();
  const form = useRuleForm("account", { password: "" });
  const [reset] = useMutation(ResetPasswordDocument);
  const [invalid, setInvalid] = useState(!token);

  const content = (
    <section className="card" data-testid="reset-password">
      <h1>{t("reset.title")}</h1>
      {invalid ? (
        <>
          <p className="error-state" role="alert">
            {t("reset.invalid")}
          </p>
          <Link className="button secondary" to="/">
            {t("reset.backToSignIn")}
          </Link>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) =>
            void form.submit(event, async (values) => {
              try {
                await reset({ variables: { token, password: String(values.password) } });
              } catch (error) {
                if (errorCodeOf(error) === "NOT_FOUND") {
                  setInvalid(true);
                  return;
                }
                throw error;
              }
              // Every session ended, this one too: forget it here and sign in again.
              await forgetSession();
              navigate("/", { replace: true, state: { passwordReset: true } });
            })
          }
        >
          <p className="muted">{t("reset.explain")}</p>
          <Field
            form={form}
            name="password"
            label={t("reset.newPassword")}
            type="password"
            autoComplete="new-password"
            hint={t("register.passwordHint")}
          />
          <FormActions form={form} submitLabel={t("reset.submit")} busyLabel={t("reset.submitting")} />
        </form>
      )}
    </section>
  );
  // Signed in, the layout already holds the page's main landmark.
  return signedIn ? content : <main className="auth">{content}</main>;
}
