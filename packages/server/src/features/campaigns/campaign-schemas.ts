import { BUDGET_CATEGORIES } from '@lantoa/core/budget';
import { KPI_GOALS, KPI_UNITS, KpiIdSchema } from '@lantoa/core/kpi';
import { CAMPAIGN_STATUSES, FUNNEL_STAGES } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZCampaignParams = z.strictObject({ workspaceId: ZUuid, campaignId: ZUuid });

const ZDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const ZMoney = z.number().int().min(0).max(1e13);
const shortText = z.string().trim().min(1).max(200);

export const ZCampaignKpiInput = z.strictObject({
  kpiId: KpiIdSchema,
  target: z.number().finite().nullable().default(null),
  deadline: ZDay.nullable().default(null),
});

export const ZBudgetLineInput = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  planned: ZMoney,
  committed: ZMoney.nullable().default(null),
});

const planFields = {
  brand: shortText.nullable().optional(),
  description: z.string().trim().max(5000).nullable().optional(),
  objectives: z.array(z.enum(KPI_GOALS)).max(KPI_GOALS.length).optional(),
  funnelStage: z.enum(FUNNEL_STAGES).nullable().optional(),
  kpis: z.array(ZCampaignKpiInput).max(15).optional(),
  competitors: z.array(shortText).max(30).optional(),
  targetAudience: z.string().trim().max(2000).nullable().optional(),
  startDate: ZDay.nullable().optional(),
  endDate: ZDay.nullable().optional(),
  budgetAmount: ZMoney.nullable().optional(),
  budgetLines: z.array(ZBudgetLineInput).max(BUDGET_CATEGORIES.length).optional(),
};

export const ZCreateCampaign = z.strictObject({ name: shortText, ...planFields });
export const ZUpdateCampaign = z.strictObject({ name: shortText.optional(), ...planFields });
export type TCreateCampaign = z.infer<typeof ZCreateCampaign>;
export type TUpdateCampaign = z.infer<typeof ZUpdateCampaign>;

export const ZCampaignStatusBody = z.strictObject({ status: z.enum(CAMPAIGN_STATUSES) });

const ZLocalized = z.object({ vi: z.string(), en: z.string() });

const ZBudgetWarning = z.object({
  code: z.string(),
  category: z.string().optional(),
  planned: z.number().optional(),
  committed: z.number().optional(),
  spent: z.number().optional(),
  total: z.number().optional(),
  fees: z.number().optional(),
  creatorId: z.string().optional(),
  name: z.string().optional(),
  fee: z.number().optional(),
  share: z.number().optional(),
});

export const ZBudgetSummary = z.object({
  total: z.number().nullable(),
  planned: z.number(),
  committed: z.number(),
  spent: z.number(),
  categories: z.array(
    z.object({
      category: z.enum(BUDGET_CATEGORIES),
      planned: z.number().nullable(),
      committed: z.number().nullable(),
      spent: z.number(),
    }),
  ),
  warnings: z.array(ZBudgetWarning),
});

export const ZCampaignDetail = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  brand: z.string().nullable(),
  description: z.string().nullable(),
  objectives: z.array(z.enum(KPI_GOALS)),
  funnelStage: z.enum(FUNNEL_STAGES).nullable(),
  competitors: z.array(z.string()),
  targetAudience: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budget: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  kpis: z.array(
    z.object({
      id: z.string(),
      kpiId: z.string(),
      name: ZLocalized,
      unit: z.enum(KPI_UNITS),
      direction: z.enum(['higher', 'lower']),
      target: z.number().nullable(),
      deadline: z.string().nullable(),
    }),
  ),
  tooManyKpis: z.boolean(),
  goLive: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
  creators: z.array(
    z.object({ creatorId: z.string(), name: z.string(), fee: z.number().nullable(), status: z.string() }),
  ),
  budgetSummary: ZBudgetSummary,
  updatedAt: z.string(),
});
export type TCampaignDetail = z.infer<typeof ZCampaignDetail>;
