import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { setApiLanguage } from '../lib/api-client';
import { storedLocale } from '../lib/local-preferences';
import en from './en.json';
import vi from './vi.json';

const DEFAULT_LOCALE: Locale = 'vi';

const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

const initialLocale = storedLocale() ?? DEFAULT_LOCALE;

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = initialLocale;
setApiLanguage(initialLocale);
i18n.on('languageChanged', (language) => setApiLanguage(language));
