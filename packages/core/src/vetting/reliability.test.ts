import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReliability, lateCredit } from './reliability';

describe('assessReliability', () => {
  const result = assessReliability(
    [
      { id: 'd1', dueAt: '2025-05-01', publishedAt: '2025-05-01T23:00:00+07:00' },
      { id: 'd2', dueAt: '2025-05-10T12:00:00+07:00', publishedAt: '2025-05-13T12:00:00+07:00' },
      { id: 'd3', dueAt: '2025-05-20T00:00:00Z', missed: true },
      { id: 'd4', dueAt: '2025-05-25T00:00:00Z' },
      { id: 'd5', dueAt: '2025-07-01' },
      { id: 'd6', dueAt: 'not a date' },
      { id: 'd7', dueAt: '2025-04-01T00:00:00Z', publishedAt: '2025-04-20T00:00:00Z' },
    ],
    '2025-06-01T00:00:00Z',
  );
  it('classifies each deliverable (a date-only deadline is the end of that day in Vietnam)', () => {
    expect(result.deliverables.map((d) => d.outcome)).toEqual([
      'on_time',
      'late',
      'missed',
      'overdue',
      'pending',
      'invalid',
      'late',
    ]);
    expect(result.counts).toEqual({ on_time: 1, late: 2, missed: 1, overdue: 1, pending: 1, invalid: 1 });
  });
  it('hand-computed rates and score', () => {
    expect(result.due).toBe(5);
    expect(result.onTimeRate).toBeCloseTo(0.2, 12);
    expect(result.averageLateDays).toBeCloseTo((3 + 19) / 2, 9);
    // credits 1 + 0.5 + 0 + 0 + 0.2 = 1.7; raw 34; shrunk (1.7 + 2 × 0.8) / (5 + 2)
    expect(result.rawScore).toBeCloseTo(34, 9);
    expect(result.score).toBeCloseTo((100 * 3.3) / 7, 9);
    expect(result.smallSample).toBeNull();
  });
  it('a date-only deadline ends at 23:59:59.999 in Vietnam', () => {
    const late = assessReliability(
      [{ id: 'x', dueAt: '2025-05-01', publishedAt: '2025-05-02T00:00:00+07:00' }],
      '2025-06-01',
    );
    expect(late.deliverables[0]!.outcome).toBe('late');
  });
  it('late credit: 0.8 − 0.1 per day, floor 0.2', () => {
    expect(lateCredit(0)).toBe(0.8);
    expect(lateCredit(3)).toBeCloseTo(0.5, 12);
    expect(lateCredit(30)).toBe(0.2);
  });
  it('no due deliverables → null scores; a short record carries a small-sample note', () => {
    const empty = assessReliability([{ id: 'x', dueAt: '2099-01-01' }], '2025-06-01');
    expect(empty.score).toBeNull();
    expect(empty.onTimeRate).toBeNull();
    const short = assessReliability(
      [{ id: 'x', dueAt: '2025-01-01', publishedAt: '2025-01-01' }],
      '2025-06-01',
    );
    expect(short.score).toBeCloseTo((100 * (1 + 1.6)) / 3, 9);
    expect(short.smallSample?.en).toContain('small sample');
  });
  it('property: score within 0–100 or null, never NaN', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString());
    const deliverable = fc.record({
      id: fc.string(),
      dueAt: day,
      publishedAt: fc.option(day, { nil: null }),
      missed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(deliverable, { maxLength: 20 }), day, (items, asOf) => {
        const { score, rawScore } = assessReliability(items, asOf);
        return [score, rawScore].every((s) => s === null || (!Number.isNaN(s) && s >= 0 && s <= 100));
      }),
    );
  });
});
