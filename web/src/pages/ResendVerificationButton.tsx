// "Send me a new link": mails the signed-in, unverified account a new
// verification link (at most a few per hour).
import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../errors.ts";
import { ResendEmailVerificationDocument } from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

export function ResendVerificationButton({ small = false }: { small?: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [resend, { loading }] = useMutation(ResendEmailVerificationDocument);
  async function send() {
    try {
      await resend();
      toast("success", t("verifyEmail.resent"));
    } catch (error) {
      toast("error", t(errorKey(error)));
    }
  }
  return (
    <button
      type="button"
      className={`button secondary${small ? " small" : ""}`}
      onClick={() => void send()}
      disabled={loading}
      data-testid="resend-verification"
    >
      {loading ? t("verifyEmail.resending") : t("verifyEmail.resend")}
    </button>
  );
}
