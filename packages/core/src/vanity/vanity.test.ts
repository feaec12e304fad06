import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateVanityRules } from './evaluate';
import { highCtrLowTimeOnPage, trafficWithHighBounce } from './site-rules';
import {
  clicksWithoutConversions,
  followersWithoutEngagement,
  impressionsWithoutEngagement,
  viewsWithoutWatchTime,
} from './volume-rules';

describe('impressionsWithoutEngagement', () => {
  it('triggers when impressions grow and ER by impressions falls', () => {
    // 100k → 150k impressions (+50 %), engagements 2 000 → 2 100: ER 2 % → 1.4 % (−30 %).
    const result = impressionsWithoutEngagement(
      { impressions: 150_000, engagements: 2100 },
      { impressions: 100_000, engagements: 2000 },
    );
    expect(result.triggered).toBe(true);
    expect(result.evidence.impressionsGrowthPercent).toBeCloseTo(50, 12);
    expect(result.evidence.ratePrevious).toBeCloseTo(2, 12);
    expect(result.evidence.rateCurrent).toBeCloseTo(1.4, 12);
    expect(result.evidence.rateChangePercent).toBeCloseTo(-30, 10);
    expect(result.thresholds).toEqual({ minVolumeGrowthPercent: 20, minRateDropPercent: 20 });
    expect(result.message.en).toBe(
      'Impressions +50.0 % but engagement per impression -30.0 %: people scroll past without engaging.',
    );
    expect(result.message.vi).toContain('Lượt hiển thị tăng +50.0 %');
  });

  it('stays quiet when engagement keeps up, and takes edited thresholds', () => {
    const previous = { impressions: 100_000, engagements: 2000 };
    expect(
      impressionsWithoutEngagement({ impressions: 150_000, engagements: 2900 }, previous).triggered,
    ).toBe(false);
    const strict = impressionsWithoutEngagement({ impressions: 150_000, engagements: 2100 }, previous, {
      minRateDropPercent: 40,
    });
    expect(strict.triggered).toBe(false);
  });

  it('explains missing data instead of guessing', () => {
    const result = impressionsWithoutEngagement(
      { impressions: 150_000, engagements: null },
      { impressions: 0, engagements: 5 },
    );
    expect(result.triggered).toBe(false);
    expect(result.reason).toContain('needs impressions and engagements');
  });
});

describe('followers, views and clicks rules', () => {
  it('flags followers up 25 % with flat engagement (ER by followers −20 %)', () => {
    const result = followersWithoutEngagement(
      { followers: 12_500, engagements: 1000 },
      { followers: 10_000, engagements: 1000 },
    );
    expect(result.triggered).toBe(true);
    expect(result.evidence.rateChangePercent).toBeCloseTo(-20, 10);
  });

  it('flags views up with watch time per view down', () => {
    // 10 000 views × 30 s → 20 000 views × 18 s: views +100 %, avg watch time −40 %.
    const result = viewsWithoutWatchTime(
      { views: 20_000, watchTimeS: 360_000 },
      { views: 10_000, watchTimeS: 300_000 },
    );
    expect(result.triggered).toBe(true);
    expect(result.evidence.rateCurrent).toBeCloseTo(18, 12);
  });

  it('flags clicks up with conversion rate down', () => {
    const result = clicksWithoutConversions(
      { clicks: 2000, conversions: 40 },
      { clicks: 1000, conversions: 30 },
    );
    expect(result.triggered).toBe(true); // CR 3 % → 2 %: −33.3 %
    expect(result.evidence.rateChangePercent).toBeCloseTo(-100 / 3, 10);
  });
});

describe('site rules', () => {
  it('flags a high CTR with shallow visits', () => {
    // CTR 300 / 10 000 = 3 %; 12 000 s over 1 000 sessions = 12 s.
    const result = highCtrLowTimeOnPage({
      clicks: 300,
      impressions: 10_000,
      sessions: 1000,
      timeOnPageS: 12_000,
    });
    expect(result.triggered).toBe(true);
    expect(result.evidence).toMatchObject({ ctrPercent: 3, avgTimeOnPageS: 12 });
    expect(
      highCtrLowTimeOnPage({ clicks: 300, impressions: 10_000, sessions: 1000, timeOnPageS: 60_000 })
        .triggered,
    ).toBe(false);
  });

  it('flags traffic up with a high or rising bounce rate', () => {
    const previous = { sessions: 1000, bounces: 400 };
    const high = trafficWithHighBounce({ sessions: 1500, bounces: 1100 }, previous); // +50 %, 73.3 %
    const rising = trafficWithHighBounce({ sessions: 1500, bounces: 780 }, previous); // 40 % → 52 %: +12 points
    const fine = trafficWithHighBounce({ sessions: 1500, bounces: 650 }, previous); // 43.3 %
    expect([high.triggered, rising.triggered, fine.triggered]).toEqual([true, true, false]);
    expect(rising.evidence.bounceRiseInPoints).toBeCloseTo(12, 10);
  });
});

describe('evaluateVanityRules', () => {
  it('runs all six rules and never reports NaN or infinity', () => {
    const metric = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }));
    const period = fc.record({
      impressions: metric,
      engagements: metric,
      followers: metric,
      views: metric,
      watchTimeS: metric,
      clicks: metric,
      conversions: metric,
      sessions: metric,
      bounces: metric,
      timeOnPageS: metric,
    });
    fc.assert(
      fc.property(period, period, (current, previous) => {
        const results = evaluateVanityRules(current, previous);
        return (
          results.length === 6 &&
          results.every(
            (r) =>
              Object.values(r.evidence).every((v) => v === null || Number.isFinite(v)) &&
              !r.message.en.includes('NaN'),
          )
        );
      }),
    );
  });
});
