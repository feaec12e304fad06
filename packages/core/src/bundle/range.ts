import type { KpiRange } from '../kpi';

/** Asia/Ho_Chi_Minh has no daylight saving time: local days always start at 00:00+07:00. */
export const DEFAULT_UTC_OFFSET = '+07:00';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * A range bound from user text: an ISO date-time with offset, or a date (a whole local day: `from` at its
 * first millisecond, `to` at its last). Returns undefined when the text is not a valid date.
 */
export function parseRangeBound(
  text: string,
  side: 'from' | 'to',
  utcOffset = DEFAULT_UTC_OFFSET,
): number | undefined {
  const isDate = DATE_ONLY.test(text);
  const at = Date.parse(isDate ? `${text}T00:00:00${utcOffset}` : text);
  if (Number.isNaN(at)) return undefined;
  if (!isDate && !/(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  return isDate && side === 'to' ? at + DAY_MS - 1 : at;
}

/** The campaign's own dates as a range (whole local days). */
export function campaignRange(
  campaign: { start: string; end: string },
  utcOffset = DEFAULT_UTC_OFFSET,
): KpiRange {
  return {
    from: parseRangeBound(campaign.start, 'from', utcOffset),
    to: parseRangeBound(campaign.end, 'to', utcOffset),
  };
}
