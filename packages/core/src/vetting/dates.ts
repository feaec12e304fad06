/** Milliseconds since epoch of an ISO date or date-time, or null when it does not parse. */
export function parseInstant(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** The same instant `months` calendar months earlier (UTC), clamping the day: 31 Mar − 1 → 28/29 Feb. */
export function monthsBefore(instant: number, months: number): number {
  const date = new Date(instant);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(date.getUTCDate(), lastDay),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

export const DAY_MS = 86_400_000;
