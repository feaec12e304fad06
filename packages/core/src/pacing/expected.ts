import { type Outcome, unavailable } from '../stats/result';
import { type DeliveryCurve, defaultCurveFor, deliveredFraction } from './delivery-curve';

const HOUR_MS = 3_600_000;

export interface PlannedPost {
  /** Epoch milliseconds. */
  publishAt: number;
  /** The post's expected final value (its weight in the plan). Default 1: every post weighs the same. */
  expectedValue?: number;
  platform?: string;
  /** Overrides the platform curve for this post. */
  curve?: DeliveryCurve;
}

export interface ExpectedInput {
  /** The KPI target for the campaign end (a count or amount). */
  target: number;
  /** Campaign start and end, epoch milliseconds. */
  start: number;
  end: number;
  now: number;
  /** Without a post plan, delivery is assumed linear in time. */
  posts?: readonly PlannedPost[];
  /** Fitted curves by platform; missing platforms use DEFAULT_DELIVERY_CURVES. */
  curves?: Readonly<Record<string, DeliveryCurve>>;
  /** σ used for projections under linear pacing (no delivery curve to take it from). Default 0.5. */
  linearResidualLogSd?: number;
}

export interface ExpectedToDate {
  method: 'linear' | 'plan';
  /** Planned share of the target delivered by `now` (0 … 1; 1 at the campaign end). */
  share: number;
  /** target × share. */
  expected: number;
  /** σ of the delivery curve(s), weighted by the posts' expected values (for projections). */
  residualLogSd: number;
}

function curveFor(post: PlannedPost, curves: ExpectedInput['curves']): DeliveryCurve {
  return (
    post.curve ?? (post.platform ? curves?.[post.platform] : undefined) ?? defaultCurveFor(post.platform)
  );
}

/** Σ w·F(t − publish) / Σ w·F(end − publish): the plan's share delivered by t, 1 at the campaign end. */
function plannedShare(
  input: ExpectedInput,
  posts: readonly PlannedPost[],
  at: number,
): Outcome<{ share: number; residualLogSd: number }> {
  let delivered = 0;
  let byEnd = 0;
  let sigmaWeighted = 0;
  let totalWeight = 0;
  for (const post of posts) {
    const weight = post.expectedValue ?? 1;
    if (!(weight >= 0) || !Number.isFinite(post.publishAt)) {
      return unavailable(
        'invalid_plan',
        'planned posts need a publish time and a non-negative expected value',
      );
    }
    const curve = curveFor(post, input.curves);
    delivered += weight * deliveredFraction(curve, (at - post.publishAt) / HOUR_MS);
    byEnd += weight * deliveredFraction(curve, (input.end - post.publishAt) / HOUR_MS);
    sigmaWeighted += weight * curve.residualLogSd;
    totalWeight += weight;
  }
  if (byEnd <= 0)
    return unavailable('no_delivery_by_end', 'no planned post delivers anything before the campaign ends');
  return { ok: true, share: Math.min(1, delivered / byEnd), residualLogSd: sigmaWeighted / totalWeight };
}

/**
 * expected_to_date = target × planned share delivered (KPIS.md "Pacing"). Time is clamped to the
 * campaign: before the start nothing is expected, after the end the whole target is.
 */
export function expectedToDate(input: ExpectedInput): Outcome<ExpectedToDate> {
  const { target, start, end, now } = input;
  if (![start, end, now].every(Number.isFinite) || end <= start) {
    return unavailable('invalid_range', 'the campaign needs a start before its end');
  }
  if (!(Number.isFinite(target) && target >= 0))
    return unavailable('invalid_target', 'the target must be a number ≥ 0');
  const at = Math.min(end, Math.max(start, now));
  const posts = input.posts ?? [];
  if (posts.length === 0) {
    const share = (at - start) / (end - start);
    return {
      ok: true,
      method: 'linear',
      share,
      expected: target * share,
      residualLogSd: input.linearResidualLogSd ?? 0.5,
    };
  }
  const planned = plannedShare(input, posts, at);
  if (!planned.ok) return planned;
  return {
    ok: true,
    method: 'plan',
    share: planned.share,
    expected: target * planned.share,
    residualLogSd: planned.residualLogSd,
  };
}
