import type { Role } from '../../api/types';
import type { MixGoal, MixRequest } from './mix-api';
import { parseDecimal, parseMoney } from './wizard-draft';

export const MIX_TIERS = ['koc', 'nano', 'micro', 'macro', 'mega'] as const;
export type MixTier = (typeof MIX_TIERS)[number];
export const MIX_RISKS = ['low', 'medium', 'high'] as const;
const MAX_PER_TIER = 10_000;

export interface MixFormState {
  goal: MixGoal;
  budget: string;
  maxShare: string;
  overlap: string;
  niches: string;
  shortlistId: string;
  minPerTier: Record<MixTier, string>;
  maxPerTier: Record<MixTier, string>;
  minQuality: string;
  /** '' = any risk. */
  maxRisk: '' | (typeof MIX_RISKS)[number];
}

/** A field and the i18n key (under campaigns.mix.errors) of what is wrong with it. */
export interface MixFormError {
  field: string;
  key: 'wholeNumber' | 'minAboveMax' | 'quality' | 'share' | 'overlap' | 'budget';
  values?: Record<string, string | number>;
}

export const emptyTierCounts = (): Record<MixTier, string> => ({
  koc: '',
  nano: '',
  micro: '',
  macro: '',
  mega: '',
});

/** The optimiser route needs `campaign.analyse`: analysts and up, not viewers. */
export const canPlanMix = (role: Role) => role !== 'viewer';

function tierCounts(
  texts: Record<MixTier, string>,
  side: 'min' | 'max',
  errors: MixFormError[],
): Partial<Record<MixTier, number>> | undefined {
  const counts: Partial<Record<MixTier, number>> = {};
  for (const tier of MIX_TIERS) {
    const text = texts[tier].trim();
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > MAX_PER_TIER)
      errors.push({ field: `${side}PerTier.${tier}`, key: 'wholeNumber', values: { max: MAX_PER_TIER } });
    else counts[tier] = value;
  }
  return Object.keys(counts).length > 0 ? counts : undefined;
}

/** Turns the panel's text inputs into a request, or says which fields are wrong and why. */
export function readMixForm(
  state: MixFormState,
): { ok: true; request: MixRequest & { shortlistId?: string } } | { ok: false; errors: MixFormError[] } {
  const errors: MixFormError[] = [];
  const budgetText = state.budget.trim();
  const budget = parseMoney(budgetText);
  if (budgetText !== '' && (budget === null || budget < 1)) errors.push({ field: 'budget', key: 'budget' });
  const share = parseDecimal(state.maxShare);
  if (share === null || share <= 0 || share > 100) errors.push({ field: 'maxShare', key: 'share' });
  const overlap = state.overlap.trim() === '' ? 0 : parseDecimal(state.overlap);
  if (overlap === null || overlap < 0 || overlap > 100) errors.push({ field: 'overlap', key: 'overlap' });
  const quality = state.minQuality.trim() === '' ? undefined : parseDecimal(state.minQuality);
  if (quality === null || (quality !== undefined && (quality < 0 || quality > 100)))
    errors.push({ field: 'minQuality', key: 'quality' });
  const minPerTier = tierCounts(state.minPerTier, 'min', errors);
  const maxPerTier = tierCounts(state.maxPerTier, 'max', errors);
  for (const tier of MIX_TIERS) {
    const min = minPerTier?.[tier];
    const max = maxPerTier?.[tier];
    if (min !== undefined && max !== undefined && min > max)
      errors.push({ field: `maxPerTier.${tier}`, key: 'minAboveMax', values: { tier, min, max } });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      goal: state.goal,
      budget: budget ?? undefined,
      maxSharePerCreator: (share as number) / 100,
      overlapPenalty: (overlap as number) / 100,
      nichesToCover: state.niches
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
      minPerTier,
      maxPerTier,
      minQuality: quality ?? undefined,
      maxRisk: state.maxRisk || undefined,
      shortlistId: state.shortlistId || undefined,
    },
  };
}

/** HiGHS reports its model status in English ("Optimal", "Time limit reached"); the panel shows it translated. */
export function solverStatusKey(
  status: string,
): 'optimal' | 'timeLimit' | 'greedyFallback' | 'infeasible' | 'noCandidates' | 'other' {
  if (status.endsWith('(greedy fallback)')) return 'greedyFallback';
  if (status === 'Optimal') return 'optimal';
  if (status === 'Time limit reached') return 'timeLimit';
  if (status === 'Infeasible') return 'infeasible';
  if (status === 'No candidates') return 'noCandidates';
  return 'other';
}
