import { describe, expect, it } from 'vitest';
import { curlExample, parseCount, sentimentTone, toggleSort } from './post-figures';
import { DEFAULT_POST_FILTERS } from './posts-api';

describe('post figures', () => {
  it('flips the direction of the sorted column and starts another in its natural order', () => {
    const byViews = toggleSort(DEFAULT_POST_FILTERS, 'views');
    expect(byViews).toMatchObject({ sort: 'views', dir: 'desc' });
    expect(toggleSort(byViews, 'views')).toMatchObject({ sort: 'views', dir: 'asc' });
    expect(toggleSort(byViews, 'creator')).toMatchObject({ sort: 'creator', dir: 'asc' });
  });

  it('reads hand-typed counts with thousands separators, keeps blank as missing and refuses the rest', () => {
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('  0 ')).toEqual({ ok: true, value: 0 });
    expect(parseCount('12.500')).toEqual({ ok: true, value: 12_500 });
    expect(parseCount('1,234,567')).toEqual({ ok: true, value: 1_234_567 });
    expect(parseCount('12 500')).toEqual({ ok: true, value: 12_500 });
    expect(parseCount('12.5')).toEqual({ ok: false });
    expect(parseCount('-3')).toEqual({ ok: false });
    expect(parseCount('12k')).toEqual({ ok: false });
  });

  it('colours sentiment from −20 and +20 points, and missing as neutral grey', () => {
    expect(sentimentTone(null)).toBe('neutral');
    expect(sentimentTone(20)).toBe('green');
    expect(sentimentTone(19.9)).toBe('neutral');
    expect(sentimentTone(-20)).toBe('red');
  });

  it('writes a curl call whose body is valid JSON with a null for a metric not recorded', () => {
    const text = curlExample(
      'https://app.lantoa.vn',
      '/api/v1/workspaces/w/posts/p/snapshots',
      '2026-03-01T10:00:00+07:00',
    );
    expect(text).toContain("curl -X POST 'https://app.lantoa.vn/api/v1/workspaces/w/posts/p/snapshots'");
    const body = text.slice(text.indexOf("-d '") + 4, text.lastIndexOf("'"));
    expect(JSON.parse(body)).toEqual({
      snapshots: [{ at: '2026-03-01T10:00:00+07:00', views: 12500, likes: 830, comments: 41, shares: null }],
    });
  });
});
