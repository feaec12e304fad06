import type { Locale } from '../../api/types';
import { formatMoney, formatNumber } from '../../lib/format';
import type { KpiUnit } from '../campaigns/campaign-api';

const intl = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-US');

/** A KPI value for display, by unit: money in the campaign currency, percentages with 1–2 decimals. */
export function formatKpi(value: number, unit: KpiUnit, locale: Locale, currency = 'VND'): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, locale);
    case 'percent':
      return `${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value)} %`;
    case 'ratio':
      return `${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 2 }).format(value)}×`;
    case 'count':
      return formatCompact(value, locale);
    default:
      return formatNumber(value, locale);
  }
}

/** 1,2 tr / 3,4 N style for big counts; exact below 10,000. */
export function formatCompact(value: number, locale: Locale): string {
  if (Math.abs(value) < 10_000) return formatNumber(Math.round(value), locale);
  return new Intl.NumberFormat(intl(locale), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
