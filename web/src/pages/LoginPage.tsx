import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { PUBLIC_PAGES } from "../../../shared/links.ts";
import { useAuth } from "../auth.tsx";
import { type ServerInfo, serverInfo } from "../config.ts";
import { errorKey } from "../errors.ts";
import { Field, FormActions, useRuleForm } from "../forms.tsx";
import { RegisterDocument, RequestPasswordResetDocument } from "../gql/graphql.ts";
import { setLanguage } from "../i18n/index.ts";
import { rememberReturnPath } from "./ConfirmRegistrationPage.tsx";

type Mode = "signIn" | "register" | "forgot";

/** Create an account: register answers the same for every address; the mailbox gets the rest. */
function RegisterForm({ onSent }: { onSent: (email: string) => void }) {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const form = useRuleForm("account", { fullName: "", email: "", password: "" });
  const [register] = useMutation(RegisterDocument);
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          await register({
            variables: {
              email: String(values.email),
              password: String(values.password),
              fullName: String(values.fullName),
              // The mail and the new account speak the language the person registered in.
              locale: i18n.language === "en" ? "en" : "es-CO",
            },
          });
          // Registering from an invitation's link: once the account exists, go
          // back to that invitation (ConfirmRegistrationPage reads this).
          rememberReturnPath(pathname === PUBLIC_PAGES.acceptInvitation ? `${pathname}${search}` : null);
          onSent(String(values.email));
        })
      }
    >
      <Field form={form} name="fullName" label={t("register.fullName")} autoComplete="name" />
      <Field form={form} name="email" label={t("login.email")} type="email" autoComplete="email" />
      <Field
        form={form}
        name="password"
        label={t("login.password")}
        type="password"
        autoComplete="new-password"
        hint={t("register.passwordHint")}
      />
      <FormActions form={form} submitLabel={t("register.submit")} busyLabel={t("register.submitting")} />
    </form>
  );
}

/** "Forgot your password?": the same answer for every address, the link goes to the mailbox. */
function ForgotForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const form = useRuleForm("account", { email: "" });
  const [request] = useMutation(RequestPasswordResetDocument);
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(event, async (values) => {
          await request({ variables: { email: String(values.email) } });
          onSent(String(values.email));
        })
      }
    >
      <p className="muted">{t("forgot.explain")}</p>
      <Field form={form} name="email" label={t("login.email")} type="email" autoComplete="email" />
      <FormActions form={form} submitLabel={t("forgot.submit")} busyLabel={t("forgot.submitting")} />
    </form>
  );
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState<ServerInfo | null>(null);
  const [mode, setMode] = useState<Mode>("signIn");
  const [sent, setSent] = useState<string | null>(null);
  const [resetSent, setResetSent] = useState<string | null>(null);
  // Opened from an account email while signed out: say why to sign in first.
  const { pathname, state } = useLocation();
  const notice =
    pathname === PUBLIC_PAGES.verifyEmail
      ? t("login.verifyNotice")
      : pathname === PUBLIC_PAGES.acceptInvitation
        ? t("login.invitationNotice")
        : (state as { passwordReset?: boolean } | null)?.passwordReset
          ? t("reset.done")
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

  const switchTo = (next: Mode) => {
    setMode(next);
    setError(null);
  };
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
        <h1>{mode === "register" ? t("register.title") : mode === "forgot" ? t("forgot.title") : t("login.title")}</h1>
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
        {resetSent ? (
          <p className="run-banner" role="status" data-testid="reset-sent">
            {t("forgot.sent", { email: resetSent })}
          </p>
        ) : null}
        {mode === "register" ? (
          <RegisterForm
            onSent={(address) => {
              setSent(address);
              setEmail(address);
              setPassword("");
              switchTo("signIn");
            }}
          />
        ) : mode === "forgot" ? (
          <ForgotForm
            onSent={(address) => {
              setResetSent(address);
              setEmail(address);
              switchTo("signIn");
            }}
          />
        ) : (
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
        )}
        <p className="auth-switch">
          {mode !== "signIn" ? (
            <button type="button" className="button ghost small" onClick={() => switchTo("signIn")}>
              {t("register.haveAccount")}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button ghost small"
                data-testid="toggle-register"
                onClick={() => switchTo("register")}
              >
                {t("register.noAccount")}
              </button>
              <button
                type="button"
                className="button ghost small"
                data-testid="forgot-password"
                onClick={() => switchTo("forgot")}
              >
                {t("forgot.link")}
              </button>
            </>
          )}
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
        {info?.demoPassword && info.demoAccounts.length && mode === "signIn" ? (
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
