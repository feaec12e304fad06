import type { ErVariant, LocalizedText, Platform } from '../kpi';
import type { TierId } from './thresholds';

export interface BenchmarkSource {
  id: string;
  title: LocalizedText;
  /** Where the numbers come from, precise enough to check them. */
  reference: string;
}

/** A published engagement-rate band, in percent. A null bound is open (e.g. "up to 10.3 %"). */
export interface BenchmarkBand {
  tier: TierId;
  /** 'any' when the source does not split by platform. */
  platform: Platform | 'any';
  variant: ErVariant;
  low: number | null;
  high: number | null;
  average?: number;
  source: BenchmarkSource;
  note?: LocalizedText;
}

export const SEED_000_SOURCE: BenchmarkSource = {
  id: 'seed-000',
  title: {
    vi: 'Nano & micro influencers: xu hướng 2025 (bài 000), bảng ER trung bình theo hạng',
    en: 'Nano & micro influencers in 2025 (seed 000), average ER by tier table',
  },
  reference: 'shared/seeds/000 §1.3 table "Tỷ lệ Tương tác (ER) Trung bình"; micro average from §1.2',
};

export const SEED_000_TIKTOK_SOURCE: BenchmarkSource = {
  id: 'seed-000-tiktok',
  title: {
    vi: 'Nano influencers trên TikTok (bài 000 §3.1)',
    en: 'Nano influencers on TikTok (seed 000 §3.1)',
  },
  reference: 'shared/seeds/000 §3.1 "tỷ lệ tương tác lên tới 10.3%"',
};

function seedBand(tier: TierId, low: number, high: number, average?: number): BenchmarkBand {
  const band: BenchmarkBand = {
    tier,
    platform: 'any',
    variant: 'engagement_rate',
    low,
    high,
    source: SEED_000_SOURCE,
  };
  if (average !== undefined) band.average = average;
  return band;
}

/**
 * Default bands (editable per workspace). Only what a source publishes: seed 000 gives ER by followers per tier
 * and a TikTok nano ceiling. There is no published band for KOC accounts or for ER by reach or impressions.
 */
export const DEFAULT_BENCHMARK_BANDS: readonly BenchmarkBand[] = [
  seedBand('nano', 2.71, 4),
  seedBand('micro', 1.5, 2, 1.81),
  seedBand('macro', 0.68, 0.94),
  seedBand('mega', 0.61, 0.87),
  {
    tier: 'nano',
    platform: 'tiktok',
    variant: 'er_views',
    low: null,
    high: 10.3,
    source: SEED_000_TIKTOK_SOURCE,
    note: {
      vi:
        'Bài 000 chỉ nói "lên tới 10.3%" mà không nêu mẫu số; ER trên TikTok thường tính theo lượt xem nên ' +
        'được xếp vào ER theo lượt xem. Đây là mức trần, không phải mức điển hình.',
      en:
        'Seed 000 says "up to 10.3 %" without naming the denominator; TikTok ER is usually reported by views, ' +
        'so it is filed under ER by views. It is a ceiling, not a typical value.',
    },
  },
];
