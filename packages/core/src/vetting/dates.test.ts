import { describe, expect, it } from 'vitest';
import { monthsBefore } from './dates';

describe('monthsBefore', () => {
  it('subtracts calendar months and clamps the day', () => {
    expect(new Date(monthsBefore(Date.parse('2025-06-01T00:00:00Z'), 6)).toISOString()).toBe(
      '2024-12-01T00:00:00.000Z',
    );
    expect(new Date(monthsBefore(Date.parse('2025-03-31T10:00:00Z'), 1)).toISOString()).toBe(
      '2025-02-28T10:00:00.000Z',
    );
    expect(new Date(monthsBefore(Date.parse('2024-03-31T00:00:00Z'), 1)).toISOString()).toBe(
      '2024-02-29T00:00:00.000Z',
    );
    expect(new Date(monthsBefore(Date.parse('2025-01-15T00:00:00Z'), 13)).toISOString()).toBe(
      '2023-12-15T00:00:00.000Z',
    );
  });
});
