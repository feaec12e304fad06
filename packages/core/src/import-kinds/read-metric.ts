import { parseHumanNumber } from '../spreadsheet/parse-number';

/** A whole non-negative count from a cell ("12,5K", "1.200", "" → null); the reason when it is not one. */
export function readCount(cell: string | undefined): { value: number | null } | { error: string } {
  const parsed = parseHumanNumber(cell ?? '');
  if ('error' in parsed) return parsed;
  if (parsed.value === null) return { value: null };
  if (parsed.value < 0) return { error: 'cannot be negative' };
  return { value: Math.round(parsed.value) };
}
