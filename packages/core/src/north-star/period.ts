const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/**
 * Share of an inclusive day range that has passed by the end of `today`: 0 before the start, 1 from the last
 * day on. On the first day of a 10-day period it is 0.1.
 */
export function elapsedShare(periodStart: string, periodEnd: string, today: string): number {
  const start = dayNumber(periodStart);
  const end = dayNumber(periodEnd);
  const now = dayNumber(today);
  if (end < start) throw new RangeError(`period ends (${periodEnd}) before it starts (${periodStart})`);
  if (now < start) return 0;
  if (now >= end) return 1;
  return (now - start + 1) / (end - start + 1);
}
