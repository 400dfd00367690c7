import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { errorTranslations, type Locale } from "../../../shared/errors.ts";
import en from "./en.json";
import esCO from "./es-CO.json";

export const LANGUAGES = ["es-CO", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "fashionos.language";

const isLanguage = (value: string | null): value is Language => value === "en" || value === "es-CO";

function initialLanguage(): Language {
  // A link from an English mail carries ?lang=en (tasks/mail/templates.ts):
  // the page opens in the mail's language, and this device remembers it.
  const linked = typeof location === "undefined" ? null : new URLSearchParams(location.search).get("lang");
  if (isLanguage(linked)) {
    localStorage.setItem(STORAGE_KEY, linked);
    return linked;
  }
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : "es-CO";
}

/** A language's texts: its JSON file, with the error catalogue's texts under `errors`. */
const withErrorTexts = (texts: typeof esCO | typeof en, locale: Locale) => ({
  ...texts,
  errors: { ...texts.errors, ...errorTranslations(locale) },
});

void i18n.use(initReactI18next).init({
  resources: {
    "es-CO": { translation: withErrorTexts(esCO, "es-CO") },
    en: { translation: withErrorTexts(en, "en") },
  },
  lng: initialLanguage(),
  fallbackLng: "es-CO",
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

/** Switches language and remembers it on this device. */
export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
