import type { ScopeInput } from '../inputs';
import type { ConversionEntry, KpiDataset, KpiRange, Recorded, SiteAnalyticsEntry } from './dataset';
import type { ScopeInputTable } from './prepared';

const CONVERSION_FIELDS = [
  'leads',
  'orders',
  'revenue',
  'refunds',
  'new_customers',
  'returning_customers',
  'customers_lost',
  'customers_at_start',
] as const satisfies readonly (keyof ConversionEntry & ScopeInput)[];

const SITE_FIELDS = [
  'sessions',
  'bounces',
  'time_on_page_s',
] as const satisfies readonly (keyof SiteAnalyticsEntry & ScopeInput)[];

function inRange(at: number | undefined, range: KpiRange): boolean {
  if (at === undefined) return true;
  if (range.from !== undefined && at < range.from) return false;
  return range.to === undefined || at <= range.to;
}

class ScopeInputAccumulator {
  readonly table: ScopeInputTable = { sums: {}, freshness: {} };
  constructor(
    private readonly scopeCount: number,
    private readonly campaignSlot: number,
  ) {}

  add(input: ScopeInput, creatorSlot: number | undefined, value: Recorded, at: number | undefined): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    let sums = this.table.sums[input];
    let freshness = this.table.freshness[input];
    if (!sums || !freshness) {
      sums = new Float64Array(this.scopeCount).fill(Number.NaN);
      freshness = new Float64Array(this.scopeCount).fill(Number.NEGATIVE_INFINITY);
      this.table.sums[input] = sums;
      this.table.freshness[input] = freshness;
    }
    for (const slot of creatorSlot === undefined ? [this.campaignSlot] : [this.campaignSlot, creatorSlot]) {
      const current = sums[slot]!;
      sums[slot] = !Number.isNaN(current) ? current + value : value;
      if (at !== undefined && at > freshness[slot]!) freshness[slot] = at;
    }
  }
}

/** Sums costs, conversions and site analytics per creator and for the campaign, skipping entries dated outside the range. */
export function prepareScopeInputs(
  dataset: KpiDataset,
  creatorIndex: Map<string, number>,
  range: KpiRange,
): ScopeInputTable {
  const campaignSlot = creatorIndex.size;
  const accumulator = new ScopeInputAccumulator(campaignSlot + 1, campaignSlot);
  const slotOf = (creator: string | undefined) =>
    creator === undefined ? undefined : creatorIndex.get(creator);
  for (const cost of dataset.costs) {
    if (inRange(cost.at, range)) accumulator.add('cost', slotOf(cost.creator), cost.amount, cost.at);
  }
  for (const entry of dataset.conversions) {
    if (!inRange(entry.at, range)) continue;
    const slot = slotOf(entry.creator);
    for (const field of CONVERSION_FIELDS) accumulator.add(field, slot, entry[field], entry.at);
  }
  for (const entry of dataset.siteAnalytics ?? []) {
    if (!inRange(entry.at, range)) continue;
    const slot = slotOf(entry.creator);
    for (const field of SITE_FIELDS) accumulator.add(field, slot, entry[field], entry.at);
  }
  return accumulator.table;
}
