import { describe, expect, it } from 'vitest';
import { isTotalLabel, readDuration, readRate, splitSourceMedium } from './ga4-cells';
import { ga4CreatorMatcher, type TrackedLinkTags } from './ga4-creator-match';
import { type Ga4Field, ga4Kind } from './ga4-kind';
import { suggestKindMapping } from './kind-spec';

const column = (field: string) => `col:${field}`;
const CAMPAIGN = '5b0f8a4e-0000-4000-8000-000000000001';

describe('GA4 cells', () => {
  it('reads bounce rates as the Vietnamese and English interfaces and the raw export write them', () => {
    expect(readRate('45.2%')).toEqual({ value: 0.452 });
    expect(readRate('45,2 %')).toEqual({ value: 0.452 });
    expect(readRate('0.452')).toEqual({ value: 0.452 });
    expect(readRate('0,5')).toEqual({ value: 0.5 });
    expect(readRate('40')).toEqual({ value: 0.4 });
    expect(readRate('')).toEqual({ value: null });
    expect(readRate('140%')).toHaveProperty('error');
    expect(readRate('cao')).toHaveProperty('error');
  });

  it('reads engagement times in seconds, "1m 05s", Vietnamese units and clocks', () => {
    expect(readDuration('65')).toEqual({ value: 65 });
    expect(readDuration('65,5')).toEqual({ value: 65.5 });
    expect(readDuration('1m 05s')).toEqual({ value: 65 });
    expect(readDuration('2 phút 3 giây')).toEqual({ value: 123 });
    expect(readDuration('1h 0m 10s')).toEqual({ value: 3610 });
    expect(readDuration('00:01:05')).toEqual({ value: 65 });
    expect(readDuration('02:30')).toEqual({ value: 150 });
    expect(readDuration('1 tuần')).toHaveProperty('error');
    expect(readDuration('lâu')).toHaveProperty('error');
  });

  it('splits "source / medium" at the last separator and recognises total rows', () => {
    expect(splitSourceMedium('tiktok / referral')).toEqual({ source: 'tiktok', medium: 'referral' });
    expect(splitSourceMedium('(direct) / (none)')).toEqual({ source: '(direct)', medium: '(none)' });
    expect(splitSourceMedium('google')).toEqual({ source: 'google', medium: null });
    expect(isTotalLabel('Grand total')).toBe(true);
    expect(isTotalLabel('Tổng cộng')).toBe(true);
    expect(isTotalLabel('tiktok / referral')).toBe(false);
  });
});

describe('GA4 kind', () => {
  it('maps the headers of an English and a Vietnamese GA4 export', () => {
    expect(
      suggestKindMapping(ga4Kind, [
        'Session source / medium',
        'Session manual ad content',
        'Date',
        'Sessions',
        'Engaged sessions',
        'Average engagement time per session',
        'Users',
      ]),
    ).toEqual(['sourceMedium', 'content', 'date', 'sessions', 'engagedSessions', 'avgEngagementTime', null]);
    expect(
      suggestKindMapping(ga4Kind, [
        'Nguồn / phương tiện của phiên',
        'Chiến dịch của phiên',
        'Ngày',
        'Phiên',
        'Tỷ lệ thoát',
        'Thời gian tương tác trung bình',
      ]),
    ).toEqual(['sourceMedium', 'utmCampaign', 'date', 'sessions', 'bounceRate', 'avgEngagementTime']);
  });

  const validate = (cells: Partial<Record<Ga4Field, string>>) =>
    ga4Kind.validateRow({ campaign: CAMPAIGN, ...cells }, column);

  it('turns a bounce rate and an average time into bounces and total seconds', () => {
    const outcome = validate({
      date: '20260301',
      sourceMedium: 'tiktok / referral',
      content: 'lananh',
      sessions: '1.250',
      bounceRate: '45,2%',
      avgEngagementTime: '1m 05s',
    });
    expect(outcome).toEqual({
      ok: true,
      row: {
        campaignId: CAMPAIGN,
        date: new Date('2026-02-28T17:00:00.000Z'),
        source: 'tiktok',
        medium: 'referral',
        utmCampaign: null,
        content: 'lananh',
        sessions: 1250,
        // 1,250 × 0.452 = 565; 1,250 × 65 s = 81,250 s
        bounces: 565,
        timeOnPageS: 81250,
      },
    });
  });

  it('falls back to sessions − engaged sessions, then to the engagement rate', () => {
    const engaged = validate({ sessions: '200', engagedSessions: '150' });
    expect(engaged.ok && engaged.row.bounces).toBe(50);
    const rate = validate({ sessions: '200', engagementRate: '0.7' });
    expect(rate.ok && rate.row.bounces).toBe(60);
    const neither = validate({ sessions: '200', engagementTime: '4000' });
    expect(neither.ok && [neither.row.bounces, neither.row.timeOnPageS]).toEqual([null, 4000]);
  });

  it('rejects the total row, bad numbers and more engaged sessions than sessions, naming the column', () => {
    expect(validate({ sourceMedium: 'Grand total', sessions: '9000' })).toEqual({
      ok: false,
      problems: [
        {
          column: 'col:sessions',
          code: 'total_row',
          values: {},
          message: 'the total row of the export (it would count twice)',
        },
      ],
    });
    expect(validate({ sourceMedium: '', date: '', sessions: '1900' })).toMatchObject({ ok: false });
    expect(validate({ sessions: '1900' })).toMatchObject({ ok: true });
    const bad = validate({ date: '2026-13-01', sessions: '', bounceRate: 'cao' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.column).sort()).toEqual([
      'col:bounceRate',
      'col:date',
      'col:sessions',
    ]);
    expect(!bad.ok && bad.problems.map((p) => [p.code, p.values])).toEqual([
      ['not_a_date', { value: '2026-13-01', example: '20260301' }],
      ['missing_sessions', {}],
      ['not_a_rate', { value: 'cao' }],
    ]);
    const engaged = validate({ sessions: '10', engagedSessions: '12' });
    expect(!engaged.ok && engaged.problems[0]).toEqual({
      column: 'col:engagedSessions',
      code: 'engaged_above_sessions',
      values: { engaged: 12, sessions: 10 },
      message: '12 engaged sessions is more than the 10 sessions',
    });
  });

  it('needs a campaign for the file and a sessions column', () => {
    expect(ga4Kind.missingInMapping(new Set(['date']))).toHaveLength(2);
    expect(ga4Kind.missingInMapping(new Set(['campaign', 'sessions']))).toEqual([]);
  });
});

describe('matching a GA4 row to a creator', () => {
  const links: TrackedLinkTags[] = [
    { creatorId: 'lan', slug: 'lan-anh', utm: { source: 'tiktok', content: 'lananh' } },
    { creatorId: 'khoa', slug: 'minh-khoa', utm: { source: 'tiktok', content: 'minhkhoa' } },
    { creatorId: 'ha', slug: 'thu-ha', utm: { source: 'instagram', campaign: 'tet-2026' } },
  ];
  const match = ga4CreatorMatcher(links);
  const row = (source: string | null, content: string | null, utmCampaign: string | null = null) => ({
    source,
    content,
    utmCampaign,
  });

  it('matches the ad content to a link’s utm_content or slug first', () => {
    expect(match(row('tiktok', 'LanAnh'))).toBe('lan');
    expect(match(row('tiktok', 'minh-khoa'))).toBe('khoa');
  });

  it('uses the source only when one creator has it, then the campaign tag', () => {
    expect(match(row('instagram', null))).toBe('ha');
    expect(match(row('tiktok', null))).toBeNull();
    expect(match(row('google', null, 'Tet-2026'))).toBe('ha');
    expect(match(row('(direct)', '(not set)'))).toBeNull();
  });
});
