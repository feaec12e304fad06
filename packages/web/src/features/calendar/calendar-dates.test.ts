import { describe, expect, it } from 'vitest';
import { addMonths, todayIn, visibleDays, weekStart } from './calendar-dates';

describe('calendar dates', () => {
  it('starts weeks on Monday', () => {
    // 10 Dec 2026 is a Thursday
    expect(weekStart('2026-12-10')).toBe('2026-12-07');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
  });

  it('shows whole weeks around December 2026 (1 Dec is a Tuesday, 31 Dec a Thursday)', () => {
    const days = visibleDays('2026-12-15', 'month');
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2027-01-03');
    expect(days).toHaveLength(35);
    expect(visibleDays('2026-12-10', 'week')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
  });

  it('steps months from the first day (31 Jan + 1 month is February)', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-01');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-01');
  });

  it('reads today in Vietnam time', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });
});
