import type { KpiInputName } from '../kpi/inputs';
import type { ScopeTotals } from './totals';

export const FUNNEL_STEPS = ['reach', 'engagement', 'lead', 'conversion', 'retention', 'advocacy'] as const;
export type FunnelStepId = (typeof FUNNEL_STEPS)[number];

/** The inputs each step reads, in order of preference: the first recorded one is used (and named as the basis). */
const STEP_BASES: Record<FunnelStepId, readonly KpiInputName[]> = {
  reach: ['reach', 'impressions', 'views'],
  engagement: ['engagements'],
  lead: ['leads', 'clicks'],
  conversion: ['orders'],
  retention: ['returning_customers'],
  advocacy: ['shares'],
};

export interface FunnelStep {
  id: FunnelStepId;
  /** The input the value was read from (reach falls back to impressions, then views; lead to clicks). */
  basis: KpiInputName;
  value: number | null;
  /** Why the value is missing: the inputs that were looked for and not recorded. */
  reason: string | null;
  /** value ÷ previous step's value × 100; null for the first step or when either side is missing or 0. */
  stepRate: number | null;
  stepRateReason: string | null;
}

function readStep(
  id: FunnelStepId,
  totals: ScopeTotals,
): Pick<FunnelStep, 'id' | 'basis' | 'value' | 'reason'> {
  const bases = STEP_BASES[id];
  for (const basis of bases) {
    const value = totals.inputs[basis] ?? null;
    if (value !== null) return { id, basis, value, reason: null };
  }
  return { id, basis: bases[0]!, value: null, reason: `no ${bases.join(' or ')} recorded` };
}

/** Reach → Engagement → Lead → Conversion → Retention → Advocacy with the rate of each step from the one before. */
export function buildFunnel(totals: ScopeTotals): FunnelStep[] {
  const steps: FunnelStep[] = [];
  for (const id of FUNNEL_STEPS) {
    const step = readStep(id, totals);
    const previous = steps.at(-1);
    let stepRate: number | null = null;
    let stepRateReason: string | null = null;
    if (previous === undefined) stepRateReason = 'first step';
    else if (previous.value === null) stepRateReason = `previous step (${previous.id}) is missing`;
    else if (step.value === null) stepRateReason = step.reason;
    else if (previous.value === 0) stepRateReason = `previous step (${previous.id}) is 0`;
    else stepRate = (step.value / previous.value) * 100;
    steps.push({ ...step, stepRate, stepRateReason });
  }
  return steps;
}
