import type { KpiResult } from '@lantoa/core/kpi';
import { currencyDecimals } from '@lantoa/core/money';
import type { Language } from './options';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

const UNIT_SUFFIX: Record<Language, { seconds: string; minutes: string; points: string }> = {
  vi: { seconds: ' giây', minutes: ' phút', points: ' điểm' },
  en: { seconds: ' s', minutes: ' min', points: ' pts' },
};

/** A KPI value for people: grouped digits, % for percentages, the currency for money, "—" for null. */
export function formatKpiValue(result: KpiResult, lang: Language): string {
  if (result.value === null) return '—';
  const locale = LOCALES[lang];
  const number = (fractionDigits: number, minimumFractionDigits = 0) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits: fractionDigits });
  switch (result.unit) {
    case 'count':
      return number(0).format(result.value);
    case 'percent':
      return formatPercent(result.value, lang);
    case 'money': {
      const currency = result.currency ?? 'VND';
      const digits = currencyDecimals(currency);
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(result.value / 10 ** digits);
    }
    case 'ratio':
      return `${number(2).format(result.value)}×`;
    case 'seconds':
    case 'minutes':
    case 'points':
      return `${number(1).format(result.value)}${UNIT_SUFFIX[lang][result.unit]}`;
  }
}

export function formatPercent(value: number, lang: Language): string {
  const format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${format.format(value)} %`;
}
