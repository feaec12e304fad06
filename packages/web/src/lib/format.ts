import type { Locale } from '../api/types';

const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-US');

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
  }).format(amount);
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date ("2025-03-08") is shown as that day everywhere; an instant is shown in the workspace time zone. */
export function formatDate(value: string | Date, locale: Locale, timeZone = DEFAULT_TIMEZONE): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: dateOnly ? 'UTC' : timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(toDate(value));
}

export function formatDateTime(value: string | Date, locale: Locale, timeZone = DEFAULT_TIMEZONE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(toDate(value));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

export function formatRelative(value: string | Date, locale: Locale, now: Date = new Date()): string {
  let delta = (toDate(value).getTime() - now.getTime()) / 1000;
  const formatter = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(delta) < size) return formatter.format(Math.round(delta), unit);
    delta /= size;
  }
  return formatter.format(Math.round(delta), 'year');
}

/** An account handle as "@name", whether or not it was stored with its "@". */
export function displayHandle(handle: string | null): string {
  return handle ? `@${handle.replace(/^@/, '')}` : '';
}
