import { type Outcome, unavailable } from '../stats/result';
import { type CurveShape, type DeliveryCurve, deliveredFraction } from './delivery-curve';

export interface SnapshotPoint {
  /** Hours since the post was published. */
  ageHours: number;
  /** Cumulative metric value at that age (views, engagements…). */
  value: number;
}

export interface FitOptions {
  /** 'auto' fits both shapes and keeps the one with the lower BIC. Default 'auto'. */
  shape?: CurveShape | 'auto';
}

interface Candidate {
  curve: DeliveryCurve;
  sse: number;
  points: number;
  parameters: number;
}

const MIN_SCALE_HOURS = 0.25;
const MAX_SCALE_HOURS = 4000;
const EXPONENTS = { min: 0.3, max: 4 };

/**
 * Sum of squared log residuals for one curve. Each post's unknown final value V is profiled out:
 * log V = mean(log v − log F) minimises the post's squared log residuals exactly.
 */
function logResiduals(curve: DeliveryCurve, posts: SnapshotPoint[][]): { sse: number; weight: number } {
  let sse = 0;
  let weight = 0;
  for (const post of posts) {
    const logF = post.map((p) => Math.log(Math.max(deliveredFraction(curve, p.ageHours), 1e-12)));
    const logV = post.reduce((sum, p, i) => sum + Math.log(p.value) - (logF[i] as number), 0) / post.length;
    post.forEach((p, i) => {
      const r = Math.log(p.value) - logV - (logF[i] as number);
      sse += r * r;
      weight += (1 - Math.exp(logF[i] as number)) ** 2;
    });
  }
  return { sse, weight };
}

function makeCurve(shape: CurveShape, logScale: number, exponent: number): DeliveryCurve {
  return { shape, scaleHours: Math.exp(logScale), exponent, residualLogSd: 0, source: 'fitted' };
}

/** Coarse grid, then a shrinking pattern search: deterministic and robust to local flatness. */
function fitShape(shape: CurveShape, posts: SnapshotPoint[][]): Candidate {
  const lo = Math.log(MIN_SCALE_HOURS);
  const hi = Math.log(MAX_SCALE_HOURS);
  const exponents =
    shape === 'hill'
      ? Array.from({ length: 16 }, (_, i) => EXPONENTS.min + (i * (EXPONENTS.max - EXPONENTS.min)) / 15)
      : [1];
  const cost = (logScale: number, exponent: number) =>
    logResiduals(makeCurve(shape, logScale, exponent), posts).sse;
  let best = { logScale: lo, exponent: exponents[0] as number, sse: Number.POSITIVE_INFINITY };
  for (let i = 0; i <= 40; i++) {
    const logScale = lo + ((hi - lo) * i) / 40;
    for (const exponent of exponents) {
      const sse = cost(logScale, exponent);
      if (sse < best.sse) best = { logScale, exponent, sse };
    }
  }
  let stepScale = (hi - lo) / 40;
  let stepExponent = shape === 'hill' ? (EXPONENTS.max - EXPONENTS.min) / 15 : 0;
  for (let round = 0; round < 40; round++) {
    const moves: [number, number][] = [
      [stepScale, 0],
      [-stepScale, 0],
      [0, stepExponent],
      [0, -stepExponent],
    ];
    let improved = false;
    for (const [ds, dk] of moves) {
      const logScale = Math.min(hi, Math.max(lo, best.logScale + ds));
      const exponent = Math.min(EXPONENTS.max, Math.max(EXPONENTS.min, best.exponent + dk));
      const sse = cost(logScale, exponent);
      if (sse < best.sse - 1e-15) {
        best = { logScale, exponent, sse };
        improved = true;
      }
    }
    if (!improved) {
      stepScale /= 2;
      stepExponent /= 2;
    }
  }
  const points = posts.reduce((n, p) => n + p.length, 0);
  return {
    curve: makeCurve(shape, best.logScale, best.exponent),
    sse: best.sse,
    points,
    parameters: (shape === 'hill' ? 2 : 1) + posts.length,
  };
}

const bic = (c: Candidate) =>
  c.points * Math.log(Math.max(c.sse, 1e-300) / c.points) + c.parameters * Math.log(c.points);

/**
 * Fits a delivery curve to posts' snapshot series by least squares on log values (each post's final
 * value is a free parameter), and estimates the residual scale σ used by projections.
 * Posts need at least two snapshots with positive age and value.
 */
export function fitDeliveryCurve(
  posts: readonly (readonly SnapshotPoint[])[],
  options: FitOptions = {},
): Outcome<{ curve: DeliveryCurve; posts: number; points: number }> {
  const usable = posts
    .map((post) =>
      post.filter(
        (p) => p.ageHours > 0 && p.value > 0 && Number.isFinite(p.ageHours) && Number.isFinite(p.value),
      ),
    )
    .filter((post) => post.length >= 2);
  const shapes: CurveShape[] =
    options.shape && options.shape !== 'auto' ? [options.shape] : ['exponential', 'hill'];
  const points = usable.reduce((n, p) => n + p.length, 0);
  const maxParameters = usable.length + (shapes.includes('hill') ? 2 : 1);
  if (points <= maxParameters) {
    return unavailable(
      'not_enough_history',
      'need more snapshots (at least two per post, more points than parameters)',
    );
  }
  const candidates = shapes.map((shape) => fitShape(shape, usable));
  const best = candidates.reduce((a, b) => (bic(b) < bic(a) ? b : a));
  const { sse, weight } = logResiduals(best.curve, usable);
  const dofCorrection = best.points / (best.points - best.parameters);
  const residualLogSd =
    weight > 1e-12
      ? Math.sqrt((sse / weight) * dofCorrection)
      : Math.sqrt((sse / best.points) * dofCorrection);
  return { ok: true, curve: { ...best.curve, residualLogSd }, posts: usable.length, points };
}
