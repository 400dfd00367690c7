import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, useNavigate } from "react-router";
import { can, canCast, canManageAi, canScan, useAuth } from "../auth.tsx";
import { setLanguage } from "../i18n/index.ts";
import { ResendVerificationButton } from "../pages/ResendVerificationButton.tsx";
import { SignedImage } from "./SignedImage.tsx";

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { memberships, current, switchOrganization, signOut, profile } = useAuth();
  const navigate = useNavigate();
  const english = i18n.language === "en";
  // Whoever signs in next starts on the events page, not on the last person's page.
  const leave = () => void signOut().then(() => navigate("/", { replace: true }));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar">
        <NavLink to="/events" className="brand">
          <span className="brand-mark" aria-hidden="true">
            F
          </span>
          <span className="brand-name">{t("app.name")}</span>
          {current?.organization.logo ? (
            <SignedImage
              className="brand-logo"
              src={current.organization.logo.thumbnailUrl}
              alt={t("app.logoAlt", { name: current.organization.name })}
              data-testid="brand-logo"
            />
          ) : null}
        </NavLink>
        <div className="topbar-actions">
          {memberships.length > 1 ? (
            <>
              <label htmlFor="organization" className="visually-hidden">
                {t("app.organization")}
              </label>
              <select
                id="organization"
                className="select-compact"
                value={current?.organization.rowId ?? ""}
                onChange={(event) => switchOrganization(event.target.value)}
              >
                {memberships.map((m) => (
                  <option key={m.organization.rowId} value={m.organization.rowId}>
                    {m.organization.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button
            type="button"
            className="button ghost small"
            onClick={() => setLanguage(english ? "es-CO" : "en")}
            // The visible name is the accessible name (WCAG 2.5.3), in its own language.
            lang={english ? "es" : "en"}
            title={t("app.language")}
            data-testid="language-toggle"
          >
            {english ? t("app.switchToSpanish") : t("app.switchToEnglish")}
          </button>
          <button type="button" className="button secondary small" onClick={leave} data-testid="sign-out">
            {t("app.signOut")}
          </button>
        </div>
      </header>
      <nav className="nav" aria-label={t("app.name")}>
        {current?.role !== "door" ? <NavLink to="/events">{t("nav.events")}</NavLink> : null}
        {canCast(current?.role) ? <NavLink to="/roster">{t("nav.roster")}</NavLink> : null}
        {canScan(current?.role) ? <NavLink to="/puerta">{t("nav.door")}</NavLink> : null}
        {can(current?.role, "venues", "select") ? <NavLink to="/lugares">{t("nav.venues")}</NavLink> : null}
        {can(current?.role, "vendors", "select") ? <NavLink to="/proveedores">{t("nav.vendors")}</NavLink> : null}
        {can(current?.role, "inbox_messages", "select") ? <NavLink to="/mensajes">{t("nav.inbox")}</NavLink> : null}
        {current ? <NavLink to="/equipo">{t("nav.team")}</NavLink> : null}
        {canManageAi(current?.role) ? <NavLink to="/ai">{t("nav.aiActivity")}</NavLink> : null}
      </nav>
      <main id="main">
        {profile && !profile.emailVerifiedAt ? (
          // Unverified accounts may sign in, but cannot create organizations or accept invitations yet.
          <div className="run-banner" role="status" data-testid="unverified-banner">
            <span>{t("verifyEmail.banner", { email: profile.email })}</span>
            <ResendVerificationButton small />
          </div>
        ) : null}
        {children}
      </main>
    </div>
  );
}
