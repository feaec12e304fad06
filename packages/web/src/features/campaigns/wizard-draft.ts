import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type CampaignDetail,
  type CampaignInput,
  type Goal,
} from './campaign-api';

export const WIZARD_STEPS = ['goals', 'kpis', 'targets', 'details', 'budget'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What the wizard's fields hold: numbers stay text until submit so a half-typed value is not lost. */
export interface WizardDraft {
  objectives: Goal[];
  funnelStage: Goal | null;
  kpis: { kpiId: string; target: string; deadline: string }[];
  name: string;
  brand: string;
  startDate: string;
  endDate: string;
  competitors: string;
  targetAudience: string;
  budgetAmount: string;
  budgetLines: Record<BudgetCategory, string>;
  /** Committed amounts come from contracts, not from the wizard: kept as they were when editing. */
  committed: Partial<Record<BudgetCategory, number | null>>;
}

const emptyLines = (): Record<BudgetCategory, string> => ({
  creator_fee: '',
  media: '',
  production: '',
  customer_care: '',
  other: '',
});

export function emptyDraft(): WizardDraft {
  return {
    objectives: [],
    funnelStage: null,
    kpis: [],
    name: '',
    brand: '',
    startDate: '',
    endDate: '',
    competitors: '',
    targetAudience: '',
    budgetAmount: '',
    budgetLines: emptyLines(),
    committed: {},
  };
}

export function draftFromCampaign(campaign: CampaignDetail): WizardDraft {
  const budgetLines = emptyLines();
  const committed: WizardDraft['committed'] = {};
  for (const line of campaign.budgetSummary.categories) {
    if (line.planned !== null) budgetLines[line.category] = String(line.planned);
    committed[line.category] = line.committed;
  }
  return {
    objectives: campaign.objectives,
    funnelStage: campaign.funnelStage,
    kpis: campaign.kpis.map((kpi) => ({
      kpiId: kpi.kpiId,
      target: kpi.target === null ? '' : String(kpi.target),
      deadline: kpi.deadline ?? '',
    })),
    name: campaign.name,
    brand: campaign.brand ?? '',
    startDate: campaign.startDate ?? '',
    endDate: campaign.endDate ?? '',
    competitors: campaign.competitors.join(', '),
    targetAudience: campaign.targetAudience ?? '',
    budgetAmount: campaign.budget === null ? '' : String(campaign.budget.amount),
    budgetLines,
    committed,
  };
}

/** "300.000.000" or "300 000 000" → 300000000; empty → null. */
export function parseMoney(text: string): number | null {
  const digits = text.replace(/\D/g, '');
  return digits === '' ? null : Number(digits);
}

/** "2,5" or "2.5" → 2.5; empty or not a number → null. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function draftToInput(draft: WizardDraft): CampaignInput {
  return {
    name: draft.name.trim(),
    brand: orNull(draft.brand),
    objectives: draft.objectives,
    funnelStage: draft.funnelStage,
    kpis: draft.kpis.map((kpi) => ({
      kpiId: kpi.kpiId,
      target: parseDecimal(kpi.target),
      deadline: orNull(kpi.deadline),
    })),
    competitors: draft.competitors
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    targetAudience: orNull(draft.targetAudience),
    startDate: orNull(draft.startDate),
    endDate: orNull(draft.endDate),
    budgetAmount: parseMoney(draft.budgetAmount),
    budgetLines: BUDGET_CATEGORIES.flatMap((category) => {
      const planned = parseMoney(draft.budgetLines[category]);
      return planned === null ? [] : [{ category, planned, committed: draft.committed[category] ?? null }];
    }),
  };
}

export type StepProblem = 'noGoal' | 'noKpi' | 'badTarget' | 'noName' | 'endBeforeStart';

/** The first problem that keeps the planner on this step, or null. */
export function stepProblem(step: WizardStep, draft: WizardDraft): StepProblem | null {
  if (step === 'goals' && draft.objectives.length === 0) return 'noGoal';
  if (step === 'kpis' && draft.kpis.length === 0) return 'noKpi';
  if (
    step === 'targets' &&
    draft.kpis.some((kpi) => kpi.target.trim() !== '' && parseDecimal(kpi.target) === null)
  )
    return 'badTarget';
  if (step === 'details') {
    if (draft.name.trim() === '') return 'noName';
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) return 'endBeforeStart';
  }
  return null;
}
