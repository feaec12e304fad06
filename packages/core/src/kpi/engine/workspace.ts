import { computeKpis } from './compute';
import type { AccountRecord, KpiDataset, KpiOptions, MentionCounts, PostRecord } from './dataset';
import type { KpiResultSet } from './result';

function mergeById<T extends { id: string }>(
  lists: readonly (readonly T[])[],
  merge: (a: T, b: T) => T,
): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const existing = byId.get(item.id);
      byId.set(item.id, existing ? merge(existing, item) : item);
    }
  }
  return [...byId.values()];
}

function unionByTime<T extends { at: number }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(a.map((item) => item.at));
  return [...a, ...b.filter((item) => !seen.has(item.at))];
}

function mergeMentions(all: (MentionCounts | undefined)[]): MentionCounts | undefined {
  const present = all.filter((mentions): mentions is MentionCounts => mentions !== undefined);
  if (present.length === 0) return undefined;
  const competitors: Record<string, number> = {};
  for (const mentions of present) {
    for (const [name, count] of Object.entries(mentions.competitors))
      competitors[name] = (competitors[name] ?? 0) + count;
  }
  return { brand: present.reduce((sum, mentions) => sum + mentions.brand, 0), competitors };
}

function sameEverywhere<T>(values: (T | undefined)[]): T | undefined {
  const present = values.filter((value): value is T => value !== undefined);
  const [first] = present;
  return present.every((value) => JSON.stringify(value) === JSON.stringify(first)) ? first : undefined;
}

/**
 * One dataset from several campaigns of a workspace. Accounts and posts shared by campaigns are merged by id
 * (snapshots united; on equal times the first campaign's wins); counts are added; customer-lifetime and EMV
 * assumptions are kept only when every campaign that has them agrees. All campaigns must share a currency.
 */
export function mergeKpiDatasets(datasets: readonly KpiDataset[]): KpiDataset {
  const [first] = datasets;
  if (!first) throw new RangeError('A workspace needs at least one campaign');
  const mixed = datasets.find((dataset) => dataset.currency !== first.currency);
  if (mixed) throw new RangeError(`Cannot combine ${mixed.currency} and ${first.currency} campaigns`);
  const sentiments = datasets.flatMap((dataset) => (dataset.sentiment ? [dataset.sentiment] : []));
  const surveys = datasets.flatMap((dataset) => (dataset.brandLift ? [dataset.brandLift] : []));
  return {
    currency: first.currency,
    accounts: mergeById<AccountRecord>(
      datasets.map((dataset) => dataset.accounts),
      (a, b) => ({ ...a, followers: unionByTime(a.followers, b.followers) }),
    ),
    posts: mergeById<PostRecord>(
      datasets.map((dataset) => dataset.posts),
      (a, b) => ({ ...a, snapshots: unionByTime(a.snapshots, b.snapshots) }),
    ),
    costs: datasets.flatMap((dataset) => dataset.costs),
    conversions: datasets.flatMap((dataset) => dataset.conversions),
    siteAnalytics: datasets.flatMap((dataset) => dataset.siteAnalytics ?? []),
    sentiment: sentiments.length
      ? sentiments.reduce((sum, s) => ({
          positive: sum.positive + s.positive,
          neutral: sum.neutral + s.neutral,
          negative: sum.negative + s.negative,
        }))
      : undefined,
    mentions: mergeMentions(datasets.map((dataset) => dataset.mentions)),
    npsAnswers: datasets.flatMap((dataset) => dataset.npsAnswers ?? []),
    brandLift: surveys.length
      ? surveys.reduce((sum, s) => ({
          exposed: {
            positive: sum.exposed.positive + s.exposed.positive,
            total: sum.exposed.total + s.exposed.total,
          },
          control: {
            positive: sum.control.positive + s.control.positive,
            total: sum.control.total + s.control.total,
          },
        }))
      : undefined,
    responseTimes: datasets.flatMap((dataset) => dataset.responseTimes ?? []),
    customerLifetime: sameEverywhere(datasets.map((dataset) => dataset.customerLifetime)),
    emvRates: sameEverywhere(datasets.map((dataset) => dataset.emvRates)),
  };
}

/** Workspace level: every KPI over the union of the given campaigns. */
export function computeWorkspaceKpis(datasets: readonly KpiDataset[], options?: KpiOptions): KpiResultSet {
  return computeKpis(mergeKpiDatasets(datasets), { kind: 'campaign' }, options);
}
