/**
 * Saturating delivery curves: the share of a post's final value delivered `ageHours` after publishing.
 * - exponential: F(a) = 1 − exp(−a / τ)          (τ = hours to 63 % delivered)
 * - hill:        F(a) = a^k / (a^k + τ^k)         (τ = hours to 50 % delivered, k = steepness)
 */
export type CurveShape = 'exponential' | 'hill';

export interface DeliveryCurve {
  shape: CurveShape;
  /** τ, in hours. */
  scaleHours: number;
  /** k for the Hill curve (ignored by the exponential one). */
  exponent: number;
  /**
   * σ of log(actual / curve) scaled by the undelivered share: a projection made when a fraction p is
   * delivered has log-error sd ≈ σ·(1 − p). Fitted from history or a default.
   */
  residualLogSd: number;
  source: 'default' | 'fitted';
}

export function deliveredFraction(curve: DeliveryCurve, ageHours: number): number {
  if (!(ageHours > 0)) return 0;
  if (ageHours === Number.POSITIVE_INFINITY) return 1;
  if (curve.shape === 'exponential') return 1 - Math.exp(-ageHours / curve.scaleHours);
  const ratio = (curve.scaleHours / ageHours) ** curve.exponent;
  return 1 / (1 + ratio);
}

const hill = (scaleHours: number, exponent: number): DeliveryCurve => ({
  shape: 'hill',
  scaleHours,
  exponent,
  residualLogSd: 0.5,
  source: 'default',
});

/**
 * Starting assumptions when a workspace has no snapshot history for a platform: feed-driven platforms
 * deliver most views within a day, YouTube keeps a long search tail. Replace them with
 * `fitDeliveryCurve` on the workspace's own snapshots as soon as there are some.
 */
export const DEFAULT_DELIVERY_CURVES: Readonly<Record<string, DeliveryCurve>> = Object.freeze({
  tiktok: hill(18, 1.2),
  facebook: hill(6, 1.3),
  instagram: hill(10, 1.3),
  youtube: hill(72, 0.9),
  zalo: hill(6, 1.3),
  other: hill(24, 1),
});

export function defaultCurveFor(platform: string | undefined): DeliveryCurve {
  return DEFAULT_DELIVERY_CURVES[platform ?? 'other'] ?? (DEFAULT_DELIVERY_CURVES.other as DeliveryCurve);
}
