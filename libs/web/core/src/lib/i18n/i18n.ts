import i18next, { type i18n as I18n, type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'waymark.language';

/** Translations of one feature library: `{ en: {...}, es: {...} }` under its namespace. */
export interface FeatureResources {
  namespace: string;
  en: object;
  es: object;
}

/**
 * Creates the i18next instance of the SPA with the shell's texts (`common`) and each
 * feature library's namespace. The language is detected from the saved choice, then the
 * browser, and the choice is saved in localStorage.
 */
export function createI18n(features: FeatureResources[]): I18n {
  const resources: Resource = { en: { common: en }, es: { common: es } };
  for (const feature of features) {
    resources['en'][feature.namespace] = feature.en as Resource[string][string];
    resources['es'][feature.namespace] = feature.es as Resource[string][string];
  }
  const instance = i18next.createInstance();
  instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      ns: ['common', ...features.map((f) => f.namespace)],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      react: { useSuspense: false },
    });
  const syncHtmlLang = (lng: string) => {
    document.documentElement.lang = lng.split('-')[0] || 'en';
  };
  syncHtmlLang(instance.resolvedLanguage ?? instance.language ?? 'en');
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  const lng = (instance.resolvedLanguage ?? instance.language ?? 'en').split('-')[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'en';
}
