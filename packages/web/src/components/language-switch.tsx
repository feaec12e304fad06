import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';
import { useLocale } from '../i18n/use-locale';
import { cn } from '../lib/cn';

const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <label className={cn('relative inline-flex items-center', className)}>
      <span className="sr-only">{t('language.label')}</span>
      <svg
        viewBox="0 0 20 20"
        className="pointer-events-none absolute left-2 size-4 text-zinc-500"
        aria-hidden="true"
      >
        <circle cx="10" cy="10" r="7.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M2.75 10h14.5M10 2.75c2 2.2 2.9 4.6 2.9 7.25S12 15.05 10 17.25C8 15.05 7.1 12.65 7.1 10S8 4.95 10 2.75Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      <select
        data-testid="language-switch"
        value={locale}
        onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'vi')}
        className="h-8 cursor-pointer appearance-none rounded-md border border-zinc-200 bg-white pr-3 pl-8 text-[13px] text-zinc-700 hover:bg-zinc-50"
      >
        {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
