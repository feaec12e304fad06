import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { meKey, updateMe } from '../api/me';
import type { Locale } from '../api/types';
import { storeLocale } from '../lib/local-preferences';

function toLocale(language: string | undefined): Locale {
  return language?.startsWith('en') ? 'en' : 'vi';
}

/** Current UI language and a setter that persists it locally and, when signed in, on the server. */
export function useLocale(): {
  locale: Locale;
  setLocale: (locale: Locale, options?: { sync?: boolean }) => void;
} {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const locale = toLocale(i18n.resolvedLanguage ?? i18n.language);
  const setLocale = useCallback(
    (next: Locale, options: { sync?: boolean } = {}) => {
      storeLocale(next);
      document.documentElement.lang = next;
      void i18n.changeLanguage(next);
      const signedIn = queryClient.getQueryData(meKey) !== undefined;
      if (options.sync !== false && signedIn) {
        updateMe({ locale: next })
          .then((me) => queryClient.setQueryData(meKey, me))
          .catch(() => undefined);
      }
    },
    [i18n, queryClient],
  );
  return { locale, setLocale };
}
