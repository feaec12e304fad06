import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatRelative } from './format';

// Intl separates "1.234.567" from "₫" with a no-break space; compare on normal spaces.
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('number and money formatting', () => {
  it('groups thousands with dots in Vietnamese and commas in English', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(12.5, 'vi')).toBe('12,5');
  });

  it('writes VND without decimals, symbol after the amount in Vietnamese', () => {
    expect(plain(formatMoney(1234567, 'VND', 'vi'))).toBe('1.234.567 ₫');
    expect(plain(formatMoney(1234567.8, 'VND', 'vi'))).toBe('1.234.568 ₫');
    expect(plain(formatMoney(1500, 'USD', 'en'))).toBe('$1,500.00');
  });
});

describe('date formatting', () => {
  it('shows an instant in the workspace time zone', () => {
    // 2025-03-08T18:30Z is 01:30 on 9 March in Ho Chi Minh City (UTC+7).
    expect(formatDateTime('2025-03-08T18:30:00Z', 'vi')).toContain('09/03/2025');
    expect(formatDateTime('2025-03-08T18:30:00Z', 'vi')).toContain('01:30');
    expect(formatDate('2025-03-08T18:30:00Z', 'vi', 'UTC')).toBe('08/03/2025');
  });

  it('keeps a calendar date on its own day whatever the time zone', () => {
    expect(formatDate('2025-03-08', 'vi', 'America/Los_Angeles')).toBe('08/03/2025');
    expect(formatDate('2025-03-08', 'en', 'Asia/Ho_Chi_Minh')).toBe('03/08/2025');
  });
});

describe('relative time', () => {
  const now = new Date('2025-03-08T12:00:00Z');

  it('picks the largest sensible unit', () => {
    expect(formatRelative('2025-03-08T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelative('2025-03-08T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2025-03-10T12:00:00Z', 'en', now)).toBe('in 2 days');
  });

  it('speaks Vietnamese', () => {
    expect(formatRelative('2025-03-08T11:55:00Z', 'vi', now)).toBe('5 phút trước');
  });
});
