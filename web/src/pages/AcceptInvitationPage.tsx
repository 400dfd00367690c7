// /invitacion?token=… — the link in the invitation mail. Only the account
// whose verified email is the invited address can accept (the server checks);
// this page says what to do in every other case. Signed out, App shows the
// sign-in page at this address first.
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { errorCodeOf, errorKey, errorReasonOf } from "../errors.ts";
import { AcceptInvitationDocument, CurrentProfileDocument } from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";
import { ResendVerificationButton } from "./ResendVerificationButton.tsx";

type Problem = "invalid" | "otherAddress" | "verifyFirst" | "other";

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { profile, switchOrganization } = useAuth();
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [problem, setProblem] = useState<Problem | null>(token ? null : "invalid");
  const [otherError, setOtherError] = useState<string | null>(null);
  // Awaited: the dashboard sends a person without memberships to /crear-agencia, so /events must
  // not open before the new membership is in the current profile.
  const [accept, { loading }] = useMutation(AcceptInvitationDocument, {
    refetchQueries: [CurrentProfileDocument],
    awaitRefetchQueries: true,
  });
  const unverified = profile !== null && !profile.emailVerifiedAt;

  async function join() {
    setProblem(null);
    try {
      const result = await accept({ variables: { token } });
      const membership = result.data?.acceptInvitation?.result;
      if (membership?.organization) {
        switchOrganization(membership.organization.rowId);
        toast("success", t("invitation.joined", { organization: membership.organization.name }));
      }
      navigate("/events", { replace: true });
    } catch (error) {
      const code = errorCodeOf(error);
      const reason = errorReasonOf(error);
      setOtherError(t(errorKey(error)));
      setProblem(
        reason === "EMAIL_NOT_VERIFIED"
          ? "verifyFirst"
          : code === "FORBIDDEN"
            ? "otherAddress"
            : code === "NOT_FOUND"
              ? "invalid"
              : "other",
      );
    }
  }

  return (
    <section className="card" data-testid="accept-invitation">
      <h1>{t("invitation.title")}</h1>
      <p className="lede">{t("invitation.explain", { email: profile?.email ?? "" })}</p>
      {unverified ? <p className="muted">{t("invitation.verifyFirst")}</p> : null}
      {problem ? (
        <p className="error-state" role="alert">
          {problem === "verifyFirst"
            ? t("invitation.verifyFirst")
            : problem === "otherAddress"
              ? t("invitation.otherAddress", { email: profile?.email ?? "" })
              : problem === "invalid"
                ? t("invitation.invalid")
                : otherError}
        </p>
      ) : null}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <button type="button" className="button" onClick={() => void join()} disabled={loading || !token}>
          {loading ? t("invitation.accepting") : t("invitation.accept")}
        </button>
        {unverified || problem === "verifyFirst" ? <ResendVerificationButton /> : null}
      </div>
    </section>
  );
}
