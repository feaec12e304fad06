import fc from 'fast-check';
import { POST_METRICS } from '../inputs';
import type { KpiDataset, PostSnapshot, Recorded } from './dataset';

const CREATORS = ['c1', 'c2', 'c3'] as const;

const recorded: fc.Arbitrary<Recorded> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constant(0),
);

const metrics = fc.record(
  Object.fromEntries(POST_METRICS.map((metric) => [metric, recorded])) as Record<
    (typeof POST_METRICS)[number],
    fc.Arbitrary<Recorded>
  >,
);

/** Keeps the first item of each time: the engine expects unique snapshot times per post and per account. */
function uniqueTimes<T extends { at: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.at) && seen.add(item.at));
}

const time = fc.integer({ min: 0, max: 10_000 });

/** Small random campaigns with every kind of missing data, for property tests. */
export const randomDataset: fc.Arbitrary<KpiDataset> = fc
  .record({
    accounts: fc.array(
      fc.record({
        creator: fc.constantFrom(...CREATORS),
        platform: fc.constantFrom('tiktok', 'facebook', 'instagram') as fc.Arbitrary<
          'tiktok' | 'facebook' | 'instagram'
        >,
        followers: fc.array(fc.record({ at: time, count: fc.integer({ min: 0, max: 2_000_000 }) }), {
          maxLength: 4,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    posts: fc.array(
      fc.record({
        account: fc.nat(),
        publishedAt: time,
        snapshots: fc.array(fc.tuple(time, metrics), { maxLength: 4 }),
      }),
      { maxLength: 14 },
    ),
    costs: fc.array(
      fc.record({
        creator: fc.option(fc.constantFrom(...CREATORS), { nil: undefined }),
        amount: fc.nat(10_000_000),
      }),
      { maxLength: 4 },
    ),
    conversions: fc.array(
      fc.record({
        creator: fc.option(fc.constantFrom(...CREATORS), { nil: undefined }),
        leads: recorded,
        orders: recorded,
        revenue: recorded,
        new_customers: recorded,
        returning_customers: recorded,
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ accounts, posts, costs, conversions }) => ({
    currency: 'VND',
    accounts: accounts.map((account, a) => ({
      ...account,
      id: `a${a}`,
      followers: uniqueTimes(account.followers),
    })),
    posts: posts.map((post, p) => ({
      id: `p${p}`,
      account: `a${post.account % accounts.length}`,
      publishedAt: post.publishedAt,
      snapshots: uniqueTimes(post.snapshots.map(([at, values]): PostSnapshot => ({ ...values, at }))),
    })),
    costs: costs.map((cost) => ({ ...cost, category: 'creator_fee' as const })),
    conversions,
  }));

/** Deterministic Fisher–Yates shuffle. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
