/** Minutes the time zone is ahead of UTC at that instant (420 for Asia/Ho_Chi_Minh). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
}

/** The instant a calendar day ("2025-03-08") starts in a time zone. */
export function zonedDayStart(date: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  const firstGuess = midnightUtc - timeZoneOffsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  const corrected = midnightUtc - timeZoneOffsetMinutes(new Date(firstGuess), timeZone) * 60_000;
  return new Date(corrected);
}

/** The last millisecond of a calendar day in a time zone. */
export function zonedDayEnd(date: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return new Date(zonedDayStart(next, timeZone).getTime() - 1);
}
