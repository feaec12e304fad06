import { parseHumanNumber } from '../spreadsheet/parse-number';
import type { CellRead } from './ga4-cells';
import { importProblem } from './problem-codes';

/** A whole non-negative count from a cell ("12,5K", "1.200", "" → null); the problem when it is not one. */
export function readCount(cell: string | undefined): CellRead<number> {
  const text = (cell ?? '').trim();
  const parsed = parseHumanNumber(text);
  if ('error' in parsed)
    return { error: importProblem('not_a_number', { value: text }, `${parsed.error}: "${text}"`) };
  if (parsed.value === null) return { value: null };
  if (parsed.value < 0) return { error: importProblem('negative', { value: text }) };
  return { value: Math.round(parsed.value) };
}
