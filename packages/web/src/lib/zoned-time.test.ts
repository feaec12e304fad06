import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMinutes, zonedDayEnd, zonedDayStart } from './zoned-time';

describe('zoned day bounds', () => {
  it('starts a Ho Chi Minh City day at 17:00 UTC the day before', () => {
    expect(zonedDayStart('2025-03-08', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2025-03-07T17:00:00.000Z');
    expect(zonedDayEnd('2025-03-08', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2025-03-08T16:59:59.999Z');
  });

  it('follows daylight saving time', () => {
    // New York switched to UTC-4 on 9 March 2025 at 02:00 local time.
    expect(zonedDayStart('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(zonedDayStart('2025-03-10', 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z');
  });

  it('rolls over month ends', () => {
    expect(zonedDayEnd('2025-02-28', 'UTC').toISOString()).toBe('2025-02-28T23:59:59.999Z');
  });

  it('reports offsets in minutes ahead of UTC', () => {
    expect(timeZoneOffsetMinutes(new Date('2025-01-01T00:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(420);
    expect(timeZoneOffsetMinutes(new Date('2025-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});
