/** Calendar arithmetic on local days written YYYY-MM-DD (no time zone involved). */
const DAY_MS = 86_400_000;

const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return format(parse(day) + days * DAY_MS);
}

/** Monday of the week holding `day` (weeks start on Monday in Vietnam). */
export function weekStart(day: string): string {
  const weekday = (new Date(parse(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function addMonths(day: string, months: number): string {
  const date = new Date(parse(monthStart(day)));
  date.setUTCMonth(date.getUTCMonth() + months);
  return format(date.getTime());
}

/** The days shown for a view: whole weeks covering the month, or the one week. */
export function visibleDays(anchor: string, view: 'month' | 'week'): string[] {
  const first = view === 'month' ? weekStart(monthStart(anchor)) : weekStart(anchor);
  const last =
    view === 'month' ? addDays(weekStart(addDays(addMonths(anchor, 1), -1)), 6) : addDays(first, 6);
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
