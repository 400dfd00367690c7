// The buyer's pages (event, booking, ticket): the brand and the language
// switch, nothing of the staff dashboard. Printing shows only the content.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n/index.ts";

export function PublicLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === "en";
  return (
    <div className="shell public">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar no-print">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            F
          </span>
          <span className="brand-name">{t("app.name")}</span>
        </span>
        <div className="topbar-actions">
          <button
            type="button"
            className="button ghost small"
            onClick={() => setLanguage(english ? "es-CO" : "en")}
            lang={english ? "es" : "en"}
            title={t("app.language")}
            data-testid="language-toggle"
          >
            {english ? t("app.switchToSpanish") : t("app.switchToEnglish")}
          </button>
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
