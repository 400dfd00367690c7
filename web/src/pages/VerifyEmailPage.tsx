// /verificar-correo?token=… — the link in the verification mail. It confirms
// the address of the signed-in account (the server needs both: the token from
// the mailbox and this account's session). Signed out, App shows the sign-in
// page at this address first.
import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { errorCodeOf } from "../errors.ts";
import { CurrentProfileDocument, VerifyEmailDocument } from "../gql/graphql.ts";
import { ResendVerificationButton } from "./ResendVerificationButton.tsx";

type State = "verifying" | "verified" | "invalid" | "otherAccount" | "failed";

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { profile, memberships } = useAuth();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [state, setState] = useState<State>(token ? "verifying" : "invalid");
  const [verify] = useMutation(VerifyEmailDocument, { refetchQueries: [CurrentProfileDocument] });
  const started = useRef(false);

  useEffect(() => {
    // Once per page load: a token works once, and React may run effects twice in development.
    if (!token || started.current) return;
    started.current = true;
    verify({ variables: { token } })
      .then(() => setState("verified"))
      .catch((error: unknown) => {
        const code = errorCodeOf(error);
        setState(code === "NOT_FOUND" ? "invalid" : code === "FORBIDDEN" ? "otherAccount" : "failed");
      });
  }, [token, verify]);

  const alreadyVerified = Boolean(profile?.emailVerifiedAt);
  return (
    <section className="card" aria-live="polite" data-testid="verify-email">
      <h1>{t("verifyEmail.title")}</h1>
      {state === "verifying" ? <p className="muted">{t("verifyEmail.verifying")}</p> : null}
      {state === "verified" ? (
        <>
          <p role="status">{t("verifyEmail.verified", { email: profile?.email ?? "" })}</p>
          {/* A new account's next step is its agency. */}
          {memberships.length === 0 ? (
            <Link className="button" to="/crear-agencia">
              {t("verifyEmail.createAgency")}
            </Link>
          ) : (
            <Link className="button" to="/events">
              {t("verifyEmail.continue")}
            </Link>
          )}
        </>
      ) : null}
      {state === "invalid" ? (
        <>
          <p className="error-state" role="alert">
            {alreadyVerified ? t("verifyEmail.alreadyVerified") : t("verifyEmail.invalid")}
          </p>
          {alreadyVerified ? null : <ResendVerificationButton />}
        </>
      ) : null}
      {state === "otherAccount" ? (
        <p className="error-state" role="alert">
          {t("verifyEmail.otherAccount", { email: profile?.email ?? "" })}
        </p>
      ) : null}
      {state === "failed" ? (
        <p className="error-state" role="alert">
          {t("verifyEmail.failed")}
        </p>
      ) : null}
    </section>
  );
}
