/**
 * Outcome of a computation that may be impossible on the given data. A failure carries a stable
 * machine code (for translation) and an English reason; it never carries NaN or Infinity.
 */
export type Unavailable = { ok: false; code: string; reason: string };
export type Outcome<T> = ({ ok: true } & T) | Unavailable;

export function unavailable(code: string, reason: string): Unavailable {
  return { ok: false, code, reason };
}

export function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
