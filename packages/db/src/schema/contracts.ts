import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { campaigns } from './campaigns';
import { creators } from './creators';
import { workspaces } from './workspaces';

export const CONTRACT_STATUSES = ['draft', 'sent', 'signed', 'completed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Statuses whose fee counts as committed spend in the campaign budget. */
export const COMMITTED_CONTRACT_STATUSES: readonly ContractStatus[] = ['signed', 'completed'];

export const CONTRACT_DELIVERABLE_TYPES = ['video', 'post', 'story', 'livestream', 'other'] as const;
export type ContractDeliverableType = (typeof CONTRACT_DELIVERABLE_TYPES)[number];

/** What the creator promised to publish: `count` items of `type` on `platform`. */
export interface ContractDeliverable {
  type: ContractDeliverableType;
  platform: string;
  count: number;
}

/**
 * An agreement with one creator for one campaign (D2). Dates are local calendar days (Asia/Ho_Chi_Minh):
 * the exclusivity window is inclusive on both ends and `competitors` lists the brands the creator may not
 * work with inside it.
 */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    title: text('title'),
    status: text('status').$type<ContractStatus>().notNull().default('draft'),
    fee: bigint('fee', { mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('VND'),
    deliverables: jsonb('deliverables').$type<ContractDeliverable[]>().notNull().default([]),
    exclusivityStart: date('exclusivity_start', { mode: 'string' }),
    exclusivityEnd: date('exclusivity_end', { mode: 'string' }),
    competitors: text('competitors').array().notNull().default(sql`'{}'::text[]`),
    scandalClause: text('scandal_clause'),
    contentApprovalClause: text('content_approval_clause'),
    usageRightsChannels: text('usage_rights_channels').array().notNull().default(sql`'{}'::text[]`),
    usageRightsExpiresOn: date('usage_rights_expires_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    notes: text('notes'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contracts_campaign_idx').on(t.workspaceId, t.campaignId),
    index('contracts_creator_idx').on(t.workspaceId, t.creatorId),
    index('contracts_rights_expiry_idx').on(t.usageRightsExpiresOn),
  ],
);

/** A payment the brand owes the creator; `paidAt` set means the money is spent. */
export const contractMilestones = pgTable(
  'contract_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [
    index('contract_milestones_contract_idx').on(t.contractId, t.position),
    index('contract_milestones_due_idx').on(t.dueOn),
  ],
);

/** A file attached to a contract; the bytes live in the attachment storage under `storageKey`. */
export const contractAttachments = pgTable(
  'contract_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contract_attachments_contract_idx').on(t.workspaceId, t.contractId)],
);
