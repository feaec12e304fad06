import { parseRangeBound } from '@lantoa/core/bundle';
import { previousPeriod } from '@lantoa/core/dashboard';
import type { KpiRange } from '@lantoa/core/kpi';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The local (UTC+07:00) day of an instant, YYYY-MM-DD. */
export function localDay(at: number): string {
  return new Date(at + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export interface DashboardRange {
  range: KpiRange | undefined;
  /** The same range as local days, for the daily rollups. */
  days: { from: string | null; to: string | null };
}

/** Days picked by the user, else the campaign's dates; a side without either is open. */
export function dashboardRange(
  query: { from?: string | undefined; to?: string | undefined },
  campaign: { startDate: string | null; endDate: string | null },
): DashboardRange {
  const fromDay = query.from ?? campaign.startDate;
  const toDay = query.to ?? campaign.endDate;
  const from = fromDay ? parseRangeBound(fromDay, 'from') : undefined;
  const to = toDay ? parseRangeBound(toDay, 'to') : undefined;
  return {
    range: from === undefined && to === undefined ? undefined : { from, to },
    days: { from: fromDay ?? null, to: toDay ?? null },
  };
}

/** The equal-length period just before a closed range; null when the range is open on a side. */
export function previousDashboardRange(current: DashboardRange): DashboardRange | null {
  const { range } = current;
  if (range?.from === undefined || range.to === undefined) return null;
  const previous = previousPeriod({ from: range.from, to: range.to });
  return {
    range: previous,
    days: { from: localDay(previous.from), to: localDay(previous.to) },
  };
}
