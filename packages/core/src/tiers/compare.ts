import type { BenchmarkBand } from './benchmarks';

export interface BandComparison {
  position: 'below' | 'within' | 'above';
  /** Percentage points to the nearest bound: negative below, positive above, 0 within (bounds are inclusive). */
  distance: number;
  /** distance / that bound (0.5 = 50 % above the upper bound); null when the bound is 0 or the value is within. */
  relativeDistance: number | null;
}

export function compareToBand(value: number, band: Pick<BenchmarkBand, 'low' | 'high'>): BandComparison {
  if (!Number.isFinite(value)) throw new RangeError('compareToBand needs a finite value');
  if (band.low !== null && value < band.low) {
    return {
      position: 'below',
      distance: value - band.low,
      relativeDistance: relative(value - band.low, band.low),
    };
  }
  if (band.high !== null && value > band.high) {
    return {
      position: 'above',
      distance: value - band.high,
      relativeDistance: relative(value - band.high, band.high),
    };
  }
  return { position: 'within', distance: 0, relativeDistance: null };
}

function relative(distance: number, bound: number): number | null {
  return bound === 0 ? null : distance / bound;
}
