import { AppError } from '../../http/app-error';

const WINDOW_MS = 60_000;
const MAX_KEYS = 10_000;

/**
 * A fixed-window counter per key (client address + link) kept in memory: enough to stop a public link from
 * being hammered by one client; each server process counts on its own.
 */
export function createRateLimiter(maxPerMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string, now = Date.now()): void => {
    const current = windows.get(key);
    if (!current || now - current.start >= WINDOW_MS) {
      if (windows.size >= MAX_KEYS) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return;
    }
    current.count += 1;
    if (current.count > maxPerMinute) {
      const seconds = Math.ceil((current.start + WINDOW_MS - now) / 1000);
      throw new AppError('rate_limited', `Too many requests on this link; try again in ${seconds} s`);
    }
  };
}
