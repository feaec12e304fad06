import { CONTRACT_DELIVERABLE_TYPES, CONTRACT_STATUSES } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZContractParams = z.strictObject({ workspaceId: ZUuid, contractId: ZUuid });

const ZDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const ZMoney = z.number().int().min(0).max(1e13);
const shortText = z.string().trim().min(1).max(200);
const clause = z.string().trim().max(5000).nullable();

export const ZMilestoneInput = z.strictObject({
  label: shortText,
  amount: ZMoney,
  dueOn: ZDay.nullable().default(null),
  paidAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

export const ZDeliverableInput = z.strictObject({
  type: z.enum(CONTRACT_DELIVERABLE_TYPES),
  platform: z.string().trim().min(1).max(40),
  count: z.number().int().min(1).max(1000),
});

const contractFields = {
  title: z.string().trim().max(200).nullable(),
  status: z.enum(CONTRACT_STATUSES),
  fee: ZMoney,
  deliverables: z.array(ZDeliverableInput).max(50),
  milestones: z.array(ZMilestoneInput).max(24),
  exclusivityStart: ZDay.nullable(),
  exclusivityEnd: ZDay.nullable(),
  competitors: z.array(shortText).max(50),
  scandalClause: clause,
  contentApprovalClause: clause,
  usageRightsChannels: z.array(shortText).max(20),
  usageRightsExpiresOn: ZDay.nullable(),
  signedOn: ZDay.nullable(),
  notes: z.string().trim().max(5000).nullable(),
};

export const ZCreateContract = z.strictObject({
  campaignId: ZUuid,
  creatorId: ZUuid,
  title: contractFields.title.default(null),
  status: contractFields.status.default('draft'),
  fee: contractFields.fee,
  deliverables: contractFields.deliverables.default([]),
  milestones: contractFields.milestones.default([]),
  exclusivityStart: contractFields.exclusivityStart.default(null),
  exclusivityEnd: contractFields.exclusivityEnd.default(null),
  competitors: contractFields.competitors.default([]),
  scandalClause: contractFields.scandalClause.default(null),
  contentApprovalClause: contractFields.contentApprovalClause.default(null),
  usageRightsChannels: contractFields.usageRightsChannels.default([]),
  usageRightsExpiresOn: contractFields.usageRightsExpiresOn.default(null),
  signedOn: contractFields.signedOn.default(null),
  notes: contractFields.notes.default(null),
});
export type TCreateContract = z.infer<typeof ZCreateContract>;

export const ZUpdateContract = z.strictObject({
  title: contractFields.title.optional(),
  status: contractFields.status.optional(),
  fee: contractFields.fee.optional(),
  deliverables: contractFields.deliverables.optional(),
  milestones: contractFields.milestones.optional(),
  exclusivityStart: contractFields.exclusivityStart.optional(),
  exclusivityEnd: contractFields.exclusivityEnd.optional(),
  competitors: contractFields.competitors.optional(),
  scandalClause: contractFields.scandalClause.optional(),
  contentApprovalClause: contractFields.contentApprovalClause.optional(),
  usageRightsChannels: contractFields.usageRightsChannels.optional(),
  usageRightsExpiresOn: contractFields.usageRightsExpiresOn.optional(),
  signedOn: contractFields.signedOn.optional(),
  notes: contractFields.notes.optional(),
});
export type TUpdateContract = z.infer<typeof ZUpdateContract>;

export const ZContractListQuery = z.strictObject({
  campaignId: ZUuid.optional(),
  creatorId: ZUuid.optional(),
  status: z.enum(CONTRACT_STATUSES).optional(),
});

export const ZAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ZMilestone = z.object({
  id: z.string(),
  label: z.string(),
  amount: z.number(),
  dueOn: z.string().nullable(),
  paidAt: z.string().nullable(),
});

export const ZContract = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), name: z.string(), brand: z.string().nullable() }),
  creator: z.object({ id: z.string(), name: z.string() }),
  title: z.string().nullable(),
  status: z.enum(CONTRACT_STATUSES),
  fee: z.number(),
  currency: z.string(),
  deliverables: z.array(z.object({ type: z.string(), platform: z.string(), count: z.number() })),
  milestones: z.array(ZMilestone),
  paid: z.number(),
  exclusivityStart: z.string().nullable(),
  exclusivityEnd: z.string().nullable(),
  competitors: z.array(z.string()),
  scandalClause: z.string().nullable(),
  contentApprovalClause: z.string().nullable(),
  usageRightsChannels: z.array(z.string()),
  usageRightsExpiresOn: z.string().nullable(),
  signedOn: z.string().nullable(),
  notes: z.string().nullable(),
  attachments: z.array(ZAttachment),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TContract = z.input<typeof ZContract>;

export const ZContractList = z.object({ items: z.array(ZContract) });
