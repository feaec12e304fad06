import type { KpiInputName, PostInput } from '../inputs';
import type { KpiFormula } from './catalogue-types';

export function sumOf(input: KpiInputName): KpiFormula {
  return { kind: 'sum', input };
}

export function perPostRatio(numerator: PostInput, denominator: PostInput, scale: number): KpiFormula {
  return { kind: 'ratio', pairing: 'per_post', numerator: [numerator], denominator: [denominator], scale };
}

export function scopeRatio(
  numerator: readonly KpiInputName[],
  denominator: readonly KpiInputName[],
  scale: number,
): KpiFormula {
  return { kind: 'ratio', pairing: 'scope_totals', numerator, denominator, scale };
}
