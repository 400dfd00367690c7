import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useAuth } from "../auth.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey, errorReasonOf } from "../errors.ts";
import { RegisterDocument } from "../gql/graphql.ts";
import { setLanguage } from "../i18n/index.ts";
import { rememberReturnPath } from "./ConfirmRegistrationPage.tsx";

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState<ServerInfo | null>(null);
  // Creating an account: register answers the same for every address and the
  // mailbox gets the rest (a link that creates the account, or "you already have an account").
  const [registering, setRegistering] = useState(false);
  const [fullName, setFullName] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const [register] = useMutation(RegisterDocument);
  // Opened from an account email while signed out: say why to sign in first.
  const { pathname, search } = useLocation();
  const notice =
    pathname === "/verificar-correo"
      ? t("login.verifyNotice")
      : pathname === "/invitacion"
        ? t("login.invitationNotice")
        : null;

  useEffect(() => {
    void serverInfo().then(setInfo);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (registering) {
        await register({
          variables: {
            email: email.trim(),
            password,
            fullName: fullName.trim(),
            // The mail and the new account speak the language the person registered in.
            locale: i18n.language === "en" ? "en" : "es-CO",
          },
        });
        // Registering from an invitation's link: once the account exists, go
        // back to that invitation (ConfirmRegistrationPage reads this).
        rememberReturnPath(pathname === "/invitacion" ? `${pathname}${search}` : null);
        setSent(email.trim());
        setRegistering(false);
        setPassword("");
      } else if (!(await signIn(email.trim(), password))) {
        setError(t("login.invalid"));
      }
    } catch (caught) {
      const reason = errorReasonOf(caught);
      setError(
        reason === "WEAK_PASSWORD"
          ? t("register.weakPassword")
          : reason === "INVALID_EMAIL"
            ? t("register.invalidEmail")
            : t(errorKey(caught)),
      );
    } finally {
      setBusy(false);
    }
  }

  const english = i18n.language === "en";
  return (
    <main className="auth">
      <div className="card">
        <div className="brand" style={{ marginBottom: 16 }}>
          <span className="brand-mark" aria-hidden="true">
            F
          </span>
          {t("app.name")}
        </div>
        <h1>{registering ? t("register.title") : t("login.title")}</h1>
        <p className="lede">{t("login.subtitle")}</p>
        {notice ? (
          <p className="run-banner" role="status" data-testid="login-notice">
            {notice}
          </p>
        ) : null}
        {sent ? (
          <p className="run-banner" role="status" data-testid="register-sent">
            {t("register.sent", { email: sent })}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          {registering ? (
            <div className="field">
              <label htmlFor="fullName">{t("register.fullName")}</label>
              <input
                id="fullName"
                type="text"
                autoComplete="name"
                required
                value={fullName}
                onChange={(event) => setFullName(event.target.value)}
              />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="email">{t("login.email")}</label>
            <input
              id="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="password">{t("login.password")}</label>
            <input
              id="password"
              type="password"
              autoComplete={registering ? "new-password" : "current-password"}
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
          {registering ? <p className="muted">{t("register.passwordHint")}</p> : null}
          <button
            type="submit"
            className="button block"
            disabled={busy || !email || !password || (registering && !fullName.trim())}
          >
            {registering
              ? busy
                ? t("register.submitting")
                : t("register.submit")
              : busy
                ? t("login.submitting")
                : t("login.submit")}
          </button>
        </form>
        <p style={{ textAlign: "center", marginTop: 12 }}>
          <button
            type="button"
            className="button ghost small"
            data-testid="toggle-register"
            onClick={() => {
              setRegistering(!registering);
              setError(null);
            }}
          >
            {registering ? t("register.haveAccount") : t("register.noAccount")}
          </button>
        </p>
        <p style={{ textAlign: "center", marginTop: 12 }}>
          <button
            type="button"
            className="button ghost small"
            onClick={() => setLanguage(english ? "es-CO" : "en")}
            lang={english ? "es" : "en"}
            title={t("app.language")}
          >
            {english ? t("app.switchToSpanish") : t("app.switchToEnglish")}
          </button>
        </p>
        {info?.demoPassword && info.demoAccounts.length ? (
          <section className="demo" aria-labelledby="demo-title">
            <h2 id="demo-title" style={{ fontSize: "1rem", margin: "0 0 4px" }}>
              {t("login.demoTitle")}
            </h2>
            <p className="muted" style={{ margin: "0 0 6px" }}>
              {t("login.demoPassword", { password: info.demoPassword })}
            </p>
            {info.demoAccounts
              .filter((a) => a.organizationSlug === info.demoAccounts[0]?.organizationSlug)
              .map((account) => (
                <button
                  key={account.email}
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(info.demoPassword ?? "");
                  }}
                >
                  {t("login.useAccount", { role: t(`roles.${account.role}`) })}
                </button>
              ))}
          </section>
        ) : null}
      </div>
    </main>
  );
}
