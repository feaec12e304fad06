import { growthPercent, ratio } from './numbers';
import type { LocalizedText, PeriodMetrics, VanityResult, VanityRuleId } from './types';

type Field = keyof PeriodMetrics;

export interface RateDropThresholds {
  /** The volume metric must grow at least this much (%). */
  minVolumeGrowthPercent: number;
  /** The quality rate must fall at least this much, relative (%). */
  minRateDropPercent: number;
}

export interface RateDropSpec {
  rule: VanityRuleId;
  volume: Field;
  quality: Field;
  /** Multiplier of quality / volume for display (100 for a percentage). */
  rateScale: number;
  defaults: RateDropThresholds;
  message: (volumeGrowth: number, rateChange: number) => LocalizedText;
  quiet: LocalizedText;
}

/**
 * "Volume up, quality down": triggered when the volume metric grows by at least
 * minVolumeGrowthPercent while quality / volume falls by at least minRateDropPercent (relative).
 */
export function rateDropRule(spec: RateDropSpec) {
  return (
    current: PeriodMetrics,
    previous: PeriodMetrics,
    thresholds: Partial<RateDropThresholds> = {},
  ): VanityResult => {
    const limits = { ...spec.defaults, ...thresholds };
    const volumeGrowth = growthPercent(previous[spec.volume], current[spec.volume]);
    const ratePrevious = ratio(previous[spec.quality], previous[spec.volume], spec.rateScale);
    const rateCurrent = ratio(current[spec.quality], current[spec.volume], spec.rateScale);
    const rateChange = growthPercent(ratePrevious, rateCurrent);
    const evidence = {
      [`${spec.volume}Previous`]: previous[spec.volume] ?? null,
      [`${spec.volume}Current`]: current[spec.volume] ?? null,
      [`${spec.volume}GrowthPercent`]: volumeGrowth,
      [`${spec.quality}Previous`]: previous[spec.quality] ?? null,
      [`${spec.quality}Current`]: current[spec.quality] ?? null,
      [`${spec.quality}GrowthPercent`]: growthPercent(previous[spec.quality], current[spec.quality]),
      ratePrevious,
      rateCurrent,
      rateChangePercent: rateChange,
    };
    const base = { rule: spec.rule, evidence, thresholds: { ...limits } };
    if (volumeGrowth === null || rateChange === null) {
      const reason = `needs ${spec.volume} and ${spec.quality} for both periods, with non-zero ${spec.volume} and a non-zero previous rate`;
      return {
        ...base,
        triggered: false,
        reason,
        message: { vi: 'Chưa đủ dữ liệu để đánh giá', en: 'Not enough data to evaluate' },
      };
    }
    const triggered =
      volumeGrowth >= limits.minVolumeGrowthPercent && rateChange <= -limits.minRateDropPercent;
    return {
      ...base,
      triggered,
      reason: null,
      message: triggered ? spec.message(volumeGrowth, rateChange) : spec.quiet,
    };
  };
}
