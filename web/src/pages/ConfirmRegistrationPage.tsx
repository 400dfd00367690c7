// /confirmar-cuenta?token=… — the link in a registration's mail. The link
// proves the mailbox; the password chosen when registering proves this is the
// person who registered. With both, the server creates the account (verified)
// and answers a session token: the person is signed in. Open signed in or
// signed out (App routes it either way).
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../auth.tsx";
import { errorCodeOf, errorKey } from "../errors.ts";
import { CompleteRegistrationDocument } from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

// Where to go once the account exists, when the registration started on a
// page the person wants to come back to (an invitation). Kept on the device
// (the mail's link often opens in another tab), only ever a path of this app.
const RETURN_KEY = "fashionos.afterRegistration";

/** Remembers where to go after confirming (null: the events, forgetting an older one). */
export function rememberReturnPath(path: string | null): void {
  if (path) localStorage.setItem(RETURN_KEY, path);
  else localStorage.removeItem(RETURN_KEY);
}

function takeReturnPath(): string {
  const path = localStorage.getItem(RETURN_KEY);
  localStorage.removeItem(RETURN_KEY);
  return path?.startsWith("/") && !path.startsWith("//") ? path : "/events";
}

export function ConfirmRegistrationPage() {
  const { t } = useTranslation();
  const { adopt } = useAuth();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(token ? null : t("confirmRegistration.invalid"));
  const [complete, { loading }] = useMutation(CompleteRegistrationDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await complete({ variables: { token, password } });
      const jwt = result.data?.completeRegistration?.result;
      if (!jwt) throw new Error("no session");
      await adopt(jwt);
      toast("success", t("confirmRegistration.done"));
      navigate(takeReturnPath(), { replace: true });
    } catch (caught) {
      const code = errorCodeOf(caught);
      setError(
        code === "NOT_FOUND"
          ? t("confirmRegistration.invalid")
          : code === "UNAUTHENTICATED"
            ? t("confirmRegistration.wrongPassword")
            : code === "CONFLICT"
              ? t("confirmRegistration.exists")
              : t(errorKey(caught)),
      );
    }
  }

  return (
    <main className="auth">
      <section className="card" aria-live="polite" data-testid="confirm-registration">
        <h1>{t("confirmRegistration.title")}</h1>
        <p className="lede">{t("confirmRegistration.explain")}</p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="password">{t("login.password")}</label>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {error ? (
            <p className="error-state" role="alert" style={{ padding: 12 }}>
              {error}
            </p>
          ) : null}
          <button type="submit" className="button block" disabled={loading || !token || !password}>
            {loading ? t("confirmRegistration.submitting") : t("confirmRegistration.submit")}
          </button>
        </form>
      </section>
    </main>
  );
}
