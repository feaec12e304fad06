import { growthPercent, ratio, signed } from './numbers';
import type { PeriodMetrics, VanityResult } from './types';

const NOT_ENOUGH = { vi: 'Chưa đủ dữ liệu để đánh giá', en: 'Not enough data to evaluate' };

export interface CtrTimeThresholds {
  /** CTR (clicks / impressions × 100) at or above which CTR counts as high. Default 2 %. */
  highCtrPercent: number;
  /** Average time on page (s) at or below which a visit is shallow. Default 20 s. */
  lowTimeOnPageS: number;
}

/** Seed 003: high CTR but low time on site — the content does not match what the click promised. */
export function highCtrLowTimeOnPage(
  current: PeriodMetrics,
  thresholds: Partial<CtrTimeThresholds> = {},
): VanityResult {
  const limits: CtrTimeThresholds = { highCtrPercent: 2, lowTimeOnPageS: 20, ...thresholds };
  const ctrPercent = ratio(current.clicks, current.impressions, 100);
  const avgTimeOnPageS = ratio(current.timeOnPageS, current.sessions);
  const evidence = {
    clicks: current.clicks ?? null,
    impressions: current.impressions ?? null,
    ctrPercent,
    sessions: current.sessions ?? null,
    timeOnPageS: current.timeOnPageS ?? null,
    avgTimeOnPageS,
  };
  const base = { rule: 'high_ctr_low_time_on_page' as const, evidence, thresholds: { ...limits } };
  if (ctrPercent === null || avgTimeOnPageS === null) {
    return {
      ...base,
      triggered: false,
      reason: 'needs clicks, impressions, sessions and time on page',
      message: NOT_ENOUGH,
    };
  }
  const triggered = ctrPercent >= limits.highCtrPercent && avgTimeOnPageS <= limits.lowTimeOnPageS;
  return {
    ...base,
    triggered,
    reason: null,
    message: triggered
      ? {
          vi: `CTR cao (${ctrPercent.toFixed(2)} %) nhưng thời gian trên trang chỉ ${avgTimeOnPageS.toFixed(1)} giây: nội dung trang có thể không đúng kỳ vọng.`,
          en: `High CTR (${ctrPercent.toFixed(2)} %) but only ${avgTimeOnPageS.toFixed(1)} s on page: the page may not match what the click promised.`,
        }
      : { vi: 'CTR và thời gian trên trang không mâu thuẫn.', en: 'CTR and time on page are consistent.' },
  };
}

export interface TrafficBounceThresholds {
  /** Sessions must grow at least this much (%). Default 20. */
  minSessionGrowthPercent: number;
  /** Bounce rate at or above which it counts as high. Default 70 %. */
  highBounceRatePercent: number;
  /** …or a rise of at least this many points over the previous period. Default 10. */
  minBounceRisePoints: number;
}

/** Seed 003: more visits, but most leave at once — a content or experience problem. */
export function trafficWithHighBounce(
  current: PeriodMetrics,
  previous: PeriodMetrics,
  thresholds: Partial<TrafficBounceThresholds> = {},
): VanityResult {
  const limits: TrafficBounceThresholds = {
    minSessionGrowthPercent: 20,
    highBounceRatePercent: 70,
    minBounceRisePoints: 10,
    ...thresholds,
  };
  const sessionGrowth = growthPercent(previous.sessions, current.sessions);
  const bounceRatePrevious = ratio(previous.bounces, previous.sessions, 100);
  const bounceRateCurrent = ratio(current.bounces, current.sessions, 100);
  const rise =
    bounceRateCurrent !== null && bounceRatePrevious !== null ? bounceRateCurrent - bounceRatePrevious : null;
  const evidence = {
    sessionsPrevious: previous.sessions ?? null,
    sessionsCurrent: current.sessions ?? null,
    sessionGrowthPercent: sessionGrowth,
    bounceRatePrevious,
    bounceRateCurrent,
    bounceRiseInPoints: rise,
  };
  const base = { rule: 'traffic_with_high_bounce' as const, evidence, thresholds: { ...limits } };
  if (sessionGrowth === null || bounceRateCurrent === null) {
    return {
      ...base,
      triggered: false,
      reason: 'needs sessions for both periods and bounces for the current one',
      message: NOT_ENOUGH,
    };
  }
  const highBounce =
    bounceRateCurrent >= limits.highBounceRatePercent ||
    (rise !== null && rise >= limits.minBounceRisePoints);
  const triggered = sessionGrowth >= limits.minSessionGrowthPercent && highBounce;
  return {
    ...base,
    triggered,
    reason: null,
    message: triggered
      ? {
          vi: `Lượt truy cập tăng ${signed(sessionGrowth)} % nhưng tỷ lệ thoát là ${bounceRateCurrent.toFixed(1)} %: cần xem lại nội dung hoặc trải nghiệm trang.`,
          en: `Sessions ${signed(sessionGrowth)} % but the bounce rate is ${bounceRateCurrent.toFixed(1)} %: check the page content or experience.`,
        }
      : {
          vi: 'Lượt truy cập tăng mà tỷ lệ thoát vẫn ổn.',
          en: 'Traffic is not paired with a high bounce rate.',
        },
  };
}
