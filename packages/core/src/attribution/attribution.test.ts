import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBotUserAgent } from './bot';
import { generatePromoCodes } from './promo-code';
import { createRepeatTracker } from './repeat-tracker';
import { randomSlug, SLUG_PATTERN } from './slug';
import { buildDestinationUrl } from './utm';
import { vietnamDayNumber } from './visitor-day';

describe('buildDestinationUrl', () => {
  it('sets UTM tags, replaces existing ones and keeps other parameters', () => {
    const url = buildDestinationUrl(
      'https://shop.vn/ao?color=do&utm_source=old',
      { source: 'tiktok', medium: 'kol', campaign: 'tet-2026', content: ' ' },
      { lt_cid: 'abc' },
    );
    expect(url).toBe(
      'https://shop.vn/ao?color=do&utm_source=tiktok&utm_medium=kol&utm_campaign=tet-2026&lt_cid=abc',
    );
  });
  it('refuses a non-http destination', () => {
    expect(() => buildDestinationUrl('javascript:alert(1)', {})).toThrow(/http or https/);
  });
});

describe('isBotUserAgent', () => {
  it('flags crawlers, previewers, scripts and empty agents, not browsers', () => {
    expect(isBotUserAgent('facebookexternalhit/1.1')).toBe(true);
    expect(isBotUserAgent('curl/8.5.0')).toBe(true);
    expect(isBotUserAgent('')).toBe(true);
    expect(isBotUserAgent(undefined)).toBe(true);
    expect(
      isBotUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe(false);
  });
});

describe('repeat tracker', () => {
  it('calls a second sighting inside the window a repeat, and one after it a first click', () => {
    const tracker = createRepeatTracker(1000);
    expect(tracker.isRepeat('a', 0)).toBe(false);
    expect(tracker.isRepeat('a', 999)).toBe(true);
    expect(tracker.isRepeat('b', 999)).toBe(false);
    expect(tracker.isRepeat('a', 2500)).toBe(false);
  });
  it('stays bounded and forgets the oldest keys first', () => {
    const tracker = createRepeatTracker(10_000, 4);
    for (const key of ['a', 'b', 'c', 'd', 'e']) tracker.isRepeat(key, 1);
    expect(tracker.isRepeat('e', 2)).toBe(true);
    expect(tracker.isRepeat('a', 2)).toBe(false);
  });
});

describe('randomSlug', () => {
  it('always matches the slug pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), (values) => {
        let i = 0;
        const slug = randomSlug((n) => (values[i++] ?? 0) % n);
        expect(slug).toMatch(SLUG_PATTERN);
      }),
    );
  });
});

describe('generatePromoCodes', () => {
  it('never repeats a code nor reuses a taken one, even with a poor random source', () => {
    let k = 0;
    const poor = (n: number) => (k++ % 3) % n;
    const codes = generatePromoCodes('linh', 40, new Set(['LINHAAAAA']), poor, 5);
    expect(codes).toHaveLength(40);
    expect(new Set(codes).size).toBe(40);
    expect(codes).not.toContain('LINHAAAAA');
    for (const code of codes) expect(code.startsWith('LINH')).toBe(true);
  });
});

describe('vietnamDayNumber', () => {
  it('turns the day at midnight in Ho Chi Minh City (17:00 UTC)', () => {
    const before = Date.UTC(2026, 0, 1, 16, 59);
    const after = Date.UTC(2026, 0, 1, 17, 0);
    expect(vietnamDayNumber(after) - vietnamDayNumber(before)).toBe(1);
    expect(vietnamDayNumber(Date.UTC(1970, 0, 1, 0, 0))).toBe(0);
  });
});
