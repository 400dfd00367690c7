import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useAuth } from "../auth.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey } from "../errors.ts";
import { setLanguage } from "../i18n/index.ts";

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState<ServerInfo | null>(null);
  // Opened from an account email while signed out: say why to sign in first.
  const { pathname } = useLocation();
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
      if (!(await signIn(email.trim(), password))) setError(t("login.invalid"));
    } catch (caught) {
      setError(t(errorKey(caught)));
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
        <h1>{t("login.title")}</h1>
        <p className="lede">{t("login.subtitle")}</p>
        {notice ? (
          <p className="run-banner" role="status" data-testid="login-notice">
            {notice}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
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
          <button type="submit" className="button block" disabled={busy || !email || !password}>
            {busy ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
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
