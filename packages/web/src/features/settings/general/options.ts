export const CURRENCIES = ['VND', 'USD', 'EUR', 'SGD', 'THB', 'JPY', 'KRW'] as const;

export const TIMEZONES = [
  'Asia/Ho_Chi_Minh',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
] as const;

/** The options plus the current value when it is not among them, so a saved setting is never hidden. */
export function withCurrent(options: readonly string[], current: string): string[] {
  return options.includes(current) || !current ? [...options] : [current, ...options];
}
