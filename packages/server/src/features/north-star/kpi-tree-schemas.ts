import { KPI_UNITS, KpiIdSchema } from '@lantoa/core/kpi';
import { KPI_TREE_LEVELS } from '@lantoa/core/north-star';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZKpiTreeNodeParams = z.strictObject({ workspaceId: ZUuid, nodeId: ZUuid });

const ZDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const ZCampaignLink = z.strictObject({
  campaignId: ZUuid,
  /** The campaign KPI that feeds the node; the node's own KPI when left out. */
  kpiId: KpiIdSchema.optional(),
});

const nodeFields = {
  name: z.string().trim().min(1).max(200),
  kpiId: KpiIdSchema,
  target: z.number().finite().positive(),
  periodStart: ZDay,
  periodEnd: ZDay,
  ownerUserId: z.string().min(1).max(100).nullable(),
  weight: z.number().finite().min(0).max(1000),
  campaigns: z.array(ZCampaignLink).max(50),
};

export const ZCreateKpiTreeNode = z.strictObject({
  parentId: ZUuid.nullable().default(null),
  level: z.enum(KPI_TREE_LEVELS),
  ...nodeFields,
  ownerUserId: nodeFields.ownerUserId.default(null),
  weight: nodeFields.weight.default(1),
  campaigns: nodeFields.campaigns.default([]),
});
export type TCreateKpiTreeNode = z.infer<typeof ZCreateKpiTreeNode>;

export const ZUpdateKpiTreeNode = z.strictObject({
  name: nodeFields.name.optional(),
  kpiId: nodeFields.kpiId.optional(),
  target: nodeFields.target.optional(),
  periodStart: nodeFields.periodStart.optional(),
  periodEnd: nodeFields.periodEnd.optional(),
  ownerUserId: nodeFields.ownerUserId.optional(),
  weight: nodeFields.weight.optional(),
  campaigns: nodeFields.campaigns.optional(),
});
export type TUpdateKpiTreeNode = z.infer<typeof ZUpdateKpiTreeNode>;

const ZLocalized = z.object({ vi: z.string(), en: z.string() });

export const ZKpiTreeNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(KPI_TREE_LEVELS),
  name: z.string(),
  kpi: z.object({
    id: z.string(),
    name: ZLocalized,
    unit: z.enum(KPI_UNITS),
    direction: z.enum(['higher', 'lower']),
    formulaText: ZLocalized,
  }),
  target: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  weight: z.number(),
  campaigns: z.array(
    z.object({
      campaignId: z.string(),
      name: z.string(),
      kpiId: z.string(),
      value: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  progress: z.object({
    rule: z.enum(['sum', 'weighted_mean']),
    actual: z.number().nullable(),
    expectedToDate: z.number().nullable(),
    progress: z.number().nullable(),
    status: z.enum(['ahead', 'on_track', 'at_risk', 'off_track', 'no_data', 'not_started']),
    elapsed: z.number(),
    contributions: z.number(),
    rolledUpChildren: z.array(z.string()),
    excludedChildren: z.array(z.object({ id: z.string(), reason: z.string() })),
  }),
});

export const ZKpiTree = z.object({
  today: z.string(),
  /** Parents before children, siblings by position then creation. */
  nodes: z.array(ZKpiTreeNode),
  computedAt: z.string(),
});
export type TKpiTree = z.input<typeof ZKpiTree>;
