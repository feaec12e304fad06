import { describe, expect, it } from 'vitest';
import { mondayOf, parseTarget, shareOfVoiceSeries } from './share-of-voice-series';

const text = (id: string, day: string, value: string) => ({ id, kind: 'comment' as const, day, text: value });

describe('parseTarget', () => {
  it('splits aliases after a slash or a bar', () => {
    expect(parseTarget('Vinamilk / VNM | vina milk', 'brand')).toEqual({
      id: 'brand',
      name: 'Vinamilk',
      aliases: ['VNM', 'vina milk'],
    });
  });
});

describe('mondayOf', () => {
  it('returns the Monday of the ISO week', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
  });
});

describe('shareOfVoiceSeries', () => {
  const texts = [
    text('1', '2026-11-16', 'Sữa Vinamilk ngon hơn TH true milk'),
    text('2', '2026-11-16', 'vinamilk vinamilk!'),
    text('3', '2026-11-17', 'TH True Milk thì sao?'),
    text('4', '2026-11-22', 'mình thích VNM'),
    text('5', '2026-11-23', 'không nhắc ai cả'),
  ];

  it('counts each text once per target, accent- and case-insensitive, with aliases', () => {
    const result = shareOfVoiceSeries(texts, 'Vinamilk / VNM', ['TH True Milk'], 'day');
    // brand in texts 1, 2, 4 = 3; competitor in 1, 3 = 2 → 3 / 5 × 100 = 60
    expect(result.total.brand).toBe(3);
    expect(result.total.competitors['competitor-1']).toBe(2);
    expect(result.total.shareOfVoice).toBeCloseTo(60);
    expect(result.series.map((b) => [b.period, b.shareOfVoice])).toEqual([
      ['2026-11-16', (2 / 3) * 100],
      ['2026-11-17', 0],
      ['2026-11-22', 100],
    ]);
    expect(result.examples.find((e) => e.targetId === 'brand')?.hit.evidence).toBe('Vinamilk');
  });

  it('groups by ISO week', () => {
    const result = shareOfVoiceSeries(texts, 'Vinamilk / VNM', ['TH True Milk'], 'week');
    expect(result.series.map((b) => [b.period, b.brand, b.competitors['competitor-1']])).toEqual([
      ['2026-11-16', 3, 2],
    ]);
  });

  it('gives no share of voice, with a reason, when nothing is mentioned', () => {
    const result = shareOfVoiceSeries([text('5', '2026-11-23', 'không nhắc ai cả')], 'Vinamilk', [], 'day');
    expect(result.total.shareOfVoice).toBeNull();
    expect(result.total.reason).toMatch(/no brand/);
  });
});
