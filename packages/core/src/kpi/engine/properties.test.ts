import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KPI_CATALOGUE } from '../catalogue/catalogue';
import { KPI_IDS } from '../kpi-ids';
import { computeAllCreatorKpis, computeKpis, computeScopeKpis } from './compute';
import type { KpiDataset } from './dataset';
import { prepareKpiData } from './prepare';
import { randomDataset, shuffled } from './random-dataset.test-utils';
import type { KpiResultSet } from './result';

const RUNS = { numRuns: 200 };

function expectClose(actual: number | null, expected: number | null, label: string): void {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function everyScope(dataset: KpiDataset): KpiResultSet[] {
  const prepared = prepareKpiData(dataset);
  return [
    computeScopeKpis(prepared, { kind: 'campaign' }),
    ...computeAllCreatorKpis(prepared).values(),
    ...prepared.posts.ids.map((postId) => computeScopeKpis(prepared, { kind: 'post', postId })),
  ];
}

const PER_POST_RATIOS = KPI_CATALOGUE.flatMap(({ id, formula }) =>
  formula.kind === 'ratio' && formula.pairing === 'per_post'
    ? [
        {
          id,
          numerator: formula.numerator.join('+'),
          denominator: formula.denominator[0]!,
          scale: formula.scale,
        },
      ]
    : [],
);

describe('KPI engine properties', () => {
  it('never returns NaN or ±Infinity: a value is finite, or null with a reason', () => {
    fc.assert(
      fc.property(randomDataset, (dataset) => {
        for (const results of everyScope(dataset)) {
          for (const id of KPI_IDS) {
            const { value, reason } = results[id];
            if (value === null) expect(reason, id).toMatch(/\w/);
            else expect(Number.isFinite(value), id).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('pools two halves of a campaign by summing numerators and denominators (ratio of sums)', () => {
    fc.assert(
      fc.property(
        randomDataset,
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        (dataset, side) => {
          const half = (keep: boolean) => ({
            ...dataset,
            posts: dataset.posts.filter((_, p) => side[p] === keep),
          });
          const whole = computeKpis(dataset, { kind: 'campaign' });
          const parts = [
            computeKpis(half(true), { kind: 'campaign' }),
            computeKpis(half(false), { kind: 'campaign' }),
          ];
          for (const { id, numerator, denominator, scale } of PER_POST_RATIOS) {
            const sum = (key: string) =>
              parts.reduce((total, part) => total + (part[id].inputs[key] ?? 0), 0);
            expect(whole[id].postsIncluded).toBe(parts[0]![id].postsIncluded + parts[1]![id].postsIncluded);
            expectClose(whole[id].inputs[numerator] ?? 0, sum(numerator), `${id} numerator`);
            expectClose(whole[id].inputs[denominator] ?? 0, sum(denominator), `${id} denominator`);
            const pooled = sum(denominator) > 0 ? (sum(numerator) / sum(denominator)) * scale : null;
            expectClose(whole[id].value, pooled, id);
          }
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the order of accounts, posts, snapshots, costs or conversions', () => {
    fc.assert(
      fc.property(randomDataset, fc.integer(), (dataset, seed) => {
        const reordered: KpiDataset = {
          ...dataset,
          accounts: shuffled(dataset.accounts, seed).map((a) => ({
            ...a,
            followers: shuffled(a.followers, seed + 1),
          })),
          posts: shuffled(dataset.posts, seed + 2).map((p) => ({
            ...p,
            snapshots: shuffled(p.snapshots, seed + 3),
          })),
          costs: shuffled(dataset.costs, seed + 4),
          conversions: shuffled(dataset.conversions, seed + 5),
        };
        const before = prepareKpiData(dataset);
        const after = prepareKpiData(reordered);
        const pairs: [KpiResultSet, KpiResultSet][] = [
          [computeScopeKpis(before, { kind: 'campaign' }), computeScopeKpis(after, { kind: 'campaign' })],
        ];
        const creatorsAfter = computeAllCreatorKpis(after);
        for (const [creator, results] of computeAllCreatorKpis(before))
          pairs.push([results, creatorsAfter.get(creator)!]);
        for (const [a, b] of pairs) {
          for (const id of KPI_IDS) {
            expectClose(b[id].value, a[id].value, id);
            expect(b[id].postsIncluded, id).toBe(a[id].postsIncluded);
          }
        }
      }),
      RUNS,
    );
  });

  it('never counts a missing input as zero: a post without reach leaves ER by reach', () => {
    fc.assert(
      fc.property(randomDataset, fc.nat(), (dataset, pick) => {
        fc.pre(dataset.posts.length > 0);
        const target = dataset.posts[pick % dataset.posts.length]!;
        const stripped: KpiDataset = {
          ...dataset,
          posts: dataset.posts.map((post) =>
            post === target
              ? { ...post, snapshots: post.snapshots.map((s) => ({ ...s, reach: undefined })) }
              : post,
          ),
        };
        const before = computeKpis(dataset, { kind: 'campaign' }).er_reach;
        const after = computeKpis(stripped, { kind: 'campaign' }).er_reach;
        const wasIncluded = !before.postsExcluded.some((exclusion) => exclusion.postId === target.id);
        const targetReach =
          computeKpis(dataset, { kind: 'post', postId: target.id }).er_reach.inputs.reach ?? 0;
        expect(after.postsExcluded.map((exclusion) => exclusion.postId)).toContain(target.id);
        expect(after.postsIncluded).toBe(before.postsIncluded - (wasIncluded ? 1 : 0));
        const expectedReach = (before.inputs.reach ?? 0) - (wasIncluded ? targetReach : 0);
        expect(after.inputs.reach ?? 0).toBe(expectedReach);
        if (after.postsIncluded === 0) expect(after.value).toBeNull();
      }),
      RUNS,
    );
  });
});
