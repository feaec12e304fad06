export interface RepeatTracker {
  /** True when `key` was seen less than the window ago; records this sighting either way. */
  isRepeat(key: string, nowMs: number): boolean;
}

/**
 * Remembers the last sighting of each key for `windowMs`. Memory is bounded: once `maxKeys` keys are held the
 * oldest half is forgotten (a forgotten visitor's next click counts as a first click, never the other way round).
 */
export function createRepeatTracker(windowMs: number, maxKeys = 200_000): RepeatTracker {
  let seen = new Map<string, number>();
  return {
    isRepeat(key, nowMs) {
      const last = seen.get(key);
      if (last !== undefined) seen.delete(key);
      else if (seen.size >= maxKeys) seen = new Map([...seen].slice(Math.floor(maxKeys / 2)));
      seen.set(key, nowMs);
      return last !== undefined && nowMs - last < windowMs;
    },
  };
}
