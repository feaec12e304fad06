const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) as days since 1970-01-01: the visitor-hash salt rotates on it. */
export function vietnamDayNumber(nowMs: number): number {
  return Math.floor((nowMs + VIETNAM_OFFSET_MS) / 86_400_000);
}
