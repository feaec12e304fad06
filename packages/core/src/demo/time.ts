export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight (Asia/Ho_Chi_Minh, UTC+7, no DST) of the day containing `date`. */
export function vietnamDayStart(date: Date): Date {
  const local = date.getTime() + VIETNAM_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - VIETNAM_OFFSET_MS);
}

/** `YYYY-MM-DD` of `date` in Vietnam time. */
export function vietnamDate(date: Date): string {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date`'s Vietnam calendar day at `hour:minute` local time, shifted by `days`. */
export function vietnamTime(date: Date, days: number, hour: number, minute = 0): Date {
  return new Date(vietnamDayStart(date).getTime() + days * DAY_MS + hour * HOUR_MS + minute * 60_000);
}
