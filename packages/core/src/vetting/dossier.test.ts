import { describe, expect, it } from 'vitest';
import { vetCreator } from './dossier';

const creator = { id: 'c1', name: 'Lan', platform: 'tiktok', followers: 20_000 };
const band = { low: 1.5, high: 2, source: 'seed 000' };

describe('vetCreator', () => {
  it('sections without input are null and listed; missing quality and risk ask for review', () => {
    const dossier = vetCreator({ creator, asOf: '2025-06-01' });
    expect(dossier.kind).toBe('lantoa.vetting-dossier');
    expect(dossier.notAvailable).toEqual(['quality', 'fit', 'risk', 'reliability']);
    expect(dossier.summary.qualityScore).toBeNull();
    expect(dossier.summary.recommendation).toBe('review');
    expect(dossier.summary.recommendationReasons.map((r) => r.en)).toEqual([
      'Audience quality was not assessed.',
      'Risk was not screened.',
    ]);
  });
  it('proceeds when quality is good and risk is low', () => {
    const dossier = vetCreator({
      creator,
      asOf: '2025-06-01',
      quality: { engagementRate: 1.8, tierBand: band },
      risk: { posts: [{ id: 'p1', caption: 'Review son môi' }] },
    });
    expect(dossier.summary).toMatchObject({ qualityScore: 100, qualityLevel: 'good', riskLevel: 'low' });
    expect(dossier.summary.recommendation).toBe('proceed');
    expect(dossier.flags).toEqual([]);
  });
  it('avoids a critical risk and flattens the evidence into flags', () => {
    const dossier = vetCreator({
      creator,
      asOf: '2025-06-01',
      quality: { engagementRate: 1.8, tierBand: band },
      risk: { notes: [{ note: 'đang bị điều tra', severity: 'critical', author: 'an' }] },
      deliverables: [{ id: 'd1', dueAt: '2025-05-01', missed: true }],
      decisions: [{ decision: 'rejected', by: 'an', at: '2025-06-01T09:00:00+07:00' }],
    });
    expect(dossier.summary.recommendation).toBe('avoid');
    expect(dossier.flags.map((flag) => `${flag.area}:${flag.severity}:${flag.code}`)).toEqual([
      'risk:critical:background_note',
      'reliability:info:small_sample',
      'reliability:warning:missed_deliverables',
    ]);
    expect(dossier.decisions).toHaveLength(1);
  });
  it('poor quality with enough evidence means avoid; thin evidence only review', () => {
    const comments = Array.from({ length: 10 }, (_, i) => ({ text: 'đẹp quá', authorId: `u${i}` }));
    const thin = vetCreator({
      creator,
      asOf: '2025-06-01',
      quality: { engagementRate: 0.1, tierBand: band },
      risk: {},
    });
    // coverage 0.2 → low confidence
    expect(thin.summary.qualityLevel).toBe('poor');
    expect(thin.summary.recommendation).toBe('review');
    const solid = vetCreator({
      creator,
      asOf: '2025-06-01',
      quality: { engagementRate: 0.1, tierBand: band, commentTexts: comments, growthSpikes: [] },
      risk: {},
    });
    // ER 0 × 0.2, comments 0 × 0.2, spikes 1 × 0.15 over 0.55 → 27.3; coverage 0.55 → medium
    expect(solid.summary.qualityScore).toBeCloseTo((100 * 0.15) / 0.55, 10);
    expect(solid.summary.recommendation).toBe('avoid');
    expect(solid.flags.filter((flag) => flag.area === 'quality').map((flag) => flag.code)).toEqual([
      'engagement_rate',
      'comment_quality',
    ]);
  });
  it('assesses raw follower rows and feeds them into quality; creator followers fill the input', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      username: `fan${i}`,
      followers: 300,
      following: 350,
      posts: 40,
      hasProfilePicture: true,
      isPrivate: false,
      biographyLength: 15,
    }));
    const dossier = vetCreator({
      creator,
      asOf: '2025-06-01',
      followerSampleRows: rows,
      quality: { postViews: [8000] },
    });
    expect(dossier.followerSample?.rowsValid).toBe(20);
    const ids = dossier.quality!.signals.filter((s) => s.subscore !== null).map((s) => s.id);
    expect(ids).toEqual(['views_per_follower', 'suspicious_mass_followers', 'fake_follower_estimate']);
  });
  it('low fit and low reliability ask for review with reasons', () => {
    const dossier = vetCreator({
      creator,
      asOf: '2025-06-01',
      quality: { engagementRate: 1.8, tierBand: band },
      risk: {},
      fit: { audience: { niches: ['gaming'] }, target: { niches: ['beauty'] } },
      deliverables: Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, dueAt: '2025-05-01', missed: true })),
    });
    expect(dossier.summary.recommendation).toBe('review');
    expect(dossier.summary.recommendationReasons.map((r) => r.en)).toEqual([
      'Low audience fit (0/100).',
      'Low delivery reliability (20/100).',
    ]);
  });
});
