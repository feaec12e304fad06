import type { KpiDataset } from './dataset';

/** Midnight UTC of a March 2026 day: small, readable times for hand-computed cases. */
export const day = (n: number): number => Date.UTC(2026, 2, n);

/**
 * A campaign small enough to compute every KPI by hand (see engine tests):
 * creator "an" (TikTok, no reach/impressions) with P1 and P2, creator "binh" (Facebook, no views/saves)
 * with P3 and P4 (P4 has no snapshot yet).
 */
export function handDataset(): KpiDataset {
  return {
    currency: 'VND',
    accounts: [
      {
        id: 'A1',
        creator: 'an',
        platform: 'tiktok',
        followers: [
          { at: day(1), count: 1000 },
          { at: day(10), count: 1200 },
        ],
      },
      { id: 'A2', creator: 'binh', platform: 'facebook', followers: [{ at: day(1), count: 5000 }] },
    ],
    posts: [
      {
        id: 'P1',
        account: 'A1',
        publishedAt: day(2),
        snapshots: [
          { at: day(5), views: 2000, likes: 100, comments: 20, shares: 10, saves: 10, clicks: 40 },
          { at: day(3), views: 1000, likes: 50, comments: 10, shares: 5, saves: 5, clicks: 20 },
        ],
      },
      {
        id: 'P2',
        account: 'A1',
        publishedAt: day(9),
        snapshots: [{ at: day(11), views: 500, likes: 30, comments: 5, shares: 0, saves: 5, clicks: null }],
      },
      {
        id: 'P3',
        account: 'A2',
        publishedAt: day(4),
        snapshots: [
          { at: day(6), reach: 4000, impressions: 6000, likes: 200, comments: 30, shares: 20, clicks: 100 },
        ],
      },
      { id: 'P4', account: 'A2', publishedAt: day(7), snapshots: [] },
    ],
    costs: [
      { creator: 'an', category: 'creator_fee', amount: 2_000_000 },
      { creator: 'binh', category: 'creator_fee', amount: 5_000_000 },
      { category: 'production', amount: 1_000_000 },
    ],
    conversions: [
      {
        creator: 'an',
        leads: 50,
        orders: 20,
        revenue: 4_000_000,
        refunds: 400_000,
        new_customers: 15,
        returning_customers: 5,
      },
      { creator: 'binh', leads: 10, orders: 5, revenue: 1_000_000, new_customers: 5, returning_customers: 0 },
      { customers_at_start: 200, customers_lost: 30 },
    ],
    siteAnalytics: [{ sessions: 1000, bounces: 400, time_on_page_s: 45_000 }],
    sentiment: { positive: 60, neutral: 30, negative: 10 },
    mentions: { brand: 300, competitors: { X: 500, Y: 200 } },
    npsAnswers: [10, 9, 8, 7, 6, 0],
    brandLift: { exposed: { positive: 120, total: 300 }, control: { positive: 90, total: 300 } },
    responseTimes: [
      { inboundAt: day(3), firstReplyAt: day(3) + 10 * 60_000 },
      { inboundAt: day(4), firstReplyAt: day(4) + 30 * 60_000 },
      { inboundAt: day(5), firstReplyAt: day(5) + 20 * 60_000 },
      { inboundAt: day(6), firstReplyAt: null },
    ],
    customerLifetime: { purchasesPerCustomerPerYear: 3, expectedYears: 2 },
    emvRates: {
      cpmByPlatform: { tiktok: 20_000, facebook: 30_000 },
      like: 100,
      comment: 500,
      share: 1000,
      save: 200,
    },
  };
}
